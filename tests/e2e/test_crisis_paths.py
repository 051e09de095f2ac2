"""Crisis text on every path typed text can take (issue 7): the person gets the private
safety reply; the partner and the group get nothing; the database and the logs keep no
trace of the words. Each test covers one path, so a check removed from any one of them
fails here."""

from __future__ import annotations

import logging
from collections.abc import Iterator
from datetime import timedelta
from typing import Any

import pytest

from flows import engine as engine_module
from flows import text_router
from playground.botapi import FakeBotApi, FakeUser
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import pair
from tests.e2e.test_daily import (
    BERLIN_20,
    BERLIN_20_DATE,
    PROMPT,
    fix_prompt,
    tick,
)
from tests.privacy_checks import rows_containing
from tests.services.daily_world import TYPED_PROMPT

# Crisis words with a marker no other text contains: found anywhere, it leaked.
MARKER = "zebraquartz"
CRISIS = f"{MARKER} honestly I just want to die"
HELP = "findahelpline"


@pytest.fixture
def logs(caplog: pytest.LogCaptureFixture) -> Iterator[pytest.LogCaptureFixture]:
    caplog.set_level(logging.INFO)
    yield caplog
    assert MARKER not in caplog.text, "crisis text was logged"


def assert_no_trace(
    api: FakeBotApi, bot: BotRunner, *, reached_by: FakeUser, quiet: list[Any]
) -> None:
    """Only ``reached_by`` got a message with help; nobody ever saw the words; no row has them."""
    for chat in [reached_by, *quiet]:
        for message in api.messages_to(chat):
            assert MARKER not in message.get("text", ""), "the words were echoed or relayed"
    assert rows_containing(bot.rt.engine, MARKER) == []


def counts(api: FakeBotApi, *chats: Any) -> list[int]:
    return [len(api.messages_to(chat)) for chat in chats]


async def couple_with_group(api: FakeBotApi) -> tuple[FakeUser, FakeUser, Any]:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    group = api.group(-60, "Ana & Ben", [ana, ben, api.user(3, "Cleo")])
    api.add_bot_to_group(group, ana)
    await api.wait_for_message(group.id, "shared space")
    await api.wait_until_idle()
    return ana, ben, group


async def test_at_the_time_zone_question(
    api: FakeBotApi, bot: BotRunner, logs: pytest.LogCaptureFixture
) -> None:
    sam = api.user(5, "Sam")
    api.send_command(sam, "/start")
    await api.wait_for_message(sam.id, "which time zone")
    api.send_text(sam, CRISIS)
    await api.wait_for_message(sam.id, HELP)
    await api.wait_until_idle()
    assert not any("couldn't read" in m.get("text", "") for m in api.messages_to(sam))
    assert_no_trace(api, bot, reached_by=sam, quiet=[])
    # The question is still open afterwards.
    api.send_text(sam, "Europe/Berlin")
    await api.wait_for_message(sam.id, "What time of day")


@pytest.mark.parametrize("command", ["pause", "days", "weekly"])
async def test_in_daily_command_arguments(
    api: FakeBotApi, bot: BotRunner, logs: pytest.LogCaptureFixture, command: str
) -> None:
    ana, ben, group = await couple_with_group(api)
    before = counts(api, ben, group)
    api.send_command(ana, f"/{command}", CRISIS)
    await api.wait_for_message(ana.id, HELP)
    await api.wait_until_idle()
    assert counts(api, ben, group) == before
    assert_no_trace(api, bot, reached_by=ana, quiet=[ben, group])


async def _group_question(api: FakeBotApi, bot: BotRunner, clock: FakeClock) -> Any:
    ana, ben, group = await couple_with_group(api)
    fix_prompt(bot, ana, TYPED_PROMPT, BERLIN_20_DATE)
    api.send_command(ana, "/groupprompts", "on", chat=group)
    await api.wait_for_message(group.id, "posted in your shared group")
    await tick(bot, clock, BERLIN_20)
    posted = await api.wait_for_message(group.id, PROMPT)
    return ana, ben, group, posted


async def test_group_reply_to_a_question_already_answered(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock, logs: pytest.LogCaptureFixture
) -> None:
    ana, ben, group, posted = await _group_question(api, bot, clock)
    api.reply_to(ana, posted, "I noticed the quiet", chat=group)
    await api.wait_for_message(group.id, "Thanks, Ana")
    await api.wait_until_idle()
    before = counts(api, ben, group)
    api.reply_to(ana, posted, CRISIS, chat=group)
    await api.wait_for_message(ana.id, HELP)
    await api.wait_until_idle()
    assert counts(api, ben, group) == before
    assert_no_trace(api, bot, reached_by=ana, quiet=[ben, group])


async def test_group_reply_to_a_closed_question(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock, logs: pytest.LogCaptureFixture
) -> None:
    ana, ben, group, posted = await _group_question(api, bot, clock)
    clock.now = BERLIN_20 + timedelta(days=2)
    await api.wait_until_idle()
    before = counts(api, ana, group)
    api.reply_to(ben, posted, CRISIS, chat=group)
    await api.wait_for_message(ben.id, HELP)
    await api.wait_until_idle()
    assert counts(api, ana, group) == before
    assert_no_trace(api, bot, reached_by=ben, quiet=[ana, group])


async def test_group_reply_to_any_other_bot_message(
    api: FakeBotApi, bot: BotRunner, logs: pytest.LogCaptureFixture
) -> None:
    ana, ben, group = await couple_with_group(api)
    hello = api.messages_to(group)[0]
    before = counts(api, ben, group)
    api.reply_to(ana, hello, CRISIS, chat=group)
    await api.wait_for_message(ana.id, HELP)
    await api.wait_until_idle()
    assert counts(api, ben, group) == before
    assert_no_trace(api, bot, reached_by=ana, quiet=[ben, group])


async def test_private_reply_to_a_bot_message(
    api: FakeBotApi, bot: BotRunner, logs: pytest.LogCaptureFixture
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    await api.wait_until_idle()
    before = counts(api, ben)
    api.reply_to(ana, api.messages_to(ana)[-1], CRISIS)
    await api.wait_for_message(ana.id, HELP)
    await api.wait_until_idle()
    assert counts(api, ben) == before
    assert_no_trace(api, bot, reached_by=ana, quiet=[ben])


async def test_private_answer_to_the_daily_question(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock, logs: pytest.LogCaptureFixture
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    fix_prompt(bot, ana, TYPED_PROMPT, BERLIN_20_DATE)
    await tick(bot, clock, BERLIN_20)
    await api.wait_for_message(ana.id, PROMPT)
    await api.wait_until_idle()
    before = counts(api, ben)
    api.send_text(ana, CRISIS)
    await api.wait_for_message(ana.id, HELP)
    await api.wait_until_idle()
    assert counts(api, ben) == before
    assert_no_trace(api, bot, reached_by=ana, quiet=[ben])


async def test_the_outbox_gate_stops_what_every_earlier_check_missed(
    api: FakeBotApi,
    bot: BotRunner,
    logs: pytest.LogCaptureFixture,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """A path that forgot to look (both earlier checks switched off here): the words
    reach no one, the step that would have sent them keeps nothing, and the person
    still gets the help."""
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    monkeypatch.setattr(text_router, "detect_crisis", lambda _text: False)
    monkeypatch.setattr(engine_module, "detect_crisis", lambda _text: False)
    api.send_command(ana, "/moment")
    side = await api.wait_for_message(ana.id, "Which fits best?")
    api.press_button(ana, side, "I stepped in for them")
    await api.wait_for_message(ana.id, "What happened with")
    await api.wait_until_idle()
    before = counts(api, ben)
    await _type_until_preview_then_send(api, ana)
    await api.wait_for_message(ana.id, HELP)
    await api.wait_until_idle()
    assert counts(api, ben) == before
    for message in api.messages_to(ben):
        assert MARKER not in message.get("text", "")
    # Only the unfinished conversation (which no check looked at here) holds the words.
    leaked = rows_containing(bot.rt.engine, MARKER)
    assert leaked and all(row.startswith("conversation.") for row in leaked), leaked


async def _type_until_preview_then_send(api: FakeBotApi, ana: FakeUser) -> None:
    for _ in range(8):
        await api.wait_until_idle()
        last = api.messages_to(ana)[-1]
        labels = [
            b["text"]
            for row in (last.get("reply_markup") or {}).get("inline_keyboard") or []
            for b in row
        ]
        if "Send" in labels and "exactly what" in last["text"]:
            api.press_button(ana, last, "Send")
            return
        api.send_text(ana, CRISIS)
    raise AssertionError("never reached the preview")


async def test_in_an_edited_private_message(
    api: FakeBotApi, bot: BotRunner, logs: pytest.LogCaptureFixture
) -> None:
    """Crisis words typed into an edit get the private help; an ordinary edit gets nothing."""
    ana, ben, group = await couple_with_group(api)
    sent = api.send_text(ana, "hello there")["message"]
    await api.wait_until_idle()
    before = counts(api, ana, ben, group)
    api.edit_text(ana, sent, "hello there, how are you")
    await api.wait_until_idle()
    assert counts(api, ana, ben, group) == before
    api.edit_text(ana, sent, CRISIS)
    await api.wait_for_message(ana.id, HELP)
    await api.wait_until_idle()
    assert counts(api, ana, ben, group) == [before[0] + 1, *before[1:]]
    assert_no_trace(api, bot, reached_by=ana, quiet=[ben, group])


async def test_in_an_edited_reply_in_the_group(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock, logs: pytest.LogCaptureFixture
) -> None:
    """An answer edited in the group into crisis words: help privately, nothing in the
    group or to the partner, the stored answer unchanged; an ordinary edit gets nothing."""
    ana, ben, group, posted = await _group_question(api, bot, clock)
    reply = api.reply_to(ana, posted, "I noticed the quiet", chat=group)["message"]
    await api.wait_for_message(group.id, "Thanks, Ana")
    await api.wait_until_idle()
    before = counts(api, ana, ben, group)
    api.edit_text(ana, reply, "I noticed the quiet at dinner")
    await api.wait_until_idle()
    assert counts(api, ana, ben, group) == before
    api.edit_text(ana, reply, CRISIS)
    await api.wait_for_message(ana.id, HELP)
    await api.wait_until_idle()
    assert counts(api, ana, ben, group) == [before[0] + 1, *before[1:]]
    assert_no_trace(api, bot, reached_by=ana, quiet=[ben, group])
    assert rows_containing(bot.rt.engine, "I noticed the quiet") != []


async def test_an_edit_in_the_group_not_addressed_to_the_bot_is_not_read(
    api: FakeBotApi, bot: BotRunner, logs: pytest.LogCaptureFixture
) -> None:
    """Group talk that is not a reply to the bot is never read (under privacy mode the bot
    would not even see it), edited or not."""
    ana, ben, group = await couple_with_group(api)
    said = api.send_text(ana, "see you at eight", chat=group)["message"]
    await api.wait_until_idle()
    before = counts(api, ana, ben, group)
    answer = api.reply_to(ben, said, "ok", chat=group)["message"]
    await api.wait_until_idle()
    api.edit_text(ana, said, CRISIS)
    api.edit_text(ben, answer, CRISIS)
    await api.wait_until_idle()
    assert counts(api, ana, ben, group) == before
    assert rows_containing(bot.rt.engine, MARKER) == []

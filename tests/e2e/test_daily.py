"""Daily prompts end to end: the real Application against the fake Bot API, with
Telegram's flood limits switched on (30/s overall, 3/s per private chat) once the
people are set up: onboarding and pairing are not what these tests are about, and
their burst of messages would only cost real seconds in 429 back-offs."""

from __future__ import annotations

from collections.abc import AsyncIterator
from datetime import UTC, date, datetime, timedelta
from typing import Any

import pytest

from bot.daily_jobs import run_daily_tick
from flows.content import daily as texts
from flows.content.prompts import PROMPTS_BY_KEY
from playground.botapi import FakeBotApi, FakeUser, retry_after
from storage import daily as store
from storage import groups
from storage.db import unit_of_work
from storage.users import get_user
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import button_data, invite_code, onboard, pair
from tests.services.daily_world import PROMPT_KINDS

PROMPT = "Today's question"


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as fake:
        yield fake


def flood_limits_on(api: FakeBotApi) -> None:
    """From here on, Telegram's flood limits apply (after the setup's burst)."""
    api.enforce_limits = True


def fix_prompt(runner: BotRunner, user: FakeUser, key: str, local_date: date) -> None:
    """Record the couple's prompt for a day before the bot chooses one (it keeps ours)."""
    with unit_of_work(runner.rt.engine) as session:
        person = get_user(session, user.id)
        assert person is not None and person.couple_id is not None
        store.create_days(
            session,
            [
                {
                    "couple_id": person.couple_id,
                    "user_id": None,
                    "local_date": local_date,
                    "prompt_key": key,
                    "created_at": runner.rt.clock(),
                }
            ],
        )


@pytest.fixture
async def daily_bot(bot: BotRunner) -> BotRunner:
    return bot


async def tick(runner: BotRunner, clock: FakeClock, when: datetime | None = None) -> Any:
    if when is not None:
        clock.now = when
    assert runner.app is not None
    return await run_daily_tick(runner.app)


async def answer_prompt(api: FakeBotApi, user: FakeUser, prompt_message: dict[str, Any]) -> str:
    """Answer as a person would: tap the first choice, or type a line."""
    choices = [d for d in button_data(prompt_message) if d.startswith("dp:a:")]
    if choices:
        labels = prompt_message["reply_markup"]["inline_keyboard"][0]
        api.press(user, prompt_message, choices[0])
        return str(labels[0]["text"])
    line = f"{user.first_name} noticed the quiet"
    api.send_text(user, line)
    return line


def prompts_to(api: FakeBotApi, chat: FakeUser | int) -> list[str]:
    """Every prompt sent to the chat (as sent: snoozing or skipping edits it later)."""
    chat_id = chat if isinstance(chat, int) else chat.id
    return [
        str(call.params["text"])
        for call in api.calls_of("sendMessage")
        if call.ok
        and call.chat_id == chat_id
        and str(call.params["text"]).startswith(f"<b>{PROMPT}")  # its header is bold
    ]


BERLIN_20 = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)
BERLIN_20_DATE = date(2026, 11, 25)
NEW_YORK_20 = datetime(2026, 11, 26, 1, 0, tzinfo=UTC)  # the same local date there


async def test_both_partners_get_the_prompt_once_despite_429s(
    api: FakeBotApi, daily_bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    flood_limits_on(api)
    # More 429s than the rate limiter's own retries: the delivery is re-queued.
    api.fail_next("sendMessage", retry_after(1), count=4, chat_id=ana.id)
    report = await tick(daily_bot, clock, BERLIN_20)
    assert report.claimed == 2
    for_ben = await api.wait_for_message(ben.id, PROMPT)
    assert prompts_to(api, ana) == []
    with unit_of_work(daily_bot.rt.engine) as session:
        waiting = store.latest_private_delivery(session, ana.id)
        assert waiting is not None and waiting.status == store.PENDING
    await tick(daily_bot, clock, BERLIN_20 + timedelta(seconds=2))
    for_ana = await api.wait_for_message(ana.id, PROMPT)
    assert for_ana["text"].replace("Ben", "X") == for_ben["text"].replace("Ana", "X")
    # More ticks, and a restart on the same database: still once each.
    await tick(daily_bot, clock, BERLIN_20 + timedelta(minutes=5))
    await daily_bot.restart()
    await tick(daily_bot, clock, BERLIN_20 + timedelta(minutes=10))
    assert len(prompts_to(api, ana)) == len(prompts_to(api, ben)) == 1
    assert api.stats.too_many_requests >= 4


@pytest.mark.parametrize("prompt_key", PROMPT_KINDS)
async def test_answers_stay_hidden_until_both_answered(
    api: FakeBotApi, daily_bot: BotRunner, clock: FakeClock, prompt_key: str
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    fix_prompt(daily_bot, ana, prompt_key, BERLIN_20_DATE)
    flood_limits_on(api)
    await tick(daily_bot, clock, BERLIN_20)
    for_ana = await api.wait_for_message(ana.id, PROMPT)
    for_ben = await api.wait_for_message(ben.id, PROMPT)
    ana_line = await answer_prompt(api, ana, for_ana)
    await api.wait_for_message(ana.id, "stays private until Ben answers")
    await api.wait_until_idle()
    assert all(ana_line not in m.get("text", "") for m in api.messages_to(ben))
    ben_line = await answer_prompt(api, ben, for_ben)
    reveal_for_ben = await api.wait_for_message(ben.id, "You both answered")
    reveal_for_ana = await api.wait_for_message(ana.id, "You both answered")
    for reveal in (reveal_for_ana, reveal_for_ben):
        assert ana_line in reveal["text"] and ben_line in reveal["text"]


async def test_snooze_skip_and_pause_from_the_chat(
    api: FakeBotApi, daily_bot: BotRunner, clock: FakeClock
) -> None:
    sam = api.user(3, "Sam")
    await onboard(api, sam, zone="Europe/Berlin", time="20:00")
    flood_limits_on(api)
    await tick(daily_bot, clock, BERLIN_20)
    prompt = await api.wait_for_message(sam.id, PROMPT)
    api.press_button(sam, prompt, texts.SNOOZE_HOUR_LABEL)
    await api.wait_for_message(sam.id, "I'll ask again at 21:00")
    await tick(daily_bot, clock, BERLIN_20 + timedelta(hours=1))
    again = await api.wait_for_message(sam.id, PROMPT)
    api.press_button(sam, again, texts.SKIP_TODAY_LABEL)
    await api.wait_for_message(sam.id, "today's question is skipped")
    api.send_command(sam, "/pause", "2")
    await api.wait_for_message(sam.id, "Paused until Fri 27 Nov")
    for day in (1, 2):
        await tick(daily_bot, clock, BERLIN_20 + timedelta(days=day))
    api.send_command(sam, "/resume")
    await api.wait_for_message(sam.id, "Welcome back. Next question: Sat 28 Nov, 20:00")
    await tick(daily_bot, clock, BERLIN_20 + timedelta(days=3))
    await api.wait_for_message(sam.id, PROMPT)
    assert len(prompts_to(api, sam)) == 3  # the first, its snooze, and Saturday's


@pytest.mark.parametrize("prompt_key", PROMPT_KINDS)
async def test_group_mode_posts_once_and_reveals_there(
    api: FakeBotApi, daily_bot: BotRunner, clock: FakeClock, prompt_key: str
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    fix_prompt(daily_bot, ana, prompt_key, BERLIN_20_DATE)
    group = api.group(-77, "Ana & Ben", [ana, ben])
    api.add_bot_to_group(group, ana)
    await api.wait_for_message(group.id, "shared space")
    api.send_command(ana, "/groupprompts", "on", chat=group)
    await api.wait_for_message(group.id, "posted in your shared group")
    flood_limits_on(api)
    await tick(daily_bot, clock, BERLIN_20)
    posted = await api.wait_for_message(group.id, PROMPT)
    await tick(daily_bot, clock, BERLIN_20 + timedelta(hours=2))
    await api.wait_until_idle()
    assert len(prompts_to(api, group.id)) == 1
    assert prompts_to(api, ana) == prompts_to(api, ben) == []
    with unit_of_work(daily_bot.rt.engine) as session:
        row = groups.get_group(session, group.id)
        assert row is not None and row.id is not None
        delivery = store.latest_group_delivery(session, row.id)
        assert delivery is not None
        assert delivery.prompt_key == prompt_key
        by_buttons = PROMPTS_BY_KEY[delivery.prompt_key].by_buttons
    if by_buttons:
        data = [d for d in button_data(posted) if d.startswith("dp:a:")]
        api.press(ana, posted, data[0])
        await api.wait_for_message(group.id, "Thanks, Ana")
        api.press(ben, posted, data[-1])
    else:
        # Buttons (Answer privately, Snooze, Skip) rule out ForceReply: a reply still counts.
        assert "force_reply" not in (api.sent_markup(posted) or {})
        api.reply_to(ana, posted, "I saw you go quiet", chat=group)
        await api.wait_for_message(group.id, "Thanks, Ana")
        api.reply_to(ben, posted, "You squeezed my hand", chat=group)
    reveal = await api.wait_for_message(group.id, "You both answered")
    assert "Ana:" in reveal["text"] and "Ben:" in reveal["text"]


async def _couple_with_a_group_and_a_friend(
    api: FakeBotApi, runner: BotRunner, prompt_key: str, *, ben_zone: str = "Europe/Berlin"
) -> tuple[FakeUser, FakeUser, FakeUser, Any]:
    """Ana and Ben paired, their linked group with Cleo in it too, the day's prompt fixed."""
    ana, ben, cleo = api.user(1, "Ana"), api.user(2, "Ben"), api.user(3, "Cleo")
    await onboard(api, ana)
    code = await invite_code(api, ana)
    await onboard(api, ben, zone=ben_zone)
    api.send_command(ben, "/start", code)
    await api.wait_for_message(ana.id, "You and Ben are now a couple")
    fix_prompt(runner, ana, prompt_key, BERLIN_20_DATE)
    group = api.group(-78, "Ana, Ben & Cleo", [ana, ben, cleo])
    api.add_bot_to_group(group, ana)
    await api.wait_for_message(group.id, "shared space")
    return ana, ben, cleo, group


@pytest.mark.parametrize("prompt_key", PROMPT_KINDS)
async def test_a_private_answer_never_reaches_a_group_with_a_third_member(
    api: FakeBotApi, daily_bot: BotRunner, clock: FakeClock, prompt_key: str
) -> None:
    ana, ben, _cleo, group = await _couple_with_a_group_and_a_friend(
        api, daily_bot, prompt_key, ben_zone="America/New_York"
    )
    flood_limits_on(api)
    await tick(daily_bot, clock, BERLIN_20)
    for_ana = await api.wait_for_message(ana.id, PROMPT)
    ana_line = await answer_prompt(api, ana, for_ana)
    await api.wait_for_message(ana.id, "stays private until Ben answers")
    # Ben moves the questions to the group before his evening, and answers there.
    api.send_command(ben, "/groupprompts", "on", chat=group)
    await api.wait_for_message(group.id, "posted in your shared group")
    await tick(daily_bot, clock, NEW_YORK_20)
    posted = await api.wait_for_message(group.id, PROMPT)
    assert prompts_to(api, ben) == []
    choices = [d for d in button_data(posted) if d.startswith("dp:a:")]
    if choices:
        api.press(ben, posted, choices[-1])
    else:
        api.reply_to(ben, posted, "Ben answered where Cleo can read it", chat=group)
    await api.wait_for_message(group.id, "sent each of you both answers in private")
    for person in (ana, ben):
        reveal = await api.wait_for_message(person.id, "You both answered")
        assert ana_line in reveal["text"]
    await api.wait_until_idle()
    for message in api.messages_to(group):
        assert ana_line not in message.get("text", ""), message


async def test_a_third_members_presses_on_the_group_question_change_nothing(
    api: FakeBotApi, daily_bot: BotRunner, clock: FakeClock
) -> None:
    ana, _ben, cleo, group = await _couple_with_a_group_and_a_friend(api, daily_bot, "read-05")
    api.send_command(ana, "/groupprompts", "on", chat=group)
    await api.wait_for_message(group.id, "posted in your shared group")
    flood_limits_on(api)
    await tick(daily_bot, clock, BERLIN_20)
    posted = await api.wait_for_message(group.id, PROMPT)
    token = button_data(posted)[0].split(":")[2]
    before = api.messages_to(group)
    forged = [
        "dp:days:x",
        "dp:days:all",
        f"dp:a:{token}:0",
        f"dp:snz:h:{token}",
        f"dp:snz:e:{token}",
        f"dp:skip:{token}",
    ]
    for data in forged:
        api.press(cleo, posted, data)
    await api.wait_until_answered()
    await api.wait_until_idle()
    assert api.messages_to(group) == before  # not edited, buttons still there
    notices = [
        call.params.get("text")
        for call in api.calls_of("answerCallbackQuery")
        if call.ok and call.params.get("text")
    ]
    assert len(notices) == len(forged)
    with unit_of_work(daily_bot.rt.engine) as session:
        assert get_user(session, cleo.id) is None
        delivery = store.latest_group_delivery(session, posted_group_id(session, group.id))
        assert delivery is not None and delivery.status == store.SENT
        assert store.answer_of(session, day_id=delivery.day_id, user_id=cleo.id) is None


def posted_group_id(session: Any, chat_id: int) -> int:
    row = groups.get_group(session, chat_id)
    assert row is not None and row.id is not None
    return row.id

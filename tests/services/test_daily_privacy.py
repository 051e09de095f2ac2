"""Daily prompts keep their promises: a private answer never reaches the group, only the
couple can press the group's buttons, crisis words are never kept, and every queued
message that quotes or names someone can be found by that person's /deletedata."""

from __future__ import annotations

import logging
from datetime import UTC, date, datetime
from typing import Any

import pytest
from sqlmodel import SQLModel

from bot.services import daily_answers, daily_planning, daily_settings, records
from bot.services.outcome import Outcome, Who
from flows.content import daily as texts
from flows.content import onboarding as common_texts
from flows.content.prompts import PROMPTS_BY_KEY
from flows.model import Reply
from flows.safety import safety_reply
from playground.botapi.formatting import html_to_text
from storage import daily as store
from storage.db import unit_of_work
from tests.services.daily_world import (
    BUTTON_PROMPT,
    PROMPT_KINDS,
    TYPED_PROMPT,
    World,
    expected_reveal,
    local,
    private_answer,
)

DAY = date(2026, 11, 25)
ANA_20H = local("Europe/Berlin", 2026, 11, 25, 20, 0)
BEN_20H = local("America/New_York", 2026, 11, 25, 20, 0)  # six hours after Ana's
GROUP = -600
CRISIS = "I want to die"


def snapshot(world: World) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table: to show that something changed nothing."""
    with world.rt.engine.connect() as connection:
        return {
            table.name: sorted((tuple(row) for row in connection.execute(table.select())), key=repr)
            for table in SQLModel.metadata.sorted_tables
        }


def everything_stored(world: World) -> str:
    """All text in the database, for a scan that something is not kept anywhere."""
    return repr(snapshot(world))


def couple_of_two(world: World, *, ben_zone: str = "America/New_York") -> tuple[Who, Who, int]:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    ana = world.user(1, zone="Europe/Berlin", name="Ana")
    ben = world.user(2, zone=ben_zone, name="Ben")
    couple = world.pair(ana, ben)
    world.link_group(couple, GROUP)
    return ana, ben, couple


def not_in_group(world: World, *words: str) -> None:
    for sent in world.bot.to(GROUP):
        for word in words:
            assert word not in sent.text, f"{word!r} reached the group: {sent.text!r}"


# --- a private answer never reaches the group ------------------------------------------


@pytest.mark.parametrize("prompt_key", PROMPT_KINDS)
async def test_a_private_answer_is_never_posted_in_the_group(world: World, prompt_key: str) -> None:
    ana, ben, couple = couple_of_two(world)
    world.fix_prompt(prompt_key, DAY, couple_id=couple)
    await world.at(ANA_20H)
    # Ana answers in private: "stays private until Ben answers too".
    saved, ana_answer = world.answer(ana, "ANA-PRIVATE: I froze when your dad spoke")
    waiting = Reply(texts.SAVED_WAITING.format(partner="Ben"))
    assert saved == private_answer(world, ana, ana_answer, waiting)
    # Ben moves the questions to the group (a third member reads it) and answers there.
    daily_settings.group_prompts(world.rt, ben, "on", group_chat_id=None)
    await world.at(BEN_20H)
    assert len(world.bot.prompts_to(GROUP)) == 1
    in_group, ben_answer = world.answer_in_group(ben, GROUP, "BEN-IN-GROUP", choice=1)
    assert ana_answer != ben_answer
    # The group hears only that both answered; each of them gets both answers privately.
    assert in_group == Outcome(
        [Reply(texts.GROUP_REVEALED_PRIVATELY.format(name="Ben"))], queued=True
    )
    await world.tick()
    not_in_group(world, ana_answer)
    (to_ana,) = world.bot.reveals_to(ana.user_id)
    (to_ben,) = world.bot.reveals_to(ben.user_id)
    assert to_ana.text == html_to_text(expected_reveal(world, ana_answer, ben_answer, "Ben").text)
    assert to_ben.text == html_to_text(expected_reveal(world, ben_answer, ana_answer, "Ana").text)
    # Each queued reveal names the person it quotes.
    reveals = {(row.chat_id, row.sender_id) for row in world.outbox() if row.kind == "daily_reveal"}
    assert reveals == {(ana.user_id, ben.user_id), (ben.user_id, ana.user_id)}


@pytest.mark.parametrize("prompt_key", PROMPT_KINDS)
async def test_an_answer_given_in_private_after_one_in_the_group_stays_out_of_it(
    world: World, prompt_key: str
) -> None:
    ana, ben, couple = couple_of_two(world)
    world.fix_prompt(prompt_key, DAY, couple_id=couple)
    daily_settings.group_prompts(world.rt, ana, "on", group_chat_id=GROUP)
    await world.at(ANA_20H)
    first, ana_answer = world.answer_in_group(ana, GROUP, "ANA-IN-GROUP", choice=0)
    assert first == Outcome([Reply(texts.GROUP_ANSWERED.format(name="Ana", partner="Ben"))])
    # Back to private chats before Ben's time: Ben gets the same day's question privately.
    daily_settings.group_prompts(world.rt, ben, "off", group_chat_id=None)
    await world.at(BEN_20H)
    assert world.delivery(ben.user_id).day_id == world.group_delivery(GROUP).day_id
    second, ben_answer = world.answer(ben, "BEN-PRIVATE: I saw it too late")
    reveal = expected_reveal(world, ben_answer, ana_answer, "Ana")
    assert second == private_answer(world, ben, ben_answer, None, reveal, queued=True)
    await world.tick()
    not_in_group(world, ben_answer)
    (to_ana,) = world.bot.reveals_to(ana.user_id)
    assert to_ana.text == html_to_text(expected_reveal(world, ana_answer, ben_answer, "Ben").text)
    assert world.bot.reveals_to(GROUP) == []


# --- only the couple's answer buttons count in a group -----------------------------------


def _group_presses(world: World) -> list[str]:
    token = world.group_delivery(GROUP).token
    eve_token = world.delivery(3).token  # someone's own private question, forged here
    return [
        f"dp:a:{token}:0",
        f"dp:a:{token}:9",
        f"dp:snz:h:{token}",
        f"dp:snz:e:{token}",
        f"dp:skip:{token}",
        f"dp:jfm:{token}",
        "dp:days:all",
        "dp:days:wkd",
        "dp:days:wke",
        "dp:days:x",
        "dp:days:zzz",
        f"dp:a:{eve_token}:0",
        f"dp:skip:{eve_token}",
        "dp:bogus",
    ]


async def test_in_a_group_anyone_but_the_couple_is_refused_and_nothing_changes(
    world: World,
) -> None:
    ana, ben, couple = couple_of_two(world, ben_zone="Europe/Berlin")
    eve = world.user(3, zone="Europe/Berlin", name="Eve")  # in the group, set up, alone
    carl, dee = world.user(4, name="Carl"), world.user(5, name="Dee")
    world.pair(carl, dee)  # another couple
    stranger = Who(user_id=6, first_name="Mallory")  # never talked to the bot
    world.fix_prompt(BUTTON_PROMPT, DAY, couple_id=couple)
    daily_settings.group_prompts(world.rt, ana, "on", group_chat_id=GROUP)
    await world.at(ANA_20H)
    assert len(world.bot.prompts_to(GROUP)) == 1 and len(world.bot.prompts_to(3)) == 1
    before = snapshot(world)
    for presser in (eve, carl, stranger):
        for data in _group_presses(world):
            outcome = daily_answers.press(world.rt, presser, data, chat_id=GROUP)
            assert outcome.replies == [], (presser, data)  # the question is not edited
            assert outcome.notice, (presser, data)  # a short notice instead
            assert not outcome.queued
            assert snapshot(world) == before, (presser, data)
    # The partners' own presses other than an answer (or their own Snooze and Skip, each
    # for themselves alone) are refused the same way.
    token = world.group_delivery(GROUP).token
    own = (f"dp:snz:h:{token}", f"dp:snz:e:{token}", f"dp:skip:{token}")
    for partner in (ana, ben):
        for data in [d for d in _group_presses(world)[2:] if d not in own]:
            outcome = daily_answers.press(world.rt, partner, data, chat_id=GROUP)
            assert outcome.replies == [] and outcome.notice, (partner, data)
            assert snapshot(world) == before, (partner, data)
    # Only then does an answer of theirs count.
    answered, label = world.answer_in_group(ana, GROUP, choice=2)
    assert answered == Outcome([Reply(texts.GROUP_ANSWERED.format(name="Ana", partner="Ben"))])
    assert [(a.user_id, a.text) for a in world.answers()] == [(ana.user_id, label)]


async def test_a_strangers_press_is_never_stored_as_an_answer(world: World) -> None:
    ana, _ben, couple = couple_of_two(world, ben_zone="Europe/Berlin")
    eve = world.user(3, zone="Europe/Berlin", name="Eve")
    world.fix_prompt(BUTTON_PROMPT, DAY, couple_id=couple)
    daily_settings.group_prompts(world.rt, ana, "on", group_chat_id=GROUP)
    await world.at(ANA_20H)
    token = world.group_delivery(GROUP).token
    for index in range(len(PROMPTS_BY_KEY[BUTTON_PROMPT].choices)):
        refused = daily_answers.press(world.rt, eve, f"dp:a:{token}:{index}", chat_id=GROUP)
        assert refused == Outcome(notice=texts.GROUP_BUTTONS_PARTNERS_ONLY)
    assert world.answers() == []


@pytest.mark.parametrize("meddler", ["Eve", "Mallory"])
async def test_a_strangers_reply_to_the_group_question_is_never_stored(
    world: World, meddler: str
) -> None:
    ana, _ben, couple = couple_of_two(world, ben_zone="Europe/Berlin")
    world.user(3, zone="Europe/Berlin", name="Eve")
    who = Who(3, "Eve") if meddler == "Eve" else Who(6, "Mallory")
    world.fix_prompt(TYPED_PROMPT, DAY, couple_id=couple)
    daily_settings.group_prompts(world.rt, ana, "on", group_chat_id=GROUP)
    await world.at(ANA_20H)
    posted = world.group_delivery(GROUP)
    assert posted.message_id is not None
    outcome = daily_answers.take_group_answer(
        world.rt, who, chat_id=GROUP, reply_to_message_id=posted.message_id, text="MEDDLING"
    )
    assert outcome == Outcome([Reply(common_texts.GROUP_NOT_A_PARTNER)])
    assert world.answers() == []


# --- crisis words are never kept ------------------------------------------------------


@pytest.fixture
def all_logs(caplog: pytest.LogCaptureFixture) -> pytest.LogCaptureFixture:
    caplog.set_level(logging.DEBUG)
    return caplog


async def test_a_crisis_answer_given_to_the_service_directly_is_not_stored(
    world: World, all_logs: pytest.LogCaptureFixture
) -> None:
    ana, ben, couple = couple_of_two(world, ben_zone="Europe/Berlin")
    world.fix_prompt(TYPED_PROMPT, DAY, couple_id=couple)
    await world.at(ANA_20H)
    world.answer(ben, "BEN-FIRST")
    outcome = daily_answers.take_answer(world.rt, ana, CRISIS)
    assert outcome == Outcome([safety_reply(None, "Europe/Berlin")])
    await world.tick()
    assert world.answers()[0].text == "BEN-FIRST" and len(world.answers()) == 1
    assert world.bot.reveals_to(ben.user_id) == []
    assert CRISIS not in everything_stored(world)
    assert CRISIS not in all_logs.text
    # The question is still open for an answer she wants to share.
    later, _ = world.answer(ana, "ANA-LATER")
    reveal = expected_reveal(world, "ANA-LATER", "BEN-FIRST", "Ben")
    assert later == private_answer(world, ana, "ANA-LATER", None, reveal, queued=True)


@pytest.mark.parametrize("situation", ["open", "already answered", "closed", "stranger"])
async def test_a_crisis_reply_in_the_group_gets_help_in_private_only(
    world: World, all_logs: pytest.LogCaptureFixture, situation: str
) -> None:
    ana, _ben, couple = couple_of_two(world, ben_zone="Europe/Berlin")
    eve = world.user(3, zone="Europe/Berlin", name="Eve")
    world.fix_prompt(TYPED_PROMPT, DAY, couple_id=couple)
    daily_settings.group_prompts(world.rt, ana, "on", group_chat_id=GROUP)
    await world.at(ANA_20H)
    writer = eve if situation == "stranger" else ana
    if situation == "already answered":
        world.answer_in_group(ana, GROUP, "ANA-FIRST")
    if situation == "closed":
        world.clock.advance(hours=25)
    before = snapshot(world)
    posted = world.group_delivery(GROUP)
    assert posted.message_id is not None
    outcome = daily_answers.take_group_answer(
        world.rt, writer, chat_id=GROUP, reply_to_message_id=posted.message_id, text=CRISIS
    )
    assert outcome == Outcome(queued=True)  # nothing said in the group
    (help_row,) = [row for row in world.outbox() if row.kind == "safety"]
    assert (
        help_row.chat_id == writer.user_id
        and help_row.text == safety_reply(None, "Europe/Berlin").text
    )
    assert {k: v for k, v in snapshot(world).items() if k != "outbox"} == {
        k: v for k, v in before.items() if k != "outbox"
    }
    await world.tick()
    assert [s.text for s in world.bot.to(writer.user_id)][-1] == safety_reply(
        None, "Europe/Berlin"
    ).text
    not_in_group(world, CRISIS)
    assert CRISIS not in everything_stored(world)
    assert CRISIS not in all_logs.text


@pytest.mark.parametrize(
    "command",
    [daily_settings.pause, daily_settings.set_days, daily_settings.set_weekly],
    ids=["pause", "days", "weekly"],
)
async def test_crisis_words_in_a_command_argument_get_help_and_change_nothing(
    world: World, all_logs: pytest.LogCaptureFixture, command: Any
) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    ana = world.user(1, name="Ana")
    before = snapshot(world)
    outcome = command(world.rt, ana, f"{CRISIS} tonight")
    assert outcome == Outcome([safety_reply(None, "Europe/Berlin")])
    assert snapshot(world) == before
    assert CRISIS not in all_logs.text


async def test_crisis_words_after_groupprompts_in_the_group_get_help_in_private(
    world: World,
) -> None:
    ana, _ben, _couple = couple_of_two(world, ben_zone="Europe/Berlin")
    in_group = daily_settings.group_prompts(world.rt, ana, CRISIS, group_chat_id=GROUP)
    assert in_group == Outcome(queued=True)
    in_private = daily_settings.group_prompts(world.rt, ana, CRISIS, group_chat_id=None)
    assert in_private == Outcome([safety_reply(None, "Europe/Berlin")])
    await world.tick()
    assert world.bot.to(GROUP) == []
    assert [s.text for s in world.bot.to(ana.user_id)] == [safety_reply(None, "Europe/Berlin").text]
    with unit_of_work(world.rt.engine) as session:
        assert store.couple_settings(session, _couple) is None


# --- whoever is quoted or named can find the row ------------------------------------


async def test_queued_messages_carry_the_id_of_the_person_they_name(world: World) -> None:
    ana, ben, couple = couple_of_two(world, ben_zone="Europe/Berlin")
    world.fix_prompt(TYPED_PROMPT, DAY, couple_id=couple)
    await world.at(ANA_20H)
    world.clock.advance(minutes=5)
    world.answer(ana, "ANA-WORDS")
    world.clock.advance(hours=1)
    assert daily_planning.plan_nudges(world.rt) == 1  # "Ana answered today's question"
    daily_settings.set_weekly(world.rt, ben, "friday 18:00")  # "Ben moved your weekly…"
    daily_settings.group_prompts(world.rt, ana, "on", group_chat_id=None)  # "Ana moved…"
    named = {(row.kind, row.chat_id, row.sender_id) for row in world.outbox()}
    assert named == {
        ("daily_nudge", ben.user_id, ana.user_id),
        ("daily_settings", ana.user_id, ben.user_id),
        ("daily_settings", ben.user_id, ana.user_id),
    }


@pytest.mark.parametrize("leaving", ["first to answer", "second to answer"])
async def test_deletedata_leaves_no_reveal_with_the_persons_words(
    world: World, leaving: str
) -> None:
    ana, ben, couple = couple_of_two(world, ben_zone="Europe/Berlin")
    world.fix_prompt(TYPED_PROMPT, DAY, couple_id=couple)
    await world.at(ANA_20H)
    world.answer(ana, "ANA-MARKER-7f3a")
    world.answer(ben, "BEN-MARKER-2c9d")  # his reveal is the reply; Ana's is queued
    await world.tick()
    (queued,) = [row for row in world.outbox() if row.kind == "daily_reveal"]
    assert queued.chat_id == ana.user_id and "BEN-MARKER-2c9d" in queued.text
    who, marker = (
        (ana, "ANA-MARKER-7f3a") if leaving == "first to answer" else (ben, "BEN-MARKER-2c9d")
    )
    deleted = records.confirm_delete(world.rt, who, f"dd:yes:{who.user_id}")
    assert deleted.replies and deleted.queued
    assert marker not in everything_stored(world)


def test_snapshot_sees_every_table(world: World) -> None:
    assert {"prompt_answer", "outbox", "daily_schedule", "user"} <= set(snapshot(world))

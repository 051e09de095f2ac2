"""Daily prompts at the service level: a real SQLite file, a FakeClock and a recording bot.

The tick under test is the real ``run_daily_tick``; only Telegram is replaced
by :class:`RecordingBot`, so time can jump across DST changes in milliseconds.
"""

from __future__ import annotations

import asyncio
import io
from datetime import UTC, date, datetime, timedelta
from typing import Any

import httpx
import pytest
from PIL import Image
from sqlmodel import select
from telegram import ForceReply
from telegram.error import Forbidden, NetworkError, RetryAfter, TimedOut

from bot.services import daily_answers, daily_group, daily_planning, daily_settings
from bot.services.daily_open import private_copy
from bot.services.outcome import Outcome
from flows import daily as flow
from flows import prompt_choice
from flows.content import daily as daily_texts
from flows.content import daily as texts
from flows.content import onboarding as onboarding_texts
from flows.content import weekly as weekly_texts
from flows.content.prompts import PROMPTS_BY_KEY
from flows.model import Reply
from playground.botapi.formatting import html_to_text
from storage import couples, groups
from storage import daily as store
from storage.db import unit_of_work
from storage.models import PromptDelivery
from storage.users import delete_user, get_user, upsert_user
from tests.services.daily_world import (
    PROMPT_KINDS,
    TYPED_PROMPT,
    Crash,
    World,
    expect_prompts,
    expected_reveal,
    local,
    private_answer,
)


def get_user_couple(world: World, user_id: int) -> int:
    with unit_of_work(world.rt.engine) as session:
        user = get_user(session, user_id)
        assert user is not None and user.couple_id is not None
        return user.couple_id


# --- when ---------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("zone", "days"),
    [
        # Europe/Berlin: CET→CEST on 29 March 2026, CEST→CET on 25 October 2026.
        ("Europe/Berlin", [(2026, 3, d) for d in (27, 28, 29, 30)]),
        ("Europe/Berlin", [(2026, 10, d) for d in (23, 24, 25, 26)]),
        # America/New_York: EST→EDT on 8 March 2026, EDT→EST on 1 November 2026.
        ("America/New_York", [(2026, 3, d) for d in (6, 7, 8, 9)]),
        ("America/New_York", [(2026, 10, 30), (2026, 10, 31), (2026, 11, 1), (2026, 11, 2)]),
        # No DST, half-hour offset; and the first time zone to reach a new day (UTC+14).
        ("Asia/Kolkata", [(2026, 6, d) for d in (1, 2, 3)]),
        ("Pacific/Kiritimati", [(2026, 6, d) for d in (1, 2, 3)]),
    ],
)
async def test_prompts_arrive_at_local_time_across_dst(
    world: World, zone: str, days: list[tuple[int, int, int]]
) -> None:
    first = local(zone, *days[0], 20, 0)
    world.clock.now = first - timedelta(hours=5)
    who = world.user(1, zone=zone, time="20:00")
    await expect_prompts(world, who, [local(zone, *d, 20, 0) for d in days])
    # Each went out for its own local date.
    with unit_of_work(world.rt.engine) as session:
        dates = [
            d.local_date
            for d in session.exec(select(PromptDelivery).order_by(PromptDelivery.id))  # type: ignore[arg-type]
        ]
    assert [(d.year, d.month, d.day) for d in dates] == days


async def test_kiritimati_morning_is_the_previous_utc_day(world: World) -> None:
    world.clock.now = datetime(2026, 6, 1, 0, 0, tzinfo=UTC)
    who = world.user(1, zone="Pacific/Kiritimati", time="07:00")
    # 07:00 on 2 June at UTC+14 is 17:00 UTC on 1 June.
    await expect_prompts(world, who, [datetime(2026, 6, 1, 17, 0, tzinfo=UTC)])
    assert world.delivery(1).local_date.isoformat() == "2026-06-02"


async def test_a_time_in_the_spring_gap_and_a_repeated_time(world: World) -> None:
    world.clock.now = datetime(2026, 3, 28, 12, 0, tzinfo=UTC)
    berlin = world.user(1, zone="Europe/Berlin", time="02:30")
    # 02:30 does not exist on 29 March in Berlin: it comes at 03:30 CEST (01:30 UTC).
    await expect_prompts(world, berlin, [datetime(2026, 3, 29, 1, 30, tzinfo=UTC)])
    world.clock.now = datetime(2026, 10, 31, 12, 0, tzinfo=UTC)
    ny = world.user(2, zone="America/New_York", time="01:30")
    # 01:30 happens twice on 1 November in New York: sent at the first (05:30 UTC) only.
    await expect_prompts(world, ny, [datetime(2026, 11, 1, 5, 30, tzinfo=UTC)])
    await world.at(datetime(2026, 11, 1, 6, 30, tzinfo=UTC))
    await world.at(datetime(2026, 11, 1, 8, 0, tzinfo=UTC))
    assert len(world.bot.prompts_to(2)) == 1


async def test_missed_prompts_within_three_hours_are_sent_older_ones_dropped(
    world: World,
) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    late = world.user(1, zone="UTC", time="20:00")
    too_late = world.user(2, zone="UTC", time="16:00")
    # The bot was down from before 16:00 until 22:59.
    await world.at(datetime(2026, 11, 25, 22, 59, tzinfo=UTC))
    assert len(world.bot.prompts_to(late.user_id)) == 1
    assert world.bot.prompts_to(too_late.user_id) == []
    # Both are back on their usual schedule the next day.
    await world.at(datetime(2026, 11, 26, 16, 0, tzinfo=UTC))
    await world.at(datetime(2026, 11, 26, 20, 0, tzinfo=UTC))
    assert len(world.bot.prompts_to(late.user_id)) == 2
    assert len(world.bot.prompts_to(too_late.user_id)) == 1


# --- which --------------------------------------------------------------------------


async def test_partners_in_different_zones_get_the_same_prompt(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    ana = world.user(1, zone="Europe/Berlin", name="Ana")
    ben = world.user(2, zone="America/New_York", name="Ben")
    world.pair(ana, ben)
    await world.at(local("Europe/Berlin", 2026, 11, 25, 20, 0))
    assert len(world.bot.prompts_to(1)) == 1 and world.bot.prompts_to(2) == []
    await world.at(local("America/New_York", 2026, 11, 25, 20, 0))
    (for_ana,), (for_ben,) = world.bot.prompts_to(1), world.bot.prompts_to(2)
    assert world.delivery(1).day_id == world.delivery(2).day_id
    # Same question; each sees their partner's name in it, if it names them.
    assert for_ana.text.replace("Ben", "X") == for_ben.text.replace("Ana", "X")


async def test_no_prompt_repeats_within_thirty_days(world: World) -> None:
    world.clock.now = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    a, b = world.user(1, zone="UTC"), world.user(2, zone="UTC")
    world.pair(a, b)
    keys: list[str] = []
    for offset in range(75):
        await world.at(datetime(2026, 1, 1, 20, 0, tzinfo=UTC) + timedelta(days=offset))
        assert world.delivery(1).prompt_key == world.delivery(2).prompt_key
        keys.append(world.delivery(1).prompt_key)
    for i, key in enumerate(keys):
        window = keys[max(0, i - prompt_choice.NO_REPEAT_DAYS) : i]
        assert key not in window, f"{key} repeated within 30 days on day {i}"
    assert len(world.bot.prompts_to(1)) == len(world.bot.prompts_to(2)) == 75


async def test_someone_without_a_partner_gets_a_journal_prompt(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    solo = world.user(1, zone="UTC")
    await world.at(datetime(2026, 11, 25, 20, 0, tzinfo=UTC))
    assert len(world.bot.prompts_to(1)) == 1
    outcome, answer = world.answer(solo)
    assert outcome == private_answer(world, solo, answer, Reply(texts.SAVED_JOURNAL))


# --- answers, reveal, nudge ----------------------------------------------------------


@pytest.mark.parametrize("prompt_key", PROMPT_KINDS)
async def test_answers_are_revealed_only_when_both_answered(world: World, prompt_key: str) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    ana, ben = world.user(1, name="Ana"), world.user(2, name="Ben")
    couple = world.pair(ana, ben)
    world.fix_prompt(prompt_key, date(2026, 11, 25), couple_id=couple)
    await world.at(local("Europe/Berlin", 2026, 11, 25, 20, 0))
    assert world.delivery(1).prompt_key == world.delivery(2).prompt_key == prompt_key
    first, ana_answer = world.answer(ana, "You went quiet")
    waiting = Reply(texts.SAVED_WAITING.format(partner="Ben"))
    assert first == private_answer(world, ana, ana_answer, waiting)
    await world.tick()
    assert all(ana_answer not in s.text for s in world.bot.to(2)), "leaked before Ben answered"
    assert world.bot.reveals_to(1) == world.bot.reveals_to(2) == []
    second, ben_answer = world.answer(ben, "Your shoulders")
    reveal = expected_reveal(world, ben_answer, ana_answer, "Ana")
    assert second == private_answer(world, ben, ben_answer, None, reveal, queued=True)
    await world.tick()
    (ana_sees,) = world.bot.reveals_to(1)
    assert ana_sees.text == html_to_text(expected_reveal(world, ana_answer, ben_answer, "Ben").text)
    assert [(a.user_id, a.text, a.group_id) for a in world.answers()] == [
        (1, ana_answer, None),
        (2, ben_answer, None),
    ]
    # Answering again changes nothing.
    assert daily_answers.take_answer(world.rt, ana, "again") is None
    again = daily_answers.press(
        world.rt, ana, f"dp:a:{world.delivery(1).token}:1", chat_id=ana.user_id
    )
    # Nothing more to answer: the buttons under it go, with a notice.
    assert again.replies == [Reply.closing()] and again.notice is not None
    assert len(world.answers()) == 2 and len(world.bot.reveals_to(1)) == 1


async def test_text_goes_to_the_open_prompt_only_when_nothing_else_asks(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    who = world.user(1, zone="UTC")
    assert daily_answers.take_answer(world.rt, who, "hello") is None  # no prompt yet
    world.fix_prompt(TYPED_PROMPT, date(2026, 11, 25), user_id=1)
    await world.at(datetime(2026, 11, 25, 20, 0, tzinfo=UTC))
    with unit_of_work(world.rt.engine) as session:
        user = get_user(session, 1)
        assert user is not None
        user.pending_setting = "time"
        session.add(user)
    assert daily_answers.take_answer(world.rt, who, "21:00") is None  # a settings question is open
    with unit_of_work(world.rt.engine) as session:
        user = get_user(session, 1)
        assert user is not None
        user.pending_setting = None
        session.add(user)
    empty = daily_answers.take_answer(world.rt, who, "   ")
    assert empty == Outcome([Reply(texts.EMPTY_ANSWER)])  # asked again, nothing kept
    assert world.answers() == []
    saved = daily_answers.take_answer(world.rt, who, "my answer")
    assert saved == private_answer(world, who, "my answer", Reply(texts.SAVED_JOURNAL))
    assert [(a.user_id, a.text) for a in world.answers()] == [(1, "my answer")]
    # A day later the question has passed.
    world.clock.advance(hours=25)
    assert daily_answers.take_answer(world.rt, who, "late") is None


async def test_one_gentle_nudge(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    ana, ben = world.user(1, name="Ana", time="20:00"), world.user(2, name="Ben", time="21:00")
    world.pair(ana, ben)
    await world.at(datetime(2026, 11, 25, 19, 0, tzinfo=UTC))  # Ana's 20:00 in Berlin
    world.clock.advance(minutes=5)
    world.answer(ana)
    # Ben's prompt comes after Ana answered: the nudge waits an hour from then.
    await world.at(datetime(2026, 11, 25, 20, 0, tzinfo=UTC))
    nudge = flow.nudge_message("Ana").text
    await world.at(datetime(2026, 11, 25, 20, 59, tzinfo=UTC))
    assert nudge not in [s.text for s in world.bot.to(2)]
    for hour, minute in [(21, 0), (21, 30), (23, 0)]:
        await world.at(datetime(2026, 11, 25, hour, minute, tzinfo=UTC))
    assert [s.text for s in world.bot.to(2)].count(nudge) == 1
    assert all(s.text != flow.nudge_message("Ben").text for s in world.bot.to(1))


async def test_no_nudge_after_skipping(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    ana, ben = world.user(1, name="Ana"), world.user(2, name="Ben")
    world.pair(ana, ben)
    await world.at(datetime(2026, 11, 25, 19, 0, tzinfo=UTC))
    token = world.delivery(2).token
    skipped = daily_answers.press(world.rt, ben, f"dp:skip:{token}", chat_id=2)
    assert skipped.replies[0].text == texts.SKIPPED and skipped.replies[0].edit
    world.answer(ana)
    await world.at(datetime(2026, 11, 25, 21, 0, tzinfo=UTC))
    assert all("answered today's question" not in s.text for s in world.bot.to(2))
    assert daily_answers.take_answer(world.rt, ben, "changed my mind") is None
    stale = daily_answers.press(world.rt, ben, f"dp:snz:h:{token}", chat_id=2)
    assert stale.notice == texts.QUESTION_CLOSED


async def test_buttons_belong_to_their_prompt_and_its_person(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    ana, ben = world.user(1, name="Ana"), world.user(2, name="Ben")
    await world.at(datetime(2026, 11, 25, 19, 0, tzinfo=UTC))
    token = world.delivery(1).token
    stranger = daily_answers.press(world.rt, ben, f"dp:skip:{token}", chat_id=2)
    # Refused with a notice; in a private chat the pressed buttons go (nothing else changes).
    assert stranger.notice is not None and stranger.replies == [Reply.closing()]
    assert daily_answers.press(world.rt, ana, "dp:skip:nosuchtoken", chat_id=1).notice
    assert daily_answers.press(world.rt, ana, "dp:bogus", chat_id=1).notice
    assert world.delivery(1).status == store.SENT


# --- snooze, skip, pause ------------------------------------------------------------


@pytest.mark.parametrize("prompt_key", PROMPT_KINDS)
async def test_snooze_for_an_hour_and_until_evening(world: World, prompt_key: str) -> None:
    world.clock.now = datetime(2026, 11, 25, 6, 0, tzinfo=UTC)
    who = world.user(1, zone="Europe/Berlin", time="08:00")
    world.fix_prompt(prompt_key, date(2026, 11, 25), user_id=1)
    await world.at(datetime(2026, 11, 25, 7, 0, tzinfo=UTC))
    first = world.bot.prompts_to(1)[0]
    token = world.delivery(1).token
    snoozed = daily_answers.press(world.rt, who, f"dp:snz:h:{token}", chat_id=1)
    assert snoozed.replies[0].text == texts.SNOOZED.format(when="09:00")
    assert daily_answers.take_answer(world.rt, who, "not now") is None  # snoozed: not open
    await world.at(datetime(2026, 11, 25, 7, 59, tzinfo=UTC))
    assert len(world.bot.prompts_to(1)) == 1
    await world.at(datetime(2026, 11, 25, 8, 0, tzinfo=UTC))
    assert [s.text for s in world.bot.prompts_to(1)] == [first.text, first.text]
    evening = daily_answers.press(world.rt, who, f"dp:snz:e:{token}", chat_id=1)
    assert evening.replies[0].text == texts.SNOOZED.format(when="21:00")
    await world.at(datetime(2026, 11, 25, 19, 59, tzinfo=UTC))
    assert len(world.bot.prompts_to(1)) == 2
    await world.at(datetime(2026, 11, 25, 20, 0, tzinfo=UTC))  # 21:00 in Berlin
    assert len(world.bot.prompts_to(1)) == 3
    outcome, answer = world.answer(who)
    assert outcome == private_answer(world, who, answer, Reply(texts.SAVED_JOURNAL))
    assert [(a.user_id, a.text) for a in world.answers()] == [(1, answer)]


async def test_pause_for_days_then_prompts_come_back(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    who = world.user(1, zone="UTC")
    reply = daily_settings.pause(world.rt, who, "3").replies[0].text
    assert reply.startswith("Paused until Sat 28 Nov, 12:00")
    assert (
        daily_settings.next_delivery_line(world.rt, 1) == "Prompts paused until Sat 28 Nov, 12:00."
    )
    for day in range(25, 30):
        await world.at(datetime(2026, 11, day, 20, 0, tzinfo=UTC))
    dates = [d.isoformat() for d in _delivered_dates(world, 1)]
    assert dates == ["2026-11-28", "2026-11-29"]
    assert (
        daily_settings.pause(world.rt, who, "for ever and ever").replies[0].text
        == texts.PAUSE_INVALID
    )


async def test_pause_until_resume(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    who = world.user(1, zone="UTC")
    assert daily_settings.resume(world.rt, who).replies[0].text == texts.NOT_PAUSED
    assert daily_settings.pause(world.rt, who, "").replies[0].text == texts.PAUSED_UNTIL_RESUME
    for day in range(25, 28):
        await world.at(datetime(2026, 11, day, 20, 0, tzinfo=UTC))
    assert world.bot.prompts_to(1) == []
    world.clock.now = datetime(2026, 11, 28, 9, 0, tzinfo=UTC)
    resumed = daily_settings.resume(world.rt, who).replies[0].text
    assert resumed == texts.RESUMED.format(when="Sat 28 Nov, 20:00 (UTC)")
    await world.at(datetime(2026, 11, 28, 20, 0, tzinfo=UTC))
    assert len(world.bot.prompts_to(1)) == 1


async def test_pause_unpair_and_delete_stop_an_already_claimed_prompt(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    paused, unpaired, deleted, partner = (world.user(i, zone="UTC") for i in (1, 2, 3, 4))
    couple = world.pair(unpaired, partner)
    world.clock.now = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    assert daily_planning.plan_deliveries(world.rt).claimed == 4  # claimed, not yet sent
    daily_settings.pause(world.rt, paused, "2")
    with unit_of_work(world.rt.engine) as session:
        couples.end_couple(session, couple, world.clock())
        delete_user(session, deleted.user_id)
    await world.tick()
    assert world.bot.prompts_to(1) == []
    assert world.bot.prompts_to(2) == []
    assert world.bot.prompts_to(3) == []
    assert world.bot.prompts_to(4) == []  # the couple's day ended with the couple
    with unit_of_work(world.rt.engine) as session:
        statuses = sorted(d.status for d in session.exec(select(PromptDelivery)))
    assert statuses == [store.CANCELLED] * 3


async def test_days_setting(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)  # a Wednesday
    who = world.user(1, zone="UTC")
    saved = daily_settings.set_days(world.rt, who, "weekends").replies[0].text
    assert saved.startswith("Daily questions on weekends.")
    assert "Sat 28 Nov, 20:00" in saved
    for day in range(25, 31):
        await world.at(datetime(2026, 11, day, 20, 0, tzinfo=UTC))
    assert [d.weekday() for d in _delivered_dates(world, 1)] == [5, 6]
    assert (
        daily_settings.set_days(world.rt, who, "mon, wed and fri")
        .replies[0]
        .text.startswith("Daily questions on Mon, Wed and Fri.")
    )
    assert (
        daily_settings.set_days(world.rt, who, "someday").replies[0].text
        == daily_texts.DAYS_INVALID
    )
    assert daily_settings.set_days(world.rt, who, "").replies[0].buttons
    pressed = daily_answers.press(world.rt, who, "dp:days:all", chat_id=1)
    assert pressed.replies[0].edit and "every day" in pressed.replies[0].text


async def test_settings_line_shows_the_next_prompt_in_local_time(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    assert daily_settings.next_delivery_line(world.rt, 1) is None
    world.user(1, zone="Asia/Kolkata", time="21:00")
    assert daily_settings.next_delivery_line(world.rt, 1) == (
        "Next prompt: Wed 25 Nov, 21:00 (Asia/Kolkata)"
    )


async def test_changed_settings_are_picked_up_even_without_the_hook(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    world.user(1, zone="UTC", time="20:00")
    with unit_of_work(world.rt.engine) as session:
        user = get_user(session, 1)
        assert user is not None
        user.prompt_time = "13:00"  # saved by code that did not call sync_schedule
        session.add(user)
    world.new_sender()  # a fresh start reconciles every schedule
    await world.at(datetime(2026, 11, 25, 13, 0, tzinfo=UTC))
    assert len(world.bot.prompts_to(1)) == 1


async def test_weekly_summary_counts_days_both_answered(world: World) -> None:
    world.clock.now = datetime(2026, 11, 16, 12, 0, tzinfo=UTC)  # a Monday
    ana, ben = world.user(1, zone="UTC", name="Ana"), world.user(2, zone="UTC", name="Ben")
    world.pair(ana, ben)
    # Ben would rather not get the picture.
    off = daily_settings.set_weekly(world.rt, ben, "card off")
    assert off.replies[0].text == daily_texts.WEEKLY_CARD_OFF
    for day in range(16, 23):
        await world.at(datetime(2026, 11, day, 20, 0, tzinfo=UTC))
        if day in (17, 19, 20):
            world.answer(ana)
            world.answer(ben)
        elif day == 21:
            world.answer(ana)
    assert "weekly" in daily_settings.set_weekly(world.rt, ana, "").replies[0].text
    await world.at(datetime(2026, 11, 22, 19, 0, tzinfo=UTC))  # Sunday 19:00
    for person, partner in ((1, "Ben"), (2, "Ana")):
        (summary,) = [s.text for s in world.bot.to(person) if s.text.startswith("🗓")]
        assert f"Your week with {partner}, 16–22 Nov" in summary
        assert weekly_texts.DAILY_SOME.format(n=3) in summary
        assert "streak" not in summary.lower()
    # The card: a photo after Ana's message, with its caption; none for Ben.
    (card,) = world.bot.photos
    assert card[0] == 1 and card[1].startswith(b"\x89PNG")
    assert Image.open(io.BytesIO(card[1])).size == (1080, 1080)
    texts_to_ana = [s.text for s in world.bot.to(1)]
    assert texts_to_ana.count(weekly_texts.CARD_CAPTION) == 1
    caption_at = texts_to_ana.index(weekly_texts.CARD_CAPTION)
    assert texts_to_ana[caption_at - 1].startswith("🗓")
    assert weekly_texts.CARD_CAPTION not in [s.text for s in world.bot.to(2)]
    # Moved for both by one of them.
    moved = daily_settings.set_weekly(world.rt, ana, "friday 18:30")
    assert moved.replies[0].text == daily_texts.WEEKLY_SAVED.format(day="Friday", time="18:30")
    await world.at(datetime(2026, 11, 27, 18, 30, tzinfo=UTC))
    # Only Ana answered on 21 November: a quiet week, said kindly, without a count.
    quiet = world.bot.to(2)[-1].text
    assert quiet.startswith("🗓") and "answered" not in quiet


# --- Telegram's answers --------------------------------------------------------------


async def test_retry_after_forbidden_and_network_errors(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    for user_id in (1, 2, 3, 4):
        world.user(user_id, zone="UTC")
    timeout = TimedOut()
    timeout.__cause__ = httpx.ReadTimeout("slow")
    world.bot.fail = {
        1: [RetryAfter(1)],
        2: [Forbidden("Forbidden: bot was blocked by the user")],
        3: [NetworkError("Bad Gateway")],
        4: [timeout],
    }
    await world.at(datetime(2026, 11, 25, 20, 0, tzinfo=UTC))
    assert world.bot.sent == []
    await world.at(datetime(2026, 11, 25, 20, 0, 5, tzinfo=UTC))
    # Rate limited and the 502 are sent once when due again; the timeout may have
    # arrived, so it is never resent; the blocked user is skipped from now on.
    assert sorted(s.chat_id for s in world.bot.sent) == [1, 3]
    await world.at(datetime(2026, 11, 26, 20, 0, tzinfo=UTC))
    assert world.bot.attempts.count(2) == 1  # not tried again while unreachable
    with unit_of_work(world.rt.engine) as session:
        user = get_user(session, 2)
        assert user is not None and not user.reachable
        # Writing to the bot again makes them reachable.
        upsert_user(
            session,
            user_id=2,
            first_name="P2",
            username=None,
            default_timezone="UTC",
            now=world.clock(),
        )
    await world.at(datetime(2026, 11, 27, 20, 0, tzinfo=UTC))
    assert len(world.bot.prompts_to(2)) == 1
    assert [s.chat_id for s in world.bot.sent].count(4) == 2  # days 2 and 3 only


# --- the couple's group ---------------------------------------------------------------


@pytest.mark.parametrize("prompt_key", PROMPT_KINDS)
async def test_group_mode_posts_once_and_reveals_in_the_group(
    world: World, prompt_key: str
) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    ana = world.user(1, zone="Europe/Berlin", name="Ana")
    ben = world.user(2, zone="Europe/London", name="Ben")
    couple = world.pair(ana, ben)
    world.link_group(couple, -500)
    world.fix_prompt(prompt_key, date(2026, 11, 25), couple_id=couple)
    on = daily_settings.group_prompts(world.rt, ana, "on", group_chat_id=-500)
    assert on.replies[0].text == daily_texts.GROUP_PROMPTS_ON
    await world.at(local("Europe/Berlin", 2026, 11, 25, 20, 0))
    await world.at(local("Europe/London", 2026, 11, 25, 20, 0))
    (posted,) = world.bot.to(-500)
    assert world.bot.to(1) == [] and world.bot.to(2) == []
    delivery = world.group_delivery(-500)
    prompt = PROMPTS_BY_KEY[delivery.prompt_key]
    assert prompt.key == prompt_key
    # Snooze and Skip under the post act for the presser alone (no ForceReply: it cannot
    # share a message with buttons; replies are still seen under privacy mode).
    assert "dp:snz:h:" in str(posted.markup) and "dp:skip:" in str(posted.markup)
    assert "dp:jfm" not in str(posted.markup)
    if prompt.by_buttons:
        assert "dp:a:" in str(posted.markup)
    else:
        assert not isinstance(posted.markup, ForceReply)
        other = daily_answers.take_group_answer(
            world.rt, ana, chat_id=-500, reply_to_message_id=posted.message_id + 99, text="x"
        )
        assert other is None  # a reply to something else is left to others
    first, ana_answer = world.answer_in_group(ana, -500, "Ana's line", choice=0)
    assert first == Outcome([Reply(daily_texts.GROUP_ANSWERED.format(name="Ana", partner="Ben"))])
    second, ben_answer = world.answer_in_group(ben, -500, "Ben's line", choice=1)
    # The reveal goes to the group through the outbox (it keeps to the group's limit).
    assert second == Outcome(queued=True)
    group_id = delivery.group_id
    assert [(a.user_id, a.text, a.group_id) for a in world.answers()] == [
        (1, ana_answer, group_id),
        (2, ben_answer, group_id),
    ]
    await world.tick()
    (reveal,) = [m for m in world.bot.to(-500) if "You both answered" in m.text]
    assert f"Ana: {ana_answer}" in reveal.text and f"Ben: {ben_answer}" in reveal.text
    assert "dr:h:" in str(reveal.markup) and "dr:t:" in str(reveal.markup)
    assert world.bot.to(1) == [] and world.bot.to(2) == []  # nothing private
    assert [(row.chat_id, row.status) for row in world.outbox()] == [(-500, "sent")]
    off = daily_settings.group_prompts(world.rt, ben, "off", group_chat_id=None)
    assert off.replies[0].text == daily_texts.GROUP_PROMPTS_OFF and off.queued


async def test_group_prompts_need_a_linked_group_and_a_partner(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    ana, ben, eve = world.user(1, name="Ana"), world.user(2, name="Ben"), world.user(3)
    assert daily_settings.group_prompts(world.rt, ana, "on", group_chat_id=None).replies[
        0
    ].text == (daily_texts.GROUP_PROMPTS_NOT_PAIRED)
    world.pair(ana, ben)
    no_group = daily_settings.group_prompts(world.rt, ana, "on", group_chat_id=None).replies[0].text
    assert no_group == daily_texts.GROUP_PROMPTS_NO_GROUP.format(partner="Ben")
    with unit_of_work(world.rt.engine) as session:
        groups.upsert_group(session, chat_id=-9, title="Other", now=world.clock())
    in_unlinked = daily_settings.group_prompts(world.rt, eve, "on", group_chat_id=-9)
    assert in_unlinked == Outcome([Reply(onboarding_texts.GROUP_NOT_PAIRED)])
    # Eve is in Ana and Ben's linked group, but not one of them.
    couple = get_user_couple(world, 1)
    world.link_group(couple, -10)
    by_eve = daily_settings.group_prompts(world.rt, eve, "on", group_chat_id=-10)
    assert by_eve == Outcome([Reply(onboarding_texts.GROUP_NOT_A_PARTNER)])
    with unit_of_work(world.rt.engine) as session:
        assert store.couple_settings(session, couple) is None  # nothing was turned on


# --- crashes ------------------------------------------------------------------------


def _delivered_dates(world: World, user_id: int) -> list[Any]:
    with unit_of_work(world.rt.engine) as session:
        rows = session.exec(
            select(PromptDelivery).where(PromptDelivery.user_id == user_id)  # type: ignore[arg-type]
        )
        return sorted(d.local_date for d in rows if d.status == store.SENT)


async def test_a_crash_half_way_then_a_restart_sends_each_prompt_once(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    users = range(1, 41)
    for user_id in users:
        world.user(user_id, zone="UTC")

    def crash_after_17(count: int) -> None:
        if count == 17:
            raise Crash  # the message is out; the process dies before recording it

    world.bot.after_accept = crash_after_17
    world.new_sender(concurrency=1)
    with pytest.raises(BaseExceptionGroup):
        await world.at(datetime(2026, 11, 25, 20, 0, tzinfo=UTC))
    assert len(world.bot.sent) == 17
    # Restart: a new process, a minute later.
    world.bot.after_accept = None
    world.new_sender(concurrency=1)
    await world.at(datetime(2026, 11, 25, 20, 1, tzinfo=UTC))
    assert sorted(s.chat_id for s in world.bot.sent) == list(users)
    # The one in flight at the crash is never resent, even much later.
    await world.at(datetime(2026, 11, 25, 20, 30, tzinfo=UTC))
    assert len(world.bot.sent) == 40
    with unit_of_work(world.rt.engine) as session:
        statuses = [d.status for d in session.exec(select(PromptDelivery))]
    assert statuses.count(store.SENT) == 39 and statuses.count(store.UNKNOWN) == 1


async def test_a_cancelled_send_loop_never_sends_twice(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    users = range(1, 61)
    for user_id in users:
        world.user(user_id, zone="UTC")
    world.bot.delay = 0.005
    world.new_sender(concurrency=8, rate=2_000)
    world.clock.now = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
    task = asyncio.create_task(world.tick())
    while len(world.bot.sent) < 25:  # noqa: ASYNC110
        await asyncio.sleep(0.001)
    task.cancel()
    with pytest.raises(asyncio.CancelledError):
        await task
    halfway = len(world.bot.sent)
    assert 25 <= halfway < 60
    world.bot.delay = 0
    world.new_sender(concurrency=8)
    await world.at(datetime(2026, 11, 25, 20, 1, tzinfo=UTC))
    received = [s.chat_id for s in world.bot.sent]
    assert len(received) == len(set(received)), "someone got the prompt twice"
    # Only sends in flight at the moment of the kill can be lost (at most one per slot).
    assert len(set(users) - set(received)) <= 8
    await world.at(datetime(2026, 11, 25, 20, 30, tzinfo=UTC))
    assert [s.chat_id for s in world.bot.sent] == received


async def test_group_mode_with_both_partners_due_at_the_same_instant(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    ana, ben = world.user(1, name="Ana"), world.user(2, name="Ben")
    couple = world.pair(ana, ben)
    with unit_of_work(world.rt.engine) as session:
        group = groups.upsert_group(session, chat_id=-501, title="Us", now=world.clock())
        groups.link_group(session, group, couple_id=couple, now=world.clock())
    daily_settings.group_prompts(world.rt, ben, "on", group_chat_id=None)
    world.clock.now = local("Europe/Berlin", 2026, 11, 25, 20, 0)
    assert daily_planning.plan_deliveries(world.rt).claimed == 1  # one claim for the two of them
    await world.tick()
    assert len(world.bot.prompts_to(-501)) == 1
    assert world.bot.prompts_to(1) == world.bot.prompts_to(2) == []


async def test_deletedata_erases_answers_and_stops_a_claimed_prompt(world: World) -> None:
    from storage.erasure import erase_user

    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    sam = world.user(1, zone="UTC")
    await world.at(datetime(2026, 11, 25, 20, 0, tzinfo=UTC))
    world.answer(sam)
    world.clock.now = datetime(2026, 11, 26, 20, 0, tzinfo=UTC)
    assert daily_planning.plan_deliveries(world.rt).claimed == 1
    with unit_of_work(world.rt.engine) as session:
        erase_user(session, 1)
    await world.tick()
    assert len(world.bot.prompts_to(1)) == 1  # only the first day's
    with unit_of_work(world.rt.engine) as session:
        assert list(session.exec(select(PromptDelivery))) == []
        assert store.export_of(session, 1) == {"schedule": None, "answers": []}


async def test_the_pacer_keeps_any_window_under_its_limit() -> None:
    from bot.daily_jobs import Pacer

    pacer = Pacer(limit=3, window=0.2, margin=0.0)
    loop = asyncio.get_running_loop()
    started: list[float] = []

    async def send() -> None:
        await pacer.acquire()
        started.append(loop.time())
        await asyncio.sleep(0.01)  # the round trip
        pacer.release(sent=True)

    await asyncio.gather(*(send() for _ in range(9)))
    started.sort()
    for first, fourth in zip(started, started[3:], strict=False):
        assert fourth - first >= 0.2


async def test_answer_privately_while_the_private_copy_is_being_sent_does_not_send_it_twice(
    world: World,
) -> None:
    """A snoozed private copy is on its way (claimed by the sender) at the moment its
    partner opens "Answer privately": the question is not shown a second time, and the
    sender's claim stands (it records the message it sends)."""
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    ana = world.user(1, zone="Europe/Berlin", name="Ana")
    ben = world.user(2, zone="Europe/Berlin", name="Ben")
    couple = world.pair(ana, ben)
    world.link_group(couple, -500)
    world.fix_prompt(TYPED_PROMPT, date(2026, 11, 25), couple_id=couple)
    daily_settings.group_prompts(world.rt, ana, "on", group_chat_id=-500)
    await world.at(local("Europe/Berlin", 2026, 11, 25, 20, 0))
    posted = world.group_delivery(-500)
    with unit_of_work(world.rt.engine) as session:
        group_post = session.get(PromptDelivery, posted.id)
        user = get_user(session, ana.user_id)
        assert group_post is not None and user is not None
        mine = private_copy(session, group_post, user, world.clock())
        mine.status = store.SENDING  # as the sender's claim leaves it, mid-send
        mine.claimed_at = world.clock()
        session.add(mine)
    opened = daily_group.open_privately(world.rt, ana, f"dq_{posted.token}")
    assert opened is not None
    assert [r.text for r in opened.replies] == [daily_texts.GROUP_OPENED_PRIVATELY]
    assert world.delivery(ana.user_id).status == store.SENDING
    # Once it has arrived, the link brings the question again (it is still open).
    copy_id = world.delivery(ana.user_id).id
    with unit_of_work(world.rt.engine) as session:
        sent = session.get(PromptDelivery, copy_id)
        assert sent is not None
        sent.status = store.SENT
        sent.sent_at = world.clock()
        session.add(sent)
    again = daily_group.open_privately(world.rt, ana, f"dq_{posted.token}")
    assert again is not None and len(again.replies) == 2

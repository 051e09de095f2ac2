"""Daily prompts: delivery instants through DST, prompt choice, reveal, nudges, texts."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.content import daily as texts
from flows.content.prompts import PROMPTS, PROMPTS_BY_KEY
from flows.daily import (
    answer_saved,
    choice_answer,
    nudge_message,
    prompt_message,
    reveal_message,
    should_nudge,
    skipped_message,
    snoozed_message,
    weekly_summary,
)
from flows.daily_buttons import PromptAction, parse_prompt_callback, prompt_keyboard
from flows.daily_timing import (
    delivery_for_local_date,
    is_due,
    local_date_of,
    next_delivery,
    snooze_until,
)
from flows.model import Reply

EVERY_DAY = frozenset(range(7))
WEEKDAYS = frozenset(range(5))


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def deliveries(
    local_time: time, zone: str, start: datetime, end: datetime, days: frozenset[int] = EVERY_DAY
) -> list[datetime]:
    """Run the schedule like the bot does: each delivery asks for the next one."""
    result = []
    instant = next_delivery(local_time, zone, days, start)
    while instant < end:
        result.append(instant)
        instant = next_delivery(local_time, zone, days, instant)
    return result


# --- delivery instants ------------------------------------------------------------


def test_berlin_20h_in_winter_and_summer() -> None:
    assert next_delivery(time(20), "Europe/Berlin", EVERY_DAY, utc(2026, 1, 10, 12)) == utc(
        2026, 1, 10, 19
    )
    assert next_delivery(time(20), "Europe/Berlin", EVERY_DAY, utc(2026, 7, 10, 12)) == utc(
        2026, 7, 10, 18
    )


def test_strictly_after() -> None:
    at = utc(2026, 1, 10, 19)
    assert next_delivery(time(20), "Europe/Berlin", EVERY_DAY, at) == utc(2026, 1, 11, 19)
    just_before = at - timedelta(microseconds=1)
    assert next_delivery(time(20), "Europe/Berlin", EVERY_DAY, just_before) == at


def test_berlin_across_spring_forward_2026() -> None:
    got = deliveries(time(20), "Europe/Berlin", utc(2026, 3, 27), utc(2026, 3, 31))
    assert got == [
        utc(2026, 3, 27, 19),  # CET, UTC+1
        utc(2026, 3, 28, 19),
        utc(2026, 3, 29, 18),  # CEST from 29 March, UTC+2
        utc(2026, 3, 30, 18),
    ]


def test_berlin_across_fall_back_2026() -> None:
    got = deliveries(time(20), "Europe/Berlin", utc(2026, 10, 24), utc(2026, 10, 27))
    assert got == [utc(2026, 10, 24, 18), utc(2026, 10, 25, 19), utc(2026, 10, 26, 19)]


def test_new_york_across_both_changes_2026() -> None:
    spring = deliveries(time(20), "America/New_York", utc(2026, 3, 7, 12), utc(2026, 3, 10, 12))
    # 7 March 20:00 EST (UTC-5), then 8 and 9 March 20:00 EDT (UTC-4).
    assert spring == [utc(2026, 3, 8, 1), utc(2026, 3, 9, 0), utc(2026, 3, 10, 0)]
    fall = deliveries(time(20), "America/New_York", utc(2026, 10, 31, 12), utc(2026, 11, 3))
    # 31 October 20:00 EDT, then 1 November 20:00 EST.
    assert fall == [utc(2026, 11, 1, 0), utc(2026, 11, 2, 1)]


def test_spring_forward_gap_is_sent_an_hour_later_never_skipped() -> None:
    # 02:30 does not exist in Berlin on 29 March 2026: sent at 03:30 CEST.
    instant = delivery_for_local_date(time(2, 30), "Europe/Berlin", date(2026, 3, 29))
    assert instant == utc(2026, 3, 29, 1, 30)
    assert instant.astimezone(ZoneInfo("Europe/Berlin")).time() == time(3, 30)
    got = deliveries(time(2, 30), "Europe/Berlin", utc(2026, 3, 28), utc(2026, 3, 31))
    assert got == [utc(2026, 3, 28, 1, 30), utc(2026, 3, 29, 1, 30), utc(2026, 3, 30, 0, 30)]
    # Same in New York on 8 March 2026: 02:30 → 03:30 EDT (07:30 UTC).
    ny = deliveries(time(2, 30), "America/New_York", utc(2026, 3, 7), utc(2026, 3, 10))
    assert ny == [utc(2026, 3, 7, 7, 30), utc(2026, 3, 8, 7, 30), utc(2026, 3, 9, 6, 30)]


def test_fall_back_repeated_time_is_sent_exactly_once() -> None:
    # 01:30 happens twice in New York on 1 November 2026: only the first (EDT) counts.
    got = deliveries(time(1, 30), "America/New_York", utc(2026, 10, 31), utc(2026, 11, 3))
    assert got == [utc(2026, 10, 31, 5, 30), utc(2026, 11, 1, 5, 30), utc(2026, 11, 2, 6, 30)]
    # Asking again right after the first 01:30 does not give the second 01:30 (06:30 UTC).
    assert next_delivery(time(1, 30), "America/New_York", EVERY_DAY, utc(2026, 11, 1, 5, 30)) == (
        utc(2026, 11, 2, 6, 30)
    )
    # 02:30 happens twice in Berlin on 25 October 2026.
    berlin = deliveries(time(2, 30), "Europe/Berlin", utc(2026, 10, 24), utc(2026, 10, 27))
    assert berlin == [utc(2026, 10, 24, 0, 30), utc(2026, 10, 25, 0, 30), utc(2026, 10, 26, 1, 30)]


def test_one_delivery_per_local_day_for_a_whole_year_in_dst_zones() -> None:
    for zone in ("Europe/Berlin", "America/New_York"):
        for local_time in (time(0, 0), time(1, 30), time(2, 30), time(20, 0), time(23, 59)):
            got = deliveries(local_time, zone, utc(2026, 1, 1), utc(2027, 1, 1))
            local_days = [local_date_of(g, zone) for g in got]
            assert len(local_days) == len(set(local_days))
            # every local day of the year in between is present (no day skipped)
            assert len(got) in (364, 365, 366)
            assert local_days == sorted(local_days)


def test_half_hour_offset_kolkata() -> None:
    assert next_delivery(time(20), "Asia/Kolkata", EVERY_DAY, utc(2026, 3, 29)) == utc(
        2026, 3, 29, 14, 30
    )


def test_kiritimati_utc_plus_14_is_a_day_ahead() -> None:
    # 08:00 on 1 June in Kiritimati is 18:00 on 31 May in UTC.
    instant = next_delivery(time(8), "Pacific/Kiritimati", EVERY_DAY, utc(2026, 5, 31, 12))
    assert instant == utc(2026, 5, 31, 18)
    assert local_date_of(instant, "Pacific/Kiritimati") == date(2026, 6, 1)


def test_fixed_offset_zone() -> None:
    assert next_delivery(time(20), "UTC+05:30", EVERY_DAY, utc(2026, 3, 29)) == utc(
        2026, 3, 29, 14, 30
    )
    assert next_delivery(time(7), "UTC-03:00", EVERY_DAY, utc(2026, 3, 29)) == utc(2026, 3, 29, 10)
    assert next_delivery(time(7), "UTC", EVERY_DAY, utc(2026, 3, 29)) == utc(2026, 3, 29, 7)


def test_weekdays_only_uses_the_local_weekday() -> None:
    # Friday 2026-03-27 20:00 Berlin, then Monday 30 March.
    got = deliveries(time(20), "Europe/Berlin", utc(2026, 3, 27), utc(2026, 4, 4), WEEKDAYS)
    assert [local_date_of(g, "Europe/Berlin").weekday() for g in got] == [4, 0, 1, 2, 3, 4]
    assert got[0] == utc(2026, 3, 27, 19)
    assert got[1] == utc(2026, 3, 30, 18)
    # Kiritimati Monday 08:00 is Sunday in UTC: still a Monday delivery for the user.
    monday = next_delivery(time(8), "Pacific/Kiritimati", WEEKDAYS, utc(2026, 3, 28, 12))
    assert monday == utc(2026, 3, 29, 18)
    assert local_date_of(monday, "Pacific/Kiritimati") == date(2026, 3, 30)


def test_single_weekday_waits_a_week() -> None:
    sunday_only = frozenset({6})
    got = next_delivery(time(9), "Europe/Berlin", sunday_only, utc(2026, 3, 29, 7, 0))
    assert got == utc(2026, 4, 5, 7)


@given(
    st.sampled_from(["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Kiritimati"]),
    st.times().map(lambda t: t.replace(second=0, microsecond=0)),
    st.frozensets(st.integers(0, 6), min_size=1),
    st.datetimes(min_value=datetime(2024, 1, 1), max_value=datetime(2030, 1, 1)),
)
def test_next_delivery_properties(
    zone: str, local_time: time, days: frozenset[int], after: datetime
) -> None:
    after_utc = after.replace(tzinfo=UTC)
    got = next_delivery(local_time, zone, days, after_utc)
    assert got > after_utc
    assert got - after_utc <= timedelta(days=8)
    assert local_date_of(got, zone).weekday() in days
    assert got == delivery_for_local_date(local_time, zone, local_date_of(got, zone))


def test_next_delivery_rejects_bad_input() -> None:
    with pytest.raises(ValueError):
        next_delivery(time(8), "Europe/Berlin", frozenset(), utc(2026, 1, 1))
    with pytest.raises(ValueError):
        next_delivery(time(8), "Europe/Berlin", frozenset({7}), utc(2026, 1, 1))
    with pytest.raises(ValueError):
        next_delivery(time(8), "Europe/Berlin", EVERY_DAY, datetime(2026, 1, 1))
    with pytest.raises(ValueError):
        next_delivery(time(8), "Mars/Base", EVERY_DAY, utc(2026, 1, 1))


# --- missed deliveries (bot was down) ------------------------------------------------


def test_grace_rules() -> None:
    scheduled = utc(2026, 3, 1, 19)
    assert is_due(scheduled, scheduled - timedelta(seconds=1)) == "wait"
    assert is_due(scheduled, scheduled) == "send"
    assert is_due(scheduled, scheduled + timedelta(hours=2, minutes=59)) == "send"
    assert is_due(scheduled, scheduled + timedelta(hours=3)) == "send"
    assert is_due(scheduled, scheduled + timedelta(hours=3, minutes=1)) == "drop"


# --- snooze and pause ----------------------------------------------------------------


def test_snooze_one_hour() -> None:
    now = utc(2026, 3, 10, 7, 12)
    assert snooze_until("hour", now, "Europe/Berlin") == utc(2026, 3, 10, 8, 12)


def test_snooze_this_evening() -> None:
    # 08:00 Berlin (CET): back at 21:00 Berlin = 20:00 UTC.
    assert snooze_until("evening", utc(2026, 3, 10, 7), "Europe/Berlin") == utc(2026, 3, 10, 20)
    # In summer 21:00 Berlin is 19:00 UTC.
    assert snooze_until("evening", utc(2026, 7, 10, 7), "Europe/Berlin") == utc(2026, 7, 10, 19)
    # Already 21:30 in Berlin: three hours from now instead.
    now = utc(2026, 3, 10, 20, 30)
    assert snooze_until("evening", now, "Europe/Berlin") == now + timedelta(hours=3)
    # Custom evening in New York.
    assert snooze_until("evening", utc(2026, 3, 10, 12), "America/New_York", time(18)) == utc(
        2026, 3, 10, 22
    )


@given(
    st.datetimes(min_value=datetime(2000, 1, 1), max_value=datetime(2100, 1, 1)),
    st.sampled_from(["Europe/Berlin", "America/New_York", "Asia/Kolkata", "Pacific/Auckland"]),
)
def test_this_evening_is_a_real_evening_after_now_never_in_an_hour(
    naive: datetime, zone: str
) -> None:
    now = naive.replace(tzinfo=UTC)
    evening = snooze_until("evening", now, zone)
    assert evening > now
    assert evening != snooze_until("hour", now, zone)
    assert evening - now <= timedelta(hours=22)  # 21 hours, 22 on a fall-back night
    local = evening.astimezone(ZoneInfo(zone))
    assert local.date() >= now.astimezone(ZoneInfo(zone)).date()
    # Either 21:00 on the wall clock, or three hours on when that had passed.
    assert (local.hour, local.minute) == (21, 0) or evening - now == timedelta(hours=3)


def test_snoozed_and_skipped_messages() -> None:
    reply = snoozed_message(utc(2026, 3, 10, 18), "Europe/Berlin")
    assert reply.text == "Okay, I'll ask again at 19:00."
    assert reply.edit
    assert skipped_message().text == texts.SKIPPED


# --- reveal and nudge ----------------------------------------------------------------------


def test_reveal_and_saved_messages() -> None:
    reveal = reveal_message("Standing closer", "A quiet signal", "Ben").text
    assert reveal == "You both answered 🤝\nYou: Standing closer\nBen: A quiet signal"
    assert reveal_message("a", "b", None).text.endswith("\nYour partner: b")
    long_answer = reveal_message("x" * 5000, "y", "Ben").text
    assert len(long_answer) < 1600
    assert answer_saved("Ben", has_partner=True).text == (
        "Saved. Your answer stays private until Ben answers too."
    )
    assert answer_saved(None, has_partner=True).text == (
        "Saved. Your answer stays private until your partner answers too."
    )
    assert answer_saved(None, has_partner=False).text == texts.SAVED_JOURNAL


def test_nudge_text() -> None:
    assert nudge_message("Ben").text == "Ben answered today's question: answer yours to see it."
    assert nudge_message(None).text.startswith("Your partner answered today's question")


def _nudge(**overrides: object) -> bool:
    base: dict[str, object] = {
        "partner_answered": True,
        "i_answered": False,
        "nudge_sent": False,
        "now_utc": utc(2026, 3, 10, 21),
        "my_delivery_utc": utc(2026, 3, 10, 19),
    }
    base.update(overrides)
    return should_nudge(**base)  # type: ignore[arg-type]


def test_at_most_one_gentle_nudge() -> None:
    assert _nudge() is True
    assert _nudge(nudge_sent=True) is False
    assert _nudge(partner_answered=False) is False
    assert _nudge(i_answered=True) is False
    assert _nudge(skipped=True) is False
    assert _nudge(my_delivery_utc=None) is False
    # not right after my prompt arrived, and not about a stale question
    assert _nudge(now_utc=utc(2026, 3, 10, 19, 30)) is False
    assert _nudge(now_utc=utc(2026, 3, 11, 8)) is False
    assert _nudge(now_utc=utc(2026, 3, 10, 18)) is False


# --- weekly summary -------------------------------------------------------------------------


@pytest.mark.parametrize("n", range(0, 9))
def test_weekly_summary_is_gentle(n: int) -> None:
    for journal in (False, True):
        text = weekly_summary(n, 7, "Ben", journal=journal)
        lowered = text.lower()
        assert "streak" not in lowered
        assert "broke" not in lowered
        assert "miss" not in lowered
        assert "only" not in lowered
        assert text


def test_weekly_summary_wording() -> None:
    assert weekly_summary(5).startswith("You both answered 5 of the last 7 days.")
    assert weekly_summary(7).startswith("You both answered 7 of the last 7 days.")
    assert weekly_summary(0) == texts.WEEKLY_NONE
    assert "okay" in weekly_summary(0)
    assert weekly_summary(12, 7).startswith("You both answered 7 of the last 7 days.")
    assert weekly_summary(-1) == texts.WEEKLY_NONE
    assert weekly_summary(4, journal=True).startswith("You answered 4 of the last 7 days.")
    assert weekly_summary(20, 30).startswith("You both answered 20 of the last 30 days.")


# --- buttons --------------------------------------------------------------------------------

TOKEN = "d" + "7" * 39  # the longest allowed token


def test_keyboard_for_a_button_prompt() -> None:
    prompt = next(p for p in PROMPTS if p.choices)
    keyboard = prompt_keyboard(prompt, "abc123")
    labels = [b.label for row in keyboard for b in row]
    assert labels[: len(prompt.choices)] == list(prompt.choices)
    assert labels[-3:] == ["Snooze 1 hour", "This evening", "Skip today"]
    data = [b.data for row in keyboard for b in row]
    assert data[0] == "dp:a:abc123:0"
    assert data[-3:] == ["dp:snz:h:abc123", "dp:snz:e:abc123", "dp:skip:abc123"]


def test_keyboard_for_a_text_prompt_has_only_controls() -> None:
    prompt = next(p for p in PROMPTS if not p.choices)
    keyboard = prompt_keyboard(prompt, "abc")
    assert [[b.label for b in row] for row in keyboard] == [
        ["Snooze 1 hour", "This evening"],
        ["Skip today"],
    ]


def test_all_callback_data_fits_64_bytes_and_round_trips() -> None:
    for prompt in PROMPTS:
        for row in prompt_keyboard(prompt, TOKEN):
            for button in row:
                assert len(button.data.encode()) <= 64
                assert button.data.startswith("dp:")
                action = parse_prompt_callback(button.data)
                assert action is not None
                assert action.token == TOKEN
                if action.kind == "answer":
                    assert choice_answer(prompt, action.choice) == button.label


@pytest.mark.parametrize("token", ["", "x" * 41, "a:b", "héllo", "a b"])
def test_bad_tokens_rejected(token: str) -> None:
    with pytest.raises(ValueError):
        prompt_keyboard(PROMPTS[0], token)


def test_just_for_me_is_offered_only_where_a_partner_would_see_the_answer() -> None:
    prompt = PROMPTS_BY_KEY["read-05"]
    alone = [b.data for row in prompt_keyboard(prompt, "tok") for b in row]
    assert "dp:jfm:tok" not in alone
    paired = prompt_keyboard(prompt, "tok", private_option=True)
    assert [(b.label, b.data) for b in paired[-1]] == [
        ("Skip today", "dp:skip:tok"),
        (texts.JUST_FOR_ME_LABEL, "dp:jfm:tok"),
    ]
    assert parse_prompt_callback("dp:jfm:tok") == PromptAction("just_for_me", "tok")
    first = prompt_message(prompt, "Ben", "tok", paired=True, consent=True)
    assert "shown to Ben once you've both answered" in first.text
    later = prompt_message(prompt, "Ben", "tok", paired=True)
    assert "shown to Ben" not in later.text
    kept = prompt_message(prompt, "Ben", "tok", paired=True, consent=True, just_for_me=True)
    assert texts.JUST_FOR_ME_ON in kept.text
    assert "dp:jfm:tok" not in [b.data for row in kept.buttons for b in row]


def test_parse_prompt_callback() -> None:
    assert parse_prompt_callback("dp:a:tok:2") == PromptAction("answer", "tok", 2)
    assert parse_prompt_callback("dp:snz:h:tok") == PromptAction("snooze_hour", "tok")
    assert parse_prompt_callback("dp:snz:e:tok") == PromptAction("snooze_evening", "tok")
    assert parse_prompt_callback("dp:skip:tok") == PromptAction("skip", "tok")
    for bad in ("dp:a:tok:x", "dp:snz:x:tok", "dp:skip:", "xx:skip:tok", "dp:a:tok:٣", "dp:"):
        assert parse_prompt_callback(bad) is None


@given(st.text(max_size=80))
def test_parse_prompt_callback_never_raises(data: str) -> None:
    parse_prompt_callback(data)
    parse_prompt_callback("dp:" + data)


def test_choice_answer_bounds() -> None:
    prompt = next(p for p in PROMPTS if p.choices)
    assert choice_answer(prompt, 0) == prompt.choices[0]
    assert choice_answer(prompt, len(prompt.choices)) is None
    assert choice_answer(prompt, -1) is None
    assert choice_answer(prompt, None) is None


def test_prompt_message() -> None:
    prompt = PROMPTS_BY_KEY["appreciation-01"]
    reply = prompt_message(prompt, "Ben", "tok")
    assert isinstance(reply, Reply)
    assert reply.text.startswith("<b>Today's question · Appreciation</b>\n\n")
    assert "Ben did this week" in reply.text
    assert reply.text.endswith(texts.TEXT_ANSWER_HINT)
    read = prompt_message(PROMPTS_BY_KEY["read-05"], None, "tok")
    assert read.text.startswith("<b>Today's question · Read the Moment</b>")
    assert "your partner needs you" in read.text
    assert texts.TEXT_ANSWER_HINT not in read.text
    assert len(read.buttons) == len(PROMPTS_BY_KEY["read-05"].choices) + 2

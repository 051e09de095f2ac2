"""The weekly look back, composed from plain facts: what it says, what it never says."""

from __future__ import annotations

import itertools
import re
from datetime import UTC, date, datetime, timedelta

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from flows import weekly as weekly_module
from flows.content import moment as mtxt
from flows.content import weekly as txt
from flows.content.common import PRACTICE_STEPS, WEEKDAYS_SHORT
from flows.practice import PracticeStep
from flows.week_facts import (
    REASON_KEYS,
    STEPS,
    DayFacts,
    ReasonNote,
    WeekFacts,
    in_week,
    is_quiet,
    reason_key,
    suggestion_for,
    week_window,
)
from flows.weekly import MESSAGE_LIMIT, clean_name, compose_weekly, date_range
from playground.botapi.formatting import html_to_text

MONDAY = date(2026, 11, 23)  # ISO week 48: a week with a "why it matters" line
ODD_MONDAY = date(2026, 11, 16)  # ISO week 47: without
ANA, BEN = 1, 2

GUILT = re.compile(
    r"\b(streak\w*|broke\w*|break\w*|fail\w*|miss\w*|forg[oe]t\w*|lazy|guilt\w*|shame\w*|"
    r"disappoint\w*|behind|only|never|you\s+should|0\s+of|zero)\b",
    re.IGNORECASE,
)


def week(*days: tuple[int, set[str], bool], first: date = MONDAY, **kwargs: object) -> WeekFacts:
    """Facts for the week from ``first``: (day offset, steps, daily answered)."""
    rows = tuple(
        DayFacts(first + timedelta(days=offset), frozenset(steps), daily)
        for offset, steps, daily in days
    )
    return WeekFacts(days=rows, **kwargs)  # type: ignore[arg-type]


def steps_line(text: str) -> str | None:
    for line in text.splitlines():
        if line.startswith(("Together you practised", "You practised")):
            return line
    return None


# --- strategies -------------------------------------------------------------------

step_sets = st.frozensets(st.sampled_from(STEPS))
day_facts = st.builds(
    DayFacts,
    local_date=st.integers(-3, 9).map(lambda n: MONDAY + timedelta(days=n)),
    steps=step_sets,
    daily_answered=st.booleans(),
)
counts = st.integers(0, 50)
facts_strategy = st.builds(
    WeekFacts,
    days=st.lists(day_facts, max_size=9).map(tuple),
    paired=st.booleans(),
    moments=counts,
    hurt_moments=counts,
    plans=counts,
    checkins_sent=counts,
    checkin_verdicts=st.lists(
        st.sampled_from(("helped", "partly", "else", "")) | st.text(max_size=5), max_size=6
    ).map(tuple),
    requests_sent=counts,
    requests_accepted=counts,
    reinforces_sent=counts,
    reasons=st.lists(
        st.builds(ReasonNote, st.sampled_from((ANA, BEN, 3)), st.sampled_from(REASON_KEYS)),
        max_size=8,
    ).map(tuple),
)
names = st.text(max_size=300)
first_days = st.dates(date(2000, 1, 1), date(2100, 12, 31))


# --- properties over any week ----------------------------------------------------------


@settings(max_examples=300)
@given(
    facts=facts_strategy,
    me=names,
    partner=st.none() | names,
    first_day=first_days,
    reasons_from=st.frozensets(st.sampled_from((ANA, BEN, 3))),
)
def test_any_week_composes_briefly(
    facts: WeekFacts, me: str, partner: str | None, first_day: date, reasons_from: frozenset[int]
) -> None:
    weekly = compose_weekly(
        facts, me=me, partner=partner, first_day=first_day, reasons_from=reasons_from
    )
    assert 0 < len(weekly.text) <= MESSAGE_LIMIT
    assert weekly.suggestion == suggestion_for(in_week(facts, first_day))
    assert len(weekly.card.days) == 7 and len(weekly.card.steps) == 5
    assert all(name and "\n" not in name for name in weekly.card.names)


@settings(max_examples=300)
@given(facts=facts_strategy, first_day=first_days, reasons_from=st.frozensets(st.just(ANA)))
def test_never_a_streak_guilt_or_a_shaming_count(
    facts: WeekFacts, first_day: date, reasons_from: frozenset[int]
) -> None:
    text = compose_weekly(
        facts, me="Ana", partner="Ben", first_day=first_day, reasons_from=reasons_from
    ).text
    assert not GUILT.search(text), text
    # Numbers are only for what happened: never a zero, never "N of 7".
    assert not re.search(r"\b0\b", text.replace(str(first_day.year), ""))
    assert not re.search(r"\bof \d", text)


@given(facts=facts_strategy)
def test_the_steps_named_are_exactly_those_practised(facts: WeekFacts) -> None:
    text = compose_weekly(facts, me="Ana", partner="Ben", first_day=MONDAY).text
    line = steps_line(text)
    practised = in_week(facts, MONDAY).steps
    if not practised:
        assert line is None
    elif practised == set(STEPS):
        assert line is not None and "all five steps" in line
    else:
        assert line is not None
        named = {step for step in STEPS if PRACTICE_STEPS[PracticeStep(step)] in line}
        assert named == practised


@given(facts=facts_strategy, reasons_from=st.frozensets(st.sampled_from((ANA, BEN, 3))))
def test_the_reason_named_is_the_readers_most_frequent_with_its_tip(
    facts: WeekFacts, reasons_from: frozenset[int]
) -> None:
    text = compose_weekly(
        facts, me="Ana", partner="Ben", first_day=MONDAY, reasons_from=reasons_from
    ).text
    # A reason comes from a moment looked back at: a quiet week has none to name.
    facts = in_week(facts, MONDAY)
    expected = None if is_quiet(facts) else facts.top_reason(reasons_from)
    for key in REASON_KEYS:
        shown = txt.REASON.format(reason=txt.REASONS[key]) in text
        assert shown == (key == expected)
        assert (mtxt.TIPS[key] in text) == (key == expected)


@given(facts=facts_strategy)
def test_the_card_shows_the_same_week(facts: WeekFacts) -> None:
    card = compose_weekly(facts, me="Ana", partner="Ben", first_day=MONDAY).card
    facts = in_week(facts, MONDAY)
    assert [s.practised for s in card.steps] == [step in facts.steps for step in STEPS]
    answered = {d.local_date for d in facts.days if d.daily_answered}
    assert [d.answered for d in card.days] == [
        MONDAY + timedelta(days=i) in answered for i in range(7)
    ]
    assert [d.weekday for d in card.days] == list(WEEKDAYS_SHORT)
    assert card.next_line == txt.SUGGESTIONS[suggestion_for(facts)][1]


# --- examples ---------------------------------------------------------------------------


def test_a_full_week_reads_warmly() -> None:
    facts = week(
        (0, {"read", "side", "action"}, True),
        (2, {"checkin"}, True),
        (4, set(), True),
        first=ODD_MONDAY,
        moments=1,
        checkins_sent=1,
        checkin_verdicts=("helped",),
        reasons=(ReasonNote(ANA, "stress"), ReasonNote(BEN, "conflict")),
    )
    weekly = compose_weekly(
        facts, me="Ana", partner="Ben", first_day=ODD_MONDAY, reasons_from={ANA}
    )
    assert weekly.text == "\n".join(
        [
            "🗓 Your week with Ben, 16–22 Nov",
            "",
            "Together you practised Read the Moment, Take Their Side, Take Action and Check In.",
            "You both answered the daily question on 3 days.",
            "A check-in came back with “it helped” 💛",
            "",
            "What got in the way most often: your own stress.",
            mtxt.TIPS["stress"],
            "",
            "For next week: close the loop. Tell Ben “I've always got your back.”",
        ]
    )


def test_daily_days_count_only_the_weeks_days_answered() -> None:
    facts = week((0, set(), True), (1, set(), True), (3, set(), True), (5, set(), False))
    text = compose_weekly(facts, me="Ana", partner="Ben", first_day=MONDAY).text
    assert "You both answered the daily question on 3 days." in text
    every = week(*((i, set(), True) for i in range(7)))
    assert txt.DAILY_EVERY in compose_weekly(every, me="A", partner="B", first_day=MONDAY).text
    one = week((6, set(), True), paired=False)
    assert txt.JOURNAL_ONE in compose_weekly(one, me="A", partner=None, first_day=MONDAY).text


def test_a_quiet_week_gets_a_warm_line_and_the_smallest_step() -> None:
    for facts in (WeekFacts(), week((0, set(), False)), WeekFacts(checkins_sent=0, moments=0)):
        weekly = compose_weekly(facts, me="Ana", partner="Ben", first_day=ODD_MONDAY)
        assert weekly.text == "\n\n".join(
            [
                "🗓 Your week with Ben, 16–22 Nov",
                txt.QUIET,
                "For next week: if a moment comes up, /moment is there. "
                "Or simply tell Ben “I've always got your back.”",
            ]
        )
        assert weekly.card.next_line == "Say it: “I've always got your back.”"


def test_a_person_alone_hears_about_their_own_week() -> None:
    facts = week((1, {"read", "side"}, True), first=ODD_MONDAY, paired=False, moments=1)
    weekly = compose_weekly(facts, me="Ana", partner=None, first_day=ODD_MONDAY)
    assert weekly.text.startswith("🗓 Your week, 16–22 Nov\n\nYou practised Read the Moment")
    assert "You answered the daily question on one day." in weekly.text
    assert "your partner" in weekly.text  # the suggestion has no name to use
    assert weekly.card.names == ("Ana",) and weekly.card.kicker == txt.CARD_KICKER_SOLO


def test_names_stay_plain_text_and_short() -> None:
    partner = "<b>Ben & \u200bJo</b>\n" + "x" * 200
    weekly = compose_weekly(
        week((0, {"read"}, False)), me="Ana <i>", partner=partner, first_day=MONDAY
    )
    shown = clean_name(partner)
    assert shown.startswith("<b>Ben & Jo</b> xxx") and shown.endswith("…") and len(shown) == 40
    # The message is HTML: the name is escaped there and reads literally on screen.
    assert "Your week with &lt;b&gt;Ben &amp; Jo&lt;/b&gt; xxx" in weekly.text
    assert f"Your week with {shown}," in html_to_text(weekly.text)
    assert weekly.card.names == ("Ana <i>", shown)


@pytest.mark.parametrize(
    ("facts", "suggestion"),
    [
        (WeekFacts(), "start_small"),
        (week((0, set(), False)), "start_small"),
        # Stepped in, never asked "Did that help?".
        (week((0, {"read", "side", "action"}, False), moments=3), "check_in"),
        (week((0, {"read", "action"}, True), (1, {"reinforce"}, False)), "check_in"),
        # Asked, and the answers asked for more.
        (week((0, {"checkin"}, False), checkin_verdicts=("partly",)), "ask_more"),
        (week((0, {"read", "action", "checkin"}, False), checkin_verdicts=("else",)), "ask_more"),
        # ... unless one also said it helped: then close the loop.
        (
            week((0, {"read", "action", "checkin"}, False), checkin_verdicts=("else", "helped")),
            "reinforce",
        ),
        # Lots of moments, no Reinforce.
        (week((0, {"read", "side"}, False), moments=4), "reinforce"),
        (week((0, {"read", "checkin"}, False)), "reinforce"),
        # Practice that never started from noticing.
        (week((0, {"reinforce"}, True)), "read"),
        (WeekFacts(checkin_verdicts=("helped",)), "read"),
        (WeekFacts(plans=1), "read"),
        # Everything but the daily question, together.
        (week((0, {"read", "side", "action", "checkin", "reinforce"}, False)), "daily"),
        # Alone, the daily question together is not the thing to suggest.
        (week((0, {"read"}, False), paired=False), "keep_going"),
        (week((0, set(STEPS), True)), "prepare"),
        (week((0, set(STEPS), True), plans=2), "keep_going"),
        (week((0, {"read"}, True)), "keep_going"),
    ],
)
def test_the_suggestion_follows_from_the_facts(facts: WeekFacts, suggestion: str) -> None:
    assert suggestion_for(facts) == suggestion
    weekly = compose_weekly(facts, me="Ana", partner="Ben", first_day=MONDAY)
    advice = txt.SUGGESTIONS[suggestion][0].format(partner="Ben")
    assert txt.SUGGESTION.format(text=advice) in weekly.text


def test_requests_and_check_in_answers_are_told_kindly() -> None:
    facts = week(
        (0, {"read"}, False),
        first=ODD_MONDAY,
        requests_sent=1,
        requests_accepted=1,
        checkin_verdicts=("helped", "helped", "partly"),
    )
    text = compose_weekly(facts, me="Ana", partner="Ben", first_day=ODD_MONDAY).text
    assert "2 check-ins came back with “it helped” 💛" in text
    assert txt.REQUEST_ACCEPTED in text
    sent = week(
        (0, {"read"}, False), first=ODD_MONDAY, requests_sent=1, checkin_verdicts=("partly",)
    )
    text = compose_weekly(sent, me="Ana", partner="Ben", first_day=ODD_MONDAY).text
    assert txt.REQUEST_SENT in text and txt.CHECKIN_MORE in text


def test_why_it_matters_comes_every_other_week_and_yields_to_length() -> None:
    even = compose_weekly(
        week((0, {"read"}, False)), me="Ana", partner="Ben", first_day=MONDAY
    ).text
    odd = compose_weekly(
        week((0, {"read"}, False), first=ODD_MONDAY), me="Ana", partner="Ben", first_day=ODD_MONDAY
    ).text
    assert any(line in even for line in txt.WHY)
    assert not any(line in odd for line in txt.WHY)
    # The longest week: every optional line and the longest names.
    crowded = week(
        *((i, {"read", "side", "action"}, True) for i in range(6)),
        moments=9,
        requests_sent=2,
        requests_accepted=1,
        checkin_verdicts=("partly",),
        reasons=(ReasonNote(ANA, "assumed"),),
    )
    text = compose_weekly(
        crowded, me="A" * 200, partner="B" * 200, first_day=MONDAY, reasons_from={ANA}
    ).text
    assert len(text) <= MESSAGE_LIMIT
    assert mtxt.TIPS["assumed"] in text and "For next week:" in text


def test_reason_keys_from_stored_answers() -> None:
    assert reason_key("My own stress") == "stress"
    assert reason_key(" avoiding a SCENE  in public ") == "conflict"
    assert reason_key("unseen") == "unseen"
    assert reason_key("I was tired") is None
    assert reason_key(None) is None and reason_key(3) is None


def test_is_quiet() -> None:
    assert is_quiet(WeekFacts()) and is_quiet(week((0, set(), False)))
    assert not is_quiet(WeekFacts(requests_sent=1))
    assert not is_quiet(week((0, set(), True)))


def test_dates_read_naturally() -> None:
    assert date_range(date(2026, 11, 16), date(2026, 11, 22)) == "16–22 Nov"
    assert date_range(date(2026, 11, 30), date(2026, 12, 6)) == "30 Nov – 6 Dec"
    assert date_range(date(2026, 11, 30), date(2026, 12, 6), year=True) == "30 Nov – 6 Dec 2026"
    assert date_range(date(2026, 12, 28), date(2027, 1, 3)) == "28 Dec 2026 – 3 Jan 2027"


def test_the_week_window_runs_from_local_midnight_to_local_midnight() -> None:
    first, start, end = week_window(date(2026, 11, 29), "Europe/Berlin")
    assert first == date(2026, 11, 23)
    assert start == datetime(2026, 11, 22, 23, 0, tzinfo=UTC)
    assert end == datetime(2026, 11, 29, 23, 0, tzinfo=UTC)
    first, start, end = week_window(date(2026, 3, 29), "Europe/Berlin")
    assert end - start == timedelta(days=7, hours=-1)
    _, start, end = week_window(date(2026, 3, 29), "UTC+05:30")
    assert start == datetime(2026, 3, 22, 18, 30, tzinfo=UTC)


def test_every_combination_of_lines_fits_with_the_longest_names() -> None:
    for size in range(len(STEPS) + 1):
        for steps in itertools.combinations(STEPS, size):
            for verdicts, (sent, accepted), reason, daily, paired in itertools.product(
                ((), ("helped",), ("helped", "helped"), ("partly",)),
                ((0, 0), (1, 0), (1, 1)),
                (None, *REASON_KEYS),
                (0, 7),
                (True, False),
            ):
                facts = week(
                    *((i, set(steps), i < daily) for i in range(7)),
                    paired=paired,
                    moments=1,
                    requests_sent=sent,
                    requests_accepted=accepted,
                    checkin_verdicts=verdicts,
                    reasons=(ReasonNote(ANA, reason),) if reason else (),
                )
                text = compose_weekly(
                    facts, me="A" * 99, partner="B" * 99, first_day=MONDAY, reasons_from={ANA}
                ).text
                assert len(text) <= MESSAGE_LIMIT
                assert "For next week:" in text


def test_a_long_week_drops_why_it_matters_then_the_extra_lines(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    facts = week(
        (0, {"read", "side"}, True),
        requests_sent=1,
        checkin_verdicts=("partly",),
        reasons=(ReasonNote(ANA, "stress"),),
    )
    full = compose_weekly(facts, me="Ana", partner="Ben", first_day=MONDAY, reasons_from={ANA})
    assert any(line in full.text for line in txt.WHY)
    assert txt.REQUEST_SENT in full.text and txt.CHECKIN_MORE in full.text
    monkeypatch.setattr(weekly_module, "MESSAGE_LIMIT", len(full.text) - 1)
    shorter = compose_weekly(facts, me="Ana", partner="Ben", first_day=MONDAY, reasons_from={ANA})
    assert not any(line in shorter.text for line in txt.WHY)
    assert txt.REQUEST_SENT in shorter.text
    monkeypatch.setattr(weekly_module, "MESSAGE_LIMIT", 100)
    shortest = compose_weekly(facts, me="Ana", partner="Ben", first_day=MONDAY, reasons_from={ANA})
    assert txt.REQUEST_SENT not in shortest.text and txt.CHECKIN_MORE not in shortest.text
    # What the week was about stays: the steps, the reason and its tip, the suggestion.
    assert "Together you practised Read the Moment and Take Their Side." in shortest.text
    assert mtxt.TIPS["stress"] in shortest.text and "For next week:" in shortest.text

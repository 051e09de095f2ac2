"""Which question a couple gets each day: no repeats, a gentle mix, "today" only by day.

Simulations run the chooser like the service does: each day's choice is
recorded in the history passed to the next day's choice.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, date, datetime, time, timedelta
from itertools import pairwise

from hypothesis import given, settings
from hypothesis import strategies as st

from flows.content.prompts import EXTRAS, PROMPTS, PROMPTS_BY_KEY, STEPS, Prompt
from flows.daily_timing import local_date_of, next_delivery
from flows.prompt_choice import (
    NO_REPEAT_DAYS,
    TODAY_WORDING_FROM,
    TODAY_WORDING_UNTIL,
    choose_prompt,
    fits_the_mix,
    scheduled_category,
    today_wording_fits,
)

EVERY_DAY = frozenset(range(7))
# Half a year without a repeat: checked with this figure, not only the constant.
WINDOW_DAYS = 180
MORNING = (time(8, 0),)
EVENING = (time(20, 0),)


def utc(year: int, month: int, day: int, hour: int = 0, minute: int = 0) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=UTC)


def simulate(
    seed: int,
    start: date,
    days: int,
    times: Sequence[time],
    weekdays: frozenset[int] = EVERY_DAY,
    *,
    change_times: tuple[int, Sequence[time]] | None = None,
) -> list[tuple[date, Prompt, bool]]:
    """(prompt day, prompt, whether "today" fitted the times then) for each prompt day."""
    history: dict[str, date] = {}
    used = []
    for n in range(days):
        day = start + timedelta(days=n)
        if day.weekday() not in weekdays:
            continue
        if change_times is not None and n >= change_times[0]:
            times = change_times[1]
        prompt = choose_prompt(seed, day, history, recipient_times=times)
        used.append((day, prompt, today_wording_fits(times)))
        history[prompt.key] = day
    return used


def assert_no_repeat_within_window(used: Sequence[tuple[date, Prompt, bool]]) -> None:
    last_seen: dict[str, date] = {}
    for day, prompt, _ in used:
        if prompt.key in last_seen:
            assert (day - last_seen[prompt.key]).days > WINDOW_DAYS, (prompt.key, day)
        last_seen[prompt.key] = day


def assert_mix(prompts: Sequence[Prompt]) -> None:
    """Consecutive prompt days differ in category, no two deep in a row, an easy one every 3."""
    for a, b in pairwise(prompts):
        assert a.category != b.category, (a.key, b.key)
        assert not (a.tone == "deep" and b.tone == "deep"), (a.key, b.key)
    for window in zip(prompts, prompts[1:], prompts[2:], strict=False):
        assert any(p.easy for p in window), [p.key for p in window]


def test_no_repeat_window_is_half_a_year() -> None:
    assert NO_REPEAT_DAYS == WINDOW_DAYS


# --- the "today" rule ---------------------------------------------------------------------


def test_today_wording_fits_only_mornings_and_early_afternoons() -> None:
    assert (time(4, 0), time(14, 0)) == (TODAY_WORDING_FROM, TODAY_WORDING_UNTIL)
    assert today_wording_fits([time(4, 0)])
    assert today_wording_fits([time(7, 30), time(13, 59)])
    assert not today_wording_fits([time(3, 59)])
    assert not today_wording_fits([time(14, 0)])
    assert not today_wording_fits([time(8, 0), time(20, 0)])
    assert not today_wording_fits([time(1, 30)])
    assert not today_wording_fits([])
    assert today_wording_fits([time(9, 0, tzinfo=UTC)])


def _first_today_day(seed: int, start: date) -> date:
    """The first day the bare schedule (no history) gives this seed a "today" question."""
    day = start
    while not choose_prompt(seed, day, recipient_times=MORNING).today:
        day += timedelta(days=1)
    return day


def test_a_today_question_is_swapped_for_an_evening_recipient() -> None:
    for seed in (1, 2, 3, 77, 123456789):
        day = _first_today_day(seed, date(2026, 3, 1))
        morning = choose_prompt(seed, day, recipient_times=MORNING)
        evening = choose_prompt(seed, day, recipient_times=EVENING)
        mixed = choose_prompt(seed, day, recipient_times=[time(8), time(20)])
        assert morning.today and not evening.today
        assert evening.category == morning.category
        assert mixed == evening
        # no times known: no "today"
        assert not choose_prompt(seed, day, recipient_times=()).today


@settings(max_examples=25, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=2**63),
    offset=st.integers(0, 3000),
    times=st.lists(st.times(), min_size=1, max_size=2),
)
def test_today_questions_only_when_every_recipient_gets_it_by_day(
    seed: int, offset: int, times: list[time]
) -> None:
    used = simulate(seed, date(2024, 1, 1) + timedelta(days=offset), 120, times)
    fits = today_wording_fits(times)
    for _, prompt, _ in used:
        assert fits or not prompt.today, (prompt.key, times)


# --- a year and more: no repeats, a good mix ---------------------------------------------


@settings(max_examples=30, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=2**63),
    offset=st.integers(0, 3000),
    times=st.sampled_from([MORNING, EVENING, (time(7), time(22)), (time(13), time(9))]),
    later=st.sampled_from([MORNING, EVENING, (time(6), time(12))]),
    change_on=st.integers(0, 400),
)
def test_four_hundred_days_without_a_repeat_and_with_a_good_mix(
    seed: int,
    offset: int,
    times: tuple[time, ...],
    later: tuple[time, ...],
    change_on: int,
) -> None:
    start = date(2024, 1, 1) + timedelta(days=offset)
    used = simulate(seed, start, 400, times, change_times=(change_on, later))
    assert len(used) == 400
    assert_no_repeat_within_window(used)
    for _, prompt, fits in used:
        assert fits or not prompt.today, prompt.key
    prompts = [p for _, p, _ in used]
    assert_mix(prompts)
    # every Monday-to-Sunday week: the five steps and two of the extras
    for index, (day, _, _) in enumerate(used[:-6]):
        if day.weekday() == 0:
            week = [p.category for p in prompts[index : index + 7]]
            assert set(STEPS) <= set(week), week
            assert len(set(week)) == 7, week
    # and over 400 days most of the library had its turn
    assert len({p.key for p in prompts}) >= 320


@settings(max_examples=15, deadline=None)
@given(
    seed=st.integers(min_value=0, max_value=2**63),
    offset=st.integers(0, 3000),
    weekdays=st.frozensets(st.integers(0, 6), min_size=1, max_size=6),
    times=st.sampled_from([MORNING, EVENING]),
)
def test_fewer_days_a_week_still_no_repeat_and_a_good_mix(
    seed: int, offset: int, weekdays: frozenset[int], times: tuple[time, ...]
) -> None:
    used = simulate(seed, date(2024, 1, 1) + timedelta(days=offset), 400, times, weekdays)
    assert_no_repeat_within_window(used)
    assert_mix([p for _, p, _ in used])
    for _, prompt, fits in used:
        assert fits or not prompt.today


def test_schedule_alone_never_repeats_within_the_window_over_years() -> None:
    for seed in (0, 1, 99, 123456789):
        last_seen: dict[str, date] = {}
        categories = []
        for n in range(3 * 365):
            day = date(2025, 1, 1) + timedelta(days=n)
            prompt = choose_prompt(seed, day, recipient_times=MORNING)
            assert prompt.category == scheduled_category(seed, day)
            categories.append(prompt.category)
            if prompt.key in last_seen:
                assert (day - last_seen[prompt.key]).days > WINDOW_DAYS, prompt.key
            last_seen[prompt.key] = day
        # over three years every prompt gets its turn
        assert len(last_seen) == len(PROMPTS)
        assert all(a != b for a, b in pairwise(categories))


def test_each_extra_rests_one_week_in_three() -> None:
    for seed in (5, 6, 7):
        monday = date(2024, 1, 1)
        for group in range(30):
            weeks = [
                {
                    scheduled_category(seed, monday + timedelta(days=7 * (3 * group + w) + d))
                    for d in range(7)
                }
                for w in range(3)
            ]
            for week in weeks:
                assert set(STEPS) <= week and len(week) == 7
            for extra in EXTRAS:
                assert sum(extra in week for week in weeks) == 2, (seed, group, extra)


def test_same_prompt_for_partners_in_different_zones() -> None:
    seed = 4242
    tokyo = next_delivery(time(8), "Asia/Tokyo", EVERY_DAY, utc(2026, 6, 9, 12))
    new_york = next_delivery(time(21), "America/New_York", EVERY_DAY, utc(2026, 6, 9, 12))
    # Both deliveries belong to the local date 10 June, 25 hours apart in UTC.
    assert local_date_of(tokyo, "Asia/Tokyo") == date(2026, 6, 10)
    assert local_date_of(new_york, "America/New_York") == date(2026, 6, 9)
    new_york = next_delivery(time(21), "America/New_York", EVERY_DAY, new_york)
    assert local_date_of(new_york, "America/New_York") == date(2026, 6, 10)
    both = [time(8), time(21)]
    history = {
        choose_prompt(seed, date(2026, 6, 10) - timedelta(days=n), recipient_times=both).key: date(
            2026, 6, 10
        )
        - timedelta(days=n)
        for n in range(1, 31)
    }
    first = choose_prompt(seed, local_date_of(tokyo, "Asia/Tokyo"), history, recipient_times=both)
    # The first partner's delivery is recorded for 10 June before the second one's.
    history_after = {**history, first.key: date(2026, 6, 10)}
    second = choose_prompt(
        seed, local_date_of(new_york, "America/New_York"), history_after, recipient_times=both
    )
    assert first == second


def test_choice_is_deterministic_and_seeds_differ() -> None:
    day = date(2026, 6, 10)
    assert choose_prompt(7, day, recipient_times=MORNING) == choose_prompt(
        7, day, recipient_times=MORNING
    )
    picks = {choose_prompt(seed, day, recipient_times=MORNING).key for seed in range(50)}
    assert len(picks) > 25
    assert scheduled_category(7, day) == choose_prompt(7, day, recipient_times=MORNING).category


# --- replacing a prompt -----------------------------------------------------------------------


def _plain_day(seed: int, start: date) -> date:
    """A day whose scheduled prompt does not say "today" (so the hour plays no part)."""
    day = start
    while choose_prompt(seed, day, recipient_times=MORNING).today:
        day += timedelta(days=1)
    return day


def test_recent_prompt_is_replaced_by_same_category() -> None:
    day = _plain_day(7, date(2026, 6, 10))
    scheduled = choose_prompt(7, day, recipient_times=MORNING)
    # yesterday: a light question of another category, so the mix allows anything
    yesterday = next(p for p in PROMPTS if p.tone == "light" and p.category != scheduled.category)
    history = {yesterday.key: day - timedelta(days=1)}

    def with_scheduled_on(used: date) -> dict[str, date]:
        return {**history, scheduled.key: used}

    assert choose_prompt(7, day, history, recipient_times=MORNING) == scheduled
    replaced = choose_prompt(
        7, day, with_scheduled_on(day - timedelta(days=5)), recipient_times=MORNING
    )
    assert replaced != scheduled
    assert replaced.category == scheduled.category
    # plain keys work too
    assert choose_prompt(7, day, [scheduled.key], recipient_times=MORNING) == replaced
    # the window's last day counts; a day older, or on/after the day itself, does not
    edge = with_scheduled_on(day - timedelta(days=NO_REPEAT_DAYS))
    assert choose_prompt(7, day, edge, recipient_times=MORNING) == replaced
    older = with_scheduled_on(day - timedelta(days=NO_REPEAT_DAYS + 1))
    assert choose_prompt(7, day, older, recipient_times=MORNING) == scheduled
    same_day = with_scheduled_on(day)
    assert choose_prompt(7, day, same_day, recipient_times=MORNING) == scheduled


def test_whole_category_recent_moves_to_another_category() -> None:
    day = date(2026, 6, 10)
    category = scheduled_category(7, day)
    recent = {p.key: day - timedelta(days=30) for p in PROMPTS if p.category == category}
    picked = choose_prompt(7, day, recent, recipient_times=MORNING)
    assert picked.category != category
    assert picked.key not in recent
    neighbours = {
        scheduled_category(7, day - timedelta(days=1)),
        scheduled_category(7, day + timedelta(days=1)),
    }
    assert picked.category not in neighbours


def test_everything_recent_falls_back_to_least_recently_used() -> None:
    day = date(2026, 6, 10)
    recent = {p.key: day - timedelta(days=2) for p in PROMPTS}
    recent["why-07"] = day - timedelta(days=29)
    assert choose_prompt(7, day, recent, recipient_times=EVENING).key == "why-07"
    # the oldest one says "today": an evening couple gets the next oldest instead
    recent["read-04"] = day - timedelta(days=100)
    assert PROMPTS_BY_KEY["read-04"].today
    assert choose_prompt(7, day, recent, recipient_times=MORNING).key == "read-04"
    assert choose_prompt(7, day, recent, recipient_times=EVENING).key == "why-07"
    everything = [p.key for p in PROMPTS]
    plain = _plain_day(7, day)
    assert choose_prompt(7, plain, everything, recipient_times=MORNING) == choose_prompt(
        7, plain, recipient_times=MORNING
    )


# --- the mix ----------------------------------------------------------------------------------


def _one(category: str, tone: str) -> Prompt:
    return next(p for p in PROMPTS if p.category == category and p.tone == tone)


def test_fits_the_mix() -> None:
    deep_side, light_side = _one("side", "deep"), _one("side", "light")
    deep_read, light_read, reflective_read = (
        _one("read", "deep"),
        _one("read", "light"),
        _one("read", "reflective"),
    )
    reflective_action, playful_fun = _one("action", "reflective"), _one("fun", "playful")
    assert fits_the_mix(deep_side, [])
    # not the category of the last prompt day
    assert not fits_the_mix(light_read, [reflective_read])
    # never two deep in a row
    assert not fits_the_mix(deep_side, [deep_read])
    assert fits_the_mix(deep_side, [light_read, deep_read])
    # after two days without an easy one, an easy one
    assert not fits_the_mix(deep_side, [reflective_read, reflective_action])
    assert fits_the_mix(light_side, [reflective_read, reflective_action])
    assert fits_the_mix(playful_fun, [reflective_read, reflective_action])


def test_history_steers_the_mix() -> None:
    # Yesterday deep and the day before reflective: today must be easy, whatever
    # the schedule had in mind, and stays in the day's category when it can.
    for seed in range(40):
        day = date(2026, 6, 10)
        category = scheduled_category(seed, day)
        yesterday = next(
            p for p in PROMPTS if p.tone == "deep" and p.category not in (category, "fun")
        )
        before = next(
            p for p in PROMPTS if p.tone == "reflective" and p.category not in (category, "fun")
        )
        recent = {yesterday.key: day - timedelta(days=1), before.key: day - timedelta(days=2)}
        picked = choose_prompt(seed, day, recent, recipient_times=MORNING)
        assert picked.easy and picked.category == category, (seed, picked.key)

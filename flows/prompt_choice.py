"""Daily prompts: which prompt a couple gets on a prompt day.

Pure logic only. :func:`choose_prompt` picks the couple's prompt for a prompt
day (the local date of the delivery, :func:`flows.daily_timing.local_date_of`),
deterministically from the couple's seed and the date, so two partners in
different zones get the same prompt for the same local date. Store the key
chosen for (couple, date) anyway and reuse it for the second partner.
"""

from __future__ import annotations

import random
from collections.abc import Iterable, Iterator, Mapping, Sequence
from datetime import date, time, timedelta
from functools import lru_cache
from typing import Final

from flows.content.prompts import (
    EXTRAS,
    PROMPTS,
    PROMPTS_BY_KEY,
    STEPS,
    Category,
    Prompt,
    prompts_in,
)

__all__ = [
    "NO_REPEAT_DAYS",
    "TODAY_WORDING_FROM",
    "TODAY_WORDING_UNTIL",
    "choose_prompt",
    "fits_the_mix",
    "scheduled_category",
    "today_wording_fits",
]

NO_REPEAT_DAYS: Final = 180
# A question that says "today" is sent only between these local times.
TODAY_WORDING_FROM: Final = time(4, 0)
TODAY_WORDING_UNTIL: Final = time(14, 0)


# A Monday. Prompt days are counted from it in whole weeks ("blocks"). Each week
# shows the five steps once each and two of the three extras (appreciation, what
# gets in the way, just for fun), in an order that changes every week; every
# three weeks each extra rests once.
_EPOCH: Final = date(2024, 1, 1)
_WEEK: Final = 7


def _rng(*parts: object) -> random.Random:
    # String seeds are hashed with SHA-512: stable across runs and machines.
    return random.Random("couplebot-daily:" + ":".join(str(p) for p in parts))


# The orders below are pure functions of their arguments; caching them keeps a
# simulation of years cheap (one live choice per couple and day barely notices).
@lru_cache(maxsize=4096)
def _rested_extras(seed: int, group: int) -> tuple[Category, ...]:
    """Which extra rests in each week of a three-week group (one each)."""
    order = list(EXTRAS)
    _rng(seed, "rest", group).shuffle(order)
    return tuple(order)


@lru_cache(maxsize=4096)
def _block_order_raw(seed: int, block: int) -> tuple[Category, ...]:
    group, index = divmod(block, len(EXTRAS))
    rested = _rested_extras(seed, group)[index]
    order = [*STEPS, *(extra for extra in EXTRAS if extra != rested)]
    _rng(seed, "week", block).shuffle(order)
    return tuple(order)


def _block_order(seed: int, block: int) -> list[Category]:
    """The category order for one week, never starting with last week's last."""
    order = list(_block_order_raw(seed, block))
    # Only positions 0 and 1 are ever swapped, so last week's last is its raw last.
    if order[0] == _block_order_raw(seed, block - 1)[-1]:
        order[0], order[1] = order[1], order[0]
    return order


def scheduled_category(couple_seed: int, local_date: date) -> Category:
    """The category a prompt day belongs to. Consecutive days always differ."""
    block, position = divmod((local_date - _EPOCH).days, _WEEK)
    return _block_order(couple_seed, block)[position]


def _occurrence(seed: int, category: Category, block: int) -> int:
    """How many weeks from the epoch up to (not including) ``block`` showed ``category``."""
    if category in STEPS:
        return block
    group, index = divmod(block, len(EXTRAS))
    rested = _rested_extras(seed, group)
    earlier = sum(1 for week in range(index) if rested[week] != category)
    return group * (len(EXTRAS) - 1) + earlier


@lru_cache(maxsize=4096)
def _category_cycle(seed: int, category: Category, cycle: int) -> tuple[Prompt, ...]:
    """The order of a category's prompts for one cycle of its occurrences.

    The prompts are split once per seed into a first and a second half; every
    cycle shows a fresh shuffle of the first half, then of the second. A prompt
    therefore comes back at least ``half + 1`` occurrences later: for a step
    with 54 prompts that is 28 weeks (at least 190 days); for an extra with 42,
    which shows two weeks in three, 22 occurrences (at least 211 days). With
    fewer than 10, a fixed order per seed is used instead.
    """
    pool = list(prompts_in(category))
    _rng(seed, category, "split").shuffle(pool)
    half = len(pool) // 2
    if half < 5:
        return tuple(pool)
    first, second = pool[:half], pool[half:]
    _rng(seed, category, cycle, "first").shuffle(first)
    _rng(seed, category, cycle, "second").shuffle(second)
    return (*first, *second)


def _category_walk(seed: int, local_date: date) -> Iterator[Prompt]:
    """The day's category in schedule order, from the day's scheduled prompt on.

    The rest of the current cycle, then the next cycle (each prompt once). When a
    prompt had to be replaced, the next one in this walk takes its place and the
    following days simply move along it, so no prompt is pulled far forward.
    """
    block = (local_date - _EPOCH).days // _WEEK
    category = scheduled_category(seed, local_date)
    cycle, index = divmod(_occurrence(seed, category, block), len(prompts_in(category)))
    current = _category_cycle(seed, category, cycle)[index:]
    yield from current
    walked = set(current)
    yield from (p for p in _category_cycle(seed, category, cycle + 1) if p not in walked)


def today_wording_fits(local_times: Iterable[time]) -> bool:
    """Whether a question that says "today" suits deliveries at these local times.

    Yes only if there is at least one time and every one is in the morning or
    early afternoon (:data:`TODAY_WORDING_FROM` up to, not including,
    :data:`TODAY_WORDING_UNTIL`). A question read at 20:00 or at 01:30 should
    not ask about "today".
    """
    times = [moment.replace(tzinfo=None) for moment in local_times]
    return bool(times) and all(TODAY_WORDING_FROM <= t < TODAY_WORDING_UNTIL for t in times)


def _previous_prompts(last_used: Mapping[str, date]) -> list[Prompt]:
    """The prompts of the two latest prompt days, newest first.

    However far apart they are: someone who gets a question only on Mondays
    deserves a varied mix as much as someone who gets one every day.
    """
    latest = sorted(
        ((used, key) for key, used in last_used.items() if key in PROMPTS_BY_KEY), reverse=True
    )
    return [PROMPTS_BY_KEY[key] for _, key in latest[:2]]


def fits_the_mix(candidate: Prompt, previous: Sequence[Prompt]) -> bool:
    """Whether ``candidate`` keeps the week varied after ``previous`` (newest first).

    Not the category of the last prompt day, never two deep questions in a row,
    and a light or playful one at least every third prompt day.
    """
    if not previous:
        return True
    last = previous[0]
    if candidate.category == last.category:
        return False
    if candidate.tone == "deep" and last.tone == "deep":
        return False
    if len(previous) >= 2 and not (last.easy or previous[1].easy):
        return candidate.easy
    return True


def _other_categories(seed: int, local_date: date, category: Category) -> list[Prompt]:
    """Every prompt outside ``category``, the neighbouring days' categories last."""
    neighbours = {
        scheduled_category(seed, local_date - timedelta(days=1)),
        scheduled_category(seed, local_date + timedelta(days=1)),
    }
    others = [p for p in PROMPTS if p.category != category]
    _rng(seed, "fallback", local_date.isoformat()).shuffle(others)
    others.sort(key=lambda p: p.category in neighbours)  # stable: keeps the shuffle
    return others


def choose_prompt(
    couple_seed: int,
    local_date: date,
    recent: Mapping[str, date] | Iterable[str] = (),
    *,
    recipient_times: Iterable[time],
) -> Prompt:
    """The couple's prompt for a prompt day (the local date of the delivery).

    Deterministic in its arguments: both partners get the same prompt for the
    same local date, whatever their zones. Use the couple's id as the seed (a
    user's own id while they have no partner).

    ``recipient_times`` are the local delivery times of everyone who gets it
    (both partners' prompt times): a question worded with "today" is chosen
    only if :func:`today_wording_fits` them all.

    The schedule itself never repeats a prompt within :data:`NO_REPEAT_DAYS`
    days and shows every step each week. ``recent`` is the couple's history:

    * a mapping ``key → last date used``: only dates 1..NO_REPEAT_DAYS days
      *before* ``local_date`` count, so the record made when the first partner
      got today's prompt does not change the second partner's prompt. Its two
      latest days also keep the mix (:func:`fits_the_mix`);
    * or just the keys used in that window (no mix check then).

    A prompt that is recent, says "today" at the wrong hour or breaks the mix is
    replaced by another of the same category, then of another category; the mix
    gives way before the category, never the window or the "today" rule. If
    every prompt is excluded, the least recently used one that fits the hour is
    returned.
    """
    allow_today = today_wording_fits(recipient_times)
    if isinstance(recent, Mapping):
        last_used: dict[str, date] = {
            key: used
            for key, used in recent.items()
            if 1 <= (local_date - used).days <= NO_REPEAT_DAYS
        }
        previous = _previous_prompts(last_used)
    else:
        last_used = {key: local_date for key in recent}
        previous = []

    def allowed(prompt: Prompt) -> bool:
        return prompt.key not in last_used and (allow_today or not prompt.today)

    same_category: list[Prompt] = []
    for candidate in _category_walk(couple_seed, local_date):
        same_category.append(candidate)
        if allowed(candidate) and fits_the_mix(candidate, previous):
            return candidate
    others = _other_categories(couple_seed, local_date, same_category[0].category)
    for candidate in others:
        if allowed(candidate) and fits_the_mix(candidate, previous):
            return candidate
    last_category = previous[0].category if previous else None
    everything = same_category + others
    for candidate in everything:
        if allowed(candidate) and candidate.category != last_category:
            return candidate
    for candidate in everything:
        if allowed(candidate):
            return candidate
    fitting = [p for p in everything if allow_today or not p.today]
    # min keeps the first of equals: the scheduled prompt when only keys were given.
    return min(fitting, key=lambda p: last_used.get(p.key, date.min))

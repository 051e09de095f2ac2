"""The service passes both partners' prompt times to the chooser.

A question that says "today" reaches a couple only if both get it in the
morning or early afternoon: the planner must look at the partner's time too,
not only at the person whose delivery is being claimed.
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from flows import prompt_choice
from flows.content.prompts import PROMPTS_BY_KEY
from tests.services.daily_world import World

MORNING = [time(8, 0)]


def _first_today_day(seed: int, start: date) -> date:
    """The first day a bare schedule (no history yet) gives this couple a "today" question."""
    day = start
    while not prompt_choice.choose_prompt(seed, day, recipient_times=MORNING).today:
        day += timedelta(days=1)
    return day


def _at(day: date, hour: int) -> datetime:
    return datetime(day.year, day.month, day.day, hour, 0, tzinfo=UTC)


async def _couple_on_its_first_today_day(w: World, second_time: str) -> tuple[str, str]:
    """Pair Ana (08:00 UTC) with Ben (``second_time``); both keys delivered that day."""
    w.clock.now = datetime(2026, 3, 1, 12, 0, tzinfo=UTC)
    ana = w.user(1, zone="UTC", time="08:00", name="Ana")
    ben = w.user(2, zone="UTC", time=second_time, name="Ben")
    couple_id = w.pair(ana, ben)
    day = _first_today_day(couple_id, date(2026, 3, 3))
    # Everything before that day is long overdue and dropped: nothing is sent
    # before it, so the history is empty when its question is chosen.
    await w.at(_at(day, 4))
    assert w.bot.prompts_to(1) == w.bot.prompts_to(2) == []
    await w.at(_at(day, 8))
    await w.at(_at(day, int(second_time[:2])))
    first, second = w.delivery(1), w.delivery(2)
    assert first.local_date == second.local_date == day
    return first.prompt_key, second.prompt_key


async def test_a_today_question_reaches_a_couple_of_early_birds(
    world: World,
) -> None:
    first, second = await _couple_on_its_first_today_day(world, "09:00")
    assert first == second
    assert PROMPTS_BY_KEY[first].today


async def test_no_today_question_when_one_partner_gets_it_in_the_evening(
    world: World,
) -> None:
    # Ana's morning delivery is claimed first: the choice must still count Ben's 20:00.
    first, second = await _couple_on_its_first_today_day(world, "20:00")
    assert first == second
    assert not PROMPTS_BY_KEY[first].today


async def test_a_new_couple_avoids_what_each_partner_got_on_their_own(
    world: World,
) -> None:
    # Ana answers journal questions alone for 25 days, then pairs with Ben: the
    # couple's questions must not repeat what reached Ana within 180 days.
    start = datetime(2026, 1, 1, 12, 0, tzinfo=UTC)
    world.clock.now = start
    ana = world.user(7, zone="UTC", time="20:00", name="Ana")
    keys: list[str] = []
    for offset in range(25):
        await world.at(start + timedelta(days=offset, hours=8))
        keys.append(world.delivery(7).prompt_key)
    ben = world.user(8, zone="UTC", time="20:00", name="Ben")
    world.pair(ana, ben)
    for offset in range(25, 75):
        await world.at(start + timedelta(days=offset, hours=8))
        assert world.delivery(7).prompt_key == world.delivery(8).prompt_key
        keys.append(world.delivery(7).prompt_key)
    assert len(set(keys)) == len(keys) == 75

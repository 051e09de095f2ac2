"""Render the sample weekly card committed as docs/weekly-card.png.

    uv run python -m tools.render_sample_card            # writes docs/weekly-card.png
    uv run python -m tools.render_sample_card out.png    # writes elsewhere

The sample is a fixed week of a made-up couple, Ana and Ben; the test
``tests/bot/test_weekly_card.py`` regenerates it and compares with the snapshot.
"""

from __future__ import annotations

import sys
from datetime import date, timedelta
from pathlib import Path

from bot.weekly_card import render_card
from flows.week_facts import DayFacts, ReasonNote, WeekFacts
from flows.weekly import Weekly, compose_weekly

SNAPSHOT = Path(__file__).resolve().parent.parent / "docs" / "weekly-card.png"
FIRST_DAY = date(2026, 11, 16)
ANA = 1


def sample_weekly() -> Weekly:
    """A good week: a moment on Monday with a check-in that helped, daily questions on
    four days, no Reinforce yet (so the suggestion is to close the loop)."""

    def day(offset: int, steps: set[str], daily: bool) -> DayFacts:
        return DayFacts(FIRST_DAY + timedelta(days=offset), frozenset(steps), daily)

    facts = WeekFacts(
        days=(
            day(0, {"read", "side", "action"}, True),
            day(1, {"checkin"}, True),
            day(2, set(), False),
            day(3, set(), True),
            day(4, {"read"}, False),
            day(5, set(), False),
            day(6, set(), True),
        ),
        paired=True,
        moments=1,
        hurt_moments=1,
        checkins_sent=1,
        checkin_verdicts=("helped",),
        reasons=(ReasonNote(ANA, "stress"),),
    )
    return compose_weekly(facts, me="Ana", partner="Ben", first_day=FIRST_DAY, reasons_from={ANA})


def main(argv: list[str]) -> int:
    target = Path(argv[1]) if len(argv) > 1 else SNAPSHOT
    target.parent.mkdir(parents=True, exist_ok=True)
    target.write_bytes(render_card(sample_weekly().card))
    print(target)
    return 0


if __name__ == "__main__":
    raise SystemExit(main(sys.argv))

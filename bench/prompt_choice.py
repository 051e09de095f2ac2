"""Benchmark: choosing the day's questions for a planning batch, with 180 days of history.

    uv run python bench/prompt_choice.py                  # 500 couples, 180 days of history
    uv run python bench/prompt_choice.py --couples 2000 --window 30

What it does:

1. Seeds a fresh SQLite file with ``--couples`` couples (two users each) and a prompt day
   and two deliveries for each of the last ``--history`` days.
2. Times the planner's choice for one batch of new prompt days: the real
   ``bot.services.daily_planning._choose_days`` (load the window's rows, build each couple's
   history, read both partners' prompt times, ``flows.prompt_choice.choose_prompt``), with
   the window set to ``--window`` days; then rolls back.
3. Times ``choose_prompt`` alone on a cold cache (a different couple each call).

Prints milliseconds per batch and microseconds per couple.
"""

from __future__ import annotations

import argparse
import sys
import tempfile
import time as clock
from datetime import UTC, date, datetime, time, timedelta
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

from sqlalchemy import insert  # noqa: E402
from sqlmodel import SQLModel  # noqa: E402

from flows import prompt_choice  # noqa: E402
from flows.content.prompts import PROMPTS  # noqa: E402
from storage import daily as store  # noqa: E402
from storage.db import create_db_engine, unit_of_work  # noqa: E402
from storage.models import Couple, PromptDay, PromptDelivery, User  # noqa: E402

TODAY = date(2026, 11, 25)
NOW = datetime(2026, 11, 25, 7, 0, tzinfo=UTC)


def seed(url: str, couples: int, history: int) -> None:
    engine = create_db_engine(url)
    SQLModel.metadata.create_all(engine)
    users: list[dict[str, Any]] = []
    pairs: list[dict[str, Any]] = []
    days: list[dict[str, Any]] = []
    deliveries: list[dict[str, Any]] = []
    for c in range(1, couples + 1):
        a, b = 2 * c - 1, 2 * c
        pairs.append({"id": c, "first_user_id": a, "second_user_id": b, "created_at": NOW})
        for u, hhmm in ((a, "08:00"), (b, "20:00")):
            users.append(
                {
                    "id": u,
                    "first_name": f"P{u}",
                    "timezone": "UTC",
                    "prompt_time": hhmm,
                    "onboarded": True,
                    "couple_id": c,
                    "reachable": True,
                    "created_at": NOW,
                    "updated_at": NOW,
                }
            )
        for n in range(1, history + 1):
            day_id = len(days) + 1
            key = PROMPTS[(c * 7 + n) % len(PROMPTS)].key
            when = TODAY - timedelta(days=n)
            days.append(
                {
                    "id": day_id,
                    "couple_id": c,
                    "local_date": when,
                    "prompt_key": key,
                    "created_at": NOW,
                }
            )
            for u in (a, b):
                deliveries.append(
                    {
                        "token": f"t{u}-{n}",
                        "user_id": u,
                        "couple_id": c,
                        "day_id": day_id,
                        "local_date": when,
                        "prompt_key": key,
                        "scheduled_at": NOW,
                        "due_at": NOW,
                        "status": "sent",
                        "attempts": 1,
                        "created_at": NOW,
                    }
                )
    with unit_of_work(engine) as session:
        session.execute(insert(Couple), pairs)
        session.execute(insert(User), users)
        for start in range(0, len(days), 5000):
            session.execute(insert(PromptDay), days[start : start + 5000])
        for start in range(0, len(deliveries), 5000):
            session.execute(insert(PromptDelivery), deliveries[start : start + 5000])
    engine.dispose()


def choose_batch(url: str, couples: int, window: int) -> float:
    """Seconds for the planner's choice of one new prompt day for every couple.

    Runs the real ``bot.services.daily_planning._choose_days`` with ``prompt_choice.NO_REPEAT_DAYS``
    set to ``window``, then rolls back.
    """
    from sqlmodel import Session

    from bot.services import daily_planning as service

    engine = create_db_engine(url)
    missing: list[tuple[store.Owner, date]] = [(("c", c), TODAY) for c in range(1, couples + 1)]
    saved = prompt_choice.NO_REPEAT_DAYS
    prompt_choice.NO_REPEAT_DAYS = window  # type: ignore[misc]
    try:
        with Session(engine) as session:
            started = clock.perf_counter()
            members = store.members_by_couple(session, range(1, couples + 1))
            service._choose_days(session, missing, members, NOW)
            elapsed = clock.perf_counter() - started
            session.rollback()
    finally:
        prompt_choice.NO_REPEAT_DAYS = saved  # type: ignore[misc]
    engine.dispose()
    return elapsed


def cold_choice(calls: int) -> float:
    """Seconds per ``choose_prompt`` call with nothing cached (a new couple each time)."""
    started = clock.perf_counter()
    for c in range(10_000_000, 10_000_000 + calls):
        prompt_choice.choose_prompt(c, TODAY, {}, recipient_times=[time(20), time(21)])
    return (clock.perf_counter() - started) / calls


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--couples", type=int, default=500, help="couples in one batch")
    parser.add_argument("--history", type=int, default=180, help="days of history seeded")
    parser.add_argument(
        "--window", type=int, default=prompt_choice.NO_REPEAT_DAYS, help="days of history loaded"
    )
    args = parser.parse_args()
    with tempfile.TemporaryDirectory() as tmp:
        url = f"sqlite:///{tmp}/bench.db"
        seed(url, args.couples, args.history)
        batch = choose_batch(url, args.couples, args.window)
    per_call = cold_choice(2000)
    print(f"couples in the batch: {args.couples}, history {args.history} d, window {args.window} d")
    per_couple = batch / args.couples * 1e6
    print(f"choosing one day for the batch: {batch * 1000:.0f} ms ({per_couple:.0f} µs per couple)")
    print(f"choose_prompt alone, cold: {per_call * 1e6:.0f} µs per call")


if __name__ == "__main__":
    main()

"""Every statement the repeating jobs run, planned by the database: never a whole table.

A week of the real daily tick (prompts, answers, the nudge, the weekly summary, the
outbox sends) and the retention purge run on a small world while every statement is
captured; each distinct SELECT, UPDATE and DELETE is then explained on the same
database (SQLite and PostgreSQL, see tests/query_plans.py). With a million users a
scan of ``user``, ``daily_schedule`` or ``prompt_delivery`` per tick would be the
whole cost of the tick, so none is allowed.

The schedule check (``daily_schedule.reconcile``) is left out on purpose: it reads every
user by design, once every ten minutes at most, never per tick (docs/benchmarks.md).
"""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, datetime
from typing import Any

from sqlalchemy import Engine, event

from bot.daily_jobs import state_of
from bot.services import daily_settings, retention
from tests.query_plans import Plan, plan_of
from tests.services.daily_world import World

STATUS_INDEX = "ix_prompt_delivery_status_due_at"
# What keeps a statement on the status index to a few rows: a time bound, or rows
# by their ids (the claim updates the one row it picked; PostgreSQL may plan a small
# table's either way).
BOUNDS = ("due_at", "claimed_at", "prompt_delivery.id =", "prompt_delivery.id IN (")
# Statements that read no table, or only a handful of rows by design.
EXEMPT = ("alembic_version",)


@contextmanager
def captured(engine: Engine) -> Iterator[dict[str, Any]]:
    """Distinct statements run on ``engine`` in the block, with the parameters of one run."""
    seen: dict[str, Any] = {}

    def capture(_c: Any, _cur: Any, statement: str, params: Any, _ctx: Any, many: bool) -> None:
        verb = statement.lstrip().split(None, 1)[0].upper()
        if not many and verb in ("SELECT", "UPDATE", "DELETE", "WITH"):
            seen.setdefault(statement, params)

    event.listen(engine, "before_cursor_execute", capture)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", capture)


def plans_of(engine: Engine, statements: dict[str, Any]) -> dict[str, Plan]:
    # No ANALYZE: without statistics SQLite plans every table as a big one (with them,
    # it rightly reads a 40-row table whole), as PostgreSQL does with scans priced out.
    with engine.connect() as connection:
        return {
            statement: plan_of(connection, statement, params)
            for statement, params in statements.items()
            if not any(name in statement for name in EXEMPT)
        }


async def a_week_of_ticks(world: World) -> None:
    world.clock.now = datetime(2026, 11, 22, 12, 0, tzinfo=UTC)
    couples = []
    for first in range(1, 41, 2):
        a = world.user(first, zone="UTC", time="20:00", name=f"A{first}")
        b = world.user(first + 1, zone="UTC", time="21:00", name=f"B{first}")
        world.pair(a, b)
        couples.append((a, b))
    world.user(99, zone="Europe/Berlin", time="08:00")  # alone: journal prompts
    daily_settings.set_weekly(world.rt, couples[0][0], "sunday 19:00")
    # The schedule check ran at start-up (it reads every user, by design); not per tick.
    state_of(world.app).reconciled_at = datetime(2100, 1, 1, tzinfo=UTC)
    with captured(world.rt.engine) as statements:
        for day in range(23, 30):  # Monday 23 to Sunday 29 November 2026
            for hour, minute in [(8, 0), (19, 0), (20, 0), (20, 30), (21, 0), (22, 30)]:
                await world.at(datetime(2026, 11, day, hour, minute, tzinfo=UTC))
                if (hour, minute) == (21, 0):
                    for a, b in couples[: day % 4 + 2]:
                        world.answer(a)
                        if day % 2:
                            world.answer(b)
        world.clock.advance(days=400)
        retention.purge_expired(world.rt, batch=5)
    world.captured = statements  # type: ignore[attr-defined]


async def test_the_repeating_jobs_never_scan_a_whole_table(world: World) -> None:
    await a_week_of_ticks(world)
    statements: dict[str, Any] = world.captured  # type: ignore[attr-defined]
    sent = [s.text for s in world.bot.sent]
    # The week really ran each job: prompts, nudges and the weekly summary went out.
    assert sum(t.startswith("Today's question") for t in sent) >= 7 * 40
    assert any("answered today's question" in t for t in sent), "no nudge was sent"
    assert len(statements) >= 20
    plans = plans_of(world.rt.engine, statements)
    scanning = {statement: plan.text for statement, plan in plans.items() if plan.full_scans}
    assert scanning == {}, "\n\n".join(f"{s}\n  -> {p}" for s, p in scanning.items())
    # A range of the status index without a time bound is every delivered prompt ever
    # kept: a scan by another name. (Rows claimed but not sent, looked up by their
    # claim time, are only the few in flight.)
    unbounded = {
        statement: plan.text
        for statement, plan in plans.items()
        if STATUS_INDEX in plan.indexes
        and not any(bound in statement.split("WHERE", 1)[-1] for bound in BOUNDS)
    }
    assert unbounded == {}, "\n\n".join(f"{s}\n  -> {p}" for s, p in unbounded.items())

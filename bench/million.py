"""Benchmark: a million registered users (200,000 couples) on SQLite or PostgreSQL.

    uv run python -m bench.million                                   # SQLite file in /tmp
    uv run python -m bench.million --url postgresql+psycopg://postgres@127.0.0.1:5432/cb_perf_million
    uv run python -m bench.million --url … --reuse                   # skip seeding

What it does:

1. Seeds a fresh database (migrated to head) with ``--users`` onboarded users, 40 % of
   them in couples, each with a daily schedule: ``--due`` (in five time zones) have
   their prompt due at the same instant, ``--weekly`` others their weekly summary, the
   rest are spread over the day and the week. Seeding is bulk: executemany in large
   transactions on SQLite, ``COPY`` on PostgreSQL (a PostgreSQL database given by the
   URL is dropped and created anew).
2. Starts the real bot (``build_application``, polling, the daily tick) in a child
   process against the in-repo fake Bot API: start-up is from spawning it to the first
   tick done (imports included), memory is the child's resident set.
3. In the child, at the due instant, times each repeating job on its own, without
   sending: claiming the due prompts (``plan_deliveries`` until nothing is left), the
   weekly summaries (``plan_weekly``), the nudges, the retention purge, and the
   ten-minute schedule check (``reconcile``, the one job that reads every user).

Sending is measured by ``bench/daily_fanout.py`` (30 messages/s); this is about size.
Not part of pytest.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import resource
import sys
import time
from collections.abc import Iterator
from datetime import datetime, timedelta
from datetime import time as clock_time
from functools import cache
from pathlib import Path
from typing import Any

from sqlalchemy import Table, create_engine, insert, text
from sqlalchemy.engine import make_url

from bench.daily_fanout import DUE, DUE_SLOTS, OTHER_ZONES, RunningClock, emit, rss_mb
from flows.daily_timing import next_delivery
from storage.db import create_db_engine, database_url_of
from storage.migrate import upgrade
from storage.models import Couple, DailySchedule, User

FIRST_ID = 1_000_000
EVERY_DAY = frozenset(range(7))
SUNDAY = frozenset({6})
CHUNK = 50_000


# --- seeding ----------------------------------------------------------------------


@cache
def _next(local: str, zone: str, days: frozenset[int], after: datetime) -> datetime | None:
    return next_delivery(clock_time(int(local[:2]), int(local[3:])), zone, days, after)


def _slot(index: int, due: int) -> tuple[str, str]:
    if index < due:
        return DUE_SLOTS[index % len(DUE_SLOTS)]
    minute = (index * 7) % (24 * 60)
    if minute == 20 * 60:
        minute += 1  # never due at the instant unless chosen
    return OTHER_ZONES[index % len(OTHER_ZONES)], f"{minute // 60:02d}:{minute % 60:02d}"


def rows(users: int, due: int, weekly: int, couples: int) -> Iterator[tuple[str, dict[str, Any]]]:
    """(table, row) for every row to insert, couples first."""
    now = DUE - timedelta(hours=1)
    for number in range(couples):
        yield (
            "couple",
            {
                "id": number + 1,
                "first_user_id": FIRST_ID + 2 * number,
                "second_user_id": FIRST_ID + 2 * number + 1,
                "created_at": now,
                "ended_at": None,
            },
        )
    for index in range(users):
        user_id = FIRST_ID + index
        zone, at = _slot(index, due)
        # Due ones are due at DUE; everyone else had today's prompt or has it later.
        next_due = _next(at, zone, EVERY_DAY, now if index < due else DUE)
        weekly_at = DUE if due <= index < due + weekly else _next("19:00", zone, SUNDAY, now)
        yield (
            "user",
            {
                "id": user_id,
                "first_name": f"User{index}",
                "username": None,
                "timezone": zone,
                "prompt_time": at,
                "pending_setting": None,
                "onboarded": True,
                "couple_id": index // 2 + 1 if index < 2 * couples else None,
                "reachable": True,
                "created_at": now,
                "updated_at": now,
            },
        )
        yield (
            "daily_schedule",
            {
                "user_id": user_id,
                "zone": zone,
                "local_time": at,
                "days": 0b1111111,
                "paused": False,
                "paused_until": None,
                "next_due_at": next_due,
                "last_scheduled_at": None,
                "weekly_day": 6,
                "weekly_time": "19:00",
                "weekly_due_at": weekly_at,
                "updated_at": now,
            },
        )


TABLES: dict[str, Table] = {
    "couple": Couple.__table__,  # type: ignore[attr-defined]
    "user": User.__table__,  # type: ignore[attr-defined]
    "daily_schedule": DailySchedule.__table__,  # type: ignore[attr-defined]
}


def _naive_utc(value: Any) -> Any:
    # The columns are TIMESTAMP WITHOUT TIME ZONE holding UTC (the server runs in UTC).
    if isinstance(value, datetime) and value.tzinfo is not None:
        return value.replace(tzinfo=None) - (value.utcoffset() or timedelta(0))
    return value


def seed(url: str, users: int, due: int, weekly: int, couples: int) -> float:
    started = time.perf_counter()
    parsed = make_url(database_url_of(url))
    if parsed.get_backend_name() == "sqlite":
        assert parsed.database
        for suffix in ("", "-wal", "-shm"):
            Path(f"{parsed.database}{suffix}").unlink(missing_ok=True)
        upgrade(url)
        _seed_sqlite(url, users, due, weekly, couples)
    else:
        admin = create_engine(parsed.set(database="postgres"), isolation_level="AUTOCOMMIT")
        with admin.connect() as connection:
            connection.execute(text(f'DROP DATABASE IF EXISTS "{parsed.database}" WITH (FORCE)'))
            connection.execute(text(f'CREATE DATABASE "{parsed.database}"'))
        admin.dispose()
        upgrade(url)
        _seed_postgres(url, users, due, weekly, couples)
    return time.perf_counter() - started


def _seed_sqlite(url: str, users: int, due: int, weekly: int, couples: int) -> None:
    engine = create_db_engine(url)
    pending: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
    with engine.begin() as connection:
        for name, row in rows(users, due, weekly, couples):
            batch = pending[name]
            batch.append(row)
            if len(batch) >= CHUNK:
                connection.execute(insert(TABLES[name]), batch)
                batch.clear()
        for name, batch in pending.items():
            if batch:
                connection.execute(insert(TABLES[name]), batch)
        connection.exec_driver_sql("ANALYZE")
    engine.dispose()


def _seed_postgres(url: str, users: int, due: int, weekly: int, couples: int) -> None:
    engine = create_db_engine(url)
    raw = engine.raw_connection()
    try:
        cursor = raw.cursor()
        by_table: dict[str, list[dict[str, Any]]] = {name: [] for name in TABLES}
        for name, row in rows(users, due, weekly, couples):
            by_table[name].append(row)
        for name, table_rows in by_table.items():
            columns = list(table_rows[0])
            quoted = ", ".join(f'"{c}"' for c in columns)
            with cursor.copy(f'COPY "{name}" ({quoted}) FROM STDIN') as copy:
                for row in table_rows:
                    copy.write_row([_naive_utc(row[c]) for c in columns])
            table_rows.clear()
        # Ids were given explicitly: the couple sequence continues after them.
        cursor.execute("SELECT setval(pg_get_serial_sequence('couple', 'id'), %s)", (couples,))
        raw.commit()
        cursor.execute("ANALYZE")
        raw.commit()
    finally:
        raw.close()
    engine.dispose()


# --- the bot, in a child process ----------------------------------------------------


def cpu_seconds() -> float:
    """This process's CPU time so far (user + sys, all threads)."""
    usage = resource.getrusage(resource.RUSAGE_SELF)
    return usage.ru_utime + usage.ru_stime


class Timer:
    """Wall and CPU seconds of each job; on a shared machine the CPU time is the figure."""

    def __init__(self) -> None:
        self.results: dict[str, Any] = {}
        self.reset()

    def reset(self) -> None:
        self._wall, self._cpu = time.perf_counter(), cpu_seconds()

    def done(self, name: str) -> None:
        self.results[f"{name}_seconds"] = round(time.perf_counter() - self._wall, 3)
        self.results[f"{name}_cpu_seconds"] = round(cpu_seconds() - self._cpu, 3)
        self.reset()


async def child(url: str, base_url: str, token: str) -> None:
    spawned = time.perf_counter()
    from bot.app import build_application
    from bot.daily_jobs import run_daily_tick
    from bot.runtime import Runtime
    from bot.services import daily_planning, daily_schedule, retention
    from bot.settings import Settings

    clock = RunningClock(DUE - timedelta(minutes=30))
    settings = Settings(
        _env_file=None,
        telegram_bot_token=token,
        database_url=url,
        telegram_api_base_url=base_url,
        polling_timeout_seconds=1,
    )
    app = build_application(settings, clock=clock)
    await app.initialize()
    if app.post_init is not None:
        await app.post_init(app)
    assert app.updater is not None and app.job_queue is not None
    await app.updater.start_polling(poll_interval=0, timeout=1)
    await app.start()
    first = await run_daily_tick(app)
    emit(
        "ready",
        seconds_in_process=time.perf_counter() - spawned,
        cpu_seconds=cpu_seconds(),
        first_tick={"reconciled": first.reconciled, "claimed": first.claimed},
        **rss_mb(),
    )
    # From here each job runs by hand, and nothing is sent.
    for job in app.job_queue.jobs():
        job.schedule_removal()
    rt: Runtime = app.bot_data["runtime"]
    clock.jump(DUE)
    timer = Timer()
    results = timer.results
    claimed = 0
    while (planned := await rt.workers.run(daily_planning.plan_deliveries, rt)).processed:
        claimed += planned.claimed
    timer.done("claim")
    results["claimed"] = claimed
    weekly = 0
    while (planned := await rt.workers.run(daily_planning.plan_weekly, rt)).processed:
        weekly += planned.claimed
    timer.done("weekly")
    results["weekly_queued"] = weekly
    results["nudges_queued"] = await rt.workers.run(daily_planning.plan_nudges, rt)
    timer.done("nudges")
    results["purged"] = (await rt.workers.run(retention.purge_expired, rt)).total
    timer.done("purge")
    results["reconciled"] = await rt.workers.run(daily_schedule.reconcile, rt)
    timer.done("reconcile")
    emit("done", **results, **rss_mb())
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)


# --- the parent ---------------------------------------------------------------------


async def run(args: argparse.Namespace) -> dict[str, Any]:
    from playground.botapi import FakeBotApi

    seeded = None
    if not args.reuse:
        seeded = seed(args.url, args.users, args.due, args.weekly, args.couples)
        print(f"seeded {args.users} users in {seeded:.1f}s", flush=True)
    async with FakeBotApi() as api:
        spawned = time.perf_counter()
        process = await asyncio.create_subprocess_exec(
            *(sys.executable, "-m", "bench.million", "child", "--url", args.url),
            *("--base-url", api.base_url, "--token", FakeBotApi.TOKEN),
            stdout=asyncio.subprocess.PIPE,
        )
        assert process.stdout is not None
        events: dict[str, dict[str, Any]] = {}
        while line := await process.stdout.readline():
            try:
                event = json.loads(line)
            except json.JSONDecodeError:
                continue
            if event.get("event") == "ready":
                event["seconds_from_spawn"] = time.perf_counter() - spawned
            print(f"{event.get('event')}: {event}", flush=True)
            events[event["event"]] = event
        await process.wait()
    ready, done = events["ready"], events["done"]
    measured = {k: v for k, v in done.items() if k not in ("event", "VmRSS", "VmHWM")}
    return {
        "database": make_url(database_url_of(args.url)).get_backend_name(),
        "users": args.users,
        "couples": args.couples,
        "seed_seconds": round(seeded, 1) if seeded is not None else None,
        "startup_seconds_from_spawn": round(ready["seconds_from_spawn"], 2),
        "startup_cpu_seconds": round(ready["cpu_seconds"], 2),
        "rss_mb_after_startup": round(ready["VmRSS"], 1),
        "first_tick": ready["first_tick"],
        **measured,
        "rss_mb_after_jobs": round(done["VmRSS"], 1),
        "peak_rss_mb": round(done["VmHWM"], 1),
        "load_average": os.getloadavg(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command")
    child_args = sub.add_parser("child")
    child_args.add_argument("--url", required=True)
    child_args.add_argument("--base-url", required=True)
    child_args.add_argument("--token", required=True)
    parser.add_argument("--url", default="sqlite:////tmp/couplebot-bench/million.sqlite3")
    parser.add_argument("--users", type=int, default=1_000_000)
    parser.add_argument("--couples", type=int, default=200_000)
    parser.add_argument("--due", type=int, default=10_000)
    parser.add_argument("--weekly", type=int, default=10_000)
    parser.add_argument("--reuse", action="store_true", help="keep the seeded database")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    if args.command == "child":
        asyncio.run(child(args.url, args.base_url, args.token))
        return
    if args.due + args.weekly > args.users or 2 * args.couples > args.users:
        parser.error("--due + --weekly and 2 × --couples cannot exceed --users")
    result = asyncio.run(run(args))
    print(json.dumps(result, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()

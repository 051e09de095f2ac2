"""Benchmark: one day's daily-prompt fan-out against the fake Bot API with Telegram's limits.

    uv run python bench/daily_fanout.py                    # 100,000 users, 10,000 due at once
    uv run python bench/daily_fanout.py --due 2000         # a shorter fan-out

What it does:

1. Seeds a fresh SQLite file with ``--users`` registered, onboarded users (half of them
   in couples), each with their daily schedule; ``--due`` of them (in five time zones)
   have their prompt due at the same instant, the rest are spread over the day.
2. Starts the in-repo fake Bot API with ``enforce_limits=True`` (30 messages/s overall in
   any sliding second, 3/s per private chat, 20/min per group) in this process.
3. Runs the real bot (``build_application`` + polling + the daily tick) in a child
   process, so its memory is measured alone: start-up time (from spawning the process
   to the first tick done) and resident memory after start-up.
4. Moves the child's clock to the due instant, runs one tick and waits until it has
   sent everything; then reads the fake API's counters: messages accepted, 429s,
   duplicates (a user with more than one prompt) and missed (a due user with none).

Not part of pytest: it takes minutes (10,000 messages at 30/s is at least 333 s).
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import time
from datetime import UTC, datetime, timedelta
from datetime import time as clock_time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))

# The due instant: a Wednesday evening in November (no DST change near it).
DUE = datetime(2026, 11, 25, 20, 0, tzinfo=UTC)
# (zone, local time) pairs that all mean DUE.
DUE_SLOTS = (
    ("UTC", "20:00"),
    ("Europe/London", "20:00"),
    ("Europe/Berlin", "21:00"),
    ("America/New_York", "15:00"),
    ("Asia/Kolkata", "01:30"),
)
OTHER_ZONES = ("Europe/Berlin", "America/New_York", "Asia/Kolkata", "Australia/Sydney", "UTC")


def rss_mb() -> dict[str, float]:
    values: dict[str, float] = {}
    for line in Path("/proc/self/status").read_text().splitlines():
        if line.startswith(("VmRSS:", "VmHWM:")):
            key, amount, _unit = line.split()
            values[key.rstrip(":")] = int(amount) / 1024
    return values


# --- seeding ----------------------------------------------------------------------


def seed(db: Path, users: int, due: int) -> float:
    """A fresh database with ``users`` users, ``due`` of them due at DUE. Returns seconds."""
    from sqlalchemy import insert

    from flows.daily_timing import next_delivery
    from storage.db import create_db_engine
    from storage.migrate import upgrade
    from storage.models import Couple, DailySchedule, User

    started = time.perf_counter()
    for suffix in ("", "-wal", "-shm"):
        Path(f"{db}{suffix}").unlink(missing_ok=True)
    url = f"sqlite:///{db}"
    upgrade(url)
    engine = create_db_engine(url)
    now = DUE - timedelta(hours=1)
    every_day = frozenset(range(7))
    user_rows: list[dict[str, Any]] = []
    schedule_rows: list[dict[str, Any]] = []
    for index in range(users):
        user_id = 1_000_000 + index
        if index < due:
            zone, at = DUE_SLOTS[index % len(DUE_SLOTS)]
        else:
            zone = OTHER_ZONES[index % len(OTHER_ZONES)]
            minute = (index * 7) % (24 * 60)
            if minute == 20 * 60:
                minute += 1
            at = f"{minute // 60:02d}:{minute % 60:02d}"
        local = clock_time(int(at[:2]), int(at[3:]))
        if index < due:
            next_due = next_delivery(local, zone, every_day, now)
            assert next_due == DUE, (zone, at, next_due)
        else:
            # Everyone else already had today's prompt, or has it later.
            next_due = next_delivery(local, zone, every_day, DUE)
        weekly = next_delivery(clock_time(19, 0), zone, frozenset({6}), now)
        user_rows.append(
            {
                "id": user_id,
                "first_name": f"User{index}",
                "username": None,
                "timezone": zone,
                "prompt_time": at,
                "pending_setting": None,
                "onboarded": True,
                "couple_id": None,
                "reachable": True,
                "created_at": now,
                "updated_at": now,
            }
        )
        schedule_rows.append(
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
                "weekly_due_at": weekly,
                "updated_at": now,
            }
        )
    couple_rows = []
    # Half of everyone in couples: (0,1), (2,3), … among the first half of each group.
    for index in range(0, users // 2, 2):
        couple_id = index // 2 + 1
        couple_rows.append(
            {
                "id": couple_id,
                "first_user_id": 1_000_000 + index,
                "second_user_id": 1_000_000 + index + 1,
                "created_at": now,
                "ended_at": None,
            }
        )
        user_rows[index]["couple_id"] = couple_id
        user_rows[index + 1]["couple_id"] = couple_id
    with engine.begin() as connection:
        connection.execute(insert(Couple), couple_rows)
        for chunk in range(0, users, 10_000):
            connection.execute(insert(User), user_rows[chunk : chunk + 10_000])
            connection.execute(insert(DailySchedule), schedule_rows[chunk : chunk + 10_000])
    engine.dispose()
    return time.perf_counter() - started


# --- the bot, in a child process ----------------------------------------------------


class RunningClock:
    """Real time, shifted: starts at ``start`` and can jump."""

    def __init__(self, start: datetime) -> None:
        self._base = start
        self._mark = time.monotonic()

    def __call__(self) -> datetime:
        return self._base + timedelta(seconds=time.monotonic() - self._mark)

    def jump(self, to: datetime) -> None:
        self._base, self._mark = to, time.monotonic()


def emit(event: str, **values: Any) -> None:
    print(json.dumps({"event": event, **values}), flush=True)


async def child(db: Path, base_url: str, file_url: str, token: str) -> None:
    spawned = time.perf_counter()
    from telegram import Update

    from bot.app import build_application
    from bot.daily_jobs import JOB_NAME, run_daily_tick, schedule_daily_jobs
    from bot.settings import Settings

    clock = RunningClock(DUE - timedelta(minutes=30))
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None,
        telegram_bot_token=token,
        database_url=f"sqlite:///{db}",
        telegram_api_base_url=base_url,
        telegram_api_file_url=file_url,
        polling_timeout_seconds=1,
    )
    phases: dict[str, float] = {"imports": time.perf_counter() - spawned}

    def phase(name: str) -> None:
        phases[name] = round(time.perf_counter() - spawned - sum(phases.values()), 3)

    app = build_application(settings, clock=clock)
    await app.initialize()
    phase("initialize")
    if app.post_init is not None:
        await app.post_init(app)
    phase("post_init")
    assert app.updater is not None and app.job_queue is not None
    await app.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=Update.ALL_TYPES)
    await app.start()
    phase("start_polling")
    if not app.job_queue.get_jobs_by_name(JOB_NAME):
        schedule_daily_jobs(app)  # until bot/app.py does it in post_init
    first = await run_daily_tick(app)
    phase("first_tick")
    emit(
        "ready",
        seconds_in_process=time.perf_counter() - spawned,
        phases=phases,
        first_tick={"reconciled": first.reconciled, "claimed": first.claimed},
        **rss_mb(),
    )
    clock.jump(DUE)
    started = time.perf_counter()
    report = await run_daily_tick(app)
    emit(
        "done",
        seconds=time.perf_counter() - started,
        plan_seconds=report.plan_seconds,
        claimed=report.claimed,
        sent=report.sent.sent,
        not_sent=report.sent.not_sent,
        **rss_mb(),
    )
    await app.updater.stop()
    await app.stop()
    await app.shutdown()
    if app.post_shutdown is not None:
        await app.post_shutdown(app)


# --- the parent: fake API, measurements ------------------------------------------------


async def run(args: argparse.Namespace) -> dict[str, Any]:
    from playground.botapi import FakeBotApi

    db = Path(args.db)
    db.parent.mkdir(parents=True, exist_ok=True)
    seeded = seed(db, args.users, args.due)
    print(f"seeded {args.users} users ({args.due} due at once) in {seeded:.1f}s", flush=True)
    due_ids = [1_000_000 + i for i in range(args.due)]
    async with FakeBotApi(enforce_limits=True) as api:
        # Everyone exists on the fake side: prompts of others that come due during
        # a long fan-out are accepted too (and share the same 30/s).
        for index in range(args.users):
            api.user(1_000_000 + index, f"User{index}")
        spawned = time.perf_counter()
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            __file__,
            "child",
            "--db",
            str(db),
            "--base-url",
            api.base_url,
            "--file-url",
            api.base_file_url,
            "--token",
            FakeBotApi.TOKEN,
            stdout=asyncio.subprocess.PIPE,
            cwd=ROOT,
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
                print(f"ready: {event}", flush=True)
            else:
                print(f"{event.get('event')}: {event}", flush=True)
            events[event["event"]] = event
        await process.wait()
        due_set = set(due_ids)
        all_prompts = [
            c
            for c in api.calls_of("sendMessage")
            if c.ok and c.chat_id is not None and c.chat_id >= 1_000_000
        ]
        calls = [c for c in all_prompts if c.chat_id in due_set]
        per_user = api.stats.accepted_per_chat
        stamps = sorted(c.at for c in all_prompts)
        span = stamps[-1] - stamps[0] if len(stamps) > 1 else 0.0
        result = {
            "users": args.users,
            "due": args.due,
            "seed_seconds": round(seeded, 1),
            "startup_seconds_from_spawn": round(events["ready"]["seconds_from_spawn"], 2),
            "startup_seconds_in_process": round(events["ready"]["seconds_in_process"], 2),
            "rss_mb_after_startup": round(events["ready"]["VmRSS"], 1),
            "rss_mb_after_fanout": round(events["done"]["VmRSS"], 1),
            "peak_rss_mb": round(events["done"]["VmHWM"], 1),
            "prompts_accepted_due_users": len(calls),
            "prompts_accepted_all": len(all_prompts),
            "fanout_seconds": round(events["done"]["seconds"], 1),
            "plan_seconds": round(events["done"]["plan_seconds"], 2),
            "msgs_per_second_first_to_last": (
                round((len(all_prompts) - 1) / span, 2) if span else None
            ),
            "msgs_per_second_whole_tick": round(len(all_prompts) / events["done"]["seconds"], 2),
            "too_many_requests": api.stats.too_many_requests,
            "limit_hits": dict(api.stats.limit_hits),
            "duplicates": sum(1 for u in due_ids if per_user[u] > 1),
            "missed": sum(1 for u in due_ids if per_user[u] == 0),
            "python": platform.python_version(),
            "cpus": os.cpu_count(),
        }
    return result


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    sub = parser.add_subparsers(dest="command")
    child_args = sub.add_parser("child")
    child_args.add_argument("--db", required=True)
    child_args.add_argument("--base-url", required=True)
    child_args.add_argument("--file-url", required=True)
    child_args.add_argument("--token", required=True)
    parser.add_argument("--users", type=int, default=100_000)
    parser.add_argument("--due", type=int, default=10_000)
    parser.add_argument("--db", default="/tmp/couplebot-bench/daily.sqlite3")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    if args.command == "child":
        asyncio.run(child(Path(args.db), args.base_url, args.file_url, args.token))
        return
    if args.due > args.users:
        parser.error("--due cannot exceed --users")
    result = asyncio.run(run(args))
    print(json.dumps(result, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()

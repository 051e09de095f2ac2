"""Benchmark: N people run /moment to the end at once, through the fake Bot API.

Measures flow-step updates per second and, per update, the time from the update
being queued at the fake API to the bot's reply arriving there (an upper bound of
"received by the bot to reply sent": it also counts the getUpdates hop). In the
same run, a bare python-telegram-bot echo handler is measured with the same fake
API and the same number of people, as the baseline.

    uv run python -m bench.moment_load --people 200
    uv run python -m bench.moment_load --people 200 --separate-process

With ``--separate-process`` each bot runs in a process of its own (``bench/serve.py``)
while this process runs the fake API and the people, as with real Telegram.

Not a test: it prints figures for docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import asyncio
import os
import signal
import statistics
import sys
import tempfile
import time
from collections.abc import Awaitable, Callable
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

from telegram import Update
from telegram.ext import Application, ApplicationBuilder, ContextTypes, MessageHandler, filters

from playground.botapi import FakeBotApi, FakeUser
from storage import couples
from storage.db import create_db_engine, unit_of_work
from storage.migrate import upgrade
from storage.models import User
from tests.e2e.harness import BotRunner

# (what the person does, a fragment of the bot message that answers it)
Action = tuple[str, str, str]
MOMENT_SCRIPT: list[Action] = [
    ("command", "/moment", "Which fits best?"),
    ("button", "I wish I'd stepped in", "Step 1/5"),
    ("text", "At dinner my dad criticised them and I stayed quiet", "which signals"),
    ("button", "Done", "Step 2/5"),
    ("button", "on this.", "Step 3/5"),
    ("button", "stress", "Replay it"),
    ("button", "Speak up", "exactly what"),
    ("button", "Send", "Step 5/5"),
    ("button", "Send now", "Your moment"),
]


def seed_couples(database_url: str, people: int, now: datetime) -> None:
    """Onboarded users, paired two by two, so check-ins really go to a partner."""
    engine = create_db_engine(database_url)
    with unit_of_work(engine) as session:
        users = []
        for i in range(people):
            user = User(
                id=10_000 + i,
                first_name=f"P{i}",
                timezone="Europe/Berlin",
                prompt_time="20:00",
                onboarded=True,
                created_at=now,
                updated_at=now,
            )
            session.add(user)
            users.append(user)
        session.flush()
        for first, second in zip(users[::2], users[1::2], strict=False):
            couples.create_couple(session, first, second, now)
    engine.dispose()


async def run_person(
    api: FakeBotApi, user: FakeUser, script: list[Action], latencies: list[float]
) -> None:
    last: dict[str, Any] | None = None
    for kind, value, expect in script:
        started = time.perf_counter()
        if kind in ("command", "text"):
            api.send_text(user, value)
        else:
            assert last is not None
            api.press_button(user, last, value)
        last = await api.wait_for_message(user.id, expect, timeout=120)
        latencies.append(time.perf_counter() - started)


async def measure(
    api: FakeBotApi, people: list[FakeUser], script: list[Action]
) -> tuple[float, list[float]]:
    latencies: list[float] = []
    started = time.perf_counter()
    await asyncio.gather(*(run_person(api, p, script, latencies) for p in people))
    elapsed = time.perf_counter() - started
    return len(latencies) / elapsed, latencies


async def bench_couplebot(
    people: int, workdir: Path, *, rate_limit: bool, separate: bool = False
) -> tuple[float, list[float], dict[str, Any]]:
    now = datetime.now(UTC)
    url = f"sqlite:///{workdir / 'bench.sqlite3'}"
    upgrade(url)
    seed_couples(url, people, now)
    async with FakeBotApi() as api:
        users = [api.user(10_000 + i, f"P{i}") for i in range(people)]
        if separate:
            extra = ["--rate-limit"] if rate_limit else []
            stop = await start_process(api, ["couplebot", api.base_url, url, *extra])
        else:
            runner = BotRunner(api, url, lambda: datetime.now(UTC), telegram_rate_limit=rate_limit)
            await runner.start()
            stop = runner.stop
        try:
            rate, latencies = await measure(api, users, MOMENT_SCRIPT)
            await api.wait_until_idle(quiet=0.5, timeout=120)
            stats = {"429s": api.stats.too_many_requests, "calls": dict(api.stats.calls)}
        finally:
            await stop()
    return rate, latencies, stats


# Set BENCH_PROFILE=path to write a cProfile of the bot process.
PROFILE_PREFIX = (
    [sys.executable, "-m", "cProfile", "-o", os.environ["BENCH_PROFILE"]]
    if os.environ.get("BENCH_PROFILE")
    else [sys.executable]
)


async def start_process(api: FakeBotApi, args: list[str]) -> Callable[[], Awaitable[None]]:
    """Start ``bench.serve`` and wait until it polls; returns how to stop it."""
    process = await asyncio.create_subprocess_exec(
        *PROFILE_PREFIX, "-m", "bench.serve", *args, stderr=asyncio.subprocess.DEVNULL
    )
    await api.wait_for_call("getUpdates", timeout=60)

    async def stop() -> None:
        process.send_signal(signal.SIGINT)
        await asyncio.wait_for(process.wait(), timeout=30)

    return stop


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(update.effective_message.text or "")


async def bench_echo(people: int, *, separate: bool = False) -> tuple[float, list[float]]:
    script: list[Action] = [("text", f"echo {i}", f"echo {i}") for i in range(len(MOMENT_SCRIPT))]
    async with FakeBotApi() as api:
        users = [api.user(10_000 + i, f"P{i}") for i in range(people)]
        if separate:
            stop = await start_process(api, ["echo", api.base_url])
            try:
                return await measure(api, users, script)
            finally:
                await stop()
        app: Application[Any, Any, Any, Any, Any, Any] = (
            ApplicationBuilder()
            .token(FakeBotApi.TOKEN)
            .base_url(api.base_url)
            .base_file_url(api.base_file_url)
            .build()
        )
        app.add_handler(MessageHandler(filters.TEXT, _echo))
        await app.initialize()
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1)
        await app.start()
        try:
            return await measure(api, users, script)
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(name: str, rate: float, latencies: list[float]) -> None:
    print(
        f"{name:<10} updates={len(latencies):>5}  {rate:8.1f} updates/s  "
        f"p50={percentile(latencies, 0.5) * 1000:7.1f} ms  "
        f"p99={percentile(latencies, 0.99) * 1000:7.1f} ms  "
        f"mean={statistics.fmean(latencies) * 1000:7.1f} ms"
    )


async def main_async(people: int, separate: bool) -> None:
    with tempfile.TemporaryDirectory() as tmp:
        rate, latencies, stats = await bench_couplebot(
            people, Path(tmp), rate_limit=False, separate=separate
        )
    with tempfile.TemporaryDirectory() as tmp:
        limited_rate, limited_latencies, limited_stats = await bench_couplebot(
            people, Path(tmp), rate_limit=True, separate=separate
        )
    echo_rate, echo_latencies = await bench_echo(people, separate=separate)
    report("couplebot", rate, latencies)
    report("limited", limited_rate, limited_latencies)
    report("echo", echo_rate, echo_latencies)
    print(f"ratio couplebot/echo (no limiter on either): {rate / echo_rate:.2f}")
    print(f"fake API, couplebot run: {stats}")
    print(f"fake API, limited run: {limited_stats}")


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--separate-process", action="store_true")
    args = parser.parse_args()
    asyncio.run(main_async(args.people, args.separate_process))


if __name__ == "__main__":
    main()

"""Benchmark: N people run /moment to the end at once, through the fake Bot API.

Measures flow-step updates per second and, per update, the time from the update
being queued at the fake API to the bot's reply arriving there (an upper bound of
"received by the bot to reply sent": it also counts the getUpdates hop). In the
same run, a bare python-telegram-bot echo handler is measured with the same fake
API and the same number of people, as the baseline.

    uv run python -m bench.moment_load --people 200
    uv run python -m bench.moment_load --people 200 --separate-process
    uv run python -m bench.moment_load --people 200 --separate-process --no-limited

With ``--separate-process`` each bot runs in a process of its own (``bench/serve.py``)
while this process runs the fake API and the people, as with real Telegram, and the
bot process's own CPU time (user + sys, from ``/proc``) per update is printed: on a
shared machine that, not the wall-clock rate, is the figure to compare.

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
from dataclasses import dataclass, field
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
    ("button", "with them on this", "Step 3/5"),
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


@dataclass
class Run:
    rate: float
    latencies: list[float]
    # Fake API counters (calls by method, 429s).
    stats: dict[str, Any] = field(default_factory=dict)
    # The bot process's own CPU (user + sys) from the first update to idle; separate only.
    cpu_seconds: float | None = None
    # Of which in the kernel (system calls: sockets, the database file).
    sys_seconds: float | None = None

    @property
    def cpu_ms_per_update(self) -> float | None:
        if self.cpu_seconds is None:
            return None
        return self.cpu_seconds * 1000 / len(self.latencies)


async def measure_process(
    api: FakeBotApi, bot: BotProcess, people: list[FakeUser], script: list[Action]
) -> Run:
    """Drive the people, wait for the bot to fall idle, and take its CPU over that span."""
    user, system = bot.cpu_times()
    rate, latencies = await measure(api, people, script)
    await api.wait_until_idle(quiet=0.5, timeout=120)
    user_after, system_after = bot.cpu_times()
    return Run(
        rate,
        latencies,
        cpu_seconds=user_after + system_after - user - system,
        sys_seconds=system_after - system,
    )


async def bench_couplebot(
    people: int, workdir: Path, *, rate_limit: bool, separate: bool = False
) -> Run:
    now = datetime.now(UTC)
    url = f"sqlite:///{workdir / 'bench.sqlite3'}"
    upgrade(url)
    seed_couples(url, people, now)
    async with FakeBotApi() as api:
        users = [api.user(10_000 + i, f"P{i}") for i in range(people)]
        if separate:
            extra = ["--rate-limit"] if rate_limit else []
            bot = await start_process(api, ["couplebot", api.base_url, url, *extra])
            try:
                run = await measure_process(api, bot, users, MOMENT_SCRIPT)
            finally:
                await bot.stop()
        else:
            runner = BotRunner(api, url, lambda: datetime.now(UTC), telegram_rate_limit=rate_limit)
            await runner.start()
            try:
                rate, latencies = await measure(api, users, MOMENT_SCRIPT)
                await api.wait_until_idle(quiet=0.5, timeout=120)
                run = Run(rate, latencies)
            finally:
                await runner.stop()
        run.stats = {"429s": api.stats.too_many_requests, "calls": dict(api.stats.calls)}
    return run


# Set BENCH_PROFILE=path to write a cProfile of the bot process, BENCH_PYSPY=path for
# py-spy's collapsed stacks of the couplebot process (py-spy on PATH, e.g. `uv tool install`),
# or BENCH_PERF=path for a Linux `perf record` of it (`perf report --sort dso -i path`).
PROFILE_PREFIX = (
    [sys.executable, "-m", "cProfile", "-o", os.environ["BENCH_PROFILE"]]
    if os.environ.get("BENCH_PROFILE")
    else [sys.executable]
)


class BotProcess:
    """``bench.serve`` in a child process: CPU seconds used so far, and how to stop it."""

    def __init__(
        self, process: asyncio.subprocess.Process, sampler: asyncio.subprocess.Process | None
    ) -> None:
        self.process = process
        # py-spy attached to the couplebot process (BENCH_PYSPY), stopped first.
        self.sampler = sampler

    def cpu_times(self) -> tuple[float, float]:
        """User and system CPU seconds so far."""
        # Fields 14 and 15 of /proc/PID/stat: user and system time in clock ticks.
        fields = Path(f"/proc/{self.process.pid}/stat").read_text().rsplit(")", 1)[1].split()
        tick = os.sysconf("SC_CLK_TCK")
        return int(fields[11]) / tick, int(fields[12]) / tick

    async def stop(self) -> None:
        if self.sampler is not None:
            self.sampler.send_signal(signal.SIGINT)
            await asyncio.wait_for(self.sampler.wait(), timeout=60)
        self.process.send_signal(signal.SIGINT)
        await asyncio.wait_for(self.process.wait(), timeout=30)


async def start_process(api: FakeBotApi, args: list[str]) -> BotProcess:
    """Start ``bench.serve`` and wait until it polls."""
    process = await asyncio.create_subprocess_exec(
        *PROFILE_PREFIX, "-m", "bench.serve", *args, stderr=asyncio.subprocess.DEVNULL
    )
    try:
        await api.wait_for_call("getUpdates", timeout=60)
    except BaseException:
        process.kill()
        raise
    sampler = None
    if os.environ.get("BENCH_PYSPY") and args[0] == "couplebot":
        # --gil: only samples holding the GIL, so idle threads and lock waits stay out.
        sampler = await asyncio.create_subprocess_exec(
            *("py-spy", "record", "--gil", "--format", "raw", "--pid", str(process.pid)),
            *("--rate", os.environ.get("BENCH_PYSPY_RATE", "100")),
            *("-o", os.environ["BENCH_PYSPY"]),
            stdout=asyncio.subprocess.DEVNULL,
        )
    elif os.environ.get("BENCH_PERF") and args[0] == "couplebot":
        # Linux perf: where the process's CPU goes by library (kernel, SQLite, Python).
        sampler = await asyncio.create_subprocess_exec(
            *("perf", "record", "-q", "-F", "499", "-p", str(process.pid)),
            *("-o", os.environ["BENCH_PERF"]),
            stdout=asyncio.subprocess.DEVNULL,
            stderr=asyncio.subprocess.DEVNULL,
        )
    return BotProcess(process, sampler)


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(update.effective_message.text or "")


async def bench_echo(people: int, *, separate: bool = False) -> Run:
    script: list[Action] = [("text", f"echo {i}", f"echo {i}") for i in range(len(MOMENT_SCRIPT))]
    async with FakeBotApi() as api:
        users = [api.user(10_000 + i, f"P{i}") for i in range(people)]
        if separate:
            bot = await start_process(api, ["echo", api.base_url])
            try:
                return await measure_process(api, bot, users, script)
            finally:
                await bot.stop()
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
            return Run(*await measure(api, users, script))
        finally:
            await app.updater.stop()
            await app.stop()
            await app.shutdown()


def percentile(values: list[float], q: float) -> float:
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, round(q * (len(ordered) - 1)))]


def report(name: str, run: Run) -> None:
    cpu = run.cpu_ms_per_update
    print(
        f"{name:<10} updates={len(run.latencies):>5}  {run.rate:8.1f} updates/s  "
        f"p50={percentile(run.latencies, 0.5) * 1000:7.1f} ms  "
        f"p99={percentile(run.latencies, 0.99) * 1000:7.1f} ms  "
        f"mean={statistics.fmean(run.latencies) * 1000:7.1f} ms"
        + (f"  cpu={cpu:6.2f} ms/update" if cpu is not None else "")
        + (
            f" (sys {run.sys_seconds * 1000 / len(run.latencies):.2f})"
            if run.sys_seconds is not None
            else ""
        )
    )


async def main_async(people: int, separate: bool, limited: bool, repeat: int = 1) -> None:
    couplebots: list[Run] = []
    echos: list[Run] = []
    for _ in range(repeat):
        # Alternated: the machine's speed drifts, so each pair shares its moment.
        with tempfile.TemporaryDirectory() as tmp:
            couplebots.append(
                await bench_couplebot(people, Path(tmp), rate_limit=False, separate=separate)
            )
        echos.append(await bench_echo(people, separate=separate))
        report("couplebot", couplebots[-1])
        report("echo", echos[-1])
    if repeat > 1:
        _report_medians(couplebots, echos)
    couplebot, echo = couplebots[-1], echos[-1]
    if limited:
        with tempfile.TemporaryDirectory() as tmp:
            limited_run = await bench_couplebot(
                people, Path(tmp), rate_limit=True, separate=separate
            )
        report("limited", limited_run)
        print(f"fake API, limited run: {limited_run.stats}")
    print(f"rate couplebot/echo (no limiter on either): {couplebot.rate / echo.rate:.2f}")
    if couplebot.cpu_ms_per_update is not None and echo.cpu_ms_per_update is not None:
        ratio = couplebot.cpu_ms_per_update / echo.cpu_ms_per_update
        print(f"CPU per update couplebot/echo: {ratio:.2f}x (target <= 2x, stretch <= 0.8x)")
    print(f"load average: {os.getloadavg()}")
    print(f"fake API, couplebot run: {couplebot.stats}")


def _report_medians(couplebots: list[Run], echos: list[Run]) -> None:
    ours = [r.cpu_ms_per_update for r in couplebots if r.cpu_ms_per_update is not None]
    theirs = [r.cpu_ms_per_update for r in echos if r.cpu_ms_per_update is not None]
    if len(ours) != len(couplebots) or len(theirs) != len(echos):
        return
    ratios = [a / b for a, b in zip(ours, theirs, strict=True)]
    print(
        f"medians of {len(ours)} alternated pairs: couplebot {statistics.median(ours):.2f} ms, "
        f"echo {statistics.median(theirs):.2f} ms, CPU per update couplebot/echo "
        f"{statistics.median(ratios):.2f}x (pairs: {', '.join(f'{r:.2f}' for r in ratios)})"
    )


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0] if __doc__ else None)
    parser.add_argument("--people", type=int, default=200)
    parser.add_argument("--separate-process", action="store_true")
    parser.add_argument("--no-limited", action="store_true", help="skip the rate-limited run")
    parser.add_argument(
        "--repeat", type=int, default=1, help="alternate couplebot and echo runs, report medians"
    )
    args = parser.parse_args()
    asyncio.run(main_async(args.people, args.separate_process, not args.no_limited, args.repeat))


if __name__ == "__main__":
    main()

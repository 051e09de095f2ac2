"""Benchmark: people talking to the bot while the daily prompts go out.

    uv run python -m bench.talk_during_fanout                  # 10,000 prompts, 3 people talking
    uv run python -m bench.talk_during_fanout --due 2000       # a shorter fan-out

What it does: seeds a fresh SQLite file (``bench/daily_fanout.py``'s seed: ``--users``
onboarded users, half in couples, ``--due`` of them due at the same instant), starts the
in-repo fake Bot API with Telegram's limits enforced (30 messages/s overall, 3/s per
chat; 429 with ``retry_after`` beyond), and runs the bot in a child process with
production settings (the AIORateLimiter on, the daily sender at 30/s), its clock a few
seconds before the due instant. While the prompts go out, ``--people`` other partners
each walk ``/moment`` (bench/moment_load.py's script) again and again with a pause of
``--think`` seconds between steps, as people do. Reported: the latency of every step
that started during the fan-out (from the update being queued at the fake API to the
bot's answer arriving there) and the fan-out's own rate against the 30/s budget.

Target (issue 11): p99 ≤ 1 s with the fan-out at ≥ 80 % of the budget (≥ 24 msgs/s).
Not part of pytest: 10,000 prompts at 30/s take at least 333 s.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import signal
import statistics
import sys
import time
from datetime import timedelta
from pathlib import Path
from typing import Any

from bench.daily_fanout import DUE, RunningClock, seed
from bench.moment_load import MOMENT_SCRIPT, percentile
from playground.botapi import FakeBotApi, FakeUser

FIRST_ID = 1_000_000
# The bot's clock starts this long before the due instant.
LEAD = timedelta(seconds=5)


def child(db: str, base_url: str) -> None:
    from bot.app import ALLOWED_UPDATES, build_application
    from bot.settings import Settings

    settings = Settings(
        _env_file=None,
        telegram_bot_token=FakeBotApi.TOKEN,
        database_url=f"sqlite:///{db}",
        telegram_api_base_url=base_url,
        telegram_rate_limit=True,
        polling_timeout_seconds=1,
        daily_tick_seconds=5,
    )
    clock = RunningClock(DUE - LEAD)
    app = build_application(settings, clock=clock)
    app.run_polling(allowed_updates=ALLOWED_UPDATES, timeout=1, poll_interval=0)


async def talk(
    api: FakeBotApi, person: FakeUser, think: float, until: asyncio.Event, steps: list[Any]
) -> None:
    """Walk /moment again and again until ``until`` is set; (started, latency) per step."""
    while not until.is_set():
        last: dict[str, Any] | None = None
        for kind, value, expect in MOMENT_SCRIPT:
            await asyncio.sleep(think)
            started = time.monotonic()
            if kind in ("command", "text"):
                api.send_text(person, value)
            else:
                assert last is not None
                api.press_button(person, last, value)
            last = await api.wait_for_message(person.id, expect, timeout=120)
            steps.append((started, time.monotonic() - started))


async def run(args: argparse.Namespace) -> dict[str, Any]:
    db = Path(args.db)
    db.parent.mkdir(parents=True, exist_ok=True)
    seeded = seed(db, args.users, args.due)
    print(f"seeded {args.users} users ({args.due} due) in {seeded:.1f}s", flush=True)
    due_ids = {FIRST_ID + i for i in range(args.due)}
    # Partners (the first half of the users are in couples) whose prompt is not due now.
    talker_ids = [FIRST_ID + args.due + 2 * i for i in range(args.people)]
    assert talker_ids[-1] < FIRST_ID + args.users // 2, "too few couples for the talkers"
    async with FakeBotApi(enforce_limits=True) as api:
        everyone = {FIRST_ID + i: api.user(FIRST_ID + i, f"User{i}") for i in range(args.users)}
        talkers = [everyone[i] for i in talker_ids]
        process = await asyncio.create_subprocess_exec(
            *(sys.executable, "-m", "bench.talk_during_fanout", "child"),
            *("--db", str(db), "--base-url", api.base_url),
            stderr=asyncio.subprocess.DEVNULL,
        )
        try:
            await api.wait_for_call("getUpdates", timeout=120)
            stop = asyncio.Event()
            steps: list[tuple[float, float]] = []
            people = [asyncio.create_task(talk(api, p, args.think, stop, steps)) for p in talkers]

            def prompts() -> list[Any]:
                return [c for c in api.calls_of("sendMessage") if c.ok and c.chat_id in due_ids]

            deadline = time.monotonic() + args.due / 20 + 120
            # Polls the fake API's record of calls, which has no event to wait on.
            while len(prompts()) < args.due and time.monotonic() < deadline:  # noqa: ASYNC110
                await asyncio.sleep(1)
            stop.set()
            await asyncio.wait(people, timeout=180)
        finally:
            process.send_signal(signal.SIGINT)
            await asyncio.wait_for(process.wait(), timeout=60)
        sent = prompts()
        per_chat = api.stats.accepted_per_chat
    stamps = sorted(c.at for c in sent)
    first, last = stamps[0], stamps[-1]
    rate = (len(stamps) - 1) / (last - first) if last > first else 0.0
    # Steps that started while prompts were going out (the fake API stamps calls
    # with time.monotonic too).
    during = [latency for started, latency in steps if first <= started <= last]
    return {
        "users": args.users,
        "due": args.due,
        "people_talking": args.people,
        "think_seconds": args.think,
        "prompts_to_due_users": len(sent),
        "duplicates": sum(1 for u in due_ids if per_chat[u] > 1),
        "missed": sum(1 for u in due_ids if per_chat[u] == 0),
        "fanout_seconds": round(last - first, 1),
        "fanout_msgs_per_second": round(rate, 2),
        "fanout_share_of_30_per_second": round(rate / 30, 3),
        "steps_during_fanout": len(during),
        "step_p50_ms": round(percentile(during, 0.5) * 1000, 1) if during else None,
        "step_p99_ms": round(percentile(during, 0.99) * 1000, 1) if during else None,
        "step_max_ms": round(max(during) * 1000, 1) if during else None,
        "step_mean_ms": round(statistics.fmean(during) * 1000, 1) if during else None,
        "too_many_requests": api.stats.too_many_requests,
        "load_average": os.getloadavg(),
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0] if __doc__ else None)
    sub = parser.add_subparsers(dest="command")
    child_args = sub.add_parser("child")
    child_args.add_argument("--db", required=True)
    child_args.add_argument("--base-url", required=True)
    parser.add_argument("--users", type=int, default=40_000)
    parser.add_argument("--due", type=int, default=10_000)
    parser.add_argument("--people", type=int, default=3)
    parser.add_argument("--think", type=float, default=2.0)
    parser.add_argument("--db", default="/tmp/couplebot-bench/talk.sqlite3")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    if args.command == "child":
        child(args.db, args.base_url)
        return
    result = asyncio.run(run(args))
    print(json.dumps(result, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(result, indent=2) + "\n")


if __name__ == "__main__":
    main()

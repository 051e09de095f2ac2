"""Benchmark: the daily fan-out on PostgreSQL with one instance and with three.

    uv run python bench/fanout_instances.py --database-url postgresql+psycopg://postgres@127.0.0.1:5432/cb_bench

The database named there is **emptied** for each run (its ``public`` schema is
dropped and migrated again): give it one made for the benchmark.

What it does, for each instance count (``--instances 1,3``, side by side in one run):
seeds ``--due`` onboarded users whose daily question is due at the same instant;
starts the fake Bot API with Telegram's limits enforced (30 messages in any second,
3 per private chat); starts that many couplebot processes in webhook mode behind a
round-robin forwarder (``tests/scale/cluster.py``, the same harness as the
several-instances test); moves every instance's clock to the due instant at once and
waits until every question is sent. Reported: questions accepted, duplicates (a
person with two), missed (a person with none), 429 answers, and the rate, over the
whole fan-out (from the due instant to the last question) and between the first and
the last question.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import os
import platform
import sys
import tempfile
import time
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[1]
sys.path.insert(0, str(ROOT))


def reset_database(url: str) -> None:
    from sqlalchemy import text

    from storage.db import create_db_engine
    from storage.migrate import upgrade

    engine = create_db_engine(url)
    try:
        with engine.begin() as connection:
            connection.execute(text("DROP SCHEMA public CASCADE"))
            connection.execute(text("CREATE SCHEMA public"))
    finally:
        engine.dispose()
    upgrade(url)


async def fan_out(url: str, due: int, instances: int) -> dict[str, Any]:
    from playground.botapi import FakeBotApi
    from tests.scale.cluster import Cluster, prompt_counts, seed_due_users

    reset_database(url)
    due_ids = seed_due_users(url, due)
    async with FakeBotApi(enforce_limits=True) as api:
        for uid in due_ids:
            api.user(uid, f"User{uid}")
        with tempfile.TemporaryDirectory() as workdir:
            async with Cluster(api, url, instances, Path(workdir)) as cluster:
                jumped = time.monotonic()
                cluster.jump_to_due()
                deadline = jumped + due / 20 + 120
                while sum(prompt_counts(api, due_ids).values()) < due:
                    if time.monotonic() > deadline:
                        break
                    await asyncio.sleep(0.2)
                finished = time.monotonic()
                await asyncio.sleep(2)  # anything still in flight would show as a duplicate
        counts = prompt_counts(api, due_ids)
        stamps = sorted(
            c.at for c in api.calls_of("sendMessage") if c.ok and c.chat_id in set(due_ids)
        )
    sent = sum(counts.values())
    span = stamps[-1] - stamps[0] if len(stamps) > 1 else 0.0
    return {
        "instances": instances,
        "due": due,
        "accepted": sent,
        "duplicates": sum(1 for uid in due_ids if counts[uid] > 1),
        "missed": sum(1 for uid in due_ids if counts[uid] == 0),
        "too_many_requests": api.stats.too_many_requests,
        "seconds_due_to_last": round(finished - jumped, 1),
        "msgs_per_second_whole": round(sent / (finished - jumped), 2),
        "msgs_per_second_first_to_last": round((len(stamps) - 1) / span, 2) if span else None,
    }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--database-url", required=True, help="emptied for each run")
    parser.add_argument("--due", type=int, default=3000)
    parser.add_argument("--instances", default="1,3", help="comma-separated counts")
    parser.add_argument("--json", help="also write the results here")
    args = parser.parse_args()
    results = []
    for count in (int(n) for n in args.instances.split(",")):
        result = asyncio.run(fan_out(args.database_url, args.due, count))
        print(json.dumps(result), flush=True)
        results.append(result)
    summary = {
        "runs": results,
        "python": platform.python_version(),
        "cpus": os.cpu_count(),
        "machine": platform.machine(),
    }
    print(json.dumps(summary, indent=2))
    if args.json:
        Path(args.json).write_text(json.dumps(summary, indent=2) + "\n")


if __name__ == "__main__":
    main()

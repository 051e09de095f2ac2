"""/healthz: is the database there, and are the jobs still finishing?

Healthy means: ``SELECT 1`` came back within ``HEALTHZ_DB_TIMEOUT_SECONDS``
(on SQLite inside ``BEGIN IMMEDIATE``, so a writer stuck on the lock shows
too), and the daily tick and the outbox drain each finished within their
``HEALTHZ_MAX_*_AGE_SECONDS``. Until a job first finishes, its age counts from
start-up. The report names the failing part but never carries error text.
"""

from __future__ import annotations

import asyncio
from dataclasses import dataclass
from datetime import datetime
from typing import Any

from bot.runtime import Runtime
from bot.services import operations


@dataclass(frozen=True)
class Health:
    healthy: bool
    report: dict[str, Any]


async def check(rt: Runtime | None) -> Health:
    if rt is None:
        return Health(False, {"status": "starting"})
    settings = rt.settings
    database = await _database(rt)
    now = rt.clock()
    jobs = {
        "daily_tick": _job(
            now, rt.last_daily_tick_at, rt.started_at, settings.healthz_max_tick_age_seconds
        ),
        "outbox_drain": _job(
            now, rt.last_outbox_drain_at, rt.started_at, settings.healthz_max_outbox_age_seconds
        ),
    }
    healthy = database["ok"] and all(job["ok"] for job in jobs.values())
    report = {"status": "ok" if healthy else "unhealthy", "database": database, **jobs}
    return Health(healthy, report)


async def _database(rt: Runtime) -> dict[str, Any]:
    try:
        # Off the event loop: a slow or locked database must not stall the updates.
        async with asyncio.timeout(rt.settings.healthz_db_timeout_seconds):
            await rt.workers.run_beside(operations.ping_database, rt)
    except TimeoutError:
        return {"ok": False, "error": "timeout"}
    except Exception as exc:
        # The type only: driver messages can quote SQL or paths.
        return {"ok": False, "error": type(exc).__name__}
    return {"ok": True}


def _job(
    now: datetime, finished: datetime | None, started: datetime, max_age: float
) -> dict[str, Any]:
    age = (now - (finished or started)).total_seconds()
    return {
        "ok": age <= max_age,
        "age_seconds": round(age, 3),
        "max_age_seconds": max_age,
        "finished_since_start": finished is not None,
    }

"""The retention purge: what to delete, and when (the policy over storage/retention.py)."""

from __future__ import annotations

import logging
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Protocol

from sqlmodel import Session

from bot.runtime import Runtime
from flows.prompt_choice import NO_REPEAT_DAYS
from storage import retention
from storage.db import unit_of_work

log = logging.getLogger(__name__)

# Rows per transaction: each batch holds the write lock only briefly.
BATCH = 500
# How often the job runs.
INTERVAL = timedelta(hours=1)
# Daily deliveries also tell which prompts a person got lately: a question must
# not repeat within NO_REPEAT_DAYS, whatever the retention setting says.
DELIVERIES_AT_LEAST = timedelta(days=NO_REPEAT_DAYS + 2)


class Purge(Protocol):
    def __call__(self, session: Session, *, before: datetime, limit: int) -> int: ...


@dataclass
class PurgeReport:
    deleted: dict[str, int] = field(default_factory=dict)

    @property
    def total(self) -> int:
        return sum(self.deleted.values())


def purge_expired(rt: Runtime, *, batch: int = BATCH) -> PurgeReport:
    """Delete everything past its retention, in short transactions. Safe to run anywhere,
    any number of times, from any number of processes."""
    now = rt.clock()
    keep = rt.settings.retention
    plan: list[tuple[str, Purge, datetime]] = [
        ("outbox", retention.outbox_finished_before, now - keep),
        ("invites", retention.invites_expired_before, now - keep),
        ("conversations", retention.conversations_idle_since, now - keep),
        (
            "daily_deliveries",
            retention.deliveries_scheduled_before,
            now - max(keep, DELIVERIES_AT_LEAST),
        ),
        ("groups", retention.groups_left_before, now - keep),
    ]
    report = PurgeReport()
    for name, purge, before in plan:
        report.deleted[name] = _in_batches(rt, purge, before, batch)
    if report.total:
        log.info("retention purge deleted %s", report.deleted)
    return report


def _in_batches(rt: Runtime, purge: Purge, before: datetime, batch: int) -> int:
    total = 0
    while True:
        with unit_of_work(rt.engine) as session:
            deleted = purge(session, before=before, limit=batch)
        total += deleted
        if deleted < batch:
            return total

"""Cheap counts for monitoring (/metrics) and the database check (/healthz).

Each count is a range scan on an index the senders already use, so a scrape
costs what is waiting, not how many people are registered.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlalchemy import func, text
from sqlmodel import Session, col, select

from storage.models import DailySchedule, Outbox, PromptDelivery
from storage.sending import PENDING


@dataclass(frozen=True)
class OutboxDepth:
    due: int  # pending and due now: should drain within seconds
    later: int  # pending for later (Send later, follow-ups): normal


@dataclass(frozen=True)
class PromptBacklog:
    schedules: int  # schedules due but not yet claimed into a delivery
    deliveries: int  # deliveries claimed, due and still pending (not sent yet)


def ping(session: Session) -> None:
    """Round trip to the database; raises if it cannot be reached."""
    session.exec(select(text("1"))).one()


def outbox_depth(session: Session, *, now: datetime) -> OutboxDepth:
    """Pending outbox rows, split into due and later (index on status)."""
    due_now = col(Outbox.due_at) <= now
    row = session.exec(
        select(
            func.count().filter(due_now),
            func.count().filter(~due_now),
        ).where(col(Outbox.status) == PENDING)
    ).one()
    return OutboxDepth(due=int(row[0]), later=int(row[1]))


def prompt_backlog(session: Session, *, now: datetime) -> PromptBacklog:
    """Daily prompts that are due but not out yet, at both stages of the tick."""
    schedules = session.exec(
        select(func.count()).where(col(DailySchedule.next_due_at) <= now)
    ).one()
    deliveries = session.exec(
        select(func.count()).where(
            col(PromptDelivery.status) == PENDING, col(PromptDelivery.due_at) <= now
        )
    ).one()
    return PromptBacklog(schedules=int(schedules), deliveries=int(deliveries))

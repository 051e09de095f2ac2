"""What monitoring reads: whether the database answers, and how much is waiting."""

from __future__ import annotations

from dataclasses import dataclass

from bot.runtime import Runtime
from storage import stats
from storage.db import unit_of_work


@dataclass(frozen=True)
class Backlog:
    outbox: stats.OutboxDepth
    prompts: stats.PromptBacklog


def ping_database(rt: Runtime) -> None:
    """Raises if the database cannot be reached (or, on SQLite, locked for writing)."""
    with unit_of_work(rt.engine) as session:
        stats.ping(session)


def backlog(rt: Runtime) -> Backlog:
    now = rt.clock()
    with unit_of_work(rt.engine) as session:
        return Backlog(
            outbox=stats.outbox_depth(session, now=now),
            prompts=stats.prompt_backlog(session, now=now),
        )

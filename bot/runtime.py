"""What every handler and job needs: settings, the database engine and the clock."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime

from sqlalchemy import Engine

from bot.settings import Settings
from bot.workers import WorkerThreads

Clock = Callable[[], datetime]


def system_clock() -> datetime:
    return datetime.now(UTC)


@dataclass
class Runtime:
    settings: Settings
    engine: Engine
    clock: Clock
    bot_username: str = ""
    # Where handlers and jobs run use cases, off the event loop (bot/workers.py).
    workers: WorkerThreads = field(default_factory=WorkerThreads)

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
    # When the jobs last finished, for /healthz (None: not yet since start).
    started_at: datetime = field(init=False)
    last_daily_tick_at: datetime | None = None
    last_outbox_drain_at: datetime | None = None
    # Set by bot.metrics, so the jobs report durations without knowing Prometheus.
    on_daily_tick: Callable[[float], None] | None = None
    # The language each person reads the bot in, as last read or chosen here, with
    # when (monotonic seconds): most updates then need no database to know it
    # (bot.services.languages).
    languages: dict[int, tuple[str, float]] = field(default_factory=dict)

    def __post_init__(self) -> None:
        self.started_at = self.clock()

    def daily_tick_finished(self, seconds: float) -> None:
        self.last_daily_tick_at = self.clock()
        if self.on_daily_tick is not None:
            self.on_daily_tick(seconds)

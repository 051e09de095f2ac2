"""The playground's clock: real time plus however far it has been moved ahead.

The bot under test reads :meth:`PlaygroundClock.now` (its ``clock``), and the simulated
Telegram dates messages with :meth:`timestamp`, so both agree after a jump. It never goes
back: Reset starts a new clock.
"""

from __future__ import annotations

import time
from datetime import UTC, datetime, timedelta


class PlaygroundClock:
    def __init__(self) -> None:
        self._ahead = timedelta()

    def now(self) -> datetime:
        return datetime.now(UTC) + self._ahead

    def timestamp(self) -> float:
        return time.time() + self._ahead.total_seconds()

    @property
    def ahead(self) -> timedelta:
        return self._ahead

    def advance(self, delta: timedelta) -> datetime:
        if delta < timedelta():
            raise ValueError("the playground clock only moves forward")
        self._ahead += delta
        return self.now()

    def advance_to(self, when: datetime) -> datetime:
        """Jump to ``when`` (aware); a moment already past leaves the clock as it is."""
        return self.advance(max(when - self.now(), timedelta()))

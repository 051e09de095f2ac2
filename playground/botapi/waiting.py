"""What waiting needs: futures parked per key, and when the bot was last busy."""

from __future__ import annotations

import asyncio
import time
from collections.abc import Hashable


class Waiters:
    """``notify(key)`` wakes the ``wait(key, ...)`` calls parked on that key only."""

    def __init__(self) -> None:
        self._by_key: dict[Hashable, set[asyncio.Future[None]]] = {}

    def notify(self, key: Hashable) -> None:
        for fut in self._by_key.pop(key, ()):
            if not fut.done():
                fut.set_result(None)

    async def wait(self, key: Hashable, seconds: float) -> None:
        """Return on ``notify(key)`` or after ``seconds``, whichever comes first."""
        if seconds <= 0:
            return
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._by_key.setdefault(key, set()).add(fut)
        try:
            await asyncio.wait_for(fut, seconds)
        except TimeoutError:
            pass
        finally:
            waiting = self._by_key.get(key)
            if waiting is not None:
                waiting.discard(fut)
                if not waiting:
                    del self._by_key[key]


class Activity:
    """Calls in flight and the moment the bot last did something (for "wait until idle")."""

    def __init__(self) -> None:
        self.in_flight = 0
        self.last = time.monotonic()

    def touch(self) -> None:
        self.last = time.monotonic()

    def idle_for(self) -> float:
        return time.monotonic() - self.last

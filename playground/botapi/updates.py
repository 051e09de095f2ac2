"""The updates waiting for the bot, and getUpdates' long poll over them."""

from __future__ import annotations

import asyncio
import time
from collections import deque
from itertools import islice

from .errors import ApiError, Rejected
from .models import JSON, Stats
from .validation import as_int
from .waiting import Activity, Waiters

_TERMINATED = (
    "Conflict: terminated by other getUpdates request; make sure that only one bot instance "
    "is running"
)


class UpdateQueue:
    """Updates in order; confirmed ones (a later ``offset``) are dropped, as on Telegram."""

    def __init__(self, stats: Stats, activity: Activity) -> None:
        self._stats = stats
        self._activity = activity
        self._pending: deque[JSON] = deque()
        self._next_id = 10_001
        self._delivered_upto = 0
        self._allowed: frozenset[str] | None = None
        self._generation = 0
        self._waiters = Waiters()
        self.closing = asyncio.Event()

    def push(self, kind: str, payload: JSON) -> JSON:
        update: JSON = {"update_id": self._next_id, kind: payload}
        self._next_id += 1
        self._pending.append(update)
        self._stats.updates_queued += 1
        self._activity.touch()
        self._waiters.notify("updates")
        return update

    def drop_pending(self) -> None:
        self._pending.clear()

    @property
    def pending(self) -> list[JSON]:
        """Updates not yet confirmed by the bot (via a later getUpdates offset)."""
        return list(self._pending)

    def close(self) -> None:
        """Pending long polls answer ``[]`` at once."""
        self.closing.set()
        self._waiters.notify("updates")

    def undelivered(self) -> int:
        """Updates never handed to the bot by a getUpdates answer."""
        if not self._pending or self._pending[-1]["update_id"] <= self._delivered_upto:
            return 0
        return sum(1 for u in self._pending if u["update_id"] > self._delivered_upto)

    async def get_updates(self, params: JSON) -> list[JSON]:
        offset = as_int(params.get("offset"), 0)
        if offset > 0:
            while self._pending and self._pending[0]["update_id"] < offset:
                self._pending.popleft()
        elif offset < 0:
            while len(self._pending) > -offset:
                self._pending.popleft()
        limit = min(max(as_int(params.get("limit"), 100), 1), 100)
        wait = max(float(as_int(params.get("timeout"), 0)), 0.0)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            # Like Telegram, the filter sticks for later calls; [] means "all".
            self._allowed = frozenset(allowed) or None
        # A newer poll terminates an older one (409), as on Telegram.
        self._generation += 1
        generation = self._generation
        self._waiters.notify("updates")
        deadline = time.monotonic() + wait
        while True:
            batch = self._select(limit)
            if batch or self.closing.is_set():
                break
            if generation != self._generation:
                raise Rejected(ApiError(409, _TERMINATED))
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            await self._waiters.wait("updates", remaining)
        if batch:
            newest = int(batch[-1]["update_id"])
            if newest > self._delivered_upto:
                self._stats.updates_delivered += sum(
                    1 for u in batch if u["update_id"] > self._delivered_upto
                )
                self._delivered_upto = newest
            self._activity.touch()
        return batch

    def _select(self, limit: int) -> list[JSON]:
        if self._allowed is None:
            return list(islice(self._pending, limit))
        # Telegram silently discards updates of types the bot did not ask for.
        allowed = self._allowed
        self._pending = deque(u for u in self._pending if _update_type(u) in allowed)
        return list(islice(self._pending, limit))


def _update_type(update: JSON) -> str:
    return next(key for key in update if key != "update_id")

"""The messages the bot sends besides the daily fan-out, so the fan-out can make room.

Telegram allows a bot about 30 messages a second in all. The daily sender paces itself
to that; a person talking at the same time (replies, edited questions, messages to a
partner) would push the total over it, and the 429 that follows stops every send of
the bot, replies included, for a second or more. So every message-sending Bot API call
outside the fan-out is noted here (``bot/metrics.py`` sees them all), and the daily
pacer counts them in its window and, while anyone is talking, keeps a few places free
(``bot/daily_jobs.Pacer``). With nobody talking the fan-out has the whole budget.
"""

from __future__ import annotations

import asyncio
from collections import deque
from contextvars import ContextVar
from typing import Final

# Bot API methods that Telegram counts as messages sent.
MESSAGE_METHODS: Final = frozenset(
    {
        "sendMessage",
        "sendPhoto",
        "sendDocument",
        "sendMediaGroup",
        "editMessageText",
        "editMessageReplyMarkup",
        "editMessageCaption",
        "copyMessage",
        "forwardMessage",
    }
)

# Set inside the daily fan-out's own sends: those the pacer already counts.
IN_FANOUT: ContextVar[bool] = ContextVar("in_daily_fanout", default=False)


class OtherSends:
    """Times of the bot's recent messages that were not part of the daily fan-out."""

    def __init__(self, window: float = 1.0, quiet_after: float = 10.0) -> None:
        self._window = window
        # Someone counts as talking until this long after their last message.
        self._quiet_after = quiet_after
        self._stamps: deque[float] = deque()
        self._last = float("-inf")

    def note(self, method: str) -> None:
        """One Bot API call answered (any method; only messages outside the fan-out count)."""
        if method not in MESSAGE_METHODS or IN_FANOUT.get():
            return
        now = asyncio.get_running_loop().time()
        self._stamps.append(now)
        self._last = now

    def in_window(self, now: float) -> int:
        """How many were sent in the last ``window`` seconds."""
        while self._stamps and self._stamps[0] <= now - self._window:
            self._stamps.popleft()
        return len(self._stamps)

    def oldest_expires_at(self) -> float | None:
        return self._stamps[0] + self._window if self._stamps else None

    def talking(self, now: float) -> bool:
        return now - self._last < self._quiet_after

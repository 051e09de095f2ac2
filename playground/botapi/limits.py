"""Flood control: Telegram's sliding-window limits on what a bot may send."""

from __future__ import annotations

import math
from collections import deque
from collections.abc import Callable

from .errors import ApiError, Rejected
from .models import Limits, Stats


class FloodControl:
    """Answers 429 with an honest ``retry_after`` once a window is full, else counts the send."""

    def __init__(self, limits: Limits, clock: Callable[[], float], stats: Stats) -> None:
        self.limits = limits
        self._clock = clock
        self._stats = stats
        self._private: dict[int, deque[float]] = {}
        self._groups: dict[int, deque[float]] = {}
        self._global: deque[float] = deque()

    def admit(self, chat_id: int, private: bool) -> None:
        now, lim = self._clock(), self.limits
        if private:
            window = self._private.setdefault(chat_id, deque())
            chat_wait = _window_wait(window, now, lim.private_max, lim.private_window)
        else:
            window = self._groups.setdefault(chat_id, deque())
            chat_wait = _window_wait(window, now, lim.group_max, lim.group_window)
        global_wait = _window_wait(self._global, now, lim.global_max, lim.global_window)
        if chat_wait > 0 or global_wait > 0:
            kind = "global" if global_wait >= chat_wait else ("private" if private else "group")
            self._stats.limit_hits[kind] += 1
            seconds = max(1, math.ceil(max(chat_wait, global_wait)))
            raise Rejected(
                ApiError(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds})
            )
        window.append(now)
        self._global.append(now)


def _window_wait(stamps: deque[float], now: float, cap: int, span: float) -> float:
    """Seconds until ``stamps`` (a sliding window of ``span``) has room for one more."""
    cutoff = now - span
    while stamps and stamps[0] <= cutoff:
        stamps.popleft()
    if len(stamps) < cap:
        return 0.0
    return stamps[-cap] + span - now

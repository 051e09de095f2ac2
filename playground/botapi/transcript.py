"""What the bot did, recorded for tests: every call, and per chat every send and edit.

``wait_for_message(chat, contains)`` reads a chat's transcript like ``pexpect``: it scans from
the chat's cursor for the first event matching ``contains`` (substring of text/caption) and
``predicate``, moves the cursor just past it and returns the message as it was at that event.
Events that already happened but were not consumed still count, so "act, then wait" is never
racy; non-matching events before the match are skipped for good. ``new_only=True`` ignores
everything already in the transcript when the call starts. ``wait_for_call`` has the same
cursor semantics per method. ``wait_until_idle`` returns once every queued update was handed to
the bot by getUpdates, no other call is in flight and none finished (and no update was queued
or fetched) for ``quiet`` seconds.
"""

from __future__ import annotations

import asyncio
import time
from collections.abc import Callable
from dataclasses import dataclass

from .models import JSON, Call, Stats
from .updates import UpdateQueue
from .waiting import Activity, Waiters
from .world import ChatEvent, labels, text_of


@dataclass(slots=True, frozen=True)
class _Event:
    kind: str  # "sent" | "edited"
    message: JSON


class Transcript:
    def __init__(self, stats: Stats, activity: Activity, updates: UpdateQueue) -> None:
        self._stats = stats
        self._activity = activity
        self._updates = updates
        self._waiters = Waiters()
        self.calls: list[Call] = []
        self.calls_by_method: dict[str, list[Call]] = {}
        self._call_cursor: dict[str, int] = {}
        self._failures_by_chat: dict[int, list[Call]] = {}
        self._events: dict[int, list[_Event]] = {}
        self._event_cursor: dict[int, int] = {}

    # ------------------------------------------------------------------ recording

    def on_chat_event(self, event: ChatEvent) -> None:
        if event.kind in {"sent", "edited"}:
            self._events.setdefault(event.chat_id, []).append(_Event(event.kind, event.message))
            self._waiters.notify(("chat", event.chat_id))

    def record(self, call: Call) -> None:
        self.calls.append(call)
        self.calls_by_method.setdefault(call.method, []).append(call)
        self._stats.calls[call.method] += 1
        status = call.error.status if call.error else 200
        self._stats.status[status] += 1
        if status == 429:
            self._stats.too_many_requests += 1
        if call.error is not None and call.chat_id is not None:
            self._failures_by_chat.setdefault(call.chat_id, []).append(call)
        self._waiters.notify(("call", call.method))

    # ------------------------------------------------------------------ waiting

    async def wait_for_message(
        self,
        cid: int,
        contains: str | None,
        timeout: float,  # noqa: ASYNC109 - plain seconds keep tests short
        predicate: Callable[[JSON], bool] | None,
        new_only: bool,
    ) -> JSON:
        events = self._events.setdefault(cid, [])
        pos = len(events) if new_only else self._event_cursor.get(cid, 0)
        deadline = time.monotonic() + timeout
        while True:
            while pos < len(events):
                message = events[pos].message
                pos += 1
                if (contains is None or contains in text_of(message)) and (
                    predicate is None or predicate(message)
                ):
                    self._event_cursor[cid] = pos
                    return message
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(self._describe_chat(cid, contains, timeout, new_only))
            await self._waiters.wait(("chat", cid), remaining)

    async def wait_for_call(
        self,
        name: str,
        predicate: Callable[[Call], bool] | None,
        timeout: float,  # noqa: ASYNC109 - plain seconds keep tests short
    ) -> Call:
        calls = self.calls_by_method.setdefault(name, [])
        pos = self._call_cursor.get(name, 0)
        deadline = time.monotonic() + timeout
        while True:
            while pos < len(calls):
                call = calls[pos]
                pos += 1
                if predicate is None or predicate(call):
                    self._call_cursor[name] = pos
                    return call
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                shown = "\n".join(
                    f"  {c.params} -> {c.error.description if c.error else 'ok'}"
                    for c in calls[-20:]
                )
                raise AssertionError(
                    f"No matching {name} call within {timeout}s. {len(calls)} {name} calls "
                    f"recorded (last 20):\n{shown or '  (none)'}\n"
                    f"All calls by method: {dict(self._stats.calls)}"
                )
            await self._waiters.wait(("call", name), remaining)

    async def wait_for_next_call(self, name: str, timeout: float) -> None:  # noqa: ASYNC109
        """Return when the next ``name`` call finishes, or after ``timeout``."""
        await self._waiters.wait(("call", name), timeout)

    async def wait_until_idle(self, quiet: float, timeout: float) -> None:  # noqa: ASYNC109
        deadline = time.monotonic() + timeout
        while True:
            now = time.monotonic()
            undelivered = self._updates.undelivered()
            idle_for = self._activity.idle_for()
            if not undelivered and self._activity.in_flight == 0 and idle_for >= quiet:
                return
            if now >= deadline:
                raise AssertionError(
                    f"Bot not idle after {timeout}s: {undelivered} queued updates not fetched, "
                    f"{self._activity.in_flight} calls in flight, last activity "
                    f"{idle_for:.2f}s ago"
                )
            await asyncio.sleep(min(max(quiet - idle_for, 0.01), 0.05, deadline - now))

    def _describe_chat(self, cid: int, contains: str | None, timeout: float, new: bool) -> str:
        what = f"containing {contains!r}" if contains is not None else "(any)"
        lines = [f"No {'new ' if new else ''}bot message {what} in chat {cid} within {timeout}s."]
        events = self._events.get(cid, [])
        cursor = self._event_cursor.get(cid, 0)
        if events:
            lines.append(f"Bot sends/edits to this chat ({len(events)}; * = already consumed):")
            for index in range(max(0, len(events) - 40), len(events)):
                ev = events[index]
                mark = "*" if index < cursor else " "
                buttons = labels(ev.message)
                extra = f" buttons={buttons}" if buttons else ""
                lines.append(
                    f" {mark} {ev.kind:6} #{ev.message['message_id']}: "
                    f"{text_of(ev.message)!r}{extra}"
                )
        else:
            lines.append("The bot sent nothing to this chat.")
        for call in self._failures_by_chat.get(cid, [])[-10:]:
            assert call.error is not None
            lines.append(f"Failed {call.method}: {call.error.description}")
        if undelivered := self._updates.undelivered():
            lines.append(f"{undelivered} queued updates were never fetched by the bot.")
        if self._stats.privacy_dropped:
            lines.append(f"{self._stats.privacy_dropped} group messages dropped by privacy mode.")
        return "\n".join(lines)

"""One send budget for every instance (PostgreSQL), replies to people first.

Telegram's limit of about 30 messages a second is per bot, not per process. With
PostgreSQL, :class:`SharedBudgetRateLimiter` (PTB's ``AIORateLimiter`` with its
per-process overall limiter replaced) takes a place in the shared budget
(``storage/send_budget.py``) for every request that names a chat, and gives it back
when the answer is in. Its per-group limiter (20 a minute) stays per process.

Priority: senders of bulk traffic (the daily fan-out, queued partner messages) wrap
their work in :func:`bulk_sends`; everything else, above all the replies to someone
who is talking to the bot, is interactive and goes first: within this process (a
waiting bulk send lets a reply ask first) and across instances (the budget row's
``interactive_wanted_until``).

Within one instance at most ``ASKING_AT_ONCE`` requests ask the database at a time; the
others wait here, so the database sees a few small transactions per message, not one
per waiting sender per poll. With SQLite (one process) none of this runs: the bot keeps
PTB's ``AIORateLimiter`` as before.
"""

from __future__ import annotations

import asyncio
import contextlib
import functools
import logging
import secrets
import time
from collections.abc import Callable, Coroutine, Iterator
from concurrent.futures import ThreadPoolExecutor
from contextvars import ContextVar
from typing import Any, Final, TypeVar

from aiolimiter import AsyncLimiter
from sqlalchemy import Engine, event
from telegram import Bot
from telegram.ext import AIORateLimiter, ExtBot

from storage import send_budget as budget_rows
from storage.db import create_db_engine, unit_of_work

log = logging.getLogger(__name__)

T = TypeVar("T")

# With the shared budget the daily sender's own pacer steps aside (it would count the
# database work around each send as sending time): the budget paces, and this many
# questions may wait for a place at once per instance. Also how many may be left
# "sending" (so, at most once: "unknown") when an instance is killed.
SHARED_DAILY_CONCURRENCY: Final = 16
UNPACED: Final = 1_000

# Requests of this instance asking the database at once. More than one: while one
# holds the budget row, the next is already on its way (the lock is handed straight
# over), so the rate is not capped by one ask's round trips; few, so that waiting
# senders do not poll the database.
ASKING_AT_ONCE: Final = 3

# The budget is bookkeeping: a database that is locked (a long migration) or gone must
# not stop every reply. After this wait for a lock, or on any database error, a send
# goes ahead paced by this process alone (30 a second, PTB's own limit).
BUDGET_LOCK_TIMEOUT_MS: Final = 500
ALONE_PER_SECOND: Final = 30
# At most one warning in this many seconds about going without the budget.
WARN_EVERY_SECONDS: Final = 60.0

# Never sleep longer than this between asks: a reply arriving meanwhile is not kept waiting.
MAX_PAUSE_SECONDS: Final = 0.05

_bulk: ContextVar[bool] = ContextVar("couplebot_bulk_send", default=False)


@contextlib.contextmanager
def bulk_sends() -> Iterator[None]:
    """What is sent inside (and in tasks started inside) yields to replies to people."""
    token = _bulk.set(True)
    try:
        yield
    finally:
        _bulk.reset(token)


def sending_bulk() -> bool:
    return _bulk.get()


class SharedSendBudget:
    """This instance's door to the shared budget: interactive first, one ask at a time."""

    def __init__(
        self,
        database_url: str,
        *,
        limit: int = budget_rows.DEFAULT_LIMIT,
        chat_limit: int = budget_rows.DEFAULT_CHAT_LIMIT,
    ) -> None:
        self.database_url = database_url
        self.limit = limit
        self.chat_limit = chat_limit
        self.owner = secrets.token_hex(8)
        self._engine: Engine | None = None
        self._executor: ThreadPoolExecutor | None = None
        self._asking = asyncio.Semaphore(ASKING_AT_ONCE)
        self._releasing: set[asyncio.Task[None]] = set()
        self._replies_waiting = 0

    async def start(self) -> None:
        if self._engine is None:
            self._engine = create_db_engine(self.database_url, pool_size=ASKING_AT_ONCE + 1)
            event.listen(self._engine, "connect", _wait_briefly_for_locks)
            self._executor = ThreadPoolExecutor(
                max_workers=ASKING_AT_ONCE + 1, thread_name_prefix="budget"
            )

    async def stop(self) -> None:
        if self._releasing:
            await asyncio.gather(*self._releasing)
        if self._executor is not None:
            self._executor.shutdown(wait=True)
            self._executor = None
        if self._engine is not None:
            self._engine.dispose()
            self._engine = None

    async def _run(self, fn: Callable[..., T], *args: Any, **kwargs: Any) -> T:
        engine = self._engine
        assert engine is not None and self._executor is not None, "start() first"

        def in_unit() -> T:
            with unit_of_work(engine) as session:
                return fn(session, *args, **kwargs)

        loop = asyncio.get_running_loop()
        return await loop.run_in_executor(self._executor, functools.partial(in_unit))

    async def acquire(self, *, interactive: bool, chat_id: int | None = None) -> int:
        """Wait for a place; returns its id for :meth:`release`."""
        if interactive:
            self._replies_waiting += 1
        try:
            while True:
                async with self._asking:
                    if not interactive and self._replies_waiting:
                        place = None  # let the reply queued behind us ask first
                    else:
                        place = await self._run(
                            budget_rows.take_place,
                            self.owner,
                            interactive=interactive,
                            chat_id=chat_id if self.chat_limit else None,
                            limit=self.limit,
                            chat_limit=self.chat_limit,
                        )
                        if place.slot_id is not None:
                            return place.slot_id
                        if not place.chat_full:
                            # Paused holding the door: nobody here asks before it may help.
                            await asyncio.sleep(min(place.retry_in, MAX_PAUSE_SECONDS))
                            continue
                if place is None:
                    await asyncio.sleep(0.005)
                    continue
                # Only this chat is full: wait outside the door, and hold nobody back.
                if interactive:
                    self._replies_waiting -= 1
                try:
                    await asyncio.sleep(min(place.retry_in, MAX_PAUSE_SECONDS))
                finally:
                    if interactive:
                        self._replies_waiting += 1
        finally:
            if interactive:
                self._replies_waiting -= 1

    def release_soon(self, slot_id: int, *, answered_at: float) -> None:
        """:meth:`release` in the background: the sender does not wait for the database."""
        task = asyncio.get_running_loop().create_task(
            self.release(slot_id, answered_at=answered_at)
        )
        self._releasing.add(task)
        task.add_done_callback(self._releasing.discard)

    async def release(self, slot_id: int, *, answered_at: float) -> None:
        """``answered_at``: ``time.monotonic()`` when the answer came back."""
        try:
            # The place counts from the answer, not from when this gets to the database.
            ago = time.monotonic() - answered_at
            await self._run(budget_rows.give_back, slot_id, answered_ago=ago)
        except Exception:
            # The place frees itself after IN_FLIGHT_STALE_SECONDS; the send is not at fault.
            log.warning("could not give back a send place; it expires by itself", exc_info=True)


def _wait_briefly_for_locks(dbapi_connection: Any, _record: Any) -> None:
    with dbapi_connection.cursor() as cursor:
        cursor.execute(f"SET lock_timeout = {BUDGET_LOCK_TIMEOUT_MS}")
    dbapi_connection.commit()


class SharedBudgetRateLimiter(AIORateLimiter):
    """PTB's rate limiter, with the per-process 30/s replaced by the shared budget."""

    def __init__(self, budget: SharedSendBudget, *, max_retries: int = 3) -> None:
        super().__init__(overall_max_rate=0, max_retries=max_retries)
        self.budget = budget
        self._alone = AsyncLimiter(ALONE_PER_SECOND, 1)
        self._warned_at = -WARN_EVERY_SECONDS

    async def initialize(self) -> None:
        await super().initialize()
        await self.budget.start()

    async def shutdown(self) -> None:
        await self.budget.stop()
        await super().shutdown()

    def _warn_alone(self) -> None:
        now = time.monotonic()
        if now - self._warned_at >= WARN_EVERY_SECONDS:
            self._warned_at = now
            log.warning("send budget unavailable; pacing this instance alone", exc_info=True)

    async def process_request(
        self,
        callback: Callable[..., Coroutine[Any, Any, Any]],
        args: Any,
        kwargs: dict[str, Any],
        endpoint: str,
        data: dict[str, Any],
        rate_limit_args: int | None,
    ) -> Any:
        if data.get("chat_id") is None:
            # Not a message to a chat (answerCallbackQuery, getMe...): Telegram does not count it.
            return await super().process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )
        try:
            slot = await self.budget.acquire(
                interactive=not sending_bulk(), chat_id=_private_chat(data["chat_id"])
            )
        except Exception:
            self._warn_alone()
            async with self._alone:
                return await super().process_request(
                    callback, args, kwargs, endpoint, data, rate_limit_args
                )
        try:
            return await super().process_request(
                callback, args, kwargs, endpoint, data, rate_limit_args
            )
        finally:
            # Counted as sent even after an error: the request may have reached Telegram.
            self.budget.release_soon(slot, answered_at=time.monotonic())


def _private_chat(chat_id: object) -> int | None:
    # Private chats have positive ids; groups negative, channels "@name".
    try:
        number = int(chat_id)  # type: ignore[call-overload]
    except (TypeError, ValueError):
        return None
    return number if number > 0 else None


def daily_pacing(bot: Bot, rate: int, concurrency: int) -> tuple[int, int]:
    """The daily sender's (rate, concurrency): its own, unless the budget is shared."""
    if isinstance(bot, ExtBot) and isinstance(bot.rate_limiter, SharedBudgetRateLimiter):
        return UNPACED, SHARED_DAILY_CONCURRENCY
    return rate, concurrency

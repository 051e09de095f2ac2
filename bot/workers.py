"""Where the database work of handlers and jobs runs: a small pool of threads, or the
event loop itself for a person's short use cases on SQLite.

A unit of work can wait seconds for SQLite's write lock (another process is
writing, a long export). Done on the event loop, that wait freezes every chat,
the outbox and the daily sender; done in a thread, it holds one thread while the loop
goes on serving everyone else. The pool is small on purpose: SQLite takes one
writer at a time, so more threads would only queue at the lock instead of here.

But handing each short unit to a thread and back cost the bot about a third of its CPU
per update (docs/benchmarks.md): two thread wake-ups and the interpreter lock passed
back and forth, for a few hundred microseconds of work. So on a SQLite file, a
person's use case (``run_short``) runs on the loop whenever it cannot wait there: no
call of this process is in a worker thread (those are the bot's only other writers),
and its first unit of work takes the write lock at once or gives way, nothing done,
to a worker thread (``storage.db.run_without_waiting``). Jobs and anything long keep
to ``run``; on PostgreSQL, whose statements are network round trips, so does everything.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
import threading
from collections.abc import Callable
from concurrent.futures import Future, ThreadPoolExecutor
from typing import Any, ParamSpec, TypeVar

from storage.db import WouldWait, run_without_waiting

P = ParamSpec("P")
T = TypeVar("T")

DEFAULT_THREADS = 4


class WorkerThreads:
    """Runs blocking calls (use cases, each one or more units of work) off the loop, or
    short ones on it where that cannot make it wait (``short_on_loop``)."""

    def __init__(self, threads: int = DEFAULT_THREADS, *, short_on_loop: bool = False) -> None:
        self.threads = threads
        self.short_on_loop = short_on_loop
        self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="db")
        self._checks = ThreadPoolExecutor(max_workers=2, thread_name_prefix="checks")
        # Calls handed to the pool and not finished; ended in the worker's thread.
        self._in_threads = 0
        self._count_lock = threading.Lock()
        # Short calls since start: run on the loop, gave way to a thread (another writer
        # held the lock), or sent to a thread because one was busy.
        self.on_loop = 0
        self.gave_way = 0
        self.behind_thread = 0

    async def run(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """``fn(*args, **kwargs)`` in a worker thread; the caller's task waits, the loop not.

        If the waiting task is cancelled, the call still runs to its end (a unit of
        work commits or rolls back whole); only its result is dropped.
        """
        return await self._counted(self._executor, fn, *args, **kwargs)

    async def run_beside(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """``fn(*args, **kwargs)`` in a thread of its own small pool, not the jobs' one:
        for checks that must answer while jobs fill the pool (``/healthz``, ``/metrics``).
        Counted like the pool's calls: they open units of work too."""
        return await self._counted(self._checks, fn, *args, **kwargs)

    async def _counted(
        self, executor: ThreadPoolExecutor, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs
    ) -> T:
        call = functools.partial(contextvars.copy_context().run, fn, *args, **kwargs)
        with self._count_lock:
            self._in_threads += 1
        try:
            future = executor.submit(call)
        except BaseException:
            self._finished(None)
            raise
        # Counted down when the call ends in its thread, not when a cancelled caller stops
        # waiting: until then it may hold the write lock.
        future.add_done_callback(self._finished)
        return await asyncio.wrap_future(future)

    async def run_short(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """A person's short use case: on the loop when it cannot wait there (see the
        module's docstring), else in a worker thread like ``run``.

        ``fn`` must be short (a few units of work on one person's rows) and must not act
        outside the database before its first unit of work: if that unit gives way,
        the whole call runs again in a thread.
        """
        if not self.short_on_loop:
            return await self.run(fn, *args, **kwargs)
        if self._in_threads:
            self.behind_thread += 1
            return await self.run(fn, *args, **kwargs)
        try:
            # A context of its own, as in a thread: what fn sets stays in the call.
            result = contextvars.copy_context().run(run_without_waiting, fn, *args, **kwargs)
        except WouldWait:
            self.gave_way += 1
            return await self.run(fn, *args, **kwargs)
        self.on_loop += 1
        return result

    def _finished(self, _future: Future[Any] | None) -> None:
        with self._count_lock:
            self._in_threads -= 1

    def shutdown(self) -> None:
        """Wait for calls in progress; later ones are refused."""
        self._executor.shutdown(wait=True, cancel_futures=True)
        self._checks.shutdown(wait=True, cancel_futures=True)

"""A small pool of threads for the database work of handlers and jobs.

A unit of work can wait seconds for SQLite's write lock (another process is
writing, a long export). Done on the event loop, that wait freezes every chat,
the outbox and the daily sender; done here, it holds one thread while the loop
goes on serving everyone else. The pool is small on purpose: SQLite takes one
writer at a time, so more threads would only queue at the lock instead of here.
"""

from __future__ import annotations

import asyncio
import contextvars
import functools
from collections.abc import Callable
from concurrent.futures import ThreadPoolExecutor
from typing import ParamSpec, TypeVar

P = ParamSpec("P")
T = TypeVar("T")

DEFAULT_THREADS = 4


class WorkerThreads:
    """Runs blocking calls (use cases, each one or more units of work) off the loop."""

    def __init__(self, threads: int = DEFAULT_THREADS) -> None:
        self.threads = threads
        self._executor = ThreadPoolExecutor(max_workers=threads, thread_name_prefix="db")

    async def run(self, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs) -> T:
        """``fn(*args, **kwargs)`` in a worker thread; the caller's task waits, the loop not.

        If the waiting task is cancelled, the call still runs to its end (a unit of
        work commits or rolls back whole); only its result is dropped.
        """
        loop = asyncio.get_running_loop()
        call = functools.partial(contextvars.copy_context().run, fn, *args, **kwargs)
        return await loop.run_in_executor(self._executor, call)

    def shutdown(self) -> None:
        """Wait for calls in progress; later ones are refused."""
        self._executor.shutdown(wait=True, cancel_futures=True)

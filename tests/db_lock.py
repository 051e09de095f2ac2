"""A second SQLite connection that holds the write lock, as another process would."""

from __future__ import annotations

import sqlite3
import threading
import time


class LockHolder:
    """Holds ``BEGIN IMMEDIATE`` on the database file for ``seconds``, in a thread.

    A thread, not a task: the lock is released on time even if the event loop froze.
    Use as ``with LockHolder(url, 2.0) as holder:``; leaving waits for the release.
    """

    def __init__(self, database_url: str, seconds: float) -> None:
        self._path = database_url.removeprefix("sqlite:///")
        self._seconds = seconds
        self._taken = threading.Event()
        self._released = threading.Event()
        self._thread = threading.Thread(target=self._hold, name="lock-holder")
        self.released_at = 0.0

    @property
    def holding(self) -> bool:
        return self._taken.is_set() and not self._released.is_set()

    def _hold(self) -> None:
        connection = sqlite3.connect(self._path, isolation_level=None)
        try:
            connection.execute("BEGIN IMMEDIATE")
            self._taken.set()
            time.sleep(self._seconds)
            connection.execute("COMMIT")
        finally:
            self.released_at = time.monotonic()
            self._released.set()
            connection.close()

    def __enter__(self) -> LockHolder:
        self._thread.start()
        assert self._taken.wait(5), "could not take the lock"
        return self

    def __exit__(self, *_exc: object) -> None:
        self._thread.join()

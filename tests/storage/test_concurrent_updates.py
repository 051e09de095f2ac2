"""A row changed by one unit of work while another, already deciding on it, waits for it.

On PostgreSQL (READ COMMITTED) a statement that meets a row another transaction is
changing waits for it, then goes on with the row's new version, re-checking only its
own conditions on that row: a condition it decided elsewhere (in a subquery) is not
looked at again. So each test here holds a change open in one engine (one process),
starts the other statement in another engine meanwhile, then commits. SQLite runs one
unit of work at a time: there the second simply starts after the first committed.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import TypeVar

import pytest
from sqlalchemy import Engine
from sqlmodel import Session, select

from storage import groups, retention
from storage.conversations import load_conversation, save_conversation
from storage.db import create_db_engine, unit_of_work
from storage.models import GroupChat
from storage.users import upsert_user
from tests.lock_waits import someone_waits_for_a_lock

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
LONG_AGO = NOW - timedelta(days=90)
CUTOFF = NOW - timedelta(days=30)
# How long anything here may take (a lock wait would be LOCK_WAIT_SECONDS, 15 s).
NO_WAIT = 5.0

T = TypeVar("T")


@pytest.fixture
def engines(database_url: str) -> Iterator[list[Engine]]:
    """Two engines on the same database: two processes."""
    made = [create_db_engine(database_url) for _ in range(2)]
    yield made
    for engine in made:
        engine.dispose()


def _waits_for_a_lock(engine: Engine, backend: str, until: float) -> None:
    """Until some unit of work waits for a lock (PostgreSQL), or a moment (SQLite, where
    the other one waits to begin and cannot be seen)."""
    if backend == "sqlite":
        time.sleep(0.3)
        return
    while time.monotonic() < until:
        if someone_waits_for_a_lock(engine):
            return
        time.sleep(0.02)
    pytest.fail("the other unit of work never waited for the row")


def _while_changing(
    engines: list[Engine],
    backend: str,
    change: Callable[[Session], None],
    meanwhile: Callable[[Session], T],
) -> T:
    """``change`` in one engine, kept open while ``meanwhile`` starts in the other and
    waits for it; then committed, and ``meanwhile``'s result returned."""
    with ThreadPoolExecutor(max_workers=1) as pool:

        def other() -> T:
            with unit_of_work(engines[1]) as session:
                return meanwhile(session)

        with unit_of_work(engines[0]) as held:
            change(held)
            theirs: Future[T] = pool.submit(other)
            _waits_for_a_lock(engines[0], backend, time.monotonic() + NO_WAIT)
        return theirs.result(timeout=NO_WAIT)


def test_a_conversation_taken_up_again_while_the_purge_runs_is_kept(
    engines: list[Engine], backend: str
) -> None:
    """Someone comes back to a conversation left for longer than the retention period at
    the moment the purge deletes it: their step (now) keeps it. (The purge chose the row
    as idle, waited for the step, then deleted it all the same: the person lost the
    conversation they had just answered.)"""
    with unit_of_work(engines[0]) as session:
        upsert_user(
            session, user_id=1, first_name="Ana", username=None, default_timezone="UTC", now=NOW
        )
        save_conversation(session, 1, {"step": 1}, expected_version=None, now=LONG_AGO)

    def step(session: Session) -> None:
        save_conversation(session, 1, {"step": 2}, expected_version=1, now=NOW)

    def purge(session: Session) -> int:
        return retention.conversations_idle_since(session, before=CUTOFF, limit=10)

    assert _while_changing(engines, backend, step, purge) == 0
    with unit_of_work(engines[0]) as session:
        kept = load_conversation(session, 1)
    assert kept is not None and kept.state == {"step": 2}


def test_a_group_the_bot_is_added_back_to_while_the_purge_runs_is_kept(
    engines: list[Engine], backend: str
) -> None:
    """A group the bot left long ago is forgotten by the purge; added back at that moment,
    the group stays (the purge once deleted the row it had just been added back to)."""
    with unit_of_work(engines[0]) as session:
        groups.upsert_group(session, chat_id=-5, title="Us", now=LONG_AGO)
        groups.mark_bot_removed(session, -5, LONG_AGO)

    def added_back(session: Session) -> None:
        groups.upsert_group(session, chat_id=-5, title="Us again", now=NOW)
        session.flush()  # written (and the row locked) now, committed a moment later

    def purge(session: Session) -> int:
        return retention.groups_left_before(session, before=CUTOFF, limit=10)

    assert _while_changing(engines, backend, added_back, purge) == 0
    with unit_of_work(engines[0]) as session:
        rows = [(g.chat_id, g.title, g.bot_present) for g in session.exec(select(GroupChat))]
    assert rows == [(-5, "Us again", True)]

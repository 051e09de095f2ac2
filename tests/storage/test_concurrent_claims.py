"""Several processes claiming from the same queues at once (each here: its own engine).

On both databases every row is claimed exactly once, however many claimers race.
On PostgreSQL claimers also run side by side: what one has taken (locked, not yet
committed) the others pass over (``FOR UPDATE SKIP LOCKED``) instead of waiting
for it or taking it too. SQLite runs one unit of work at a time, so the
"while the first is still open" tests are PostgreSQL's.
"""

from __future__ import annotations

import threading
import time
from collections import Counter
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from datetime import UTC, datetime, timedelta
from typing import Any

import pytest
from sqlalchemy import Engine, event
from sqlmodel import Session, col, select

from storage import couples, groups, invites, outbox, sending
from storage import daily as store
from storage.conversations import save_conversation
from storage.db import create_db_engine, unit_of_work
from storage.models import DailySchedule, GroupChat, Outbox, PromptDelivery, User
from storage.users import upsert_user

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)
# How long a claimer may take while another holds its claim open (it should not wait
# at all; the lock wait it would otherwise sit in is LOCK_WAIT_SECONDS, 15 s).
NO_WAIT = 5.0


@pytest.fixture
def engines(database_url: str) -> Iterator[list[Engine]]:
    """Four engines on the same database: four processes."""
    made = [create_db_engine(database_url) for _ in range(4)]
    yield made
    for engine in made:
        engine.dispose()


def _people(engine: Engine, ids: range) -> None:
    with unit_of_work(engine) as session:
        for user_id in ids:
            user, _ = upsert_user(
                session,
                user_id=user_id,
                first_name=f"U{user_id}",
                username=None,
                default_timezone="UTC",
                now=NOW,
            )
            user.onboarded = True
            user.prompt_time = "18:00"
            session.add(user)


def _queue_messages(engine: Engine, count: int) -> None:
    with unit_of_work(engine) as session:
        for index in range(count):
            outbox.enqueue(
                session,
                chat_id=1000 + index,
                kind="x",
                text=f"m{index}",
                due_at=NOW - timedelta(seconds=count - index),
                now=NOW,
            )


def _due_schedules(engine: Engine, count: int) -> None:
    """``count`` people whose prompt, weekly summary and nudge are all due now."""
    _people(engine, range(1, count + 1))
    with unit_of_work(engine) as session:
        for user_id in range(1, count + 1):
            schedule = store.new_schedule(
                session, user_id=user_id, zone="UTC", local_time="18:00", now=NOW
            )
            schedule.next_due_at = NOW - timedelta(minutes=user_id)
            schedule.weekly_due_at = NOW - timedelta(minutes=user_id)
            session.add(schedule)
        store.create_days(
            session,
            [
                {
                    "couple_id": None,
                    "user_id": user_id,
                    "local_date": NOW.date(),
                    "prompt_key": "read-01",
                    "created_at": NOW,
                }
                for user_id in range(1, count + 1)
            ],
        )
        owners: list[store.Owner] = [("u", user_id) for user_id in range(1, count + 1)]
        days = store.days_for(session, owners, [NOW.date()])
        store.claim_many(
            session,
            [
                {
                    "token": f"t{user_id}",
                    "user_id": user_id,
                    "group_id": None,
                    "couple_id": None,
                    "day_id": days[(("u", user_id), NOW.date())].id,
                    "local_date": NOW.date(),
                    "prompt_key": "read-01",
                    "scheduled_at": NOW,
                    "due_at": NOW,
                    "status": store.PENDING,
                    "attempts": 0,
                    "created_at": NOW,
                }
                for user_id in range(1, count + 1)
            ],
        )
        session.flush()
        for delivery in session.exec(select(PromptDelivery)):
            delivery.nudge_due_at = NOW - timedelta(minutes=delivery.user_id or 0)
            session.add(delivery)


# --- every row once, however many race (both databases) ---------------------------------


# Both send queues, filled with ``count`` due rows.
SEND_QUEUES: dict[
    str, tuple[type[Outbox] | type[PromptDelivery], Callable[[Engine, int], None]]
] = {
    "outbox": (Outbox, _queue_messages),
    "daily": (PromptDelivery, _due_schedules),
}


@pytest.mark.parametrize("queue", SEND_QUEUES, ids=str)
def test_racing_senders_take_every_row_exactly_once(engines: list[Engine], queue: str) -> None:
    model, fill = SEND_QUEUES[queue]
    fill(engines[0], 60)

    def drain(engine: Engine) -> list[int]:
        taken: list[int] = []
        while True:
            with unit_of_work(engine) as session:
                rows = sending.claim_due(session, model, now=NOW, limit=1)
                if not rows:
                    return taken
                taken += [row.id or 0 for row in rows]

    with ThreadPoolExecutor(max_workers=len(engines)) as pool:
        results = list(pool.map(drain, engines))
    taken = Counter(row_id for result in results for row_id in result)
    assert len(taken) == 60 and set(taken.values()) == {1}
    with unit_of_work(engines[0]) as session:
        rows = session.exec(select(model)).all()
    assert {(row.status, row.attempts) for row in rows} == {(sending.SENDING, 1)}


# --- claimers side by side (PostgreSQL) ---------------------------------------------------

SIDE_BY_SIDE = "SQLite runs one unit of work at a time: a second claimer waits for the first"


def _while_held(
    first: Engine,
    second: Engine,
    take: Callable[[Session], list[Any]],
) -> tuple[list[Any], list[Any]]:
    """The first claimer takes and keeps its transaction open while the second one
    claims in another thread; returns what each got (as ids)."""
    with ThreadPoolExecutor(max_workers=1) as pool, unit_of_work(first) as held:
        mine = take(held)

        def other() -> list[Any]:
            with unit_of_work(second) as session:
                return take(session)

        theirs = pool.submit(other).result(timeout=NO_WAIT)
    return mine, theirs


@pytest.mark.postgres_only(SIDE_BY_SIDE)
@pytest.mark.parametrize("queue", SEND_QUEUES, ids=str)
def test_a_second_sender_passes_over_rows_being_claimed(engines: list[Engine], queue: str) -> None:
    model, fill = SEND_QUEUES[queue]
    fill(engines[0], 10)
    with unit_of_work(engines[0]) as session:
        oldest = list(session.exec(select(model.id).order_by(col(model.due_at), col(model.id))))
    mine, theirs = _while_held(
        engines[0],
        engines[1],
        lambda s: [row.id for row in sending.claim_due(s, model, now=NOW, limit=4)],
    )
    # The oldest four are the first claimer's; the second took the next four, at once.
    assert mine == oldest[:4]
    assert theirs == oldest[4:8]


QUEUES: dict[str, Callable[[Session], list[Any]]] = {
    "prompts": lambda s: [x.user_id for x in store.due_schedules(s, now=NOW, limit=3)],
    "weekly": lambda s: [x.user_id for x in store.weekly_due(s, now=NOW, limit=3)],
    "nudges": lambda s: [x.user_id for x in store.nudges_due(s, now=NOW, limit=3)],
}


@pytest.mark.postgres_only(SIDE_BY_SIDE)
@pytest.mark.parametrize("queue", QUEUES, ids=str)
def test_a_second_planner_passes_over_what_the_first_is_planning(
    engines: list[Engine], queue: str
) -> None:
    """Each due schedule (or nudge) is planned by one process: a weekly summary or a
    nudge queued twice would reach the person twice."""
    _due_schedules(engines[0], 8)
    mine, theirs = _while_held(engines[0], engines[1], QUEUES[queue])
    # Oldest first: users 8, 7, 6 for the first planner, the next three for the second.
    assert mine == [8, 7, 6]
    assert theirs == [5, 4, 3]


@pytest.mark.postgres_only(SIDE_BY_SIDE)
def test_two_processes_fixing_stale_schedules_share_the_work(engines: list[Engine]) -> None:
    _people(engines[0], range(1, 7))  # onboarded with a time, no schedule yet
    mine, theirs = _while_held(
        engines[0], engines[1], lambda s: store.stale_schedule_users(s, limit=3)
    )
    assert len(mine) == len(theirs) == 3 and not set(mine) & set(theirs)


@pytest.mark.postgres_only(SIDE_BY_SIDE)
def test_two_people_accepting_one_invite_at_once_pair_once(engines: list[Engine]) -> None:
    _people(engines[0], range(1, 4))
    with unit_of_work(engines[0]) as session:
        _, code = invites.create_invite(
            session, inviter_id=1, now=NOW, lifetime=timedelta(hours=72)
        )

    def accept(session: Session, user_id: int) -> str:
        invite = invites.find_invite(session, code)
        assert invite is not None
        if invite.used_at is not None:
            return "used"
        inviter, user = session.get(User, 1), session.get(User, user_id)
        assert inviter is not None and user is not None
        invites.mark_used(session, invite, user_id=user_id, now=NOW)
        couples.create_couple(session, inviter, user, NOW)
        return "paired"

    with ThreadPoolExecutor(max_workers=1) as pool:
        with unit_of_work(engines[0]) as held:
            assert accept(held, 2) == "paired"

            def other() -> str:
                with unit_of_work(engines[1]) as session:
                    return accept(session, 3)

            theirs = pool.submit(other)
            with pytest.raises(TimeoutError):
                theirs.result(timeout=0.5)
        assert theirs.result(timeout=NO_WAIT) == "used"
    with unit_of_work(engines[0]) as session:
        paired = session.exec(select(User.id).where(col(User.couple_id).is_not(None))).all()
    assert sorted(paired) == [1, 2]


@pytest.mark.postgres_only(SIDE_BY_SIDE)
def test_a_person_paired_meanwhile_is_not_taken_into_a_second_couple(
    engines: list[Engine],
) -> None:
    """Ben accepts Ana's link while Cy accepts Ben's: both decided on rows read before
    either committed. The second pairing fails whole; Ben is in one couple."""
    _people(engines[0], range(1, 4))
    # The failure ends the unit of work, which rolls back whole.
    with pytest.raises(couples.AlreadyPaired), unit_of_work(engines[1]) as late:
        ben, cy = late.get(User, 2), late.get(User, 3)
        assert ben is not None and cy is not None and ben.couple_id is None
        with unit_of_work(engines[0]) as first:
            ana, ben_first = first.get(User, 1), first.get(User, 2)
            assert ana is not None and ben_first is not None
            couples.create_couple(first, ana, ben_first, NOW)
        couples.create_couple(late, ben, cy, NOW)
    with unit_of_work(engines[0]) as session:
        couple_ids = {u.id: u.couple_id for u in session.exec(select(User))}
    assert couple_ids[1] == couple_ids[2] is not None and couple_ids[3] is None


def test_schedules_created_twice_at_once_end_up_one(engines: list[Engine]) -> None:
    """Two processes creating the same person's schedule: one row, no error."""
    _people(engines[0], range(1, 2))
    with unit_of_work(engines[0]) as first:
        one = store.new_schedule(first, user_id=1, zone="UTC", local_time="18:00", now=NOW)
    with unit_of_work(engines[1]) as second:
        two = store.new_schedule(second, user_id=1, zone="UTC", local_time="18:00", now=NOW)
    assert one.user_id == two.user_id == 1
    with unit_of_work(engines[0]) as session:
        assert len(session.exec(select(DailySchedule)).all()) == 1


def _second_waits_for_first(
    first: Engine, second: Engine, act: Callable[[Session], Any]
) -> tuple[Any, Any]:
    """The first acts and keeps its transaction open; the second acts meanwhile (it has
    to wait on the first's row) and finishes once the first commits."""
    with ThreadPoolExecutor(max_workers=1) as pool:
        with unit_of_work(first) as held:
            mine = act(held)

            def other() -> Any:
                try:
                    with unit_of_work(second) as session:
                        return act(session)
                except Exception as exc:  # the outcome to compare
                    return type(exc).__name__

            theirs = pool.submit(other)
            with pytest.raises(TimeoutError):
                theirs.result(timeout=0.5)
        return mine, theirs.result(timeout=NO_WAIT)


@pytest.mark.postgres_only(SIDE_BY_SIDE)
def test_first_contact_from_two_processes_at_once_creates_one_user(
    engines: list[Engine],
) -> None:
    def first_contact(session: Session) -> bool:
        _, created = upsert_user(
            session, user_id=7, first_name="Ana", username=None, default_timezone="UTC", now=NOW
        )
        return created

    assert _second_waits_for_first(engines[0], engines[1], first_contact) == (True, False)


@pytest.mark.postgres_only(SIDE_BY_SIDE)
def test_a_conversation_started_twice_at_once_is_a_concurrent_update(
    engines: list[Engine],
) -> None:
    _people(engines[0], range(1, 2))

    def start(session: Session) -> str:
        save_conversation(session, 1, {"step": "a"}, expected_version=None, now=NOW)
        return "started"

    assert _second_waits_for_first(engines[0], engines[1], start) == (
        "started",
        "ConcurrentUpdateError",
    )


def test_both_service_messages_of_a_group_migration_at_once_keep_the_group(
    engines: list[Engine],
) -> None:
    """A group's upgrade sends one service message in the old chat and one in the new;
    two instances (or two chats' turns) may handle them at once. The second may read the
    group before the first moves it and look for the new id after: one linked row must
    remain, at the new id (a stale copy of the moved row once got the group deleted)."""
    _people(engines[0], range(1, 3))
    with unit_of_work(engines[0]) as session:
        ana, ben = session.get(User, 1), session.get(User, 2)
        assert ana is not None and ben is not None
        couple = couples.create_couple(session, ana, ben, NOW)
        group = groups.upsert_group(session, chat_id=-5, title="Us", now=NOW)
        groups.link_group(session, group, couple_id=couple.id or 0, now=NOW)

    first_committed = threading.Event()
    paused: list[str] = []

    def pause_after_first_read(_conn: Any, _cursor: Any, statement: str, *_: Any) -> None:
        if "group_chat" in statement and not paused:
            paused.append(statement)
            first_committed.wait(NO_WAIT)

    event.listen(engines[1], "after_cursor_execute", pause_after_first_read)

    def migrate(session: Session) -> None:
        groups.migrate_group(session, old_chat_id=-5, new_chat_id=-1005, now=NOW)

    def other() -> None:
        with unit_of_work(engines[1]) as session:
            migrate(session)

    with ThreadPoolExecutor(max_workers=1) as pool:
        with unit_of_work(engines[0]) as held:
            migrate(held)
            theirs = pool.submit(other)
            time.sleep(0.3)  # the second reads (or waits on the first's lock) meanwhile
        first_committed.set()
        theirs.result(timeout=NO_WAIT)
    assert paused, "the second never read the group"
    with unit_of_work(engines[0]) as session:
        rows = [(row.chat_id, row.couple_id) for row in session.exec(select(GroupChat))]
    assert rows == [(-1005, couple.id)]


def _queue_once(session: Session) -> int:
    return outbox.enqueue(
        session, chat_id=5, kind="reveal", text="both", due_at=NOW, now=NOW, dedupe_key="reveal:1"
    )


def test_the_same_message_queued_twice_is_one_row_and_no_error(engines: list[Engine]) -> None:
    with unit_of_work(engines[0]) as first:
        one = _queue_once(first)
    with unit_of_work(engines[1]) as second:
        two = _queue_once(second)
    assert one == two
    with unit_of_work(engines[0]) as session:
        assert len(session.exec(select(Outbox)).all()) == 1


@pytest.mark.postgres_only(SIDE_BY_SIDE)
def test_the_same_message_queued_by_two_processes_at_once_is_one_row(
    engines: list[Engine],
) -> None:
    """Two updates queue the same deduplicated message (a group reveal, a reaction): the
    second waits for the first, then keeps its row instead of failing whole."""
    mine, theirs = _second_waits_for_first(engines[0], engines[1], _queue_once)
    assert mine == theirs
    with unit_of_work(engines[0]) as session:
        assert len(session.exec(select(Outbox)).all()) == 1

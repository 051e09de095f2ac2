"""A sent outbox row, settled in plain statements: its status, and on its relay what
reached whom (outbox rows are purged, relays are what /export shows)."""

from __future__ import annotations

from sqlalchemy import Engine

from storage import outbox
from storage.db import unit_of_work
from storage.models import Outbox, Relay
from storage.relays import add_relay
from storage.users import upsert_user
from tests.conftest import FakeClock

ANA, BEN = 101, 202


def _relay_with_messages(engine: Engine, clock: FakeClock) -> tuple[int, int, int]:
    """A relay from Ana to Ben, its message to Ben and Ben's answer to Ana, both claimed."""
    with unit_of_work(engine) as session:
        for user_id, name in ((ANA, "Ana"), (BEN, "Ben")):
            upsert_user(
                session,
                user_id=user_id,
                first_name=name,
                username=None,
                default_timezone="Europe/Berlin",
                now=clock(),
            )
        relay_id = add_relay(
            session, kind="request", sender_id=ANA, recipient_id=BEN, text="call me", now=clock()
        )
        ids = []
        for chat_id in (BEN, ANA):
            row = session.get(
                Outbox,
                outbox.enqueue(
                    session, chat_id=chat_id, kind="request", text="t", due_at=clock(), now=clock()
                ),
            )
            assert row is not None
            row.relay_id = relay_id
            row.status = outbox.SENDING
            session.add(row)
            session.flush()
            ids.append(row.id or 0)
        return relay_id, ids[0], ids[1]


def test_the_message_reached_the_recipient_and_the_answer_the_sender(
    engine: Engine, clock: FakeClock
) -> None:
    relay_id, to_ben, to_ana = _relay_with_messages(engine, clock)
    delivered = clock.advance(seconds=5)
    with unit_of_work(engine) as session:
        outbox.mark_sent(session, to_ben, delivered)
    answered = clock.advance(minutes=3)
    with unit_of_work(engine) as session:
        outbox.mark_sent(session, to_ana, answered)
    with unit_of_work(engine) as session:
        relay = session.get(Relay, relay_id)
        sent = session.get(Outbox, to_ben)
        assert relay is not None and sent is not None
        assert relay.delivered_at == delivered
        assert relay.answer_delivered_at == answered
        assert (sent.status, sent.sent_at) == (outbox.SENT, delivered)


def test_the_first_arrival_is_kept(engine: Engine, clock: FakeClock) -> None:
    relay_id, to_ben, _ = _relay_with_messages(engine, clock)
    first = clock.advance(seconds=5)
    with unit_of_work(engine) as session:
        outbox.mark_sent(session, to_ben, first)
    with unit_of_work(engine) as session:
        outbox.mark_sent(session, to_ben, clock.advance(hours=1))
    with unit_of_work(engine) as session:
        relay = session.get(Relay, relay_id)
        assert relay is not None
        assert relay.delivered_at == first and relay.answer_delivered_at is None


def test_a_row_deleted_meanwhile_changes_nothing(engine: Engine, clock: FakeClock) -> None:
    relay_id, to_ben, _ = _relay_with_messages(engine, clock)
    with unit_of_work(engine) as session:
        row = session.get(Outbox, to_ben)
        session.delete(row)
    with unit_of_work(engine) as session:
        outbox.mark_sent(session, to_ben, clock.advance(seconds=5))
    with unit_of_work(engine) as session:
        relay = session.get(Relay, relay_id)
        assert relay is not None and relay.delivered_at is None
        assert session.get(Outbox, to_ben) is None

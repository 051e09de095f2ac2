"""What /playbook reads: answers to check-ins and requests that got a yes, and who may see which."""

from __future__ import annotations

from datetime import timedelta

from sqlalchemy import Engine

from storage.db import unit_of_work
from storage.models import Relay
from storage.relays import add_note, add_relay, answer_relay, playbook_of
from storage.users import upsert_user
from tests.conftest import FakeClock

ANA, BEN, CAT = 1, 2, 3


def _people(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        for user_id, name in ((ANA, "Ana"), (BEN, "Ben"), (CAT, "Cat")):
            upsert_user(
                session,
                user_id=user_id,
                first_name=name,
                username=None,
                default_timezone="UTC",
                now=clock(),
            )


def _relay(engine: Engine, clock: FakeClock, kind: str, sender: int, to: int, text: str) -> int:
    with unit_of_work(engine) as session:
        return add_relay(
            session, kind=kind, sender_id=sender, recipient_id=to, text=text, now=clock()
        )


def _answer(engine: Engine, clock: FakeClock, relay_id: int, verdict: str, *, told: bool) -> None:
    with unit_of_work(engine) as session:
        relay = session.get(Relay, relay_id)
        assert relay is not None
        answer_relay(session, relay, verdict=verdict, note="", now=clock())
        if told:
            relay.answer_delivered_at = clock()


def test_requests_said_yes_to_sit_beside_check_in_answers(engine: Engine, clock: FakeClock) -> None:
    _people(engine, clock)
    checkin = _relay(engine, clock, "checkin", ANA, BEN, "Did that help?")
    _answer(engine, clock, checkin, "helped", told=True)
    with unit_of_work(engine) as session:
        relay = session.get(Relay, checkin)
        assert relay is not None
        add_note(session, relay, "Standing close")
    clock.advance(minutes=5)
    yes = _relay(engine, clock, "request", BEN, ANA, "Next time, could you speak up?")
    _answer(engine, clock, yes, "yes", told=False)
    clock.advance(minutes=5)
    talk = _relay(engine, clock, "request", BEN, ANA, "Next time, could you stay close?")
    _answer(engine, clock, talk, "talk", told=True)
    with unit_of_work(engine) as session:
        # Ana sees Ben's: his answer to her check-in and the request she said yes to.
        seen_by_ana = playbook_of(session, BEN, asked_by=ANA)
        # Ben's own view: the yes has not reached him yet.
        own = playbook_of(session, BEN)
    assert [(k, v, w) for k, v, w, _ in seen_by_ana] == [
        ("request", "yes", "Next time, could you speak up?"),
        ("checkin", "helped", "Standing close"),
    ]
    assert [(k, v, w) for k, v, w, _ in own] == [("checkin", "helped", "Standing close")]
    with unit_of_work(engine) as session:
        relay = session.get(Relay, yes)
        assert relay is not None
        relay.answer_delivered_at = clock() + timedelta(seconds=1)
    with unit_of_work(engine) as session:
        assert [k for k, *_ in playbook_of(session, BEN)] == ["request", "checkin"]


def test_a_new_partner_never_sees_what_was_said_yes_to_before(
    engine: Engine, clock: FakeClock
) -> None:
    _people(engine, clock)
    earlier = _relay(engine, clock, "request", BEN, CAT, "Next time, could you speak up?")
    _answer(engine, clock, earlier, "yes", told=True)
    with unit_of_work(engine) as session:
        assert playbook_of(session, BEN, asked_by=ANA) == []
        assert [k for k, *_ in playbook_of(session, BEN, asked_by=CAT)] == ["request"]

"""Privacy and honesty in the use cases, on a real SQLite file: forged button data,
old previews after re-pairing, the playbook, /export and /deletedata."""

from __future__ import annotations

import json
import re
from typing import Any

import pytest
from hypothesis import HealthCheck, example, given, settings
from hypothesis import strategies as st
from sqlalchemy import Engine
from sqlmodel import select

from bot.runtime import Runtime
from bot.services import conversation, pairing, records
from bot.services.outcome import Outcome, Who
from bot.settings import Settings
from flows.content import onboarding as text
from flows.model import UserInput
from storage import couples, outbox, sending
from storage.db import unit_of_work
from storage.models import Outbox, Relay, User
from storage.relays import add_relay
from storage.users import upsert_user
from tests.conftest import FakeClock

ANA, BEN, CAT = Who(1, "Ana"), Who(2, "Ben"), Who(3, "Cat")


def _runtime(engine: Engine, clock: FakeClock) -> Runtime:
    return Runtime(settings=Settings(_env_file=None), engine=engine, clock=clock)  # type: ignore[call-arg]


def _people(engine: Engine, clock: FakeClock, *pairs: tuple[Who, Who]) -> None:
    with unit_of_work(engine) as session:
        users = {}
        for who in (ANA, BEN, CAT):
            user, _ = upsert_user(
                session,
                user_id=who.user_id,
                first_name=who.first_name,
                username=None,
                default_timezone="UTC",
                now=clock(),
            )
            user.onboarded = True
            users[who.user_id] = user
        for first, second in pairs:
            couples.create_couple(session, users[first.user_id], users[second.user_id], clock())


def _repair(engine: Engine, clock: FakeClock, who: Who, new: Who) -> None:
    """``who`` leaves their couple and pairs with ``new``."""
    with unit_of_work(engine) as session:
        user = session.get(User, who.user_id)
        other = session.get(User, new.user_id)
        assert user is not None and other is not None and user.couple_id is not None
        couples.end_couple(session, user.couple_id, clock())
        couples.create_couple(session, user, other, clock())


def _button(outcome: Outcome, starts: str) -> str:
    return next(
        b.data
        for r in outcome.replies
        for row in r.buttons
        for b in row
        if b.data.startswith(starts)
    )


# --- forged button data ------------------------------------------------------------

VALID_FOR_BEN = re.compile(r"ci:0*1:(helped|partly|else|no|note|later)")


@pytest.fixture
def relay_world(engine: Engine, clock: FakeClock) -> Runtime:
    _people(engine, clock, (ANA, BEN))
    with unit_of_work(engine) as session:
        add_relay(session, kind="checkin", sender_id=1, recipient_id=2, text="Did it?", now=clock())
    return _runtime(engine, clock)


@settings(
    max_examples=200, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
@given(
    data=st.one_of(
        st.builds(
            lambda prefix, rest: prefix + rest,
            st.sampled_from(["ci:", "rq:"]),
            st.text(max_size=62),
        ),
        st.builds(
            "{}:{}:{}".format,
            st.sampled_from(["ci", "rq"]),
            st.one_of(st.integers(), st.text(alphabet="0123456789²³¹٣߁", max_size=40)),
            st.sampled_from(["helped", "partly", "else", "no", "open", ""]),
        ),
    )
)
@example(data="ci:²:helped")
@example(data="ci:" + "9" * 30 + ":helped")
@example(data="rq:-1:open")
def test_forged_relay_buttons_get_a_short_notice_and_change_nothing(
    relay_world: Runtime, data: str
) -> None:
    with unit_of_work(relay_world.engine) as session:
        # A valid tap in an earlier example answered the check-in (one tap sends it).
        before = session.exec(select(Outbox)).all()
        relay_before = session.exec(select(Relay)).one().model_dump()
    outcome = conversation.answer_relay(relay_world, BEN, data)
    if VALID_FOR_BEN.fullmatch(data):
        return
    assert outcome.replies == []
    assert outcome.notice == text.STALE_BUTTON and len(outcome.notice) < 100
    with unit_of_work(relay_world.engine) as session:
        assert session.exec(select(Outbox)).all() == before
        assert session.exec(select(Relay)).one().model_dump() == relay_before


# --- an old preview after re-pairing ---------------------------------------------------


def test_an_old_send_after_repairing_says_only_that_nothing_was_sent(
    engine: Engine, clock: FakeClock
) -> None:
    _people(engine, clock, (ANA, BEN))
    rt = _runtime(engine, clock)
    conversation.handle_input(rt, ANA, UserInput(kind="command", command="reinforce"))
    preview = conversation.handle_input(rt, ANA, UserInput.typed("Proud of you."))
    send = _button(preview, "f:r_prev:send.")
    _repair(engine, clock, ANA, CAT)
    outcome = conversation.handle_input(rt, ANA, UserInput.pressed(send))
    assert [r.text for r in outcome.replies] == [text.PARTNER_CHANGED]
    assert not outcome.queued
    with unit_of_work(engine) as session:
        assert session.exec(select(Relay)).all() == []
        assert session.exec(select(Outbox)).all() == []
    # The old preview leads nowhere now: no reflection claims it was sent.
    again = conversation.handle_input(rt, ANA, UserInput.pressed(send))
    assert all("Sent" not in r.text for r in again.replies)


def test_an_old_check_in_answer_after_repairing_is_not_said_to_be_passed_on(
    engine: Engine, clock: FakeClock
) -> None:
    _people(engine, clock, (ANA, BEN))
    rt = _runtime(engine, clock)
    with unit_of_work(engine) as session:
        relay_id = add_relay(
            session, kind="checkin", sender_id=1, recipient_id=2, text="Did it?", now=clock()
        )
    # The answer goes with its tap, while they are still a couple.
    conversation.answer_relay(rt, BEN, f"ci:{relay_id}:helped")
    preview = conversation.handle_input(rt, BEN, UserInput.typed("You stood by me."))
    send = _button(preview, "f:ca_prev:send.")
    _repair(engine, clock, BEN, CAT)
    outcome = conversation.handle_input(rt, BEN, UserInput.pressed(send))
    assert [r.text for r in outcome.replies] == [text.PARTNER_CHANGED]
    with unit_of_work(engine) as session:
        # The line written for Ana never goes, to anyone, nor is it kept.
        rows = session.exec(select(Outbox)).all()
        assert [(r.kind, r.chat_id) for r in rows] == [("checkin_answer", ANA.user_id)]
        assert all("You stood by me" not in r.text for r in rows)
        stored = session.get(Relay, relay_id)
        assert stored is not None and stored.verdict == "helped" and stored.note is None


# --- what a person sees of the other: playbook and export ------------------------------


def _checkin_answered(
    engine: Engine, clock: FakeClock, asker: Who, answerer: Who, note: str
) -> int:
    """A check-in from ``asker``, answered by ``answerer`` through the service."""
    rt = _runtime(engine, clock)
    with unit_of_work(engine) as session:
        relay_id = add_relay(
            session,
            kind="checkin",
            sender_id=asker.user_id,
            recipient_id=answerer.user_id,
            text="Did that help?",
            now=clock(),
        )
    conversation.answer_relay(rt, answerer, f"ci:{relay_id}:helped")
    preview = conversation.handle_input(rt, answerer, UserInput.typed(note))
    conversation.handle_input(rt, answerer, UserInput.pressed(_button(preview, "f:ca_prev:send.")))
    return relay_id


def _deliver_everything(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        for row in sending.claim_due(session, Outbox, now=clock(), limit=100):
            outbox.finish(session, row.id or 0, status=outbox.SENT, now=clock())


def test_a_partner_sees_only_the_answers_given_to_them(engine: Engine, clock: FakeClock) -> None:
    """Ben answered Cat's check-ins before he was with Ana: Ana's /playbook never shows them."""
    _people(engine, clock, (CAT, BEN))
    _checkin_answered(engine, clock, CAT, BEN, "Told to Cat only")
    _deliver_everything(engine, clock)
    _repair(engine, clock, BEN, ANA)
    _checkin_answered(engine, clock, ANA, BEN, "Told to Ana")
    rt = _runtime(engine, clock)
    before = "\n".join(r.text for r in records.playbook(rt, ANA).replies)
    assert "Told to Ana" not in before  # not delivered yet
    _deliver_everything(engine, clock)
    for_ana = "\n".join(r.text for r in records.playbook(rt, ANA).replies)
    assert "Told to Ana" in for_ana and "Told to Cat only" not in for_ana
    # Ben's own playbook is all his own answers.
    for_ben = "\n".join(r.text for r in records.playbook(rt, BEN).replies)
    assert "Told to Ana" in for_ben and "Told to Cat only" in for_ben


def _exported(rt: Runtime, who: Who) -> dict[str, Any]:
    _, content = records.export(rt, who)
    exported: dict[str, Any] = json.loads(content)
    return exported


def test_export_shows_an_answer_to_the_asker_once_it_reached_them(
    engine: Engine, clock: FakeClock
) -> None:
    _people(engine, clock, (ANA, BEN))
    relay_id = _checkin_answered(engine, clock, ANA, BEN, "Standing close")
    rt = _runtime(engine, clock)
    with unit_of_work(engine) as session:
        relay = session.get(Relay, relay_id)
        assert relay is not None
        relay.delivered_at = clock()  # the check-in itself reached Ben
    [asked] = _exported(rt, ANA)["messages_between_you"]
    assert (asked["direction"], asked["answer_note"]) == ("sent", None)
    [answered] = _exported(rt, BEN)["messages_between_you"]
    assert (answered["direction"], answered["answer_note"]) == ("received", "Standing close")
    _deliver_everything(engine, clock)
    [asked] = _exported(rt, ANA)["messages_between_you"]
    assert (asked["answer"], asked["answer_note"]) == ("helped", "Standing close")


# --- /deletedata -----------------------------------------------------------------------


def test_deleting_tells_an_ex_partner_whose_notice_named_them_without_the_name(
    engine: Engine, clock: FakeClock
) -> None:
    """Ana unpaired (Ben's "Ana ended…" still queued), then deleted her data at once."""
    _people(engine, clock, (ANA, BEN))
    rt = _runtime(engine, clock)
    with unit_of_work(engine) as session:
        couple_id = session.exec(select(User.couple_id).where(User.id == 1)).one()
    pairing.confirm_unpair(rt, ANA, f"up:yes:{couple_id}")
    records.confirm_delete(rt, ANA, f"dd:yes:{ANA.user_id}")
    with unit_of_work(engine) as session:
        to_ben = session.exec(select(Outbox).where(Outbox.chat_id == BEN.user_id)).all()
    assert [(row.kind, row.text) for row in to_ben] == [("unpaired", text.DELETE_TOLD_PARTNER)]


def test_an_answered_check_in_can_be_deleted_by_its_answerer(
    engine: Engine, clock: FakeClock
) -> None:
    """The answer quotes Ben: it goes with Ben's data even though it was sent to Ana."""
    _people(engine, clock, (ANA, BEN))
    _checkin_answered(engine, clock, ANA, BEN, "only Ben's words")
    _deliver_everything(engine, clock)
    records.confirm_delete(_runtime(engine, clock), BEN, f"dd:yes:{BEN.user_id}")
    with unit_of_work(engine) as session:
        texts = [row.text for row in session.exec(select(Outbox))]
    assert texts and not any("only Ben's words" in t for t in texts)

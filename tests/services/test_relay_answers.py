"""Answers to a partner's message, on a real SQLite file: one-tap Check In answers and
the line after them, requests answered, /playbook, and what the first /moment says."""

from __future__ import annotations

import json

from sqlalchemy import Engine
from sqlmodel import col, select

from bot.runtime import Runtime
from bot.services import conversation, records
from bot.services.outcome import Outcome, Who
from bot.settings import Settings
from flows.content import moment as moment_text
from flows.content import onboarding as text
from flows.model import UserInput
from storage import couples, outbox, sending
from storage import relays as relays_repo
from storage.conversations import load_conversation
from storage.db import unit_of_work
from storage.models import Outbox, Relay
from storage.reflections import add_reflection
from storage.users import upsert_user
from tests.conftest import FakeClock

ANA = Who(1, "Ana")
BEN = Who(2, "Ben")


def _runtime(engine: Engine, clock: FakeClock) -> Runtime:
    return Runtime(settings=Settings(_env_file=None), engine=engine, clock=clock)  # type: ignore[call-arg]


def _pair(engine: Engine, clock: FakeClock) -> Runtime:
    with unit_of_work(engine) as session:
        a, _ = upsert_user(
            session, user_id=1, first_name="Ana", username=None, default_timezone="UTC", now=clock()
        )
        b, _ = upsert_user(
            session, user_id=2, first_name="Ben", username=None, default_timezone="UTC", now=clock()
        )
        a.onboarded = b.onboarded = True
        couples.create_couple(session, a, b, clock())
    return _runtime(engine, clock)


def _relay(engine: Engine, clock: FakeClock, kind: str, text_: str, sender: Who = ANA) -> int:
    recipient = BEN if sender is ANA else ANA
    with unit_of_work(engine) as session:
        return relays_repo.add_relay(
            session,
            kind=kind,
            sender_id=sender.user_id,
            recipient_id=recipient.user_id,
            text=text_,
            now=clock(),
        )


def _rows(engine: Engine, chat_id: int) -> list[Outbox]:
    with unit_of_work(engine) as session:
        # In the order written: PostgreSQL returns an updated row last without one.
        query = select(Outbox).where(Outbox.chat_id == chat_id).order_by(col(Outbox.id))
        return list(session.exec(query).all())


def _stored(engine: Engine, relay_id: int) -> Relay:
    with unit_of_work(engine) as session:
        relay = session.get(Relay, relay_id)
        assert relay is not None
        session.expunge(relay)
        return relay


def _button(outcome: Outcome, starts: str) -> str:
    return next(
        b.data
        for r in outcome.replies
        for row in r.buttons
        for b in row
        if b.data.startswith(starts)
    )


def _deliver_everything(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        for row in sending.claim_due(session, Outbox, now=clock(), limit=100):
            outbox.finish(session, row.id or 0, status=outbox.SENT, now=clock())


# --- a Check In answer: one tap ------------------------------------------------------


def test_one_tap_sends_the_answer_and_offers_to_close_the_loop(
    engine: Engine, clock: FakeClock
) -> None:
    rt = _pair(engine, clock)
    relay_id = _relay(engine, clock, "checkin", "Did that help?")
    outcome = conversation.answer_relay(rt, BEN, f"ci:{relay_id}:helped")
    assert outcome.queued
    stored = _stored(engine, relay_id)
    assert (stored.verdict, stored.note, stored.answered_at) == ("helped", None, clock())
    [told] = _rows(engine, ANA.user_id)
    assert told.text.startswith("Ben says: it helped.\n\nClose the loop?")
    assert json.loads(told.buttons) == [
        [{"label": "💛 Close the loop", "data": "fu:rf:go"}],
        [{"label": "Not now", "data": "fu:rf:no"}],
    ]
    assert told.sender_id == BEN.user_id and told.relay_id == relay_id
    # Ben is told it went, and offered a line of his own.
    said = "\n".join(r.text for r in outcome.replies)
    assert "Sent ✓ Ana will see that it helped." in said
    assert "Want to tell Ana what made the difference?" in said
    with unit_of_work(engine) as session:
        saved = load_conversation(session, BEN.user_id)
    assert saved is not None and saved.state["step"] == "ca_note"
    # The same tap again (or another verdict) changes nothing.
    again = conversation.answer_relay(rt, BEN, f"ci:{relay_id}:else")
    assert again.notice == text.STALE_BUTTON
    assert len(_rows(engine, ANA.user_id)) == 1 and _stored(engine, relay_id).verdict == "helped"


def test_the_line_after_the_answer_is_previewed_then_sent_once(
    engine: Engine, clock: FakeClock
) -> None:
    rt = _pair(engine, clock)
    relay_id = _relay(engine, clock, "checkin", "Did that help?")
    conversation.answer_relay(rt, BEN, f"ci:{relay_id}:partly")
    preview = conversation.handle_input(rt, BEN, UserInput.typed("Less fixing, more listening."))
    assert len(_rows(engine, ANA.user_id)) == 1
    assert "Ben adds: <i>“Less fixing, more listening.”</i>" in preview.replies[-1].text
    sent = conversation.handle_input(
        rt, BEN, UserInput.pressed(_button(preview, "f:ca_prev:send."))
    )
    assert sent.queued
    assert _stored(engine, relay_id).note == "Less fixing, more listening."
    told = _rows(engine, ANA.user_id)
    assert [r.text for r in told][1] == "Ben adds: <i>“Less fixing, more listening.”</i>"
    # A line comes once.
    assert conversation.answer_relay(rt, BEN, f"ci:{relay_id}:note").notice == text.STALE_BUTTON


def test_a_line_cannot_come_before_an_answer(engine: Engine, clock: FakeClock) -> None:
    rt = _pair(engine, clock)
    relay_id = _relay(engine, clock, "checkin", "Did that help?")
    for choice in ("note", "later"):
        outcome = conversation.answer_relay(rt, BEN, f"ci:{relay_id}:{choice}")
        assert outcome.notice == text.STALE_BUTTON and not outcome.replies
    assert _rows(engine, ANA.user_id) == [] and _stored(engine, relay_id).answered_at is None


def test_in_the_middle_of_something_else_the_line_can_come_later(
    engine: Engine, clock: FakeClock
) -> None:
    rt = _pair(engine, clock)
    conversation.handle_input(rt, BEN, UserInput(kind="command", command="moment"))
    conversation.handle_input(rt, BEN, UserInput.pressed("f:side:stepped"))
    with unit_of_work(engine) as session:
        before = load_conversation(session, BEN.user_id)
    relay_id = _relay(engine, clock, "checkin", "Did that help?")
    outcome = conversation.answer_relay(rt, BEN, f"ci:{relay_id}:helped")
    # The answer went; his moment is untouched.
    assert len(_rows(engine, ANA.user_id)) == 1
    with unit_of_work(engine) as session:
        after = load_conversation(session, BEN.user_id)
    assert before is not None and after is not None and after.state == before.state
    [offer] = outcome.replies
    assert offer.text.startswith("Sent ✓ Ana will see that it helped.")
    assert _button(outcome, f"ci:{relay_id}:later")
    later = conversation.answer_relay(rt, BEN, f"ci:{relay_id}:later")
    assert later.notice and not later.replies
    # "Add a line" asks before leaving the moment, then opens the line.
    asked = conversation.answer_relay(rt, BEN, _button(outcome, f"ci:{relay_id}:note"))
    assert "You're in the middle of" in asked.replies[-1].text
    opened = conversation.handle_input(
        rt, BEN, UserInput.pressed(_button(asked, "f:switch:restart"))
    )
    assert "Want to tell Ana what made the difference?" in opened.replies[-1].text
    assert "Sent ✓" not in "\n".join(r.text for r in opened.replies)


def test_playbook_shows_the_answer_and_the_line(engine: Engine, clock: FakeClock) -> None:
    rt = _pair(engine, clock)
    relay_id = _relay(engine, clock, "checkin", "Did that help?")
    conversation.answer_relay(rt, BEN, f"ci:{relay_id}:helped")
    preview = conversation.handle_input(rt, BEN, UserInput.typed("Standing next to me"))
    conversation.handle_input(rt, BEN, UserInput.pressed(_button(preview, "f:ca_prev:send.")))
    _deliver_everything(engine, clock)
    shown = "\n".join(r.text for r in records.playbook(rt, ANA).replies)
    assert "What helps Ben, in their own words" in shown
    assert "It helped: <i>“Standing next to me”</i>" in shown


# --- a request: got it, or let's talk ----------------------------------------------------

REQUEST = "Next time your friends tease me, could you speak up for me?"


def test_got_it_i_will_tells_the_sender_and_lands_in_the_playbook(
    engine: Engine, clock: FakeClock
) -> None:
    rt = _pair(engine, clock)
    relay_id = _relay(engine, clock, "request", REQUEST, sender=BEN)
    outcome = conversation.answer_relay(rt, ANA, f"rq:{relay_id}:yes")
    assert outcome.queued
    stored = _stored(engine, relay_id)
    assert (stored.verdict, stored.answered_at) == ("yes", clock())
    [told] = _rows(engine, BEN.user_id)
    assert told.text == "Ana read your request: “Got it, I will.” 💛"
    assert told.sender_id == ANA.user_id and told.relay_id == relay_id
    [ack] = outcome.replies
    assert ack.text.startswith("I've let Ben know you've got it. It's in your /playbook")
    assert [b.label for row in ack.buttons for b in row] == ["Look back at the moment", "Not now"]
    # Ana sees it beside what helps Ben at once; Ben once her answer reached him.
    ana_view = "\n".join(r.text for r in records.playbook(rt, ANA).replies)
    assert f"💛 Asked for next time: <i>“{REQUEST}”</i>" in ana_view
    assert REQUEST not in "\n".join(r.text for r in records.playbook(rt, BEN).replies)
    _deliver_everything(engine, clock)
    assert REQUEST in "\n".join(r.text for r in records.playbook(rt, BEN).replies)
    # Answered once; looking back at the moment stays possible.
    assert conversation.answer_relay(rt, ANA, f"rq:{relay_id}:talk").notice == text.STALE_BUTTON
    opened = conversation.answer_relay(rt, ANA, _button(outcome, f"rq:{relay_id}:open"))
    assert opened.replies[0].text.startswith("Ben asked for something for next time")
    assert "Step 1/5 · Read the Moment" in opened.replies[-1].text


def test_lets_talk_about_it_tells_the_sender_and_stays_out_of_the_playbook(
    engine: Engine, clock: FakeClock
) -> None:
    rt = _pair(engine, clock)
    relay_id = _relay(engine, clock, "request", REQUEST, sender=BEN)
    outcome = conversation.answer_relay(rt, ANA, f"rq:{relay_id}:talk")
    assert _stored(engine, relay_id).verdict == "talk"
    [told] = _rows(engine, BEN.user_id)
    assert told.text == "Ana read your request and would like to talk about it."
    assert "you'd like to talk" in outcome.replies[0].text
    _deliver_everything(engine, clock)
    for who in (ANA, BEN):
        assert REQUEST not in "\n".join(r.text for r in records.playbook(rt, who).replies)


def test_only_the_receiver_can_answer_a_request(engine: Engine, clock: FakeClock) -> None:
    rt = _pair(engine, clock)
    relay_id = _relay(engine, clock, "request", REQUEST, sender=BEN)
    for data in (f"rq:{relay_id}:yes", f"ci:{relay_id}:helped", f"rq:{relay_id}:later"):
        assert conversation.answer_relay(rt, BEN, data).notice == text.STALE_BUTTON
    assert conversation.answer_relay(rt, ANA, f"rq:{relay_id}:later").notice == text.STALE_BUTTON
    assert _rows(engine, BEN.user_id) == [] and _stored(engine, relay_id).answered_at is None


# --- the first /moment says why it matters ---------------------------------------------


def test_why_it_matters_is_said_until_a_moment_is_looked_back_at(
    engine: Engine, clock: FakeClock
) -> None:
    rt = _pair(engine, clock)
    first = conversation.handle_input(rt, ANA, UserInput(kind="command", command="moment"))
    [question] = first.replies
    assert moment_text.WHY in question.text and "Which fits best?" in question.text
    conversation.handle_input(rt, ANA, UserInput(kind="command", command="cancel"))
    deep_link = conversation.start_flow(rt, ANA, "moment")
    assert moment_text.WHY in deep_link.replies[0].text
    conversation.handle_input(rt, ANA, UserInput(kind="command", command="cancel"))
    with unit_of_work(engine) as session:
        add_reflection(session, user_id=ANA.user_id, kind="moment_support", summary={}, now=clock())
    later = conversation.handle_input(rt, ANA, UserInput(kind="command", command="moment"))
    assert all(moment_text.WHY not in r.text for r in later.replies)
    # Ben has not looked back at one yet.
    bens = conversation.handle_input(rt, BEN, UserInput(kind="command", command="moment"))
    assert moment_text.WHY in bens.replies[0].text


# --- text typed with nothing open ----------------------------------------------------


def test_typed_text_stays_in_the_conversation_until_they_say_yes(
    engine: Engine, clock: FakeClock
) -> None:
    rt = _pair(engine, clock)
    typed = "My mom just told Ben his job is a joke and I froze"
    conversation.handle_input(rt, ANA, UserInput.typed(typed))
    with unit_of_work(engine) as session:
        saved = load_conversation(session, ANA.user_id)
        assert session.exec(select(Relay)).all() == []
    assert saved is not None and saved.state["context"]["typed"] == typed
    assert _rows(engine, BEN.user_id) == [] and _rows(engine, ANA.user_id) == []
    declined = conversation.handle_input(rt, ANA, UserInput.pressed("f:vent:_cancel"))
    assert "wasn't kept" in declined.replies[-1].text
    with unit_of_work(engine) as session:
        assert load_conversation(session, ANA.user_id) is None


def test_crisis_text_typed_with_nothing_open_is_not_kept(engine: Engine, clock: FakeClock) -> None:
    rt = _pair(engine, clock)
    outcome = conversation.handle_input(rt, ANA, UserInput.typed("I froze and I want to die"))
    assert any("findahelpline" in r.text for r in outcome.replies)
    with unit_of_work(engine) as session:
        assert load_conversation(session, ANA.user_id) is None

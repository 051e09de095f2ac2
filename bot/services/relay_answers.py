"""The partner's side of a relay: their answers, kept on the relay and told to the sender.

A Check In answer (its verdict with one tap, maybe a line of their own after)
goes back to the asker with the offer to close the loop; a request's answer
("got it, I will" / "let's talk about it") tells its sender it was read. Each
is recorded in the caller's unit of work, after checking that the relay is
meant for the presser and the two are still a couple.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session

from bot.services import crisis_guard
from bot.services.languages import speaking_to
from flows.callback_data import RelayPress, encode
from flows.checkin import checkin_note_text, checkin_result
from flows.content import common as common_text
from flows.content import followups as followup_text
from flows.model import Button, Reply, SaveCheckInAnswer
from flows.text import esc, said
from storage import daily as daily_store
from storage import relays
from storage.models import Relay, User
from storage.users import UserFacts, get_user

# The answers each relay's buttons carry; "later" and "note" come after an answer,
# "open" (a request's "look back at the moment") before or after.
VERDICTS = ("helped", "partly", "else")
REQUEST_ANSWERS = ("yes", "talk")
AFTER_ANSWER = {"ci": ("note", "later"), "rq": ("later",)}


# The buttons under a partner's message, by callback prefix, and the relay kind they answer.
RELAY_PREFIXES = {"ci": "checkin", "rq": "request"}


def between_them(session: Session, relay: Relay, user_id: int) -> bool:
    """Meant for ``user_id``, and the two are still a couple."""
    if relay.recipient_id != user_id:
        return False
    recipient = get_user(session, relay.recipient_id)
    sender = get_user(session, relay.sender_id)
    return (
        recipient is not None
        and sender is not None
        and recipient.couple_id is not None
        and recipient.couple_id == sender.couple_id
    )


def save_checkin_answer(
    session: Session, user: UserFacts, effect: SaveCheckInAnswer, now: datetime
) -> bool:
    relay = relays.get_relay(session, effect.relay_id)
    if relay is None or relay.kind != "checkin" or not between_them(session, relay, user.id):
        return False
    note = effect.note.strip()
    if effect.note_only:
        # The verdict went with its tap; the line comes once, after it.
        if relay.answered_at is None or relay.note is not None or not note:
            return False
        relays.add_note(session, relay, note)
        with speaking_to(session, relay.sender_id):
            noted = checkin_note_text(user.first_name, note)
        crisis_guard.queue(
            session,
            chat_id=relay.sender_id,
            kind="checkin_answer",
            text=noted,
            due_at=now,
            now=now,
            sender_id=user.id,
            relay_id=relay.id,
        )
        return True
    if relay.answered_at is not None:
        return False
    record_checkin_answer(session, relay, user, effect.verdict, note, now)
    return True


def record_checkin_answer(
    session: Session, relay: Relay, answerer: UserFacts, verdict: str, note: str, now: datetime
) -> None:
    """The answer goes back to the asker at once, with the offer to close the loop."""
    relays.answer_relay(session, relay, verdict=verdict, note=note, now=now)
    with speaking_to(session, relay.sender_id):
        reply = checkin_result(answerer.first_name, verdict, note)
    crisis_guard.queue(
        session,
        chat_id=relay.sender_id,
        kind="checkin_answer",
        text=reply.text,
        buttons=reply.buttons,
        due_at=now,
        now=now,
        # The answer quotes its author: it is theirs, and goes with their data.
        sender_id=answerer.id,
        relay_id=relay.id,
    )


def record_request_answer(
    session: Session, relay: Relay, answerer: User, choice: str, sender_name: str, now: datetime
) -> Reply:
    """The sender learns their request was read, and the answer; the receiver is told so."""
    relays.answer_relay(session, relay, verdict=choice, note="", now=now)
    accepted = choice == relays.REQUEST_ACCEPTED
    with speaking_to(session, relay.sender_id):
        told = followup_text.REQUEST_READ_YES if accepted else followup_text.REQUEST_READ_TALK
        told = told.format(name=esc(answerer.first_name))
    crisis_guard.queue(
        session,
        chat_id=relay.sender_id,
        kind="request_answer",
        text=told,
        due_at=now,
        now=now,
        sender_id=answerer.id,
        relay_id=relay.id,
    )
    if accepted and relay.to_group_when_accepted:
        _post_accepted_to_group(session, relay, answerer, sender_name, now)
    name = esc(sender_name)
    if not accepted:
        return Reply(followup_text.REQUEST_TALK_ACK.format(name=name))
    ack = followup_text.REQUEST_YES_ACK.format(name=name)
    return Reply(
        f"{ack}\n\n{followup_text.REQUEST_LOOK_BACK_OFFER}",
        (
            (Button(followup_text.REQUEST_LOOK_BACK, _request_data(relay, "open")),),
            (Button(common_text.NOT_NOW, _request_data(relay, "later")),),
        ),
    )


def _post_accepted_to_group(
    session: Session, relay: Relay, answerer: User, sender_name: str, now: datetime
) -> None:
    """The sender chose the group in the preview: the accepted request is posted there, if
    the couple's group posts are still on (only the request's words, never what happened)."""
    if answerer.couple_id is None:
        return
    group = daily_store.group_mode_groups(session, [answerer.couple_id]).get(answerer.couple_id)
    if group is None:
        return
    crisis_guard.queue(
        session,
        chat_id=group.chat_id,
        kind="request_accepted",
        text=followup_text.REQUEST_ACCEPTED_IN_GROUP.format(
            sender=esc(sender_name), request=said(relay.text), name=esc(answerer.first_name)
        ),
        due_at=now,
        now=now,
        sender_id=relay.sender_id,
        subject_user_id=answerer.id,
        dedupe_key=f"request_accepted:{relay.id}",
    )


def _request_data(relay: Relay, choice: str) -> str:
    assert relay.id is not None
    return encode(RelayPress("rq", relay.id, choice))

"""Comparing /quiz results: each partner's is held until both have shared, then swapped.

A shared result is a relay (kind ``quiz``) from its author to their partner,
kept undelivered. When the partner shares theirs, both relays are answered and
each goes to the other through the outbox; until then the partner is invited
once to take the quiz. Sharing again replaces one's own result still waiting.
"""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

from bot.services import crisis_guard
from bot.services.languages import speaking_to
from flows import quiz
from flows.callback_data import QuizStart, encode
from flows.content import quiz as txt
from flows.model import Button, Person, ShareQuizResult
from flows.text import esc
from storage import couples, relays
from storage.models import Relay
from storage.users import UserFacts

KIND = "quiz"
# Buttons under the invitation: take the quiz now.
START_DATA = encode(QuizStart())


def _waiting(session: Session, sender_id: int, recipient_id: int) -> list[Relay]:
    """Results ``sender_id`` shared with ``recipient_id`` that were not swapped yet."""
    return list(
        session.exec(
            select(Relay).where(
                col(Relay.kind) == KIND,
                col(Relay.sender_id) == sender_id,
                col(Relay.recipient_id) == recipient_id,
                col(Relay.answered_at).is_(None),
            )
        )
    )


def share(
    session: Session, user: UserFacts, person: Person, effect: ShareQuizResult, now: datetime
) -> bool:
    """Keep ``user``'s result for their partner; swap both once the partner's is there.

    Returns whether anything was queued.
    """
    partner_id = person.partner_id
    if partner_id is None or user.couple_id is None:
        return False
    # The partner may be sharing in their own chat at this moment: whoever takes the
    # couple's lock second finds the first one's result (committed) and swaps them.
    # (Deciding on reads without it, both once found nothing to swap with, and the
    # results never came.) A couple ended meanwhile gets nothing.
    couple = couples.lock_couple(session, user.couple_id)
    if couple is None or couple.ended_at is not None:
        return False
    for older in _waiting(session, user.id, partner_id):
        relays.answer_relay(session, older, verdict="replaced", note="", now=now)
    mine = relays.get_relay(
        session,
        crisis_guard.add_relay(
            session,
            kind=KIND,
            sender_id=user.id,
            recipient_id=partner_id,
            text=effect.text,
            now=now,
        ),
    )
    assert mine is not None  # added just now
    theirs = _waiting(session, partner_id, user.id)
    if not theirs:
        if len(_invited(session, user.id, partner_id)) == 0:
            with speaking_to(session, partner_id):
                invite = txt.INVITE.format(name=esc(user.first_name))
                take_it = ((Button(txt.TAKE_IT, START_DATA),),)
            crisis_guard.queue(
                session,
                chat_id=partner_id,
                kind="quiz_invite",
                text=invite,
                buttons=take_it,
                due_at=now,
                now=now,
                sender_id=user.id,
            )
        return True
    latest = max(theirs, key=lambda r: (r.created_at, r.id or 0))
    partner_name = person.partner_name or ""
    for relay, to, name in ((latest, user.id, partner_name), (mine, partner_id, user.first_name)):
        relays.answer_relay(session, relay, verdict="swapped", note="", now=now)
        with speaking_to(session, to):
            delivered = quiz.delivery(name, relay.text)
        crisis_guard.queue(
            session,
            chat_id=to,
            kind="quiz_result",
            text=delivered,
            due_at=now,
            now=now,
            sender_id=relay.sender_id,
            relay_id=relay.id,
        )
    for older in theirs:
        if older is not latest:
            relays.answer_relay(session, older, verdict="replaced", note="", now=now)
    return True


def _invited(session: Session, user_id: int, partner_id: int) -> list[Relay]:
    """``user_id``'s earlier results for this partner: the invitation went with the first."""
    return list(
        session.exec(
            select(Relay).where(
                col(Relay.kind) == KIND,
                col(Relay.sender_id) == user_id,
                col(Relay.recipient_id) == partner_id,
                col(Relay.verdict) == "replaced",
            )
        )
    )

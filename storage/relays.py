"""Messages one partner confirmed for the other, and the check-in answers that come back."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import and_, or_
from sqlmodel import Session, col, select

from storage.models import MAX_ROW_ID, Relay


def add_relay(
    session: Session, *, kind: str, sender_id: int, recipient_id: int, text: str, now: datetime
) -> Relay:
    relay = Relay(
        kind=kind, sender_id=sender_id, recipient_id=recipient_id, text=text, created_at=now
    )
    session.add(relay)
    session.flush()
    return relay


def get_relay(session: Session, relay_id: int) -> Relay | None:
    """The relay, or None; ``relay_id`` may come from forged button data."""
    if not 0 < relay_id <= MAX_ROW_ID:
        return None
    return session.get(Relay, relay_id)


def answer_relay(session: Session, relay: Relay, *, verdict: str, note: str, now: datetime) -> None:
    relay.verdict = verdict
    relay.note = note or None
    relay.answered_at = now
    session.add(relay)


def playbook_of(
    session: Session, user_id: int, *, asked_by: int | None = None
) -> list[tuple[str, str, datetime]]:
    """What helped ``user_id``, from their own answers to check-ins: (verdict, note, when).

    With ``asked_by``, only their answers to that person's check-ins that reached
    them: a partner sees what they were told, never what was told to someone else.
    """
    conditions = [
        col(Relay.recipient_id) == user_id,
        col(Relay.kind) == "checkin",
        col(Relay.answered_at).is_not(None),
    ]
    if asked_by is not None:
        conditions += [
            col(Relay.sender_id) == asked_by,
            col(Relay.answer_delivered_at).is_not(None),
        ]
    rows = session.exec(select(Relay).where(*conditions).order_by(col(Relay.answered_at).desc()))
    return [(r.verdict or "", r.note or "", r.answered_at) for r in rows if r.answered_at]


def relays_seen_by(session: Session, user_id: int) -> list[Relay]:
    """What the user wrote to their partner, and what reached them from their partner.

    A message still waiting to go out ("Send later"), withdrawn by /unpair or
    never delivered is its sender's alone.
    """
    return list(
        session.exec(
            select(Relay)
            .where(
                or_(
                    col(Relay.sender_id) == user_id,
                    and_(
                        col(Relay.recipient_id) == user_id,
                        col(Relay.delivered_at).is_not(None),
                    ),
                )
            )
            .order_by(col(Relay.created_at), col(Relay.id))
        )
    )

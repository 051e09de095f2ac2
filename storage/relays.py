"""Messages one partner confirmed for the other, and the check-in answers that come back."""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import delete, or_
from sqlmodel import Session, col, select

from storage.models import Reflection, Relay


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
    return session.get(Relay, relay_id)


def answer_relay(session: Session, relay: Relay, *, verdict: str, note: str, now: datetime) -> None:
    relay.verdict = verdict
    relay.note = note or None
    relay.answered_at = now
    session.add(relay)


def playbook_of(session: Session, user_id: int) -> list[tuple[str, str, datetime]]:
    """What helped ``user_id``, from their own answers to check-ins: (verdict, note, when)."""
    rows = session.exec(
        select(Relay)
        .where(
            Relay.recipient_id == user_id,
            Relay.kind == "checkin",
            col(Relay.answered_at).is_not(None),
        )
        .order_by(col(Relay.answered_at).desc())
    )
    return [(r.verdict or "", r.note or "", r.answered_at) for r in rows if r.answered_at]


def relays_involving(session: Session, user_id: int) -> list[Relay]:
    return list(
        session.exec(
            select(Relay)
            .where(or_(col(Relay.sender_id) == user_id, col(Relay.recipient_id) == user_id))
            .order_by(col(Relay.created_at))
        )
    )


def delete_everything_of(session: Session, user_id: int) -> None:
    """Relays to or from the user and their reflections (for /deletedata)."""
    session.execute(
        delete(Relay).where(
            or_(col(Relay.sender_id) == user_id, col(Relay.recipient_id) == user_id)
        )
    )
    session.execute(delete(Reflection).where(col(Reflection.user_id) == user_id))

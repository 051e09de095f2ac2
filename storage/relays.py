"""Messages one partner confirmed for the other, and the answers that come back.

A check-in's answer (verdict, then maybe a line of their own) and a request's
answer ("yes": got it, I will; "talk": let's talk about it) are kept on the relay.
"""

from __future__ import annotations

from datetime import datetime

from sqlalchemy import BindParameter, DateTime, and_, bindparam, case, insert, or_, update
from sqlmodel import Session, col, select

from storage.models import MAX_ROW_ID, Relay


def add_relay(
    session: Session,
    *,
    kind: str,
    sender_id: int,
    recipient_id: int,
    text: str,
    now: datetime,
    to_group_when_accepted: bool = False,
) -> int:
    """Record a message one partner confirmed for the other; returns the relay's id."""
    values = {
        "kind": kind,
        "sender_id": sender_id,
        "recipient_id": recipient_id,
        "text": text,
        "created_at": now,
        "to_group_when_accepted": to_group_when_accepted,
    }
    session.flush()  # what this unit changed so far goes first, as with the ORM
    relay_id = session.connection().execute(_ADD, values).scalar_one()
    assert relay_id is not None  # the database gave it
    return relay_id


# One plain statement, built once: an ORM object and its flush cost four times as much,
# on every partner message (docs/benchmarks.md).
_ADD = insert(Relay).returning(col(Relay.id))


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


# Built once (the statement and its cache key); the values come as parameters.
_CHAT: BindParameter[int] = bindparam("chat_id")
_MARK_DELIVERED = (
    update(Relay)
    .where(col(Relay.id) == bindparam("relay_id"))
    .values(
        delivered_at=case(
            (
                and_(col(Relay.recipient_id) == _CHAT, col(Relay.delivered_at).is_(None)),
                bindparam("now", type_=DateTime()),
            ),
            else_=col(Relay.delivered_at),
        ),
        answer_delivered_at=case(
            (
                and_(
                    col(Relay.recipient_id) != _CHAT,
                    col(Relay.sender_id) == _CHAT,
                    col(Relay.answer_delivered_at).is_(None),
                ),
                bindparam("now", type_=DateTime()),
            ),
            else_=col(Relay.answer_delivered_at),
        ),
    )
)


def mark_delivered(session: Session, relay_id: int, *, chat_id: int, now: datetime) -> None:
    """A message of the relay reached ``chat_id``: its recipient (the message itself) or
    its sender (the partner's answer). The first arrival is kept. One statement."""
    session.connection().execute(
        _MARK_DELIVERED, {"relay_id": relay_id, "chat_id": chat_id, "now": now}
    )


def add_note(session: Session, relay: Relay, note: str) -> None:
    """A line of their own, added after the check-in's answer went with its tap."""
    relay.note = note or None
    session.add(relay)


# A request's answer that puts it in the sender's playbook.
REQUEST_ACCEPTED = "yes"


def playbook_of(
    session: Session, user_id: int, *, asked_by: int | None = None
) -> list[tuple[str, str, str, datetime]]:
    """What helps ``user_id``, in their own words: (kind, verdict, words, when), newest first.

    Their answers to check-ins (``checkin``: the verdict and their note) and their
    requests the partner said yes to (``request``: the request's words).

    With ``asked_by``, only what passed between the two of them and reached
    ``asked_by``: their answers to that person's check-ins that reached them, and
    their requests that person said yes to. A partner sees what they were told,
    never what was told to someone else. Without it (their own view), a request
    shows once its yes reached them.
    """
    checkins = [
        col(Relay.recipient_id) == user_id,
        col(Relay.kind) == "checkin",
        col(Relay.answered_at).is_not(None),
    ]
    requests = [
        col(Relay.sender_id) == user_id,
        col(Relay.kind) == "request",
        col(Relay.verdict) == REQUEST_ACCEPTED,
        col(Relay.answered_at).is_not(None),
    ]
    if asked_by is not None:
        checkins += [
            col(Relay.sender_id) == asked_by,
            col(Relay.answer_delivered_at).is_not(None),
        ]
        requests += [col(Relay.recipient_id) == asked_by]
    else:
        requests += [col(Relay.answer_delivered_at).is_not(None)]
    rows = session.exec(
        select(Relay)
        .where(or_(and_(*checkins), and_(*requests)))
        .order_by(col(Relay.answered_at).desc(), col(Relay.id).desc())
    )
    found: list[tuple[str, str, str, datetime]] = []
    for r in rows:
        if r.answered_at is None:
            continue
        words = r.text if r.kind == "request" else (r.note or "")
        found.append((r.kind, r.verdict or "", words, r.answered_at))
    return found


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

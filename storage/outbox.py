"""Messages waiting to go to someone other than the person who acted.

Written in the same transaction as the change that caused them; claimed in a
transaction of their own before sending, so a crash between claim and send
loses at most that one message and never sends it twice.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import update
from sqlmodel import Session, col, select

from storage.models import Outbox, Relay

__all__ = ["Outbox"]

PENDING = "pending"
SENDING = "sending"
SENT = "sent"
FAILED = "failed"
CANCELLED = "cancelled"


def enqueue(
    session: Session,
    *,
    chat_id: int,
    kind: str,
    text: str,
    buttons: Sequence[Sequence[ButtonLike]] = (),
    due_at: datetime,
    now: datetime,
    sender_id: int | None = None,
    subject_user_id: int | None = None,
    relay_id: int | None = None,
    dedupe_key: str | None = None,
) -> Outbox:
    """Queue a message for ``chat_id``.

    Every person the text quotes or names besides the recipient must be given,
    so /deletedata of that person finds the row: ``sender_id`` for whose words
    or action it is (also told if it cannot be delivered), ``subject_user_id``
    for anyone else it names or quotes. ``relay_id`` links a partner message (or
    a check-in's answer) to its relay, which records the delivery for /export.
    """
    row = Outbox(
        chat_id=chat_id,
        kind=kind,
        text=text,
        buttons=encode_buttons(buttons),
        due_at=due_at,
        sender_id=sender_id,
        subject_user_id=subject_user_id,
        relay_id=relay_id,
        dedupe_key=dedupe_key,
        created_at=now,
    )
    session.add(row)
    session.flush()
    return row


class ButtonLike(Protocol):
    """A button under a queued message (``flows.model.Button`` is one)."""

    @property
    def label(self) -> str: ...
    @property
    def data(self) -> str: ...


def encode_buttons(rows: Sequence[Sequence[ButtonLike]]) -> str:
    """The keyboard as the JSON kept with the row, read back by :func:`decode_buttons`."""
    plain = [[{"label": b.label, "data": b.data} for b in row] for row in rows]
    return json.dumps(plain, ensure_ascii=False)


def decode_buttons(row: Outbox) -> list[list[dict[str, Any]]]:
    raw: list[list[dict[str, Any]]] = json.loads(row.buttons)
    return raw


def claim_due(session: Session, *, now: datetime, limit: int = 100) -> list[Outbox]:
    """Mark up to ``limit`` due rows as being sent by us and return them.

    On PostgreSQL the rows are locked with ``FOR UPDATE SKIP LOCKED``: several
    processes claim at once, each takes rows no other is claiming, none waits. The
    update still checks ``pending`` (and SQLite, which ignores the lock clause,
    runs one claim at a time): a row is claimed once whatever happens.
    """
    ids = list(
        session.exec(
            select(Outbox.id)
            .where(Outbox.status == PENDING, col(Outbox.due_at) <= now)
            .order_by(col(Outbox.due_at), col(Outbox.id))
            .limit(limit)
            .with_for_update(skip_locked=True)
        )
    )
    if not ids:
        return []
    session.execute(
        update(Outbox)
        .where(col(Outbox.id).in_(ids), col(Outbox.status) == PENDING)
        .values(status=SENDING, claimed_at=now, attempts=col(Outbox.attempts) + 1)
    )
    # The rows are ours (locked, or under SQLite's writer lock): whichever of them
    # are ``sending`` now were moved there by the update above.
    return list(
        session.exec(
            select(Outbox)
            .where(col(Outbox.id).in_(ids), col(Outbox.status) == SENDING)
            .order_by(col(Outbox.due_at), col(Outbox.id))
        )
    )


def finish(session: Session, outbox_id: int, *, status: str, now: datetime) -> None:
    row = session.get(Outbox, outbox_id)
    if row is not None:
        row.status = status
        if status == SENT:
            row.sent_at = now
            _mark_relay_delivered(session, row, now)
        session.add(row)


def _mark_relay_delivered(session: Session, row: Outbox, now: datetime) -> None:
    """What reached whom is kept on the relay: outbox rows are purged, relays stay."""
    if row.relay_id is None:
        return
    relay = session.get(Relay, row.relay_id)
    if relay is None:
        return
    if row.chat_id == relay.recipient_id and relay.delivered_at is None:
        relay.delivered_at = now
    elif row.chat_id == relay.sender_id and relay.answer_delivered_at is None:
        relay.answer_delivered_at = now
    session.add(relay)


def retry_later(session: Session, outbox_id: int, *, due_at: datetime) -> None:
    row = session.get(Outbox, outbox_id)
    if row is not None:
        row.status = PENDING
        row.due_at = due_at
        session.add(row)


def cancel_pending_to(session: Session, chat_id: int) -> int:
    """Stop every queued message to a chat (unpair, delete data, pause)."""
    result = session.execute(
        update(Outbox)
        .where(col(Outbox.chat_id) == chat_id, col(Outbox.status) == PENDING)
        .values(status=CANCELLED)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def next_due_at(session: Session) -> datetime | None:
    return session.exec(
        select(Outbox.due_at).where(Outbox.status == PENDING).order_by(col(Outbox.due_at)).limit(1)
    ).first()


def move_pending(session: Session, *, old_chat_id: int, new_chat_id: int) -> None:
    session.execute(
        update(Outbox)
        .where(col(Outbox.chat_id) == old_chat_id, col(Outbox.status) == PENDING)
        .values(chat_id=new_chat_id)
    )


UNKNOWN = "unknown"


def expire_stale_claims(session: Session, *, claimed_before: datetime) -> int:
    """Rows claimed by a process that died before recording the outcome.

    They may or may not have reached Telegram; at most once means they are
    marked ``unknown`` and never sent again.
    """
    result = session.execute(
        update(Outbox)
        .where(col(Outbox.status) == SENDING, col(Outbox.claimed_at) < claimed_before)
        .values(status=UNKNOWN)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]


def sender_of(session: Session, outbox_id: int) -> int | None:
    row = session.get(Outbox, outbox_id)
    return row.sender_id if row is not None else None


def redirect(session: Session, outbox_id: int, *, chat_id: int) -> None:
    """Send the row again, to the chat's new id (a group became a supergroup)."""
    row = session.get(Outbox, outbox_id)
    if row is not None:
        row.chat_id = chat_id
        row.status = PENDING
        session.add(row)


def has_dedupe_key(session: Session, key: str) -> bool:
    return session.exec(select(Outbox.id).where(Outbox.dedupe_key == key)).first() is not None

"""Messages waiting to go to someone other than the person who acted.

Written in the same transaction as the change that caused them; claimed one at
a time (``storage.sending``) before sending, so a crash between claim and send
loses at most that one message and never sends it twice.
"""

from __future__ import annotations

import json
from collections.abc import Sequence
from datetime import datetime
from typing import Any, Protocol

from sqlalchemy import DateTime, bindparam, insert, update
from sqlmodel import Session, col, select

from storage import relays, sending
from storage.conflicts import insert_unless_exists
from storage.models import Outbox
from storage.sending import CANCELLED, FAILED, PENDING, SENDING, SENT, UNKNOWN

__all__ = ["CANCELLED", "FAILED", "PENDING", "SENDING", "SENT", "UNKNOWN", "Outbox"]


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
) -> int:
    """Queue a message for ``chat_id``; returns the row's id.

    Every person the text quotes or names besides the recipient must be given,
    so /deletedata of that person finds the row: ``sender_id`` for whose words
    or action it is (also told if it cannot be delivered), ``subject_user_id``
    for anyone else it names or quotes. ``relay_id`` links a partner message (or
    a check-in's answer) to its relay, which records the delivery for /export.
    """
    values = {
        "chat_id": chat_id,
        "kind": kind,
        "text": text,
        "buttons": encode_buttons(buttons),
        "due_at": due_at,
        "status": PENDING,
        "attempts": 0,
        "sender_id": sender_id,
        "subject_user_id": subject_user_id,
        "relay_id": relay_id,
        "dedupe_key": dedupe_key,
        "created_at": now,
    }
    session.flush()  # what this unit changed so far goes first, as with the ORM
    if dedupe_key is not None:
        # Two updates may queue the same message at the same moment (PostgreSQL, or one
        # after the other): one row, and neither fails. Its id, whoever wrote it.
        insert_unless_exists(session, Outbox, values)
        row_id = session.connection().execute(_BY_DEDUPE_KEY, {"key": dedupe_key}).scalar_one()
    else:
        row_id = session.connection().execute(_ENQUEUE, values).scalar_one()
    assert row_id is not None  # the database gave it
    return row_id


# One plain statement, built once: through the ORM (an object, then a flush) the insert
# cost more than claiming and settling the row together (docs/benchmarks.md).
_ENQUEUE = insert(Outbox).returning(col(Outbox.id))
_BY_DEDUPE_KEY = select(col(Outbox.id)).where(col(Outbox.dedupe_key) == bindparam("key"))


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


def finish(session: Session, outbox_id: int, *, status: str, now: datetime) -> None:
    """Settle a claimed row by id (tools and tests), as the sender does."""
    if status == SENT:
        mark_sent(session, outbox_id, now)
        return
    row = session.get(Outbox, outbox_id)
    if row is not None:
        sending.finish(session, row, status, now=now)


_MARK_SENT = (
    update(Outbox)
    .where(col(Outbox.id) == bindparam("row_id"))
    .values(status=SENT, sent_at=bindparam("now", type_=DateTime()))
    .returning(col(Outbox.relay_id), col(Outbox.chat_id))
)


def mark_sent(session: Session, row_id: int, now: datetime) -> None:
    """A claimed row went out: its status, and on its relay (outbox rows are purged,
    relays stay) that it reached its recipient, or the answer its sender. Plain
    statements built once, the row not loaded: this runs for nearly every message the
    bot queues. Nothing happens if the row is gone (deleted meanwhile by /deletedata)."""
    sent = session.connection().execute(_MARK_SENT, {"row_id": row_id, "now": now}).first()
    if sent is not None and sent.relay_id is not None:
        relays.mark_delivered(session, sent.relay_id, chat_id=sent.chat_id, now=now)


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


def claimed_since(
    session: Session, chat_id: int, *, since: datetime, excluding: int | None = None
) -> list[datetime]:
    """When rows to ``chat_id`` were taken for sending from ``since`` on, newest first
    (rows waiting or cancelled never reached Telegram and do not count)."""
    found = session.exec(
        select(Outbox.claimed_at).where(
            col(Outbox.chat_id) == chat_id,
            col(Outbox.claimed_at) >= since,
            col(Outbox.status).not_in([PENDING, CANCELLED]),
            col(Outbox.id) != (excluding if excluding is not None else -1),
        )
    )
    return sorted((at for at in found if at is not None), reverse=True)


def has_dedupe_key(session: Session, key: str) -> bool:
    return session.exec(select(Outbox.id).where(Outbox.dedupe_key == key)).first() is not None

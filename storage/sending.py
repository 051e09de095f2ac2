"""The one life of anything the bot sends on its own: outbox rows and daily prompt deliveries.

Both tables carry the same columns for it (``status``, ``due_at``, ``attempts``,
``claimed_at``, ``sent_at``) and move through the same statuses::

    pending ─claim─▶ sending ─▶ sent
                     sending ─▶ pending (later: rate limited, or surely never reached Telegram)
                     sending ─▶ failed (refused, blocked, too many attempts)
                     sending ─▶ unknown (may have arrived: timeout, dropped connection, crash)
    pending ─▶ cancelled (unpaired, deleted, paused before it went out)

A row is sent only by whoever moved it to ``sending``, in a transaction of its
own, one row at a time: a crash leaves at most the row in flight in doubt, and
that row is never sent again.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final, NamedTuple, TypeVar

from sqlalchemy import BindParameter, DateTime, Update, bindparam, update
from sqlmodel import Session, col, select
from sqlmodel.sql.expression import SelectOfScalar

from storage.models import Outbox, PromptDelivery

PENDING: Final = "pending"  # waiting for its time: first time, after a snooze or a retry
SENDING: Final = "sending"  # one sender took it; a crash here never resends it
SENT: Final = "sent"
FAILED: Final = "failed"  # Telegram refused it (blocked, bad request, too many attempts)
UNKNOWN: Final = "unknown"  # no answer came back (timeout, crash): maybe sent, never resent
CANCELLED: Final = "cancelled"  # no longer wanted before it went out

Sendable = TypeVar("Sendable", Outbox, PromptDelivery)


def claim_due(
    session: Session, model: type[Sendable], *, now: datetime, limit: int = 1
) -> list[Sendable]:
    """Move up to ``limit`` due rows to ``sending`` (oldest first) and return them.

    Senders claim one row at a time, so a crash never puts more than the one
    message in flight in doubt. On PostgreSQL the rows are locked with ``FOR
    UPDATE SKIP LOCKED``: several processes claim at once, each takes rows no
    other is claiming, none waits. The update still checks ``pending`` (and
    SQLite, which ignores the lock clause, runs one claim at a time): a row is
    claimed once whatever happens.
    """
    # The choice and the move as plain statements on the unit's connection: through
    # the ORM they cost more than the send itself (docs/benchmarks.md). The rows are
    # then loaded afresh (populate_existing), so no object in the session is stale.
    statements = _claim_statements(model)
    session.flush()  # what this unit changed so far, as the ORM's autoflush would
    connection = session.connection()
    ids = list(connection.execute(statements.due, {"now": now, "limit": limit}).scalars())
    if not ids:
        return []
    connection.execute(statements.take, {"ids": ids, "now": now})
    # The rows are ours (locked, or under SQLite's writer lock): whichever of them
    # are ``sending`` now were moved there by the update above.
    return list(session.exec(statements.taken, params={"ids": ids}))


class _ClaimStatements(NamedTuple):
    due: SelectOfScalar[Any]
    take: Update
    taken: SelectOfScalar[Any]


# Built once per table (the statements and their cache keys): a sender claims before
# every message it sends.
_CLAIMS: dict[type, _ClaimStatements] = {}


def _claim_statements(model: type[Sendable]) -> _ClaimStatements:
    try:
        return _CLAIMS[model]
    except KeyError:
        pass
    order = (col(model.due_at), col(model.id))
    ids: BindParameter[list[int]] = bindparam("ids", expanding=True)
    built = _ClaimStatements(
        due=select(col(model.id))
        .where(col(model.status) == PENDING, col(model.due_at) <= bindparam("now"))
        .order_by(*order)
        .limit(bindparam("limit"))
        .with_for_update(skip_locked=True),
        take=update(model)
        .where(col(model.id).in_(ids), col(model.status) == PENDING)
        .values(
            status=SENDING,
            claimed_at=bindparam("now", type_=DateTime()),
            attempts=col(model.attempts) + 1,
        ),
        taken=select(model)
        .where(col(model.id).in_(ids), col(model.status) == SENDING)
        .order_by(*order)
        .execution_options(populate_existing=True),
    )
    _CLAIMS[model] = built
    return built


def requeue(session: Session, row: Outbox | PromptDelivery, *, due_at: datetime) -> None:
    """Due again at ``due_at`` (a retry, a rate limit, a snooze)."""
    row.status = PENDING
    row.due_at = due_at
    session.add(row)


def finish(session: Session, row: Outbox | PromptDelivery, status: str, *, now: datetime) -> None:
    row.status = status
    if status == SENT:
        row.sent_at = now
    session.add(row)


def expire_stale_claims(
    session: Session, model: type[Outbox] | type[PromptDelivery], *, claimed_before: datetime
) -> int:
    """Rows a process claimed and never settled (it died mid-send).

    They may or may not have reached Telegram; at most once means they are
    marked ``unknown`` and never sent again.
    """
    result = session.execute(
        update(model)
        .where(col(model.status) == SENDING, col(model.claimed_at) < claimed_before)
        .values(status=UNKNOWN)
    )
    return int(result.rowcount)  # type: ignore[attr-defined]

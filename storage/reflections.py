"""Finished reflections: private to their author."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from sqlalchemy import bindparam
from sqlmodel import Session, col, select

from storage.models import Reflection


def add_reflection(
    session: Session, *, user_id: int, kind: str, summary: dict[str, Any], now: datetime
) -> Reflection:
    row = Reflection(
        user_id=user_id, kind=kind, summary=json.dumps(summary, ensure_ascii=False), created_at=now
    )
    session.add(row)
    return row


def reflections_of(
    session: Session, user_id: int, limit: int | None = None
) -> list[tuple[datetime, str, dict[str, Any]]]:
    """Newest first: (when, kind, summary)."""
    query = (
        select(Reflection)
        .where(Reflection.user_id == user_id)
        .order_by(col(Reflection.created_at).desc(), col(Reflection.id).desc())
    )
    if limit is not None:
        query = query.limit(limit)
    return [(r.created_at, r.kind, json.loads(r.summary)) for r in session.exec(query)]


def has_reflection(session: Session, user_id: int, kinds: tuple[str, ...]) -> bool:
    """Whether ``user_id`` finished a reflection of one of ``kinds``."""
    found = session.connection().execute(_ANY_OF_KINDS, {"user_id": user_id, "kinds": kinds})
    return found.first() is not None


# A plain statement built once: asked at every /moment, where the ORM's query
# machinery cost more than the read (docs/benchmarks.md).
_ANY_OF_KINDS = (
    select(col(Reflection.id))
    .where(
        col(Reflection.user_id) == bindparam("user_id"),
        col(Reflection.kind).in_(bindparam("kinds", expanding=True)),
    )
    .limit(1)
)

"""What every step of a conversation reads first, as one statement: the person, their
open conversation and their partner.

These were three reads (``refresh_user``, ``load_conversation``, ``partner_brief``) on
every update a person sends; each statement costs more in SQLAlchemy's execution than
in the database (docs/benchmarks.md, sixth round). Read together they are also one
snapshot on PostgreSQL. The rows and rules are the same as those three functions'.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import datetime

import sqlalchemy
from sqlalchemy import and_, bindparam
from sqlalchemy.orm import aliased
from sqlmodel import Session, col

from storage.conversations import SavedConversation
from storage.models import Conversation, User
from storage.users import (
    BRIEF_COLUMNS,
    PartnerBrief,
    UserBrief,
    group_posts_exist,
    refresh_name,
)

_Partner = aliased(User, name="partner")

_OPENING = (
    sqlalchemy.select(
        *BRIEF_COLUMNS,
        col(Conversation.state),
        col(Conversation.version),
        col(Conversation.updated_at),
        col(_Partner.id).label("partner_id"),
        col(_Partner.first_name).label("partner_first_name"),
        group_posts_exist(col(User.couple_id)).label("shared_group"),
    )
    .select_from(User)
    .outerjoin(Conversation, col(Conversation.user_id) == col(User.id))
    .outerjoin(
        _Partner,
        and_(col(_Partner.couple_id) == col(User.couple_id), col(_Partner.id) != col(User.id)),
    )
    .where(col(User.id) == bindparam("user_id"))
    .limit(1)
)


@dataclass(frozen=True)
class StepOpening:
    """The person in brief (with the name they have now), their saved conversation (None
    if none is open), their partner (None when not in a couple), and what is stored of
    their name (first name, username, reachable), for :func:`refresh_person`."""

    user: UserBrief
    saved: SavedConversation | None
    partner: PartnerBrief | None
    stored: tuple[str, str | None, bool]


def open_step(
    session: Session, *, user_id: int, first_name: str, username: str | None
) -> StepOpening | None:
    """Read what a step starts from; None if the person is not known yet (see
    ``storage.users.upsert_user``). Nothing is written: see :func:`refresh_person`."""
    row = session.connection().execute(_OPENING, {"user_id": user_id}).first()
    if row is None:
        return None
    user = UserBrief(row.id, first_name[:128], row.timezone, row.couple_id, row.pending_setting)
    saved = (
        SavedConversation(json.loads(row.state), row.version, row.updated_at)
        if row.version is not None
        else None
    )
    partner = (
        PartnerBrief(row.partner_id, row.partner_first_name, bool(row.shared_group))
        if row.partner_id is not None
        else None
    )
    return StepOpening(user, saved, partner, (row.first_name, row.username, row.reachable))


def refresh_person(
    session: Session, opening: StepOpening, *, username: str | None, now: datetime
) -> None:
    """Store the name the step was opened with, and mark the person reachable, where that
    changed (``storage.users.refresh_name``). A step calls it last: the person's row is then
    locked after the couple's, in the order ``/unpair`` takes them (see
    ``bot.services.conversation._step``)."""
    refresh_name(
        session,
        user_id=opening.user.id,
        known=opening.stored,
        first_name=opening.user.first_name,
        username=username,
        now=now,
    )

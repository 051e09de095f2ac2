"""Invite codes: random, single use, stored only as a hash."""

from __future__ import annotations

import hashlib
import re
import secrets
from datetime import datetime, timedelta

from sqlmodel import Session, col, select

from storage.models import Invite

# 16 random bytes = 128 bits, 22 URL-safe characters: well inside Telegram's 64.
CODE_BYTES = 16
CODE_PATTERN = re.compile(r"^[A-Za-z0-9_-]{22}$")


def hash_code(code: str) -> str:
    return hashlib.sha256(code.encode()).hexdigest()


def looks_like_code(text: str) -> bool:
    return bool(CODE_PATTERN.fullmatch(text))


def create_invite(
    session: Session, *, inviter_id: int, now: datetime, lifetime: timedelta
) -> tuple[Invite, str]:
    """Store a new invite and return it with the plain code (never stored)."""
    code = secrets.token_urlsafe(CODE_BYTES)
    invite = Invite(
        code_hash=hash_code(code),
        inviter_id=inviter_id,
        created_at=now,
        expires_at=now + lifetime,
    )
    session.add(invite)
    return invite, code


def find_invite(session: Session, code: str) -> Invite | None:
    """The invite, locked until the unit of work ends: two people accepting the same
    link at once are answered one after the other (PostgreSQL; SQLite runs one
    unit of work at a time anyway)."""
    return session.exec(
        select(Invite).where(Invite.code_hash == hash_code(code)).with_for_update()
    ).first()


def revoke_open_invites(session: Session, *, inviter_id: int, now: datetime) -> None:
    """Older unused links of this inviter stop working when a new one is made."""
    for invite in session.exec(
        select(Invite).where(
            Invite.inviter_id == inviter_id,
            col(Invite.used_at).is_(None),
            col(Invite.expires_at) > now,
        )
    ):
        invite.expires_at = now
        session.add(invite)


def mark_used(session: Session, invite: Invite, *, user_id: int, now: datetime) -> None:
    invite.used_at = now
    invite.used_by_id = user_id
    session.add(invite)

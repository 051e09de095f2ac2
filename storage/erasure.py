"""Forgetting a person completely (/deletedata), in one place."""

from __future__ import annotations

from sqlalchemy import delete, or_, update
from sqlmodel import Session, col

from storage import outbox, relays
from storage.conversations import drop_conversation
from storage.models import Invite, Outbox
from storage.users import delete_user


def erase_user(session: Session, user_id: int) -> None:
    """Delete every row about ``user_id``. End their couple first; that is not done here."""
    outbox.cancel_pending_to(session, user_id)
    session.execute(
        delete(Outbox).where(
            or_(col(Outbox.chat_id) == user_id, col(Outbox.sender_id) == user_id),
            col(Outbox.status) != outbox.PENDING,
        )
    )
    # Still-queued messages of theirs (none after the couple ended) lose the link back.
    session.execute(update(Outbox).where(col(Outbox.sender_id) == user_id).values(sender_id=None))
    relays.delete_everything_of(session, user_id)
    drop_conversation(session, user_id)
    session.execute(update(Invite).where(col(Invite.used_by_id) == user_id).values(used_by_id=None))
    session.execute(delete(Invite).where(col(Invite.inviter_id) == user_id))
    delete_user(session, user_id)

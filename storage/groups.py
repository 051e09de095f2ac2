"""Group chats the bot is in."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, select

from storage.models import GroupChat


def get_group(session: Session, chat_id: int) -> GroupChat | None:
    return session.exec(select(GroupChat).where(GroupChat.chat_id == chat_id)).first()


def upsert_group(session: Session, *, chat_id: int, title: str, now: datetime) -> GroupChat:
    group = get_group(session, chat_id)
    if group is None:
        group = GroupChat(chat_id=chat_id, title=title[:256], updated_at=now)
    else:
        group.title = title[:256]
        group.bot_present = True
        group.updated_at = now
    session.add(group)
    return group


def link_group(session: Session, group: GroupChat, *, couple_id: int, now: datetime) -> None:
    group.couple_id = couple_id
    group.linked_at = now
    group.bot_present = True
    group.updated_at = now
    session.add(group)


def unlink_group(session: Session, group: GroupChat, *, now: datetime) -> None:
    group.couple_id = None
    group.linked_at = None
    group.updated_at = now
    session.add(group)


def mark_bot_removed(session: Session, chat_id: int, now: datetime) -> GroupChat | None:
    group = get_group(session, chat_id)
    if group is not None:
        group.bot_present = False
        group.couple_id = None
        group.linked_at = None
        group.updated_at = now
        session.add(group)
    return group


def migrate_group(session: Session, *, old_chat_id: int, new_chat_id: int, now: datetime) -> None:
    """The group became a supergroup: the link follows it to the new id."""
    group = get_group(session, old_chat_id)
    if group is None:
        return
    newer = get_group(session, new_chat_id)
    if newer is not None:
        # The supergroup was seen first (its own service message): keep that row.
        if newer.couple_id is None and group.couple_id is not None:
            link_group(session, newer, couple_id=group.couple_id, now=now)
        session.delete(group)
        return
    group.chat_id = new_chat_id
    group.updated_at = now
    session.add(group)


def linked_group_of(session: Session, couple_id: int) -> GroupChat | None:
    return session.exec(
        select(GroupChat).where(GroupChat.couple_id == couple_id, GroupChat.bot_present)
    ).first()

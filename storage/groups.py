"""Group chats the bot is in."""

from __future__ import annotations

from datetime import datetime

from sqlmodel import Session, col, select

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
    """The group became a supergroup: the link follows it to the new id.

    Both service messages (one in the old chat, one in the new) arrive, and on PostgreSQL
    they may be handled at once. So both rows are read in one statement that locks them
    and reloads what this session already holds: the second handler then sees the
    first one's move, never a stale copy of the same row under both ids (which once
    deleted the group).
    """
    rows = session.exec(
        select(GroupChat)
        .where(col(GroupChat.chat_id).in_((old_chat_id, new_chat_id)))
        .with_for_update()
        .execution_options(populate_existing=True)
    ).all()
    group = next((row for row in rows if row.chat_id == old_chat_id), None)
    newer = next((row for row in rows if row.chat_id == new_chat_id), None)
    if group is None:
        return
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

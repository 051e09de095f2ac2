"""A group chat as the couple's shared space: linking, removal, migration."""

from __future__ import annotations

from collections.abc import Awaitable, Callable

from bot.runtime import Runtime
from bot.services import crisis_guard
from bot.services.languages import speaking_to
from bot.services.outcome import Outcome, Who
from flows.content import daily as daily_text
from flows.content import onboarding as text
from flows.model import Reply
from flows.text import esc
from storage import couples, groups, outbox
from storage.couples import members_of
from storage.db import unit_of_work
from storage.users import get_user, partner_of

# Asks Telegram whether a user is in a chat; injected so this module stays Telegram-free.
MembershipCheck = Callable[[int, int], Awaitable[bool]]


async def link(
    rt: Runtime,
    who: Who,
    *,
    chat_id: int,
    title: str,
    is_member: MembershipCheck,
    quiet: bool = False,
) -> Outcome:
    """Make the group the couple's space if ``who`` is a partner and both are members.

    ``quiet`` is for the bot being added by someone we do not know: greet, don't scold.
    """
    with unit_of_work(rt.engine) as session:
        groups.upsert_group(session, chat_id=chat_id, title=title, now=rt.clock())
        user = get_user(session, who.user_id)
        partner = partner_of(session, user) if user is not None else None
        if user is None or partner is None or user.couple_id is None:
            if quiet:
                return Outcome([Reply(text.GROUP_HELLO)])
            known = user is not None and user.onboarded
            return Outcome([Reply(text.GROUP_NOT_PAIRED if known else text.GROUP_NOT_A_PARTNER)])
        group = groups.get_group(session, chat_id)
        assert group is not None
        names = {"first": esc(user.first_name), "second": esc(partner.first_name)}
        if group.couple_id == user.couple_id:
            return Outcome([Reply(text.GROUP_ALREADY_LINKED.format(**names))])
        if group.couple_id is not None:
            return Outcome([Reply(text.GROUP_OTHER_COUPLE)])
        couple_id, partner_id, partner_name = user.couple_id, partner.id, partner.first_name
    # Ask Telegram outside the transaction: never hold the write lock across the network.
    if not await is_member(chat_id, partner_id):
        return Outcome([Reply(text.GROUP_PARTNER_MISSING.format(partner=esc(partner_name)))])
    if not await is_member(chat_id, who.user_id):
        return Outcome([Reply(text.GROUP_NOT_A_PARTNER)])
    with unit_of_work(rt.engine) as session:
        # The couple locked first: ended meanwhile (/unpair, /deletedata in a private chat,
        # at the same moment on PostgreSQL), it must not get a group linked after its end
        # unlinked its groups (the group would then refuse every other couple for good).
        couple = couples.lock_couple(session, couple_id)
        group = groups.get_group(session, chat_id)
        user = get_user(session, who.user_id)
        if (
            couple is None
            or couple.ended_at is not None
            or group is None
            or user is None
            or user.couple_id != couple_id
        ):
            return Outcome([Reply(text.STALE_BUTTON)])
        groups.link_group(session, group, couple_id=couple_id, now=rt.clock())
        return Outcome([Reply(text.GROUP_LINKED.format(**names))])


def check_partner(rt: Runtime, who: Who, chat_id: int) -> str | None:
    """None if ``who`` may use the bot in this group; otherwise what to tell them."""
    with unit_of_work(rt.engine) as session:
        group = groups.get_group(session, chat_id)
        user = get_user(session, who.user_id)
        if group is None or group.couple_id is None:
            return (
                text.GROUP_NOT_PAIRED if user is not None and user.couple_id else text.GROUP_HELLO
            )
        if user is None or user.couple_id != group.couple_id:
            return text.GROUP_NOT_A_PARTNER
        return None


def refuse_press(rt: Runtime, who: Who, chat_id: int) -> Outcome:
    """A button pressed in a group that is not the daily question's: nothing happens; someone
    outside the couple is told the buttons are the couple's, a partner that it is stale."""
    with unit_of_work(rt.engine) as session:
        group = groups.get_group(session, chat_id)
        user = get_user(session, who.user_id)
        partner = (
            group is not None
            and group.couple_id is not None
            and user is not None
            and user.couple_id == group.couple_id
        )
    return Outcome(notice=text.STALE_BUTTON if partner else daily_text.GROUP_BUTTONS_PARTNERS_ONLY)


def bot_removed(rt: Runtime, chat_id: int) -> None:
    """The bot left or was kicked: the link ends and both partners hear it privately."""
    with unit_of_work(rt.engine) as session:
        group = groups.get_group(session, chat_id)
        couple_id = group.couple_id if group is not None else None
        removed = groups.mark_bot_removed(session, chat_id, rt.clock())
        outbox.cancel_pending_to(session, chat_id)
        if couple_id is None or removed is None:
            return
        now = rt.clock()
        for member in members_of(session, couple_id):
            with speaking_to(session, member.id):
                told = text.GROUP_LINK_ENDED_BOT_REMOVED.format(
                    title=esc(removed.title or text.THE_GROUP)
                )
            crisis_guard.queue(
                session,
                chat_id=member.id,
                kind="group_removed",
                text=told,
                due_at=now,
                now=now,
            )


def migrated(rt: Runtime, *, old_chat_id: int, new_chat_id: int) -> None:
    """The group became a supergroup: the link and any queued messages follow it."""
    with unit_of_work(rt.engine) as session:
        groups.migrate_group(
            session, old_chat_id=old_chat_id, new_chat_id=new_chat_id, now=rt.clock()
        )
        outbox.move_pending(session, old_chat_id=old_chat_id, new_chat_id=new_chat_id)


def member_left(rt: Runtime, *, chat_id: int, user_id: int) -> bool:
    """A partner left the shared group: it stops being the couple's space. Returns whether
    anything changed (and both partners were told privately)."""
    with unit_of_work(rt.engine) as session:
        group = groups.get_group(session, chat_id)
        user = get_user(session, user_id)
        if group is None or group.couple_id is None or user is None:
            return False
        if user.couple_id != group.couple_id:
            return False
        couple_id, title = group.couple_id, group.title
        groups.unlink_group(session, group, now=rt.clock())
        now = rt.clock()
        for member in members_of(session, couple_id):
            with speaking_to(session, member.id):
                told = text.GROUP_LINK_ENDED_PARTNER_LEFT.format(
                    name=esc(user.first_name), title=esc(title or text.THE_GROUP)
                )
            crisis_guard.queue(
                session,
                chat_id=member.id,
                kind="group_left",
                text=told,
                due_at=now,
                now=now,
                subject_user_id=user.id,
            )
        return True

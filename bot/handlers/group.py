"""The group chat the couple shares. Under privacy mode the bot sees only
commands, replies to its own messages and service messages here."""

from __future__ import annotations

from telegram import ChatMember, ChatMemberUpdated, Update
from telegram.error import BadRequest, Forbidden

from bot.handlers.common import Context, answer, run_blocking, runtime, who
from bot.services import crisis_guard, groups
from bot.services.groups import MembershipCheck
from bot.services.outcome import Outcome, say
from flows.callback_data import Link, encode
from flows.content import commands as commands_text
from flows.content import onboarding as text
from flows.model import Button, Reply
from flows.text import esc

PRESENT = {ChatMember.OWNER, ChatMember.ADMINISTRATOR, ChatMember.MEMBER, ChatMember.RESTRICTED}


def _membership_check(context: Context) -> MembershipCheck:
    async def is_member(chat_id: int, user_id: int) -> bool:
        try:
            member = await context.bot.get_chat_member(chat_id, user_id)
        except (BadRequest, Forbidden):
            return False
        return member.status in PRESENT

    return is_member


async def link(update: Update, context: Context) -> None:
    chat = update.effective_chat
    assert chat is not None
    outcome = await groups.link(
        runtime(context),
        who(update),
        chat_id=chat.id,
        title=chat.title or "",
        is_member=_membership_check(context),
    )
    await answer(update, context, outcome)


async def private_only(update: Update, context: Context) -> None:
    """A private chat command sent in a group: a button opens the private chat."""
    chat = update.effective_chat
    assert chat is not None
    problem = await run_blocking(
        context, groups.check_partner, runtime(context), who(update), chat.id
    )
    if problem is not None:
        await answer(update, context, say(problem))
        return
    message = update.effective_message
    command = (message.text or "").split()[0].lstrip("/").split("@")[0] if message else ""
    reply = Reply(
        commands_text.PRIVATE_ONLY.format(command=esc(command[:32])),
        buttons=((Button(commands_text.OPEN_PRIVATE, _private_chat_link(context)),),),
    )
    await answer(update, context, Outcome([reply]))


def _private_chat_link(context: Context, start: str | None = None) -> str:
    """Button data for a URL button that opens the private chat (and /start ``start``)."""
    link = f"https://t.me/{context.bot.username}"
    return encode(Link(f"{link}?start={start}" if start else link))


async def unknown_command(update: Update, context: Context) -> None:
    message = update.effective_message
    raw = (message.text or "") if message is not None else ""
    first = raw.split()[0] if raw else ""
    # "/cmd@otherbot" is for another bot in the group: stay quiet.
    if "@" in first and first.split("@", 1)[1].lower() != context.bot.username.lower():
        return
    chat = update.effective_chat
    assert chat is not None
    problem = await run_blocking(
        context, groups.check_partner, runtime(context), who(update), chat.id
    )
    name = first.lstrip("/").split("@")[0][:32]
    await answer(update, context, say(problem or text.UNKNOWN_COMMAND.format(command=esc(name))))


async def my_membership(update: Update, context: Context) -> None:
    """The bot was added to or removed from a group."""
    change = update.my_chat_member
    assert isinstance(change, ChatMemberUpdated)
    chat = change.chat
    if chat.type not in (chat.GROUP, chat.SUPERGROUP):
        return
    was_in = change.old_chat_member.status in PRESENT
    is_in = change.new_chat_member.status in PRESENT
    rt = runtime(context)
    if was_in and not is_in:
        await run_blocking(context, groups.bot_removed, rt, chat.id)
        await answer(update, context, Outcome(queued=True))
        return
    if is_in and not was_in:
        outcome = await groups.link(
            rt,
            who(update),
            chat_id=chat.id,
            title=chat.title or "",
            is_member=_membership_check(context),
            quiet=True,
        )
        await answer(update, context, outcome)


async def migration(update: Update, context: Context) -> None:
    """Service messages on both sides of a group's upgrade to a supergroup."""
    message = update.effective_message
    assert message is not None
    rt = runtime(context)
    if message.migrate_to_chat_id:
        new_chat_id = message.migrate_to_chat_id
        await run_blocking(
            context, groups.migrated, rt, old_chat_id=message.chat_id, new_chat_id=new_chat_id
        )
    elif message.migrate_from_chat_id:
        old_chat_id = message.migrate_from_chat_id
        await run_blocking(
            context, groups.migrated, rt, old_chat_id=old_chat_id, new_chat_id=message.chat_id
        )


async def moment(update: Update, context: Context) -> None:
    """Reflections are personal: offer the private chat with a deep link."""
    chat = update.effective_chat
    assert chat is not None
    problem = await run_blocking(
        context, groups.check_partner, runtime(context), who(update), chat.id
    )
    if problem is not None:
        await answer(update, context, say(problem))
        return
    link = _private_chat_link(context, "moment")
    reply = Reply(text.MOMENT_IN_PRIVATE, buttons=((Button(text.MOMENT_OPEN_PRIVATE, link),),))
    await answer(update, context, Outcome([reply]))


async def member_left(update: Update, context: Context) -> None:
    """Someone left the group (a service message, seen even in privacy mode)."""
    message = update.effective_message
    assert message is not None
    gone = message.left_chat_member
    if gone is None or gone.id == context.bot.id:
        return  # the bot itself: my_membership handles that
    rt = runtime(context)
    if await run_blocking(
        context, groups.member_left, rt, chat_id=message.chat_id, user_id=gone.id
    ):
        await answer(update, context, Outcome(queued=True))


async def edited_reply(update: Update, context: Context) -> None:
    """An edited reply to the bot in a group changes nothing, but crisis words typed into
    it get the private safety reply (queued to the private chat; nothing in the group)."""
    message = update.edited_message
    if message is None or message.reply_to_message is None:
        return
    replied = message.reply_to_message.from_user
    if replied is None or replied.id != context.bot.id:
        return  # under privacy mode the bot would not have seen it either
    typed = message.text or message.caption or ""
    outcome = await run_blocking(
        context,
        crisis_guard.help_for_edit,
        runtime(context),
        who(update).user_id,
        typed,
        in_group=True,
    )
    if outcome is not None:
        await answer(update, context, outcome)

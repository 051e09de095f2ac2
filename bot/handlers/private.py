"""Commands and messages in the private chat with one person."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import Context, answer, input_of, run_blocking, runtime, who
from bot.services import (
    conversation,
    crisis_guard,
    daily_group,
    daily_reactions,
    languages,
    onboarding,
    pairing,
    typed_text,
)
from bot.services.outcome import say
from flows.content import onboarding as text
from flows.text import esc

# /start payloads that open a flow instead of accepting an invite.
DEEP_LINK_FLOWS = ("moment",)


async def start(update: Update, context: Context) -> None:
    payload = context.args[0] if context.args else None
    rt, person = runtime(context), who(update)
    if payload in DEEP_LINK_FLOWS:
        # From the group's "continue in private" button: make sure they exist, then begin.
        await run_blocking(context, onboarding.touch, rt, person)
        outcome = await run_blocking(context, conversation.start_flow, rt, person, payload)
        await answer(update, context, outcome)
        return
    if payload is not None and payload.startswith(daily_group.ANSWER_PRIVATELY_PREFIX):
        # "Answer privately" under the group's daily question (None: not one after all).
        opened = await run_blocking(context, daily_group.open_privately, rt, person, payload)
        if opened is not None:
            await answer(update, context, opened)
            return
    if payload is not None:
        # "Ask more" under the group's reveal (None: not one after all).
        asked = await run_blocking(context, daily_reactions.ask_more_privately, rt, person, payload)
        if asked is not None:
            await answer(update, context, asked)
            return
    outcome = await run_blocking(context, pairing.start, rt, person, payload)
    await answer(update, context, outcome)


async def language(update: Update, context: Context) -> None:
    await answer(update, context, languages.menu())


async def invite(update: Update, context: Context) -> None:
    outcome = await run_blocking(context, pairing.create_invite, runtime(context), who(update))
    await answer(update, context, outcome)


async def settings(update: Update, context: Context) -> None:
    outcome = await run_blocking(context, onboarding.open_settings, runtime(context), who(update))
    await answer(update, context, outcome)


async def unpair(update: Update, context: Context) -> None:
    outcome = await run_blocking(context, pairing.ask_unpair, runtime(context), who(update))
    await answer(update, context, outcome)


async def message(update: Update, context: Context) -> None:
    """Typed text or media that is not a command: the text router decides where it goes."""
    message = update.effective_message
    replied = message.reply_to_message if message is not None else None
    replied_to_bot = (
        replied.message_id
        if replied is not None
        and replied.from_user is not None
        and replied.from_user.id == context.bot.id
        else None
    )
    outcome = await run_blocking(
        context,
        typed_text.take_private,
        runtime(context),
        who(update),
        input_of(update),
        replied_to_bot=replied_to_bot,
    )
    await answer(update, context, outcome)


async def edited(update: Update, context: Context) -> None:
    """Edits are screened for crisis words only (bot/services/crisis_guard.py)."""
    message = update.edited_message
    typed = (message.text or message.caption or "") if message is not None else ""
    outcome = await run_blocking(
        context, crisis_guard.help_for_edit, runtime(context), who(update).user_id, typed
    )
    if outcome is not None:
        await answer(update, context, outcome)


async def unknown_command(update: Update, context: Context) -> None:
    command = _command_name(update)
    await run_blocking(context, onboarding.touch, runtime(context), who(update))
    await answer(update, context, say(text.UNKNOWN_COMMAND.format(command=esc(command))))


def _command_name(update: Update) -> str:
    message = update.effective_message
    raw = (message.text or "") if message is not None else ""
    return raw.split()[0].lstrip("/").split("@")[0][:32] if raw else ""

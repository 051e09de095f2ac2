"""Commands and messages in the private chat with one person."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import MAX_TEXT, Context, answer, input_of, runtime, who
from bot.services import onboarding, pairing
from bot.services.outcome import Outcome, say
from flows.content import onboarding as text


async def start(update: Update, context: Context) -> None:
    payload = context.args[0] if context.args else None
    await answer(update, context, pairing.start(runtime(context), who(update), payload))


async def invite(update: Update, context: Context) -> None:
    outcome, _link = pairing.create_invite(runtime(context), who(update))
    await answer(update, context, outcome)


async def settings(update: Update, context: Context) -> None:
    await answer(update, context, onboarding.open_settings(runtime(context), who(update)))


async def unpair(update: Update, context: Context) -> None:
    await answer(update, context, pairing.ask_unpair(runtime(context), who(update)))


async def help_private(update: Update, context: Context) -> None:
    onboarding.touch(runtime(context), who(update))
    await answer(update, context, say(text.HELP_PRIVATE))


async def cancel(update: Update, context: Context) -> None:
    closed = onboarding.cancel_question(runtime(context), who(update))
    await answer(update, context, say(text.CANCELLED if closed else text.NOTHING_TO_CANCEL))


async def message(update: Update, context: Context) -> None:
    """Typed text or media that is not a command."""
    inp = input_of(update)
    if len(inp.text) > MAX_TEXT:
        await answer(update, context, say(text.TOO_LONG.format(limit=MAX_TEXT)))
        return
    rt = runtime(context)
    outcome = onboarding.answer_pending_setting(rt, who(update), inp)
    if outcome is None:
        outcome = Outcome().say(*say(text.HELP_PRIVATE).replies)
    await answer(update, context, outcome)


async def unknown_command(update: Update, context: Context) -> None:
    command = _command_name(update)
    onboarding.touch(runtime(context), who(update))
    await answer(update, context, say(text.UNKNOWN_COMMAND.format(command=command)))


def _command_name(update: Update) -> str:
    message = update.effective_message
    raw = (message.text or "") if message is not None else ""
    return raw.split()[0].lstrip("/").split("@")[0][:32] if raw else ""

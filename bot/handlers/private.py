"""Commands and messages in the private chat with one person."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import MAX_TEXT, Context, answer, input_of, runtime, who
from bot.services import conversation, daily, onboarding, pairing
from bot.services.outcome import say
from flows.content import moment as moment_text
from flows.content import onboarding as text
from flows.safety import detect_crisis

# /start payloads that open a flow instead of accepting an invite.
DEEP_LINK_FLOWS = ("moment",)


async def start(update: Update, context: Context) -> None:
    payload = context.args[0] if context.args else None
    rt, person = runtime(context), who(update)
    if payload in DEEP_LINK_FLOWS:
        # From the group's "continue in private" button: make sure they exist, then begin.
        onboarding.touch(rt, person)
        await answer(update, context, conversation.start_flow(rt, person, payload))
        return
    await answer(update, context, pairing.start(rt, person, payload))


async def invite(update: Update, context: Context) -> None:
    await answer(update, context, pairing.create_invite(runtime(context), who(update)))


async def settings(update: Update, context: Context) -> None:
    await answer(update, context, onboarding.open_settings(runtime(context), who(update)))


async def unpair(update: Update, context: Context) -> None:
    await answer(update, context, pairing.ask_unpair(runtime(context), who(update)))


async def help_private(update: Update, context: Context) -> None:
    onboarding.touch(runtime(context), who(update))
    # Why it matters, once more in brief, under the list of what I can do.
    await answer(update, context, say(f"{text.HELP_PRIVATE}\n\n{moment_text.WHY_HELP}"))


async def message(update: Update, context: Context) -> None:
    """Typed text or media that is not a command."""
    inp = input_of(update)
    if len(inp.text) > MAX_TEXT:
        await answer(update, context, say(text.TOO_LONG.format(limit=MAX_TEXT)))
        return
    rt, person = runtime(context), who(update)
    outcome = onboarding.answer_pending_setting(rt, person, inp)
    if outcome is None and inp.kind == "text" and not detect_crisis(inp.text):
        # A crisis message is never taken as an answer the partner would see.
        outcome = daily.take_answer(rt, person, inp.text)
    if outcome is None:
        outcome = conversation.handle_input(rt, person, inp)
    await answer(update, context, outcome)


async def unknown_command(update: Update, context: Context) -> None:
    command = _command_name(update)
    onboarding.touch(runtime(context), who(update))
    await answer(update, context, say(text.UNKNOWN_COMMAND.format(command=command)))


def _command_name(update: Update) -> str:
    message = update.effective_message
    raw = (message.text or "") if message is not None else ""
    return raw.split()[0].lstrip("/").split("@")[0][:32] if raw else ""

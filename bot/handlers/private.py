"""Commands and messages in the private chat with one person."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import MAX_TEXT, Context, answer, input_of, run_blocking, runtime, who
from bot.services import conversation, daily_answers, daily_group, onboarding, pairing
from bot.services.outcome import say
from flows.content import moment as moment_text
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
    outcome = await run_blocking(context, pairing.start, rt, person, payload)
    await answer(update, context, outcome)


async def invite(update: Update, context: Context) -> None:
    outcome = await run_blocking(context, pairing.create_invite, runtime(context), who(update))
    await answer(update, context, outcome)


async def settings(update: Update, context: Context) -> None:
    outcome = await run_blocking(context, onboarding.open_settings, runtime(context), who(update))
    await answer(update, context, outcome)


async def unpair(update: Update, context: Context) -> None:
    outcome = await run_blocking(context, pairing.ask_unpair, runtime(context), who(update))
    await answer(update, context, outcome)


async def help_private(update: Update, context: Context) -> None:
    await run_blocking(context, onboarding.touch, runtime(context), who(update))
    # Why it matters, once more in brief, under the list of what I can do.
    await answer(update, context, say(f"{text.HELP_PRIVATE}\n\n{moment_text.WHY_HELP}"))


async def message(update: Update, context: Context) -> None:
    """Typed text or media that is not a command."""
    inp = input_of(update)
    if len(inp.text) > MAX_TEXT:
        await answer(update, context, say(text.TOO_LONG.format(limit=MAX_TEXT)))
        return
    rt, person = runtime(context), who(update)
    outcome = await run_blocking(context, onboarding.answer_pending_setting, rt, person, inp)
    if outcome is None and inp.kind == "text":
        # The daily-answer service turns crisis words away itself (nothing stored).
        outcome = await run_blocking(context, daily_answers.take_answer, rt, person, inp.text)
    if outcome is None:
        outcome = await run_blocking(context, conversation.handle_input, rt, person, inp)
    await answer(update, context, outcome)


async def unknown_command(update: Update, context: Context) -> None:
    command = _command_name(update)
    await run_blocking(context, onboarding.touch, runtime(context), who(update))
    await answer(update, context, say(text.UNKNOWN_COMMAND.format(command=esc(command))))


def _command_name(update: Update) -> str:
    message = update.effective_message
    raw = (message.text or "") if message is not None else ""
    return raw.split()[0].lstrip("/").split("@")[0][:32] if raw else ""

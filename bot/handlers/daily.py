"""Daily prompts: /pause, /resume, /days, /weekly, /groupprompts, prompt buttons and
replies to the prompt in the couple's group. Thin: update → input → service → render."""

from __future__ import annotations

from telegram import Update
from telegram.ext import ApplicationHandlerStop

from bot.handlers.common import Context, answer, run_blocking, runtime, who
from bot.services import daily_settings, typed_text


def _args(context: Context) -> str:
    return " ".join(context.args or [])


async def pause(update: Update, context: Context) -> None:
    outcome = await run_blocking(
        context, daily_settings.pause, runtime(context), who(update), _args(context)
    )
    await answer(update, context, outcome)


async def resume(update: Update, context: Context) -> None:
    outcome = await run_blocking(context, daily_settings.resume, runtime(context), who(update))
    await answer(update, context, outcome)


async def days(update: Update, context: Context) -> None:
    outcome = await run_blocking(
        context, daily_settings.set_days, runtime(context), who(update), _args(context)
    )
    await answer(update, context, outcome)


async def weekly(update: Update, context: Context) -> None:
    outcome = await run_blocking(
        context, daily_settings.set_weekly, runtime(context), who(update), _args(context)
    )
    await answer(update, context, outcome)


async def group_prompts(update: Update, context: Context) -> None:
    """/groupprompts on|off, in private or in the couple's group."""
    chat = update.effective_chat
    group_chat_id = chat.id if chat is not None and chat.type != chat.PRIVATE else None
    outcome = await run_blocking(
        context,
        daily_settings.group_prompts,
        runtime(context),
        who(update),
        _args(context),
        group_chat_id=group_chat_id,
    )
    await answer(update, context, outcome)


async def group_reply(update: Update, context: Context) -> None:
    """A reply in a group to one of the bot's messages (the daily question's post, or any
    other); replies to anyone else go to the next handler."""
    message = update.effective_message
    chat = update.effective_chat
    if message is None or chat is None or message.reply_to_message is None:
        return
    replied = message.reply_to_message
    if replied.from_user is None or replied.from_user.id != context.bot.id:
        return
    outcome = await run_blocking(
        context,
        typed_text.take_group_reply,
        runtime(context),
        who(update),
        chat_id=chat.id,
        reply_to_message_id=replied.message_id,
        text=message.text or "",
    )
    if outcome is None:
        return
    await answer(update, context, outcome)
    raise ApplicationHandlerStop

"""The guided conversations and the records they keep, in the private chat."""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import Context, answer, run_blocking, run_in_thread, runtime, who
from bot.services import conversation, onboarding, records
from bot.services.outcome import say
from flows.content import common as common_text
from flows.content import onboarding as text
from flows.model import UserInput


async def flow_command(update: Update, context: Context) -> None:
    """/moment, /reinforce, /prepare, /checkin, /quiz and /back go to the flow engine."""
    message = update.effective_message
    assert message is not None and message.text is not None
    command = message.text.split()[0].lstrip("/").split("@")[0].lower()
    args = " ".join(context.args or [])
    inp = UserInput(kind="command", command=command, text=args)
    outcome = await run_blocking(
        context, conversation.handle_input, runtime(context), who(update), inp
    )
    await answer(update, context, outcome)


async def cancel(update: Update, context: Context) -> None:
    """Leaves a settings question and any open conversation."""
    rt, person = runtime(context), who(update)
    closed_question = await run_blocking(context, onboarding.cancel_question, rt, person)
    if await run_blocking(context, conversation.has_open_conversation, rt, person.user_id):
        inp = UserInput(kind="command", command="cancel")
        outcome = await run_blocking(context, conversation.handle_input, rt, person, inp)
        await answer(update, context, outcome)
        return
    await answer(
        update,
        context,
        say(common_text.CANCELLED if closed_question else common_text.NOTHING_TO_CANCEL),
    )


async def history(update: Update, context: Context) -> None:
    outcome = await run_blocking(context, records.history, runtime(context), who(update))
    await answer(update, context, outcome)


async def playbook(update: Update, context: Context) -> None:
    outcome = await run_blocking(context, records.playbook, runtime(context), who(update))
    await answer(update, context, outcome)


async def export(update: Update, context: Context) -> None:
    filename, content = await run_in_thread(context, records.export, runtime(context), who(update))
    message = update.effective_message
    assert message is not None
    await message.reply_document(content, filename=filename, caption=text.EXPORT_CAPTION)


async def delete_data(update: Update, context: Context) -> None:
    outcome = await run_blocking(context, records.ask_delete, runtime(context), who(update))
    await answer(update, context, outcome)

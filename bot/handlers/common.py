"""Small pieces every handler uses: the runtime, who is talking, sending an outcome."""

from __future__ import annotations

import asyncio
import logging
from collections.abc import Callable
from typing import ParamSpec, TypeVar, cast

from telegram import Update
from telegram.error import BadRequest
from telegram.ext import ContextTypes

from bot.delivery import OutboxSender
from bot.render import send_replies
from bot.runtime import Runtime
from bot.services import languages, questions
from bot.services.outcome import Outcome, Who
from flows import i18n
from flows.model import UserInput
from flows.safety import detect_crisis

Context = ContextTypes.DEFAULT_TYPE
P = ParamSpec("P")
T = TypeVar("T")

log = logging.getLogger(__name__)


def runtime(context: Context) -> Runtime:
    return cast(Runtime, context.bot_data["runtime"])


async def run_blocking(
    context: Context, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs
) -> T:
    """Run a person's use case where it cannot hold up other chats: on SQLite mostly on
    the event loop itself, else in a worker thread (bot/workers.py)."""
    return await runtime(context).workers.run_short(fn, *args, **kwargs)


async def run_in_thread(
    context: Context, fn: Callable[P, T], /, *args: P.args, **kwargs: P.kwargs
) -> T:
    """Run a long use case (all of a person's records) in a worker thread, always."""
    return await runtime(context).workers.run(fn, *args, **kwargs)


def sender(context: Context) -> OutboxSender:
    return cast(OutboxSender, context.bot_data["outbox"])


def who(update: Update) -> Who:
    user = update.effective_user
    assert user is not None, "handlers are registered for updates with a user"
    return Who(
        user_id=user.id,
        first_name=user.first_name,
        username=user.username,
        language_code=user.language_code,
    )


# How long an update waits for its person's language while the database is busy
# before it answers in the language of their Telegram app instead.
LANGUAGE_WAIT_SECONDS = 0.25


async def speak_their_language(update: object, context: Context) -> None:
    """Runs first for every update: what follows speaks the person's language."""
    if not isinstance(update, Update) or update.effective_user is None:
        return
    rt, person = runtime(context), who(update)
    language = languages.known(rt, person)
    if language is None:
        lookup = run_blocking(context, languages.speaking, rt, person)
        try:
            language = await asyncio.wait_for(lookup, LANGUAGE_WAIT_SECONDS)
        except TimeoutError:
            # A busy database must not hold up a reply that may need none.
            language = languages.guess(person)
    i18n.set_language(language)


def input_of(update: Update) -> UserInput:
    """The message as a flow input: text, or media for anything that is not text."""
    message = update.effective_message
    if message is None:
        return UserInput.media()
    if message.text is None:
        # A caption is typed too: crisis words under a photo take the safety path
        # (the router checks them first); any other caption leaves it media.
        caption = message.caption or ""
        return UserInput.typed(caption) if detect_crisis(caption) else UserInput.media()
    return UserInput.typed(message.text)


async def answer(update: Update, context: Context, outcome: Outcome) -> None:
    """Send the outcome's replies to the chat the update came from, then queued messages."""
    chat = update.effective_chat
    query = update.callback_query
    if query is not None:
        try:
            await query.answer(outcome.notice)
        except BadRequest:
            # "Query is too old" after downtime: the press was still applied, carry on.
            log.info("a button press was answered too late")
    elif outcome.notice and chat is not None:
        await context.bot.send_message(chat.id, outcome.notice)
    if chat is not None and outcome.replies:
        message = update.effective_message
        sent = await send_replies(
            context.bot,
            chat.id,
            outcome.replies,
            pressed=query.message if query is not None else None,
            pressed_data=query.data if query is not None else None,
            reply_to=message.message_id if message is not None and query is None else None,
        )
        asking = [m.message_id for m in sent if m.asks]
        asked_in = outcome.asked_in
        # The question now on screen: closed when the next one comes or it is answered.
        # (Not when it is the one already remembered, a question edited in place.)
        if (
            asked_in is not None
            and asking
            and update.effective_user is not None
            and questions.needs_remembering(asked_in, asking[-1])
        ):
            user_id = update.effective_user.id
            rt = runtime(context)
            await run_blocking(context, questions.remember, rt, user_id, asked_in, asking[-1])
    if outcome.queued:
        # In the background: a partner's 429 must not hold up this person's reply.
        sender(context).kick(context.application)

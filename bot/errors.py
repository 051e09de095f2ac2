"""The one error handler: log what failed (never message text or the token), apologise."""

from __future__ import annotations

import contextlib
import logging

from telegram import Update
from telegram.error import ChatMigrated, Forbidden, TelegramError

from bot.handlers.common import Context, answer, run_blocking, runtime
from bot.services import crisis_guard, deliveries, groups
from flows.content import onboarding as text

log = logging.getLogger(__name__)


async def on_error(update: object, context: Context) -> None:
    error = context.error
    chat = update.effective_chat if isinstance(update, Update) else None
    update_id = update.update_id if isinstance(update, Update) else None
    rt = runtime(context)
    if isinstance(error, Forbidden):
        if chat is not None and chat.type == chat.PRIVATE:
            deliveries.mark_user_unreachable(rt, chat.id)
        log.info("update %s: chat blocked the bot", update_id)
        return
    if isinstance(error, crisis_guard.CrisisTextHeldBack) and isinstance(update, Update):
        await _safety_instead(update, context)
        log.warning("update %s: crisis text stopped at the outbox gate", update_id)
        return
    if isinstance(error, ChatMigrated) and chat is not None:
        groups.migrated(rt, old_chat_id=chat.id, new_chat_id=error.new_chat_id)
        log.info("update %s: group migrated to a supergroup", update_id)
        return
    # exc_info carries the traceback; update contents (message text) are never logged.
    log.error(
        "update %s failed: %s",
        update_id,
        type(error).__name__,
        exc_info=(type(error), error, error.__traceback__) if error else None,
    )
    query = update.callback_query if isinstance(update, Update) else None
    if query is not None:
        # Stop the button's spinner (it may have been answered already).
        with contextlib.suppress(TelegramError):
            await query.answer()
    if chat is None:
        return
    try:
        await context.bot.send_message(chat.id, text.ERROR_APOLOGY)
    except TelegramError:
        log.warning("update %s: could not send the apology", update_id)


async def _safety_instead(update: Update, context: Context) -> None:
    """Crisis text got as far as the outbox gate (its unit of work rolled back): the
    person gets the private safety reply, as if it had been caught where it was typed."""
    user, chat = update.effective_user, update.effective_chat
    if user is None:
        return
    in_group = chat is not None and chat.type != chat.PRIVATE
    help_now = await run_blocking(
        context, crisis_guard.private_help, runtime(context), user.id, in_group=in_group
    )
    await answer(update, context, help_now)

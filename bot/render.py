"""Turn flow replies into Telegram messages and keyboards."""

from __future__ import annotations

from collections.abc import Iterable
from typing import Any, NamedTuple

from telegram import (
    Bot,
    ForceReply,
    InlineKeyboardMarkup,
    MaybeInaccessibleMessage,
    Message,
)
from telegram.error import BadRequest

from bot import api_calls
from flows.callback_data import Link, decode
from flows.content import common as txt
from flows.model import Keyboard, Reply
from flows.text import esc


def keyboard_data(buttons: Keyboard) -> dict[str, Any] | None:
    """The buttons as the Bot API's ``InlineKeyboardMarkup`` JSON, for :mod:`bot.api_calls`.

    Built directly: PTB's frozen keyboard objects, made only to be turned back into this
    for the request, were about 3 % of the bot's CPU (docs/benchmarks.md).
    """
    rows = [[_button(b.label, b.data) for b in row] for row in buttons if row]
    return {"inline_keyboard": rows} if rows else None


def _button(label: str, data: str) -> dict[str, str]:
    # Links (deep links to the private chat) travel as button data too (flows.callback_data).
    link = decode(data) if data.startswith("url:") else None
    if isinstance(link, Link):
        return {"text": label, "url": link.url}
    return {"text": label, "callback_data": data}


def inline_keyboard(buttons: Keyboard) -> InlineKeyboardMarkup | None:
    """:func:`keyboard_data` as PTB's object, for PTB's own methods (a photo's caption)."""
    data = keyboard_data(buttons)
    return InlineKeyboardMarkup.de_json(data, None) if data is not None else None


def markup_for(reply: Reply) -> api_calls.Markup:
    if reply.force_reply:
        return ForceReply(selective=True)
    return keyboard_data(reply.buttons)


class Sent(NamedTuple):
    """A message on screen after :func:`send_replies`: its id, and whether it asks
    (has buttons to press)."""

    message_id: int
    asks: bool


async def send_replies(
    bot: Bot,
    chat_id: int,
    replies: Iterable[Reply],
    *,
    pressed: MaybeInaccessibleMessage | None = None,
    pressed_data: str | None = None,
    reply_to: int | None = None,
) -> list[Sent]:
    """Send each reply in order; an ``edit`` reply replaces the pressed message and a
    ``close`` reply closes a question (see :class:`flows.model.Reply`)."""
    sent: list[Sent] = []
    closed: set[int] = set()
    for reply in combine_notes(replies):
        if reply.close:
            await _close(bot, chat_id, reply, pressed, pressed_data, closed)
            continue
        if reply.edit and isinstance(pressed, Message):
            edited = await _edit(bot, pressed, reply)
            if edited is not None:
                sent.append(edited)
                continue
        markup = markup_for(reply)
        message_id = await api_calls.send_text(
            bot,
            chat_id,
            reply.text,
            reply_markup=markup,
            reply_to=reply_to if reply.force_reply else None,
        )
        sent.append(Sent(message_id, asks=isinstance(markup, dict)))
    return sent


def combine_notes(replies: Iterable[Reply]) -> list[Reply]:
    """Put a short plain note ("Sent ✓", a tip) on top of the question that follows it.

    Each message is a Bot API call and Telegram allows about 30 a second in all;
    a one-line note and the next question read just as well as one message. Longer
    texts stay separate: they were split on purpose, to be read one at a time.
    """
    combined: list[Reply] = []
    note: Reply | None = None
    for reply in replies:
        if reply.close:
            # Closing a question happens in place; it neither ends nor takes a note.
            combined.append(reply)
            continue
        if note is not None:
            asks = bool(reply.buttons) or reply.force_reply
            if asks and not reply.edit:
                reply = Reply(f"{note.text}\n\n{reply.text}", reply.buttons, reply.force_reply)
            else:
                combined.append(note)
            note = None
        if _is_short_note(reply):
            note = reply
            continue
        combined.append(reply)
    if note is not None:
        combined.append(note)
    return combined


# A note this short (a line or two) can share the next question's message.
SHORT_NOTE = 160


def _is_short_note(reply: Reply) -> bool:
    plain = not reply.buttons and not reply.force_reply and not reply.edit and not reply.close
    return plain and len(reply.text) <= SHORT_NOTE


# Telegram's ceiling for a message; a closed question that would outgrow it keeps its text.
MAX_TEXT = 4096


async def _close(
    bot: Bot,
    chat_id: int,
    reply: Reply,
    pressed: MaybeInaccessibleMessage | None,
    pressed_data: str | None,
    closed: set[int],
) -> None:
    """Take the keyboard off a question; under the pressed one, show what was chosen."""
    message = pressed if isinstance(pressed, Message) else None
    if reply.target is None and message is None:
        return
    message_id = reply.target if reply.target is not None else message.message_id  # type: ignore[union-attr]
    if message_id in closed:
        return
    closed.add(message_id)
    own = message is not None and message.message_id == message_id
    if own and message is not None and message.reply_markup is None:
        return  # closed already (a second tap on it): nothing to take away
    choice = reply.text
    if reply.show_pressed and own and message is not None:
        label = pressed_label(message, pressed_data)
        choice = txt.CHOSEN.format(label=esc(label)) if label else ""
    try:
        if own and message is not None and choice and message.text:
            text = f"{message.text_html}\n\n{choice}"
            if len(text) <= MAX_TEXT:
                await api_calls.edit_text(bot, chat_id, message_id, text)
                return
        await api_calls.remove_keyboard(bot, chat_id, message_id)
    except BadRequest:
        # Already closed, too old to edit, or gone: nothing is left to tap either way.
        return


def pressed_label(message: Message, data: str | None) -> str | None:
    """The label of the button with ``data`` under ``message``."""
    markup = message.reply_markup
    if markup is None or data is None:
        return None
    for row in markup.inline_keyboard:
        for button in row:
            if button.callback_data == data:
                return button.text
    return None


async def _edit(bot: Bot, message: Message, reply: Reply) -> Sent | None:
    markup = keyboard_data(reply.buttons)
    edited = Sent(message.message_id, asks=markup is not None)
    try:
        await api_calls.edit_text(
            bot, message.chat_id, message.message_id, reply.text, reply_markup=markup
        )
    except BadRequest as exc:
        # Same text twice, or a message too old to edit: send a new one instead.
        if "not modified" in str(exc).lower():
            return edited
        return None
    return edited

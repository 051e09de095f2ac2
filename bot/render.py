"""Turn flow replies into Telegram messages and keyboards."""

from __future__ import annotations

from collections.abc import Iterable, Sequence
from typing import Any

from telegram import (
    Bot,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MaybeInaccessibleMessage,
    Message,
)
from telegram.error import BadRequest

from flows.model import Keyboard, Reply

Markup = InlineKeyboardMarkup | ForceReply | None


def inline_keyboard(buttons: Keyboard) -> InlineKeyboardMarkup | None:
    if not buttons:
        return None
    return InlineKeyboardMarkup([[_button(b.label, b.data) for b in row] for row in buttons if row])


def _button(label: str, data: str) -> InlineKeyboardButton:
    # Links (deep links to the private chat) travel as data starting with "url:".
    if data.startswith("url:"):
        return InlineKeyboardButton(label, url=data.removeprefix("url:"))
    return InlineKeyboardButton(label, callback_data=data)


def markup_for(reply: Reply) -> Markup:
    if reply.force_reply:
        return ForceReply(selective=True)
    return inline_keyboard(reply.buttons)


def keyboard_from_json(rows: Sequence[Sequence[dict[str, Any]]]) -> InlineKeyboardMarkup | None:
    if not rows:
        return None
    return InlineKeyboardMarkup(
        [[_button(str(b["label"]), str(b["data"])) for b in row] for row in rows if row]
    )


async def send_replies(
    bot: Bot,
    chat_id: int,
    replies: Iterable[Reply],
    *,
    pressed: MaybeInaccessibleMessage | None = None,
    reply_to: int | None = None,
) -> list[Message]:
    """Send each reply in order; an ``edit`` reply replaces the pressed message."""
    sent: list[Message] = []
    for reply in combine_notes(replies):
        if reply.edit and isinstance(pressed, Message):
            edited = await _edit(bot, pressed, reply)
            if edited is not None:
                sent.append(edited)
                continue
        sent.append(
            await bot.send_message(
                chat_id,
                reply.text,
                reply_markup=markup_for(reply),
                reply_to_message_id=reply_to if reply.force_reply else None,
            )
        )
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
    plain = not reply.buttons and not reply.force_reply and not reply.edit
    return plain and len(reply.text) <= SHORT_NOTE


async def _edit(bot: Bot, message: Message, reply: Reply) -> Message | None:
    markup = inline_keyboard(reply.buttons)
    try:
        result = await bot.edit_message_text(
            reply.text, chat_id=message.chat_id, message_id=message.message_id, reply_markup=markup
        )
    except BadRequest as exc:
        # Same text twice, or a message too old to edit: send a new one instead.
        if "not modified" in str(exc).lower():
            return message
        return None
    return result if isinstance(result, Message) else message

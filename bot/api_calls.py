"""Bot API calls whose answer the bot reads for the message id alone.

PTB's ``send_message`` and ``edit_message_text`` turn Telegram's answer into a full
``Message``: about ninety frozen attributes, and the chat, the sender, the entities and
the keyboard back as objects. The bot reads nothing of it but the id, and building it
was about a tenth of the bot's CPU per update (docs/benchmarks.md). These calls go
through the same ``Bot._post`` as PTB's own methods (the defaults, the rate limiter,
the request, Telegram's errors raised as PTB raises them) and stop before the
``Message``.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from telegram import Bot, ForceReply, InlineKeyboardMarkup, ReplyParameters

# A keyboard as PTB's object or as the Bot API's JSON (bot.render.keyboard_data).
Markup = InlineKeyboardMarkup | ForceReply | Mapping[str, Any] | None


async def send_text(
    bot: Bot,
    chat_id: int,
    text: str,
    *,
    reply_markup: Markup = None,
    reply_to: int | None = None,
) -> int:
    """``sendMessage``; the new message's id."""
    data: dict[str, Any] = {
        **_defaults(bot),
        "chat_id": chat_id,
        "text": text,
        "reply_markup": reply_markup,
        "reply_parameters": ReplyParameters(reply_to) if reply_to is not None else None,
    }
    return _message_id(await bot._post("sendMessage", data))


async def edit_text(
    bot: Bot,
    chat_id: int,
    message_id: int,
    text: str,
    *,
    reply_markup: InlineKeyboardMarkup | Mapping[str, Any] | None = None,
) -> None:
    """``editMessageText``: new text (and keyboard, none if not given) for a message."""
    data: dict[str, Any] = {
        **_defaults(bot),
        "chat_id": chat_id,
        "message_id": message_id,
        "text": text,
        "reply_markup": reply_markup,
    }
    await bot._post("editMessageText", data)


async def remove_keyboard(bot: Bot, chat_id: int, message_id: int) -> None:
    """``editMessageReplyMarkup`` with no markup: the message stays, its buttons go."""
    await bot._post("editMessageReplyMarkup", {"chat_id": chat_id, "message_id": message_id})


# What the application's Defaults (ExtBot only) give PTB's own methods, by API name.
# PTB sends the same four with an edit; Telegram takes what applies.
_DEFAULTS: Final = (
    "parse_mode",
    "disable_notification",
    "protect_content",
    "link_preview_options",
)


def _defaults(bot: Bot) -> dict[str, Any]:
    defaults = getattr(bot, "defaults", None)
    if defaults is None:
        return {}
    given = defaults.api_defaults
    return {name: given[name] for name in _DEFAULTS if given.get(name) is not None}


def _message_id(result: object) -> int:
    message_id = result.get("message_id") if isinstance(result, dict) else None
    if not isinstance(message_id, int):
        raise TypeError("the Bot API answered a send without a message id")
    return message_id

"""The Bot API methods the fake answers, by Telegram name (matched case-insensitively).

Only what couplebot and python-telegram-bot call is here; any other method answers 404
"Not Found: method not found", so a new call in the bot shows up at once in the tests.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable
from typing import Any

from ..models import JSON
from ..world import World
from . import chats, messages, setup

Method = Callable[[World, JSON], Any | Awaitable[Any]]

METHODS: dict[str, Method] = {
    "getMe": setup.get_me,
    "deleteWebhook": setup.delete_webhook,
    "setWebhook": setup.set_webhook,
    "getWebhookInfo": setup.get_webhook_info,
    "setMyCommands": setup.set_my_commands,
    "getUpdates": setup.get_updates,
    "sendMessage": messages.send_message,
    "sendDocument": messages.send_document,
    "sendPhoto": messages.send_photo,
    "editMessageText": messages.edit_message_text,
    "editMessageReplyMarkup": messages.edit_message_reply_markup,
    "answerCallbackQuery": chats.answer_callback_query,
    "getChatMember": chats.get_chat_member,
}

_CANONICAL = {name.lower(): name for name in METHODS}


def canonical(name: str) -> str:
    """Telegram's spelling of a method name (unknown names come back unchanged)."""
    return _CANONICAL.get(name.lower(), name)

"""The checks Telegram makes on a call's parameters, with the answers it gives."""

from __future__ import annotations

import contextlib
import re
from typing import Any

from .errors import reject
from .formatting import Entity, EntityParseError, parse_html, utf16_len, with_detected_entities
from .models import JSON

TEXT_LIMIT = 4096
CAPTION_LIMIT = 1024
_BOT_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")
_BUTTON_ACTIONS = frozenset(
    {
        "callback_data",
        "url",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
)


def as_int(value: Any, default: int) -> int:
    if value is None or isinstance(value, bool):
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def chat_id_param(params: JSON) -> int | None:
    raw = params.get("chat_id")
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str):
        with contextlib.suppress(ValueError):
            return int(raw)
    return None


def formatted(params: JSON, key: str, *, required: bool) -> tuple[str, list[Entity]] | None:
    """Text (``key`` "text") or caption as Telegram stores it: plain text plus entities."""
    raw = params.get(key)
    if raw is None and not required:
        return None
    text = "" if raw is None else str(raw)
    mode = params.get("parse_mode")
    explicit = params.get("entities" if key == "text" else "caption_entities")
    entities: list[Entity] = []
    if isinstance(mode, str) and mode.upper() == "HTML":
        try:
            text, entities = parse_html(text)
        except EntityParseError as exc:
            raise reject(f"can't parse entities: {exc}") from exc
    elif isinstance(explicit, list):
        entities = [_checked_entity(e, text) for e in explicit]
    # MarkdownV2 is stored verbatim (not validated).
    if required and not text.strip():
        raise reject("message text is empty")
    limit = TEXT_LIMIT if key == "text" else CAPTION_LIMIT
    if utf16_len(text) > limit:
        raise reject("message is too long" if key == "text" else "message caption is too long")
    return text, with_detected_entities(text, entities)


def _checked_entity(entity: Any, text: str) -> Entity:
    if not isinstance(entity, dict) or not isinstance(entity.get("type"), str):
        raise reject("can't parse entities JSON object")
    offset, length = as_int(entity.get("offset"), -1), as_int(entity.get("length"), 0)
    if offset < 0 or length <= 0 or offset + length > utf16_len(text):
        raise reject("entity beyond the end of the text")
    return dict(entity)


def reply_markup(params: JSON) -> JSON | None:
    markup = params.get("reply_markup")
    if markup is None:
        return None
    if not isinstance(markup, dict):
        raise reject("can't parse reply keyboard markup JSON object")
    for row in markup.get("inline_keyboard") or []:
        for button in row:
            if not str(button.get("text") or "").strip():
                raise reject("can't parse inline keyboard button: Text must be non-empty")
            data = button.get("callback_data")
            if data is not None and not 1 <= len(str(data).encode()) <= 64:
                raise reject("BUTTON_DATA_INVALID")
            if not _BUTTON_ACTIONS.intersection(button):
                raise reject("text buttons are unallowed in the inline keyboard")
    return markup


def bot_commands(params: JSON) -> list[JSON]:
    commands = params.get("commands")
    if not isinstance(commands, list) or len(commands) > 100:
        raise reject("can't parse commands JSON object")
    for command in commands:
        if not _BOT_COMMAND_RE.fullmatch(str(command.get("command", ""))):
            raise reject("BOT_COMMAND_INVALID")
        if not 1 <= len(str(command.get("description", ""))) <= 256:
            raise reject("BOT_COMMAND_DESCRIPTION_INVALID")
    return [dict(c) for c in commands]

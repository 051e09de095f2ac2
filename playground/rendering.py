"""Telegram messages (Bot API JSON) as HTML, the way a Telegram app shows them.

Text is drawn from ``text`` + ``entities`` (bold, links, code, spoilers, ...), never from the
HTML the bot sent, so what the page shows is what Telegram would. Everything is escaped.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime
from html import escape
from typing import Any
from zoneinfo import ZoneInfo

from playground.botapi import BOT_ID
from playground.links import OtherLink, ShareLink, StartLink, classify

JSON = dict[str, Any]

_SIMPLE = {
    "bold": ("<b>", "</b>"),
    "italic": ("<i>", "</i>"),
    "underline": ("<u>", "</u>"),
    "strikethrough": ("<s>", "</s>"),
    "spoiler": ('<span class="spoiler" tabindex="0">', "</span>"),
    "code": ("<code>", "</code>"),
    "pre": ("<pre><code>", "</code></pre>"),
    "blockquote": ("<blockquote>", "</blockquote>"),
    "expandable_blockquote": ('<blockquote class="expandable">', "</blockquote>"),
    "mention": ('<span class="mention">', "</span>"),
    "hashtag": ('<span class="hashtag">', "</span>"),
}


@dataclass(frozen=True, slots=True)
class View:
    """How one chat is drawn: whose local time, and what the bot is called in links."""

    zone: ZoneInfo
    bot_username: str
    group: bool


def message_html(message: JSON, view: View, markup: JSON | None = None) -> str:
    """One message bubble. ``markup``: what the bot set (ForceReply is not in the JSON)."""
    chat_id, mid = int(message["chat"]["id"]), int(message["message_id"])
    sender = message.get("from") or {}
    from_bot = sender.get("id") == BOT_ID
    attrs = f'id="m{chat_id}_{mid}" data-id="{mid}" data-from="{int(sender.get("id", 0))}"'
    force = (markup or {}).get("force_reply")
    if force:
        placeholder = str((markup or {}).get("input_field_placeholder") or "")
        attrs += f' data-force-reply="{escape(placeholder)}"'
    service = _service_text(message)
    if service is not None:
        return f'<div class="msg service" {attrs}>{escape(service)}</div>'
    kind = "bot" if from_bot else "person"
    parts = [f'<div class="msg {kind}" {attrs}>']
    if view.group and not from_bot:
        parts.append(f'<div class="sender">{escape(_name(sender))}</div>')
    reply = message.get("reply_to_message")
    if isinstance(reply, dict):
        parts.append(
            f'<div class="quote"><b>{escape(_name(reply.get("from") or {}))}</b> '
            f"{escape(_snippet(reply))}</div>"
        )
    parts.extend(_media(message))
    text = message.get("text", message.get("caption"))
    entities = message.get("entities", message.get("caption_entities")) or []
    if isinstance(text, str) and text:
        parts.append(f'<div class="text">{entities_html(text, entities, view)}</div>')
    edited = "edited " if message.get("edit_date") else ""
    parts.append(
        f'<div class="meta">{edited}{_clock(message.get("date"), view.zone)}'
        '<button type="button" class="reply" title="Reply" aria-label="Reply">↩</button></div>'
    )
    keyboard = message.get("reply_markup", {}).get("inline_keyboard")
    if keyboard:
        parts.append(_keyboard(keyboard, view))
    parts.append("</div>")
    return "".join(parts)


def entities_html(text: str, entities: list[JSON], view: View) -> str:
    units = text.encode("utf-16-le")
    ordered = sorted(
        (e for e in entities if isinstance(e, dict) and e.get("length", 0) > 0),
        key=lambda e: (int(e["offset"]), -int(e["length"])),
    )
    return _render(units, 0, len(units) // 2, ordered, view)


def _render(units: bytes, start: int, end: int, entities: list[JSON], view: View) -> str:
    out: list[str] = []
    position = start
    index = 0
    while index < len(entities):
        entity = entities[index]
        begin = int(entity["offset"])
        finish = min(begin + int(entity["length"]), end)
        if begin < position or begin >= end:
            index += 1  # overlaps one already drawn: Telegram nests, so this is rare
            continue
        out.append(escape(_piece(units, position, begin)))
        inner = [
            e
            for e in entities[index + 1 :]
            if int(e["offset"]) >= begin and int(e["offset"]) + int(e["length"]) <= finish
        ]
        body = _render(units, begin, finish, inner, view)
        out.append(_wrap(entity, body, _piece(units, begin, finish), view))
        position = finish
        index += 1
    out.append(escape(_piece(units, position, end)))
    return "".join(out)


def _piece(units: bytes, start: int, end: int) -> str:
    return units[start * 2 : end * 2].decode("utf-16-le", errors="replace")


def _wrap(entity: JSON, body: str, raw: str, view: View) -> str:
    kind = entity.get("type")
    if kind in _SIMPLE:
        opening, closing = _SIMPLE[str(kind)]
        return f"{opening}{body}{closing}"
    if kind == "url":
        return _anchor(raw if "://" in raw else f"https://{raw}", body, view)
    if kind == "text_link":
        return _anchor(str(entity.get("url") or ""), body, view)
    if kind == "email":
        return _anchor(f"mailto:{raw}", body, view)
    if kind == "bot_command":
        # Tapping a command in a message sends it, as in Telegram.
        return f'<a href="#" class="command" data-command="{escape(raw)}">{body}</a>'
    return body


def link_attrs(url: str, view: View) -> str:
    """``data-*`` attributes telling the page what following ``url`` does."""
    link = classify(url, view.bot_username)
    if isinstance(link, StartLink):
        return f'data-link="start" data-url="{escape(url)}"'
    if isinstance(link, ShareLink):
        return f'data-link="share" data-share="{escape(link.text)}"'
    return f'data-link="other" data-url="{escape(url)}"'


def _anchor(url: str, body: str, view: View) -> str:
    link = classify(url, view.bot_username)
    if isinstance(link, OtherLink) and not link.safe:
        return body
    return (
        f'<a href="{escape(url)}" target="_blank" rel="noopener noreferrer" '
        f"{link_attrs(url, view)}>{body}</a>"
    )


def _keyboard(rows: list[list[JSON]], view: View) -> str:
    out = ['<div class="keyboard">']
    for r, row in enumerate(rows):
        out.append('<div class="row">')
        for c, button in enumerate(row):
            label = escape(str(button.get("text", "")))
            if "callback_data" in button:
                out.append(
                    f'<button type="button" class="btn" data-press="{r},{c}">{label}</button>'
                )
            elif "url" in button:
                attrs = link_attrs(str(button["url"]), view)
                out.append(f'<button type="button" class="btn url" {attrs}>{label} ↗</button>')
            else:
                out.append(f'<button type="button" class="btn" disabled>{label}</button>')
        out.append("</div>")
    out.append("</div>")
    return "".join(out)


def _media(message: JSON) -> list[str]:
    parts: list[str] = []
    photo = message.get("photo")
    if isinstance(photo, list) and photo:
        file_id = escape(str(photo[-1]["file_id"]))
        parts.append(f'<a class="photo" href="/files/{file_id}" target="_blank">')
        parts.append(f'<img src="/files/{file_id}" alt="photo"></a>')
    document = message.get("document")
    if isinstance(document, dict):
        file_id = escape(str(document["file_id"]))
        name = escape(str(document.get("file_name") or "file"))
        size = _size(int(document.get("file_size") or 0))
        parts.append(
            f'<a class="document" href="/files/{file_id}?download=1" download="{name}">'
            f'<span class="icon">⬇</span><span class="name">{name}</span>'
            f'<span class="size">{size}</span></a>'
        )
    if "sticker" in message:
        parts.append(
            f'<div class="sticker">{escape(str(message["sticker"].get("emoji", "")))}</div>'
        )
    if "voice" in message:
        parts.append('<div class="voice">🎤 voice message</div>')
    return parts


def _service_text(message: JSON) -> str | None:
    who = _name(message.get("from") or {})
    if "new_chat_members" in message:
        added = ", ".join(_name(m) for m in message["new_chat_members"])
        return f"{who} added {added}"
    if "left_chat_member" in message:
        gone = _name(message["left_chat_member"])
        return f"{gone} left the group" if gone == who else f"{who} removed {gone}"
    if "migrate_to_chat_id" in message or "migrate_from_chat_id" in message:
        return "The group became a supergroup"
    return None


def _name(user: JSON) -> str:
    return " ".join(str(user[k]) for k in ("first_name", "last_name") if user.get(k)) or "?"


def _snippet(message: JSON, limit: int = 80) -> str:
    text = message.get("text") or message.get("caption") or ""
    if not text:
        text = "photo" if "photo" in message else "document" if "document" in message else "…"
    text = " ".join(str(text).split())
    return text if len(text) <= limit else text[: limit - 1] + "…"


def _clock(date: Any, zone: ZoneInfo) -> str:
    if not isinstance(date, int):
        return ""
    return datetime.fromtimestamp(date, UTC).astimezone(zone).strftime("%a %H:%M")


def _size(size: int) -> str:
    if size < 1024:
        return f"{size} B"
    if size < 1024 * 1024:
        return f"{size / 1024:.1f} KB"
    return f"{size / 1024 / 1024:.1f} MB"

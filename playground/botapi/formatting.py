"""Telegram's text rules: HTML parse mode to text + entities, auto-detected links and commands.

Telegram stores a message as plain text plus ``entities`` (offsets and lengths in UTF-16 code
units). HTML the Bot API does not accept is a 400 "can't parse entities" in production, so it is
one here too. Like Telegram, links, @mentions, #hashtags and /commands in the text become
entities of their own, except inside code, pre and text links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from html.parser import HTMLParser
from typing import Any

Entity = dict[str, Any]

# Tag -> entity type, for the tags Telegram accepts with parse_mode=HTML.
_SIMPLE_TAGS = {
    "b": "bold",
    "strong": "bold",
    "i": "italic",
    "em": "italic",
    "u": "underline",
    "ins": "underline",
    "s": "strikethrough",
    "strike": "strikethrough",
    "del": "strikethrough",
    "tg-spoiler": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
}
_ALLOWED_TAGS = frozenset({*_SIMPLE_TAGS, "span", "a", "tg-emoji"})
# Entities whose text Telegram leaves alone when it looks for links and commands.
_OPAQUE = frozenset({"code", "pre", "text_link", "url", "email", "text_mention"})

_AUTO_PATTERNS = (
    ("url", re.compile(r"(?:https?://|www\.|t\.me/)[^\s<>\"]+", re.IGNORECASE)),
    ("email", re.compile(r"[\w.+-]+@[A-Za-z0-9-]+(?:\.[A-Za-z0-9-]+)*\.[A-Za-z]{2,}")),
    ("bot_command", re.compile(r"(?<![\w/])/[A-Za-z0-9_]{1,32}(?:@[A-Za-z0-9_]{3,32})?(?![\w/])")),
    ("mention", re.compile(r"(?<![\w@])@[A-Za-z0-9_]{4,32}(?![\w@])")),
    ("hashtag", re.compile(r"(?<![\w#])#\w*[^\W\d_]\w*")),
)
_URL_TRAILING = ".,;:!?)]}»”’'\""


class EntityParseError(ValueError):
    """The text would be rejected by Telegram with "can't parse entities"."""


def utf16_len(text: str) -> int:
    """Telegram measures lengths and entity offsets in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2


@dataclass(slots=True)
class _Open:
    tag: str
    attrs: dict[str, str | None]
    start: int


class _TelegramHtml(HTMLParser):
    def __init__(self) -> None:
        super().__init__(convert_charrefs=True)
        self.parts: list[str] = []
        # Not "offset": HTMLParser uses that name for its own position.
        self._units = 0
        self.stack: list[_Open] = []
        self.entities: list[Entity] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag not in _ALLOWED_TAGS:
            raise EntityParseError(f'Unsupported start tag "{tag}"')
        self.stack.append(_Open(tag, dict(attrs), self._units))

    def handle_startendtag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        raise EntityParseError(f'Unsupported start tag "{tag}"')

    def handle_endtag(self, tag: str) -> None:
        if not self.stack:
            raise EntityParseError(f'Unexpected end tag "{tag}"')
        opened = self.stack.pop()
        if opened.tag != tag:
            raise EntityParseError(
                f'Unmatched end tag, expected "</{opened.tag}>", found "</{tag}>"'
            )
        length = self._units - opened.start
        entity = _entity_for(opened, length)
        if entity is not None and length > 0:
            self._merge_code_into_pre(entity)
            self.entities.append(entity)

    def handle_data(self, data: str) -> None:
        self.parts.append(data)
        self._units += utf16_len(data)

    def _merge_code_into_pre(self, entity: Entity) -> None:
        # <pre><code class="language-x">…</code></pre> is one pre entity with a language.
        if entity["type"] != "pre" or not self.entities:
            return
        inner = self.entities[-1]
        same_span = (inner["offset"], inner["length"]) == (entity["offset"], entity["length"])
        if inner["type"] == "code" and same_span:
            self.entities.pop()
            if "language" in inner:
                entity["language"] = inner["language"]


def _entity_for(opened: _Open, length: int) -> Entity | None:
    entity: Entity = {"offset": opened.start, "length": length}
    attrs = opened.attrs
    if opened.tag == "a":
        href = attrs.get("href") or ""
        if not href:
            return None
        entity.update(type="text_link", url=href)
    elif opened.tag == "span":
        if attrs.get("class") != "tg-spoiler":
            return None
        entity["type"] = "spoiler"
    elif opened.tag == "tg-emoji":
        entity.update(type="custom_emoji", custom_emoji_id=attrs.get("emoji-id") or "")
    elif opened.tag == "blockquote" and "expandable" in attrs:
        entity["type"] = "expandable_blockquote"
    else:
        entity["type"] = _SIMPLE_TAGS[opened.tag]
        css = attrs.get("class") or ""
        if opened.tag == "code" and css.startswith("language-") and css != "language-":
            entity["language"] = css.removeprefix("language-")
    return entity


def parse_html(source: str) -> tuple[str, list[Entity]]:
    """Plain text and entities Telegram makes of an HTML message, or EntityParseError."""
    parser = _TelegramHtml()
    parser.feed(source)
    parser.close()
    if parser.stack:
        raise EntityParseError(
            f'Can\'t find end tag corresponding to start tag "{parser.stack[-1].tag}"'
        )
    return "".join(parser.parts), parser.entities


def with_detected_entities(text: str, entities: list[Entity]) -> list[Entity]:
    """``entities`` plus the links, mentions, hashtags and commands Telegram finds in ``text``."""
    units = _utf16_offsets(text)
    opaque = [(e["offset"], e["offset"] + e["length"]) for e in entities if e["type"] in _OPAQUE]
    found: list[Entity] = []
    taken: list[tuple[int, int]] = []
    for kind, pattern in _AUTO_PATTERNS:
        for match in pattern.finditer(text):
            start, end = match.span()
            if kind == "url":
                end = start + len(match.group(0).rstrip(_URL_TRAILING))
            begin, finish = units[start], units[end]
            if finish <= begin or _overlaps(begin, finish, opaque + taken):
                continue
            taken.append((begin, finish))
            found.append({"type": kind, "offset": begin, "length": finish - begin})
    return sorted([*entities, *found], key=lambda e: (e["offset"], -e["length"]))


def _overlaps(begin: int, finish: int, spans: list[tuple[int, int]]) -> bool:
    return any(begin < end and start < finish for start, end in spans)


def _utf16_offsets(text: str) -> list[int]:
    """UTF-16 offset of every Python index of ``text`` (and of its end)."""
    offsets = [0] * (len(text) + 1)
    position = 0
    for index, char in enumerate(text):
        offsets[index] = position
        position += 2 if ord(char) > 0xFFFF else 1
    offsets[len(text)] = position
    return offsets

"""Telegram's text rules: HTML parse mode to text + entities, auto-detected links and commands.

Telegram stores a message as plain text plus ``entities`` (offsets and lengths in UTF-16 code
units). HTML the Bot API does not accept is a 400 "can't parse entities" in production, so it is
one here too, by Telegram's own rules: every ``<`` opens a tag (``a < b`` is refused), only
``&lt;`` ``&gt;`` ``&amp;`` ``&quot;`` and numeric references are decoded. Like Telegram,
links, @mentions, #hashtags and /commands in the text become entities of their own, except
inside code, pre and text links.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
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


_SPACE = " \t\r\n\f\v"
_NAMED_REFERENCES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


@dataclass(slots=True)
class _Open:
    tag: str
    attrs: dict[str, str | None]
    start: int


# Telegram's own rules (TDLib's parse_html), written afresh: every "<" opens a tag, an
# unknown tag or a stray end tag is refused, only four named references exist and any
# other "&" stays as it is. Python's HTMLParser is kinder ("a < b" is text to it), so a
# message Telegram would refuse could pass; this parser refuses what Telegram refuses.


def _byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode("utf-8"))


def _reference(source: str, i: int) -> tuple[str, int] | None:
    """The character an ``&…`` reference at ``i`` stands for and where it ends, or None."""
    end = i + 1
    if end < len(source) and source[end] == "#":
        end += 1
        hexadecimal = end < len(source) and source[end] in "xX"
        if hexadecimal:
            end += 1
        digits = "0123456789abcdefABCDEF" if hexadecimal else "0123456789"
        first = end
        while end < len(source) and source[end] in digits:
            end += 1
        if end == first or end - i >= 10:
            return None
        value = int(source[first:end], 16 if hexadecimal else 10)
        if value == 0 or value >= 0x10FFFF:
            return None
        if 0xD800 <= value <= 0xDFFF:
            raise EntityParseError(
                "Text contains invalid Unicode characters after decoding HTML entities"
            )
        char = chr(value)
    else:
        while end < len(source) and source[end].isascii() and source[end].isalpha():
            end += 1
        named = _NAMED_REFERENCES.get(source[i + 1 : end])
        if named is None:
            return None
        char = named
    if end < len(source) and source[end] == ";":
        end += 1
    return char, end


def _attribute_value(source: str, i: int, begin: int) -> tuple[str, int]:
    if source[i] in "'\"":
        quote, i = source[i], i + 1
        chars: list[str] = []
        while i < len(source) and source[i] != quote:
            if source[i] == "&" and (found := _reference(source, i)) is not None:
                chars.append(found[0])
                i = found[1]
                continue
            chars.append(source[i])
            i += 1
        if i >= len(source):
            raise EntityParseError(
                f"Unclosed start tag at byte offset {_byte_offset(source, begin)}"
            )
        return "".join(chars), i + 1
    start = i
    while i < len(source) and ((source[i].isascii() and source[i].isalnum()) or source[i] in ".-"):
        i += 1
    if i < len(source) and source[i] not in _SPACE and source[i] != ">":
        raise EntityParseError(
            f"Unexpected end of name token at byte offset {_byte_offset(source, start)}"
        )
    return source[start:i].lower(), i


def _start_tag(source: str, begin: int, units: int) -> tuple[_Open, int]:
    """``<tag attr=…>`` at ``begin``: the open tag and the index after its ``>``."""
    i = begin + 1
    while i < len(source) and source[i] not in _SPACE and source[i] != ">":
        i += 1
    if i >= len(source):
        raise EntityParseError(f"Unclosed start tag at byte offset {_byte_offset(source, begin)}")
    tag, at = source[begin + 1 : i].lower(), _byte_offset(source, begin)
    if tag not in _ALLOWED_TAGS:
        raise EntityParseError(f'Unsupported start tag "{tag}" at byte offset {at}')
    attrs: dict[str, str | None] = {}
    while True:
        while i < len(source) and source[i] in _SPACE:
            i += 1
        if i >= len(source):
            raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {at}')
        if source[i] == ">":
            break
        name_start = i
        while i < len(source) and source[i] not in _SPACE and source[i] not in "=>":
            i += 1
        name = source[name_start:i].lower()
        if not name:
            raise EntityParseError(f'Empty attribute name in the tag "{tag}" at byte offset {at}')
        while i < len(source) and source[i] in _SPACE:
            i += 1
        if i < len(source) and source[i] != "=":
            if tag == "blockquote" and name == "expandable":
                attrs[name] = None
                continue
            raise EntityParseError(
                f'Expected equal sign in declaration of an attribute of the tag "{tag}" '
                f"at byte offset {at}"
            )
        i += 1
        while i < len(source) and source[i] in _SPACE:
            i += 1
        if i >= len(source):
            raise EntityParseError(f'Unclosed start tag "{tag}" at byte offset {at}')
        attrs[name], i = _attribute_value(source, i, begin)
    if tag == "span" and attrs.get("class") != "tg-spoiler":
        raise EntityParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {at}')
    if tag == "tg-emoji" and not (attrs.get("emoji-id") or "").isdigit():
        raise EntityParseError("Invalid custom emoji identifier specified")
    return _Open(tag, attrs, units), i + 1


def _merge_code_into_pre(entities: list[Entity], entity: Entity) -> None:
    # <pre><code class="language-x">…</code></pre> is one pre entity with a language.
    if entity["type"] != "pre" or not entities:
        return
    inner = entities[-1]
    same_span = (inner["offset"], inner["length"]) == (entity["offset"], entity["length"])
    if inner["type"] == "code" and same_span:
        entities.pop()
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
    out: list[str] = []
    units = 0
    entities: list[Entity] = []
    stack: list[_Open] = []
    i = 0
    while i < len(source):
        char = source[i]
        if char == "&" and (found := _reference(source, i)) is not None:
            out.append(found[0])
            units += utf16_len(found[0])
            i = found[1]
            continue
        if char != "<":
            out.append(char)
            units += utf16_len(char)
            i += 1
            continue
        begin = i
        if i + 1 < len(source) and source[i + 1] == "/":
            if not stack:
                raise EntityParseError(
                    f"Unexpected end tag at byte offset {_byte_offset(source, begin)}"
                )
            i += 2
            while i < len(source) and source[i] not in _SPACE and source[i] != ">":
                i += 1
            name = source[begin + 2 : i].lower()
            while i < len(source) and source[i] in _SPACE:
                i += 1
            if i >= len(source) or source[i] != ">":
                raise EntityParseError(
                    f"Unclosed end tag at byte offset {_byte_offset(source, begin)}"
                )
            opened = stack.pop()
            if name and name != opened.tag:
                raise EntityParseError(
                    f"Unmatched end tag at byte offset {_byte_offset(source, begin)}, "
                    f'expected "</{opened.tag}>", found "</{name}>"'
                )
            length = units - opened.start
            entity = _entity_for(opened, length)
            if entity is not None and length > 0:
                _merge_code_into_pre(entities, entity)
                entities.append(entity)
            i += 1
            continue
        opened, i = _start_tag(source, begin, units)
        stack.append(opened)
    if stack:
        raise EntityParseError(f'Can\'t find end tag corresponding to start tag "{stack[-1].tag}"')
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def html_to_text(source: str) -> str:
    """The text Telegram shows for an HTML message, or EntityParseError."""
    return parse_html(source)[0]


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

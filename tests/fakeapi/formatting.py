"""Telegram's text rules, strictly: HTML parse_mode as Telegram parses it, lengths in UTF-16.

The parser follows the behaviour of Telegram's own (TDLib's ``parse_html``), written
afresh here:

* every ``<`` opens a tag: ``a < b`` or an unknown tag (``<script>``, ``<br>``) is a 400
  "can't parse entities", as in production;
* end tags must match the innermost open tag (``</b>`` closes ``<b>`` only), and every
  open tag must be closed;
* ``&lt;`` ``&gt;`` ``&amp;`` ``&quot;`` and numeric references are decoded; any other
  ``&`` stays as it is (Telegram does not reject it);
* attributes: ``href`` on ``a``, ``class="tg-spoiler"`` (required) on ``span``,
  ``class="language-…"`` on ``code``, ``emoji-id`` on ``tg-emoji`` and a bare
  ``expandable`` on ``blockquote``.

:func:`parse_html` returns the text people see and its entities (offsets in UTF-16 code
units), so messages read back through PTB (``Message.text_html``) carry their formatting.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

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
    "span": "spoiler",
    "code": "code",
    "pre": "pre",
    "blockquote": "blockquote",
    "a": "text_link",
    "tg-emoji": "custom_emoji",
}
_SPACE = " \t\r\n\f\v"
_NAMED_ENTITIES = {"lt": "<", "gt": ">", "amp": "&", "quot": '"'}


class EntityParseError(ValueError):
    """The text would be rejected by Telegram with "can't parse entities"."""


@dataclass
class _Open:
    tag: str
    offset: int
    attrs: dict[str, str] = field(default_factory=dict)


def _byte_offset(source: str, index: int) -> int:
    return len(source[:index].encode("utf-8"))


def _decode_entity(source: str, i: int) -> tuple[str, int] | None:
    """The character an ``&…`` reference at ``i`` stands for and where it ends, or None."""
    end = i + 1
    if end < len(source) and source[end] == "#":
        end += 1
        value = 0
        digits = 0
        hexadecimal = end < len(source) and source[end] in "xX"
        if hexadecimal:
            end += 1
        while end < len(source) and (
            source[end] in "0123456789abcdefABCDEF" if hexadecimal else source[end].isdigit()
        ):
            value = value * (16 if hexadecimal else 10) + int(source[end], 16)
            end += 1
            digits += 1
        if digits == 0 or value == 0 or value >= 0x10FFFF or end - i >= 10:
            return None
        if 0xD800 <= value <= 0xDFFF:
            raise EntityParseError(
                "Text contains invalid Unicode characters after decoding HTML entities"
            )
        char = chr(value)
    else:
        while end < len(source) and source[end].isascii() and source[end].isalpha():
            end += 1
        named = _NAMED_ENTITIES.get(source[i + 1 : end])
        if named is None:
            return None
        char = named
    if end < len(source) and source[end] == ";":
        end += 1
    return char, end


def _attribute_value(source: str, i: int, begin: int) -> tuple[str, int]:
    if source[i] in "'\"":
        quote = source[i]
        i += 1
        chars: list[str] = []
        while i < len(source) and source[i] != quote:
            if source[i] == "&":
                decoded = _decode_entity(source, i)
                if decoded is not None:
                    chars.append(decoded[0])
                    i = decoded[1]
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


def _start_tag(source: str, begin: int) -> tuple[_Open, int]:
    """Read ``<tag attr=…>`` starting at ``begin``; returns the tag and the index after ``>``."""
    i = begin + 1
    while i < len(source) and source[i] not in _SPACE and source[i] != ">":
        i += 1
    if i >= len(source):
        raise EntityParseError(f"Unclosed start tag at byte offset {_byte_offset(source, begin)}")
    tag = source[begin + 1 : i].lower()
    at = _byte_offset(source, begin)
    if tag not in _SIMPLE_TAGS:
        raise EntityParseError(f'Unsupported start tag "{tag}" at byte offset {at}')
    opened = _Open(tag, 0)
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
                opened.attrs[name] = ""
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
        value, i = _attribute_value(source, i, begin)
        opened.attrs[name] = value
    if tag == "span" and opened.attrs.get("class") != "tg-spoiler":
        raise EntityParseError(f'Tag "span" must have class "tg-spoiler" at byte offset {at}')
    if tag == "tg-emoji" and not opened.attrs.get("emoji-id", "").isdigit():
        raise EntityParseError("Invalid custom emoji identifier specified")
    return opened, i + 1


def _entity(opened: _Open, offset: int, length: int, shown: str) -> dict[str, Any]:
    kind = _SIMPLE_TAGS[opened.tag]
    entity: dict[str, Any] = {"type": kind, "offset": offset, "length": length}
    if kind == "blockquote" and "expandable" in opened.attrs:
        entity["type"] = "expandable_blockquote"
    elif kind == "text_link":
        entity["url"] = opened.attrs.get("href") or shown
    elif kind == "custom_emoji":
        entity["custom_emoji_id"] = opened.attrs["emoji-id"]
    elif kind == "code" and opened.attrs.get("class", "").startswith("language-"):
        entity["language"] = opened.attrs["class"].removeprefix("language-")
    return entity


def parse_html(source: str) -> tuple[str, list[dict[str, Any]]]:
    """The text Telegram shows for an HTML message and its entities, or EntityParseError."""
    out: list[str] = []
    utf16 = 0
    entities: list[dict[str, Any]] = []
    stack: list[tuple[_Open, int]] = []  # the open tag and where its text starts in ``out``
    i = 0
    while i < len(source):
        char = source[i]
        if char == "&":
            decoded = _decode_entity(source, i)
            if decoded is not None:
                out.append(decoded[0])
                utf16 += utf16_len(decoded[0])
                i = decoded[1]
                continue
        if char != "<":
            out.append(char)
            utf16 += utf16_len(char)
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
            opened, start = stack.pop()
            if name and name != opened.tag:
                raise EntityParseError(
                    f"Unmatched end tag at byte offset {_byte_offset(source, begin)}, "
                    f'expected "</{opened.tag}>", found "</{name}>"'
                )
            if utf16 > opened.offset:
                shown = "".join(out[start:])
                entities.append(_entity(opened, opened.offset, utf16 - opened.offset, shown))
            i += 1
            continue
        opened, i = _start_tag(source, begin)
        opened.offset = utf16
        stack.append((opened, len(out)))
    if stack:
        raise EntityParseError(
            f'Can\'t find end tag corresponding to start tag "{stack[-1][0].tag}"'
        )
    entities.sort(key=lambda e: (e["offset"], -e["length"]))
    return "".join(out), entities


def html_to_text(source: str) -> str:
    """Plain text Telegram would show for an HTML-formatted message, or EntityParseError."""
    return parse_html(source)[0]


def utf16_len(text: str) -> int:
    """Telegram measures lengths and entity offsets in UTF-16 code units."""
    return len(text.encode("utf-16-le")) // 2

"""Cutting text people wrote down to size, and making it safe to show as HTML."""

from __future__ import annotations

import html
from typing import Final

ELLIPSIS: Final = "…"


def clip(text: str, limit: int, *, one_line: bool = False) -> str:
    """``text`` in at most ``limit`` characters, an ellipsis marking a cut.

    ``one_line`` folds every run of white space (new lines too) into one space
    first, for summaries and list lines.
    """
    text = str(text)  # a catalogue text in the current language
    if one_line:
        text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + ELLIPSIS


def esc(text: str) -> str:
    """``text`` (a name, an answer, anything a person typed) as literal HTML text.

    Every message the bot sends is HTML, so whatever people supplied goes through
    here before it is put into a template.
    """
    return html.escape(str(text), quote=False)


def said(text: str) -> str:
    """A few words someone wrote, inline in a sentence: *“words”* (escaped)."""
    return f"<i>“{esc(text)}”</i>"


def quote(text: str) -> str:
    """Someone's own words set apart as a quote block, as their partner reads them (escaped)."""
    return f"<blockquote>{esc(text)}</blockquote>"


def bold(html: str) -> str:
    """Already-safe HTML (a catalogue text, escaped words) in bold."""
    return f"<b>{html}</b>"

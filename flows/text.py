"""Cutting text people wrote down to size for a line, a card or a quote."""

from __future__ import annotations

from typing import Final

ELLIPSIS: Final = "…"


def clip(text: str, limit: int, *, one_line: bool = False) -> str:
    """``text`` in at most ``limit`` characters, an ellipsis marking a cut.

    ``one_line`` folds every run of white space (new lines too) into one space
    first, for summaries and list lines.
    """
    if one_line:
        text = " ".join(text.split())
    if len(text) <= limit:
        return text
    return text[: limit - 1].rstrip() + ELLIPSIS

"""Keyboards that fit a phone: labels short enough, rows no wider than the screen.

Telegram cuts a label that does not fit its button with "…". On a phone held
upright a single button shows about 30 characters, two side by side about 18
each, three about 10. Every label of every catalogue stays within
:data:`MAX_LABEL`, and :func:`rows` never puts more buttons on a row than their
labels allow (a test walks every keyboard the bot can send).
"""

from __future__ import annotations

import unicodedata
from collections.abc import Sequence
from typing import Final, TypeVar

from flows.model import Button

# The longest label a button may have (alone on its row).
MAX_LABEL: Final = 30
# How wide each label may be with n buttons on the row (n = index).
ROOM: Final = (0, MAX_LABEL, 18, 10, 7, 5)

_B = TypeVar("_B", bound=Button)


def width(label: str) -> int:
    """Roughly how many narrow characters ``label`` takes: emoji and wide letters count two."""
    total = 0
    for char in label:
        if unicodedata.combining(char) or char in "\ufe0f\u200d":
            continue
        total += 2 if unicodedata.east_asian_width(char) in ("W", "F") else 1
    return total


def fits(labels: Sequence[str]) -> bool:
    """Whether these labels, side by side on one row, all show in full."""
    if not labels:
        return True
    if len(labels) >= len(ROOM):
        return False
    return all(width(label) <= ROOM[len(labels)] for label in labels)


def rows(buttons: Sequence[_B], columns: int) -> tuple[tuple[_B, ...], ...]:
    """``buttons`` in order, at most ``columns`` a row, a new row wherever one would be cut."""
    laid: list[tuple[_B, ...]] = []
    row: list[_B] = []
    for button in buttons:
        if row and (len(row) >= columns or not fits([b.label for b in (*row, button)])):
            laid.append(tuple(row))
            row = []
        row.append(button)
    if row:
        laid.append(tuple(row))
    return tuple(laid)

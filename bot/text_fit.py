"""Text measured into boxes: shrink, wrap, then "…", never overflow.

Fonts are vendored (DejaVu Sans, Latin + Cyrillic + Greek, ``bot/assets/fonts``)
and laid out with FreeType's basic layout, so text is measured and drawn the same
on every machine. Glyphs DejaVu lacks (emoji, CJK) come out as its fallback box.
"""

from __future__ import annotations

import unicodedata
from collections.abc import Iterator
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path
from typing import Final, Literal

from PIL import ImageDraw, ImageFont

FONTS: Final = Path(__file__).parent / "assets" / "fonts"
REGULAR: Final = FONTS / "DejaVuSans.ttf"
BOLD: Final = FONTS / "DejaVuSans-Bold.ttf"

ELLIPSIS: Final = "…"

Align = Literal["left", "center"]
VAlign = Literal["top", "middle"]
Fill = tuple[int, int, int]


@dataclass(frozen=True)
class Box:
    """A rectangle in pixels, right and bottom exclusive like Pillow's boxes."""

    left: int
    top: int
    right: int
    bottom: int

    @property
    def width(self) -> int:
        return self.right - self.left

    @property
    def height(self) -> int:
        return self.bottom - self.top

    def contains(self, other: Box) -> bool:
        return (
            self.left <= other.left
            and self.top <= other.top
            and other.right <= self.right
            and other.bottom <= self.bottom
        )

    @property
    def xy(self) -> tuple[int, int, int, int]:
        return (self.left, self.top, self.right, self.bottom)

    def scaled(self, factor: int) -> Box:
        return Box(self.left * factor, self.top * factor, self.right * factor, self.bottom * factor)


@dataclass(frozen=True)
class Line:
    """One line of text placed: where it is drawn (``xy``, left-ascender) and its ink."""

    text: str
    font: ImageFont.FreeTypeFont
    xy: tuple[int, int]
    fill: Fill
    ink: Box


@lru_cache(maxsize=128)
def load_font(bold: bool, size: int) -> ImageFont.FreeTypeFont:
    return ImageFont.truetype(
        str(BOLD if bold else REGULAR), size, layout_engine=ImageFont.Layout.BASIC
    )


def drawable(text: str) -> str:
    """One line of text FreeType can draw: composed (NFC, so "é", "й", "ά" are one
    glyph), without controls, lone surrogates or leftover combining marks, which
    the basic layout cannot place and which stack out of any box."""
    text = unicodedata.normalize("NFC", " ".join(text.split()))
    dropped = ("Cc", "Cf", "Cs", "Co", "Cn", "Mn", "Me", "Mc")
    return "".join(ch for ch in text if unicodedata.category(ch) not in dropped).strip()


def ink_box(
    draw: ImageDraw.ImageDraw, xy: tuple[int, int], text: str, font: ImageFont.FreeTypeFont
) -> Box:
    left, top, right, bottom = draw.textbbox(xy, text, font=font, anchor="la")
    return Box(int(left), int(top), int(right), int(bottom))


def text_width(draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont) -> int:
    return ink_box(draw, (0, 0), text, font).right


def _chunks(
    draw: ImageDraw.ImageDraw, word: str, font: ImageFont.FreeTypeFont, width: int
) -> Iterator[str]:
    """A word too wide for a line, in pieces that fit."""
    piece = ""
    for ch in word:
        if piece and text_width(draw, piece + ch, font) > width:
            yield piece
            piece = ""
        piece += ch
    if piece:
        yield piece


def wrap(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int
) -> list[str]:
    lines: list[str] = []
    current = ""
    for word in text.split(" "):
        candidate = f"{current} {word}" if current else word
        if text_width(draw, candidate, font) <= width:
            current = candidate
            continue
        if current:
            lines.append(current)
        pieces = list(_chunks(draw, word, font, width))
        lines.extend(pieces[:-1])
        current = pieces[-1] if pieces else ""
    if current:
        lines.append(current)
    return lines


def ellipsized(
    draw: ImageDraw.ImageDraw, text: str, font: ImageFont.FreeTypeFont, width: int
) -> str:
    """``text`` cut to fit ``width`` with a trailing "…"."""
    if text_width(draw, text, font) <= width:
        return text
    cut = text
    while cut and text_width(draw, cut.rstrip() + ELLIPSIS, font) > width:
        cut = cut[:-1]
    return cut.rstrip() + ELLIPSIS if cut.strip() else ""


def place(
    draw: ImageDraw.ImageDraw,
    lines: list[str],
    font: ImageFont.FreeTypeFont,
    area: Box,
    align: Align,
    fill: Fill,
    valign: VAlign,
) -> list[Line] | None:
    """Lines positioned in ``area``, or None if any ink would fall outside it."""
    ascent, descent = font.getmetrics()
    step = int((ascent + descent) * 1.15)
    total = step * (len(lines) - 1) + ascent + descent
    top = area.top if valign == "top" else area.top + (area.height - total) // 2
    placed: list[Line] = []
    for i, text in enumerate(lines):
        width = text_width(draw, text, font)
        x = area.left if align == "left" else area.left + (area.width - width) // 2
        xy = (x, top + i * step)
        ink = ink_box(draw, xy, text, font)
        if not area.contains(ink):
            return None
        placed.append(Line(text, font, xy, fill, ink))
    return placed


def fit(
    draw: ImageDraw.ImageDraw,
    text: str,
    area: Box,
    *,
    bold: bool,
    sizes: tuple[int, int],
    max_lines: int = 1,
    align: Align = "left",
    fill: Fill,
    valign: VAlign = "top",
) -> list[Line]:
    """``text`` in ``area``: the largest size from ``sizes`` (max, min) at which it fits
    in ``max_lines``; at the smallest size the last line ends in "…"."""
    text = drawable(text)
    if not text:
        return []
    largest, smallest = sizes
    for size in range(largest, smallest - 1, -2):
        font = load_font(bold, size)
        lines = wrap(draw, text, font, area.width)
        if len(lines) <= max_lines:
            placed = place(draw, lines, font, area, align, fill, valign)
            if placed is not None:
                return placed
    font = load_font(bold, smallest)
    lines = wrap(draw, text, font, area.width)[:max_lines]
    rest = text
    for line in lines[:-1]:
        rest = rest[len(line) :].lstrip()
    lines[-1] = ellipsized(draw, rest, font, area.width)
    while lines:
        placed = place(draw, [line for line in lines if line], font, area, align, fill, valign)
        if placed is not None:
            return placed
        # Still taller than its area (unusual marks): give up a line, then characters.
        if len(lines) > 1:
            lines.pop()
            lines[-1] = ellipsized(draw, lines[-1] + " " + ELLIPSIS, font, area.width)
        else:
            lines[-1] = lines[-1][:-2] + ELLIPSIS if len(lines[-1]) > 1 else ""
            if not lines[-1]:
                return []
    return []

"""The weekly picture card: the week's summary drawn as a calm, square PNG.

:func:`render_card` draws a :class:`flows.weekly.WeeklyCard` (names, dates, the
five steps as a row of marks, the seven days with a mark where the daily
question was answered, and the suggestion) and returns PNG bytes.

* Every text is measured into its own area (``bot/text_fit.py``): it shrinks,
  wraps, then ends in "…" rather than overflow. Vendored fonts and FreeType's
  basic layout: same card in, same bytes out, on every machine.
* Drawn at twice the size and scaled down, for smooth circles on a phone.
"""

from __future__ import annotations

import io
from dataclasses import dataclass
from typing import Final

from PIL import Image, ImageDraw

from bot.text_fit import (
    ELLIPSIS,
    Align,
    Box,
    Fill,
    Line,
    VAlign,
    drawable,
    fit,
    load_font,
    place,
    text_width,
    wrap,
)
from flows.weekly import WeeklyCard

SIZE: Final = (1080, 1080)
MODE: Final = "RGB"
SCALE: Final = 2  # drawn at 2160 x 2160, then scaled down

# One accent on a soft, warm background.
BACKGROUND: Final = (246, 240, 233)
PANEL: Final = (255, 253, 250)
INK: Final = (46, 42, 39)
MUTED: Final = (140, 131, 124)
LINE: Final = (222, 212, 203)
ACCENT: Final = (214, 112, 84)
ACCENT_SOFT: Final = (251, 232, 224)
ON_ACCENT: Final = (255, 255, 255)

NAMES_JOIN: Final = " & "
# Longer names are shortened before the card tries to fit them.
NAME_LIMIT: Final = 48


@dataclass(frozen=True)
class TextBox:
    """One drawn line: its text, the area it was given and where its ink went.

    Coordinates are in the final image's pixels (``ink`` rounded outwards).
    """

    name: str
    text: str
    area: Box
    ink: Box


def _names_fit(draw: ImageDraw.ImageDraw, names: tuple[str, ...], area: Box) -> list[Line]:
    """ "Ana & Ben" as large as fits; long names are shortened each, so both stay named."""
    clean = [drawable(name) for name in names if drawable(name)]
    if not clean:
        return []
    full = NAMES_JOIN.join(clean)
    sizes = (84 * SCALE, 48 * SCALE)
    # Both names shortened alike until the whole fits on two lines at the smallest size.
    font = load_font(True, sizes[1])
    limit = min(max(len(name) for name in clean), NAME_LIMIT)
    while limit > 1:
        shortened = [
            name if len(name) <= limit else name[: limit - 1].rstrip() + ELLIPSIS for name in clean
        ]
        text = NAMES_JOIN.join(shortened)
        lines = wrap(draw, text, font, area.width)
        if len(lines) <= 2 and place(draw, lines, font, area, "center", INK, "top") is not None:
            full = text
            break
        limit -= 1
    return fit(draw, full, area, bold=True, sizes=sizes, max_lines=2, align="center", fill=INK)


# --- the layout -------------------------------------------------------------------------------

# Final pixels (the canvas is SCALE times larger).
PANEL_BOX: Final = Box(40, 40, 1040, 1040)
CONTENT_LEFT: Final = 120
CONTENT_RIGHT: Final = 960
NAMES_LEFT: Final = 96
NAMES_RIGHT: Final = 984
# The header: kicker, names (one or two lines), dates.
KICKER_HEIGHT: Final = 36
NAMES_MAX_HEIGHT: Final = 230
DATES_HEIGHT: Final = 46
HEADER_GAP: Final = 14
HEADER_TO_BODY: Final = 34
# The body, from its top (the short rule under the header).
STEPS_TITLE: Final = (24, 62)
STEPS_MARK_TOP: Final = 82
STEP_MARK: Final = 108
STEP_LABEL: Final = (202, 278)
DAYS_TITLE: Final = (310, 348)
DAY_LABEL: Final = (364, 396)
DAY_MARK_TOP: Final = 400
DAY_MARK: Final = 70
NEXT: Final = (504, 580)
BODY_HEIGHT: Final = 580
NEXT_LEFT: Final = 96
NEXT_RIGHT: Final = 984
NEXT_TITLE_WIDTH: Final = 196

Layout = list[tuple[str, Box, list[Line]]]


@dataclass(frozen=True)
class _Frame:
    """Where the header and the body start: the content is centred in the panel."""

    names_height: int
    header_top: int
    body_top: int

    def body(self, top_bottom: tuple[int, int], left: int, right: int) -> Box:
        return Box(left, self.body_top + top_bottom[0], right, self.body_top + top_bottom[1])


def _columns(count: int) -> list[tuple[int, int]]:
    """``count`` equal columns across the content width: (left, right)."""
    width = (CONTENT_RIGHT - CONTENT_LEFT) // max(1, count)
    return [(CONTENT_LEFT + i * width, CONTENT_LEFT + (i + 1) * width) for i in range(count)]


def _mark(column: tuple[int, int], top: int, size: int) -> Box:
    centre = (column[0] + column[1]) // 2
    return Box(centre - size // 2, top, centre + size // 2, top + size)


def _block_height(lines: list[Line], area: Box) -> int:
    """Final pixels from the top of ``area`` to the bottom of its last line box."""
    if not lines:
        return 0
    ascent, descent = lines[-1].font.getmetrics()
    return -(-(lines[-1].xy[1] + ascent + descent - area.top * SCALE) // SCALE)


def _frame(draw: ImageDraw.ImageDraw, card: WeeklyCard) -> _Frame:
    probe = Box(NAMES_LEFT, 0, NAMES_RIGHT, NAMES_MAX_HEIGHT)
    names_height = max(1, _block_height(_names_fit(draw, card.names, probe.scaled(SCALE)), probe))
    header = KICKER_HEIGHT + HEADER_GAP + names_height + HEADER_GAP + DATES_HEIGHT
    total = header + HEADER_TO_BODY + BODY_HEIGHT
    top = PANEL_BOX.top + (PANEL_BOX.height - total) // 2
    return _Frame(names_height, top, top + header + HEADER_TO_BODY)


def _layout(draw: ImageDraw.ImageDraw, card: WeeklyCard, frame: _Frame) -> Layout:
    """Every text of the card, fitted: (name, area in final pixels, lines in canvas pixels)."""
    s = SCALE
    texts: Layout = []

    def text(
        name: str,
        value: str,
        area: Box,
        *,
        bold: bool,
        sizes: tuple[int, int],
        fill: Fill = INK,
        align: Align = "center",
        valign: VAlign = "top",
        max_lines: int = 1,
    ) -> None:
        lines = fit(
            draw,
            value,
            area.scaled(s),
            bold=bold,
            sizes=(sizes[0] * s, sizes[1] * s),
            max_lines=max_lines,
            align=align,
            fill=fill,
            valign=valign,
        )
        texts.append((name, area, lines))

    kicker = Box(CONTENT_LEFT, frame.header_top, CONTENT_RIGHT, frame.header_top + KICKER_HEIGHT)
    names_top = kicker.bottom + HEADER_GAP
    names = Box(NAMES_LEFT, names_top, NAMES_RIGHT, names_top + frame.names_height)
    dates_top = names.bottom + HEADER_GAP
    dates = Box(CONTENT_LEFT, dates_top, CONTENT_RIGHT, dates_top + DATES_HEIGHT)
    text("kicker", card.kicker, kicker, bold=True, sizes=(26, 18), fill=ACCENT)
    texts.append(("names", names, _names_fit(draw, card.names, names.scaled(s))))
    text("dates", card.dates, dates, bold=False, sizes=(36, 22), fill=MUTED)

    steps_title = frame.body(STEPS_TITLE, CONTENT_LEFT, CONTENT_RIGHT)
    text("steps_title", card.steps_title, steps_title, bold=True, sizes=(30, 20))
    for i, (step, column) in enumerate(zip(card.steps, _columns(len(card.steps)), strict=False)):
        if not step.practised:
            # The step's number, quiet, inside its empty mark.
            mark = _mark(column, frame.body_top + STEPS_MARK_TOP, STEP_MARK)
            inner = Box(mark.left + 24, mark.top + 24, mark.right - 24, mark.bottom - 24)
            text(
                f"step{i + 1}_number",
                str(i + 1),
                inner,
                bold=False,
                sizes=(40, 20),
                fill=LINE,
                valign="middle",
            )
        area = frame.body(STEP_LABEL, column[0] + 4, column[1] - 4)
        fill = INK if step.practised else MUTED
        texts.append((f"step{i + 1}", area, _step_label(draw, step.lines, area, fill)))

    days_title = frame.body(DAYS_TITLE, CONTENT_LEFT, CONTENT_RIGHT)
    text("days_title", card.days_title, days_title, bold=True, sizes=(30, 20))
    for i, (day, column) in enumerate(zip(card.days, _columns(len(card.days)), strict=False)):
        label = frame.body(DAY_LABEL, column[0] + 2, column[1] - 2)
        text(f"weekday{i + 1}", day.weekday, label, bold=False, sizes=(25, 14), fill=MUTED)
        mark = _mark(column, frame.body_top + DAY_MARK_TOP, DAY_MARK)
        inner = Box(mark.left + 10, mark.top + 10, mark.right - 10, mark.bottom - 10)
        text(
            f"day{i + 1}",
            day.day,
            inner,
            bold=True,
            sizes=(25, 12),
            fill=ON_ACCENT if day.answered else MUTED,
            valign="middle",
        )

    box = frame.body(NEXT, NEXT_LEFT, NEXT_RIGHT)
    heading = Box(box.left + 30, box.top + 10, box.left + 14 + NEXT_TITLE_WIDTH, box.bottom - 10)
    text(
        "next_title",
        card.next_title.upper(),
        heading,
        bold=True,
        sizes=(20, 14),
        fill=ACCENT,
        align="left",
        valign="middle",
    )
    line = Box(box.left + 30 + NEXT_TITLE_WIDTH, box.top + 6, box.right - 28, box.bottom - 6)
    text(
        "next_line",
        card.next_line,
        line,
        bold=False,
        sizes=(30, 18),
        align="left",
        valign="middle",
        max_lines=2,
    )
    return texts


def _step_label(
    draw: ImageDraw.ImageDraw, lines: tuple[str, ...], area: Box, fill: tuple[int, int, int]
) -> list[Line]:
    """A step name under its mark: on one line if it fits, else on its given lines,
    centred; shrunk (and at last wrapped and shortened) to fit."""
    clean = [drawable(line) for line in lines if drawable(line)]
    box = area.scaled(SCALE)
    for size in range(27 * SCALE, 17 * SCALE - 1, -2):
        font = load_font(False, size)
        for candidate in ([" ".join(clean)], clean):
            if candidate and all(text_width(draw, text, font) <= box.width for text in candidate):
                placed = place(draw, candidate, font, box, "center", fill, "top")
                if placed is not None:
                    return placed
    return fit(
        draw,
        " ".join(clean),
        box,
        bold=False,
        sizes=(16 * SCALE, 16 * SCALE),
        max_lines=2,
        align="center",
        fill=fill,
    )


def _check(draw: ImageDraw.ImageDraw, mark: Box) -> None:
    """A check mark drawn with lines, inside a filled step mark."""
    box = mark.scaled(SCALE)
    w, h = box.width, box.height
    points = [
        (box.left + w * 0.30, box.top + h * 0.52),
        (box.left + w * 0.44, box.top + h * 0.66),
        (box.left + w * 0.71, box.top + h * 0.38),
    ]
    draw.line(points, fill=ON_ACCENT, width=round(w * 0.09), joint="curve")
    radius = w * 0.045
    for px, py in (points[0], points[-1]):
        draw.ellipse((px - radius, py - radius, px + radius, py + radius), fill=ON_ACCENT)


def _shapes(draw: ImageDraw.ImageDraw, card: WeeklyCard, frame: _Frame) -> None:
    s = SCALE
    draw.rounded_rectangle(PANEL_BOX.scaled(s).xy, radius=44 * s, fill=PANEL)
    middle, rule_y = (CONTENT_LEFT + CONTENT_RIGHT) // 2, frame.body_top
    draw.line(
        [((middle - 60) * s, rule_y * s), ((middle + 60) * s, rule_y * s)], fill=LINE, width=3 * s
    )
    for step, column in zip(card.steps, _columns(len(card.steps)), strict=False):
        mark = _mark(column, frame.body_top + STEPS_MARK_TOP, STEP_MARK)
        if step.practised:
            draw.ellipse(mark.scaled(s).xy, fill=ACCENT)
            _check(draw, mark)
        else:
            draw.ellipse(mark.scaled(s).xy, outline=LINE, width=5 * s)
    for day, column in zip(card.days, _columns(len(card.days)), strict=False):
        mark = _mark(column, frame.body_top + DAY_MARK_TOP, DAY_MARK).scaled(s)
        if day.answered:
            draw.ellipse(mark.xy, fill=ACCENT)
        else:
            draw.ellipse(mark.xy, outline=LINE, width=4 * s)
    box = frame.body(NEXT, NEXT_LEFT, NEXT_RIGHT).scaled(s)
    draw.rounded_rectangle(box.xy, radius=24 * s, fill=ACCENT_SOFT)


def _outward(ink: Box) -> Box:
    """Canvas pixels to final pixels, rounded outwards."""
    return Box(ink.left // SCALE, ink.top // SCALE, -(-ink.right // SCALE), -(-ink.bottom // SCALE))


def _canvas() -> tuple[Image.Image, ImageDraw.ImageDraw]:
    image = Image.new(MODE, (SIZE[0] * SCALE, SIZE[1] * SCALE), BACKGROUND)
    return image, ImageDraw.Draw(image)


def card_text_boxes(card: WeeklyCard) -> list[TextBox]:
    """Every line of text the card draws, with its area and measured ink (for tests)."""
    _, draw = _canvas()
    return [
        TextBox(name, line.text, area, _outward(line.ink))
        for name, area, lines in _layout(draw, card, _frame(draw, card))
        for line in lines
    ]


def render_card(card: WeeklyCard) -> bytes:
    """The card as a 1080 x 1080 RGB PNG. Same card, same bytes."""
    image, draw = _canvas()
    frame = _frame(draw, card)
    _shapes(draw, card, frame)
    for _name, _area, lines in _layout(draw, card, frame):
        for line in lines:
            draw.text(line.xy, line.text, font=line.font, fill=line.fill, anchor="la")
    final = image.resize(SIZE, Image.Resampling.LANCZOS)
    out = io.BytesIO()
    final.save(out, format="PNG", optimize=False, compress_level=6)
    return out.getvalue()

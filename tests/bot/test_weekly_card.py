"""The weekly picture card: a real PNG, the right size, never blank, no text overflowing,
the same bytes for the same card, and the committed snapshot still what it renders."""

from __future__ import annotations

import io
from dataclasses import replace
from datetime import date

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from PIL import Image, ImageChops, ImageStat

from bot.weekly_card import ACCENT, MODE, SIZE, card_text_boxes, render_card
from flows.week_facts import WeekFacts
from flows.weekly import WeeklyCard, compose_weekly
from tools.render_sample_card import SNAPSHOT, sample_weekly

CARD = sample_weekly().card


def _image(png: bytes) -> Image.Image:
    image = Image.open(io.BytesIO(png))
    image.load()
    return image


def _accent_pixels(image: Image.Image) -> int:
    """Pixels within a small distance of the accent colour (the filled marks)."""
    r, g, b = (image.getchannel(c) for c in "RGB")
    near = [
        channel.point(lambda v, target=target: 255 if abs(v - target) <= 12 else 0)
        for channel, target in zip((r, g, b), ACCENT, strict=True)
    ]
    both = ImageChops.multiply(ImageChops.multiply(near[0], near[1]), near[2])
    return int(sum(both.histogram()[255:]))


def _assert_no_overflow(card: WeeklyCard) -> None:
    boxes = card_text_boxes(card)
    assert boxes, "the card draws some text"
    for box in boxes:
        assert box.text.strip(), box
        assert box.area.contains(box.ink), box


def test_the_card_is_a_square_rgb_png_and_not_blank() -> None:
    png = render_card(CARD)
    assert png.startswith(b"\x89PNG\r\n\x1a\n")
    image = _image(png)
    assert image.format == "PNG"
    assert image.size == SIZE == (1080, 1080)
    assert image.mode == MODE == "RGB"
    spread = ImageStat.Stat(image.convert("L")).stddev[0]
    assert spread > 20, spread


def test_the_same_card_gives_the_same_bytes() -> None:
    assert render_card(CARD) == render_card(replace(CARD))


def test_the_committed_snapshot_is_what_the_sample_renders() -> None:
    """docs/weekly-card.png: regenerate with `uv run python -m tools.render_sample_card`."""
    committed = _image(SNAPSHOT.read_bytes())
    fresh = _image(render_card(sample_weekly().card))
    assert committed.size == fresh.size and committed.mode == fresh.mode
    diff = ImageChops.difference(committed, fresh).convert("L")
    # A tiny tolerance for a different FreeType or zlib build, nothing more.
    assert ImageStat.Stat(diff).mean[0] < 0.5
    assert sum(diff.histogram()[32:]) < 0.001 * SIZE[0] * SIZE[1]


def test_the_marks_follow_the_week() -> None:
    """More steps practised, more days answered: more of the accent colour, and each
    one changes the picture."""
    none = replace(
        CARD,
        steps=tuple(replace(s, practised=False) for s in CARD.steps),
        days=tuple(replace(d, answered=False) for d in CARD.days),
    )
    one_step = replace(none, steps=(replace(none.steps[0], practised=True), *none.steps[1:]))
    one_day = replace(none, days=(*none.days[:-1], replace(none.days[-1], answered=True)))
    every = replace(
        CARD,
        steps=tuple(replace(s, practised=True) for s in CARD.steps),
        days=tuple(replace(d, answered=True) for d in CARD.days),
    )
    counts = {
        name: _accent_pixels(_image(render_card(card)))
        for name, card in (("none", none), ("step", one_step), ("day", one_day), ("all", every))
    }
    assert counts["none"] < counts["day"] < counts["step"] < counts["all"]


def test_cards_the_composer_makes_all_fit() -> None:
    monday = date(2026, 11, 16)
    for facts, partner in (
        (WeekFacts(), "Ben"),
        (WeekFacts(paired=False), None),
        (WeekFacts(), "Bartholomew-Maximilian von Hohenzollern"),
    ):
        weekly = compose_weekly(facts, me="Ana", partner=partner, first_day=monday)
        _assert_no_overflow(weekly.card)
        assert _image(render_card(weekly.card)).size == SIZE


# Names people really have: Latin (with accents), Cyrillic and Greek letters, spaces
# and hyphens, from one letter to far too long.
LETTERS = (
    "abcdefghijklmnopqrstuvwxyzABCDEFGHIJKLMNOPQRSTUVWXYZ"
    "éèêëáàâäåãçñóòôöøúùûüýÿßœæÉÈÅÆØÑÇŁłŚśŻżĞğİıŞş"
    "абвгдеёжзийклмнопрстуфхцчшщъыьэюяАБВГДЕЁЖЗИЙКЛМНОПРСТУФХЦЧШЩЪЫЬЭЮЯіїєґІЇЄҐ"
    "αβγδεζηθικλμνξοπρστυφχψωάέήίόύώΑΒΓΔΕΖΗΘΙΚΛΜΝΞΟΠΡΣΤΥΦΧΨΩΆΈΉΊΌΎΏ"
    " -'W"
)
real_names = st.text(alphabet=LETTERS, min_size=1, max_size=200).filter(lambda s: s.strip())


@settings(max_examples=40, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(me=real_names, partner=st.none() | real_names, next_line=real_names)
def test_no_text_overflows_for_any_real_name(me: str, partner: str | None, next_line: str) -> None:
    names = (me,) if partner is None else (me, partner)
    _assert_no_overflow(replace(CARD, names=names, next_line=next_line))


@settings(max_examples=25, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(me=st.text(max_size=80), partner=st.text(max_size=80))
def test_any_unicode_at_all_never_breaks_the_card(me: str, partner: str) -> None:
    """Emoji, CJK, controls, lone surrogates, combining marks: DejaVu draws its fallback
    box for what it lacks, and nothing crashes or overflows."""
    card = replace(CARD, names=(me, partner))
    for box in card_text_boxes(card):
        assert box.area.contains(box.ink), box
    assert _image(render_card(card)).size == SIZE


@pytest.mark.parametrize(
    "names",
    [
        ("Mia 😀💛", "李小龍"),
        ("さくら", "김민준"),
        ("Z̷̢̛̲͇͙̻̭̯̈́̏̓̈͂͐a̸̛̬̙͙̹̗͔͋l̴g̸o", "\u202eBen\u0000\ud800"),
        ("", "   "),
        ("W" * 500, "Ω" * 500),
    ],
)
def test_emoji_cjk_and_odd_names_render_and_fit(names: tuple[str, str]) -> None:
    card = replace(CARD, names=names)
    for box in card_text_boxes(card):
        assert box.area.contains(box.ink), box
    image = _image(render_card(card))
    assert image.size == SIZE and image.mode == MODE


def test_long_names_keep_both_people_on_the_card() -> None:
    card = replace(CARD, names=("Александра-Виктория Константинопольская", "Βασιλική Παπαδοπούλου"))
    shown = " ".join(b.text for b in card_text_boxes(card) if b.name == "names")
    assert "&" in shown and "Александра" in shown and "Βασιλική" in shown

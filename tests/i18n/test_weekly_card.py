"""The weekly card is queued as JSON and drawn later: its words must already be in the
reader's language when queued, since the sender reads them back as they are."""

from __future__ import annotations

from datetime import date

from flows import i18n
from flows.content import common
from flows.content import weekly as texts
from flows.weekly import card_from_json, card_to_json, compose_weekly
from tests.flows.test_weekly import week

MONDAY = date(2026, 11, 23)


def _german(text: str) -> str:
    with i18n.use_language("de"):
        return str(text)


def test_a_card_queued_in_german_reads_back_in_german() -> None:
    facts = week((0, {"read", "side"}, True), (2, {"checkin"}, True), paired=True)
    with i18n.use_language("de"):
        weekly = compose_weekly(facts, me="Ana", partner="Jonas", first_day=MONDAY)
        queued = card_to_json(weekly.card, texts.CARD_CAPTION)
    card, caption = card_from_json(queued)
    assert caption == _german(texts.CARD_CAPTION) != str(texts.CARD_CAPTION)
    assert card.kicker == _german(texts.CARD_KICKER)
    assert card.steps_title == _german(texts.CARD_STEPS_TITLE)
    first_step = " ".join(card.steps[0].lines)
    assert first_step == _german(common.PRACTICE_STEPS[next(iter(common.PRACTICE_STEPS))])
    assert card.days[0].weekday == _german(common.WEEKDAYS_SHORT[0])

"""flows.safety keeps recent verdicts: never a different verdict, never the text."""

from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st

from flows import safety
from flows.crisis import DETECTOR

CRISIS = ["I want to kill myself", "he said he'd kill me if I leave", "quiero morirme"]
SAFE = ["the deadline is killing me", "I'd die for a coffee", "we had a nice dinner"]


def _uncached(text: str) -> str | None:
    hit = DETECTOR.first(text)
    return hit.family if text and hit is not None else None


def test_asked_again_the_verdict_is_the_same() -> None:
    for text in CRISIS + SAFE:
        first = safety.crisis_kind(text)
        assert safety.crisis_kind(text) == first == _uncached(text)
    assert all(safety.detect_crisis(t) for t in CRISIS)
    assert not any(safety.detect_crisis(t) for t in SAFE)


@settings(max_examples=200)
@given(st.lists(st.sampled_from(CRISIS + SAFE) | st.text(max_size=80), max_size=6))
def test_any_sequence_of_texts_gets_the_detectors_verdicts(texts: list[str]) -> None:
    for text in texts + texts[::-1]:
        assert safety.crisis_kind(text) == _uncached(text)


def test_what_is_kept_is_bounded_and_holds_no_text() -> None:
    for n in range(safety._RECENT_LIMIT + 50):
        safety.crisis_kind(f"message number {n}: I want to kill myself")
    assert 0 < len(safety._RECENT_VERDICTS) <= safety._RECENT_LIMIT
    for key in safety._RECENT_VERDICTS:
        assert isinstance(key, bytes) and len(key) == 16
        assert b"kill" not in key

"""The crisis detector against phrasings it was never tuned on (review, 2026-11-30).

``crisis_fresh/<lang>.tsv`` holds 40 crisis phrasings (self-harm, suicide, violence,
threats, coercion) and 20 figures of speech per language, written by the reviewer
without looking at the detector's patterns and checked to be absent from
``tests/flows/safety_corpus/``. Every line is a test. The ones the detector gets
wrong today are listed in ``KNOWN_WRONG`` and marked strict xfail, so the suite stays
green while they are wrong and fails (XPASS) as soon as one is fixed: then remove it
from the list. The detector itself is the lead's call; this file only measures.

Measured at review time: recall 160/240 (66.7%), false positives 3/120 (2.5%).
After issue 7's generalised families (safety2): 240/240 and 0/120; figures and
what this does and does not prove are in docs/safety.md.
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

import pytest

from flows.safety import detect_crisis

LANGUAGES: Final = ("en", "de", "es", "fr", "pt", "ru")
CORPUS: Final = Path(__file__).parent / "crisis_fresh"

# Empty since issue 7 (safety2): every fresh line is classified as labelled. A line
# the detector gets wrong again goes back here, as a strict xfail.
KNOWN_WRONG: Final[dict[str, frozenset[str]]] = {}


def _examples() -> list[object]:
    params: list[object] = []
    for lang in LANGUAGES:
        for number, line in enumerate((CORPUS / f"{lang}.tsv").read_text().splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            label, text = line.split("\t", 1)
            marks = []
            if text in KNOWN_WRONG.get(lang, frozenset()):
                why = "missed crisis" if label == "crisis" else "figure of speech fires"
                marks.append(pytest.mark.xfail(strict=True, reason=f"detector: {why}"))
            params.append(pytest.param(label == "crisis", text, id=f"{lang}:{number}", marks=marks))
    return params


@pytest.mark.parametrize(("is_crisis", "text"), _examples())
def test_fresh_phrasing_is_classified_as_labelled(is_crisis: bool, text: str) -> None:
    assert detect_crisis(text) is is_crisis


def test_every_known_wrong_line_is_in_the_corpus() -> None:
    lines = {
        lang: {
            line.split("\t", 1)[1]
            for line in (CORPUS / f"{lang}.tsv").read_text().splitlines()
            if "\t" in line
        }
        for lang in LANGUAGES
    }
    for lang, texts in KNOWN_WRONG.items():
        assert texts <= lines[lang]


def test_no_fresh_phrasing_is_in_the_tuned_or_heldout_corpus() -> None:
    tuned_root = Path(__file__).parents[1] / "flows" / "safety_corpus"
    seen = {
        line.split("\t", 1)[1].strip().lower()
        for path in tuned_root.rglob("*.tsv")
        for line in path.read_text().splitlines()
        if "\t" in line
    }
    for lang in LANGUAGES:
        for line in (CORPUS / f"{lang}.tsv").read_text().splitlines():
            if "\t" in line:
                assert line.split("\t", 1)[1].strip().lower() not in seen


# Misspellings and disguises people really type, beyond the normaliser's leetspeak and
# spacing: all missed at review time, all read right since the bounded one-edit
# correction of key words (flows.crisis.spelling).
MISSPELLED: Final = (
    "thinking about sucide",
    "suicde thoughts again",
    "i want to kil myself",
    "sui-cide is all i think about",
    "i wan2 die",
    "Selbstmort gedanken jeden Tag",
    "je veux mourrir",
)


@pytest.mark.parametrize("text", MISSPELLED)
def test_common_misspellings_are_detected(text: str) -> None:
    assert detect_crisis(text)

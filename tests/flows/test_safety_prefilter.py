"""The crisis prefilter only ever skips patterns that cannot match.

``Detector.candidates`` runs a pattern only when a reading holds the literal pieces
every match of it must contain (``flows/crisis/required_pieces.json``, written by
``tools/gen_crisis_index.py``). Three proofs that it drops nothing:

- on every text of the safety corpus (and every string of the other safety tests, and
  the 4,096-character stress inputs), the hits equal those of running every pattern;
- per pattern, strings Hypothesis generates from the pattern itself, and that it
  matches, make it a candidate, in context and on the matched piece alone;
- the checked-in index is what the generator writes today (an out-of-date entry is
  safe, its pattern always runs, but slow; this test names the command to fix it).
"""

from __future__ import annotations

import ast
from pathlib import Path

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.safety_metrics import load
from bench.safety_speed import _adversarial
from flows.crisis import DETECTOR
from flows.crisis.families import Detector
from flows.crisis.required_pieces import INDEX_PATH, REGENERATE
from tools.gen_crisis_index import build_index, render

TESTS = Path(__file__).resolve().parent.parent
CORPUS_FILES = sorted(
    [
        *(TESTS / "flows" / "safety_corpus").rglob("*.tsv"),
        *(TESTS / "review" / "crisis_fresh").glob("*.tsv"),
    ]
)
OTHER_SAFETY_TESTS = sorted(
    [*(TESTS / "flows").glob("test_safety*.py"), TESTS / "review" / "test_crisis_fresh.py"]
)


def _strings_in(path: Path) -> list[str]:
    """Every string constant of a test module: the texts its tests check, and more."""
    tree = ast.parse(path.read_text(encoding="utf-8"))
    return [
        node.value
        for node in ast.walk(tree)
        if isinstance(node, ast.Constant) and isinstance(node.value, str) and node.value
    ]


def _corpus_texts() -> list[str]:
    texts = [example.text for path in CORPUS_FILES for example in load(path)]
    texts += [s for path in OTHER_SAFETY_TESTS for s in _strings_in(path)]
    texts += list(_adversarial().values())
    return list(dict.fromkeys(texts))


def test_the_index_is_up_to_date() -> None:
    current = INDEX_PATH.read_text(encoding="utf-8") if INDEX_PATH.exists() else ""
    assert current == render(build_index()), (
        f"{INDEX_PATH.name} is out of date (its stale entries are always run, which is "
        f"safe but slow): run `{REGENERATE}`"
    )


def test_every_pattern_is_in_the_index() -> None:
    """None always runs: an id or digest missing from the index would say so here."""
    assert len({p.pattern_id for p in DETECTOR.patterns}) == len(DETECTOR.patterns)
    assert DETECTOR._always == []


def test_on_the_corpus_the_prefilter_changes_no_hit() -> None:
    texts = _corpus_texts()
    assert len(texts) > 6000
    differ = [
        text
        for text in texts
        if list(DETECTOR.hits(text)) != list(DETECTOR.hits_running_every_pattern(text))
    ]
    assert differ == []


def test_a_stale_or_missing_entry_runs_its_pattern_always(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from flows.crisis import LANGUAGES, required_pieces

    real = required_pieces.load_index()
    first, second = DETECTOR.patterns[0].pattern_id, DETECTOR.patterns[1].pattern_id
    damaged = dict(real)
    damaged[first] = required_pieces.Condition("0" * 16, (("zzzz",),), ("zzzz",))
    del damaged[second]
    monkeypatch.setattr("flows.crisis.families.load_index", lambda: damaged)
    detector = Detector(LANGUAGES)
    assert detector._always == [0, 1]
    assert detector.candidates("")[:2] == [0, 1]


# Every pattern, in chunks: one Hypothesis test per chunk draws a string from each of
# its patterns per example, so that every pattern gets EXAMPLES strings in well under
# a minute for the whole file.
EXAMPLES = 4
CHUNKS = 60
_NUMBERS = range(len(DETECTOR.patterns))


@pytest.mark.parametrize("chunk", range(CHUNKS))
@settings(
    max_examples=EXAMPLES,
    derandomize=True,
    deadline=None,
    database=None,
    suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
)
@given(data=st.data())
def test_what_a_pattern_matches_makes_it_a_candidate(chunk: int, data: st.DataObject) -> None:
    # Embedded in other text, kept apart by a space so that a \b still holds.
    before = st.just("") | st.text(max_size=12).map(lambda s: s + " ")
    after = st.just("") | st.text(max_size=12).map(lambda s: " " + s)
    for number in _NUMBERS[chunk::CHUNKS]:
        compiled = DETECTOR.patterns[number]
        matched = data.draw(st.from_regex(compiled.regex), label=compiled.pattern_id)
        text = data.draw(before) + matched + data.draw(after)
        match = compiled.regex.search(text) or compiled.regex.search(matched)
        if match is None:
            continue  # from_regex's strings match; the surroundings may have broken it
        whole = text if compiled.regex.search(text) else matched
        assert number in DETECTOR.candidates(whole), (compiled.pattern_id, whole)
        assert number in DETECTOR.candidates(match.group()), (compiled.pattern_id, match)

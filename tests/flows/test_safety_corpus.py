"""The crisis detector against its labelled corpus, in six languages.

- Every line of the tuned corpus is classified as labelled.
- The held-out corpora stay above a stated floor; exact figures, and which of them
  were looked at when, are in docs/safety.md (``python -m bench.safety_metrics``).
- Every pattern is the only one to catch at least one corpus example, and every
  figure of speech is the only excuse for at least one corpus example, so removing
  any single pattern or figure makes a test fail.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable

import pytest

from bench.safety_metrics import (
    LANGUAGES,
    Example,
    everyday,
    heldout,
    heldout2,
    heldout3,
    heldout8,
    heldout9,
    heldout10,
    heldout11,
    heldout12,
    heldout13,
    heldout14,
    score,
    tuned,
)
from flows.crisis import DETECTOR
from flows.crisis import LANGUAGES as DETECTOR_LANGUAGES
from flows.safety import crisis_kind, detect_crisis

# Held-out floors per language. They sit a little under the measured figures in
# docs/safety.md so a real regression fails, not a rounding difference.
RECALL_FLOOR = 0.85
FALSE_POSITIVE_CEILING = 0.05
MIN_TUNED_POSITIVES = 60
MIN_TUNED_NEGATIVES = 60


def _cases(kind: str) -> list[tuple[str, Example]]:
    return [(lang, e) for lang in LANGUAGES for e in tuned(lang) if e.crisis == (kind == "crisis")]


def _id(case: tuple[str, Example]) -> str:
    lang, example = case
    return f"{lang}:{example.line}"


@pytest.mark.parametrize("case", _cases("crisis"), ids=_id)
def test_tuned_positive_is_detected(case: tuple[str, Example]) -> None:
    _, example = case
    assert detect_crisis(example.text), example.text


@pytest.mark.parametrize("case", _cases("ok"), ids=_id)
def test_tuned_negative_is_not_detected(case: tuple[str, Example]) -> None:
    _, example = case
    assert not detect_crisis(example.text), (example.text, crisis_kind(example.text))


@pytest.mark.parametrize("language", LANGUAGES)
def test_corpus_is_big_enough(language: str) -> None:
    examples = tuned(language)
    assert sum(e.crisis for e in examples) >= MIN_TUNED_POSITIVES
    assert sum(not e.crisis for e in examples) >= MIN_TUNED_NEGATIVES
    assert len(heldout(language)) >= 45
    assert len(heldout2(language)) >= 35
    assert len(heldout3(language)) >= 45


@pytest.mark.parametrize("language", LANGUAGES)
@pytest.mark.parametrize(
    "loader", [heldout, heldout2, heldout3], ids=["heldout", "heldout2", "heldout3"]
)
def test_heldout_recall_and_false_positives(
    language: str, loader: Callable[[str], list[Example]]
) -> None:
    result = score(loader(language))
    assert result.recall >= RECALL_FLOOR, [e.text for e in result.misses]
    assert result.false_positive_rate <= FALSE_POSITIVE_CEILING, [
        e.text for e in result.false_alarms
    ]


# Held-out 8 to 14 were written by people who never saw the code or the corpus
# (docs/safety.md): 11 and 14 are still untuned; 8 and 9 shaped round 6, 10 round 7,
# 12 round 8, 13 rounds 9 and 10. These floors sit just under today's figures (83/144, 0/84;
# 89/143, 3/84; 91/141, 1/80; 92/144, 0/79; 103/144, 9/84; 92/143, 14/83; 105/137,
# 8/84) so that a change that loses ground on them fails here; raise them when the
# figures rise.
INDEPENDENT_FLOORS = {
    "heldout8": (0.57, 0.02),
    "heldout9": (0.60, 0.05),
    "heldout10": (0.63, 0.03),
    "heldout11": (0.63, 0.02),
    "heldout12": (0.71, 0.11),
    "heldout13": (0.64, 0.17),
    "heldout14": (0.76, 0.10),
}


@pytest.mark.parametrize(
    ("name", "loader"),
    [
        ("heldout8", heldout8),
        ("heldout9", heldout9),
        ("heldout10", heldout10),
        ("heldout11", heldout11),
        ("heldout12", heldout12),
        ("heldout13", heldout13),
        ("heldout14", heldout14),
    ],
    ids=["8", "9", "10", "11", "12", "13", "14"],
)
def test_independent_sets_do_not_lose_ground(
    name: str, loader: Callable[[str], list[Example]]
) -> None:
    results = [score(loader(language)) for language in LANGUAGES]
    positives = sum(r.positives for r in results)
    negatives = sum(r.negatives for r in results)
    found = positives - sum(len(r.misses) for r in results)
    alarms = sum(len(r.false_alarms) for r in results)
    recall_floor, alarm_ceiling = INDEPENDENT_FLOORS[name]
    # (Lines that repeated earlier sets word for word were taken out of 13 and 14.)
    assert positives >= 135 and negatives >= 75
    assert found / positives >= recall_floor, f"{found}/{positives}"
    assert alarms / negatives <= alarm_ceiling, f"{alarms}/{negatives}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_everyday_couple_messages_stay_quiet(language: str) -> None:
    """Thirty ordinary messages per language (plans, pets, money, sleep): none fires."""
    examples = everyday(language)
    assert len(examples) >= 30
    assert not any(e.crisis for e in examples)
    alarms = score(examples).false_alarms
    assert alarms == (), [(e.text, crisis_kind(e.text)) for e in alarms]


def _all_examples() -> list[Example]:
    return [e for lang in LANGUAGES for e in tuned(lang)]


def test_every_pattern_is_the_only_catch_of_some_example() -> None:
    """Removing any single pattern loses at least one tuned positive."""
    only_catch: dict[str, list[str]] = defaultdict(list)
    for example in _all_examples():
        if not example.crisis:
            continue
        counting = {hit.pattern_id for hit in DETECTOR.hits(example.text) if hit.counts}
        if len(counting) == 1:
            only_catch[counting.pop()].append(example.text)
    unused = [p.pattern_id for p in DETECTOR.patterns if p.pattern_id not in only_catch]
    assert unused == []


def test_every_figure_is_the_only_excuse_of_some_example() -> None:
    """Removing any single figure of speech makes at least one tuned negative fire."""
    needed: set[str] = set()
    for example in _all_examples():
        if example.crisis:
            continue
        for hit in DETECTOR.hits(example.text):
            if len(hit.excused_by) == 1:
                needed |= hit.excused_by
    assert [f for f, _ in DETECTOR.figures if f not in needed] == []


def test_every_language_has_families_of_every_main_kind() -> None:
    for language in DETECTOR_LANGUAGES:
        if language.code == "any":
            continue
        kinds = {family.kind for family in language.families}
        assert {"self_harm", "violence", "threat", "fear", "sexual"} <= kinds, language.code


def test_patterns_are_written_in_lower_case() -> None:
    """Text is casefolded before matching; an upper-case letter could never match."""
    import re

    for language in DETECTOR_LANGUAGES:
        sources = [p for f in language.families for p in f.patterns] + list(language.figures)
        for source in sources:
            letters = re.sub(r"\\[A-Za-z]", "", source)
            assert letters == letters.lower(), source


# The phrasings issue 7 lists as missed, and the figures it lists as false alarms.
ISSUE_MISSES = [
    "I'm going to hang myself tonight",
    "slit my wrists",
    "I want to be dead",
    "i want to end it",
    "kms",
    "kill my self",
    "k1ll myself",
    "he beats me",
    "he pushed me against the wall",
    "she said she'd kill me",
    "I'm scared he will hurt me",
    "he grabbed my throat",
    "he forced me to have sex",
    "ｉ ｗａｎｔ ｔｏ ｄｉｅ",
    "kіll myself",
    "sui\u00adcide",
]
ISSUE_FALSE_ALARMS = ["my mom is gonna kill me if we're late", "he hit me with a joke"]


@pytest.mark.parametrize("text", ISSUE_MISSES)
def test_issue_misses_are_caught(text: str) -> None:
    assert detect_crisis(text)


@pytest.mark.parametrize("text", ISSUE_FALSE_ALARMS)
def test_issue_false_alarms_stay_quiet(text: str) -> None:
    assert not detect_crisis(text)


# safety4: a mother's "strangle / hang / choke" over a carpet is a figure; the same
# words from a partner or an unnamed "he" still fire.
MOTHER_FIGURES = [
    ("my mum is going to choke me when she sees the sofa", "he is going to choke me"),
    ("meine mutter erwürgt mich wenn sie das sieht", "mein freund erwürgt mich"),
    ("mi mamá me va a ahorcar por el jarrón", "mi novio me va a ahorcar"),
    ("ma mère va m'étrangler pour le vase", "il va m'étrangler"),
    ("minha mãe vai me esganar pelo vaso", "meu namorado vai me esganar"),
    ("мама меня задушит за вазу", "он меня задушит"),
]


@pytest.mark.parametrize(("figure", "threat"), MOTHER_FIGURES)
def test_a_mothers_threat_is_a_figure_but_a_partners_is_not(figure: str, threat: str) -> None:
    assert not detect_crisis(figure), crisis_kind(figure)
    assert detect_crisis(threat)


def test_a_figure_excuses_only_its_own_span() -> None:
    """A figure of speech in the message does not hide a real danger beside it."""
    assert not detect_crisis("my mom is gonna kill me if we're late")
    assert detect_crisis("my mom is gonna kill me if we're late, and he hit me last night")
    assert detect_crisis("he hit me with a joke, then he hit me with his belt")


def test_crisis_kind_names_the_family() -> None:
    assert crisis_kind("er schlägt mich") == "de.violence.hit"
    assert crisis_kind("хочу умереть") == "ru.self.want_dead"
    assert crisis_kind("we had a lovely dinner") is None
    assert crisis_kind("") is None

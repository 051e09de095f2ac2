"""Phrase families and figures of speech, and the detector that runs them.

A *family* is one way of saying one kind of danger in one language ("want to be
dead", "a partner hits me", "a threat to kill"), written as a few regular
expressions over normalised text (see :mod:`flows.crisis.normalise`): lower case,
no accents, no apostrophes, single spaces. Patterns use stems with bounded
endings and bounded gaps of a few words, never unbounded repetition, so a
4,096-character message cannot make them backtrack badly.

A *figure* is an everyday figure of speech that contains a danger phrase ("my mom
is going to kill me if we're late", "he beat me at chess"). A danger match is
excused when a figure match covers its last character; a danger phrase elsewhere
in the same message still counts. Figures are checked only on a danger match.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from typing import Final, Literal

from flows.crisis.normalise import fold_pattern, variants
from flows.crisis.prefixes import start_literals

Kind = Literal["self_harm", "violence", "sexual", "threat", "fear", "control"]

# Bounded gap of up to n words, used between the parts of a phrase.
GAP1: Final = r"(?:\w+ )?"
GAP2: Final = r"(?:\w+ ){0,2}"
GAP3: Final = r"(?:\w+ ){0,3}"


def alt(*words: str) -> str:
    """A non-capturing alternation of words or fragments."""
    return "(?:" + "|".join(words) + ")"


@dataclass(frozen=True)
class Family:
    """One way of saying one kind of danger in one language."""

    name: str
    kind: Kind
    patterns: tuple[str, ...]


@dataclass(frozen=True)
class Language:
    """Everything one language contributes: its families and its figures of speech."""

    code: str
    families: tuple[Family, ...]
    figures: tuple[str, ...]


@dataclass(frozen=True)
class Hit:
    """One danger match: which pattern, where, and which figures excuse it."""

    pattern_id: str
    family: str
    kind: Kind
    excused_by: frozenset[str]

    @property
    def counts(self) -> bool:
        return not self.excused_by


@dataclass(frozen=True)
class _Compiled:
    pattern_id: str
    family: Family
    regex: re.Pattern[str]


def _compile(source: str) -> re.Pattern[str]:
    return re.compile(fold_pattern(source))


class Detector:
    """Runs every family of every language over every reading of a text."""

    def __init__(self, languages: Iterable[Language]) -> None:
        self.languages: Final = tuple(languages)
        patterns: list[_Compiled] = []
        figures: list[tuple[str, re.Pattern[str]]] = []
        for language in self.languages:
            for family in language.families:
                for index, source in enumerate(family.patterns):
                    pattern_id = f"{family.name}#{index}"
                    patterns.append(_Compiled(pattern_id, family, _compile(source)))
            for index, source in enumerate(language.figures):
                figures.append((f"{language.code}.figure#{index}", _compile(source)))
        self.patterns: Final = tuple(patterns)
        self.figures: Final = tuple(figures)
        # Which patterns can match at all: by the first letters of the words of the
        # text (most patterns), by substring, or always (see flows.crisis.prefixes).
        self._by_word_start: dict[str, list[tuple[str, int]]] = {}
        self._by_substring: list[tuple[frozenset[str], int]] = []
        self._always: list[int] = []
        for number, compiled in enumerate(patterns):
            literals, at_word_start = start_literals(compiled.regex.pattern)
            if literals is None:
                self._always.append(number)
            elif at_word_start:
                for literal in literals:
                    self._by_word_start.setdefault(literal[:3], []).append((literal, number))
            else:
                self._by_substring.append((literals, number))

    def candidates(self, text: str) -> list[int]:
        """Indexes (in order) of the patterns that could match the normalised text."""
        found = set(self._always)
        for word in set(text.split(" ")):
            for key in (word[:1], word[:2], word[:3]):
                for literal, number in self._by_word_start.get(key, ()):
                    if word.startswith(literal):
                        found.add(number)
        for literals, number in self._by_substring:
            if any(literal in text for literal in literals):
                found.add(number)
        return sorted(found)

    def hits(self, raw: str) -> Iterator[Hit]:
        """Every danger match in every reading of ``raw``, with its excuses."""
        for text in variants(raw):
            spans: list[tuple[int, int, str]] | None = None
            for number in self.candidates(text):
                compiled = self.patterns[number]
                for match in compiled.regex.finditer(text):
                    if spans is None:
                        spans = [
                            (m.start(), m.end(), figure_id)
                            for figure_id, figure in self.figures
                            for m in figure.finditer(text)
                        ]
                    end = match.end()
                    excused = frozenset(f for start, stop, f in spans if start < end <= stop)
                    yield Hit(
                        compiled.pattern_id, compiled.family.name, compiled.family.kind, excused
                    )

    def first(self, raw: str) -> Hit | None:
        """The first match that no figure excuses, or None."""
        return next((hit for hit in self.hits(raw) if hit.counts), None)

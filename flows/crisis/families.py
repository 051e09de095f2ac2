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
from collections.abc import Callable, Iterable, Iterator
from dataclasses import dataclass
from typing import Final, Literal

from flows.crisis.normalise import fold_pattern, variants
from flows.crisis.required_pieces import KEY_LENGTH, digest, load_index

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
        # Which patterns can match a reading: a pattern runs only when the reading holds
        # the literal pieces every match of it contains (precomputed, see
        # flows.crisis.required_pieces). Each is looked up by one piece (its key) of a
        # literal of its most selective clause; the other clauses are checked after.
        # A pattern missing from the index, or changed since, always runs.
        conditions = load_index()
        self._by_key: dict[str, list[tuple[str, int]]] = {}
        self._short: list[tuple[str, int]] = []  # literals shorter than a key
        self._then: list[tuple[tuple[str, ...], ...]] = []
        self._always: list[int] = []
        for number, compiled in enumerate(patterns):
            condition = conditions.get(compiled.pattern_id)
            self._then.append(condition.all_of[1:] if condition is not None else ())
            if (
                condition is None
                or condition.digest != digest(compiled.regex.pattern)
                or not condition.all_of
                or len(condition.keys) != len(condition.all_of[0])
            ):
                self._always.append(number)
                continue
            for literal, key in zip(condition.all_of[0], condition.keys, strict=True):
                if len(literal) < KEY_LENGTH:
                    self._short.append((literal, number))
                elif len(key) == KEY_LENGTH and key in literal:
                    self._by_key.setdefault(key, []).append((literal, number))
                else:  # a damaged entry: look the literal up in full
                    self._short.append((literal, number))
        self._keys: Final = frozenset(self._by_key)

    def candidates(self, text: str) -> list[int]:
        """Indexes (in order) of the patterns that could match ``text``.

        Substring checks only, so it holds for any text, normalised or not.
        """
        found = set(self._always)
        first: set[int] = set()
        pieces = {text[i : i + KEY_LENGTH] for i in range(len(text) - KEY_LENGTH + 1)}
        for key in pieces & self._keys:
            for literal, number in self._by_key[key]:
                if number not in first and literal in text:
                    first.add(number)
        for literal, number in self._short:
            if number not in first and literal in text:
                first.add(number)
        for number in first:
            if all(any(literal in text for literal in clause) for clause in self._then[number]):
                found.add(number)
        return sorted(found)

    def hits(self, raw: str) -> Iterator[Hit]:
        """Every danger match in every reading of ``raw``, with its excuses."""
        return self._hits(raw, self.candidates)

    def hits_running_every_pattern(self, raw: str) -> Iterator[Hit]:
        """:meth:`hits` without the prefilter: the reference the tests compare it with."""
        every = list(range(len(self.patterns)))
        return self._hits(raw, lambda _text: every)

    def _hits(self, raw: str, candidates: Callable[[str], list[int]]) -> Iterator[Hit]:
        for text in variants(raw):
            spans: list[tuple[int, int, str]] | None = None
            for number in candidates(text):
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

"""Generate ``flows/crisis/required_pieces.json``: what every crisis pattern needs.

For each pattern of ``flows.crisis.DETECTOR``, a *necessary condition* read off the
parsed pattern (``re``'s own parser): clauses, each a set of literals, such that every
match contains at least one literal of every clause. The detector runs a pattern only
when its condition holds (see :mod:`flows.crisis.required_pieces`). Conservative:
when in doubt, a part of the pattern adds nothing to the condition.

- A stretch of the pattern that can match only a few exact strings ("kill",
  "kill(?:s|ed)?", "(?:he|she) hit", "[ae]") gives one clause: those strings.
- Anything else (``\\w``, ``.``, a negated or large class, a group with ``(?i)``, a
  back-reference, an unbounded or long repeat, a product of more than _CAP strings)
  ends the stretch; literals on either side are never joined across it.
- A choice (``a|b``) gives one clause when every alternative has one: the union of
  one clause of each. A repeat counts only when it must occur (minimum ≥ 1); an
  optional part adds nothing. Zero-width assertions (``\\b``, lookarounds) consume
  nothing: they neither end a stretch nor add to it.

Run after changing any pattern: ``uv run python -m tools.gen_crisis_index``
(``--check`` only compares). The tests fail while the file is out of date.
"""

from __future__ import annotations

import importlib
import json
import sys
from collections import Counter
from collections.abc import Iterable
from typing import Any, Final

from flows.crisis.required_pieces import INDEX_PATH, KEY_LENGTH, REGENERATE, digest

# re's parser is not in the typeshed stubs; it has been stable since Python 3.11.
_PARSER: Final[Any] = importlib.import_module("re._parser")
_C: Final[Any] = importlib.import_module("re._constants")

# The most strings an exact set may hold before a stretch is cut there.
_CAP: Final = 24
# The longest bounded repeat that is still spelt out ("s{0,2}").
_MAX_SPELT_REPEAT: Final = 3

Exact = frozenset[str] | None
Clauses = list[frozenset[str]]


def _product(left: frozenset[str], right: frozenset[str]) -> Exact:
    if len(left) * len(right) > _CAP:
        return None
    return frozenset(a + b for a in left for b in right)


def _minimal(strings: Iterable[str]) -> frozenset[str]:
    """Drop every string that contains another one: the clause means the same."""
    ordered = sorted(set(strings), key=len)
    kept: list[str] = []
    for string in ordered:
        if not any(shorter in string for shorter in kept):
            kept.append(string)
    return frozenset(kept)


def _score(clause: frozenset[str]) -> tuple[int, int]:
    """How selective a clause is: longest shortest literal first, then fewest literals."""
    return (-min(len(s) for s in clause), len(clause))


def _sequence(items: Iterable[Any]) -> tuple[Exact, Clauses]:
    """(every string the sequence can match, or None; its necessary clauses)."""
    clauses: Clauses = []
    run: frozenset[str] = frozenset({""})  # the exact strings of the current stretch
    whole: Exact = frozenset({""})

    def close() -> None:
        if "" not in run:
            clauses.append(_minimal(run))

    for item in items:
        exact, inner = _node(item)
        whole = None if whole is None or exact is None else _product(whole, exact)
        if exact is None:
            close()
            clauses.extend(inner)
            run = frozenset({""})
            continue
        joined = _product(run, exact)
        if joined is None:
            close()
            run = exact
        else:
            run = joined
    close()
    return whole, clauses


def _node(item: tuple[Any, Any]) -> tuple[Exact, Clauses]:
    op, av = item
    if op is _C.LITERAL:
        return frozenset({chr(av)}), []
    if op is _C.AT or op in (_C.ASSERT, _C.ASSERT_NOT):
        return frozenset({""}), []  # zero width
    if op is _C.IN:
        return _char_set(av), []
    if op is _C.BRANCH:
        return _branch(av[1])
    if op is _C.SUBPATTERN:
        _group, add_flags, _del_flags, inner = av
        if add_flags & _C.SRE_FLAG_IGNORECASE:
            return None, []
        return _sequence(inner)
    if op is _C.ATOMIC_GROUP:
        return _sequence(av)
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT, _C.POSSESSIVE_REPEAT):
        low, high, inner = av
        exact, clauses = _sequence(inner)
        return _repeat(exact, low, high), (clauses if low >= 1 else [])
    # ANY, NOT_LITERAL, CATEGORY, GROUPREF, GROUPREF_EXISTS and anything newer.
    return None, []


def _char_set(items: list[tuple[Any, Any]]) -> Exact:
    chars: set[str] = set()
    for op, av in items:
        if op is _C.LITERAL:
            chars.add(chr(av))
        elif op is _C.RANGE and av[1] - av[0] < _CAP:
            chars.update(chr(code) for code in range(av[0], av[1] + 1))
        else:  # NEGATE, CATEGORY, a wide range, a charset bitmap
            return None
    return frozenset(chars) if 0 < len(chars) <= _CAP else None


def _branch(alternatives: list[Any]) -> tuple[Exact, Clauses]:
    exacts: list[Exact] = []
    best: list[frozenset[str]] = []
    for alternative in alternatives:
        exact, clauses = _sequence(alternative)
        exacts.append(exact)
        if clauses:
            best.append(min(clauses, key=_score))
    exact_union: Exact = None
    if all(e is not None for e in exacts):
        union = frozenset().union(*(e for e in exacts if e is not None))
        exact_union = union if len(union) <= _CAP else None
    if len(best) < len(alternatives):
        return exact_union, []  # one alternative needs no literal at all
    return exact_union, [_minimal(frozenset().union(*best))]


def _repeat(exact: Exact, low: int, high: int) -> Exact:
    if exact is None or high > _MAX_SPELT_REPEAT:
        return None
    found: set[str] = set()
    power: Exact = frozenset({""})
    for count in range(high + 1):
        if power is None:
            return None
        if count >= low:
            found |= power
        if len(found) > _CAP:
            return None
        power = _product(power, exact)
    return frozenset(found)


def required_pieces(source: str, flags: int = 0) -> list[list[str]]:
    """Clauses (most selective first) every match of ``source`` satisfies; [] if none.

    Every match contains at least one literal of every clause.
    """
    if flags & _C.SRE_FLAG_IGNORECASE:
        return []
    try:
        parsed = _PARSER.parse(source, flags)
        if parsed.state.flags & _C.SRE_FLAG_IGNORECASE:
            return []
        _exact, clauses = _sequence(list(parsed))
    except (AttributeError, IndexError, TypeError, ValueError, RecursionError):
        return []
    unique = {clause for clause in clauses if clause and "" not in clause}
    return [sorted(clause) for clause in sorted(unique, key=lambda c: (*_score(c), sorted(c)))]


def build_index() -> dict[str, Any]:
    """The index as written to ``required_pieces.json``: every pattern of the detector."""
    from flows.crisis import DETECTOR

    conditions = {
        compiled.pattern_id: required_pieces(compiled.regex.pattern, compiled.regex.flags)
        for compiled in DETECTOR.patterns
    }
    # How often each piece of KEY_LENGTH characters occurs in all the literals: the
    # rarest piece of a literal is its key in the detector's index.
    counts: Counter[str] = Counter(
        gram
        for clauses in conditions.values()
        for clause in clauses
        for literal in clause
        for gram in _grams(literal)
    )
    patterns = {
        compiled.pattern_id: {
            "digest": digest(compiled.regex.pattern),
            "all_of": conditions[compiled.pattern_id],
            # Keys for the first (most selective) clause, by which the detector looks it up.
            "keys": [_key(literal, counts) for literal in _first(conditions[compiled.pattern_id])],
        }
        for compiled in DETECTOR.patterns
    }
    return {"regenerate": REGENERATE, "patterns": patterns}


def _first(clauses: list[list[str]]) -> list[str]:
    return clauses[0] if clauses else []


def _key(literal: str, counts: Counter[str]) -> str:
    """The rarest piece of KEY_LENGTH characters of a literal (or all of a short one)."""
    grams = _grams(literal)
    return min(grams, key=lambda gram: (counts[gram], gram)) if grams else literal


def _grams(literal: str) -> list[str]:
    return [literal[i : i + KEY_LENGTH] for i in range(len(literal) - KEY_LENGTH + 1)]


def render(index: dict[str, Any]) -> str:
    """One line per pattern, so that a changed pattern is a one-line diff."""
    lines = [
        json.dumps(pattern_id, ensure_ascii=False)
        + ": "
        + json.dumps(entry, ensure_ascii=False, sort_keys=True, separators=(",", ":"))
        for pattern_id, entry in sorted(index["patterns"].items())
    ]
    return (
        '{"regenerate": '
        + json.dumps(index["regenerate"])
        + ', "patterns": {\n'
        + ",\n".join(lines)
        + "\n}}\n"
    )


def main(argv: list[str]) -> int:
    text = render(build_index())
    if "--check" in argv:
        current = INDEX_PATH.read_text(encoding="utf-8") if INDEX_PATH.exists() else ""
        if current == text:
            print(f"{INDEX_PATH.name} is up to date")
            return 0
        print(f"{INDEX_PATH.name} is out of date: run {REGENERATE}", file=sys.stderr)
        return 1
    INDEX_PATH.write_text(text, encoding="utf-8")
    print(f"wrote {INDEX_PATH}")
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))

"""Which words a pattern can start on, so the detector runs only the patterns that can match.

Python's ``re`` tries every alternative at every word boundary; with ~280 patterns a
4,096-character message took tens of milliseconds. Almost every pattern starts with
``\\b`` and a literal word (or a choice of words), so a match can only begin at a
word of the text that starts with one of those literals. :func:`start_literals`
reads them off the parsed pattern (``re``'s own parser). When it cannot tell (a
pattern that starts with a character class, say), it returns None and the pattern
is always run: the index only ever skips patterns that cannot match.
"""

from __future__ import annotations

import importlib
from typing import Any, Final

# re's parser is not in the typeshed stubs; it has been stable since Python 3.11.
_PARSER: Final[Any] = importlib.import_module("re._parser")
_C: Final[Any] = importlib.import_module("re._constants")


def _prefixes(items: list[Any], start: int = 0) -> set[str] | None:
    """Literals one of which starts every match of ``items[start:]`` (up to a space)."""
    index = start
    while index < len(items) and _skippable(items[index]):
        index += 1
    if index == len(items):
        return None
    op, av = items[index]
    if op is _C.LITERAL:
        text = ""
        while index < len(items) and items[index][0] is _C.LITERAL and items[index][1] != 32:
            text += chr(items[index][1])
            index += 1
        return {text} if text else None
    if op is _C.BRANCH:
        found: set[str] = set()
        for branch in av[1]:
            part = _prefixes(list(branch))
            if part is None:
                return None
            found |= part
        return found
    if op is _C.SUBPATTERN:
        return _prefixes(list(av[3]))
    if op in (_C.MAX_REPEAT, _C.MIN_REPEAT):
        low, _high, inner = av
        first = _prefixes(list(inner))
        if low >= 1 or first is None:
            return first
        rest = _prefixes(items, index + 1)  # the repeat may match nothing
        return None if rest is None else first | rest
    return None


def _skippable(item: tuple[Any, Any]) -> bool:
    """Zero-width things at the start: \\b, ^, and lookbehinds."""
    op, av = item
    if op is _C.AT:
        return True
    return op in (_C.ASSERT, _C.ASSERT_NOT) and av[0] == -1


def _starts_at_word(items: list[Any]) -> bool:
    """True when every match begins with \\b (after any lookbehinds)."""
    index = 0
    while index < len(items) and items[index][0] in (_C.ASSERT, _C.ASSERT_NOT):
        index += 1
    if index == len(items):
        return False
    op, av = items[index]
    if op is _C.AT:
        return bool(av is _C.AT_BOUNDARY)
    if op is _C.BRANCH:
        return all(_starts_at_word(list(branch)) for branch in av[1])
    if op is _C.SUBPATTERN:
        return _starts_at_word(list(av[3]))
    return False


def start_literals(source: str) -> tuple[frozenset[str] | None, bool]:
    """(literals a match starts with, whether the match starts at a word start).

    A pattern that opens with ``\\b`` starts at the start of a word of the
    normalised text; one that does not (``killmyself`` inside a hashtag) may start
    anywhere, and is checked by substring instead.
    """
    try:
        items = list(_PARSER.parse(source))
        literals = _prefixes(items)
        at_word_start = _starts_at_word(items)
    except (AttributeError, IndexError, TypeError, ValueError):
        return None, False
    if literals is None or not all(literals):
        return None, False
    return frozenset(literals), at_word_start

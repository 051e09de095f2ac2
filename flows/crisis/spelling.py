"""Common misspellings of the key crisis words, read as the words themselves.

People in distress type fast: "sucide", "suicde", "kil myself", "Selbstmort",
"je veux mourrir", "умиреть". A word (or two adjacent words, or a word split in
two) one edit away from a key word on :data:`KEY_WORDS` is read as that key word,
and the phrase families then run on that reading as on any other.

The edit is bounded so that ordinary words do not turn into crisis words:
- one edit only (a letter dropped, added, changed, or two neighbours swapped);
- key words are at least five letters long ("kill" only inside "kill myself");
- the first letter never changes ("will myself", "ill myself" stay as they are);
- real words one edit away from a key word are listed in :data:`NOT_MISSPELLINGS`.

All variants are computed at import into one dictionary, so a call is one lookup
per word and per pair of words.
"""

from __future__ import annotations

from collections.abc import Iterable
from typing import Final

# Key words, as the normaliser writes them: lower case, no accents, "ё" as "е".
KEY_WORDS: Final = (
    # Suicide in every language that uses the Latin stem, and its common forms.
    "suicide",
    "suicidal",
    "suicidio",
    "suicidarme",
    "suicidarse",
    "suicider",
    "suicidaire",
    "suizid",
    "suizidal",
    "suizidgedanken",
    "selbstmord",
    "selbstmordgedanken",
    "overdose",
    "kill myself",
    "killing myself",
    "hang myself",
    "umbringen",
    "mourir",
    "morrer",
    "matarme",
    "suicidar",
    "суицид",
    "умереть",
    "покончить",
    "повеситься",
    "убить себя",
)
# Real words one edit away from a key word: never corrected.
NOT_MISSPELLINGS: Final = frozenset(
    {
        "morder",
        "matarte",
        "matarle",
        "matarla",
        "matarlo",
        "matarse",
        "kiss myself",
        "hand myself",
        "hang himself",
    }
)

_LATIN: Final = "abcdefghijklmnopqrstuvwxyz"
_CYRILLIC: Final = "абвгдежзийклмнопрстуфхцчшщъыьэюя"


def _edits(word: str) -> set[str]:
    """Every string one edit from ``word`` that keeps its first letter."""
    letters = _CYRILLIC if any("а" <= c <= "я" for c in word) else _LATIN
    first, rest = word[0], word[1:]
    out: set[str] = set()
    for i in range(len(rest) + 1):
        head, tail = rest[:i], rest[i:]
        if tail:
            out.add(first + head + tail[1:])
            out.update(first + head + c + tail[1:] for c in letters)
        if len(tail) > 1:
            out.add(first + head + tail[1] + tail[0] + tail[2:])
        out.update(first + head + c + tail for c in letters + " ")
    out.discard(word)
    return out


def _table(keys: Iterable[str]) -> dict[str, str]:
    table: dict[str, str] = {}
    for key in keys:
        assert len(key.replace(" ", "")) >= 5, key
        for variant in _edits(key):
            # A word like another key word, or a real word, stays as typed.
            if variant not in KEY_WORDS and variant.strip() == variant:
                table.setdefault(variant, key)
    for word in NOT_MISSPELLINGS:
        table.pop(word, None)
    return table


_CORRECTIONS: Final = _table(KEY_WORDS)


def corrected(text: str) -> str | None:
    """``text`` (normalised) with misspelled key words corrected, or None if none is."""
    words = text.split(" ")
    out: list[str] = []
    changed = False
    i = 0
    while i < len(words):
        pair = " ".join(words[i : i + 2]) if i + 1 < len(words) else None
        # A pair first: "kil myself", "sui cide" (a word split in two).
        if pair is not None and pair in _CORRECTIONS:
            out.append(_CORRECTIONS[pair])
            changed = True
            i += 2
            continue
        word = words[i]
        if len(word) >= 4 and word in _CORRECTIONS:
            out.append(_CORRECTIONS[word])
            changed = True
        else:
            out.append(word)
        i += 1
    return " ".join(out) if changed else None

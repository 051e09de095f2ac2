"""The words the time parsers accept, one module per language (same shape in each).

:func:`words_for` gives the words to try for a language, its own first and then
English, so "8pm" or "tomorrow" still work for everyone.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Final

from flows.content.time_words import de, en, es, fr, pt, ru
from flows.content.time_words.model import DayPreset, TimeWords

ENGLISH: Final = en.WORDS
LANGUAGES: Final[Mapping[str, TimeWords]] = {
    "en": en.WORDS,
    "de": de.WORDS,
    "es": es.WORDS,
    "fr": fr.WORDS,
    "pt": pt.WORDS,
    "ru": ru.WORDS,
}
# Languages whose words are all filled in (a stub reads English only).
COMPLETE: Final[frozenset[str]] = frozenset(
    code
    for code, module in {"en": en, "de": de, "es": es, "fr": fr, "pt": pt, "ru": ru}.items()
    if module.COMPLETE
)


def words_for(language: str) -> tuple[TimeWords, ...]:
    """The words to read a text with, in order: the language's own, then English."""
    if language == "en" or language not in COMPLETE:
        return (ENGLISH,)
    return (LANGUAGES[language], ENGLISH)


__all__ = ["COMPLETE", "ENGLISH", "LANGUAGES", "DayPreset", "TimeWords", "words_for"]

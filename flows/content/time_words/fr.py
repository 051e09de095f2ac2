"""French time words (see model.py for what each field is). To fill in: see docs/translating.md.

Until COMPLETE is True the parsers read English only for this language.
"""

from __future__ import annotations

from typing import Final

from flows.content.time_words.model import TimeWords

COMPLETE: Final = False

WORDS: Final = TimeWords(
    today=frozenset(),
    tonight=frozenset(),
    tomorrow=frozenset(),
    weekdays={},
    months={},
    next_words=frozenset(),
    this_words=frozenset(),
    later_parts=frozenset(),
    earlier_parts=frozenset(),
    articles=frozenset(),
    fillers=frozenset(),
    ordinal_suffixes=(),
    am=frozenset(),
    pm=frozenset(),
    clock_words={},
    hour_words=frozenset(),
    day_presets={},
    list_joiners=frozenset(),
    pause_indefinite=frozenset(),
    pause_phrases={},
    pause_fillers=frozenset(),
    number_words={},
    bare_number_words=frozenset(),
    unit_days={},
)

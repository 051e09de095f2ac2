"""Misspelled key crisis words are read right; ordinary words near them are not."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.crisis.spelling import KEY_WORDS, corrected
from flows.safety import detect_crisis

MISSPELLED = [
    "thinking about sucide",
    "i feel sucidal tonight",
    "i want to kil myself",
    "sui cide is all i think about",
    "selbstmort gedanken",
    "ich habe suizidgedanen",
    "je veux mourrir",
    "pienso en el sucidio",
    "quero morer",
    "я хочу умиреть",
    "думаю о суициде",
]

# One edit from a key word, but ordinary words: never crisis.
NEAR_MISSES = [
    "i will myself to get up early",
    "i feel ill myself today",
    "i could kiss myself for remembering",
    "i will hand myself the win",
    "voy a matarte si llegas tarde jaja",
    "o cachorro quer morder tudo",
    "we want to dine out tonight",
]


@pytest.mark.parametrize("text", MISSPELLED)
def test_misspelled_key_word_is_detected(text: str) -> None:
    assert detect_crisis(text), text


@pytest.mark.parametrize("text", NEAR_MISSES)
def test_ordinary_word_near_a_key_word_is_not(text: str) -> None:
    assert not detect_crisis(text), text


def test_the_first_letter_never_changes() -> None:
    assert corrected("will myself") is None
    assert corrected("xuicide") is None
    assert corrected("sucide") == "suicide"


@given(st.sampled_from(KEY_WORDS), st.integers(0, 30))
def test_a_key_word_with_two_letters_dropped_is_not_read_as_it(key: str, position: int) -> None:
    """Bounded to one edit: two letters dropped is never read as that key word."""
    i = 1 + position % (len(key) - 2)
    assert corrected(key[:i] + key[i + 2 :]) != key

"""Normalisation for crisis detection, and the properties obfuscation must not break."""

from __future__ import annotations

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from bench.safety_metrics import LANGUAGES, tuned
from flows.crisis.normalise import normalise, variants
from flows.safety import detect_crisis


@pytest.mark.parametrize(
    ("raw", "plain"),
    [
        ("ｓｕｉｃｉｄｅ", "suicide"),  # full-width
        ("𝐤𝐢𝐥𝐥 𝐦𝐲𝐬𝐞𝐥𝐟", "kill myself"),  # mathematical bold
        ("ᴋɪʟʟ ᴍʏsᴇʟғ", "kill myself"),  # small capitals
        ("sui\u00adcide", "suicide"),  # soft hyphen
        ("d\u200bi\u200de\u2060", "die"),  # zero-width space, joiner, word joiner
        ("\u202ekill\u202c me", "kill me"),  # bidi controls
        ("kіll", "kill"),  # Cyrillic і inside a Latin word
        ("ԁіе", "die"),  # every letter a look-alike, in Latin text
        ("убить ceбя", "убить себя"),  # Latin c and e inside a Russian word
        ("хочу умереть", "хочу умереть"),  # Russian stays Russian
        ("Он меня бьёт", "он меня бьет"),  # ё → е
        ("йогурт", "йогурт"),  # й is a letter of its own
        ("er schlägt mich", "er schlagt mich"),
        ("Straße", "strasse"),
        ("il m’a étranglée", "il ma etranglee"),  # curly apostrophe, accents
        ("I don´t", "i dont"),
        ("s u i c i d e", "suicide"),
        ("k.i.l.l m.y.s.e.l.f", "killmyself"),
        ("k-i-l-l  m-y-s-e-l-f", "kill myself"),  # two spaces: two words
        ("K1LL mys3lf", "kill myself"),
        ("$uicide", "suicide"),
        ("w4nt 2 d1e", "want 2 die"),
        ("killlll myself!!!", "kill myself"),
        ("i wanna die", "i want to die"),
        ("hes gonna kill me", "hes going to kill me"),
        ("kms", "kill myself"),
        ("meet at 10:30, ok?", "meet at 10 30 ok"),
        ("$50 for 2", "50 for 2"),
    ],
)
def test_normalise(raw: str, plain: str) -> None:
    assert normalise(raw) == plain


def test_ambiguous_readings_are_all_offered() -> None:
    assert "die" in variants("diiiie")  # one i, not two
    assert "kill" in variants("ki11")  # 1 as l
    assert "kill" in variants("k!ll")  # ! as i
    assert "kill" in variants("k|ll")  # | as i
    assert "kill" in variants("ki|l")  # | as l
    assert "хочу умереть" in variants("хочу ум3реть")  # 3 as е in a Russian word


def _positives() -> list[str]:
    return [e.text for lang in LANGUAGES for e in tuned(lang) if e.crisis]


POSITIVES = _positives()
INVISIBLE = ["\u00ad", "\u200b", "\u200c", "\u200d", "\u2060", "\ufeff", "\u200e", "\u200f"]
# Look-alikes an attacker would swap in for Latin letters.
LOOK_ALIKES = {
    "a": "а",
    "c": "с",
    "d": "ԁ",
    "e": "е",
    "h": "һ",
    "i": "і",
    "j": "ј",
    "k": "к",
    "l": "ӏ",
    "o": "о",
    "p": "р",
    "q": "ԛ",
    "s": "ѕ",
    "w": "ԝ",
    "x": "х",
    "y": "у",
}


def _full_width(ch: str) -> str:
    if ch == " ":
        return "\u3000"
    if "!" <= ch <= "~":
        return chr(ord(ch) - 0x21 + 0xFF01)
    return ch


@st.composite
def obfuscated(draw: st.DrawFn) -> tuple[str, str]:
    """A tuned positive with invisible characters, look-alikes and full-width forms."""
    text = draw(st.sampled_from(POSITIVES))
    out: list[str] = []
    for index, ch in enumerate(text):
        if ch.isascii() and ch.islower() and draw(st.booleans()):
            ch = LOOK_ALIKES.get(ch, ch)
        if draw(st.integers(0, 3)) == 0:
            ch = _full_width(ch)
        out.append(ch)
        inside_word = ch.isalpha() and index + 1 < len(text) and text[index + 1].isalpha()
        if inside_word and draw(st.integers(0, 3)) == 0:
            out.append(draw(st.sampled_from(INVISIBLE)))
    return text, "".join(out)


@settings(max_examples=400, suppress_health_check=[HealthCheck.too_slow])
@given(obfuscated())
def test_obfuscated_positives_are_still_detected(case: tuple[str, str]) -> None:
    original, disguised = case
    assert detect_crisis(disguised), (original, disguised, normalise(disguised))


@settings(max_examples=200)
@given(st.sampled_from(POSITIVES), st.data())
def test_invisible_characters_inside_words_change_nothing(text: str, data: st.DataObject) -> None:
    spots = [i for i in range(1, len(text)) if text[i - 1].isalpha() and text[i].isalpha()]
    chosen = data.draw(st.lists(st.sampled_from(spots), unique=True)) if spots else []
    for index in sorted(chosen, reverse=True):
        text = text[:index] + data.draw(st.sampled_from(INVISIBLE)) + text[index:]
    assert detect_crisis(text)


# Everyday words in the six languages, none of them a danger word: any sentence made
# of them is harmless, so none may be flagged.
_BENIGN = (
    "we you our love dinner tonight coffee tomorrow park movie cinema happy birthday "
    "parents sunday cook pasta walk dog weekend holiday beach sleep early work busy "
    "meeting thanks sorry late train home kids school garden music song laugh hug "
    "sweet funny tired lunch pizza flowers photo call later really so very and but "
    "wir essen heute abend liebe dich kino morgen danke schatz kuchen urlaub "
    "cena manana amor gracias cariño playa fiesta pelicula familia "
    "ce soir merci bisous cinéma vacances dîner demain chéri "
    "jantar amanhã obrigado beijo praia saudade filme "
    "ужин завтра спасибо люблю тебя кино отпуск море кофе"
)
BENIGN_WORDS = _BENIGN.split()
PUNCTUATION = ["", "", "", ",", ".", "!", "?", "...", " :)"]


@settings(max_examples=300)
@given(
    st.lists(
        st.tuples(st.sampled_from(BENIGN_WORDS), st.sampled_from(PUNCTUATION)),
        min_size=1,
        max_size=40,
    )
)
def test_benign_sentences_are_never_flagged(words: list[tuple[str, str]]) -> None:
    text = " ".join(word + mark for word, mark in words)
    assert not detect_crisis(text), text


@settings(max_examples=300)
@given(st.text(max_size=600))
def test_never_raises_on_any_text(text: str) -> None:
    assert isinstance(detect_crisis(text), bool)
    assert all(isinstance(v, str) for v in variants(text))


@settings(max_examples=300)
@given(st.text(max_size=300))
def test_every_reading_is_plain(text: str) -> None:
    """Readings are lower-case words separated by single spaces, nothing else."""
    for reading in variants(text):
        assert reading == reading.strip()
        assert "  " not in reading
        assert all(word.isalnum() or word.isidentifier() for word in reading.split())
        assert reading == reading.casefold() or not reading.isascii()


@pytest.mark.parametrize("stray", ["Љ", "Ж", "щ", "Ы ок", "Я"])
def test_one_stray_cyrillic_letter_does_not_turn_english_words_cyrillic(stray: str) -> None:
    # "to" is made only of look-alikes: it follows the English around it, not the stray letter.
    assert detect_crisis(f"I just want to die {stray}")
    assert detect_crisis(f"{stray} i want to end it all")


def test_a_figure_needs_what_one_dies_of() -> None:
    # "0F" reads as "of": "want to die of" with nothing after it is no figure of speech.
    assert detect_crisis("I just want to die 0F")
    assert detect_crisis("i want to die of")
    assert not detect_crisis("I want to die of embarrassment")

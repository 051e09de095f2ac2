"""Fold typed text into the plain form the crisis patterns are written for.

People write "K1LL mys3lf", "ｓｕｉｃｉｄｅ", "s u i c i d e", "kіll" with a Cyrillic
"і", "sui\u00adcide" with a soft hyphen, or "diiiie". All of these must read as the
plain words. The steps, in order:

1. drop apostrophes ("don't" → "dont", "m'a" → "ma") and format characters
   (category Cf: soft hyphen, zero-width spaces and joiners, bidi marks);
2. NFKC (full-width and styled letters → plain), casefold, NFKD, then drop the
   combining marks, so matching ignores accents ("schlägt" → "schlagt",
   "ё" → "е"), except the breve of Russian "й", which is a letter of its own;
3. Latin look-alikes that NFKC keeps (small capitals, dotless i) → ASCII;
4. letters spaced out with single separators ("s u i c i d e", "k.i.l.l") joined;
5. per word: Cyrillic/Greek look-alikes inside a mostly Latin word → Latin, Latin
   look-alikes inside a mostly Cyrillic word → Cyrillic, and leetspeak digits and
   symbols inside words → letters (1→i, 3→e, 4→a, 0→o, 5→s, 7→t, @→a, $→s);
6. every other non-letter → one space;
7. runs of three or more of the same letter → two ("killll" → "kill");
8. a few English contractions and slang ("wanna", "gonna", "kms");
9. one more reading with misspelled key words corrected (:mod:`flows.crisis.spelling`).

Some steps are ambiguous ("1" is "i" or "l", "diiiie" needs one "i", not two, a
capital "I" inside a lower-case word may be an "l": "kiII"), so
:func:`variants` returns every plausible reading (a handful at most); a pattern that
matches any of them counts. Everything is precompiled at import; a call does a
handful of C-level passes and only walks words one by one when the text mixes
scripts or has digits inside words.
"""

from __future__ import annotations

import re
import sys
import unicodedata
from typing import Final

from flows.crisis.spelling import corrected

_APOSTROPHES: Final = "'’‘`´ʼʹ′ʻ＇"


def _build_drop_table() -> dict[int, None]:
    """Code points removed outright: format characters, combining marks, apostrophes."""
    table: dict[int, None] = {ord(c): None for c in _APOSTROPHES}
    for code in range(sys.maxunicode + 1):
        if unicodedata.category(chr(code)) in ("Cf", "Mn", "Me"):
            table[code] = None
    # Invisible letters and blanks used to split words without a visible gap.
    for code in (0x115F, 0x1160, 0x3164, 0xFFA0, 0x2800, 0x034F, 0x17B4, 0x17B5):
        table[code] = None
    return table


_DROP: Final = _build_drop_table()
# Apostrophes and format characters only: applied before NFKC so that "´" (which
# NFKC turns into a space and a combining accent) goes away cleanly.
_DROP_EARLY: Final = {k: None for k in _DROP if unicodedata.category(chr(k)) == "Cf"} | {
    ord(c): None for c in _APOSTROPHES
}

# Latin letters outside ASCII that NFKC leaves alone but that read as ASCII.
_LATIN_LOOKALIKES: Final = str.maketrans(
    {
        "ı": "i",
        "ȷ": "j",
        "ɑ": "a",
        "ɡ": "g",
        "ɩ": "i",
        "ʋ": "v",
        "ᴀ": "a",
        "ʙ": "b",
        "ᴄ": "c",
        "ᴅ": "d",
        "ᴇ": "e",
        "ɢ": "g",
        "ʜ": "h",
        "ɪ": "i",
        "ᴊ": "j",
        "ᴋ": "k",
        "ʟ": "l",
        "ᴍ": "m",
        "ɴ": "n",
        "ᴏ": "o",
        "ᴘ": "p",
        "ʀ": "r",
        "ꜱ": "s",
        "ᴛ": "t",
        "ᴜ": "u",
        "ᴠ": "v",
        "ᴡ": "w",
        "ʏ": "y",
        "ᴢ": "z",
        "ł": "l",
        "ø": "o",
        "đ": "d",
        "ħ": "h",
        "æ": "ae",
        "œ": "oe",
    }
)

# Cyrillic and Greek letters (lower case, after casefold) that pass for Latin ones.
# Only close look-alikes: "п" or "и" read as "n" or "u" in handwriting, but they
# are too common in Russian words to be folded.
_TO_LATIN: Final = {
    "а": "a",
    "в": "b",
    "е": "e",
    "к": "k",
    "м": "m",
    "н": "h",
    "о": "o",
    "р": "p",
    "с": "c",
    "т": "t",
    "у": "y",
    "х": "x",
    "і": "i",
    "ј": "j",
    "ѕ": "s",
    "ԁ": "d",
    "һ": "h",
    "ԛ": "q",
    "ԝ": "w",
    "ӏ": "l",
    "ғ": "f",
    "α": "a",
    "β": "b",
    "γ": "y",
    "ε": "e",
    "η": "n",
    "ι": "i",
    "κ": "k",
    "μ": "u",
    "ν": "v",
    "ο": "o",
    "ρ": "p",
    "τ": "t",
    "υ": "u",
    "χ": "x",
    "ω": "w",
}
# Latin letters (and digits) that pass for Cyrillic ones inside a Russian word.
_TO_CYRILLIC: Final = {
    "a": "а",
    "b": "в",
    "c": "с",
    "e": "е",
    "h": "н",
    "k": "к",
    "m": "м",
    "n": "п",
    "o": "о",
    "p": "р",
    "r": "г",
    "t": "т",
    "u": "и",
    "x": "х",
    "y": "у",
    "3": "з",
    "0": "о",
    "6": "б",
    "4": "ч",
    "@": "а",
}
# Leetspeak inside a Latin word; "1" and "|" also read as "l" in the second reading.
_LEET: Final = {"1": "i", "3": "e", "4": "a", "0": "o", "5": "s", "7": "t", "@": "a", "$": "s"}
_LEET_ALT: Final = {**_LEET, "1": "l"}
# In a Cyrillic word "3" is "з" by shape, or "е" as leetspeak ("ум3реть").
_TO_CYRILLIC_ALT: Final = {**_TO_CYRILLIC, "3": "е"}

_CYRILLIC_OR_GREEK: Final = re.compile(r"[\u0370-\u03ff\u0400-\u04ff\u0500-\u052f]")
_ASCII_LETTER: Final = re.compile(r"[a-z]")
_UNAMBIGUOUS_CYRILLIC: Final = re.compile(
    "[" + "".join(chr(c) for c in range(0x0400, 0x0530) if chr(c) not in _TO_LATIN) + "]"
)
_DIGIT_IN_WORD: Final = re.compile(r"[^\W\d_][0-9@$]|[0-9@$][^\W\d_]")
# A word for step 5: letters, digits and the leet symbols.
_WORD: Final = re.compile(r"[\w@$]+")
# "!" or "|" squeezed between letters reads as "i" or "l" ("k!ll", "ki||").
_BAR_IN_WORD: Final = re.compile(r"(?<=[^\W\d_])[!|]+(?=[^\W\d_])")
# Letters (or leet digits) spaced out by one separator each, at least three in a row.
_SPACED: Final = re.compile(
    r"(?<![\w@$])[\w@$](?:[ .\-_*·•,/+~:][\w@$]){2,}(?![\w@$])",
)
_SPACED_SEPARATORS: Final = re.compile(r"[ .\-_*·•,/+~:]")
_NON_WORD: Final = re.compile(r"[\W_]+")
_TRIPLES: Final = re.compile(r"([^\W\d_])\1{2,}")
_BREVE_I: Final = re.compile("([иИ])\u0306")
_LOWER_THEN_CAPITAL_I: Final = re.compile(r"[^\W\d_]I")
_LETTERS: Final = re.compile(r"[^\W\d_]+")

_SLANG: Final = {
    "wanna": "want to",
    "wana": "want to",
    "wan2": "want to",
    "want2": "want to",
    "wannna": "want to",
    "gonna": "going to",
    "gona": "going to",
    "gunna": "going to",
    "finna": "going to",
    "imma": "i am going to",
    "ima": "i am going to",
    "tryna": "trying to",
    "kms": "kill myself",
    "kys": "kill yourself",
    "thru": "through",
    "tho": "though",
    "nite": "night",
}
_SLANG_RE: Final = re.compile(r"\b(?:" + "|".join(sorted(_SLANG, key=len, reverse=True)) + r")\b")


def _fold_letters(text: str) -> str:
    """Steps 1-3: one plain, accent-free, lower-case spelling."""
    text = unicodedata.normalize("NFKC", text.translate(_DROP_EARLY)).casefold()
    text = _BREVE_I.sub("й", unicodedata.normalize("NFKD", text))
    return text.translate(_DROP).translate(_LATIN_LOOKALIKES)


def _join_spaced(text: str) -> str:
    """Step 4: "s u i c i d e" → "suicide" (needs at least two real letters)."""

    def join(match: re.Match[str]) -> str:
        run = _SPACED_SEPARATORS.sub("", match.group())
        letters = sum(ch.isalpha() for ch in run)
        return run if letters >= 2 else match.group()

    return _SPACED.sub(join, text)


def _is_cyrillic(ch: str) -> bool:
    return "\u0370" <= ch <= "\u052f"


def _fold_word(
    word: str, leet: dict[str, str], cyrillic: dict[str, str], prefer_cyrillic: bool
) -> str:
    """Step 5 for one word: pick its script by its unambiguous letters, map the rest.

    A word made only of look-alikes ("ԁіе") follows the text: Cyrillic when the text
    has unambiguous Cyrillic letters elsewhere, Latin otherwise.
    """
    if not any(ch.isalpha() for ch in word):
        return word
    latin_only = sum(1 for ch in word if "a" <= ch <= "z" and ch not in _TO_CYRILLIC)
    cyrillic_only = sum(1 for ch in word if _is_cyrillic(ch) and ch not in _TO_LATIN)
    if cyrillic_only > latin_only or (cyrillic_only == latin_only == 0 and prefer_cyrillic):
        return "".join(cyrillic.get(ch, ch) for ch in word)
    word = "".join(_TO_LATIN.get(ch, ch) if _is_cyrillic(ch) else ch for ch in word)
    return "".join(leet.get(ch, ch) for ch in word)


def _mostly_cyrillic(text: str) -> bool:
    """More words with letters only Cyrillic has than words with letters only Latin has:
    one stray "Љ" after an English sentence must not turn its "to" Cyrillic."""
    cyrillic = latin = 0
    for match in _WORD.finditer(text):
        word = match.group()
        if any(_is_cyrillic(ch) and ch not in _TO_LATIN for ch in word):
            cyrillic += 1
        elif any("a" <= ch <= "z" and ch not in _TO_CYRILLIC for ch in word):
            latin += 1
    return cyrillic > latin


def _fold_words(
    text: str,
    leet: dict[str, str],
    cyrillic: dict[str, str] = _TO_CYRILLIC,
    *,
    prefer_cyrillic: bool | None = None,
) -> str:
    has_other_script = _CYRILLIC_OR_GREEK.search(text) is not None
    digits = _DIGIT_IN_WORD.search(text) is not None
    if not has_other_script and not digits:
        return text
    if _UNAMBIGUOUS_CYRILLIC.search(text) is not None:
        if not digits and _ASCII_LETTER.search(text) is None:
            return text  # plain Russian: nothing to fold
        if prefer_cyrillic is None:
            prefer_cyrillic = _mostly_cyrillic(text)
    else:
        prefer_cyrillic = False
    return _WORD.sub(lambda m: _fold_word(m.group(), leet, cyrillic, prefer_cyrillic), text)


def _finish(text: str, *, dedupe_to: str) -> str:
    """Steps 6-8."""
    text = " ".join(_NON_WORD.sub(" ", text).split())
    text = _TRIPLES.sub(dedupe_to, text)
    return _SLANG_RE.sub(lambda m: _SLANG[m.group()], text)


def _capital_i_as_l(word: re.Match[str]) -> str:
    """ "kiII" → "kill": a capital I inside a lower-case word is usually an l."""
    text = word.group()
    inner = text[1:]
    if "I" in inner and any(ch.islower() for ch in text) and inner.replace("I", "").islower():
        return text[0] + inner.replace("I", "l")
    return text


# A French elided word (m', j', t', l', s', n', d', c', qu') typed as a word of its
# own before a word that starts with a vowel or "h", in a normalised reading.
_SPACED_ELISION: Final = re.compile(r"\b(qu|[cdjlmnst]) (?=[aeiouyh])")


def variants(raw: str) -> tuple[str, ...]:
    """Every plausible plain reading of ``raw`` (the first is :func:`normalise`)."""
    readings = _readings(raw)
    # Checked after NFKC so that full-width "ｋｉＩＩ" counts too.
    plain = unicodedata.normalize("NFKC", raw.translate(_DROP_EARLY))
    if _LOWER_THEN_CAPITAL_I.search(plain) is not None:
        for reading in _readings(_LETTERS.sub(_capital_i_as_l, plain)):
            if reading not in readings:
                readings.append(reading)
    # French elisions with a space where the apostrophe was ("il m a frappé", "il va
    # m étrangler"): also read joined, as the dropped apostrophe reads ("il ma frappe").
    for reading in list(readings):
        joined = _SPACED_ELISION.sub(r"\1", reading)
        if joined != reading and joined not in readings:
            readings.append(joined)
    # Last: key words typed one letter wrong ("sucide", "kil myself"), read right.
    for reading in list(readings):
        fixed = corrected(reading)
        if fixed is not None and fixed not in readings:
            readings.append(fixed)
    return tuple(readings)


def _readings(raw: str) -> list[str]:
    folded = _join_spaced(_fold_letters(raw))
    # First reading: "!" and "|" are punctuation, "1" is "i".
    spaced = _BAR_IN_WORD.sub(lambda m: " " * len(m.group()), folded)
    readings = [_fold_words(spaced, _LEET)]
    if _UNAMBIGUOUS_CYRILLIC.search(folded) and _ASCII_LETTER.search(folded):
        # Both scripts: words made only of look-alikes are read both ways.
        for prefer in (True, False):
            other = _fold_words(spaced, _LEET, prefer_cyrillic=prefer)
            if other not in readings:
                readings.append(other)
    bars = _BAR_IN_WORD.search(folded) is not None
    if bars or _DIGIT_IN_WORD.search(folded) is not None:
        # Second: "!" and "|" are "i", "1" is "l" ("k!ll", "k|ll", "ki11"), and a
        # "3" in a Cyrillic word is "е".
        as_i = _BAR_IN_WORD.sub(lambda m: "i" * len(m.group()), folded)
        readings.append(_fold_words(as_i, _LEET_ALT, _TO_CYRILLIC_ALT))
    if "|" in folded and bars:
        # Third: "|" is "l" ("ki||").
        as_l = _BAR_IN_WORD.sub(lambda m: m.group().replace("|", "l").replace("!", "i"), folded)
        readings.append(_fold_words(as_l, _LEET))
    results: list[str] = []
    for reading in readings:
        for dedupe_to in (r"\1\1", r"\1"):
            plain = _finish(reading, dedupe_to=dedupe_to)
            if plain not in results:
                results.append(plain)
            if _TRIPLES.search(reading) is None:
                break
    return results


def normalise(raw: str) -> str:
    """The main plain reading of ``raw``: lower case, no accents, single spaces."""
    return variants(raw)[0]


def fold_pattern(source: str) -> str:
    """Write patterns with their natural accents; this folds them like the text.

    Only letters change (accents dropped, "ß" → "ss", "ё" → "е"), so regex syntax
    is untouched. Patterns are written in lower case.
    """
    # "schlägt" is also typed "schlaegt" where umlauts are missing.
    source = source.replace("ß", "ss")
    for umlaut, spelled in (("ä", "(?:a|ae)"), ("ö", "(?:o|oe)"), ("ü", "(?:u|ue)")):
        source = source.replace(umlaut, spelled)
    decomposed = _BREVE_I.sub("й", unicodedata.normalize("NFKD", source))
    return unicodedata.normalize("NFC", decomposed.translate(_DROP))

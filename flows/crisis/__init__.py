"""Crisis detection: normalisation, phrase families per language, figures of speech."""

from __future__ import annotations

from typing import Final

from flows.crisis import lang_any, lang_de, lang_en, lang_es, lang_fr, lang_pt, lang_ru
from flows.crisis.families import Detector, Hit, Language

LANGUAGES: Final[tuple[Language, ...]] = (
    lang_any.LANGUAGE,
    lang_en.LANGUAGE,
    lang_de.LANGUAGE,
    lang_es.LANGUAGE,
    lang_fr.LANGUAGE,
    lang_pt.LANGUAGE,
    lang_ru.LANGUAGE,
)
DETECTOR: Final = Detector(LANGUAGES)

__all__ = ["DETECTOR", "LANGUAGES", "Detector", "Hit", "Language"]

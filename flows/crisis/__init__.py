"""Crisis detection: normalisation, phrase families per language, figures of speech."""

from __future__ import annotations

from dataclasses import replace
from typing import Final

from flows.crisis import (
    alive,
    armed,
    assault,
    at_hand,
    blows,
    bodily_threats,
    body_choice,
    bystanders,
    coercion,
    conditional,
    consent,
    daily_control,
    decided,
    dialect,
    dread,
    everyday_figures,
    farewell,
    figures,
    goodbyes,
    harm_forms,
    held_back,
    hiding,
    injury,
    it_was_him,
    lang_any,
    lang_de,
    lang_en,
    lang_es,
    lang_fr,
    lang_pt,
    lang_ru,
    last_words,
    menace,
    methods,
    near_harm,
    near_self,
    others,
    papers,
    preparation,
    pursuit,
    relapse,
    researched,
    stalking,
    threats,
    unconsented,
    weapons,
    wounds,
)
from flows.crisis.families import Detector, Family, Hit, Language

# Families written per concern across languages (issue 7), joined to their language.
_BY_CONCERN: Final[tuple[Family, ...]] = (
    *preparation.FAMILIES,
    *coercion.FAMILIES,
    *injury.FAMILIES,
    *conditional.FAMILIES,
    # safety4: danger said without a danger word, and colloquial forms.
    *alive.FAMILIES,
    *farewell.FAMILIES,
    *wounds.FAMILIES,
    *menace.FAMILIES,
    # Concepts that meet in a short window (safety3): the wider layer.
    *near_self.FAMILIES,
    *near_harm.FAMILIES,
    # safety5: methods at hand, farewells, hiding, stalking, more harms and control.
    *methods.FAMILIES,
    *goodbyes.FAMILIES,
    *hiding.FAMILIES,
    *stalking.FAMILIES,
    *assault.FAMILIES,
    *weapons.FAMILIES,
    *threats.FAMILIES,
    *consent.FAMILIES,
    *papers.FAMILIES,
    # safety6: direct forms still missed, third persons, plans, dialect.
    *relapse.FAMILIES,
    *blows.FAMILIES,
    *others.FAMILIES,
    *decided.FAMILIES,
    *researched.FAMILIES,
    *bodily_threats.FAMILIES,
    *unconsented.FAMILIES,
    *daily_control.FAMILIES,
    *dread.FAMILIES,
    *dialect.FAMILIES,
    # safety7: the classes held-out 10 missed.
    *at_hand.FAMILIES,
    *last_words.FAMILIES,
    *it_was_him.FAMILIES,
    *harm_forms.FAMILIES,
    *held_back.FAMILIES,
    *body_choice.FAMILIES,
    *pursuit.FAMILIES,
    *armed.FAMILIES,
    *bystanders.FAMILIES,
)


def _with_concerns(language: Language) -> Language:
    prefix = language.code + "."
    return replace(
        language,
        families=language.families + tuple(f for f in _BY_CONCERN if f.name.startswith(prefix)),
        figures=language.figures
        + figures.BY_LANGUAGE.get(language.code, ())
        + everyday_figures.BY_LANGUAGE.get(language.code, ()),
    )


LANGUAGES: Final[tuple[Language, ...]] = tuple(
    _with_concerns(language)
    for language in (
        lang_any.LANGUAGE,
        lang_en.LANGUAGE,
        lang_de.LANGUAGE,
        lang_es.LANGUAGE,
        lang_fr.LANGUAGE,
        lang_pt.LANGUAGE,
        lang_ru.LANGUAGE,
    )
)
DETECTOR: Final = Detector(LANGUAGES)

__all__ = ["DETECTOR", "LANGUAGES", "Detector", "Hit", "Language"]

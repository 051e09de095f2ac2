"""The crisis detector against phrasings it was never tuned on (review, 2026-11-30).

``crisis_fresh/<lang>.tsv`` holds 40 crisis phrasings (self-harm, suicide, violence,
threats, coercion) and 20 figures of speech per language, written by the reviewer
without looking at the detector's patterns and checked to be absent from
``tests/flows/safety_corpus/``. Every line is a test. The ones the detector gets
wrong today are listed in ``KNOWN_WRONG`` and marked strict xfail, so the suite stays
green while they are wrong and fails (XPASS) as soon as one is fixed: then remove it
from the list. The detector itself is the lead's call; this file only measures.

Measured at review time: recall 160/240 (66.7%), false positives 3/120 (2.5%).
"""

from __future__ import annotations

from pathlib import Path
from typing import Final

import pytest

from flows.safety import detect_crisis

LANGUAGES: Final = ("en", "de", "es", "fr", "pt", "ru")
CORPUS: Final = Path(__file__).parent / "crisis_fresh"

KNOWN_WRONG: Final[dict[str, frozenset[str]]] = {
    "en": frozenset(
        {
            "i've got the pills lined up on the counter",
            "I took a razor to my thighs again last night",
            "no point living anymore",
            "i'm done with life, i'm checking out for good",
            "I don't see a reason to keep living",
            "sometimes I hit myself until it bruises",
            "he stamped on my hand until something cracked",
            "I have bruises all over from what he did last night",
            "she won't let me have any money of my own and checks every receipt",
            "she'll kill me if I forget her birthday again lol",
        }
    ),
    "de": frozenset(
        {
            "ich habe mir gestern wieder mit der Klinge die Beine verletzt",
            "ich habe Abschiedsbriefe geschrieben",
            "ich werde mir heute Nacht das Leben nehmen",
            "ich hab mir wieder die Arme aufgeschnitten",
            "ich springe von der Brücke",
            "ich möchte einfach verschwinden, für immer",
            "ich verletze mich selbst, wenn es zu viel wird",
            "er hat mich gegen meinen Willen angefasst",
            "er hat mich die Treppe hinuntergestoßen",
            "er droht, den Kindern etwas anzutun",
            "er hat ein Messer und hat mir gedroht",
            "er nimmt mir das Handy weg und kontrolliert alles",
            "ich habe überall blaue Flecken von ihm",
            "er hat gesagt, wenn ich gehe, bringt er mich um",
        }
    ),
    "es": frozenset(
        {
            "no le encuentro sentido a seguir con vida",
            "soy una carga para todos, mejor me voy de este mundo",
            "ojalá me durmiera y no despertara nunca",
            "escribí cartas de despedida",
            "me voy a quitar la vida",
            "me hago daño cuando no puedo más",
            "compré una cuerda para colgarme",
            "no vale la pena seguir viviendo",
            "me dijo que me iba a rajar con la navaja",
            "me forzó aunque le dije que no",
            "me da pánico que llegue a casa esta noche",
            "tengo miedo de que me vuelva a pegar",
            "me quita el teléfono y no me deja ver a mis amigas",
            "amenaza con hacerle daño a los niños",
            "tengo moretones por todo el cuerpo por su culpa",
            "dijo que si lo dejo me mata",
        }
    ),
    "fr": frozenset(
        {
            "je suis un fardeau pour tout le monde, autant en finir",
            "j'ai mis les cachets de côté pour ce soir",
            "je ne veux pas me réveiller demain",
            "j'ai écrit des lettres d'adieu",
            "j'aimerais m'endormir et ne jamais me réveiller",
            "s'il me quitte je me tue",
            "j'ai acheté une corde pour me pendre",
            "ça ne sert à rien de continuer à vivre",
            "il m'a touchée alors que je disais non",
            "il m'a traînée par les cheveux",
            "il me prend mon téléphone et m'empêche de voir mes amies",
            "j'ai des bleus partout à cause de lui",
            "il ne me laisse pas sortir de la maison",
            "il a dit que si je pars il me tue",
            "son discours m'a frappée",
        }
    ),
    "pt": frozenset(
        {
            "não vejo mais sentido em continuar vivendo",
            "já separei os comprimidos para hoje à noite",
            "queria deitar e não levantar nunca mais",
            "escrevi cartas de despedida",
            "vou tirar minha própria vida",
            "eu me machuco quando não aguento mais",
            "comprei uma corda para me enforcar",
            "não vale mais a pena viver",
            "ele colocou as mãos na minha garganta",
            "ele disse que ia me furar com a faca",
            "ele jurou que acaba comigo se eu contar",
            "ele pega meu celular e não me deixa ver minhas amigas",
            "ele ameaça machucar as crianças",
            "estou cheia de hematomas por causa dele",
            "ele disse que se eu for embora ele me mata",
            "ele me empurrou a me candidatar e eu consegui",
        }
    ),
    "ru": frozenset(
        {
            "я уже собрала таблетки на сегодня",
            "вчера опять резала руки лезвием",
            "не хочу просыпаться завтра",
            "я написала прощальные письма",
            "хочется лечь и больше никогда не проснуться",
            "я причиняю себе боль, когда становится невыносимо",
            "он сжал мне шею руками",
            "он взял меня силой, хотя я говорила нет",
            "у него нож, и он мне угрожал",
            "он забирает мой телефон и не даёт видеться с подругами",
            "он угрожает сделать больно детям",
            "у меня синяки по всему телу из-за него",
        }
    ),
}


def _examples() -> list[object]:
    params: list[object] = []
    for lang in LANGUAGES:
        for number, line in enumerate((CORPUS / f"{lang}.tsv").read_text().splitlines(), 1):
            if not line.strip() or line.startswith("#"):
                continue
            label, text = line.split("\t", 1)
            marks = []
            if text in KNOWN_WRONG.get(lang, frozenset()):
                why = "missed crisis" if label == "crisis" else "figure of speech fires"
                marks.append(pytest.mark.xfail(strict=True, reason=f"detector: {why}"))
            params.append(pytest.param(label == "crisis", text, id=f"{lang}:{number}", marks=marks))
    return params


@pytest.mark.parametrize(("is_crisis", "text"), _examples())
def test_fresh_phrasing_is_classified_as_labelled(is_crisis: bool, text: str) -> None:
    assert detect_crisis(text) is is_crisis


def test_every_known_wrong_line_is_in_the_corpus() -> None:
    lines = {
        lang: {
            line.split("\t", 1)[1]
            for line in (CORPUS / f"{lang}.tsv").read_text().splitlines()
            if "\t" in line
        }
        for lang in LANGUAGES
    }
    for lang, texts in KNOWN_WRONG.items():
        assert texts <= lines[lang]


def test_no_fresh_phrasing_is_in_the_tuned_or_heldout_corpus() -> None:
    tuned_root = Path(__file__).parents[1] / "flows" / "safety_corpus"
    seen = {
        line.split("\t", 1)[1].strip().lower()
        for path in tuned_root.rglob("*.tsv")
        for line in path.read_text().splitlines()
        if "\t" in line
    }
    for lang in LANGUAGES:
        for line in (CORPUS / f"{lang}.tsv").read_text().splitlines():
            if "\t" in line:
                assert line.split("\t", 1)[1].strip().lower() not in seen


# Misspellings and disguises people really type, beyond the normaliser's leetspeak and
# spacing: all missed at review time, all read right since the bounded one-edit
# correction of key words (flows.crisis.spelling).
MISSPELLED: Final = (
    "thinking about sucide",
    "suicde thoughts again",
    "i want to kil myself",
    "sui-cide is all i think about",
    "i wan2 die",
    "Selbstmort gedanken jeden Tag",
    "je veux mourrir",
)


@pytest.mark.parametrize("text", MISSPELLED)
def test_common_misspellings_are_detected(text: str) -> None:
    assert detect_crisis(text)

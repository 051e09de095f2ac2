"""Round 6 (safety6): direct forms, third persons, plans, and the guards beside them.

Each pair is the same concern said as a danger and as an ordinary remark; the corpus
holds many more lines (``# safety6`` blocks), these name the guard each rule relies on.
"""

from __future__ import annotations

import pytest

from flows.safety import crisis_kind, detect_crisis

GUARDED = [
    # (danger, near miss)
    ("cut my legs again after two months clean", "cut my fringe again after two months"),
    (
        "the scratches on my arms: i scratched my arms until they bled",
        "the cat scratched my arms until they bled",
    ),
    ("me corté de nuevo los brazos", "me corté de nuevo el flequillo"),
    ("me cortei outra vez depois de semanas limpa", "me cortei fazendo a barba outra vez"),
    ("je me suis recoupée cette nuit", "je me suis recoupé les cheveux"),
    ("опять порезалась, сорвалась", "опять порезала палец ножом"),
    ("her boyfriend hits her when he drinks", "her boyfriend hits her with bad jokes"),
    ("ive picked the date", "ive picked the date for the wedding"),
    (
        "this weekend im alone and i know what ill do",
        "this weekend im alone and i know what ill do, netflix",
    ),
    (
        "sold my guitar and my bike, i wont need them",
        "sold my bike, i wont need it since i got a car",
    ),
    (
        "my heart races when i hear his keys",
        "my heart races when i hear his voice because im so in love",
    ),
    (
        "i know what happens if dinner is late",
        "i know what happens if dinner is late, the kids get grumpy",
    ),
    ("ya lo tengo decidido", "ya lo tengo decidido, me compro el auto"),
    ("es ist entschieden, morgen mach ichs", "es ist entschieden, morgen fahren wir"),
    ("ma copine veut se tuer", "ma copine veut se tuer au travail"),
    ("my best friend wants to kill herself", "my best friend wants to kill it at her audition"),
]


@pytest.mark.parametrize(("danger", "near_miss"), GUARDED)
def test_the_danger_fires_and_its_near_miss_stays_quiet(danger: str, near_miss: str) -> None:
    assert detect_crisis(danger), danger
    assert not detect_crisis(near_miss), (near_miss, crisis_kind(near_miss))


@pytest.mark.parametrize(
    ("text", "kind"),
    [
        ("my sister's husband beats her", "violence"),
        ("mi amiga tiene moretones todos los lunes", "violence"),
        ("su ex le puso un cuchillo en el cuello a mi prima", "threat"),
        ("моя подруга заперлась в ванной с лезвиями", "self_harm"),
        ("mon amie est enfermée dans la salle de bain avec des lames", "self_harm"),
    ],
)
def test_a_third_person_in_danger_gets_the_same_kind(text: str, kind: str) -> None:
    from flows.crisis import DETECTOR

    hit = DETECTOR.first(text)
    assert hit is not None, text
    assert hit.kind == kind, (text, hit.family)


@pytest.mark.parametrize(
    "text",
    [
        "mi vieja me va a matar cuando vea el boletín",
        "ma daronne va me tuer pour mon bulletin",
        "minha coroa vai me matar quando ver o boletim",
        "essa tese vai acabar comigo",
        "a prova de amanhã vai acabar comigo",
        "эта контрольная меня убьёт",
        "мамка меня убьёт за двойку",
        "this thesis is going to kill me",
    ],
)
def test_colloquial_parents_and_exams_stay_quiet(text: str) -> None:
    assert not detect_crisis(text), crisis_kind(text)


@pytest.mark.parametrize(
    "text",
    [
        "mi vieja me va a matar, y él dijo que me va a volver a pegar",
        "essa tese vai acabar comigo e ele voltou a me bater",
    ],
)
def test_a_partner_beside_a_figure_still_fires(text: str) -> None:
    assert detect_crisis(text), text

"""Round 5 (safety5): the guards that keep the new rules off everyday sentences.

Each pair is the same concern said as a danger and as an ordinary remark; the corpus
holds many more lines, these name the guard each rule relies on.
"""

from __future__ import annotations

import pytest

from flows.safety import crisis_kind, detect_crisis

GUARDED = [
    # (danger, near miss)
    ("found an airtag hidden in my handbag", "found my airtag in my handbag"),
    ("at the tracks now, one step and its over", "the flat is one step from the tracks"),
    ("he wants a photo of me every hour or else", "she wants a photo every hour of the baby"),
    (
        "my ex waits outside my flat every night",
        "my ex waits outside my flat every night to pick up the kids",
    ),
    ("im ready. it ends tomorrow", "im ready for tomorrow, the course ends at noon"),
    (
        "bought rope and watched how to tie a noose",
        "bought rope and watched how to tie a knot for sailing",
    ),
    (
        "i blocked him and he writes from new accounts",
        "i blocked the spam and new accounts of spam keep coming",
    ),
    ("he said next time he wont miss", "next time he wont miss the bus"),
    ("me mordió el brazo hasta sangrar", "el perro me mordió el brazo jugando"),
    ("укусил меня за плечо до крови", "кот укусил меня за палец"),
    (
        "me encerré en el baño, él está pateando la puerta",
        "me escondí en el cuarto jugando a las escondidas, el nene golpea la puerta",
    ),
    (
        "he slammed the knife into the table next to me",
        "he stuck the knife into the cake next to me",
    ),
    (
        "once everyone is asleep im going to do it",
        "once everyone is asleep ill do the presents",
    ),
]


@pytest.mark.parametrize(("danger", "near_miss"), GUARDED)
def test_the_danger_fires_and_its_near_miss_stays_quiet(danger: str, near_miss: str) -> None:
    assert detect_crisis(danger), danger
    assert not detect_crisis(near_miss), (near_miss, crisis_kind(near_miss))


def test_spanish_bother_is_not_english_molest() -> None:
    assert not detect_crisis("perdón por la molestia, me molesta llegar tarde")
    assert detect_crisis("he molested me when i was a kid")
    assert detect_crisis("mi tío me molestaba de niña")


@pytest.mark.parametrize(
    "text",
    ["el final de cálculo me va a matar", "ce partiel va me tuer", "эта сессия меня убьёт"],
)
def test_exams_that_will_kill_me_stay_quiet(text: str) -> None:
    assert not detect_crisis(text), crisis_kind(text)


def test_a_partner_who_will_kill_me_still_fires_beside_an_exam() -> None:
    assert detect_crisis("el final me va a matar, y él dijo que me va a matar si lo dejo")

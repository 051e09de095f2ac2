"""The concept window: concepts in any order within a bounded gap, and its rules' guards."""

from __future__ import annotations

import re

from flows.crisis.window import near, then
from flows.safety import crisis_kind, detect_crisis


def test_near_matches_in_any_order_within_the_window() -> None:
    rule = re.compile(near("pills", "enough", within=2))
    assert rule.search("pills i have enough")
    assert rule.search("enough of my pills")
    assert not rule.search("pills and then one two three words enough")


def test_then_keeps_the_order_and_whole_words() -> None:
    rule = re.compile(then("how many", "pills", within=1))
    assert rule.search("how many of pills")
    assert not rule.search("pills how many")
    assert not rule.search("how many pillsbury")


def test_a_concept_rule_names_its_family() -> None:
    assert crisis_kind("ich bunker seit monaten meine schlaftabletten, die reichen bald") == (
        "de.near.hoard"
    )


def test_spanish_pick_up_is_not_he_will_find_me() -> None:
    assert not detect_crisis("si me voy temprano me va a buscar mi papa a la estacion")
    assert detect_crisis("si me separo me va a buscar hasta encontrarme")


def test_a_knife_for_cooking_is_no_threat() -> None:
    assert not detect_crisis("er hat das messer geholt als ich gemüse schneiden wollte")
    assert detect_crisis("er hat ein messer geholt als ich nein gesagt habe")


def test_a_beating_at_a_game_is_excused_but_not_elsewhere() -> None:
    assert not detect_crisis("me dio una paliza al ping pong")
    assert detect_crisis("me dio una paliza en la calle")

"""Crisis language: detection, and what the engine does on a hit."""

from __future__ import annotations

import re

import pytest

from flows.content import safety as stxt
from flows.content.emergency_numbers import EMERGENCY_NUMBERS
from flows.content.zone_countries import ZONE_COUNTRIES
from flows.model import Person, SendToPartner, ShowSafetyResources, UserInput
from flows.registry import engine
from flows.safety import detect_crisis, emergency_number, safety_reply
from tests.flows.test_engine import NOW, SAM, Chat
from tools.gen_zone_countries import build as build_zone_countries

CRISIS = [
    "I want to die",
    "i wanna die tbh",
    "KILL MYSELF!!!",
    "I've been thinking about killing myself.",
    "sometimes I think about suicide",
    "I feel suicidal",
    "I've been cutting myself again",
    "self-harm is back",
    "Everyone would be better off without me",
    "I don't want to be alive anymore",
    "I'm afraid of my partner",
    "I’m scared of him",
    "honestly I'm terrified of her",
    "I'm frightened of my husband",
    "He hit me last night",
    "my girlfriend slapped me",
    "she has been hitting me",
    "he threatened me",
    "She threatened to kill herself... no, to hurt me",
    "he said he's going to kill me",
    "I don't feel safe at home",
    "He pulled a knife",
    "it's domestic violence",
    "he's abusive",
    "he beat me up",
    "I'm afraid for my life",
]

LOOK_ALIKES = [
    "I'm killing it at work",
    "I'm dying to see you",
    "I could die laughing",
    "This deadline is killing me",
    "Then it hit me that I'd forgotten",
    "She beat me at chess again",
    "I was afraid of her reaction",
    "I don't want to hurt her feelings",
    "He pushed me to apply for the job",
    "It really hurt me when you laughed",
    "We killed time at the airport",
    "Hit me up later",
    "I'm scared of spiders",
    "That film was a knockout",
    "",
]


@pytest.mark.parametrize("text", CRISIS)
def test_detects(text: str) -> None:
    assert detect_crisis(text)


@pytest.mark.parametrize("text", LOOK_ALIKES)
def test_look_alikes(text: str) -> None:
    assert not detect_crisis(text)


def test_punctuation_and_case_tolerant() -> None:
    assert detect_crisis("I... want... to... DIE")
    assert detect_crisis("self—harm")
    assert detect_crisis("i'm AFRAID of HIM!!")


EMOJI = re.compile("[\U0001f000-\U0001faff\u2600-\u27bf]")


ZONES = ["Europe/Berlin", "America/Sao_Paulo", "UTC", "UTC+05:30", "Mars/Olympus", None]


@pytest.mark.parametrize("zone", ZONES)
def test_safety_texts_have_no_emoji_and_point_to_help(zone: str | None) -> None:
    for text in (stxt.STOPPED, stxt.CONTINUE, stxt.STOP):
        assert not EMOJI.search(text)
    for step in (None, "s_what"):
        text = safety_reply(step, zone).text
        assert not EMOJI.search(text)
        assert "findahelpline.com" in text and "emergency number" in text
        assert "side" not in text.lower()
        assert "{" not in text


@pytest.mark.parametrize(
    ("zone", "dial", "country"),
    [
        ("Europe/Berlin", "112", "Germany"),
        ("Europe/Madrid", "112", "Spain"),
        ("Atlantic/Canary", "112", "Spain"),
        ("Europe/Lisbon", "112", "Portugal"),
        ("Europe/Paris", "112", "France"),
        ("Europe/Moscow", "112", "Russia"),
        ("Europe/London", "999 or 112", "the UK"),
        ("America/New_York", "911", "the US"),
        ("US/Eastern", "911", "the US"),
        ("America/Toronto", "911", "Canada"),
        ("America/Mexico_City", "911", "Mexico"),
        ("America/Sao_Paulo", "190 (police) or 192 (ambulance)", "Brazil"),
        ("Australia/Sydney", "000", "Australia"),
        ("Pacific/Auckland", "111", "New Zealand"),
        ("Asia/Calcutta", "112", "India"),
        ("Europe/Kiev", "102 (police) or 103 (ambulance)", "Ukraine"),
    ],
)
def test_reply_names_the_local_emergency_number(zone: str, dial: str, country: str) -> None:
    text = safety_reply(None, zone).text
    assert f"call the emergency number in {country} now: {dial}." in text
    assert "findahelpline.com" in text


@pytest.mark.parametrize(
    "zone", ["UTC", "UTC+05:30", "UTC-03:00", "Mars/Olympus", "", None, "CET", "Antarctica/Troll"]
)
def test_unknown_country_gets_the_general_wording(zone: str | None) -> None:
    assert emergency_number(zone) is None
    text = safety_reply("s_what", zone).text
    assert stxt.DANGER_UNKNOWN in text and "findahelpline.com" in text


def test_the_engine_uses_the_persons_time_zone() -> None:
    berlin = engine.handle(None, UserInput.typed("I want to die"), SAM, NOW, None)
    assert "in Germany now: 112" in berlin.replies[0].text
    sydney = Person(9, "Kim", timezone="Australia/Sydney")
    result = engine.handle(None, UserInput.typed("I want to die"), sydney, NOW, None)
    assert "in Australia now: 000" in result.replies[0].text
    offset = Person(9, "Kim", timezone="UTC+05:30")
    result = engine.handle(None, UserInput.typed("I want to die"), offset, NOW, None)
    assert stxt.DANGER_UNKNOWN in result.replies[0].text


def test_zone_table_matches_the_installed_tzdata() -> None:
    """Regenerate with ``uv run python -m tools.gen_zone_countries`` after a tzdata update."""
    assert build_zone_countries() == ZONE_COUNTRIES


def test_every_listed_country_can_be_reached_from_a_zone() -> None:
    reachable = set(ZONE_COUNTRIES.values())
    for code, number in EMERGENCY_NUMBERS.items():
        assert len(code) == 2 and code.isupper() and code in reachable, code
        assert re.fullmatch(r"[0-9][0-9 ()a-z,]*", number.dial), number.dial
        assert number.country and not EMOJI.search(number.country)


def test_eu_and_eea_countries_all_use_112() -> None:
    eu_eea = "AT BE BG HR CY CZ DK EE FI FR DE GR HU IE IT LV LT LU MT NL PL PT RO SK SI ES SE"
    for code in (eu_eea + " IS LI NO").split():
        assert EMERGENCY_NUMBERS[code].dial.startswith("112"), code


def test_reply_in_and_out_of_flow() -> None:
    assert safety_reply(None).buttons == ()
    buttons = safety_reply("s_what").buttons
    assert [b.data for row in buttons for b in row] == ["f:s_what:_resume", "f:s_what:_stop"]


def test_crisis_out_of_a_flow() -> None:
    result = engine.handle(None, UserInput.typed("I want to end my life"), SAM, NOW, None)
    assert result.state is None
    assert result.effects == (ShowSafetyResources(),)
    assert result.replies[0].text == safety_reply(None, SAM.timezone).text
    assert result.replies[0].buttons == ()


def test_crisis_in_command_arguments() -> None:
    chat = Chat()
    chat.command("moment", "he hit me")
    assert chat.state is None and chat.result.effects == (ShowSafetyResources(),)


def test_crisis_on_a_preview_never_sends() -> None:
    chat = Chat()
    chat.start("reinforce")
    assert chat.step == "r_prev"
    before = chat.state
    result = chat.type("I keep thinking about suicide")
    assert chat.state == before
    assert not any(isinstance(e, SendToPartner) for e in result.effects)
    assert "suicide" not in str(chat.state.to_json() if chat.state else "")


def test_crisis_beats_the_idle_offer() -> None:
    chat = Chat()
    chat.start("moment")
    chat.now = chat.now.replace(day=20)
    chat.type("I want to die")
    assert chat.result.effects == (ShowSafetyResources(),)

"""Crisis language: detection, and what the engine does on a hit."""

from __future__ import annotations

import re

import pytest

from flows.content import safety as stxt
from flows.model import SendToPartner, ShowSafetyResources, UserInput
from flows.registry import engine
from flows.safety import detect_crisis, safety_reply
from tests.flows.test_engine import NOW, SAM, Chat

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


def test_safety_texts_have_no_emoji_and_point_to_help() -> None:
    for text in (stxt.IN_FLOW, stxt.OUT_OF_FLOW, stxt.STOPPED, stxt.CONTINUE, stxt.STOP):
        assert not EMOJI.search(text)
    for text in (stxt.IN_FLOW, stxt.OUT_OF_FLOW):
        assert "findahelpline.com" in text and "emergency number" in text
        assert "side" not in text.lower()


def test_reply_in_and_out_of_flow() -> None:
    assert safety_reply(None).buttons == ()
    buttons = safety_reply("s_what").buttons
    assert [b.data for row in buttons for b in row] == ["f:s_what:_resume", "f:s_what:_stop"]


def test_crisis_out_of_a_flow() -> None:
    result = engine.handle(None, UserInput.typed("I want to end my life"), SAM, NOW, None)
    assert result.state is None
    assert result.effects == (ShowSafetyResources(),)
    assert result.replies[0].text == stxt.OUT_OF_FLOW


def test_crisis_in_command_arguments() -> None:
    chat = Chat()
    chat.command("moment", "he hit me")
    assert chat.state is None and chat.result.effects == (ShowSafetyResources(),)


def test_crisis_on_a_preview_never_sends() -> None:
    chat = Chat()
    chat.start("reinforce")
    chat.tap("I've always got your back.")
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

"""Appreciation: noticing what the other one does, and saying so."""

from __future__ import annotations

from typing import Final

from flows.content.prompts.model import Prompt, Tone
from flows.i18n import localize_module, msg


def _p(key: str, tone: Tone, text: str, *choices: str, today: bool = False) -> Prompt:
    return Prompt(key, "appreciation", tone, text, tuple(choices), today)


PROMPTS: Final[tuple[Prompt, ...]] = (
    _p(
        "appreciation-01",
        "light",
        msg("What's one thing {partner} did this week that made your day a little easier?"),
    ),
    _p(
        "appreciation-02",
        "light",
        msg("Name a moment when {partner} had your back, big or small. 💛"),
    ),
    _p(
        "appreciation-03",
        "light",
        msg("Have you thanked {partner} for something today?"),
        msg("Yes, I have"),
        msg("Not yet, I will"),
        msg("Not today"),
        today=True,
    ),
    _p(
        "appreciation-04",
        "reflective",
        msg("Which quality in {partner} have you leaned on lately?"),
    ),
    _p(
        "appreciation-05",
        "reflective",
        msg(
            "What's something {partner} does that hardly anyone notices? "
            "You could tell them you noticed."
        ),
    ),
    _p(
        "appreciation-06",
        "light",
        msg("What made you smile about {partner} recently?"),
    ),
    _p(
        "appreciation-07",
        "light",
        msg("How do you think {partner} most likes to be thanked?"),
        msg("In words"),
        msg("A small gesture"),
        msg("Time together"),
        msg("A hug"),
        msg("I'm not sure"),
    ),
    _p(
        "appreciation-08",
        "reflective",
        msg("What's one way {partner} has grown that you admire?"),
    ),
    _p(
        "appreciation-09",
        "light",
        msg(
            "Write a one-line thank-you to {partner} for something ordinary. "
            "You can send it later if you like."
        ),
    ),
    _p(
        "appreciation-10",
        "deep",
        msg(
            "When did you last feel safe and at home with {partner}, and what made it feel that way?"
        ),
    ),
    _p(
        "appreciation-11",
        "light",
        msg("What's one small thing {partner} did recently that you haven't mentioned yet?"),
    ),
    _p(
        "appreciation-12",
        "playful",
        msg("If {partner} won an award for an everyday talent, what would you nominate them for?"),
    ),
    _p(
        "appreciation-13",
        "reflective",
        msg("What did you see {partner} handle well during a recent stressful week?"),
    ),
    _p(
        "appreciation-14",
        "light",
        msg(
            "Thank {partner} today for one thing they did without being asked. "
            "What will you thank them for?"
        ),
        today=True,
    ),
    _p(
        "appreciation-15",
        "deep",
        msg("What has {partner} taught you about being there for someone?"),
    ),
    _p(
        "appreciation-16",
        "light",
        msg("Which of {partner}'s strengths do you rely on most?"),
        msg("Their calm"),
        msg("Their humour"),
        msg("Their kindness"),
        msg("Getting things done"),
        msg("Their honesty"),
    ),
    _p(
        "appreciation-17",
        "reflective",
        msg(
            "At your last gathering with friends or family, what did {partner} do that you admired?"
        ),
    ),
    _p(
        "appreciation-18",
        "light",
        msg("What's a habit of {partner}'s that makes your home feel like home?"),
    ),
    _p(
        "appreciation-19",
        "playful",
        msg("Which of {partner}'s skills do you think is most underrated?"),
    ),
    _p(
        "appreciation-20",
        "reflective",
        msg("When did {partner} show up for you in a way you didn't expect?"),
    ),
    _p(
        "appreciation-21",
        "light",
        msg("What's a recent moment when {partner} made you laugh?"),
    ),
    _p(
        "appreciation-22",
        "deep",
        msg("What's something {partner} put aside for you that you'd like to acknowledge?"),
    ),
    _p(
        "appreciation-23",
        "light",
        msg("What's one way {partner} looks after your friends or family?"),
    ),
    _p(
        "appreciation-24",
        "reflective",
        msg("What did {partner} do at a work event or with colleagues that made you proud?"),
    ),
    _p(
        "appreciation-25",
        "light",
        msg("What do you appreciate most in how {partner} treats others?"),
        msg("Their patience"),
        msg("Their generosity"),
        msg("Their honesty"),
        msg("Their warmth"),
        msg("Their humour"),
    ),
    _p(
        "appreciation-26",
        "playful",
        msg(
            "If you wrote a five-star review of {partner} as a teammate, what would the headline be?"
        ),
    ),
    _p(
        "appreciation-27",
        "reflective",
        msg("How has {partner} supported something that matters to you, like a goal or a hobby?"),
    ),
    _p(
        "appreciation-28",
        "light",
        msg("What's one thing {partner} remembers that makes you feel looked after?"),
    ),
    _p(
        "appreciation-29",
        "deep",
        msg("When did {partner} see something in you that you hadn't seen yourself?"),
    ),
    _p(
        "appreciation-30",
        "light",
        msg(
            "Notice one thing {partner} does today that you usually take for granted. What was it?"
        ),
        today=True,
    ),
    _p(
        "appreciation-31",
        "reflective",
        msg("How did {partner} help you during a recent family visit or gathering?"),
    ),
    _p(
        "appreciation-32",
        "light",
        msg("What's a tiny ritual of {partner}'s that you'd miss if it stopped?"),
    ),
    _p(
        "appreciation-33",
        "playful",
        msg("Which of {partner}'s quirks do you secretly love?"),
    ),
    _p(
        "appreciation-34",
        "reflective",
        msg("What's one piece of advice from {partner} that turned out to be right for you?"),
    ),
    _p(
        "appreciation-35",
        "deep",
        msg("What's a hard time in your life that {partner} made easier just by being there?"),
    ),
    _p(
        "appreciation-36",
        "light",
        msg("What's something {partner} cooks, fixes or makes that you love?"),
    ),
    _p(
        "appreciation-37",
        "light",
        msg("How do you usually show {partner} you appreciate them?"),
        msg("Saying thank you"),
        msg("A small gift"),
        msg("Doing something for them"),
        msg("Time together"),
        msg("A hug or a touch"),
    ),
    _p(
        "appreciation-38",
        "reflective",
        msg("What's something {partner} says that steadies you when you're stressed?"),
    ),
    _p(
        "appreciation-39",
        "light",
        msg("Which recent message from {partner} made you smile?"),
    ),
    _p(
        "appreciation-40",
        "reflective",
        msg("What's a way {partner} stands up for others that you admire?"),
    ),
    _p(
        "appreciation-41",
        "playful",
        msg("Based on the past month, what would you say {partner}'s superpower is?"),
    ),
    _p(
        "appreciation-42",
        "deep",
        msg("What do you wish others understood about {partner}?"),
    ),
    _p(
        "appreciation-43",
        "light",
        msg("Who in your lives has {partner} been kind to recently?"),
    ),
    _p(
        "appreciation-44",
        "reflective",
        msg("What's one thing you saw {partner} do this year that took courage?"),
    ),
    _p(
        "appreciation-45",
        "light",
        msg("What's a compliment about {partner} you'd happily say in front of others?"),
    ),
    _p(
        "appreciation-46",
        "reflective",
        msg("What's a small thing {partner} does when you're unwell or tired that you appreciate?"),
    ),
)

localize_module(__name__)

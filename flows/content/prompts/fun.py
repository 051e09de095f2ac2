"""Just for fun: light questions that are a joy to compare at the reveal."""

from __future__ import annotations

from typing import Final

from flows.content.prompts.model import Prompt, Tone
from flows.i18n import localize_module, msg


def _p(key: str, tone: Tone, text: str, *choices: str, today: bool = False) -> Prompt:
    return Prompt(key, "fun", tone, text, tuple(choices), today)


PROMPTS: Final[tuple[Prompt, ...]] = (
    _p(
        "fun-01",
        "playful",
        msg("In a three-legged race with {partner}, who do you think would set the pace?"),
        msg("Me"),
        msg("My partner"),
        msg("We'd fall over laughing"),
        msg("Whoever's winning"),
    ),
    _p(
        "fun-02",
        "playful",
        msg("What would you two name a boat you owned together?"),
    ),
    _p(
        "fun-03",
        "light",
        msg("What's a small adventure you'd like to have with {partner} this month?"),
    ),
    _p(
        "fun-04",
        "playful",
        msg("Which famous duo from a film, book or show are you and {partner} most like?"),
    ),
    _p(
        "fun-05",
        "light",
        msg("What's your ideal lazy day with {partner}?"),
        msg("A long breakfast"),
        msg("A walk outside"),
        msg("Films on the sofa"),
        msg("Seeing friends"),
        msg("Doing nothing at all"),
    ),
    _p(
        "fun-06",
        "playful",
        msg("If {partner} were a snack, which one do you think they'd be?"),
    ),
    _p(
        "fun-07",
        "light",
        msg("What's a song that always reminds you of {partner}?"),
    ),
    _p(
        "fun-08",
        "playful",
        msg(
            "You two are hosting a dinner party. "
            "In your version, who cooks, who chats and who washes up?"
        ),
    ),
    _p(
        "fun-09",
        "light",
        msg("What's a place you'd love to show {partner} someday?"),
    ),
    _p(
        "fun-10",
        "playful",
        msg("What's the funniest thing that has happened to you two at a family gathering?"),
    ),
    _p(
        "fun-11",
        "light",
        msg("Pick a rainy-day activity for you two."),
        msg("Board games"),
        msg("Cooking something new"),
        msg("A film marathon"),
        msg("A jigsaw puzzle"),
        msg("A long nap"),
    ),
    _p(
        "fun-12",
        "playful",
        msg("If {partner} had a catchphrase, what would you say it is?"),
    ),
    _p(
        "fun-13",
        "light",
        msg("What's a dish you'd love to cook together with {partner}?"),
    ),
    _p(
        "fun-14",
        "playful",
        msg("If you two went on a quiz show as a team, what would be your winning category?"),
    ),
    _p(
        "fun-15",
        "light",
        msg("What's a tiny thing that made you both laugh recently?"),
    ),
    _p(
        "fun-16",
        "playful",
        msg("Which household task would you and {partner} be world champions at, as a team?"),
    ),
    _p(
        "fun-17",
        "light",
        msg("If time allowed, what's one thing you'd like to do with {partner} today?"),
        today=True,
    ),
    _p(
        "fun-18",
        "playful",
        msg("If you swapped lives with {partner} for a day, what's the first thing you'd do?"),
    ),
    _p(
        "fun-19",
        "light",
        msg("What's your favourite photo of the two of you, and what was happening?"),
    ),
    _p(
        "fun-20",
        "light",
        msg("Which game brings out your competitive side when you play with {partner}?"),
    ),
    _p(
        "fun-21",
        "light",
        msg("What's your dream trip together?"),
        msg("A beach"),
        msg("A big city"),
        msg("Mountains"),
        msg("A road trip"),
        msg("Staying home"),
    ),
    _p(
        "fun-22",
        "playful",
        msg("What's a made-up holiday you two should celebrate every year?"),
    ),
    _p(
        "fun-23",
        "light",
        msg("What small treat do you think {partner} would love out of the blue?"),
    ),
    _p(
        "fun-24",
        "playful",
        msg("If your life together were a TV series, what would this week's episode be called?"),
    ),
    _p(
        "fun-25",
        "light",
        msg("What's something new you'd like to learn together with {partner}?"),
    ),
    _p(
        "fun-26",
        "playful",
        msg("Which of you would last longer in a zombie film?"),
        msg("Me"),
        msg("My partner"),
        msg("Neither of us"),
        msg("Both, as a team"),
    ),
    _p(
        "fun-27",
        "light",
        msg("Which local spot feels like it belongs to you two?"),
    ),
    _p(
        "fun-28",
        "playful",
        msg("What would you two put in a time capsule to open in ten years?"),
    ),
    _p(
        "fun-29",
        "light",
        msg("What's the best meal you've shared with {partner}?"),
    ),
    _p(
        "fun-30",
        "playful",
        msg("If you two opened a tiny shop together, what would it sell?"),
    ),
    _p(
        "fun-31",
        "light",
        msg("Night in or night out: what are you in the mood for this weekend?"),
        msg("Night in"),
        msg("Night out"),
        msg("A bit of both"),
        msg("Surprise me"),
    ),
    _p(
        "fun-32",
        "light",
        msg("What's the story behind an inside joke you and {partner} share?"),
    ),
    _p(
        "fun-33",
        "playful",
        msg("If you two started a band, what would it be called?"),
    ),
    _p(
        "fun-34",
        "light",
        msg("What's a memory with {partner} that still makes you smile?"),
    ),
    _p(
        "fun-35",
        "playful",
        msg("What's the silliest thing you two have ever debated?"),
    ),
    _p(
        "fun-36",
        "light",
        msg("What's one thing on your shared wish list for this year?"),
    ),
    _p(
        "fun-37",
        "playful",
        msg("In a film about your relationship, who should play you?"),
    ),
    _p(
        "fun-38",
        "light",
        msg("Which season suits you two best as a couple?"),
        msg("Spring"),
        msg("Summer"),
        msg("Autumn"),
        msg("Winter"),
    ),
    _p(
        "fun-39",
        "playful",
        msg("If {partner} got one extra hour every day, what do you think they'd spend it on?"),
    ),
    _p(
        "fun-40",
        "light",
        msg("What's a simple date idea you two haven't tried yet?"),
    ),
    _p(
        "fun-41",
        "playful",
        msg("Who's the better navigator when you two travel?"),
        msg("Me"),
        msg("My partner"),
        msg("Our phones"),
        msg("We get lost together"),
    ),
    _p(
        "fun-42",
        "light",
        msg("What's something {partner} is looking forward to that you could celebrate with them?"),
    ),
)

localize_module(__name__)

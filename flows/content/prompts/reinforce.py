"""Step 5, Reinforce: close the loop, say it again."""

from __future__ import annotations

from typing import Final

from flows.content.prompts.model import Prompt, Tone
from flows.i18n import localize_module, msg


def _p(key: str, tone: Tone, text: str, *choices: str, today: bool = False) -> Prompt:
    return Prompt(key, "reinforce", tone, text, tuple(choices), today)


PROMPTS: Final[tuple[Prompt, ...]] = (
    _p(
        "reinforce-01",
        "light",
        msg(
            "Write one sentence you could send {partner} today that says "
            '"I\'ve always got your back", in your own words.'
        ),
        today=True,
    ),
    _p(
        "reinforce-02",
        "reflective",
        msg(
            "Tell {partner} today about a moment you were proud to be on their team. "
            "Which moment will you pick?"
        ),
        today=True,
    ),
    _p(
        "reinforce-03",
        "light",
        msg("How often does {partner} hear you say you've got their back?"),
        msg("Often"),
        msg("Now and then"),
        msg("Rarely"),
        msg("I show it, not say it"),
    ),
    _p(
        "reinforce-04",
        "reflective",
        msg(
            "Close the loop on a recent moment: what could you tell {partner} so they know "
            "it wasn't a one-time thing?"
        ),
    ),
    _p(
        "reinforce-05",
        "light",
        msg(
            "What's one small ritual that could remind you both you're teammates for the long haul?"
        ),
    ),
    _p(
        "reinforce-06",
        "light",
        msg('Which way of saying "I\'ve got you" fits you best?'),
        msg("Saying it out loud"),
        msg("A message"),
        msg("A note left somewhere"),
        msg("A hug"),
        msg("Something else"),
    ),
    _p(
        "reinforce-07",
        "deep",
        msg(
            "Think of a hard week {partner} had. What could you say now so they know "
            "you were with them then, too?"
        ),
    ),
    _p(
        "reinforce-08",
        "reflective",
        msg('In one line: what does "teammates for the long haul" mean to you?'),
    ),
    _p(
        "reinforce-09",
        "light",
        msg(
            'Send {partner} a short message today that begins "I\'m with you…". '
            "How would you finish it?"
        ),
        today=True,
    ),
    _p(
        "reinforce-10",
        "reflective",
        msg(
            "When {partner} last had your back, what could you say today to tell them it mattered?"
        ),
        today=True,
    ),
    _p(
        "reinforce-11",
        "light",
        msg(
            "Which moment this week could you mention to {partner} with \"I'm glad we're a team\"?"
        ),
    ),
    _p(
        "reinforce-12",
        "reflective",
        msg(
            "The last time you stepped in for {partner}, what did you say afterwards "
            "to close the loop?"
        ),
    ),
    _p(
        "reinforce-13",
        "playful",
        msg("If your team of two had a motto, what would it be?"),
    ),
    _p(
        "reinforce-14",
        "light",
        msg(
            "Leave {partner} a note or message today that says you're on their side. "
            "Where will you leave it?"
        ),
        today=True,
    ),
    _p(
        "reinforce-15",
        "deep",
        msg(
            "What promise about having {partner}'s back would you still want to keep in twenty years?"
        ),
    ),
    _p(
        "reinforce-16",
        "light",
        msg("Where could a reminder that you two are teammates live?"),
        msg("A note on the mirror"),
        msg("A phone wallpaper"),
        msg("A shared song"),
        msg("A daily ritual"),
        msg("Just in words"),
    ),
    _p(
        "reinforce-17",
        "reflective",
        msg(
            "Think of a tough moment you got through together. "
            "How could you remind {partner} of it when things get hard again?"
        ),
    ),
    _p(
        "reinforce-18",
        "light",
        msg("What's a short phrase the two of you could say that means \"I've got you\"?"),
    ),
    _p(
        "reinforce-19",
        "reflective",
        msg("How could you remind {partner} you're with them before a stressful week starts?"),
    ),
    _p(
        "reinforce-20",
        "playful",
        msg("If you two had a team handshake, how would it go? Describe it in one line."),
    ),
    _p(
        "reinforce-21",
        "deep",
        msg("Which moment do you want {partner} to remember as proof you'll always back them?"),
    ),
    _p(
        "reinforce-22",
        "light",
        msg("After the next family visit, what could you say to {partner} to close the loop?"),
    ),
    _p(
        "reinforce-23",
        "reflective",
        msg(
            "When {partner} doubts themselves, what could you say that reminds them "
            "you're in their corner?"
        ),
    ),
    _p(
        "reinforce-24",
        "light",
        msg("When do you most like hearing that {partner} has your back?"),
        msg("Before a hard day"),
        msg("After a hard day"),
        msg("Out of the blue"),
        msg("In front of others"),
        msg("All of the above"),
    ),
    _p(
        "reinforce-25",
        "reflective",
        msg('What\'s one thing you could do every week that says "still your teammate"?'),
    ),
    _p(
        "reinforce-26",
        "deep",
        msg("If {partner} ever wondered whether you had their back, what could you show them?"),
    ),
    _p(
        "reinforce-27",
        "light",
        msg(
            "What could you put in {partner}'s calendar or phone to show you're cheering for them?"
        ),
    ),
    _p(
        "reinforce-28",
        "reflective",
        msg(
            "After you've backed {partner} in public, how could you mention it later, "
            "kindly and without fishing for thanks?"
        ),
    ),
    _p(
        "reinforce-29",
        "playful",
        msg("If you made {partner} a teamwork trophy this month, what would the engraving say?"),
    ),
    _p(
        "reinforce-30",
        "light",
        msg("Tell {partner} today one reason you're glad to be on their team. What will you say?"),
        today=True,
    ),
    _p(
        "reinforce-31",
        "reflective",
        msg("What's one way you've grown as a teammate to {partner} this year?"),
    ),
    _p(
        "reinforce-32",
        "deep",
        msg(
            "If {partner} ever feels alone in a room, what would you like them to remember about you?"
        ),
    ),
    _p(
        "reinforce-33",
        "light",
        msg("What object in your home reminds you that you and {partner} are in it together?"),
    ),
    _p(
        "reinforce-34",
        "reflective",
        msg(
            "After a hard conversation with family, how could you reassure {partner} "
            "that nothing changed between you?"
        ),
    ),
    _p(
        "reinforce-35",
        "light",
        msg(
            "What could you say when you part in the morning that tells {partner} you're with them?"
        ),
    ),
    _p(
        "reinforce-36",
        "playful",
        msg("If one line about your team went on a fridge magnet, what would it say?"),
    ),
    _p(
        "reinforce-37",
        "reflective",
        msg(
            "When {partner} manages something hard, how could you say "
            '"I knew you could" in your own words?'
        ),
    ),
    _p(
        "reinforce-38",
        "deep",
        msg(
            "What's one thing you'd like to hear from {partner} more often, "
            "that you could say to them first?"
        ),
    ),
    _p(
        "reinforce-39",
        "reflective",
        msg("What does {partner} do that tells you they're with you for the long haul?"),
    ),
    _p(
        "reinforce-40",
        "reflective",
        msg(
            "When friends or family see you two together, what could you do that shows you're a team?"
        ),
    ),
    _p(
        "reinforce-41",
        "light",
        msg(
            "Write a two-word message you could send that would make {partner} smile and feel backed."
        ),
    ),
    _p(
        "reinforce-42",
        "deep",
        msg("What's a hard season you'd want {partner} to know you'll stay beside them through?"),
    ),
    _p(
        "reinforce-43",
        "playful",
        msg("If you and {partner} were a superhero duo, what would your team be called?"),
    ),
    _p(
        "reinforce-44",
        "reflective",
        msg("How could you mark a moment when you had each other's back, so you both remember it?"),
    ),
    _p(
        "reinforce-45",
        "light",
        msg(
            "Give {partner} a small sign today that you're still glad you chose each other. "
            "What will it be?"
        ),
        today=True,
    ),
    _p(
        "reinforce-46",
        "reflective",
        msg(
            "After {partner} has had a rough day, what could you say at bedtime to close it kindly?"
        ),
    ),
    _p(
        "reinforce-47",
        "light",
        msg("What's one word that describes you and {partner} as a team?"),
    ),
    _p(
        "reinforce-48",
        "deep",
        msg("What would help {partner} feel sure, deep down, that you'll always stand with them?"),
    ),
    _p(
        "reinforce-49",
        "reflective",
        msg(
            "Think of a time {partner} told you they had your back. "
            "What did they say or do that stayed with you?"
        ),
    ),
    _p(
        "reinforce-50",
        "light",
        msg('When you say "I\'ve got your back", how does {partner} usually react?'),
        msg("A smile"),
        msg("A hug"),
        msg("A joke"),
        msg("They say it back"),
        msg("I rarely say it"),
    ),
    _p(
        "reinforce-51",
        "playful",
        msg("Write the opening line of a film trailer about you two as a team."),
    ),
    _p(
        "reinforce-52",
        "reflective",
        msg(
            "What could you repeat often enough that {partner} never has to wonder "
            "if you're with them?"
        ),
    ),
    _p(
        "reinforce-53",
        "light",
        msg("When could you next tell {partner}, out of the blue, that you're on their team?"),
    ),
    _p(
        "reinforce-54",
        "reflective",
        msg(
            "How could you two celebrate small wins as a team, like a tricky visit that went well?"
        ),
    ),
)

localize_module(__name__)

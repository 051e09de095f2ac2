"""Step 1, Read the Moment: tune in to body language, tone and energy."""

from __future__ import annotations

from typing import Final

from flows.content.prompts.model import Prompt, Tone
from flows.i18n import localize_module, msg


def _p(key: str, tone: Tone, text: str, *choices: str, today: bool = False) -> Prompt:
    return Prompt(key, "read", tone, text, tuple(choices), today)


PROMPTS: Final[tuple[Prompt, ...]] = (
    _p(
        "read-01",
        "reflective",
        msg(
            "Think of the last time {partner} went quiet in a group. "
            "What was the first sign you noticed?"
        ),
    ),
    _p(
        "read-02",
        "reflective",
        msg(
            "What do you hear in {partner}'s voice when they say \"I'm fine\" but are actually "
            "overwhelmed?"
        ),
    ),
    _p(
        "read-03",
        "reflective",
        msg(
            "When {partner} feels dismissed, what do you notice first: "
            "their eyes, their hands or how they stand?"
        ),
    ),
    _p(
        "read-04",
        "light",
        msg(
            "Today, watch for one moment when {partner}'s energy drops. "
            "What was going on around you both?"
        ),
        today=True,
    ),
    _p(
        "read-05",
        "light",
        msg("Where are you most likely to miss that {partner} needs you?"),
        msg("Family gatherings"),
        msg("Out with friends"),
        msg("Work events"),
        msg("At home, when busy"),
        msg("Not sure yet"),
    ),
    _p(
        "read-06",
        "reflective",
        msg(
            "Which situation do you think drains {partner} the most right now? One line is enough."
        ),
    ),
    _p(
        "read-07",
        "reflective",
        msg(
            "Think of a recent moment when something felt off with {partner}. "
            "What told you? Trust that you know them well."
        ),
    ),
    _p(
        "read-08",
        "light",
        msg("How easy is it for you to tell when {partner} is uncomfortable?"),
        msg("Usually easy"),
        msg("Sometimes"),
        msg("Often hard to tell"),
        msg("I'd like to ask them"),
    ),
    _p(
        "read-09",
        "reflective",
        msg(
            "Who in your lives tends to talk over {partner} or brush them off? Just notice it for now."
        ),
    ),
    _p(
        "read-10",
        "light",
        msg("What's one small signal {partner} gives when they'd like you to step in?"),
    ),
    _p(
        "read-11",
        "reflective",
        msg(
            "Think of your last group dinner. When did {partner} seem most at ease, and when least?"
        ),
    ),
    _p(
        "read-12",
        "light",
        msg("When {partner} is running low on energy, what do you notice first?"),
        msg("Their voice"),
        msg("Their face"),
        msg("Going quiet"),
        msg("Reaching for their phone"),
        msg("Something else"),
    ),
    _p(
        "read-13",
        "reflective",
        msg(
            "When a relative questions {partner}'s choices, what do you see change in the way they sit "
            "or speak?"
        ),
    ),
    _p(
        "read-14",
        "light",
        msg(
            "Today, notice how {partner} greets you when you meet again. "
            "What did it tell you about their day?"
        ),
        today=True,
    ),
    _p(
        "read-15",
        "reflective",
        msg("Which of these is hardest for you to spot in {partner}?"),
        msg("Quiet hurt"),
        msg("Worry"),
        msg("Frustration"),
        msg("Tiredness"),
        msg("Hard to say"),
    ),
    _p(
        "read-16",
        "reflective",
        msg(
            "When friends tease {partner}, how can you tell whether they're laughing along "
            "or just putting up with it?"
        ),
    ),
    _p(
        "read-17",
        "light",
        msg(
            "What's one thing you see {partner} do with their hands, face or voice when they're "
            "stressed?"
        ),
    ),
    _p(
        "read-18",
        "reflective",
        msg(
            "At a work event, what would tell you that {partner} would like to leave a conversation?"
        ),
    ),
    _p(
        "read-19",
        "playful",
        msg(
            "If {partner}'s mood came with a weather report, what would you say the last few days were "
            "like?"
        ),
    ),
    _p(
        "read-20",
        "reflective",
        msg(
            "Think of a time {partner} said yes to something they didn't really want. "
            "Looking back, what did you notice?"
        ),
    ),
    _p(
        "read-21",
        "deep",
        msg("Where might {partner} hide that they're struggling, even from you?"),
    ),
    _p(
        "read-22",
        "light",
        msg(
            "When you're out together, how often do you glance over to see how {partner} is doing?"
        ),
        msg("Often"),
        msg("Now and then"),
        msg("When they signal"),
        msg("Rarely, I get absorbed"),
    ),
    _p(
        "read-23",
        "reflective",
        msg("During a family visit, which part of the day do you think is hardest for {partner}?"),
    ),
    _p(
        "read-24",
        "light",
        msg(
            "What's a phrase {partner} uses that really means \"I've had enough\"? "
            "Write it the way you'd hear it."
        ),
    ),
    _p(
        "read-25",
        "reflective",
        msg("When someone talks over {partner}, what do you see them do next?"),
        msg("Push on"),
        msg("Go quiet"),
        msg("Laugh it off"),
        msg("Look over at me"),
        msg("It varies"),
    ),
    _p(
        "read-26",
        "deep",
        msg(
            "What worry might {partner} be carrying this week that they haven't said out loud to you?"
        ),
    ),
    _p(
        "read-27",
        "light",
        msg("Picture {partner} truly relaxed, in a recent moment. Where were you both?"),
    ),
    _p(
        "read-28",
        "reflective",
        msg("What do you notice in {partner}'s energy after a hard phone call or message?"),
    ),
    _p(
        "read-29",
        "light",
        msg(
            "Pick one moment today to wonder how {partner} is doing right then. What did you guess?"
        ),
        today=True,
    ),
    _p(
        "read-30",
        "reflective",
        msg(
            "Think of a stressful week {partner} had. "
            "What first signs did you see, before they said anything?"
        ),
    ),
    _p(
        "read-31",
        "playful",
        msg("What would you call the face {partner} makes when a conversation drags on?"),
    ),
    _p(
        "read-32",
        "reflective",
        msg("When {partner} goes quiet, what do you think is usually behind it?"),
        msg("Tiredness"),
        msg("Hurt feelings"),
        msg("Deep in thought"),
        msg("Too much going on"),
        msg("I'm not sure"),
    ),
    _p(
        "read-33",
        "deep",
        msg("Think of a time you misread {partner}'s mood. What did it teach you about them?"),
    ),
    _p(
        "read-34",
        "light",
        msg("What have you seen {partner} reach for at home when they need a bit of comfort?"),
    ),
    _p(
        "read-35",
        "reflective",
        msg("In a group, who have you seen {partner} relax around, and who makes them tense up?"),
    ),
    _p(
        "read-36",
        "light",
        msg("When {partner} gets home, what's your first clue to the kind of day they had?"),
    ),
    _p(
        "read-37",
        "reflective",
        msg(
            "At a party where {partner} knows few people, what helps you tell whether they're okay?"
        ),
    ),
    _p(
        "read-38",
        "deep",
        msg(
            "What kind of remark from others have you seen stay with {partner} long after it's said?"
        ),
    ),
    _p(
        "read-39",
        "light",
        msg("Where does stress show first in {partner}, as far as you can tell?"),
        msg("In their shoulders"),
        msg("In their voice"),
        msg("In their sleep"),
        msg("In their appetite"),
        msg("Hard to tell"),
    ),
    _p(
        "read-40",
        "reflective",
        msg(
            "Think of a meeting, call or visit {partner} has coming up. "
            "Where might they need you to be alert?"
        ),
    ),
    _p(
        "read-41",
        "playful",
        msg('If {partner} had a secret signal for "rescue me", what do you think it already is?'),
    ),
    _p(
        "read-42",
        "reflective",
        msg("What have you noticed {partner} do when they feel left out of a conversation?"),
    ),
    _p(
        "read-43",
        "light",
        msg("Notice one thing today that lifts {partner}'s energy. What did you see?"),
        today=True,
    ),
    _p(
        "read-44",
        "deep",
        msg('When {partner} says "it doesn\'t matter", how can you tell when it actually does?'),
    ),
    _p(
        "read-45",
        "reflective",
        msg(
            "Whose opinion do you think can shake {partner} the most? Just notice it, no need to act "
            "yet."
        ),
    ),
    _p(
        "read-46",
        "light",
        msg("How does {partner} sound to you when they're really excited about something?"),
    ),
    _p(
        "read-47",
        "reflective",
        msg("After a family visit, what tells you {partner} is feeling like themselves again?"),
    ),
    _p(
        "read-48",
        "light",
        msg("When {partner} needs you, how do they usually let you know?"),
        msg("They tell me"),
        msg("A look"),
        msg("They go quiet"),
        msg("They get busy"),
        msg("I usually have to guess"),
    ),
    _p(
        "read-49",
        "deep",
        msg(
            "What's one moment you now realise {partner} needed you, though you didn't see it then?"
        ),
    ),
    _p(
        "read-50",
        "reflective",
        msg("When friends start teasing, what tells you the joke has gone too far for {partner}?"),
    ),
    _p(
        "read-51",
        "light",
        msg("What's a small sign you notice when {partner} is enjoying a conversation?"),
    ),
    _p(
        "read-52",
        "reflective",
        msg(
            "Think of someone who bulldozes conversations. "
            "How have you seen {partner} change when they're around?"
        ),
    ),
    _p(
        "read-53",
        "playful",
        msg(
            "If a thought bubble floated above {partner}'s head at parties, what do you think it would "
            "usually say?"
        ),
    ),
    _p(
        "read-54",
        "light",
        msg("When {partner} comes home tired, what do they most often need from you?"),
        msg("Space for a bit"),
        msg("A chat"),
        msg("A hug"),
        msg("Help with chores"),
        msg("Not sure yet"),
    ),
)

localize_module(__name__)

"""Step 2, Take Their Side: stand with them now, talk privately later."""

from __future__ import annotations

from typing import Final

from flows.content.prompts.model import Prompt, Tone
from flows.i18n import localize_module, msg


def _p(key: str, tone: Tone, text: str, *choices: str, today: bool = False) -> Prompt:
    return Prompt(key, "side", tone, text, tuple(choices), today)


PROMPTS: Final[tuple[Prompt, ...]] = (
    _p(
        "side-01",
        "reflective",
        msg(
            "Remember a time you wanted to correct {partner} in front of others. "
            "What could you have said instead to stand with them?"
        ),
    ),
    _p(
        "side-02",
        "light",
        msg('Write one short line you could say in company that tells {partner} "I\'ve got you."'),
    ),
    _p(
        "side-03",
        "light",
        msg("When you disagree with {partner} in front of others, what do you usually do?"),
        msg("Stay quiet"),
        msg("Correct them"),
        msg("Back them, talk later"),
        msg("Change the subject"),
        msg("It depends"),
    ),
    _p(
        "side-04",
        "reflective",
        msg(
            "Standing with {partner} doesn't mean agreeing 100%. What's one disagreement "
            "you could save for a private talk?"
        ),
    ),
    _p(
        "side-05",
        "reflective",
        msg(
            "Think of someone whose opinion matters to you. If they pushed back on {partner}, "
            "how could you show you're on the same team?"
        ),
    ),
    _p(
        "side-06",
        "light",
        msg(
            "In a tense moment, what would {partner} most like from you: "
            "a word of support, you close by, or something else?"
        ),
    ),
    _p(
        "side-07",
        "reflective",
        msg("What makes it hardest for you to take {partner}'s side in the moment?"),
        msg("I don't fully agree"),
        msg("It feels awkward"),
        msg("I want to stay neutral"),
        msg("I don't notice in time"),
        msg("Something else"),
    ),
    _p(
        "side-08",
        "light",
        msg(
            "What's one phrase that tells {partner} you're on their team, "
            "even when you're not sure they're right?"
        ),
    ),
    _p(
        "side-09",
        "reflective",
        msg(
            "Think of a relative or friend who sometimes questions {partner}. "
            "What would having their back look like for you there?"
        ),
    ),
    _p(
        "side-10",
        "deep",
        msg(
            "Think of a time someone took your side before you'd even explained. "
            "What did that feel like?"
        ),
    ),
    _p(
        "side-11",
        "light",
        msg(
            "Write a short line you could use when a relative questions {partner}'s choices "
            "at a family meal."
        ),
    ),
    _p(
        "side-12",
        "reflective",
        msg(
            "Think of a group dinner where others pushed back on {partner}'s opinion. "
            "What could you have said to stand beside them?"
        ),
    ),
    _p(
        "side-13",
        "deep",
        msg("Which topic makes it hardest for you to side with {partner} in front of others?"),
    ),
    _p(
        "side-14",
        "light",
        msg("If friends tease {partner} and it stings, what's your first move?"),
        msg("Tease them back"),
        msg("Change the subject"),
        msg('Say "Easy now"'),
        msg("Stand beside them"),
        msg("Wait and see"),
    ),
    _p(
        "side-15",
        "light",
        msg("When {partner} gets a detail wrong while telling a story, what do you usually do?"),
        msg("Let it go"),
        msg("Correct them"),
        msg("Laugh along"),
        msg("Mention it later"),
        msg("Depends on the detail"),
    ),
    _p(
        "side-16",
        "deep",
        msg(
            "Think of a time someone criticised {partner} and you stayed neutral. "
            "What might they have needed to hear from you?"
        ),
    ),
    _p(
        "side-17",
        "light",
        msg(
            'What\'s a gentle way you could say "I see it differently" later, in private, '
            "that {partner} would welcome?"
        ),
    ),
    _p(
        "side-18",
        "reflective",
        msg(
            "At a work event, if a colleague of yours brushed {partner} off, "
            "what could you say right there?"
        ),
    ),
    _p(
        "side-19",
        "reflective",
        msg(
            "If your family and {partner} disagree, how could you show {partner} you're on "
            "their team without starting a fight?"
        ),
    ),
    _p(
        "side-20",
        "playful",
        msg("If you were {partner}'s hype person for a day, what would your opening line be?"),
    ),
    _p(
        "side-21",
        "light",
        msg("Which of these from you would most help {partner} feel backed in a group?"),
        msg("Me agreeing out loud"),
        msg("A hand on their back"),
        msg("Me asking them to go on"),
        msg('Me saying "Good point"'),
        msg("Not sure yet"),
    ),
    _p(
        "side-22",
        "deep",
        msg(
            "When you don't fully agree with {partner}, what helps you still stand with them "
            "in the moment?"
        ),
    ),
    _p(
        "side-23",
        "reflective",
        msg(
            "Which choice of {partner}'s do others question most? "
            "Write one line you could say in its defence."
        ),
    ),
    _p(
        "side-24",
        "light",
        msg(
            "Look for one chance today to back up something {partner} says. Where might you find it?"
        ),
        today=True,
    ),
    _p(
        "side-25",
        "reflective",
        msg("What difference would it make to {partner} if you backed them up before they asked?"),
    ),
    _p(
        "side-26",
        "deep",
        msg(
            "Whose criticism of {partner} have you let slide before? "
            "Write what you could say next time."
        ),
    ),
    _p(
        "side-27",
        "light",
        msg(
            'Finish this sentence you could say in a group: "I\'m with {partner} on this, because…"'
        ),
    ),
    _p(
        "side-28",
        "reflective",
        msg("When a waiter, clerk or official is curt with {partner}, what do you usually do?"),
        msg("Speak up too"),
        msg("Stand close"),
        msg("Let them handle it"),
        msg("Talk about it after"),
        msg("It depends"),
    ),
    _p(
        "side-29",
        "reflective",
        msg(
            "How could you disagree with {partner} later, in private, in a way that still "
            "feels like teamwork?"
        ),
    ),
    _p(
        "side-30",
        "playful",
        msg(
            "If {partner} started a friendly debate about pineapple on pizza at a party, "
            "how would you back them up?"
        ),
    ),
    _p(
        "side-31",
        "deep",
        msg("What did having each other's back look like in the family you grew up in?"),
    ),
    _p(
        "side-32",
        "light",
        msg(
            "What's one word or gesture that tells {partner} \"I'm on your side\" "
            "across a crowded room?"
        ),
    ),
    _p(
        "side-33",
        "reflective",
        msg(
            "Think of the last time you and {partner} disagreed in front of others. "
            "What would you do differently now?"
        ),
    ),
    _p(
        "side-34",
        "reflective",
        msg("When {partner} is upset with someone else, what do you tend to do first?"),
        msg("Listen"),
        msg("Agree with them"),
        msg("Explain the other side"),
        msg("Offer a fix"),
        msg("Hug them"),
    ),
    _p(
        "side-35",
        "deep",
        msg(
            "When you play devil's advocate, how might it land for {partner} "
            "if they're already hurting?"
        ),
    ),
    _p(
        "side-36",
        "light",
        msg(
            "What's a kind way you could say \"let's talk about it at home\" that {partner} would "
            "understand?"
        ),
    ),
    _p(
        "side-37",
        "reflective",
        msg(
            "At a family visit, which topic do you think is most likely to put {partner} on the spot?"
        ),
    ),
    _p(
        "side-38",
        "reflective",
        msg(
            "When a friend complains to you about {partner}, what could you say that keeps "
            "you two on the same team?"
        ),
    ),
    _p(
        "side-39",
        "playful",
        msg(
            "You're {partner}'s lawyer in a silly case: they ate the last biscuit. "
            "What's your closing argument?"
        ),
    ),
    _p(
        "side-40",
        "light",
        msg("Who in your lives second-guesses {partner} most often?"),
        msg("Someone in my family"),
        msg("Someone in theirs"),
        msg("A friend"),
        msg("Someone at work"),
        msg("Nobody really"),
    ),
    _p(
        "side-41",
        "deep",
        msg(
            "Think of a time you sided with someone else against {partner} in public. "
            "What was going on for you?"
        ),
    ),
    _p(
        "side-42",
        "reflective",
        msg(
            "What's one thing {partner} cares about that you could speak up for, "
            "even when they're not in the room?"
        ),
    ),
    _p(
        "side-43",
        "light",
        msg(
            "Write one line you could send {partner} after a tense group chat "
            "to say you're on their side."
        ),
    ),
    _p(
        "side-44",
        "reflective",
        msg(
            "When {partner} takes a stand you're unsure about, what could you ask them "
            "later, in private?"
        ),
    ),
    _p(
        "side-45",
        "light",
        msg("If someone questions {partner} today, what's one short line you could have ready?"),
        today=True,
    ),
    _p(
        "side-46",
        "deep",
        msg("What worries you about siding with {partner} in public, if anything?"),
    ),
    _p(
        "side-47",
        "reflective",
        msg(
            "When {partner} shares an idea in a group and it falls flat, "
            "how could you show you're behind them?"
        ),
    ),
    _p(
        "side-48",
        "light",
        msg("What's your go-to way of showing you're on {partner}'s side in public?"),
        msg("Agreeing out loud"),
        msg("Standing close"),
        msg("Backing their story"),
        msg("A look across the room"),
        msg("Still working on it"),
    ),
    _p(
        "side-49",
        "reflective",
        msg(
            "Think of a friend who always backs their partner. What do they do that you'd like to try?"
        ),
    ),
    _p(
        "side-50",
        "playful",
        msg(
            "If you two had a secret phrase for \"I'm with you, we'll talk later\", what would it be?"
        ),
    ),
    _p(
        "side-51",
        "deep",
        msg(
            "What's a disagreement between you two that you'd rather keep between yourselves, "
            "not in front of others?"
        ),
    ),
    _p(
        "side-52",
        "reflective",
        msg(
            "When {partner} makes a decision you'd have made differently, "
            "how could you back it in front of family?"
        ),
    ),
    _p(
        "side-53",
        "light",
        msg(
            "At the next group dinner, how could you show you're on {partner}'s team "
            "without saying a word?"
        ),
    ),
    _p(
        "side-54",
        "reflective",
        msg(
            "Someone tells a story that makes {partner} look bad. "
            "What could you add that's fair and kind to them?"
        ),
    ),
)

localize_module(__name__)

"""Step 2, Take Their Side: stand with them now, talk privately later."""

from __future__ import annotations

from typing import Final

from flows.content.prompts.model import Prompt, Tone


def _p(key: str, tone: Tone, text: str, *choices: str, today: bool = False) -> Prompt:
    return Prompt(key, "side", tone, text, tuple(choices), today)


PROMPTS: Final[tuple[Prompt, ...]] = (
    _p(
        "side-01",
        "reflective",
        "Remember a time you wanted to correct {partner} in front of others. "
        "What could you have said instead to stand with them?",
    ),
    _p(
        "side-02",
        "light",
        'Write one short line you could say in company that tells {partner} "I\'ve got you."',
    ),
    _p(
        "side-03",
        "light",
        "When you disagree with {partner} in front of others, what do you usually do?",
        "Stay quiet",
        "Correct them",
        "Back them, talk later",
        "Change the subject",
        "It depends",
    ),
    _p(
        "side-04",
        "reflective",
        "Standing with {partner} doesn't mean agreeing 100%. What's one disagreement "
        "you could save for a private talk?",
    ),
    _p(
        "side-05",
        "reflective",
        "Think of someone whose opinion matters to you. If they pushed back on {partner}, "
        "how could you show you're on the same team?",
    ),
    _p(
        "side-06",
        "light",
        "In a tense moment, what would {partner} most like from you: "
        "a word of support, you close by, or something else?",
    ),
    _p(
        "side-07",
        "reflective",
        "What makes it hardest for you to take {partner}'s side in the moment?",
        "I don't fully agree",
        "It feels awkward",
        "I want to stay neutral",
        "I don't notice in time",
        "Something else",
    ),
    _p(
        "side-08",
        "light",
        "What's one phrase that tells {partner} you're on their team, "
        "even when you're not sure they're right?",
    ),
    _p(
        "side-09",
        "reflective",
        "Think of a relative or friend who sometimes questions {partner}. "
        "What would having their back look like for you there?",
    ),
    _p(
        "side-10",
        "deep",
        "Think of a time someone took your side before you'd even explained. "
        "What did that feel like?",
    ),
    _p(
        "side-11",
        "light",
        "Write a short line you could use when a relative questions {partner}'s choices "
        "at a family meal.",
    ),
    _p(
        "side-12",
        "reflective",
        "Think of a group dinner where others pushed back on {partner}'s opinion. "
        "What could you have said to stand beside them?",
    ),
    _p(
        "side-13",
        "deep",
        "Which topic makes it hardest for you to side with {partner} in front of others?",
    ),
    _p(
        "side-14",
        "light",
        "If friends tease {partner} and it stings, what's your first move?",
        "Tease them back",
        "Change the subject",
        'Say "Easy now"',
        "Stand beside them",
        "Wait and see",
    ),
    _p(
        "side-15",
        "light",
        "When {partner} gets a detail wrong while telling a story, what do you usually do?",
        "Let it go",
        "Correct them",
        "Laugh along",
        "Mention it later",
        "Depends on the detail",
    ),
    _p(
        "side-16",
        "deep",
        "Think of a time someone criticised {partner} and you stayed neutral. "
        "What might they have needed to hear from you?",
    ),
    _p(
        "side-17",
        "light",
        'What\'s a gentle way you could say "I see it differently" later, in private, '
        "that {partner} would welcome?",
    ),
    _p(
        "side-18",
        "reflective",
        "At a work event, if a colleague of yours brushed {partner} off, "
        "what could you say right there?",
    ),
    _p(
        "side-19",
        "reflective",
        "If your family and {partner} disagree, how could you show {partner} you're on "
        "their team without starting a fight?",
    ),
    _p(
        "side-20",
        "playful",
        "If you were {partner}'s hype person for a day, what would your opening line be?",
    ),
    _p(
        "side-21",
        "light",
        "Which of these from you would most help {partner} feel backed in a group?",
        "Me agreeing out loud",
        "A hand on their back",
        "Me asking them to go on",
        'Me saying "Good point"',
        "Not sure yet",
    ),
    _p(
        "side-22",
        "deep",
        "When you don't fully agree with {partner}, what helps you still stand with them "
        "in the moment?",
    ),
    _p(
        "side-23",
        "reflective",
        "Which choice of {partner}'s do others question most? "
        "Write one line you could say in its defence.",
    ),
    _p(
        "side-24",
        "light",
        "Look for one chance today to back up something {partner} says. Where might you find it?",
        today=True,
    ),
    _p(
        "side-25",
        "reflective",
        "What difference would it make to {partner} if you backed them up before they asked?",
    ),
    _p(
        "side-26",
        "deep",
        "Whose criticism of {partner} have you let slide before? "
        "Write what you could say next time.",
    ),
    _p(
        "side-27",
        "light",
        'Finish this sentence you could say in a group: "I\'m with {partner} on this, because…"',
    ),
    _p(
        "side-28",
        "reflective",
        "When a waiter, clerk or official is curt with {partner}, what do you usually do?",
        "Speak up too",
        "Stand close",
        "Let them handle it",
        "Talk about it after",
        "It depends",
    ),
    _p(
        "side-29",
        "reflective",
        "How could you disagree with {partner} later, in private, in a way that still "
        "feels like teamwork?",
    ),
    _p(
        "side-30",
        "playful",
        "If {partner} started a friendly debate about pineapple on pizza at a party, "
        "how would you back them up?",
    ),
    _p(
        "side-31",
        "deep",
        "What did having each other's back look like in the family you grew up in?",
    ),
    _p(
        "side-32",
        "light",
        "What's one word or gesture that tells {partner} \"I'm on your side\" "
        "across a crowded room?",
    ),
    _p(
        "side-33",
        "reflective",
        "Think of the last time you and {partner} disagreed in front of others. "
        "What would you do differently now?",
    ),
    _p(
        "side-34",
        "reflective",
        "When {partner} is upset with someone else, what do you tend to do first?",
        "Listen",
        "Agree with them",
        "Explain the other side",
        "Offer a fix",
        "Hug them",
    ),
    _p(
        "side-35",
        "deep",
        "When you play devil's advocate, how might it land for {partner} "
        "if they're already hurting?",
    ),
    _p(
        "side-36",
        "light",
        "What's a kind way you could say \"let's talk about it at home\" that {partner} would "
        "understand?",
    ),
    _p(
        "side-37",
        "reflective",
        "At a family visit, which topic do you think is most likely to put {partner} on the spot?",
    ),
    _p(
        "side-38",
        "reflective",
        "When a friend complains to you about {partner}, what could you say that keeps "
        "you two on the same team?",
    ),
    _p(
        "side-39",
        "playful",
        "You're {partner}'s lawyer in a silly case: they ate the last biscuit. "
        "What's your closing argument?",
    ),
    _p(
        "side-40",
        "light",
        "Who in your lives second-guesses {partner} most often?",
        "Someone in my family",
        "Someone in theirs",
        "A friend",
        "Someone at work",
        "Nobody really",
    ),
    _p(
        "side-41",
        "deep",
        "Think of a time you sided with someone else against {partner} in public. "
        "What was going on for you?",
    ),
    _p(
        "side-42",
        "reflective",
        "What's one thing {partner} cares about that you could speak up for, "
        "even when they're not in the room?",
    ),
    _p(
        "side-43",
        "light",
        "Write one line you could send {partner} after a tense group chat "
        "to say you're on their side.",
    ),
    _p(
        "side-44",
        "reflective",
        "When {partner} takes a stand you're unsure about, what could you ask them "
        "later, in private?",
    ),
    _p(
        "side-45",
        "light",
        "If someone questions {partner} today, what's one short line you could have ready?",
        today=True,
    ),
    _p(
        "side-46",
        "deep",
        "What worries you about siding with {partner} in public, if anything?",
    ),
    _p(
        "side-47",
        "reflective",
        "When {partner} shares an idea in a group and it falls flat, "
        "how could you show you're behind them?",
    ),
    _p(
        "side-48",
        "light",
        "What's your go-to way of showing you're on {partner}'s side in public?",
        "Agreeing out loud",
        "Standing close",
        "Backing their story",
        "A look across the room",
        "Still working on it",
    ),
    _p(
        "side-49",
        "reflective",
        "Think of a friend who always backs their partner. What do they do that you'd like to try?",
    ),
    _p(
        "side-50",
        "playful",
        "If you two had a secret phrase for \"I'm with you, we'll talk later\", what would it be?",
    ),
    _p(
        "side-51",
        "deep",
        "What's a disagreement between you two that you'd rather keep between yourselves, "
        "not in front of others?",
    ),
    _p(
        "side-52",
        "reflective",
        "When {partner} makes a decision you'd have made differently, "
        "how could you back it in front of family?",
    ),
    _p(
        "side-53",
        "light",
        "At the next group dinner, how could you show you're on {partner}'s team "
        "without saying a word?",
    ),
    _p(
        "side-54",
        "reflective",
        "Someone tells a story that makes {partner} look bad. "
        "What could you add that's fair and kind to them?",
    ),
)

"""The library of daily prompts.

Each prompt practises one of the five steps (Read the Moment, Take Their Side,
Take Action, Check In, Reinforce), appreciation, or noticing why we sometimes
don't step up (stress, assuming they can handle it, avoiding conflict or a
scene, thinking love is a feeling rather than something we do).

Rules for writing one: it invites a small concrete action or noticing, reads
in about ten seconds, speaks in the second person with plain words, makes no
gender assumptions and no therapy claims, and uses at most one emoji.
``{partner}`` is replaced by the partner's first name (or "your partner"), so
never put it at the start of a sentence ("{partner}'s" is fine). Keys are stable: never reuse or
renumber one, because past answers and the no-repeat rule refer to them.
A prompt with ``choices`` is answered with buttons (each label ≤ 30 characters);
the others are answered with a line of text.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

Category = Literal["read", "side", "action", "checkin", "reinforce", "appreciation", "why"]

CATEGORIES: Final[tuple[Category, ...]] = (
    "read",
    "side",
    "action",
    "checkin",
    "reinforce",
    "appreciation",
    "why",
)

PARTNER_PLACEHOLDER: Final = "{partner}"


@dataclass(frozen=True)
class Prompt:
    """One daily question. ``choices`` non-empty means it is answered by buttons."""

    key: str
    category: Category
    text: str
    choices: tuple[str, ...] = ()

    @property
    def by_buttons(self) -> bool:
        return bool(self.choices)


def _p(key: str, category: Category, text: str, *choices: str) -> Prompt:
    return Prompt(key=key, category=category, text=text, choices=tuple(choices))


PROMPTS: Final[tuple[Prompt, ...]] = (
    # --- 1. Read the Moment: tune in to body language, tone and energy --------
    _p(
        "read-01",
        "read",
        "Think of the last time {partner} went quiet in a group. "
        "What was the first sign you noticed?",
    ),
    _p(
        "read-02",
        "read",
        "What do you hear in {partner}'s voice when they say \"I'm fine\" but are actually "
        "overwhelmed?",
    ),
    _p(
        "read-03",
        "read",
        "When {partner} feels dismissed, what do you notice first: "
        "their eyes, their hands or how they stand?",
    ),
    _p(
        "read-04",
        "read",
        "Today, watch for one moment when {partner}'s energy drops. "
        "What was going on around you both?",
    ),
    _p(
        "read-05",
        "read",
        "Where are you most likely to miss that {partner} needs you?",
        "Family gatherings",
        "Out with friends",
        "Work events",
        "At home, when busy",
        "Not sure yet",
    ),
    _p(
        "read-06",
        "read",
        "Which situation do you think drains {partner} the most right now? One line is enough.",
    ),
    _p(
        "read-07",
        "read",
        "Think of a recent moment when something felt off with {partner}. "
        "What told you? Trust that you know them well.",
    ),
    _p(
        "read-08",
        "read",
        "How easy is it for you to tell when {partner} is uncomfortable?",
        "Usually easy",
        "Sometimes",
        "Often hard to tell",
        "I'd like to ask them",
    ),
    _p(
        "read-09",
        "read",
        "Who in your lives tends to talk over {partner} or brush them off? Just notice it for now.",
    ),
    _p(
        "read-10",
        "read",
        "What's one small signal {partner} gives when they'd like you to step in?",
    ),
    # --- 2. Take Their Side: stand with them now, talk privately later --------
    _p(
        "side-01",
        "side",
        "Remember a time you wanted to correct {partner} in front of others. "
        "What could you have said instead to stand with them?",
    ),
    _p(
        "side-02",
        "side",
        'Write one short line you could say in company that tells {partner} "I\'ve got you."',
    ),
    _p(
        "side-03",
        "side",
        "When you disagree with {partner} in front of others, what do you usually do?",
        "Stay quiet",
        "Correct them",
        "Back them, talk later",
        "Change the subject",
        "It depends",
    ),
    _p(
        "side-04",
        "side",
        "Standing with {partner} doesn't mean agreeing 100%. What's one disagreement "
        "you could save for a private talk?",
    ),
    _p(
        "side-05",
        "side",
        "Think of someone whose opinion matters to you. If they pushed back on {partner}, "
        "how could you show you're on the same team?",
    ),
    _p(
        "side-06",
        "side",
        "In a tense moment, what would {partner} most like from you: "
        "a word of support, you close by, or something else?",
    ),
    _p(
        "side-07",
        "side",
        "What makes it hardest for you to take {partner}'s side in the moment?",
        "I don't fully agree",
        "It feels awkward",
        "I want to stay neutral",
        "I don't notice in time",
        "Something else",
    ),
    _p(
        "side-08",
        "side",
        "What's one phrase that tells {partner} you're on their team, "
        "even when you're not sure they're right?",
    ),
    _p(
        "side-09",
        "side",
        "Think of a relative or friend who sometimes questions {partner}. "
        "What would having their back look like for you there?",
    ),
    _p(
        "side-10",
        "side",
        "Think of a time someone took your side before you'd even explained. "
        "What did that feel like?",
    ),
    # --- 3. Take Action: show it, in the moment ---------------------------------
    _p(
        "action-01",
        "action",
        "If someone bulldozes {partner} in a conversation, what's one sentence "
        "you could use to make room for them again?",
    ),
    _p(
        "action-02",
        "action",
        "Today, do one small thing that shows {partner} you're in their corner. What will it be?",
    ),
    _p(
        "action-03",
        "action",
        "Which action comes most naturally to you when {partner} needs backup?",
        "Speaking up",
        "Moving closer",
        "Changing the subject",
        "Offering a way out",
        "Not sure yet",
    ),
    _p(
        "action-04",
        "action",
        'Think of a time you said "that sucked" afterwards instead of stepping in. '
        "What could you have done right then?",
    ),
    _p(
        "action-05",
        "action",
        'Agree on a quiet signal with {partner} that means "I need you" at a dinner '
        "or party. What could it be?",
    ),
    _p(
        "action-06",
        "action",
        "What's one way to show support with your presence, like standing closer, "
        "that {partner} would welcome?",
    ),
    _p(
        "action-07",
        "action",
        "Think of something coming up this week where {partner} might need you. "
        "What could you do there?",
    ),
    _p(
        "action-08",
        "action",
        "Someone keeps interrupting {partner}. What's your move?",
        '"Let them finish"',
        '"Go on, you were saying"',
        "Ask them a question",
        "Talk to them later",
        "Not sure",
    ),
    _p(
        "action-09",
        "action",
        "What's one task or worry you could take off {partner}'s plate today?",
    ),
    _p(
        "action-10",
        "action",
        "Love is a verb. What did you do, not just say, for {partner} this week?",
    ),
    # --- 4. Check In: ask how it landed for them --------------------------------
    _p(
        "checkin-01",
        "checkin",
        "Think of something you did for {partner} recently. Ask them today: "
        '"Did that help?" What will you ask about?',
    ),
    _p(
        "checkin-02",
        "checkin",
        "Even when you think you nailed it, checking in is another moment of connection. "
        "Which moment this week could you ask {partner} about?",
    ),
    _p(
        "checkin-03",
        "checkin",
        'When did you last ask {partner}: "Was there something more I could have done?"',
        "This week",
        "This month",
        "A while ago",
        "Not yet",
    ),
    _p(
        "checkin-04",
        "checkin",
        "Write the check-in question that feels most natural for you to ask {partner}. "
        "Keep it short.",
    ),
    _p(
        "checkin-05",
        "checkin",
        "What's something {partner} told you when you checked in that you didn't expect?",
    ),
    _p(
        "checkin-06",
        "checkin",
        "How does {partner} usually respond when you check in?",
        "They open up",
        "They say it's fine",
        "They seem surprised",
        "I haven't tried yet",
    ),
    _p(
        "checkin-07",
        "checkin",
        "Checking in is about their experience, not your intention. "
        "What did you mean well lately that might have landed differently?",
    ),
    _p(
        "checkin-08",
        "checkin",
        'Pick a calm moment today to ask {partner}: "Anything I could do differently '
        'next time?" When could you do that?',
    ),
    _p(
        "checkin-09",
        "checkin",
        "What, if anything, makes checking in feel awkward for you?",
    ),
    _p(
        "checkin-10",
        "checkin",
        "Think of a moment you wish {partner} had checked in with you about. "
        "How could you tell them, kindly?",
    ),
    # --- 5. Reinforce: close the loop, say it again ------------------------------
    _p(
        "reinforce-01",
        "reinforce",
        "Write one sentence you could send {partner} today that says "
        '"I\'ve always got your back", in your own words.',
    ),
    _p(
        "reinforce-02",
        "reinforce",
        "Tell {partner} today about a moment you were proud to be on their team. "
        "Which moment will you pick?",
    ),
    _p(
        "reinforce-03",
        "reinforce",
        "How often does {partner} hear you say you've got their back?",
        "Often",
        "Now and then",
        "Rarely",
        "I show it, not say it",
    ),
    _p(
        "reinforce-04",
        "reinforce",
        "Close the loop on a recent moment: what could you tell {partner} so they know "
        "it wasn't a one-time thing?",
    ),
    _p(
        "reinforce-05",
        "reinforce",
        "What's one small ritual that could remind you both you're teammates for the long haul?",
    ),
    _p(
        "reinforce-06",
        "reinforce",
        'Which way of saying "I\'ve got you" fits you best?',
        "Saying it out loud",
        "A message",
        "A note left somewhere",
        "A hug",
        "Something else",
    ),
    _p(
        "reinforce-07",
        "reinforce",
        "Think of a hard week {partner} had. What could you say now so they know "
        "you were with them then, too?",
    ),
    _p(
        "reinforce-08",
        "reinforce",
        'In one line: what does "teammates for the long haul" mean to you?',
    ),
    _p(
        "reinforce-09",
        "reinforce",
        'Send {partner} a short message today that begins "I\'m with you…". '
        "How would you finish it?",
    ),
    _p(
        "reinforce-10",
        "reinforce",
        "When {partner} last had your back, what could you say today to tell them it mattered?",
    ),
    # --- Appreciation --------------------------------------------------------------
    _p(
        "appreciation-01",
        "appreciation",
        "What's one thing {partner} did this week that made your day a little easier?",
    ),
    _p(
        "appreciation-02",
        "appreciation",
        "Name a moment when {partner} had your back, big or small. 💛",
    ),
    _p(
        "appreciation-03",
        "appreciation",
        "Have you thanked {partner} for something today?",
        "Yes, I have",
        "Not yet, I will",
        "Not today",
    ),
    _p(
        "appreciation-04",
        "appreciation",
        "Which quality in {partner} have you leaned on lately?",
    ),
    _p(
        "appreciation-05",
        "appreciation",
        "What's something {partner} does that hardly anyone notices? "
        "You could tell them you noticed.",
    ),
    _p(
        "appreciation-06",
        "appreciation",
        "What made you smile about {partner} recently?",
    ),
    _p(
        "appreciation-07",
        "appreciation",
        "How do you think {partner} most likes to be thanked?",
        "In words",
        "A small gesture",
        "Time together",
        "A hug",
        "I'm not sure",
    ),
    _p(
        "appreciation-08",
        "appreciation",
        "What's one way {partner} has grown that you admire?",
    ),
    _p(
        "appreciation-09",
        "appreciation",
        "Write a one-line thank-you to {partner} for something ordinary. "
        "You can send it later if you like.",
    ),
    _p(
        "appreciation-10",
        "appreciation",
        "When did you last feel safe and at home with {partner}, and what made it feel that way?",
    ),
    # --- Why we don't step up: stress, "they can handle it", avoiding a scene, ---
    # --- and thinking love is a feeling rather than something we do -------------
    _p(
        "why-01",
        "why",
        "What most often gets in the way of you stepping up for {partner}?",
        "My own stress",
        "I think they'll cope",
        "Avoiding conflict",
        "Not wanting a scene",
        "Not noticing in time",
    ),
    _p(
        "why-02",
        "why",
        "When you're stressed, what do you tend to miss about how {partner} is doing?",
    ),
    _p(
        "why-03",
        "why",
        "Think of a moment you assumed {partner} could handle it alone. "
        "What might they have needed from you?",
    ),
    _p(
        "why-04",
        "why",
        "Strong, confident people need backup too. Where might {partner} look fine "
        "but still want you there?",
    ),
    _p(
        "why-05",
        "why",
        "Think of a public moment you'd rather not make awkward. "
        "How could you still have {partner}'s back there?",
    ),
    _p(
        "why-06",
        "why",
        "Love is a verb. Which did you do more of today?",
        "Thinking kind things",
        "Doing kind things",
        "A bit of both",
        "Neither, busy day",
    ),
    _p(
        "why-07",
        "why",
        "What could help you notice sooner when your own overwhelm is crowding out {partner}?",
    ),
    _p(
        "why-08",
        "why",
        "Keeping the peace can leave {partner} standing alone. "
        "Where does that happen most for you?",
    ),
    _p(
        "why-09",
        "why",
        '"Of course I\'ve got your back" is a start. '
        "What's one thing you could do this week that shows it?",
    ),
    _p(
        "why-10",
        "why",
        "Think of a moment you held back. What were you protecting: yourself, "
        "the peace, or something else?",
    ),
)

PROMPTS_BY_KEY: Final[dict[str, Prompt]] = {prompt.key: prompt for prompt in PROMPTS}


def prompts_in(category: Category) -> tuple[Prompt, ...]:
    """All prompts of one category, in key order."""
    return tuple(sorted((p for p in PROMPTS if p.category == category), key=lambda p: p.key))

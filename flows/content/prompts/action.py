"""Step 3, Take Action: show it, in the moment."""

from __future__ import annotations

from typing import Final

from flows.content.prompts.model import Prompt, Tone


def _p(key: str, tone: Tone, text: str, *choices: str, today: bool = False) -> Prompt:
    return Prompt(key, "action", tone, text, tuple(choices), today)


PROMPTS: Final[tuple[Prompt, ...]] = (
    _p(
        "action-01",
        "reflective",
        "If someone bulldozes {partner} in a conversation, what's one sentence "
        "you could use to make room for them again?",
    ),
    _p(
        "action-02",
        "light",
        "Today, do one small thing that shows {partner} you're in their corner. What will it be?",
        today=True,
    ),
    _p(
        "action-03",
        "light",
        "Which action comes most naturally to you when {partner} needs backup?",
        "Speaking up",
        "Moving closer",
        "Changing the subject",
        "Offering a way out",
        "Not sure yet",
    ),
    _p(
        "action-04",
        "deep",
        'Think of a time you said "that sucked" afterwards instead of stepping in. '
        "What could you have done right then?",
    ),
    _p(
        "action-05",
        "light",
        'Agree on a quiet signal with {partner} that means "I need you" at a dinner '
        "or party. What could it be?",
    ),
    _p(
        "action-06",
        "light",
        "What's one way to show support with your presence, like standing closer, "
        "that {partner} would welcome?",
    ),
    _p(
        "action-07",
        "reflective",
        "Think of something coming up this week where {partner} might need you. "
        "What could you do there?",
    ),
    _p(
        "action-08",
        "light",
        "Someone keeps interrupting {partner}. What's your move?",
        '"Let them finish"',
        '"Go on, you were saying"',
        "Ask them a question",
        "Talk to them later",
        "Not sure",
    ),
    _p(
        "action-09",
        "light",
        "What's one task or worry you could take off {partner}'s plate today?",
        today=True,
    ),
    _p(
        "action-10",
        "reflective",
        "Love is a verb. What did you do, not just say, for {partner} this week?",
    ),
    _p(
        "action-11",
        "reflective",
        "At a group dinner, someone talks over {partner} for the third time. "
        "What could you say to hand them the floor back?",
    ),
    _p(
        "action-12",
        "light",
        "What's one chore you could quietly take over during {partner}'s next stressful week?",
    ),
    _p(
        "action-13",
        "light",
        "A relative starts quizzing {partner} about their choices. What's your move?",
        "Answer alongside them",
        "Change the topic",
        "Step in beside them",
        "Ask them to stop",
        "Wait and see",
    ),
    _p(
        "action-14",
        "reflective",
        "How could you help {partner} get out of a conversation they're stuck in at a party?",
    ),
    _p(
        "action-15",
        "light",
        "Do one thing today that makes {partner}'s evening easier. What will you do?",
        today=True,
    ),
    _p(
        "action-16",
        "reflective",
        "Friends' teasing has gone a step too far for {partner}. "
        "What's one light line you could use to stop it?",
    ),
    _p(
        "action-17",
        "deep",
        "Think of a moment you wished you'd stepped in for {partner}. "
        "What exactly would you say if it happened again?",
    ),
    _p(
        "action-18",
        "light",
        "In a tense moment, which would {partner} welcome most from you: "
        "moving closer, a hand, or a look?",
    ),
    _p(
        "action-19",
        "reflective",
        "At a work event where {partner} knows nobody, what could you do in the first ten minutes?",
    ),
    _p(
        "action-20",
        "playful",
        "Which superpower would you pick to help {partner} at a family gathering?",
        "A mute button",
        "An instant exit",
        "A topic changer",
        "An invisibility cloak",
        "A rewind button",
    ),
    _p(
        "action-21",
        "reflective",
        "Someone makes a joke at {partner}'s expense in a group chat. "
        "What reply would show you're with them?",
    ),
    _p(
        "action-22",
        "light",
        "What's one thing you could carry, book, fix or remember for {partner} this week?",
    ),
    _p(
        "action-23",
        "deep",
        "Write one calm sentence you could say to someone who often brushes {partner} off.",
    ),
    _p(
        "action-24",
        "light",
        "Send {partner} a short message today before something that might be hard for them. "
        "What will your message say?",
        today=True,
    ),
    _p(
        "action-25",
        "reflective",
        "When plans change and {partner} gets flustered in public, "
        "what could you do to steady things?",
    ),
    _p(
        "action-26",
        "reflective",
        "What's your way of steering a conversation that's going badly for {partner}?",
    ),
    _p(
        "action-27",
        "light",
        "When someone keeps finishing {partner}'s sentences, what would you do?",
        "Ask them to go on",
        "Make a light joke",
        "Talk to the person later",
        "Nothing, it's fine",
        "Not sure",
    ),
    _p(
        "action-28",
        "reflective",
        "What could you two plan before the next family visit, so you can step in smoothly?",
    ),
    _p(
        "action-29",
        "reflective",
        "Think of someone who always steps in for others. What do they do that you could borrow?",
    ),
    _p(
        "action-30",
        "light",
        "Which small act of care could you do for {partner} this week without being asked?",
    ),
    _p(
        "action-31",
        "playful",
        "To rescue {partner} from a boring conversation, what made-up emergency would you use?",
    ),
    _p(
        "action-32",
        "reflective",
        "When {partner} is overwhelmed, what do you think helps more?",
        "Taking a task off them",
        "Sitting with them",
        "Both",
        "Giving them space",
        "I'm not sure",
    ),
    _p(
        "action-33",
        "light",
        "Name one decision you could make for you both this week, "
        "so {partner} has one less thing to think about.",
    ),
    _p(
        "action-34",
        "reflective",
        "If someone criticises {partner} while they're not there, "
        "what could you say in that moment?",
    ),
    _p(
        "action-35",
        "deep",
        "What's one way you could show up for {partner} that would cost you a little comfort?",
    ),
    _p(
        "action-36",
        "light",
        "On a stressful morning for {partner}, what's one thing you could have ready for them?",
    ),
    _p(
        "action-37",
        "reflective",
        "When {partner} is put on the spot with a question they'd rather not answer, "
        "how could you step in?",
    ),
    _p(
        "action-38",
        "light",
        "What would you most like to get better at, for {partner}'s sake?",
        "Speaking up sooner",
        "Noticing sooner",
        "Staying calm",
        "Finding the words",
        "Following through",
    ),
    _p(
        "action-39",
        "reflective",
        "What's one thing you said you'd do for {partner} that you can follow through on "
        "this week?",
    ),
    _p(
        "action-40",
        "light",
        "Make one small plan today that gives {partner} something to look forward to. "
        "What will you plan?",
        today=True,
    ),
    _p(
        "action-41",
        "reflective",
        "When a family member gives {partner} advice they didn't ask for, what's a warm way for "
        "you to step in?",
    ),
    _p(
        "action-42",
        "playful",
        "If a theme tune played whenever you came to {partner}'s rescue, which song would it be?",
    ),
    _p(
        "action-43",
        "deep",
        "What's one conversation you've been putting off that would take weight off {partner}?",
    ),
    _p(
        "action-44",
        "light",
        "How could you protect {partner}'s rest this weekend?",
    ),
    _p(
        "action-45",
        "reflective",
        "When a friend lets {partner} down, what could you do that evening?",
    ),
    _p(
        "action-46",
        "reflective",
        "If someone else takes credit for {partner}'s idea in a group, "
        "how could you give it back to them?",
    ),
    _p(
        "action-47",
        "light",
        "What's a small errand you could run for {partner} before they have to ask?",
    ),
    _p(
        "action-48",
        "reflective",
        "If a pushy guest corners {partner} at a party, what's your rescue line?",
    ),
    _p(
        "action-49",
        "deep",
        "When {partner} is ill, scared or waiting on worrying news, "
        "what does showing up look like for you?",
    ),
    _p(
        "action-50",
        "light",
        "At your next social event together, what will you try?",
        "Stay nearer to them",
        "Check in halfway",
        "Back up their stories",
        "Offer an early exit",
        "Just be myself",
    ),
    _p(
        "action-51",
        "reflective",
        "What has {partner} mentioned wanting help with that you could start on this week?",
    ),
    _p(
        "action-52",
        "playful",
        "You're {partner}'s bodyguard for one night out. What's the first rule you'd enforce?",
    ),
    _p(
        "action-53",
        "light",
        "Which day this week might be heaviest for {partner}, and what could you do on that day?",
    ),
    _p(
        "action-54",
        "reflective",
        "When {partner} stumbles over words in front of others, "
        "how could you help without taking over?",
    ),
)

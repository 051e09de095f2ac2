"""Step 1, Read the Moment: tune in to body language, tone and energy."""

from __future__ import annotations

from typing import Final

from flows.content.prompts.model import Prompt, Tone


def _p(key: str, tone: Tone, text: str, *choices: str, today: bool = False) -> Prompt:
    return Prompt(key, "read", tone, text, tuple(choices), today)


PROMPTS: Final[tuple[Prompt, ...]] = (
    _p(
        "read-01",
        "reflective",
        "Think of the last time {partner} went quiet in a group. "
        "What was the first sign you noticed?",
    ),
    _p(
        "read-02",
        "reflective",
        "What do you hear in {partner}'s voice when they say \"I'm fine\" but are actually "
        "overwhelmed?",
    ),
    _p(
        "read-03",
        "reflective",
        "When {partner} feels dismissed, what do you notice first: "
        "their eyes, their hands or how they stand?",
    ),
    _p(
        "read-04",
        "light",
        "Today, watch for one moment when {partner}'s energy drops. "
        "What was going on around you both?",
        today=True,
    ),
    _p(
        "read-05",
        "light",
        "Where are you most likely to miss that {partner} needs you?",
        "Family gatherings",
        "Out with friends",
        "Work events",
        "At home, when busy",
        "Not sure yet",
    ),
    _p(
        "read-06",
        "reflective",
        "Which situation do you think drains {partner} the most right now? One line is enough.",
    ),
    _p(
        "read-07",
        "reflective",
        "Think of a recent moment when something felt off with {partner}. "
        "What told you? Trust that you know them well.",
    ),
    _p(
        "read-08",
        "light",
        "How easy is it for you to tell when {partner} is uncomfortable?",
        "Usually easy",
        "Sometimes",
        "Often hard to tell",
        "I'd like to ask them",
    ),
    _p(
        "read-09",
        "reflective",
        "Who in your lives tends to talk over {partner} or brush them off? Just notice it for now.",
    ),
    _p(
        "read-10",
        "light",
        "What's one small signal {partner} gives when they'd like you to step in?",
    ),
    _p(
        "read-11",
        "reflective",
        "Think of your last group dinner. When did {partner} seem most at ease, and when least?",
    ),
    _p(
        "read-12",
        "light",
        "When {partner} is running low on energy, what do you notice first?",
        "Their voice",
        "Their face",
        "Going quiet",
        "Reaching for their phone",
        "Something else",
    ),
    _p(
        "read-13",
        "reflective",
        "When a relative questions {partner}'s choices, what do you see change in the way they sit "
        "or speak?",
    ),
    _p(
        "read-14",
        "light",
        "Today, notice how {partner} greets you when you meet again. "
        "What did it tell you about their day?",
        today=True,
    ),
    _p(
        "read-15",
        "reflective",
        "Which of these is hardest for you to spot in {partner}?",
        "Quiet hurt",
        "Worry",
        "Frustration",
        "Tiredness",
        "Hard to say",
    ),
    _p(
        "read-16",
        "reflective",
        "When friends tease {partner}, how can you tell whether they're laughing along "
        "or just putting up with it?",
    ),
    _p(
        "read-17",
        "light",
        "What's one thing you see {partner} do with their hands, face or voice when they're "
        "stressed?",
    ),
    _p(
        "read-18",
        "reflective",
        "At a work event, what would tell you that {partner} would like to leave a conversation?",
    ),
    _p(
        "read-19",
        "playful",
        "If {partner}'s mood came with a weather report, what would you say the last few days were "
        "like?",
    ),
    _p(
        "read-20",
        "reflective",
        "Think of a time {partner} said yes to something they didn't really want. "
        "Looking back, what did you notice?",
    ),
    _p(
        "read-21",
        "deep",
        "Where might {partner} hide that they're struggling, even from you?",
    ),
    _p(
        "read-22",
        "light",
        "When you're out together, how often do you glance over to see how {partner} is doing?",
        "Often",
        "Now and then",
        "When they signal",
        "Rarely, I get absorbed",
    ),
    _p(
        "read-23",
        "reflective",
        "During a family visit, which part of the day do you think is hardest for {partner}?",
    ),
    _p(
        "read-24",
        "light",
        "What's a phrase {partner} uses that really means \"I've had enough\"? "
        "Write it the way you'd hear it.",
    ),
    _p(
        "read-25",
        "reflective",
        "When someone talks over {partner}, what do you see them do next?",
        "Push on",
        "Go quiet",
        "Laugh it off",
        "Look over at me",
        "It varies",
    ),
    _p(
        "read-26",
        "deep",
        "What worry might {partner} be carrying this week that they haven't said out loud to you?",
    ),
    _p(
        "read-27",
        "light",
        "Picture {partner} truly relaxed, in a recent moment. Where were you both?",
    ),
    _p(
        "read-28",
        "reflective",
        "What do you notice in {partner}'s energy after a hard phone call or message?",
    ),
    _p(
        "read-29",
        "light",
        "Pick one moment today to wonder how {partner} is doing right then. What did you guess?",
        today=True,
    ),
    _p(
        "read-30",
        "reflective",
        "Think of a stressful week {partner} had. "
        "What first signs did you see, before they said anything?",
    ),
    _p(
        "read-31",
        "playful",
        "What would you call the face {partner} makes when a conversation drags on?",
    ),
    _p(
        "read-32",
        "reflective",
        "When {partner} goes quiet, what do you think is usually behind it?",
        "Tiredness",
        "Hurt feelings",
        "Deep in thought",
        "Too much going on",
        "I'm not sure",
    ),
    _p(
        "read-33",
        "deep",
        "Think of a time you misread {partner}'s mood. What did it teach you about them?",
    ),
    _p(
        "read-34",
        "light",
        "What have you seen {partner} reach for at home when they need a bit of comfort?",
    ),
    _p(
        "read-35",
        "reflective",
        "In a group, who have you seen {partner} relax around, and who makes them tense up?",
    ),
    _p(
        "read-36",
        "light",
        "When {partner} gets home, what's your first clue to the kind of day they had?",
    ),
    _p(
        "read-37",
        "reflective",
        "At a party where {partner} knows few people, what helps you tell whether they're okay?",
    ),
    _p(
        "read-38",
        "deep",
        "What kind of remark from others have you seen stay with {partner} long after it's said?",
    ),
    _p(
        "read-39",
        "light",
        "Where does stress show first in {partner}, as far as you can tell?",
        "In their shoulders",
        "In their voice",
        "In their sleep",
        "In their appetite",
        "Hard to tell",
    ),
    _p(
        "read-40",
        "reflective",
        "Think of a meeting, call or visit {partner} has coming up. "
        "Where might they need you to be alert?",
    ),
    _p(
        "read-41",
        "playful",
        'If {partner} had a secret signal for "rescue me", what do you think it already is?',
    ),
    _p(
        "read-42",
        "reflective",
        "What have you noticed {partner} do when they feel left out of a conversation?",
    ),
    _p(
        "read-43",
        "light",
        "Notice one thing today that lifts {partner}'s energy. What did you see?",
        today=True,
    ),
    _p(
        "read-44",
        "deep",
        'When {partner} says "it doesn\'t matter", how can you tell when it actually does?',
    ),
    _p(
        "read-45",
        "reflective",
        "Whose opinion do you think can shake {partner} the most? Just notice it, no need to act "
        "yet.",
    ),
    _p(
        "read-46",
        "light",
        "How does {partner} sound to you when they're really excited about something?",
    ),
    _p(
        "read-47",
        "reflective",
        "After a family visit, what tells you {partner} is feeling like themselves again?",
    ),
    _p(
        "read-48",
        "light",
        "When {partner} needs you, how do they usually let you know?",
        "They tell me",
        "A look",
        "They go quiet",
        "They get busy",
        "I usually have to guess",
    ),
    _p(
        "read-49",
        "deep",
        "What's one moment you now realise {partner} needed you, though you didn't see it then?",
    ),
    _p(
        "read-50",
        "reflective",
        "When friends start teasing, what tells you the joke has gone too far for {partner}?",
    ),
    _p(
        "read-51",
        "light",
        "What's a small sign you notice when {partner} is enjoying a conversation?",
    ),
    _p(
        "read-52",
        "reflective",
        "Think of someone who bulldozes conversations. "
        "How have you seen {partner} change when they're around?",
    ),
    _p(
        "read-53",
        "playful",
        "If a thought bubble floated above {partner}'s head at parties, what do you think it would "
        "usually say?",
    ),
    _p(
        "read-54",
        "light",
        "When {partner} comes home tired, what do they most often need from you?",
        "Space for a bit",
        "A chat",
        "A hug",
        "Help with chores",
        "Not sure yet",
    ),
)

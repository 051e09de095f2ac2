"""What gets in the way: the four reasons we sometimes don't step up.

Our own stress or overwhelm; assuming they can handle it; avoiding conflict or
a scene in public; thinking love is a feeling rather than something we do.
Plus simply not noticing in time. Curious, never blaming.
"""

from __future__ import annotations

from typing import Final

from flows.content.prompts.model import Prompt, Tone


def _p(key: str, tone: Tone, text: str, *choices: str, today: bool = False) -> Prompt:
    return Prompt(key, "why", tone, text, tuple(choices), today)


PROMPTS: Final[tuple[Prompt, ...]] = (
    _p(
        "why-01",
        "reflective",
        "What most often gets in the way of you stepping up for {partner}?",
        "My own stress",
        "I think they'll cope",
        "Avoiding conflict",
        "Not wanting a scene",
        "Not noticing in time",
    ),
    _p(
        "why-02",
        "reflective",
        "When you're stressed, what do you tend to miss about how {partner} is doing?",
    ),
    _p(
        "why-03",
        "deep",
        "Think of a moment you assumed {partner} could handle it alone. "
        "What might they have needed from you?",
    ),
    _p(
        "why-04",
        "reflective",
        "Strong, confident people need backup too. Where might {partner} look fine "
        "but still want you there?",
    ),
    _p(
        "why-05",
        "reflective",
        "Think of a public moment you'd rather not make awkward. "
        "How could you still have {partner}'s back there?",
    ),
    _p(
        "why-06",
        "light",
        "Love is a verb. Which did you do more of today?",
        "Thinking kind things",
        "Doing kind things",
        "A bit of both",
        "Neither, busy day",
        today=True,
    ),
    _p(
        "why-07",
        "reflective",
        "What could help you notice sooner when your own overwhelm is crowding out {partner}?",
    ),
    _p(
        "why-08",
        "deep",
        "Keeping the peace can leave {partner} standing alone. "
        "Where does that happen most for you?",
    ),
    _p(
        "why-09",
        "light",
        '"Of course I\'ve got your back" is a start. '
        "What's one thing you could do this week that shows it?",
    ),
    _p(
        "why-10",
        "deep",
        "Think of a moment you held back. What were you protecting: yourself, "
        "the peace, or something else?",
    ),
    # --- your own stress or overwhelm ---------------------------------------------
    _p(
        "why-11",
        "reflective",
        "When your own week is stressful, what's one small way you could still check on {partner}?",
    ),
    _p(
        "why-12",
        "light",
        "When you're overwhelmed, what slips first?",
        "Noticing my partner",
        "Patience",
        "Listening",
        "Small kindnesses",
        "Plans together",
    ),
    _p(
        "why-13",
        "deep",
        "Think of a time your own stress kept you from seeing that {partner} needed you. "
        "What was going on?",
    ),
    _p(
        "why-14",
        "reflective",
        "What helps you set your own worries aside for a moment when {partner} needs you?",
    ),
    _p(
        "why-15",
        "light",
        "What's one thing you could drop this week to have more room for {partner}?",
    ),
    _p(
        "why-16",
        "reflective",
        "On a packed day, what's the smallest thing you could do that still tells {partner} "
        "you see them?",
    ),
    _p(
        "why-17",
        "light",
        "If today gets hectic, what's one thing you'll still do for {partner}?",
        today=True,
    ),
    _p(
        "why-18",
        "deep",
        "When you're overwhelmed, what could you tell {partner} so you can still look out "
        "for each other?",
    ),
    _p(
        "why-19",
        "playful",
        "If your stress were a grumpy houseguest, what would you call it?",
    ),
    # --- assuming they can handle it ------------------------------------------------
    _p(
        "why-20",
        "reflective",
        "Where does {partner} seem so capable that you forget to offer help?",
    ),
    _p(
        "why-21",
        "light",
        "Which of these might you leave {partner} to handle alone?",
        "Their family",
        "Work stress",
        "Admin and bills",
        "Friend troubles",
        "None that I know of",
    ),
    _p(
        "why-22",
        "deep",
        "When {partner} looks strong, what might they still be hoping you'll notice?",
    ),
    _p(
        "why-23",
        "reflective",
        'When {partner} says "I can handle it", what do you think it usually means?',
        "They really can",
        "They'd like some help",
        "They don't want a fuss",
        "They're worn out",
        "I'm not sure",
    ),
    _p(
        "why-24",
        "light",
        "What could you offer {partner} this week, even though they'd probably manage without it?",
    ),
    _p(
        "why-25",
        "reflective",
        "What have you stopped helping with because {partner} always copes?",
    ),
    _p(
        "why-26",
        "playful",
        "Where do you think {partner} would secretly welcome a sidekick, even though they could go "
        "solo?",
    ),
    # --- avoiding conflict or a scene -----------------------------------------------
    _p(
        "why-27",
        "reflective",
        "What's one awkward moment you'd rather risk than leave {partner} on their own?",
    ),
    _p(
        "why-28",
        "light",
        "In public, what holds you back most from stepping in?",
        "Making a scene",
        "Upsetting others",
        "Getting it wrong",
        "Embarrassing them",
        "Nothing holds me back",
    ),
    _p(
        "why-29",
        "deep",
        "Whose reaction worries you most when you think about backing {partner} in public?",
    ),
    _p(
        "why-30",
        "reflective",
        "What's a calm, low-drama way to step in that you'd feel okay using in front of others?",
    ),
    _p(
        "why-31",
        "light",
        "At family meals, which do you tend to choose?",
        "Keeping the peace",
        "Backing my partner",
        "A bit of both",
        "Depends who's there",
    ),
    _p(
        "why-32",
        "reflective",
        "Think of a group where speaking up feels costly for you. "
        "What could you say there that's short and kind?",
    ),
    _p(
        "why-33",
        "deep",
        "What did you learn growing up about speaking up in front of others?",
    ),
    # --- love as a feeling, not a doing ---------------------------------------------
    _p(
        "why-34",
        "reflective",
        "What's something you feel for {partner} that you haven't shown lately?",
    ),
    _p(
        "why-35",
        "light",
        "Which loving thought about {partner} could you turn into a small action?",
    ),
    _p(
        "why-36",
        "light",
        "Love is a verb. What kind of doing comes easiest to you?",
        "Helping out",
        "Speaking up",
        "Showing up",
        "Saying it",
        "Planning nice things",
    ),
    _p(
        "why-37",
        "reflective",
        'You might think "they know I\'ve got their back". '
        "How could {partner} actually see it this week?",
    ),
    _p(
        "why-38",
        "deep",
        "When did you last assume {partner} knew how you felt, without showing it?",
    ),
    _p(
        "why-39",
        "playful",
        "If you had to prove your love with one small action on camera, what would you film?",
    ),
    _p(
        "why-40",
        "reflective",
        "What's one way you show care that {partner} might not recognise as care?",
    ),
    # --- not noticing in time -------------------------------------------------------
    _p(
        "why-41",
        "light",
        "What usually pulls your attention away from {partner} at social events?",
        "My phone",
        "Other people",
        "Food and drink",
        "My own nerves",
        "Hosting duties",
    ),
    _p(
        "why-42",
        "light",
        "What could remind you to look up and check on {partner} during a busy event?",
    ),
    _p(
        "why-43",
        "reflective",
        "Which kind of moment with {partner} do you tend to notice only afterwards?",
    ),
    _p(
        "why-44",
        "reflective",
        "When you're tired at the end of the day, what's the easiest way to still show up "
        "for {partner}?",
    ),
    _p(
        "why-45",
        "light",
        "What gets in the way most on weekdays, for you?",
        "Tiredness",
        "Screens",
        "To-do lists",
        "Other people",
        "Not much",
    ),
    _p(
        "why-46",
        "reflective",
        "When someone bulldozes {partner} in a group, what makes you freeze or wait?",
    ),
    _p(
        "why-47",
        "reflective",
        "When friends tease {partner}, what keeps you laughing along instead of stepping in?",
    ),
)

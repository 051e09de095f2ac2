"""What gets in the way: the four reasons we sometimes don't step up.

Our own stress or overwhelm; assuming they can handle it; avoiding conflict or
a scene in public; thinking love is a feeling rather than something we do.
Plus simply not noticing in time. Curious, never blaming.
"""

from __future__ import annotations

from typing import Final

from flows.content.prompts.model import Prompt, Tone
from flows.i18n import localize_module, msg


def _p(key: str, tone: Tone, text: str, *choices: str, today: bool = False) -> Prompt:
    return Prompt(key, "why", tone, text, tuple(choices), today)


PROMPTS: Final[tuple[Prompt, ...]] = (
    _p(
        "why-01",
        "reflective",
        msg("What most often gets in the way of you stepping up for {partner}?"),
        msg("My own stress"),
        msg("I think they'll cope"),
        msg("Avoiding conflict"),
        msg("Not wanting a scene"),
        msg("Not noticing in time"),
    ),
    _p(
        "why-02",
        "reflective",
        msg("When you're stressed, what do you tend to miss about how {partner} is doing?"),
    ),
    _p(
        "why-03",
        "deep",
        msg(
            "Think of a moment you assumed {partner} could handle it alone. "
            "What might they have needed from you?"
        ),
    ),
    _p(
        "why-04",
        "reflective",
        msg(
            "Strong, confident people need backup too. Where might {partner} look fine "
            "but still want you there?"
        ),
    ),
    _p(
        "why-05",
        "reflective",
        msg(
            "Think of a public moment you'd rather not make awkward. "
            "How could you still have {partner}'s back there?"
        ),
    ),
    _p(
        "why-06",
        "light",
        msg("Love is a verb. Which did you do more of today?"),
        msg("Thinking kind things"),
        msg("Doing kind things"),
        msg("A bit of both"),
        msg("Neither, busy day"),
        today=True,
    ),
    _p(
        "why-07",
        "reflective",
        msg("What could help you notice sooner when your own overwhelm is crowding out {partner}?"),
    ),
    _p(
        "why-08",
        "deep",
        msg(
            "Keeping the peace can leave {partner} standing alone. "
            "Where does that happen most for you?"
        ),
    ),
    _p(
        "why-09",
        "light",
        msg(
            '"Of course I\'ve got your back" is a start. '
            "What's one thing you could do this week that shows it?"
        ),
    ),
    _p(
        "why-10",
        "deep",
        msg(
            "Think of a moment you held back. What were you protecting: yourself, "
            "the peace, or something else?"
        ),
    ),
    # --- your own stress or overwhelm ---------------------------------------------
    _p(
        "why-11",
        "reflective",
        msg(
            "When your own week is stressful, what's one small way you could still check on {partner}?"
        ),
    ),
    _p(
        "why-12",
        "light",
        msg("When you're overwhelmed, what slips first?"),
        msg("Noticing my partner"),
        msg("Patience"),
        msg("Listening"),
        msg("Small kindnesses"),
        msg("Plans together"),
    ),
    _p(
        "why-13",
        "deep",
        msg(
            "Think of a time your own stress kept you from seeing that {partner} needed you. "
            "What was going on?"
        ),
    ),
    _p(
        "why-14",
        "reflective",
        msg("What helps you set your own worries aside for a moment when {partner} needs you?"),
    ),
    _p(
        "why-15",
        "light",
        msg("What's one thing you could drop this week to have more room for {partner}?"),
    ),
    _p(
        "why-16",
        "reflective",
        msg(
            "On a packed day, what's the smallest thing you could do that still tells {partner} "
            "you see them?"
        ),
    ),
    _p(
        "why-17",
        "light",
        msg("If today gets hectic, what's one thing you'll still do for {partner}?"),
        today=True,
    ),
    _p(
        "why-18",
        "deep",
        msg(
            "When you're overwhelmed, what could you tell {partner} so you can still look out "
            "for each other?"
        ),
    ),
    _p(
        "why-19",
        "playful",
        msg("If your stress were a grumpy houseguest, what would you call it?"),
    ),
    # --- assuming they can handle it ------------------------------------------------
    _p(
        "why-20",
        "reflective",
        msg("Where does {partner} seem so capable that you forget to offer help?"),
    ),
    _p(
        "why-21",
        "light",
        msg("Which of these might you leave {partner} to handle alone?"),
        msg("Their family"),
        msg("Work stress"),
        msg("Admin and bills"),
        msg("Friend troubles"),
        msg("None that I know of"),
    ),
    _p(
        "why-22",
        "deep",
        msg("When {partner} looks strong, what might they still be hoping you'll notice?"),
    ),
    _p(
        "why-23",
        "reflective",
        msg('When {partner} says "I can handle it", what do you think it usually means?'),
        msg("They really can"),
        msg("They'd like some help"),
        msg("They don't want a fuss"),
        msg("They're worn out"),
        msg("I'm not sure"),
    ),
    _p(
        "why-24",
        "light",
        msg(
            "What could you offer {partner} this week, even though they'd probably manage without it?"
        ),
    ),
    _p(
        "why-25",
        "reflective",
        msg("What have you stopped helping with because {partner} always copes?"),
    ),
    _p(
        "why-26",
        "playful",
        msg(
            "Where do you think {partner} would secretly welcome a sidekick, even though they could go "
            "solo?"
        ),
    ),
    # --- avoiding conflict or a scene -----------------------------------------------
    _p(
        "why-27",
        "reflective",
        msg("What's one awkward moment you'd rather risk than leave {partner} on their own?"),
    ),
    _p(
        "why-28",
        "light",
        msg("In public, what holds you back most from stepping in?"),
        msg("Making a scene"),
        msg("Upsetting others"),
        msg("Getting it wrong"),
        msg("Embarrassing them"),
        msg("Nothing holds me back"),
    ),
    _p(
        "why-29",
        "deep",
        msg("Whose reaction worries you most when you think about backing {partner} in public?"),
    ),
    _p(
        "why-30",
        "reflective",
        msg(
            "What's a calm, low-drama way to step in that you'd feel okay using in front of others?"
        ),
    ),
    _p(
        "why-31",
        "light",
        msg("At family meals, which do you tend to choose?"),
        msg("Keeping the peace"),
        msg("Backing my partner"),
        msg("A bit of both"),
        msg("Depends who's there"),
    ),
    _p(
        "why-32",
        "reflective",
        msg(
            "Think of a group where speaking up feels costly for you. "
            "What could you say there that's short and kind?"
        ),
    ),
    _p(
        "why-33",
        "deep",
        msg("What did you learn growing up about speaking up in front of others?"),
    ),
    # --- love as a feeling, not a doing ---------------------------------------------
    _p(
        "why-34",
        "reflective",
        msg("What's something you feel for {partner} that you haven't shown lately?"),
    ),
    _p(
        "why-35",
        "light",
        msg("Which loving thought about {partner} could you turn into a small action?"),
    ),
    _p(
        "why-36",
        "light",
        msg("Love is a verb. What kind of doing comes easiest to you?"),
        msg("Helping out"),
        msg("Speaking up"),
        msg("Showing up"),
        msg("Saying it"),
        msg("Planning nice things"),
    ),
    _p(
        "why-37",
        "reflective",
        msg(
            'You might think "they know I\'ve got their back". '
            "How could {partner} actually see it this week?"
        ),
    ),
    _p(
        "why-38",
        "deep",
        msg("When did you last assume {partner} knew how you felt, without showing it?"),
    ),
    _p(
        "why-39",
        "playful",
        msg("If you had to prove your love with one small action on camera, what would you film?"),
    ),
    _p(
        "why-40",
        "reflective",
        msg("What's one way you show care that {partner} might not recognise as care?"),
    ),
    # --- not noticing in time -------------------------------------------------------
    _p(
        "why-41",
        "light",
        msg("What usually pulls your attention away from {partner} at social events?"),
        msg("My phone"),
        msg("Other people"),
        msg("Food and drink"),
        msg("My own nerves"),
        msg("Hosting duties"),
    ),
    _p(
        "why-42",
        "light",
        msg("What could remind you to look up and check on {partner} during a busy event?"),
    ),
    _p(
        "why-43",
        "reflective",
        msg("Which kind of moment with {partner} do you tend to notice only afterwards?"),
    ),
    _p(
        "why-44",
        "reflective",
        msg(
            "When you're tired at the end of the day, what's the easiest way to still show up "
            "for {partner}?"
        ),
    ),
    _p(
        "why-45",
        "light",
        msg("What gets in the way most on weekdays, for you?"),
        msg("Tiredness"),
        msg("Screens"),
        msg("To-do lists"),
        msg("Other people"),
        msg("Not much"),
    ),
    _p(
        "why-46",
        "reflective",
        msg("When someone bulldozes {partner} in a group, what makes you freeze or wait?"),
    ),
    _p(
        "why-47",
        "reflective",
        msg("When friends tease {partner}, what keeps you laughing along instead of stepping in?"),
    ),
)

localize_module(__name__)

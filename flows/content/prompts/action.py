"""Step 3, Take Action: show it, in the moment."""

from __future__ import annotations

from typing import Final

from flows.content.prompts.model import Prompt, Tone
from flows.i18n import localize_module, msg


def _p(key: str, tone: Tone, text: str, *choices: str, today: bool = False) -> Prompt:
    return Prompt(key, "action", tone, text, tuple(choices), today)


PROMPTS: Final[tuple[Prompt, ...]] = (
    _p(
        "action-01",
        "reflective",
        msg(
            "If someone bulldozes {partner} in a conversation, what's one sentence "
            "you could use to make room for them again?"
        ),
    ),
    _p(
        "action-02",
        "light",
        msg(
            "Today, do one small thing that shows {partner} you're in their corner. What will it be?"
        ),
        today=True,
    ),
    _p(
        "action-03",
        "light",
        msg("Which action comes most naturally to you when {partner} needs backup?"),
        msg("Speaking up"),
        msg("Moving closer"),
        msg("Changing the subject"),
        msg("Offering a way out"),
        msg("Not sure yet"),
    ),
    _p(
        "action-04",
        "deep",
        msg(
            'Think of a time you said "that sucked" afterwards instead of stepping in. '
            "What could you have done right then?"
        ),
    ),
    _p(
        "action-05",
        "light",
        msg(
            'Agree on a quiet signal with {partner} that means "I need you" at a dinner '
            "or party. What could it be?"
        ),
    ),
    _p(
        "action-06",
        "light",
        msg(
            "What's one way to show support with your presence, like standing closer, "
            "that {partner} would welcome?"
        ),
    ),
    _p(
        "action-07",
        "reflective",
        msg(
            "Think of something coming up this week where {partner} might need you. "
            "What could you do there?"
        ),
    ),
    _p(
        "action-08",
        "light",
        msg("Someone keeps interrupting {partner}. What's your move?"),
        msg('"Let them finish"'),
        msg('"Go on, you were saying"'),
        msg("Ask them a question"),
        msg("Talk to them later"),
        msg("Not sure"),
    ),
    _p(
        "action-09",
        "light",
        msg("What's one task or worry you could take off {partner}'s plate today?"),
        today=True,
    ),
    _p(
        "action-10",
        "reflective",
        msg("Love is a verb. What did you do, not just say, for {partner} this week?"),
    ),
    _p(
        "action-11",
        "reflective",
        msg(
            "At a group dinner, someone talks over {partner} for the third time. "
            "What could you say to hand them the floor back?"
        ),
    ),
    _p(
        "action-12",
        "light",
        msg("What's one chore you could quietly take over during {partner}'s next stressful week?"),
    ),
    _p(
        "action-13",
        "light",
        msg("A relative starts quizzing {partner} about their choices. What's your move?"),
        msg("Answer alongside them"),
        msg("Change the topic"),
        msg("Step in beside them"),
        msg("Ask them to stop"),
        msg("Wait and see"),
    ),
    _p(
        "action-14",
        "reflective",
        msg("How could you help {partner} get out of a conversation they're stuck in at a party?"),
    ),
    _p(
        "action-15",
        "light",
        msg("Do one thing today that makes {partner}'s evening easier. What will you do?"),
        today=True,
    ),
    _p(
        "action-16",
        "reflective",
        msg(
            "Friends' teasing has gone a step too far for {partner}. "
            "What's one light line you could use to stop it?"
        ),
    ),
    _p(
        "action-17",
        "deep",
        msg(
            "Think of a moment you wished you'd stepped in for {partner}. "
            "What exactly would you say if it happened again?"
        ),
    ),
    _p(
        "action-18",
        "light",
        msg(
            "In a tense moment, which would {partner} welcome most from you: "
            "moving closer, a hand, or a look?"
        ),
    ),
    _p(
        "action-19",
        "reflective",
        msg(
            "At a work event where {partner} knows nobody, what could you do in the first ten minutes?"
        ),
    ),
    _p(
        "action-20",
        "playful",
        msg("Which superpower would you pick to help {partner} at a family gathering?"),
        msg("A mute button"),
        msg("An instant exit"),
        msg("A topic changer"),
        msg("An invisibility cloak"),
        msg("A rewind button"),
    ),
    _p(
        "action-21",
        "reflective",
        msg(
            "Someone makes a joke at {partner}'s expense in a group chat. "
            "What reply would show you're with them?"
        ),
    ),
    _p(
        "action-22",
        "light",
        msg("What's one thing you could carry, book, fix or remember for {partner} this week?"),
    ),
    _p(
        "action-23",
        "deep",
        msg("Write one calm sentence you could say to someone who often brushes {partner} off."),
    ),
    _p(
        "action-24",
        "light",
        msg(
            "Send {partner} a short message today before something that might be hard for them. "
            "What will your message say?"
        ),
        today=True,
    ),
    _p(
        "action-25",
        "reflective",
        msg(
            "When plans change and {partner} gets flustered in public, "
            "what could you do to steady things?"
        ),
    ),
    _p(
        "action-26",
        "reflective",
        msg("What's your way of steering a conversation that's going badly for {partner}?"),
    ),
    _p(
        "action-27",
        "light",
        msg("When someone keeps finishing {partner}'s sentences, what would you do?"),
        msg("Ask them to go on"),
        msg("Make a light joke"),
        msg("Talk to the person later"),
        msg("Nothing, it's fine"),
        msg("Not sure"),
    ),
    _p(
        "action-28",
        "reflective",
        msg("What could you two plan before the next family visit, so you can step in smoothly?"),
    ),
    _p(
        "action-29",
        "reflective",
        msg(
            "Think of someone who always steps in for others. What do they do that you could borrow?"
        ),
    ),
    _p(
        "action-30",
        "light",
        msg("Which small act of care could you do for {partner} this week without being asked?"),
    ),
    _p(
        "action-31",
        "playful",
        msg(
            "To rescue {partner} from a boring conversation, what made-up emergency would you use?"
        ),
    ),
    _p(
        "action-32",
        "reflective",
        msg("When {partner} is overwhelmed, what do you think helps more?"),
        msg("Taking a task off them"),
        msg("Sitting with them"),
        msg("Both"),
        msg("Giving them space"),
        msg("I'm not sure"),
    ),
    _p(
        "action-33",
        "light",
        msg(
            "Name one decision you could make for you both this week, "
            "so {partner} has one less thing to think about."
        ),
    ),
    _p(
        "action-34",
        "reflective",
        msg(
            "If someone criticises {partner} while they're not there, "
            "what could you say in that moment?"
        ),
    ),
    _p(
        "action-35",
        "deep",
        msg("What's one way you could show up for {partner} that would cost you a little comfort?"),
    ),
    _p(
        "action-36",
        "light",
        msg(
            "On a stressful morning for {partner}, what's one thing you could have ready for them?"
        ),
    ),
    _p(
        "action-37",
        "reflective",
        msg(
            "When {partner} is put on the spot with a question they'd rather not answer, "
            "how could you step in?"
        ),
    ),
    _p(
        "action-38",
        "light",
        msg("What would you most like to get better at, for {partner}'s sake?"),
        msg("Speaking up sooner"),
        msg("Noticing sooner"),
        msg("Staying calm"),
        msg("Finding the words"),
        msg("Following through"),
    ),
    _p(
        "action-39",
        "reflective",
        msg(
            "What's one thing you said you'd do for {partner} that you can follow through on "
            "this week?"
        ),
    ),
    _p(
        "action-40",
        "light",
        msg(
            "Make one small plan today that gives {partner} something to look forward to. "
            "What will you plan?"
        ),
        today=True,
    ),
    _p(
        "action-41",
        "reflective",
        msg(
            "When a family member gives {partner} advice they didn't ask for, what's a warm way for "
            "you to step in?"
        ),
    ),
    _p(
        "action-42",
        "playful",
        msg(
            "If a theme tune played whenever you came to {partner}'s rescue, which song would it be?"
        ),
    ),
    _p(
        "action-43",
        "deep",
        msg(
            "What's one conversation you've been putting off that would take weight off {partner}?"
        ),
    ),
    _p(
        "action-44",
        "light",
        msg("How could you protect {partner}'s rest this weekend?"),
    ),
    _p(
        "action-45",
        "reflective",
        msg("When a friend lets {partner} down, what could you do that evening?"),
    ),
    _p(
        "action-46",
        "reflective",
        msg(
            "If someone else takes credit for {partner}'s idea in a group, "
            "how could you give it back to them?"
        ),
    ),
    _p(
        "action-47",
        "light",
        msg("What's a small errand you could run for {partner} before they have to ask?"),
    ),
    _p(
        "action-48",
        "reflective",
        msg("If a pushy guest corners {partner} at a party, what's your rescue line?"),
    ),
    _p(
        "action-49",
        "deep",
        msg(
            "When {partner} is ill, scared or waiting on worrying news, "
            "what does showing up look like for you?"
        ),
    ),
    _p(
        "action-50",
        "light",
        msg("At your next social event together, what will you try?"),
        msg("Stay nearer to them"),
        msg("Check in halfway"),
        msg("Back up their stories"),
        msg("Offer an early exit"),
        msg("Just be myself"),
    ),
    _p(
        "action-51",
        "reflective",
        msg("What has {partner} mentioned wanting help with that you could start on this week?"),
    ),
    _p(
        "action-52",
        "playful",
        msg("You're {partner}'s bodyguard for one night out. What's the first rule you'd enforce?"),
    ),
    _p(
        "action-53",
        "light",
        msg(
            "Which day this week might be heaviest for {partner}, and what could you do on that day?"
        ),
    ),
    _p(
        "action-54",
        "reflective",
        msg(
            "When {partner} stumbles over words in front of others, "
            "how could you help without taking over?"
        ),
    ),
)

localize_module(__name__)

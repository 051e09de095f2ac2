"""Step 4, Check In: ask how it landed for them."""

from __future__ import annotations

from typing import Final

from flows.content.prompts.model import Prompt, Tone
from flows.i18n import localize_module, msg


def _p(key: str, tone: Tone, text: str, *choices: str, today: bool = False) -> Prompt:
    return Prompt(key, "checkin", tone, text, tuple(choices), today)


PROMPTS: Final[tuple[Prompt, ...]] = (
    _p(
        "checkin-01",
        "light",
        msg(
            "Think of something you did for {partner} recently. Ask them today: "
            '"Did that help?" What will you ask about?'
        ),
        today=True,
    ),
    _p(
        "checkin-02",
        "reflective",
        msg(
            "Even when you think you nailed it, checking in is another moment of connection. "
            "Which moment this week could you ask {partner} about?"
        ),
    ),
    _p(
        "checkin-03",
        "light",
        msg('When did you last ask {partner}: "Was there something more I could have done?"'),
        msg("This week"),
        msg("This month"),
        msg("A while ago"),
        msg("Not yet"),
    ),
    _p(
        "checkin-04",
        "light",
        msg(
            "Write the check-in question that feels most natural for you to ask {partner}. "
            "Keep it short."
        ),
    ),
    _p(
        "checkin-05",
        "reflective",
        msg("What's something {partner} told you when you checked in that you didn't expect?"),
    ),
    _p(
        "checkin-06",
        "light",
        msg("How does {partner} usually respond when you check in?"),
        msg("They open up"),
        msg("They say it's fine"),
        msg("They seem surprised"),
        msg("I haven't tried yet"),
    ),
    _p(
        "checkin-07",
        "deep",
        msg(
            "Checking in is about their experience, not your intention. "
            "What did you mean well lately that might have landed differently?"
        ),
    ),
    _p(
        "checkin-08",
        "light",
        msg(
            'Pick a calm moment today to ask {partner}: "Anything I could do differently '
            'next time?" When could you do that?'
        ),
        today=True,
    ),
    _p(
        "checkin-09",
        "reflective",
        msg("What, if anything, makes checking in feel awkward for you?"),
    ),
    _p(
        "checkin-10",
        "deep",
        msg(
            "Think of a moment you wish {partner} had checked in with you about. "
            "How could you tell them, kindly?"
        ),
    ),
    _p(
        "checkin-11",
        "light",
        msg(
            "After your last group dinner, what could you ask {partner} about how it was for them?"
        ),
    ),
    _p(
        "checkin-12",
        "reflective",
        msg("What's a check-in question you'd love {partner} to ask you after a hard day?"),
    ),
    _p(
        "checkin-13",
        "light",
        msg("When do you think is the best time to check in with {partner} after a tough moment?"),
        msg("Right away"),
        msg("On the way home"),
        msg("Once we're home"),
        msg("The next day"),
        msg("I'm not sure"),
    ),
    _p(
        "checkin-14",
        "reflective",
        msg(
            "Think of the last time you stepped in for {partner}. How do you think it landed for them?"
        ),
    ),
    _p(
        "checkin-15",
        "light",
        msg(
            "Ask {partner} one open question today about their day, not a yes-or-no one. "
            "What will you ask?"
        ),
        today=True,
    ),
    _p(
        "checkin-16",
        "deep",
        msg("What's one way you help that {partner} might not actually want? You could ask them."),
    ),
    _p(
        "checkin-17",
        "reflective",
        msg(
            "After a family visit, what question could you ask to help {partner} talk about how it "
            "went?"
        ),
    ),
    _p(
        "checkin-18",
        "light",
        msg("Where do you most like to check in with {partner}?"),
        msg("By message"),
        msg("On a walk"),
        msg("Over a cuppa"),
        msg("In the car"),
        msg("Before sleep"),
    ),
    _p(
        "checkin-19",
        "reflective",
        msg('When {partner} says "I\'m fine" after a hard moment, what could you ask next?'),
    ),
    _p(
        "checkin-20",
        "deep",
        msg("Which older moment have you never checked in with {partner} about?"),
    ),
    _p(
        "checkin-21",
        "playful",
        msg(
            'Invent a silly code word for "can we talk about how that went?" after a party. '
            "What would you pick?"
        ),
    ),
    _p(
        "checkin-22",
        "light",
        msg("What would you like {partner} to ask you after a work event or a party?"),
    ),
    _p(
        "checkin-23",
        "reflective",
        msg('If {partner} told you "that didn\'t really help", how would you like to respond?'),
    ),
    _p(
        "checkin-24",
        "deep",
        msg(
            "When {partner} gives you honest feedback, what helps you listen without "
            "defending yourself?"
        ),
    ),
    _p(
        "checkin-25",
        "light",
        msg(
            'Pick one small thing from this week and ask {partner}: "Was that okay for you?" '
            "What will you ask about?"
        ),
    ),
    _p(
        "checkin-26",
        "reflective",
        msg(
            "Before the next family visit, what could you ask {partner} about the support they'd like?"
        ),
    ),
    _p(
        "checkin-27",
        "light",
        msg("After a tense moment, what do you think {partner} usually wants first?"),
        msg("To talk it through"),
        msg("Some quiet"),
        msg("A hug"),
        msg("A distraction"),
        msg("I should ask them"),
    ),
    _p(
        "checkin-28",
        "reflective",
        msg(
            "What's a check-in you could do without words, like a squeeze of the hand across a table?"
        ),
    ),
    _p(
        "checkin-29",
        "playful",
        msg(
            "If you two did a post-match interview after every party, "
            "what would your first question to {partner} be?"
        ),
    ),
    _p(
        "checkin-30",
        "deep",
        msg(
            "Think of a time {partner} checked in with you and it really helped. What did they do?"
        ),
    ),
    _p(
        "checkin-31",
        "light",
        msg(
            'Ask {partner} today: "Anything I can take off your plate?" '
            "What do you think they'll say?"
        ),
        today=True,
    ),
    _p(
        "checkin-32",
        "reflective",
        msg(
            "What's one question you could ask that helps {partner} open up, "
            'rather than just say "fine"?'
        ),
    ),
    _p(
        "checkin-33",
        "light",
        msg(
            "How often would you like to check in with {partner} about how you're doing as a team?"
        ),
        msg("Every day"),
        msg("Once a week"),
        msg("After big moments"),
        msg("When it comes up"),
        msg("Not sure yet"),
    ),
    _p(
        "checkin-34",
        "reflective",
        msg(
            "Think of a moment you think you handled well. "
            "How could you check that {partner} saw it the same way?"
        ),
    ),
    _p(
        "checkin-35",
        "deep",
        msg(
            "What would you like {partner} to know they can always tell you, "
            "even if it's hard to hear?"
        ),
    ),
    _p(
        "checkin-36",
        "light",
        msg(
            "Send {partner} a one-line check-in about something they mentioned this week. "
            "What will you write?"
        ),
    ),
    _p(
        "checkin-37",
        "reflective",
        msg(
            "At the end of a stressful week for {partner}, what's the best question you could ask?"
        ),
    ),
    _p(
        "checkin-38",
        "reflective",
        msg("When you check in and {partner} doesn't want to talk yet, what do you usually do?"),
        msg("Give them space"),
        msg("Ask again later"),
        msg("Stay close quietly"),
        msg("Keep asking"),
        msg("Not sure"),
    ),
    _p(
        "checkin-39",
        "light",
        msg(
            "What's one thing you'd like to check in with {partner} about this weekend, big or small?"
        ),
    ),
    _p(
        "checkin-40",
        "deep",
        msg('What\'s hardest for you about hearing "you could have done more"?'),
    ),
    _p(
        "checkin-41",
        "playful",
        msg(
            "If you could check in with {partner} using a single emoji right now, which would it be?"
        ),
    ),
    _p(
        "checkin-42",
        "reflective",
        msg(
            "After some teasing from friends, what could you ask {partner} to find out if it stung?"
        ),
    ),
    _p(
        "checkin-43",
        "light",
        msg("Which part of your day has room for a two-minute check-in?"),
        msg("Breakfast"),
        msg("On the way home"),
        msg("Over dinner"),
        msg("Before sleep"),
        msg("On a walk"),
    ),
    _p(
        "checkin-44",
        "reflective",
        msg("When you check in, how could you listen first and hold back the fixes?"),
    ),
    _p(
        "checkin-45",
        "light",
        msg(
            "Ask {partner} today how something they were looking forward to turned out. "
            "What will you ask about?"
        ),
        today=True,
    ),
    _p(
        "checkin-46",
        "deep",
        msg("What's something you've wondered whether {partner} is okay with, but never asked?"),
    ),
    _p(
        "checkin-47",
        "reflective",
        msg(
            "After a work event together, what could you ask {partner} about how you did as a team?"
        ),
    ),
    _p(
        "checkin-48",
        "light",
        msg("Which do you think {partner} would rather hear after a hard day?"),
        msg('"How was it, really?"'),
        msg('"Talk or rest?"'),
        msg('"What do you need?"'),
        msg('"I\'m here."'),
        msg("Not sure"),
    ),
    _p(
        "checkin-49",
        "reflective",
        msg("How could you check in after a disagreement so it feels like teamwork, not a replay?"),
    ),
    _p(
        "checkin-50",
        "playful",
        msg(
            "If you ran a one-question survey after each family visit, what would you ask {partner}?"
        ),
    ),
    _p(
        "checkin-51",
        "reflective",
        msg("What's a sign that {partner} would like you to check in, even if they don't ask?"),
    ),
    _p(
        "checkin-52",
        "deep",
        msg(
            "When you check in and hear something hard, how do you show {partner} it was safe to say?"
        ),
    ),
    _p(
        "checkin-53",
        "light",
        msg("Which small thing {partner} handled this week could you ask them about?"),
    ),
    _p(
        "checkin-54",
        "reflective",
        msg("When you're the one who was hurt, how would you like {partner} to check in?"),
    ),
)

localize_module(__name__)

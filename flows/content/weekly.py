"""Texts for the weekly look back (flows/weekly.py) and its picture card.

Warm and brief, spoken to "you both". Counts appear only for what happened
(never "0 of 7", never a streak). Placeholders use str.format names;
``{partner}`` is a first name or "your partner" and never starts a sentence.
"""

from __future__ import annotations

from typing import Final

# The five steps, in order, by the keys the week's facts use.
STEP_NAMES: Final = {
    "read": "Read the Moment",
    "side": "Take Their Side",
    "action": "Take Action",
    "checkin": "Check In",
    "reinforce": "Reinforce",
}

# --- the message -----------------------------------------------------------------
HEADER: Final = "🗓 Your week with {partner}, {dates}"
HEADER_SOLO: Final = "🗓 Your week, {dates}"
# In the couple's group (with /groupprompts on): about both of them, to both.
HEADER_SHARED: Final = "🗓 {me} and {partner}'s week, {dates}"

STEPS_TOGETHER: Final = "Together you practised {steps}."
STEPS_SOLO: Final = "You practised {steps}."
ALL_FIVE_TOGETHER: Final = (
    "Together you practised all five steps, from Read the Moment to Reinforce. "
    "That's what having each other's back looks like."
)
ALL_FIVE_SOLO: Final = "You practised all five steps, from Read the Moment to Reinforce."
AND: Final = " and "
COMMA: Final = ", "

DAILY_ONE: Final = "You both answered the daily question on one day."
DAILY_SOME: Final = "You both answered the daily question on {n} days."
DAILY_EVERY: Final = "You both answered the daily question every day this week."
JOURNAL_ONE: Final = "You answered the daily question on one day."
JOURNAL_SOME: Final = "You answered the daily question on {n} days."
JOURNAL_EVERY: Final = "You answered the daily question every day this week."

CHECKIN_HELPED_ONE: Final = "A check-in came back with “it helped” 💛"
CHECKIN_HELPED_SOME: Final = "{n} check-ins came back with “it helped” 💛"
CHECKIN_MORE: Final = "A check-in came back asking for a little more. That's useful to know."

REQUEST_ACCEPTED: Final = (
    "One of you asked for something for next time, and it was taken up. That's teamwork."
)
REQUEST_SENT: Final = "One of you asked for something for next time. Asking clearly is a gift."

PLANNED: Final = "You planned ahead for something coming up."
QUIET: Final = "A quiet week, and that's okay. Some weeks are just full."

# "What made it hard to step in?" from /moment, as it reads in a sentence about the
# week (keys as in flows/content/moment.py HARD). The tip comes from moment.TIPS.
REASON: Final = "What got in the way most often: {reason}."
REASONS: Final = {
    "stress": "your own stress",
    "assumed": "assuming they could handle it",
    "conflict": "not wanting a scene in public",
    "unseen": "not seeing it was time to act",
}

SUGGESTION: Final = "For next week: {text}"
# One suggestion per week, chosen from the facts (flows/weekly.py suggestion_for).
# Each has the message wording and a short line for the picture card.
SUGGESTIONS: Final = {
    "start_small": (
        "if a moment comes up, /moment is there. Or simply tell {partner} "
        "“I've always got your back.”",
        "Say it: “I've always got your back.”",
    ),
    "check_in": (
        "after you step in, ask {partner} “Did that help?”",
        "After you step in, ask “Did that help?”",
    ),
    "ask_more": (
        "ask {partner} what would help most next time, then try that.",
        "Ask what would help most next time.",
    ),
    "reinforce": (
        "close the loop. Tell {partner} “I've always got your back.”",
        "Close the loop: “I've always got your back.”",
    ),
    "read": (
        "watch for the small signals: a look, a tone, {partner} going quiet. "
        "That's where Read the Moment begins.",
        "Watch for the small signals.",
    ),
    "daily": (
        "answer the daily question together on a day or two. It's a small way in.",
        "Answer a daily question together.",
    ),
    "prepare": (
        "something coming up? /prepare helps you agree on a private signal beforehand.",
        "Plan a private signal with /prepare.",
    ),
    "keep_going": (
        "keep noticing and stepping in. Small moves count.",
        "Keep noticing. Small moves count.",
    ),
}

# Why it matters, in the seed's terms; one of these appears every other week.
WHY: Final = (
    "Why it matters: knowing you have each other is what makes home feel safe.",
    "Why it matters: in the messy moments, neither of you has to be alone.",
    "Love is a verb: what you do is what the other one feels.",
)

# --- dates ---------------------------------------------------------------------------
MONTHS: Final = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)
WEEKDAYS: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
RANGE_SAME_MONTH: Final = "{d1}–{d2} {m2}"
RANGE_MONTHS: Final = "{d1} {m1} – {d2} {m2}"
RANGE_YEARS: Final = "{d1} {m1} {y1} – {d2} {m2} {y2}"
WITH_YEAR: Final = "{range} {year}"

# --- the picture card ------------------------------------------------------------------
# Under the picture sent after the weekly message.
CARD_CAPTION: Final = "Your week in one picture. /weekly card off if you'd rather not get it."
CARD_KICKER: Final = "OUR WEEK"
CARD_KICKER_SOLO: Final = "MY WEEK"
CARD_NAMES: Final = "{me} & {partner}"
CARD_STEPS_TITLE: Final = "The five steps"
CARD_DAYS_TITLE: Final = "Daily question, both answered"
CARD_DAYS_TITLE_SOLO: Final = "Daily question answered"
CARD_NEXT: Final = "Next week"
# Where each step name may break onto a second line on the card.
CARD_STEP_LINES: Final = {
    "read": ("Read the", "Moment"),
    "side": ("Take", "Their Side"),
    "action": ("Take", "Action"),
    "checkin": ("Check", "In"),
    "reinforce": ("Reinforce",),
}

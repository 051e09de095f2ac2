"""Texts for the weekly look back (flows/weekly.py) and its picture card.

Warm and brief, spoken to "you both". Counts appear only for what happened
(never "0 of 7", never a streak). Placeholders use str.format names;
``{partner}`` is a first name or "your partner" and never starts a sentence.
"""

from __future__ import annotations

from typing import Final

from flows.i18n import localize_module, msg, plural

# --- the message -----------------------------------------------------------------
HEADER: Final = msg("🗓 Your week with {partner}, {dates}")
HEADER_SOLO: Final = msg("🗓 Your week, {dates}")
# In the couple's group (with /groupprompts on): about both of them, to both.
HEADER_SHARED: Final = msg("🗓 {me} and {partner}'s week, {dates}")

STEPS_TOGETHER: Final = msg("Together you practised {steps}.")
STEPS_SOLO: Final = msg("You practised {steps}.")
ALL_FIVE_TOGETHER: Final = msg(
    "Together you practised all five steps, from Read the Moment to Reinforce. "
    "That's what having each other's back looks like."
)
ALL_FIVE_SOLO: Final = msg("You practised all five steps, from Read the Moment to Reinforce.")
AND: Final = msg(" and ")
COMMA: Final = ", "

DAILY_ONE: Final = msg("You both answered the daily question on one day.")
DAILY_SOME: Final = plural(
    "You both answered the daily question on {n} day.",
    "You both answered the daily question on {n} days.",
)
DAILY_EVERY: Final = msg("You both answered the daily question every day this week.")
JOURNAL_ONE: Final = msg("You answered the daily question on one day.")
JOURNAL_SOME: Final = plural(
    "You answered the daily question on {n} day.", "You answered the daily question on {n} days."
)
JOURNAL_EVERY: Final = msg("You answered the daily question every day this week.")

CHECKIN_HELPED_ONE: Final = msg("A check-in came back with “it helped” 💛")
CHECKIN_HELPED_SOME: Final = plural(
    "{n} check-in came back with “it helped” 💛", "{n} check-ins came back with “it helped” 💛"
)
CHECKIN_MORE: Final = msg("A check-in came back asking for a little more. That's useful to know.")

REQUEST_ACCEPTED: Final = msg(
    "One of you asked for something for next time, and it was taken up. That's teamwork."
)
REQUEST_SENT: Final = msg("One of you asked for something for next time. Asking clearly is a gift.")

PLANNED: Final = msg("You planned ahead for something coming up.")
QUIET: Final = msg("A quiet week, and that's okay. Some weeks are just full.")

# "What made it hard to step in?" from /moment, as it reads in a sentence about the
# week (keys as in flows/content/moment.py HARD). The tip comes from moment.TIPS.
REASON: Final = msg("What got in the way most often: {reason}.")
REASONS: Final = {
    "stress": msg("your own stress"),
    "assumed": msg("assuming they could handle it"),
    "conflict": msg("not wanting a scene in public"),
    "unseen": msg("not seeing it was time to act"),
}

SUGGESTION: Final = msg("For next week: {text}")
# One suggestion per week, chosen from the facts (flows/week_facts.py suggestion_for).
# Each has the message wording and a short line for the picture card.
SUGGESTIONS: Final = {
    "start_small": (
        msg(
            "if a moment comes up, /moment is there. Or simply tell {partner} "
            "“I've always got your back.”"
        ),
        msg("Say it: “I've always got your back.”"),
    ),
    "check_in": (
        msg("after you step in, ask {partner} “Did that help?”"),
        msg("After you step in, ask “Did that help?”"),
    ),
    "ask_more": (
        msg("ask {partner} what would help most next time, then try that."),
        msg("Ask what would help most next time."),
    ),
    "reinforce": (
        msg("close the loop. Tell {partner} “I've always got your back.”"),
        msg("Close the loop: “I've always got your back.”"),
    ),
    "read": (
        msg(
            "watch for the small signals: a look, a tone, {partner} going quiet. "
            "That's where Read the Moment begins."
        ),
        msg("Watch for the small signals."),
    ),
    "daily": (
        msg("answer the daily question together on a day or two. It's a small way in."),
        msg("Answer a daily question together."),
    ),
    "prepare": (
        msg("something coming up? /prepare helps you agree on a private signal beforehand."),
        msg("Plan a private signal with /prepare."),
    ),
    "keep_going": (
        msg("keep noticing and stepping in. Small moves count."),
        msg("Keep noticing. Small moves count."),
    ),
}

# Why it matters, in the seed's terms; one of these appears every other week.
WHY: Final = (
    msg("Why it matters: knowing you have each other is what makes home feel safe."),
    msg("Why it matters: in the messy moments, neither of you has to be alone."),
    msg("Love is a verb: what you do is what the other one feels."),
)

# --- dates ---------------------------------------------------------------------------
RANGE_SAME_MONTH: Final = msg("{d1}–{d2} {m2}")
RANGE_MONTHS: Final = msg("{d1} {m1} – {d2} {m2}")
RANGE_YEARS: Final = msg("{d1} {m1} {y1} – {d2} {m2} {y2}")
WITH_YEAR: Final = msg("{range} {year}")

# --- the picture card ------------------------------------------------------------------
# Under the picture sent after the weekly message.
CARD_CAPTION: Final = msg("Your week in one picture. /weekly card off if you'd rather not get it.")
CARD_KICKER: Final = msg("OUR WEEK")
CARD_KICKER_SOLO: Final = msg("MY WEEK")
CARD_NAMES: Final = msg("{me} & {partner}")
CARD_STEPS_TITLE: Final = msg("The five steps")
CARD_DAYS_TITLE: Final = msg("Daily question, both answered")
CARD_DAYS_TITLE_SOLO: Final = msg("Daily question answered")
CARD_NEXT: Final = msg("Next week")

localize_module(__name__)

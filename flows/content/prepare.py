"""Texts for /prepare: planning together before a moment that might be hard.

Placeholders use str.format names. ``{partner}`` never starts a sentence; ``{ref}``
is how you'd name your partner to others ("Ben" / "my partner"). Texts are HTML:
whatever is filled in arrives escaped.
"""

from __future__ import annotations

from typing import Final

from flows.i18n import localize_module, msg

# The steps before the five: unnumbered, so the five keep their own numbers.
LOOK_AHEAD: Final = msg("Look Ahead")

WHAT: Final = msg("What's coming up? A dinner, a visit, a tough meeting… A few words is plenty.")
WHEN: Final = msg(
    "When is it? A day and a time, like <i>Saturday 19:00</i>, <i>tomorrow 8pm</i> "
    "or <i>the 14th at 7pm</i>."
)
WHEN_UNREADABLE: Final = msg(
    "I couldn't read that as a day and time. Try <i>Saturday 19:00</i>, "
    "<i>tomorrow 8pm</i> or <i>the 14th at 7pm</i>."
)
WHEN_PASSED: Final = msg("That's already passed. When is the next one?")
WHEN_FAR: Final = msg("That's more than a year away. Which day did you mean?")
DAY_Q: Final = msg("Which day is that, at {time}?")
DAY_UNREADABLE: Final = msg("I couldn't read that as a day. Tap one, or type <i>Saturday</i>.")
TODAY: Final = msg("Today")
TOMORROW: Final = msg("Tomorrow")
# Later days on the buttons: "Sat 15".
DAY_BUTTON: Final = msg("{weekday} {day}")
TIME_Q: Final = msg("What time does it start on {day}? Like <i>19:00</i> or <i>7pm</i>.")
TIME_UNREADABLE: Final = msg("I couldn't read that as a time. Try <i>19:00</i> or <i>7pm</i>.")
SET_FOR: Final = msg("Got it: {when}.")

RISK: Final = msg("What might happen that could be hard for {partner}, or for you?")
SIGNALS_Q: Final = msg(
    "Which signals will tell you {partner} needs you? Tap all that fit, then Done."
)
SIGNALS: Final = (
    ("body", msg("Body language")),
    ("tone", msg("Tone of voice")),
    ("quiet", msg("Going quiet")),
    ("dismissed", msg("Being talked over")),
    ("overwhelm", msg("Seeming overwhelmed")),
)
SIDE_Q: Final = msg(
    "If it gets hard, what could you say to stand with {partner}? "
    "Disagreeing can wait until you're alone."
)
# (value, button label, what you'd say): labels carry no name, so they always fit.
SIDE: Final = (
    ("with", msg("I'm with them on this"), msg("I'm with {ref} on this.")),
    ("finish", msg("Let them finish"), msg("Hang on, let {ref} finish.")),
    ("later", msg("We'll talk it over"), msg("We'll talk it over at home.")),
)
CODE_Q: Final = msg("Agree on a private signal that means “I need you”. Which one?")
CODES: Final = (
    ("squeeze", msg("A squeeze of the hand")),
    ("word", msg("A code word")),
    ("look", msg("A look we both know")),
    ("touch", msg("A touch on the arm")),
)
WORD_Q: Final = msg(
    "Which word? One you'd both remember and nobody else would notice, like <i>pineapple</i>."
)
PLAN_Q: Final = msg(
    "When the signal comes, what will you do? For example: "
    "<i>I'll step closer and change the subject.</i>"
)
END_Q: Final = msg(
    "About when will it be over? I'll check in with you then. Type a time like 22:00."
)
END_BUTTONS: Final = (("h2", msg("About 2 hours")), ("h3", msg("About 3 hours")))
END_BEFORE_START: Final = msg("That's before it starts ({start}). When will it be over?")
SHARE_Q: Final = msg(
    "Want to share the plan with {partner}? Here's exactly what they'd get:\n\n{message}"
)

# --- the plan, as both partners read it (flows/shared_plan.py) -----------------------
PLAN_TITLE: Final = msg("Our plan for: {what}")
PLAN_WHEN: Final = msg("When: {when}")
PLAN_WATCH: Final = msg("Watch for: {value}")
PLAN_SIDE: Final = msg("If it gets hard: {value}")
PLAN_SIGNAL: Final = msg("Our signal: {value}")
PLAN_WORD: Final = msg("the word “{word}”")
PLAN_DO: Final = msg("What I'll do: {value}")
PLAN_ENDS: Final = msg("Over around {when}. Let's check in after.")

PLAN_DELIVERY: Final = msg("{name} shared a plan with you:")
PLAN_OK: Final = msg("👍 Sounds good")
PLAN_ADD: Final = msg("Add my part")
PLAN_OK_TOLD: Final = msg("{name} is in: 👍 Sounds good.")
PLAN_OK_ACK: Final = msg("Great. I'll remind you both on the day.")

# --- the partner's part ------------------------------------------------------------
PART_HEADER: Final = msg("Your part")
PART_Q: Final = msg("When the signal comes, what will you do? {partner} will see it.")
PART_DELIVERY: Final = msg("{name}'s part of the plan for <i>{what}</i>:\n{text}")
PART_SENT: Final = msg("Sent ✓ You're both set.")

# --- on the day ----------------------------------------------------------------------
REMINDER: Final = msg("<b>Today at {time}: {what}</b>")
REMINDER_PARTNER: Final = msg("<b>Today at {time}: {what}</b> ({name}'s plan with you)")
REMINDER_SIGNAL: Final = msg("Your signal: {value}")
REMINDER_SIDE: Final = msg("If it gets hard: {value}")
REMINDER_CLOSE: Final = msg("You've got each other's back.")

SHARED: Final = msg("Shared ✓ I'll remind you both on the day.")
CHECK_IN_AT: Final = msg("I'll check in with you {when}.")
SOLO_TIP: Final = msg(
    "Plans work best together. Invite your partner with /invite to share the next one."
)

localize_module(__name__)

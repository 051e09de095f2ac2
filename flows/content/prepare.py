"""Texts for /prepare: planning together before a moment that might be hard.

Placeholders use str.format names. ``{partner}`` never starts a sentence; ``{ref}``
is how you'd name your partner to others ("Ben" / "my partner"). Texts are HTML:
whatever is filled in arrives escaped.
"""

from __future__ import annotations

from typing import Final

# The steps before the five: unnumbered, so the five keep their own numbers.
LOOK_AHEAD: Final = "Look Ahead"

WHAT: Final = "What's coming up? A dinner, a visit, a tough meeting… A few words is plenty."
WHEN: Final = (
    "When is it? A day and a time, like <i>Saturday 19:00</i>, <i>tomorrow 8pm</i> "
    "or <i>the 14th at 7pm</i>."
)
WHEN_UNREADABLE: Final = (
    "I couldn't read that as a day and time. Try <i>Saturday 19:00</i>, "
    "<i>tomorrow 8pm</i> or <i>the 14th at 7pm</i>."
)
WHEN_PASSED: Final = "That's already passed. When is the next one?"
WHEN_FAR: Final = "That's more than a year away. Which day did you mean?"
DAY_Q: Final = "Which day is that, at {time}?"
DAY_UNREADABLE: Final = "I couldn't read that as a day. Tap one, or type <i>Saturday</i>."
TODAY: Final = "Today"
TOMORROW: Final = "Tomorrow"
# Later days on the buttons: "Sat 15".
DAY_BUTTON: Final = "{weekday} {day}"
WEEKDAYS_SHORT: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
TIME_Q: Final = "What time does it start on {day}? Like <i>19:00</i> or <i>7pm</i>."
TIME_UNREADABLE: Final = "I couldn't read that as a time. Try <i>19:00</i> or <i>7pm</i>."
SET_FOR: Final = "Got it: {when}."

RISK: Final = "What might happen that could be hard for {partner}, or for you?"
SIGNALS_Q: Final = "Which signals will tell you {partner} needs you? Tap all that fit, then Done."
SIGNALS: Final = (
    ("body", "Body language"),
    ("tone", "Tone of voice"),
    ("quiet", "Going quiet"),
    ("dismissed", "Being talked over"),
    ("overwhelm", "Seeming overwhelmed"),
)
SIDE_Q: Final = (
    "If it gets hard, what could you say to stand with {partner}? "
    "Disagreeing can wait until you're alone."
)
# (value, button label, what you'd say): labels carry no name, so they always fit.
SIDE: Final = (
    ("with", "I'm with them on this", "I'm with {ref} on this."),
    ("finish", "Let them finish", "Hang on, let {ref} finish."),
    ("later", "We'll talk it over", "We'll talk it over at home."),
)
CODE_Q: Final = "Agree on a private signal that means “I need you”. Which one?"
CODES: Final = (
    ("squeeze", "A squeeze of the hand"),
    ("word", "A code word"),
    ("look", "A look we both know"),
    ("touch", "A touch on the arm"),
)
WORD_Q: Final = (
    "Which word? One you'd both remember and nobody else would notice, like <i>pineapple</i>."
)
PLAN_Q: Final = (
    "When the signal comes, what will you do? For example: "
    "<i>I'll step closer and change the subject.</i>"
)
END_Q: Final = "About when will it be over? I'll check in with you then. Type a time like 22:00."
END_BUTTONS: Final = (("h2", "About 2 hours"), ("h3", "About 3 hours"))
END_BEFORE_START: Final = "That's before it starts ({start}). When will it be over?"
SHARE_Q: Final = (
    "Want to share the plan with {partner}? Here's exactly what they'd get:\n\n{message}"
)

# --- the plan, as both partners read it (flows/shared_plan.py) -----------------------
PLAN_TITLE: Final = "Our plan for: {what}"
PLAN_WHEN: Final = "When: {when}"
PLAN_WATCH: Final = "Watch for: {value}"
PLAN_SIDE: Final = "If it gets hard: {value}"
PLAN_SIGNAL: Final = "Our signal: {value}"
PLAN_WORD: Final = "the word “{word}”"
PLAN_DO: Final = "What I'll do: {value}"
PLAN_ENDS: Final = "Over around {when}. Let's check in after."

PLAN_DELIVERY: Final = "{name} shared a plan with you:"
PLAN_OK: Final = "👍 Sounds good"
PLAN_ADD: Final = "Add my part"
PLAN_OK_TOLD: Final = "{name} is in: 👍 Sounds good."
PLAN_OK_ACK: Final = "Great. I'll remind you both on the day."

# --- the partner's part ------------------------------------------------------------
PART_HEADER: Final = "Your part"
PART_Q: Final = "When the signal comes, what will you do? {partner} will see it."
PART_DELIVERY: Final = "{name}'s part of the plan for <i>{what}</i>:\n{text}"
PART_SENT: Final = "Sent ✓ You're both set."

# --- on the day ----------------------------------------------------------------------
REMINDER: Final = "<b>Today at {time}: {what}</b>"
REMINDER_PARTNER: Final = "<b>Today at {time}: {what}</b> ({name}'s plan with you)"
REMINDER_SIGNAL: Final = "Your signal: {value}"
REMINDER_SIDE: Final = "If it gets hard: {value}"
REMINDER_CLOSE: Final = "You've got each other's back."

SHARED: Final = "Shared ✓ I'll remind you both on the day."
CHECK_IN_AT: Final = "I'll check in with you {when}."
SOLO_TIP: Final = (
    "Plans work best together. Invite your partner with /invite to share the next one."
)

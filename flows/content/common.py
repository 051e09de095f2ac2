"""Texts shared by every flow: buttons, notices, the engine's own questions, summaries.

Kept apart from the logic so a copy editor can work here alone. Placeholders use
str.format names. ``{partner}`` is the partner's first name or "your partner", so
it never starts a sentence.
"""

from __future__ import annotations

from typing import Final

from flows.i18n import localize_module, msg
from flows.practice import PracticeStep

# --- the five steps ----------------------------------------------------------
PRACTICE_STEPS: Final[dict[PracticeStep, str]] = {
    PracticeStep.READ: msg("Read the Moment"),
    PracticeStep.SIDE: msg("Take Their Side"),
    PracticeStep.ACTION: msg("Take Action"),
    PracticeStep.CHECK_IN: msg("Check In"),
    PracticeStep.REINFORCE: msg("Reinforce"),
}
# Where a step sits: "Step 2/5 · Take Their Side"; an aside follows after a dot.
STEP_HEADER: Final = msg("Step {number}/{total} · {title}")
HEADER_ASIDE: Final = msg("{header} · {aside}")

# --- buttons ---------------------------------------------------------------
BACK: Final = msg("← Back")
SKIP: Final = msg("Skip")
CANCEL: Final = msg("Cancel")
NOT_NOW: Final = msg("Not now")
DONE: Final = msg("Done")
SEND: Final = msg("Send")
SEND_PRIVATELY: Final = msg("Send privately")
SEND_TO_GROUP: Final = msg("Send to our group")
SEND_NOW: Final = msg("Send now")
SEND_LATER: Final = msg("Send later")
EDIT: Final = msg("Edit")
KEEP: Final = msg("Keep it for me")
CHECKED: Final = "✓ "
CONTINUE: Final = msg("Continue")
START_FRESH: Final = msg("Start fresh")
CONTINUE_WHERE: Final = msg("Continue where I was")
START_OVER: Final = msg("Start over")
START_NEW: Final = msg("Start the new one")
YES_LETS: Final = msg("Yes, let's")
TOMORROW_9: Final = msg("Tomorrow at 9:00")

# Said once a flow, on the first question that takes one's own words as well as a tap.
TAP_OR_TYPE: Final = msg("<i>Tap one or type your own.</i>")
# A full phrasing listed above short buttons (flows.steps.Option.words).
PHRASING: Final = msg("• <i>“{words}”</i>")
# Under a question once answered: the choice, and its keyboard gone.
CHOSEN: Final = msg("<b>✓ {label}</b>")
NONE_CHOSEN: Final = DONE

# Labels that count as "a way out" of any keyboard.
WAY_OUT_LABELS: Final = frozenset({SKIP, CANCEL, NOT_NOW, msg("Stop here")})

# --- notices ---------------------------------------------------------------
STALE: Final = msg("That button belongs to an earlier step.")
STALE_NO_FLOW: Final = msg(
    "That button belongs to an earlier conversation. To walk through a moment, send /moment."
)
MEDIA: Final = msg("I can only read text here.")
MEDIA_NO_FLOW: Final = msg("I can only read text. To walk through a moment, send /moment.")
TOO_LONG: Final = msg("That was long, so I kept the first 1,000 characters.")
PICK_A_BUTTON: Final = msg("Tap one of the buttons below, please.")
EMPTY_TEXT: Final = msg("Type a few words, or use a button below.")
FIRST_STEP: Final = msg("This is the first step, so there's nothing to go back to.")
NO_GOING_BACK: Final = msg("That part is saved already, so there's no going back from here.")
NOTHING_TO_GO_BACK: Final = msg("Nothing is open right now. To start, send /moment.")
UNKNOWN_COMMAND: Final = msg("I don't know that command here.")

CANCELLED: Final = msg(
    "Okay, we'll leave it there. What you wrote in this one wasn't kept. "
    "Come back whenever you like with /moment."
)
NOTHING_TO_CANCEL: Final = msg("Nothing is open right now, so there's nothing to cancel.")

SWITCH: Final = msg(
    "You're in the middle of {title} ({where}). Carry on with it, or start {new} instead?"
)
SWITCH_SAME: Final = msg("You're in the middle of {title} ({where}). Carry on, or start over?")
IDLE: Final = msg("You were in the middle of {title} ({where}). Pick up where you left off?")

OFFER: Final = msg("Want to go through this moment together? I haven't kept what you wrote.")
OFFER_DECLINED: Final = msg(
    "Okay. I'm here when you want: /moment after a moment, /prepare before one."
)

FLOW_TITLES: Final = {
    "moment": msg("a moment reflection"),
    "reinforce": msg("a Reinforce message"),
    "prepare": msg("a plan for what's coming"),
    "checkin": msg("a Check In"),
    "checkin_answer": msg("your Check In answer"),
    "prepare_part": msg("your part of a plan"),
    "quiz": msg("the quiz"),
    "ask_more": msg("a question about today's answers"),
}
GETTING_STARTED: Final = msg("Getting started")
EDIT_ASIDE: Final = msg("Edit")

# --- a message for the partner: preview, edit, send ----------------------------
PREVIEW: Final = msg("Here's exactly what {partner} will get:\n\n{message}")
PREVIEW_SOLO: Final = msg(
    "Your partner isn't connected yet, so this stays with you. You can invite them "
    "with /invite.\n\n<i>“{text}”</i>"
)
KEPT: Final = msg("Kept in your reflection.")
NOT_NOW_ACK: Final = msg("Okay, not now.")

# --- times -----------------------------------------------------------------
TIME_UNREADABLE: Final = msg("I couldn't read that as a time. Try 18:30, 9pm or “tomorrow 9am”.")
TIME_PASSED: Final = msg("That time has already passed today. Try a later one, or add “tomorrow”.")
TODAY_AT: Final = msg("today at {time}")
TOMORROW_AT: Final = msg("tomorrow at {time}")
ON_DAY_AT: Final = msg("on {day} at {time}")
# Events a few days ahead: "on Saturday 15 March at 19:00".
TODAY: Final = msg("today")
TOMORROW: Final = msg("tomorrow")
AT_DAY: Final = msg("{day} at {time}")
ON_DAY_DATE_AT: Final = msg("on {day} at {time}")
DAY_DATE: Final = msg("{weekday} {day} {month}")
WEEKDAYS: Final = (
    msg("Monday"),
    msg("Tuesday"),
    msg("Wednesday"),
    msg("Thursday"),
    msg("Friday"),
    msg("Saturday"),
    msg("Sunday"),
)
# Short forms: lists of days ("Mon, Wed and Fri"), dates on buttons and the card.
WEEKDAYS_SHORT: Final = (
    msg("Mon"),
    msg("Tue"),
    msg("Wed"),
    msg("Thu"),
    msg("Fri"),
    msg("Sat"),
    msg("Sun"),
)
MONTHS_SHORT: Final = (
    msg("Jan"),
    msg("Feb"),
    msg("Mar"),
    msg("Apr"),
    msg("May"),
    msg("Jun"),
    msg("Jul"),
    msg("Aug"),
    msg("Sep"),
    msg("Oct"),
    msg("Nov"),
    msg("Dec"),
)
MONTHS: Final = (
    msg("January"),
    msg("February"),
    msg("March"),
    msg("April"),
    msg("May"),
    msg("June"),
    msg("July"),
    msg("August"),
    msg("September"),
    msg("October"),
    msg("November"),
    msg("December"),
)

# --- partner references ------------------------------------------------------
YOUR_PARTNER: Final = msg("your partner")
MY_PARTNER: Final = msg("my partner")
INVITE_HINT: Final = msg("Your partner isn't connected yet. You can invite them with /invite.")

# --- summaries (flows/reflections.py) ---------------------------------------
SUMMARY_SUPPORT_TITLE: Final = msg("📝 Your moment with {partner}")
SUMMARY_HURT_TITLE: Final = msg("📝 Your side of the moment")
SUMMARY_PREPARE_TITLE: Final = msg("📝 Your plan: {what}")
SUMMARY_OTHER_TITLE: Final = msg("📝 Your reflection")
SUMMARY_FOOTER: Final = msg("Saved to your /history. Only you can see it.")
# A line headed by one of the five steps ({step} is its name from PRACTICE_STEPS).
SUMMARY_STEP_LINE: Final = msg("{step}: {value}")
SUMMARY_STEP_QUOTE: Final = msg("{step}: “{value}”")
# Which summary lines are headed by a step.
SUMMARY_LINE_STEPS: Final = {
    "what": PracticeStep.READ,
    "side": PracticeStep.SIDE,
    "action": PracticeStep.ACTION,
    "checkin": PracticeStep.CHECK_IN,
    "reinforce": PracticeStep.REINFORCE,
}
SUMMARY_LINES: Final = {
    "what": SUMMARY_STEP_LINE,
    "signals": msg("You noticed: {value}"),
    "side": SUMMARY_STEP_QUOTE,
    "action": SUMMARY_STEP_LINE,
    "hard": msg("What made it hard: {value}"),
    "checkin": SUMMARY_STEP_LINE,
    "reinforce": SUMMARY_STEP_LINE,
    "hurt_what": msg("What happened: {value}"),
    "felt": msg("How it felt: {value}"),
    "helped": msg("What would have helped: {value}"),
    "request": msg("Your request: {value}"),
    "when": msg("When: {value}"),
    "risk": msg("Might happen: {value}"),
    "watch": msg("Watch for: {value}"),
    "signal": msg("Your signal: {value}"),
    "plan": msg("What you'll do: {value}"),
    "ends": msg("Ends: {value}"),
}
STATUS: Final = {
    "sent": msg("sent “{text}”"),
    "scheduled": msg("“{text}” goes out {when}"),
    "kept": msg("kept for you: “{text}”"),
    "not_now": msg("not now"),
}
SUMMARY_SHARED: Final = msg("Plan shared with {partner}.")

HISTORY_EMPTY: Final = msg(
    "No reflections yet. After a moment, try /moment. Before one, try /prepare."
)
HISTORY_KINDS: Final = {
    "moment_support": msg("Had {partner}'s back"),
    "moment_hurt": msg("Your side of a moment"),
    "prepare": msg("Plan"),
    "quiz": msg("Quiz"),
}
HISTORY_OTHER: Final = msg("Reflection")
HISTORY_LINE: Final = msg("{date} · {kind}: {what}")
HISTORY_LINE_BARE: Final = msg("{date} · {kind}")

localize_module(__name__)

"""Texts shared by every flow: buttons, notices, the engine's own questions, summaries.

Kept apart from the logic so a copy editor can work here alone. Placeholders use
str.format names. ``{partner}`` is the partner's first name or "your partner", so
it never starts a sentence.
"""

from __future__ import annotations

from typing import Final

from flows.practice import PracticeStep

# --- the five steps ----------------------------------------------------------
PRACTICE_STEPS: Final[dict[PracticeStep, str]] = {
    PracticeStep.READ: "Read the Moment",
    PracticeStep.SIDE: "Take Their Side",
    PracticeStep.ACTION: "Take Action",
    PracticeStep.CHECK_IN: "Check In",
    PracticeStep.REINFORCE: "Reinforce",
}
# Where a step sits: "Step 2/5 · Take Their Side"; an aside follows after a dot.
STEP_HEADER: Final = "Step {number}/{total} · {title}"
HEADER_ASIDE: Final = "{header} · {aside}"

# --- buttons ---------------------------------------------------------------
BACK: Final = "← Back"
SKIP: Final = "Skip"
CANCEL: Final = "Cancel"
NOT_NOW: Final = "Not now"
DONE: Final = "Done"
SEND: Final = "Send"
SEND_PRIVATELY: Final = "Send privately"
SEND_TO_GROUP: Final = "Send to our group"
SEND_NOW: Final = "Send now"
SEND_LATER: Final = "Send later"
EDIT: Final = "Edit"
KEEP: Final = "Keep it for me"
CHECKED: Final = "✓ "
CONTINUE: Final = "Continue"
START_FRESH: Final = "Start fresh"
CONTINUE_WHERE: Final = "Continue where I was"
START_OVER: Final = "Start over"
START_NEW: Final = "Start the new one"
YES_LETS: Final = "Yes, let's"
TOMORROW_9: Final = "Tomorrow at 9:00"

# Said once a flow, on the first question that takes one's own words as well as a tap.
TAP_OR_TYPE: Final = "<i>Tap one or type your own.</i>"
# A full phrasing listed above short buttons (flows.steps.Option.words).
PHRASING: Final = "• <i>“{words}”</i>"
# Under a question once answered: the choice, and its keyboard gone.
CHOSEN: Final = "<b>✓ {label}</b>"
NONE_CHOSEN: Final = DONE

# Labels that count as "a way out" of any keyboard.
WAY_OUT_LABELS: Final = frozenset({SKIP, CANCEL, NOT_NOW, "Stop here"})

# --- notices ---------------------------------------------------------------
STALE: Final = "That button belongs to an earlier step."
STALE_NO_FLOW: Final = (
    "That button belongs to an earlier conversation. To walk through a moment, send /moment."
)
MEDIA: Final = "I can only read text here."
MEDIA_NO_FLOW: Final = "I can only read text. To walk through a moment, send /moment."
TOO_LONG: Final = "That was long, so I kept the first 1,000 characters."
PICK_A_BUTTON: Final = "Tap one of the buttons below, please."
EMPTY_TEXT: Final = "Type a few words, or use a button below."
FIRST_STEP: Final = "This is the first step, so there's nothing to go back to."
NO_GOING_BACK: Final = "That part is saved already, so there's no going back from here."
NOTHING_TO_GO_BACK: Final = "Nothing is open right now. To start, send /moment."
UNKNOWN_COMMAND: Final = "I don't know that command here."

CANCELLED: Final = (
    "Okay, we'll leave it there. What you wrote in this one wasn't kept. "
    "Come back whenever you like with /moment."
)
NOTHING_TO_CANCEL: Final = "Nothing is open right now, so there's nothing to cancel."

SWITCH: Final = (
    "You're in the middle of {title} ({where}). Carry on with it, or start {new} instead?"
)
SWITCH_SAME: Final = "You're in the middle of {title} ({where}). Carry on, or start over?"
IDLE: Final = "You were in the middle of {title} ({where}). Pick up where you left off?"

OFFER: Final = "Want to go through this moment together? I haven't kept what you wrote."
OFFER_DECLINED: Final = "Okay. I'm here when you want: /moment after a moment, /prepare before one."

FLOW_TITLES: Final = {
    "moment": "a moment reflection",
    "reinforce": "a Reinforce message",
    "prepare": "a plan for what's coming",
    "checkin": "a Check In",
    "checkin_answer": "your Check In answer",
    "prepare_part": "your part of a plan",
    "quiz": "the quiz",
    "ask_more": "a question about today's answers",
}
GETTING_STARTED: Final = "Getting started"
EDIT_ASIDE: Final = "Edit"

# --- a message for the partner: preview, edit, send ----------------------------
PREVIEW: Final = "Here's exactly what {partner} will get:\n\n{message}"
PREVIEW_SOLO: Final = (
    "Your partner isn't connected yet, so this stays with you. You can invite them "
    "with /invite.\n\n<i>“{text}”</i>"
)
KEPT: Final = "Kept in your reflection."
NOT_NOW_ACK: Final = "Okay, not now."

# --- times -----------------------------------------------------------------
TIME_UNREADABLE: Final = "I couldn't read that as a time. Try 18:30, 9pm or “tomorrow 9am”."
TIME_PASSED: Final = "That time has already passed today. Try a later one, or add “tomorrow”."
TODAY_AT: Final = "today at {time}"
TOMORROW_AT: Final = "tomorrow at {time}"
ON_DAY_AT: Final = "on {day} at {time}"
# Events a few days ahead: "on Saturday 15 March at 19:00".
TODAY: Final = "today"
TOMORROW: Final = "tomorrow"
AT_DAY: Final = "{day} at {time}"
ON_DAY_DATE_AT: Final = "on {day} at {time}"
DAY_DATE: Final = "{weekday} {day} {month}"
WEEKDAYS: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
MONTHS: Final = (
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
)

# --- partner references ------------------------------------------------------
YOUR_PARTNER: Final = "your partner"
MY_PARTNER: Final = "my partner"
INVITE_HINT: Final = "Your partner isn't connected yet. You can invite them with /invite."

# --- summaries (flows/reflections.py) ---------------------------------------
SUMMARY_SUPPORT_TITLE: Final = "📝 Your moment with {partner}"
SUMMARY_HURT_TITLE: Final = "📝 Your side of the moment"
SUMMARY_PREPARE_TITLE: Final = "📝 Your plan: {what}"
SUMMARY_OTHER_TITLE: Final = "📝 Your reflection"
SUMMARY_FOOTER: Final = "Saved to your /history. Only you can see it."
SUMMARY_LINES: Final = {
    "what": PRACTICE_STEPS[PracticeStep.READ] + ": {value}",
    "signals": "You noticed: {value}",
    "side": PRACTICE_STEPS[PracticeStep.SIDE] + ": “{value}”",
    "action": PRACTICE_STEPS[PracticeStep.ACTION] + ": {value}",
    "hard": "What made it hard: {value}",
    "checkin": PRACTICE_STEPS[PracticeStep.CHECK_IN] + ": {value}",
    "reinforce": PRACTICE_STEPS[PracticeStep.REINFORCE] + ": {value}",
    "hurt_what": "What happened: {value}",
    "felt": "How it felt: {value}",
    "helped": "What would have helped: {value}",
    "request": "Your request: {value}",
    "when": "When: {value}",
    "risk": "Might happen: {value}",
    "watch": "Watch for: {value}",
    "signal": "Your signal: {value}",
    "plan": "What you'll do: {value}",
    "ends": "Ends: {value}",
}
STATUS: Final = {
    "sent": "sent “{text}”",
    "scheduled": "“{text}” goes out {when}",
    "kept": "kept for you: “{text}”",
    "not_now": "not now",
}
SUMMARY_SHARED: Final = "Plan shared with {partner}."

HISTORY_EMPTY: Final = "No reflections yet. After a moment, try /moment. Before one, try /prepare."
HISTORY_KINDS: Final = {
    "moment_support": "Had {partner}'s back",
    "moment_hurt": "Your side of a moment",
    "prepare": "Plan",
    "quiz": "Quiz",
}
HISTORY_OTHER: Final = "Reflection"
HISTORY_LINE: Final = "{date} · {kind}: {what}"
HISTORY_LINE_BARE: Final = "{date} · {kind}"

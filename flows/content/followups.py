"""Texts for messages that arrive later: follow-ups to the person, deliveries to the partner.

Placeholders use str.format names. ``{partner}`` never starts a sentence.
"""

from __future__ import annotations

from typing import Final

# --- follow-ups to the person who used a flow ---------------------------------
CHECKIN_REMINDER: Final = "Did you get a chance to check in with {partner}?"
CHECKIN_REMINDER_TEXT: Final = "You were going to ask: <i>“{text}”</i>"
CHECKIN_SEND_NOW: Final = "Send a check-in now"
CHECKIN_NOT_NOW_ACK: Final = "Okay. A check-in later still counts."

REINFORCE_NUDGE: Final = (
    "A short “I've always got your back” goes a long way. Want to send one to {partner}?"
)
REINFORCE_WRITE: Final = "Write it now"
REINFORCE_NOT_NOW_ACK: Final = "Okay. Another time."

PREPARE_FOLLOWUP: Final = "How did it go?"
PREPARE_FOLLOWUP_WHAT: Final = "How did it go?\n\nYour plan was for: <i>{what}</i>"
PREPARE_WELL: Final = "It went well"
PREPARE_SOMETHING: Final = "Something happened"
PREPARE_WELL_ACK: Final = (
    "Good to hear. Want to tell {partner} you noticed? /reinforce closes the loop."
)
PREPARE_NOT_NOW_ACK: Final = "Okay. If you want to look back at it later, send /moment."

NOT_NOW: Final = "Not now"

# --- deliveries to the partner --------------------------------------------------
# {text} (and {summary}) arrive as quote blocks: the sender's own words.
REINFORCE_DELIVERY: Final = "From {name}:\n{text}"
REQUEST_DELIVERY: Final = "{name} has a request for next time:\n{text}"
REQUEST_SUMMARY: Final = "What happened, as {name} saw it:\n{summary}"
REQUEST_OPEN: Final = "Talk it through with me"
REQUEST_NOT_NOW: Final = "Not now"
REQUEST_NOT_NOW_ACK: Final = "Okay. It's there when you're ready."

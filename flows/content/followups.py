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
PREPARE_FOLLOWUP_WHAT: Final = "How did it go?\n\nYour plan was for: {what}"
PREPARE_WELL: Final = "It went well"
PREPARE_SOMETHING: Final = "Something happened"
PREPARE_WELL_ACK: Final = (
    "Good to hear. Want to tell {partner} you noticed? /reinforce closes the loop."
)
PREPARE_NOT_NOW_ACK: Final = "Okay. If you want to look back at it later, send /moment."

NOT_NOW: Final = "Not now"

# --- deliveries to the partner --------------------------------------------------
# The sender's own words, set apart: <i>“…”</i>.
REINFORCE_DELIVERY: Final = "From {name}:\n\n<i>“{text}”</i>"
REPAIR_DELIVERY: Final = "From {name}:\n\n<i>“{text}”</i>"
REQUEST_DELIVERY: Final = "{name} has a request for next time:\n\n<i>“{text}”</i>"
REQUEST_SUMMARY: Final = "What happened, as {name} saw it: <i>“{summary}”</i>"
REQUEST_NOT_NOW: Final = "Not now"
REQUEST_NOT_NOW_ACK: Final = "Okay. It's there when you're ready."

# --- answering a request (issue 9) ------------------------------------------------
# The receiver's buttons; the first is also what the sender is told, word for word.
REQUEST_YES: Final = "💛 Got it, I will"
REQUEST_TALK: Final = "Let's talk about it"
# Requests delivered before these buttons existed carry this one; it still works.
REQUEST_OPEN: Final = "Talk it through with me"
REQUEST_LOOK_BACK: Final = "Look back at the moment"
# To the receiver, after their tap.
REQUEST_YES_ACK: Final = (
    "I've let {name} know you've got it. It's in your /playbook, beside what helps {name}."
)
REQUEST_TALK_ACK: Final = (
    "I've let {name} know you'd like to talk. A calm moment, just the two of you, works best."
)
REQUEST_LOOK_BACK_OFFER: Final = "Want to look back at the moment from your side?"
# To the sender: their request was read, and the answer.
REQUEST_READ_YES: Final = "{name} read your request: “Got it, I will.” 💛"
REQUEST_READ_TALK: Final = "{name} read your request and would like to talk about it."
# A request its sender chose to share with the group, once the partner accepted it.
REQUEST_ACCEPTED_IN_GROUP: Final = "{sender} asked: {request}\n{name}: “Got it, I will.” 💛"

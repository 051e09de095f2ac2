"""Texts for messages that arrive later: follow-ups to the person, deliveries to the partner.

Placeholders use str.format names. ``{partner}`` never starts a sentence.
"""

from __future__ import annotations

from typing import Final

from flows.i18n import localize_module, msg

# --- follow-ups to the person who used a flow ---------------------------------
CHECKIN_REMINDER: Final = msg("Did you get a chance to check in with {partner}?")
CHECKIN_REMINDER_TEXT: Final = msg("You were going to ask: <i>“{text}”</i>")
CHECKIN_SEND_NOW: Final = msg("Send a check-in now")
CHECKIN_NOT_NOW_ACK: Final = msg("Okay. A check-in later still counts.")

REINFORCE_NUDGE: Final = msg(
    "A short “I've always got your back” goes a long way. Want to send one to {partner}?"
)
REINFORCE_WRITE: Final = msg("Write it now")
REINFORCE_NOT_NOW_ACK: Final = msg("Okay. Another time.")

PREPARE_FOLLOWUP: Final = msg("How did it go?")
PREPARE_FOLLOWUP_WHAT: Final = msg("How did it go?\n\nYour plan was for: {what}")
PREPARE_WELL: Final = msg("It went well")
PREPARE_SOMETHING: Final = msg("Something happened")
PREPARE_WELL_ACK: Final = msg(
    "Good to hear. Want to tell {partner} you noticed? /reinforce closes the loop."
)
PREPARE_NOT_NOW_ACK: Final = msg("Okay. If you want to look back at it later, send /moment.")

NOT_NOW: Final = msg("Not now")

# --- deliveries to the partner --------------------------------------------------
# The sender's own words, set apart: <i>“…”</i>.
REINFORCE_DELIVERY: Final = msg("From {name}:\n\n<i>“{text}”</i>")
REPAIR_DELIVERY: Final = msg("From {name}:\n\n<i>“{text}”</i>")
REQUEST_DELIVERY: Final = msg("{name} has a request for next time:\n\n<i>“{text}”</i>")
REQUEST_SUMMARY: Final = msg("What happened, as {name} saw it: <i>“{summary}”</i>")
REQUEST_NOT_NOW: Final = msg("Not now")
REQUEST_NOT_NOW_ACK: Final = msg("Okay. It's there when you're ready.")

# --- answering a request (issue 9) ------------------------------------------------
# The receiver's buttons; the first is also what the sender is told, word for word.
REQUEST_YES: Final = msg("💛 Got it, I will")
REQUEST_TALK: Final = msg("Let's talk about it")
# Requests delivered before these buttons existed carry this one; it still works.
REQUEST_OPEN: Final = msg("Talk it through with me")
REQUEST_LOOK_BACK: Final = msg("Look back at the moment")
# To the receiver, after their tap.
REQUEST_YES_ACK: Final = msg(
    "I've let {name} know you've got it. It's in your /playbook, beside what helps {name}."
)
REQUEST_TALK_ACK: Final = msg(
    "I've let {name} know you'd like to talk. A calm moment, just the two of you, works best."
)
REQUEST_LOOK_BACK_OFFER: Final = msg("Want to look back at the moment from your side?")
# To the sender: their request was read, and the answer.
REQUEST_READ_YES: Final = msg("{name} read your request: “Got it, I will.” 💛")
REQUEST_READ_TALK: Final = msg("{name} read your request and would like to talk about it.")
# A request its sender chose to share with the group, once the partner accepted it.
REQUEST_ACCEPTED_IN_GROUP: Final = msg("{sender} asked: {request}\n{name}: “Got it, I will.” 💛")

localize_module(__name__)

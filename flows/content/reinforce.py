"""Texts for step 5/5, Reinforce: telling your partner "I've always got your back".

Placeholders use str.format names. ``{partner}`` never starts a sentence.
"""

from __future__ import annotations

from typing import Final

PICK: Final = "Close the loop. What would you like {partner} to hear from you?"
PICK_STANDALONE: Final = (
    "Let {partner} hear it again: you're in their corner. What would you like to say?"
)
# (value, button label, the words sent): short labels, the full words listed above them.
SUGGESTIONS: Final = (
    ("always", "Always got your back", "I've always got your back."),
    ("team", "We're a team", "We're a team, today and every day."),
    ("with", "I'm with you", "Whatever happens out there, I'm with you."),
)
EDIT: Final = "Type it the way you'd say it.\n\nRight now it reads: <i>“{text}”</i>"
WHEN: Final = "When should it arrive? Type a time like 18:30 or “tomorrow 9am”."
SENT: Final = "Sent 💛"
SCHEDULED: Final = "Done. It reaches {partner} {when}."
NUDGE: Final = "Okay. I'll give you a nudge tomorrow."
SOLO_START: Final = (
    "Reinforce is a message to your partner, so it needs them here. Invite them with "
    "/invite, then come back with /reinforce."
)

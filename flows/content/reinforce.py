"""Texts for step 5/5, Reinforce: telling your partner "I've always got your back".

Placeholders use str.format names. ``{partner}`` never starts a sentence.
"""

from __future__ import annotations

from typing import Final

from flows.i18n import localize_module, msg

# The seed's own words: the preview opens with them, Edit offers the others.
DEFAULT: Final = msg("I've always got your back.")
PREVIEW: Final = msg(
    "Close the loop: let {partner} know it's not a one-off. You're their teammate for "
    "the long haul. Here's exactly what {partner} will get:\n\n{message}\n\n"
    "Tap Edit, or just type it your way."
)
PREVIEW_STANDALONE: Final = msg(
    "Let {partner} hear it again: you're in their corner. Here's exactly what {partner} "
    "will get:\n\n{message}\n\nTap Edit, or just type it your way."
)
PICK: Final = msg("What would you like {partner} to hear from you?")
# Buttons stay short; WORDS holds the full sentence a short label stands for.
SUGGESTIONS: Final = (
    ("always", msg("I've always got your back.")),
    ("team", msg("We're a team")),
    ("with", msg("Whatever happens, I'm with you")),
)
WORDS: Final = {
    "team": msg("We're a team, today and every day."),
    "with": msg("Whatever happens out there, I'm with you."),
}
WHEN: Final = msg("When should it arrive? Type a time like 18:30 or “tomorrow 9am”.")
SENT: Final = msg("Sent 💛")
SCHEDULED: Final = msg("Done. It reaches {partner} {when}.")
NUDGE: Final = msg("Okay. I'll give you a nudge tomorrow.")
SOLO_START: Final = msg(
    "Reinforce is a message to your partner, so it needs them here. Invite them with "
    "/invite, then come back with /reinforce."
)

localize_module(__name__)

"""What the bot says when someone may be in danger.

Rules for these texts: short, kind, private, no emoji, no relationship advice,
no promise of help the bot cannot give. Always point to a person who can help:
the emergency number for the person's country when we know it (from their time
zone, see ``emergency_numbers.py``), and findahelpline.com always.
"""

from __future__ import annotations

from typing import Final

from flows.i18n import localize_module, msg

OPENING: Final = msg(
    "Thank you for telling me. What you wrote sounds serious, and you deserve support "
    "from a real person right now."
)
# {dial} and {country} come from the emergency-number table.
DANGER_LOCAL: Final = msg(
    "If you or someone else is in danger, call the emergency number in {country} now: {dial}."
)
DANGER_UNKNOWN: Final = msg(
    "If you or someone else is in danger, call your local emergency number (such as 112 or 911)."
)
HELPLINE: Final = msg(
    "To talk with someone, you can find a free, confidential helpline near you at findahelpline.com"
)
# {danger} is DANGER_LOCAL or DANGER_UNKNOWN; {opening} and {helpline} the texts above.
IN_FLOW: Final = msg(
    "{opening}\n\n{danger}\n{helpline}\n\n"
    "I'm a practice companion, not a crisis service. I've paused here, and nothing "
    "from that message was saved or shared."
)
OUT_OF_FLOW: Final = msg(
    "{opening}\n\n{danger}\n{helpline}\n\n"
    "I'm a practice companion, not a crisis service. Nothing from that message was "
    "saved or shared."
)
CONTINUE: Final = msg("Continue the reflection")
STOP: Final = msg("Stop here")
STOPPED: Final = msg(
    "Okay, we'll stop here. Nothing from it was kept. Please look after yourself. "
    "findahelpline.com is there any time."
)

localize_module(__name__)

"""What the bot says when someone may be in danger.

Rules for these texts: short, kind, private, no emoji, no relationship advice,
no promise of help the bot cannot give. Always point to a person who can help.
"""

from __future__ import annotations

from typing import Final

IN_FLOW: Final = (
    "Thank you for telling me. What you wrote sounds serious, and you deserve support "
    "from a real person right now.\n\n"
    "If you or someone else is in danger, call your local emergency number "
    "(such as 112 or 911).\n"
    "To talk with someone, you can find a free, confidential helpline near you at "
    "findahelpline.com\n\n"
    "I'm a practice companion, not a crisis service. I've paused here, and nothing "
    "from that message was saved or shared."
)
OUT_OF_FLOW: Final = (
    "Thank you for telling me. What you wrote sounds serious, and you deserve support "
    "from a real person right now.\n\n"
    "If you or someone else is in danger, call your local emergency number "
    "(such as 112 or 911).\n"
    "To talk with someone, you can find a free, confidential helpline near you at "
    "findahelpline.com\n\n"
    "I'm a practice companion, not a crisis service. Nothing from that message was "
    "saved or shared."
)
CONTINUE: Final = "Continue the reflection"
STOP: Final = "Stop here"
STOPPED: Final = (
    "Okay, we'll stop here. Nothing from it was kept. Please look after yourself. "
    "findahelpline.com is there any time."
)

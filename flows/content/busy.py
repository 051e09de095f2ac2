"""What the bot says when one chat sends more than it can keep waiting.

Kept apart from the logic so a copy editor can work here alone.
"""

from __future__ import annotations

from typing import Final

from flows.i18n import localize_module, msg

TOO_MANY_WAITING: Final = msg(
    "That's a lot at once, so I've set your latest messages aside and will answer the "
    "earlier ones first. Once I have, send again anything I missed."
)

localize_module(__name__)

"""Texts for /prepare: planning together before a moment that might be hard.

Placeholders use str.format names. ``{partner}`` never starts a sentence.
"""

from __future__ import annotations

from typing import Final

# The first of the plan's four steps; Read the Moment, Take Action and Check In follow.
LOOK_AHEAD: Final = "Look Ahead"

WHAT: Final = "What's coming up? A dinner, a visit, a tough meeting… A few words is plenty."
RISK: Final = "What might happen that could be hard for {partner}, or for you?"
SIGNALS_Q: Final = (
    "Which signals will you watch for? Tap all that fit, then Done. Or type your own."
)
SIGNALS: Final = (
    ("body", "Body language"),
    ("tone", "Tone of voice"),
    ("quiet", "Going quiet"),
    ("dismissed", "Being talked over"),
    ("overwhelm", "Seeming overwhelmed"),
)
CODE_Q: Final = (
    "Agree on a private signal that means “I need you”. Which one? "
    "Tap one or type your own, like a code word you both know."
)
CODES: Final = (
    ("squeeze", "A squeeze of the hand"),
    ("word", "A code word"),
    ("look", "A look we both know"),
    ("touch", "A touch on the arm"),
)
PLAN_Q: Final = (
    "When the signal comes, what will each of you do? For example: “I'll step closer "
    "and change the subject.”"
)
END_Q: Final = "When does it end? I'll check in with you then. Type a time like 21:30."
SHARE_Q: Final = (
    "Want to share the plan with {partner}? Here's exactly what they'd get:\n\n{message}"
)

PLAN_TITLE: Final = "Our plan for: {what}"
PLAN_WATCH: Final = "Watch for: {value}"
PLAN_SIGNAL: Final = "Our signal: {value}"
PLAN_DO: Final = "What we'll do: {value}"
PLAN_ENDS: Final = "It ends {when}. Let's check in after."

SHARED: Final = "Shared ✓"
CHECK_IN_AT: Final = "I'll check in with you {when}."
SOLO_TIP: Final = (
    "Plans work best together. Invite your partner with /invite to share the next one."
)

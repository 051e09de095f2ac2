"""Texts for /moment: looking back at a moment, from either side.

Two branches: "I want to have their back better" (the five steps) and "I felt
they didn't have my back" (reading the moment from your side and turning it into
a calm request). Placeholders use str.format names. ``{partner}`` is the first
name or "your partner" and never starts a sentence; ``{ref}`` is how you'd name
your partner to other people ("Ben" / "my partner").
"""

from __future__ import annotations

from typing import Final

# --- which side ------------------------------------------------------------------
SIDE_QUESTION: Final = "Let's look at this moment together. Which fits best?"
SIDE_OPTIONS: Final = (
    ("support", "I want to back them better"),
    ("hurt", "They didn't have my back"),
)
FROM_REQUEST: Final = (
    "{name} asked for something for next time, and you're here to look at it. That already counts."
)

# --- "have their back" branch -------------------------------------------------------
S_WHAT: Final = "What happened with {partner}? A sentence or two is plenty."
S_SIGNALS: Final = (
    "You know {partner} better than anyone. Which signals did you notice? "
    "Tap all that fit, then Done."
)
SIGNALS: Final = (
    ("body", "Body language"),
    ("tone", "Tone of voice"),
    ("quiet", "Went quiet"),
    ("dismissed", "Talked over or dismissed"),
    ("overwhelm", "Seemed overwhelmed"),
    ("other", "Something else"),
    ("none", "None that I saw"),
)
S_SIDE: Final = (
    "What would standing with {partner} have sounded like?\n\n"
    "You don't have to agree 100%. Any disagreement can wait for a private talk later."
)
# (value, button label, what you'd say): labels carry no name, so they always fit.
SIDE_PHRASES: Final = (
    ("with", "I'm with them on this", "I'm with {ref} on this."),
    ("finish", "Let them finish", "Hang on, let {ref} finish."),
    ("trust", "I trust their call", "I trust {ref}'s call here."),
    ("together", "We'll decide together", "We'll decide that together."),
)
S_ACTION: Final = "Love is a verb. What did you do, or what will you do next time?"
ACTIONS: Final = (
    ("speak", "Speak up"),
    ("closer", "Step closer"),
    ("redirect", "Redirect the conversation"),
    ("exit", "Give them a way out"),
)
HARD_ASIDE: Final = "What made it hard"
S_HARD: Final = "What made it hard to step in? It happens to everyone."
HARD: Final = (
    ("stress", "My own stress"),
    ("assumed", "I assumed they could handle it"),
    ("conflict", "Avoiding a scene in public"),
    ("unseen", "I didn't see I needed to act"),
)
TIPS: Final = {
    "stress": (
        "Tip: when you're stretched thin, one small move still counts. "
        "A hand on their back. A quiet “let's go.”"
    ),
    "assumed": (
        "Tip: strong people still want backup. Being able to handle it alone "
        "doesn't mean they should have to."
    ),
    "conflict": (
        "Tip: having their back doesn't need a scene. A calm “let's hear them out” is often enough."
    ),
    "unseen": (
        "Tip: love is something you do. If something feels off, that's your cue "
        "to act, even in a small way."
    ),
}

# --- "didn't have my back" branch ----------------------------------------------------
# The "didn't have my back" branch has three steps: Read the Moment, then these two.
H_HELPED: Final = "What Would Have Helped"
H_ASK: Final = "Ask for It"
H_WHAT: Final = "What happened, from where you stood? A sentence or two is plenty."
H_FELT: Final = "How did it feel? Tap all that fit, then Done."
FEELINGS: Final = (
    ("exposed", "Exposed, on my own out there"),
    ("doubt", "Unsure where I stand"),
    ("resent", "Resentful"),
    ("alone", "Alone"),
    ("other", "Something else"),
)
H_FELT_THANKS: Final = "Thanks for naming it. Those feelings matter."
H_HELP: Final = "What would have helped you in that moment?"
HELP_OPTIONS: Final = (
    ("side", "Take my side, just for then"),
    ("speak", "Speak up for me"),
    ("closer", "Step closer to me"),
    ("redirect", "Redirect the conversation"),
    ("exit", "Give me a way out"),
)
# How each answer reads inside "could you ...?"
HELP_ASKS: Final = {
    "side": "take my side in the moment, even if we talk it over later",
    "speak": "speak up for me",
    "closer": "step closer to me",
    "redirect": "help steer the conversation somewhere else",
    "exit": "give me a way out",
}
H_WHEN: Final = (
    "Let's turn this into a calm request. When might something like this happen "
    "again? For example: “someone talks over me at dinner”."
)
WHEN_DEFAULT: Final = "something like this happens"
REQUEST: Final = "Next time {when}, could you {ask}?"
H_INCLUDE: Final = "Should {partner} also see what happened, in your words?"
INCLUDE_OPTIONS: Final = (
    ("yes", "Yes, include it"),
    ("no", "No, just the request"),
)
H_EDIT: Final = "Type the request the way you'd say it.\n\nRight now it reads: <i>“{text}”</i>"
H_SENT: Final = "Sent ✓ {partner} can open it and look at the moment from their side."
H_NOT_NOW: Final = "Okay, it stays with you for now."

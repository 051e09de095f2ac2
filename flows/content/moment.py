"""Texts for /moment: looking back at a moment, from either side.

Two branches: "I want to have their back better" (the five steps) and "I felt
they didn't have my back" (reading the moment from your side and turning it into
a calm request). Placeholders use str.format names. ``{partner}`` is the first
name or "your partner" and never starts a sentence; ``{ref}`` is how you'd name
your partner to other people ("Ben" / "my partner").
"""

from __future__ import annotations

from typing import Final

from flows.i18n import localize_module, msg

# --- which side ------------------------------------------------------------------
SIDE_QUESTION: Final = msg("Let's look at this moment together. Which fits best?")
# Wanting to have their back better splits at once: did you step in, or not?
SIDE_OPTIONS: Final = (
    ("stepped", msg("I stepped in for them")),
    ("missed", msg("I wish I'd stepped in")),
    ("hurt", msg("They didn't have my back")),
)
FROM_REQUEST: Final = msg(
    "{name} asked for something for next time, and you're here to look at it. That already counts."
)

# --- why it matters: said once, on someone's first /moment, and in /help ---------------
WHY: Final = msg(
    "Why this matters: we all want to know our partner has us, so that in life's "
    "messiest moments we're not alone. Love is a verb: trust grows each time you show "
    "up, and missed moments left alone turn into feeling exposed, doubt and resentment."
)
WHY_HELP: Final = msg(
    "Why it matters: feeling safe with each other means not being alone in life's "
    "messiest moments. Love is a verb: trust is built by what you do, and worn down by "
    "moments that are missed and never talked about."
)

# --- after text typed with nothing open: the moment, in their words ------------------
# Said with what they wrote kept in this conversation only.
VENT_MISSED: Final = msg(
    "That sounds like a hard moment, and freezing happens to everyone. Want to look at "
    "it together, so next time you can have {partner}'s back? I'll use what you just wrote."
)
VENT_STEPPED_IN: Final = msg(
    "Sounds like you stood with {partner}. Want to go through it, and check in with "
    "them afterwards? I'll use what you just wrote."
)
VENT_HURT: Final = msg(
    "That sounds like it hurt. Want to look at it together, from your side? "
    "I'll use what you just wrote."
)
VENT_UNSURE: Final = msg(
    "Let's go through this moment together; I'll use what you just wrote. Which fits best?"
)
VENT_YES: Final = msg("Yes, let's")
VENT_NOT_QUITE: Final = msg("Not quite")
VENT_LET_GO: Final = msg(
    "Okay, I've let it go: nothing of it was kept. I'm here when you want, "
    "/moment after a moment, /prepare before one."
)

# --- "have their back" branch -------------------------------------------------------
# Asked early: did you step in? Yes: Read, Side, Action, Check In, Reinforce. No: Read,
# what Taking Their Side would have sounded like, what got in the way, a repair
# message that owns it, Reinforce. Both have five stages; each header names its own.
S_WHAT: Final = msg("What happened with {partner}? A sentence or two is plenty.")
S_STEPPED: Final = msg("Did you step in for {partner} when it happened?")
STEPPED_OPTIONS: Final = (
    ("yes", msg("Yes, I stepped in")),
    ("no", msg("No, I missed it")),
)
S_SIGNALS: Final = msg(
    "You know {partner} better than anyone. Which signals did you notice? "
    "Tap all that fit, then Done."
)
S_SIGNALS_MISSED: Final = msg(
    "Looking back, which signals did {partner} give? You know them better than anyone. "
    "Tap all that fit, then Done."
)
SIGNALS: Final = (
    ("body", msg("Body language")),
    ("tone", msg("Tone of voice")),
    ("quiet", msg("Went quiet")),
    ("dismissed", msg("Talked over or dismissed")),
    ("overwhelm", msg("Seemed overwhelmed")),
    ("other", msg("Something else")),
    ("none", msg("None that I saw")),
)
S_SIDE: Final = msg(
    "What would standing with {partner} have sounded like?\n\n"
    "You don't have to agree 100%. Any disagreement can wait for a private talk later."
)
# (value, button label, what you'd say): labels carry no name, so they always fit.
SIDE_PHRASES: Final = (
    ("with", msg("I'm with them on this"), msg("I'm with {ref} on this.")),
    ("finish", msg("Let them finish"), msg("Hang on, let {ref} finish.")),
    ("trust", msg("I trust their call"), msg("I trust {ref}'s call here.")),
    ("together", msg("We'll decide together"), msg("We'll decide that together.")),
)
S_SIDE_DID: Final = msg(
    "How did you stand with {partner}?\n\n"
    "Standing with them doesn't mean agreeing 100%. Disagreement can wait for a private talk."
)
S_ACTION: Final = msg("Love is a verb. What did you do?")
ACTIONS: Final = (
    ("speak", msg("Spoke up")),
    ("closer", msg("Stepped closer")),
    ("redirect", msg("Changed the subject")),
    ("exit", msg("Gave them a way out")),
)
# Stage 3 of the "missed it" path.
MISSED_WAY: Final = msg("What Got in the Way")
S_HARD: Final = msg("What made it hard to step in? It happens to everyone.")
HARD: Final = (
    ("stress", msg("My own stress")),
    ("assumed", msg("I assumed they could handle it")),
    ("conflict", msg("Avoiding a scene in public")),
    ("unseen", msg("I didn't see I needed to act")),
)
TIPS: Final = {
    "stress": (
        msg(
            "Tip: when you're stretched thin, one small move still counts. "
            "A hand on their back. A quiet “let's go.”"
        )
    ),
    "assumed": (
        msg(
            "Tip: strong people still want backup. Being able to handle it alone "
            "doesn't mean they should have to."
        )
    ),
    "conflict": (
        msg(
            "Tip: having their back doesn't need a scene. A calm “let's hear them out” is often enough."
        )
    ),
    "unseen": (
        msg(
            "Tip: love is something you do. If something feels off, that's your cue "
            "to act, even in a small way."
        )
    ),
}
# Stage 4 of the "missed it" path: rewind it (Sliding Doors), then own it.
MISSED_FIX: Final = msg("Make It Right")
S_REPLAY: Final = msg("⏪ Replay it. If you could rewind to that moment, what would you do?")
# Also the "what did you do" labels of conversations saved before "did you step in?".
REPLAYS: Final = (
    ("speak", msg("Speak up")),
    ("closer", msg("Step closer")),
    ("redirect", msg("Redirect the conversation")),
    ("exit", msg("Give them a way out")),
)
# How each replay reads inside the repair message ("Next time I'll …").
REPLAY_DO: Final = {
    "speak": msg("speak up for you"),
    "closer": msg("step in close beside you"),
    "redirect": msg("change the subject"),
    "exit": msg("give you a way out"),
}
REPAIR: Final = msg("I missed it earlier, and I'm sorry. Next time I'll {do}.")
REPAIR_DEFAULT_DO: Final = msg("have your back")
REPAIR_PREVIEW: Final = msg(
    "Owning it out loud helps more than you'd think. Here's exactly what {partner} "
    "will get:\n\n{message}"
)
REPAIR_EDIT: Final = msg("Type it the way you'd say it.\n\nRight now it reads: <i>“{text}”</i>")
REPAIR_SENT: Final = msg("Sent ✓")
REPAIR_NOT_NOW: Final = msg("Okay, it stays with you for now.")

# --- "didn't have my back" branch ----------------------------------------------------
# The "didn't have my back" branch has three steps: Read the Moment, then these two.
H_HELPED: Final = msg("What Would Have Helped")
H_ASK: Final = msg("Ask for It")
H_WHAT: Final = msg("What happened, from where you stood? A sentence or two is plenty.")
H_FELT: Final = msg("How did it feel? Tap all that fit, then Done.")
FEELINGS: Final = (
    ("exposed", msg("Exposed, on my own out there")),
    ("doubt", msg("Unsure where I stand")),
    ("resent", msg("Resentful")),
    ("alone", msg("Alone")),
    ("other", msg("Something else")),
)
H_FELT_THANKS: Final = msg("Thanks for naming it. Those feelings matter.")
H_HELP: Final = msg("What would have helped you in that moment?")
HELP_OPTIONS: Final = (
    ("side", msg("Take my side, just for then")),
    ("speak", msg("Speak up for me")),
    ("closer", msg("Step closer to me")),
    ("redirect", msg("Redirect the conversation")),
    ("exit", msg("Give me a way out")),
)
# How each answer reads inside "could you ...?"
HELP_ASKS: Final = {
    "side": msg("take my side in the moment, even if we talk it over later"),
    "speak": msg("speak up for me"),
    "closer": msg("step closer to me"),
    "redirect": msg("help steer the conversation somewhere else"),
    "exit": msg("give me a way out"),
}
H_WHEN: Final = msg(
    "Let's turn this into a calm request. When might something like this happen "
    "again? For example: “someone talks over me at dinner”."
)
WHEN_DEFAULT: Final = msg("something like this happens")
REQUEST: Final = msg("Next time {when}, could you {ask}?")
H_INCLUDE: Final = msg("Should {partner} also see what happened, in your words?")
# On the request's preview: what happened, in their words, is left out unless added.
H_ADD_WHAT: Final = msg("Add what happened")
H_DROP_WHAT: Final = msg("Leave what happened out")
INCLUDE_OPTIONS: Final = (
    ("yes", msg("Yes, include it")),
    ("no", msg("No, just the request")),
)
H_EDIT: Final = msg("Type the request the way you'd say it.\n\nRight now it reads: <i>“{text}”</i>")
H_SENT: Final = msg("Sent ✓ I'll let you know when {partner} has read it.")
H_NOT_NOW: Final = msg("Okay, it stays with you for now.")

# --- the summary card and /history (flows/reflections.py) ---------------------------
SUMMARY_LINES: Final = {
    "replay": msg("If you could rewind: {value}"),
    "repair": msg("Made it right: {value}"),
}
HISTORY_MISSED: Final = msg("Rewound a moment with {partner}")

localize_module(__name__)

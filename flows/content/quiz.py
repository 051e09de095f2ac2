"""Texts for /quiz, "How do we have each other's back?": eight quick questions.

Each question is about one of the five steps or one of the four reasons we don't
step up (the seed: our own stress, assuming they can handle it, avoiding a scene,
not seeing that love is something you do). What each answer counts towards lives
in flows/quiz.py. Placeholders use str.format names; ``{partner}`` never starts a
sentence. Texts are HTML; what is filled in arrives escaped.
"""

from __future__ import annotations

from typing import Final

from flows.i18n import localize_module, msg

TITLE: Final = msg("How do we have each other's back?")
INTRO: Final = msg(
    "<b>How do we have each other's back?</b>\n"
    "Eight quick questions, one tap each. There are no wrong answers: it's a mirror, not a test."
)
# "Question 3 of 8", after the title.
PROGRESS: Final = msg("Question {number} of {total}")

# (key, question, ((value, label), …)): labels are the answers, short enough for a phone.
QUESTIONS: Final = (
    (
        "q_read",
        msg("Out with friends, someone talks over {partner}. When do you notice?"),
        (
            ("now", msg("Right away")),
            ("later", msg("After a while")),
            ("told", msg("When they tell me")),
        ),
    ),
    (
        "q_side",
        msg("{partner} says something you don't fully agree with, in front of others. You…"),
        (
            ("back", msg("Back them, talk later")),
            ("neutral", msg("Stay out of it")),
            ("correct", msg("Correct them there")),
        ),
    ),
    (
        "q_action",
        msg("Someone keeps teasing {partner}. What do you usually do?"),
        (
            ("step", msg("Step in or change topic")),
            ("closer", msg("Move closer, say nothing")),
            ("wait", msg("Wait until it's over")),
        ),
    ),
    (
        "q_checkin",
        msg("Afterwards, do you ask {partner} how it was for them?"),
        (
            ("always", msg("Almost always")),
            ("sometimes", msg("Sometimes")),
            ("rarely", msg("Rarely")),
        ),
    ),
    (
        "q_reinforce",
        msg("How often do you tell {partner}, in words, that you've got their back?"),
        (("often", msg("Often")), ("now", msg("Now and then")), ("hardly", msg("Hardly ever"))),
    ),
    (
        "q_why",
        msg("When you don't step in, what is most often going on?"),
        (
            ("stress", msg("I'm stretched thin myself")),
            ("assumed", msg("They can handle it")),
            ("conflict", msg("I don't want a scene")),
            ("unseen", msg("I don't see it in time")),
        ),
    ),
    (
        "q_stretched",
        msg("A hard moment comes on a day you're exhausted. You…"),
        (
            ("small", msg("Still do something small")),
            ("freeze", msg("Freeze")),
            ("leave", msg("Leave it to them")),
        ),
    ),
    (
        "q_love",
        msg("Love is mostly…"),
        (("feeling", msg("A feeling")), ("doing", msg("Something you do")), ("both", msg("Both"))),
    ),
)

# --- the result ---------------------------------------------------------------------
STRENGTHS: Final = {
    "read": msg("You notice early when {partner} is uncomfortable. That's where it all starts."),
    "side": msg("You stand with {partner} when it counts, and save disagreements for later."),
    "action": msg("You don't just feel it, you act: stepping in, stepping closer."),
    "checkin": msg("You ask how it landed. That turns a good move into real connection."),
    "reinforce": msg("You say it out loud: “I've got your back.” That builds trust over time."),
}
REASONS: Final = {
    "stress": msg("your own stress"),
    "assumed": msg("assuming they can handle it"),
    "conflict": msg("not wanting a scene"),
    "unseen": msg("not seeing in time that it's your cue"),
}
TRY_THIS_WEEK: Final = {
    "stress": (
        msg("When you're stretched thin, pick one tiny move in advance: a hand on their back.")
    ),
    "assumed": msg("Ask {partner} once this week: “Want backup, or have you got this?”"),
    "conflict": msg("Practise one calm line you can say anywhere: “Let's hear them out.”"),
    "unseen": msg(
        "Agree on a private signal with {partner}. /prepare helps before the next event."
    ),
}
RESULT: Final = msg(
    "<b>Your strongest step: {step}</b>\n{strength}\n\n"
    "<b>Most likely to stop you: {reason}</b>\n\n"
    "<b>One thing to try this week</b>\n{try_this}"
)
SAVED: Final = msg("Saved to your /history. Only you can see it.")

# --- comparing with the partner ------------------------------------------------------
SHARE_Q: Final = msg(
    "Compare with {partner}? Here's exactly what they'd see. You'll each get the "
    "other's once you've both shared.\n\n{message}"
)
# What the partner reads (plain text, kept as the message between you).
SHARED_RESULT: Final = msg(
    "Strongest step: {step}\nMost likely to stop them: {reason}\nTrying this week: {try_this}"
)
DELIVERY: Final = msg("<b>{name}'s quiz result</b>\n{text}")
SENT: Final = msg("Sent ✓ When {partner} has shared theirs, you'll each get the other's.")
NOT_SHARED: Final = msg("Okay, it stays with you.")
INVITE: Final = msg(
    "{name} took the quiz <i>How do we have each other's back?</i> and would like to "
    "compare. Take it with /quiz: you'll each see the other's result once you've both shared."
)
TAKE_IT: Final = msg("Take the quiz")

localize_module(__name__)

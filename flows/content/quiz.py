"""Texts for /quiz, "How do we have each other's back?": eight quick questions.

Each question is about one of the five steps or one of the four reasons we don't
step up (the seed: our own stress, assuming they can handle it, avoiding a scene,
not seeing that love is something you do). What each answer counts towards lives
in flows/quiz.py. Placeholders use str.format names; ``{partner}`` never starts a
sentence. Texts are HTML; what is filled in arrives escaped.
"""

from __future__ import annotations

from typing import Final

TITLE: Final = "How do we have each other's back?"
INTRO: Final = (
    "<b>How do we have each other's back?</b>\n"
    "Eight quick questions, one tap each. There are no wrong answers: it's a mirror, not a test."
)
# "Question 3 of 8", after the title.
PROGRESS: Final = "Question {number} of {total}"

# (key, question, ((value, label), …)): labels are the answers, short enough for a phone.
QUESTIONS: Final = (
    (
        "q_read",
        "Out with friends, someone talks over {partner}. When do you notice?",
        (("now", "Right away"), ("later", "After a while"), ("told", "When they tell me")),
    ),
    (
        "q_side",
        "{partner} says something you don't fully agree with, in front of others. You…",
        (
            ("back", "Back them, talk later"),
            ("neutral", "Stay out of it"),
            ("correct", "Correct them there"),
        ),
    ),
    (
        "q_action",
        "Someone keeps teasing {partner}. What do you usually do?",
        (
            ("step", "Step in or change topic"),
            ("closer", "Move closer, say nothing"),
            ("wait", "Wait until it's over"),
        ),
    ),
    (
        "q_checkin",
        "Afterwards, do you ask {partner} how it was for them?",
        (("always", "Almost always"), ("sometimes", "Sometimes"), ("rarely", "Rarely")),
    ),
    (
        "q_reinforce",
        "How often do you tell {partner}, in words, that you've got their back?",
        (("often", "Often"), ("now", "Now and then"), ("hardly", "Hardly ever")),
    ),
    (
        "q_why",
        "When you don't step in, what is most often going on?",
        (
            ("stress", "I'm stretched thin myself"),
            ("assumed", "They can handle it"),
            ("conflict", "I don't want a scene"),
            ("unseen", "I don't see it in time"),
        ),
    ),
    (
        "q_stretched",
        "A hard moment comes on a day you're exhausted. You…",
        (
            ("small", "Still do something small"),
            ("freeze", "Freeze"),
            ("leave", "Leave it to them"),
        ),
    ),
    (
        "q_love",
        "Love is mostly…",
        (("feeling", "A feeling"), ("doing", "Something you do"), ("both", "Both")),
    ),
)

# --- the result ---------------------------------------------------------------------
STRENGTHS: Final = {
    "read": "You notice early when {partner} is uncomfortable. That's where it all starts.",
    "side": "You stand with {partner} when it counts, and save disagreements for later.",
    "action": "You don't just feel it, you act: stepping in, stepping closer.",
    "checkin": "You ask how it landed. That turns a good move into real connection.",
    "reinforce": "You say it out loud: “I've got your back.” That builds trust over time.",
}
REASONS: Final = {
    "stress": "your own stress",
    "assumed": "assuming they can handle it",
    "conflict": "not wanting a scene",
    "unseen": "not seeing in time that it's your cue",
}
TRY_THIS_WEEK: Final = {
    "stress": ("When you're stretched thin, pick one tiny move in advance: a hand on their back."),
    "assumed": "Ask {partner} once this week: “Want backup, or have you got this?”",
    "conflict": "Practise one calm line you can say anywhere: “Let's hear them out.”",
    "unseen": "Agree on a private signal with {partner}. /prepare helps before the next event.",
}
RESULT: Final = (
    "<b>Your strongest step: {step}</b>\n{strength}\n\n"
    "<b>Most likely to stop you: {reason}</b>\n\n"
    "<b>One thing to try this week</b>\n{try_this}"
)
SAVED: Final = "Saved to your /history. Only you can see it."

# --- comparing with the partner ------------------------------------------------------
SHARE_Q: Final = (
    "Compare with {partner}? Here's exactly what they'd see. You'll each get the "
    "other's once you've both shared.\n\n{message}"
)
# What the partner reads (plain text, kept as the message between you).
SHARED_RESULT: Final = (
    "Strongest step: {step}\nMost likely to stop them: {reason}\nTrying this week: {try_this}"
)
DELIVERY: Final = "<b>{name}'s quiz result</b>\n{text}"
SENT: Final = "Sent ✓ When {partner} has shared theirs, you'll each get the other's."
NOT_SHARED: Final = "Okay, it stays with you."
INVITE: Final = (
    "{name} took the quiz <i>How do we have each other's back?</i> and would like to "
    "compare. Take it with /quiz: you'll each see the other's result once you've both shared."
)
TAKE_IT: Final = "Take the quiz"

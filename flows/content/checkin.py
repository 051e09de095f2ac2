"""Texts for Check In: asking, the partner's answer, the relay back and /playbook.

Placeholders use str.format names. ``{partner}`` never starts a sentence; in the
partner's answer it is the one who asked.
"""

from __future__ import annotations

from typing import Final

from flows.i18n import localize_module, msg, plural

# --- asking (step 4/5) ---------------------------------------------------------
PICK: Final = msg(
    "Afterwards, ask {partner} how it landed. Even if you think you nailed it, check "
    "anyway: it shows you care how it felt, not just what you meant. "
    "What would you like to ask?"
)
# Buttons stay short; WORDS holds the full question a short label stands for.
SUGGESTIONS: Final = (
    ("helped", msg("Did that help?")),
    ("more", msg("Could I have done more?")),
)
WORDS: Final = {"more": msg("Was there something more I could have done?")}
PREVIEW: Final = msg(
    "Here's exactly what {partner} will get:\n\n{message}\n\nThey can answer with one tap."
)
# The preview's button to leave the moment out of the Check In, or put it back.
MOMENT_DROP: Final = msg("Leave the moment out")
MOMENT_ADD: Final = msg("Name the moment")
EDIT: Final = msg("Type your question the way you'd say it.\n\nRight now it reads: <i>“{text}”</i>")
SENT: Final = msg("Sent ✓ I'll tell you what {partner} says, and then you can close the loop.")
REMIND_LATER: Final = msg("Okay. I'll remind you in a few hours.")
SOLO_START: Final = msg(
    "A Check In goes to your partner, so it needs them here. Invite them with /invite, "
    "then come back."
)

# --- what the partner receives (the relay) ---------------------------------------
# One question: the sender's own words. With the moment, in the sender's words too.
ASK_DELIVERY: Final = msg("{name} is checking in:\n\n<i>“{text}”</i>")
ASK_DELIVERY_MOMENT: Final = msg(
    "{name} is checking in about this moment:\n<i>“{moment}”</i>\n\n<i>“{text}”</i>"
)
VERDICTS: Final = (
    ("helped", msg("It helped")),
    ("partly", msg("Partly")),
    ("else", msg("I needed something else")),
)

# --- the partner answering (flow checkin_answer) ----------------------------------
ANSWER_HELPED: Final = msg(
    "Glad it helped. Want to tell {partner} what made the difference? One line is plenty."
)
ANSWER_MORE: Final = msg(
    "What would help next time? One line is plenty, and {partner} will see it."
)
ANSWER_NOTE_NOW: Final = msg("Right now it reads: <i>“{note}”</i>")
ANSWER_THANKS: Final = msg("Thanks. I've passed it on to {partner}. It's in your /playbook too.")
ANSWER_NOT_NOW: Final = msg(
    "Okay, I haven't sent anything. The buttons on {partner}'s message stay there "
    "for when you're ready."
)
NOT_NOW_ANSWER_ACK: Final = msg("Okay. The buttons stay there for when you're ready.")

# --- one tap answers (issue 9): the answer goes at once, a line of one's own after ----
ANSWER_SENT: Final = msg("Sent ✓ {partner} will see that {verdict}.")
VERDICT_PHRASES: Final = {
    "helped": msg("it helped"),
    "partly": msg("it partly helped"),
    "else": msg("something else would have helped more"),
}
NOTE_ASK_HELPED: Final = msg(
    "Want to tell {partner} what made the difference? Type a line and you'll see it "
    "before it goes. Or tap Skip."
)
NOTE_ASK_MORE: Final = msg(
    "What would help next time? Type a line and you'll see it before it goes. Or tap Skip."
)
NOTE_ADDED: Final = msg("Sent ✓ It's in your /playbook too.")
NOTE_SKIPPED: Final = msg("Okay. {partner} has your answer, and it's in your /playbook.")
NOTE_NOT_NOW: Final = msg("Okay, that line stays with you. {partner} has your answer.")
# When another conversation is open: the answer went, the line can come later.
ADD_LINE: Final = msg("Add a line")
ADD_LINE_OFFER: Final = msg("Want to add a line in your own words? It's optional.")

# --- what the asker gets back ---------------------------------------------------
RESULT: Final = {
    "helped": msg("{name} says: it helped."),
    "partly": msg("{name} says: it partly helped."),
    "else": msg("{name} says: something else would have helped more."),
}
RESULT_NOTE: Final = msg("<i>“{note}”</i>")
# A line added after the answer went.
NOTE_DELIVERY: Final = msg("{name} adds: <i>“{note}”</i>")
# Under the answer: the asker is offered to close the loop (Reinforce).
CLOSE_THE_LOOP: Final = msg("Close the loop? Let {name} hear it again: you've got their back.")
CLOSE_THE_LOOP_BUTTON: Final = msg("💛 Close the loop")

# --- /playbook -----------------------------------------------------------------
PLAYBOOK_TITLE_OWNER: Final = msg("What helps you, in your own words")
PLAYBOOK_TITLE_OTHER: Final = msg("What helps {name}, in their own words")
PLAYBOOK_EMPTY_OWNER: Final = msg(
    "Nothing here yet. When you answer a Check In, or a request of yours gets a yes, "
    "your words land here."
)
PLAYBOOK_EMPTY_OTHER: Final = msg(
    "Nothing here yet. After your next Check In, {name}'s answers will show up here."
)
PLAYBOOK_VERDICTS: Final = {
    "helped": msg("It helped"),
    "partly": msg("Partly"),
    "else": msg("Needed something else"),
}
PLAYBOOK_LINE: Final = msg("• {date} · {verdict}: <i>“{note}”</i>")
PLAYBOOK_LINE_BARE: Final = msg("• {date} · {verdict}")
PLAYBOOK_REQUEST_LINE: Final = msg("• {date} · 💛 Asked for next time: <i>“{text}”</i>")
PLAYBOOK_MORE: Final = plural("…and {count} earlier.", "…and {count} earlier.", count="count")

localize_module(__name__)

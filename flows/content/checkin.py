"""Texts for Check In: asking, the partner's answer, the relay back and /playbook.

Placeholders use str.format names. ``{partner}`` never starts a sentence; in the
partner's answer it is the one who asked.
"""

from __future__ import annotations

from typing import Final

# --- asking (step 4/5) ---------------------------------------------------------
PICK: Final = (
    "Afterwards, ask {partner} how it landed. It shows you care how it felt, "
    "not just what you meant. What would you like to ask?"
)
# (value, button label, the words sent when the label is a short form)
SUGGESTIONS: Final = (
    ("helped", "Did that help?"),
    ("more", "Could I have done more?", "Was there something more I could have done?"),
)
PREVIEW: Final = (
    "Here's exactly what {partner} will get:\n\n{message}\n\nThey can answer with one tap."
)
EDIT: Final = "Type your question the way you'd say it.\n\nRight now it reads: <i>“{text}”</i>"
SENT: Final = "Sent ✓ I'll tell you what {partner} says."
REMIND_LATER: Final = "Okay. I'll remind you in a few hours."
SOLO_START: Final = (
    "A Check In goes to your partner, so it needs them here. Invite them with /invite, "
    "then come back."
)

# --- what the partner receives (the relay) ---------------------------------------
# {text} arrives as a quote block: the asker's own words.
ASK_DELIVERY: Final = "{name} wants to know: did that help?\n{text}"
VERDICTS: Final = (
    ("helped", "It helped"),
    ("partly", "Partly"),
    ("else", "I needed something else"),
)

# --- the partner answering (flow checkin_answer) ----------------------------------
ANSWER_HELPED: Final = (
    "Glad it helped. Want to tell {partner} what made the difference? One line is plenty."
)
ANSWER_MORE: Final = "What would help next time? One line is plenty, and {partner} will see it."
ANSWER_NOTE_NOW: Final = "Right now it reads: <i>“{note}”</i>"
ANSWER_THANKS: Final = "Thanks. I've passed it on to {partner}. It's in your /playbook too."
ANSWER_NOT_NOW: Final = (
    "Okay, I haven't sent anything. The buttons on {partner}'s message stay there "
    "for when you're ready."
)
NOT_NOW_ANSWER_ACK: Final = "Okay. The buttons stay there for when you're ready."

# --- what the asker gets back ---------------------------------------------------
RESULT: Final = {
    "helped": "{name} says: it helped.",
    "partly": "{name} says: it partly helped.",
    "else": "{name} says: something else would have helped more.",
}
RESULT_NOTE: Final = "<i>“{note}”</i>"

# --- /playbook -----------------------------------------------------------------
PLAYBOOK_TITLE_OWNER: Final = "What helps you, in your own words"
PLAYBOOK_TITLE_OTHER: Final = "What helps {name}, in their own words"
PLAYBOOK_EMPTY_OWNER: Final = "Nothing here yet. When you answer a Check In, your words land here."
PLAYBOOK_EMPTY_OTHER: Final = (
    "Nothing here yet. After your next Check In, {name}'s answers will show up here."
)
PLAYBOOK_VERDICTS: Final = {
    "helped": "It helped",
    "partly": "Partly",
    "else": "Needed something else",
}
PLAYBOOK_LINE: Final = "• {date} · {verdict}: <i>“{note}”</i>"
PLAYBOOK_LINE_BARE: Final = "• {date} · {verdict}"
PLAYBOOK_MORE: Final = "…and {count} earlier."

"""Every text the daily prompts show, in one place.

Placeholders use ``str.format`` names: ``{partner}`` is the partner's first name
(or "your partner"), ``{when}`` a moment already formatted for people to read.
Wording follows VOICE.md: brief, warm, no guilt about consistency (no streaks).
"""

from __future__ import annotations

from typing import Final

from flows.content.common import PRACTICE_STEPS
from flows.content.prompts import Category
from flows.i18n import localize_module, msg, plural

# --- the prompt itself -----------------------------------------------------------

# The five steps by their own names (flows.content.common), then the extras.
STEP_NAMES: Final[dict[Category, str]] = {
    **{step.value: name for step, name in PRACTICE_STEPS.items()},
    "appreciation": msg("Appreciation"),
    "why": msg("What gets in the way"),
    "fun": msg("Just for fun"),
}

PROMPT_HEADER: Final = msg("Today's question · {step}")
# Under a prompt answered with a line of text.
TEXT_ANSWER_HINT: Final = msg("Reply with a line whenever you're ready.")
# What a person types into when answering a daily question in the group (ForceReply).
ANSWER_PLACEHOLDER: Final = msg("Your answer")

SNOOZE_HOUR_LABEL: Final = msg("Snooze 1 hour")
SNOOZE_EVENING_LABEL: Final = msg("This evening")
SKIP_TODAY_LABEL: Final = msg("Skip today")
JUST_FOR_ME_LABEL: Final = msg("🔒 Just for me")
# Said plainly with the first question a partner gets (and in /settings).
CONSENT: Final = msg(
    "Your answer is shown to {partner} once you've both answered. "
    "To keep one private, tap 🔒 Just for me: it goes to your journal and is never shown."
)
SETTINGS_CONSENT: Final = msg(
    "Daily answers are shown to your partner once you've both answered. "
    "🔒 Just for me under a question keeps that answer in your journal, never shown."
)
JUST_FOR_ME_NOTICE: Final = msg("This one stays just for you.")
JUST_FOR_ME_ON: Final = msg("🔒 Just for me: this answer goes to your journal and is never shown.")

SNOOZED: Final = msg("Okay, I'll ask again at {when}.")
SKIPPED: Final = msg("No problem, today's question is skipped. See you next time.")

# --- answering and the reveal ----------------------------------------------------

SAVED_WAITING: Final = msg("Saved. Your answer stays private until {partner} answers too.")
SAVED_JOURNAL: Final = msg(
    "Saved in your journal. Only you can see it.\n"
    "When you invite your partner, you'll answer together."
)
REVEAL: Final = msg("You both answered 🤝\nYou: {mine}\n{partner}: {theirs}")
# Above the answers, so the reveal makes sense on its own ({question} is HTML already).
REVEAL_QUESTION: Final = msg("<i>{question}</i>")
SAVED_JUST_FOR_ME: Final = msg("Kept in your journal, just for you. Nobody else will see it.")
SAVED_PARTNER_KEPT_THEIRS: Final = msg(
    "Saved. {partner} kept today's answer just for them, so yours stays private too."
)
NUDGE: Final = msg("{partner} answered today's question: answer yours to see it.")
# Reactions under a reveal.
REACT_HEART_LABEL: Final = "💛"
REACT_TALK_LABEL: Final = msg("Let's talk about it tonight")
REACT_MORE_LABEL: Final = msg("Ask more")
REACT_HEART_DELIVERY: Final = msg("💛 from {name}, for your answers today.")
REACT_HEART_SENT: Final = msg("Sent 💛")
REACT_TALK_DELIVERY: Final = msg("{name} would like to talk about today's question tonight.")
REACT_TALK_SENT: Final = msg("I've told {partner} you'd like to talk about it tonight.")
REACT_ALREADY: Final = msg("Already sent.")
REMIND_ME_LABEL: Final = msg("Remind me at {when}")
REMINDER_SET: Final = msg("I'll give you a gentle reminder at {when}.")
TALK_REMINDER: Final = msg(
    "A gentle reminder: you and {partner} wanted to talk about today's question."
)
ASK_MORE_PICK: Final = msg("What would you like to ask {partner}?")
ASK_MORE_SUGGESTIONS: Final = (
    ("why", msg("What made you answer that way?")),
    ("more", msg("Tell me more about that?")),
    ("help", msg("What would help you with that?")),
)
ASK_MORE_PREVIEW: Final = msg("Here's exactly what {partner} will get:\n\n{message}")
ASK_MORE_SENT: Final = msg("Sent 💬")
# What the partner reads: {name} asks; {question} is today's question (HTML already).
ASK_MORE_DELIVERY: Final = msg(
    "{name} would like to hear more about today's question:\n<i>{question}</i>\n\n{text}"
)
ASK_MORE_DELIVERY_PLAIN: Final = msg(
    "{name} would like to hear more about today's question:\n\n{text}"
)
REACT_NOT_AVAILABLE: Final = msg("Reactions are for a question you both answered.")
ALREADY_ANSWERED: Final = msg("You've already answered today's question.")
QUESTION_CLOSED: Final = msg("That question has passed. A new one comes at your usual time.")
EMPTY_ANSWER: Final = msg("Write a line when you're ready, or tap Skip today.")

# --- weekly summary: encouraging, never a streak ---------------------------------
# The plural form follows {window}: it is the count the word "days" belongs to.

WEEKLY_ALL: Final = plural(
    "You both answered {n} of the last {window} days. That's a lot of showing up for each other.",
    "You both answered {n} of the last {window} days. That's a lot of showing up for each other.",
    count="window",
)
WEEKLY_SOME: Final = plural(
    "You both answered {n} of the last {window} days. "
    "Each one was a moment you made room for each other.",
    "You both answered {n} of the last {window} days. "
    "Each one was a moment you made room for each other.",
    count="window",
)
WEEKLY_NONE: Final = msg(
    "A quiet week for the daily questions, and that's okay. "
    "The next one is a fresh start, whenever you're both ready."
)
WEEKLY_JOURNAL_ALL: Final = plural(
    "You answered {n} of the last {window} days. Lovely consistency.",
    "You answered {n} of the last {window} days. Lovely consistency.",
    count="window",
)
WEEKLY_JOURNAL_SOME: Final = plural(
    "You answered {n} of the last {window} days. Every answer is practice that counts.",
    "You answered {n} of the last {window} days. Every answer is practice that counts.",
    count="window",
)
WEEKLY_JOURNAL_NONE: Final = msg(
    "A quiet week for the daily questions, and that's okay. The next one is waiting for you."
)

# --- pause, resume and settings --------------------------------------------------

PAUSED_FOR: Final = msg(
    "Paused until {when}. Send /resume any time to start sooner.\nYour answers are kept safe."
)
PAUSED_UNTIL_RESUME: Final = msg("Paused until you send /resume. Take the time you need.")
PAUSE_INVALID: Final = msg(
    "I didn't catch how long. Try /pause 3 for three days or /pause a week "
    "(up to 60 days), or just /pause to stop until you /resume."
)
RESUMED: Final = msg("Welcome back. Next question: {when}.")
NOT_PAUSED: Final = msg("Your daily questions are already on.")

SETTINGS_NEXT: Final = msg("Next prompt: {when}")
SETTINGS_PAUSED_FOR: Final = msg("Prompts paused until {when}.")
SETTINGS_PAUSED: Final = msg("Prompts paused until you /resume.")
SETTINGS_OFF: Final = msg("Daily prompts are off.")

# A moment in the person's time: "Tue 26 Nov, 20:00".
LOCAL_MOMENT: Final = msg("{weekday} {day} {month}, {time}")
# Lists of days: "Mon, Wed and Fri".
LIST_SEPARATOR: Final = ", "
LIST_LAST: Final = msg(" and ")

# Group mode, /days and /weekly.
GROUP_PROMPT_HINT: Final = msg(
    "Reply to this message to answer here (the group sees it), or tap Answer privately."
)
GROUP_CHOICE_HINT: Final = msg("Tap an answer here (the group sees it), or tap Answer privately.")
ANSWER_PRIVATELY_LABEL: Final = msg("🔒 Answer privately")
ANSWER_PRIVATELY_INTRO: Final = msg(
    "Here's today's question from your group. Answer it here and only {partner} sees it, "
    "once you've both answered."
)
# Once per couple, under the first answer typed as a reply in the group.
GROUP_REPLY_NOTE: Final = msg(
    "Note: everyone in this group can read answers typed here. "
    "To keep yours between the two of you, use 🔒 Answer privately next time."
)
# Notices (answerCallbackQuery) for Snooze and Skip pressed on the group's post.
GROUP_SNOOZED_FOR_YOU: Final = msg("Okay, I'll ask you again in our private chat at {when}.")
GROUP_SKIPPED_FOR_YOU: Final = msg("Skipped for you today. Nothing is posted.")
GROUP_OPENED_PRIVATELY: Final = msg("You have this question in our private chat already.")
GROUP_ANSWERED: Final = msg(
    "Thanks, {name}. I'll share both answers once {partner} has answered too."
)
GROUP_REVEAL: Final = msg(
    "You both answered 🤝\n{first}: {first_answer}\n{second}: {second_answer}"
)
GROUP_PARTNER_KEPT_THEIRS: Final = msg(
    "Thanks, {name}. {partner} kept today's answer just for them, so there's no reveal today."
)
# One of them answered in private: the reveal goes to each privately, never to the group.
GROUP_REVEALED_PRIVATELY: Final = msg(
    "Thanks, {name}. You've both answered, so I've sent each of you both answers in private."
)
# A button press in the group from anyone but the couple (a short notice, nothing changes).
GROUP_BUTTONS_PARTNERS_ONLY: Final = msg(
    "Only the couple this group belongs to can use these buttons."
)
GROUP_PROMPTS_ON: Final = msg(
    "From now on your daily question is posted in your shared group, once for you both.\n"
    "Anyone in the group can see the question and the answers typed there; "
    "tap 🔒 Answer privately to answer between the two of you. "
    "Your answers are shown in the group only when you both answered there.\n"
    "When you both answered, the reveal is posted there too. "
    "Send /groupprompts off to move everything back to your private chats."
)
GROUP_PROMPTS_OFF: Final = msg("Daily questions go back to your private chats with me.")
GROUP_PROMPTS_ON_TOLD: Final = msg("{partner} moved your daily questions to your shared group.")
GROUP_PROMPTS_OFF_TOLD: Final = msg(
    "{partner} moved your daily questions back to your private chats."
)
GROUP_PROMPTS_NO_GROUP: Final = msg(
    "You don't have a shared group yet. Add me to a group with {partner}, then send /link there."
)
GROUP_PROMPTS_NOT_PAIRED: Final = msg(
    "Shared questions are for couples. Type /invite to bring your partner in first."
)
GROUP_PROMPTS_STATUS: Final = msg(
    "Daily questions come to {where}. Send /groupprompts on or /groupprompts off to change it."
)
WHERE_GROUP: Final = msg("your shared group")
WHERE_PRIVATE: Final = msg("your private chats")
DAYS_QUESTION: Final = msg("Which days would you like a daily question?")
DAYS_EVERY_LABEL: Final = msg("Every day")
DAYS_WEEKDAYS_LABEL: Final = msg("Weekdays")
DAYS_WEEKENDS_LABEL: Final = msg("Weekends")
NOT_NOW_LABEL: Final = msg("Not now")
DAYS_SAVED: Final = msg("Daily questions on {days}.\n{next}")
DAYS_INVALID: Final = msg(
    "I didn't catch which days. Try /days every day, /days weekdays or /days mon wed fri."
)
DAYS_UNCHANGED: Final = msg("Okay, nothing changed.")
DAYS_LINE: Final = msg("Days: {days}")
DAYS_EVERY: Final = msg("every day")
DAYS_WEEKDAYS: Final = msg("weekdays")
DAYS_WEEKENDS: Final = msg("weekends")
WEEKLY_CURRENT: Final = msg(
    "Your weekly look back comes on {day}s at {time}. "
    "To move it for you both, send for example /weekly sunday 19:00."
)
WEEKLY_SAVED: Final = msg("Your weekly look back now comes on {day}s at {time}.")
WEEKLY_TOLD_PARTNER: Final = msg("{partner} moved your weekly look back to {day}s at {time}.")
WEEKLY_INVALID: Final = msg(
    "I didn't catch that. Try /weekly sunday 19:00, or /weekly card off for no picture."
)
WEEKLY_CARD_ON_LINE: Final = msg("Weekly picture card: on (/weekly card off to stop it).")
WEEKLY_CARD_OFF_LINE: Final = msg("Weekly picture card: off (/weekly card on to bring it back).")
WEEKLY_CARD_ON: Final = msg("Your weekly look back comes with its picture card again.")
WEEKLY_CARD_OFF: Final = msg("Okay, your weekly look back comes as a message only, no picture.")
# A partner pressed "Let's talk" under the group's reveal: the rest comes privately.
REACT_TALK_SENT_NOTICE: Final = msg("Sent. I've written to you privately about a reminder.")

localize_module(__name__)

"""Every text the daily prompts show, in one place.

Placeholders use ``str.format`` names: ``{partner}`` is the partner's first name
(or "your partner"), ``{when}`` a moment already formatted for people to read.
Wording follows VOICE.md: brief, warm, no guilt about consistency (no streaks).
"""

from __future__ import annotations

from typing import Final

from flows.content.prompts import Category

# --- the prompt itself -----------------------------------------------------------

STEP_NAMES: Final[dict[Category, str]] = {
    "read": "Read the Moment",
    "side": "Take Their Side",
    "action": "Take Action",
    "checkin": "Check In",
    "reinforce": "Reinforce",
    "appreciation": "Appreciation",
    "why": "What gets in the way",
    "fun": "Just for fun",
}

PROMPT_HEADER: Final = "Today's question · {step}"
# Under a prompt answered with a line of text.
TEXT_ANSWER_HINT: Final = "Reply with a line whenever you're ready."
PARTNER_FALLBACK: Final = "your partner"

SNOOZE_HOUR_LABEL: Final = "Snooze 1 hour"
SNOOZE_EVENING_LABEL: Final = "This evening"
SKIP_TODAY_LABEL: Final = "Skip today"
JUST_FOR_ME_LABEL: Final = "🔒 Just for me"
# Said plainly with the first question a partner gets (and in /settings).
CONSENT: Final = (
    "Your answer is shown to {partner} once you've both answered. "
    "To keep one private, tap 🔒 Just for me: it goes to your journal and is never shown."
)
SETTINGS_CONSENT: Final = (
    "Daily answers are shown to your partner once you've both answered. "
    "🔒 Just for me under a question keeps that answer in your journal, never shown."
)
JUST_FOR_ME_NOTICE: Final = "This one stays just for you."
JUST_FOR_ME_ON: Final = "🔒 Just for me: this answer goes to your journal and is never shown."

SNOOZED: Final = "Okay, I'll ask again at {when}."
SKIPPED: Final = "No problem, today's question is skipped. See you next time."

# --- answering and the reveal ----------------------------------------------------

SAVED_WAITING: Final = "Saved. Your answer stays private until {partner} answers too."
SAVED_JOURNAL: Final = (
    "Saved in your journal. Only you can see it.\n"
    "When you invite your partner, you'll answer together."
)
REVEAL: Final = "You both answered 🤝\nYou: {mine}\n{partner}: {theirs}"
# Above the answers, so the reveal makes sense on its own ({question} is HTML already).
REVEAL_QUESTION: Final = "<i>{question}</i>"
SAVED_JUST_FOR_ME: Final = "Kept in your journal, just for you. Nobody else will see it."
SAVED_PARTNER_KEPT_THEIRS: Final = (
    "Saved. {partner} kept today's answer just for them, so yours stays private too."
)
NUDGE: Final = "{partner} answered today's question: answer yours to see it."
# Reactions under a reveal.
REACT_HEART_LABEL: Final = "💛"
REACT_TALK_LABEL: Final = "Let's talk about it tonight"
REACT_MORE_LABEL: Final = "Ask more"
REACT_HEART_DELIVERY: Final = "💛 from {name}, for your answers today."
REACT_HEART_SENT: Final = "Sent 💛"
REACT_TALK_DELIVERY: Final = "{name} would like to talk about today's question tonight."
REACT_TALK_SENT: Final = "I've told {partner} you'd like to talk about it tonight."
REACT_ALREADY: Final = "Already sent."
REMIND_ME_LABEL: Final = "Remind me at {when}"
REMINDER_SET: Final = "I'll give you a gentle reminder at {when}."
TALK_REMINDER: Final = "A gentle reminder: you and {partner} wanted to talk about today's question."
ASK_MORE_PICK: Final = "What would you like to ask {partner}?"
ASK_MORE_SUGGESTIONS: Final = (
    ("why", "What made you answer that way?"),
    ("more", "Tell me more about that?"),
    ("help", "What would help you with that?"),
)
ASK_MORE_PREVIEW: Final = "Here's exactly what {partner} will get:\n\n{message}"
ASK_MORE_SENT: Final = "Sent 💬"
# What the partner reads: {name} asks; {question} is today's question (HTML already).
ASK_MORE_DELIVERY: Final = (
    "{name} would like to hear more about today's question:\n<i>{question}</i>\n\n{text}"
)
ASK_MORE_DELIVERY_PLAIN: Final = "{name} would like to hear more about today's question:\n\n{text}"
REACT_NOT_AVAILABLE: Final = "Reactions are for a question you both answered."
ALREADY_ANSWERED: Final = "You've already answered today's question."
QUESTION_CLOSED: Final = "That question has passed. A new one comes at your usual time."
EMPTY_ANSWER: Final = "Write a line when you're ready, or tap Skip today."

# --- weekly summary: encouraging, never a streak ---------------------------------

WEEKLY_ALL: Final = (
    "You both answered {n} of the last {window} days. That's a lot of showing up for each other."
)
WEEKLY_SOME: Final = (
    "You both answered {n} of the last {window} days. "
    "Each one was a moment you made room for each other."
)
WEEKLY_NONE: Final = (
    "A quiet week for the daily questions, and that's okay. "
    "The next one is a fresh start, whenever you're both ready."
)
WEEKLY_JOURNAL_ALL: Final = "You answered {n} of the last {window} days. Lovely consistency."
WEEKLY_JOURNAL_SOME: Final = (
    "You answered {n} of the last {window} days. Every answer is practice that counts."
)
WEEKLY_JOURNAL_NONE: Final = (
    "A quiet week for the daily questions, and that's okay. The next one is waiting for you."
)

# --- pause, resume and settings --------------------------------------------------

PAUSED_FOR: Final = (
    "Paused until {when}. Send /resume any time to start sooner.\nYour answers are kept safe."
)
PAUSED_UNTIL_RESUME: Final = "Paused until you send /resume. Take the time you need."
PAUSE_INVALID: Final = (
    "I didn't catch how long. Try /pause 3 for three days or /pause a week "
    "(up to 60 days), or just /pause to stop until you /resume."
)
RESUMED: Final = "Welcome back. Next question: {when}."
NOT_PAUSED: Final = "Your daily questions are already on."

SETTINGS_NEXT: Final = "Next prompt: {when}"
SETTINGS_PAUSED_FOR: Final = "Prompts paused until {when}."
SETTINGS_PAUSED: Final = "Prompts paused until you /resume."
SETTINGS_OFF: Final = "Daily prompts are off."

WEEKDAY_ABBR: Final = ("Mon", "Tue", "Wed", "Thu", "Fri", "Sat", "Sun")
MONTH_ABBR: Final = (
    "Jan",
    "Feb",
    "Mar",
    "Apr",
    "May",
    "Jun",
    "Jul",
    "Aug",
    "Sep",
    "Oct",
    "Nov",
    "Dec",
)

# Group mode, /days and /weekly.
GROUP_PROMPT_HINT: Final = (
    "Reply to this message to answer here (the group sees it), or tap Answer privately."
)
GROUP_CHOICE_HINT: Final = "Tap an answer here (the group sees it), or tap Answer privately."
ANSWER_PRIVATELY_LABEL: Final = "🔒 Answer privately"
ANSWER_PRIVATELY_INTRO: Final = (
    "Here's today's question from your group. Answer it here and only {partner} sees it, "
    "once you've both answered."
)
# Once per couple, under the first answer typed as a reply in the group.
GROUP_REPLY_NOTE: Final = (
    "Note: everyone in this group can read answers typed here. "
    "To keep yours between the two of you, use 🔒 Answer privately next time."
)
# Notices (answerCallbackQuery) for Snooze and Skip pressed on the group's post.
GROUP_SNOOZED_FOR_YOU: Final = "Okay, I'll ask you again in our private chat at {when}."
GROUP_SKIPPED_FOR_YOU: Final = "Skipped for you today. Nothing is posted."
GROUP_OPENED_PRIVATELY: Final = "You have this question in our private chat already."
GROUP_ANSWERED: Final = "Thanks, {name}. I'll share both answers once {partner} has answered too."
GROUP_REVEAL: Final = "You both answered 🤝\n{first}: {first_answer}\n{second}: {second_answer}"
GROUP_PARTNER_KEPT_THEIRS: Final = (
    "Thanks, {name}. {partner} kept today's answer just for them, so there's no reveal today."
)
# One of them answered in private: the reveal goes to each privately, never to the group.
GROUP_REVEALED_PRIVATELY: Final = (
    "Thanks, {name}. You've both answered, so I've sent each of you both answers in private."
)
# A button press in the group from anyone but the couple (a short notice, nothing changes).
GROUP_BUTTONS_PARTNERS_ONLY: Final = "Only the couple this group belongs to can use these buttons."
GROUP_PROMPTS_ON: Final = (
    "From now on your daily question is posted in your shared group, once for you both.\n"
    "Anyone in the group can see the question and the answers typed there; "
    "tap 🔒 Answer privately to answer between the two of you. "
    "Your answers are shown in the group only when you both answered there.\n"
    "When you both answered, the reveal is posted there too. "
    "Send /groupprompts off to move everything back to your private chats."
)
GROUP_PROMPTS_OFF: Final = "Daily questions go back to your private chats with me."
GROUP_PROMPTS_ON_TOLD: Final = "{partner} moved your daily questions to your shared group."
GROUP_PROMPTS_OFF_TOLD: Final = "{partner} moved your daily questions back to your private chats."
GROUP_PROMPTS_NO_GROUP: Final = (
    "You don't have a shared group yet. Add me to a group with {partner}, then send /link there."
)
GROUP_PROMPTS_NOT_PAIRED: Final = (
    "Shared questions are for couples. Type /invite to bring your partner in first."
)
GROUP_PROMPTS_STATUS: Final = (
    "Daily questions come to {where}. Send /groupprompts on or /groupprompts off to change it."
)
WHERE_GROUP: Final = "your shared group"
WHERE_PRIVATE: Final = "your private chats"
DAYS_QUESTION: Final = "Which days would you like a daily question?"
DAYS_EVERY_LABEL: Final = "Every day"
DAYS_WEEKDAYS_LABEL: Final = "Weekdays"
DAYS_WEEKENDS_LABEL: Final = "Weekends"
NOT_NOW_LABEL: Final = "Not now"
DAYS_SAVED: Final = "Daily questions on {days}.\n{next}"
DAYS_INVALID: Final = (
    "I didn't catch which days. Try /days every day, /days weekdays or /days mon wed fri."
)
DAYS_UNCHANGED: Final = "Okay, nothing changed."
DAYS_LINE: Final = "Days: {days}"
DAYS_EVERY: Final = "every day"
DAYS_WEEKDAYS: Final = "weekdays"
DAYS_WEEKENDS: Final = "weekends"
DAY_NAMES: Final = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
WEEKLY_CURRENT: Final = (
    "Your weekly look back comes on {day}s at {time}. "
    "To move it for you both, send for example /weekly sunday 19:00."
)
WEEKLY_SAVED: Final = "Your weekly look back now comes on {day}s at {time}."
WEEKLY_TOLD_PARTNER: Final = "{partner} moved your weekly look back to {day}s at {time}."
WEEKLY_INVALID: Final = (
    "I didn't catch that. Try /weekly sunday 19:00, or /weekly card off for no picture."
)
WEEKLY_CARD_ON_LINE: Final = "Weekly picture card: on (/weekly card off to stop it)."
WEEKLY_CARD_OFF_LINE: Final = "Weekly picture card: off (/weekly card on to bring it back)."
WEEKLY_CARD_ON: Final = "Your weekly look back comes with its picture card again."
WEEKLY_CARD_OFF: Final = "Okay, your weekly look back comes as a message only, no picture."
# A partner pressed "Let's talk" under the group's reveal: the rest comes privately.
REACT_TALK_SENT_NOTICE: Final = "Sent. I've written to you privately about a reminder."

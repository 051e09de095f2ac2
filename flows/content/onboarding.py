"""Texts and labels for /start, /settings, pairing, groups and the everyday commands.

Kept apart from the logic so a copy editor can work here alone.
Placeholders use str.format names.
"""

from __future__ import annotations

from flows.i18n import localize_module, msg, plural
from flows.practice import PracticeStep

# What each of the five steps asks of you, in the welcome.
STEP_GISTS = {
    PracticeStep.READ: msg("notice when your partner is uncomfortable or dismissed."),
    PracticeStep.SIDE: msg("stand with them now, talk it over privately later."),
    PracticeStep.ACTION: msg("step in, step closer, or change the subject."),
    PracticeStep.CHECK_IN: msg("ask them afterwards, “Did that help?”"),
    PracticeStep.REINFORCE: msg("tell them, “I've always got your back.”"),
}
WELCOME_STEP = msg("{number}. <b>{title}</b>: {gist}")
WELCOME_HELLO = msg(
    "Hi {name} 👋 I'm couplebot, a practice companion for having each other's back."
)
# The five steps, for everyone who starts: the one who invites and the one invited.
# The intro, then one WELCOME_STEP line per step (flows.onboarding.five_steps).
FIVE_STEPS_INTRO = msg("It comes down to five small steps:")
WELCOME_PRACTICE = msg(
    "I'll help you practise after real moments, and with one short question a day."
)
WELCOME_BACK = msg("Welcome back, {name}. Type /help to see what I can do.")
# The time zone buttons: (zone, the place as people name it).
ZONE_BUTTONS = (
    ("Europe/London", msg("London")),
    ("Europe/Berlin", msg("Berlin")),
    ("America/New_York", msg("New York")),
    ("America/Los_Angeles", msg("Los Angeles")),
    ("Asia/Kolkata", msg("India")),
    ("Australia/Sydney", msg("Sydney")),
    ("UTC", msg("UTC")),
)
ASK_TIMEZONE = msg(
    "First, which time zone are you in? Tap one, or type a name like Europe/Berlin "
    "or an offset like +05:30."
)
ASK_TIME = msg(
    "What time of day suits you for a short daily question? Tap one, or type a time like "
    "20:00 or 8pm."
)
TIMEZONE_SAVED = msg("Got it: {zone}.")
TIME_SAVED = msg("Your daily question will come at {time} ({zone}).")
TIMEZONE_NOT_UNDERSTOOD = msg(
    "I couldn't read “{text}” as a time zone. Try a name like Europe/Berlin or "
    "America/New_York, or an offset like +05:30."
)
TIME_NOT_UNDERSTOOD = msg("I couldn't read “{text}” as a time. Try 20:00, 07:30 or 8pm.")
TEXT_EXPECTED = msg("I can only read typed text here. {question}")
ONBOARDED = msg(
    "You're all set. Type /invite to bring your partner in, or /help to see everything."
)
ONBOARDED_PAIRED = msg("You're all set, and you and {partner} are connected. Type /help any time.")
# Both partners, once they are a couple and know their daily time.
WHAT_NEXT = msg(
    "<b>What happens next</b>\n"
    "• Every day at {time} you both get one short question. "
    "Your answers show once you've both answered.\n"
    "• After a moment that mattered, send /moment. Before one, /prepare."
)
OTHER_BUTTON = msg("Type it instead")
TYPE_IT = msg("Go ahead and type it.")
CANCEL_LABEL = msg("Cancel")
SETTINGS = msg(
    "Your settings:\nTime zone: {zone}\nDaily question: {time}\n\nWhat would you like to change?"
)
SETTINGS_TIME_UNSET = msg("not set yet")
SETTINGS_CHANGE_TIMEZONE = msg("Time zone")
SETTINGS_CHANGE_TIME = msg("Daily time")
SETTINGS_DONE = msg("Done")
SETTINGS_CLOSED = msg("Settings saved.")
SETTINGS_NOT_ONBOARDED = msg("Let's get you set up first. Type /start.")
UNKNOWN_COMMAND = msg("I don't know /{command}. Type /help to see what I can do.")
TOO_LONG = plural(
    "That message is longer than I can take ({limit} character). "
    "Could you send it in a shorter form?",
    "That message is longer than I can take ({limit} characters). "
    "Could you send it in a shorter form?",
    count="limit",
)
STALE_BUTTON = msg("That button is from an older message, so I've left things as they are.")
ERROR_APOLOGY = msg("Sorry, something went wrong on my side. Please try that again in a moment.")

# Pairing
INVITE_LINK = plural(
    "Here's your invite for your partner. Tap the button, pick them and send: two taps. "
    "It works once and expires in {hours} hour. Or forward the message below.",
    "Here's your invite for your partner. Tap the button, pick them and send: two taps. "
    "It works once and expires in {hours} hours. Or forward the message below.",
    count="hours",
)
INVITE_SHARE = msg("📨 Send it to my partner")
# What the partner receives through the share button (Telegram adds the link).
INVITE_SHARE_TEXT = msg("Join me on couplebot so we can practise having each other's back.")
INVITE_FORWARD = msg("Join me on couplebot so we can practise having each other's back: {link}")
INVITE_ALREADY_PAIRED = msg(
    "You're already connected with {partner}. To pair with someone else, /unpair first."
)
INVITE_NOT_ONBOARDED = msg("Let's finish setting you up first. Type /start.")
INVITE_MALFORMED = msg(
    "That invite link looks incomplete. Ask your partner to copy the whole link, "
    "or to make a new one with /invite."
)
INVITE_UNKNOWN = msg(
    "I don't recognise that invite. Ask your partner for a fresh link: they can type /invite."
)
INVITE_EXPIRED = plural(
    "That invite has expired (links last {hours} hour). Ask your partner for a new one "
    "with /invite.",
    "That invite has expired (links last {hours} hours). Ask your partner for a new one "
    "with /invite.",
    count="hours",
)
INVITE_USED = msg("That invite has already been used. Ask your partner for a new one with /invite.")
INVITE_OWN = msg("That's your own invite link. Send it to your partner instead.")
INVITE_COUPLE_COMPLETE = msg(
    "That invite belongs to someone who is already paired, so it can't be used."
)
INVITE_ACCEPTOR_PAIRED = msg(
    "You're already connected with {partner}. To pair with someone else, /unpair first."
)
PAIRED = msg("You and {partner} are now a couple here 💛 You've got each other's back.")
# To the one who accepted an invite and is new here: a hello, then the five steps.
PAIRED_HELLO = msg("Hi {name} 👋 You and {partner} are now a couple here 💛")
PAIRED_NEXT_STEPS = msg("Two quick questions so I can reach you at the right time.")

UNPAIR_CONFIRM = msg(
    "This ends your connection with {partner}. Your own notes stay with you. End it?"
)
UNPAIR_YES = msg("Yes, end it")
UNPAIR_NO = msg("Keep it")
UNPAIR_KEPT = msg("Okay, nothing changed.")
UNPAIR_DONE = msg("Done. You and {partner} are no longer connected here.")
UNPAIR_TOLD_PARTNER = msg("{partner} ended your connection here. Your own notes stay with you.")
UNPAIR_NOT_PAIRED = msg(
    "You're not paired with anyone right now. Type /invite to invite your partner."
)

# Groups
GROUP_LINKED = msg(
    "This group is now {first} and {second}'s shared space 💛 "
    "I only see commands and replies to my messages here, and I post nothing "
    "until you ask: send /groupprompts on to get your daily question here "
    "(answers show here only when you both answered here)."
)
GROUP_ALREADY_LINKED = msg("This group is already {first} and {second}'s shared space.")
GROUP_NOT_A_PARTNER = msg(
    "Only the two partners of a couple can use me here. Start a private chat with me "
    "to set up your own."
)
GROUP_NOT_PAIRED = msg(
    "To link this group, first pair with your partner in a private chat with me (/invite), "
    "then send /link here."
)
GROUP_PARTNER_MISSING = msg("{partner} isn't in this group yet. Add them, then send /link.")
GROUP_HELLO = msg(
    "Hi! I can be a shared space for a couple. When both partners are here, one of you sends /link."
)
THE_GROUP = msg("the group")
GROUP_LINK_ENDED_BOT_REMOVED = msg(
    "I was removed from “{title}”, so it's no longer your shared space."
)
GROUP_LINK_ENDED_PARTNER_LEFT = msg(
    "{name} left “{title}”, so it's no longer your shared space. "
    "Send /link there to set it up again."
)
GROUP_OTHER_COUPLE = msg("This group is already the shared space of another couple.")

UNDELIVERABLE = msg(
    "I couldn't deliver your message to {partner}: they may have blocked me or left Telegram. "
    "It's saved here with your notes."
)

# /language: the buttons are each language's own name.
LANGUAGE_QUESTION = msg("Which language would you like me to speak?")
LANGUAGE_SAVED = msg("Okay, I'll speak {language} with you from now on.")
DELETE_CONFIRM = msg(
    "This deletes everything I keep about you: your reflections, messages between you and "
    "your partner, and your settings. If you're paired, the connection ends too. Delete it all?"
)
DELETE_YES = msg("Yes, delete everything")
DELETE_NO = msg("Keep my data")
DELETE_KEPT = msg("Okay, nothing was deleted.")
DELETE_DONE = msg(
    "Done. Everything about you is deleted. If you ever want to come back, send /start."
)
DELETE_TOLD_PARTNER = msg("Your connection on couplebot has ended.")
EXPORT_CAPTION = msg("Everything I keep about you, as a JSON file.")
MOMENT_IN_PRIVATE = msg("Reflections are personal, so let's do this in our private chat.")
MOMENT_OPEN_PRIVATE = msg("Open the private chat")
PARTNER_CHANGED = msg(
    "Your connection changed since we started, so I didn't send that. "
    "Start again with /moment if you'd like to."
)

localize_module(__name__)

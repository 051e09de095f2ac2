"""What the command menus and /help say about each command (bot/commands.py is the table)."""

from __future__ import annotations

from typing import Final

from flows.i18n import localize_module, msg

# Private chat menu (set_my_commands), by command.
MENU: Final = {
    "moment": msg("Talk through a moment"),
    "prepare": msg("Get ready before an event"),
    "reinforce": msg("Tell your partner you've got their back"),
    "checkin": msg("Ask your partner: did that help?"),
    "quiz": msg("How do we have each other's back?"),
    "playbook": msg("What helps each of you"),
    "history": msg("Your reflections"),
    "start": msg("Start, or see the introduction again"),
    "invite": msg("Invite your partner"),
    "settings": msg("Time zone and daily time"),
    "cancel": msg("Stop what we're doing"),
    "back": msg("One step back in what we're doing"),
    "days": msg("Which days you get a daily question"),
    "pause": msg("Pause daily questions"),
    "resume": msg("Resume daily questions"),
    "weekly": msg("When the weekly summary comes"),
    "groupprompts": msg("Daily questions in your shared group"),
    "export": msg("Download your data"),
    "deletedata": msg("Delete everything about you"),
    "unpair": msg("End the connection with your partner"),
    "language": msg("Change the language"),
    "help": msg("What I can do"),
}
# Group menu, by command.
GROUP_MENU: Final = {
    "link": msg("Make this group your shared space"),
    "moment": msg("Talk through a moment, in private"),
    "groupprompts": msg("Daily questions here, once for you both"),
    "help": msg("What I can do here"),
}

HELP_HEADER: Final = msg("Here's what I can do:")
# /help in private: one line per command (a line may name a few related ones).
HELP: Final = {
    "moment": msg("/moment – talk through a moment, from either side"),
    "prepare": msg("/prepare – get ready together before an event"),
    "reinforce": msg("/reinforce – tell your partner you've got their back"),
    "checkin": msg("/checkin – ask your partner how it was for them"),
    "quiz": msg("/quiz – how do we have each other's back? Eight quick questions"),
    "playbook": msg("/playbook – what helps each of you, in your own words"),
    "history": msg("/history – your reflections"),
    "invite": msg("/invite – invite your partner"),
    "settings": msg("/settings – time zone and daily time"),
    "cancel": msg("/cancel – stop whatever we're doing"),
    "days": msg("/days · /weekly · /pause · /resume – your daily question"),
    "groupprompts": msg("/groupprompts – daily question in your shared group"),
    "export": msg("/export – all your data as a file · /deletedata – delete it"),
    "unpair": msg("/unpair – end the connection with your partner"),
    "language": msg("/language – the language I speak"),
}
GROUP_HELP_HEADER: Final = msg("In a group I only see commands and replies to my messages.")
GROUP_HELP: Final = {
    "link": msg("/link – make this group your shared space (both partners must be here)"),
    "moment": msg("/moment – talk through a moment (we'll continue in private)"),
    "groupprompts": msg("/groupprompts on|off – your daily question here, once for you both"),
    "help": msg("/help – this list"),
}

# A private chat command sent in a group: a button opens the private chat.
PRIVATE_ONLY: Final = msg("/{command} works in our private chat. Open it and send it there.")
OPEN_PRIVATE: Final = msg("Open the private chat")

localize_module(__name__)

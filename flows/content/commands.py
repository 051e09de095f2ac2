"""What the command menus and /help say about each command (bot/commands.py is the table)."""

from __future__ import annotations

from typing import Final

# Private chat menu (set_my_commands), by command.
MENU: Final = {
    "moment": "Talk through a moment",
    "prepare": "Get ready before an event",
    "reinforce": "Tell your partner you've got their back",
    "checkin": "Ask your partner: did that help?",
    "quiz": "How do we have each other's back?",
    "playbook": "What helps each of you",
    "history": "Your reflections",
    "start": "Start, or see the introduction again",
    "invite": "Invite your partner",
    "settings": "Time zone and daily time",
    "cancel": "Stop what we're doing",
    "back": "One step back in what we're doing",
    "days": "Which days you get a daily question",
    "pause": "Pause daily questions",
    "resume": "Resume daily questions",
    "weekly": "When the weekly summary comes",
    "groupprompts": "Daily questions in your shared group",
    "export": "Download your data",
    "deletedata": "Delete everything about you",
    "unpair": "End the connection with your partner",
    "help": "What I can do",
}
# Group menu, by command.
GROUP_MENU: Final = {
    "link": "Make this group your shared space",
    "moment": "Talk through a moment, in private",
    "groupprompts": "Daily questions here, once for you both",
    "help": "What I can do here",
}

HELP_HEADER: Final = "Here's what I can do:"
# /help in private: one line per command (a line may name a few related ones).
HELP: Final = {
    "moment": "/moment – talk through a moment, from either side",
    "prepare": "/prepare – get ready together before an event",
    "reinforce": "/reinforce – tell your partner you've got their back",
    "checkin": "/checkin – ask your partner how it was for them",
    "quiz": "/quiz – how do we have each other's back? Eight quick questions",
    "playbook": "/playbook – what helps each of you, in your own words",
    "history": "/history – your reflections",
    "invite": "/invite – invite your partner",
    "settings": "/settings – time zone and daily time",
    "cancel": "/cancel – stop whatever we're doing",
    "days": "/days · /weekly · /pause · /resume – your daily question",
    "groupprompts": "/groupprompts – daily question in your shared group",
    "export": "/export – all your data as a file · /deletedata – delete it",
    "unpair": "/unpair – end the connection with your partner",
}
GROUP_HELP_HEADER: Final = "In a group I only see commands and replies to my messages."
GROUP_HELP: Final = {
    "link": "/link – make this group your shared space (both partners must be here)",
    "moment": "/moment – talk through a moment (we'll continue in private)",
    "groupprompts": "/groupprompts on|off – your daily question here, once for you both",
    "help": "/help – this list",
}

# A private chat command sent in a group: a button opens the private chat.
PRIVATE_ONLY: Final = "/{command} works in our private chat. Open it and send it there."
OPEN_PRIVATE: Final = "Open the private chat"

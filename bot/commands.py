"""Every command in one table: which handler answers it in which chats, what the menus
and /help say. Handler registration (bot/app.py), the menus (set_my_commands), the
refusal of private chat commands in groups and /help are all derived from it.

A command with a private handler and none for groups is private-only: in a group it
is answered with a button that opens the private chat (bot.handlers.group.private_only).
"""

from __future__ import annotations

from collections.abc import Callable, Coroutine
from dataclasses import dataclass
from typing import Any

from telegram import Update

from bot.handlers import daily, flows, group, private
from bot.handlers.common import Context, answer, run_blocking, runtime, who
from bot.services import onboarding
from bot.services.outcome import say
from flows.content import commands as text
from flows.content import moment as moment_text

Handler = Callable[[Update, Context], Coroutine[Any, Any, None]]


@dataclass(frozen=True)
class Command:
    name: str
    # Who answers it in a private chat / in a group; None: not there.
    private: Handler | None = None
    group: Handler | None = None
    menu: str | None = None
    group_menu: str | None = None
    help: str | None = None
    group_help: str | None = None

    @property
    def private_only(self) -> bool:
        return self.private is not None and self.group is None


async def help_private(update: Update, context: Context) -> None:
    await run_blocking(context, onboarding.touch, runtime(context), who(update))
    # Why it matters, once more in brief, under the list of what I can do.
    await answer(update, context, say(f"{private_help_text()}\n\n{moment_text.WHY_HELP}"))


async def help_group(update: Update, context: Context) -> None:
    await answer(update, context, say(group_help_text()))


def _private(name: str, handler: Handler) -> Command:
    return Command(name, private=handler, menu=text.MENU.get(name), help=text.HELP.get(name))


# In the order of the private menu and /help.
COMMANDS: tuple[Command, ...] = (
    Command(
        "link",
        group=group.link,
        group_menu=text.GROUP_MENU["link"],
        group_help=text.GROUP_HELP["link"],
    ),
    Command(
        "moment",
        private=flows.flow_command,
        group=group.moment,
        menu=text.MENU["moment"],
        help=text.HELP["moment"],
        group_menu=text.GROUP_MENU["moment"],
        group_help=text.GROUP_HELP["moment"],
    ),
    _private("prepare", flows.flow_command),
    _private("reinforce", flows.flow_command),
    _private("checkin", flows.flow_command),
    _private("quiz", flows.flow_command),
    _private("playbook", flows.playbook),
    _private("history", flows.history),
    _private("start", private.start),
    _private("invite", private.invite),
    _private("settings", private.settings),
    _private("cancel", flows.cancel),
    _private("back", flows.flow_command),
    _private("days", daily.days),
    _private("pause", daily.pause),
    _private("resume", daily.resume),
    _private("weekly", daily.weekly),
    Command(
        "groupprompts",
        private=daily.group_prompts,
        group=daily.group_prompts,
        menu=text.MENU["groupprompts"],
        help=text.HELP["groupprompts"],
        group_menu=text.GROUP_MENU["groupprompts"],
        group_help=text.GROUP_HELP["groupprompts"],
    ),
    _private("export", flows.export),
    _private("deletedata", flows.delete_data),
    _private("unpair", private.unpair),
    _private("language", private.language),
    Command(
        "help",
        private=help_private,
        group=help_group,
        menu=text.MENU["help"],
        group_menu=text.GROUP_MENU["help"],
        group_help=text.GROUP_HELP["help"],
    ),
)

BY_NAME = {command.name: command for command in COMMANDS}


# The table is made at import; str() reads each catalogue text in the current language.
def private_menu() -> list[tuple[str, str]]:
    return [(c.name, str(c.menu)) for c in COMMANDS if c.menu is not None]


def group_menu() -> list[tuple[str, str]]:
    return [(c.name, str(c.group_menu)) for c in COMMANDS if c.group_menu is not None]


def private_help_text() -> str:
    lines = [str(c.help) for c in COMMANDS if c.help is not None]
    return "\n".join([text.HELP_HEADER, *lines])


def group_help_text() -> str:
    lines = [str(c.group_help) for c in COMMANDS if c.group_help is not None]
    return "\n".join([text.GROUP_HELP_HEADER, *lines])

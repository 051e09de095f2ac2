"""The command table (bot/commands.py) and what is derived from it: the handlers
registered, both menus, /help, and the refusal of private commands in groups."""

from __future__ import annotations

import re
from pathlib import Path

import pytest
from telegram.ext import CommandHandler

from bot import commands
from bot.app import build_application
from bot.handlers import flows as flow_handlers
from bot.handlers import group
from bot.settings import Settings
from flows.registry import engine

TOKEN = "123456:ABCDEFabcdef-test-token-0123456789"


@pytest.fixture(scope="module")
def handlers(tmp_path_factory: pytest.TempPathFactory) -> dict[tuple[str, str], object]:
    """(command name, "private" or "group") → the callback the Application runs for it."""
    db: Path = tmp_path_factory.mktemp("commands") / "unused.sqlite3"
    config = Settings(_env_file=None, telegram_bot_token=TOKEN, database_url=f"sqlite:///{db}")  # type: ignore[call-arg]
    app = build_application(config)
    found: dict[tuple[str, str], object] = {}
    for handler in app.handlers[0]:
        if not isinstance(handler, CommandHandler):
            continue
        kind = "private" if "ChatType.PRIVATE" in repr(handler.filters) else "group"
        assert kind == "private" or "ChatType.GROUPS" in repr(handler.filters)
        for name in handler.commands:
            assert (name, kind) not in found, f"/{name} registered twice in {kind} chats"
            found[name, kind] = handler.callback
    return found


@pytest.fixture(scope="module")
def registered(handlers: dict[tuple[str, str], object]) -> dict[str, set[str]]:
    """Command name → the chat kinds ("private", "group") a handler answers it in."""
    found: dict[str, set[str]] = {}
    for name, kind in handlers:
        found.setdefault(name, set()).add(kind)
    return found


def test_every_private_menu_command_has_a_handler_and_vice_versa(
    registered: dict[str, set[str]],
) -> None:
    menu = {name for name, _ in commands.private_menu()}
    handled = {name for name, kinds in registered.items() if "private" in kinds}
    assert menu == handled


def test_every_group_menu_command_has_a_handler(registered: dict[str, set[str]]) -> None:
    for name, _ in commands.group_menu():
        assert "group" in registered[name], name
    # And every command a group answers itself is in its menu.
    own = {c.name for c in commands.COMMANDS if c.group is not None}
    assert own == {name for name, _ in commands.group_menu()}


def test_private_only_commands_are_refused_in_groups(
    handlers: dict[tuple[str, str], object],
) -> None:
    for command in commands.COMMANDS:
        if command.private_only:
            assert handlers[command.name, "private"] is command.private
            assert handlers[command.name, "group"] is group.private_only, command.name


def test_menus_follow_telegrams_rules() -> None:
    for name, description in commands.private_menu() + commands.group_menu():
        assert re.fullmatch(r"[a-z0-9_]{1,32}", name), name
        assert 1 <= len(description) <= 256


@pytest.mark.parametrize(
    ("help_text", "scope"),
    [(commands.private_help_text(), "private"), (commands.group_help_text(), "group")],
)
def test_every_command_in_help_exists_there(
    registered: dict[str, set[str]], help_text: str, scope: str
) -> None:
    named = re.findall(r"/([a-z]+)", help_text)
    assert named
    for name in named:
        assert scope in registered.get(name, set()), f"/{name} in {scope} help has no handler"


def test_every_flow_command_of_the_engine_reaches_it() -> None:
    for name in engine.commands:
        assert commands.BY_NAME[name].private is flow_handlers.flow_command

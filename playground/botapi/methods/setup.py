"""What a bot calls to start: getMe, deleteWebhook, setMyCommands, getUpdates."""

from __future__ import annotations

import json
from typing import Any

from ..models import BOT_USER, JSON
from ..validation import bot_commands
from ..world import World

_GET_ME: JSON = {
    **BOT_USER,
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
    "can_connect_to_business": False,
    "has_main_web_app": False,
}


def get_me(world: World, params: JSON) -> JSON:
    return dict(_GET_ME)


def delete_webhook(world: World, params: JSON) -> bool:
    if params.get("drop_pending_updates") is True:
        world.updates.drop_pending()
    return True


def scope_key(scope: Any, language_code: Any) -> tuple[str, str]:
    scope = scope if isinstance(scope, dict) else {"type": "default"}
    return json.dumps(scope, sort_keys=True), str(language_code or "")


def set_my_commands(world: World, params: JSON) -> bool:
    commands = bot_commands(params)
    world.commands[scope_key(params.get("scope"), params.get("language_code"))] = commands
    return True


async def get_updates(world: World, params: JSON) -> list[JSON]:
    return await world.updates.get_updates(params)

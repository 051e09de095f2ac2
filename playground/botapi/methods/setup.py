"""What a bot calls to start: getMe, the webhook, setMyCommands, getUpdates."""

from __future__ import annotations

import json
from typing import Any

from ..errors import ApiError, Rejected
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
    world.webhook_url = ""
    if params.get("drop_pending_updates") is True:
        world.updates.drop_pending()
    return True


def set_webhook(world: World, params: JSON) -> bool:
    url = str(params.get("url") or "")
    if url and not url.startswith("https://") and "://127.0.0.1" not in url:
        raise Rejected(ApiError(400, "Bad Request: bad webhook: HTTPS url must be provided"))
    world.webhook_url = url
    if params.get("drop_pending_updates") is True:
        world.updates.drop_pending()
    return True


def get_webhook_info(world: World, params: JSON) -> JSON:
    return {
        "url": world.webhook_url,
        "has_custom_certificate": False,
        "pending_update_count": world.updates.undelivered(),
    }


def scope_key(scope: Any, language_code: Any) -> tuple[str, str]:
    scope = scope if isinstance(scope, dict) else {"type": "default"}
    return json.dumps(scope, sort_keys=True), str(language_code or "")


def set_my_commands(world: World, params: JSON) -> bool:
    commands = bot_commands(params)
    world.commands[scope_key(params.get("scope"), params.get("language_code"))] = commands
    return True


async def get_updates(world: World, params: JSON) -> list[JSON]:
    if world.webhook_url:
        raise Rejected(
            ApiError(
                409,
                "Conflict: can't use getUpdates method while webhook is active; "
                "use deleteWebhook to delete the webhook first",
            )
        )
    return await world.updates.get_updates(params)

"""Scripted people for end-to-end tests."""

from __future__ import annotations

import re
from typing import Any

from playground.botapi import FakeBotApi, FakeUser

LINK = re.compile(r"https://t\.me/\w+\?start=([A-Za-z0-9_-]+)")


async def onboard(
    api: FakeBotApi, user: FakeUser, *, zone: str = "Europe/Berlin", time: str = "20:00"
) -> None:
    """/start, then type the time zone and the time."""
    api.send_command(user, "/start")
    await api.wait_for_message(user.id, "which time zone")
    api.send_text(user, zone)
    await api.wait_for_message(user.id, "What time of day")
    api.send_text(user, time)
    await api.wait_for_message(user.id, "You're all set")


async def invite_code(api: FakeBotApi, user: FakeUser) -> str:
    api.send_command(user, "/invite")
    message = await api.wait_for_message(user.id, "https://t.me/")
    match = LINK.search(message["text"])
    assert match is not None, message["text"]
    return match.group(1)


async def pair(api: FakeBotApi, first: FakeUser, second: FakeUser) -> None:
    """Both onboarded, ``first`` invites, ``second`` accepts; both are told."""
    await onboard(api, first)
    code = await invite_code(api, first)
    await onboard(api, second)
    api.send_command(second, "/start", code)
    await api.wait_for_message(second.id, f"You and {first.first_name} are now a couple")
    await api.wait_for_message(first.id, f"You and {second.first_name} are now a couple")


def button_data(message: dict[str, Any]) -> list[str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
    return [b["callback_data"] for row in rows for b in row if "callback_data" in b]

"""Commands end to end: a private chat command in a group opens the private chat with
a button (issue 10), /help lists what the command table holds."""

from __future__ import annotations

from bot.commands import group_help_text, private_help_text
from flows.content import commands as texts
from playground.botapi import FakeBotApi
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import pair


async def test_a_private_command_in_the_group_offers_a_button_to_the_private_chat(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    group = api.group(-61, "Ana & Ben", [ana, ben])
    api.add_bot_to_group(group, ana)
    await api.wait_for_message(group.id, "shared space")
    api.send_command(ana, "/invite", chat=group)
    refusal = await api.wait_for_message(group.id, "works in our private chat")
    assert "Tap my name" not in refusal["text"]
    [[button]] = refusal["reply_markup"]["inline_keyboard"]
    assert button["text"] == texts.OPEN_PRIVATE
    assert button["url"].startswith("https://t.me/")


async def test_help_in_both_chats(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    api.send_command(ana, "/help")
    shown = await api.wait_for_message(ana.id, texts.HELP_HEADER)
    assert private_help_text() in shown["text"]
    group = api.group(-62, "Ana & Ben", [ana, ben])
    api.add_bot_to_group(group, ana)
    await api.wait_for_message(group.id, "shared space")
    api.send_command(ana, "/help", chat=group)
    assert (await api.wait_for_message(group.id, texts.GROUP_HELP_HEADER))["text"] == (
        group_help_text()
    )

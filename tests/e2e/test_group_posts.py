"""Shared /prepare plans in the couple's group, only when the planner chooses "Send to our
group" in the preview: the partner still gets it privately with their buttons, the group
a post without buttons and without the private signal; a third member gets nothing."""

from __future__ import annotations

from playground.botapi import FakeBotApi
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import button_data
from tests.e2e.test_daily import _couple_with_a_group_and_a_friend
from tests.e2e.test_prepare_together import _plan

SHARE_Q = "Want to share the plan with Ben?"


async def test_a_plan_goes_to_the_group_only_when_the_planner_chooses_it(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben, cleo, group = await _couple_with_a_group_and_a_friend(api, bot, "checkin-09")
    # Group posts off: the preview offers only the private chat.
    await _plan(api, ana)
    preview = await api.wait_for_message(ana.id, SHARE_Q)
    assert "Send to our group" not in str(preview.get("reply_markup"))
    api.send_command(ana, "/cancel")
    await api.wait_until_idle()
    api.send_command(ana, "/groupprompts", "on", chat=group)
    await api.wait_for_message(group.id, "posted in your shared group")
    in_group_before = len(api.messages_to(group))
    await _plan(api, ana)
    preview = await api.wait_for_message(
        ana.id, SHARE_Q, predicate=lambda m: "Send to our group" in str(m)
    )
    assert "Send privately" in str(preview["reply_markup"])
    await api.wait_until_idle()
    assert len(api.messages_to(group)) == in_group_before  # nothing before the yes
    api.press_button(ana, preview, "Send to our group")
    posted = await api.wait_for_message(group.id, "Ana shared a plan with you:")
    assert "Our plan for: Sunday lunch at Mum's" in posted["text"]
    assert "pineapple" not in posted["text"]  # the signal stays between the two of them
    assert "reply_markup" not in posted
    private = await api.wait_for_message(ben.id, "Ana shared a plan with you:")
    assert len(button_data(private)) == 2 and "pineapple" in private["text"]
    await api.wait_until_idle()
    assert not any("shared a plan" in str(m.get("text")) for m in api.messages_to(cleo))


async def test_send_privately_keeps_the_plan_out_of_the_group(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben, _cleo, group = await _couple_with_a_group_and_a_friend(api, bot, "checkin-09")
    api.send_command(ana, "/groupprompts", "on", chat=group)
    await api.wait_for_message(group.id, "posted in your shared group")
    await _plan(api, ana)
    preview = await api.wait_for_message(
        ana.id, SHARE_Q, predicate=lambda m: "Send privately" in str(m)
    )
    api.press_button(ana, preview, "Send privately")
    await api.wait_for_message(ben.id, "Ana shared a plan with you:")
    await api.wait_until_idle()
    assert not any("shared a plan" in str(m.get("text")) for m in api.messages_to(group))

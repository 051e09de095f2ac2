"""The weekly look back in the couple's group: whose card setting applies. The card is
posted there only if both partners have it on; the look back itself comes either way."""

from __future__ import annotations

from datetime import timedelta

import pytest

from flows.content import weekly as weekly_texts
from playground.botapi import FakeBotApi
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner
from tests.e2e.test_daily import BERLIN_20, tick
from tests.e2e.test_group_limit import drained
from tests.e2e.test_group_space import _group_question

SUNDAY_EVENING = BERLIN_20 + timedelta(days=4, hours=-1)  # Sunday 19:00 Berlin


@pytest.mark.parametrize("turned_off_by", ["Ana", "Ben"])
async def test_the_group_card_comes_only_if_both_have_it_on(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock, turned_off_by: str
) -> None:
    ana, ben, _cleo, group, posted = await _group_question(api, bot, clock)
    person = ana if turned_off_by == "Ana" else ben
    api.send_command(person, "/weekly", "card off")
    await api.wait_until_idle()
    api.reply_to(ana, posted, "Ana in the group", chat=group)
    await api.wait_for_message(group.id, "Thanks, Ana")
    api.reply_to(ben, posted, "Ben in the group", chat=group)
    await api.wait_for_message(group.id, "You both answered")
    await tick(bot, clock, SUNDAY_EVENING)
    await api.wait_for_message(group.id, "🗓")  # either one's schedule may come first
    await drained(api, bot)  # a card would be the next row: it would have gone by now
    for chat in (group, ana, ben):
        assert not any("photo" in m for m in api.messages_to(chat))
    assert not any(m.get("caption") == weekly_texts.CARD_CAPTION for m in api.messages_to(group))

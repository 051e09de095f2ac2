"""Issue 7: crisis words are caught wherever a person types them (review, 2026-11-30).

A photo or a voice note with a caption is typed text too. Before the review the private
handler turned any message without ``text`` into "media" and the caption was dropped:
"I want to die" under a photo got "please type your answer" and no help.
"""

from __future__ import annotations

import pytest

from playground.botapi import FakeBotApi
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import pair
from tests.e2e.test_crisis_paths import CRISIS, HELP, assert_no_trace, counts, logs

__all__ = ["logs"]


async def test_crisis_words_in_a_photo_caption_get_help_in_private(
    api: FakeBotApi, bot: BotRunner, logs: pytest.LogCaptureFixture
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    await api.wait_until_idle()
    before = counts(api, ben)
    api.send_photo(ana, caption=CRISIS)
    await api.wait_for_message(ana.id, HELP)
    await api.wait_until_idle()
    assert counts(api, ben) == before
    assert_no_trace(api, bot, reached_by=ana, quiet=[ben])


async def test_an_everyday_caption_is_still_media(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    await api.wait_until_idle()
    seen = len(api.messages_to(ana))
    api.send_photo(ana, caption="our dinner tonight")
    await api.wait_until_idle()
    replies = api.messages_to(ana)[seen:]
    assert replies and all(HELP not in m.get("text", "") for m in replies)

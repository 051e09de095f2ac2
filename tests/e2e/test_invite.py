"""The invite in two taps, the five steps for the invited partner, and what happens next."""

from __future__ import annotations

from urllib.parse import parse_qs, urlparse

from playground.botapi import FakeBotApi
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import onboard


async def test_invite_share_button_intro_and_what_next_for_both(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await onboard(api, ana, time="20:00")
    api.send_command(ana, "/invite")
    invite = await api.wait_for_message(ana.id, "Here's your invite")
    [[share]] = invite["reply_markup"]["inline_keyboard"]
    assert share["text"] == "📨 Send it to my partner"
    url = urlparse(share["url"])
    assert (url.scheme, url.netloc, url.path) == ("https", "t.me", "/share/url")
    query = parse_qs(url.query)
    link = query["url"][0]
    assert link.startswith("https://t.me/couple_test_bot?start=")
    assert query["text"] == ["Join me on couplebot so we can practise having each other's back."]
    forward = await api.wait_for_message(ana.id, link)
    assert "reply_markup" not in forward

    # Ben opens the link: the five steps too, then his two questions.
    api.send_command(ben, "/start", link.rsplit("=", 1)[1])
    hello = await api.wait_for_message(ben.id, "Hi Ben 👋 You and Ana are now a couple here")
    steps = await api.wait_for_message(ben.id, "It comes down to five small steps")
    for title in ("Read the Moment", "Take Their Side", "Take Action", "Check In", "Reinforce"):
        assert title in steps["text"]
    assert hello["message_id"] < steps["message_id"]
    await api.wait_for_message(ben.id, "which time zone")
    told = await api.wait_for_message(ana.id, "You and Ben are now a couple here")
    assert (
        "What happens next\n• Every day at 20:00 you both get one short question." in told["text"]
    )
    assert "send /moment" in told["text"]
    api.send_text(ben, "America/New_York")
    await api.wait_for_message(ben.id, "What time of day")
    api.send_text(ben, "7:30")
    done = await api.wait_for_message(ben.id, "you and Ana are connected")
    assert (
        "What happens next\n• Every day at 07:30 you both get one short question." in done["text"]
    )

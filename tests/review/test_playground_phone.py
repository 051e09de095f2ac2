"""Issue 12: "It works ... on a phone-sized window" (review, 2026-11-30).

The browser tests use 1440x900 and 1200x800 only. Here the page is opened at an iPhone's
390x844: nothing is wider than the screen, and Ana can still /start, read the answer
and tap its button in her chat.
"""

from __future__ import annotations

from playwright.async_api import Browser, expect

from tests.playground.conftest import Served
from tests.playground.test_browser import ANA, chat, sees, tap, type_in


async def test_a_phone_sized_window_shows_the_chats_without_sideways_scrolling(
    served: Served, browser: Browser
) -> None:
    page = await browser.new_page(viewport={"width": 390, "height": 844}, is_mobile=True)
    await page.goto(served.url)
    await expect(page.locator("body[data-ready]")).to_have_count(1)
    await chat(page, ANA).scroll_into_view_if_needed()
    await type_in(page, ANA, "/start")
    await sees(page, ANA, "which time zone")
    await tap(page, ANA, "Berlin")
    await sees(page, ANA, "What time of day")
    overflow = await page.evaluate("document.documentElement.scrollWidth - window.innerWidth")
    assert overflow <= 0, f"the page is {overflow}px wider than a phone"
    box = await chat(page, ANA).bounding_box()
    assert box is not None and box["width"] <= 390

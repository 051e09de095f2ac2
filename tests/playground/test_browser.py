"""The playground in a real headless browser (Debian's chromium, driven by Playwright).

A couple's first day, all by clicking and typing in the page: both start, Ana invites and
Ben opens her link, Ana walks /moment to the Check In, Ben answers it, the clock jumps to
the daily question, both answer and see the reveal. Then a screenshot of the three chats
is checked: not blank, and the texts people would look for are on the page.

Without chromium the test is skipped, unless COUPLEBOT_REQUIRE_BROWSER=1 (as in .ci/run),
where a missing browser is a failure. PLAYGROUND_SCREENSHOT=docs/playground.png also saves
the screenshot there (that is how the README's picture is made).
"""

from __future__ import annotations

import io
import os
import shutil
from collections.abc import AsyncIterator
from pathlib import Path

import httpx
import pytest
from PIL import Image, ImageStat
from playwright.async_api import Browser, Locator, Page, async_playwright, expect

from playground.session import USER_IDS
from tests.playground.conftest import Served

CHROMIUM = os.environ.get("COUPLEBOT_CHROMIUM", "/usr/bin/chromium")
# Never let Playwright fetch a browser of its own: the system one, quietly.
CHROMIUM_ARGS = [
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-quic",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
]
ANA, BEN = USER_IDS["a"], USER_IDS["b"]
WAIT_MS = 15_000


def _browser_missing() -> str | None:
    if shutil.which(CHROMIUM) or Path(CHROMIUM).exists():
        return None
    return f"no chromium at {CHROMIUM} (apt-get install chromium chromium-driver)"


@pytest.fixture
async def browser() -> AsyncIterator[Browser]:
    missing = _browser_missing()
    if missing is not None:
        if os.environ.get("COUPLEBOT_REQUIRE_BROWSER") == "1":
            pytest.fail(f"COUPLEBOT_REQUIRE_BROWSER=1 but {missing}")
        pytest.skip(missing)
    async with async_playwright() as playwright:
        launched = await playwright.chromium.launch(executable_path=CHROMIUM, args=CHROMIUM_ARGS)
        try:
            yield launched
        finally:
            await launched.close()


def chat(page: Page, chat_id: int) -> Locator:
    return page.locator(f"#chat{chat_id}")


async def type_in(page: Page, chat_id: int, text: str) -> None:
    box = chat(page, chat_id).locator('[name="text"]')
    await box.fill(text)
    await box.press("Enter")


async def sees(page: Page, chat_id: int, text: str) -> Locator:
    """The newest message in the chat containing ``text``, once it is there."""
    message = chat(page, chat_id).locator(".msg", has_text=text).last
    await expect(message).to_be_visible(timeout=WAIT_MS)
    return message


async def tap(page: Page, chat_id: int, label: str) -> None:
    """Tap the newest inline button whose label contains ``label``."""
    button = chat(page, chat_id).locator(".keyboard .btn", has_text=label).last
    await expect(button).to_be_enabled(timeout=WAIT_MS)
    await button.click()


async def start(page: Page, chat_id: int) -> None:
    await type_in(page, chat_id, "/start")
    await sees(page, chat_id, "which time zone")
    await tap(page, chat_id, "Berlin")
    await sees(page, chat_id, "What time of day")
    await type_in(page, chat_id, "20:00")
    await sees(page, chat_id, "You're all set")


async def answer_daily_question(page: Page, chat_id: int, line: str) -> None:
    prompt = await sees(page, chat_id, "Today's question")
    if "Reply with a line" in (await prompt.inner_text()):
        await type_in(page, chat_id, line)
    else:
        await prompt.locator(".keyboard .row").first.locator(".btn").first.click()


async def test_a_couples_first_day_in_the_browser(
    served: Served, browser: Browser, tmp_path: Path
) -> None:
    page = await browser.new_page(viewport={"width": 1440, "height": 900})
    errors: list[str] = []
    page.on("pageerror", lambda error: errors.append(str(error)))
    await page.goto(served.url)
    await expect(page.locator("body[data-ready]")).to_have_count(1)

    await start(page, ANA)
    await start(page, BEN)

    # Ana invites; Ben opens the link from her message.
    await type_in(page, ANA, "/invite")
    invite = await sees(page, ANA, "https://t.me/")
    await invite.locator('a[data-link="start"]').first.click()
    await page.locator("#chooser button", has_text="Open as Ben").click()
    await sees(page, BEN, "You and Ana are now a couple")
    await sees(page, ANA, "You and Ben are now a couple")

    # Ana adds the bot to their group; their friend Sam cannot use it there.
    group = served.playground.group.id
    await chat(page, group).locator('[data-group="add_bot"]').click()
    await sees(page, group, "This group is now Ana and Ben's shared space")
    await chat(page, group).locator('select[name="as"]').select_option(label="Sam")
    await type_in(page, group, "/moment")
    await sees(page, group, "Only the two partners")

    # Ana starts /moment in the group; its button takes her to her private chat.
    await chat(page, group).locator('select[name="as"]').select_option(label="Ana")
    await type_in(page, group, "/moment")
    await sees(page, group, "Reflections are personal")
    await tap(page, group, "Open the private chat")
    await sees(page, ANA, "Which fits best?")
    await tap(page, ANA, "I stepped in for them")
    await sees(page, ANA, "Step 1/5 · Read the Moment")
    await type_in(page, ANA, "At dinner my dad criticised Ben and I told him that's not fair")
    await sees(page, ANA, "Which signals")
    await tap(page, ANA, "Went quiet")
    # The bot edits that message in place: the same bubble now shows the tick.
    signals = chat(page, ANA).locator(".msg", has_text="Which signals")
    await expect(signals.locator(".btn", has_text="✓ Went quiet")).to_be_visible(timeout=WAIT_MS)
    await expect(signals).to_have_count(1)
    await tap(page, ANA, "Done")
    await sees(page, ANA, "Step 2/5 · Take Their Side")
    await tap(page, ANA, "I'm with them on this")
    await sees(page, ANA, "Step 3/5 · Take Action")
    await tap(page, ANA, "Spoke up")
    await sees(page, ANA, "Step 4/5 · Check In")
    await tap(page, ANA, "Did that help?")
    await sees(page, ANA, "exactly what Ben will get")
    await tap(page, ANA, "Send")

    # Ben answers the Check In with one tap; his own line comes after, previewed.
    await sees(page, BEN, "Ana is checking in")
    await tap(page, BEN, "It helped")
    await sees(page, ANA, "Ben says: it helped")
    await sees(page, BEN, "what made the difference")
    await type_in(page, BEN, "Standing next to me was enough")
    await sees(page, BEN, "exactly what Ana will get")
    await tap(page, BEN, "Send")
    await sees(page, ANA, "Ben adds")

    # Ana closes the loop (Reinforce): it opens on its preview, one tap sends it.
    await tap(page, ANA, "Close the loop")
    await sees(page, ANA, "Step 5/5 · Reinforce")
    await tap(page, ANA, "Send now")
    await sees(page, BEN, "I've always got your back.")

    # The clock jumps to the daily question; both answer; both see the reveal.
    await page.locator('[data-jump="question"]').click()
    await answer_daily_question(page, ANA, "Ana noticed the quiet")
    await sees(page, ANA, "stays private until Ben answers")
    await answer_daily_question(page, BEN, "Ben felt backed up")
    await sees(page, BEN, "You both answered")
    reveal = await sees(page, ANA, "You both answered")

    await reveal.scroll_into_view_if_needed()
    target = os.environ.get("PLAYGROUND_SCREENSHOT") or str(tmp_path / "playground.png")
    shot = await page.screenshot(path=target)
    variance = ImageStat.Stat(Image.open(io.BytesIO(shot)).convert("L")).var[0]
    assert variance > 500, f"the screenshot is (nearly) blank (variance {variance:.0f})"
    page_text = await page.locator("main").inner_text()
    for expected in ("Ana ↔ Couplebot", "Ben ↔ Couplebot", "Our group", "You both answered"):
        assert expected in page_text
    assert errors == []


async def test_formatting_media_and_share_links_as_telegram_shows_them(
    served: Served, browser: Browser
) -> None:
    page = await browser.new_page(viewport={"width": 1200, "height": 800})
    await page.goto(served.url)
    await expect(page.locator("body[data-ready]")).to_have_count(1)
    await type_in(page, ANA, "/start")  # Ana has talked to the bot: it may write to her
    await sees(page, ANA, "which time zone")
    # What a bot could send (the fake API, called as the bot): formatting, a share link, a
    # photo and a document. Only sendMessage and friends; the page must draw them right.
    api = served.playground.api
    bot_url = f"{api.base_url}{api.TOKEN}"
    share = "https://t.me/share/url?url=https%3A%2F%2Ft.me%2Fcouple_test_bot&text=Join%20me"
    png = io.BytesIO()
    Image.new("RGB", (60, 40), (200, 40, 90)).save(png, format="PNG")
    async with httpx.AsyncClient() as http:
        markup = {"inline_keyboard": [[{"text": "Share", "url": share}]]}
        sent = await http.post(
            f"{bot_url}/sendMessage",
            json={
                "chat_id": ANA,
                "text": "<b>Bold</b> and <tg-spoiler>hidden</tg-spoiler>",
                "parse_mode": "HTML",
                "reply_markup": markup,
            },
        )
        assert sent.json()["ok"], sent.text
        await http.post(
            f"{bot_url}/sendPhoto",
            data={"chat_id": str(ANA), "caption": "This week"},
            files={"photo": ("card.png", png.getvalue(), "image/png")},
        )
        await http.post(
            f"{bot_url}/sendDocument",
            data={"chat_id": str(ANA)},
            files={"document": ("notes.txt", b"hello", "text/plain")},
        )
    formatted = await sees(page, ANA, "Bold and hidden")
    await expect(formatted.locator("b")).to_have_text("Bold")
    spoiler = formatted.locator(".spoiler")
    await spoiler.click()
    await expect(spoiler).to_have_class("spoiler shown")
    photo = (await sees(page, ANA, "This week")).locator("img")
    await expect(photo).to_be_visible(timeout=WAIT_MS)
    assert await photo.evaluate("img => img.complete && img.naturalWidth") == 60
    document = (await sees(page, ANA, "notes.txt")).locator("a.document")
    async with page.expect_download() as download_info:
        await document.click()
    download = await download_info.value
    assert download.suggested_filename == "notes.txt"
    # A question with ForceReply: the next message is a reply to it, as in Telegram.
    async with httpx.AsyncClient() as http:
        force = {"force_reply": True, "input_field_placeholder": "Your answer"}
        asked = await http.post(
            f"{bot_url}/sendMessage",
            json={"chat_id": ANA, "text": "How was today?", "reply_markup": force},
        )
    asked_id = asked.json()["result"]["message_id"]
    await sees(page, ANA, "How was today?")
    await expect(chat(page, ANA).locator(".replying")).to_contain_text("How was today?")
    await expect(chat(page, ANA).locator('[name="text"]')).to_have_attribute(
        "placeholder", "Your answer"
    )
    await type_in(page, ANA, "Calm")
    await sees(page, ANA, "Calm")
    answer = next(m for m in reversed(served.playground.messages(ANA)) if m["from"]["id"] == ANA)
    assert answer["text"] == "Calm" and answer["reply_to_message"]["message_id"] == asked_id

    # The share button asks where to, and puts the text in that chat's box, unsent.
    await tap(page, ANA, "Share")
    await page.locator("#chooser button", has_text="Our group").click()
    box = chat(page, served.playground.group.id).locator('[name="text"]')
    await expect(box).to_have_value("https://t.me/couple_test_bot\nJoin me")

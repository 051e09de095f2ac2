"""Messages drawn as a Telegram app draws them, from text + entities, and always escaped."""

from __future__ import annotations

from typing import Any
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from playground.botapi import BOT_ID
from playground.botapi.formatting import parse_html, with_detected_entities
from playground.links import OtherLink, ShareLink, StartLink, classify
from playground.rendering import View, entities_html, message_html

VIEW = View(zone=ZoneInfo("Europe/Berlin"), bot_username="couple_test_bot", group=False)
GROUP = View(zone=ZoneInfo("Europe/Berlin"), bot_username="couple_test_bot", group=True)
BOT = {"id": BOT_ID, "is_bot": True, "first_name": "Couplebot"}
ANA = {"id": 1001, "is_bot": False, "first_name": "Ana"}


def bot_message(**fields: Any) -> dict[str, Any]:
    return {"message_id": 7, "chat": {"id": 1001}, "from": BOT, "date": 1_764_529_200, **fields}


def html_of(source: str) -> str:
    text, entities = parse_html(source)
    return entities_html(text, with_detected_entities(text, entities), VIEW)


def test_formatting_nests_as_sent() -> None:
    assert html_of("<b>Bold <i>both</i></b> plain") == "<b>Bold <i>both</i></b> plain"
    assert html_of("a <code>x &lt; y</code>") == "a <code>x &lt; y</code>"
    assert html_of("<tg-spoiler>secret</tg-spoiler>") == (
        '<span class="spoiler" tabindex="0">secret</span>'
    )
    # Offsets are UTF-16 units: an emoji before the entity does not shift it.
    assert html_of("🤗 <b>hug</b>") == "🤗 <b>hug</b>"


def test_links_do_what_they_do_in_the_playground() -> None:
    start = html_of("Open https://t.me/couple_test_bot?start=abc now")
    assert 'data-link="start"' in start and 'href="https://t.me/couple_test_bot?start=abc"' in start
    assert start.endswith(" now")
    share = html_of('<a href="https://t.me/share/url?text=Join%20me">share</a>')
    assert 'data-link="share" data-share="Join me"' in share
    other = html_of('<a href="https://example.org">site</a>')
    assert 'data-link="other"' in other and 'target="_blank"' in other
    # A link whose scheme could run code is shown as its text only.
    assert html_of('<a href="javascript:alert(1)">click</a>') == "click"
    command = html_of("Type /invite to start")
    assert '<a href="#" class="command" data-command="/invite">/invite</a>' in command


def test_people_cannot_inject_markup() -> None:
    evil = '<img src=x onerror="alert(1)">'
    message = {
        "message_id": 3,
        "chat": {"id": -5},
        "from": {"id": 2, "first_name": '<script>"'},
        "date": 1_764_529_200,
        "text": evil,
    }
    drawn = message_html(message, GROUP)
    assert "<img" not in drawn and "<script>" not in drawn
    assert "&lt;img src=x onerror=&quot;alert(1)&quot;&gt;" in drawn
    assert '<div class="sender">&lt;script&gt;&quot;</div>' in drawn


def test_keyboards_force_reply_and_edits() -> None:
    keyboard = {
        "inline_keyboard": [
            [
                {"text": "Yes", "callback_data": "y"},
                {"text": "Open", "url": "https://t.me/couple_test_bot?start=moment"},
            ],
            [{"text": "Pay", "pay": True}],
        ]
    }
    drawn = message_html(bot_message(text="Pick", reply_markup=keyboard, edit_date=1), VIEW)
    assert 'data-press="0,0">Yes</button>' in drawn
    assert 'data-link="start"' in drawn and "Open ↗" in drawn
    assert "disabled>Pay" in drawn
    assert '<div class="meta">edited Sun 20:00' in drawn  # 19:00 UTC, Berlin time
    force = {"force_reply": True, "input_field_placeholder": "Your answer"}
    asked = message_html(bot_message(text="Question?"), VIEW, markup=force)
    assert 'data-force-reply="Your answer"' in asked


def test_documents_photos_and_service_messages() -> None:
    document = {
        "file_id": "F1",
        "file_unique_id": "u",
        "file_name": "export.json",
        "file_size": 2048,
    }
    drawn = message_html(bot_message(document=document, caption="Your data"), VIEW)
    assert 'href="/files/F1?download=1" download="export.json"' in drawn
    assert "2.0 KB" in drawn and "Your data" in drawn
    photo = [{"file_id": "P1", "file_unique_id": "p", "width": 90, "height": 90}]
    assert '<img src="/files/P1"' in message_html(bot_message(photo=photo), VIEW)
    joined = {
        "message_id": 1,
        "chat": {"id": -5},
        "from": ANA,
        "date": 0,
        "new_chat_members": [BOT],
    }
    assert "Ana added Couplebot" in message_html(joined, GROUP)
    left = {"message_id": 2, "chat": {"id": -5}, "from": ANA, "date": 0, "left_chat_member": ANA}
    assert "Ana left the group" in message_html(left, GROUP)


def test_deep_links_are_told_apart() -> None:
    assert classify("https://t.me/couple_test_bot?start=xyz", "couple_test_bot") == StartLink("xyz")
    assert classify("tg://resolve?domain=couple_test_bot&start=m", "couple_test_bot") == StartLink(
        "m"
    )
    assert classify("https://t.me/couple_test_bot", "couple_test_bot").command == "/start"  # type: ignore[union-attr]
    assert classify("https://t.me/share/url?url=u&text=t", "couple_test_bot") == ShareLink("u\nt")
    assert classify("https://t.me/other_bot?start=x", "couple_test_bot") == OtherLink(
        "https://t.me/other_bot?start=x", True
    )
    assert classify("data:text/html,x", "couple_test_bot") == OtherLink("data:text/html,x", False)


@given(
    st.text(max_size=200), st.lists(st.tuples(st.integers(0, 60), st.integers(1, 60)), max_size=6)
)
def test_any_text_and_entities_render_escaped(text: str, spans: list[tuple[int, int]]) -> None:
    entities = [{"type": "bold", "offset": o, "length": n} for o, n in spans]
    drawn = entities_html(text, entities, VIEW)
    assert "<" not in drawn.replace("<b>", "").replace("</b>", "")


@given(st.text(max_size=300))
def test_any_link_is_classified_without_error(url: str) -> None:
    classify(url, "couple_test_bot")

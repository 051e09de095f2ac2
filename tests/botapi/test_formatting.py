"""The fake's HTML rules are Telegram's: what it rejects, what it shows, which entities."""

from __future__ import annotations

import contextlib
import html

import pytest
from hypothesis import given
from hypothesis import strategies as st
from telegram import Bot, MessageEntity
from telegram.constants import ParseMode
from telegram.error import BadRequest

from playground.botapi import FakeBotApi
from playground.botapi.formatting import EntityParseError, parse_html


@pytest.mark.parametrize(
    ("source", "message"),
    [
        ("a < b", 'Unsupported start tag "" at byte offset 2'),
        ("x <b", "Unclosed start tag at byte offset 2"),
        ("<script>alert(1)</script>", 'Unsupported start tag "script" at byte offset 0'),
        ("line<br>break", 'Unsupported start tag "br" at byte offset 4'),
        ("<br/>", 'Unsupported start tag "br/" at byte offset 0'),
        ("x</b>", "Unexpected end tag at byte offset 1"),
        ("</blockquote>", "Unexpected end tag at byte offset 0"),
        ("<b>x</b", "Unclosed end tag at byte offset 4"),
        ("<b>x</i>", 'Unmatched end tag at byte offset 4, expected "</b>", found "</i>"'),
        ("<b><i>x</b></i>", 'Unmatched end tag at byte offset 7, expected "</i>", found "</b>"'),
        ("<b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("<a href>x</a>", 'Expected equal sign in declaration of an attribute of the tag "a"'),
        ("<i =x>y</i>", 'Empty attribute name in the tag "i"'),
        ("<a href=x/>y</a>", "Unexpected end of name token at byte offset 8"),
        ("<span>x</span>", 'Tag "span" must have class "tg-spoiler"'),
        ("🏟 <b>x", 'Can\'t find end tag corresponding to start tag "b"'),
        ("🏟&lt;<abc>", 'Unsupported start tag "abc" at byte offset 8'),
    ],
)
def test_rejected_like_telegram(source: str, message: str) -> None:
    with pytest.raises(EntityParseError) as caught:
        parse_html(source)
    assert str(caught.value).startswith(message)


@pytest.mark.parametrize(
    ("source", "shown"),
    [
        ("Tom &amp; Jerry", "Tom & Jerry"),
        ("Tom & Jerry", "Tom & Jerry"),  # a lone & is kept, not rejected
        ("&lt;b&gt;", "<b>"),
        ("&quot;hi&quot; &#39;x&#x27;", "\"hi\" 'x'"),
        ("&copy; &nbsp;", "&copy; &nbsp;"),  # only four named references exist
        ("a > b", "a > b"),
        ("<b>bold</b> <i>it</i> <u>u</u> <s>s</s>", "bold it u s"),
        ("<blockquote>words</blockquote>", "words"),
        ("<blockquote expandable>long</blockquote>", "long"),
        ('<a href="https://t.me/x?a=1&amp;b=2">link</a>', "link"),
        ('<span class="tg-spoiler">hidden</span>', "hidden"),
        ('<code class="language-python">x</code>', "x"),
        ("<B>loud</B>", "loud"),
    ],
)
def test_shown_text(source: str, shown: str) -> None:
    assert parse_html(source)[0] == shown


def test_entities_count_utf16_units_and_nest() -> None:
    text, entities = parse_html("🏟 <b>Step <i>1</i></b>\n<blockquote>“hi”</blockquote>")
    assert text == "🏟 Step 1\n“hi”"
    assert entities == [
        {"type": "bold", "offset": 3, "length": 6},
        {"type": "italic", "offset": 8, "length": 1},
        {"type": "blockquote", "offset": 10, "length": 4},
    ]
    link = parse_html('<a href="https://t.me/x?a=1&amp;b=2">go</a>')[1]
    assert link == [
        {"type": "text_link", "offset": 0, "length": 2, "url": "https://t.me/x?a=1&b=2"}
    ]


@given(st.text(max_size=200))
def test_escaped_text_always_parses_back_to_itself(text: str) -> None:
    shown, entities = parse_html(html.escape(text, quote=False))
    assert shown == text and entities == []


@given(st.text(alphabet="<>&/ab;", max_size=30))
def test_any_input_is_parsed_or_rejected_never_crashes(text: str) -> None:
    with contextlib.suppress(EntityParseError):
        parse_html(text)


async def test_bot_reads_its_formatting_back() -> None:
    """Sent and edited messages carry entities, so PTB's text_html rebuilds the HTML."""
    async with FakeBotApi() as api, Bot(FakeBotApi.TOKEN, base_url=api.base_url) as bot:
        alice = api.user(1001, "Alice")
        sent = await bot.send_message(
            alice.id, "<b>Step 1</b>\n\nTom &amp; <i>Jerry</i>", parse_mode=ParseMode.HTML
        )
        assert sent.text == "Step 1\n\nTom & Jerry"
        assert [e.type for e in sent.entities] == [MessageEntity.BOLD, MessageEntity.ITALIC]
        assert sent.text_html == "<b>Step 1</b>\n\nTom &amp; <i>Jerry</i>"
        edited = await bot.edit_message_text(
            "plain now", chat_id=alice.id, message_id=sent.message_id
        )
        assert not isinstance(edited, bool) and edited.entities == ()
        with pytest.raises(BadRequest, match=r"(?i)can.t parse entities"):
            await bot.send_message(alice.id, "<b>Ana</b", parse_mode=ParseMode.HTML)

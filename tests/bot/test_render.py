"""Turning replies into Telegram messages."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st
from telegram import InlineKeyboardButton, InlineKeyboardMarkup

from bot.render import combine_notes, inline_keyboard, keyboard_data
from bot.services.deliveries import OUTBOX
from flows.model import Button, Reply
from storage.models import Outbox
from storage.outbox import encode_buttons

QUESTION = Reply("Step 2/5 · Take Their Side", ((Button("Skip", "f:s:_skip"),),))


def test_a_short_note_joins_the_next_question() -> None:
    combined = combine_notes([Reply("Sent ✓"), QUESTION])
    assert [r.text for r in combined] == ["Sent ✓\n\nStep 2/5 · Take Their Side"]
    assert combined[0].buttons == QUESTION.buttons


def test_long_or_trailing_texts_stay_separate() -> None:
    long_text = Reply("x" * 400)
    assert combine_notes([long_text, QUESTION]) == [long_text, QUESTION]
    assert combine_notes([QUESTION, Reply("bye")]) == [QUESTION, Reply("bye")]
    assert combine_notes([Reply("a"), Reply("b")]) == [Reply("a"), Reply("b")]


def test_a_note_never_joins_an_edit() -> None:
    edit = Reply("Saved", QUESTION.buttons, edit=True)
    assert combine_notes([Reply("note"), edit]) == [Reply("note"), edit]


def test_keyboards_round_trip_through_json_and_urls_become_links() -> None:
    buttons = ((Button("Open", "url:https://t.me/bot?start=moment"), Button("Go", "f:a:b")),)
    row = Outbox(id=1, chat_id=2, kind="k", text="t", buttons=encode_buttons(buttons))
    item = OUTBOX.outgoing(None, row, datetime.now(UTC))  # type: ignore[arg-type]
    assert item is not None and item.reply.buttons == buttons
    markup = inline_keyboard(item.reply.buttons)
    assert markup is not None
    first, second = markup.inline_keyboard[0]
    assert first.url == "https://t.me/bot?start=moment" and first.callback_data is None
    assert second.callback_data == "f:a:b"
    assert inline_keyboard(()) is None


labels = st.text(min_size=1, max_size=40)
button_data = st.one_of(
    st.text(max_size=64).filter(lambda d: not d.startswith("url:")),
    st.sampled_from(["url:https://t.me/bot?start=moment", "url:not a link", "f:a:b"]),
)
keyboards = st.lists(st.lists(st.builds(Button, labels, button_data), max_size=3), max_size=4)


@given(keyboards)
def test_the_keyboard_sent_as_json_is_what_ptb_would_send(rows: list[list[Button]]) -> None:
    buttons = tuple(tuple(row) for row in rows)
    data = keyboard_data(buttons)
    markup = inline_keyboard(buttons)
    if not any(buttons):
        assert data is None and markup is None
        return
    assert markup is not None and data == markup.to_dict()
    # ... and what PTB would have built from the buttons itself, one by one.
    expected = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton(b.label, url=b.data[4:])
                if b.data.startswith("url:https://")
                else InlineKeyboardButton(b.label, callback_data=b.data)
                for b in row
            ]
            for row in buttons
            if row
        ]
    )
    assert data == expected.to_dict()

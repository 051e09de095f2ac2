"""/reinforce on its own."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.content import common as txt
from flows.model import SendToPartner
from tests.flows.test_engine import SOLO, Chat


def test_suggestion_send_now() -> None:
    chat = Chat()
    chat.start("reinforce")
    assert chat.step == "r_pick" and chat.last.text.startswith("Step 5/5 · Reinforce")
    assert txt.CANCEL in [b.label for row in chat.last.buttons for b in row]
    chat.tap("Always got your back")
    assert chat.step == "r_prev"
    assert chat.last.text == (
        "Step 5/5 · Reinforce\n\nHere's exactly what Ben will get:\n\n"
        "From Sam:\nI've always got your back."
    )
    labels = [b.label for row in chat.last.buttons for b in row]
    assert labels == [txt.SEND_NOW, txt.SEND_LATER, txt.EDIT, txt.BACK, txt.CANCEL]
    chat.tap(txt.SEND_NOW)
    assert chat.sends() == [SendToPartner("reinforce", "I've always got your back.")]
    assert chat.state is None


def test_own_words_edit_and_later() -> None:
    chat = Chat()
    chat.start("reinforce")
    chat.type("Proud of you today.")
    chat.tap(txt.EDIT)
    chat.type("So proud of you today. I've got you.")
    chat.tap(txt.SEND_LATER)
    assert chat.step == "r_when"
    chat.type("tomorrow 7:45am")
    assert chat.sends() == [
        SendToPartner(
            "reinforce",
            "So proud of you today. I've got you.",
            at=datetime(2025, 3, 13, 6, 45, tzinfo=UTC),
        )
    ]


def test_time_in_the_past_today_is_refused() -> None:
    chat = Chat()
    chat.start("reinforce")
    chat.tap("Always got your back")
    chat.tap(txt.SEND_LATER)
    before = chat.state
    chat.type("today 9:00")
    assert chat.state == before and txt.TIME_PASSED in chat.text
    assert chat.sends() == []


def test_cancel_sends_nothing() -> None:
    chat = Chat()
    chat.start("reinforce")
    chat.tap("We're a team")
    chat.tap(txt.CANCEL)
    assert chat.state is None and chat.sends() == []


def test_back_from_time_to_preview() -> None:
    chat = Chat()
    chat.start("reinforce")
    chat.tap("Always got your back")
    chat.tap(txt.SEND_LATER)
    chat.tap(txt.BACK)
    assert chat.step == "r_prev"
    chat.tap(txt.SEND_NOW)
    assert len(chat.sends()) == 1


def test_solo_is_pointed_to_invite() -> None:
    chat = Chat(SOLO)
    chat.start("reinforce")
    assert chat.state is None and "/invite" in chat.text and chat.effects == []


def _data(chat: Chat, label: str) -> str:
    return next(b.data for row in chat.last.buttons for b in row if b.label == label)


def test_send_and_send_later_under_an_earlier_preview_are_stale() -> None:
    """The Send buttons are signed with the words on screen: after Edit or new
    typed words, the old ones send nothing, now or later."""
    chat = Chat()
    chat.start("reinforce")
    chat.tap("Always got your back")
    first = (_data(chat, txt.SEND_NOW), _data(chat, txt.SEND_LATER))
    chat.type("Typed over the suggestion.")
    second = (_data(chat, txt.SEND_NOW), _data(chat, txt.SEND_LATER))
    chat.tap(txt.EDIT)
    chat.type("Always, whatever happens.")
    before = chat.state
    for stale in (*first, *second):
        chat.press(stale)
        assert chat.messages[0].text == txt.STALE, stale
        assert chat.state == before and chat.sends() == []
    chat.tap(txt.SEND_LATER)
    chat.tap(txt.TOMORROW_9)
    assert [s.text for s in chat.sends()] == ["Always, whatever happens."]

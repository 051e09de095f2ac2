"""/reinforce on its own: it opens on the preview with the seed's words."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.content import common as txt
from flows.model import FlowState, SendToPartner
from flows.registry import engine
from tests.flows.test_engine import SAM, SOLO, Chat


def labels(chat: Chat) -> list[str]:
    return [b.label for row in chat.last.buttons for b in row]


def test_one_tap_sends_the_seeds_words() -> None:
    chat = Chat()
    chat.start("reinforce")
    assert chat.step == "r_prev"
    assert chat.last.text == (
        "Step 5/5 · Reinforce\n\nLet Ben hear it again: you're in their corner. "
        "Here's exactly what Ben will get:\n\nFrom Sam:\n\n“I've always got your back.”\n\n"
        "Tap Edit, or just type it your way."
    )
    assert labels(chat) == [txt.SEND_NOW, txt.SEND_LATER, txt.EDIT, txt.CANCEL]
    chat.tap(txt.SEND_NOW)
    assert chat.sends() == [SendToPartner("reinforce", "I've always got your back.")]
    assert chat.state is None


def test_edit_offers_suggestions_with_short_labels() -> None:
    chat = Chat()
    chat.start("reinforce")
    chat.tap(txt.EDIT)
    assert chat.step == "r_pick" and chat.last.text.startswith("Step 5/5 · Reinforce")
    assert labels(chat) == [
        "I've always got your back.",
        "We're a team",
        "Whatever happens, I'm with you",
        txt.BACK,
        txt.CANCEL,
    ]
    assert all(len(label) <= 30 for label in labels(chat))
    chat.tap("Whatever happens, I'm with you")
    assert chat.step == "r_prev"
    assert "“Whatever happens out there, I'm with you.”" in chat.last.text
    chat.tap(txt.SEND_NOW)
    assert chat.sends() == [SendToPartner("reinforce", "Whatever happens out there, I'm with you.")]


def test_own_words_typed_on_the_preview_and_later() -> None:
    chat = Chat()
    chat.start("reinforce")
    chat.type("Proud of you today.")
    assert chat.step == "r_prev" and "“Proud of you today.”" in chat.last.text
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
    chat.tap(txt.SEND_LATER)
    before = chat.state
    chat.type("today 9:00")
    assert chat.state == before and txt.TIME_PASSED in chat.text
    assert chat.sends() == []


def test_cancel_sends_nothing() -> None:
    chat = Chat()
    chat.start("reinforce")
    chat.tap(txt.EDIT)
    chat.tap("We're a team")
    chat.tap(txt.CANCEL)
    assert chat.state is None and chat.sends() == []


def test_back_from_time_to_preview() -> None:
    chat = Chat()
    chat.start("reinforce")
    chat.tap(txt.SEND_LATER)
    chat.tap(txt.BACK)
    assert chat.step == "r_prev"
    chat.tap(txt.SEND_NOW)
    assert len(chat.sends()) == 1


def test_solo_is_pointed_to_invite() -> None:
    chat = Chat(SOLO)
    chat.start("reinforce")
    assert chat.state is None and "/invite" in chat.text and chat.effects == []


def test_a_conversation_saved_at_the_old_edit_step_carries_on_at_the_suggestions() -> None:
    saved = FlowState("reinforce", "r_edit", {"r_pick": "always", "r_msg": "Old."}, ["r_pick"])
    prompt = engine.current_prompt(saved, SAM)
    assert prompt.text.startswith("<b>Step 5/5 · Reinforce</b>\n\nWhat would you like Ben to hear")
    chat = Chat()
    chat.resume(saved, prompt)
    chat.type("New words.")
    assert chat.step == "r_prev" and "“New words.”" in chat.last.text
    chat.tap(txt.SEND_NOW)
    assert chat.sends() == [SendToPartner("reinforce", "New words.")]


def _data(chat: Chat, label: str) -> str:
    return next(b.data for row in chat.last.buttons for b in row if b.label == label)


def test_send_and_send_later_under_an_earlier_preview_are_stale() -> None:
    """The Send buttons are signed with the words on screen: after Edit or new
    typed words, the old ones send nothing, now or later."""
    chat = Chat()
    chat.start("reinforce")
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

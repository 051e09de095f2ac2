"""Check In: the partner's answer, the relay texts, /playbook, the stand-alone flow."""

from __future__ import annotations

import pytest

from flows.checkin import (
    checkin_answer_buttons,
    checkin_message,
    checkin_result_text,
    render_playbook,
)
from flows.content import common as txt
from flows.model import Person, SaveCheckInAnswer, SendToPartner, ShowSafetyResources
from tests.flows.test_engine import SAM, SOLO, Chat

BEN = Person(2, "Ben", partner_id=1, partner_name="Sam", timezone="Europe/London")
ANSWER = {"relay_id": 41, "verdict": "partly", "asker_name": "Sam"}


def test_partner_answers_with_a_note() -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", ANSWER)
    assert chat.step == "ca_note"
    assert chat.last.text == (
        "Check In\n\nWhat would help next time? One line is plenty, and Sam will see it."
    )
    assert [b.label for row in chat.last.buttons for b in row] == [txt.SKIP]
    chat.type("Saying something out loud, even just my name.")
    assert chat.state is None
    assert chat.effects == [
        SaveCheckInAnswer(41, "partly", "Saying something out loud, even just my name.")
    ]
    assert "passed it on to Sam" in chat.text


def test_helped_and_skip() -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", {"relay_id": 5, "verdict": "helped", "asker_name": "Sam"})
    assert "Glad it helped" in chat.last.text
    chat.tap(txt.SKIP)
    assert chat.effects == [SaveCheckInAnswer(5, "helped", "")]


def test_missing_or_odd_context_does_not_raise() -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", {"relay_id": "x", "verdict": "??"})
    assert "your partner" in chat.last.text
    chat.tap(txt.SKIP)
    assert chat.effects == [SaveCheckInAnswer(0, "helped", "")]


def test_crisis_in_the_answer_saves_nothing() -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", ANSWER)
    before = chat.state
    chat.type("I'm scared of him when he drinks")
    assert chat.state == before
    assert chat.result.effects == (ShowSafetyResources(),)
    chat.tap("Stop here")
    assert chat.state is None
    assert not any(isinstance(e, SaveCheckInAnswer) for e in chat.effects)


def test_cancel_sends_nothing() -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", ANSWER)
    chat.command("cancel")
    assert chat.state is None and chat.effects == []


def test_relay_texts() -> None:
    assert checkin_message("Sam", "Did that help?") == (
        "Sam wants to know: did that help?\n\n“Did that help?”"
    )
    buttons = checkin_answer_buttons(123456789012)
    assert [b.label for row in buttons for b in row] == [
        "It helped",
        "Partly",
        "I needed something else",
        "Not now",
    ]
    assert [b.data for row in buttons for b in row] == [
        "ci:123456789012:helped",
        "ci:123456789012:partly",
        "ci:123456789012:else",
        "ci:123456789012:no",
    ]
    assert checkin_result_text("Ben", "helped", "The hand on my back.") == (
        "Ben says: it helped. “The hand on my back.”"
    )
    assert checkin_result_text("Ben", "partly", "") == "Ben says: it partly helped."
    assert checkin_result_text("Ben", "else", " ") == (
        "Ben says: something else would have helped more."
    )


def test_playbook() -> None:
    entries = [("helped", "Stepping closer", "12 Mar"), ("else", "", "3 Mar")]
    mine = render_playbook("Ben", entries, viewer_is_owner=True)
    assert mine.startswith("What helps you, in your own words")
    assert "• 12 Mar · It helped: “Stepping closer”" in mine
    assert "• 3 Mar · Needed something else" in mine
    theirs = render_playbook("Ben", entries, viewer_is_owner=False)
    assert theirs.startswith("What helps Ben, in their own words")


@pytest.mark.parametrize("owner", [True, False])
def test_playbook_empty(owner: bool) -> None:
    text = render_playbook("Ben", [], viewer_is_owner=owner)
    assert "Nothing here yet" in text


def test_playbook_long_is_cut() -> None:
    entries = [("helped", f"note {i}", "1 Jan") for i in range(20)]
    text = render_playbook("Ben", entries, viewer_is_owner=True)
    assert "…and 5 earlier." in text and "note 15" not in text


def test_standalone_checkin_flow() -> None:
    chat = Chat(SAM)
    chat.start("checkin")
    assert chat.step == "c_pick" and chat.last.text.startswith("Step 4/5 · Check In")
    chat.tap("Did that help?")
    chat.tap(txt.SEND)
    assert chat.sends() == [SendToPartner("checkin", "Did that help?")]
    assert chat.state is None


def test_standalone_checkin_solo() -> None:
    chat = Chat(SOLO)
    chat.start("checkin")
    assert chat.state is None and "/invite" in chat.text

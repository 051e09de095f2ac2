"""Check In: the partner's answer, the relay texts, /playbook, the stand-alone flow."""

from __future__ import annotations

import pytest

from flows.checkin import (
    PlaybookEntry,
    answer_sent,
    checkin_answer_buttons,
    checkin_message,
    checkin_note_text,
    checkin_result,
    checkin_result_text,
    note_offer,
    render_playbook,
)
from flows.content import common as txt
from flows.model import Person, SaveCheckInAnswer, SendToPartner, ShowSafetyResources
from flows.steps import sign
from playground.botapi.formatting import html_to_text as plain
from tests.flows.test_engine import SAM, SOLO, Chat, moment_at_signals

BEN = Person(2, "Ben", partner_id=1, partner_name="Sam", timezone="Europe/London")
# A conversation saved before one-tap answers: verdict and note go together.
ANSWER = {"relay_id": 41, "verdict": "partly", "asker_name": "Sam"}
# Today: the tap already sent the verdict; this is about a line of their own.
ANSWERED = {"relay_id": 41, "verdict": "helped", "asker_name": "Sam", "answered": True}


PREVIEW_BUTTONS = [txt.SEND, txt.EDIT, txt.NOT_NOW, txt.BACK]


def saves(chat: Chat) -> list[SaveCheckInAnswer]:
    return [e for e in chat.effects if isinstance(e, SaveCheckInAnswer)]


def labels(chat: Chat) -> list[str]:
    return [b.label for row in chat.last.buttons for b in row]


def send_data(chat: Chat) -> str:
    found = [b.data for row in chat.last.buttons for b in row if b.label == txt.SEND]
    assert len(found) == 1
    return found[0]


# --- one tap: the answer went; a line of their own is optional, previewed -------------


def test_after_the_tap_a_line_is_offered_and_skip_sends_nothing_more() -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", ANSWERED)
    assert chat.effects == []
    assert chat.messages[0].text == "Sent ✓ Sam will see that it helped."
    assert chat.step == "ca_note"
    assert chat.last.text.startswith("Check In\n\nWant to tell Sam what made the difference?")
    assert labels(chat) == [txt.SKIP]
    chat.tap(txt.SKIP)
    assert chat.state is None and chat.effects == []
    assert "Sam has your answer" in chat.text


def test_the_line_is_previewed_then_sent_alone() -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", ANSWERED)
    chat.type("Hearing you say it out loud.")
    assert chat.step == "ca_prev" and saves(chat) == []
    shown = checkin_note_text("Ben", "Hearing you say it out loud.")
    assert shown == "Ben adds: <i>“Hearing you say it out loud.”</i>"
    assert chat.last.text == f"Check In\n\nHere's exactly what Sam will get:\n\n{plain(shown)}"
    assert send_data(chat) == f"f:ca_prev:send.{sign(shown)}"
    chat.tap(txt.SEND)
    assert chat.state is None
    assert chat.effects == [
        SaveCheckInAnswer(41, "helped", "Hearing you say it out loud.", note_only=True)
    ]
    assert "Sent ✓" in chat.text


def test_the_line_can_wait() -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", {**ANSWERED, "verdict": "else"})
    assert chat.messages[0].text == (
        "Sent ✓ Sam will see that something else would have helped more."
    )
    assert "What would help next time?" in chat.last.text
    chat.type("Less fixing.")
    chat.tap(txt.NOT_NOW)
    assert chat.state is None and chat.effects == []
    assert "that line stays with you" in chat.text


def test_opened_later_it_does_not_say_sent_again() -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", {**ANSWERED, "later": True})
    assert len(chat.result.replies) == 1 and "Sent" not in chat.text


def test_the_answer_conversation_gives_way_to_another_without_asking() -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", ANSWERED)
    chat.command("moment")
    assert chat.step == "side" and chat.effects == []


def test_answer_sent_and_the_offer_for_later() -> None:
    assert answer_sent("Sam", "partly") == "Sent ✓ Sam will see that it partly helped."
    offer = note_offer("Sam", "helped", 12)
    assert offer.text.startswith("Sent ✓ Sam will see that it helped.")
    assert [(b.label, b.data) for row in offer.buttons for b in row] == [
        ("Add a line", "ci:12:note"),
        ("Not now", "ci:12:later"),
    ]


def test_the_answer_back_offers_to_close_the_loop() -> None:
    reply = checkin_result("Ben", "helped", "")
    assert reply.text.startswith("Ben says: it helped.\n\nClose the loop?")
    assert [(b.label, b.data) for row in reply.buttons for b in row] == [
        ("💛 Close the loop", "fu:rf:go"),
        ("Not now", "fu:rf:no"),
    ]


def test_close_the_loop_opens_reinforce_on_its_preview() -> None:
    chat = Chat(SAM)
    chat.press("fu:rf:go")
    assert chat.step == "r_prev"
    assert "From Sam:\n\n“I've always got your back.”" in chat.last.text
    chat.tap(txt.SEND_NOW)
    assert chat.sends() == [SendToPartner("reinforce", "I've always got your back.")]


# --- a conversation saved before one-tap answers --------------------------------------


def test_partner_answers_with_a_note() -> None:
    note = "Saying something out loud, even just my name."
    chat = Chat(BEN)
    chat.start("checkin_answer", ANSWER)
    assert chat.step == "ca_note"
    assert chat.last.text == (
        "Check In\n\nWhat would help next time? One line is plenty, and Sam will see it."
    )
    assert labels(chat) == [txt.SKIP]
    chat.type(note)
    # The note waits for the preview: nothing has gone anywhere yet.
    assert chat.step == "ca_prev"
    assert saves(chat) == []
    result = checkin_result_text("Ben", "partly", note)
    assert chat.last.text == f"Check In\n\nHere's exactly what Sam will get:\n\n{plain(result)}"
    assert plain(chat.previews[-1]) == chat.last.text
    assert labels(chat) == PREVIEW_BUTTONS
    assert send_data(chat) == f"f:ca_prev:send.{sign(result)}"
    chat.tap(txt.SEND)
    assert chat.state is None
    assert chat.effects == [SaveCheckInAnswer(41, "partly", note)]
    assert "passed it on to Sam" in chat.text


def test_helped_and_skip() -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", {"relay_id": 5, "verdict": "helped", "asker_name": "Sam"})
    assert "Glad it helped" in chat.last.text
    chat.tap(txt.SKIP)
    assert chat.step == "ca_prev" and saves(chat) == []
    assert chat.last.text.endswith("\n\nBen says: it helped.")
    assert chat.last.text.endswith(plain(checkin_result_text("Ben", "helped", "")))
    chat.tap(txt.SEND)
    assert chat.effects == [SaveCheckInAnswer(5, "helped", "")]


@pytest.mark.parametrize("verdict", ["helped", "partly", "else"])
def test_preview_is_exactly_the_result_text(verdict: str) -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", {"relay_id": 7, "verdict": verdict, "asker_name": "Sam"})
    chat.type("  More quiet, less fixing.  ")
    result = checkin_result_text("Ben", verdict, "  More quiet, less fixing.  ")
    assert chat.last.text.endswith(f"\n\n{plain(result)}")
    assert send_data(chat).endswith(f"send.{sign(result)}")
    chat.tap(txt.SEND)
    assert saves(chat) == [SaveCheckInAnswer(7, verdict, "More quiet, less fixing.")]


def test_edit_returns_to_the_note_and_keeps_the_verdict() -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", {"relay_id": 9, "verdict": "else", "asker_name": "Sam"})
    chat.type("Space first.")
    chat.tap(txt.EDIT)
    assert chat.step == "ca_note" and saves(chat) == []
    assert chat.last.text.startswith("Check In\n\nWhat would help next time?")
    assert "Right now it reads: “Space first.”" in chat.last.text
    assert labels(chat) == [txt.SKIP]
    chat.type("Space first, then a hug.")
    assert chat.step == "ca_prev"
    result = checkin_result_text("Ben", "else", "Space first, then a hug.")
    assert chat.last.text.endswith(plain(result))
    chat.tap(txt.SEND)
    assert chat.effects == [SaveCheckInAnswer(9, "else", "Space first, then a hug.")]


def test_back_from_the_preview_and_typing_at_the_preview() -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", ANSWER)
    chat.type("First try.")
    chat.tap(txt.BACK)
    assert chat.step == "ca_note" and saves(chat) == []
    chat.tap(txt.SKIP)
    assert chat.last.text.endswith(plain(checkin_result_text("Ben", "partly", "")))
    chat.type("Typed here instead.")
    assert chat.step == "ca_prev" and saves(chat) == []
    result = checkin_result_text("Ben", "partly", "Typed here instead.")
    assert chat.last.text.endswith(plain(result))
    chat.tap(txt.SEND)
    assert chat.effects == [SaveCheckInAnswer(41, "partly", "Typed here instead.")]


def test_not_now_sends_nothing() -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", ANSWER)
    chat.type("Maybe later.")
    chat.tap(txt.NOT_NOW)
    assert chat.state is None
    assert chat.effects == []
    assert chat.text == (
        "Okay, I haven't sent anything. The buttons on Sam's message stay there "
        "for when you're ready."
    )


def test_stale_send_is_rejected() -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", ANSWER)
    chat.type("The old words.")
    old_send = send_data(chat)
    chat.tap(txt.EDIT)
    chat.type("The new words.")
    assert send_data(chat) != old_send
    chat.press(old_send)
    assert chat.step == "ca_prev" and chat.effects == []
    assert chat.messages[0].text == txt.STALE
    chat.tap(txt.SEND)
    assert chat.effects == [SaveCheckInAnswer(41, "partly", "The new words.")]


def test_missing_or_odd_context_does_not_raise() -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", {"relay_id": "x", "verdict": "??"})
    assert "your partner" in chat.last.text
    chat.tap(txt.SKIP)
    assert "what your partner will get" in chat.last.text
    chat.tap(txt.SEND)
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


def test_cancel_at_the_preview_sends_nothing() -> None:
    chat = Chat(BEN)
    chat.start("checkin_answer", ANSWER)
    chat.type("Almost sent.")
    chat.command("cancel")
    assert chat.state is None and chat.effects == []
    assert chat.text == txt.CANCELLED


def test_relay_texts() -> None:
    # The asker's own words, set apart in italics.
    assert checkin_message("Sam", "Did that help?") == (
        "Sam is checking in:\n\n<i>“Did that help?”</i>"
    )
    assert checkin_message("Sam", "Did that help?", "At dinner, my dad & me") == (
        "Sam is checking in about this moment:\n<i>“At dinner, my dad &amp; me”</i>\n\n"
        "<i>“Did that help?”</i>"
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
        "Ben says: it helped. <i>“The hand on my back.”</i>"
    )
    assert checkin_result_text("Ben", "partly", "") == "Ben says: it partly helped."
    assert checkin_result_text("Ben", "else", " ") == (
        "Ben says: something else would have helped more."
    )


def test_playbook() -> None:
    entries = [
        PlaybookEntry("checkin", "helped", "Stepping closer", "12 Mar"),
        PlaybookEntry("request", "yes", "Next time, could you speak up for me?", "8 Mar"),
        PlaybookEntry("checkin", "else", "", "3 Mar"),
    ]
    mine = render_playbook("Ben", entries, viewer_is_owner=True)
    assert mine.startswith("What helps you, in your own words")
    assert "• 12 Mar · It helped: <i>“Stepping closer”</i>" in mine
    asked = "• 8 Mar · 💛 Asked for next time: <i>“Next time, could you speak up for me?”</i>"
    assert asked in mine
    assert "• 3 Mar · Needed something else" in mine
    theirs = render_playbook("Ben", entries, viewer_is_owner=False)
    assert theirs.startswith("What helps Ben, in their own words")


@pytest.mark.parametrize("owner", [True, False])
def test_playbook_empty(owner: bool) -> None:
    text = render_playbook("Ben", [], viewer_is_owner=owner)
    assert "Nothing here yet" in text


def test_playbook_long_is_cut() -> None:
    entries = [PlaybookEntry("checkin", "helped", f"note {i}", "1 Jan") for i in range(20)]
    text = render_playbook("Ben", entries, viewer_is_owner=True)
    assert "…and 5 earlier." in text and "note 15" not in text


def test_playbook_escapes_what_people_wrote() -> None:
    entries = [PlaybookEntry("checkin", "helped", "<b>you</b> & me", "1 Jan")]
    text = render_playbook("<Ben>", entries, viewer_is_owner=False)
    assert "What helps &lt;Ben&gt;" in text and "<i>“&lt;b&gt;you&lt;/b&gt; &amp; me”</i>" in text


def test_standalone_checkin_flow() -> None:
    chat = Chat(SAM)
    chat.start("checkin")
    assert chat.step == "c_pick" and chat.last.text.startswith("Step 4/5 · Check In")
    chat.tap("Did that help?")
    # No moment to name here: no button to leave one out.
    assert "Leave the moment out" not in labels(chat)
    chat.tap(txt.SEND)
    assert chat.sends() == [SendToPartner("checkin", "Did that help?")]
    assert chat.state is None


def test_check_in_labels_are_short_and_the_words_are_the_seeds() -> None:
    chat = moment_at_signals()
    for label in ("Done", txt.SKIP, txt.SKIP):
        chat.tap(label)
    assert all(len(label) <= 30 for label in labels(chat))
    chat.tap("Could I have done more?")
    assert "“Was there something more I could have done?”" in chat.last.text


def test_standalone_checkin_solo() -> None:
    chat = Chat(SOLO)
    chat.start("checkin")
    assert chat.state is None and "/invite" in chat.text

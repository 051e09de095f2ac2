"""The preview → edit → send builder on its own, in a small flow of its own.

The flows' own tests check their wording; these check the promise every message
for someone else keeps: the exact text is shown first, Edit and typing show it
again, only Send on the latest preview sends it (once), Not now sends nothing.
"""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

from hypothesis import given
from hypothesis import strategies as st

from flows.checkin import checkin_result_text
from flows.compose import Choice, Compose
from flows.compose_parts import Exit, Letter, Pick, Status, Wording, to_partner
from flows.content import common as txt
from flows.engine import Engine
from flows.followups import render_delivery
from flows.model import FlowState, Person, SaveCheckInAnswer, ScheduleFollowUp, SendToPartner
from flows.safety import detect_crisis
from flows.steps import END, Ctx, Flow, Option, Stage, Step, sign
from playground.botapi.formatting import html_to_text as plain
from tests.flows.test_engine import NOW, SAM, SOLO, Chat

STAGE = Stage(1, 2, "Say It")
WORDING = Wording(
    edit="Type it again. Now: “{text}”",
    when="When?",
    sent="Sent to {partner}.",
    scheduled="It reaches {partner} {when}.",
    not_now="Not sent.",
    reminded="I'll remind you.",
)


def _remind(ctx: Ctx, letter: Letter) -> ScheduleFollowUp:
    return ScheduleFollowUp("reminder", ctx.now + timedelta(hours=1), {"text": letter.words})


def _note(
    *, exit: Exit = Exit.NOT_NOW, later: bool = False, remind: bool = False, **more: Any
) -> Compose:
    return Compose(
        "n",
        letter=lambda state, person, words: to_partner("reinforce", person, words),
        wording=WORDING,
        stage=STAGE,
        then="t_after",
        exit=exit,
        pick=Pick(lambda state, person: "Pick one", (Option("hi", "Hi there."),)),
        later=later,
        remind=_remind if remind else None,
        **more,
    )


def _engine(note: Compose) -> Engine:
    after = Step("t_after", lambda state, person: "And then?", next=END)
    return Engine([Flow("toy", (*note.steps, after), begin=note.first)])


def _chat(person: Person = SAM, **options: Any) -> Chat:
    chat = Chat(person, runner=_engine(_note(**options)))
    chat.start("toy")
    return chat


def _data(chat: Chat, label: str) -> str:
    found = [b.data for row in chat.last.buttons for b in row if b.label == label]
    assert len(found) == 1, (label, chat.last.buttons)
    return found[0]


def _labels(chat: Chat) -> list[str]:
    return [b.label for row in chat.last.buttons for b in row]


def _preview(words: str, person: Person = SAM) -> str:
    shown = render_delivery("reinforce", person.first_name, words).text
    preview = txt.PREVIEW.format(partner=person.partner_label, message=shown)
    return plain(f"<b>Step 1/2 · Say It</b>\n\n{preview}")


# --- the preview -------------------------------------------------------------------


def test_the_preview_shows_exactly_what_the_partner_will_read() -> None:
    chat = _chat()
    # The first step that takes one's own words says so, once.
    assert chat.last.text == "Step 1/2 · Say It\n\nPick one\n\nTap one or type your own."
    assert chat.step == "n_pick"
    chat.tap("Hi there.")
    assert chat.step == "n_prev"
    assert chat.last.text == _preview("Hi there.")
    assert _labels(chat) == [txt.SEND, txt.EDIT, txt.NOT_NOW, txt.BACK]
    shown = render_delivery("reinforce", "Sam", "Hi there.").text
    assert _data(chat, txt.SEND) == f"f:n_prev:send.{sign(shown)}"
    assert chat.effects == []


def test_send_emits_exactly_one_message_with_the_previewed_text() -> None:
    chat = _chat()
    chat.type("You were brilliant tonight.")
    chat.tap(txt.SEND)
    assert chat.effects == [SendToPartner("reinforce", "You were brilliant tonight.")]
    assert chat.messages[0].text == "Sent to Ben."
    assert chat.step == "t_after"
    assert chat.state is not None and chat.state.answers["n_status"] == Status.SENT
    assert chat.state.answers["n_msg"] == "You were brilliant tonight."


def test_edit_asks_again_and_previews_the_new_words() -> None:
    chat = _chat()
    chat.tap("Hi there.")
    chat.tap(txt.EDIT)
    assert chat.step == "n_edit"
    assert chat.last.text == "Step 1/2 · Say It · Edit\n\nType it again. Now: “Hi there.”"
    assert _labels(chat) == [txt.BACK, txt.NOT_NOW]
    chat.type("Hi, love.")
    assert chat.step == "n_prev" and chat.last.text == _preview("Hi, love.")
    assert chat.effects == []
    chat.tap(txt.SEND)
    assert chat.effects == [SendToPartner("reinforce", "Hi, love.")]


def test_typing_on_the_preview_replaces_the_words() -> None:
    chat = _chat()
    chat.tap("Hi there.")
    chat.type("Hello you.")
    assert chat.step == "n_prev" and chat.last.text == _preview("Hello you.")
    assert chat.effects == []


def test_a_send_from_an_earlier_preview_never_sends() -> None:
    chat = _chat(later=True)
    chat.tap("Hi there.")
    old_send, old_later = _data(chat, txt.SEND_NOW), _data(chat, txt.SEND_LATER)
    chat.tap(txt.EDIT)
    chat.type("Something else entirely.")
    before = chat.state
    for stale in (old_send, old_later):
        chat.press(stale)
        assert chat.messages[0].text == txt.STALE
        assert chat.state == before and chat.effects == []
    chat.tap(txt.SEND_NOW)
    assert chat.effects == [SendToPartner("reinforce", "Something else entirely.")]


def test_forged_sends_never_send() -> None:
    chat = _chat()
    chat.tap("Hi there.")
    before = chat.state
    forged = [
        "f:n_prev:send.000000",
        "f:n_prev:send.",
        "f:n_prev:send",
        f"f:n_prev:send.{sign('Hi there.')}",  # the words alone, not what Ben reads
        f"f:n_prev:keep.{sign('Hi there.')}",
        f"f:n_pick:send.{sign(render_delivery('reinforce', 'Sam', 'Hi there.').text)}",
    ]
    for data in forged:
        chat.press(data)
        assert chat.messages[0].text == txt.STALE, data
        assert chat.state == before and chat.effects == []


def test_not_now_sends_nothing() -> None:
    chat = _chat()
    chat.tap("Hi there.")
    chat.tap(txt.NOT_NOW)
    assert chat.effects == [] and chat.step == "t_after"
    assert chat.messages[0].text == "Not sent."
    assert chat.state is not None and chat.state.answers["n_status"] == Status.NOT_NOW


def test_not_now_on_every_step_of_the_message() -> None:
    for steps in ([], ["Hi there.", txt.EDIT]):
        chat = _chat()
        for label in steps:
            chat.tap(label)
        chat.tap(txt.NOT_NOW)
        assert chat.effects == [] and chat.step == "t_after"


def test_not_now_with_a_reminder_schedules_it_only_with_a_partner() -> None:
    chat = _chat(remind=True)
    chat.tap("Hi there.")
    chat.tap(txt.NOT_NOW)
    assert chat.effects == [
        ScheduleFollowUp("reminder", NOW + timedelta(hours=1), {"text": "Hi there."})
    ]
    assert chat.messages[0].text == "I'll remind you."
    solo = _chat(SOLO, remind=True)
    solo.tap("Hi there.")
    solo.tap(txt.NOT_NOW)
    assert solo.effects == [] and solo.messages[0].text == "Not sent."


def test_send_later_schedules_exactly_the_previewed_text() -> None:
    chat = _chat(later=True)
    chat.type("See you soon.")
    assert _labels(chat) == [txt.SEND_NOW, txt.SEND_LATER, txt.EDIT, txt.NOT_NOW, txt.BACK]
    chat.tap(txt.SEND_LATER)
    assert chat.step == "n_when" and chat.effects == []
    assert chat.last.text == "Step 1/2 · Say It · Send later\n\nWhen?"
    chat.type("whenever")
    assert chat.effects == [] and chat.messages[0].text == txt.TIME_UNREADABLE
    chat.tap(txt.TOMORROW_9)
    at = datetime(2025, 3, 13, 8, 0, tzinfo=UTC)  # 09:00 in Berlin
    assert chat.effects == [SendToPartner("reinforce", "See you soon.", at=at)]
    assert chat.messages[0].text == "It reaches Ben tomorrow at 09:00."
    assert chat.state is not None and chat.state.answers["n_status"] == Status.SCHEDULED
    assert chat.state.answers["n_at"] == at.isoformat()


def test_without_a_partner_it_is_kept_never_sent() -> None:
    chat = _chat(SOLO, later=True)
    chat.tap("Hi there.")
    solo = txt.PREVIEW_SOLO.format(text="Hi there.")
    assert chat.last.text == plain(f"<b>Step 1/2 · Say It</b>\n\n{solo}")
    assert _labels(chat) == [txt.KEEP, txt.EDIT, txt.NOT_NOW, txt.BACK]
    assert all(not d.rpartition(":")[2].startswith("send.") for d in _all_data(chat))
    chat.tap(txt.KEEP)
    assert chat.effects == [] and chat.messages[0].text == txt.KEPT
    assert chat.state is not None and chat.state.answers["n_status"] == Status.KEPT


def test_cancel_as_the_way_out() -> None:
    chat = _chat(exit=Exit.CANCEL)
    assert txt.CANCEL in _labels(chat) and txt.NOT_NOW not in _labels(chat)
    chat.tap("Hi there.")
    assert _labels(chat) == [txt.SEND, txt.EDIT, txt.BACK, txt.CANCEL]
    chat.tap(txt.CANCEL)
    assert chat.state is None and chat.effects == []


def test_a_recipient_other_than_the_partner() -> None:
    """A Check In answer goes back to the one who asked, partner connected or not."""

    def answer(state: FlowState, person: Person, words: str) -> Letter:
        shown = checkin_result_text(person.first_name, "helped", words)
        return Letter("Ana", words, shown, SaveCheckInAnswer(3, "helped", words))

    note = Compose("a", answer, Wording(sent="Passed on to {partner}."), needs_partner=False)
    chat = Chat(SOLO, runner=Engine([Flow("toy", note.steps, begin=note.first)]))
    chat.start("toy")
    assert chat.last.text == txt.PREVIEW.format(partner="Ana", message="Alex says: it helped.")
    chat.type("Thanks.")
    chat.tap(txt.SEND)
    assert chat.effects == [SaveCheckInAnswer(3, "helped", "Thanks.")]
    assert chat.text == "Passed on to Ana." and chat.state is None


def test_the_outcome_for_a_summary() -> None:
    note = _note(later=True)
    state = FlowState("toy", "t_after", {"n_status": "scheduled", "n_msg": "Hi"})
    state.answers["n_at"] = datetime(2025, 3, 12, 20, 30, tzinfo=UTC).isoformat()
    assert note.outcome(state, SAM, NOW) == {
        "status": "scheduled",
        "text": "Hi",
        "at": "2025-03-12T20:30:00+00:00",
        "when": "today at 21:30",
    }
    assert note.outcome(FlowState("toy", "n_prev"), SAM, NOW) is None


def test_choice_values_fit_in_button_data() -> None:
    for choice in Choice:
        assert len(f"f:{'x' * 20}:{choice.signed('ffffff')}".encode()) <= 64


def _all_data(chat: Chat) -> list[str]:
    return [b.data for row in chat.last.buttons for b in row]


# Words that read as a crisis pause the flow instead (tests/flows/test_safety.py).
WORDS = st.text(min_size=1, max_size=300).filter(lambda t: t.strip() and not detect_crisis(t))


@given(first=WORDS, second=WORDS)
def test_any_words_the_latest_preview_is_what_is_sent(first: str, second: str) -> None:
    chat = _chat(later=True)
    chat.type(first)
    old = _data(chat, txt.SEND_NOW)
    chat.tap(txt.EDIT)
    chat.type(second)
    words = chat.state.answers["n_msg"] if chat.state else ""
    if _data(chat, txt.SEND_NOW) != old:
        chat.press(old)
        assert chat.effects == [] and chat.messages[0].text == txt.STALE
    chat.tap(txt.SEND_NOW)
    assert chat.effects == [SendToPartner("reinforce", words)]
    assert render_delivery("reinforce", "Sam", words).text in chat.previews[-1]

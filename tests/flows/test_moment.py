"""/moment, both branches, scripted step by step."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from flows.content import common as txt
from flows.content import moment as mtxt
from flows.model import (
    SaveReflection,
    ScheduleFollowUp,
    SendToPartner,
    ShowSafetyResources,
)
from tests.flows.test_engine import NOW, SAM, SOLO, Chat


def support_until_checkin(chat: Chat) -> None:
    chat.start("moment")
    assert chat.step == "side" and chat.last.text.startswith("Getting started")
    chat.tap("I want to back them better")
    assert chat.step == "s_what"
    assert chat.last.text == (
        "Step 1/5 · Read the Moment\n\nWhat happened with Ben? A sentence or two is plenty."
    )
    chat.type("At dinner my dad kept talking over Ben.")
    assert chat.step == "s_signals"
    chat.tap("Tone of voice")
    chat.tap("Went quiet")
    chat.tap("Done")
    assert chat.step == "s_side"
    assert "disagreement can wait for a private talk later" in chat.last.text
    chat.tap("Let them finish")
    assert chat.step == "s_action"
    assert chat.last.text.startswith("Step 3/5 · Take Action\n\nLove is a verb.")
    chat.tap("Step closer")
    assert chat.step == "s_hard"
    assert chat.last.text.startswith("Step 3/5 · Take Action · What made it hard")
    chat.tap("Avoiding a scene in public")
    assert chat.messages[0].text == mtxt.TIPS["conflict"]
    assert chat.step == "s_ci_pick"
    assert chat.last.text.startswith("Step 4/5 · Check In")


def test_support_branch_all_the_way() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap("Did that help?")
    assert chat.step == "s_ci_prev"
    assert "Here's exactly what Ben will get:" in chat.last.text
    # Ben reads Sam's own words as a quote block.
    assert "Sam wants to know: did that help?\nDid that help?\n\n" in chat.last.text
    assert "<blockquote>Did that help?</blockquote>" in chat.previews[-1]
    assert chat.sends() == []
    chat.tap(txt.SEND)
    assert chat.sends() == [SendToPartner(kind="checkin", text="Did that help?")]
    assert chat.step == "s_rf_pick"
    assert chat.last.text.startswith("Step 5/5 · Reinforce")
    chat.type("Whatever your dad says, I'm on your side.")
    assert chat.step == "s_rf_prev"
    quoted = "<blockquote>Whatever your dad says, I'm on your side.</blockquote>"
    assert quoted in chat.previews[-1]
    labels = [b.label for row in chat.last.buttons for b in row]
    assert labels[:4] == [txt.SEND_NOW, txt.SEND_LATER, txt.EDIT, txt.NOT_NOW]
    chat.tap(txt.SEND_LATER)
    assert chat.step == "s_rf_when"
    chat.type("21:30")
    assert chat.state is None
    reinforce = chat.sends()[-1]
    assert reinforce == SendToPartner(
        kind="reinforce",
        text="Whatever your dad says, I'm on your side.",
        at=datetime(2025, 3, 12, 20, 30, tzinfo=UTC),
    )
    assert "today at 21:30" in chat.text
    [saved] = chat.of(SaveReflection)
    assert saved.kind == "moment_support"
    assert saved.summary == {
        "partner": "Ben",
        "what": "At dinner my dad kept talking over Ben.",
        "signals": ["Tone of voice", "Went quiet"],
        "side": "Hang on, let Ben finish.",
        "action": "Step closer",
        "hard": "Avoiding a scene in public",
        "checkin": {"status": "sent", "text": "Did that help?"},
        "reinforce": {
            "status": "scheduled",
            "text": "Whatever your dad says, I'm on your side.",
            "at": "2025-03-12T20:30:00+00:00",
            "when": "today at 21:30",
        },
    }
    card = chat.messages[-1].text
    assert card.startswith("📝 Your moment with Ben")
    assert "Take Their Side: “Hang on, let Ben finish.”" in card
    assert "Check In: sent “Did that help?”" in card


def test_not_now_schedules_reminder_and_nudge() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap("Could I have done more?")
    chat.tap(txt.NOT_NOW)
    [reminder] = chat.of(ScheduleFollowUp)
    assert reminder.kind == "checkin_reminder" and reminder.at == NOW + timedelta(hours=4)
    assert reminder.context["text"] == "Was there something more I could have done?"
    assert chat.step == "s_rf_pick"
    chat.tap(txt.NOT_NOW)
    nudge = chat.of(ScheduleFollowUp)[-1]
    # 10:00 the next morning in Berlin.
    assert nudge.kind == "reinforce_nudge" and nudge.at == datetime(2025, 3, 13, 9, tzinfo=UTC)
    assert chat.sends() == [] and chat.state is None
    [saved] = chat.of(SaveReflection)
    assert saved.summary["checkin"]["status"] == "not_now"
    assert saved.summary["reinforce"]["status"] == "not_now"


def test_edit_then_send_sends_exactly_the_new_preview() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap("Did that help?")
    old_send = next(b.data for row in chat.last.buttons for b in row if b.label == txt.SEND)
    chat.tap(txt.EDIT)
    assert chat.step == "s_ci_edit" and "Right now it reads: “Did that help?”" in chat.last.text
    chat.type("Did me stepping closer help at all?")
    assert chat.step == "s_ci_prev"
    assert "<blockquote>Did me stepping closer help at all?</blockquote>" in chat.previews[-1]
    before = chat.state
    chat.press(old_send)  # the Send under the old preview
    assert chat.messages[0].text == txt.STALE and chat.state == before
    assert chat.sends() == []
    chat.tap(txt.SEND)
    assert chat.sends() == [SendToPartner("checkin", "Did me stepping closer help at all?")]


def test_typed_text_on_a_preview_becomes_the_new_draft() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap("Did that help?")
    chat.type("How did that feel for you?")
    assert chat.step == "s_ci_prev"
    assert "<blockquote>How did that feel for you?</blockquote>" in chat.previews[-1]
    assert chat.state is not None and chat.state.history[-1] == "s_ci_pick"


def test_reinforce_send_now() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap(txt.NOT_NOW)
    chat.tap("Always got your back")
    assert "From Sam:\n<blockquote>I've always got your back.</blockquote>" in chat.previews[-1]
    chat.tap(txt.SEND_NOW)
    assert chat.sends() == [SendToPartner("reinforce", "I've always got your back.")]
    assert chat.state is None


def test_hurt_branch_with_what_happened_included() -> None:
    chat = Chat()
    chat.start("moment")
    chat.tap("They didn't have my back")
    assert chat.step == "h_what"
    assert chat.last.text.startswith("Step 1/3 · Read the Moment")
    chat.type("At the party Ben laughed along when Jo mocked my job.")
    assert chat.step == "h_felt"
    chat.tap("Exposed, on my own out there")
    chat.tap("Alone")
    chat.tap("Done")
    assert mtxt.H_FELT_THANKS in chat.text
    assert chat.step == "h_help" and chat.last.text.startswith("Step 2/3 · What Would Have Helped")
    chat.tap("Speak up for me")
    assert chat.step == "h_when" and chat.last.text.startswith("Step 3/3 · Ask for It")
    chat.type("someone makes fun of my work.")
    assert chat.step == "h_incl"
    chat.tap("Yes, include it")
    assert chat.step == "h_prev"
    request = "Next time someone makes fun of my work, could you speak up for me?"
    preview = chat.previews[-1]
    assert f"Sam has a request for next time:\n<blockquote>{request}</blockquote>" in preview
    assert "What happened, as Sam saw it:\n<blockquote>At the party Ben laughed along" in preview
    chat.tap(txt.SEND)
    assert chat.sends() == [
        SendToPartner(
            "request",
            request,
            context={"summary": "At the party Ben laughed along when Jo mocked my job."},
        )
    ]
    assert chat.state is None
    [saved] = chat.of(SaveReflection)
    assert saved.kind == "moment_hurt"
    assert saved.summary["felt"] == ["Exposed, on my own out there", "Alone"]
    assert saved.summary["helped"] == "Speak up for me"
    assert saved.summary["request"] == {"status": "sent", "text": request, "included_summary": True}
    assert chat.messages[-1].text.startswith("📝 Your side of the moment")


def test_hurt_branch_without_summary_and_own_words() -> None:
    chat = Chat()
    chat.start("moment", {"side": "hurt"})
    assert chat.step == "h_what" and chat.state is not None and chat.state.history == []
    chat.type("Ben stayed silent while his sister criticised me.")
    chat.tap(txt.SKIP)
    chat.type("Hold my hand under the table")
    chat.tap(txt.SKIP)
    chat.tap("No, just the request")
    request = "Next time something like this happens, could you hold my hand under the table?"
    assert f"<blockquote>{request}</blockquote>" in chat.previews[-1]
    assert "What happened" not in chat.last.text
    chat.tap(txt.SEND)
    assert chat.sends() == [SendToPartner("request", request)]


def test_hurt_request_not_now_keeps_nothing_outgoing() -> None:
    chat = Chat()
    chat.start("moment", {"side": "hurt"})
    chat.type("It happened again.")
    chat.tap(txt.SKIP)
    chat.tap(txt.SKIP)
    chat.tap(txt.SKIP)
    chat.tap(txt.SKIP)
    assert "could you take my side in the moment" in chat.last.text
    chat.tap(txt.NOT_NOW)
    assert chat.sends() == [] and chat.state is None
    [saved] = chat.of(SaveReflection)
    assert saved.summary["request"]["status"] == "not_now"


def test_opened_from_a_partner_request() -> None:
    chat = Chat()
    chat.start("moment", {"side": "support", "request_id": 7, "from_name": "Ben"})
    assert chat.messages[0].text.startswith("Ben asked for something for next time")
    assert chat.step == "s_what"
    assert txt.BACK not in [b.label for row in chat.last.buttons for b in row]
    chat.type("The dinner thing.")
    for _ in range(4):
        chat.tap(txt.SKIP)
    chat.tap(txt.NOT_NOW)
    chat.tap(txt.NOT_NOW)
    [saved] = chat.of(SaveReflection)
    assert saved.summary["request_id"] == 7


def test_solo_person_keeps_everything_and_sends_nothing() -> None:
    chat = Chat(SOLO)
    chat.start("moment")
    chat.tap("I want to back them better")
    assert "What happened with your partner?" in chat.last.text
    chat.type("My partner got interrupted at work drinks.")
    chat.tap("Done")
    # The full phrase names "my partner"; the button stays short.
    assert "“I'm with my partner on this.”" in chat.last.text
    assert "I'm with them on this" in [b.label for row in chat.last.buttons for b in row]
    chat.tap("I'm with them on this")
    chat.tap("Speak up")
    chat.tap(txt.SKIP)
    chat.tap("Did that help?")
    assert "/invite" in chat.last.text and "“Did that help?”" in chat.last.text
    labels = [b.label for row in chat.last.buttons for b in row]
    assert txt.SEND not in labels and txt.KEEP in labels
    chat.tap(txt.KEEP)
    chat.tap("Always got your back")
    assert "/invite" in chat.last.text
    assert txt.SEND_LATER not in [b.label for row in chat.last.buttons for b in row]
    chat.tap(txt.KEEP)
    assert chat.state is None
    assert chat.sends() == [] and chat.of(ScheduleFollowUp) == []
    [saved] = chat.of(SaveReflection)
    assert saved.summary["checkin"] == {"status": "kept", "text": "Did that help?"}
    assert saved.summary["reinforce"]["text"] == "I've always got your back."


def test_solo_hurt_branch_skips_the_include_question() -> None:
    chat = Chat(SOLO)
    chat.start("moment", {"side": "hurt"})
    chat.type("Left alone in an argument with friends.")
    chat.tap(txt.SKIP)
    chat.tap("Step closer to me")
    chat.tap(txt.SKIP)
    assert chat.step == "h_prev" and "/invite" in chat.last.text
    chat.tap(txt.KEEP)
    assert chat.sends() == []


def test_solo_not_now_schedules_nothing() -> None:
    chat = Chat(SOLO)
    support_like = chat.start("moment", {"side": "support"})
    assert support_like.state is not None
    chat.type("x happened")
    for _ in range(4):
        chat.tap(txt.SKIP)
    chat.tap(txt.NOT_NOW)
    chat.tap(txt.NOT_NOW)
    assert chat.of(ScheduleFollowUp) == [] and chat.state is None


def test_crisis_text_pauses_without_storing_or_sending() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap("Did that help?")
    before = chat.state
    chat.type("Honestly sometimes I just want to die")
    assert chat.state == before
    assert chat.result.effects == (ShowSafetyResources(),)
    assert not any(isinstance(e, SendToPartner) for e in chat.result.effects)
    assert "findahelpline.com" in chat.text and "emergency number" in chat.text
    labels = [b.label for row in chat.last.buttons for b in row]
    assert labels == ["Continue the reflection", "Stop here"]
    assert chat.state is not None and "want to die" not in str(chat.state.to_json())
    chat.tap("Continue the reflection")
    assert chat.step == "s_ci_prev" and "Here's exactly what Ben will get" in chat.last.text


def test_crisis_then_stop() -> None:
    chat = Chat()
    chat.start("moment", {"side": "hurt"})
    chat.type("He hit me when we got home.")
    assert chat.step == "h_what"
    chat.tap("Stop here")
    assert chat.state is None and "findahelpline.com" in chat.text
    assert chat.sends() == [] and chat.of(SaveReflection) == []


def test_look_alikes_do_not_pause() -> None:
    chat = Chat()
    chat.start("moment", {"side": "support"})
    chat.type("Ben was killing it at work drinks and I'm dying to see the photos.")
    assert chat.step == "s_signals"
    assert not any(isinstance(e, ShowSafetyResources) for e in chat.effects)


def test_back_from_hurt_to_support_saves_the_right_kind() -> None:
    chat = Chat()
    chat.start("moment")
    chat.tap("They didn't have my back")
    chat.type("x")
    chat.tap(txt.BACK)
    chat.tap(txt.BACK)
    assert chat.step == "side"
    chat.tap("I want to back them better")
    chat.type("y")
    for _ in range(4):
        chat.tap(txt.SKIP)
    chat.tap(txt.NOT_NOW)
    chat.tap(txt.NOT_NOW)
    [saved] = chat.of(SaveReflection)
    assert saved.kind == "moment_support" and saved.summary["what"] == "y"


def test_reinforce_time_that_cannot_be_read_is_asked_again() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap(txt.NOT_NOW)
    chat.tap("We're a team")
    chat.tap(txt.SEND_LATER)
    before = chat.state
    chat.type("at some point")
    assert chat.state == before and txt.TIME_UNREADABLE in chat.text
    chat.tap(txt.TOMORROW_9)
    assert chat.sends()[-1].at == datetime(2025, 3, 13, 8, tzinfo=UTC)
    assert "tomorrow at 09:00" in chat.text


def test_summary_moment_person_without_partner_name() -> None:
    chat = Chat(SAM.__class__(5, "Kim", partner_id=6))
    chat.start("moment", {"side": "support"})
    assert "your partner" in chat.last.text
    assert SAM.partner_label == "Ben"


def test_reinforce_send_under_an_earlier_preview_is_stale() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap(txt.NOT_NOW)
    chat.tap("Always got your back")
    old = [b.data for row in chat.last.buttons for b in row if b.label == txt.SEND_NOW]
    chat.tap(txt.EDIT)
    chat.type("Proud of how you handled it.")
    before = chat.state
    chat.press(old[0])
    assert chat.messages[0].text == txt.STALE
    assert chat.state == before and chat.sends() == []
    chat.tap(txt.SEND_NOW)
    assert chat.sends() == [SendToPartner("reinforce", "Proud of how you handled it.")]

"""Follow-ups, deliveries to the partner, summary cards and /history."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows.content import common as txt
from flows.followups import render_delivery, render_followup
from flows.model import Reply
from flows.reflections import render_history, render_summary
from tests.flows.test_engine import SAM, Chat, check_reply, moment_at_signals


def test_checkin_reminder() -> None:
    reply = render_followup("checkin_reminder", {"text": "Did that help?"}, SAM)
    check_reply(reply)
    assert reply.text.startswith("Did you get a chance to check in with Ben?")
    assert "“Did that help?”" in reply.text
    assert [(b.label, b.data) for row in reply.buttons for b in row] == [
        ("Send a check-in now", "fu:ci:send"),
        ("Not now", "fu:ci:no"),
    ]


def test_reinforce_nudge_and_prepare_followup() -> None:
    nudge = render_followup("reinforce_nudge", {}, SAM)
    check_reply(nudge)
    assert "Ben" in nudge.text
    prep = render_followup("prepare_followup", {"what": "Sunday lunch"}, SAM)
    check_reply(prep)
    assert prep.text.startswith("How did it go?") and "Sunday lunch" in prep.text
    assert [b.data for row in prep.buttons for b in row] == [
        "fu:pr:well",
        "fu:pr:moment",
        "fu:pr:no",
    ]


def test_unknown_followup_kind() -> None:
    with pytest.raises(ValueError, match="unknown follow-up"):
        render_followup("nope", {}, SAM)


def _followup_pressed(chat: Chat, kind: str, data: str) -> int:
    """The follow-up ``kind`` arrives and ``data`` is pressed on it; returns its id."""
    message_id = chat.receive(render_followup(kind, {"partner_name": "Ben"}, SAM))
    chat.press(data, message_id)
    return message_id


def test_followup_presses_route_through_handle() -> None:
    chat = Chat()
    reminder = _followup_pressed(chat, "checkin_reminder", "fu:ci:send")
    assert chat.step == "c_pick"
    # The reminder shows what was chosen and has no buttons left.
    assert chat.screen[reminder] == (
        "Did you get a chance to check in with Ben?\n\n<b>✓ Send a check-in now</b>",
        (),
    )
    chat = Chat()
    _followup_pressed(chat, "prepare_followup", "fu:pr:moment")
    assert chat.step == "side"
    chat = Chat()
    _followup_pressed(chat, "reinforce_nudge", "fu:rf:go")
    assert chat.step == "r_pick"
    chat = Chat()
    _followup_pressed(chat, "prepare_followup", "fu:pr:well")
    assert chat.state is None and "/reinforce" in chat.text
    chat.press("fu:zz:top", chat.receive(render_followup("prepare_followup", {}, SAM)))
    assert chat.state is None and "/moment" in chat.text
    assert chat.closings == [Reply.closing()]  # a made-up press chooses nothing


def test_followup_start_with_a_flow_open_asks_first() -> None:
    chat = moment_at_signals()
    before = chat.state
    _followup_pressed(chat, "reinforce_nudge", "fu:rf:go")
    assert chat.state is not None and before is not None
    assert chat.state.step == before.step and chat.state.answers == before.answers
    chat.tap(txt.START_NEW)
    assert chat.step == "r_pick"


def test_followup_ack_keeps_open_flow() -> None:
    chat = moment_at_signals()
    before = chat.state
    asked = chat.asked
    _followup_pressed(chat, "checkin_reminder", "fu:ci:no")
    assert chat.state == before and "still counts" in chat.text
    # The flow's question stays as it was, buttons and all.
    assert asked is not None and chat.asked == asked and chat.screen[asked][1]


def test_deliveries() -> None:
    checkin = render_delivery("checkin", "Sam", "Did that help?", relay_id=9)
    check_reply(checkin)
    assert (
        checkin.text == "Sam wants to know: did that help?\n<blockquote>Did that help?</blockquote>"
    )
    request = render_delivery("request", "Sam", "Next time…?", {"summary": "At dinner"}, 12)
    check_reply(request)
    assert "What happened, as Sam saw it:\n<blockquote>At dinner</blockquote>" in request.text
    assert [b.data for row in request.buttons for b in row] == ["rq:12:open", "rq:12:no"]
    reinforce = render_delivery("reinforce", "Sam", "Got you.").text
    assert reinforce == "From Sam:\n<blockquote>Got you.</blockquote>"
    assert render_delivery("prepare", "Sam", "Plan").text.startswith("Sam shared a plan")


def test_summary_cards() -> None:
    card = render_summary("moment_support", {"partner": None, "what": "x" * 200, "signals": []})
    assert card.startswith("<b>📝 Your moment with your partner</b>")
    assert "…" in card and "You noticed" not in card
    assert txt.SUMMARY_FOOTER in card
    other = render_summary("something_new", {"what": "hello"})
    assert other.startswith("<b>📝 Your reflection</b>") and "hello" in other
    prep = render_summary("prepare", {"what": "Lunch", "ends": "today at 21:30", "shared": True})
    assert "Ends: today at 21:30" in prep and "Plan shared with your partner." in prep


def test_history() -> None:
    assert render_history([]) == [txt.HISTORY_EMPTY]
    lines = render_history(
        [
            (
                datetime(2025, 3, 12, tzinfo=UTC),
                "moment_support",
                {"partner": "Ben", "what": "Dinner"},
            ),
            (datetime(2025, 3, 2, tzinfo=UTC), "moment_hurt", {"hurt_what": "Party " * 20}),
            (datetime(2025, 2, 1, tzinfo=UTC), "prepare", {}),
        ]
    )
    assert lines[0] == "12 Mar · Had Ben's back: Dinner"
    assert lines[1].startswith("2 Mar · Your side of a moment: Party") and len(lines[1]) < 90
    assert lines[2] == "1 Feb · Plan"

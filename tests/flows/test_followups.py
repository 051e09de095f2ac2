"""Follow-ups, deliveries to the partner, summary cards and /history."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows.content import common as txt
from flows.followups import render_delivery, render_followup
from flows.reflections import render_history, render_summary
from playground.botapi.formatting import html_to_text
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


def test_followup_presses_route_through_handle() -> None:
    chat = Chat()
    chat.press("fu:ci:send")
    assert chat.step == "c_pick"
    chat = Chat()
    chat.press("fu:pr:moment")
    assert chat.step == "side"
    chat = Chat()
    chat.press("fu:rf:go")
    assert chat.step == "r_prev"
    chat = Chat()
    chat.press("fu:pr:well")
    assert chat.state is None and "/reinforce" in chat.text
    chat.press("fu:zz:top")
    assert chat.state is None and "/moment" in chat.text


def test_followup_start_with_a_flow_open_asks_first() -> None:
    chat = moment_at_signals()
    before = chat.state
    chat.press("fu:rf:go")
    assert chat.state is not None and before is not None
    assert chat.state.step == before.step and chat.state.answers == before.answers
    chat.tap(txt.START_NEW)
    assert chat.step == "r_prev"


def test_followup_ack_keeps_open_flow() -> None:
    chat = moment_at_signals()
    before = chat.state
    chat.press("fu:ci:no")
    assert chat.state == before and "still counts" in chat.text


def test_deliveries() -> None:
    checkin = render_delivery("checkin", "Sam", "Did that help?", relay_id=9)
    check_reply(checkin)
    # The sender's own words, set apart in italics.
    assert checkin.text == "Sam is checking in:\n\n<i>“Did that help?”</i>"
    about = render_delivery("checkin", "Sam", "Did that help?", {"moment": "At  dinner\n"}, 9)
    assert about.text == (
        "Sam is checking in about this moment:\n<i>“At dinner”</i>\n\n<i>“Did that help?”</i>"
    )
    long = render_delivery("checkin", "Sam", "?", {"moment": "x" * 500}).text
    assert "x" * 199 + "…" in long and "x" * 200 not in long
    request = render_delivery("request", "Sam", "Next time…?", {"summary": "At dinner"}, 12)
    check_reply(request)
    assert "What happened, as Sam saw it: <i>“At dinner”</i>" in request.text
    assert [(b.label, b.data) for row in request.buttons for b in row] == [
        ("💛 Got it, I will", "rq:12:yes"),
        ("Let's talk about it", "rq:12:talk"),
        ("Not now", "rq:12:no"),
    ]
    reinforce = render_delivery("reinforce", "Sam", "Got you.").text
    assert reinforce == "From Sam:\n\n<i>“Got you.”</i>"
    assert render_delivery("repair", "Sam", "Sorry.").text == "From Sam:\n\n<i>“Sorry.”</i>"


def test_deliveries_escape_names_and_words() -> None:
    for kind in ("checkin", "request", "reinforce", "repair", "prepare"):
        context = {"summary": "a<b", "moment": "c<d", "plan": {"what": "<i>lunch"}}
        text = render_delivery(kind, "<b>Sam</b> & co", "<script>x</script>", context).text
        # Telegram reads it literally (the HTML parses, the words come back as typed).
        shown = html_to_text(text)
        assert "<b>Sam</b> & co" in shown, kind
        assert "<script>x</script>" in shown or "<i>lunch" in shown, kind
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

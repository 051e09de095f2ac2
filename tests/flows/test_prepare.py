"""/prepare: planning before a moment."""

from __future__ import annotations

from datetime import UTC, datetime

from flows.content import common as txt
from flows.model import SaveReflection, ScheduleFollowUp, SendToPartner
from tests.flows.test_engine import SOLO, Chat


def plan_until_end(chat: Chat) -> None:
    chat.start("prepare")
    assert chat.step == "p_what" and chat.last.text.startswith("Step 1/4 · Look Ahead")
    chat.type("Sunday lunch with Ben's brother")
    assert chat.step == "p_risk" and "hard for Ben" in chat.last.text
    chat.type("Jokes about Ben's new job")
    assert chat.step == "p_signals" and chat.last.text.startswith("Step 2/4 · Read the Moment")
    chat.tap("Going quiet")
    chat.tap("Tone of voice")
    chat.tap("Done")
    assert chat.step == "p_code"
    chat.tap("A squeeze of the hand")
    assert chat.step == "p_plan" and chat.last.text.startswith("Step 3/4 · Take Action")
    chat.type("I'll step in and change the subject.")
    assert chat.step == "p_end" and chat.last.text.startswith("Step 4/4 · Check In")


def test_full_plan_shared() -> None:
    chat = Chat()
    plan_until_end(chat)
    chat.type("21:30")
    assert chat.step == "p_prev"
    plan = (
        "Our plan for: Sunday lunch with Ben's brother\n"
        "Watch for: going quiet, tone of voice\n"
        "Our signal: a squeeze of the hand\n"
        "What we'll do: I'll step in and change the subject.\n"
        "It ends today at 21:30. Let's check in after."
    )
    assert f"Sam shared a plan with you:\n\n{plan}" in chat.last.text
    chat.tap(txt.SEND)
    assert chat.sends() == [SendToPartner("prepare", plan)]
    end = datetime(2025, 3, 12, 20, 30, tzinfo=UTC)
    [follow] = chat.of(ScheduleFollowUp)
    assert follow == ScheduleFollowUp(
        "prepare_followup", end, {"what": "Sunday lunch with Ben's brother", "partner_name": "Ben"}
    )
    [saved] = chat.of(SaveReflection)
    assert saved.kind == "prepare"
    assert saved.summary["watch"] == ["Going quiet", "Tone of voice"]
    assert saved.summary["signal"] == "A squeeze of the hand"
    assert saved.summary["ends_at"] == end.isoformat() and saved.summary["shared"] is True
    assert chat.state is None
    assert "I'll check in with you today at 21:30." in chat.text


def test_not_now_still_follows_up() -> None:
    chat = Chat()
    plan_until_end(chat)
    chat.type("1am")
    chat.tap(txt.NOT_NOW)
    assert chat.sends() == []
    [follow] = chat.of(ScheduleFollowUp)
    assert follow.at == datetime(2025, 3, 13, 0, 0, tzinfo=UTC)
    assert len(chat.of(SaveReflection)) == 1


def test_end_time_must_be_later_than_now() -> None:
    chat = Chat()
    plan_until_end(chat)
    before = chat.state
    chat.type("today 10am")
    assert chat.state == before and txt.TIME_PASSED in chat.text
    chat.type("soonish")
    assert chat.state == before and txt.TIME_UNREADABLE in chat.text


def test_skips_and_own_signal() -> None:
    chat = Chat()
    chat.start("prepare")
    chat.type("Work party")
    chat.tap(txt.SKIP)
    chat.type("Arms crossed")
    chat.type("Saying 'pineapple'")
    chat.tap(txt.SKIP)
    chat.type("tomorrow 8pm")
    assert "Watch for: arms crossed" in chat.last.text
    assert "Our signal: saying 'pineapple'" in chat.last.text
    assert "It ends tomorrow at 20:00" in chat.last.text


def test_solo_plan_is_kept_and_followed_up() -> None:
    chat = Chat(SOLO)
    chat.start("prepare")
    chat.type("Family dinner")
    for _ in range(4):
        chat.tap(txt.SKIP)
    chat.type("22:00")
    assert chat.state is None and chat.sends() == []
    assert len(chat.of(ScheduleFollowUp)) == 1 and len(chat.of(SaveReflection)) == 1
    assert "/invite" in chat.text

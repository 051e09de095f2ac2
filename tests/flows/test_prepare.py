"""/prepare: planning before a real event, on a real day; the partner's part."""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows import shared_plan
from flows.content import common as txt
from flows.content import prepare as ptxt
from flows.model import SaveReflection, ScheduleFollowUp, SendToPartner
from playground.botapi.formatting import html_to_text as plain
from tests.flows.test_engine import NOW, SAM, SOLO, Chat

# NOW is Wednesday 12 March 2025, 18:00 in Berlin.
SATURDAY_19 = datetime(2025, 3, 15, 18, 0, tzinfo=UTC)


def plan_until_end(chat: Chat, when: str = "Saturday 19:00") -> None:
    chat.start("prepare")
    assert chat.step == "p_what" and chat.last.text.startswith("Look Ahead\n\n")
    chat.type("Sunday lunch with Ben's brother")
    assert chat.step == "p_when" and "Saturday 19:00" in chat.last.text
    chat.type(when)
    assert chat.step == "p_risk" and "hard for Ben" in chat.last.text
    assert chat.messages[0].text.startswith("Got it: ")  # the day and time, in full
    chat.type("Jokes about Ben's new job")
    assert chat.step == "p_signals" and chat.last.text.startswith("Step 1/5 · Read the Moment")
    chat.tap("Going quiet")
    chat.tap("Tone of voice")
    chat.tap("Done")
    assert chat.step == "p_side" and chat.last.text.startswith("Step 2/5 · Take Their Side")
    assert "• “I'm with Ben on this.”" in chat.last.text
    chat.tap("I'm with them on this")
    assert chat.step == "p_code" and chat.last.text.startswith("Step 3/5 · Take Action")
    chat.tap("A squeeze of the hand")
    assert chat.step == "p_plan"
    chat.type("I'll step in and change the subject.")
    assert chat.step == "p_end" and chat.last.text.startswith("Step 4/5 · Check In")


PLAN = (
    "Our plan for: Sunday lunch with Ben's brother\n"
    "When: Saturday 15 March at 19:00\n"
    "Watch for: going quiet, tone of voice\n"
    "If it gets hard: “I'm with Ben on this.”\n"
    "Our signal: a squeeze of the hand\n"
    "What I'll do: I'll step in and change the subject.\n"
    "Over around 22:00. Let's check in after."
)


def test_full_plan_on_a_real_day_shared_with_reminders_for_both() -> None:
    chat = Chat()
    plan_until_end(chat)
    assert chat.state is not None
    assert chat.state.answers["p_start_when"] == "Saturday 15 March at 19:00"
    chat.tap("About 3 hours")
    assert chat.step == "p_prev"
    assert f"Sam shared a plan with you:\n\n{PLAN}" in chat.last.text
    # The plan's title is bold for Ben.
    assert "<b>Our plan for: Sunday lunch with Ben&#x27;s brother</b>" not in chat.previews[-1]
    assert "<b>Our plan for: Sunday lunch with Ben's brother</b>" in chat.previews[-1]
    chat.tap(txt.SEND)
    [sent] = chat.sends()
    assert sent.kind == "prepare" and sent.text == PLAN
    assert sent.context["plan"]["side"] == "I'm with Ben on this."
    end = datetime(2025, 3, 15, 21, 0, tzinfo=UTC)
    remind = datetime(2025, 3, 15, 16, 0, tzinfo=UTC)  # 17:00 in Berlin, two hours before
    follow, mine, bens = chat.of(ScheduleFollowUp)
    assert follow == ScheduleFollowUp(
        "prepare_followup", end, {"what": "Sunday lunch with Ben's brother", "partner_name": "Ben"}
    )
    reminder = {
        "what": "Sunday lunch with Ben's brother",
        "time": "19:00",
        "side": "I'm with Ben on this.",
        "signal": "a squeeze of the hand",
    }
    assert mine == ScheduleFollowUp("prepare_reminder", remind, reminder)
    assert bens == ScheduleFollowUp(
        "prepare_reminder", remind, {**reminder, "from_name": "Sam"}, to_partner=True
    )
    [saved] = chat.of(SaveReflection)
    assert saved.kind == "prepare"
    assert saved.summary["starts_at"] == SATURDAY_19.isoformat()
    assert saved.summary["ends_at"] == end.isoformat() and saved.summary["shared"] is True
    assert chat.state is None
    assert "I'll check in with you on Saturday 15 March at 22:00." in chat.text


def test_the_reminder_reads_the_agreed_signal_and_side_line() -> None:
    context = shared_plan.reminder_context(
        {"what": "Lunch", "time": "19:00", "side": "I'm with Ben.", "signal": "a <b> look"},
        from_name="Sam & co",
    )
    text = shared_plan.render_reminder(context).text
    assert plain(text) == (
        "Today at 19:00: Lunch (Sam & co's plan with you)\n"
        "Your signal: a <b> look\n"
        "If it gets hard: “I'm with Ben.”\n"
        "You've got each other's back."
    )


def test_a_time_alone_asks_which_day_never_silently_today() -> None:
    chat = Chat()
    chat.start("prepare")
    chat.type("Work party")
    chat.type("22:00")
    assert chat.step == "p_day" and "Which day is that, at 22:00?" in chat.last.text
    labels = [b.label for row in chat.last.buttons for b in row]
    assert labels[:7] == ["Today", "Tomorrow", "Fri 14", "Sat 15", "Sun 16", "Mon 17", "Tue 18"]
    chat.tap("Fri 14")
    assert chat.step == "p_risk"
    assert chat.state is not None
    assert chat.state.answers["p_start"] == datetime(2025, 3, 14, 21, 0, tzinfo=UTC).isoformat()


def test_a_typed_day_answers_which_day() -> None:
    chat = Chat()
    chat.start("prepare")
    chat.type("Work party")
    chat.type("8pm")
    chat.type("on the 20th")
    assert chat.state is not None
    assert chat.state.answers["p_start"] == datetime(2025, 3, 20, 19, 0, tzinfo=UTC).isoformat()
    assert "Got it: Thursday 20 March at 20:00." in chat.messages[0].text


def test_a_day_alone_asks_the_time() -> None:
    chat = Chat()
    chat.start("prepare")
    chat.type("Dinner at my parents'")
    chat.type("next Friday")
    assert chat.step == "p_time" and "What time does it start on Friday 14 March?" in chat.last.text
    before = chat.state
    chat.type("soon")
    assert chat.state == before and ptxt.TIME_UNREADABLE.replace("<i>", "")[:20] in chat.text
    chat.type("7pm")
    assert chat.step == "p_risk"
    assert chat.state is not None
    assert chat.state.answers["p_start"] == datetime(2025, 3, 14, 18, 0, tzinfo=UTC).isoformat()


@pytest.mark.parametrize(
    ("typed", "problem"),
    [
        ("today 10am", "already passed"),
        ("yesterday", "couldn't read that as a day and time"),
        ("Saturday at my parents'", "couldn't read that as a day and time"),
    ],
)
def test_a_start_that_cannot_be_used_is_asked_again(typed: str, problem: str) -> None:
    chat = Chat()
    chat.start("prepare")
    chat.type("Work party")
    before = chat.state
    chat.type(typed)
    assert chat.state == before and problem in chat.text and chat.step == "p_when"


def test_a_code_word_asks_which_word() -> None:
    chat = Chat()
    chat.start("prepare")
    chat.type("Work party")
    chat.type("tomorrow 8pm")
    chat.tap(txt.SKIP)
    chat.tap(txt.SKIP)
    chat.tap(txt.SKIP)
    chat.tap("A code word")
    assert chat.step == "p_word" and "Which word?" in chat.last.text
    chat.type("Pineapple")
    assert chat.step == "p_plan"
    chat.tap(txt.SKIP)
    chat.type("23:00")
    assert "Our signal: the word “Pineapple”" in chat.last.text
    assert "Over around 23:00" in chat.last.text


def test_end_before_start_means_after_midnight_and_buttons_count_from_the_start() -> None:
    chat = Chat()
    plan_until_end(chat, "Saturday 21:00")
    chat.type("1am")
    assert chat.state is not None
    assert chat.state.answers["p_end_at"] == datetime(2025, 3, 16, 0, 0, tzinfo=UTC).isoformat()


def test_not_now_still_follows_up_and_only_the_planner_is_reminded() -> None:
    chat = Chat()
    plan_until_end(chat)
    chat.tap("About 2 hours")
    chat.tap(txt.NOT_NOW)
    assert chat.sends() == []
    follow, mine = chat.of(ScheduleFollowUp)
    assert follow.at == datetime(2025, 3, 15, 20, 0, tzinfo=UTC)
    assert mine.kind == "prepare_reminder" and not mine.to_partner
    assert len(chat.of(SaveReflection)) == 1


def test_an_event_starting_soon_gets_no_reminder() -> None:
    chat = Chat()
    plan_until_end(chat, "today 19:15")  # an hour and a quarter from now
    chat.tap("About 2 hours")
    chat.tap(txt.SEND)
    assert [f.kind for f in chat.of(ScheduleFollowUp)] == ["prepare_followup"]


def test_solo_plan_is_kept_and_followed_up() -> None:
    chat = Chat(SOLO)
    chat.start("prepare")
    chat.type("Family dinner")
    chat.type("tomorrow 19:00")
    for _ in range(4):
        chat.tap(txt.SKIP)
    chat.tap(txt.SKIP)
    chat.type("22:00")
    assert chat.state is None and chat.sends() == []
    assert [f.to_partner for f in chat.of(ScheduleFollowUp)] == [False, False]
    assert len(chat.of(SaveReflection)) == 1
    assert "/invite" in chat.text


def test_the_partner_adds_their_part_previewed_then_sent() -> None:
    ben = SAM.__class__(2, "Ben", partner_id=1, partner_name="Sam", timezone="Europe/Berlin")
    chat = Chat(ben)
    chat.start("prepare_part", {"relay_id": 5, "what": "Sunday lunch", "from_name": "Sam"})
    assert chat.step == "pp_part" and "Sam will see it" in chat.last.text
    chat.type("I'll sit next to you.")
    assert chat.step == "pp_prev"
    assert "Ben's part of the plan for Sunday lunch:\n“I'll sit next to you.”" in chat.last.text
    assert chat.sends() == []
    chat.tap(txt.SEND)
    assert chat.sends() == [
        SendToPartner("prepare_part", "I'll sit next to you.", context={"what": "Sunday lunch"})
    ]
    assert chat.state is None


def test_the_plan_names_its_event_for_the_partners_part() -> None:
    assert shared_plan.what_of(PLAN) == "Sunday lunch with Ben's brother"
    assert shared_plan.what_of("Something else") == ""


def test_saturday_from_a_saturday_is_today() -> None:
    saturday = datetime(2025, 3, 15, 9, 0, tzinfo=UTC)
    chat = Chat(now=saturday)
    chat.start("prepare")
    chat.type("Brunch")
    chat.type("Saturday 12:00")
    assert chat.state is not None
    assert chat.state.answers["p_start"] == datetime(2025, 3, 15, 11, 0, tzinfo=UTC).isoformat()
    assert saturday > NOW

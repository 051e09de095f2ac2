"""The time zone and time questions, as pure functions."""

from __future__ import annotations

from datetime import UTC, datetime

from hypothesis import given
from hypothesis import strategies as st

from flows import onboarding as flow
from flows.model import UserInput

NOW = datetime(2026, 11, 25, 18, 0, tzinfo=UTC)


def test_typed_zone_during_onboarding_moves_on_to_the_time() -> None:
    answer = flow.answer_setting(
        flow.ASK_TIMEZONE, UserInput.typed("europe/berlin"), onboarding=True, now=NOW
    )
    assert answer.timezone == "Europe/Berlin"
    assert answer.next_question == flow.ASK_TIME
    assert "Europe/Berlin" in answer.replies[0].text
    assert answer.replies[-1].text == flow.time_question().text


def test_zone_from_settings_stands_alone() -> None:
    answer = flow.answer_setting(
        flow.ASK_TIMEZONE, UserInput.pressed("ob:tz:Asia/Kolkata"), onboarding=False, now=NOW
    )
    assert answer.timezone == "Asia/Kolkata" and answer.next_question is None
    assert answer.replies[0].edit


def test_offsets_are_accepted() -> None:
    answer = flow.answer_setting(
        flow.ASK_TIMEZONE, UserInput.typed("+05:30"), onboarding=True, now=NOW
    )
    assert answer.timezone == "UTC+05:30"


def test_unreadable_zone_is_asked_again_with_an_example() -> None:
    answer = flow.answer_setting(
        flow.ASK_TIMEZONE, UserInput.typed("Mars/Olympus"), onboarding=True, now=NOW
    )
    assert answer.reasked and answer.timezone is None
    assert answer.next_question == flow.ASK_TIMEZONE
    assert "Europe/Berlin" in answer.replies[0].text
    assert answer.replies[0].buttons


def test_forged_zone_button_is_refused() -> None:
    answer = flow.answer_setting(
        flow.ASK_TIMEZONE, UserInput.pressed("ob:tz:Not/AZone"), onboarding=True, now=NOW
    )
    assert answer.reasked and answer.timezone is None


def test_times_in_both_styles() -> None:
    for typed, expected in [("20:00", "20:00"), ("8pm", "20:00"), ("7:30", "07:30")]:
        answer = flow.answer_setting(
            flow.ASK_TIME, UserInput.typed(typed), onboarding=True, now=NOW
        )
        assert answer.prompt_time == expected, typed
        assert answer.next_question is None


def test_unreadable_time_is_asked_again() -> None:
    answer = flow.answer_setting(flow.ASK_TIME, UserInput.typed("25:99"), onboarding=True, now=NOW)
    assert answer.reasked and answer.prompt_time is None
    assert "20:00" in answer.replies[0].text


def test_media_gets_the_question_again() -> None:
    answer = flow.answer_setting(flow.ASK_TIME, UserInput.media(), onboarding=True, now=NOW)
    assert answer.reasked and "typed text" in answer.replies[0].text


def test_every_button_fits_telegrams_64_bytes() -> None:
    for reply in (
        flow.timezone_question(),
        flow.time_question(),
        flow.settings_menu("UTC", None, NOW),
    ):
        for row in reply.buttons:
            for button in row:
                assert len(button.data.encode()) <= 64


@given(asking=st.sampled_from([flow.ASK_TIMEZONE, flow.ASK_TIME]), raw=st.text(max_size=200))
def test_any_typed_answer_is_used_or_reasked(asking: str, raw: str) -> None:
    answer = flow.answer_setting(asking, UserInput.typed(raw), onboarding=True, now=NOW)
    changed = answer.timezone is not None or answer.prompt_time is not None
    assert changed != answer.reasked
    if answer.reasked:
        assert answer.replies and answer.replies[0].buttons


@given(data=st.text(max_size=80))
def test_any_button_data_is_used_or_reasked(data: str) -> None:
    answer = flow.answer_setting(flow.ASK_TIME, UserInput.pressed(data), onboarding=False, now=NOW)
    if answer.prompt_time is None:
        assert answer.reasked

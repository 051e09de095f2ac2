"""Telegram's limits hold in every language: the longest translation decides.

4,096 characters a message, 64 bytes of callback data, and labels that show in full
on a phone (flows/layout.py) — walked through every flow and the keyboards made
outside them (onboarding, /days, the daily questions, messages for the partner).
"""

from __future__ import annotations

from datetime import UTC, datetime

import pytest

from flows import daily, daily_settings, followups, i18n, onboarding
from flows.checkin import checkin_result
from flows.content.prompts import PROMPTS
from flows.layout import fits
from flows.model import Reply
from tests.i18n.test_pseudo_language import PERSON, SOLO, _walk

MAX_TEXT = 4096
MAX_DATA_BYTES = 64
NOW = datetime(2025, 3, 12, 17, 0, tzinfo=UTC)


def _outside_flows() -> list[Reply]:
    replies = [
        onboarding.timezone_question(),
        onboarding.time_question(),
        onboarding.settings_menu("Europe/Berlin", "20:00", NOW),
        daily_settings.days_menu(),
        checkin_result("Борис", "helped", ""),
        followups.render_delivery("checkin", "Борис", "Ёжик?", {}, relay_id=2**31 - 1),
        followups.render_delivery("request", "Борис", "Ёжик?", {}, relay_id=2**31 - 1),
        followups.render_followup("checkin_reminder", {"text": "Ёжик?"}, PERSON),
        followups.render_followup("reinforce_nudge", {}, PERSON),
        followups.render_followup("prepare_followup", {"what": "Ёжик"}, PERSON),
    ]
    token = "T" * 40
    replies += [daily.prompt_message(prompt, "Борис", token) for prompt in PROMPTS]
    return replies


def _problems(replies: list[Reply]) -> list[str]:
    found = []
    for reply in replies:
        if len(reply.text) > MAX_TEXT:
            found.append(f"{len(reply.text)} characters: {reply.text[:60]!r}")
        for row in reply.buttons:
            labels = [button.label for button in row]
            if not fits(labels):
                found.append(f"cut on a phone: {labels}")
            for button in row:
                if len(button.data.encode("utf-8")) > MAX_DATA_BYTES:
                    found.append(f"callback data over 64 bytes: {button.data!r}")
    return found


@pytest.mark.parametrize("language", i18n.LANGUAGES)
def test_every_message_and_button_fits(language: str) -> None:
    replies: list[Reply] = []
    with i18n.use_language(language):
        from flows.registry import FLOWS

        for flow in FLOWS:
            for person in (PERSON, SOLO):
                for seed in range(4):
                    replies += _walk_replies(flow.name, person, seed)
        replies += _outside_flows()
    assert _problems(replies) == []


def _walk_replies(flow: str, person: object, seed: int) -> list[Reply]:
    shown: list[Reply] = []
    _walk(flow, person, seed, shown)  # type: ignore[arg-type]
    return shown

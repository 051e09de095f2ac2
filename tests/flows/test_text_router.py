"""Where typed text goes (flows.text_router), as a table of cases; safety before all."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from flows.text_router import MAX_TEXT, Destination, Pending, route

CRISIS = "I just want to die"
HELLO = "we had a nice walk"

EVERYTHING = Pending(
    replies_to_bot=True,
    replies_to_daily=True,
    setting_question=True,
    daily_waiting=True,
    conversation_open=True,
)

CASES = [
    # (what was typed, what is pending, where it goes)
    (CRISIS, Pending(), Destination.SAFETY),
    (CRISIS, EVERYTHING, Destination.SAFETY),
    (CRISIS, Pending(setting_question=True), Destination.SAFETY),
    (CRISIS, Pending(in_group=True), Destination.SAFETY),
    (CRISIS, Pending(in_group=True, replies_to_bot=True), Destination.SAFETY),
    (HELLO, Pending(in_group=True), Destination.IGNORE),
    (HELLO, Pending(in_group=True, replies_to_bot=True), Destination.GROUP_DAILY),
    ("x" * (MAX_TEXT + 1), EVERYTHING, Destination.TOO_LONG),
    ("x" * MAX_TEXT, Pending(), Destination.CONVERSATION),
    (HELLO, EVERYTHING, Destination.DAILY),  # a Telegram reply to the question says so
    (HELLO, Pending(setting_question=True), Destination.SETTING),
    (HELLO, Pending(setting_question=True, daily_waiting=True), Destination.SETTING),
    (HELLO, Pending(daily_waiting=True, conversation_open=True), Destination.ASK_WHICH),
    (
        HELLO,
        Pending(daily_waiting=True, conversation_open=True, replies_to_bot=True),
        Destination.ASK_WHICH,  # a reply to some other bot message says nothing
    ),
    (HELLO, Pending(daily_waiting=True), Destination.DAILY),
    (HELLO, Pending(replies_to_daily=True), Destination.CONVERSATION),  # nothing waits
    (HELLO, Pending(conversation_open=True), Destination.CONVERSATION),
    (HELLO, Pending(), Destination.CONVERSATION),
    (None, Pending(setting_question=True), Destination.SETTING),  # media
    (None, Pending(daily_waiting=True, conversation_open=True), Destination.CONVERSATION),
    (None, EVERYTHING, Destination.SETTING),
]


@pytest.mark.parametrize(("text", "pending", "expected"), CASES)
def test_routes(text: str | None, pending: Pending, expected: Destination) -> None:
    assert route(text, pending) is expected


pendings = st.builds(
    Pending,
    in_group=st.booleans(),
    replies_to_bot=st.booleans(),
    replies_to_daily=st.booleans(),
    setting_question=st.booleans(),
    daily_waiting=st.booleans(),
    conversation_open=st.booleans(),
)


@given(st.text(max_size=60), st.text(max_size=60), pendings)
def test_crisis_words_go_to_safety_whatever_surrounds_them(
    before: str, after: str, pending: Pending
) -> None:
    assert route(f"{before} {CRISIS} {after}", pending) is Destination.SAFETY


@given(st.one_of(st.none(), st.text(max_size=200)), pendings)
def test_every_message_has_one_destination(text: str | None, pending: Pending) -> None:
    where = route(text, pending)
    assert isinstance(where, Destination)
    if pending.in_group and where is not Destination.SAFETY:
        assert where in (Destination.IGNORE, Destination.GROUP_DAILY)

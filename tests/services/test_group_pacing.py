"""The group limit as a decision on a fake clock: at most 20 messages a minute to one group."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

from hypothesis import given
from hypothesis import strategies as st

from bot.services.send_policy import GROUP_MAX_SENDS, GROUP_WINDOW, group_pause

NOW = datetime(2026, 3, 2, 19, 0, tzinfo=UTC)


def test_room_in_the_window_means_now() -> None:
    recent = [NOW - timedelta(seconds=s) for s in range(GROUP_MAX_SENDS - 1)]
    assert group_pause(recent, NOW) is None


def test_a_full_window_waits_until_its_oldest_send_leaves_it() -> None:
    recent = [NOW - timedelta(seconds=s) for s in range(GROUP_MAX_SENDS)]
    oldest = NOW - timedelta(seconds=GROUP_MAX_SENDS - 1)
    assert group_pause(recent, NOW) == oldest + GROUP_WINDOW


def test_sends_older_than_a_minute_do_not_count() -> None:
    recent = [NOW - GROUP_WINDOW - timedelta(seconds=s) for s in range(100)]
    assert group_pause(recent, NOW) is None


@given(st.lists(st.integers(min_value=0, max_value=600), min_size=0, max_size=80))
def test_a_sender_that_follows_the_pause_never_puts_21_in_any_minute(gaps: list[int]) -> None:
    """Messages wanted at arbitrary moments; each goes at its time or when the pause says."""
    sent: list[datetime] = []
    now = NOW
    for gap in gaps:
        now += timedelta(seconds=gap / 10)
        until = group_pause(sent, now)
        if until is not None:
            assert until > now
            now = until
            assert group_pause(sent, now) is None
        sent.append(now)
    for i, start in enumerate(sent):
        in_window = [at for at in sent[i:] if at < start + GROUP_WINDOW]
        assert len(in_window) <= GROUP_MAX_SENDS

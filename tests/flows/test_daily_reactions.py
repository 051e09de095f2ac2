"""Reactions under a daily reveal: button data round-trips, fits, and rejects junk."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from flows.daily_reactions import Reaction, parse_reaction, reaction_keyboard, remind_keyboard


def test_every_reaction_round_trips_and_fits_64_bytes() -> None:
    day_id = 2**31 - 1
    buttons = [b for row in reaction_keyboard(day_id) for b in row]
    buttons += [b for row in remind_keyboard(day_id, "21:00") for b in row]
    kinds = []
    for button in buttons:
        assert len(button.data.encode()) <= 64
        reaction = parse_reaction(button.data)
        assert reaction is not None and reaction.day_id == day_id
        kinds.append(reaction.kind)
    assert sorted(kinds) == ["heart", "more", "remind", "talk"]
    assert [b.label for b in buttons[:3]] == ["💛", "Ask more", "Let's talk about it tonight"]


def test_junk_is_not_a_reaction() -> None:
    assert parse_reaction("dr:h:12") == Reaction("heart", 12)
    for bad in ("dr:h:", "dr:x:1", "dr:h:1:2", "dr:h:-1", "dr:h:١", "dr:h:" + "9" * 11, "dp:h:1"):
        assert parse_reaction(bad) is None


@given(st.text(max_size=80))
def test_parse_reaction_never_raises(data: str) -> None:
    parse_reaction(data)
    parse_reaction("dr:" + data)

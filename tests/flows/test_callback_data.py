"""Button data (flows.callback_data): one spelling per press, forged data never crashes,
and every keyboard the bot renders carries data that reads back."""

from __future__ import annotations

from typing import get_args

import pytest
from hypothesis import given
from hypothesis import strategies as st

from bot.handlers.buttons import ROUTES
from flows import callback_data as cd
from tests.flows.test_labels import _keyboards

ids = st.integers(min_value=0, max_value=10**18 - 1)
names = st.from_regex(r"[a-z0-9_]{1,12}", fullmatch=True)
values = st.from_regex(r"[!-~]{1,20}", fullmatch=True)

presses = st.one_of(
    st.builds(cd.FlowPress, names, values),
    st.builds(cd.FollowUpPress, names, names),
    st.just(cd.SettingsPress("cancel")),
    st.builds(cd.SettingsPress, st.sampled_from(["set", "tz", "tm"]), values),
    st.builds(cd.UnpairPress, st.none() | ids),
    st.builds(cd.RelayPress, st.sampled_from(["ci", "rq"]), ids, names),
    st.builds(cd.PlanPress, ids, names),
    st.builds(cd.DailyPress, values),
    st.builds(cd.DeletePress, st.none() | ids),
    st.just(cd.QuizStart()),
    st.builds(cd.WhichOnePress, st.sampled_from(["daily", "flow"])),
)


@given(presses)
def test_every_press_reads_back_and_fits(press: cd.Press) -> None:
    data = cd.encode(press)
    assert cd.decode(data) == press
    assert len(data.encode()) <= cd.MAX_BYTES


@given(st.text(max_size=80) | st.binary(max_size=80))
def test_any_data_decodes_or_is_refused_never_raises(data: str | bytes) -> None:
    press = cd.decode(data)
    if press is not None and isinstance(data, str):
        # One spelling per press: what was accepted is exactly what we would write.
        assert cd.encode(press) == data


@given(st.sampled_from(["up:yes:", "dd:yes:", "ci:", "rq:", "pp:"]), st.text(max_size=30))
def test_ids_are_ascii_digits_of_bounded_length(prefix: str, raw: str) -> None:
    press = cd.decode(
        f"{prefix}{raw}:x" if prefix.endswith(("ci:", "rq:", "pp:")) else prefix + raw
    )
    if press is not None:
        digits = raw.split(":")[0]
        assert digits.isascii() and digits.isdigit() and len(digits) <= 18


@pytest.mark.parametrize(
    "forged",
    [
        "up:yes:٣",  # an Arabic-Indic digit: int() would take it
        "dd:yes:0012",
        "ci:1" + "0" * 30 + ":helped",
        "ci:-1:helped",
        "ob:tz:" + "x" * 70,
        "qz:stop",
        "tr:both",
        "url:javascript:alert(1)",
        "",
        "f:",
        "zz:1:2",
    ],
)
def test_forged_data_is_refused(forged: str) -> None:
    assert cd.decode(forged) is None


def test_too_long_is_refused_by_encode() -> None:
    with pytest.raises(ValueError, match="read back"):
        cd.encode(cd.FlowPress("step", "x" * 70))


def test_every_rendered_keyboard_carries_data_that_reads_back() -> None:
    for where, keyboard in _keyboards():
        for row in keyboard:
            for button in row:
                assert cd.decode(button.data) is not None, (where, button.data)


def test_every_kind_of_press_has_one_route() -> None:
    assert set(ROUTES) == set(get_args(cd.Press))

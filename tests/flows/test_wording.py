"""How the catalogues speak: one question a message, "tap one or type your own" said once.

Every string of every content catalogue is read: none asks two questions, and none
carries the "type your own" hint (the engine adds it, once a flow, on the first step
that takes one's own words). Each flow is then walked to check the hint comes once.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterator
from typing import Any

import flows.content
from flows.content import common
from flows.model import UserInput
from tests.flows.test_engine import NOW, SAM, Chat


def _strings(value: Any) -> Iterator[str]:
    if isinstance(value, str):
        yield value
    elif isinstance(value, tuple | list):
        for item in value:
            yield from _strings(item)
    elif isinstance(value, dict):
        for item in value.values():
            yield from _strings(item)


def _catalogue() -> Iterator[tuple[str, str]]:
    for module in pkgutil.walk_packages(flows.content.__path__, "flows.content."):
        found = importlib.import_module(module.name)
        for name, value in vars(found).items():
            if not name.startswith("_"):
                for text in _strings(value):
                    yield f"{module.name}.{name}", text


def test_no_message_asks_two_questions() -> None:
    # Daily prompts and crisis numbers are data of their own; everything else is read.
    two = [(where, text) for where, text in _catalogue() if text.count("?") > 1]
    assert two == []


def test_the_type_your_own_hint_lives_in_one_place() -> None:
    carrying = [
        where
        for where, text in _catalogue()
        if "type your own" in text.lower() and where != "flows.content.common.TAP_OR_TYPE"
    ]
    assert carrying == []


def test_each_flow_says_it_once() -> None:
    """Walk every flow by its first button (typing where it wants words): the hint is on
    one question only. (/reinforce opens on its preview: words are typed there, no tap.)"""
    for flow, times in (("moment", 1), ("prepare", 1), ("checkin", 1), ("reinforce", 0)):
        chat = Chat(SAM, NOW)
        chat.start(flow)
        hinted: set[str] = set()
        for _ in range(40):
            for reply in chat.result.replies:
                if common.TAP_OR_TYPE in reply.text and chat.state is not None:
                    hinted.add(chat.state.step)
            if chat.state is None:
                break
            data = [b.data for r in chat.result.replies for row in r.buttons for b in row]
            forward = [d for d in data if d.endswith("_done")]
            forward += [d for d in data if not d.endswith(("_back", "_cancel", ":edit"))]
            typed = chat.state.step in ("p_what", "p_when", "p_time", "s_what", "h_what")
            if forward and not typed:
                chat.press(forward[0])
            else:
                chat.send(UserInput.typed("tomorrow 19:00"))
        assert len(hinted) == times, (flow, hinted)

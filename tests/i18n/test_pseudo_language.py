"""Walk every flow in a pseudo-language: no English may show outside the catalogue."""

from __future__ import annotations

import json
import random
from datetime import UTC, datetime
from typing import Any

import pytest

from flows.model import FlowState, Person, Reply, UserInput
from flows.registry import FLOWS, engine
from tests.i18n.pseudo import english_left, speaking_pseudo

NOW = datetime(2025, 3, 12, 17, 0, tzinfo=UTC)
# Names and words in Cyrillic, so any Latin letters left are the bot's own.
PERSON = Person(1, "Саша", partner_id=2, partner_name="Борис", timezone="Europe/Berlin")
SOLO = Person(3, "Ира", timezone="UTC")
TYPED = ("Ёжик в тумане", "завтра", "21:30", "Ёжик")
# Not words: zone names and the like that may appear as data.
ALLOWED = frozenset({"UTC"})
STEPS = 40


def _shown(reply: Reply) -> list[str]:
    return [reply.text] + [button.label for row in reply.buttons for button in row]


def _walk(flow: str, person: Person, seed: int, replies: list[Reply] | None = None) -> list[str]:
    """What a person sees walking ``flow`` with random taps and typing (``replies``
    collects the messages themselves)."""
    rng = random.Random(seed)
    seen: list[str] = []
    result = engine.start(flow, person, NOW, _context(flow))
    state: FlowState | None = result.state
    for _ in range(STEPS):
        for reply in result.replies:
            seen += _shown(reply)
            if replies is not None:
                replies.append(reply)
        if state is None:
            break
        buttons = [b for r in result.replies for row in r.buttons for b in row]
        onward = [b for b in buttons if not b.data.endswith(("cancel", ":x", "stop"))]
        sends = [b for b in onward if b.data.rpartition(":")[2].startswith("send.")]
        if sends and rng.random() < 0.5:
            # Previews are where a stale signature would bite: press Send often.
            inp = UserInput.pressed(sends[0].data)
        elif onward and rng.random() < 0.8:
            inp = UserInput.pressed(rng.choice(onward).data)
        else:
            inp = UserInput.typed(rng.choice(TYPED))
        # Stored between updates as JSON, as the bot does.
        state = FlowState.from_json(json.loads(json.dumps(state.to_json())))
        result = engine.handle(state, inp, person, NOW, NOW)
        state = result.state
    return seen


def _context(flow: str) -> dict[str, Any]:
    if flow in ("checkin_answer", "prepare_part"):
        return {"asker_name": "Борис", "from_name": "Борис", "request_id": 1}
    return {}


@pytest.mark.parametrize("flow", [f.name for f in FLOWS])
@pytest.mark.parametrize("person", [PERSON, SOLO], ids=["paired", "solo"])
def test_flows_show_no_english_outside_the_catalogue(flow: str, person: Person) -> None:
    leaks: set[str] = set()
    with speaking_pseudo():
        for seed in range(6):
            for text in _walk(flow, person, seed):
                if english_left(text, ALLOWED):
                    leaks.add(text)
    assert not leaks, "English outside the catalogue:\n" + "\n".join(sorted(leaks))


@pytest.mark.parametrize("flow", [f.name for f in FLOWS])
def test_buttons_on_screen_stay_live_in_another_language(flow: str) -> None:
    """A tap on the message just shown is never stale: what a step signs (a preview's
    Send) reads the same when the saved state is read back in the person's language."""
    with speaking_pseudo():
        for seed in range(6):
            seen = _walk(flow, PERSON, seed)
            stale = [t for t in seen if "That button belongs to an earlier step" in t]
            assert stale == [], stale[0]


def test_daily_questions_read_in_the_current_language() -> None:
    from flows.content.prompts import PROMPTS
    from flows.daily import render_prompt_text

    with speaking_pseudo():
        shown = [render_prompt_text(prompt, "Борис") for prompt in PROMPTS]
    assert [text for text in shown if english_left(text, ALLOWED)] == []

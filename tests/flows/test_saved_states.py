"""Conversations saved by earlier versions still load and carry on safely.

``saved_states.json`` was written by the code before the compose redesign
(commit 2e04987) running the flows: each sample is a conversation in progress
(the JSON kept in the ``conversation`` table), the message on screen with its
button data, the last preview, and what that version answered to a few inputs
after it. People mid-conversation during a deploy keep their place.

Where this version left a flow as it was, it carries on exactly the same: the
same question, the same buttons, the same outcome. Where issue 9 changed it on
purpose (the Check In names the moment and ends the flow once sent; Reinforce
opens on its preview; "did you step in?" is asked where an older conversation
never asked it), :data:`NOW` says what happens instead, step by step. Either way
nothing is sent that was not previewed: a signed Send pressed on a preview shown
before the deploy sends exactly what that preview showed, or is refused once as
stale (the message reads differently now) and the preview shown again sends
exactly what it shows.

Since, every message became HTML (a bold header, words set apart in italics), "tap one
or type your own" is said once a flow, keyboards are laid out for a phone and labels
longer than a phone shows got short forms (their full words listed in the question),
and a question answered is closed where it was (``Reply.closing``). What is compared
is what the person reads: the words on screen (quote marks, line breaks and that hint
set aside), the buttons in order (old labels by their new names), and the messages
that are new (closings are checked in the engine tests). /prepare was redesigned too
(a real day, a Take Their Side line, buttons for the partner): a plan in progress
loads at its step with the same buttons and carries on through the new questions.
"""

from __future__ import annotations

import dataclasses
import json
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

import pytest

from flows.content import common as txt
from flows.model import Button, Effect, FlowState, Person, Reply
from flows.registry import engine
from playground.botapi.formatting import html_to_text
from tests.flows.test_engine import Chat, leaving, signed

SAMPLES: list[dict[str, Any]] = json.loads(
    (Path(__file__).parent / "saved_states.json").read_text(encoding="utf-8")
)
CONTINUATIONS = [
    pytest.param(sample, n, actions, id=f"{sample['name']}-{n}")
    for sample in SAMPLES
    for n, actions in enumerate(sample["continuations"])
]
WITH_A_SEND_ON_SCREEN = [
    pytest.param(sample, id=sample["name"])
    for sample in SAMPLES
    if any(signed(d, "send") for row in sample["on_screen_data"] for d in row)
]


def _reply(raw: dict[str, Any], data: list[list[str]] | None = None) -> Reply:
    rows = tuple(
        tuple(Button(label, d) for label, d in zip(labels, data_row, strict=True))
        for labels, data_row in zip(raw["labels"], data or [], strict=True)
    )
    return Reply(raw["text"], rows, edit=raw["edit"])


_HINTS = ("Tap one or type your own.", "Or type your own.", "Tap one or type it, or Skip.")
_RELABELLED = {
    "I'm with Ben on this.": "I'm with them on this",
    "Hang on, let Ben finish.": "Let them finish",
    "I trust Ben's call here.": "I trust their call",
    "We'll decide that together.": "We'll decide together",
    "Give Ben a way out": "Give them a way out",
    "Gave Ben a way out": "Gave them a way out",
}


def _words(shown: str) -> str:
    """Plain text as compared: the phrasings listed above short buttons, the hint, quote
    marks and line breaks set aside."""
    lines = shown.split("\n")
    shown = "\n".join(line for line in lines if not line.startswith("• “"))
    for hint in _HINTS:
        shown = shown.replace(hint, "")
    return " ".join(shown.replace("“", "").replace("”", "").split())


def _shown(reply: Reply) -> dict[str, Any]:
    """Today's message as the person reads it."""
    return {
        "text": html_to_text(reply.text),
        "labels": [b.label for row in reply.buttons for b in row],
        "edit": reply.edit,
    }


def _old(recorded: dict[str, Any]) -> dict[str, Any]:
    """A recorded message (plain text then), its old labels by their new names."""
    labels = [_RELABELLED.get(label, label) for row in recorded["labels"] for label in row]
    return {**recorded, "labels": labels}


def _compared(message: dict[str, Any]) -> dict[str, Any]:
    return {**message, "text": _words(message["text"])}


def _redesigned(step: str | None) -> bool:
    return step is not None and step.startswith("p_")


# Fields added to effects since the recording: left out when at their default.
ADDED_FIELDS = {"note_only": False, "to_partner": False, "to_group": False}


def _effect(effect: Effect) -> dict[str, Any]:
    raw = dataclasses.asdict(effect)
    shown = {
        k: v.isoformat() if isinstance(v, datetime) else v
        for k, v in raw.items()
        if not (k in ADDED_FIELDS and v == ADDED_FIELDS[k])
    }
    return {"type": type(effect).__name__, **shown}


def _state(sample: dict[str, Any]) -> FlowState:
    return FlowState.from_json(json.loads(json.dumps(sample["state"])))


def _preview_now(sample: dict[str, Any]) -> str | None:
    """The last preview before the saved step, as this version shows it."""
    if not sample["last_preview"]:
        return None
    state, person = _state(sample), Person(**sample["person"])
    preview = state.step.rpartition("_")[0] + "_prev"
    if engine.flows[state.flow].step(preview) is None:
        return None
    probe = FlowState.from_json({**state.to_json(), "step": preview})
    return engine.current_prompt(probe, person).text


def _chat(sample: dict[str, Any], screen: Reply) -> Chat:
    chat = Chat(Person(**sample["person"]), datetime.fromisoformat(sample["now"]))
    step = sample["state"]["step"]
    chat.resume(_state(sample), screen, preview=_preview_now(sample), later=step.endswith("_when"))
    return chat


def _step_now(sample: dict[str, Any], old_step: str | None) -> str | None:
    """The step the old version reached, by today's name."""
    if old_step is None:
        return None
    return engine.flows[sample["state"]["flow"]].current_name(old_step)


def _act(chat: Chat, action: list[str]) -> None:
    kind, arg = action
    if kind == "tap":
        # The old message on screen has the old label; a question asked since, the new one.
        on_screen = {b.label for _, buttons in chat.screen.values() for row in buttons for b in row}
        chat.tap(arg if arg in on_screen else _RELABELLED.get(arg, arg))
    elif kind == "type":
        chat.type(arg)
    else:
        chat.command(arg)


def _joined(replies: list[dict[str, Any]]) -> list[dict[str, Any]]:
    """Plain messages in a row read as one: a flow's closing "Sent ✓" and its summary
    card now come as one message, with the same words."""
    found: list[dict[str, Any]] = []
    for reply in replies:
        plain = not reply["labels"] and not reply["edit"]
        if plain and found and not found[-1]["labels"] and not found[-1]["edit"]:
            found[-1] = {**found[-1], "text": f"{found[-1]['text']}\n\n{reply['text']}"}
        else:
            found.append(reply)
    return found


def _outcome(chat: Chat) -> dict[str, Any]:
    return {
        "step": chat.step,
        "replies": [
            _compared(r) for r in _joined([_shown(r) for r in chat.result.replies if not r.close])
        ],
        "effects": [_effect(e) for e in chat.result.effects],
    }


def _expected(sample: dict[str, Any], after: dict[str, Any]) -> dict[str, Any]:
    return {
        "step": _step_now(sample, after["step"]),
        "replies": [_compared(r) for r in _joined([_old(r) for r in after["replies"]])],
        "effects": after["effects"],
    }


# --- what changed on purpose ----------------------------------------------------------

MOMENT = {"moment": "At dinner my dad kept talking over Ben."}
SAID = {"summary": "At the party Ben laughed along when Jo mocked my job."}
REQUEST = "Next time someone makes fun of my work, could you speak up for me?"


@dataclass(frozen=True)
class Now:
    """What a recorded continuation does today: the step after each action, the
    messages that left ((kind, text, context)), a fragment said along the way, and
    the actions themselves where the recorded ones no longer fit the screen."""

    steps: list[str | None]
    sent: list[tuple[str, str, dict[str, Any]]] = field(default_factory=list)
    says: str = ""
    actions: list[list[str]] | None = None


NOW: dict[tuple[str, int], Now] = {
    # The Check In names the moment; once sent the flow ends (Reinforce comes with
    # the answer); not sent, Reinforce is the last step, on its preview.
    ("moment_checkin_preview", 0): Now(
        [None], [("checkin", "Did that help?", MOMENT)], "I'll tell you what Ben says"
    ),
    ("moment_checkin_preview", 1): Now(
        ["s_ci_edit", "s_ci_prev", None], [("checkin", "Did it help?", MOMENT)]
    ),
    ("moment_checkin_preview", 2): Now(["s_rf_prev"], [], "Step 5/5 · Reinforce"),
    ("moment_checkin_preview", 3): Now(["s_ci_prev", None], [("checkin", "Typed instead", MOMENT)]),
    ("moment_checkin_preview", 4): Now(["s_ci_pick"], [], "Even if you think you nailed it"),
    ("moment_checkin_edit", 0): Now(["s_ci_prev", None], [("checkin", "New words?", MOMENT)]),
    ("moment_checkin_edit", 1): Now(["s_rf_prev"], [], "I'll remind you"),
    # Edit leads to the suggestions (the old Edit step is gone).
    ("moment_reinforce_preview", 3): Now(
        ["s_rf_pick", "s_rf_prev", None], [("reinforce", "x y", {})]
    ),
    ("reinforce_preview", 3): Now(["r_pick", None], []),
    ("checkin_preview", 0): Now([None], [("checkin", "How was that for you?", {})]),
    # The request's preview has a button for what happened (in as they chose then).
    ("moment_request_preview", 2): Now(
        ["h_edit", "h_prev", None], [("request", "Could you speak up?", SAID)]
    ),
    ("moment_request_preview", 0): Now([None], [("request", REQUEST, SAID)], "has read it"),
    ("moment_request_preview", 3): Now(["h_incl", "h_prev", None], [("request", REQUEST, {})]),
    ("moment_request_edit", 1): Now(["h_prev", None], [("request", "Please step in.", SAID)]),
    # Kept, not sent: Reinforce is the last step, its preview keeps it for them too.
    ("solo_checkin_preview", 0): Now(
        ["s_rf_prev", None],
        [],
        "Kept in your reflection.",
        actions=[["tap", "Keep it for me"], ["tap", "Keep it for me"]],
    ),
    # "Did you step in?" is asked where the older conversation never asked it, and
    # the path goes on from where they were.
    ("moment_switch_pending", 0): Now(
        ["s_signals", "s_stepped", "s_side"],
        actions=[["tap", "Continue where I was"], ["tap", "Done"], ["tap", "Yes, I stepped in"]],
    ),
    ("moment_side", 1): Now(
        ["s_stepped", "s_action"],
        actions=[["tap", "I'm with Ben on this."], ["tap", "Yes, I stepped in"]],
    ),
}
# Previews whose message reads differently now: a fragment of the new one.
REWORDED = {
    "moment_checkin_preview": "Sam is checking in about this moment:\n“At dinner my dad",
    "moment_reinforce_preview": "Close the loop",
    "reinforce_preview": "Let Ben hear it again",
    "checkin_preview": "Sam is checking in:\n\n“How was that for you?”",
    # The same words; what happened, included then, now has a button to leave it out.
    "moment_request_preview": "What happened, as Sam saw it: “At the party Ben laughed along",
}


def _sent(chat: Chat) -> list[tuple[str, str, dict[str, Any]]]:
    return [(e.kind, e.text, e.context) for e in chat.sends()]


def _screen_now(sample: dict[str, Any]) -> Reply:
    """What a person sees after the deploy: a preview is shown as this version shows it."""
    old_screen = _reply(sample["on_screen"], sample["on_screen_data"])
    if any(signed(b.data, "send") for row in old_screen.buttons for b in row):
        return engine.current_prompt(_state(sample), Person(**sample["person"]))
    return old_screen


def test_the_samples_cover_every_message_step() -> None:
    steps = {s["state"]["step"] for s in SAMPLES}
    assert {"s_ci_prev", "s_ci_edit", "s_rf_prev", "s_rf_when", "h_prev", "h_edit"} <= steps
    assert {"p_share", "r_prev", "c_prev", "ca_prev", "ca_note"} <= steps


@pytest.mark.parametrize("sample", SAMPLES, ids=[s["name"] for s in SAMPLES])
def test_a_saved_conversation_shows_the_same_question(sample: dict[str, Any]) -> None:
    state = _state(sample)
    prompt = engine.current_prompt(state, Person(**sample["person"]))
    shown = _shown(prompt)
    if _redesigned(state.step):
        assert shown["labels"] == _old(sample["prompt"])["labels"]
        return
    if sample["name"] not in REWORDED:
        assert _compared(shown) == _compared(_old(sample["prompt"]))
        return
    # The same step and the same words, in today's wording, with its Send.
    header = html_to_text(prompt.text).split("\n\n")[0]
    assert header == sample["prompt"]["text"].split("\n\n")[0]
    assert _words(REWORDED[sample["name"]]) in _words(shown["text"])
    draft = next(str(v) for k, v in sample["state"]["answers"].items() if k.endswith("_msg"))
    assert f"“{draft}”" in html_to_text(prompt.text)
    assert shown["labels"][0] in (txt.SEND, txt.SEND_NOW)


@pytest.mark.parametrize(("sample", "index", "actions"), CONTINUATIONS)
def test_a_saved_conversation_carries_on(
    sample: dict[str, Any], index: int, actions: list[dict[str, Any]]
) -> None:
    """Buttons pressed on the question as shown after the deploy, text typed: the same
    as the old version did, or what :data:`NOW` says."""
    chat = _chat(sample, _screen_now(sample))
    now = NOW.get((sample["name"], index))
    if _redesigned(sample["state"]["step"]):
        # The old script's later moves were for the old questions: the first one says it.
        _act(chat, actions[0]["action"])
        assert chat.step is None or engine.flows["prepare"].step(chat.step) is not None
        went = [e["type"] for e in actions[0]["effects"] if e["type"] == "SendToPartner"]
        assert [type(e).__name__ for e in chat.sends()] == went
        return
    if now is None:
        for after in actions:
            _act(chat, after["action"])
            if _redesigned(after["step"]):
                # Into /prepare, redesigned since: the same step, in today's words.
                assert chat.step == _step_now(sample, after["step"]) and not chat.sends()
                continue
            assert _outcome(chat) == _expected(sample, after), after["action"]
        return
    steps = []
    for action in now.actions or [after["action"] for after in actions]:
        _act(chat, action)
        steps.append(chat.step)
    assert steps == now.steps
    assert _sent(chat) == now.sent
    said = "\n".join(html_to_text(r.text) for r in chat.result.replies)
    assert now.says in said or now.says in chat.text


def test_every_changed_continuation_is_one_that_exists() -> None:
    names = {s["name"]: len(s["continuations"]) for s in SAMPLES}
    assert all(index < names[name] for name, index in NOW)
    assert set(REWORDED) <= set(names)


def test_a_conversation_that_never_asked_did_you_step_in_can_take_the_missed_path() -> None:
    sample = next(s for s in SAMPLES if s["name"] == "moment_side")
    chat = _chat(sample, _screen_now(sample))
    chat.tap("I'm with Ben on this.")
    chat.tap("No, I missed it")
    assert chat.step == "s_hard"
    assert chat.last.text.startswith("Step 3/5 · What Got in the Way")


@pytest.mark.parametrize("sample", WITH_A_SEND_ON_SCREEN)
def test_a_send_pressed_on_a_preview_from_before_the_deploy(sample: dict[str, Any]) -> None:
    """Either it sends exactly what that preview showed (what the old version sent,
    where the flow is unchanged), or it is stale once, changes nothing, and the
    preview shown again sends exactly what it shows. (``Chat`` checks that every
    message that leaves is the latest preview's, word for word.)"""
    index, sent_by_old = next(
        (n, actions[0])
        for n, actions in enumerate(sample["continuations"])
        if actions[0]["action"][1] in (txt.SEND, txt.SEND_NOW)
    )
    chat = _chat(sample, _reply(sample["on_screen"], sample["on_screen_data"]))
    before = chat.state
    assert before is not None
    chat.tap(sent_by_old["action"][1])
    if _redesigned(before.step):
        # The plan reads differently now: the old Send is stale, the new preview sends.
        assert chat.result.effects == () and chat.messages[0].text == txt.STALE
        chat.tap(sent_by_old["action"][1])
        assert [type(e).__name__ for e in chat.sends()] == ["SendToPartner"]
        return
    if chat.result.effects:
        # It went: exactly what that preview showed (Chat checks), as the old version sent it.
        went = [_effect(e) for e in leaving(chat.result.effects)]
        kinds = ("SendToPartner", "SaveCheckInAnswer")
        assert went == [e for e in sent_by_old["effects"] if e["type"] in kinds]
        return
    assert chat.result.effects == () and chat.state is not None
    assert chat.state.answers == before.answers and chat.state.history == before.history
    assert chat.step == _step_now(sample, before.step)
    assert chat.messages[0].text == txt.STALE
    assert _shown(chat.result.replies[-1]) == _shown(_screen_now(sample))
    chat.tap(sent_by_old["action"][1])
    now = NOW.get((sample["name"], index))
    if now is None:
        assert _outcome(chat) == _expected(sample, sent_by_old)
    else:
        assert chat.step == now.steps[0] and _sent(chat) == now.sent

"""/quiz: eight taps, the strongest step, the reason most likely to stop you, comparing."""

from __future__ import annotations

from hypothesis import given
from hypothesis import strategies as st

from flows import quiz
from flows.content import common as txt
from flows.content import quiz as qtxt
from flows.model import SaveReflection, ShareQuizResult
from flows.practice import PracticeStep
from flows.steps import sign
from playground.botapi.formatting import html_to_text
from tests.flows.test_engine import SOLO, Chat

# Strong at reading the moment; "I don't want a scene" is what stops them.
TAPS = (
    "Right away",
    "Back them, talk later",
    "Wait until it's over",
    "Sometimes",
    "Hardly ever",
    "I don't want a scene",
    "Freeze",
    "Both",
)


def _take(chat: Chat, taps: tuple[str, ...] = TAPS) -> None:
    chat.start("quiz")
    assert chat.last.text.startswith("Question 1 of 8\n\nHow do we have each other's back?")
    for number, label in enumerate(taps, start=1):
        assert chat.step == quiz.KEYS[number - 1]
        assert chat.last.text.startswith(f"Question {number} of 8")
        chat.tap(label)


def test_eight_taps_then_the_result_saved_privately() -> None:
    chat = Chat()
    _take(chat)
    result = chat.messages[0].text
    assert result.startswith("Your strongest step: Read the Moment\n")
    assert "Most likely to stop you: not wanting a scene" in result
    assert "One thing to try this week\nPractise one calm line" in result
    [saved] = chat.of(SaveReflection)
    assert saved.kind == "quiz"
    assert (saved.summary["strongest"], saved.summary["reason"]) == ("read", "conflict")
    assert saved.summary["answers"]["q_why"] == "conflict"
    assert chat.step == quiz.SHARE_STEP


def test_comparing_previews_exactly_what_the_partner_sees_then_sends_it() -> None:
    chat = Chat()
    _take(chat)
    shown = quiz.delivery(
        "Sam", quiz.shared_text(chat.state.answers if chat.state else {}, chat.person)
    )
    assert shown in chat.previews[-1]
    assert html_to_text(shown) in chat.last.text
    assert "Sam's quiz result\nStrongest step: Read the Moment" in chat.last.text
    labels = [b.label for row in chat.last.buttons for b in row]
    assert labels == [txt.SEND, txt.NOT_NOW]  # no going back: the result is saved
    data = [b.data for row in chat.last.buttons for b in row]
    assert data[0] == f"f:q_share:send.{sign(shown)}"
    assert chat.of(ShareQuizResult) == []
    chat.tap(txt.SEND)
    [shared] = chat.of(ShareQuizResult)
    assert quiz.delivery("Sam", shared.text) == shown
    assert chat.state is None and "When Ben has shared theirs" in chat.text


def test_not_now_shares_nothing() -> None:
    chat = Chat()
    _take(chat)
    chat.tap(txt.NOT_NOW)
    assert chat.of(ShareQuizResult) == [] and chat.state is None
    assert chat.text == qtxt.NOT_SHARED


def test_no_going_back_once_saved() -> None:
    chat = Chat()
    _take(chat)
    before = chat.state
    chat.command("back")
    assert chat.state == before and txt.NO_GOING_BACK in chat.text
    chat.press("f:q_share:_back")
    assert chat.state == before and len(chat.of(SaveReflection)) == 1


def test_alone_the_result_stays_private() -> None:
    chat = Chat(SOLO)
    _take(chat)
    assert chat.state is None and len(chat.of(SaveReflection)) == 1
    assert "your partner" in chat.text


def test_ties_go_to_the_earlier_step_and_to_the_reason_named() -> None:
    # Nothing scores a step: Read the Moment, the first; the reason named wins its tie.
    answers = {
        "q_read": "told",  # unseen +1
        "q_side": "correct",
        "q_action": "wait",  # conflict +1
        "q_checkin": "rarely",
        "q_reinforce": "hardly",
        "q_why": "assumed",  # assumed +2
        "q_stretched": "freeze",  # stress +1
        "q_love": "feeling",  # unseen +1 → unseen 2, tie with assumed
    }
    assert quiz.result(answers) == (PracticeStep.READ, "assumed")


ANSWERS = st.fixed_dictionaries(
    {key: st.sampled_from([o.value for o in choices]) for key, _, choices in quiz.QUESTIONS}
)


@given(ANSWERS)
def test_every_set_of_answers_has_a_result_that_reads(answers: dict[str, str]) -> None:
    step, reason = quiz.result(answers)
    assert step in PracticeStep and reason in quiz.REASONS
    points = quiz.tally(answers)
    assert all(points[step.value] >= points[s.value] for s in PracticeStep)
    text = quiz.result_text(answers, SOLO)
    html_to_text(text)
    assert txt.PRACTICE_STEPS[step] in html_to_text(text)

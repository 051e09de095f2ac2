"""Walk the bot in Spanish: no English text that Spanish translates may show.

Texts captured at import time (flow options, the daily questions, their keyboards)
are the risk: they must still read in the language of the person they reach. The
pseudo-language test covers the flows; this one uses a real catalogue and adds the
daily question, its keyboard and the reveal, made outside any flow.
"""

from __future__ import annotations

import pytest

from flows import daily, i18n
from flows.content.prompts import PROMPTS
from flows.daily_reactions import reaction_keyboard
from flows.model import Reply
from flows.registry import FLOWS
from tests.i18n.test_catalogues import _catalog
from tests.i18n.test_pseudo_language import PERSON, SOLO, _walk

LANGUAGE = "es"
TOKEN = "T" * 40
# Shorter texts ("Sí", "OK") may be the same word in both languages or part of another.
MIN_WHOLE_TEXT = 12


def _english_that_spanish_translates() -> tuple[frozenset[str], frozenset[str]]:
    """(labels, sentences): English msgids with a Spanish translation of their own."""
    labels: set[str] = set()
    sentences: set[str] = set()
    for message in _catalog(LANGUAGE):
        if not message.id or not isinstance(message.id, str) or not message.string:
            continue
        if message.string == message.id or "{" in message.id:
            continue
        labels.add(message.id)
        if len(message.id) >= MIN_WHOLE_TEXT:
            sentences.add(message.id)
    return frozenset(labels), frozenset(sentences)


def _shown(reply: Reply) -> tuple[str, list[str]]:
    return reply.text, [button.label for row in reply.buttons for button in row]


def _daily_replies() -> list[Reply]:
    replies = []
    for prompt in PROMPTS:
        replies.append(daily.prompt_message(prompt, "Борис", TOKEN, paired=True, consent=True))
        question = daily.render_prompt_text(prompt, "Борис")
        replies.append(
            daily.reveal_message(
                "Ёжик", "Ёжик", "Борис", question=question, reactions=reaction_keyboard(1)
            )
        )
    replies.append(daily.nudge_message("Борис"))
    return replies


def _english_left(replies: list[Reply], texts: list[str]) -> set[str]:
    labels, sentences = _english_that_spanish_translates()
    found: set[str] = set()
    for reply in replies:
        text, buttons = _shown(reply)
        found |= {label for label in buttons if label in labels}
        texts.append(text)
    for text in texts:
        found |= {sentence for sentence in sentences if sentence in text}
    return found


def test_the_daily_question_and_its_reveal_read_in_spanish() -> None:
    with i18n.use_language(LANGUAGE):
        left = _english_left(_daily_replies(), [])
    assert left == set(), f"English in a Spanish daily question: {sorted(left)[:5]}"


@pytest.mark.parametrize("flow", [f.name for f in FLOWS])
def test_a_flow_walked_in_spanish_shows_no_english(flow: str) -> None:
    replies: list[Reply] = []
    with i18n.use_language(LANGUAGE):
        for person in (PERSON, SOLO):
            for seed in range(4):
                _walk(flow, person, seed, replies)
        left = _english_left(replies, [])
    assert left == set(), f"English in a Spanish {flow}: {sorted(left)[:5]}"

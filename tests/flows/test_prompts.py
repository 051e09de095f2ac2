"""The daily prompt library: enough prompts, well spread, short and well formed."""

from __future__ import annotations

import re
from collections import Counter

from flows.content import daily as texts
from flows.content.prompts import CATEGORIES, PROMPTS, PROMPTS_BY_KEY, prompts_in
from flows.daily import render_prompt_text

_EMOJI = re.compile(
    "[\U0001f300-\U0001faff\u2600-\u27bf\U0001f000-\U0001f2ff\u2b00-\u2bff\u2300-\u23ff]"
)


def test_at_least_63_prompts_with_unique_keys() -> None:
    assert len(PROMPTS) >= 63
    keys = [p.key for p in PROMPTS]
    assert len(set(keys)) == len(keys)
    assert set(PROMPTS_BY_KEY) == set(keys)


def test_keys_are_short_and_name_their_category() -> None:
    for prompt in PROMPTS:
        assert re.fullmatch(r"[a-z]+-[0-9]{2}", prompt.key), prompt.key
        assert prompt.key.split("-")[0] == prompt.category
        assert len(prompt.key.encode()) <= 20


def test_every_category_has_at_least_eight() -> None:
    counts = Counter(p.category for p in PROMPTS)
    assert set(counts) == set(CATEGORIES)
    assert all(counts[c] >= 8 for c in CATEGORIES), counts
    for category in CATEGORIES:
        assert [p.key for p in prompts_in(category)] == sorted(
            p.key for p in PROMPTS if p.category == category
        )


def test_about_a_fifth_answered_by_buttons() -> None:
    with_choices = [p for p in PROMPTS if p.choices]
    share = len(with_choices) / len(PROMPTS)
    assert 0.12 <= share <= 0.3
    for prompt in with_choices:
        assert 2 <= len(prompt.choices) <= 6
        assert len(set(prompt.choices)) == len(prompt.choices)
        assert all(0 < len(label) <= 30 for label in prompt.choices), prompt.key


def test_prompts_are_short_single_questions_or_invitations() -> None:
    for prompt in PROMPTS:
        rendered = render_prompt_text(prompt, "Alexandria")
        assert len(rendered) <= 300, prompt.key
        assert len(prompt.text) <= 200, prompt.key
        # one question per message (a quoted question to ask the partner aside)
        unquoted = re.sub(r'"[^"]*"', "", rendered)
        assert unquoted.count("?") <= 1, prompt.key
        assert "{" not in rendered and "}" not in rendered, prompt.key
        assert len(_EMOJI.findall(prompt.text)) <= 1, prompt.key
        assert prompt.text == prompt.text.strip()
        assert "  " not in prompt.text, prompt.key


def test_partner_placeholder_never_starts_a_sentence() -> None:
    for prompt in PROMPTS:
        assert not prompt.text.startswith("{partner}"), prompt.key
        assert not re.search(r"[.?!]\s+\{partner\}", prompt.text), prompt.key


def test_rendering_with_and_without_a_partner_name() -> None:
    prompt = PROMPTS_BY_KEY["read-02"]
    assert render_prompt_text(prompt, "Ben").startswith("What do you hear in Ben's voice when")
    assert render_prompt_text(prompt, None).startswith("What do you hear in your partner's voice")
    assert render_prompt_text(prompt, "  ").startswith("What do you hear in your partner's voice")


def test_plain_warm_words_no_gender_no_therapy_claims() -> None:
    banned = re.compile(
        r"\b(he|she|him|her|his|hers|husband|wife|boyfriend|girlfriend|therapy|therapist|"
        r"diagnos\w*|disorder|trauma|toxic|narcissis\w*|fault|blame|should have)\b",
        re.IGNORECASE,
    )
    for prompt in PROMPTS:
        for text in (prompt.text, *prompt.choices):
            assert not banned.search(text), (prompt.key, text)


def test_second_person() -> None:
    for prompt in PROMPTS:
        assert re.search(r"\b(you|your|you're|you'd)\b", prompt.text, re.IGNORECASE), prompt.key


def test_covers_the_seeds_reasons_for_not_stepping_up() -> None:
    why = " ".join(" ".join((p.text, *p.choices)) for p in PROMPTS if p.category == "why").lower()
    assert "stress" in why
    assert "handle it" in why or "cope" in why
    assert "conflict" in why or "awkward" in why
    assert "love is a verb" in why


def test_step_names_for_every_category() -> None:
    assert set(texts.STEP_NAMES) == set(CATEGORIES)
    assert texts.STEP_NAMES["read"] == "Read the Moment"
    assert texts.PROMPT_HEADER.format(step="Read the Moment") == (
        "Today's question · Read the Moment"
    )

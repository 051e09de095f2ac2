"""The daily question library: a year's worth, well spread, short and well formed.

Minimums stated here, and why:

* at least 365 questions, so a year of daily questions never runs dry;
* each of the five steps at least 52 questions and each extra (appreciation,
  what gets in the way, just for fun) at least 40: a step comes every week and
  an extra two weeks in three, and with the half-split cycles in
  ``flows.prompt_choice`` these sizes keep any question at least 190 days apart;
* in every category at least 30% light or playful ones and at most 25% deep
  ones, so the mix rules of the chooser can nearly always be kept within the
  day's category; at least 4 button questions per category;
* at most 15% of a category says "today", so couples who get their question
  in the evening still have plenty to choose from.
"""

from __future__ import annotations

import re
import string
from collections import Counter
from itertools import combinations

from flows.content import daily as texts
from flows.content.prompts import (
    CATEGORIES,
    EXTRAS,
    PROMPTS,
    PROMPTS_BY_KEY,
    STEPS,
    TONES,
    prompts_in,
)
from flows.daily import render_prompt_text
from flows.prompt_choice import NO_REPEAT_DAYS

_EMOJI = re.compile(
    "[\U0001f300-\U0001faff\u2600-\u27bf\U0001f000-\U0001f2ff\u2b00-\u2bff\u2300-\u23ff]"
)
# About ten seconds of reading at a relaxed pace.
MAX_CHARS = 160
MAX_WORDS = 28
MAX_LABEL = 30

MIN_TOTAL = 365
MIN_PER_STEP = 52
MIN_PER_EXTRA = 40


def _all_wording(prompt: object) -> str:
    assert hasattr(prompt, "text") and hasattr(prompt, "choices")
    return " ".join((prompt.text, *prompt.choices))


# --- enough, and well spread ------------------------------------------------------------


def test_at_least_a_year_of_prompts_with_unique_keys() -> None:
    assert len(PROMPTS) >= MIN_TOTAL
    keys = [p.key for p in PROMPTS]
    assert len(set(keys)) == len(keys)
    assert set(PROMPTS_BY_KEY) == set(keys)


def test_keys_are_short_and_name_their_category() -> None:
    for prompt in PROMPTS:
        assert re.fullmatch(r"[a-z]+-[0-9]{2}", prompt.key), prompt.key
        assert prompt.key.split("-")[0] == prompt.category
        assert len(prompt.key.encode()) <= 20


def test_keys_of_the_first_library_are_kept() -> None:
    # Stored answers and deliveries refer to these keys: none may disappear.
    first_library = [f"{c}-{n:02d}" for c in CATEGORIES if c != "fun" for n in range(1, 11)]
    assert set(first_library) <= set(PROMPTS_BY_KEY)
    assert PROMPTS_BY_KEY["read-02"].text.startswith("What do you hear in {partner}'s voice")
    assert PROMPTS_BY_KEY["why-07"].category == "why"


def test_every_category_has_its_fair_share() -> None:
    counts = Counter(p.category for p in PROMPTS)
    assert set(counts) == set(CATEGORIES) == set(STEPS) | set(EXTRAS)
    for step in STEPS:
        assert counts[step] >= MIN_PER_STEP, (step, counts[step])
    for extra in EXTRAS:
        assert counts[extra] >= MIN_PER_EXTRA, (extra, counts[extra])
    for category in CATEGORIES:
        assert [p.key for p in prompts_in(category)] == sorted(
            p.key for p in PROMPTS if p.category == category
        )


def test_category_sizes_keep_the_schedule_beyond_the_no_repeat_window() -> None:
    # A cycle is a shuffled first half then a shuffled second half, so a prompt
    # comes back at least half + 1 occurrences later. A step occurs once a week
    # (occurrences k apart are at least 7k - 6 days apart); an extra twice in
    # every three weeks (k apart: at least 21 * (k // 2) - 20 days).
    for step in STEPS:
        gap = len(prompts_in(step)) // 2 + 1
        assert 7 * gap - 6 > NO_REPEAT_DAYS, step
    for extra in EXTRAS:
        gap = len(prompts_in(extra)) // 2 + 1
        assert 21 * (gap // 2) - 20 > NO_REPEAT_DAYS, extra


def test_tones_are_mixed_in_every_category() -> None:
    assert {p.tone for p in PROMPTS} == set(TONES)
    for category in CATEGORIES:
        pool = prompts_in(category)
        easy = sum(p.easy for p in pool)
        deep = sum(p.tone == "deep" for p in pool)
        assert easy >= 0.3 * len(pool), (category, easy)
        assert deep <= 0.25 * len(pool), (category, deep)
    for step in STEPS:
        tones = Counter(p.tone for p in prompts_in(step))
        assert set(tones) == set(TONES), (step, tones)
        assert tones["playful"] >= 3 and tones["deep"] >= 4, (step, tones)
    fun = Counter(p.tone for p in prompts_in("fun"))
    assert set(fun) <= {"light", "playful"} and fun["playful"] >= 15


def test_easy_means_light_or_playful() -> None:
    for prompt in PROMPTS:
        assert prompt.easy == (prompt.tone in ("light", "playful"))


# --- well formed --------------------------------------------------------------------------


def test_buttons_for_some_in_every_category_with_short_labels() -> None:
    with_choices = [p for p in PROMPTS if p.choices]
    share = len(with_choices) / len(PROMPTS)
    assert 0.12 <= share <= 0.3
    for category in CATEGORIES:
        assert sum(p.by_buttons for p in prompts_in(category)) >= 4, category
    for prompt in with_choices:
        assert 2 <= len(prompt.choices) <= 6
        assert len(set(prompt.choices)) == len(prompt.choices)
        for label in prompt.choices:
            assert 0 < len(label) <= MAX_LABEL, (prompt.key, label)
            assert label == label.strip() and "{" not in label and "}" not in label


def test_prompts_are_short_single_questions_or_invitations() -> None:
    for prompt in PROMPTS:
        rendered = render_prompt_text(prompt, "Alexandria")
        assert len(prompt.text) <= MAX_CHARS, (prompt.key, len(prompt.text))
        assert len(prompt.text.split()) <= MAX_WORDS, prompt.key
        assert len(rendered) <= MAX_CHARS + 40, prompt.key
        # one question per message (a quoted question to ask the partner aside)
        unquoted = re.sub(r'"[^"]*"', "", rendered)
        assert unquoted.count("?") <= 1, prompt.key
        ending = _EMOJI.sub("", prompt.text).rstrip().rstrip("\"'”")
        assert ending.endswith(("?", ".", "…")), prompt.key
        assert len(_EMOJI.findall(prompt.text)) <= 1, prompt.key
        assert prompt.text == prompt.text.strip()
        assert "  " not in prompt.text, prompt.key


def test_placeholders_are_only_the_partner_name() -> None:
    for prompt in PROMPTS:
        fields = {name for _, name, _, _ in string.Formatter().parse(prompt.text) if name}
        assert fields <= {"partner"}, (prompt.key, fields)
        rendered = render_prompt_text(prompt, "Alexandria")
        assert "{" not in rendered and "}" not in rendered, prompt.key
        assert render_prompt_text(prompt, None) == prompt.text.format(partner="your partner")


def test_partner_placeholder_never_starts_a_sentence() -> None:
    for prompt in PROMPTS:
        assert not prompt.text.startswith("{partner}"), prompt.key
        assert not re.search(r"[.?!:]\s+\{partner\}", prompt.text), prompt.key


def test_rendering_with_and_without_a_partner_name() -> None:
    prompt = PROMPTS_BY_KEY["read-02"]
    assert render_prompt_text(prompt, "Ben").startswith("What do you hear in Ben's voice when")
    assert render_prompt_text(prompt, None).startswith("What do you hear in your partner's voice")
    assert render_prompt_text(prompt, "  ").startswith("What do you hear in your partner's voice")


# --- "today" ------------------------------------------------------------------------------

_TODAY = re.compile(r"\btoday\b", re.IGNORECASE)
# Words that only fit one part of the day: say "today" (and flag it) or reword.
_HOUR_BOUND = re.compile(
    r"\b(tonight|this (morning|afternoon|evening)|tomorrow|yesterday)\b", re.IGNORECASE
)


def test_today_flag_matches_the_wording() -> None:
    for prompt in PROMPTS:
        assert prompt.today == bool(_TODAY.search(_all_wording(prompt))), prompt.key


def test_no_wording_bound_to_one_part_of_the_day() -> None:
    for prompt in PROMPTS:
        assert not _HOUR_BOUND.search(_all_wording(prompt)), prompt.key


def test_today_questions_are_a_small_share_of_each_category() -> None:
    assert any(p.today for p in PROMPTS)
    for category in CATEGORIES:
        pool = prompts_in(category)
        assert sum(p.today for p in pool) <= 0.15 * len(pool), category


# --- voice ---------------------------------------------------------------------------------


def test_no_duplicates_or_near_duplicates() -> None:
    def normalised(text: str) -> str:
        text = text.replace("{partner}", " ").lower()
        return " ".join(re.findall(r"[a-z0-9]+", text))

    seen: dict[str, str] = {}
    for prompt in PROMPTS:
        key = normalised(prompt.text)
        assert key not in seen, (prompt.key, seen.get(key))
        seen[key] = prompt.key

    stop = {
        "a",
        "an",
        "the",
        "you",
        "your",
        "you're",
        "you'd",
        "they",
        "them",
        "their",
        "to",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "for",
        "with",
        "what",
        "what's",
        "when",
        "how",
        "that",
        "this",
        "is",
        "it",
        "be",
        "could",
        "would",
        "do",
        "does",
        "did",
        "one",
        "can",
        "about",
        "from",
        "as",
        "if",
    }

    def content(text: str) -> frozenset[str]:
        return frozenset(w for w in re.findall(r"[a-z']+", normalised(text)) if w not in stop)

    words = [(p.key, content(p.text)) for p in PROMPTS]
    for (key_a, a), (key_b, b) in combinations(words, 2):
        assert len(a & b) / len(a | b) < 0.6, (key_a, key_b)


def test_plain_warm_words_no_gender_no_therapy_claims_no_blame() -> None:
    banned = re.compile(
        r"\b(he|she|him|her|his|hers|husband|wife|boyfriend|girlfriend|therapy|therapist|"
        r"diagnos\w*|disorder|trauma|toxic|narcissis\w*|fault|blame|should have|"
        r"your kids|your children|why didn't you|why don't you)\b",
        re.IGNORECASE,
    )
    for prompt in PROMPTS:
        for text in (prompt.text, *prompt.choices):
            assert not banned.search(text), (prompt.key, text)


def test_never_a_feeling_score() -> None:
    score = re.compile(
        r"\b(rate|rating|scale|score|out of (5|10|five|ten)|1-10|how (happy|sad|angry))\b",
        re.IGNORECASE,
    )
    for prompt in PROMPTS:
        assert not score.search(_all_wording(prompt)), prompt.key
        assert not any(label.strip().isdigit() for label in prompt.choices), prompt.key


def test_second_person() -> None:
    for prompt in PROMPTS:
        assert re.search(r"\b(you|your|you're|you'd)\b", prompt.text, re.IGNORECASE), prompt.key


def test_covers_the_seeds_reasons_for_not_stepping_up() -> None:
    why = " ".join(_all_wording(p) for p in prompts_in("why")).lower()
    assert "stress" in why and "overwhelm" in why
    assert "handle it" in why or "cope" in why
    assert "conflict" in why or "awkward" in why
    assert "scene" in why and "in public" in why
    assert "love is a verb" in why


def test_grounded_in_the_seeds_examples() -> None:
    # How many questions name each scene from the seed (a group dinner, a
    # relative who questions them, being talked over, a stressful week, ...).
    scenes = {
        "group dinner": (r"group dinner|dinner party|family meal", 5),
        "relatives and family": (r"relative|family", 20),
        "talked over or bulldozed": (r"talks? over|bulldoz|interrupt|finishing .* sentences", 6),
        "a stressful week": (r"stressful week|hard week", 6),
        "stress and overwhelm": (r"stress|overwhelm|hard day|rough day", 20),
        "friends teasing": (r"teas", 6),
        "a work event": (r"work event|colleague|meeting", 6),
        "a family visit": (r"family visit", 8),
        "in public or a group": (r"in public|in a group|in front of others", 20),
    }
    for scene, (pattern, minimum) in scenes.items():
        found = [p.key for p in PROMPTS if re.search(pattern, p.text, re.IGNORECASE)]
        assert len(found) >= minimum, (scene, len(found))


def test_step_names_for_every_category() -> None:
    assert set(texts.STEP_NAMES) == set(CATEGORIES)
    assert texts.STEP_NAMES["read"] == "Read the Moment"
    assert texts.STEP_NAMES["fun"] == "Just for fun"
    assert texts.PROMPT_HEADER.format(step="Read the Moment") == (
        "Today's question · Read the Moment"
    )

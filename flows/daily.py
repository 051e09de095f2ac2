"""Daily prompts: when to send them, which one, and what to say around them.

Pure logic only. Nothing here reads the clock, stores anything or talks to
Telegram: every function takes the current instant (an aware UTC ``datetime``)
and plain values, and returns plain values or :class:`~flows.model.Reply`.

How the pieces fit (for the scheduler and storage that call this):

* A user has a local time (``datetime.time``), a zone name from
  :func:`flows.timeparse.parse_timezone` and a set of weekdays (0=Mon … 6=Sun).
  :func:`next_delivery` gives the next UTC instant. After sending (or dropping)
  a delivery, ask again with ``after_utc`` = that delivery's scheduled instant.
  Local times follow DST: a time that does not exist that night is sent later
  by the size of the gap (02:30 → 03:30), a time that happens twice is sent
  once, at its first occurrence.
* The **prompt day** of a delivery is its local date (:func:`local_date_of`).
  :func:`choose_prompt` picks the couple's prompt for a prompt day,
  deterministically from the couple's seed and the date, so two partners in
  different zones get the same prompt for the same local date. Store the key
  chosen for (couple, date) anyway and reuse it for the second partner.
* Answers of the two partners for the same prompt day are revealed when both
  exist; :func:`should_nudge` allows at most one nudge.
* :func:`is_due` tells whether a delivery missed while the bot was down is
  still worth sending (3 hours).
"""

from __future__ import annotations

import random
import re
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from functools import lru_cache
from typing import Final, Literal

from flows.content import common
from flows.content import daily as texts
from flows.content.prompts import (
    EXTRAS,
    PARTNER_PLACEHOLDER,
    PROMPTS,
    PROMPTS_BY_KEY,
    STEPS,
    Category,
    Prompt,
    prompts_in,
)
from flows.model import Button, Keyboard, Reply
from flows.text import bold, esc
from flows.timeparse import zone_for

__all__ = [
    "CALLBACK_PREFIX",
    "DEFAULT_GRACE",
    "NO_REPEAT_DAYS",
    "TODAY_WORDING_FROM",
    "TODAY_WORDING_UNTIL",
    "PromptAction",
    "answer_saved",
    "choice_answer",
    "choose_prompt",
    "delivery_for_local_date",
    "fits_the_mix",
    "group_reveal_message",
    "is_due",
    "kept_for_me",
    "local_clock",
    "local_date_of",
    "next_delivery",
    "nudge_message",
    "parse_prompt_callback",
    "partner_kept_theirs",
    "prompt_keyboard",
    "prompt_message",
    "render_prompt_text",
    "reveal_message",
    "scheduled_category",
    "should_nudge",
    "skipped_message",
    "snooze_until",
    "snoozed_message",
    "this_evening",
    "today_wording_fits",
    "weekly_summary",
]

DEFAULT_GRACE: Final = timedelta(hours=3)
NO_REPEAT_DAYS: Final = 180
# A question that says "today" is sent only between these local times.
TODAY_WORDING_FROM: Final = time(4, 0)
TODAY_WORDING_UNTIL: Final = time(14, 0)
CALLBACK_PREFIX: Final = "dp:"
# "This evening": 21:00 local, or this long from now once 21:00 has passed.
EVENING: Final = time(21, 0)
EVENING_FALLBACK: Final = timedelta(hours=3)
SNOOZE_HOUR: Final = timedelta(hours=1)

# Longest delivery token that keeps every callback within Telegram's 64 bytes:
# "dp:a:<token>:<index>" with a two-digit index is 8 bytes plus the token.
_MAX_TOKEN_BYTES: Final = 40
_TOKEN_RE: Final = re.compile(r"^[A-Za-z0-9_.\-]{1,40}$", re.ASCII)


def require_aware(moment: datetime, name: str) -> None:
    """Raise ``ValueError`` unless ``moment`` is an aware datetime."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime (UTC)")


# --- when ----------------------------------------------------------------------


def delivery_for_local_date(local_time: time, zone: str, local_date: date) -> datetime:
    """The UTC instant of ``local_time`` on ``local_date`` in ``zone``.

    * A wall-clock time inside a spring-forward gap is moved forward by the gap:
      02:30 on 2026-03-29 in Europe/Berlin → 03:30 CEST (01:30 UTC).
    * A time that happens twice at fall-back is its first occurrence (``fold=0``):
      01:30 on 2026-11-01 in America/New_York → 01:30 EDT (05:30 UTC).

    Raises ``ValueError`` for an unknown zone.
    """
    tz = zone_for(zone)
    wall = local_time.replace(tzinfo=None, fold=0)
    # With fold=0, zoneinfo reads a time in the gap with the offset from before
    # the transition, which is exactly "shifted forward by the gap", and a
    # repeated time as its first occurrence.
    local = datetime.combine(local_date, wall, tzinfo=tz)
    return local.astimezone(UTC)


def local_date_of(instant_utc: datetime, zone: str) -> date:
    """The date on the wall calendar in ``zone`` at ``instant_utc`` (aware)."""
    require_aware(instant_utc, "instant_utc")
    return instant_utc.astimezone(zone_for(zone)).date()


def next_delivery(
    local_time: time, zone: str, days: frozenset[int], after_utc: datetime
) -> datetime:
    """The next UTC instant strictly after ``after_utc`` for this schedule.

    ``days`` are the allowed local weekdays (0=Monday … 6=Sunday); the weekday is
    the one on the user's wall calendar. Each allowed local date has exactly one
    delivery (see :func:`delivery_for_local_date` for DST gaps and repeats), so
    calling again with the previous delivery as ``after_utc`` never sends the
    same night twice. Raises ``ValueError`` for an empty or invalid ``days``, a
    naive ``after_utc`` or an unknown zone.
    """
    require_aware(after_utc, "after_utc")
    if not days or not all(isinstance(d, int) and 0 <= d <= 6 for d in days):
        raise ValueError("days must be a non-empty set of weekdays 0..6")
    # Start one day early: a delivery on the previous local date can never be
    # later than after_utc, but this keeps the search obviously complete.
    start = local_date_of(after_utc, zone) - timedelta(days=1)
    for offset in range(9):
        candidate_date = start + timedelta(days=offset)
        if candidate_date.weekday() not in days:
            continue
        instant = delivery_for_local_date(local_time, zone, candidate_date)
        if instant > after_utc:
            return instant
    raise AssertionError("unreachable: some allowed weekday lies within 8 days")


def is_due(
    scheduled_utc: datetime, now_utc: datetime, grace: timedelta = DEFAULT_GRACE
) -> Literal["send", "drop", "wait"]:
    """What to do with a delivery at ``now_utc``.

    ``"wait"`` before its time, ``"send"`` from its time up to and including
    ``grace`` late (3 hours by default: 2h59 late is sent), ``"drop"`` after that
    (dropped quietly; the next one follows the usual schedule).
    """
    require_aware(scheduled_utc, "scheduled_utc")
    require_aware(now_utc, "now_utc")
    if now_utc < scheduled_utc:
        return "wait"
    if now_utc - scheduled_utc <= grace:
        return "send"
    return "drop"


def snooze_until(
    choice: Literal["hour", "evening"],
    now_utc: datetime,
    zone: str,
    evening: time = EVENING,
) -> datetime:
    """When a snoozed prompt comes back (UTC).

    ``"hour"``: one hour from now. ``"evening"``: a real evening after now: today
    at ``evening`` (21:00) on the user's wall clock, or, once that has come,
    :data:`EVENING_FALLBACK` (3 hours) from now, so "this evening" is never
    "tomorrow" and never the same as "Snooze 1 hour".
    """
    require_aware(now_utc, "now_utc")
    if choice == "hour":
        return now_utc + SNOOZE_HOUR
    if choice != "evening":
        raise ValueError(f"unknown snooze choice: {choice!r}")
    # At 20:00 "this evening" must not be the same as "in an hour".
    return this_evening(now_utc, zone, evening, beyond=SNOOZE_HOUR)


def this_evening(
    now_utc: datetime, zone: str, evening: time = EVENING, *, beyond: timedelta = timedelta(0)
) -> datetime:
    """Today at ``evening`` local time if that is more than ``beyond`` ahead, else 3 hours
    from now."""
    require_aware(now_utc, "now_utc")
    tonight = delivery_for_local_date(evening, zone, local_date_of(now_utc, zone))
    return tonight if tonight > now_utc + beyond else now_utc + EVENING_FALLBACK


# --- which prompt ----------------------------------------------------------------

# A Monday. Prompt days are counted from it in whole weeks ("blocks"). Each week
# shows the five steps once each and two of the three extras (appreciation, what
# gets in the way, just for fun), in an order that changes every week; every
# three weeks each extra rests once.
_EPOCH: Final = date(2024, 1, 1)
_WEEK: Final = 7


def _rng(*parts: object) -> random.Random:
    # String seeds are hashed with SHA-512: stable across runs and machines.
    return random.Random("couplebot-daily:" + ":".join(str(p) for p in parts))


# The orders below are pure functions of their arguments; caching them keeps a
# simulation of years cheap (one live choice per couple and day barely notices).
@lru_cache(maxsize=4096)
def _rested_extras(seed: int, group: int) -> tuple[Category, ...]:
    """Which extra rests in each week of a three-week group (one each)."""
    order = list(EXTRAS)
    _rng(seed, "rest", group).shuffle(order)
    return tuple(order)


@lru_cache(maxsize=4096)
def _block_order_raw(seed: int, block: int) -> tuple[Category, ...]:
    group, index = divmod(block, len(EXTRAS))
    rested = _rested_extras(seed, group)[index]
    order = [*STEPS, *(extra for extra in EXTRAS if extra != rested)]
    _rng(seed, "week", block).shuffle(order)
    return tuple(order)


def _block_order(seed: int, block: int) -> list[Category]:
    """The category order for one week, never starting with last week's last."""
    order = list(_block_order_raw(seed, block))
    # Only positions 0 and 1 are ever swapped, so last week's last is its raw last.
    if order[0] == _block_order_raw(seed, block - 1)[-1]:
        order[0], order[1] = order[1], order[0]
    return order


def scheduled_category(couple_seed: int, local_date: date) -> Category:
    """The category a prompt day belongs to. Consecutive days always differ."""
    block, position = divmod((local_date - _EPOCH).days, _WEEK)
    return _block_order(couple_seed, block)[position]


def _occurrence(seed: int, category: Category, block: int) -> int:
    """How many weeks from the epoch up to (not including) ``block`` showed ``category``."""
    if category in STEPS:
        return block
    group, index = divmod(block, len(EXTRAS))
    rested = _rested_extras(seed, group)
    earlier = sum(1 for week in range(index) if rested[week] != category)
    return group * (len(EXTRAS) - 1) + earlier


@lru_cache(maxsize=4096)
def _category_cycle(seed: int, category: Category, cycle: int) -> tuple[Prompt, ...]:
    """The order of a category's prompts for one cycle of its occurrences.

    The prompts are split once per seed into a first and a second half; every
    cycle shows a fresh shuffle of the first half, then of the second. A prompt
    therefore comes back at least ``half + 1`` occurrences later: for a step
    with 54 prompts that is 28 weeks (at least 190 days); for an extra with 42,
    which shows two weeks in three, 22 occurrences (at least 211 days). With
    fewer than 10, a fixed order per seed is used instead.
    """
    pool = list(prompts_in(category))
    _rng(seed, category, "split").shuffle(pool)
    half = len(pool) // 2
    if half < 5:
        return tuple(pool)
    first, second = pool[:half], pool[half:]
    _rng(seed, category, cycle, "first").shuffle(first)
    _rng(seed, category, cycle, "second").shuffle(second)
    return (*first, *second)


def _category_walk(seed: int, local_date: date) -> Iterator[Prompt]:
    """The day's category in schedule order, from the day's scheduled prompt on.

    The rest of the current cycle, then the next cycle (each prompt once). When a
    prompt had to be replaced, the next one in this walk takes its place and the
    following days simply move along it, so no prompt is pulled far forward.
    """
    block = (local_date - _EPOCH).days // _WEEK
    category = scheduled_category(seed, local_date)
    cycle, index = divmod(_occurrence(seed, category, block), len(prompts_in(category)))
    current = _category_cycle(seed, category, cycle)[index:]
    yield from current
    walked = set(current)
    yield from (p for p in _category_cycle(seed, category, cycle + 1) if p not in walked)


def today_wording_fits(local_times: Iterable[time]) -> bool:
    """Whether a question that says "today" suits deliveries at these local times.

    Yes only if there is at least one time and every one is in the morning or
    early afternoon (:data:`TODAY_WORDING_FROM` up to, not including,
    :data:`TODAY_WORDING_UNTIL`). A question read at 20:00 or at 01:30 should
    not ask about "today".
    """
    times = [moment.replace(tzinfo=None) for moment in local_times]
    return bool(times) and all(TODAY_WORDING_FROM <= t < TODAY_WORDING_UNTIL for t in times)


def _previous_prompts(last_used: Mapping[str, date]) -> list[Prompt]:
    """The prompts of the two latest prompt days, newest first.

    However far apart they are: someone who gets a question only on Mondays
    deserves a varied mix as much as someone who gets one every day.
    """
    latest = sorted(
        ((used, key) for key, used in last_used.items() if key in PROMPTS_BY_KEY), reverse=True
    )
    return [PROMPTS_BY_KEY[key] for _, key in latest[:2]]


def fits_the_mix(candidate: Prompt, previous: Sequence[Prompt]) -> bool:
    """Whether ``candidate`` keeps the week varied after ``previous`` (newest first).

    Not the category of the last prompt day, never two deep questions in a row,
    and a light or playful one at least every third prompt day.
    """
    if not previous:
        return True
    last = previous[0]
    if candidate.category == last.category:
        return False
    if candidate.tone == "deep" and last.tone == "deep":
        return False
    if len(previous) >= 2 and not (last.easy or previous[1].easy):
        return candidate.easy
    return True


def _other_categories(seed: int, local_date: date, category: Category) -> list[Prompt]:
    """Every prompt outside ``category``, the neighbouring days' categories last."""
    neighbours = {
        scheduled_category(seed, local_date - timedelta(days=1)),
        scheduled_category(seed, local_date + timedelta(days=1)),
    }
    others = [p for p in PROMPTS if p.category != category]
    _rng(seed, "fallback", local_date.isoformat()).shuffle(others)
    others.sort(key=lambda p: p.category in neighbours)  # stable: keeps the shuffle
    return others


def choose_prompt(
    couple_seed: int,
    local_date: date,
    recent: Mapping[str, date] | Iterable[str] = (),
    *,
    recipient_times: Iterable[time],
) -> Prompt:
    """The couple's prompt for a prompt day (the local date of the delivery).

    Deterministic in its arguments: both partners get the same prompt for the
    same local date, whatever their zones. Use the couple's id as the seed (a
    user's own id while they have no partner).

    ``recipient_times`` are the local delivery times of everyone who gets it
    (both partners' prompt times): a question worded with "today" is chosen
    only if :func:`today_wording_fits` them all.

    The schedule itself never repeats a prompt within :data:`NO_REPEAT_DAYS`
    days and shows every step each week. ``recent`` is the couple's history:

    * a mapping ``key → last date used``: only dates 1..NO_REPEAT_DAYS days
      *before* ``local_date`` count, so the record made when the first partner
      got today's prompt does not change the second partner's prompt. Its two
      latest days also keep the mix (:func:`fits_the_mix`);
    * or just the keys used in that window (no mix check then).

    A prompt that is recent, says "today" at the wrong hour or breaks the mix is
    replaced by another of the same category, then of another category; the mix
    gives way before the category, never the window or the "today" rule. If
    every prompt is excluded, the least recently used one that fits the hour is
    returned.
    """
    allow_today = today_wording_fits(recipient_times)
    if isinstance(recent, Mapping):
        last_used: dict[str, date] = {
            key: used
            for key, used in recent.items()
            if 1 <= (local_date - used).days <= NO_REPEAT_DAYS
        }
        previous = _previous_prompts(last_used)
    else:
        last_used = {key: local_date for key in recent}
        previous = []

    def allowed(prompt: Prompt) -> bool:
        return prompt.key not in last_used and (allow_today or not prompt.today)

    same_category: list[Prompt] = []
    for candidate in _category_walk(couple_seed, local_date):
        same_category.append(candidate)
        if allowed(candidate) and fits_the_mix(candidate, previous):
            return candidate
    others = _other_categories(couple_seed, local_date, same_category[0].category)
    for candidate in others:
        if allowed(candidate) and fits_the_mix(candidate, previous):
            return candidate
    last_category = previous[0].category if previous else None
    everything = same_category + others
    for candidate in everything:
        if allowed(candidate) and candidate.category != last_category:
            return candidate
    for candidate in everything:
        if allowed(candidate):
            return candidate
    fitting = [p for p in everything if allow_today or not p.today]
    # min keeps the first of equals: the scheduled prompt when only keys were given.
    return min(fitting, key=lambda p: last_used.get(p.key, date.min))


# --- answers, reveal and nudge ----------------------------------------------------


def should_nudge(
    *,
    partner_answered: bool,
    i_answered: bool,
    nudge_sent: bool,
    now_utc: datetime,
    my_delivery_utc: datetime | None,
    skipped: bool = False,
    min_delay: timedelta = timedelta(hours=1),
    max_age: timedelta = timedelta(hours=12),
) -> bool:
    """Whether to send me the one gentle nudge for this prompt day now.

    Yes only if my partner answered, I have not, I did not skip the day, no nudge
    was sent yet for this prompt day (at most one, ever), my prompt reached me at
    least ``min_delay`` ago (so I had a fair chance on my own) and no more than
    ``max_age`` ago (so nobody is nudged about a stale question or at night
    hours after their usual time). ``my_delivery_utc`` is when my prompt was
    actually sent (after any snooze), ``None`` if it was not sent.

    Call it when the partner answers, and again at ``my_delivery_utc +
    min_delay`` if the partner answered before that.
    """
    require_aware(now_utc, "now_utc")
    if not partner_answered or i_answered or nudge_sent or skipped:
        return False
    if my_delivery_utc is None:
        return False
    require_aware(my_delivery_utc, "my_delivery_utc")
    waited = now_utc - my_delivery_utc
    return min_delay <= waited <= max_age


def _partner(partner_name: str | None) -> str:
    """The partner's name as it goes into a message (escaped: every message is HTML)."""
    name = (partner_name or "").strip()
    return esc(name) if name else common.YOUR_PARTNER


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def render_prompt_text(prompt: Prompt, partner_name: str | None) -> str:
    """The prompt's text with ``{partner}`` replaced (``"your partner"`` if unknown)."""
    # str(): the question in the current language (the prompt holds its English id).
    return str(prompt.text).replace(PARTNER_PLACEHOLDER, _partner(partner_name))


def weekly_summary(
    days_both_answered: int,
    window: int = 7,
    partner_name: str | None = None,
    *,
    journal: bool = False,
) -> str:
    """The gentle weekly line: "You both answered 5 of the last 7 days."

    Counts, never streaks: no day is "broken", and a quiet week gets a warm word
    instead of guilt. With ``journal=True`` (no partner yet) the count is the
    days the person answered. The count is clamped to ``0..window``.
    ``partner_name`` is accepted for callers that want to personalise later; the
    current wording speaks to both partners together.
    """
    del partner_name  # the texts speak to "you both"
    window = max(1, window)
    n = min(max(0, days_both_answered), window)
    if journal:
        if n == 0:
            return texts.WEEKLY_JOURNAL_NONE
        template = texts.WEEKLY_JOURNAL_ALL if n == window else texts.WEEKLY_JOURNAL_SOME
        return template.format(n=n, window=window)
    if n == 0:
        return texts.WEEKLY_NONE
    template = texts.WEEKLY_ALL if n == window else texts.WEEKLY_SOME
    return template.format(n=n, window=window)


# --- buttons and messages ------------------------------------------------------------


@dataclass(frozen=True)
class PromptAction:
    """A pressed prompt button, decoded from its callback data.

    ``kind`` is ``"answer"`` (with ``choice`` the index into ``Prompt.choices``),
    ``"snooze_hour"``, ``"snooze_evening"``, ``"skip"`` or ``"just_for_me"`` (keep
    this day's answer in the journal, never revealed). ``token`` identifies
    the delivery; it carries no authority, so check it belongs to the presser.
    """

    kind: Literal["answer", "snooze_hour", "snooze_evening", "skip", "just_for_me"]
    token: str
    choice: int | None = None


def prompt_keyboard(
    prompt: Prompt, delivery_token: str, *, private_option: bool = False
) -> Keyboard:
    """Buttons under a prompt: its choices (if any), then Snooze and Skip today.

    Callback data: ``dp:a:<token>:<index>`` for a choice, ``dp:snz:h:<token>``
    (one hour), ``dp:snz:e:<token>`` (this evening), ``dp:skip:<token>``, and with
    ``private_option`` (a partner would see the answer) ``dp:jfm:<token>`` for
    "Just for me". The token is 1..40 characters of ``A-Z a-z 0-9 _ . -`` (so every
    callback fits in 64 bytes); anything else raises ``ValueError``.
    """
    if not _TOKEN_RE.match(delivery_token) or len(delivery_token) > _MAX_TOKEN_BYTES:
        raise ValueError("delivery token must be 1..40 chars of [A-Za-z0-9_.-]")
    if len(prompt.choices) > 99:
        raise ValueError("too many choices")
    rows: list[tuple[Button, ...]] = [
        (Button(label=label, data=f"{CALLBACK_PREFIX}a:{delivery_token}:{index}"),)
        for index, label in enumerate(prompt.choices)
    ]
    rows.append(
        (
            Button(texts.SNOOZE_HOUR_LABEL, f"{CALLBACK_PREFIX}snz:h:{delivery_token}"),
            Button(texts.SNOOZE_EVENING_LABEL, f"{CALLBACK_PREFIX}snz:e:{delivery_token}"),
        )
    )
    last = [Button(texts.SKIP_TODAY_LABEL, f"{CALLBACK_PREFIX}skip:{delivery_token}")]
    if private_option:
        last.append(Button(texts.JUST_FOR_ME_LABEL, f"{CALLBACK_PREFIX}jfm:{delivery_token}"))
    rows.append(tuple(last))
    return tuple(rows)


def parse_prompt_callback(data: str) -> PromptAction | None:
    """Decode callback data made by :func:`prompt_keyboard`; ``None`` if it is not one.

    Never raises.
    """
    if not isinstance(data, str) or not data.startswith(CALLBACK_PREFIX) or len(data) > 64:
        return None
    parts = data[len(CALLBACK_PREFIX) :].split(":")
    if len(parts) == 3 and parts[0] == "a" and _TOKEN_RE.match(parts[1]):
        if not parts[2].isascii() or not parts[2].isdigit() or len(parts[2]) > 2:
            return None
        return PromptAction("answer", parts[1], int(parts[2]))
    if len(parts) == 3 and parts[0] == "snz" and _TOKEN_RE.match(parts[2]):
        if parts[1] == "h":
            return PromptAction("snooze_hour", parts[2])
        if parts[1] == "e":
            return PromptAction("snooze_evening", parts[2])
        return None
    if len(parts) == 2 and parts[0] == "skip" and _TOKEN_RE.match(parts[1]):
        return PromptAction("skip", parts[1])
    if len(parts) == 2 and parts[0] == "jfm" and _TOKEN_RE.match(parts[1]):
        return PromptAction("just_for_me", parts[1])
    return None


def choice_answer(prompt: Prompt, index: int | None) -> str | None:
    """The answer text for a pressed choice (its label), ``None`` if out of range."""
    if index is None or not 0 <= index < len(prompt.choices):
        return None
    return prompt.choices[index]


def prompt_message(
    prompt: Prompt,
    partner_name: str | None,
    delivery_token: str,
    *,
    paired: bool = False,
    consent: bool = False,
    just_for_me: bool = False,
) -> Reply:
    """The prompt as sent: header with the step, the question, a hint, the buttons.

    ``paired``: a partner will see the answer once both answered, so "Just for me"
    is offered (until pressed: ``just_for_me`` says so instead). ``consent`` adds
    the plain words on who sees an answer (the first question a partner gets).
    """
    header = texts.PROMPT_HEADER.format(step=texts.STEP_NAMES[prompt.category])
    lines = [bold(header), "", render_prompt_text(prompt, partner_name)]
    if not prompt.choices:
        lines += ["", texts.TEXT_ANSWER_HINT]
    if just_for_me:
        lines += ["", texts.JUST_FOR_ME_ON]
    elif paired and consent:
        lines += ["", texts.CONSENT.format(partner=_partner(partner_name))]
    keyboard = prompt_keyboard(prompt, delivery_token, private_option=paired and not just_for_me)
    return Reply(text="\n".join(lines), buttons=keyboard)


def answer_saved(partner_name: str | None, *, has_partner: bool) -> Reply:
    """After answering: private until the partner answers, or kept in the journal."""
    if not has_partner:
        return Reply(text=texts.SAVED_JOURNAL)
    return Reply(text=texts.SAVED_WAITING.format(partner=_partner(partner_name)))


def kept_for_me() -> Reply:
    """A "Just for me" answer: in the journal, never shown to anyone."""
    return Reply(text=texts.SAVED_JUST_FOR_ME)


def partner_kept_theirs(partner_name: str | None) -> Reply:
    """I answered, but my partner kept theirs to themselves today: mine stays private too."""
    return Reply(text=texts.SAVED_PARTNER_KEPT_THEIRS.format(partner=_partner(partner_name)))


def answered_by_button(choice: str, saved: Reply | None) -> Reply:
    """A choice tapped on the prompt: the prompt itself shows it (and the saved line, if
    the answer waits for the partner) and loses its buttons; no extra message."""
    line = common.CHOSEN.format(label=esc(choice))
    return Reply.closing(choice=f"{line}\n{saved.text}" if saved is not None else line)


_MAX_SHOWN_ANSWER: Final = 1500


def _shown(answer: str) -> str:
    answer = answer.strip()
    if len(answer) > _MAX_SHOWN_ANSWER:
        return answer[: _MAX_SHOWN_ANSWER - 1].rstrip() + "…"
    return answer


def reveal_message(
    my_answer: str,
    partner_answer: str,
    partner_name: str | None,
    *,
    question: str | None = None,
    reactions: Keyboard = (),
) -> Reply:
    """Both answered: the question again, then my answer and my partner's (each capped
    at 1500 chars), with the reaction buttons under it."""
    body = texts.REVEAL.format(
        mine=esc(_shown(my_answer)),
        partner=_capitalised(_partner(partner_name)),
        theirs=esc(_shown(partner_answer)),
    )
    if question:
        # Under the first line, so every reveal still begins "You both answered".
        header, answers = body.split("\n", 1)
        body = f"{header}\n{texts.REVEAL_QUESTION.format(question=question)}\n\n{answers}"
    return Reply(text=body, buttons=reactions)


def group_reveal_message(
    first: tuple[str, str],
    second: tuple[str, str],
    *,
    question: str | None = None,
    reactions: Keyboard = (),
) -> Reply:
    """Both answered on the group's post: the question again, each (name, answer) in the
    order given, with the reaction buttons under it (as in :func:`reveal_message`)."""
    body = texts.GROUP_REVEAL.format(
        first=esc(first[0]),
        first_answer=esc(_shown(first[1])),
        second=esc(second[0]),
        second_answer=esc(_shown(second[1])),
    )
    if question:
        header, answers = body.split("\n", 1)
        body = f"{header}\n{texts.REVEAL_QUESTION.format(question=question)}\n\n{answers}"
    return Reply(text=body, buttons=reactions)


def nudge_message(partner_name: str | None) -> Reply:
    """The one gentle nudge: "<Name> answered today's question: answer yours to see it"."""
    return Reply(text=_capitalised(texts.NUDGE.format(partner=_partner(partner_name))))


def local_clock(instant_utc: datetime, zone: str) -> str:
    """ "21:00": the instant on the person's wall clock."""
    require_aware(instant_utc, "instant_utc")
    local = instant_utc.astimezone(zone_for(zone))
    return f"{local.hour:02d}:{local.minute:02d}"


def snoozed_message(until_utc: datetime, zone: str) -> Reply:
    """Confirms a snooze with the local time it comes back ("… at 19:00.")."""
    return Reply(text=texts.SNOOZED.format(when=local_clock(until_utc, zone)), edit=True)


def skipped_message() -> Reply:
    """Confirms "Skip today"."""
    return Reply(text=texts.SKIPPED, edit=True)

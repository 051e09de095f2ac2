"""The weekly look back: which steps you practised, what got in the way, one suggestion.

Pure. :class:`WeekFacts` is plain data about one local week of a couple (or of
a person alone), built by :func:`facts_from` from the week's rows; it holds no one's
words, only which steps happened on which day, counts and the preset key of
"what made it hard". :func:`compose_weekly` turns it into the message text and
the data of the picture card (drawn by ``bot/weekly_card.py``).

Never a streak, never guilt: a day without practice is simply not mentioned,
counts appear only for what happened, and a quiet week gets a warm word.
"""

from __future__ import annotations

import json
from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import asdict, dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final, Protocol

from flows.content import common
from flows.content import moment as moment_txt
from flows.content import weekly as txt
from flows.practice import PracticeStep
from flows.text import esc
from flows.timeparse import zone_for

READ: Final = "read"
SIDE: Final = "side"
ACTION: Final = "action"
CHECKIN: Final = "checkin"
REINFORCE: Final = "reinforce"
STEPS: Final = (READ, SIDE, ACTION, CHECKIN, REINFORCE)
# Check-in answers that asked for more than what was done.
VERDICTS_MORE: Final = frozenset({"partly", "else"})
WEEK_DAYS: Final = 7
# The message stays readable in about ten seconds, and fits a photo caption (1024).
MESSAGE_LIMIT: Final = 700
NAME_LIMIT: Final = 40
REASON_KEYS: Final = tuple(key for key, _ in moment_txt.HARD)


@dataclass(frozen=True)
class DayFacts:
    """One local day: the steps practised and whether the daily question was answered
    (by both partners; by the person, when alone)."""

    local_date: date
    steps: frozenset[str] = frozenset()
    daily_answered: bool = False


@dataclass(frozen=True)
class ReasonNote:
    """A "what made it hard" answer: whose reflection, and the preset reason key."""

    author_id: int
    key: str


@dataclass(frozen=True)
class WeekFacts:
    """What one week held, for a couple or a person alone. No one's words, only facts."""

    days: tuple[DayFacts, ...] = ()
    paired: bool = True
    # "I want to have their back better" reflections (/moment).
    moments: int = 0
    # "I felt they didn't have my back" reflections.
    hurt_moments: int = 0
    # /prepare plans made.
    plans: int = 0
    checkins_sent: int = 0
    # Check-in answers that came back this week: "helped", "partly" or "else".
    checkin_verdicts: tuple[str, ...] = ()
    requests_sent: int = 0
    requests_accepted: int = 0
    reinforces_sent: int = 0
    # Only preset reasons: what someone typed in their own words stays in their reflection.
    reasons: tuple[ReasonNote, ...] = ()

    @property
    def steps(self) -> frozenset[str]:
        """Every step practised on any day of the week."""
        return frozenset().union(*(day.steps for day in self.days))

    @property
    def daily_days(self) -> int:
        """Days the daily question was answered (by both, when paired)."""
        return len({day.local_date for day in self.days if day.daily_answered})

    def top_reason(self, authors: Collection[int]) -> str | None:
        """The reason that most often got in the way, from these authors' reflections.

        Ties go to the reason listed first in /moment; None when there was none.
        """
        counts = Counter(n.key for n in self.reasons if n.author_id in authors)
        ranked = [key for key in REASON_KEYS if counts[key] > 0]
        return max(ranked, key=lambda key: counts[key]) if ranked else None


def reason_key(answer: object) -> str | None:
    """The preset key of a stored "what made it hard" answer, or None (own words, empty).

    Reflections keep the label the person saw ("My own stress"); older or
    differently cased labels still match, and a bare key is accepted too.
    """
    if not isinstance(answer, str):
        return None
    wanted = " ".join(answer.split()).casefold()
    for key, label in moment_txt.HARD:
        if wanted in (key, label.casefold()):
            return key
    return None


class ReflectionLike(Protocol):
    """A finished reflection as the week's rows carry it (``storage.weekly``)."""

    @property
    def kind(self) -> str: ...
    @property
    def user_id(self) -> int: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def summary(self) -> Mapping[str, Any]: ...


class RelayLike(Protocol):
    """Something one partner sent the other (check-in, request, reinforce)."""

    @property
    def id(self) -> int: ...
    @property
    def kind(self) -> str: ...
    @property
    def created_at(self) -> datetime: ...
    @property
    def answered_at(self) -> datetime | None: ...
    @property
    def verdict(self) -> str | None: ...


# Statuses of a Check In or Reinforce inside a /moment that mean it was done:
# sent, scheduled to go out, or kept (a person alone practising on their own).
DONE_STATUSES: Final = frozenset({"sent", "scheduled", "kept"})


def facts_from(
    reflections: Iterable[ReflectionLike],
    relays: Iterable[RelayLike],
    daily_dates: Collection[date],
    *,
    start: datetime,
    end: datetime,
    zone: str,
    paired: bool,
) -> WeekFacts:
    """Which steps the week's reflections and relays show, day by local day.

    ``start`` and ``end`` are aware UTC instants; days are the local dates in
    ``zone`` from ``start`` up to ``end``. Only preset reasons are kept: what
    someone wrote in their own words never leaves their reflection.
    """
    tz = zone_for(zone)
    first = start.astimezone(tz).date()
    last = (end - timedelta(microseconds=1)).astimezone(tz).date()
    steps: dict[date, set[str]] = defaultdict(set)
    counts: dict[str, int] = defaultdict(int)
    reasons: list[ReasonNote] = []
    accepted: set[int] = set()

    def day_of(instant: datetime) -> set[str]:
        return steps[instant.astimezone(tz).date()]

    for row in reflections:
        summary = row.summary
        if row.kind == "moment_support":
            counts["moments"] += 1
            day_of(row.created_at).update(_support_steps(summary))
            key = reason_key(summary.get("hard"))
            if key is not None:
                reasons.append(ReasonNote(row.user_id, key))
            if isinstance(summary.get("request_id"), int):
                accepted.add(summary["request_id"])
        elif row.kind == "moment_hurt":
            counts["hurt_moments"] += 1
            if summary.get("hurt_what"):
                day_of(row.created_at).add(READ)
        elif row.kind == "prepare":
            counts["plans"] += 1

    verdicts: list[tuple[datetime, int, str]] = []
    for relay in relays:
        sent_now = start <= relay.created_at < end
        answered_now = relay.answered_at is not None and start <= relay.answered_at < end
        if relay.kind == "checkin":
            if sent_now:
                counts["checkins_sent"] += 1
                day_of(relay.created_at).add(CHECKIN)
            if answered_now and relay.answered_at is not None:
                verdicts.append((relay.answered_at, relay.id, relay.verdict or "helped"))
        elif relay.kind == "reinforce" and sent_now:
            counts["reinforces_sent"] += 1
            day_of(relay.created_at).add(REINFORCE)
        elif relay.kind == "request":
            if sent_now:
                counts["requests_sent"] += 1
            if answered_now:
                accepted.add(relay.id)

    span = [first + timedelta(days=i) for i in range((last - first).days + 1)]
    days = tuple(DayFacts(d, frozenset(steps.get(d, ())), d in daily_dates) for d in span)
    return WeekFacts(
        days=days,
        paired=paired,
        moments=counts["moments"],
        hurt_moments=counts["hurt_moments"],
        plans=counts["plans"],
        checkins_sent=counts["checkins_sent"],
        checkin_verdicts=tuple(verdict for *_, verdict in sorted(verdicts)),
        requests_sent=counts["requests_sent"],
        requests_accepted=len(accepted),
        reinforces_sent=counts["reinforces_sent"],
        reasons=tuple(reasons),
    )


def _support_steps(summary: Mapping[str, Any]) -> set[str]:
    """The steps a "have their back" reflection shows were practised."""
    found: set[str] = set()
    if summary.get("what") or summary.get("signals"):
        found.add(READ)
    if summary.get("side"):
        found.add(SIDE)
    if summary.get("action"):
        found.add(ACTION)
    for step, part in ((CHECKIN, summary.get("checkin")), (REINFORCE, summary.get("reinforce"))):
        if isinstance(part, dict) and part.get("status") in DONE_STATUSES:
            found.add(step)
    return found


def week_window(
    last_day: date, zone: str, days: int = WEEK_DAYS
) -> tuple[date, datetime, datetime]:
    """The local week ending on ``last_day`` in ``zone``: (first day, start, end) with
    ``[start, end)`` in UTC from local midnight to local midnight."""
    tz = zone_for(zone)
    first = last_day - timedelta(days=days - 1)
    start = datetime.combine(first, time(0), tzinfo=tz).astimezone(UTC)
    end = datetime.combine(last_day + timedelta(days=1), time(0), tzinfo=tz).astimezone(UTC)
    return first, start, end


def in_week(facts: WeekFacts, first_day: date) -> WeekFacts:
    """The facts with only the days of the week starting on ``first_day``."""
    last_day = first_day + timedelta(days=WEEK_DAYS - 1)
    days = tuple(day for day in facts.days if first_day <= day.local_date <= last_day)
    return facts if days == facts.days else replace(facts, days=days)


def is_quiet(facts: WeekFacts) -> bool:
    """Nothing practised, answered, asked or planned this week."""
    return not (
        facts.steps
        or facts.daily_days
        or facts.checkin_verdicts
        or facts.requests_sent
        or facts.requests_accepted
        or facts.plans
    )


def suggestion_for(facts: WeekFacts) -> str:
    """The one suggestion for next week (a key of ``txt.SUGGESTIONS``), from the facts.

    In order: a quiet week gets the smallest step; stepping in without asking
    gets Check In; a check-in that asked for more gets "ask what would help";
    practice without a closing word gets Reinforce; practice that never started
    from noticing gets Read the Moment; a couple that never answered the daily
    question together gets that; all five gets /prepare (or "keep going").
    """
    steps = facts.steps
    if is_quiet(facts):
        return "start_small"
    if ACTION in steps and CHECKIN not in steps:
        return "check_in"
    verdicts = set(facts.checkin_verdicts)
    if verdicts & VERDICTS_MORE and "helped" not in verdicts:
        return "ask_more"
    if (facts.moments or CHECKIN in steps) and REINFORCE not in steps:
        return "reinforce"
    if READ not in steps:
        return "read"
    if facts.paired and facts.daily_days == 0:
        return "daily"
    if all(step in steps for step in STEPS) and facts.plans == 0:
        return "prepare"
    return "keep_going"


# --- the picture card's data ----------------------------------------------------------


def _card_lines(step: str) -> tuple[str, ...]:
    """A step's name on the card, broken where its two lines are most even
    ("Read the" / "Moment"; one word stays one line)."""
    words = str(common.PRACTICE_STEPS[PracticeStep(step)]).split()
    if len(words) < 2:
        return tuple(words)
    splits = [(" ".join(words[:i]), " ".join(words[i:])) for i in range(1, len(words))]
    return min(splits, key=lambda lines: max(len(lines[0]), len(lines[1])))


@dataclass(frozen=True)
class CardStep:
    lines: tuple[str, ...]
    practised: bool


@dataclass(frozen=True)
class CardDay:
    weekday: str
    day: str
    answered: bool


@dataclass(frozen=True)
class WeeklyCard:
    """Everything the picture shows, as text ready to draw (no escaping: it is an image)."""

    kicker: str
    names: tuple[str, ...]
    dates: str
    steps_title: str
    steps: tuple[CardStep, ...]
    days_title: str
    days: tuple[CardDay, ...]
    next_title: str
    next_line: str


@dataclass(frozen=True)
class Weekly:
    """The weekly message (plain text; the renderer escapes), its card and suggestion key."""

    text: str
    card: WeeklyCard
    suggestion: str


def card_to_json(card: WeeklyCard, caption: str) -> str:
    """The card and its caption as queued (the picture is drawn when it is sent)."""
    return json.dumps({"caption": caption, "card": asdict(card)}, ensure_ascii=False)


def card_from_json(raw: str) -> tuple[WeeklyCard, str]:
    """Read back :func:`card_to_json`; raises ``ValueError`` (or ``KeyError``/``TypeError``)."""
    data = json.loads(raw)
    card = dict(data["card"])
    card["names"] = tuple(card["names"])
    card["steps"] = tuple(
        CardStep(tuple(step["lines"]), bool(step["practised"])) for step in card["steps"]
    )
    card["days"] = tuple(CardDay(**day) for day in card["days"])
    return WeeklyCard(**card), str(data["caption"])


# --- composing -----------------------------------------------------------------------------


def clean_name(name: str | None, limit: int = NAME_LIMIT) -> str:
    """A name on one line, cut with "…" past ``limit`` characters ("" if none)."""
    flat = " ".join((name or "").split())
    flat = "".join(ch for ch in flat if ch.isprintable())
    return flat if len(flat) <= limit else flat[: limit - 1].rstrip() + "…"


def date_range(first: date, last: date, *, year: bool = False) -> str:
    """ "18–24 Nov", "28 Nov – 4 Dec" ("… 2026" with ``year``), years named when they differ."""
    m1, m2 = common.MONTHS_SHORT[first.month - 1], common.MONTHS_SHORT[last.month - 1]
    if first.year != last.year:
        return txt.RANGE_YEARS.format(
            d1=first.day, m1=m1, y1=first.year, d2=last.day, m2=m2, y2=last.year
        )
    if first.month == last.month:
        text = txt.RANGE_SAME_MONTH.format(d1=first.day, d2=last.day, m2=m2)
    else:
        text = txt.RANGE_MONTHS.format(d1=first.day, m1=m1, d2=last.day, m2=m2)
    return txt.WITH_YEAR.format(range=text, year=last.year) if year else text


def _join(names: list[str]) -> str:
    if len(names) <= 1:
        return "".join(names)
    return txt.COMMA.join(names[:-1]) + txt.AND + names[-1]


def _steps_line(facts: WeekFacts) -> str | None:
    practised = [step for step in STEPS if step in facts.steps]
    if not practised:
        return None
    if len(practised) == len(STEPS):
        return txt.ALL_FIVE_TOGETHER if facts.paired else txt.ALL_FIVE_SOLO
    template = txt.STEPS_TOGETHER if facts.paired else txt.STEPS_SOLO
    return template.format(
        steps=_join([common.PRACTICE_STEPS[PracticeStep(step)] for step in practised])
    )


def _daily_line(facts: WeekFacts, week_days: int) -> str | None:
    n = facts.daily_days
    if n == 0:
        return None
    one, some, every = (
        (txt.DAILY_ONE, txt.DAILY_SOME, txt.DAILY_EVERY)
        if facts.paired
        else (txt.JOURNAL_ONE, txt.JOURNAL_SOME, txt.JOURNAL_EVERY)
    )
    if n >= week_days:
        return every
    return one if n == 1 else some.format(n=n)


def _checkin_line(facts: WeekFacts) -> str | None:
    helped = sum(1 for v in facts.checkin_verdicts if v == "helped")
    if helped == 1:
        return txt.CHECKIN_HELPED_ONE
    if helped > 1:
        return txt.CHECKIN_HELPED_SOME.format(n=helped)
    if any(v in VERDICTS_MORE for v in facts.checkin_verdicts):
        return txt.CHECKIN_MORE
    return None


def _request_line(facts: WeekFacts) -> str | None:
    if facts.requests_accepted:
        return txt.REQUEST_ACCEPTED
    if facts.requests_sent:
        return txt.REQUEST_SENT
    return None


def _why_line(first_day: date) -> str | None:
    """Every other week, one "why it matters" line, in turn."""
    week = first_day.isocalendar().week
    return txt.WHY[(week // 2) % len(txt.WHY)] if week % 2 == 0 else None


def _card(
    facts: WeekFacts, names: tuple[str, ...], first_day: date, dates: str, suggestion: str
) -> WeeklyCard:
    answered = {day.local_date for day in facts.days if day.daily_answered}
    steps = facts.steps
    days = tuple(first_day + timedelta(days=i) for i in range(WEEK_DAYS))
    return WeeklyCard(
        kicker=txt.CARD_KICKER if facts.paired else txt.CARD_KICKER_SOLO,
        names=names,
        dates=dates,
        steps_title=txt.CARD_STEPS_TITLE,
        steps=tuple(CardStep(_card_lines(s), s in steps) for s in STEPS),
        days_title=txt.CARD_DAYS_TITLE if facts.paired else txt.CARD_DAYS_TITLE_SOLO,
        days=tuple(
            CardDay(common.WEEKDAYS_SHORT[d.weekday()], str(d.day), d in answered) for d in days
        ),
        next_title=txt.CARD_NEXT,
        next_line=txt.SUGGESTIONS[suggestion][1],
    )


def compose_weekly(
    facts: WeekFacts,
    *,
    me: str,
    partner: str | None,
    first_day: date,
    reasons_from: Collection[int] = (),
    shared: bool = False,
) -> Weekly:
    """The weekly message and card for the week starting on local ``first_day``.

    ``me`` is the reader's first name, ``partner`` their partner's (None when
    alone). ``reasons_from`` are the people whose "what made it hard" answers
    may be named: reflections are private to their author, so for a private
    message pass the reader's own id, and pass nothing for a shared group.
    ``shared``: posted in the couple's group, so the header names both of them.
    """
    facts = in_week(facts, first_day)
    partner_name = clean_name(partner) if partner is not None else ""
    partner_ref = partner_name or common.YOUR_PARTNER
    last_day = first_day + timedelta(days=WEEK_DAYS - 1)
    dates = date_range(first_day, last_day)
    if facts.paired and partner is not None and shared:
        header = txt.HEADER_SHARED.format(
            me=esc(clean_name(me)), partner=esc(partner_ref), dates=dates
        )
    elif facts.paired and partner is not None:
        header = txt.HEADER.format(partner=esc(partner_ref), dates=dates)
    else:
        header = txt.HEADER_SOLO.format(dates=dates)

    suggestion = suggestion_for(facts)
    advice = txt.SUGGESTIONS[suggestion][0].format(partner=esc(partner_ref))
    closing = txt.SUGGESTION.format(text=advice)

    if is_quiet(facts):
        body = [txt.QUIET]
        optional: list[str] = []
    else:
        body = [
            line for line in (_steps_line(facts), _daily_line(facts, WEEK_DAYS)) if line is not None
        ]
        # Dropped from the end when the message would run long.
        optional = [
            line for line in (_checkin_line(facts), _request_line(facts)) if line is not None
        ]
        if facts.plans and not body and not optional:
            body.append(txt.PLANNED)

    reason = None if is_quiet(facts) else facts.top_reason(reasons_from)
    reason_block = (
        f"{txt.REASON.format(reason=txt.REASONS[reason])}\n{moment_txt.TIPS[reason]}"
        if reason is not None
        else None
    )
    why = _why_line(first_day)

    def build() -> str:
        blocks = [header, "\n".join([*body, *optional]), reason_block, closing, why]
        return "\n\n".join(block for block in blocks if block)

    # Too long: first "why it matters" goes, then the extra lines, last first.
    text = build()
    while len(text) > MESSAGE_LIMIT and (optional or why):
        if why:
            why = None
        else:
            optional.pop()
        text = build()

    names = (clean_name(me), partner_name) if facts.paired and partner_name else (clean_name(me),)
    card_dates = date_range(first_day, last_day, year=True)
    card = _card(facts, tuple(n for n in names if n), first_day, card_dates, suggestion)
    return Weekly(text=text, card=card, suggestion=suggestion)

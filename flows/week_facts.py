"""The weekly look back's facts: which steps a week held, and the one suggestion.

Pure. :class:`WeekFacts` is plain data about one local week of a couple (or of
a person alone), built by :func:`facts_from` from the week's rows; it holds no one's
words, only which steps happened on which day, counts and the preset key of
"what made it hard". :func:`suggestion_for` picks next week's suggestion from it;
:mod:`flows.weekly` turns it into the message and the card.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from collections.abc import Collection, Iterable, Mapping
from dataclasses import dataclass, replace
from datetime import UTC, date, datetime, time, timedelta
from typing import Any, Final, Protocol

from flows.content import moment as moment_txt
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

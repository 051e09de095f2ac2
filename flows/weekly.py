"""The weekly look back: which steps you practised, what got in the way, one suggestion.

Pure. :func:`compose_weekly` turns a week's :class:`~flows.week_facts.WeekFacts`
(plain data: no one's words, only which steps happened on which day, counts and
the preset key of "what made it hard") into the message text and the data of the
picture card (drawn by ``bot/weekly_card.py``).

Never a streak, never guilt: a day without practice is simply not mentioned,
counts appear only for what happened, and a quiet week gets a warm word.
"""

from __future__ import annotations

import json
from collections.abc import Collection
from dataclasses import asdict, dataclass
from datetime import date, timedelta
from typing import Final

from flows.content import common
from flows.content import moment as moment_txt
from flows.content import weekly as txt
from flows.practice import PracticeStep
from flows.text import esc
from flows.week_facts import (
    STEPS,
    VERDICTS_MORE,
    WEEK_DAYS,
    WeekFacts,
    in_week,
    is_quiet,
    suggestion_for,
)

# The message stays readable in about ten seconds, and fits a photo caption (1024).
MESSAGE_LIMIT: Final = 700
NAME_LIMIT: Final = 40


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

"""The week's facts on a real SQLite file, from rows written by the real repositories."""

from __future__ import annotations

import dataclasses
from collections.abc import Iterator
from contextlib import contextmanager
from datetime import UTC, date, datetime, timedelta
from typing import Any

from sqlalchemy import Engine, event
from sqlmodel import Session

from bot.services.weekly import week_facts
from flows.content import common as ctxt
from flows.model import Person, SaveReflection
from flows.week_facts import DayFacts, ReasonNote, WeekFacts, week_window
from storage import couples
from storage import daily as daily_store
from storage.db import unit_of_work
from storage.models import Relay, User
from storage.reflections import add_reflection
from storage.relays import add_relay, answer_relay, get_relay
from storage.users import upsert_user
from tests.conftest import FakeClock
from tests.daily_rows import prompt_day
from tests.flows.test_engine import Chat
from tests.query_plans import plan_of

ZONE = "Europe/Berlin"  # UTC+1 in late November
SUNDAY = date(2026, 11, 29)
FIRST, START, END = week_window(SUNDAY, ZONE)
ANA, BEN, CLEO = 1, 2, 3


def at(day: int, hour: int, minute: int = 0) -> datetime:
    """A Berlin wall-clock time in the week of 23-29 Nov 2026, as UTC."""
    return datetime(2026, 11, day, hour, minute, tzinfo=UTC) - timedelta(hours=1)


def _user(session: Session, clock: FakeClock, user_id: int, name: str) -> User:
    user, _ = upsert_user(
        session,
        user_id=user_id,
        first_name=name,
        username=None,
        default_timezone=ZONE,
        now=clock(),
    )
    session.flush()
    return user


def _relay(session: Session, relay_id: int) -> Relay:
    relay = get_relay(session, relay_id)
    assert relay is not None
    return relay


def _moment_summary(*, hard: str | None, checkin: bool, reinforce: bool) -> dict[str, Any]:
    """The summary the real /moment flow saves, answered with buttons.

    Without ``hard``: Ana stepped in (what she did, then a Check In, or Reinforce
    when none went). With ``hard``: she missed it (what got in the way, then
    Reinforce); no Take Action and no Check In for help not given.
    """
    chat = Chat(Person(ANA, "Ana", partner_id=BEN, partner_name="Ben", timezone=ZONE))
    chat.start("moment")
    chat.tap("I stepped in for them" if hard is None else "I wish I'd stepped in")
    chat.type("At dinner my dad kept talking over Ben.")
    chat.tap("Went quiet")
    chat.tap("Done")
    chat.tap("Let them finish")
    if hard is None:
        chat.tap("Stepped closer")
        if checkin:
            chat.tap("Did that help?")
            chat.tap(ctxt.SEND)
        else:
            chat.tap(ctxt.NOT_NOW)
    else:
        chat.tap(hard)
        chat.tap(ctxt.SKIP)
        chat.tap(ctxt.NOT_NOW)
    if chat.state is not None:
        chat.tap(ctxt.SEND_NOW if reinforce else ctxt.NOT_NOW)
    [saved] = chat.of(SaveReflection)
    assert saved.kind == "moment_support"
    return saved.summary


def _answer_daily(
    session: Session, clock: FakeClock, day: date, who: tuple[int, ...], couple_id: int | None
) -> None:
    row = prompt_day(
        session,
        couple_id=couple_id,
        user_id=None if couple_id is not None else who[0],
        local_date=day,
        prompt_key=f"read-{day.day:02d}",
        now=clock(),
    )
    for user_id in who:
        daily_store.add_answer(session, day_id=row.id or 0, user_id=user_id, text="…", now=clock())


def _couple_week(engine: Engine, clock: FakeClock) -> int:
    with unit_of_work(engine) as session:
        ana, ben = _user(session, clock, ANA, "Ana"), _user(session, clock, BEN, "Ben")
        cleo = _user(session, clock, CLEO, "Cleo")
        couple_id = couples.create_couple(session, ana, ben, clock()).id or 0
        other_couple = couples.create_couple(
            session, cleo, _user(session, clock, 4, "Dev"), clock()
        )

        # Monday: Ana looks back at a moment she stepped in, checks in; once Ben's
        # answer is back she closes the loop with a Reinforce (a relay of its own).
        summary = _moment_summary(hard=None, checkin=True, reinforce=False)
        add_reflection(session, user_id=ANA, kind="moment_support", summary=summary, now=at(23, 10))
        checkin = add_relay(
            session, kind="checkin", sender_id=ANA, recipient_id=BEN, text="x", now=at(23, 10)
        )
        add_relay(
            session, kind="reinforce", sender_id=ANA, recipient_id=BEN, text="x", now=at(23, 10)
        )
        # Tuesday: Ben answers the check-in: partly.
        answer_relay(session, _relay(session, checkin), verdict="partly", note="", now=at(24, 9))
        # Thursday 00:30 in Berlin (still Wednesday in UTC): Ben's side of a moment,
        # and his request.
        add_reflection(
            session,
            user_id=BEN,
            kind="moment_hurt",
            summary={"hurt_what": "…", "felt": [], "request": {"status": "sent"}},
            now=at(26, 0, 30),
        )
        request = add_relay(
            session, kind="request", sender_id=BEN, recipient_id=ANA, text="x", now=at(26, 0, 30)
        )
        # Friday: Ana opens the request and goes through the moment again.
        summary = _moment_summary(hard="My own stress", checkin=False, reinforce=False)
        summary["request_id"] = request
        add_reflection(session, user_id=ANA, kind="moment_support", summary=summary, now=at(27, 20))
        # Saturday: a plan for Sunday.
        add_reflection(session, user_id=BEN, kind="prepare", summary={"what": "…"}, now=at(28, 9))
        # A check-in sent the week before, answered this Sunday.
        earlier = add_relay(
            session, kind="checkin", sender_id=BEN, recipient_id=ANA, text="x", now=at(20, 9)
        )
        answer_relay(session, _relay(session, earlier), verdict="helped", note="", now=at(29, 11))
        # Daily questions: both answered Monday and Sunday, only Ana on Tuesday.
        _answer_daily(session, clock, FIRST, (ANA, BEN), couple_id)
        _answer_daily(session, clock, FIRST + timedelta(days=1), (ANA,), couple_id)
        _answer_daily(session, clock, SUNDAY, (BEN, ANA), couple_id)

        # Not this week: the Sunday before, and the Monday after (local time).
        for when in (at(22, 23, 59), at(30, 0, 0)):
            add_reflection(session, user_id=ANA, kind="moment_support", summary=summary, now=when)
            add_relay(
                session, kind="reinforce", sender_id=BEN, recipient_id=ANA, text="x", now=when
            )
        _answer_daily(session, clock, FIRST - timedelta(days=1), (ANA, BEN), couple_id)
        _answer_daily(session, clock, SUNDAY + timedelta(days=1), (ANA, BEN), couple_id)
        # Not this couple: another couple's week, and Ana's message to someone else.
        add_reflection(session, user_id=CLEO, kind="moment_support", summary=summary, now=at(25, 9))
        add_relay(session, kind="checkin", sender_id=CLEO, recipient_id=4, text="x", now=at(25, 9))
        add_relay(
            session, kind="reinforce", sender_id=ANA, recipient_id=CLEO, text="x", now=at(25, 9)
        )
        _answer_daily(session, clock, date(2026, 11, 25), (CLEO, 4), other_couple.id)
        return couple_id


def test_a_couples_week_in_facts(engine: Engine, clock: FakeClock) -> None:
    couple_id = _couple_week(engine, clock)
    with unit_of_work(engine) as session:
        facts = week_facts(
            session, people=(ANA, BEN), couple_id=couple_id, start=START, end=END, zone=ZONE
        )
    days = {d.local_date: d for d in facts.days}
    assert [d.local_date for d in facts.days] == [FIRST + timedelta(days=i) for i in range(7)]
    assert facts == WeekFacts(
        days=(
            DayFacts(
                date(2026, 11, 23),
                frozenset({"read", "side", "action", "checkin", "reinforce"}),
                True,
            ),
            DayFacts(date(2026, 11, 24)),
            DayFacts(date(2026, 11, 25)),
            DayFacts(date(2026, 11, 26), frozenset({"read"})),
            # A missed moment: no Take Action is claimed.
            DayFacts(date(2026, 11, 27), frozenset({"read", "side"})),
            DayFacts(date(2026, 11, 28)),
            DayFacts(date(2026, 11, 29), frozenset(), True),
        ),
        paired=True,
        moments=2,
        hurt_moments=1,
        plans=1,
        checkins_sent=1,
        checkin_verdicts=("partly", "helped"),
        requests_sent=1,
        requests_accepted=1,
        reinforces_sent=1,
        reasons=(ReasonNote(ANA, "stress"),),
    )
    assert days[date(2026, 11, 26)].steps == {"read"}  # Berlin's Thursday, UTC's Wednesday
    assert facts.daily_days == 2
    assert facts.top_reason({ANA}) == "stress"
    tie = (ReasonNote(ANA, "conflict"), ReasonNote(ANA, "stress"))
    # A tie goes to the reason listed first.
    assert dataclasses.replace(facts, reasons=tie).top_reason({ANA}) == "stress"
    assert facts.top_reason({BEN}) is None


def test_reasons_in_own_words_are_never_carried(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        _user(session, clock, ANA, "Ana")
        for hard in ("My own stress", "I was just so tired", None, "  my OWN   stress "):
            add_reflection(
                session,
                user_id=ANA,
                kind="moment_support",
                summary={"what": "…", "hard": hard},
                now=at(24, 12),
            )
        facts = week_facts(session, people=(ANA,), couple_id=None, start=START, end=END, zone=ZONE)
    assert facts.reasons == (ReasonNote(ANA, "stress"), ReasonNote(ANA, "stress"))
    assert "tired" not in repr(facts)


def test_a_person_alone_gets_their_journal_days(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        _user(session, clock, ANA, "Ana")
        summary = _moment_summary(hard=None, checkin=True, reinforce=False)
        # Alone, the check-in was kept rather than sent; it still counts as practice.
        summary["checkin"] = {"status": "kept", "text": "Did that help?"}
        add_reflection(session, user_id=ANA, kind="moment_support", summary=summary, now=at(25, 8))
        _answer_daily(session, clock, date(2026, 11, 24), (ANA,), None)
        _answer_daily(session, clock, date(2026, 11, 28), (ANA,), None)
        facts = week_facts(session, people=(ANA,), couple_id=None, start=START, end=END, zone=ZONE)
    assert not facts.paired
    assert facts.steps == {"read", "side", "action", "checkin"}
    assert [d.local_date for d in facts.days if d.daily_answered] == [
        date(2026, 11, 24),
        date(2026, 11, 28),
    ]
    assert facts.checkins_sent == 0 and facts.reinforces_sent == 0


def test_a_week_without_anything_is_seven_empty_days(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        _user(session, clock, ANA, "Ana")
        facts = week_facts(session, people=(ANA,), couple_id=None, start=START, end=END, zone=ZONE)
    assert facts.days == tuple(DayFacts(FIRST + timedelta(days=i)) for i in range(7))
    assert facts.steps == frozenset() and facts.daily_days == 0


def test_a_week_across_the_clock_change_has_seven_local_days(
    engine: Engine, clock: FakeClock
) -> None:
    first, start, end = week_window(date(2026, 3, 29), ZONE)  # 23 hours on the last day
    assert end - start == timedelta(days=7) - timedelta(hours=1)
    with unit_of_work(engine) as session:
        _user(session, clock, ANA, "Ana")
        # 23:30 on Sunday 29 March in Berlin is 21:30 UTC (summer time).
        add_reflection(
            session,
            user_id=ANA,
            kind="moment_hurt",
            summary={"hurt_what": "…"},
            now=datetime(2026, 3, 29, 21, 30, tzinfo=UTC),
        )
        facts = week_facts(session, people=(ANA,), couple_id=None, start=start, end=end, zone=ZONE)
    assert [d.local_date for d in facts.days] == [first + timedelta(days=i) for i in range(7)]
    assert facts.days[-1].steps == {"read"}


@contextmanager
def _statements(engine: Engine) -> Iterator[list[tuple[str, Any]]]:
    seen: list[tuple[str, Any]] = []

    def record(
        conn: Any, cursor: Any, statement: str, params: Any, context: Any, many: Any
    ) -> None:
        if statement.lstrip().upper().startswith("SELECT"):
            seen.append((statement, params))

    event.listen(engine, "before_cursor_execute", record)
    try:
        yield seen
    finally:
        event.remove(engine, "before_cursor_execute", record)


def test_three_indexed_queries_per_couple_and_no_table_scan(
    engine: Engine, clock: FakeClock
) -> None:
    couple_id = _couple_week(engine, clock)
    with _statements(engine) as seen, unit_of_work(engine) as session:
        week_facts(session, people=(ANA, BEN), couple_id=couple_id, start=START, end=END, zone=ZONE)
    assert len(seen) == 3
    with engine.connect() as conn:
        for statement, params in seen:
            plan = plan_of(conn, statement, params)
            assert plan.full_scans == (), plan.text
            assert plan.indexes, plan.text

"""erase_user on a real SQLite file: a row in every table, then nothing of the person left.

The world below puts at least one row in every table of the models, some of them
the person's, some the partner's that mention them. A table added later without a
row here fails ``test_the_world_fills_every_table``: add it, and its erasure rule.
"""

from __future__ import annotations

import json
from dataclasses import dataclass
from datetime import date, timedelta

from sqlalchemy import Engine, func, select
from sqlmodel import Session

from storage import couples, invites, outbox, send_budget
from storage.conversations import PARTNER_KEY, load_conversation, save_conversation
from storage.db import unit_of_work
from storage.erasure import GONE, erase_user
from storage.models import (
    Couple,
    DailyCouple,
    DailySchedule,
    GroupChat,
    HandledUpdate,
    PromptAnswer,
    PromptDay,
    PromptDelivery,
    Reflection,
    Relay,
    SendBudget,
    SendSlot,
    User,
)
from storage.reflections import add_reflection
from storage.relays import add_relay, answer_relay, get_relay
from storage.users import upsert_user
from tests.conftest import FakeClock
from tests.privacy_checks import every_table, rows_containing, rows_referring_to

ANA, BEN, CARA = 7_345_118_901, 6_200_004_417, 5_300_000_123
WORDS = "qzmarker"
GROUP_CHAT = -1_000_555


@dataclass
class World:
    couple_id: int
    old_couple_id: int
    ben_day_answer: str = "Ben's own answer"


def _relay(session: Session, relay_id: int) -> Relay:
    relay = get_relay(session, relay_id)
    assert relay is not None
    return relay


def _user(session: Session, clock: FakeClock, user_id: int, name: str) -> User:
    user, _ = upsert_user(
        session,
        user_id=user_id,
        first_name=name,
        username=None,
        default_timezone="UTC",
        now=clock(),
    )
    user.onboarded = True
    return user


def _world(engine: Engine, clock: FakeClock) -> World:
    """Ana and Ben a couple with a group; Ana and Cara were one before."""
    now = clock()
    with unit_of_work(engine) as session:
        ana, ben, cara = (
            _user(session, clock, ANA, "Ana"),
            _user(session, clock, BEN, "Ben"),
            _user(session, clock, CARA, "Cara"),
        )
        old = couples.create_couple(session, cara, ana, now - timedelta(days=40))
        assert old.id is not None
        couples.end_couple(session, old.id, now - timedelta(days=30))
        invite, _ = invites.create_invite(
            session, inviter_id=BEN, now=now, lifetime=timedelta(hours=72)
        )
        invites.mark_used(session, invite, user_id=ANA, now=now)
        # Several instances: Ana's update in progress, one finished (no chat id left),
        # and a send place counted by a hash of her chat.
        session.add(
            HandledUpdate(update_id=1, chat_id=ANA, owner="a", state="started", touched_at=0)
        )
        session.add(
            HandledUpdate(update_id=2, chat_id=0, owner="a", state="finished", touched_at=0)
        )
        session.add(SendBudget(name=send_budget.BUDGET_NAME))
        session.add(
            SendSlot(id=1, owner="a", chat_key=send_budget.chat_key(ANA), taken_at=0, answered_at=0)
        )
        invites.create_invite(session, inviter_id=ANA, now=now, lifetime=timedelta(hours=72))
        couple = couples.create_couple(session, ben, ana, now)
        assert couple.id is not None
        session.add(
            GroupChat(
                chat_id=GROUP_CHAT, title="Us", couple_id=couple.id, linked_at=now, updated_at=now
            )
        )
        session.add(DailyCouple(couple_id=couple.id, group_prompts=True, updated_at=now))
        for person in (ANA, BEN):
            session.add(
                DailySchedule(user_id=person, zone="UTC", local_time="20:00", updated_at=now)
            )
        session.flush()
        group = session.exec(select(GroupChat)).scalars().one()  # type: ignore[call-overload]
        day = PromptDay(
            couple_id=couple.id,
            local_date=date(2026, 11, 25),
            prompt_key="checkin-09",
            created_at=now,
        )
        solo_day = PromptDay(
            user_id=ANA, local_date=date(2026, 10, 1), prompt_key="read-01", created_at=now
        )
        session.add(day)
        session.add(solo_day)
        session.flush()
        assert day.id is not None and solo_day.id is not None
        for token, user_id, group_id in (
            ("t-ana", ANA, None),
            ("t-ben", BEN, None),
            ("t-grp", None, group.id),
        ):
            session.add(
                PromptDelivery(
                    token=token,
                    user_id=user_id,
                    group_id=group_id,
                    couple_id=couple.id,
                    day_id=day.id,
                    local_date=day.local_date,
                    prompt_key=day.prompt_key,
                    scheduled_at=now,
                    due_at=now,
                    created_at=now,
                )
            )
        session.add(
            PromptAnswer(day_id=day.id, user_id=ANA, text=f"{WORDS} daily", answered_at=now)
        )
        session.add(
            PromptAnswer(day_id=day.id, user_id=BEN, text="Ben's own answer", answered_at=now)
        )
        session.add(
            PromptAnswer(day_id=solo_day.id, user_id=ANA, text=f"{WORDS} journal", answered_at=now)
        )

        # Messages both ways, a check-in answered by Ana, and what the outbox made of them.
        ask = add_relay(
            session, kind="checkin", sender_id=BEN, recipient_id=ANA, text="Did that help?", now=now
        )
        answer_relay(session, _relay(session, ask), verdict="helped", note=f"{WORDS} note", now=now)
        sent = add_relay(
            session, kind="reinforce", sender_id=ANA, recipient_id=BEN, text=f"{WORDS} rf", now=now
        )
        rows = [
            dict(
                chat_id=BEN,
                kind="checkin_answer",
                text=f"Ana says: {WORDS}",
                sender_id=ANA,
                relay_id=ask,
            ),
            dict(
                chat_id=BEN,
                kind="reinforce",
                text=f"From Ana: {WORDS}",
                sender_id=ANA,
                relay_id=sent,
            ),
            dict(
                chat_id=ANA, kind="checkin_reminder", text="Check in with Ben?", subject_user_id=BEN
            ),
            dict(
                chat_id=BEN, kind="paired", text="You and Ana are now a couple", subject_user_id=ANA
            ),
            dict(
                chat_id=GROUP_CHAT,
                kind="daily_reveal",
                text=f"Ana: {WORDS}",
                sender_id=BEN,
                subject_user_id=ANA,
            ),
            dict(
                chat_id=CARA,
                kind="unpaired",
                text="Ana ended your connection here.",
                subject_user_id=ANA,
            ),
            dict(
                chat_id=ANA,
                kind="undeliverable",
                text="couldn't reach Ben",
                subject_user_id=BEN,
                dedupe_key=f"undeliverable:{ANA}:{BEN}:2026-11-25",
            ),
        ]
        # Some went out already; the rest (a reveal in the group, Cara's notice) still wait.
        delivered = {"checkin_answer", "paired", "undeliverable"}
        for row in rows:
            queued = outbox.enqueue(session, due_at=now, now=now, **row)  # type: ignore[arg-type]
            if row["kind"] in delivered:
                outbox.finish(session, queued, status=outbox.SENT, now=now)
        add_reflection(
            session, user_id=ANA, kind="moment_support", summary={"what": WORDS}, now=now
        )
        add_reflection(
            session,
            user_id=BEN,
            kind="moment_hurt",
            summary={"partner": "Ana", "hurt_what": "Ben's words"},
            now=now,
        )
        add_reflection(
            session,
            user_id=CARA,
            kind="prepare",
            summary={"partner": "Ana", "what": "Cara's plan"},
            now=now - timedelta(days=35),
        )
        save_conversation(
            session,
            ANA,
            {
                "flow": "moment",
                "step": "s_what",
                "answers": {"s_what": WORDS},
                "history": [],
                "context": {PARTNER_KEY: BEN},
            },
            expected_version=None,
            now=now,
        )
        save_conversation(
            session,
            BEN,
            {
                "flow": "moment",
                "step": "s_what",
                "answers": {"s_what": "Ben's own words"},
                "history": [],
                "context": {
                    PARTNER_KEY: ANA,
                    "from_name": "Ana",
                    "request_id": sent,
                    "_pending": {"switch": "checkin_answer", "context": {"asker_name": "Ana"}},
                },
            },
            expected_version=None,
            now=now,
        )
        return World(couple_id=couple.id, old_couple_id=old.id)


def _erase_ana(engine: Engine, clock: FakeClock, world: World) -> set[int]:
    with unit_of_work(engine) as session:
        couples.end_couple(session, world.couple_id, clock())
        return erase_user(session, ANA).untold


def test_the_world_fills_every_table(engine: Engine, clock: FakeClock) -> None:
    _world(engine, clock)
    with engine.connect() as connection:
        empty = [
            t.name
            for t in every_table()
            if connection.execute(select(func.count()).select_from(t)).scalar() == 0
        ]
    assert empty == [], f"give these tables a row here and an erasure rule: {empty}"


def test_nothing_of_the_person_is_left_in_any_table(engine: Engine, clock: FakeClock) -> None:
    world = _world(engine, clock)
    assert rows_referring_to(engine, ANA, "Ana") and rows_containing(engine, WORDS)
    _erase_ana(engine, clock, world)
    assert rows_referring_to(engine, ANA, "Ana") == []
    assert rows_containing(engine, WORDS) == []


def test_the_partners_data_stays_whole(engine: Engine, clock: FakeClock) -> None:
    world = _world(engine, clock)
    untold = _erase_ana(engine, clock, world)
    with unit_of_work(engine) as session:
        couple = session.get(Couple, world.couple_id)
        assert couple is not None and couple.ended_at is not None
        assert (couple.first_user_id, couple.second_user_id) == (BEN, None)
        answers = session.exec(select(PromptAnswer.text)).scalars().all()  # type: ignore[call-overload]
        assert answers == ["Ben's own answer"]
        ben = session.get(User, BEN)
        assert ben is not None and ben.couple_id is None
        saved = load_conversation(session, BEN)
        assert saved is not None
        assert saved.state["answers"] == {"s_what": "Ben's own words"}
        assert saved.state["context"][PARTNER_KEY] == GONE
        assert saved.state["context"]["from_name"] is None
        summaries = [
            json.loads(s)
            for s in session.exec(select(Reflection.summary)).scalars().all()  # type: ignore[call-overload]
        ]
        assert {"partner": None, "hurt_what": "Ben's words"} in summaries
        assert {"partner": None, "what": "Cara's plan"} in summaries
        group = session.exec(select(GroupChat)).scalars().one()  # type: ignore[call-overload]
        assert group.couple_id is None
        assert session.exec(select(Relay)).scalars().all() == []  # type: ignore[call-overload]
    # Cara's queued "Ana ended your connection" went with Ana: Cara is owed a neutral one.
    assert untold == {CARA}


def test_a_couple_both_have_left_is_deleted(engine: Engine, clock: FakeClock) -> None:
    world = _world(engine, clock)
    _erase_ana(engine, clock, world)
    with unit_of_work(engine) as session:
        erase_user(session, BEN)
    with unit_of_work(engine) as session:
        assert session.get(Couple, world.couple_id) is None
        assert session.get(DailyCouple, world.couple_id) is None
        old = session.get(Couple, world.old_couple_id)
        assert old is not None and (old.first_user_id, old.second_user_id) == (CARA, None)

"""Repository functions and the unit of work against a real SQLite file."""

from __future__ import annotations

from datetime import timedelta

import pytest
from sqlalchemy import Engine
from sqlmodel import select

from storage import couples, groups, invites, outbox, sending
from storage.conversations import (
    ConcurrentUpdateError,
    load_conversation,
    save_conversation,
)
from storage.db import unit_of_work
from storage.models import DailyCouple, Invite, Outbox, User
from storage.step_opening import StepOpening, open_step, refresh_person
from storage.users import (
    PartnerBrief,
    UserBrief,
    clear_pending_setting,
    get_user,
    partner_brief,
    partner_of,
    upsert_user,
)
from tests.conftest import FakeClock


def _user(session, clock: FakeClock, user_id: int, name: str) -> User:  # type: ignore[no-untyped-def]
    user, _ = upsert_user(
        session,
        user_id=user_id,
        first_name=name,
        username=None,
        default_timezone="UTC",
        now=clock(),
    )
    return user


def test_unit_of_work_commits_once_or_rolls_back(engine: Engine, clock: FakeClock) -> None:
    with pytest.raises(RuntimeError), unit_of_work(engine) as session:
        _user(session, clock, 1, "Sam")
        raise RuntimeError("boom")
    with unit_of_work(engine) as session:
        assert get_user(session, 1) is None
        _user(session, clock, 1, "Sam")
    with unit_of_work(engine) as session:
        user = get_user(session, 1)
        assert user is not None and user.first_name == "Sam" and user.timezone == "UTC"
        assert user.created_at == clock()


def test_upsert_refreshes_name_and_reachability(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        user = _user(session, clock, 7, "Sam")
        user.reachable = False
    with unit_of_work(engine) as session:
        user, created = upsert_user(
            session,
            user_id=7,
            first_name="Samira",
            username="sami",
            default_timezone="UTC",
            now=clock(),
        )
        assert not created
    with unit_of_work(engine) as session:
        user = get_user(session, 7)
        assert user is not None
        assert (user.first_name, user.username, user.reachable) == ("Samira", "sami", True)


def test_a_step_opens_on_the_brief_and_writes_only_what_changed(
    engine: Engine, clock: FakeClock
) -> None:
    def opening(first_name: str, username: str | None) -> StepOpening | None:
        """A step's opening and, as the step ends, its write of what changed."""
        with unit_of_work(engine) as session:
            opened = open_step(session, user_id=7, first_name=first_name, username=username)
            if opened is not None:
                refresh_person(session, opened, username=username, now=clock())
            return opened

    created_at = clock()
    assert opening("Sam", None) is None
    with unit_of_work(engine) as session:
        user = _user(session, clock, 7, "Sam")
        user.pending_setting = "time"
    clock.advance(minutes=5)
    same = opening("Sam", None)
    assert same == StepOpening(
        UserBrief(7, "Sam", "UTC", None, "time"), None, None, ("Sam", None, True)
    )
    with unit_of_work(engine) as session:
        user = get_user(session, 7)
        assert user is not None and user.updated_at == created_at  # nothing changed, no write
        user.reachable = False
    unblocked = opening("Sam", None)
    assert unblocked is not None and unblocked.user.first_name == "Sam"
    with unit_of_work(engine) as session:
        user = get_user(session, 7)
        assert user is not None and user.reachable and user.updated_at == clock()
    clock.advance(minutes=5)
    renamed = opening("Samira" + "a" * 200, "sami")
    assert renamed is not None and renamed.user.first_name == "Samira" + "a" * 122
    with unit_of_work(engine) as session:
        clear_pending_setting(session, 7)
    with unit_of_work(engine) as session:
        user = get_user(session, 7)
        assert user is not None
        assert (user.first_name, user.username, user.reachable) == (
            renamed.user.first_name,
            "sami",
            True,
        )
        assert user.pending_setting is None and user.updated_at == clock()


def test_a_step_opens_on_the_saved_conversation_as_load_conversation_reads_it(
    engine: Engine, clock: FakeClock
) -> None:
    def both(user_id: int) -> tuple[object, object]:
        with unit_of_work(engine) as session:
            opened = open_step(session, user_id=user_id, first_name="Ana", username=None)
            assert opened is not None
            return opened.saved, load_conversation(session, user_id)

    with unit_of_work(engine) as session:
        _user(session, clock, 1, "Ana")
        _user(session, clock, 2, "Ben")
    assert both(1) == (None, None)
    with unit_of_work(engine) as session:
        save_conversation(
            session, 1, {"flow": "moment", "n": "é"}, expected_version=None, now=clock()
        )
    clock.advance(minutes=1)
    with unit_of_work(engine) as session:
        save_conversation(session, 1, {"flow": "moment", "n": 2}, expected_version=1, now=clock())
    opened, loaded = both(1)
    assert opened == loaded and loaded is not None
    assert (loaded.state, loaded.version, loaded.updated_at) == (
        {"flow": "moment", "n": 2},
        2,
        clock(),
    )
    assert both(2) == (None, None)  # someone else's conversation is not theirs
    with unit_of_work(engine) as session:
        save_conversation(session, 1, None, expected_version=2, now=clock())
    assert both(1) == (None, None)


def test_couples_form_and_end(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        a, b = _user(session, clock, 1, "Ana"), _user(session, clock, 2, "Ben")
        couple = couples.create_couple(session, a, b, clock())
        group = groups.upsert_group(session, chat_id=-100, title="Us", now=clock())
        groups.link_group(session, group, couple_id=couple.id or 0, now=clock())
    with unit_of_work(engine) as session:
        a = get_user(session, 1)
        assert a is not None
        partner = partner_of(session, a)
        assert partner is not None and partner.first_name == "Ben"
        assert a.couple_id is not None
        couples.end_couple(session, a.couple_id, clock())
    with unit_of_work(engine) as session:
        a = get_user(session, 1)
        assert a is not None and a.couple_id is None and partner_of(session, a) is None
        group = groups.get_group(session, -100)
        assert group is not None and group.couple_id is None


def test_partner_brief_says_who_and_whether_their_group_gets_posts(
    engine: Engine, clock: FakeClock
) -> None:
    def brief(user_id: int) -> PartnerBrief | None:
        with unit_of_work(engine) as session:
            user = get_user(session, user_id)
            assert user is not None
            found = partner_brief(session, user)
            # A step reads the same partner in its one opening statement.
            opened = open_step(session, user_id=user_id, first_name=user.first_name, username=None)
            assert opened is not None and opened.partner == found
            return found

    with unit_of_work(engine) as session:
        a, b = _user(session, clock, 1, "Ana"), _user(session, clock, 2, "Ben")
        _user(session, clock, 3, "Cy")
        couple_id = couples.create_couple(session, a, b, clock()).id or 0
        group = groups.upsert_group(session, chat_id=-100, title="Us", now=clock())
        groups.link_group(session, group, couple_id=couple_id, now=clock())
    assert brief(3) is None  # not in a couple
    # A linked group, but posts there not chosen (/groupprompts).
    assert brief(1) == PartnerBrief(2, "Ben", shared_group=False)
    with unit_of_work(engine) as session:
        session.add(DailyCouple(couple_id=couple_id, group_prompts=True, updated_at=clock()))
    assert brief(1) == PartnerBrief(2, "Ben", shared_group=True)
    assert brief(2) == PartnerBrief(1, "Ana", shared_group=True)
    with unit_of_work(engine) as session:
        gone = groups.get_group(session, -100)
        assert gone is not None
        gone.bot_present = False
        session.add(gone)
    assert brief(1) == PartnerBrief(2, "Ben", shared_group=False)
    with unit_of_work(engine) as session:
        couples.end_couple(session, couple_id, clock())
    assert brief(1) is None and brief(2) is None


def test_invite_codes_are_stored_only_as_hashes(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        _user(session, clock, 1, "Ana")
        _, code = invites.create_invite(
            session, inviter_id=1, now=clock(), lifetime=timedelta(hours=72)
        )
    assert invites.looks_like_code(code) and len(code) <= 64
    with unit_of_work(engine) as session:
        stored = session.exec(select(Invite)).one()
        assert code not in stored.code_hash
        assert stored.expires_at == clock() + timedelta(hours=72)
        found = invites.find_invite(session, code)
        assert found is not None and found.id == stored.id
        assert invites.find_invite(session, code[:-1] + ("A" if code[-1] != "A" else "B")) is None


def test_new_invite_revokes_the_old_one(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        _user(session, clock, 1, "Ana")
        _, first = invites.create_invite(
            session, inviter_id=1, now=clock(), lifetime=timedelta(hours=72)
        )
    clock.advance(minutes=1)
    with unit_of_work(engine) as session:
        invites.revoke_open_invites(session, inviter_id=1, now=clock())
        invites.create_invite(session, inviter_id=1, now=clock(), lifetime=timedelta(hours=72))
    with unit_of_work(engine) as session:
        old = invites.find_invite(session, first)
        assert old is not None and old.expires_at <= clock()


def test_conversation_versions_stop_lost_updates(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        _user(session, clock, 1, "Ana")
        save_conversation(session, 1, {"step": "a"}, expected_version=None, now=clock())
    with unit_of_work(engine) as session:
        saved = load_conversation(session, 1)
        assert saved is not None and saved.state == {"step": "a"} and saved.version == 1
        save_conversation(session, 1, {"step": "b"}, expected_version=1, now=clock())
    # A second writer that read version 1 must not overwrite step "b".
    with pytest.raises(ConcurrentUpdateError), unit_of_work(engine) as session:
        save_conversation(session, 1, {"step": "stale"}, expected_version=1, now=clock())
    with unit_of_work(engine) as session:
        saved = load_conversation(session, 1)
        assert saved is not None and saved.state == {"step": "b"} and saved.version == 2
        save_conversation(session, 1, None, expected_version=2, now=clock())
    with unit_of_work(engine) as session:
        assert load_conversation(session, 1) is None


def test_outbox_rows_are_claimed_once(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        outbox.enqueue(session, chat_id=5, kind="x", text="now", due_at=clock(), now=clock())
        outbox.enqueue(
            session,
            chat_id=5,
            kind="x",
            text="later",
            due_at=clock() + timedelta(hours=1),
            now=clock(),
        )
    with unit_of_work(engine) as session:
        first = sending.claim_due(session, Outbox, now=clock(), limit=100)
    with unit_of_work(engine) as session:
        second = sending.claim_due(session, Outbox, now=clock(), limit=100)
    assert [row.text for row in first] == ["now"] and second == []
    clock.advance(hours=2)
    with unit_of_work(engine) as session:
        assert [row.text for row in sending.claim_due(session, Outbox, now=clock(), limit=100)] == [
            "later"
        ]
    with unit_of_work(engine) as session:
        statuses = {row.text: row.status for row in session.exec(select(Outbox))}
    assert statuses == {"now": outbox.SENDING, "later": outbox.SENDING}


def test_group_link_follows_a_migration(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        a, b = _user(session, clock, 1, "Ana"), _user(session, clock, 2, "Ben")
        couple = couples.create_couple(session, a, b, clock())
        group = groups.upsert_group(session, chat_id=-5, title="Us", now=clock())
        groups.link_group(session, group, couple_id=couple.id or 0, now=clock())
        outbox.enqueue(session, chat_id=-5, kind="x", text="hi", due_at=clock(), now=clock())
    with unit_of_work(engine) as session:
        groups.migrate_group(session, old_chat_id=-5, new_chat_id=-1005, now=clock())
        outbox.move_pending(session, old_chat_id=-5, new_chat_id=-1005)
    with unit_of_work(engine) as session:
        assert groups.get_group(session, -5) is None
        moved = groups.get_group(session, -1005)
        assert moved is not None and moved.couple_id == couple.id
        assert session.exec(select(Outbox)).one().chat_id == -1005


def test_claims_of_a_dead_process_are_never_resent(engine: Engine, clock: FakeClock) -> None:
    with unit_of_work(engine) as session:
        outbox.enqueue(session, chat_id=5, kind="x", text="once", due_at=clock(), now=clock())
    with unit_of_work(engine) as session:
        assert len(sending.claim_due(session, Outbox, now=clock(), limit=100)) == 1
    # The process dies here, between claim and send.
    clock.advance(minutes=10)
    with unit_of_work(engine) as session:
        assert (
            sending.expire_stale_claims(
                session, Outbox, claimed_before=clock() - timedelta(minutes=5)
            )
            == 1
        )
        assert sending.claim_due(session, Outbox, now=clock(), limit=100) == []
        assert session.exec(select(Outbox)).one().status == outbox.UNKNOWN

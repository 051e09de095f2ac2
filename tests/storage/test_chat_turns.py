"""Each update once, one chat's in order, across instances (storage/chat_turns.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from storage import chat_turns
from storage.chat_turns import Turn
from storage.db import unit_of_work

pytestmark = pytest.mark.postgres_only("several instances share a PostgreSQL database")

ANA, BEN = 101, 202


def _take(engine: Engine, update_id: int, chat_id: int = ANA, owner: str = "a") -> Turn:
    with unit_of_work(engine) as session:
        return chat_turns.take_turn(session, update_id, chat_id, owner)


def _finish(engine: Engine, update_id: int) -> None:
    with unit_of_work(engine) as session:
        chat_turns.finish(session, update_id)


def test_an_update_taken_by_one_instance_is_a_duplicate_for_any_other(engine: Engine) -> None:
    assert _take(engine, 1, owner="a") is Turn.GO
    assert _take(engine, 1, owner="b") is Turn.DUPLICATE
    _finish(engine, 1)
    # A Telegram retry after it was handled: still once.
    assert _take(engine, 1, owner="b") is Turn.DUPLICATE
    assert _take(engine, 1, owner="a") is Turn.DUPLICATE


def test_one_chat_waits_while_its_update_is_handled_other_chats_do_not(engine: Engine) -> None:
    assert _take(engine, 1, ANA, "a") is Turn.GO
    assert _take(engine, 2, ANA, "b") is Turn.WAIT
    assert _take(engine, 3, BEN, "b") is Turn.GO
    _finish(engine, 1)
    assert _take(engine, 2, ANA, "b") is Turn.GO


def test_the_earlier_of_two_waiting_updates_goes_first(engine: Engine) -> None:
    assert _take(engine, 1, ANA, "a") is Turn.GO
    # Update 3 reached an instance before update 2 did; both wait for update 1.
    assert _take(engine, 3, ANA, "c") is Turn.WAIT
    assert _take(engine, 2, ANA, "b") is Turn.WAIT
    _finish(engine, 1)
    assert _take(engine, 3, ANA, "c") is Turn.WAIT  # 2 is waiting and came first
    assert _take(engine, 2, ANA, "b") is Turn.GO
    _finish(engine, 2)
    assert _take(engine, 3, ANA, "c") is Turn.GO


def test_a_dead_instances_update_holds_its_chat_only_for_the_lease(
    engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    assert _take(engine, 1, ANA, "dead") is Turn.GO  # never finished
    assert _take(engine, 2, ANA, "b") is Turn.WAIT
    monkeypatch.setattr(chat_turns, "LEASE_SECONDS", 0.0)
    assert _take(engine, 2, ANA, "b") is Turn.GO
    # ...and the dead one's update is still never handled again.
    assert _take(engine, 1, ANA, "b") is Turn.DUPLICATE


def test_old_rows_are_purged(engine: Engine) -> None:
    _take(engine, 1)
    _finish(engine, 1)
    with unit_of_work(engine) as session:
        assert chat_turns.purge_old(session) == 0
        assert chat_turns.purge_old(session, keep_seconds=-1.0) == 1
    assert _take(engine, 1) is Turn.GO

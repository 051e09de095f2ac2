"""Telegram's send budget shared by every instance (storage/send_budget.py)."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from storage import send_budget
from storage.db import unit_of_work

pytestmark = pytest.mark.postgres_only("several instances share a PostgreSQL database")


def _take(
    engine: Engine, *, interactive: bool = False, chat_id: int | None = None, limit: int = 3
) -> send_budget.Place:
    with unit_of_work(engine) as session:
        return send_budget.take_place(
            session, "me", interactive=interactive, chat_id=chat_id, limit=limit
        )


def _give_back(engine: Engine, slot_id: int, answered_ago: float | None = 0.0) -> None:
    with unit_of_work(engine) as session:
        send_budget.give_back(session, slot_id, answered_ago=answered_ago)


def test_no_more_places_than_the_limit_until_the_window_has_passed(engine: Engine) -> None:
    places = [_take(engine) for _ in range(3)]
    assert all(p.slot_id is not None for p in places)
    refused = _take(engine)
    # All three still in flight: ask again shortly.
    assert refused.slot_id is None and 0 < refused.retry_in <= 0.05
    for place in places:
        assert place.slot_id is not None
        _give_back(engine, place.slot_id)
    refused = _take(engine)
    # Answered just now: a place frees one window after its answer, not before.
    assert refused.slot_id is None
    assert 0.9 < refused.retry_in <= send_budget.WINDOW_SECONDS
    assert places[0].slot_id is not None
    _give_back(engine, places[0].slot_id, answered_ago=send_budget.WINDOW_SECONDS + 0.01)
    assert _take(engine).slot_id is not None


def test_a_place_given_back_unsent_frees_at_once(engine: Engine) -> None:
    places = [_take(engine) for _ in range(3)]
    assert places[1].slot_id is not None
    _give_back(engine, places[1].slot_id, answered_ago=None)
    assert _take(engine).slot_id is not None


def test_a_reply_waiting_for_a_place_goes_before_bulk(engine: Engine) -> None:
    for _ in range(3):
        _take(engine)
    assert _take(engine, interactive=True).slot_id is None  # full: the reply claims the next
    # Room again (a larger limit stands for a freed place): bulk still holds back.
    held_back = _take(engine, limit=5)
    assert held_back.slot_id is None and held_back.retry_in > 0
    assert _take(engine, interactive=True, limit=5).slot_id is not None
    # The reply was served: bulk may go again.
    assert _take(engine, limit=5).slot_id is not None


def test_one_private_chat_has_its_own_limit(engine: Engine) -> None:
    for _ in range(send_budget.DEFAULT_CHAT_LIMIT):
        assert _take(engine, chat_id=7, limit=30).slot_id is not None
    full = _take(engine, chat_id=7, limit=30, interactive=True)
    assert full.slot_id is None and full.chat_full
    # Nobody else is held back by that chat.
    assert _take(engine, chat_id=8, limit=30).slot_id is not None
    assert _take(engine, limit=30).slot_id is not None


def test_a_dead_instances_places_expire(engine: Engine, monkeypatch: pytest.MonkeyPatch) -> None:
    for _ in range(3):
        _take(engine)  # taken, never given back
    assert _take(engine).slot_id is None
    monkeypatch.setattr(send_budget, "IN_FLIGHT_STALE_SECONDS", 0.0)
    assert _take(engine).slot_id is not None

"""Fixtures for the service tests."""

from __future__ import annotations

import pytest
from sqlalchemy import Engine

from tests.conftest import FakeClock
from tests.services.daily_world import World, make_world


@pytest.fixture
def world(engine: Engine, database_url: str, clock: FakeClock) -> World:
    """The daily prompts with a recording bot (see tests/services/daily_world.py)."""
    return make_world(engine, database_url, clock)

"""Fixtures for end-to-end tests: the fake Bot API and a running bot."""

from __future__ import annotations

from collections.abc import AsyncIterator

import pytest

from playground.botapi import FakeBotApi
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as fake:
        yield fake


@pytest.fixture
async def bot(api: FakeBotApi, database_url: str, clock: FakeClock) -> AsyncIterator[BotRunner]:
    runner = BotRunner(api, database_url, clock)
    await runner.start()
    yield runner
    await runner.stop()

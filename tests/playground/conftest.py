"""A running playground (real bot, simulated Telegram, the page) on a free loopback port."""

from __future__ import annotations

from collections.abc import AsyncIterator
from dataclasses import dataclass
from pathlib import Path

import pytest

from bot.settings import Settings
from playground.botapi.serving import LocalServer
from playground.session import Playground
from playground.web import create_app


@dataclass
class Served:
    playground: Playground
    url: str


def playground_settings(tmp_path: Path) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        playground_database_url=f"sqlite:///{tmp_path / 'data' / 'playground.sqlite3'}",
        outbox_poll_seconds=0.2,
    )


@pytest.fixture
async def served(tmp_path: Path) -> AsyncIterator[Served]:
    playground = Playground(playground_settings(tmp_path))
    await playground.start()
    server = LocalServer(create_app(playground))
    port = await server.start()
    try:
        yield Served(playground, f"http://127.0.0.1:{port}")
    finally:
        playground.end_streams()
        await server.close()
        await playground.stop()

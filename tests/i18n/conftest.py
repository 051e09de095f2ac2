from __future__ import annotations

import pytest

from bot import catalogues


@pytest.fixture(autouse=True, scope="session")
def _translations() -> None:
    """The catalogues as the bot reads them at start (bot.app does it for the e2e tests)."""
    catalogues.load_all()

"""Fixtures for end-to-end tests: the fake Bot API and a running bot.

After every test the ``bot`` fixture checks what a user would have noticed: every
button press answered (no endless spinner) and no call refused by Telegram with a
4xx. A test that provokes 4xx on purpose (a blocked user, an injected 429) says so
with ``@pytest.mark.api_errors(403, ...)``; with the fake's flood limits on, 429s are
expected.
"""

from __future__ import annotations

import contextlib
from collections.abc import AsyncIterator

import pytest

from flows.layout import MAX_LABEL, fits, width
from playground.botapi import FakeBotApi
from playground.botapi.models import Call
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner


def pytest_configure(config: pytest.Config) -> None:
    config.addinivalue_line(
        "markers",
        "api_errors(*statuses): 4xx answers of the fake Bot API this test provokes on purpose",
    )


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as fake:
        yield fake


@pytest.fixture
async def bot(
    api: FakeBotApi, database_url: str, clock: FakeClock, request: pytest.FixtureRequest
) -> AsyncIterator[BotRunner]:
    runner = BotRunner(api, database_url, clock)
    await runner.start()
    yield runner
    allowed = _allowed_statuses(request)
    if api.enforce_limits:
        # Flood limits on: Telegram's 429s are part of the scenario, and honoured.
        allowed.add(429)
    try:
        await check_nothing_left_wrong(api, allowed=allowed)
    finally:
        await runner.stop()


def _allowed_statuses(request: pytest.FixtureRequest) -> set[int]:
    allowed: set[int] = set()
    for marker in request.node.iter_markers("api_errors"):
        allowed.update(marker.args)
    return allowed


def unexpected_errors(api: FakeBotApi, allowed: set[int]) -> list[Call]:
    return [
        call
        for call in api.calls
        if call.error is not None
        and 400 <= call.error.status < 500
        and call.error.status not in allowed
    ]


async def check_nothing_left_wrong(api: FakeBotApi, *, allowed: set[int]) -> None:
    """Fail the test on an unanswered button press or an unexpected 4xx."""
    if api.unanswered_callbacks():
        # Give presses still being handled their chance to be answered (on a busy
        # machine handling one may take longer than any "quiet" period).
        with contextlib.suppress(AssertionError):
            await api.wait_until_answered(timeout=10)
    problems = [
        f"button press {query['data']!r} by {query['from']['first_name']} never answered"
        for query in api.unanswered_callbacks()
    ]
    problems += [
        f"{call.method} to chat {call.chat_id} refused: {call.error.status} "
        f"{call.error.description}"
        for call in unexpected_errors(api, allowed)
        if call.error is not None
    ]
    problems += keyboards_cut(api)
    if problems:
        pytest.fail("After the test:\n" + "\n".join(problems), pytrace=False)


def keyboards_cut(api: FakeBotApi) -> list[str]:
    """Every keyboard the bot sent fits a phone: no label too long, no row too wide."""
    found = []
    for call in api.calls:
        markup = call.params.get("reply_markup")
        rows = markup.get("inline_keyboard") if isinstance(markup, dict) else None
        for row in rows or []:
            labels = [str(button.get("text", "")) for button in row]
            if not fits(labels) or any(width(label) > MAX_LABEL for label in labels):
                found.append(f"{call.method} to chat {call.chat_id}: row {labels} is cut")
    return found

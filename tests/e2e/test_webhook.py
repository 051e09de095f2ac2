"""Webhook mode end to end: the real Application behind bot/web.py on a real socket.

Telegram's side is played by the fake Bot API (for sends) and a pusher that
POSTs its queued updates to the webhook with the secret header.
"""

from __future__ import annotations

import asyncio
import os
import socket
import sqlite3
import time
from collections.abc import AsyncIterator, Awaitable, Callable
from datetime import timedelta
from pathlib import Path
from typing import Any, TypeVar

import httpx
import pytest
from prometheus_client.parser import text_string_to_metric_families

from bot.app import ALLOWED_UPDATES, build_application
from bot.daily_jobs import run_daily_tick
from bot.web import SECRET_HEADER, BotServer, WebhookRefused
from playground.botapi import FakeBotApi, FakeUser, bad_request, retry_after
from storage import outbox
from storage.backup import sqlite_path
from storage.db import is_postgres, unit_of_work
from storage.models import User
from tests.conftest import FakeClock, PostgresDatabases
from tests.e2e.harness import settings_for
from tests.e2e.helpers import onboard
from tests.e2e.webhook_harness import SECRET, WebhookBot

T = TypeVar("T")
MAX_BODY = 4096


@pytest.fixture
async def hook(api: FakeBotApi, database_url: str, clock: FakeClock) -> AsyncIterator[WebhookBot]:
    bot = WebhookBot(
        api,
        database_url,
        clock,
        webhook_max_body_bytes=MAX_BODY,
        healthz_db_timeout_seconds=0.5,
    )
    await bot.start()
    yield bot
    await bot.stop()


def _command(user: FakeUser, update_id: int, text: str = "/start") -> dict[str, Any]:
    """A command update as Telegram would post it (not queued in the fake)."""
    return {
        "update_id": update_id,
        "message": {
            "message_id": update_id,
            "from": user.to_dict(),
            "chat": user.chat,
            "date": int(time.time()),
            "text": text,
            "entities": [{"type": "bot_command", "offset": 0, "length": len(text.split()[0])}],
        },
    }


def _user_row(hook: WebhookBot, user_id: int) -> User | None:
    with unit_of_work(hook.rt.engine) as session:
        return session.get(User, user_id)


async def _eventually(
    probe: Callable[[], Awaitable[T]], ok: Callable[[T], bool], within: float = 5.0
) -> T:
    """Probe until ``ok``; the last value is returned (and shown if it never gets there)."""
    deadline = time.monotonic() + within
    while True:
        value = await probe()
        if ok(value) or time.monotonic() > deadline:
            assert ok(value), value
            return value
        await asyncio.sleep(0.05)


def _samples(exposition: str) -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
    return {
        (sample.name, frozenset(sample.labels.items())): sample.value
        for family in text_string_to_metric_families(exposition)
        for sample in family.samples
    }


def _value(
    samples: dict[tuple[str, frozenset[tuple[str, str]]], float], name: str, **labels: str
) -> float:
    return samples.get((name, frozenset(labels.items())), float("nan"))


# ---------------------------------------------------------------- updates via the webhook


async def test_start_via_webhook_is_answered_and_the_webhook_has_the_secret(
    api: FakeBotApi, hook: WebhookBot
) -> None:
    registered = api.calls_of("setWebhook")
    assert len(registered) == 1
    params = registered[0].params
    assert params["url"] == hook.url
    assert params["secret_token"] == SECRET
    assert params["allowed_updates"] == ALLOWED_UPDATES
    assert params.get("drop_pending_updates") in (None, False)

    ana = api.user(1, "Ana")
    await onboard(api, ana)
    user = _user_row(hook, ana.id)
    assert user is not None and user.onboarded
    assert hook.pusher is not None and hook.pusher.statuses == [200, 200, 200]
    # Webhook mode never polls (Telegram would answer 409 Conflict).
    assert api.calls_of("getUpdates") == []


@pytest.mark.parametrize(
    "headers",
    [
        {},
        {SECRET_HEADER: ""},
        {SECRET_HEADER: "wrong"},
        {SECRET_HEADER: SECRET[:-1]},
        {SECRET_HEADER: SECRET + "x"},
        {SECRET_HEADER.lower(): SECRET.upper()},
    ],
    ids=["missing", "empty", "wrong", "prefix", "longer", "case"],
)
async def test_a_request_without_the_right_secret_is_refused_and_not_processed(
    api: FakeBotApi, hook: WebhookBot, headers: dict[str, str]
) -> None:
    mallory = api.user(66, "Mallory")
    response = await hook.post(_command(mallory, 900_001), headers=headers)
    assert response.status_code == 401
    # A real update after it goes through, so the bot was listening all along.
    ana = api.user(1, "Ana")
    api.send_command(ana, "/start")
    await api.wait_for_message(ana.id, "Hi Ana")
    assert api.messages_to(mallory.id) == []
    assert not [c for c in api.calls if c.chat_id == mallory.id]
    assert _user_row(hook, mallory.id) is None
    metrics = _samples((await hook.get("/metrics")).text)
    assert _value(metrics, "couplebot_webhook_rejected_total", reason="secret") == 1


async def test_an_oversized_body_is_refused_whatever_content_length_says(
    api: FakeBotApi, hook: WebhookBot
) -> None:
    mallory = api.user(66, "Mallory")
    update = _command(mallory, 900_002)
    # Valid JSON (padded with spaces): it would be handled if the limit were not enforced.
    encoded = httpx.Request("POST", "/", json=update).content
    padded = encoded + b" " * (MAX_BODY + 1 - len(encoded))
    assert len(padded) == MAX_BODY + 1
    headers = {SECRET_HEADER: SECRET, "content-type": "application/json"}
    declared = await hook.post(padded, headers=headers)
    assert declared.status_code == 400

    async def chunks() -> AsyncIterator[bytes]:
        # Chunked transfer: no Content-Length at all, so only counting can catch it.
        for start in range(0, len(padded), 1000):
            yield padded[start : start + 1000]

    chunked = await hook.client.post(hook.url, content=chunks(), headers=headers)
    assert "content-length" not in chunked.request.headers
    assert chunked.status_code == 400
    # Exactly at the limit is fine: the same update, padded to MAX_BODY bytes.
    fitting = await hook.post(padded[:-1], headers=headers)
    assert fitting.status_code == 200
    await api.wait_for_message(mallory.id, "Hi Mallory")
    assert len([m for m in api.messages_to(mallory.id) if "Hi Mallory" in m["text"]]) == 1
    metrics = _samples((await hook.get("/metrics")).text)
    assert _value(metrics, "couplebot_webhook_rejected_total", reason="too_large") == 2


@pytest.mark.parametrize(
    "body",
    [
        b"",
        b"not json",
        b"\xff\xfe{}",
        b"[]",
        b"null",
        b'"update"',
        b"{}",
        b'{"update_id": "1"}',
        b'{"update_id": true}',
        b'{"update_id": 1.5}',
        b'{"update_id": 7, "message": "hello"}',
        b'{"update_id": 7, "message": {}}',
        b'{"update_id": 7, "callback_query": {"id": 1}}',
        b'{"update_id": 7, "message": {"message_id": 1, "date": 1e300, "chat": {"id": 1}}}',
        b'{"update_id": 7' + b"[" * 3000,
    ],
)
async def test_a_malformed_body_is_refused_and_the_bot_carries_on(
    api: FakeBotApi, hook: WebhookBot, body: bytes
) -> None:
    response = await hook.post(body, headers={SECRET_HEADER: SECRET})
    assert response.status_code == 400
    ana = api.user(1, "Ana")
    api.send_command(ana, "/start")
    await api.wait_for_message(ana.id, "Hi Ana")
    metrics = _samples((await hook.get("/metrics")).text)
    assert _value(metrics, "couplebot_webhook_rejected_total", reason="malformed") == 1


async def test_a_webhook_telegram_refuses_stops_the_start_with_its_reason(
    api: FakeBotApi, database_url: str, clock: FakeClock
) -> None:
    sock = socket.create_server(("127.0.0.1", 0))
    settings = settings_for(
        api,
        database_url,
        webhook_url="https://bot.example.com/telegram",
        webhook_secret_token=SECRET,
    )
    api.fail_next("setWebhook", bad_request("bad webhook: Failed to resolve host"))
    server = BotServer(build_application(settings, clock=clock), settings, sock=sock)
    try:
        with pytest.raises(WebhookRefused, match=r"(?i)failed to resolve host") as refused:
            await server.start()
        assert SECRET not in str(refused.value) and FakeBotApi.TOKEN not in str(refused.value)
    finally:
        await server.stop()
    assert sock.fileno() == -1  # the port is free again


# ---------------------------------------------------------------- /healthz


async def _health(hook: WebhookBot) -> tuple[int, dict[str, Any]]:
    response = await hook.get("/healthz")
    return response.status_code, response.json()


async def test_healthz_is_healthy_then_503_when_the_daily_tick_is_stale(
    hook: WebhookBot, clock: FakeClock
) -> None:
    status, body = await _health(hook)
    # Before the first tick (30 s after start), its age counts from start-up.
    assert status == 200 and not body["daily_tick"]["finished_since_start"]
    assert hook.server is not None
    await run_daily_tick(hook.server.app)
    status, body = await _eventually(
        lambda: _health(hook),
        lambda r: r[0] == 200 and r[1]["outbox_drain"]["finished_since_start"],
    )
    assert body["status"] == "ok" and body["database"] == {"ok": True}
    assert body["daily_tick"]["finished_since_start"] and body["outbox_drain"]["ok"]

    # Five minutes and a second pass without a tick (it runs every 30 s of real time,
    # the fake clock jumps); the outbox keeps draining every 0.2 s.
    clock.advance(seconds=301)
    status, body = await _eventually(
        lambda: _health(hook), lambda r: r[0] == 503 and r[1]["outbox_drain"]["ok"]
    )
    assert body["status"] == "unhealthy"
    assert body["daily_tick"]["ok"] is False and body["daily_tick"]["age_seconds"] >= 301
    assert body["database"]["ok"]

    await run_daily_tick(hook.server.app)
    status, body = await _health(hook)
    assert status == 200 and body["daily_tick"]["age_seconds"] == 0


@pytest.mark.sqlite_only(
    "SQLite's one writer lock stops every unit of work; PostgreSQL has no such lock"
)
async def test_healthz_is_503_while_a_stuck_writer_holds_the_database(
    hook: WebhookBot, database_url: str
) -> None:
    await _eventually(lambda: _health(hook), lambda r: r[0] == 200)
    # Another process took SQLite's write lock and hangs on to it.
    blocker = sqlite3.connect(sqlite_path(database_url), isolation_level=None, timeout=5)
    blocker.execute("BEGIN IMMEDIATE")
    try:
        status, body = await _health(hook)
        assert status == 503
        # Usually the timeout; "database is locked" if the busy wait ran out first (the
        # bot's own jobs wait on the same lock, on the event loop).
        assert body["database"]["ok"] is False
        assert body["database"]["error"] in ("timeout", "OperationalError")
    finally:
        blocker.execute("ROLLBACK")
        blocker.close()
    await _eventually(lambda: _health(hook), lambda r: r[0] == 200)


@pytest.mark.sqlite_only("a database file; see the PostgreSQL test below")
async def test_healthz_is_503_when_the_database_file_is_unreadable(
    hook: WebhookBot, database_url: str
) -> None:
    await _eventually(lambda: _health(hook), lambda r: r[0] == 200)
    path = sqlite_path(database_url)
    aside = path.with_name(path.name + ".aside")
    # chmod would not stop root, so put something unreadable where the file was, and
    # let the pool reconnect (as after a restart of the database side).
    os.replace(path, aside)
    path.write_bytes(b"this is not a database" * 100)
    hook.rt.engine.dispose()
    try:
        status, body = await _health(hook)
        assert status == 503
        assert body["database"] == {"ok": False, "error": "DatabaseError"}
        assert "not a database" not in str(body)  # the type only, never driver text
    finally:
        os.replace(aside, path)
    await _eventually(lambda: _health(hook), lambda r: r[0] == 200)


@pytest.mark.postgres_only("the server turns connections away")
async def test_healthz_is_503_when_postgresql_refuses_connections(
    hook: WebhookBot, database_url: str, request: pytest.FixtureRequest
) -> None:
    await _eventually(lambda: _health(hook), lambda r: r[0] == 200)
    postgres: PostgresDatabases = request.getfixturevalue("postgres")
    with postgres.refusing_connections(database_url):
        status, body = await _health(hook)
        assert status == 503
        assert body["database"] == {"ok": False, "error": "OperationalError"}
        assert "accepting connections" not in str(body)  # the type only, never driver text
    await _eventually(lambda: _health(hook), lambda r: r[0] == 200)


# ---------------------------------------------------------------- /metrics


async def test_metrics_expose_the_named_series_with_plausible_values(
    api: FakeBotApi, hook: WebhookBot, clock: FakeClock
) -> None:
    ana = api.user(1, "Ana")
    await onboard(api, ana)  # one command, two typed messages
    # One 429 from Telegram: PTB's rate limiter waits it out and sends again.
    api.fail_next("sendMessage", retry_after(1), chat_id=ana.id)
    api.send_command(ana, "/help")
    await api.wait_for_message(ana.id, "/moment")
    assert hook.server is not None
    await run_daily_tick(hook.server.app)

    async def scrape() -> dict[tuple[str, frozenset[tuple[str, str]]], float]:
        response = await hook.get("/metrics")
        assert response.status_code == 200
        assert response.headers["content-type"].startswith("text/plain")
        return _samples(response.text)

    def sent_ok() -> int:
        return len([c for c in api.calls_of("sendMessage") if c.error is None])

    metrics = await _eventually(
        scrape,
        lambda m: (
            _value(m, "couplebot_update_handling_seconds_count", kind="command") == 2
            and _value(m, "couplebot_bot_api_requests_total", method="sendMessage", outcome="ok")
            == sent_ok()
        ),
    )
    assert _value(metrics, "couplebot_updates_total", kind="command") == 2
    assert _value(metrics, "couplebot_updates_total", kind="message") == 2
    assert _value(metrics, "couplebot_updates_total", kind="callback") == 0
    assert _value(metrics, "couplebot_update_handling_seconds_count", kind="message") == 2
    assert 0 < _value(metrics, "couplebot_update_handling_seconds_sum", kind="command") < 10
    assert sent_ok() >= 5
    assert (
        _value(metrics, "couplebot_bot_api_requests_total", method="sendMessage", outcome="429")
        == 1
    )
    assert _value(metrics, "couplebot_bot_api_rate_limited_total") == 1
    assert (
        _value(metrics, "couplebot_bot_api_requests_total", method="setWebhook", outcome="ok") == 1
    )
    assert _value(metrics, "couplebot_bot_api_requests_total", method="getMe", outcome="ok") >= 1
    assert _value(metrics, "couplebot_daily_tick_seconds_count") >= 1
    assert _value(metrics, "couplebot_database_up") == 1
    assert _value(metrics, "couplebot_outbox_pending", due="now") == 0
    assert _value(metrics, "couplebot_due_prompt_backlog", stage="schedule") == 0
    assert _value(metrics, "couplebot_due_prompt_backlog", stage="delivery") == 0
    assert 0 <= _value(metrics, "couplebot_job_last_finished_age_seconds", job="outbox_drain") < 60
    assert _value(metrics, "couplebot_webhook_rejected_total", reason="secret") == 0
    # A person's use cases: on the event loop on SQLite (no other writer here), never on
    # PostgreSQL, where every statement is a network round trip.
    on_loop = _value(metrics, "couplebot_short_use_cases_total", where="loop")
    assert on_loop == 0 if is_postgres(hook.rt.settings.database_url) else on_loop >= 4
    assert _value(metrics, "couplebot_short_use_cases_total", where="gave_way") == 0

    # A message for later waits in the outbox; Ana's 20:00 (Berlin) prompt comes due.
    with unit_of_work(hook.rt.engine) as session:
        outbox.enqueue(
            session,
            chat_id=ana.id,
            kind="relay",
            text="later",
            due_at=clock() + timedelta(days=1),
            now=clock(),
        )
    metrics = await scrape()
    assert _value(metrics, "couplebot_outbox_pending", due="later") == 1
    clock.advance(hours=2)
    metrics = await scrape()
    assert _value(metrics, "couplebot_due_prompt_backlog", stage="schedule") == 1
    assert _value(metrics, "couplebot_job_last_finished_age_seconds", job="daily_tick") >= 7200


# ---------------------------------------------------------------- polling with METRICS_PORT


async def test_polling_mode_serves_healthz_and_metrics_on_metrics_port(
    api: FakeBotApi, database_url: str, clock: FakeClock, tmp_path: Path
) -> None:
    sock = socket.create_server(("127.0.0.1", 0))
    port = sock.getsockname()[1]
    settings = settings_for(api, database_url, metrics_port=port)
    server = BotServer(build_application(settings, clock=clock), settings, sock=sock)
    await server.start()
    try:
        ana = api.user(1, "Ana")
        api.send_command(ana, "/start")
        await api.wait_for_message(ana.id, "Hi Ana")
        assert api.calls_of("getUpdates") and not api.calls_of("setWebhook")
        async with httpx.AsyncClient(base_url=f"http://127.0.0.1:{port}") as client:
            health = await client.get("/healthz")
            assert health.status_code == 200 and health.json()["database"]["ok"]
            page = await client.get("/metrics")
            assert _value(_samples(page.text), "couplebot_updates_total", kind="command") == 1
            # No webhook route in polling mode.
            refused = await client.post("/telegram/webhook", json=_command(ana, 1))
            assert refused.status_code == 404
    finally:
        await server.stop()

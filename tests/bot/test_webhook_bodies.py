"""Whatever arrives at the webhook, it answers 200, 400 or 401 and never crashes.

The ASGI app is driven in-process (httpx's ASGITransport re-raises any
exception the app lets out, so a crash fails the test rather than becoming 500).
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import Iterator
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import httpx
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st
from telegram import Update

from bot.app import CouplebotApp, build_application
from bot.settings import Settings
from bot.web import SECRET_HEADER, build_web_app

TOKEN = "123456:TEST-token-for-the-webhook-tests-0"
SECRET = "a-webhook-secret_0123456789"
LIMIT = 2048
URL = "https://bot.example.com/hook"


@dataclass
class Webhook:
    loop: asyncio.AbstractEventLoop
    client: httpx.AsyncClient
    app: CouplebotApp

    def post(self, body: bytes, secret: str | None = SECRET) -> int:
        headers = {SECRET_HEADER: secret} if secret is not None else {}
        response = self.loop.run_until_complete(
            self.client.post(URL, content=body, headers=headers)
        )
        return response.status_code

    def queued(self) -> list[object]:
        items = []
        while not self.app.update_queue.empty():
            items.append(self.app.update_queue.get_nowait())
        return items


@pytest.fixture(scope="module")
def webhook(tmp_path_factory: pytest.TempPathFactory) -> Iterator[Webhook]:
    db: Path = tmp_path_factory.mktemp("web") / "unused.sqlite3"
    config = Settings(  # type: ignore[call-arg]
        _env_file=None,
        telegram_bot_token=TOKEN,
        database_url=f"sqlite:///{db}",
        webhook_url=URL,
        webhook_secret_token=SECRET,
        webhook_max_body_bytes=LIMIT,
    )
    app = build_application(config)
    loop = asyncio.new_event_loop()
    transport = httpx.ASGITransport(app=build_web_app(app, config))
    client = httpx.AsyncClient(transport=transport, base_url="https://bot.example.com")
    yield Webhook(loop, client, app)
    loop.run_until_complete(client.aclose())
    loop.close()


FAST = settings(
    max_examples=150, deadline=None, suppress_health_check=[HealthCheck.function_scoped_fixture]
)
json_values = st.recursive(
    st.none() | st.booleans() | st.integers() | st.floats(allow_nan=False) | st.text(),
    lambda inner: (
        st.lists(inner, max_size=4) | st.dictionaries(st.text(max_size=12), inner, max_size=4)
    ),
    max_leaves=20,
)
update_keys = st.sampled_from(
    ["message", "callback_query", "my_chat_member", "edited_message", "chat_member", "poll"]
)
message_keys = st.sampled_from(
    ["message_id", "date", "chat", "from", "text", "entities", "reply_to_message", "photo"]
)
update_like = st.fixed_dictionaries(
    {"update_id": st.integers()},
    optional={
        key: st.dictionaries(message_keys, json_values, max_size=6) | json_values
        for key in ["message", "callback_query", "my_chat_member"]
    },
)


@FAST
@given(body=st.binary(max_size=3000))
def test_arbitrary_bytes_never_crash(webhook: Webhook, body: bytes) -> None:
    status = webhook.post(body)
    queued = webhook.queued()
    assert status in (200, 400)
    if len(body) > LIMIT:
        assert status == 400
    assert len(queued) == (1 if status == 200 else 0)


@FAST
@given(value=json_values)
def test_json_that_is_not_an_update_is_400(webhook: Webhook, value: Any) -> None:
    is_update = isinstance(value, dict) and type(value.get("update_id")) is int
    status = webhook.post(json.dumps(value).encode())
    queued = webhook.queued()
    if not is_update:
        assert status == 400 and not queued
    else:
        assert status in (200, 400)


@FAST
@given(data=update_like)
def test_update_shaped_bodies_are_queued_or_refused_never_crash(
    webhook: Webhook, data: dict[str, Any]
) -> None:
    status = webhook.post(json.dumps(data).encode())
    queued = webhook.queued()
    assert status in (200, 400)
    if status == 200:
        assert len(queued) == 1
        update = queued[0]
        assert isinstance(update, Update) and update.update_id == data["update_id"]
    else:
        assert not queued


@FAST
@given(secret=st.none() | st.text(st.characters(min_codepoint=33, max_codepoint=126), max_size=64))
def test_anything_but_the_secret_is_401_and_nothing_is_queued(
    webhook: Webhook, secret: str | None
) -> None:
    status = webhook.post(json.dumps({"update_id": 1}).encode(), secret=secret)
    queued = webhook.queued()
    if secret == SECRET:
        assert status == 200 and len(queued) == 1
    else:
        assert status == 401 and not queued


@FAST
@given(size=st.integers(min_value=20, max_value=LIMIT + 200))
def test_the_size_limit_is_exact(webhook: Webhook, size: int) -> None:
    body = b'{"update_id": 1}'
    padded = body + b" " * (size - len(body))
    status = webhook.post(padded)
    webhook.queued()
    assert status == (200 if size <= LIMIT else 400)

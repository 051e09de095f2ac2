"""bot/metrics.py in isolation: Bot API outcomes, update kinds, an isolated registry."""

from __future__ import annotations

from typing import Any
from urllib.parse import parse_qs

import httpx
import pytest
from prometheus_client import REGISTRY
from telegram import Bot, Update
from telegram.error import BadRequest, Forbidden, NetworkError, RetryAfter, TimedOut
from telegram.request import HTTPXRequest

from bot.metrics import InstrumentedRequest, Metrics, api_method, update_kind

TOKEN = "123456:TEST-token-for-the-metrics-tests-00"
ME = {"id": 1, "is_bot": True, "first_name": "B", "username": "b_bot"}


def _answer(request: httpx.Request) -> httpx.Response:
    """A scripted Bot API: the chat id decides the answer."""
    method = request.url.path.rsplit("/", 1)[-1]
    if method == "getMe":
        return httpx.Response(200, json={"ok": True, "result": ME})
    chat = int(parse_qs(request.read().decode())["chat_id"][0])
    if chat == 429:
        body = {
            "ok": False,
            "error_code": 429,
            "description": "Too Many Requests: retry after 3",
            "parameters": {"retry_after": 3},
        }
        return httpx.Response(429, json=body)
    if chat == 403:
        return httpx.Response(
            403, json={"ok": False, "error_code": 403, "description": "Forbidden: blocked"}
        )
    if chat == 400:
        return httpx.Response(
            400, json={"ok": False, "error_code": 400, "description": "Bad Request: x"}
        )
    if chat == 502:
        return httpx.Response(
            502, json={"ok": False, "error_code": 502, "description": "Bad Gateway"}
        )
    if chat == 0:
        raise httpx.ConnectError("refused", request=request)
    if chat == 1:
        raise httpx.ReadTimeout("slow", request=request)
    message = {"message_id": 1, "date": 0, "chat": {"id": chat, "type": "private"}, "text": "hi"}
    return httpx.Response(200, json={"ok": True, "result": message})


def _count(metrics: Metrics, method: str, outcome: str) -> float:
    value = metrics.registry.get_sample_value(
        "couplebot_bot_api_requests_total", {"method": method, "outcome": outcome}
    )
    return value or 0.0


async def test_each_bot_api_call_is_counted_by_method_and_outcome() -> None:
    metrics = Metrics()
    request = InstrumentedRequest(
        metrics, HTTPXRequest(httpx_kwargs={"transport": httpx.MockTransport(_answer)})
    )
    async with Bot(TOKEN, request=request) as bot:
        await bot.send_message(7, "hi")
        await bot.send_message(8, "hi")
        expected: list[tuple[int, type[Exception]]] = [
            (429, RetryAfter),
            (403, Forbidden),
            (400, BadRequest),
            (502, NetworkError),
            (0, NetworkError),
            (1, TimedOut),
        ]
        for chat, error in expected:
            with pytest.raises(error):
                await bot.send_message(chat, "hi")
    assert _count(metrics, "getMe", "ok") == 1
    assert _count(metrics, "sendMessage", "ok") == 2
    assert _count(metrics, "sendMessage", "429") == 1
    assert _count(metrics, "sendMessage", "4xx") == 2
    assert _count(metrics, "sendMessage", "5xx") == 1
    assert _count(metrics, "sendMessage", "network") == 2
    assert metrics.registry.get_sample_value("couplebot_bot_api_rate_limited_total") == 1


def test_registries_are_per_application_not_global() -> None:
    first, second = Metrics(), Metrics()
    first.record_api_call("sendMessage", "ok")
    assert (
        second.registry.get_sample_value(
            "couplebot_bot_api_requests_total", {"method": "sendMessage", "outcome": "ok"}
        )
        is None
    )
    assert (
        REGISTRY.get_sample_value(
            "couplebot_bot_api_requests_total", {"method": "sendMessage", "outcome": "ok"}
        )
        is None
    )


@pytest.mark.parametrize(
    ("url", "method"),
    [
        ("https://api.telegram.org/bot123:AAA/sendMessage", "sendMessage"),
        ("http://127.0.0.1:8081/bot123:AAA/getUpdates", "getUpdates"),
        ("https://api.telegram.org/file/bot123:AAA/documents/file_7.txt", "file"),
        ("https://api.telegram.org/file/bot123:AAA/photos/file_7", "file"),
    ],
)
def test_method_labels_never_carry_the_token_or_a_file_path(url: str, method: str) -> None:
    label = api_method(url)
    assert label == method
    assert "123" not in label


def _update(**payload: Any) -> Update:
    return Update.de_json({"update_id": 1, **payload}, None)  # type: ignore[arg-type]


def test_update_kinds() -> None:
    chat = {"id": 5, "type": "private"}
    base = {
        "message_id": 1,
        "date": 0,
        "chat": chat,
        "from": {"id": 5, "is_bot": False, "first_name": "A"},
    }
    command = {
        **base,
        "text": "/start x",
        "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
    }
    assert update_kind(_update(message=command)) == "command"
    assert update_kind(_update(message={**base, "text": "hello /start"})) == "message"
    assert update_kind(_update(message={**base, "text": 5})) == "message"  # odd, still counted
    query = {"id": "q", "from": base["from"], "chat_instance": "c", "data": "x"}
    assert update_kind(_update(callback_query=query)) == "callback"
    member = {"status": "member", "user": {"id": 9, "is_bot": True, "first_name": "B"}}
    change = {
        "chat": chat,
        "from": base["from"],
        "date": 0,
        "old_chat_member": {**member, "status": "left"},
        "new_chat_member": member,
    }
    assert update_kind(_update(my_chat_member=change)) == "my_chat_member"
    assert update_kind(_update()) == "other"
    assert update_kind("not an update") == "other"

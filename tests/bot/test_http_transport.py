"""bot/http_transport.py over real sockets: what it sends is what PTB's httpx sends,
its pool and timeouts hold, and it closes what it opens."""

from __future__ import annotations

import asyncio
import contextlib
import gc
import json
import os
import shutil
import ssl
import subprocess
import time
from collections.abc import AsyncIterator
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

import pytest
from aiohttp import BodyPartReader, web
from telegram import Bot, InlineKeyboardButton, InlineKeyboardMarkup
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest

from bot.http_transport import AiohttpRequest
from bot.sending import classify
from bot.services.send_policy import Outcome
from tests.bot.mocked_request import TOKEN

MESSAGE = {"message_id": 5, "date": 0, "chat": {"id": 7, "type": "private"}, "text": "ok"}
ME = {"id": 1, "is_bot": True, "first_name": "B", "username": "b_bot"}


@dataclass
class Received:
    """What the server read: per request, the method and its fields (files as tuples)."""

    requests: list[tuple[str, dict[str, Any]]] = field(default_factory=list)
    open_now: int = 0
    most_open: int = 0


@contextlib.asynccontextmanager
async def bot_api(
    delay: float = 0.0, tls: ssl.SSLContext | None = None
) -> AsyncIterator[tuple[str, Received]]:
    """A Bot API that answers every call (but getMe) with a message, after ``delay`` s."""
    received = Received()

    async def handle(request: web.Request) -> web.Response:
        received.open_now += 1
        received.most_open = max(received.most_open, received.open_now)
        try:
            fields: dict[str, Any] = {}
            if request.content_type == "multipart/form-data":
                reader = await request.multipart()
                async for part in reader:
                    assert isinstance(part, BodyPartReader)
                    body = await part.read()
                    fields[part.name or ""] = (
                        (part.filename, bytes(body), part.headers.get("Content-Type"))
                        if part.filename
                        else body.decode()
                    )
            elif request.content_type == "application/json":
                fields = await request.json()
            else:
                # As the Bot API reads a form: each value JSON where it parses as JSON.
                fields = {k: _as_json(str(v)) for k, v in (await request.post()).items()}
            method = request.match_info["method"]
            received.requests.append((method, fields))
            await asyncio.sleep(delay)
            return web.json_response({"ok": True, "result": ME if method == "getMe" else MESSAGE})
        finally:
            received.open_now -= 1

    app = web.Application()
    app.router.add_post("/bot{token}/{method}", handle)
    runner = web.AppRunner(app)
    await runner.setup()
    site = web.TCPSite(runner, "127.0.0.1", 0, ssl_context=tls)
    await site.start()
    port = site._server.sockets[0].getsockname()[1]  # type: ignore[union-attr]
    try:
        yield f"{'https' if tls else 'http'}://127.0.0.1:{port}/bot", received
    finally:
        await runner.cleanup()


def _as_json(value: str) -> Any:
    try:
        return json.loads(value)
    except ValueError:
        return value


async def _calls(request: BaseRequest, base_url: str) -> None:
    async with Bot(TOKEN, base_url=base_url, request=request) as bot:
        markup = InlineKeyboardMarkup([[InlineKeyboardButton("Ja, gern — 💛", callback_data="y")]])
        await bot.send_message(7, "<b>Schritt 1/5</b> & «quoted» 💬", reply_markup=markup)
        await bot.send_photo(7, b"\x89PNG-card", caption="Your week", reply_markup=markup)
        await bot.send_document(7, b'{"export": 1}', filename="couplebot-export.json")


async def test_what_aiohttp_sends_is_read_as_what_httpx_sends() -> None:
    sent = {}
    for name, request in (("httpx", HTTPXRequest()), ("aiohttp", AiohttpRequest())):
        async with bot_api() as (base_url, received):
            await _calls(request, base_url)
        sent[name] = received.requests
    assert sent["aiohttp"] == sent["httpx"]
    (_, _me), (_, message), (_, photo), (_, document) = sent["aiohttp"]
    assert message["text"] == "<b>Schritt 1/5</b> & «quoted» 💬"
    keyboard = message["reply_markup"]["inline_keyboard"]
    assert keyboard[0][0]["text"] == "Ja, gern — 💛"
    assert photo["caption"] == "Your week"
    assert photo["photo"][1] == b"\x89PNG-card"
    assert document["document"][:2] == ("couplebot-export.json", b'{"export": 1}')


async def test_no_more_connections_than_the_pool_and_the_others_wait_their_turn() -> None:
    request = AiohttpRequest(connection_pool_size=3, pool_timeout=10.0)
    async with bot_api(delay=0.2) as (base_url, received), request:
        bot = Bot(TOKEN, base_url=base_url, request=request)
        messages = await asyncio.gather(*(bot.send_message(7, f"{i}") for i in range(9)))
    assert len(messages) == 9
    assert received.most_open == 3


async def test_a_call_waits_for_a_connection_only_as_long_as_the_pool_timeout() -> None:
    request = AiohttpRequest(connection_pool_size=1, pool_timeout=0.1)
    async with bot_api(delay=1.0) as (base_url, received), request:
        bot = Bot(TOKEN, base_url=base_url, request=request)
        first = asyncio.create_task(bot.send_message(7, "first"))
        while not received.requests:  # noqa: ASYNC110
            await asyncio.sleep(0.01)
        with pytest.raises(TimedOut) as waited:
            await bot.send_message(7, "second")
        await first
    assert "not* sent" in waited.value.message
    assert classify(waited.value).outcome is Outcome.NOT_DELIVERED
    assert [fields["text"] for _, fields in received.requests] == ["first"]


async def test_the_read_timeout_of_a_call_overrides_the_default() -> None:
    request = AiohttpRequest(read_timeout=0.1)
    async with bot_api(delay=0.5) as (base_url, _received), request:
        bot = Bot(TOKEN, base_url=base_url, request=request)
        with pytest.raises(TimedOut) as slow:
            await bot.send_message(7, "default read timeout")
        assert classify(slow.value).outcome is Outcome.MAY_HAVE_ARRIVED
        message = await bot.send_message(7, "longer", read_timeout=3.0)
    assert message.message_id == 5


async def test_an_upload_nobody_reads_times_out_within_connect_write_and_read() -> None:
    """aiohttp has no write timeout: the overall limit stands in for it."""
    accepted: list[asyncio.StreamWriter] = []

    async def never_read(_: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        accepted.append(writer)

    server = await asyncio.start_server(never_read, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    request = AiohttpRequest(read_timeout=0.3, connect_timeout=0.3, media_write_timeout=0.3)
    try:
        async with request:
            bot = Bot(TOKEN, base_url=f"http://127.0.0.1:{port}/bot", request=request)
            started = time.monotonic()
            with pytest.raises(TimedOut) as stalled:
                await bot.send_document(7, b"x" * 32_000_000, filename="big.json")
            took = time.monotonic() - started
    finally:
        for writer in accepted:
            writer.close()
        server.close()
    assert accepted  # it connected, and started writing
    assert took < 3.0
    assert classify(stalled.value).outcome is Outcome.MAY_HAVE_ARRIVED


async def test_shutdown_closes_the_session_and_initialize_opens_a_new_one(
    caplog: pytest.LogCaptureFixture,
) -> None:
    request = AiohttpRequest()
    async with bot_api() as (base_url, received):
        for _ in range(2):
            async with Bot(TOKEN, base_url=base_url, request=request) as bot:
                await bot.send_message(7, "hi")
        with pytest.raises(RuntimeError, match="not initialized"):
            await request.do_request(f"{base_url}{TOKEN}/getMe", "POST")
    gc.collect()
    assert "Unclosed" not in caplog.text
    assert [method for method, _ in received.requests] == ["getMe", "sendMessage"] * 2


async def test_a_proxy_in_the_environment_is_used(monkeypatch: pytest.MonkeyPatch) -> None:
    """As with httpx: HTTP(S)_PROXY carries every call (the fake API plays the proxy)."""
    async with bot_api() as (proxy_url, received):
        monkeypatch.setenv("HTTP_PROXY", proxy_url.removesuffix("/bot"))
        monkeypatch.delenv("NO_PROXY", raising=False)
        monkeypatch.delenv("no_proxy", raising=False)
        request = AiohttpRequest()
        async with Bot(TOKEN, base_url="http://api.telegram.invalid/bot", request=request) as bot:
            await bot.send_message(7, "through the proxy")
    assert [method for method, _ in received.requests] == ["getMe", "sendMessage"]


@pytest.fixture
def self_signed(tmp_path: Path) -> ssl.SSLContext:
    """A server's TLS with a certificate it signed itself."""
    if shutil.which("openssl") is None:
        # .ci/run sets COUPLEBOT_REQUIRE_OPENSSL=1: there a missing openssl fails the test.
        if os.environ.get("COUPLEBOT_REQUIRE_OPENSSL") == "1":
            pytest.fail("COUPLEBOT_REQUIRE_OPENSSL=1 but the openssl command is missing")
        pytest.skip("needs the openssl command")
    key, cert = tmp_path / "key.pem", tmp_path / "cert.pem"
    subprocess.run(
        [
            *("openssl", "req", "-x509", "-newkey", "rsa:2048", "-nodes", "-days", "1"),
            *("-subj", "/CN=127.0.0.1", "-keyout", str(key), "-out", str(cert)),
        ],
        check=True,
        capture_output=True,
    )
    tls = ssl.create_default_context(ssl.Purpose.CLIENT_AUTH)
    tls.load_cert_chain(cert, key)
    return tls


async def test_a_certificate_nobody_vouches_for_is_refused_before_anything_is_sent(
    self_signed: ssl.SSLContext,
) -> None:
    async with bot_api(tls=self_signed) as (base_url, received), AiohttpRequest() as request:
        bot = Bot(TOKEN, base_url=base_url, request=request)
        with pytest.raises(NetworkError) as refused:
            await bot.send_message(7, "hi")
    assert "Certificate" in type(refused.value.__cause__).__name__
    assert classify(refused.value).outcome is Outcome.NOT_DELIVERED
    assert received.requests == []

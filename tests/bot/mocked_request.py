"""A fake transport under a real ``telegram.Bot``, in the style of aiogram's ``MockedBot``.

Queue canned answers (:meth:`MockedRequest.answer`, :meth:`MockedRequest.refuse`) or
transport failures (:meth:`MockedRequest.fail`), then read back what was requested.
Everything above the transport is PTB's own: status codes become ``Forbidden``,
``RetryAfter``, ``ChatMigrated``… in ``BaseRequest``, exactly as in production.

Transport failures are made by the real transports, PTB's ``HTTPXRequest``
(:func:`raised_by_httpx_request`) and ours on aiohttp (:func:`raised_by_aiohttp_request`),
from the error that caused them, so the exception and its ``__cause__`` are what the
bot sees when the network misbehaves, not a guess at it.
"""

from __future__ import annotations

import json
from collections import deque
from dataclasses import dataclass
from typing import Any
from unittest import mock

import aiohttp
import httpx
from telegram import Bot
from telegram.error import TelegramError
from telegram.request import BaseRequest, HTTPXRequest, RequestData

from bot.http_transport import AiohttpRequest

TOKEN = "123456:" + "A" * 35


@dataclass(frozen=True)
class Requested:
    method: str
    params: dict[str, Any]


class MockedRequest(BaseRequest):
    """Answers each request with the next queued result; records every request."""

    def __init__(self) -> None:
        self._queue: deque[tuple[int, bytes] | BaseException] = deque()
        self.requests: list[Requested] = []
        self._message_ids = 0

    # --- what the next requests get ---------------------------------------------------

    def answer(self, result: Any = None) -> None:
        """200 OK with ``result`` (default: a message, with a fresh message id)."""
        if result is None:
            self._message_ids += 1
            result = {
                "message_id": self._message_ids,
                "date": 0,
                "chat": {"id": 1, "type": "private"},
                "text": "ok",
            }
        self._queue.append((200, json.dumps({"ok": True, "result": result}).encode()))

    def refuse(self, code: int, description: str, **parameters: Any) -> None:
        """An error answer in Telegram's shape (``parameters``: retry_after, migrate_to_chat_id)."""
        body: dict[str, Any] = {"ok": False, "error_code": code, "description": description}
        if parameters:
            body["parameters"] = parameters
        self._queue.append((code, json.dumps(body).encode()))

    def answer_raw(self, code: int, body: bytes) -> None:
        """An answer that is not Telegram's JSON (a proxy's HTML error page)."""
        self._queue.append((code, body))

    def fail(self, exc: BaseException) -> None:
        """The transport raises ``exc`` (see :func:`raised_by_httpx_request`)."""
        self._queue.append(exc)

    # --- reading back -----------------------------------------------------------------

    def sent(self, method: str = "sendMessage") -> list[dict[str, Any]]:
        return [r.params for r in self.requests if r.method == method]

    # --- BaseRequest ------------------------------------------------------------------

    @property
    def read_timeout(self) -> float | None:
        return 5.0

    async def initialize(self) -> None:
        pass

    async def shutdown(self) -> None:
        pass

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: Any = None,
        write_timeout: Any = None,
        connect_timeout: Any = None,
        pool_timeout: Any = None,
    ) -> tuple[int, bytes]:
        params = dict(request_data.parameters) if request_data is not None else {}
        self.requests.append(Requested(url.rsplit("/", 1)[-1], params))
        if not self._queue:
            raise AssertionError(f"no answer queued for {url.rsplit('/', 1)[-1]}")
        outcome = self._queue.popleft()
        if isinstance(outcome, BaseException):
            raise outcome
        return outcome


def mocked_bot() -> tuple[Bot, MockedRequest]:
    request = MockedRequest()
    return Bot(TOKEN, request=request, get_updates_request=MockedRequest()), request


async def raised_by_httpx_request(failure: httpx.HTTPError) -> TelegramError:
    """What PTB's ``HTTPXRequest`` raises when httpx fails with ``failure``."""

    def transport(request: httpx.Request) -> httpx.Response:
        raise failure

    real = HTTPXRequest(httpx_kwargs={"transport": httpx.MockTransport(transport)})
    await real.initialize()
    try:
        await real.do_request("https://api.telegram.org/botX/sendMessage", "POST")
    except TelegramError as exc:
        return exc
    finally:
        await real.shutdown()
    raise AssertionError("HTTPXRequest did not raise")


async def raised_by_aiohttp_request(failure: Exception) -> TelegramError:
    """What ``AiohttpRequest`` raises when aiohttp fails with ``failure``."""

    def request(*args: Any, **kwargs: Any) -> Any:
        raise failure

    real = AiohttpRequest()
    await real.initialize()
    try:
        with mock.patch.object(aiohttp.ClientSession, "request", request):
            await real.do_request("https://api.telegram.org/botX/sendMessage", "POST")
    except TelegramError as exc:
        return exc
    finally:
        await real.shutdown()
    raise AssertionError("AiohttpRequest did not raise")

"""Run the real Application in webhook mode (bot/web.py on a real uvicorn socket).

The fake Bot API queues updates as Telegram would; :class:`WebhookPusher` plays
Telegram's webhook side and POSTs each one, in order, with the secret header.
So the scripted people in ``tests/e2e/helpers.py`` work unchanged.
"""

from __future__ import annotations

import asyncio
import contextlib
import socket
from typing import Any

import httpx

from bot.app import build_application
from bot.runtime import Clock, Runtime
from bot.web import SECRET_HEADER, BotServer
from playground.botapi import FakeBotApi
from tests.e2e.harness import settings_for

SECRET = "webhook-secret_for-the-tests-0123456789"
WEBHOOK_PATH = "/telegram/webhook"


class WebhookPusher:
    """POSTs every update the fake queued to the webhook, oldest first, one at a time."""

    def __init__(self, api: FakeBotApi, url: str, secret: str, *, retry: bool = False) -> None:
        self.api = api
        self.url = url
        self.secret = secret
        # retry: as Telegram does, post again an update that got no 2xx (or no answer).
        self.retry = retry
        self.retries = 0
        self.statuses: list[int] = []
        self._pushed_upto = 0
        self._client = httpx.AsyncClient(timeout=10)
        self._task: asyncio.Task[None] | None = None

    def start(self) -> None:
        self._task = asyncio.create_task(self._run())

    async def _run(self) -> None:
        while True:
            for update in list(self.api.pending_updates):
                if update["update_id"] <= self._pushed_upto:
                    continue
                while not await self._post(update) and self.retry:
                    self.retries += 1
                    await asyncio.sleep(0.2)
                self._pushed_upto = update["update_id"]
            await asyncio.sleep(0.005)

    async def _post(self, update: dict[str, Any]) -> bool:
        try:
            response = await self._client.post(
                self.url, json=update, headers={SECRET_HEADER: self.secret}
            )
        except httpx.TransportError:
            if not self.retry:
                raise
            return False
        self.statuses.append(response.status_code)
        return response.is_success

    async def stop(self) -> None:
        if self._task is not None:
            self._task.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await self._task
        await self._client.aclose()


class WebhookBot:
    """The bot as ``couplebot`` runs it with WEBHOOK_URL set, on a free local port."""

    def __init__(self, api: FakeBotApi, database_url: str, clock: Clock, **overrides: Any) -> None:
        self.api = api
        self.database_url = database_url
        self.clock = clock
        self.overrides = overrides
        self.server: BotServer | None = None
        self.pusher: WebhookPusher | None = None
        self.client = httpx.AsyncClient(timeout=10)
        self.base = ""

    @property
    def url(self) -> str:
        return self.base + WEBHOOK_PATH

    @property
    def rt(self) -> Runtime:
        assert self.server is not None
        rt: Runtime = self.server.app.bot_data["runtime"]
        return rt

    async def start(self) -> None:
        sock = socket.create_server(("127.0.0.1", 0))
        port = sock.getsockname()[1]
        self.base = f"http://127.0.0.1:{port}"
        values: dict[str, Any] = {
            "webhook_url": self.url,
            "webhook_secret_token": SECRET,
            **self.overrides,
        }
        settings = settings_for(self.api, self.database_url, **values)
        self.server = BotServer(build_application(settings, clock=self.clock), settings, sock=sock)
        await self.server.start()
        self.pusher = WebhookPusher(self.api, self.url, SECRET)
        self.pusher.start()

    async def stop(self) -> None:
        if self.pusher is not None:
            await self.pusher.stop()
        await self.client.aclose()
        if self.server is not None:
            await self.server.stop()

    async def post(self, body: Any, headers: dict[str, str] | None = None) -> httpx.Response:
        """POST to the webhook route (``body``: bytes as they are, else JSON)."""
        kwargs: dict[str, Any] = (
            {"content": body} if isinstance(body, bytes | bytearray) else {"json": body}
        )
        return await self.client.post(self.url, headers=headers or {}, **kwargs)

    async def get(self, path: str) -> httpx.Response:
        return await self.client.get(self.base + path)

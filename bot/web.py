"""Webhook mode: the bot behind its own ASGI app (Starlette + uvicorn).

PTB's custom-webhook pattern (``examples/customwebhookbot/starlettebot.py``):
the Application runs without its updater, and the webhook route turns each
POSTed body into an ``Update`` and puts it on ``application.update_queue``,
where it takes the same path as a polled one. The same app serves
``/healthz`` (bot/health.py) and ``/metrics`` (bot/metrics.py); in polling
mode ``METRICS_PORT`` serves those two alone.

The webhook route refuses, before anything is parsed: a wrong or missing
``X-Telegram-Bot-Api-Secret-Token`` (401, compared in constant time) and a body
over ``WEBHOOK_MAX_BODY_BYTES`` (400, counted while reading, whatever
Content-Length says). A body that is not JSON, or not an object with an
integer ``update_id``, or that PTB cannot read as an Update, gets 400. None of
them reaches the handlers, and none is logged with its content.
"""

from __future__ import annotations

import asyncio
import contextlib
import hmac
import json
import logging
import signal
import socket
from collections.abc import Iterator
from typing import Any, Final
from urllib.parse import urlsplit

import uvicorn
from prometheus_client import CONTENT_TYPE_LATEST
from starlette.applications import Starlette
from starlette.requests import Request
from starlette.responses import JSONResponse, PlainTextResponse, Response
from starlette.routing import Route
from telegram import Update
from telegram.error import InvalidToken, TelegramError

from bot import health
from bot.app import ALLOWED_UPDATES, CouplebotApp
from bot.metrics import Metrics
from bot.runtime import Runtime
from bot.settings import Settings

log = logging.getLogger(__name__)

SECRET_HEADER: Final = "X-Telegram-Bot-Api-Secret-Token"  # noqa: S105 - a header name


def build_web_app(app: CouplebotApp, settings: Settings) -> Starlette:
    """The ASGI app: /healthz, /metrics and, with WEBHOOK_URL, the webhook route."""
    metrics: Metrics = app.bot_data["metrics"]

    def runtime() -> Runtime | None:
        rt: Runtime | None = app.bot_data.get("runtime")
        return rt

    async def healthz(_: Request) -> Response:
        result = await health.check(runtime())
        return JSONResponse(result.report, status_code=200 if result.healthy else 503)

    async def metrics_page(_: Request) -> Response:
        # The gauges count rows in the database: off the event loop.
        rt = runtime()
        if rt is None:
            body = metrics.render(None)  # starting: no runtime, no database to count
        else:
            body = await rt.workers.run_beside(metrics.render, rt)
        return Response(body, media_type=CONTENT_TYPE_LATEST)

    routes = [
        Route("/healthz", healthz, methods=["GET"]),
        Route("/metrics", metrics_page, methods=["GET"]),
    ]
    if settings.webhook_url:
        routes.append(
            Route(settings.webhook_path, _webhook_endpoint(app, settings), methods=["POST"])
        )
    return Starlette(routes=routes)


def _webhook_endpoint(app: CouplebotApp, settings: Settings) -> Any:
    metrics: Metrics = app.bot_data["metrics"]
    assert settings.webhook_secret_token is not None  # the settings require it
    expected = settings.webhook_secret_token.get_secret_value().encode()
    limit = settings.webhook_max_body_bytes

    async def webhook(request: Request) -> Response:
        given = request.headers.get(SECRET_HEADER, "").encode("latin-1")
        if not hmac.compare_digest(given, expected):
            metrics.webhook_rejected.labels("secret").inc()
            return PlainTextResponse("unauthorized", status_code=401)
        body = await _read_body(request, limit)
        if body is None:
            metrics.webhook_rejected.labels("too_large").inc()
            return PlainTextResponse("body too large", status_code=400)
        update = _parse_update(body, app)
        if update is None:
            metrics.webhook_rejected.labels("malformed").inc()
            return PlainTextResponse("not an update", status_code=400)
        await app.update_queue.put(update)
        return Response(status_code=200)

    return webhook


async def _read_body(request: Request, limit: int) -> bytes | None:
    """The body, or None as soon as it is over ``limit`` bytes."""
    declared = request.headers.get("content-length", "")
    if declared.isdigit() and int(declared) > limit:
        return None
    chunks: list[bytes] = []
    size = 0
    # Counted as it arrives: a wrong or missing Content-Length changes nothing.
    async for chunk in request.stream():
        size += len(chunk)
        if size > limit:
            return None
        chunks.append(chunk)
    return b"".join(chunks)


def _parse_update(body: bytes, app: CouplebotApp) -> Update | None:
    try:
        data = json.loads(body)
    except ValueError:  # also bad UTF-8
        return None
    if not isinstance(data, dict):
        return None
    update_id = data.get("update_id")
    if not isinstance(update_id, int) or isinstance(update_id, bool):
        return None
    try:
        return Update.de_json(data, app.bot)
    except Exception:
        # PTB raises whatever the shape provokes (KeyError, TypeError, OverflowError...).
        return None


class WebhookRefused(Exception):
    """Telegram would not register WEBHOOK_URL (unreachable, bad certificate, wrong port)."""


class _SignalFreeServer(uvicorn.Server):
    """uvicorn leaves signals to us: its own handling re-raises them once it has
    stopped serving, which would end the process before the bot has stopped."""

    @contextlib.contextmanager
    def capture_signals(self) -> Iterator[None]:
        yield


def _listen(host: str, port: int) -> socket.socket:
    family = socket.getaddrinfo(host, port, type=socket.SOCK_STREAM)[0][0]
    return socket.create_server((host, port), family=family)


class BotServer:
    """The Application and the ASGI server in one event loop, started and stopped in order.

    Start: bind the port (fails before anything else if it is taken), initialise
    the Application and its resources, register the webhook (or start polling),
    start handling updates, then accept requests. Stop in reverse: stop accepting,
    let the queued updates finish, release the resources. The webhook stays
    registered, so Telegram keeps updates until the bot is back.
    """

    def __init__(
        self, app: CouplebotApp, settings: Settings, *, sock: socket.socket | None = None
    ) -> None:
        self.app = app
        self.settings = settings
        self.webhook = bool(settings.webhook_url)
        self._sock = sock
        config = uvicorn.Config(
            build_web_app(app, settings),
            lifespan="off",
            ws="none",
            log_config=None,
            access_log=False,
            server_header=False,
            timeout_graceful_shutdown=5,
        )
        self._server = _SignalFreeServer(config)
        self._serving: asyncio.Task[None] | None = None
        self._initialized = False

    @property
    def port(self) -> int:
        return self.settings.webhook_port if self.webhook else self.settings.metrics_port or 0

    async def start(self) -> None:
        if self._sock is None:
            self._sock = _listen(self.settings.webhook_listen, self.port)
        app = self.app
        await app.initialize()
        self._initialized = True
        if app.post_init is not None:
            await app.post_init(app)
        if self.webhook:
            assert self.settings.webhook_url and self.settings.webhook_secret_token
            try:
                await app.bot.set_webhook(
                    self.settings.webhook_url,
                    secret_token=self.settings.webhook_secret_token.get_secret_value(),
                    allowed_updates=ALLOWED_UPDATES,
                    drop_pending_updates=False,
                )
            except InvalidToken:
                raise
            except TelegramError as exc:
                # Telegram's reason ("bad webhook: ...") never contains the token or secret.
                raise WebhookRefused(f"Telegram refused WEBHOOK_URL: {exc.message}") from exc
        else:
            assert app.updater is not None
            await app.updater.start_polling(
                allowed_updates=ALLOWED_UPDATES, timeout=self.settings.polling_timeout_seconds
            )
        await app.start()
        self._serving = asyncio.create_task(self._server.serve(sockets=[self._sock]))
        while not self._server.started:
            if self._serving.done():
                await self._serving
                raise RuntimeError("the web server stopped while starting")
            await asyncio.sleep(0.01)

    async def serve_until(self, stop: asyncio.Event) -> None:
        """Return when ``stop`` is set or the web server ends by itself."""
        assert self._serving is not None
        stopping = asyncio.create_task(stop.wait())
        try:
            await asyncio.wait({stopping, self._serving}, return_when=asyncio.FIRST_COMPLETED)
        finally:
            stopping.cancel()

    async def stop(self) -> None:
        if self._serving is not None:
            self._server.should_exit = True
            with contextlib.suppress(asyncio.CancelledError):
                await self._serving
            self._serving = None
        app = self.app
        if app.updater is not None and app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        if self._initialized:
            self._initialized = False
            await app.shutdown()
            if app.post_shutdown is not None:
                await app.post_shutdown(app)
        if self._sock is not None:
            self._sock.close()
            self._sock = None


def describe_mode(settings: Settings) -> str:
    """One line for the log: the mode and where it listens, without token or secret."""
    where = f"{settings.webhook_listen}:"
    if settings.webhook_url:
        public = urlsplit(settings.webhook_url)
        return (
            f"webhook mode: Telegram posts to {public.scheme}://{public.hostname}/…, "
            f"served on {where}{settings.webhook_port} (also /healthz, /metrics)"
        )
    if settings.metrics_port:
        return f"polling mode (getUpdates); /healthz and /metrics on {where}{settings.metrics_port}"
    return "polling mode (getUpdates)"


def run_server(app: CouplebotApp, settings: Settings) -> None:
    """Webhook mode, or polling with METRICS_PORT, until SIGINT or SIGTERM."""
    try:
        asyncio.run(_run_until_signalled(BotServer(app, settings)))
    except WebhookRefused as exc:
        log.error("%s", exc)
        raise SystemExit(2) from None


async def _run_until_signalled(server: BotServer) -> None:
    stop = asyncio.Event()
    loop = asyncio.get_running_loop()
    for sig in (signal.SIGINT, signal.SIGTERM):
        loop.add_signal_handler(sig, stop.set)
    try:
        await server.start()
        await server.serve_until(stop)
    finally:
        await server.stop()

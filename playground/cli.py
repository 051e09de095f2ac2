"""``couplebot`` without a token: the playground on http://127.0.0.1:8080 until Ctrl+C."""

from __future__ import annotations

import asyncio
import contextlib
import errno
import ipaddress
import logging
import socket
import sys
from types import FrameType

import uvicorn

from bot.logs import configure_logging
from bot.settings import Settings
from playground.botapi import FakeBotApi
from playground.session import Playground
from playground.web import create_app

LOOPBACK_NAMES = ("127.0.0.1", "localhost", "::1", "[::1]")


def run_playground(settings: Settings) -> int:
    configure_logging(settings.log_level, FakeBotApi.TOKEN)
    for noisy in ("telegram", "uvicorn", "uvicorn.error", "alembic"):
        logging.getLogger(noisy).setLevel(max(logging.WARNING, logging.getLogger().level))
    host, port = settings.playground_host, settings.playground_port
    try:
        sock = _listen(host, port)
    except OSError as exc:
        taken = exc.errno == errno.EADDRINUSE
        why = "is already in use" if taken else f"cannot be opened ({exc.strerror})"
        print(
            f"couplebot playground: {host}:{port} {why}. Set PLAYGROUND_PORT to another port "
            "(or stop what is using it).",
            file=sys.stderr,
        )
        return 2
    url = page_url(host, int(sock.getsockname()[1]))
    if settings.telegram_bot_token.get_secret_value():
        why = "your TELEGRAM_BOT_TOKEN is not used here; `uv run couplebot` runs the bot live"
    else:
        why = (
            "no TELEGRAM_BOT_TOKEN set, so the bot talks to a simulated Telegram. To go live, "
            "put TELEGRAM_BOT_TOKEN in .env (see README) and run `uv run couplebot` again"
        )
    print(f"couplebot playground on {url} ({why}). Ctrl+C stops.", flush=True)
    if not _is_loopback(host):
        print(f"Listening on {host}: anyone on your network can open it.", flush=True)
    with contextlib.suppress(KeyboardInterrupt):
        asyncio.run(_serve(settings, sock, loopback=_is_loopback(host)))
    return 0


def page_url(host: str, port: int) -> str:
    shown = "127.0.0.1" if host in {"0.0.0.0", "::", ""} else host  # noqa: S104 - compared
    if ":" in shown and not shown.startswith("["):
        shown = f"[{shown}]"
    return f"http://{shown}:{port}"


def _is_loopback(host: str) -> bool:
    if host in LOOPBACK_NAMES:
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


def _listen(host: str, port: int) -> socket.socket:
    family = socket.AF_INET6 if ":" in host else socket.AF_INET
    sock = socket.socket(family, socket.SOCK_STREAM, socket.IPPROTO_TCP)
    sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
    try:
        sock.bind((host, port))
        sock.listen(128)
    except OSError:
        sock.close()
        raise
    sock.setblocking(False)
    return sock


class _Server(uvicorn.Server):
    """Ends the pages' event streams as soon as Ctrl+C arrives, so shutdown is quick, and
    stops the playground before uvicorn hands the signal back (which ends the event loop)."""

    def __init__(self, config: uvicorn.Config, playground: Playground) -> None:
        super().__init__(config)
        self._playground = playground
        self._loop = asyncio.get_running_loop()

    def handle_exit(self, sig: int, frame: FrameType | None) -> None:
        super().handle_exit(sig, frame)
        self._loop.call_soon_threadsafe(self._playground.end_streams)

    async def shutdown(self, sockets: list[socket.socket] | None = None) -> None:
        await super().shutdown(sockets)
        await self._playground.stop()


async def _serve(settings: Settings, sock: socket.socket, *, loopback: bool) -> None:
    playground = Playground(settings)
    await playground.start()
    hosts = LOOPBACK_NAMES if loopback else ("*",)
    app = create_app(playground, allowed_hosts=hosts)
    config = uvicorn.Config(
        app, lifespan="off", log_config=None, access_log=False, timeout_graceful_shutdown=3
    )
    try:
        await _Server(config, playground).serve(sockets=[sock])
    finally:
        await playground.stop()

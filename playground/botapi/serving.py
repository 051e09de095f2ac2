"""Serve an ASGI app on a free loopback port inside the running event loop (uvicorn).

uvicorn's own ``serve()`` owns the process's signals and pauses 0.1 s on shutdown; a fake
server started and stopped by every test needs neither, so this drives its start-up and
a quick shutdown directly.
"""

from __future__ import annotations

import asyncio
import logging
import socket
import time

import uvicorn
from starlette.types import ASGIApp

_CLOSE_GRACE = 1.0


class LocalServer:
    def __init__(self, app: ASGIApp, host: str = "127.0.0.1") -> None:
        self._app = app
        self._host = host
        self._server: uvicorn.Server | None = None
        self.port = 0

    async def start(self) -> int:
        """Listen on a free port; returns it."""
        # IPPROTO_TCP spelled out: asyncio only turns Nagle off (TCP_NODELAY) for sockets that
        # say so, and with Nagle on every answer waits ~40 ms for the client's delayed ACK.
        sock = socket.socket(socket.AF_INET, socket.SOCK_STREAM, socket.IPPROTO_TCP)
        sock.setsockopt(socket.SOL_SOCKET, socket.SO_REUSEADDR, 1)
        sock.bind((self._host, 0))
        config = uvicorn.Config(
            self._app, lifespan="off", log_config=None, access_log=False, ws="none"
        )
        config.load()
        # No access log: uvicorn logs each request whenever that logger has a handler (pytest
        # gives it one), and nobody reads it.
        logging.getLogger("uvicorn.access").disabled = True
        server = uvicorn.Server(config)
        server.lifespan = config.lifespan_class(config)
        await server.startup(sockets=[sock])
        self._server = server
        self.port = int(sock.getsockname()[1])
        return self.port

    async def close(self) -> None:
        """Stop listening, let answers in progress finish (briefly), close every connection."""
        server, self._server = self._server, None
        if server is None:
            return
        for listener in server.servers:
            listener.close()
        state = server.server_state
        for connection in list(state.connections):
            connection.shutdown()
        deadline = time.monotonic() + _CLOSE_GRACE
        # uvicorn has no event for "every connection closed": look every 5 ms.
        while (state.connections or state.tasks) and time.monotonic() < deadline:  # noqa: ASYNC110
            await asyncio.sleep(0.005)
        for task in list(state.tasks):
            task.cancel()
        for listener in server.servers:
            await listener.wait_closed()

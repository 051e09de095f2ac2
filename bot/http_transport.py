"""The Bot API's HTTP transport: PTB's ``BaseRequest`` on aiohttp.

PTB's default (``HTTPXRequest``) cost about a millisecond of CPU per Bot API call,
much of it in httpcore's walk of its connection pool; couplebot makes about three
calls per update (docs/benchmarks.md, issue 11). aiohttp does the same work in C
(HTTP parser, headers, URLs) at a fraction of that.

PTB's error semantics are kept: every failure is ``TimedOut`` or ``NetworkError``
raised *from* the transport error that caused it, so ``bot/sending.py`` can tell a
request that never left (:data:`NEVER_SENT`) from one that may have reached Telegram.
"""

from __future__ import annotations

import asyncio
import json
import os
import ssl
from typing import Final

import aiohttp
import certifi
from telegram._utils.defaultvalue import DefaultValue
from telegram._utils.types import ODVInput
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, RequestData


class PoolTimeout(Exception):
    """No connection of the pool came free in time: the request was never sent."""


# Failures that prove the request never left this process: no free connection came
# in time, or none could be opened (refused, DNS, TLS handshake, connect timeout).
NEVER_SENT: Final = (PoolTimeout, aiohttp.ClientConnectorError, aiohttp.ConnectionTimeoutError)

_MOST_TIMEOUTS_KEPT: Final = 32
_JSON: Final = {"Content-Type": "application/json"}
# A proxy from the environment, as httpx takes it (aiohttp knows no ALL_PROXY or
# SOCKS). aiohttp looks it up on every request, so only when one is set.
_PROXY_VARIABLES: Final = ("HTTPS_PROXY", "https_proxy", "HTTP_PROXY", "http_proxy")


class AiohttpRequest(BaseRequest):
    """``HTTPXRequest``'s parameters and errors, on one ``aiohttp.ClientSession``.

    ``connection_pool_size`` requests at a time; one more waits up to ``pool_timeout``
    for a free connection, then fails with ``TimedOut`` from :class:`PoolTimeout`
    without being sent. Timeouts as PTB's ``do_request`` gives them: ``connect`` to
    open a connection, ``read`` between two reads of the answer. aiohttp has no
    write timeout, so a request with a body must be over within connect + write +
    read in all (uploads get ``media_write_timeout`` as their write timeout).
    """

    def __init__(
        self,
        connection_pool_size: int = 1,
        read_timeout: float | None = 5.0,
        write_timeout: float | None = 5.0,
        connect_timeout: float | None = 5.0,
        pool_timeout: float | None = 1.0,
        media_write_timeout: float | None = 20.0,
    ) -> None:
        if connection_pool_size < 1:
            raise ValueError("connection_pool_size must be at least 1")
        self._pool_size = connection_pool_size
        self._read_timeout = read_timeout
        self._write_timeout = write_timeout
        self._connect_timeout = connect_timeout
        self._pool_timeout = pool_timeout
        self._media_write_timeout = media_write_timeout
        self._session: aiohttp.ClientSession | None = None
        self._shut_down = False
        self._slots = asyncio.Semaphore(connection_pool_size)  # made anew with the session
        # One ClientTimeout per combination of timeouts (there are a handful; bounded
        # all the same, in case a caller computes them).
        self._timeouts: dict[tuple[float | None, ...], aiohttp.ClientTimeout] = {}

    @property
    def read_timeout(self) -> float | None:
        return self._read_timeout

    async def initialize(self) -> None:
        if self._session is None or self._session.closed:
            self._session = self._open_session()

    async def shutdown(self) -> None:
        session, self._session = self._session, None
        self._shut_down = True
        if session is not None and not session.closed:
            await session.close()

    def _open_session(self) -> aiohttp.ClientSession:
        # On the running loop; the connector never waits: the slots come first.
        self._slots = asyncio.Semaphore(self._pool_size)
        self._shut_down = False
        # Certificates checked against certifi's bundle, as httpx does (a slim image
        # may have no system store).
        tls = ssl.create_default_context(cafile=certifi.where())
        return aiohttp.ClientSession(
            connector=aiohttp.TCPConnector(limit=self._pool_size, ssl=tls),
            headers={"User-Agent": self.USER_AGENT},
            trust_env=any(os.environ.get(name) for name in _PROXY_VARIABLES),
        )

    async def do_request(
        self,
        url: str,
        method: str,
        request_data: RequestData | None = None,
        read_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        write_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        connect_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
        pool_timeout: ODVInput[float] = BaseRequest.DEFAULT_NONE,
    ) -> tuple[int, bytes]:
        session = self._session
        if session is None or session.closed:
            if self._shut_down:
                raise RuntimeError("This AiohttpRequest is not initialized!")
            # Like HTTPXRequest, usable before initialize() (a Bot outside an Application).
            session = self._session = self._open_session()
        uploads = request_data is not None and request_data.contains_files
        if isinstance(read_timeout, DefaultValue):
            read_timeout = self._read_timeout
        if isinstance(connect_timeout, DefaultValue):
            connect_timeout = self._connect_timeout
        if isinstance(pool_timeout, DefaultValue):
            pool_timeout = self._pool_timeout
        if isinstance(write_timeout, DefaultValue):
            write_timeout = self._media_write_timeout if uploads else self._write_timeout
        if request_data is None:
            data: bytes | aiohttp.FormData | None = None
            write_timeout = None  # nothing to write: no overall limit
        else:
            data = _body(request_data)
        timeout = self._timeout(connect_timeout, write_timeout, read_timeout)
        headers = _JSON if isinstance(data, bytes) else None

        await self._take_slot(pool_timeout)
        try:
            async with session.request(
                method, url, data=data, headers=headers, timeout=timeout
            ) as response:
                return response.status, await response.read()
        except TimeoutError as exc:
            # Connecting (aiohttp.ConnectionTimeoutError: never sent), reading the
            # answer, or the whole request over its time.
            raise TimedOut from exc
        except aiohttp.ClientError as exc:
            raise NetworkError(f"aiohttp.{type(exc).__name__}: {exc}") from exc
        finally:
            self._slots.release()

    async def _take_slot(self, pool_timeout: float | None) -> None:
        if not self._slots.locked():
            await self._slots.acquire()  # free: returns without waiting
            return
        try:
            async with asyncio.timeout(pool_timeout):
                await self._slots.acquire()
        except TimeoutError:
            raise TimedOut(
                "Pool timeout: All connections in the connection pool are occupied. "
                "Request was *not* sent to Telegram."
            ) from PoolTimeout(f"no free connection within {pool_timeout} s")

    def _timeout(
        self, connect: float | None, write: float | None, read: float | None
    ) -> aiohttp.ClientTimeout:
        key = (connect, write, read)
        timeout = self._timeouts.get(key)
        if timeout is None:
            # The overall limit stands in for the write timeout aiohttp lacks.
            limits = (connect, write, read)
            total = None if None in limits else sum(t for t in limits if t is not None)
            timeout = aiohttp.ClientTimeout(total=total, sock_connect=connect, sock_read=read)
            if len(self._timeouts) >= _MOST_TIMEOUTS_KEPT:
                self._timeouts.clear()
            self._timeouts[key] = timeout
        return timeout


def _body(request_data: RequestData) -> bytes | aiohttp.FormData:
    """A JSON object (the Bot API takes one), or multipart with files as PTB's
    HTTPXRequest sends them. JSON is one ``dumps`` of the whole call, where a url-encoded
    form dumps each value and then quotes it (a few per cent of the bot's CPU)."""
    if not request_data.contains_files:
        return json.dumps(request_data.parameters, separators=(",", ":")).encode()
    form = aiohttp.FormData(quote_fields=False)
    for name, value in request_data.json_parameters.items():
        form.add_field(name, value)
    for name, (filename, content, mimetype) in request_data.multipart_data.items():
        form.add_field(name, content, filename=filename, content_type=mimetype)
    return form

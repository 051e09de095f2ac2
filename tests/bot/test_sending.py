"""The one sender: how each answer of Telegram (or of the network) is sorted, and what
that does to a queued message, through a real ``telegram.Bot`` on a fake transport.

At most once is the rule that matters: a send that may have reached Telegram (a
read timeout, a connection dropped after the request was written) is never
repeated; one that surely did not (a pool timeout, a refused connection, a 5xx
answer) is retried.
"""

from __future__ import annotations

import asyncio
import contextlib
import logging
from collections.abc import AsyncIterator, Callable
from datetime import timedelta
from types import SimpleNamespace

import aiohttp
import httpx
import pytest
from sqlalchemy import Engine
from sqlmodel import select
from telegram import Bot
from telegram.error import NetworkError, TimedOut
from telegram.request import BaseRequest, HTTPXRequest

from bot.delivery import OutboxSender
from bot.http_transport import AiohttpRequest
from bot.runtime import Runtime
from bot.sending import attempt
from bot.services import send_policy
from bot.services.deliveries import OUTBOX
from bot.services.send_policy import MAX_ATTEMPTS, Outcome, Outgoing
from flows.model import Reply
from storage import outbox, sending
from storage.db import unit_of_work
from storage.models import Outbox
from storage.users import get_user
from tests.bot.mocked_request import (
    TOKEN,
    MockedRequest,
    mocked_bot,
    raised_by_aiohttp_request,
    raised_by_httpx_request,
)
from tests.conftest import FakeClock
from tests.services.daily_world import make_world

ITEM = Outgoing(id=1, chat_id=1, reply=Reply("hello"), attempts=1)

# --- the classification ------------------------------------------------------------

Setup = Callable[[MockedRequest], None]

ANSWERS: dict[str, tuple[Setup, Outcome]] = {
    "accepted": (lambda r: r.answer(), Outcome.SENT),
    "429 retry after": (
        lambda r: r.refuse(429, "Too Many Requests: retry after 7", retry_after=7),
        Outcome.RATE_LIMITED,
    ),
    "403 blocked": (
        lambda r: r.refuse(403, "Forbidden: bot was blocked by the user"),
        Outcome.BLOCKED,
    ),
    "403 kicked from the group": (
        lambda r: r.refuse(403, "Forbidden: bot was kicked from the group chat"),
        Outcome.BLOCKED,
    ),
    "400 migrated": (
        lambda r: r.refuse(
            400,
            "Bad Request: group chat was upgraded to a supergroup chat",
            migrate_to_chat_id=-1001234,
        ),
        Outcome.CHAT_MIGRATED,
    ),
    "400 bad request": (
        lambda r: r.refuse(400, "Bad Request: can't parse entities"),
        Outcome.REFUSED,
    ),
    "400 chat not found": (
        lambda r: r.refuse(400, "Bad Request: chat not found"),
        Outcome.REFUSED,
    ),
    # Telegram answered: it did not take the message.
    "500 from Telegram": (
        lambda r: r.refuse(500, "Internal Server Error"),
        Outcome.NOT_DELIVERED,
    ),
    "502 page from a proxy": (
        lambda r: r.answer_raw(502, b"<html><body>Bad Gateway</body></html>"),
        Outcome.NOT_DELIVERED,
    ),
    # A failure PTB cannot place (not httpx's): nobody knows how far the request got.
    "unknown transport error": (
        lambda r: r.fail(OSError("connection reset by peer")),
        Outcome.MAY_HAVE_ARRIVED,
    ),
}


@pytest.mark.parametrize("answer", ANSWERS, ids=str)
async def test_each_answer_of_telegram_is_sorted(answer: str) -> None:
    bot, request = mocked_bot()
    setup, expected = ANSWERS[answer]
    setup(request)
    verdict = await attempt(bot, ITEM)
    assert verdict.outcome is expected
    (params,) = request.sent()
    assert params["chat_id"] == 1 and params["text"] == "hello"
    if expected is Outcome.RATE_LIMITED:
        assert verdict.retry_after == 7
    if expected is Outcome.CHAT_MIGRATED:
        assert verdict.new_chat_id == -1001234
    if expected is Outcome.SENT:
        assert verdict.message_id == 1


# What httpx raises, and whether the request can have reached Telegram.
TRANSPORT_FAILURES: dict[str, tuple[httpx.HTTPError, Outcome]] = {
    # No free connection in PTB's pool: the request never left the process.
    "pool timeout": (httpx.PoolTimeout("no connection"), Outcome.NOT_DELIVERED),
    "connect timeout": (httpx.ConnectTimeout("connect"), Outcome.NOT_DELIVERED),
    "connection refused": (httpx.ConnectError("refused"), Outcome.NOT_DELIVERED),
    # Written, or partly written, and no answer: it may well have arrived.
    "read timeout": (httpx.ReadTimeout("read"), Outcome.MAY_HAVE_ARRIVED),
    "write timeout": (httpx.WriteTimeout("write"), Outcome.MAY_HAVE_ARRIVED),
    "dropped connection": (
        httpx.RemoteProtocolError("Server disconnected without sending a response."),
        Outcome.MAY_HAVE_ARRIVED,
    ),
    "read error": (httpx.ReadError("reset"), Outcome.MAY_HAVE_ARRIVED),
    "write error": (httpx.WriteError("broken pipe"), Outcome.MAY_HAVE_ARRIVED),
}


@pytest.mark.parametrize("failure", TRANSPORT_FAILURES, ids=str)
async def test_a_send_is_retried_only_if_it_surely_never_reached_telegram(failure: str) -> None:
    cause, expected = TRANSPORT_FAILURES[failure]
    raised = await raised_by_httpx_request(cause)
    assert raised.__cause__ is cause
    bot, request = mocked_bot()
    request.fail(raised)
    assert (await attempt(bot, ITEM)).outcome is expected


# The same for aiohttp (bot/http_transport.py): what it raises, and whether the request
# can have reached Telegram. A pool timeout and a refused connection: over sockets below.
AIOHTTP_FAILURES: dict[str, tuple[Exception, Outcome]] = {
    "connect timeout": (aiohttp.ConnectionTimeoutError("connect"), Outcome.NOT_DELIVERED),
    "connection refused": (
        aiohttp.ClientConnectorError(
            SimpleNamespace(host="api.telegram.org", port=443, ssl=True),  # type: ignore[arg-type]
            ConnectionRefusedError(111, "Connection refused"),
        ),
        Outcome.NOT_DELIVERED,
    ),
    "name not resolved": (
        aiohttp.ClientConnectorDNSError(
            SimpleNamespace(host="api.telegram.org", port=443, ssl=True),  # type: ignore[arg-type]
            OSError(-2, "Name or service not known"),
        ),
        Outcome.NOT_DELIVERED,
    ),
    # Written, or partly written, and no answer: it may well have arrived.
    "read timeout": (aiohttp.SocketTimeoutError("read"), Outcome.MAY_HAVE_ARRIVED),
    "over the overall time": (TimeoutError(), Outcome.MAY_HAVE_ARRIVED),
    "dropped connection": (aiohttp.ServerDisconnectedError(), Outcome.MAY_HAVE_ARRIVED),
    "reset": (aiohttp.ClientOSError(104, "Connection reset by peer"), Outcome.MAY_HAVE_ARRIVED),
    "cut-off answer": (aiohttp.ClientPayloadError("incomplete"), Outcome.MAY_HAVE_ARRIVED),
}


@pytest.mark.parametrize("failure", AIOHTTP_FAILURES, ids=str)
async def test_over_aiohttp_a_send_is_retried_only_if_it_surely_never_reached_telegram(
    failure: str,
) -> None:
    cause, expected = AIOHTTP_FAILURES[failure]
    raised = await raised_by_aiohttp_request(cause)
    assert raised.__cause__ is cause
    assert isinstance(raised, TimedOut if isinstance(cause, TimeoutError) else NetworkError)
    bot, request = mocked_bot()
    request.fail(raised)
    assert (await attempt(bot, ITEM)).outcome is expected


async def test_a_pool_timeout_and_a_read_timeout_are_both_timed_out_but_not_alike() -> None:
    """PTB raises ``TimedOut`` for both; only the cause tells them apart."""
    pool = await raised_by_httpx_request(httpx.PoolTimeout("busy"))
    read = await raised_by_httpx_request(httpx.ReadTimeout("slow"))
    assert type(pool) is TimedOut and type(read) is TimedOut
    assert "not* sent" in pool.message
    outcomes = []
    for raised in (pool, read):
        bot, request = mocked_bot()
        request.fail(raised)
        outcomes.append((await attempt(bot, ITEM)).outcome)
    assert outcomes == [Outcome.NOT_DELIVERED, Outcome.MAY_HAVE_ARRIVED]


async def test_a_bug_while_sending_counts_as_maybe_arrived() -> None:
    bot, request = mocked_bot()
    request.fail(RuntimeError("a bug in a layer above the transport"))
    # BaseRequest wraps it into a NetworkError with that cause: not a transport failure.
    assert (await attempt(bot, ITEM)).outcome is Outcome.MAY_HAVE_ARRIVED


async def test_a_bare_timed_out_is_never_resent() -> None:
    """A ``TimedOut`` with no cause (raised by some layer above httpx) may have arrived."""
    bot, request = mocked_bot()
    request.fail(TimedOut())
    assert (await attempt(bot, ITEM)).outcome is Outcome.MAY_HAVE_ARRIVED
    request.fail(NetworkError("Bad Gateway"))  # an error answer, as PTB raises it
    assert (await attempt(bot, ITEM)).outcome is Outcome.NOT_DELIVERED


# --- the same, over real sockets -----------------------------------------------------


@contextlib.asynccontextmanager
async def silent_server(*, hang_up: bool) -> AsyncIterator[tuple[int, list[bytes]]]:
    """A server that reads each request whole, then never answers (or hangs up)."""
    received: list[bytes] = []

    async def handle(reader: asyncio.StreamReader, writer: asyncio.StreamWriter) -> None:
        head = await reader.readuntil(b"\r\n\r\n")
        length = next(
            int(line.split(b":", 1)[1])
            for line in head.lower().split(b"\r\n")
            if line.startswith(b"content-length:")
        )
        received.append(head + await reader.readexactly(length))
        if not hang_up:
            await asyncio.sleep(30)
        writer.close()

    server = await asyncio.start_server(handle, "127.0.0.1", 0)
    port = server.sockets[0].getsockname()[1]
    try:
        yield port, received
    finally:
        server.close()


# Both transports (TELEGRAM_HTTP_CLIENT): PTB's httpx and ours on aiohttp.
TRANSPORTS: dict[str, type[BaseRequest]] = {"httpx": HTTPXRequest, "aiohttp": AiohttpRequest}


@pytest.fixture(params=TRANSPORTS)
def transport(request: pytest.FixtureRequest) -> type[BaseRequest]:
    return TRANSPORTS[request.param]


@contextlib.asynccontextmanager
async def real_bot(
    port: int, transport: type[BaseRequest], **timeouts: float
) -> AsyncIterator[Bot]:
    request = transport(connection_pool_size=1, **timeouts)  # type: ignore[call-arg]
    try:
        yield Bot(TOKEN, base_url=f"http://127.0.0.1:{port}/bot", request=request)
    finally:
        # The Bot was never initialized, so Bot.shutdown() would leave the request open.
        await request.shutdown()


async def test_over_sockets_the_one_in_flight_is_in_doubt_the_one_waiting_for_the_pool_is_not(
    transport: type[BaseRequest],
) -> None:
    async with (
        silent_server(hang_up=False) as (port, received),
        real_bot(port, transport, read_timeout=0.5, pool_timeout=0.1) as bot,
    ):
        first = asyncio.create_task(attempt(bot, ITEM))
        while not received:  # noqa: ASYNC110
            await asyncio.sleep(0.01)
        second = await attempt(bot, ITEM)  # the only connection is taken by the first
        assert second.outcome is Outcome.NOT_DELIVERED
        assert (await first).outcome is Outcome.MAY_HAVE_ARRIVED
        assert len(received) == 1  # the second never left the process


async def test_over_sockets_a_connection_dropped_after_the_request_is_in_doubt(
    transport: type[BaseRequest],
) -> None:
    async with (
        silent_server(hang_up=True) as (port, received),
        real_bot(port, transport, read_timeout=2.0) as bot,
    ):
        assert (await attempt(bot, ITEM)).outcome is Outcome.MAY_HAVE_ARRIVED
        assert len(received) == 1


async def test_over_sockets_a_refused_connection_is_retried(
    transport: type[BaseRequest],
) -> None:
    async with silent_server(hang_up=True) as (port, _received):
        pass  # closed again: nothing listens on the port any more
    async with real_bot(port, transport, connect_timeout=1.0) as bot:
        assert (await attempt(bot, ITEM)).outcome is Outcome.NOT_DELIVERED


# --- what each outcome does to a queued message --------------------------------------

ANA, BEN = 1, 2


@pytest.fixture
def rt(engine: Engine, database_url: str, clock: FakeClock) -> Runtime:
    world = make_world(engine, database_url, clock)
    world.user(ANA, name="Ana")
    world.user(BEN, name="Ben")
    return world.rt


def queue_for_ben(rt: Runtime, text: str = "from Ana") -> int:
    with unit_of_work(rt.engine) as session:
        return outbox.enqueue(
            session,
            chat_id=BEN,
            kind="partner",
            text=text,
            due_at=rt.clock(),
            now=rt.clock(),
            sender_id=ANA,
        )


def row_of(rt: Runtime, row_id: int) -> Outbox:
    with unit_of_work(rt.engine) as session:
        row = session.get(Outbox, row_id)
        assert row is not None
        return row


async def drain_later(sender: OutboxSender, clock: FakeClock, **delta: float) -> None:
    clock.advance(**delta)
    await sender.drain()


async def test_a_timed_out_send_is_never_sent_again(rt: Runtime, clock: FakeClock) -> None:
    bot, request = mocked_bot()
    sender = OutboxSender(rt, bot)
    row_id = queue_for_ben(rt)
    request.fail(await raised_by_httpx_request(httpx.ReadTimeout("slow")))
    await sender.drain()
    assert row_of(rt, row_id).status == sending.UNKNOWN
    await drain_later(sender, clock, hours=1)
    await drain_later(sender, clock, days=1)
    assert len(request.sent()) == 1


@pytest.mark.parametrize(
    "failure",
    ["pool timeout", "connection refused", "500"],
    ids=str,
)
async def test_a_send_that_never_reached_telegram_goes_out_once_later(
    rt: Runtime, clock: FakeClock, failure: str
) -> None:
    bot, request = mocked_bot()
    sender = OutboxSender(rt, bot)
    row_id = queue_for_ben(rt)
    if failure == "500":
        request.refuse(500, "Internal Server Error")
    else:
        request.fail(await raised_by_httpx_request(TRANSPORT_FAILURES[failure][0]))
    await sender.drain()
    row = row_of(rt, row_id)
    assert row.status == sending.PENDING and row.due_at > clock()
    await drain_later(sender, clock, seconds=1)
    assert len(request.sent()) == 1  # not before the backoff
    request.answer()
    await drain_later(sender, clock, seconds=5)
    assert row_of(rt, row_id).status == sending.SENT
    await drain_later(sender, clock, hours=1)
    assert [p["text"] for p in request.sent()] == ["from Ana", "from Ana"]


async def test_never_reaching_telegram_is_given_up_after_max_attempts(
    rt: Runtime, clock: FakeClock
) -> None:
    bot, request = mocked_bot()
    sender = OutboxSender(rt, bot)
    row_id = queue_for_ben(rt)
    for _ in range(MAX_ATTEMPTS):
        request.refuse(502, "Bad Gateway")
        await drain_later(sender, clock, minutes=10)
    assert row_of(rt, row_id).status == sending.FAILED
    await drain_later(sender, clock, hours=1)
    assert len(request.sent()) == MAX_ATTEMPTS


async def test_rate_limited_waits_as_told(rt: Runtime, clock: FakeClock) -> None:
    bot, request = mocked_bot()
    sender = OutboxSender(rt, bot)
    row_id = queue_for_ben(rt)
    request.refuse(429, "Too Many Requests: retry after 30", retry_after=30)
    await sender.drain()
    assert row_of(rt, row_id).due_at == clock() + timedelta(seconds=30)
    await drain_later(sender, clock, seconds=29)
    assert len(request.sent()) == 1
    request.answer()
    await drain_later(sender, clock, seconds=1)
    assert row_of(rt, row_id).status == sending.SENT


async def test_blocked_marks_the_person_and_tells_the_sender_once(
    rt: Runtime, clock: FakeClock
) -> None:
    bot, request = mocked_bot()
    sender = OutboxSender(rt, bot)
    first, second = queue_for_ben(rt, "one"), queue_for_ben(rt, "two")
    request.refuse(403, "Forbidden: bot was blocked by the user")
    request.refuse(403, "Forbidden: bot was blocked by the user")
    request.answer()  # the notice to Ana
    await sender.drain()
    assert {row_of(rt, first).status, row_of(rt, second).status} == {sending.FAILED}
    with unit_of_work(rt.engine) as session:
        ben = get_user(session, BEN)
        assert ben is not None and not ben.reachable
    to_ana = [p["text"] for p in request.sent() if p["chat_id"] == ANA]
    assert len(to_ana) == 1 and "couldn't deliver" in to_ana[0]


async def test_a_migrated_group_gets_the_message_at_its_new_id(
    rt: Runtime, clock: FakeClock
) -> None:
    bot, request = mocked_bot()
    sender = OutboxSender(rt, bot)
    with unit_of_work(rt.engine) as session:
        for text in ("one", "two"):
            outbox.enqueue(
                session, chat_id=-5, kind="group", text=text, due_at=clock(), now=clock()
            )
    request.refuse(400, "Bad Request: group chat was upgraded", migrate_to_chat_id=-1005)
    request.answer()
    request.answer()
    await sender.drain()
    assert [(p["chat_id"], p["text"]) for p in request.sent()] == [
        (-5, "one"),
        (-1005, "one"),
        (-1005, "two"),
    ]
    with unit_of_work(rt.engine) as session:
        assert {r.status for r in session.exec(select(Outbox))} == {sending.SENT}


async def test_a_bad_request_fails_for_good(rt: Runtime, clock: FakeClock) -> None:
    bot, request = mocked_bot()
    sender = OutboxSender(rt, bot)
    row_id = queue_for_ben(rt)
    request.refuse(400, "Bad Request: can't parse entities")
    await sender.drain()
    await drain_later(sender, clock, hours=1)
    assert row_of(rt, row_id).status == sending.FAILED and len(request.sent()) == 1


async def test_a_claim_left_by_a_dead_process_becomes_unknown(
    rt: Runtime, clock: FakeClock
) -> None:
    row_id = queue_for_ben(rt)
    item = send_policy.claim_next(rt, OUTBOX)
    assert isinstance(item, Outgoing) and item.id == row_id
    clock.advance(minutes=9)
    assert send_policy.expire_stale_claims(rt, OUTBOX) == 0
    clock.advance(minutes=2)
    assert send_policy.expire_stale_claims(rt, OUTBOX) == 1
    assert row_of(rt, row_id).status == sending.UNKNOWN
    assert send_policy.claim_next(rt, OUTBOX) is None


async def test_the_log_names_the_row_and_telegrams_reason_never_the_text(
    rt: Runtime, caplog: pytest.LogCaptureFixture
) -> None:
    bot, request = mocked_bot()
    row_id = queue_for_ben(rt, "our very private words")
    request.refuse(400, "Bad Request: can't parse entities")
    with caplog.at_level(logging.INFO):
        await OutboxSender(rt, bot).drain()
    (line,) = [r.getMessage() for r in caplog.records if r.name == "bot.sending"]
    assert f"outbox {row_id}: refused" in line and "Can't parse entities" in line
    assert "private words" not in caplog.text

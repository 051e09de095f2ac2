"""Issue 7, delivery correctness, tried against the outbox sender (review, 2026-11-30).

The outbox sender (``bot/delivery.py``) keeps its own error handling apart from the
daily sender's ``_never_reached_telegram``: a dropped connection after Telegram took
the message is resent, a pool timeout (the request never left the process) is given
up, and a drain claims up to 50 rows at once so a crash leaves them all in doubt.
``bot/delivery.py`` and ``bot/services/deliveries.py`` are being rewritten (one
sender, issue 8 item 2); these tests say what the rewrite has to make true.
"""

from __future__ import annotations

import asyncio
from types import SimpleNamespace
from typing import Any

import httpx
from sqlalchemy import Engine
from sqlmodel import select
from telegram.error import NetworkError, TimedOut

from bot.delivery import OutboxSender
from bot.runtime import Runtime
from bot.settings import Settings
from storage import outbox
from storage.db import unit_of_work
from storage.models import Outbox
from tests.conftest import FakeClock

CHAT = 1001


class Killed(BaseException):
    """Stands for kill -9: nothing after it runs."""


class ScriptedBot:
    """Answers each send_message with the next scripted outcome (None = delivered)."""

    def __init__(self, *outcomes: BaseException | None) -> None:
        self._outcomes = list(outcomes)
        self.sent: list[str] = []

    async def send_message(self, chat_id: int, text: str, **_: Any) -> SimpleNamespace:
        outcome = self._outcomes.pop(0) if self._outcomes else None
        if outcome is not None:
            raise outcome
        self.sent.append(text)
        return SimpleNamespace(message_id=len(self.sent))


def _raised_from(error: BaseException, cause: BaseException) -> BaseException:
    error.__cause__ = cause
    return error


def _queue(engine: Engine, clock: FakeClock, count: int) -> None:
    with unit_of_work(engine) as session:
        for n in range(count):
            outbox.enqueue(
                session, chat_id=CHAT, kind="relay", text=f"m{n}", due_at=clock(), now=clock()
            )


def _statuses(engine: Engine) -> list[str]:
    with unit_of_work(engine) as session:
        return [row.status for row in session.exec(select(Outbox).order_by(Outbox.id))]  # type: ignore[arg-type]


def _drain(engine: Engine, clock: FakeClock, bot: ScriptedBot) -> None:
    rt = Runtime(settings=Settings(_env_file=None), engine=engine, clock=clock)  # type: ignore[call-arg]
    sender = OutboxSender(rt, bot)  # type: ignore[arg-type]
    try:
        asyncio.run(sender.drain())
    except* Killed:
        pass  # the process is gone: what the database says is what a restart finds


def test_a_connection_dropped_after_sending_is_never_resent(
    engine: Engine, clock: FakeClock
) -> None:
    _queue(engine, clock, 1)
    dropped = _raised_from(
        NetworkError("httpx.RemoteProtocolError: Server disconnected"),
        httpx.RemoteProtocolError("gone"),
    )
    _drain(engine, clock, ScriptedBot(dropped))
    assert _statuses(engine) != [outbox.PENDING]


def test_a_pool_timeout_is_retried(engine: Engine, clock: FakeClock) -> None:
    _queue(engine, clock, 1)
    pool = _raised_from(
        TimedOut("Pool timeout: All connections in the connection pool are occupied."),
        httpx.PoolTimeout("busy"),
    )
    _drain(engine, clock, ScriptedBot(pool))
    assert _statuses(engine) == [outbox.PENDING]


def test_a_read_timeout_is_never_resent(engine: Engine, clock: FakeClock) -> None:
    _queue(engine, clock, 1)
    read = _raised_from(TimedOut(), httpx.ReadTimeout("slow"))
    _drain(engine, clock, ScriptedBot(read))
    assert _statuses(engine) != [outbox.PENDING]


def test_a_crash_between_two_sends_leaves_only_the_message_in_flight_in_doubt(
    engine: Engine, clock: FakeClock
) -> None:
    _queue(engine, clock, 5)
    _drain(engine, clock, ScriptedBot(None, Killed()))
    assert _statuses(engine) == [
        outbox.SENT,
        outbox.SENDING,
        outbox.PENDING,
        outbox.PENDING,
        outbox.PENDING,
    ]

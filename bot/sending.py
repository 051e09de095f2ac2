"""The one sender: claim a row, send it, record what Telegram answered.

Used by both queues (the outbox, ``bot/delivery.py``, and the daily prompts,
``bot/daily_jobs.py``). The rule book (what each answer does to the row, how
often to retry) is ``bot/services/send_policy.py``; this module only talks to
Telegram and sorts its answers (:func:`classify`).
"""

from __future__ import annotations

import asyncio
import logging
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass
from datetime import timedelta
from typing import Any, Final

import httpx
from telegram import Bot, ForceReply
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import Application

from bot import http_transport
from bot.other_sends import OtherSends
from bot.render import inline_keyboard
from bot.runtime import Runtime
from bot.send_budget import bulk_sends
from bot.services import send_policy
from bot.services.send_policy import Outcome, Outgoing, SendQueue, Verdict
from bot.weekly_card import render_card
from flows.model import Reply

log = logging.getLogger(__name__)

# Transport failures that prove the request never left: no free connection in
# the pool (PTB says so: "Request was *not* sent"), or none could be opened. For
# either transport (TELEGRAM_HTTP_CLIENT): PTB's httpx, or aiohttp's in bot/http_transport.py.
_NEVER_SENT: Final = (
    httpx.PoolTimeout,
    httpx.ConnectError,
    httpx.ConnectTimeout,
    *http_transport.NEVER_SENT,
)


def classify(exc: TelegramError) -> Verdict:
    """What a failed send means for the message (see :class:`Outcome`)."""
    cause = exc.__cause__
    reason = f"{type(exc).__name__}: {type(cause).__name__ if cause else exc.message}"
    if isinstance(exc, RetryAfter):
        return Verdict(Outcome.RATE_LIMITED, retry_after=_seconds(exc.retry_after), reason=reason)
    if isinstance(exc, Forbidden):
        return Verdict(Outcome.BLOCKED, reason=reason)
    if isinstance(exc, ChatMigrated):
        return Verdict(Outcome.CHAT_MIGRATED, new_chat_id=exc.new_chat_id, reason=reason)
    if isinstance(exc, BadRequest):  # before NetworkError: BadRequest is one
        return Verdict(Outcome.REFUSED, reason=reason)
    if isinstance(exc, NetworkError):
        if _surely_not_delivered(exc):
            return Verdict(Outcome.NOT_DELIVERED, reason=reason)
        return Verdict(Outcome.MAY_HAVE_ARRIVED, reason=reason)
    # InvalidToken, Conflict, EndPointNotFound: a setup problem, not this message's.
    return Verdict(Outcome.REFUSED, reason=reason)


def _surely_not_delivered(exc: NetworkError) -> bool:
    """True if Telegram surely did not take the message, so sending again cannot double it.

    The transport raises ``TimedOut``/``NetworkError`` *from* the httpx or aiohttp
    error that caused it. A pool timeout or a failed connect never carried the request. With no
    transport cause at all, Telegram answered, with a server error (5xx), and
    did not take it. Anything else (a read or write timeout, a connection dropped
    after the request was written, an error PTB could not place) may have
    delivered it: at most once beats at least once.
    """
    cause = exc.__cause__
    if isinstance(cause, _NEVER_SENT):
        return True
    if isinstance(exc, TimedOut):
        return False
    # An answer from Telegram: no cause, or the unreadable body of an error answer.
    return cause is None or isinstance(cause, TelegramError)


def _seconds(value: float | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def markup_of(reply: Reply) -> Any:
    if reply.force_reply:
        # Everyone in the group (both partners) gets the reply box.
        return ForceReply(selective=False, input_field_placeholder=reply.placeholder or None)
    return inline_keyboard(reply.buttons)


async def attempt(bot: Bot, item: Outgoing, photo: bytes | None = None) -> Verdict:
    """Send one claimed message (a photo with its caption when ``photo`` is given);
    never raises for an answer from Telegram or a bug."""
    try:
        if photo is not None:
            message = await bot.send_photo(
                item.chat_id, photo, caption=item.reply.text, reply_markup=markup_of(item.reply)
            )
        else:
            message = await bot.send_message(
                item.chat_id, item.reply.text, reply_markup=markup_of(item.reply)
            )
    except TelegramError as exc:
        return classify(exc)
    except Exception:
        # A bug, not Telegram: we cannot tell whether it went out, so never resend.
        log.exception("send of %s failed", item.id)
        return Verdict(Outcome.MAY_HAVE_ARRIVED, reason="a bug while sending")
    return Verdict(Outcome.SENT, message_id=message.message_id)


# Places the fan-out keeps free while someone is talking to the bot: one step of a
# conversation sends up to three messages (the pressed question closed, the next one,
# a message to the partner), and they must not meet a full window.
TALK_RESERVE: Final = 3


class Pacer:
    """At most ``limit`` sends in any ``window`` seconds, the way Telegram counts them.

    A send holds its place from the moment it starts until ``window`` after its
    answer came back. Telegram counted it somewhere in between, so however the
    requests bunch up on the way, no sliding window at Telegram's end ever sees
    more than ``limit`` of ours. :meth:`hold` pauses everyone after a 429.
    """

    def __init__(
        self,
        limit: int,
        window: float = 1.0,
        margin: float = 0.005,
        *,
        others: OtherSends | None = None,
        reserve: int = TALK_RESERVE,
    ) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self._limit = limit
        self._window = window + margin
        self._in_flight = 0
        self._answered: deque[float] = deque()
        self._hold_until = 0.0
        # The bot's other messages share Telegram's budget (bot/other_sends.py).
        self._others = others
        self._reserve = reserve

    async def acquire(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            while self._answered and self._answered[0] <= now - self._window:
                self._answered.popleft()
            if now >= self._hold_until and self._taken(now) < self._limit:
                self._in_flight += 1
                return
            if now < self._hold_until:
                wake = self._hold_until
            else:
                expiries = [self._answered[0] + self._window] if self._answered else []
                other = self._others.oldest_expires_at() if self._others is not None else None
                if other is not None:
                    expiries.append(other)
                # With none, all places are in flight (or kept free): look again shortly.
                wake = min(expiries) if expiries else now + 0.005
            await asyncio.sleep(max(wake - now, 0.001))

    def _taken(self, now: float) -> int:
        taken = self._in_flight + len(self._answered)
        if self._others is not None:
            taken += self._others.in_window(now)
            if self._others.talking(now):
                taken += self._reserve
        return taken

    def release(self, *, sent: bool) -> None:
        """After the answer (``sent``: a request went out), or without sending anything."""
        self._in_flight -= 1
        if sent:
            self._answered.append(asyncio.get_running_loop().time())

    def hold(self, seconds: float) -> None:
        resume = asyncio.get_running_loop().time() + seconds
        self._hold_until = max(self._hold_until, resume)


@dataclass
class SendReport:
    sent: int = 0
    not_sent: int = 0


class QueueSender:
    """Drains one send queue: ``workers`` sends at a time, each claim → send → settle.

    Rows are claimed one at a time, right before their send: if the process dies
    (or the drain is cancelled) part way, only the rows in flight are left
    ``sending`` (later ``unknown``, never resent); the rest stay ``pending`` and
    go out on the next drain. One drain at a time per process; other processes
    are kept apart by the claim in the database.
    """

    def __init__(
        self,
        rt: Runtime,
        bot: Bot,
        queue: SendQueue[Any],
        *,
        workers: int = 1,
        pacer: Pacer | None = None,
    ) -> None:
        self._rt = rt
        self._bot = bot
        self._queue = queue
        self._workers = workers
        self._pacer = pacer
        self._lock = asyncio.Lock()

    @property
    def busy(self) -> bool:
        return self._lock.locked()

    def kick(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """Start a drain now unless one is running (it picks up new rows as it goes)."""
        if app.running and not self.busy:
            app.create_task(self.drain(), name=f"{self._queue.name}-drain")

    async def drain(self, keep_going: Callable[[], bool] = lambda: True) -> SendReport:
        """Send everything due, until nothing is left or ``keep_going()`` is False."""
        report = SendReport()
        # Bulk: replies to people who are talking to the bot go first (bot/send_budget.py).
        with bulk_sends():
            await self._drain(report, keep_going)
        return report

    async def _drain(self, report: SendReport, keep_going: Callable[[], bool]) -> None:
        async with self._lock, asyncio.TaskGroup() as group:
            for _ in range(self._workers):
                group.create_task(self._work(report, keep_going))

    async def _work(self, report: SendReport, keep_going: Callable[[], bool]) -> None:
        while keep_going():
            # Wait for our turn before claiming, so that a stop or a crash while
            # waiting leaves the row pending rather than half-sent.
            if self._pacer is not None:
                await self._pacer.acquire()
            sent: bool | None = None
            try:
                if keep_going():
                    sent = await self.send_next()
            except BaseException:
                sent = True  # cancelled or dying mid-send: count the request as made
                raise
            finally:
                if self._pacer is not None:
                    self._pacer.release(sent=sent is not None)
            if sent is None:
                return
            if sent:
                report.sent += 1
            else:
                report.not_sent += 1

    async def send_next(self) -> bool | None:
        """Claim, send and settle the next due row: True sent, False not, None none due."""
        rt, queue = self._rt, self._queue
        item = await rt.workers.run_short(send_policy.claim_next, rt, queue)
        while item == send_policy.PASSED_OVER:
            # Let the loop breathe between rounds: on the loop, a claim never awaits.
            await asyncio.sleep(0)
            item = await rt.workers.run_short(send_policy.claim_next, rt, queue)
        if not isinstance(item, Outgoing):
            return None
        # Drawn off the event loop and outside the claim's transaction.
        photo = None if item.card is None else await rt.workers.run(render_card, item.card)
        verdict = await attempt(self._bot, item, photo)
        if verdict.outcome is Outcome.RATE_LIMITED and self._pacer is not None:
            self._pacer.hold(verdict.retry_after)
        await rt.workers.run_short(send_policy.settle, rt, queue, item, verdict)
        if verdict.outcome is not Outcome.SENT:
            # Ids and outcomes only: never the text.
            log.warning(
                "%s %s: %s, attempt %s (%s)",
                queue.name,
                item.id,
                verdict.outcome,
                item.attempts,
                verdict.reason,
            )
        return verdict.outcome is Outcome.SENT

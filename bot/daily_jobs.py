"""The daily-prompt tick: find what is due in the database, claim it, send it.

Why one repeating tick over the database, not one APScheduler job per user:

* The schedule is data people change (zone, time, days, pause) and it already
  lives in SQLite. An APScheduler job store would be a second copy to keep in
  step, and several processes cannot share one: each in-memory store would fire
  every job once per process, and a shared persistent store has no lock.
* The tick asks the database what is due through an index
  (``daily_schedule.next_due_at <= now``), so its cost grows with what is due,
  not with how many people are registered, and start-up loads nothing: with
  100,000 users there are still no jobs to rebuild. Prompts missed while the
  bot was down (up to 3 hours) are simply due on the first tick; older ones
  are skipped over quietly.
* The lock is a row: a ``PromptDelivery`` unique per (user, local date), or
  (group, local date), is inserted and committed before sending, and a send is
  attempted only by whoever moved that row from ``queued`` to ``sending``. Two
  processes, two ticks or a restart can therefore never send the same prompt
  twice; a crash in the middle of one send loses that one prompt instead.

Sending is paced here (:class:`Pacer`: at most 30 in any second, counted the
way Telegram counts them), with a few sends in flight at once so network
latency does not cap the rate. PTB's ``AIORateLimiter`` still sits underneath
for everything the bot sends, and a 429 that gets through pauses the pacer.
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections import deque
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final

import httpx
from telegram import Bot, ForceReply, Message
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
)
from telegram.ext import Application, CallbackContext

from bot.delivery import OutboxSender
from bot.render import inline_keyboard
from bot.runtime import Runtime
from bot.send_budget import bulk_sends, daily_pacing
from bot.services import daily_planning, daily_schedule, daily_sending
from flows.model import Reply

log = logging.getLogger(__name__)

DEFAULT_TICK_SECONDS: Final = 30.0
# Telegram's "about 30 messages per second", counted as at most 30 in any second.
DEFAULT_SEND_RATE: Final = 30
DEFAULT_CONCURRENCY: Final = 8
# The full-table check that schedules match their users' settings.
RECONCILE_EVERY: Final = timedelta(minutes=10)
JOB_NAME: Final = "daily"
STATE_KEY: Final = "daily"
SEND_BATCH: Final = 200

AnyApp = Application[Any, Any, Any, Any, Any, Any]


class Pacer:
    """At most ``limit`` sends in any ``window`` seconds, the way Telegram counts them.

    A send holds its place from the moment it starts until ``window`` after its
    answer came back. Telegram counted it somewhere in between, so however the
    requests bunch up on the way, no sliding window at Telegram's end ever sees
    more than ``limit`` of ours. :meth:`hold` pauses everyone after a 429.
    """

    def __init__(self, limit: int, window: float = 1.0, margin: float = 0.005) -> None:
        if limit < 1:
            raise ValueError("limit must be at least 1")
        self._limit = limit
        self._window = window + margin
        self._in_flight = 0
        self._answered: deque[float] = deque()
        self._hold_until = 0.0

    async def acquire(self) -> None:
        loop = asyncio.get_running_loop()
        while True:
            now = loop.time()
            while self._answered and self._answered[0] <= now - self._window:
                self._answered.popleft()
            if now >= self._hold_until and self._in_flight + len(self._answered) < self._limit:
                self._in_flight += 1
                return
            if now < self._hold_until:
                wake = self._hold_until
            elif self._answered:
                wake = self._answered[0] + self._window
            else:
                wake = now + 0.005  # all places are in flight: look again shortly
            await asyncio.sleep(max(wake - now, 0.001))

    def release(self, *, sent: bool) -> None:
        """After the answer (``sent``: a request went out), or without sending anything."""
        self._in_flight -= 1
        if sent:
            self._answered.append(asyncio.get_running_loop().time())

    def hold(self, seconds: float) -> None:
        resume = asyncio.get_running_loop().time() + seconds
        self._hold_until = max(self._hold_until, resume)


def _seconds(value: float | timedelta) -> float:
    return value.total_seconds() if isinstance(value, timedelta) else float(value)


def _never_reached_telegram(exc: NetworkError) -> bool:
    """True if the request surely did not arrive (safe to send again).

    An error answer from Telegram (5xx) has no transport cause; a connection
    that could not be opened (or no free connection in the pool) never carried
    the request. A read or write timeout, or a dropped connection, may have
    delivered it, so those are not retried: at most once beats at least once.
    """
    cause = exc.__cause__
    if cause is None:
        return True
    return isinstance(cause, httpx.ConnectError | httpx.ConnectTimeout | httpx.PoolTimeout)


def _markup(reply: Reply) -> Any:
    if reply.force_reply:
        # Everyone in the group (both partners) gets the reply box.
        return ForceReply(selective=False, input_field_placeholder="Your answer")
    return inline_keyboard(reply.buttons)


@dataclass
class SendReport:
    sent: int = 0
    not_sent: int = 0


class DailySender:
    """Sends queued prompt deliveries. One drain at a time per process; other
    processes are kept apart by the ``queued → sending`` claim in the database."""

    def __init__(
        self,
        rt: Runtime,
        bot: Bot,
        *,
        rate: int = DEFAULT_SEND_RATE,
        concurrency: int = DEFAULT_CONCURRENCY,
    ) -> None:
        self._rt = rt
        self._bot = bot
        self._pacer = Pacer(rate)
        self._slots = asyncio.Semaphore(concurrency)
        self._lock = asyncio.Lock()
        self._halted = False

    @property
    def busy(self) -> bool:
        return self._lock.locked()

    async def drain(self, keep_going: Callable[[], bool] = lambda: True) -> SendReport:
        """Send every delivery that is due, until none is left or ``keep_going()`` is False.

        A few sends are in flight at once. If the process dies (or this task is
        cancelled) part way, rows not yet taken stay ``queued`` and go out on the
        next start; rows in flight stay ``sending`` and are never sent again.
        """
        # Bulk: replies to people who are talking to the bot go first (bot/send_budget.py).
        with bulk_sends():
            return await self._drain(keep_going)

    async def _drain(self, keep_going: Callable[[], bool]) -> SendReport:
        report = SendReport()
        async with self._lock:
            self._halted = False
            previous: list[int] = []
            while keep_going():
                ids = await self._rt.workers.run(
                    daily_sending.due_delivery_ids, self._rt, limit=SEND_BATCH
                )
                if not ids or ids == previous:
                    break
                previous = ids
                async with asyncio.TaskGroup() as group:
                    tasks = [group.create_task(self._send_slot(i, keep_going)) for i in ids]
                for task in tasks:
                    if task.result() is True:
                        report.sent += 1
                    elif task.result() is False:
                        report.not_sent += 1
        return report

    async def _send_slot(self, delivery_id: int, keep_going: Callable[[], bool]) -> bool | None:
        async with self._slots:
            if self._halted or not keep_going():
                return None
            # Wait for our turn before taking the row, so that a stop or a crash
            # while waiting leaves it queued rather than half-sent.
            await self._pacer.acquire()
            result: bool | None = None
            try:
                if self._halted or not keep_going():
                    return None
                result = await self.send_one(delivery_id)
                return result
            except BaseException:
                # Cancelled, interrupted or dying: the other slots take no new rows.
                self._halted = True
                result = True
                raise
            finally:
                self._pacer.release(sent=result is not None)

    async def send_one(self, delivery_id: int) -> bool | None:
        """Claim, send and record one delivery. True sent, False failed, None not ours."""
        rt = self._rt
        item = await rt.workers.run(daily_sending.prepare, rt, delivery_id)
        if item is None:
            return None
        try:
            message: Message = await self._bot.send_message(
                item.chat_id, item.reply.text, reply_markup=_markup(item.reply)
            )
        except RetryAfter as exc:
            wait = _seconds(exc.retry_after)
            self._pacer.hold(wait)
            await rt.workers.run(daily_sending.retry_after, rt, delivery_id, wait)
            log.warning("daily %s: rate limited, again in %.0fs", delivery_id, wait)
            return False
        except Forbidden:
            await rt.workers.run(daily_sending.blocked, rt, delivery_id)
            log.info("daily %s: recipient blocked the bot", delivery_id)
            return False
        except ChatMigrated as exc:
            if item.group:
                await rt.workers.run(daily_sending.group_migrated, rt, delivery_id, exc.new_chat_id)
            else:
                await rt.workers.run(daily_sending.failed, rt, delivery_id)
            log.info("daily %s: group migrated", delivery_id)
            return False
        except BadRequest as exc:
            await rt.workers.run(daily_sending.failed, rt, delivery_id)
            log.warning("daily %s: bad request (%s)", delivery_id, exc.message)
            return False
        except NetworkError as exc:
            if _never_reached_telegram(exc):
                await rt.workers.run(daily_sending.network_error, rt, delivery_id)
                log.warning("daily %s: network error, will retry", delivery_id)
            else:
                await rt.workers.run(daily_sending.maybe_sent, rt, delivery_id)
                log.warning(
                    "daily %s: no answer (%s), not resending", delivery_id, type(exc).__name__
                )
            return False
        except TelegramError as exc:
            await rt.workers.run(daily_sending.failed, rt, delivery_id)
            log.warning("daily %s: rejected (%s)", delivery_id, type(exc).__name__)
            return False
        except Exception:
            # A bug, not Telegram: we cannot tell whether it went out, so never resend.
            await rt.workers.run(daily_sending.maybe_sent, rt, delivery_id)
            log.exception("daily %s: failed while sending", delivery_id)
            return False
        await rt.workers.run(daily_sending.mark_sent, rt, delivery_id, message.message_id)
        return True


@dataclass
class TickReport:
    claimed: int = 0
    dropped: int = 0
    nudges: int = 0
    weekly: int = 0
    reconciled: int = 0
    plan_seconds: float = 0.0
    sent: SendReport = field(default_factory=SendReport)


@dataclass
class DailyState:
    sender: DailySender
    reconciled_at: datetime | None = None


def _app_of(app_or_context: AnyApp | CallbackContext[Any, Any, Any, Any]) -> AnyApp:
    if isinstance(app_or_context, CallbackContext):
        app: AnyApp = app_or_context.application
        return app
    return app_or_context


def _setting(rt: Runtime, name: str, default: float) -> float:
    # Read leniently so the tick works before the settings fields exist.
    return float(getattr(rt.settings, name, default) or default)


def state_of(app: AnyApp) -> DailyState:
    state: DailyState | None = app.bot_data.get(STATE_KEY)
    if state is None:
        rt: Runtime = app.bot_data["runtime"]
        rate = int(_setting(rt, "daily_send_rate", DEFAULT_SEND_RATE))
        rate, concurrency = daily_pacing(app.bot, rate, DEFAULT_CONCURRENCY)
        sender = DailySender(rt, app.bot, rate=rate, concurrency=concurrency)
        state = DailyState(sender=sender)
        app.bot_data[STATE_KEY] = state
    return state


async def run_daily_tick(
    app_or_context: AnyApp | CallbackContext[Any, Any, Any, Any], *, wait: bool = True
) -> TickReport:
    """One tick: claim what is due (prompts, nudges, weekly summaries) and send it.

    With ``wait`` (tests, start-up) this waits for a send already in progress
    and then sends what is left; without it (the repeating job) it only plans
    when another tick is still sending, since that drain picks up new claims.
    """
    app = _app_of(app_or_context)
    rt: Runtime = app.bot_data["runtime"]
    state = state_of(app)
    report = TickReport()
    started = time.perf_counter()
    await rt.workers.run(daily_sending.expire_stuck, rt)
    now = rt.clock()
    if state.reconciled_at is None or now - state.reconciled_at >= RECONCILE_EVERY:
        report.reconciled = await rt.workers.run(daily_schedule.reconcile, rt)
        state.reconciled_at = now
    while (planned := await rt.workers.run(daily_planning.plan_deliveries, rt)).processed:
        report.claimed += planned.claimed
        report.dropped += planned.dropped
        await asyncio.sleep(0)  # let updates in between batches
    while (weekly := await rt.workers.run(daily_planning.plan_weekly, rt)).processed:
        report.weekly += weekly.claimed
        await asyncio.sleep(0)
    report.nudges = await rt.workers.run(daily_planning.plan_nudges, rt)
    report.plan_seconds = time.perf_counter() - started
    if report.nudges or report.weekly:
        outbox: OutboxSender | None = app.bot_data.get("outbox")
        if outbox is not None:
            await outbox.drain()
    if wait or not state.sender.busy:
        report.sent = await state.sender.drain(keep_going=lambda: app.running)
    rt.daily_tick_finished(time.perf_counter() - started)
    return report


async def _tick_job(context: CallbackContext[Any, Any, Any, Any]) -> None:
    await run_daily_tick(context, wait=False)


def schedule_daily_jobs(app: AnyApp) -> None:
    """Add the repeating tick (call from post_init, after the runtime exists).

    It runs at once on start-up (so missed prompts go out), then every
    ``DAILY_TICK_SECONDS``. Two instances may overlap: a tick that finds the
    sender busy only plans and returns.
    """
    rt: Runtime = app.bot_data["runtime"]
    assert app.job_queue is not None
    app.job_queue.run_repeating(
        _tick_job,
        interval=_setting(rt, "daily_tick_seconds", DEFAULT_TICK_SECONDS),
        first=0,
        name=JOB_NAME,
        job_kwargs={"max_instances": 2, "coalesce": True, "misfire_grace_time": None},
    )

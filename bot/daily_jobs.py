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
  attempted only by whoever moved that row from ``pending`` to ``sending``. Two
  processes, two ticks or a restart can therefore never send the same prompt
  twice; a crash in the middle of one send loses that one prompt instead.

Sending is ``bot/sending.py``'s, with the outbox's rule book, paced here
(:class:`~bot.sending.Pacer`: at most 30 in any second, counted the way
Telegram counts them), with a few sends in flight at once so network
latency does not cap the rate. PTB's ``AIORateLimiter`` still sits underneath
for everything the bot sends, and a 429 that gets through pauses the pacer.
"""

from __future__ import annotations

import asyncio
import time
from dataclasses import dataclass, field
from datetime import datetime, timedelta
from typing import Any, Final

from telegram import Bot
from telegram.ext import Application, CallbackContext

from bot.delivery import OutboxSender
from bot.other_sends import IN_FANOUT, OtherSends
from bot.runtime import Runtime
from bot.send_budget import daily_pacing
from bot.sending import Pacer, QueueSender, SendReport
from bot.services import daily_planning, daily_schedule, send_policy
from bot.services.daily_sending import DAILY, DailyQueue
from bot.services.deliveries import OUTBOX

DEFAULT_TICK_SECONDS: Final = 30.0
# Telegram's "about 30 messages per second", counted as at most 30 in any second.
DEFAULT_SEND_RATE: Final = 30
DEFAULT_CONCURRENCY: Final = 8
# The full-table check that schedules match their users' settings.
RECONCILE_EVERY: Final = timedelta(minutes=10)
JOB_NAME: Final = "daily"
STATE_KEY: Final = "daily"

AnyApp = Application[Any, Any, Any, Any, Any, Any]


class DailySender(QueueSender):
    """Sends pending prompt deliveries, paced, a few at a time (``bot/sending.py``)."""

    def __init__(
        self,
        rt: Runtime,
        bot: Bot,
        *,
        rate: int = DEFAULT_SEND_RATE,
        concurrency: int = DEFAULT_CONCURRENCY,
        others: OtherSends | None = None,
    ) -> None:
        super().__init__(
            rt,
            bot,
            DailyQueue(rt.bot_username),
            workers=concurrency,
            pacer=Pacer(rate, others=others),
        )

    async def send_next(self) -> bool | None:
        # Marked as the fan-out's own: the pacer counts it already (bot/other_sends.py).
        fanout = IN_FANOUT.set(True)
        try:
            return await super().send_next()
        finally:
            IN_FANOUT.reset(fanout)


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
        # With a budget shared by several instances, it paces the questions instead.
        rate, concurrency = daily_pacing(app.bot, rate, DEFAULT_CONCURRENCY)
        metrics = app.bot_data.get("metrics")
        others = metrics.other_sends if metrics is not None else None
        sender = DailySender(rt, app.bot, rate=rate, concurrency=concurrency, others=others)
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
    await rt.workers.run(send_policy.expire_stale_claims, rt, DAILY)
    await rt.workers.run(send_policy.expire_stale_claims, rt, OUTBOX)
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

"""Prometheus metrics: one registry per Application, fed without touching any handler.

* Updates (count and handling time, by kind) come from a wrapper around the
  update processor, so every update is seen once, whichever handler takes it.
* Bot API calls (by method and outcome) come from the HTTP request object PTB
  sends everything through, so the outbox, the daily sender and the handlers
  are all counted, 429s included (each 429 answer, also the ones PTB's rate
  limiter waits out and retries).
* Backlogs (outbox depth, due prompts) are counted in the database on scrape.

Labels are bounded: kinds are a fixed set, methods are Bot API method names.
Nothing here ever sees message text or the token.
"""

from __future__ import annotations

import logging
import re
import time
from collections.abc import Awaitable, Callable, Generator, Iterator
from typing import Any, Final

from prometheus_client import CollectorRegistry, Counter, Gauge, Histogram, generate_latest
from prometheus_client.core import CounterMetricFamily
from prometheus_client.registry import Collector
from telegram import Update
from telegram._utils.types import ODVInput
from telegram.ext import BaseUpdateProcessor, filters
from telegram.request import BaseRequest, RequestData

from bot.other_sends import OtherSends
from bot.runtime import Runtime
from bot.services import operations
from bot.workers import WorkerThreads

log = logging.getLogger(__name__)

UPDATE_KINDS: Final = ("message", "command", "callback", "my_chat_member", "other")
API_OUTCOMES: Final = ("ok", "429", "4xx", "5xx", "network")
# Bot API method names are letters only; anything else is a file download path.
_METHOD = re.compile(r"[A-Za-z]{1,64}")

_HANDLING_BUCKETS: Final = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0)
_TICK_BUCKETS: Final = (0.01, 0.05, 0.1, 0.5, 1.0, 5.0, 10.0, 30.0, 60.0, 300.0, 900.0)


class Metrics:
    """Every series couplebot exposes, in a registry of its own (tests stay isolated)."""

    def __init__(self) -> None:
        self.registry = CollectorRegistry()
        # Messages sent besides the daily fan-out; the fan-out makes room for them.
        self.other_sends = OtherSends()
        r = self.registry
        self.updates = Counter(
            "couplebot_updates", "Updates received, by kind.", ["kind"], registry=r
        )
        self.update_seconds = Histogram(
            "couplebot_update_handling_seconds",
            "Time to handle one update (all handler groups), by kind.",
            ["kind"],
            buckets=_HANDLING_BUCKETS,
            registry=r,
        )
        self.api_requests = Counter(
            "couplebot_bot_api_requests",
            "Bot API requests by method and outcome (ok, 429, 4xx, 5xx, network).",
            ["method", "outcome"],
            registry=r,
        )
        self.api_rate_limited = Counter(
            "couplebot_bot_api_rate_limited",
            "429 Too Many Requests answers from the Bot API.",
            registry=r,
        )
        self.webhook_rejected = Counter(
            "couplebot_webhook_rejected",
            "Webhook requests refused (secret, too_large, malformed).",
            ["reason"],
            registry=r,
        )
        self.tick_seconds = Histogram(
            "couplebot_daily_tick_seconds",
            "Duration of one daily tick (plan, then send what is due).",
            buckets=_TICK_BUCKETS,
            registry=r,
        )
        self.outbox_pending = Gauge(
            "couplebot_outbox_pending",
            "Outbox rows waiting to be sent: due now, or scheduled for later.",
            ["due"],
            registry=r,
        )
        self.due_prompts = Gauge(
            "couplebot_due_prompt_backlog",
            "Daily prompts due but not sent: schedules not yet claimed, deliveries queued.",
            ["stage"],
            registry=r,
        )
        self.job_age = Gauge(
            "couplebot_job_last_finished_age_seconds",
            "Seconds since the daily tick or the outbox drain last finished.",
            ["job"],
            registry=r,
        )
        self.database_up = Gauge(
            "couplebot_database_up",
            "1 if the last scrape could count the backlog in the database.",
            registry=r,
        )
        self.short_use_cases = ShortUseCases()
        r.register(self.short_use_cases)
        self._api_children: dict[tuple[str, str], Counter] = {}
        self._update_children: dict[str, tuple[Counter, Histogram]] = {}
        # Pre-create the fixed label sets so dashboards see zeros, not gaps.
        for kind in UPDATE_KINDS:
            self.updates.labels(kind)
        for reason in ("secret", "too_large", "malformed"):
            self.webhook_rejected.labels(reason)

    def record_api_call(self, method: str, outcome: str) -> None:
        self._api_request(method, outcome).inc()
        if outcome == "429":
            self.api_rate_limited.inc()

    def record_update(self, kind: str) -> Callable[[float], None]:
        """Count an update of ``kind``; returns what observes its handling time."""
        counted, timed = self._update_metrics(kind)
        counted.inc()
        return timed.observe

    # Each labelled child looked up once (``labels()`` takes a lock and builds a key on
    # every call; these run for every update and every Bot API call). The label values
    # come from fixed sets (update kinds, API method names, outcomes), so these stay small.
    def _api_request(self, method: str, outcome: str) -> Counter:
        key = (method, outcome)
        child = self._api_children.get(key)
        if child is None:
            child = self._api_children[key] = self.api_requests.labels(method, outcome)
        return child

    def _update_metrics(self, kind: str) -> tuple[Counter, Histogram]:
        children = self._update_children.get(kind)
        if children is None:
            children = self._update_children[kind] = (
                self.updates.labels(kind),
                self.update_seconds.labels(kind),
            )
        return children

    def render(self, rt: Runtime | None) -> bytes:
        """Refresh the database gauges, then the exposition text. Blocking: run in a thread."""
        if rt is not None:
            self._refresh(rt)
        return generate_latest(self.registry)

    def _refresh(self, rt: Runtime) -> None:
        self.short_use_cases.workers = rt.workers
        now = rt.clock()
        for job, finished in (
            ("daily_tick", rt.last_daily_tick_at),
            ("outbox_drain", rt.last_outbox_drain_at),
        ):
            self.job_age.labels(job).set((now - (finished or rt.started_at)).total_seconds())
        try:
            backlog = operations.backlog(rt)
        except Exception as exc:
            self.database_up.set(0)
            log.warning("metrics: could not count the backlog (%s)", type(exc).__name__)
            return
        self.database_up.set(1)
        self.outbox_pending.labels("now").set(backlog.outbox.due)
        self.outbox_pending.labels("later").set(backlog.outbox.later)
        self.due_prompts.labels("schedule").set(backlog.prompts.schedules)
        self.due_prompts.labels("delivery").set(backlog.prompts.deliveries)


class ShortUseCases(Collector):
    """A person's short use cases since start, by where they ran (bot/workers.py): on the
    event loop, given way to a worker thread because another writer held SQLite's lock,
    or sent to a thread because one was busy. Read from the workers' own counts at each
    scrape: nothing is added per call."""

    def __init__(self) -> None:
        self.workers: WorkerThreads | None = None

    def collect(self) -> Iterator[CounterMetricFamily]:
        family = CounterMetricFamily(
            "couplebot_short_use_cases",
            "A person's short use cases (SQLite): run on the event loop, given way to a "
            "worker thread (another writer held the database), or behind a busy thread.",
            labels=["where"],
        )
        w = self.workers
        counts = (0, 0, 0) if w is None else (w.on_loop, w.gave_way, w.behind_thread)
        for where, count in zip(("loop", "gave_way", "behind_thread"), counts, strict=True):
            family.add_metric([where], count)
        yield family


def update_kind(update: object) -> str:
    if not isinstance(update, Update):
        return "other"
    if update.callback_query is not None:
        return "callback"
    if update.my_chat_member is not None:
        return "my_chat_member"
    if update.message is not None:
        try:
            return "command" if filters.COMMAND.check_update(update) else "message"
        except Exception:
            return "message"  # odd content: the handlers' error path deals with it
    return "other"


def api_method(url: str) -> str:
    last = url.rsplit("/", 1)[-1]
    return last if _METHOD.fullmatch(last) else "file"


def api_outcome(status: int) -> str:
    if 200 <= status <= 299:
        return "ok"
    if status == 429:
        return "429"
    return "5xx" if status >= 500 else "4xx"


class InstrumentedRequest(BaseRequest):
    """The HTTP transport PTB sends through (``inner``), counting each Bot API call
    by method and outcome."""

    def __init__(self, metrics: Metrics, inner: BaseRequest) -> None:
        self._metrics = metrics
        self._inner = inner

    @property
    def read_timeout(self) -> float | None:
        return self._inner.read_timeout

    async def initialize(self) -> None:
        await self._inner.initialize()

    async def shutdown(self) -> None:
        await self._inner.shutdown()

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
        name = api_method(url)
        try:
            status, payload = await self._inner.do_request(
                url,
                method,
                request_data,
                read_timeout,
                write_timeout,
                connect_timeout,
                pool_timeout,
            )
        except Exception:
            # Timeouts, refused or dropped connections: no answer from Telegram.
            self._metrics.record_api_call(name, "network")
            raise
        self._metrics.record_api_call(name, api_outcome(status))
        if 200 <= status <= 299:
            self._metrics.other_sends.note(name)
        return status, payload


class _Timed:
    """Awaits an update's handling and reports how long it took.

    ``close()`` reaches the handling itself: the inner processor may drop an update
    (a flooding chat) without running it, and then nothing is left un-awaited.
    """

    def __init__(self, coroutine: Awaitable[Any], observe: Callable[[float], None]) -> None:
        self._coroutine = coroutine
        self._observe = observe

    def __await__(self) -> Generator[Any, None, Any]:
        started = time.perf_counter()
        try:
            return (yield from self._coroutine.__await__())
        finally:
            self._observe(time.perf_counter() - started)

    def close(self) -> None:
        close = getattr(self._coroutine, "close", None)
        if close is not None:
            close()


class InstrumentedUpdateProcessor(BaseUpdateProcessor):
    """Wraps the real update processor: counts updates and times their handling.

    The timer starts when the inner processor runs the update (after waiting
    for its chat's turn), so it measures handling, not queueing.
    """

    def __init__(self, inner: BaseUpdateProcessor, metrics: Metrics) -> None:
        super().__init__(inner.max_concurrent_updates)
        self._inner = inner
        self._metrics = metrics

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        # Our semaphore (the inner one's size) was taken by process_update; the inner
        # processor's own ordering (one chat at a time) applies from here.
        timed = _Timed(coroutine, self._metrics.record_update(update_kind(update)))
        await self._inner.do_process_update(update, timed)

    async def initialize(self) -> None:
        await self._inner.initialize()

    async def shutdown(self) -> None:
        await self._inner.shutdown()

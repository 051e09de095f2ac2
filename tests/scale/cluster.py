"""Several couplebot instances as real processes on one PostgreSQL database, in webhook
mode behind a small round-robin forwarder, against the fake Bot API.

Shared by ``tests/scale/test_several_instances.py`` and ``bench/fanout_instances.py``:

* :func:`seed_due_users`: onboarded users whose daily question is due at ``DUE``.
* :class:`RoundRobinForwarder`: the reverse proxy. Each POST goes to the next instance;
  one that refuses the connection (killed) is skipped, as nginx's ``proxy_next_upstream``
  does.
* ``WebhookPusher(retry=True)`` (tests/e2e/webhook_harness.py): Telegram's webhook side.
  Posts each update the fake queued, in order, to the forwarder, and retries one that
  did not get a 2xx.
* :class:`Cluster`: spawns the instances (``tests/scale/instance.py``), waits until they
  are healthy, moves every instance's clock to ``DUE`` at once, kills and stops them.
"""

from __future__ import annotations

import asyncio
import contextlib
import os
import signal
import socket
import sys
import time
from collections import Counter
from pathlib import Path
from typing import Any

import httpx
import uvicorn
from sqlalchemy import insert

from bot.web import SECRET_HEADER
from flows.daily_timing import next_delivery
from playground.botapi import FakeBotApi
from storage.db import create_db_engine
from storage.models import DailySchedule, User
from tests.e2e.webhook_harness import WebhookPusher
from tests.scale.instance import BEFORE, DUE

ROOT = Path(__file__).resolve().parents[2]
SECRET = "several-instances-secret_0123456789"
WEBHOOK_PATH = "/telegram"
FIRST_DUE_USER = 1_000_000


def seed_due_users(database_url: str, count: int) -> list[int]:
    """``count`` onboarded users in UTC, each with the daily question due at ``DUE``."""
    now = DUE - BEFORE
    local = DUE.time()
    weekly = next_delivery(DUE.replace(hour=19).time(), "UTC", frozenset({6}), now)
    assert next_delivery(local, "UTC", frozenset(range(7)), now) == DUE
    ids = [FIRST_DUE_USER + i for i in range(count)]
    users = [
        {
            "id": uid,
            "first_name": f"User{uid}",
            "username": None,
            "timezone": "UTC",
            "prompt_time": local.strftime("%H:%M"),
            "pending_setting": None,
            "onboarded": True,
            "couple_id": None,
            "reachable": True,
            "created_at": now,
            "updated_at": now,
        }
        for uid in ids
    ]
    schedules = [
        {
            "user_id": uid,
            "zone": "UTC",
            "local_time": local.strftime("%H:%M"),
            "days": 0b1111111,
            "paused": False,
            "paused_until": None,
            "next_due_at": DUE,
            "last_scheduled_at": None,
            "weekly_day": 6,
            "weekly_time": "19:00",
            "weekly_due_at": weekly,
            "updated_at": now,
        }
        for uid in ids
    ]
    engine = create_db_engine(database_url)
    try:
        with engine.begin() as connection:
            connection.execute(insert(User), users)
            connection.execute(insert(DailySchedule), schedules)
    finally:
        engine.dispose()
    return ids


def free_socket() -> socket.socket:
    return socket.create_server(("127.0.0.1", 0))


class RoundRobinForwarder:
    """An ASGI reverse proxy: each request to the next instance that takes it."""

    def __init__(self, backends: list[str]) -> None:
        self.backends = backends
        self.forwarded: Counter[str] = Counter()
        self.skipped: Counter[str] = Counter()
        self._next = 0
        self._client = httpx.AsyncClient(timeout=10)

    async def __call__(self, scope: dict[str, Any], receive: Any, send: Any) -> None:
        if scope["type"] != "http":
            return
        body, more = b"", True
        while more:
            message = await receive()
            body += message.get("body", b"")
            more = message.get("more_body", False)
        keep = {SECRET_HEADER.lower().encode(), b"content-type"}
        headers = {k.decode(): v.decode() for k, v in scope["headers"] if k.lower() in keep}
        status = 502
        for _ in self.backends:
            backend = self.backends[self._next % len(self.backends)]
            self._next += 1
            try:
                response = await self._client.post(
                    backend + scope["path"], content=body, headers=headers
                )
            except httpx.TransportError:
                self.skipped[backend] += 1
                continue
            self.forwarded[backend] += 1
            status = response.status_code
            break
        await send({"type": "http.response.start", "status": status, "headers": []})
        await send({"type": "http.response.body", "body": b""})

    async def aclose(self) -> None:
        await self._client.aclose()


class Instance:
    def __init__(self, index: int, process: asyncio.subprocess.Process, port: int) -> None:
        self.index = index
        self.process = process
        self.port = port
        self.base = f"http://127.0.0.1:{port}"


class Cluster:
    """``size`` instances behind one forwarder; use as ``async with``."""

    def __init__(
        self, api: FakeBotApi, database_url: str, size: int, workdir: Path, **env: str
    ) -> None:
        self.api = api
        self.database_url = database_url
        self.size = size
        self.workdir = workdir
        self.env = env
        self.instances: list[Instance] = []
        self.jump_file = workdir / "jump_at"
        self._forwarder_socket = free_socket()
        port = self._forwarder_socket.getsockname()[1]
        self.webhook_url = f"http://127.0.0.1:{port}{WEBHOOK_PATH}"
        self.forwarder = RoundRobinForwarder([])
        self.pusher = WebhookPusher(api, self.webhook_url, SECRET, retry=True)
        self._server: uvicorn.Server | None = None
        self._serving: asyncio.Task[None] | None = None

    async def __aenter__(self) -> Cluster:
        config = uvicorn.Config(
            self.forwarder, lifespan="off", log_config=None, access_log=False, ws="none"
        )
        self._server = uvicorn.Server(config)
        self._serving = asyncio.create_task(self._server.serve(sockets=[self._forwarder_socket]))
        for index in range(self.size):
            self.instances.append(await self._spawn(index))
        self.forwarder.backends[:] = [i.base for i in self.instances]
        await self._wait_healthy()
        self.pusher.start()
        return self

    async def _spawn(self, index: int) -> Instance:
        with free_socket() as probe:
            port = probe.getsockname()[1]
        env = {
            **os.environ,
            "TELEGRAM_BOT_TOKEN": FakeBotApi.TOKEN,
            "TELEGRAM_API_BASE_URL": self.api.base_url,
            "TELEGRAM_API_FILE_URL": self.api.base_file_url,
            "DATABASE_URL": self.database_url,
            "WEBHOOK_URL": self.webhook_url,
            "WEBHOOK_SECRET_TOKEN": SECRET,
            "WEBHOOK_PORT": str(port),
            "DAILY_TICK_SECONDS": "1",
            "OUTBOX_POLL_SECONDS": "0.5",
            "LOG_LEVEL": os.environ.get("SCALE_TEST_LOG_LEVEL", "WARNING"),
            **self.env,
        }
        log = (self.workdir / f"instance-{index}.log").open("wb")
        process = await asyncio.create_subprocess_exec(
            sys.executable,
            "-m",
            "tests.scale.instance",
            str(self.jump_file),
            env=env,
            cwd=ROOT,
            stdout=log,
            stderr=log,
        )
        log.close()
        return Instance(index, process, port)

    async def _wait_healthy(self, seconds: float = 60.0) -> None:
        deadline = time.monotonic() + seconds
        async with httpx.AsyncClient(timeout=2) as client:
            for instance in self.instances:
                while True:
                    if instance.process.returncode is not None:
                        raise RuntimeError(f"instance {instance.index} exited; see its log")
                    with contextlib.suppress(httpx.HTTPError):
                        if (await client.get(instance.base + "/healthz")).status_code == 200:
                            break
                    if time.monotonic() > deadline:
                        raise TimeoutError(f"instance {instance.index} never became healthy")
                    await asyncio.sleep(0.2)

    def jump_to_due(self) -> float:
        """Every instance's clock reads ``DUE`` now; returns the wall-clock second."""
        at = time.time()
        self.jump_file.write_text(repr(at))
        for instance in self.instances:
            if instance.process.returncode is None:
                instance.process.send_signal(signal.SIGUSR1)
        return at

    def kill(self, index: int) -> None:
        """SIGKILL: no clean-up at all, as a crashed machine."""
        self.instances[index].process.kill()

    async def __aexit__(self, *exc: object) -> None:
        await self.pusher.stop()
        for instance in self.instances:
            if instance.process.returncode is None:
                instance.process.send_signal(signal.SIGTERM)
        for instance in self.instances:
            try:
                await asyncio.wait_for(instance.process.wait(), 30)
            except TimeoutError:
                instance.process.kill()
                await instance.process.wait()
        if self._server is not None and self._serving is not None:
            self._server.should_exit = True
            await self._serving
        await self.forwarder.aclose()


def prompt_counts(api: FakeBotApi, user_ids: list[int]) -> Counter[int]:
    """How many messages each of ``user_ids`` got (the due users get only their prompt)."""
    wanted = set(user_ids)
    return Counter(c.chat_id for c in api.calls_of("sendMessage") if c.ok and c.chat_id in wanted)

"""`couplebot` itself in webhook mode, as a process: starts, answers, stops on SIGTERM."""

from __future__ import annotations

import asyncio
import os
import signal
import socket
import subprocess
import sys
import threading
import time
from collections.abc import Iterator
from pathlib import Path

import httpx
import pytest

from bot.web import SECRET_HEADER
from playground.botapi import FakeBotApi

SECRET = "process-test-secret_0123456789"


@pytest.fixture
def fake_api() -> Iterator[FakeBotApi]:
    """The fake Bot API in a thread of its own (the bot runs in another process)."""
    ready, done = threading.Event(), threading.Event()
    holder: list[FakeBotApi] = []

    def serve() -> None:
        async def run() -> None:
            async with FakeBotApi() as api:
                holder.append(api)
                ready.set()
                await asyncio.to_thread(done.wait, 120)

        asyncio.run(run())

    thread = threading.Thread(target=serve)
    thread.start()
    assert ready.wait(10)
    try:
        yield holder[0]
    finally:
        done.set()
        thread.join(10)


def _free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return int(probe.getsockname()[1])


def _wait_for(condition: object, seconds: float = 30.0) -> None:
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline:
        if callable(condition) and condition():
            return
        time.sleep(0.1)
    raise AssertionError("timed out")


def test_couplebot_runs_in_webhook_mode_and_stops_cleanly_on_sigterm(
    fake_api: FakeBotApi, tmp_path: Path, database_url: str
) -> None:
    port = _free_port()
    base = f"http://127.0.0.1:{port}"
    env = {
        **os.environ,
        "TELEGRAM_API_BASE_URL": fake_api.base_url,
        "TELEGRAM_BOT_TOKEN": FakeBotApi.TOKEN,
        "DATABASE_URL": database_url,
        "WEBHOOK_URL": f"{base}/telegram",
        "WEBHOOK_SECRET_TOKEN": SECRET,
        "WEBHOOK_PORT": str(port),
        # The most talkative level: still no token, no secret.
        "LOG_LEVEL": "DEBUG",
    }
    process = subprocess.Popen(
        [sys.executable, "-m", "bot"],
        env=env,
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:

        def healthy() -> bool:
            try:
                return httpx.get(f"{base}/healthz", timeout=2).status_code == 200
            except httpx.HTTPError:
                return False

        _wait_for(lambda: healthy() or process.poll() is not None)
        assert process.poll() is None
        ana = fake_api.user(1, "Ana")
        update = {
            "update_id": 1,
            "message": {
                "message_id": 1,
                "from": ana.to_dict(),
                "chat": ana.chat,
                "date": int(time.time()),
                "text": "/start",
                "entities": [{"type": "bot_command", "offset": 0, "length": 6}],
            },
        }
        refused = httpx.post(f"{base}/telegram", json=update, timeout=5)
        assert refused.status_code == 401
        accepted = httpx.post(
            f"{base}/telegram", json=update, headers={SECRET_HEADER: SECRET}, timeout=5
        )
        assert accepted.status_code == 200
        _wait_for(lambda: any("Hi Ana" in t for t in fake_api.texts_to(ana.id)))
        process.send_signal(signal.SIGTERM)
        stdout, stderr = process.communicate(timeout=30)
    finally:
        if process.poll() is None:
            process.kill()
            process.communicate()
    assert process.returncode == 0, stderr
    assert "webhook mode" in stderr and "Application.stop() complete" in stderr
    assert FakeBotApi.TOKEN not in stdout + stderr and SECRET not in stdout + stderr
    assert len(fake_api.calls_of("setWebhook")) == 1
    assert len([t for t in fake_api.texts_to(ana.id) if "Hi Ana" in t]) == 1

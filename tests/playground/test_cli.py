"""`couplebot` without a token opens the playground; its first line says where, and how to
go live."""

from __future__ import annotations

import os
import re
import selectors
import signal
import socket
import subprocess
import sys
from pathlib import Path

import httpx

from playground.cli import page_url


def clean_env(**extra: str) -> dict[str, str]:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "PLAYGROUND_", "DATABASE_", "LOG_LEVEL"))
    }
    return env | extra


def first_line(process: subprocess.Popen[str], timeout: float) -> str:
    assert process.stdout is not None
    with selectors.DefaultSelector() as selector:
        selector.register(process.stdout, selectors.EVENT_READ)
        if not selector.select(timeout):
            process.kill()
            raise AssertionError(f"no output within {timeout}s")
    return process.stdout.readline()


def test_without_a_token_couplebot_opens_the_playground(tmp_path: Path) -> None:
    process = subprocess.Popen(
        [sys.executable, "-m", "bot"],
        env=clean_env(PLAYGROUND_PORT="0"),
        cwd=tmp_path,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        line = first_line(process, 60)
        assert "playground" in line and "TELEGRAM_BOT_TOKEN" in line and ".env" in line
        match = re.search(r"http://127\.0\.0\.1:(\d+)", line)
        assert match is not None, line
        url = match.group(0)
        page = httpx.get(url, timeout=30)
        assert page.status_code == 200 and "couplebot" in page.text
        state = httpx.get(f"{url}/api/state", timeout=30).json()
        assert [p["name"] for p in state["people"]] == ["Ana", "Ben", "Sam"]
        # Another site's page cannot make the browser post here (no JSON, no CORS).
        refused = httpx.post(f"{url}/api/reset", data={"x": "1"}, timeout=30)
        assert refused.status_code == 415
        # Only the names of this machine are accepted as Host (DNS rebinding).
        rebound = httpx.get(url, headers={"Host": "evil.example"}, timeout=30)
        assert rebound.status_code == 400
    finally:
        process.send_signal(signal.SIGINT)
        _, err = process.communicate(timeout=30)
    assert process.returncode == 0, err
    assert "Traceback" not in err
    # Its own database, never the live bot's.
    assert (tmp_path / "data" / "playground.sqlite3").exists()
    assert not (tmp_path / "data" / "couplebot.sqlite3").exists()


def test_a_busy_port_is_explained(tmp_path: Path) -> None:
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        result = subprocess.run(
            [sys.executable, "-m", "bot", "playground"],
            env=clean_env(PLAYGROUND_PORT=str(port)),
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert result.returncode == 2
    assert "already in use" in result.stderr and "PLAYGROUND_PORT" in result.stderr


def test_the_url_shown_can_be_opened() -> None:
    assert page_url("127.0.0.1", 8080) == "http://127.0.0.1:8080"
    assert page_url("0.0.0.0", 8080) == "http://127.0.0.1:8080"
    assert page_url("::1", 8080) == "http://[::1]:8080"

"""Starting with a token but no way to the Bot API: one clear line, bounded retries, no token."""

from __future__ import annotations

import io
import os
import socket
import subprocess
import sys
from pathlib import Path

import pytest

from bot.reachability import Reach, api_host, check_bot_api
from bot.settings import Settings
from playground.botapi import FakeBotApi

TOKEN = "123456789:AAEexampleexampleexampleexample12345"


def closed_port() -> int:
    """A loopback port nobody listens on (connections are refused at once)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return int(sock.getsockname()[1])


def settings(base_url: str, retry: float = 10) -> Settings:
    return Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=TOKEN,
        telegram_api_base_url=base_url,
        startup_retry_seconds=retry,
    )


class FakeTime:
    """Sleeps that only move a counter, so retries take no real time."""

    def __init__(self) -> None:
        self.now = 0.0
        self.waits: list[float] = []

    def clock(self) -> float:
        return self.now

    async def sleep(self, seconds: float) -> None:
        self.waits.append(seconds)
        self.now += seconds


def test_the_host_is_shown_never_the_path_with_the_token() -> None:
    assert api_host(f"https://api.telegram.org/bot{TOKEN}/getMe") == "api.telegram.org"
    assert api_host("http://user:pw@127.0.0.1:8081/bot") == "127.0.0.1:8081"


async def test_unreachable_api_retries_with_backoff_then_gives_up() -> None:
    port = closed_port()
    out, time = io.StringIO(), FakeTime()
    reach = await check_bot_api(
        settings(f"http://127.0.0.1:{port}/bot", retry=60),
        out=out,
        sleep=time.sleep,
        clock=time.clock,
    )
    assert reach is Reach.UNREACHABLE
    assert time.waits[:5] == [1, 2, 4, 8, 15] and max(time.waits) == 15
    assert sum(time.waits) == pytest.approx(60)
    lines = out.getvalue().splitlines()
    assert len(lines) == 2, lines  # what was tried and what to check, then the end
    assert f"127.0.0.1:{port}" in lines[0] and "TELEGRAM_API_BASE_URL" in lines[0]
    assert "ConnectError" in lines[0]
    assert "gave up" in lines[1] and "60 s" in lines[1]
    assert TOKEN not in out.getvalue() and "/bot" not in out.getvalue()


async def test_an_api_that_comes_back_is_used() -> None:
    async with FakeBotApi() as api:
        out, time = io.StringIO(), FakeTime()
        reach = await check_bot_api(
            settings(api.base_url), out=out, sleep=time.sleep, clock=time.clock
        )
    assert reach is Reach.OK and out.getvalue() == "" and time.waits == []


async def test_a_url_that_is_not_a_bot_api_fails_at_once() -> None:
    async with FakeBotApi() as api:
        wrong = f"http://127.0.0.1:{api.port}/somewhere-else/bot"
        out, time = io.StringIO(), FakeTime()
        reach = await check_bot_api(settings(wrong), out=out, sleep=time.sleep, clock=time.clock)
    assert reach is Reach.NOT_A_BOT_API and time.waits == []
    assert "not as the Telegram Bot API does" in out.getvalue()
    assert "TELEGRAM_API_BASE_URL" in out.getvalue() and TOKEN not in out.getvalue()


async def test_a_revoked_token_is_told_apart_from_a_wrong_url() -> None:
    async with FakeBotApi() as api:
        api.revoked_tokens.add(TOKEN)
        reach = await check_bot_api(settings(api.base_url), out=io.StringIO())
    assert reach is Reach.TOKEN_REJECTED


def test_a_malformed_api_url_is_a_configuration_error() -> None:
    with pytest.raises(ValueError, match="http"):
        settings(f"api.telegram.org/bot{TOKEN}")


@pytest.mark.parametrize("level", ["INFO", "DEBUG"])
def test_the_command_line_exits_non_zero_without_a_traceback(tmp_path: Path, level: str) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if not key.startswith(("TELEGRAM_", "PLAYGROUND_", "DATABASE_", "LOG_LEVEL"))
    }
    env |= {
        "TELEGRAM_BOT_TOKEN": TOKEN,
        "TELEGRAM_API_BASE_URL": f"http://127.0.0.1:{closed_port()}/bot",
        "STARTUP_RETRY_SECONDS": "1.5",
        "DATABASE_URL": f"sqlite:///{tmp_path / 'bot.sqlite3'}",
        "LOG_LEVEL": level,
    }
    result = subprocess.run(
        [sys.executable, "-m", "bot", "run"],
        env=env,
        cwd=tmp_path,
        capture_output=True,
        text=True,
        timeout=60,
        check=False,
    )
    assert result.returncode == 3, result.stderr
    assert "can't reach the Telegram Bot API at 127.0.0.1:" in result.stderr
    assert TOKEN not in result.stderr + result.stdout
    # A traceback only when asked for with LOG_LEVEL=DEBUG (and the token redacted there).
    assert ("Traceback" in result.stderr) is (level == "DEBUG")

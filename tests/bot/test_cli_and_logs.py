"""The command line, settings and logging: clear failures, no secrets in logs."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import threading
from pathlib import Path

import pytest
from sqlalchemy import inspect

from bot.__main__ import main
from bot.logs import RedactingFormatter, RedactToken, configure_logging
from playground.botapi import FakeBotApi
from storage.db import create_db_engine

TOKEN = "123456789:AAEexampleexampleexampleexample12345"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # No developer .env and no inherited variables.
    monkeypatch.chdir(tmp_path)
    for name in (
        "TELEGRAM_BOT_TOKEN",
        "DATABASE_URL",
        "DEFAULT_TIMEZONE",
        "LOG_LEVEL",
        "TELEGRAM_API_BASE_URL",
        "STARTUP_RETRY_SECONDS",
        "PLAYGROUND_PORT",
    ):
        monkeypatch.delenv(name, raising=False)


def test_missing_token_explains_botfather(capsys: pytest.CaptureFixture[str]) -> None:
    # `couplebot run` is for deployments: no token is an error, not the playground.
    assert main(["run"]) == 2
    err = capsys.readouterr().err
    assert "@BotFather" in err and "TELEGRAM_BOT_TOKEN" in err and "not set" in err
    assert "Traceback" not in err


def test_malformed_token_is_named(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", "not-a-token")
    assert main([]) == 2
    assert "malformed" in capsys.readouterr().err


def test_bad_setting_is_a_clear_message(
    capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setenv("DEFAULT_TIMEZONE", "Mars/Olympus")
    assert main([]) == 2
    assert "default_timezone" in capsys.readouterr().err


def test_migrate_subcommand_creates_the_database(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    url = f"sqlite:///{tmp_path / 'sub' / 'bot.sqlite3'}"
    monkeypatch.setenv("DATABASE_URL", url)
    assert main(["migrate"]) == 0
    engine = create_db_engine(url)
    assert {"user", "couple", "invite"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_token_never_reaches_the_log() -> None:
    configure_logging("DEBUG", TOKEN)
    root = logging.getLogger()
    record = logging.LogRecord(
        "httpx", logging.WARNING, __file__, 1, "POST https://api/bot%s/getMe", (TOKEN,), None
    )
    RedactToken(TOKEN).filter(record)
    assert TOKEN not in record.getMessage() and "<token>" in record.getMessage()
    # httpx would log every request URL (with the token) at INFO.
    assert logging.getLogger("httpx").getEffectiveLevel() >= logging.WARNING
    root.handlers.clear()


def test_a_token_telegram_rejects_is_explained_not_printed(
    tmp_path: Path,
) -> None:
    # The fake API runs in a thread of its own, the bot in a process of its own.
    ready, done = threading.Event(), threading.Event()
    urls: list[str] = []

    def serve() -> None:
        async def run() -> None:
            async with FakeBotApi() as api:
                api.revoked_tokens.add(TOKEN)
                urls.append(api.base_url)
                ready.set()
                await asyncio.to_thread(done.wait, 90)

        asyncio.run(run())

    server = threading.Thread(target=serve)
    server.start()
    try:
        assert ready.wait(10)
        env = {
            **os.environ,
            "TELEGRAM_API_BASE_URL": urls[0],
            # Well formed but revoked: getMe answers 401.
            "TELEGRAM_BOT_TOKEN": TOKEN,
            "DATABASE_URL": f"sqlite:///{tmp_path / 'b.sqlite3'}",
        }
        # The real command line, in a process of its own (run_polling owns its loop).
        result = subprocess.run(
            [sys.executable, "-m", "bot"],
            env=env,
            cwd=tmp_path,
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    finally:
        done.set()
        server.join(10)
    assert result.returncode == 2, result.stderr
    assert "rejected by Telegram" in result.stderr and "@BotFather" in result.stderr
    assert TOKEN not in result.stderr + result.stdout


def test_the_formatter_strips_the_token_from_tracebacks() -> None:
    try:
        raise ValueError(f"The token `{TOKEN}` was rejected")
    except ValueError:
        record = logging.LogRecord("x", logging.ERROR, __file__, 1, "boom", (), None)
        record.exc_info = sys.exc_info()
    text = RedactingFormatter("%(message)s", TOKEN).format(record)
    assert "ValueError" in text and TOKEN not in text

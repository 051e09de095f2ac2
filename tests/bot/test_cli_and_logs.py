"""The command line, settings and logging: clear failures, no secrets in logs."""

from __future__ import annotations

import asyncio
import logging
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from pathlib import Path

import pytest
from sqlalchemy import inspect

from bot.__main__ import main
from bot.logs import RedactingFormatter, configure_logging
from bot.settings import Settings
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


@pytest.mark.postgres_only("the SQLite variant is the test above")
def test_migrate_subcommand_on_postgresql(
    empty_database_url: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    # A bare postgresql:// URL, as operators write it, means psycopg 3.
    monkeypatch.setenv("DATABASE_URL", empty_database_url.replace("+psycopg", ""))
    assert main(["migrate"]) == 0
    engine = create_db_engine(empty_database_url)
    assert {"user", "couple", "invite"} <= set(inspect(engine).get_table_names())
    engine.dispose()


def test_a_database_password_stays_out_of_the_settings_repr() -> None:
    settings = Settings(_env_file=None, database_url="postgresql+psycopg://bot:hunter2@db/cb")  # type: ignore[call-arg]
    assert "hunter2" not in repr(settings) and "hunter2" not in str(settings)
    assert settings.database_url.endswith("bot:hunter2@db/cb")


@pytest.fixture
def restore_logging() -> Iterator[None]:
    """Undo configure_logging after the test: it changes process-wide state."""
    root = logging.getLogger()
    names = ("httpx", "httpcore", "telegram", "apscheduler")
    saved = (root.handlers[:], root.level, {n: logging.getLogger(n).level for n in names})
    yield
    root.handlers[:], root.level = saved[0], saved[1]
    for name, level in saved[2].items():
        logging.getLogger(name).setLevel(level)


def test_the_configured_logger_never_writes_the_token_or_message_text(
    restore_logging: None, capsys: pytest.CaptureFixture[str]
) -> None:
    # Exactly as `couplebot` sets it up, at its most verbose (the handler writes to the
    # stderr of the moment, which capsys holds now).
    configure_logging("DEBUG", TOKEN)
    url = f"https://api.telegram.org/bot{TOKEN}/sendMessage"
    private = "something very private about us"
    # Library records the way they are really logged: URLs carry the token, and
    # python-telegram-bot at DEBUG prints whole updates with what people typed.
    logging.getLogger("httpx").info("HTTP Request: POST %s %s", url, '"HTTP/1.1 200 OK"')
    logging.getLogger("httpx").warning("HTTP Request: POST %s failed", url)
    logging.getLogger("telegram.ext.Application").debug(
        "Processing update %s", {"message": {"text": private}}
    )
    logging.getLogger("telegram.ext.Updater").error("Error while getting Updates: %s", url)
    logging.getLogger("bot.delivery").debug("our own debug line about %s", url)
    try:
        raise ValueError(f"The token `{TOKEN}` was rejected")
    except ValueError:
        logging.getLogger("bot.errors").exception("update 7 failed: ValueError")
    logged = capsys.readouterr().err
    assert TOKEN not in logged
    assert private not in logged
    # The records that should be there are, with the token replaced.
    assert "httpx: HTTP Request: POST https://api.telegram.org/bot<token>/sendMessage failed" in (
        logged
    )
    assert (
        "telegram.ext.Updater: Error while getting Updates: https://api.telegram.org/bot<token>"
        in (logged)
    )
    assert "bot.delivery: our own debug line about" in logged
    assert "ValueError: The token `<token>` was rejected" in logged
    # Request lines at INFO (one per Bot API call) and the library's DEBUG are not written.
    assert "200 OK" not in logged and "Processing update" not in logged


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

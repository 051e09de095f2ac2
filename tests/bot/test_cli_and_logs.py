"""The command line, settings and logging: clear failures, no secrets in logs."""

from __future__ import annotations

import logging
from pathlib import Path

import pytest
from sqlalchemy import inspect

from bot.__main__ import main
from bot.logs import RedactToken, configure_logging
from storage.db import create_db_engine

TOKEN = "123456789:AAEexampleexampleexampleexample12345"


@pytest.fixture(autouse=True)
def _clean_env(monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    # No developer .env and no inherited variables.
    monkeypatch.chdir(tmp_path)
    for name in ("TELEGRAM_BOT_TOKEN", "DATABASE_URL", "DEFAULT_TIMEZONE", "LOG_LEVEL"):
        monkeypatch.delenv(name, raising=False)


def test_missing_token_explains_botfather(capsys: pytest.CaptureFixture[str]) -> None:
    assert main([]) == 2
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

"""Webhook settings: the secret is required and never echoed; the mode line tells no secrets."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
from pydantic import ValidationError

from bot.__main__ import main
from bot.settings import Settings
from bot.web import describe_mode

TOKEN = "123456789:AAEexampleexampleexampleexample12345"
SECRET = "s3cret_token-for-the-settings-tests"


def _settings(**values: Any) -> Settings:
    return Settings(_env_file=None, telegram_bot_token=TOKEN, **values)  # type: ignore[call-arg]


def test_polling_is_the_default() -> None:
    settings = _settings()
    assert settings.webhook_url is None and settings.metrics_port is None
    assert describe_mode(settings) == "polling mode (getUpdates)"


def test_empty_values_mean_unset() -> None:
    settings = _settings(webhook_url="", metrics_port="", webhook_secret_token="")
    assert settings.webhook_url is None and settings.metrics_port is None
    assert settings.webhook_secret_token is None


def test_a_webhook_needs_a_secret_token() -> None:
    with pytest.raises(ValidationError) as caught:
        _settings(webhook_url="https://bot.example.com/telegram")
    (error,) = caught.value.errors()
    assert error["loc"] == ("webhook_secret_token",)
    assert "WEBHOOK_SECRET_TOKEN is required" in error["msg"]


def test_a_malformed_secret_is_refused_without_echoing_it() -> None:
    bad = "has spaces and ünïcode"
    with pytest.raises(ValidationError) as caught:
        _settings(webhook_url="https://bot.example.com/t", webhook_secret_token=bad)
    (error,) = caught.value.errors()
    assert bad not in error["msg"]
    assert "A-Z a-z 0-9 _ -" in error["msg"]


@pytest.mark.parametrize(
    ("url", "ok"),
    [
        ("https://bot.example.com/telegram", True),
        ("https://bot.example.com", True),
        ("http://127.0.0.1:8000/hook", True),
        ("http://bot.example.com/telegram", False),
        ("bot.example.com/telegram", False),
        ("https://bot.example.com/healthz", False),
    ],
)
def test_webhook_urls(url: str, ok: bool) -> None:
    if ok:
        assert _settings(webhook_url=url, webhook_secret_token=SECRET).webhook_url == url
    else:
        with pytest.raises(ValidationError):
            _settings(webhook_url=url, webhook_secret_token=SECRET)


def test_the_webhook_route_is_the_url_path() -> None:
    with_path = _settings(webhook_url="https://b.example.com/tg/hook", webhook_secret_token=SECRET)
    assert with_path.webhook_path == "/tg/hook"
    bare = _settings(webhook_url="https://b.example.com", webhook_secret_token=SECRET)
    assert bare.webhook_path == "/"


def test_the_mode_line_names_the_mode_without_secrets() -> None:
    settings = _settings(
        webhook_url=f"https://bot.example.com/{SECRET[:8]}/hook", webhook_secret_token=SECRET
    )
    line = describe_mode(settings)
    assert (
        line.startswith("webhook mode") and "bot.example.com" in line and "127.0.0.1:8000" in line
    )
    for secret in (TOKEN, SECRET, SECRET[:8]):
        assert secret not in line
    assert "METRICS" not in describe_mode(_settings(metrics_port=9100))
    assert "9100" in describe_mode(_settings(metrics_port=9100))


def test_cli_explains_a_missing_secret(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("TELEGRAM_BOT_TOKEN", TOKEN)
    monkeypatch.setenv("WEBHOOK_URL", "https://bot.example.com/telegram")
    monkeypatch.delenv("WEBHOOK_SECRET_TOKEN", raising=False)
    assert main([]) == 2
    err = capsys.readouterr().err
    assert "webhook_secret_token" in err and "secrets.token_urlsafe" in err
    assert TOKEN not in err

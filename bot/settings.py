"""Typed settings from the environment and ``.env``."""

from __future__ import annotations

import re
from datetime import timedelta
from typing import Literal
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, ValidationInfo, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# What @BotFather hands out: "<digits>:<35 url-safe characters>".
TOKEN_PATTERN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")
# What Telegram accepts as a webhook secret token.
SECRET_TOKEN_PATTERN = re.compile(r"^[A-Za-z0-9_-]{1,256}$")
# Hosts where a plain-http webhook URL makes sense (a local Bot API server, tests).
LOCAL_HOSTS = frozenset({"127.0.0.1", "localhost", "::1"})


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr = Field(default=SecretStr(""))
    # A PostgreSQL URL may carry a password: kept out of the settings' repr.
    database_url: str = Field(default="sqlite:///data/couplebot.sqlite3", repr=False)
    # Threads that run database work off the event loop, so a chat waiting for the
    # SQLite lock never holds up the others (SQLite has one writer at a time anyway).
    database_threads: int = Field(default=4, ge=1, le=64)
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_api_file_url: str | None = None
    # The HTTP client under the Bot API calls: aiohttp (lean, the default) or PTB's own
    # httpx, to fall back on (docs/benchmarks.md, issue 11).
    telegram_http_client: Literal["aiohttp", "httpx"] = "aiohttp"
    default_timezone: str = "UTC"
    log_level: str = "INFO"
    invite_ttl_hours: int = Field(default=72, ge=1, le=24 * 30)
    # How often queued messages (to partners, follow-ups) are looked for.
    outbox_poll_seconds: float = Field(default=2.0, gt=0)
    # Keep within Telegram's flood limits (30 messages/s, 20/min per group). Only a
    # benchmark against a fake API has a reason to turn it off.
    telegram_rate_limit: bool = True
    # PostgreSQL (shared send budget) only: at most this many messages in any second to
    # one private chat, across instances; 0 leaves per-chat limits to Telegram's 429s.
    telegram_chat_rate_limit: int = Field(default=3, ge=0, le=30)
    # Updates of different chats handled at once (one chat's updates stay in order).
    concurrent_updates: int = Field(default=32, ge=1, le=512)
    # Updates one chat may have waiting (the one being handled included); more are
    # dropped with one short note, so a flood from one chat cannot hold up the others.
    chat_queue_limit: int = Field(default=20, ge=1, le=1000)
    # How often (seconds) due daily prompts, nudges and weekly summaries are looked for.
    daily_tick_seconds: float = Field(default=30.0, gt=0)
    # At most this many daily prompts in any one second (Telegram allows about 30).
    daily_send_rate: int = Field(default=30, ge=1, le=30)
    # Days after which what has served its purpose is deleted: sent or withdrawn
    # messages (their text), used and expired invites, abandoned conversations,
    # daily delivery bookkeeping. See README "Privacy".
    retention_days: int = Field(default=30, ge=1, le=3650)
    # getUpdates long-poll timeout; tests shorten it so shutdown is quick.
    polling_timeout_seconds: int = Field(default=30, ge=0)
    # How long `couplebot run` keeps trying to reach the Bot API at start before giving up.
    startup_retry_seconds: float = Field(default=60.0, ge=0)
    # The playground (`couplebot` without a token): where its page listens and its own
    # database. 127.0.0.1 keeps it on this machine; 0.0.0.0 would open it to the network.
    playground_host: str = "127.0.0.1"
    playground_port: int = Field(default=8080, ge=0, le=65535)
    playground_database_url: str = "sqlite:///data/playground.sqlite3"

    # Webhook mode (see docs/deploy.md). Unset: long polling. The public HTTPS URL
    # Telegram posts updates to; its path is the one route the reverse proxy forwards.
    webhook_url: str | None = None
    # Telegram sends it in X-Telegram-Bot-Api-Secret-Token; required with WEBHOOK_URL.
    # A secret: never logged.
    webhook_secret_token: SecretStr | None = None
    # Where the ASGI server listens (behind the proxy, so loopback by default).
    webhook_listen: str = "127.0.0.1"
    webhook_port: int = Field(default=8000, ge=1, le=65535)
    # Bodies above this are refused with 400 before parsing (updates are a few KB).
    webhook_max_body_bytes: int = Field(default=1_048_576, ge=1024)
    # Polling mode only: also serve /healthz and /metrics on WEBHOOK_LISTEN:METRICS_PORT.
    metrics_port: int | None = Field(default=None, ge=1, le=65535)
    # /healthz answers 503 when the last finished daily tick or outbox drain is older.
    healthz_max_tick_age_seconds: float = Field(default=300.0, gt=0)
    healthz_max_outbox_age_seconds: float = Field(default=300.0, gt=0)
    # /healthz answers 503 when SELECT 1 takes longer (a stuck writer holds the lock).
    healthz_db_timeout_seconds: float = Field(default=3.0, gt=0)

    @field_validator("default_timezone")
    @classmethod
    def _known_zone(cls, value: str) -> str:
        try:
            ZoneInfo(value)
        except (ZoneInfoNotFoundError, ValueError) as exc:
            raise ValueError(f"unknown IANA time zone {value!r}") from exc
        return value

    @field_validator("telegram_api_base_url")
    @classmethod
    def _api_url(cls, value: str) -> str:
        parts = urlsplit(value)
        if parts.scheme not in {"http", "https"} or not parts.hostname:
            # Not the value itself: a pasted URL may already contain the token.
            raise ValueError("must be an http(s) URL such as https://api.telegram.org/bot")
        return value

    @field_validator("playground_database_url")
    @classmethod
    def _sqlite_file(cls, value: str) -> str:
        if not value.startswith("sqlite:///") or value == "sqlite:///":
            raise ValueError("must be a SQLite file URL such as sqlite:///data/playground.sqlite3")
        return value

    @field_validator("log_level")
    @classmethod
    def _level(cls, value: str) -> str:
        level = value.upper()
        if level not in {"DEBUG", "INFO", "WARNING", "ERROR", "CRITICAL"}:
            raise ValueError("LOG_LEVEL must be DEBUG, INFO, WARNING, ERROR or CRITICAL")
        return level

    @field_validator("webhook_url", "metrics_port", mode="before")
    @classmethod
    def _empty_is_unset(cls, value: object) -> object:
        return None if value == "" else value

    @field_validator("webhook_url")
    @classmethod
    def _webhook_url(cls, value: str | None) -> str | None:
        if value is None:
            return None
        parts = urlsplit(value)
        if not parts.hostname or parts.scheme not in ("https", "http"):
            raise ValueError("WEBHOOK_URL must be a full URL like https://bot.example.com/telegram")
        if parts.scheme == "http" and parts.hostname not in LOCAL_HOSTS:
            raise ValueError("WEBHOOK_URL must use https (Telegram only posts to HTTPS)")
        if parts.path.rstrip("/") in ("/healthz", "/metrics"):
            raise ValueError("WEBHOOK_URL's path must not be /healthz or /metrics")
        return value

    @field_validator("webhook_secret_token")
    @classmethod
    def _secret_token(cls, value: SecretStr | None, info: ValidationInfo) -> SecretStr | None:
        raw = value.get_secret_value() if value is not None else ""
        if not raw:
            if info.data.get("webhook_url"):
                raise ValueError(
                    "WEBHOOK_SECRET_TOKEN is required when WEBHOOK_URL is set; make one with "
                    "python -c 'import secrets; print(secrets.token_urlsafe(32))'"
                )
            return None
        if not SECRET_TOKEN_PATTERN.fullmatch(raw):
            # Never echo the value back: it is a secret.
            raise ValueError("WEBHOOK_SECRET_TOKEN must be 1-256 characters of A-Z a-z 0-9 _ -")
        return value

    @property
    def webhook_path(self) -> str:
        """The route Telegram posts to: WEBHOOK_URL's path ("/" when it has none)."""
        return urlsplit(self.webhook_url or "").path or "/"

    @property
    def token_is_valid(self) -> bool:
        return bool(TOKEN_PATTERN.fullmatch(self.telegram_bot_token.get_secret_value()))

    @property
    def file_base_url(self) -> str:
        if self.telegram_api_file_url:
            return self.telegram_api_file_url
        return self.telegram_api_base_url.removesuffix("/bot") + "/file/bot"

    @property
    def invite_lifetime(self) -> timedelta:
        return timedelta(hours=self.invite_ttl_hours)

    @property
    def retention(self) -> timedelta:
        return timedelta(days=self.retention_days)

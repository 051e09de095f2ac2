"""Typed settings from the environment and ``.env``."""

from __future__ import annotations

import re
from datetime import timedelta
from urllib.parse import urlsplit
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from pydantic import Field, SecretStr, field_validator
from pydantic_settings import BaseSettings, SettingsConfigDict

# What @BotFather hands out: "<digits>:<35 url-safe characters>".
TOKEN_PATTERN = re.compile(r"^\d{3,}:[A-Za-z0-9_-]{20,}$")


class Settings(BaseSettings):
    model_config = SettingsConfigDict(env_file=".env", env_file_encoding="utf-8", extra="ignore")

    telegram_bot_token: SecretStr = Field(default=SecretStr(""))
    database_url: str = "sqlite:///data/couplebot.sqlite3"
    telegram_api_base_url: str = "https://api.telegram.org/bot"
    telegram_api_file_url: str | None = None
    default_timezone: str = "UTC"
    log_level: str = "INFO"
    invite_ttl_hours: int = Field(default=72, ge=1, le=24 * 30)
    # How often queued messages (to partners, follow-ups) are looked for.
    outbox_poll_seconds: float = Field(default=2.0, gt=0)
    # Keep within Telegram's flood limits (30 messages/s, 20/min per group). Only a
    # benchmark against a fake API has a reason to turn it off.
    telegram_rate_limit: bool = True
    # Updates of different chats handled at once (one chat's updates stay in order).
    concurrent_updates: int = Field(default=32, ge=1, le=512)
    # How often (seconds) due daily prompts, nudges and weekly summaries are looked for.
    daily_tick_seconds: float = Field(default=30.0, gt=0)
    # At most this many daily prompts in any one second (Telegram allows about 30).
    daily_send_rate: int = Field(default=30, ge=1, le=30)
    # getUpdates long-poll timeout; tests shorten it so shutdown is quick.
    polling_timeout_seconds: int = Field(default=30, ge=0)
    # How long `couplebot run` keeps trying to reach the Bot API at start before giving up.
    startup_retry_seconds: float = Field(default=60.0, ge=0)
    # The playground (`couplebot` without a token): where its page listens and its own
    # database. 127.0.0.1 keeps it on this machine; 0.0.0.0 would open it to the network.
    playground_host: str = "127.0.0.1"
    playground_port: int = Field(default=8080, ge=0, le=65535)
    playground_database_url: str = "sqlite:///data/playground.sqlite3"

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

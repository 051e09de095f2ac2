"""Logging set-up that never writes the bot token or what people type."""

from __future__ import annotations

import logging


class RedactingFormatter(logging.Formatter):
    """Formats as usual, then removes the token from everything, traceback included."""

    def __init__(self, fmt: str, token: str) -> None:
        super().__init__(fmt)
        self._token = token

    def format(self, record: logging.LogRecord) -> str:
        text = super().format(record)
        return text.replace(self._token, "<token>") if self._token else text


class RedactToken(logging.Filter):
    """Replace the token wherever it appears in a record (URLs in library logs)."""

    def __init__(self, token: str) -> None:
        super().__init__()
        self._token = token

    def filter(self, record: logging.LogRecord) -> bool:
        if not self._token:
            return True
        message = record.getMessage()
        if self._token in message:
            record.msg = message.replace(self._token, "<token>")
            record.args = None
        return True


def configure_logging(level: str, token: str) -> None:
    handler = logging.StreamHandler()
    handler.setFormatter(
        RedactingFormatter("%(asctime)s %(levelname)s %(name)s: %(message)s", token)
    )
    handler.addFilter(RedactToken(token))
    root = logging.getLogger()
    root.handlers[:] = [handler]
    root.setLevel(level)
    # httpx logs every request URL, and the URL contains the token.
    logging.getLogger("httpx").setLevel(logging.WARNING)
    logging.getLogger("httpcore").setLevel(logging.WARNING)
    # At DEBUG, python-telegram-bot logs whole updates and API answers, message text
    # included; our own modules may go to DEBUG, the library never below INFO.
    telegram_level = max(logging.getLevelName(level), logging.INFO)
    logging.getLogger("telegram").setLevel(telegram_level)
    # APScheduler announces every job run at INFO.
    logging.getLogger("apscheduler").setLevel(logging.WARNING)

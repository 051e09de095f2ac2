"""Before polling: make sure the Bot API answers, and say plainly what is wrong if it does not.

Messages name the host only: the URL holds the token right after ``/bot``. Tracebacks are
logged at DEBUG (through the token-redacting log set-up), never printed otherwise.
"""

from __future__ import annotations

import asyncio
import logging
import sys
import time
from collections.abc import Awaitable, Callable
from enum import Enum, auto
from typing import TextIO
from urllib.parse import urlsplit

from telegram import Bot
from telegram.error import InvalidToken, NetworkError, TelegramError
from telegram.request import HTTPXRequest

from bot.settings import Settings

log = logging.getLogger(__name__)

FIRST_WAIT_SECONDS = 1.0
LONGEST_WAIT_SECONDS = 15.0


class Reach(Enum):
    OK = auto()
    TOKEN_REJECTED = auto()
    NOT_A_BOT_API = auto()
    UNREACHABLE = auto()


def api_host(base_url: str) -> str:
    """``host[:port]`` of the Bot API URL: never its path, which would hold the token."""
    parts = urlsplit(base_url)
    host = parts.hostname or "?"
    return f"{host}:{parts.port}" if parts.port else host


async def check_bot_api(
    settings: Settings,
    *,
    out: TextIO = sys.stderr,
    sleep: Callable[[float], Awaitable[None]] = asyncio.sleep,
    clock: Callable[[], float] = time.monotonic,
) -> Reach:
    """Ask the Bot API who we are (getMe), retrying unreachable hosts with backoff for up to
    ``settings.startup_retry_seconds``."""
    host = api_host(settings.telegram_api_base_url)
    deadline = clock() + settings.startup_retry_seconds
    wait = FIRST_WAIT_SECONDS
    told = False
    while True:
        try:
            await _get_me(settings)
        except InvalidToken as exc:
            log.debug("getMe refused", exc_info=True)
            if _said_unauthorized(exc):
                return Reach.TOKEN_REJECTED
            _not_a_bot_api(host, out)
            return Reach.NOT_A_BOT_API
        except NetworkError as exc:
            log.debug("getMe failed", exc_info=True)
            left = deadline - clock()
            if not told:
                print(
                    f"couplebot: can't reach the Telegram Bot API at {host} "
                    f"({_reason(exc)}). Check the internet connection, any proxy or firewall, "
                    f"and TELEGRAM_API_BASE_URL. Trying again for up to "
                    f"{settings.startup_retry_seconds:.0f} s.",
                    file=out,
                )
                told = True
            if left <= 0:
                print(
                    f"couplebot: gave up: no answer from {host} "
                    f"within {settings.startup_retry_seconds:.0f} s.",
                    file=out,
                )
                return Reach.UNREACHABLE
            pause = min(wait, left)
            log.info("no answer from %s; next try in %.0f s", host, pause)
            await sleep(pause)
            wait = min(wait * 2, LONGEST_WAIT_SECONDS)
        except TelegramError:
            log.debug("getMe failed", exc_info=True)
            _not_a_bot_api(host, out)
            return Reach.NOT_A_BOT_API
        else:
            if told:
                print(f"couplebot: {host} answers now.", file=out)
            return Reach.OK


def _not_a_bot_api(host: str, out: TextIO) -> None:
    print(
        f"couplebot: {host} answered, but not as the Telegram Bot API does. Check "
        "TELEGRAM_API_BASE_URL (https://api.telegram.org/bot unless you run your own Bot API "
        "server).",
        file=out,
    )


async def _get_me(settings: Settings) -> None:
    # Our own request object: a Bot whose initialize() failed does not close its clients.
    request = HTTPXRequest()
    bot = Bot(
        settings.telegram_bot_token.get_secret_value(),
        base_url=settings.telegram_api_base_url,
        base_file_url=settings.file_base_url,
        request=request,
        get_updates_request=request,
    )
    try:
        await bot.get_me()
    finally:
        await request.shutdown()


def _said_unauthorized(exc: InvalidToken) -> bool:
    # 401 "Unauthorized": Telegram refused this token. A 404 or a page that is not JSON means
    # the URL leads somewhere else.
    cause = exc.__cause__ if isinstance(exc.__cause__, InvalidToken) else exc
    return "unauthorized" in cause.message.lower()


def _reason(exc: TelegramError) -> str:
    """A few words on what failed, without the exception's text (it may quote the URL)."""
    cause = exc.__cause__
    if cause is not None:
        return type(cause).__name__
    return type(exc).__name__

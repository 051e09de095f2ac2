"""A fake Telegram Bot API over real HTTP, for the tests, the benchmarks and the playground.

Start with :class:`FakeBotApi` (``server``); the other modules are its parts: ``http`` (the
ASGI surface), ``world`` (people, chats, messages), ``methods`` (what each call does),
``validation``, ``limits`` (flood control), ``faults``, ``transcript`` (recording and waiting).
"""

from .errors import (
    ApiError,
    Delay,
    Fault,
    bad_request,
    forbidden,
    retry_after,
    server_error,
    timeout,
)
from .models import (
    BOT_ID,
    BOT_USERNAME,
    Call,
    FakeGroup,
    FakeUser,
    Limits,
    SentDocument,
    Stats,
    UploadedFile,
)
from .server import FakeBotApi
from .world import ChatEvent

__all__ = [
    "BOT_ID",
    "BOT_USERNAME",
    "ApiError",
    "Call",
    "ChatEvent",
    "Delay",
    "FakeBotApi",
    "FakeGroup",
    "FakeUser",
    "Fault",
    "Limits",
    "SentDocument",
    "Stats",
    "UploadedFile",
    "bad_request",
    "forbidden",
    "retry_after",
    "server_error",
    "timeout",
]

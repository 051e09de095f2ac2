"""In-repo fake Telegram Bot API server for end-to-end tests and benchmarks (see ``server``)."""

from .models import (
    BOT_ID,
    BOT_USERNAME,
    ApiError,
    Call,
    Delay,
    FakeGroup,
    FakeUser,
    Fault,
    Limits,
    SentDocument,
    Stats,
    UploadedFile,
    bad_request,
    forbidden,
    retry_after,
    server_error,
    timeout,
)
from .server import FakeBotApi

__all__ = [
    "BOT_ID",
    "BOT_USERNAME",
    "ApiError",
    "Call",
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

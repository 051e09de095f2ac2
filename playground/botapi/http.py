"""The Bot API's HTTP surface as an ASGI app: ``/bot<token>/<method>`` in, Telegram's JSON out.

Parameters come the ways Telegram takes them: query string, urlencoded or multipart form
(files included), or a JSON body. A client that hangs up (a long poll given up) cancels its
call at once, as on Telegram.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
from collections.abc import Awaitable, Callable
from typing import Any
from urllib.parse import parse_qsl

from starlette.datastructures import UploadFile
from starlette.requests import Request
from starlette.types import Receive, Scope, Send

from .errors import ApiError, Rejected, reject
from .models import JSON, UploadedFile

# What the server makes of one call: (token, method as sent, parameters or why they could not
# be read) -> (HTTP status, JSON body).
CallHandler = Callable[[str, str, JSON, ApiError | None], Awaitable[tuple[int, JSON]]]

# PTB sends str values raw and everything else JSON-encoded in form/multipart bodies, so free
# text like "123" or "true" must never be JSON-decoded.
_STRING_PARAMS = frozenset(
    {
        "text",
        "caption",
        "callback_query_id",
        "inline_message_id",
        "parse_mode",
        "url",
        "secret_token",
        "ip_address",
        "action",
        "language_code",
        "title",
        "description",
        "short_description",
        "name",
        "query",
        "emoji",
        "custom_title",
        "file_id",
        "document",
        "photo",
        "sticker",
        "voice",
        "audio",
        "video",
        "animation",
        "thumbnail",
        "message_effect_id",
        "business_connection_id",
    }
)
# Nested objects that clients may send JSON-encoded even inside a JSON body.
_JSON_PARAMS = frozenset(
    {
        "reply_markup",
        "scope",
        "commands",
        "allowed_updates",
        "entities",
        "caption_entities",
        "link_preview_options",
        "reply_parameters",
        "media",
        "permissions",
    }
)
_MAX_BODY = 64 * 1024 * 1024


class BotApiHttp:
    """ASGI app; every call goes to ``handle``."""

    def __init__(self, handle: CallHandler) -> None:
        self._handle = handle

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            return
        path: str = scope["path"]
        if not path.startswith("/bot"):
            await _respond(send, 404, ApiError(404, "Not Found").body())
            return
        token, _, method = path[len("/bot") :].partition("/")
        request = Request(scope, receive)
        problem: ApiError | None = None
        try:
            params = await _read_params(request)
        except Rejected as rejected:
            params, problem = {}, rejected.error
        call = asyncio.ensure_future(self._handle(token, method, params, problem))
        hang_up = asyncio.ensure_future(_disconnected(receive))
        await asyncio.wait({call, hang_up}, return_when=asyncio.FIRST_COMPLETED)
        hang_up.cancel()
        if not call.done():
            # The client gave up (a long poll it no longer wants): nobody reads the answer.
            call.cancel()
            with contextlib.suppress(asyncio.CancelledError):
                await call
            return
        status, body = call.result()
        await _respond(send, status, body)


async def _disconnected(receive: Receive) -> None:
    while (await receive())["type"] != "http.disconnect":
        pass


async def _respond(send: Send, status: int, body: JSON) -> None:
    data = json.dumps(body, ensure_ascii=False, separators=(",", ":")).encode()
    headers = [(b"content-type", b"application/json"), (b"content-length", b"%d" % len(data))]
    await send({"type": "http.response.start", "status": status, "headers": headers})
    await send({"type": "http.response.body", "body": data})


async def _read_params(request: Request) -> JSON:
    params: JSON = {k: _form_value(k, v) for k, v in request.query_params.items()}
    content_type = request.headers.get("content-type", "").split(";")[0].strip().lower()
    if content_type == "application/json":
        raw = await request.body()
        try:
            decoded: Any = json.loads(raw) if raw else {}
        except ValueError as exc:
            raise reject("can't parse JSON") from exc
        if not isinstance(decoded, dict):
            raise reject("request body must be a JSON object")
        params.update({k: _json_value(k, v) for k, v in decoded.items()})
        return params
    if content_type == "application/x-www-form-urlencoded":
        form = parse_qsl((await request.body()).decode(), keep_blank_values=True)
        params.update({k: _form_value(k, v) for k, v in form})
    elif content_type == "multipart/form-data":
        async with request.form(max_part_size=_MAX_BODY) as parts:
            for key, value in parts.multi_items():
                if isinstance(value, UploadFile):
                    content = await value.read()
                    params[key] = UploadedFile(value.filename or key, content, value.content_type)
                else:
                    params[key] = _form_value(key, value)
    return params


def _form_value(key: str, raw: str) -> Any:
    if key in _STRING_PARAMS:
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _json_value(key: str, value: Any) -> Any:
    if key in _JSON_PARAMS and isinstance(value, str):
        with contextlib.suppress(ValueError):
            return json.loads(value)
    return value

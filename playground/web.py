"""The playground's HTTP API and page (Starlette): what the browser asks, what it is told.

Actions are small JSON POSTs that only queue what a person did; what the bot does in
return reaches every open page through ``/events`` (server-sent events) as HTML fragments.
Only JSON bodies are accepted, so another site cannot post to the playground from a
visitor's browser without a CORS preflight it will never get.
"""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator, Awaitable, Callable, Sequence
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from starlette.applications import Starlette
from starlette.middleware import Middleware
from starlette.middleware.trustedhost import TrustedHostMiddleware
from starlette.requests import Request
from starlette.responses import HTMLResponse, JSONResponse, Response, StreamingResponse
from starlette.routing import Mount, Route
from starlette.staticfiles import StaticFiles

from playground.jumps import Jump, NothingScheduled
from playground.links import OtherLink, ShareLink, StartLink, classify
from playground.page import group_bar, group_subtitle, render_page
from playground.session import ROLES, Playground

STATIC = Path(__file__).resolve().parent / "static"
KEEP_ALIVE_SECONDS = 15.0
MAX_NAME = 64


class BadInput(ValueError):
    """The request asks for something that does not make sense: answered 400."""


def create_app(playground: Playground, allowed_hosts: Sequence[str] = ("*",)) -> Starlette:
    api = _Api(playground)
    routes = [
        Route("/", api.page),
        Route("/events", api.events),
        Route("/files/{file_id}", api.file),
        Route("/api/state", api.state),
        Route("/api/send", api.send, methods=["POST"]),
        Route("/api/press", api.press, methods=["POST"]),
        Route("/api/link", api.link, methods=["POST"]),
        Route("/api/clock", api.clock, methods=["POST"]),
        Route("/api/people", api.people, methods=["POST"]),
        Route("/api/group", api.group, methods=["POST"]),
        Route("/api/reset", api.reset, methods=["POST"]),
        Mount("/static", StaticFiles(directory=STATIC), name="static"),
    ]
    middleware = [Middleware(TrustedHostMiddleware, allowed_hosts=list(allowed_hosts))]
    return Starlette(routes=routes, middleware=middleware)


class _Api:
    def __init__(self, playground: Playground) -> None:
        self.pg = playground

    # ------------------------------------------------------------------ reading

    async def page(self, request: Request) -> Response:
        return HTMLResponse(render_page(self.pg), headers={"Cache-Control": "no-store"})

    async def state(self, request: Request) -> Response:
        pg = self.pg
        return JSONResponse(
            {
                "now": pg.clock.now().isoformat(),
                "people": [
                    {"role": p.role, "user_id": p.user_id, "name": p.name, "zone": p.zone}
                    for p in pg.people.values()
                ],
                "bot_in_group": pg.group.bot_member,
                "chats": [
                    {"id": chat_id, "messages": pg.messages(chat_id)} for chat_id in pg.chat_ids()
                ],
            }
        )

    async def file(self, request: Request) -> Response:
        stored = self.pg.api.world.files.get(request.path_params["file_id"])
        if stored is None:
            return JSONResponse({"error": "no such file"}, status_code=404)
        headers = {"Cache-Control": "no-store"}
        if request.query_params.get("download"):
            name = stored.filename.replace('"', "")
            headers["Content-Disposition"] = f'attachment; filename="{name}"'
        media = stored.mime_type or "application/octet-stream"
        return Response(stored.content, media_type=media, headers=headers)

    async def events(self, request: Request) -> Response:
        queue = self.pg.subscribe()

        async def stream() -> AsyncIterator[str]:
            try:
                yield "retry: 1000\n\n"
                while True:
                    try:
                        event = await asyncio.wait_for(queue.get(), KEEP_ALIVE_SECONDS)
                    except TimeoutError:
                        yield ": still here\n\n"
                        continue
                    if event is None:  # the playground is stopping
                        return
                    yield f"data: {json.dumps(event)}\n\n"
            finally:
                self.pg.unsubscribe(queue)

        headers = {"Cache-Control": "no-store", "X-Accel-Buffering": "no"}
        return StreamingResponse(stream(), media_type="text/event-stream", headers=headers)

    # ------------------------------------------------------------------ acting

    async def send(self, request: Request) -> Response:
        async def act(body: dict[str, Any]) -> dict[str, Any]:
            text = _text(body, "text", 4096)
            reply_to = body.get("reply_to")
            if reply_to is not None:
                reply_to = _int(body, "reply_to")
            self.pg.send(_int(body, "chat_id"), _int(body, "user_id"), text, reply_to)
            return {"ok": True}

        return await _answer(request, act)

    async def press(self, request: Request) -> Response:
        async def act(body: dict[str, Any]) -> dict[str, Any]:
            self.pg.press(
                _int(body, "chat_id"),
                _int(body, "message_id"),
                _int(body, "row"),
                _int(body, "column"),
                _int(body, "user_id"),
            )
            return {"ok": True}

        return await _answer(request, act)

    async def link(self, request: Request) -> Response:
        async def act(body: dict[str, Any]) -> dict[str, Any]:
            link = classify(_text(body, "url", 2048), self.pg.bot_username)
            if isinstance(link, StartLink):
                user_id = _int(body, "user_id")
                self.pg.start_link(user_id, link.command)
                return {"action": "open_chat", "chat": user_id}
            if isinstance(link, ShareLink):
                return {"action": "share", "text": link.text}
            if isinstance(link, OtherLink) and link.safe:
                return {"action": "open_url", "url": link.url}
            raise BadInput("that link cannot be opened")

        return await _answer(request, act)

    async def clock(self, request: Request) -> Response:
        async def act(body: dict[str, Any]) -> dict[str, Any]:
            try:
                jump = Jump(_text(body, "jump", 20))
            except ValueError as exc:
                raise BadInput("jump is one of hour, day, question, sunday") from exc
            try:
                now = await self.pg.jump(jump)
            except NothingScheduled as exc:
                raise BadInput(
                    "No daily question is planned yet: answer /start (time zone and time) "
                    "in a private chat first."
                ) from exc
            return {"now": now.isoformat()}

        return await _answer(request, act)

    async def people(self, request: Request) -> Response:
        async def act(body: dict[str, Any]) -> dict[str, Any]:
            people = body.get("people")
            if not isinstance(people, list):
                raise BadInput("people must be a list")
            changes = []
            for entry in people:
                if not isinstance(entry, dict) or entry.get("role") not in ROLES:
                    raise BadInput("each person needs a role: a, b or outsider")
                name = _text(entry, "name", MAX_NAME)
                zone = _text(entry, "zone", 64)
                try:
                    ZoneInfo(zone)
                except (ValueError, KeyError) as exc:
                    raise BadInput(f"unknown time zone {zone!r}") from exc
                changes.append((str(entry["role"]), name, zone))
            for role, name, zone in changes:
                self.pg.rename(role, name, zone)
            self.pg.broadcast({"type": "reload"})
            return {"ok": True}

        return await _answer(request, act)

    async def group(self, request: Request) -> Response:
        async def act(body: dict[str, Any]) -> dict[str, Any]:
            action, user_id = _text(body, "action", 20), _int(body, "user_id")
            if action == "add_bot":
                self.pg.add_bot_to_group(user_id)
            elif action == "remove_bot":
                self.pg.remove_bot_from_group(user_id)
            else:
                raise BadInput("action is add_bot or remove_bot")
            self.pg.broadcast(
                {
                    "type": "group",
                    "chat": self.pg.group.id,
                    "sub": group_subtitle(self.pg),
                    "bar": group_bar(self.pg),
                }
            )
            return {"ok": True}

        return await _answer(request, act)

    async def reset(self, request: Request) -> Response:
        async def act(body: dict[str, Any]) -> dict[str, Any]:
            await self.pg.reset()
            return {"ok": True}

        return await _answer(request, act)


Action = Callable[[dict[str, Any]], Awaitable[dict[str, Any]]]


async def _answer(request: Request, act: Action) -> Response:
    if request.headers.get("content-type", "").split(";")[0].strip() != "application/json":
        return JSONResponse({"error": "send JSON (Content-Type: application/json)"}, 415)
    try:
        body = await request.json()
    except ValueError:
        return JSONResponse({"error": "the body is not JSON"}, 400)
    if not isinstance(body, dict):
        return JSONResponse({"error": "the body must be a JSON object"}, 400)
    try:
        return JSONResponse(await act(body))
    except (BadInput, PermissionError) as exc:
        return JSONResponse({"error": str(exc)}, 400)
    except LookupError as exc:
        return JSONResponse({"error": str(exc).strip("'\"")}, 404)


def _int(body: dict[str, Any], key: str) -> int:
    value = body.get(key)
    if isinstance(value, bool) or not isinstance(value, int | str):
        raise BadInput(f"{key} must be a number")
    try:
        return int(value)
    except ValueError as exc:
        raise BadInput(f"{key} must be a number") from exc


def _text(body: dict[str, Any], key: str, limit: int) -> str:
    value = body.get(key)
    if not isinstance(value, str) or not value.strip():
        raise BadInput(f"{key} must be some text")
    if len(value) > limit:
        raise BadInput(f"{key} is longer than {limit} characters")
    return value.strip() if key != "text" else value

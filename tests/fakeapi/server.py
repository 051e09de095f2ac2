"""An in-process fake of the Telegram Bot API, served over real HTTP on 127.0.0.1.

Point a real PTB ``Bot``/``Application`` at it with ``base_url=api.base_url`` and
``base_file_url=api.base_file_url``; PTB then exercises its genuine request/parsing code.

What it covers
--------------
* Methods: getMe, getUpdates (long poll), deleteWebhook, setWebhook, getWebhookInfo,
  setMyCommands, getMyCommands, deleteMyCommands, sendMessage, editMessageText,
  editMessageReplyMarkup, answerCallbackQuery, sendDocument, sendPhoto, deleteMessage, getFile
  (+ file download), getChat, getChatMember, leaveChat, sendChatAction, close, logOut.
  Anything else answers 404 "Not Found: method not found" (PTB turns 404 into InvalidToken).
* Telegram behaviours worth catching bugs with: HTML parse_mode validation (unsupported or
  unbalanced tags -> 400 "can't parse entities"), 4096/1024 length limits, callback_data of
  1..64 bytes, "message is not modified", editing text without reply_markup removes the inline
  keyboard, answering an unknown/already answered callback query -> 400, blocked users -> 403,
  migrated groups -> 400 with ``migrate_to_chat_id``, privacy mode in groups (the bot only sees
  commands, replies to its own messages, @mentions and service messages), optional flood limits.
* Returned messages carry ``reply_markup`` only for inline keyboards (as Telegram does; PTB
  parses ``Message.reply_markup`` as InlineKeyboardMarkup). ForceReply/reply keyboards are
  available via :meth:`FakeBotApi.sent_markup` and the recorded call params.
* Text sent with parse_mode=HTML is stored as the plain text Telegram would display; the raw
  HTML stays in ``Call.params``. MarkdownV2 is stored verbatim (not validated).

Waiting semantics
-----------------
Each chat has a transcript of *events*: every message the bot sent and every edit, in order.
``wait_for_message(chat, contains)`` reads that transcript like ``pexpect``: it scans from the
chat's cursor for the first event matching ``contains`` (substring of text/caption) and
``predicate``, moves the cursor just past it and returns the message as it was at that event.
Events that already happened but were not consumed still count, so "act, then wait" is never
racy; non-matching events before the match are skipped for good. ``new_only=True`` ignores
everything already in the transcript when the call starts. ``skip_messages(chat)`` moves the
cursor to the end. ``wait_for_call`` has the same cursor semantics per method.
``wait_until_idle`` returns once every queued update was handed to the bot by getUpdates, no
non-getUpdates call is in flight and none finished (and no update was queued or fetched) for
``quiet`` seconds.
"""

from __future__ import annotations

import asyncio
import contextlib
import json
import logging
import math
import re
import time
from collections import deque
from collections.abc import Callable, Hashable
from dataclasses import dataclass
from itertools import islice
from types import TracebackType
from typing import Any, ClassVar, Self

from aiohttp import web

from .formatting import EntityParseError, parse_html, utf16_len
from .models import (
    BOT_FIRST_NAME,
    BOT_ID,
    BOT_USER,
    BOT_USERNAME,
    JSON,
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
)

_LOG = logging.getLogger(__name__)
_TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]{20,}$")
_COMMAND_RE = re.compile(r"^/[A-Za-z0-9_]{1,32}(?:@([A-Za-z0-9_]{3,32}))?(?=\s|$)")
_BOT_COMMAND_RE = re.compile(r"^[a-z0-9_]{1,32}$")

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
_BUTTON_ACTIONS = frozenset(
    {
        "callback_data",
        "url",
        "web_app",
        "login_url",
        "switch_inline_query",
        "switch_inline_query_current_chat",
        "switch_inline_query_chosen_chat",
        "copy_text",
        "callback_game",
        "pay",
    }
)
_SERVICE_KEYS = frozenset(
    {"new_chat_members", "left_chat_member", "migrate_to_chat_id", "migrate_from_chat_id"}
)
_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)
_MIGRATED = "Bad Request: group chat was upgraded to a supergroup chat"
_QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid"
_GET_ME: JSON = {
    **BOT_USER,
    "can_join_groups": True,
    "can_read_all_group_messages": False,
    "supports_inline_queries": False,
    "can_connect_to_business": False,
    "has_main_web_app": False,
}
_NO_GIFTS: JSON = {
    "unlimited_gifts": False,
    "limited_gifts": False,
    "unique_gifts": False,
    "premium_subscription": False,
    "gifts_from_channels": False,
}

Chat = FakeUser | FakeGroup | int


class _Rejected(Exception):
    def __init__(self, error: ApiError) -> None:
        super().__init__(error.description)
        self.error = error


@dataclass(slots=True, frozen=True)
class _Event:
    kind: str  # "sent" | "edited"
    message: JSON


@dataclass(slots=True)
class _FaultRule:
    method: str
    fault: Fault
    remaining: int
    chat_id: int | None


class _Waiters:
    """Futures parked per key; ``notify`` wakes only the waiters of that key."""

    def __init__(self) -> None:
        self._by_key: dict[Hashable, set[asyncio.Future[None]]] = {}

    def notify(self, key: Hashable) -> None:
        for fut in self._by_key.pop(key, ()):
            if not fut.done():
                fut.set_result(None)

    async def wait(self, key: Hashable, seconds: float) -> None:
        """Return on ``notify(key)`` or after ``seconds``, whichever comes first."""
        if seconds <= 0:
            return
        fut: asyncio.Future[None] = asyncio.get_running_loop().create_future()
        self._by_key.setdefault(key, set()).add(fut)
        try:
            await asyncio.wait_for(fut, seconds)
        except TimeoutError:
            pass
        finally:
            waiting = self._by_key.get(key)
            if waiting is not None:
                waiting.discard(fut)
                if not waiting:
                    del self._by_key[key]


def _chat_id_param(params: JSON) -> int | None:
    raw = params.get("chat_id")
    if isinstance(raw, bool):
        return None
    if isinstance(raw, int):
        return raw
    if isinstance(raw, str):
        with contextlib.suppress(ValueError):
            return int(raw)
    return None


def _as_int(value: Any, default: int) -> int:
    if value is None or isinstance(value, bool):
        return default
    try:
        return int(value)
    except (TypeError, ValueError):
        return default


def _decode_form_value(key: str, raw: str) -> Any:
    if key in _STRING_PARAMS:
        return raw
    try:
        return json.loads(raw)
    except ValueError:
        return raw


def _decode_json_value(key: str, value: Any) -> Any:
    if key in _JSON_PARAMS and isinstance(value, str):
        with contextlib.suppress(ValueError):
            return json.loads(value)
    return value


async def _read_params(request: web.Request) -> JSON:
    params: JSON = {k: _decode_form_value(k, v) for k, v in request.query.items()}
    if not request.body_exists:
        return params
    if request.content_type == "application/json":
        try:
            body = await request.json()
        except ValueError as exc:
            raise _Rejected(bad_request("can't parse JSON")) from exc
        if not isinstance(body, dict):
            raise _Rejected(bad_request("request body must be a JSON object"))
        params.update({k: _decode_json_value(k, v) for k, v in body.items()})
        return params
    form = await request.post()
    for key, value in form.items():
        if isinstance(value, web.FileField):
            params[key] = UploadedFile(value.filename, value.file.read(), value.content_type)
        elif isinstance(value, str):
            params[key] = _decode_form_value(key, value)
        else:
            params[key] = _decode_form_value(key, bytes(value).decode())
    return params


def _json_response(body: JSON, status: int = 200) -> web.Response:
    return web.json_response(body, status=status)


def _member(user: JSON, status: str) -> JSON:
    data: JSON = {"user": user, "status": status}
    if status == "creator":
        data["is_anonymous"] = False
    elif status == "kicked":
        data["until_date"] = 0
    return data


def _text_of(message: JSON) -> str:
    text = message.get("text", message.get("caption", ""))
    return text if isinstance(text, str) else ""


def _labels(message: JSON) -> list[str]:
    rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
    return [str(button.get("text")) for row in rows for button in row]


def _now() -> int:
    return int(time.time())


class FakeBotApi:
    """Fake Telegram Bot API server; use as ``async with FakeBotApi() as api:``."""

    TOKEN: ClassVar[str] = "123456:TEST-token-for-the-fake-api-000"
    BOT_ID: ClassVar[int] = BOT_ID
    BOT_USERNAME: ClassVar[str] = BOT_USERNAME
    BOT_FIRST_NAME: ClassVar[str] = BOT_FIRST_NAME

    def __init__(
        self,
        *,
        enforce_limits: bool = False,
        limits: Limits | None = None,
        clock: Callable[[], float] = time.monotonic,
        privacy_mode: bool = True,
    ) -> None:
        self.enforce_limits = enforce_limits
        self.limits = limits or Limits()
        self.privacy_mode = privacy_mode
        self._clock = clock
        self.stats = Stats()
        # Well-formed tokens that Telegram would refuse (revoked by @BotFather).
        self.revoked_tokens: set[str] = set()
        self.calls: list[Call] = []
        self._calls_by_method: dict[str, list[Call]] = {}
        self._call_cursor: dict[str, int] = {}
        self._failures_by_chat: dict[int, list[Call]] = {}
        self._faults: list[_FaultRule] = []

        self._users: dict[int, FakeUser] = {}
        self._groups: dict[int, FakeGroup] = {}
        self._migrated: dict[int, int] = {}
        self._blocked: set[int] = set()

        self._pending: deque[JSON] = deque()
        self._next_update_id = 10_001
        self._delivered_upto = 0
        self._allowed_updates: frozenset[str] | None = None
        self._poll_generation = 0
        self._webhook_url = ""

        self._message_seq: dict[int, int] = {}
        self._all_messages: dict[tuple[int, int], JSON] = {}
        self._bot_messages: dict[int, dict[int, JSON]] = {}
        self._markups: dict[tuple[int, int], JSON] = {}
        self._events: dict[int, list[_Event]] = {}
        self._event_cursor: dict[int, int] = {}
        self._fingerprints: dict[int, set[int]] = {}
        self._documents: dict[int, list[SentDocument]] = {}
        self._files: dict[str, UploadedFile] = {}
        self._file_paths: dict[str, str] = {}
        self._path_of_file: dict[str, str] = {}
        self._file_seq = 0
        self._callbacks: dict[str, JSON] = {}
        self._answered: set[str] = set()
        self._callback_seq = 0
        self._commands: dict[tuple[str, str], list[JSON]] = {}

        self._private_windows: dict[int, deque[float]] = {}
        self._group_windows: dict[int, deque[float]] = {}
        self._global_window: deque[float] = deque()

        self._waiters = _Waiters()
        self._in_flight = 0
        self._last_activity = time.monotonic()
        self._closing = asyncio.Event()
        self._runner: web.AppRunner | None = None
        self._port: int | None = None

        self._handlers: dict[str, Callable[[JSON], Any]] = {
            "getMe": lambda _: dict(_GET_ME),
            "deleteWebhook": self._delete_webhook,
            "setWebhook": self._set_webhook,
            "getWebhookInfo": self._get_webhook_info,
            "setMyCommands": self._set_my_commands,
            "getMyCommands": self._get_my_commands,
            "deleteMyCommands": self._delete_my_commands,
            "sendMessage": self._send_message,
            "editMessageText": self._edit_message_text,
            "editMessageReplyMarkup": self._edit_message_reply_markup,
            "answerCallbackQuery": self._answer_callback_query,
            "sendDocument": self._send_document,
            "sendPhoto": self._send_photo,
            "deleteMessage": self._delete_message,
            "getFile": self._get_file,
            "getChat": self._get_chat,
            "getChatMember": self._get_chat_member,
            "leaveChat": self._leave_chat,
            "sendChatAction": self._send_chat_action,
            "close": lambda _: True,
            "logOut": lambda _: True,
        }
        # Telegram method names are case-insensitive.
        self._canonical = {name.lower(): name for name in [*self._handlers, "getUpdates"]}

    # ------------------------------------------------------------------ lifecycle

    async def __aenter__(self) -> Self:
        await self.start()
        return self

    async def __aexit__(
        self,
        exc_type: type[BaseException] | None,
        exc: BaseException | None,
        tb: TracebackType | None,
    ) -> None:
        await self.close()

    async def start(self) -> None:
        """Start serving on 127.0.0.1 (random port) in the running event loop."""
        self._closing = asyncio.Event()
        app = web.Application(client_max_size=64 * 1024 * 1024)
        app.router.add_route("*", "/{tail:.*}", self._handle)
        # handler_cancellation: a client that gives up on a long poll frees the handler at once.
        runner = web.AppRunner(
            app, handler_cancellation=True, access_log=None, shutdown_timeout=1.0
        )
        await runner.setup()
        site = web.TCPSite(runner, "127.0.0.1", 0)
        await site.start()
        self._runner = runner
        self._port = int(runner.addresses[0][1])

    async def close(self) -> None:
        """Stop the server; pending long polls answer ``[]`` immediately."""
        if self._runner is None:
            return
        self._closing.set()
        self._waiters.notify("updates")
        runner, self._runner = self._runner, None
        await runner.cleanup()

    @property
    def port(self) -> int:
        if self._port is None:
            raise RuntimeError("FakeBotApi is not started")
        return self._port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    @property
    def token(self) -> str:
        return self.TOKEN

    @property
    def bot_user(self) -> JSON:
        return dict(BOT_USER)

    # ------------------------------------------------------------------ people and chats

    def user(
        self,
        id: int,
        first_name: str,
        username: str | None = None,
        *,
        last_name: str | None = None,
        language_code: str | None = "en",
        started: bool = True,
    ) -> FakeUser:
        """Create a user. ``started=False``: the bot gets 403 until the user messages it."""
        if id <= 0:
            raise ValueError("user ids are positive")
        if id in self._users:
            raise ValueError(f"user {id} already exists")
        user = FakeUser(id, first_name, username, last_name, language_code, started)
        self._users[id] = user
        return user

    def group(
        self,
        id: int,
        title: str,
        members: list[FakeUser],
        *,
        creator: FakeUser | None = None,
        with_bot: bool = False,
    ) -> FakeGroup:
        """Create a basic group. The creator defaults to the first member; the bot is not in
        it unless ``with_bot`` (no updates queued) or :meth:`add_bot_to_group`."""
        if id >= 0:
            raise ValueError("group ids are negative")
        if id in self._groups or id in self._migrated:
            raise ValueError(f"group {id} already exists")
        owner = creator or (members[0] if members else None)
        group = FakeGroup(
            id,
            title,
            {m.id: m for m in members},
            creator_id=owner.id if owner else None,
            bot_member=with_bot,
        )
        self._groups[id] = group
        return group

    def block(self, user: FakeUser, *, notify: bool = False) -> None:
        """User blocks the bot: sends to their private chat answer 403 until :meth:`unblock`.
        ``notify`` also queues the ``my_chat_member`` (member -> kicked) Telegram sends."""
        self._blocked.add(user.id)
        if notify:
            self._queue_my_chat_member(user.chat, user.to_dict(), "member", "kicked")

    def unblock(self, user: FakeUser, *, notify: bool = False) -> None:
        self._blocked.discard(user.id)
        if notify:
            self._queue_my_chat_member(user.chat, user.to_dict(), "kicked", "member")

    def is_blocked(self, user: FakeUser) -> bool:
        return user.id in self._blocked

    def add_member(self, group: FakeGroup, user: FakeUser, *, notify: bool = True) -> JSON | None:
        """Add ``user``; queues a ``new_chat_members`` message when the bot is in the group."""
        group.member_map[user.id] = user
        if notify and group.bot_member:
            return self._queue_user_message(user, group, {"new_chat_members": [user.to_dict()]})
        return None

    def remove_member(
        self, group: FakeGroup, user: FakeUser, *, notify: bool = True
    ) -> JSON | None:
        """Remove ``user``; queues a ``left_chat_member`` message when the bot is in the group."""
        group.member_map.pop(user.id, None)
        if notify and group.bot_member:
            return self._queue_user_message(
                user, group, {"left_chat_member": user.to_dict()}, check_member=False
            )
        return None

    def add_bot_to_group(self, group: FakeGroup, by_user: FakeUser) -> list[JSON]:
        """Queue ``my_chat_member`` (left -> member) and the ``new_chat_members`` message."""
        group.member_map.setdefault(by_user.id, by_user)
        group.bot_member = True
        return [
            self._queue_my_chat_member(group.chat, by_user.to_dict(), "left", "member"),
            self._queue_user_message(by_user, group, {"new_chat_members": [dict(BOT_USER)]}),
        ]

    def remove_bot_from_group(self, group: FakeGroup, by_user: FakeUser) -> list[JSON]:
        """Queue ``my_chat_member`` (member -> left) and the ``left_chat_member`` message."""
        group.bot_member = False
        return [
            self._queue_my_chat_member(group.chat, by_user.to_dict(), "member", "left"),
            self._queue_user_message(
                by_user, group, {"left_chat_member": dict(BOT_USER)}, False, force=True
            ),
        ]

    def migrate_group(self, group: FakeGroup, by_user: FakeUser | None = None) -> int:
        """Upgrade to a supergroup with a new ``-100...`` id. Sends to the old id then fail with
        400 + ``migrate_to_chat_id``. Service messages are queued if the bot is a member."""
        if group.type != "group":
            raise ValueError("only basic groups can be migrated")
        old_id = group.id
        new_id = -(10**12 + abs(old_id))
        actor = by_user or (group.members[0] if group.members else None)
        if group.bot_member and actor is not None:
            self._queue_user_message(actor, group, {"migrate_to_chat_id": new_id}, False)
        del self._groups[old_id]
        group.old_ids.append(old_id)
        group.id, group.type = new_id, "supergroup"
        self._groups[new_id] = group
        self._migrated[old_id] = new_id
        if group.bot_member and actor is not None:
            self._queue_user_message(actor, group, {"migrate_from_chat_id": old_id}, False)
        return new_id

    # ------------------------------------------------------------------ queueing updates

    def send_text(self, user: FakeUser, text: str, chat: FakeGroup | None = None) -> JSON:
        """Queue a text message (private chat unless ``chat``). Commands get a ``bot_command``
        entity. In groups with privacy mode, text the bot would not see is *not* queued and
        the returned Update has ``update_id`` None."""
        return self._queue_user_message(user, chat, self._text_payload(text))

    def send_command(
        self, user: FakeUser, command: str, args: str | None = None, chat: FakeGroup | None = None
    ) -> JSON:
        command = command if command.startswith("/") else f"/{command}"
        return self.send_text(user, f"{command} {args}" if args else command, chat)

    def reply_to(
        self, user: FakeUser, message: JSON, text: str, chat: FakeGroup | None = None
    ) -> JSON:
        """Queue ``text`` as a reply to ``message`` (e.g. answering a ForceReply)."""
        target = chat or self._chat_for_message(message, user)
        current = self._current(message)
        payload = self._text_payload(text)
        payload["reply_to_message"] = {k: v for k, v in current.items() if k != "reply_to_message"}
        return self._queue_user_message(user, target, payload)

    def press(self, user: FakeUser, message: JSON, data: str) -> JSON:
        """Queue a ``callback_query`` with ``data`` on the bot's ``message`` (current state)."""
        current = self._current(message)
        self._callback_seq += 1
        query_id = str(4_000_000_000_000_000 + self._callback_seq)
        chat_id = int(current["chat"]["id"])
        query: JSON = {
            "id": query_id,
            "from": user.to_dict(),
            "message": current,
            "chat_instance": str(-chat_id * 31 + 7),
            "data": data,
        }
        self._callbacks[query_id] = query
        return self._queue("callback_query", query)

    def press_button(self, user: FakeUser, message: JSON, label: str) -> JSON:
        """Press the inline button whose text is ``label`` (exact, else a unique substring)."""
        current = self._current(message)
        rows = (current.get("reply_markup") or {}).get("inline_keyboard") or []
        buttons: list[JSON] = [b for row in rows for b in row]
        matches = [b for b in buttons if b.get("text") == label] or [
            b for b in buttons if label in str(b.get("text"))
        ]
        where = f"message {current.get('message_id')} in chat {current['chat']['id']}"
        if len(matches) != 1:
            problem = "No inline button" if not matches else "Several inline buttons"
            raise AssertionError(
                f"{problem} labelled {label!r} in {where}; buttons: {_labels(current)}; "
                f"text: {_text_of(current)!r}"
            )
        data = matches[0].get("callback_data")
        if not isinstance(data, str):
            raise AssertionError(f"Button {label!r} in {where} has no callback_data: {matches[0]}")
        return self.press(user, current, data)

    def send_sticker(self, user: FakeUser, chat: FakeGroup | None = None) -> JSON:
        file_id, unique = self._register_file("stickers", "sticker.webp", b"RIFF", "image/webp")
        sticker: JSON = {
            "file_id": file_id,
            "file_unique_id": unique,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": "\N{THUMBS UP SIGN}",
            "file_size": 4,
        }
        return self._queue_user_message(user, chat, {"sticker": sticker})

    def send_photo(
        self, user: FakeUser, chat: FakeGroup | None = None, caption: str | None = None
    ) -> JSON:
        file_id, unique = self._register_file("photos", "photo.jpg", b"\xff\xd8\xff", "image/jpeg")
        photo = [
            {"file_id": file_id, "file_unique_id": unique, "width": 90, "height": 90},
        ]
        payload: JSON = {"photo": photo}
        if caption:
            payload["caption"] = caption
        return self._queue_user_message(user, chat, payload)

    def send_voice(self, user: FakeUser, chat: FakeGroup | None = None) -> JSON:
        file_id, unique = self._register_file("voice", "voice.ogg", b"OggS", "audio/ogg")
        voice: JSON = {
            "file_id": file_id,
            "file_unique_id": unique,
            "duration": 1,
            "mime_type": "audio/ogg",
            "file_size": 4,
        }
        return self._queue_user_message(user, chat, {"voice": voice})

    def send_document(
        self,
        user: FakeUser,
        chat: FakeGroup | None = None,
        filename: str = "notes.txt",
        content: bytes = b"hello",
        mime_type: str = "text/plain",
    ) -> JSON:
        file_id, unique = self._register_file("documents", filename, content, mime_type)
        document: JSON = {
            "file_id": file_id,
            "file_unique_id": unique,
            "file_name": filename,
            "mime_type": mime_type,
            "file_size": len(content),
        }
        return self._queue_user_message(user, chat, {"document": document})

    @property
    def pending_updates(self) -> list[JSON]:
        """Updates not yet confirmed by the bot (via a later getUpdates offset)."""
        return list(self._pending)

    # ------------------------------------------------------------------ faults and limits

    def fail_next(
        self, method: str, error: Fault, count: int = 1, chat_id: int | None = None
    ) -> None:
        """Answer the next ``count`` calls of ``method`` (to ``chat_id`` if given) with
        ``error`` (see :func:`retry_after`, :func:`forbidden`, :func:`bad_request`,
        :func:`server_error`, :func:`timeout`)."""
        name = self._canonical.get(method.lower(), method)
        self._faults.append(_FaultRule(name, error, count, chat_id))

    def _take_fault(self, call: Call) -> Fault | None:
        for rule in self._faults:
            if rule.method == call.method and rule.chat_id in (None, call.chat_id):
                rule.remaining -= 1
                if rule.remaining <= 0:
                    self._faults.remove(rule)
                self.stats.injected_faults += 1
                return rule.fault
        return None

    def _admit(self, chat_id: int, private: bool) -> None:
        """Flood control: 429 with an honest retry_after, else count the send."""
        if not self.enforce_limits:
            return
        now, lim = self._clock(), self.limits
        if private:
            chat_window = self._private_windows.setdefault(chat_id, deque())
            chat_wait = _window_wait(chat_window, now, lim.private_max, lim.private_window)
        else:
            chat_window = self._group_windows.setdefault(chat_id, deque())
            chat_wait = _window_wait(chat_window, now, lim.group_max, lim.group_window)
        global_wait = _window_wait(self._global_window, now, lim.global_max, lim.global_window)
        if chat_wait > 0 or global_wait > 0:
            kind = "global" if global_wait >= chat_wait else ("private" if private else "group")
            self.stats.limit_hits[kind] += 1
            seconds = max(1, math.ceil(max(chat_wait, global_wait)))
            raise _Rejected(
                ApiError(429, f"Too Many Requests: retry after {seconds}", {"retry_after": seconds})
            )
        chat_window.append(now)
        self._global_window.append(now)

    # ------------------------------------------------------------------ inspection

    def calls_of(self, method: str) -> list[Call]:
        return list(self._calls_by_method.get(self._canonical.get(method.lower(), method), ()))

    def messages_to(self, chat: Chat) -> list[JSON]:
        """Messages the bot sent to ``chat`` (current state after edits; deleted ones gone)."""
        return list(self._bot_messages.get(self._chat_key(chat), {}).values())

    def last_message(self, chat: Chat) -> JSON | None:
        messages = self._bot_messages.get(self._chat_key(chat))
        return next(reversed(messages.values())) if messages else None

    def texts_to(self, chat: Chat) -> list[str]:
        return [_text_of(m) for m in self.messages_to(chat)]

    def documents_to(self, chat: Chat) -> list[SentDocument]:
        return list(self._documents.get(self._chat_key(chat), ()))

    def sent_markup(self, message: JSON) -> JSON | None:
        """The reply_markup the bot last set on ``message``, including ForceReply and reply
        keyboards (which Telegram does not echo back inside Message objects)."""
        return self._markups.get((int(message["chat"]["id"]), int(message["message_id"])))

    def commands(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        return list(self._commands.get(self._scope_key(scope, language_code), ()))

    def unanswered_callbacks(self) -> list[JSON]:
        return [q for qid, q in self._callbacks.items() if qid not in self._answered]

    def skip_messages(self, chat: Chat) -> None:
        """Mark everything sent to ``chat`` so far as consumed by wait_for_message."""
        cid = self._chat_key(chat)
        self._event_cursor[cid] = len(self._events.get(cid, ()))

    # ------------------------------------------------------------------ waiting

    async def wait_for_message(
        self,
        chat: Chat,
        contains: str | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - plain seconds keep tests short
        *,
        predicate: Callable[[JSON], bool] | None = None,
        new_only: bool = False,
    ) -> JSON:
        """Next unconsumed send/edit to ``chat`` matching; see the module docstring."""
        cid = self._chat_key(chat)
        events = self._events.setdefault(cid, [])
        pos = len(events) if new_only else self._event_cursor.get(cid, 0)
        deadline = time.monotonic() + timeout
        while True:
            while pos < len(events):
                message = events[pos].message
                pos += 1
                if (contains is None or contains in _text_of(message)) and (
                    predicate is None or predicate(message)
                ):
                    self._event_cursor[cid] = pos
                    return message
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                raise AssertionError(self._describe_chat(cid, contains, timeout, new_only))
            await self._waiters.wait(("chat", cid), remaining)

    async def wait_for_call(
        self,
        method: str,
        predicate: Callable[[Call], bool] | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - plain seconds keep tests short
    ) -> Call:
        """Next not-yet-returned finished call of ``method`` matching ``predicate``."""
        name = self._canonical.get(method.lower(), method)
        calls = self._calls_by_method.setdefault(name, [])
        pos = self._call_cursor.get(name, 0)
        deadline = time.monotonic() + timeout
        while True:
            while pos < len(calls):
                call = calls[pos]
                pos += 1
                if predicate is None or predicate(call):
                    self._call_cursor[name] = pos
                    return call
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                shown = "\n".join(
                    f"  {c.params} -> {c.error.description if c.error else 'ok'}"
                    for c in calls[-20:]
                )
                raise AssertionError(
                    f"No matching {name} call within {timeout}s. {len(calls)} {name} calls "
                    f"recorded (last 20):\n{shown or '  (none)'}\n"
                    f"All calls by method: {dict(self.stats.calls)}"
                )
            await self._waiters.wait(("call", name), remaining)

    async def wait_until_idle(self, quiet: float = 0.2, timeout: float = 10.0) -> None:  # noqa: ASYNC109
        """Wait until all queued updates were fetched and the bot made no call for ``quiet``."""
        deadline = time.monotonic() + timeout
        while True:
            now = time.monotonic()
            undelivered = self._undelivered()
            idle_for = now - self._last_activity
            if not undelivered and self._in_flight == 0 and idle_for >= quiet:
                return
            if now >= deadline:
                raise AssertionError(
                    f"Bot not idle after {timeout}s: {undelivered} queued updates not fetched, "
                    f"{self._in_flight} calls in flight, last activity {idle_for:.2f}s ago"
                )
            await asyncio.sleep(min(max(quiet - idle_for, 0.01), 0.05, deadline - now))

    def _undelivered(self) -> int:
        if not self._pending or self._pending[-1]["update_id"] <= self._delivered_upto:
            return 0
        return sum(1 for u in self._pending if u["update_id"] > self._delivered_upto)

    def _describe_chat(self, cid: int, contains: str | None, timeout: float, new: bool) -> str:
        what = f"containing {contains!r}" if contains is not None else "(any)"
        lines = [f"No {'new ' if new else ''}bot message {what} in chat {cid} within {timeout}s."]
        events = self._events.get(cid, [])
        cursor = self._event_cursor.get(cid, 0)
        if events:
            lines.append(f"Bot sends/edits to this chat ({len(events)}; * = already consumed):")
            start = max(0, len(events) - 40)
            for index in range(start, len(events)):
                ev = events[index]
                mark = "*" if index < cursor else " "
                buttons = _labels(ev.message)
                extra = f" buttons={buttons}" if buttons else ""
                lines.append(
                    f" {mark} {ev.kind:6} #{ev.message['message_id']}: "
                    f"{_text_of(ev.message)!r}{extra}"
                )
        else:
            lines.append("The bot sent nothing to this chat.")
        for call in self._failures_by_chat.get(cid, [])[-10:]:
            assert call.error is not None
            lines.append(f"Failed {call.method}: {call.error.description}")
        if undelivered := self._undelivered():
            lines.append(f"{undelivered} queued updates were never fetched by the bot.")
        if self.stats.privacy_dropped:
            lines.append(f"{self.stats.privacy_dropped} group messages dropped by privacy mode.")
        return "\n".join(lines)

    # ------------------------------------------------------------------ HTTP plumbing

    async def _handle(self, request: web.Request) -> web.StreamResponse:
        path = request.path
        if path.startswith("/file/bot"):
            return self._serve_file(path[len("/file/bot") :])
        if not path.startswith("/bot"):
            return _json_response(ApiError(404, "Not Found").body(), 404)
        token, _, raw_method = path[len("/bot") :].partition("/")
        method = self._canonical.get(raw_method.lower(), raw_method)
        polling = method == "getUpdates"
        call = Call(method, {}, self._clock(), None)
        if not polling:
            self._in_flight += 1
        try:
            call.params = await _read_params(request)
            call.chat_id = _chat_id_param(call.params)
            if not _TOKEN_RE.fullmatch(token) or token in self.revoked_tokens:
                raise _Rejected(ApiError(401, "Unauthorized"))
            await self._dispatch(call)
        except _Rejected as rejected:
            call.error = rejected.error
        except Exception as exc:
            # A bug in the fake: still answer in Telegram's JSON shape so PTB reports it clearly.
            _LOG.exception("fake Bot API failed on %s", method)
            call.error = ApiError(500, f"Internal Server Error: fake API bug: {exc!r}")
        finally:
            if not polling:
                self._in_flight -= 1
                self._last_activity = time.monotonic()
            self._record(call)
        if call.error is not None:
            return _json_response(call.error.body(), call.error.status)
        return _json_response({"ok": True, "result": call.result})

    async def _dispatch(self, call: Call) -> None:
        handler = self._handlers.get(call.method)
        if handler is None and call.method != "getUpdates":
            raise _Rejected(ApiError(404, "Not Found: method not found"))
        fault = self._take_fault(call)
        if isinstance(fault, ApiError):
            raise _Rejected(fault)
        try:
            if handler is None:
                call.result = await self._get_updates(call.params)
            else:
                call.result = handler(call.params)
        finally:
            # The effect already happened; only the answer is slow (see Delay).
            if isinstance(fault, Delay):
                call.delayed = fault.seconds
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self._closing.wait(), fault.seconds)

    def _record(self, call: Call) -> None:
        self.calls.append(call)
        self._calls_by_method.setdefault(call.method, []).append(call)
        self.stats.calls[call.method] += 1
        status = call.error.status if call.error else 200
        self.stats.status[status] += 1
        if status == 429:
            self.stats.too_many_requests += 1
        if call.error is not None and call.chat_id is not None:
            self._failures_by_chat.setdefault(call.chat_id, []).append(call)
        self._waiters.notify(("call", call.method))

    def _serve_file(self, rest: str) -> web.Response:
        token, _, file_path = rest.partition("/")
        if not _TOKEN_RE.fullmatch(token):
            return _json_response(ApiError(401, "Unauthorized").body(), 401)
        file_id = self._file_paths.get(file_path)
        if file_id is None:
            return _json_response(ApiError(404, "Not Found").body(), 404)
        stored = self._files[file_id]
        return web.Response(
            body=stored.content, content_type=stored.mime_type or "application/octet-stream"
        )

    # ------------------------------------------------------------------ updates

    async def _get_updates(self, params: JSON) -> list[JSON]:
        if self._webhook_url:
            raise _Rejected(
                ApiError(
                    409,
                    "Conflict: can't use getUpdates method while webhook is active; "
                    "use deleteWebhook to delete the webhook first",
                )
            )
        offset = _as_int(params.get("offset"), 0)
        if offset > 0:
            while self._pending and self._pending[0]["update_id"] < offset:
                self._pending.popleft()
        elif offset < 0:
            while len(self._pending) > -offset:
                self._pending.popleft()
        limit = min(max(_as_int(params.get("limit"), 100), 1), 100)
        wait = max(float(_as_int(params.get("timeout"), 0)), 0.0)
        allowed = params.get("allowed_updates")
        if isinstance(allowed, list):
            # Like Telegram, the filter sticks for later calls; [] means "all".
            self._allowed_updates = frozenset(allowed) or None
        # A newer poll terminates an older one (409), as on Telegram.
        self._poll_generation += 1
        generation = self._poll_generation
        self._waiters.notify("updates")
        deadline = time.monotonic() + wait
        while True:
            batch = self._select_updates(limit)
            if batch or self._closing.is_set():
                break
            if generation != self._poll_generation:
                raise _Rejected(
                    ApiError(
                        409,
                        "Conflict: terminated by other getUpdates request; make sure that "
                        "only one bot instance is running",
                    )
                )
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                break
            await self._waiters.wait("updates", remaining)
        if batch:
            newest = int(batch[-1]["update_id"])
            if newest > self._delivered_upto:
                self.stats.updates_delivered += sum(
                    1 for u in batch if u["update_id"] > self._delivered_upto
                )
                self._delivered_upto = newest
            self._last_activity = time.monotonic()
        return batch

    def _select_updates(self, limit: int) -> list[JSON]:
        allowed = self._allowed_updates
        if allowed is None:
            return list(islice(self._pending, limit))
        # Telegram silently discards updates of types the bot did not ask for.
        kept = deque(u for u in self._pending if self._update_type(u) in allowed)
        self._pending = kept
        return list(islice(kept, limit))

    @staticmethod
    def _update_type(update: JSON) -> str:
        return next(key for key in update if key != "update_id")

    def _queue(self, kind: str, payload: JSON) -> JSON:
        update: JSON = {"update_id": self._next_update_id, kind: payload}
        self._next_update_id += 1
        self._pending.append(update)
        self.stats.updates_queued += 1
        self._last_activity = time.monotonic()
        self._waiters.notify("updates")
        return update

    def _queue_my_chat_member(self, chat: JSON, by: JSON, old: str, new: str) -> JSON:
        bot = dict(BOT_USER)
        return self._queue(
            "my_chat_member",
            {
                "chat": chat,
                "from": by,
                "date": _now(),
                "old_chat_member": _member(bot, old),
                "new_chat_member": _member(bot, new),
            },
        )

    def _queue_user_message(
        self,
        user: FakeUser,
        chat: FakeGroup | None,
        payload: JSON,
        check_member: bool = True,
        force: bool = False,
    ) -> JSON:
        if chat is None:
            if user.id not in self._users:
                raise ValueError(f"user {user.id} was not created with api.user()")
            user.started = True
            chat_json = user.chat
        else:
            if self._groups.get(chat.id) is not chat:
                raise ValueError(f"group {chat.id} was not created with api.group()")
            if check_member and user.id not in chat.member_map:
                raise ValueError(f"{user.first_name} ({user.id}) is not a member of {chat.title}")
            chat_json = chat.chat
        cid = int(chat_json["id"])
        message: JSON = {
            "message_id": self._next_message_id(cid),
            "from": user.to_dict(),
            "chat": chat_json,
            "date": _now(),
            **payload,
        }
        self._all_messages[(cid, message["message_id"])] = message
        if chat is not None and not force:
            # Telegram only forwards group messages the bot is allowed to see.
            if not chat.bot_member:
                return {"update_id": None, "message": message}
            if not self._bot_sees(message):
                self.stats.privacy_dropped += 1
                return {"update_id": None, "message": message}
        return self._queue("message", message)

    def _bot_sees(self, message: JSON) -> bool:
        """Privacy mode: which group messages Telegram forwards to the bot."""
        if not self.privacy_mode or _SERVICE_KEYS.intersection(message):
            return True
        reply = message.get("reply_to_message")
        if reply is not None and reply.get("from", {}).get("id") == BOT_ID:
            return True
        text = _text_of(message)
        command = _COMMAND_RE.match(text)
        if command is not None:
            target = command.group(1)
            return target is None or target.lower() == BOT_USERNAME.lower()
        return f"@{BOT_USERNAME}".lower() in text.lower()

    @staticmethod
    def _text_payload(text: str) -> JSON:
        payload: JSON = {"text": text}
        command = _COMMAND_RE.match(text)
        if command is not None:
            length = utf16_len(command.group(0))
            payload["entities"] = [{"type": "bot_command", "offset": 0, "length": length}]
        return payload

    def _register_file(
        self, folder: str, filename: str, content: bytes, mime: str | None
    ) -> tuple[str, str]:
        self._file_seq += 1
        file_id = f"FAKE{folder[:3].upper()}{self._file_seq:08d}"
        self._files[file_id] = UploadedFile(filename, content, mime)
        suffix = filename.rpartition(".")[2] if "." in filename else "bin"
        path = f"{folder}/file_{self._file_seq}.{suffix}"
        self._file_paths[path] = file_id
        self._path_of_file[file_id] = path
        return file_id, f"U{self._file_seq:08d}"

    # ------------------------------------------------------------------ chat helpers

    def _chat_key(self, chat: Chat) -> int:
        if isinstance(chat, int):
            return chat
        return chat.id

    def _chat_for_message(self, message: JSON, user: FakeUser) -> FakeGroup | None:
        cid = int(message["chat"]["id"])
        if cid > 0:
            return None
        group = self._groups.get(self._migrated.get(cid, cid))
        if group is None:
            raise ValueError(f"unknown chat {cid} for {user.first_name}")
        return group

    def _current(self, message: JSON) -> JSON:
        key = (int(message["chat"]["id"]), int(message["message_id"]))
        return self._all_messages.get(key, message)

    def _next_message_id(self, chat_id: int) -> int:
        mid = self._message_seq.get(chat_id, 0) + 1
        self._message_seq[chat_id] = mid
        return mid

    def _target(self, params: JSON, *, sending: bool) -> JSON:
        """Resolve ``chat_id`` to a chat dict, raising the answer Telegram would give."""
        raw = params.get("chat_id")
        if raw is None or raw == "":
            raise _Rejected(bad_request("chat_id is empty"))
        cid = _chat_id_param(params)
        if cid is None:
            raise _Rejected(bad_request("chat not found"))
        if cid in self._migrated:
            raise _Rejected(ApiError(400, _MIGRATED, {"migrate_to_chat_id": self._migrated[cid]}))
        user = self._users.get(cid)
        if user is not None:
            if sending and cid in self._blocked:
                raise _Rejected(forbidden())
            if sending and not user.started:
                raise _Rejected(forbidden("Forbidden: bot can't initiate conversation with a user"))
            return user.chat
        group = self._groups.get(cid)
        if group is not None:
            if sending and not group.bot_member:
                kind = "supergroup" if group.type == "supergroup" else "group"
                raise _Rejected(forbidden(f"Forbidden: bot is not a member of the {kind} chat"))
            return group.chat
        if cid == BOT_ID:
            raise _Rejected(forbidden("Forbidden: bots can't send messages to bots"))
        raise _Rejected(bad_request("chat not found"))

    # ------------------------------------------------------------------ sending

    @staticmethod
    def _formatted(params: JSON, key: str, limit: int, *, required: bool) -> str | None:
        content = FakeBotApi._formatted_content(params, key, limit, required=required)
        return None if content is None else str(content[key])

    @staticmethod
    def _formatted_content(params: JSON, key: str, limit: int, *, required: bool) -> JSON | None:
        """``{key: shown text}`` plus its entities (``entities``/``caption_entities``)."""
        raw = params.get(key)
        if raw is None and not required:
            return None
        text = "" if raw is None else str(raw)
        entities: list[JSON] = []
        mode = params.get("parse_mode")
        if isinstance(mode, str) and mode.upper() == "HTML":
            try:
                text, entities = parse_html(text)
            except EntityParseError as exc:
                raise _Rejected(bad_request(f"can't parse entities: {exc}")) from exc
        if required and not text.strip():
            raise _Rejected(bad_request("message text is empty"))
        if utf16_len(text) > limit:
            what = "message" if key == "text" else "message caption"
            raise _Rejected(bad_request(f"{what} is too long"))
        content: JSON = {key: text}
        if entities:
            content["entities" if key == "text" else "caption_entities"] = entities
        return content

    @staticmethod
    def _markup(params: JSON) -> JSON | None:
        markup = params.get("reply_markup")
        if markup is None:
            return None
        if not isinstance(markup, dict):
            raise _Rejected(bad_request("can't parse reply keyboard markup JSON object"))
        for row in markup.get("inline_keyboard") or []:
            for button in row:
                if not str(button.get("text") or "").strip():
                    raise _Rejected(
                        bad_request("can't parse inline keyboard button: Text must be non-empty")
                    )
                data = button.get("callback_data")
                if data is not None and not 1 <= len(str(data).encode()) <= 64:
                    raise _Rejected(bad_request("BUTTON_DATA_INVALID"))
                if not _BUTTON_ACTIONS.intersection(button):
                    raise _Rejected(
                        bad_request("text buttons are unallowed in the inline keyboard")
                    )
        return markup

    def _reply_target(self, chat_id: int, params: JSON) -> JSON | None:
        reply = params.get("reply_parameters")
        mid: Any = reply.get("message_id") if isinstance(reply, dict) else None
        if mid is None:
            mid = params.get("reply_to_message_id")
        if mid is None:
            return None
        target = self._all_messages.get((chat_id, _as_int(mid, 0)))
        if target is None:
            lenient = isinstance(reply, dict) and reply.get("allow_sending_without_reply")
            if lenient or params.get("allow_sending_without_reply"):
                return None
            raise _Rejected(bad_request("message to be replied not found"))
        return {k: v for k, v in target.items() if k != "reply_to_message"}

    def _bot_message(
        self, chat: JSON, content: JSON, markup: JSON | None, params: JSON, fingerprint: str
    ) -> JSON:
        cid = int(chat["id"])
        reply_to = self._reply_target(cid, params)
        mid = self._next_message_id(cid)
        message: JSON = {"message_id": mid, "from": dict(BOT_USER), "chat": chat, "date": _now()}
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        message.update(content)
        if markup is not None:
            self._markups[(cid, mid)] = markup
            if "inline_keyboard" in markup:
                message["reply_markup"] = markup
        self._all_messages[(cid, mid)] = message
        self._bot_messages.setdefault(cid, {})[mid] = message
        self.stats.messages_accepted += 1
        self.stats.accepted_per_chat[cid] += 1
        seen = self._fingerprints.setdefault(cid, set())
        key = hash((fingerprint, json.dumps(markup, sort_keys=True)))
        if key in seen:
            self.stats.duplicates += 1
        seen.add(key)
        self._push_event(cid, "sent", message)
        return message

    def _push_event(self, chat_id: int, kind: str, message: JSON) -> None:
        self._events.setdefault(chat_id, []).append(_Event(kind, message))
        self._waiters.notify(("chat", chat_id))

    def _send_message(self, params: JSON) -> JSON:
        chat = self._target(params, sending=True)
        content = self._formatted_content(params, "text", 4096, required=True)
        assert content is not None
        text = content["text"]
        markup = self._markup(params)
        self._admit(int(chat["id"]), chat["type"] == "private")
        return self._bot_message(chat, content, markup, params, f"text:{text}")

    def _send_document(self, params: JSON) -> JSON:
        chat = self._target(params, sending=True)
        stored = self._incoming_file(params.get("document"), "documents", "document")
        caption = self._formatted(params, "caption", 1024, required=False)
        markup = self._markup(params)
        self._admit(int(chat["id"]), chat["type"] == "private")
        file_id, unique, upload = stored
        content: JSON = {
            "document": {
                "file_id": file_id,
                "file_unique_id": unique,
                "file_name": upload.filename,
                "file_size": len(upload.content),
            }
        }
        if upload.mime_type:
            content["document"]["mime_type"] = upload.mime_type
        if caption:
            content["caption"] = caption
        message = self._bot_message(
            chat, content, markup, params, f"doc:{upload.filename}:{caption}"
        )
        self._documents.setdefault(int(chat["id"]), []).append(
            SentDocument(upload.filename, upload.content, upload.mime_type, message)
        )
        return message

    def _send_photo(self, params: JSON) -> JSON:
        chat = self._target(params, sending=True)
        file_id, unique, upload = self._incoming_file(params.get("photo"), "photos", "photo")
        caption = self._formatted(params, "caption", 1024, required=False)
        markup = self._markup(params)
        self._admit(int(chat["id"]), chat["type"] == "private")
        size: JSON = {"file_id": file_id, "file_unique_id": unique, "width": 90, "height": 90}
        size["file_size"] = len(upload.content)
        content: JSON = {"photo": [size]}
        if caption:
            content["caption"] = caption
        return self._bot_message(chat, content, markup, params, f"photo:{caption}")

    def _incoming_file(self, value: Any, folder: str, what: str) -> tuple[str, str, UploadedFile]:
        if isinstance(value, UploadedFile):
            file_id, unique = self._register_file(
                folder, value.filename, value.content, value.mime_type
            )
            return file_id, unique, value
        if isinstance(value, str) and value in self._files:
            return value, f"U{value}", self._files[value]
        if isinstance(value, str) and value.startswith(("http://", "https://")):
            upload = UploadedFile(value.rstrip("/").rpartition("/")[2] or "file", b"", None)
            file_id, unique = self._register_file(folder, upload.filename, b"", None)
            return file_id, unique, upload
        if isinstance(value, str) and value:
            raise _Rejected(bad_request("wrong file identifier/HTTP URL specified"))
        raise _Rejected(bad_request(f"there is no {what} in the request"))

    # ------------------------------------------------------------------ editing

    def _editable(self, params: JSON) -> tuple[JSON, JSON]:
        chat = self._target(params, sending=True)
        key = (int(chat["id"]), _as_int(params.get("message_id"), 0))
        message = self._all_messages.get(key)
        if message is None:
            raise _Rejected(bad_request("message to edit not found"))
        if message["from"]["id"] != BOT_ID:
            raise _Rejected(bad_request("message can't be edited"))
        return chat, message

    def _replace(self, chat: JSON, old: JSON, changes: JSON, markup: JSON | None) -> JSON:
        cid, mid = int(chat["id"]), int(old["message_id"])
        dropped = {"reply_markup", "entities"} if "text" in changes else {"reply_markup"}
        new = {k: v for k, v in old.items() if k not in dropped}
        new.update(changes)
        new["edit_date"] = _now()
        if markup is not None and "inline_keyboard" in markup:
            new["reply_markup"] = markup
        if markup is None:
            self._markups.pop((cid, mid), None)
        else:
            self._markups[(cid, mid)] = markup
        self._all_messages[(cid, mid)] = new
        self._bot_messages.setdefault(cid, {})[mid] = new
        self.stats.edits += 1
        self._push_event(cid, "edited", new)
        return new

    def _edit_message_text(self, params: JSON) -> JSON | bool:
        if params.get("inline_message_id") and "chat_id" not in params:
            return True
        chat, old = self._editable(params)
        if "text" not in old:
            raise _Rejected(bad_request("there is no text in the message to edit"))
        content = self._formatted_content(params, "text", 4096, required=True)
        assert content is not None
        content.setdefault("entities", [])
        markup = self._markup(params)
        # Omitting reply_markup removes the inline keyboard, exactly like Telegram.
        unchanged = (
            old.get("text") == content["text"] and old.get("entities", []) == content["entities"]
        )
        if unchanged and old.get("reply_markup") == markup:
            raise _Rejected(bad_request(_NOT_MODIFIED))
        self._admit(int(chat["id"]), chat["type"] == "private")
        if not content["entities"]:
            del content["entities"]
        return self._replace(chat, old, content, markup)

    def _edit_message_reply_markup(self, params: JSON) -> JSON | bool:
        if params.get("inline_message_id") and "chat_id" not in params:
            return True
        chat, old = self._editable(params)
        markup = self._markup(params)
        if old.get("reply_markup") == markup:
            raise _Rejected(bad_request(_NOT_MODIFIED))
        self._admit(int(chat["id"]), chat["type"] == "private")
        return self._replace(chat, old, {}, markup)

    def _delete_message(self, params: JSON) -> bool:
        chat = self._target(params, sending=False)
        cid, mid = int(chat["id"]), _as_int(params.get("message_id"), 0)
        if self._all_messages.pop((cid, mid), None) is None:
            raise _Rejected(bad_request("message to delete not found"))
        self._bot_messages.get(cid, {}).pop(mid, None)
        return True

    # ------------------------------------------------------------------ other methods

    def _answer_callback_query(self, params: JSON) -> bool:
        query_id = str(params.get("callback_query_id", ""))
        if query_id not in self._callbacks or query_id in self._answered:
            raise _Rejected(bad_request(_QUERY_INVALID))
        text = params.get("text")
        if isinstance(text, str) and len(text) > 200:
            raise _Rejected(bad_request("MESSAGE_TOO_LONG"))
        self._answered.add(query_id)
        return True

    def _get_chat(self, params: JSON) -> JSON:
        chat = self._target(params, sending=False)
        return {
            **chat,
            "accent_color_id": 0,
            "max_reaction_count": 11,
            "accepted_gift_types": dict(_NO_GIFTS),
        }

    def _get_chat_member(self, params: JSON) -> JSON:
        chat = self._target(params, sending=False)
        cid = int(chat["id"])
        uid = _as_int(params.get("user_id"), 0)
        known = self._users.get(uid)
        if uid == BOT_ID:
            group = self._groups.get(cid)
            inside = group is None or group.bot_member
            return _member(dict(BOT_USER), "member" if inside else "left")
        user = known.to_dict() if known else {"id": uid, "is_bot": False, "first_name": "?"}
        if cid > 0:
            return _member(user, "member" if uid == cid else "left")
        group = self._groups[cid]
        if uid not in group.member_map:
            return _member(user, "left")
        return _member(user, "creator" if uid == group.creator_id else "member")

    def _leave_chat(self, params: JSON) -> bool:
        chat = self._target(params, sending=False)
        group = self._groups.get(int(chat["id"]))
        if group is None:
            raise _Rejected(bad_request("chat member status can't be changed in private chats"))
        if group.bot_member:
            group.bot_member = False
            self._queue_my_chat_member(group.chat, dict(BOT_USER), "member", "left")
        return True

    def _send_chat_action(self, params: JSON) -> bool:
        self._target(params, sending=True)
        return True

    def _get_file(self, params: JSON) -> JSON:
        file_id = str(params.get("file_id", ""))
        stored = self._files.get(file_id)
        if stored is None:
            raise _Rejected(bad_request("invalid file_id"))
        return {
            "file_id": file_id,
            "file_unique_id": f"U{file_id}",
            "file_size": len(stored.content),
            "file_path": self._path_of_file[file_id],
        }

    def _delete_webhook(self, params: JSON) -> bool:
        self._webhook_url = ""
        if params.get("drop_pending_updates") is True:
            self._pending.clear()
        return True

    def _set_webhook(self, params: JSON) -> bool:
        self._webhook_url = str(params.get("url") or "")
        return True

    def _get_webhook_info(self, params: JSON) -> JSON:
        return {
            "url": self._webhook_url,
            "has_custom_certificate": False,
            "pending_update_count": len(self._pending),
        }

    @staticmethod
    def _scope_key(scope: Any, language_code: Any) -> tuple[str, str]:
        scope = scope if isinstance(scope, dict) else {"type": "default"}
        return json.dumps(scope, sort_keys=True), str(language_code or "")

    def _set_my_commands(self, params: JSON) -> bool:
        commands = params.get("commands")
        if not isinstance(commands, list) or len(commands) > 100:
            raise _Rejected(bad_request("can't parse commands JSON object"))
        for command in commands:
            if not _BOT_COMMAND_RE.fullmatch(str(command.get("command", ""))):
                raise _Rejected(bad_request("BOT_COMMAND_INVALID"))
            if not 1 <= len(str(command.get("description", ""))) <= 256:
                raise _Rejected(bad_request("BOT_COMMAND_DESCRIPTION_INVALID"))
        key = self._scope_key(params.get("scope"), params.get("language_code"))
        self._commands[key] = [dict(c) for c in commands]
        return True

    def _get_my_commands(self, params: JSON) -> list[JSON]:
        key = self._scope_key(params.get("scope"), params.get("language_code"))
        return list(self._commands.get(key, ()))

    def _delete_my_commands(self, params: JSON) -> bool:
        self._commands.pop(self._scope_key(params.get("scope"), params.get("language_code")), None)
        return True


def _window_wait(stamps: deque[float], now: float, cap: int, span: float) -> float:
    """Seconds until ``stamps`` (a sliding window of ``span``) has room for one more."""
    cutoff = now - span
    while stamps and stamps[0] <= cutoff:
        stamps.popleft()
    if len(stamps) < cap:
        return 0.0
    return stamps[-cap] + span - now

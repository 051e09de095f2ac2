"""A fake of the Telegram Bot API, served over real HTTP on 127.0.0.1.

Point a real PTB ``Bot``/``Application`` at it with ``base_url=api.base_url``; PTB then
exercises its genuine request/parsing code. The end-to-end tests, the benchmarks and the
playground all run on this one implementation.

What it covers
--------------
* Methods: getMe, getUpdates (long poll), deleteWebhook, setMyCommands, sendMessage,
  sendDocument, sendPhoto, editMessageText, editMessageReplyMarkup, answerCallbackQuery,
  getChatMember. Anything else answers 404 "Not Found: method not found".
* Telegram behaviours worth catching bugs with: HTML parse_mode validation (unsupported or
  unbalanced tags -> 400 "can't parse entities") and its conversion to text + entities,
  4096/1024 length limits, callback_data of 1..64 bytes, "message is not modified", editing text
  without reply_markup removes the inline keyboard, answering an unknown/already answered
  callback query -> 400, blocked users -> 403, migrated groups -> 400 with
  ``migrate_to_chat_id``, privacy mode in groups (the bot only sees commands, replies to its own
  messages, @mentions and service messages), optional flood limits (:mod:`.limits`).
* Returned messages carry ``reply_markup`` only for inline keyboards (as Telegram does).
  ForceReply/reply keyboards are available via :meth:`FakeBotApi.sent_markup`.
* People are scripted with the methods of :class:`~.people.People`; waiting on what the bot
  does is described in :mod:`.transcript`; faults in :mod:`.faults`.
"""

from __future__ import annotations

import asyncio
import contextlib
import inspect
import logging
import re
import time
from collections.abc import Callable
from types import TracebackType
from typing import ClassVar, Self

from .errors import ApiError, Delay, Fault, Rejected
from .faults import Faults
from .http import BotApiHttp
from .limits import FloodControl
from .methods import METHODS, canonical
from .methods.setup import scope_key
from .models import BOT_FIRST_NAME, BOT_ID, BOT_USERNAME, JSON, Call, Limits, SentDocument, Stats
from .people import People
from .serving import LocalServer
from .transcript import Transcript
from .updates import UpdateQueue
from .validation import chat_id_param
from .waiting import Activity
from .world import ChatRef, World, text_of

_LOG = logging.getLogger(__name__)
_TOKEN_RE = re.compile(r"^\d+:[A-Za-z0-9_-]{20,}$")


class FakeBotApi(People):
    """Fake Telegram Bot API server; use as ``async with FakeBotApi() as api:``."""

    TOKEN: ClassVar[str] = "123456:TEST-token-for-the-fake-api-000"  # noqa: S105 - a fake
    BOT_ID: ClassVar[int] = BOT_ID
    BOT_USERNAME: ClassVar[str] = BOT_USERNAME
    BOT_FIRST_NAME: ClassVar[str] = BOT_FIRST_NAME

    def __init__(
        self,
        *,
        enforce_limits: bool = False,
        limits: Limits | None = None,
        clock: Callable[[], float] = time.monotonic,
        wall_clock: Callable[[], float] = time.time,
        privacy_mode: bool = True,
    ) -> None:
        """``clock`` paces flood limits; ``wall_clock`` dates messages (Unix seconds)."""
        self.stats = Stats()
        self._clock = clock
        self._activity = Activity()
        self.updates = UpdateQueue(self.stats, self._activity)
        # Kept when switched off, so a test can turn the limits on after its set-up.
        self._flood = FloodControl(limits or Limits(), clock, self.stats)
        self.world = World(
            stats=self.stats,
            updates=self.updates,
            flood=self._flood if enforce_limits else None,
            wall_clock=wall_clock,
            privacy_mode=privacy_mode,
        )
        self.transcript = Transcript(self.stats, self._activity, self.updates)
        self.world.listeners.append(self.transcript.on_chat_event)
        self.faults = Faults(self.stats)
        # Well-formed tokens that Telegram would refuse (revoked by @BotFather).
        self.revoked_tokens: set[str] = set()
        self.http = BotApiHttp(self.handle_call)
        self._server: LocalServer | None = None

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
        self.updates.closing.clear()
        server = LocalServer(self.http)
        await server.start()
        self._server = server

    async def close(self) -> None:
        """Stop the server; pending long polls answer ``[]`` immediately."""
        server, self._server = self._server, None
        self.updates.close()
        if server is not None:
            await server.close()

    @property
    def enforce_limits(self) -> bool:
        """Whether Telegram's flood limits (and their 429s) apply to what the bot sends."""
        return self.world.flood is not None

    @enforce_limits.setter
    def enforce_limits(self, on: bool) -> None:
        self.world.flood = self._flood if on else None

    @property
    def pending_updates(self) -> list[JSON]:
        """Updates waiting for the bot (a webhook test pushes them to the bot itself)."""
        return self.updates.pending

    def unanswered_callbacks(self) -> list[JSON]:
        """Button presses the bot never answered (Telegram would leave a spinner)."""
        return [q for qid, q in self.world.callbacks.items() if qid not in self.world.answered]

    @property
    def port(self) -> int:
        if self._server is None:
            raise RuntimeError("FakeBotApi is not started")
        return self._server.port

    @property
    def base_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/bot"

    @property
    def base_file_url(self) -> str:
        return f"http://127.0.0.1:{self.port}/file/bot"

    @property
    def token(self) -> str:
        return self.TOKEN

    # ------------------------------------------------------------------ answering calls

    async def handle_call(
        self, token: str, raw_method: str, params: JSON, problem: ApiError | None
    ) -> tuple[int, JSON]:
        """Answer one HTTP call (see :mod:`.http`) and record it."""
        method = canonical(raw_method)
        polling = method == "getUpdates"
        call = Call(method, params, self._clock(), chat_id_param(params))
        if not polling:
            self._activity.in_flight += 1
        try:
            if problem is not None:
                raise Rejected(problem)
            if not _TOKEN_RE.fullmatch(token) or token in self.revoked_tokens:
                raise Rejected(ApiError(401, "Unauthorized"))
            await self._dispatch(call)
        except Rejected as rejected:
            call.error = rejected.error
        except Exception as exc:
            # A bug in the fake: still answer in Telegram's JSON shape so PTB reports it clearly.
            _LOG.exception("fake Bot API failed on %s", method)
            call.error = ApiError(500, f"Internal Server Error: fake API bug: {exc!r}")
        finally:
            if not polling:
                self._activity.in_flight -= 1
                self._activity.touch()
            self.transcript.record(call)
        if call.error is not None:
            return call.error.status, call.error.body()
        return 200, {"ok": True, "result": call.result}

    async def _dispatch(self, call: Call) -> None:
        handler = METHODS.get(call.method)
        if handler is None:
            raise Rejected(ApiError(404, "Not Found: method not found"))
        fault = self.faults.take(call)
        if isinstance(fault, ApiError):
            raise Rejected(fault)
        try:
            result = handler(self.world, call.params)
            call.result = await result if inspect.isawaitable(result) else result
        finally:
            # The effect already happened; only the answer is slow (see Delay).
            if isinstance(fault, Delay):
                call.delayed = fault.seconds
                with contextlib.suppress(TimeoutError):
                    await asyncio.wait_for(self.updates.closing.wait(), fault.seconds)

    # ------------------------------------------------------------------ faults

    def fail_next(
        self, method: str, error: Fault, count: int = 1, chat_id: int | None = None
    ) -> None:
        """Answer the next ``count`` calls of ``method`` (to ``chat_id`` if given) with
        ``error`` (see :func:`retry_after`, :func:`forbidden`, :func:`bad_request`,
        :func:`server_error`, :func:`timeout`)."""
        self.faults.add(canonical(method), error, count, chat_id)

    # ------------------------------------------------------------------ inspection

    @property
    def calls(self) -> list[Call]:
        return self.transcript.calls

    def calls_of(self, method: str) -> list[Call]:
        return list(self.transcript.calls_by_method.get(canonical(method), ()))

    def messages_to(self, chat: ChatRef) -> list[JSON]:
        """Messages the bot sent to ``chat`` (current state after edits)."""
        return self.world.bot_messages(chat)

    def texts_to(self, chat: ChatRef) -> list[str]:
        return [text_of(m) for m in self.messages_to(chat)]

    def documents_to(self, chat: ChatRef) -> list[SentDocument]:
        return list(self.world.documents.get(self.world.chat_key(chat), ()))

    def sent_markup(self, message: JSON) -> JSON | None:
        """The reply_markup the bot last set on ``message``, including ForceReply and reply
        keyboards (which Telegram does not echo back inside Message objects)."""
        return self.world.markups.get((int(message["chat"]["id"]), int(message["message_id"])))

    def commands(self, scope: JSON | None = None, language_code: str = "") -> list[JSON]:
        return list(self.world.commands.get(scope_key(scope, language_code), ()))

    # ------------------------------------------------------------------ waiting

    async def wait_for_message(
        self,
        chat: ChatRef,
        contains: str | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - plain seconds keep tests short
        *,
        predicate: Callable[[JSON], bool] | None = None,
        new_only: bool = False,
    ) -> JSON:
        """Next unconsumed send/edit to ``chat`` matching; see :mod:`.transcript`."""
        cid = self.world.chat_key(chat)
        return await self.transcript.wait_for_message(cid, contains, timeout, predicate, new_only)

    async def wait_for_call(
        self,
        method: str,
        predicate: Callable[[Call], bool] | None = None,
        timeout: float = 5.0,  # noqa: ASYNC109 - plain seconds keep tests short
    ) -> Call:
        """Next not-yet-returned finished call of ``method`` matching ``predicate``."""
        return await self.transcript.wait_for_call(canonical(method), predicate, timeout)

    async def wait_until_idle(self, quiet: float = 0.2, timeout: float = 10.0) -> None:  # noqa: ASYNC109
        """Wait until all queued updates were fetched, every button press so far was
        answered (or ``timeout`` passed) and the bot made no call for ``quiet``."""
        deadline = time.monotonic() + timeout
        with contextlib.suppress(AssertionError):
            # Quiet alone is a guess: a busy machine may handle a press for longer.
            await self.wait_until_answered(timeout)
        await self.transcript.wait_until_idle(quiet, max(deadline - time.monotonic(), quiet))

    async def wait_until_answered(self, timeout: float = 10.0) -> None:  # noqa: ASYNC109
        """Wait until the bot answered every button press so far, or fail naming the rest.

        Unlike ``wait_until_idle`` this does not guess from quiet: a slow machine may
        handle a press for longer than any quiet period without calling the API.
        """
        deadline = time.monotonic() + timeout
        while unanswered := self.unanswered_callbacks():
            remaining = deadline - time.monotonic()
            if remaining <= 0:
                pressed = ", ".join(repr(query.get("data")) for query in unanswered)
                raise AssertionError(f"Button presses not answered within {timeout}s: {pressed}")
            # Woken by the next answer (the cursor of wait_for_call stays where it is).
            await self.transcript.wait_for_next_call("answerCallbackQuery", min(remaining, 0.2))

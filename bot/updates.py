"""Process updates of different chats at once, those of one chat in order, and fairly.

Each update first joins its chat's queue and only then takes one of the shared slots
(``CONCURRENT_UPDATES``), so a chat has at most one slot however much it sends: one
chat sending hundreds of messages cannot make the others wait for a slot. A chat may
have at most ``CHAT_QUEUE_LIMIT`` updates waiting; beyond that, updates are dropped
and the chat gets one short note saying so (at most one a minute).
"""

from __future__ import annotations

import asyncio
import logging
import time
from collections.abc import Awaitable
from dataclasses import dataclass, field
from typing import Any, Final

from telegram import Update
from telegram.error import TelegramError
from telegram.ext import BaseUpdateProcessor

from bot.chat_turns import SharedChatTurns
from flows import i18n
from flows.content import busy as text
from flows.safety import detect_crisis

log = logging.getLogger(__name__)

DEFAULT_CHAT_QUEUE_LIMIT: Final = 20
# However much one chat floods, it hears about dropped messages at most this often.
NOTE_EVERY_SECONDS: Final = 60.0
# PTB takes its own semaphore before the update reaches us, that is before we know
# the chat: sized like this it never makes anyone wait, and our slots do the limiting.
_PTB_SEMAPHORE: Final = 1 << 30


@dataclass
class _ChatQueue:
    # Held by the update being handled; the others wait on it in arrival order
    # (asyncio.Lock wakes its waiters first come, first served).
    turn: asyncio.Lock = field(default_factory=asyncio.Lock)
    # Updates of this chat admitted and not finished (the one being handled included).
    held: int = 0


class PerChatUpdateProcessor(BaseUpdateProcessor):
    """Overlaps the network waits of different people, never two updates of one chat.

    One person's double tap is handled in arrival order, so replies cannot
    overtake each other; the database version check covers other processes.
    """

    def __init__(
        self, max_concurrent_updates: int, *, chat_queue_limit: int = DEFAULT_CHAT_QUEUE_LIMIT
    ) -> None:
        if max_concurrent_updates < 1 or chat_queue_limit < 1:
            raise ValueError("max_concurrent_updates and chat_queue_limit must be positive")
        super().__init__(_PTB_SEMAPHORE)
        self.slots = max_concurrent_updates
        self.chat_queue_limit = chat_queue_limit
        self._slots = asyncio.Semaphore(max_concurrent_updates)
        self._chats: dict[int, _ChatQueue] = {}
        # When each flooding chat was last told (pruned as they age).
        self._noted: dict[int, float] = {}
        # Updates dropped because their chat had too many waiting, since start.
        self.dropped = 0
        # Several instances (PostgreSQL): the chat's turn across all of them, set at start.
        self.shared_turns: SharedChatTurns | None = None

    async def do_process_update(self, update: object, coroutine: Awaitable[Any]) -> None:
        key = _chat_key(update)
        if key is None:
            async with self._slots:
                await coroutine
            return
        chat = self._chats.setdefault(key, _ChatQueue())
        if chat.held >= self.chat_queue_limit and not _speaks_of_crisis(update):
            # (Text that may speak of a crisis is never dropped: it waits like any other.)
            await self._drop(key, update, coroutine)
            return
        chat.held += 1
        try:
            async with chat.turn, self._slots:
                await self._in_shared_turn(update, key, coroutine)
        finally:
            chat.held -= 1
            if not chat.held:
                # Forget idle chats so the table does not grow with every user ever seen.
                del self._chats[key]

    async def _in_shared_turn(self, update: object, key: int, coroutine: Awaitable[Any]) -> None:
        shared = self.shared_turns
        if shared is None or not isinstance(update, Update):
            await coroutine
            return
        try:
            go = await shared.begin(update.update_id, key)
        except Exception:
            # The database is failing: handle it anyway (the handler will apologise).
            log.warning("could not take the chat's turn; handling the update anyway", exc_info=True)
            await coroutine
            return
        if not go:
            _discard(coroutine)
            return
        try:
            await coroutine
        finally:
            shared.end(update.update_id)

    async def _drop(self, key: int, update: object, coroutine: Awaitable[Any]) -> None:
        self.dropped += 1
        _discard(coroutine)
        assert isinstance(update, Update)
        now = time.monotonic()
        self._noted = {k: t for k, t in self._noted.items() if now - t < NOTE_EVERY_SECONDS}
        tell = key not in self._noted
        if tell:
            self._noted[key] = now
            log.info("a chat has %s updates waiting; dropping more", self.chat_queue_limit)
        user = update.effective_user
        # No database here (the chat is flooding): their Telegram app's language.
        i18n.set_language(i18n.supported(user.language_code if user is not None else None))
        try:
            if update.callback_query is not None:
                # Stop the button's spinner; the note says why nothing happened.
                await update.callback_query.answer(text.TOO_MANY_WAITING if tell else None)
            elif tell and update.effective_chat is not None:
                await update.get_bot().send_message(update.effective_chat.id, text.TOO_MANY_WAITING)
        except TelegramError as exc:
            log.info("could not tell a flooding chat (%s)", type(exc).__name__)

    async def initialize(self) -> None:
        """Nothing to set up."""

    async def shutdown(self) -> None:
        if self.shared_turns is not None:
            await self.shared_turns.drain()


def _discard(coroutine: Awaitable[Any]) -> None:
    close = getattr(coroutine, "close", None)
    if close is not None:
        close()  # never run: PTB's handling of this update is skipped


def _chat_key(update: object) -> int | None:
    if not isinstance(update, Update):
        return None
    if update.effective_chat is not None:
        return update.effective_chat.id
    return update.effective_user.id if update.effective_user is not None else None


def _speaks_of_crisis(update: object) -> bool:
    # What the person wrote (a button press carries the bot's own text: not that).
    message = update.message if isinstance(update, Update) else None
    typed = (message.text or message.caption) if message is not None else None
    return bool(typed) and detect_crisis(typed or "")

"""Several instances: each update once, and one chat's updates in order (PostgreSQL).

Wraps the handling of each update (``bot/updates.py`` calls :meth:`SharedChatTurns.turn`)
with ``storage/chat_turns.py``: take the chat's turn (waiting while an update of the same
chat is handled by any instance), handle, give the turn back. A duplicate (a webhook
retry another instance already took) is not handled at all. With SQLite there is one
process and none of this runs (``bot/updates.py`` orders chats in memory).
"""

from __future__ import annotations

import asyncio
import logging
import secrets
from typing import Final

from bot.runtime import Runtime
from storage import chat_turns
from storage.db import unit_of_work

log = logging.getLogger(__name__)

FIRST_PAUSE_SECONDS: Final = 0.02
MAX_PAUSE_SECONDS: Final = 0.25  # well under chat_turns.WAITING_FRESH_SECONDS


class SharedChatTurns:
    def __init__(self, rt: Runtime) -> None:
        self._rt = rt
        self.owner = secrets.token_hex(8)
        # Updates dropped because another instance had taken them, since start.
        self.duplicates = 0
        self._finishing: set[asyncio.Task[None]] = set()

    def _take(self, update_id: int, chat_id: int) -> chat_turns.Turn:
        with unit_of_work(self._rt.engine) as session:
            return chat_turns.take_turn(session, update_id, chat_id, self.owner)

    def _finish(self, update_id: int) -> None:
        with unit_of_work(self._rt.engine) as session:
            chat_turns.finish(session, update_id)

    def purge_old(self) -> int:
        with unit_of_work(self._rt.engine) as session:
            return chat_turns.purge_old(session)

    async def begin(self, update_id: int, chat_id: int) -> bool:
        """Wait for this update's turn in its chat: True to handle it, False if a duplicate."""
        pause = FIRST_PAUSE_SECONDS
        while (verdict := await self._rt.workers.run(self._take, update_id, chat_id)) is (
            chat_turns.Turn.WAIT
        ):
            await asyncio.sleep(pause)
            pause = min(pause * 2, MAX_PAUSE_SECONDS)
        if verdict is chat_turns.Turn.DUPLICATE:
            self.duplicates += 1
            log.info("update %s was taken by another instance; dropped", update_id)
            return False
        return True

    def end(self, update_id: int) -> None:
        """The update is handled: the chat's next one may go (here at once: this
        process's own turns never block it; elsewhere when the row is written)."""
        task = asyncio.get_running_loop().create_task(self._end(update_id))
        self._finishing.add(task)
        task.add_done_callback(self._finishing.discard)

    async def _end(self, update_id: int) -> None:
        try:
            await self._rt.workers.run(self._finish, update_id)
        except Exception:
            # The turn's lease runs out by itself (storage/chat_turns.LEASE_SECONDS).
            log.warning("could not give the chat's turn back", exc_info=True)

    async def drain(self) -> None:
        """Wait for the turns being given back (before the worker threads stop)."""
        while self._finishing:
            await asyncio.gather(*self._finishing)

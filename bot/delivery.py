"""Send what the outbox holds: now after an update, and on a timer for later ones."""

from __future__ import annotations

import asyncio
import logging
from typing import Any

from telegram import Bot
from telegram.error import (
    BadRequest,
    ChatMigrated,
    Forbidden,
    NetworkError,
    RetryAfter,
    TelegramError,
    TimedOut,
)
from telegram.ext import Application

from bot.render import keyboard_from_json
from bot.runtime import Runtime
from bot.send_budget import bulk_sends
from bot.services import deliveries
from bot.services.deliveries import Claimed

log = logging.getLogger(__name__)


class OutboxSender:
    """Drains due outbox rows. Safe to call concurrently: rows are claimed in the database."""

    def __init__(self, rt: Runtime, bot: Bot) -> None:
        self._rt = rt
        self._bot = bot
        self._lock = asyncio.Lock()

    @property
    def busy(self) -> bool:
        return self._lock.locked()

    def kick(self, app: Application[Any, Any, Any, Any, Any, Any]) -> None:
        """Start a drain now unless one is running (it picks up new rows as it goes)."""
        if app.running and not self.busy:
            app.create_task(self.drain(), name="outbox-drain")

    async def drain(self) -> int:
        """Send everything due now; returns how many were sent."""
        # Bulk: replies to people who are talking to the bot go first (bot/send_budget.py).
        with bulk_sends():
            return await self._drain()

    async def _drain(self) -> int:
        sent = 0
        # One drain at a time per process; other processes are kept apart by the claim.
        async with self._lock:
            while batch := await self._rt.workers.run(deliveries.claim_due, self._rt):
                for item in batch:
                    sent += await self._send(item)
        return sent

    async def _send(self, item: Claimed) -> int:
        try:
            await self._bot.send_message(
                item.chat_id, item.text, reply_markup=keyboard_from_json(item.buttons)
            )
        except RetryAfter as exc:
            seconds = exc.retry_after
            wait = seconds.total_seconds() if hasattr(seconds, "total_seconds") else float(seconds)
            await self._rt.workers.run(deliveries.retry_after, self._rt, item, wait)
            log.warning("outbox %s: rate limited, retrying in %.0fs", item.id, wait)
            return 0
        except Forbidden:
            await self._rt.workers.run(deliveries.blocked, self._rt, item)
            log.info("outbox %s: recipient blocked the bot", item.id)
            return 0
        except ChatMigrated as exc:
            await self._rt.workers.run(deliveries.chat_migrated, self._rt, item, exc.new_chat_id)
            log.info("outbox %s: chat migrated, will resend to the new id", item.id)
            return 0
        except BadRequest as exc:
            await self._rt.workers.run(deliveries.failed, self._rt, item)
            log.warning("outbox %s: bad request (%s)", item.id, exc.message)
            return 0
        except TimedOut:
            # Telegram may well have delivered it: sending again could double it.
            await self._rt.workers.run(deliveries.failed, self._rt, item)
            log.warning("outbox %s: timed out; not resent (at most once)", item.id)
            return 0
        except NetworkError:
            await self._rt.workers.run(deliveries.network_error, self._rt, item)
            log.warning("outbox %s: network error on attempt %s", item.id, item.attempts)
            return 0
        except TelegramError as exc:
            await self._rt.workers.run(deliveries.failed, self._rt, item)
            log.warning("outbox %s: rejected by Telegram (%s)", item.id, type(exc).__name__)
            return 0
        await self._rt.workers.run(deliveries.sent, self._rt, item)
        return 1

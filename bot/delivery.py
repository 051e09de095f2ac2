"""Send what the outbox holds: now after an update, and on a timer for later ones."""

from __future__ import annotations

from telegram import Bot

from bot.runtime import Runtime
from bot.sending import QueueSender
from bot.services.deliveries import OUTBOX


class OutboxSender(QueueSender):
    """Drains due outbox rows, one at a time and in order. Safe to call concurrently:
    rows are claimed in the database."""

    def __init__(self, rt: Runtime, bot: Bot) -> None:
        super().__init__(rt, bot, OUTBOX)

"""Run couplebot, or a bare PTB echo bot, in a process of its own for the benchmarks.

    python -m bench.serve couplebot BASE_URL DATABASE_URL [--rate-limit]
    python -m bench.serve echo BASE_URL

The benchmark driver (fake Bot API and simulated people) stays in its own process,
so the bot's CPU is measured apart from the fake server's, as with real Telegram.
"""

from __future__ import annotations

import argparse
from typing import Any

from telegram import Update
from telegram.ext import ApplicationBuilder, ContextTypes, MessageHandler, filters

from bot.app import ALLOWED_UPDATES, build_application
from bot.settings import Settings
from playground.botapi import FakeBotApi


async def _echo(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
    assert update.effective_message is not None
    await update.effective_message.reply_text(update.effective_message.text or "")


def main() -> None:
    parser = argparse.ArgumentParser()
    parser.add_argument("kind", choices=["couplebot", "echo"])
    parser.add_argument("base_url")
    parser.add_argument("database_url", nargs="?", default="")
    parser.add_argument("--rate-limit", action="store_true")
    args = parser.parse_args()
    if args.kind == "echo":
        app: Any = ApplicationBuilder().token(FakeBotApi.TOKEN).base_url(args.base_url).build()
        app.add_handler(MessageHandler(filters.TEXT, _echo))
        app.run_polling(poll_interval=0, timeout=1)
        return
    settings = Settings(
        _env_file=None,  # type: ignore[call-arg]
        telegram_bot_token=FakeBotApi.TOKEN,
        database_url=args.database_url,
        telegram_api_base_url=args.base_url,
        telegram_rate_limit=args.rate_limit,
        polling_timeout_seconds=1,
        outbox_poll_seconds=0.2,
    )
    build_application(settings).run_polling(
        allowed_updates=ALLOWED_UPDATES, timeout=1, poll_interval=0
    )


if __name__ == "__main__":
    main()

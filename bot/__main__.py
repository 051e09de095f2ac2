"""`couplebot` on the command line: run the bot (default), apply migrations or back up."""

from __future__ import annotations

import argparse
import logging
import sys
from pathlib import Path

from pydantic import ValidationError
from telegram.error import InvalidToken

from bot.app import ALLOWED_UPDATES, build_application
from bot.logs import configure_logging
from bot.settings import Settings
from bot.web import describe_mode, run_server
from storage.backup import backup_sqlite
from storage.migrate import upgrade

log = logging.getLogger("couplebot")

BOTFATHER_HELP = """\
couplebot needs a bot token, and TELEGRAM_BOT_TOKEN is {problem}.

1. In Telegram, open @BotFather and send /newbot (or /token for an existing bot).
2. Copy the token it gives you (it looks like 123456789:AAE...).
3. Put it in a file named .env next to pyproject.toml:
       TELEGRAM_BOT_TOKEN=123456789:AAE...
   (cp .env.example .env is a good start), or export it in your shell.
"""


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="couplebot", description=__doc__)
    parser.add_argument(
        "command",
        nargs="?",
        default="run",
        choices=["run", "migrate", "backup"],
        help="run the bot (default), only apply database migrations, or back up to PATH",
    )
    parser.add_argument("path", nargs="?", type=Path, help="backup: where to write the copy")
    args = parser.parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        print(f"couplebot: invalid configuration: {problems}", file=sys.stderr)
        return 2

    configure_logging(settings.log_level, settings.telegram_bot_token.get_secret_value())
    if args.command == "migrate":
        upgrade(settings.database_url)
        return 0
    if args.command == "backup":
        if args.path is None:
            parser.error("backup needs a PATH, e.g. couplebot backup backups/couplebot.sqlite3")
        try:
            backup_sqlite(settings.database_url, args.path)
        except (ValueError, OSError, RuntimeError) as exc:
            print(f"couplebot: backup failed: {exc}", file=sys.stderr)
            return 1
        print(f"couplebot: backed up to {args.path}")
        return 0
    if not settings.token_is_valid:
        raw = settings.telegram_bot_token.get_secret_value()
        print(BOTFATHER_HELP.format(problem="not set" if not raw else "malformed"), file=sys.stderr)
        return 2
    upgrade(settings.database_url)

    app = build_application(settings)
    log.info("%s", describe_mode(settings))
    try:
        if settings.webhook_url or settings.metrics_port:
            run_server(app, settings)  # bot/web.py: webhook, or polling with /metrics
        else:
            app.run_polling(
                allowed_updates=ALLOWED_UPDATES, timeout=settings.polling_timeout_seconds
            )
    except InvalidToken:
        # Its message quotes the token: say what to do instead of showing it.
        print(BOTFATHER_HELP.format(problem="rejected by Telegram"), file=sys.stderr)
        return 2
    return 0


if __name__ == "__main__":
    sys.exit(main())

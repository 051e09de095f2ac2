"""`couplebot` on the command line.

couplebot              the bot with TELEGRAM_BOT_TOKEN set, else the playground
couplebot run          the bot (a missing token is an error: deployments use this)
couplebot playground   the playground: the bot and a simulated Telegram in the browser
couplebot migrate      only apply database migrations
couplebot backup PATH  an online copy of the SQLite database
"""

from __future__ import annotations

import argparse
import asyncio
import logging
import sys
from pathlib import Path

from pydantic import ValidationError
from telegram.error import InvalidToken, NetworkError

from bot.app import ALLOWED_UPDATES, build_application
from bot.logs import configure_logging
from bot.reachability import Reach, api_host, check_bot_api
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

log = logging.getLogger("couplebot")

# Exit codes: 2 = configuration (token, settings), 3 = the Bot API could not be reached.
EXIT_CONFIG = 2
EXIT_UNREACHABLE = 3


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(
        prog="couplebot",
        description=__doc__,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    parser.add_argument(
        "command",
        nargs="?",
        choices=["run", "playground", "migrate", "backup"],
        help="default: run with a token, playground without one; backup writes to PATH",
    )
    parser.add_argument("path", nargs="?", type=Path, help="backup: where to write the copy")
    args = parser.parse_args(argv)
    try:
        settings = Settings()
    except ValidationError as exc:
        problems = "; ".join(f"{'.'.join(map(str, e['loc']))}: {e['msg']}" for e in exc.errors())
        print(f"couplebot: invalid configuration: {problems}", file=sys.stderr)
        return EXIT_CONFIG

    raw_token = settings.telegram_bot_token.get_secret_value()
    command = args.command or ("run" if raw_token else "playground")
    if command == "playground":
        # Imported here: the live bot never loads the playground.
        from playground.cli import run_playground

        return run_playground(settings)

    configure_logging(settings.log_level, raw_token)
    if command == "migrate":
        upgrade(settings.database_url)
        return 0
    if command == "backup":
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
        print(
            BOTFATHER_HELP.format(problem="not set" if not raw_token else "malformed"),
            file=sys.stderr,
        )
        return EXIT_CONFIG
    upgrade(settings.database_url)
    return _run(settings)


def _run(settings: Settings) -> int:
    reach = asyncio.run(check_bot_api(settings))
    if reach is Reach.TOKEN_REJECTED:
        print(BOTFATHER_HELP.format(problem="rejected by Telegram"), file=sys.stderr)
        return EXIT_CONFIG
    if reach is not Reach.OK:
        return EXIT_UNREACHABLE
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
        return EXIT_CONFIG
    except NetworkError:
        # Lost between the check and start-up; PTB rides out losses once it is polling.
        log.debug("start-up failed", exc_info=True)
        host = api_host(settings.telegram_api_base_url)
        print(f"couplebot: lost the connection to {host} while starting.", file=sys.stderr)
        return EXIT_UNREACHABLE
    return 0


if __name__ == "__main__":
    sys.exit(main())

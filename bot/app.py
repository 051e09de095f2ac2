"""The one place that builds the Application. Nothing here runs at import."""

from __future__ import annotations

import logging
from typing import Any

from telegram import (
    BotCommand,
    BotCommandScopeAllGroupChats,
    BotCommandScopeAllPrivateChats,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import TelegramError
from telegram.ext import (
    AIORateLimiter,
    Application,
    ApplicationBuilder,
    CallbackQueryHandler,
    ChatMemberHandler,
    CommandHandler,
    Defaults,
    MessageHandler,
    TypeHandler,
    filters,
)
from telegram.request import BaseRequest, HTTPXRequest

from bot import catalogues, daily_jobs
from bot.chat_turns import SharedChatTurns
from bot.commands import COMMANDS, group_menu, private_menu
from bot.delivery import OutboxSender
from bot.errors import on_error
from bot.handlers import buttons, common, group, private
from bot.handlers import daily as daily_handlers
from bot.handlers.common import Context
from bot.http_transport import AiohttpRequest
from bot.metrics import InstrumentedRequest, InstrumentedUpdateProcessor, Metrics
from bot.runtime import Clock, Runtime, system_clock
from bot.send_budget import SharedBudgetRateLimiter, SharedSendBudget
from bot.services import retention, send_policy
from bot.services.deliveries import OUTBOX
from bot.settings import Settings
from bot.updates import PerChatUpdateProcessor
from bot.workers import WorkerThreads
from flows import i18n
from storage.db import create_db_engine, is_postgres, runs_on_loop

log = logging.getLogger(__name__)

CouplebotApp = Application[Any, Any, Any, Any, Any, Any]

# What the bot subscribes to; other kinds are never fetched. Edited messages only
# for crisis words typed in an edit (private.edited, group.edited_reply).
ALLOWED_UPDATES = [
    Update.MESSAGE,
    Update.EDITED_MESSAGE,
    Update.CALLBACK_QUERY,
    Update.MY_CHAT_MEMBER,
]


# Connections to the Bot API kept open. Not PTB's 256: httpx walks every open connection
# (a socket check each, and a quadratic count) on every request it starts or finishes,
# which took a fifth of the bot's CPU with the ~35 a busy bot keeps open
# (docs/benchmarks.md). Sixteen carry about 160 calls/s at Telegram's ~100 ms round
# trip, well above its 30 messages/s; a call waits for a free one rather than fail.
BOT_API_CONNECTIONS = 16
POOL_WAIT_SECONDS = 10.0


def bot_api_request(settings: Settings, *, connections: int, pool_wait: float = 1.0) -> BaseRequest:
    """The HTTP transport for Bot API calls (TELEGRAM_HTTP_CLIENT), PTB's timeouts."""
    if settings.telegram_http_client == "httpx":
        return HTTPXRequest(connection_pool_size=connections, pool_timeout=pool_wait)
    return AiohttpRequest(connection_pool_size=connections, pool_timeout=pool_wait)


def build_application(settings: Settings, *, clock: Clock = system_clock) -> CouplebotApp:
    """Wire handlers, the rate limiter and the resources' lifecycle from settings."""
    catalogues.load_all()
    metrics = Metrics()
    updates = PerChatUpdateProcessor(
        settings.concurrent_updates, chat_queue_limit=settings.chat_queue_limit
    )
    builder: Any = (
        ApplicationBuilder()
        .token(settings.telegram_bot_token.get_secret_value())
        .base_url(settings.telegram_api_base_url)
        .base_file_url(settings.file_base_url)
        # Every text is HTML (bold step headers, quoted words); what people typed is
        # escaped where it enters a template (flows.text.esc).
        .defaults(Defaults(parse_mode=ParseMode.HTML))
        .post_init(_post_init)
        .post_shutdown(_post_shutdown)
        .concurrent_updates(InstrumentedUpdateProcessor(updates, metrics))
        # Each Bot API call counted (bot/metrics.py).
        .request(
            InstrumentedRequest(
                metrics,
                bot_api_request(
                    settings, connections=BOT_API_CONNECTIONS, pool_wait=POOL_WAIT_SECONDS
                ),
            )
        )
        .get_updates_request(InstrumentedRequest(metrics, bot_api_request(settings, connections=1)))
    )
    if settings.telegram_rate_limit and is_postgres(settings.database_url):
        # Several instances may run: they share one budget in the database, replies first.
        builder = builder.rate_limiter(
            SharedBudgetRateLimiter(
                SharedSendBudget(
                    settings.database_url, chat_limit=settings.telegram_chat_rate_limit
                ),
                max_retries=3,
            )
        )
    elif settings.telegram_rate_limit:
        # Queues sends to stay within Telegram's limits and waits out 429s.
        builder = builder.rate_limiter(AIORateLimiter(max_retries=3))
    app: CouplebotApp = builder.build()
    app.bot_data["updates"] = updates
    app.bot_data["settings"] = settings
    app.bot_data["clock"] = clock
    app.bot_data["metrics"] = metrics
    _add_handlers(app)
    app.add_error_handler(on_error)
    return app


def _add_handlers(app: CouplebotApp) -> None:
    # Edits of old messages are not new answers: only fresh messages count.
    fresh = filters.UpdateType.MESSAGE
    private_chat = filters.ChatType.PRIVATE & fresh
    groups = filters.ChatType.GROUPS & fresh
    # Before anything else (a group of its own: one handler runs per group): the
    # language of the person behind the update.
    app.add_handler(TypeHandler(Update, common.speak_their_language), group=-2)
    app.add_handlers(
        [
            *_command_handlers(private_chat, groups),
            MessageHandler(private_chat & filters.COMMAND, private.unknown_command),
            MessageHandler(
                private_chat & ~filters.COMMAND & ~filters.StatusUpdate.ALL, private.message
            ),
            # An edit in the private chat counts only when it speaks of a crisis.
            MessageHandler(
                filters.ChatType.PRIVATE & filters.UpdateType.EDITED_MESSAGE, private.edited
            ),
            # In a group, only an edited reply to the bot, and only for crisis words.
            MessageHandler(
                filters.ChatType.GROUPS & filters.UpdateType.EDITED_MESSAGE & filters.REPLY,
                group.edited_reply,
            ),
            MessageHandler(groups & filters.COMMAND, group.unknown_command),
            MessageHandler(filters.StatusUpdate.MIGRATE, group.migration),
            MessageHandler(filters.StatusUpdate.LEFT_CHAT_MEMBER, group.member_left),
            ChatMemberHandler(group.my_membership, ChatMemberHandler.MY_CHAT_MEMBER),
            CallbackQueryHandler(buttons.pressed),
        ]
    )
    # Replies to the bot in groups come first; other replies fall through.
    app.add_handler(
        MessageHandler(groups & filters.REPLY & ~filters.COMMAND, daily_handlers.group_reply),
        group=-1,
    )


def _command_handlers(
    private_chat: filters.BaseFilter, groups: filters.BaseFilter
) -> list[CommandHandler[Any, None]]:
    """From the command table: private-only commands sent in a group are refused there."""
    handlers: list[CommandHandler[Any, None]] = []
    for command in COMMANDS:
        if command.private is not None:
            handlers.append(CommandHandler(command.name, command.private, private_chat))
        in_group = command.group or (group.private_only if command.private_only else None)
        if in_group is not None:
            handlers.append(CommandHandler(command.name, in_group, groups))
    return handlers


async def _post_init(app: CouplebotApp) -> None:
    settings: Settings = app.bot_data["settings"]
    engine = create_db_engine(settings.database_url, pool_size=settings.database_threads)
    rt = Runtime(
        settings=settings,
        engine=engine,
        clock=app.bot_data["clock"],
        workers=WorkerThreads(
            settings.database_threads, short_on_loop=runs_on_loop(settings.database_url)
        ),
    )
    rt.bot_username = app.bot.username
    rt.on_daily_tick = app.bot_data["metrics"].tick_seconds.observe
    app.bot_data["runtime"] = rt
    if is_postgres(settings.database_url):
        _share_chat_turns(app, rt)
    stale = await rt.workers.run(send_policy.expire_stale_claims, rt, OUTBOX)
    if stale:
        log.warning("%s queued messages were being sent when the bot stopped; not resent", stale)
    outbox = OutboxSender(rt, app.bot)
    app.bot_data["outbox"] = outbox
    await _register_commands(app)
    assert app.job_queue is not None
    app.job_queue.run_repeating(
        _drain_outbox, interval=settings.outbox_poll_seconds, first=0, name="outbox"
    )
    daily_jobs.schedule_daily_jobs(app)
    app.job_queue.run_repeating(
        purge_retention,
        interval=retention.INTERVAL,
        first=RETENTION_FIRST_RUN,
        name="retention",
    )


def _share_chat_turns(app: CouplebotApp, rt: Runtime) -> None:
    """Several instances: each update once, one chat's in order across them."""
    turns = SharedChatTurns(rt)
    updates: PerChatUpdateProcessor = app.bot_data["updates"]
    updates.shared_turns = turns

    async def purge_handled_updates(_: Context) -> None:
        await rt.workers.run(turns.purge_old)

    assert app.job_queue is not None
    app.job_queue.run_repeating(
        purge_handled_updates, interval=HANDLED_UPDATES_PURGE_SECONDS, first=60.0
    )


HANDLED_UPDATES_PURGE_SECONDS = 3600.0


# The first purge waits until start-up (missed prompts, queued messages) is done.
RETENTION_FIRST_RUN = 60.0


async def purge_retention(context: Context) -> None:
    """Delete what has served its purpose (README "Privacy"), off the event loop."""
    rt: Runtime = context.bot_data["runtime"]
    await rt.workers.run(retention.purge_expired, rt)


async def _drain_outbox(context: Context) -> None:
    outbox: OutboxSender = context.bot_data["outbox"]
    if not outbox.busy:
        rt: Runtime = context.bot_data["runtime"]
        # The previous drain has finished; /healthz flags a drain that never does.
        rt.last_outbox_drain_at = rt.clock()
    # Returns at once so the timer never piles up behind a long drain.
    outbox.kick(context.application)


async def _register_commands(app: CouplebotApp) -> None:
    """The command menus, in every language (English also for everyone else)."""
    try:
        for language in i18n.LANGUAGES:
            code = None if language == i18n.DEFAULT_LANGUAGE else language
            with i18n.use_language(language):
                private_commands = [BotCommand(c, str(d)) for c, d in private_menu()]
                group_commands = [BotCommand(c, str(d)) for c, d in group_menu()]
            await app.bot.set_my_commands(
                private_commands, scope=BotCommandScopeAllPrivateChats(), language_code=code
            )
            await app.bot.set_my_commands(
                group_commands, scope=BotCommandScopeAllGroupChats(), language_code=code
            )
    except TelegramError as exc:
        log.warning("could not register the command menus (%s); carrying on", type(exc).__name__)


async def _post_shutdown(app: CouplebotApp) -> None:
    rt: Runtime | None = app.bot_data.get("runtime")
    if rt is not None:
        rt.workers.shutdown()
        rt.engine.dispose()

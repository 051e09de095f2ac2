"""Run the real Application against the fake Bot API, as `couplebot` would."""

from __future__ import annotations

from typing import Any

from bot.app import ALLOWED_UPDATES, CouplebotApp, build_application
from bot.runtime import Clock, Runtime
from bot.settings import Settings
from playground.botapi import FakeBotApi


def settings_for(api: FakeBotApi, database_url: str, **overrides: Any) -> Settings:
    values: dict[str, Any] = {
        "telegram_bot_token": FakeBotApi.TOKEN,
        "database_url": database_url,
        "telegram_api_base_url": api.base_url,
        "telegram_api_file_url": api.base_file_url,
        "polling_timeout_seconds": 1,
        "outbox_poll_seconds": 0.2,
        # The fake's limits are off here, and a reply held back for its chat's limit
        # would look idle to wait_until_idle (tests/scale enforces and checks them).
        "telegram_chat_rate_limit": 0,
        **overrides,
    }
    # _env_file=None: a developer's own .env must not leak into the tests.
    return Settings(_env_file=None, **values)  # type: ignore[call-arg]


class BotRunner:
    """Starts and stops the Application the way run_polling does, without owning the loop."""

    def __init__(self, api: FakeBotApi, database_url: str, clock: Clock, **overrides: Any) -> None:
        self.api = api
        self.database_url = database_url
        self.clock = clock
        self.overrides = overrides
        self.app: CouplebotApp | None = None

    @property
    def rt(self) -> Runtime:
        assert self.app is not None
        runtime: Runtime = self.app.bot_data["runtime"]
        return runtime

    async def start(self) -> None:
        app = build_application(
            settings_for(self.api, self.database_url, **self.overrides), clock=self.clock
        )
        await app.initialize()
        if app.post_init is not None:
            await app.post_init(app)
        assert app.updater is not None
        await app.updater.start_polling(poll_interval=0, timeout=1, allowed_updates=ALLOWED_UPDATES)
        await app.start()
        self.app = app

    async def stop(self) -> None:
        app, self.app = self.app, None
        if app is None:
            return
        assert app.updater is not None
        if app.updater.running:
            await app.updater.stop()
        if app.running:
            await app.stop()
        await app.shutdown()
        if app.post_shutdown is not None:
            await app.post_shutdown(app)

    async def restart(self) -> None:
        """A new Application on the same database file, like a process restart."""
        await self.stop()
        await self.start()

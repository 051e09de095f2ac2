"""One playground: the simulated Telegram, the real bot on a movable clock, and three people.

The bot is ``bot.app.build_application`` as the live bot builds it, unmodified; only its
settings differ (the fake API's URL and token, the playground's own SQLite file) and its
clock, which the page can move ahead. Everything the page shows comes from the simulated
Telegram, as HTML fragments pushed to every open page.
"""

from __future__ import annotations

import asyncio
import contextlib
from dataclasses import dataclass
from datetime import datetime
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from pydantic import SecretStr

from bot.app import ALLOWED_UPDATES, CouplebotApp, build_application
from bot.daily_jobs import run_daily_tick
from bot.delivery import OutboxSender
from bot.runtime import Runtime
from bot.settings import Settings
from playground.botapi import ChatEvent, FakeBotApi, FakeGroup, FakeUser
from playground.clock import PlaygroundClock
from playground.jumps import Jump, target
from playground.rendering import View, message_html
from storage.migrate import upgrade

JSON = dict[str, Any]
ROLES = ("a", "b", "outsider")
USER_IDS = {"a": 1001, "b": 1002, "outsider": 1003}
GROUP_ID = -4001
GROUP_TITLE = "Our group"
DEFAULT_ZONE = "Europe/Berlin"
DEFAULT_NAMES = {"a": "Ana", "b": "Ben", "outsider": "Sam"}
ROLE_TITLES = {"a": "Partner A", "b": "Partner B", "outsider": "A friend in the group"}


@dataclass
class Person:
    role: str
    name: str
    zone: str

    @property
    def user_id(self) -> int:
        return USER_IDS[self.role]


class Playground:
    """Start, use, reset and stop one playground. Not thread-safe: one event loop."""

    def __init__(self, settings: Settings) -> None:
        self.settings = settings
        self.database_url = settings.playground_database_url
        self.people = {role: Person(role, DEFAULT_NAMES[role], DEFAULT_ZONE) for role in ROLES}
        self.clock = PlaygroundClock()
        self._api: FakeBotApi | None = None
        self._app: CouplebotApp | None = None
        self._group: FakeGroup | None = None
        self._subscribers: set[asyncio.Queue[JSON | None]] = set()
        self._lock = asyncio.Lock()

    # ------------------------------------------------------------------ life cycle

    async def start(self) -> None:
        async with self._lock:
            await self._start()

    async def stop(self) -> None:
        self.end_streams()
        async with self._lock:
            await self._stop()

    def end_streams(self) -> None:
        """Tell every open page's event stream to end (the server is stopping)."""
        for queue in list(self._subscribers):
            queue.put_nowait(None)

    async def reset(self) -> None:
        """Start over: a new database file, a new simulated Telegram, the clock back to now."""
        async with self._lock:
            await self._stop()
            await asyncio.to_thread(self._delete_database)
            await self._start()
        self.broadcast({"type": "reload"})

    def _delete_database(self) -> None:
        for suffix in ("", "-wal", "-shm", "-journal"):
            with contextlib.suppress(FileNotFoundError):
                Path(f"{self.database_path}{suffix}").unlink()

    @property
    def database_path(self) -> Path:
        return Path(self.database_url.removeprefix("sqlite:///"))

    async def _start(self) -> None:
        self.clock = PlaygroundClock()
        api = FakeBotApi(wall_clock=self.clock.timestamp)
        await api.start()
        users = {role: api.user(USER_IDS[role], p.name) for role, p in self.people.items()}
        members = [users["a"], users["b"], users["outsider"]]
        self._group = api.group(GROUP_ID, GROUP_TITLE, members, creator=users["a"])
        api.world.listeners.append(self._on_chat_event)
        self._api = api
        await asyncio.to_thread(upgrade, self.database_url)
        app = build_application(self._bot_settings(api), clock=self.clock.now)
        # What run_polling does, without owning the event loop.
        await app.initialize()
        if app.post_init is not None:
            await app.post_init(app)
        assert app.updater is not None
        await app.updater.start_polling(
            poll_interval=0, timeout=10, allowed_updates=ALLOWED_UPDATES
        )
        await app.start()
        self._app = app

    async def _stop(self) -> None:
        app, self._app = self._app, None
        if app is not None:
            assert app.updater is not None
            if app.updater.running:
                await app.updater.stop()
            if app.running:
                await app.stop()
            await app.shutdown()
            if app.post_shutdown is not None:
                await app.post_shutdown(app)
        api, self._api = self._api, None
        if api is not None:
            await api.close()

    def _bot_settings(self, api: FakeBotApi) -> Settings:
        return self.settings.model_copy(
            update={
                "telegram_bot_token": SecretStr(FakeBotApi.TOKEN),
                "database_url": self.database_url,
                "telegram_api_base_url": api.base_url,
                "telegram_api_file_url": api.base_file_url,
                "polling_timeout_seconds": 10,
            }
        )

    # ------------------------------------------------------------------ what there is

    @property
    def api(self) -> FakeBotApi:
        if self._api is None:
            raise RuntimeError("the playground is not running")
        return self._api

    @property
    def group(self) -> FakeGroup:
        if self._group is None:
            raise RuntimeError("the playground is not running")
        return self._group

    @property
    def bot_username(self) -> str:
        return FakeBotApi.BOT_USERNAME

    def person(self, role: str) -> Person:
        return self.people[role]

    def user(self, user_id: int) -> FakeUser:
        user = self.api.world.users.get(user_id)
        if user is None:
            raise LookupError(f"no person {user_id}")
        return user

    def chat_ids(self) -> list[int]:
        """The three chats on the page: A's and B's private chats, then the group."""
        return [USER_IDS["a"], USER_IDS["b"], self.group.id]

    def view(self, chat_id: int) -> View:
        owner = next((p for p in self.people.values() if p.user_id == chat_id), None)
        zone = ZoneInfo((owner or self.people["a"]).zone)
        return View(zone=zone, bot_username=self.bot_username, group=chat_id < 0)

    def messages(self, chat_id: int) -> list[JSON]:
        return list(self.api.world.messages.get(chat_id, {}).values())

    def message_html(self, message: JSON) -> str:
        chat_id = int(message["chat"]["id"])
        markup = self.api.sent_markup(message)
        return message_html(message, self.view(chat_id), markup)

    def commands(self, chat_id: int) -> list[JSON]:
        scope = "all_private_chats" if chat_id > 0 else "all_group_chats"
        return self.api.commands({"type": scope})

    # ------------------------------------------------------------------ what people do

    def send(self, chat_id: int, user_id: int, text: str, reply_to: int | None) -> None:
        user = self.user(user_id)
        chat = self._chat_for(chat_id, user)
        if reply_to is not None:
            message = self.api.world.find(chat_id, reply_to)
            if message is None:
                raise LookupError("that message is gone")
            self.api.reply_to(user, message, text, chat)
        else:
            self.api.send_text(user, text, chat)

    def press(self, chat_id: int, message_id: int, row: int, column: int, user_id: int) -> None:
        user = self.user(user_id)
        self._chat_for(chat_id, user)
        message = self.api.world.find(chat_id, message_id)
        keyboard = ((message or {}).get("reply_markup") or {}).get("inline_keyboard") or []
        try:
            data = keyboard[row][column]["callback_data"]
        except (IndexError, KeyError) as exc:
            raise LookupError("that button is gone") from exc
        assert message is not None
        self.api.press(user, message, str(data))

    def start_link(self, user_id: int, command: str) -> None:
        """Someone opened a ``t.me/<bot>?start=...`` link: their app sends ``/start ...``."""
        self.api.send_text(self.user(user_id), command)

    def add_bot_to_group(self, user_id: int) -> None:
        if not self.group.bot_member:
            self.api.add_bot_to_group(self.group, self.user(user_id))

    def remove_bot_from_group(self, user_id: int) -> None:
        if self.group.bot_member:
            self.api.remove_bot_from_group(self.group, self.user(user_id))

    def rename(self, role: str, name: str, zone: str) -> None:
        """New name and time zone for a person (open pages are told to reload by the caller)."""
        ZoneInfo(zone)  # raises for an unknown zone
        person = self.people[role]
        person.name, person.zone = name, zone
        if self._api is not None:
            # Telegram sends the new name with the next message; the bot's copy follows.
            self.user(person.user_id).first_name = name

    def _chat_for(self, chat_id: int, user: FakeUser) -> FakeGroup | None:
        if chat_id == self.group.id:
            if not self.group.has_member(user):
                raise PermissionError(f"{user.first_name} is not in the group")
            return self.group
        if chat_id != user.id:
            raise PermissionError(f"only {user.first_name} types in their own chat")
        return None

    # ------------------------------------------------------------------ the clock

    async def jump(self, jump: Jump) -> datetime:
        """Move the clock, then run the bot's due jobs at once (daily tick, outbox)."""
        async with self._lock:
            app = self._app
            if app is None:
                raise RuntimeError("the playground is not running")
            rt: Runtime = app.bot_data["runtime"]
            zone = ZoneInfo(self.people["a"].zone)
            now = self.clock.advance_to(target(jump, self.clock.now(), rt.engine, zone))
            self.broadcast({"type": "clock", "now": now.isoformat()})
            await run_daily_tick(app)
            outbox: OutboxSender = app.bot_data["outbox"]
            await outbox.drain()
            return now

    # ------------------------------------------------------------------ pushing to pages

    def subscribe(self) -> asyncio.Queue[JSON | None]:
        queue: asyncio.Queue[JSON | None] = asyncio.Queue()
        self._subscribers.add(queue)
        return queue

    def unsubscribe(self, queue: asyncio.Queue[JSON | None]) -> None:
        self._subscribers.discard(queue)

    def broadcast(self, event: JSON) -> None:
        for queue in list(self._subscribers):
            queue.put_nowait(event)

    def _on_chat_event(self, event: ChatEvent) -> None:
        if event.kind == "answered":
            detail = event.detail or {}
            if detail.get("text"):
                self.broadcast(
                    {
                        "type": "notice",
                        "chat": event.chat_id,
                        "text": detail["text"],
                        "alert": bool(detail.get("show_alert")),
                        "user": int(detail.get("from", {}).get("id", 0)),
                    }
                )
            return
        self.broadcast(
            {
                "type": "message",
                "chat": event.chat_id,
                "id": int(event.message["message_id"]),
                "html": self.message_html(event.message),
            }
        )

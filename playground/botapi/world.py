"""The simulated Telegram: people, chats, every message in them, files and button presses.

Everything the bot's calls change or read lives here. Each change to a chat is announced to
the listeners as a :class:`ChatEvent` (the transcript tests wait on, the playground's page).
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from .errors import ApiError, Rejected, forbidden, reject
from .formatting import with_detected_entities
from .limits import FloodControl
from .models import (
    BOT_ID,
    BOT_USER,
    BOT_USERNAME,
    JSON,
    FakeGroup,
    FakeUser,
    SentDocument,
    Stats,
    UploadedFile,
)
from .updates import UpdateQueue
from .validation import as_int, chat_id_param

ChatRef = FakeUser | FakeGroup | int

COMMAND_RE = re.compile(r"^/[A-Za-z0-9_]{1,32}(?:@([A-Za-z0-9_]{3,32}))?(?=\s|$)")
_SERVICE_KEYS = frozenset(
    {"new_chat_members", "left_chat_member", "migrate_to_chat_id", "migrate_from_chat_id"}
)
_MIGRATED = "Bad Request: group chat was upgraded to a supergroup chat"


@dataclass(frozen=True, slots=True)
class ChatEvent:
    """``kind``: "sent" or "edited" (by the bot), "received" (a person's message, whether or
    not the bot gets to see it), "answered" (the bot answered a button press; ``detail`` holds
    the answer's ``text`` and ``show_alert``)."""

    kind: str
    chat_id: int
    message: JSON
    detail: JSON | None = None


def text_of(message: JSON) -> str:
    text = message.get("text", message.get("caption", ""))
    return text if isinstance(text, str) else ""


def labels(message: JSON) -> list[str]:
    """The inline buttons' texts, row after row."""
    rows = (message.get("reply_markup") or {}).get("inline_keyboard") or []
    return [str(button.get("text")) for row in rows for button in row]


def member(user: JSON, status: str) -> JSON:
    """Telegram ``ChatMember`` JSON."""
    data: JSON = {"user": user, "status": status}
    if status == "creator":
        data["is_anonymous"] = False
    elif status == "kicked":
        data["until_date"] = 0
    return data


class World:
    def __init__(
        self,
        *,
        stats: Stats,
        updates: UpdateQueue,
        flood: FloodControl | None,
        wall_clock: Callable[[], float],
        privacy_mode: bool,
    ) -> None:
        self.stats = stats
        self.updates = updates
        self.flood = flood
        self.privacy_mode = privacy_mode
        self._wall_clock = wall_clock
        self.users: dict[int, FakeUser] = {}
        self.groups: dict[int, FakeGroup] = {}
        self.migrated: dict[int, int] = {}
        self.blocked: set[int] = set()
        # Every message of every chat (people's and the bot's), current state, in id order.
        self.messages: dict[int, dict[int, JSON]] = {}
        # reply_markup as the bot last set it, ForceReply included (Telegram does not echo it).
        self.markups: dict[tuple[int, int], JSON] = {}
        self.documents: dict[int, list[SentDocument]] = {}
        self.files: dict[str, UploadedFile] = {}
        self.callbacks: dict[str, JSON] = {}
        self.answered: set[str] = set()
        self.commands: dict[tuple[str, str], list[JSON]] = {}
        # Set by setWebhook: updates then go there, and getUpdates is refused (409).
        self.webhook_url = ""
        self.listeners: list[Callable[[ChatEvent], None]] = []
        self._message_seq: dict[int, int] = {}
        self._file_seq = 0
        self._callback_seq = 0
        self._fingerprints: dict[int, set[int]] = {}

    # ------------------------------------------------------------------ lookups

    def now(self) -> int:
        return int(self._wall_clock())

    def chat_key(self, chat: ChatRef) -> int:
        return chat if isinstance(chat, int) else chat.id

    def current(self, message: JSON) -> JSON:
        """The message as it is now (after edits)."""
        key = int(message["message_id"])
        return self.messages.get(int(message["chat"]["id"]), {}).get(key, message)

    def find(self, chat_id: int, message_id: int) -> JSON | None:
        return self.messages.get(chat_id, {}).get(message_id)

    def bot_messages(self, chat: ChatRef) -> list[JSON]:
        """What the bot sent to ``chat`` (current state after edits)."""
        found = self.messages.get(self.chat_key(chat), {}).values()
        return [m for m in found if m["from"]["id"] == BOT_ID]

    def group_of(self, chat_id: int) -> FakeGroup | None:
        return self.groups.get(self.migrated.get(chat_id, chat_id))

    def target(self, params: JSON, *, sending: bool) -> JSON:
        """Resolve ``chat_id`` to a chat, raising the answer Telegram would give."""
        raw = params.get("chat_id")
        if raw is None or raw == "":
            raise reject("chat_id is empty")
        cid = chat_id_param(params)
        if cid is None:
            raise reject("chat not found")
        if cid in self.migrated:
            raise Rejected(ApiError(400, _MIGRATED, {"migrate_to_chat_id": self.migrated[cid]}))
        user = self.users.get(cid)
        if user is not None:
            if sending and cid in self.blocked:
                raise Rejected(forbidden())
            if sending and not user.started:
                raise Rejected(forbidden("Forbidden: bot can't initiate conversation with a user"))
            return user.chat
        group = self.groups.get(cid)
        if group is not None:
            if sending and not group.bot_member:
                kind = "supergroup" if group.type == "supergroup" else "group"
                raise Rejected(forbidden(f"Forbidden: bot is not a member of the {kind} chat"))
            return group.chat
        if cid == BOT_ID:
            raise Rejected(forbidden("Forbidden: bots can't send messages to bots"))
        raise reject("chat not found")

    def reply_target(self, chat_id: int, params: JSON) -> JSON | None:
        """The message a send replies to (without its own reply), or None."""
        reply = params.get("reply_parameters")
        mid: Any = reply.get("message_id") if isinstance(reply, dict) else None
        if mid is None:
            mid = params.get("reply_to_message_id")
        if mid is None:
            return None
        target = self.find(chat_id, as_int(mid, 0))
        if target is None:
            lenient = isinstance(reply, dict) and reply.get("allow_sending_without_reply")
            if lenient or params.get("allow_sending_without_reply"):
                return None
            raise reject("message to be replied not found")
        return {k: v for k, v in target.items() if k != "reply_to_message"}

    # ------------------------------------------------------------------ the bot's messages

    def admit(self, chat: JSON) -> None:
        """Flood control, when enforced."""
        if self.flood is not None:
            self.flood.admit(int(chat["id"]), chat["type"] == "private")

    def add_bot_message(
        self, chat: JSON, content: JSON, markup: JSON | None, reply_to: JSON | None, *, shown: str
    ) -> JSON:
        """Store a message the bot sent; ``shown`` is what a person sees of it (duplicates)."""
        cid = int(chat["id"])
        mid = self.next_message_id(cid)
        message: JSON = {
            "message_id": mid,
            "from": dict(BOT_USER),
            "chat": chat,
            "date": self.now(),
        }
        if reply_to is not None:
            message["reply_to_message"] = reply_to
        message.update(content)
        if markup is not None:
            self.markups[(cid, mid)] = markup
            if "inline_keyboard" in markup:
                message["reply_markup"] = markup
        self.messages.setdefault(cid, {})[mid] = message
        self.stats.messages_accepted += 1
        self.stats.accepted_per_chat[cid] += 1
        self._count_duplicate(cid, shown, markup)
        self._announce(ChatEvent("sent", cid, message))
        return message

    def replace_bot_message(self, old: JSON, changes: JSON, markup: JSON | None) -> JSON:
        """Edit a message in place; like Telegram, ``markup`` None removes the keyboard."""
        cid, mid = int(old["chat"]["id"]), int(old["message_id"])
        # A change to None removes the field (an edit to text without entities).
        new = {k: v for k, v in {**old, **changes}.items() if v is not None}
        new.pop("reply_markup", None)
        new["edit_date"] = self.now()
        if markup is not None and "inline_keyboard" in markup:
            new["reply_markup"] = markup
        if markup is None:
            self.markups.pop((cid, mid), None)
        else:
            self.markups[(cid, mid)] = markup
        self.messages[cid][mid] = new
        self.stats.edits += 1
        self._announce(ChatEvent("edited", cid, new))
        return new

    def answer_press(self, query: JSON, text: str | None, show_alert: bool) -> None:
        self.answered.add(str(query["id"]))
        message = query["message"]
        detail = {"text": text or "", "show_alert": show_alert, "from": query["from"]}
        self._announce(ChatEvent("answered", int(message["chat"]["id"]), message, detail))

    def _count_duplicate(self, chat_id: int, shown: str, markup: JSON | None) -> None:
        # A send equal to an earlier one to the same chat (legit repeats count too).
        key = hash((shown, json.dumps(markup, sort_keys=True)))
        seen = self._fingerprints.setdefault(chat_id, set())
        if key in seen:
            self.stats.duplicates += 1
        seen.add(key)

    def _announce(self, event: ChatEvent) -> None:
        for listener in list(self.listeners):
            listener(event)

    # ------------------------------------------------------------------ people's messages

    def queue_user_message(
        self,
        user: FakeUser,
        chat: FakeGroup | None,
        payload: JSON,
        check_member: bool = True,
        force: bool = False,
    ) -> JSON:
        """Post a message as ``user``; queue it for the bot if Telegram would show it to it.

        Returns the Update (``update_id`` None when the bot does not get to see it)."""
        if chat is None:
            if user.id not in self.users:
                raise ValueError(f"user {user.id} was not created with api.user()")
            user.started = True
            chat_json = user.chat
        else:
            if self.groups.get(chat.id) is not chat:
                raise ValueError(f"group {chat.id} was not created with api.group()")
            if check_member and user.id not in chat.member_map:
                raise ValueError(f"{user.first_name} ({user.id}) is not a member of {chat.title}")
            chat_json = chat.chat
        cid = int(chat_json["id"])
        message: JSON = {
            "message_id": self.next_message_id(cid),
            "from": user.to_dict(),
            "chat": chat_json,
            "date": self.now(),
            **payload,
        }
        self.messages.setdefault(cid, {})[message["message_id"]] = message
        self._announce(ChatEvent("received", cid, message))
        if chat is not None and not force:
            # Telegram only forwards group messages the bot is allowed to see.
            if not chat.bot_member:
                return {"update_id": None, "message": message}
            if not self.bot_sees(message):
                self.stats.privacy_dropped += 1
                return {"update_id": None, "message": message}
        return self.updates.push("message", message)

    def queue_my_chat_member(self, chat: JSON, by: JSON, old: str, new: str) -> JSON:
        bot = dict(BOT_USER)
        return self.updates.push(
            "my_chat_member",
            {
                "chat": chat,
                "from": by,
                "date": self.now(),
                "old_chat_member": member(bot, old),
                "new_chat_member": member(bot, new),
            },
        )

    def bot_sees(self, message: JSON) -> bool:
        """Privacy mode: which group messages Telegram forwards to the bot."""
        if not self.privacy_mode or _SERVICE_KEYS.intersection(message):
            return True
        reply = message.get("reply_to_message")
        if reply is not None and reply.get("from", {}).get("id") == BOT_ID:
            return True
        text = text_of(message)
        command = COMMAND_RE.match(text)
        if command is not None:
            target = command.group(1)
            return target is None or target.lower() == BOT_USERNAME.lower()
        return f"@{BOT_USERNAME}".lower() in text.lower()

    def press(self, user: FakeUser, message: JSON, data: str) -> JSON:
        """Queue a ``callback_query`` with ``data`` on the bot's ``message`` (current state)."""
        current = self.current(message)
        self._callback_seq += 1
        query_id = str(4_000_000_000_000_000 + self._callback_seq)
        chat_id = int(current["chat"]["id"])
        query: JSON = {
            "id": query_id,
            "from": user.to_dict(),
            "message": current,
            "chat_instance": str(-chat_id * 31 + 7),
            "data": data,
        }
        self.callbacks[query_id] = query
        return self.updates.push("callback_query", query)

    # ------------------------------------------------------------------ ids and files

    def next_message_id(self, chat_id: int) -> int:
        mid = self._message_seq.get(chat_id, 0) + 1
        self._message_seq[chat_id] = mid
        return mid

    def register_file(
        self, folder: str, filename: str, content: bytes, mime: str | None
    ) -> tuple[str, str]:
        """Store a file; returns its ``file_id`` and ``file_unique_id``."""
        self._file_seq += 1
        file_id = f"FAKE{folder[:3].upper()}{self._file_seq:08d}"
        self.files[file_id] = UploadedFile(filename, content, mime)
        return file_id, f"U{self._file_seq:08d}"


def text_payload(text: str) -> JSON:
    """A person's text message, with the entities Telegram adds (commands, links, ...)."""
    payload: JSON = {"text": text}
    entities = with_detected_entities(text, [])
    if entities:
        payload["entities"] = entities
    return payload

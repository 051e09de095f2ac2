"""Plain data types of the fake Bot API: people, chats, files, recorded calls, limits, counters."""

from __future__ import annotations

from collections import Counter
from dataclasses import asdict, dataclass, field
from typing import TYPE_CHECKING, Any

if TYPE_CHECKING:
    from .errors import ApiError

JSON = dict[str, Any]

BOT_ID = 123456
BOT_FIRST_NAME = "Couplebot"
BOT_USERNAME = "couple_test_bot"
BOT_USER: JSON = {
    "id": BOT_ID,
    "is_bot": True,
    "first_name": BOT_FIRST_NAME,
    "username": BOT_USERNAME,
}


@dataclass(eq=False)
class FakeUser:
    """A simulated Telegram user; their private chat with the bot has ``id == user.id``."""

    id: int
    first_name: str
    username: str | None = None
    last_name: str | None = None
    language_code: str | None = "en"
    # False models a user who never pressed Start: the bot may not message them first.
    started: bool = True

    def to_dict(self) -> JSON:
        """Telegram ``User`` JSON."""
        data: JSON = {"id": self.id, "is_bot": False, "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        if self.language_code:
            data["language_code"] = self.language_code
        return data

    @property
    def chat(self) -> JSON:
        """Telegram ``Chat`` JSON of the private chat with the bot."""
        data: JSON = {"id": self.id, "type": "private", "first_name": self.first_name}
        if self.last_name:
            data["last_name"] = self.last_name
        if self.username:
            data["username"] = self.username
        return data


@dataclass(eq=False)
class FakeGroup:
    """A simulated group. ``id``/``type`` change in place when the group is migrated."""

    id: int
    title: str
    member_map: dict[int, FakeUser] = field(default_factory=dict, repr=False)
    creator_id: int | None = None
    type: str = "group"
    bot_member: bool = False
    # Every id this group had before migrations, oldest first.
    old_ids: list[int] = field(default_factory=list)

    @property
    def members(self) -> list[FakeUser]:
        return list(self.member_map.values())

    def has_member(self, user: FakeUser | int) -> bool:
        uid = user if isinstance(user, int) else user.id
        return uid in self.member_map

    @property
    def chat(self) -> JSON:
        """Telegram ``Chat`` JSON (current id and type)."""
        return {"id": self.id, "type": self.type, "title": self.title}

    def to_dict(self) -> JSON:
        return self.chat


@dataclass(frozen=True, slots=True)
class UploadedFile:
    """A file part received in a multipart request (or stored for getFile)."""

    filename: str
    content: bytes
    mime_type: str | None = None


@dataclass(frozen=True, slots=True)
class SentDocument:
    """A document the bot sent: file data plus the resulting message (as recorded)."""

    filename: str
    content: bytes
    mime_type: str | None
    message: JSON


@dataclass(slots=True)
class Call:
    """One HTTP call the bot made. ``error`` is set when the answer was not ``ok``."""

    method: str
    params: JSON
    at: float
    chat_id: int | None
    error: ApiError | None = None
    result: Any = None
    delayed: float = 0.0

    @property
    def ok(self) -> bool:
        return self.error is None


@dataclass
class Limits:
    """Telegram's (approximate) flood limits, as sliding windows over accepted sends."""

    private_max: int = 3
    private_window: float = 1.0
    group_max: int = 20
    group_window: float = 60.0
    global_max: int = 30
    global_window: float = 1.0


@dataclass
class Stats:
    """Counters for benchmarks. Also readable dict-style: ``stats["too_many_requests"]``."""

    calls: Counter[str] = field(default_factory=Counter)
    status: Counter[int] = field(default_factory=Counter)
    too_many_requests: int = 0
    limit_hits: Counter[str] = field(default_factory=Counter)
    injected_faults: int = 0
    messages_accepted: int = 0
    accepted_per_chat: Counter[int] = field(default_factory=Counter)
    edits: int = 0
    # A new message whose (method, text/caption/file name, markup) equals an earlier one to the
    # same chat. Legit repeats count too, so compare against a baseline.
    duplicates: int = 0
    updates_queued: int = 0
    updates_delivered: int = 0
    # Group messages the bot would not see because of privacy mode.
    privacy_dropped: int = 0

    def __getitem__(self, key: str) -> Any:
        return getattr(self, key)

    def as_dict(self) -> JSON:
        return asdict(self)

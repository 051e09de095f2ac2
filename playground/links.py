"""What a link does inside the playground: t.me deep links to the bot, share links, the rest."""

from __future__ import annotations

from dataclasses import dataclass
from urllib.parse import parse_qs, urlsplit

_TELEGRAM_HOSTS = frozenset({"t.me", "telegram.me", "www.t.me", "telegram.dog"})
_SAFE_SCHEMES = frozenset({"http", "https", "mailto", "tg"})


@dataclass(frozen=True, slots=True)
class StartLink:
    """``t.me/<bot>?start=<payload>``: the person's app sends ``/start <payload>`` to the bot."""

    payload: str

    @property
    def command(self) -> str:
        return f"/start {self.payload}" if self.payload else "/start"


@dataclass(frozen=True, slots=True)
class ShareLink:
    """``t.me/share/url?url=...&text=...``: the person picks a chat, the text lands in its box."""

    text: str


@dataclass(frozen=True, slots=True)
class OtherLink:
    """Anything else: opened in a new browser tab, if its scheme is harmless."""

    url: str
    safe: bool


Link = StartLink | ShareLink | OtherLink


def classify(url: str, bot_username: str) -> Link:
    parts = urlsplit(url.strip())
    scheme = parts.scheme.lower()
    query = parse_qs(parts.query)
    host = (parts.hostname or "").lower()
    if scheme in {"http", "https"} and host in _TELEGRAM_HOSTS:
        path = parts.path.strip("/")
        if path.lower() == "share/url" or path.lower() == "share":
            return ShareLink(_share_text(query))
        if path.lower() == bot_username.lower():
            return StartLink(_first(query, "start"))
    to_bot = _first(query, "domain").lower() == bot_username.lower()
    if scheme == "tg" and host == "resolve" and to_bot:
        return StartLink(_first(query, "start"))
    if scheme == "tg" and host == "msg_url":
        return ShareLink(_share_text(query))
    return OtherLink(url, scheme in _SAFE_SCHEMES)


def _first(query: dict[str, list[str]], key: str) -> str:
    values = query.get(key)
    return values[0] if values else ""


def _share_text(query: dict[str, list[str]]) -> str:
    # Telegram puts the URL first and the text on the next line.
    parts = [_first(query, "url"), _first(query, "text")]
    return "\n".join(part for part in parts if part)

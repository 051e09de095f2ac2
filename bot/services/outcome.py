"""What a use case hands back to the Telegram layer."""

from __future__ import annotations

from dataclasses import dataclass, field

from flows.model import Reply
from storage.conversations import SavedConversation


@dataclass(frozen=True)
class Who:
    """The Telegram user behind an update, as far as the use cases care."""

    user_id: int
    first_name: str
    username: str | None = None
    # Telegram's language setting of the person ("de", "pt-br"): the first guess.
    language_code: str | None = None


@dataclass
class Outcome:
    """Replies for the chat the update came from; ``queued`` says the outbox has new rows."""

    replies: list[Reply] = field(default_factory=list)
    queued: bool = False
    # Answer a button press with a short toast instead of (or beside) a message.
    notice: str | None = None
    # The replies come from the open conversation, saved as this: the message with a
    # keyboard among them is its question on screen, and its id is remembered against
    # this version (bot.services.questions). None when no conversation is left open.
    asked_in: SavedConversation | None = None


def say(*texts: str) -> Outcome:
    return Outcome([Reply(t) for t in texts])

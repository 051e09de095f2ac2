"""Where a typed message goes: decided once, in one documented order, safety first.

Typed text can mean several things at once: the answer to a pending settings
question, the answer to today's daily question, the next step of an open
conversation. The handlers gather what is pending (:class:`Pending`) and call
:func:`route` once; the use case for the destination does the rest.

The order (the first that applies wins):

1. ``SAFETY``: crisis language, wherever it was typed and whatever is pending
   (in a group too). Nothing else sees the text; it is never stored or relayed.
2. ``IGNORE`` in a group unless the message replies to the bot (under privacy
   mode nothing else arrives there anyway).
3. ``GROUP_DAILY``: a reply to the bot in a group goes to the group's daily
   question (the use case says nothing if it replied to some other message).
4. ``TOO_LONG``: over Telegram's own limit for a message.
5. ``DAILY``: a Telegram reply to today's daily question is an answer to it,
   even with a settings question or a conversation open.
6. ``SETTING``: the time zone or time question waiting for an answer.
7. ``ASK_WHICH``: a conversation is open *and* the daily question waits for a
   typed answer: ask which one it is for, never guess (and never swallow it).
8. ``DAILY``: the daily question waits and nothing else is open.
9. ``CONVERSATION``: the open conversation, or the engine's reply with none open.

Media (no text) skips 1 and 4 and follows the same order from there.

Pure: no Telegram, no storage.
"""

from __future__ import annotations

from dataclasses import dataclass
from enum import StrEnum
from typing import Final

from flows.safety import detect_crisis

# Telegram's own ceiling for a text message.
MAX_TEXT: Final = 4096


class Destination(StrEnum):
    SAFETY = "safety"
    IGNORE = "ignore"
    GROUP_DAILY = "group_daily"
    TOO_LONG = "too_long"
    SETTING = "setting"
    ASK_WHICH = "ask_which"
    DAILY = "daily"
    CONVERSATION = "conversation"


@dataclass(frozen=True)
class Pending:
    """What is waiting for this person when the message arrives."""

    in_group: bool = False
    # The message is a Telegram reply to one of the bot's messages / to today's daily question.
    replies_to_bot: bool = False
    replies_to_daily: bool = False
    setting_question: bool = False
    # Today's daily question is open, asks for typed words, and is not answered yet.
    daily_waiting: bool = False
    conversation_open: bool = False


def route(text: str | None, pending: Pending) -> Destination:
    """Where typed ``text`` (None for media) goes, in the order of the module doc."""
    if text and detect_crisis(text):
        return Destination.SAFETY
    if pending.in_group:
        return Destination.GROUP_DAILY if pending.replies_to_bot else Destination.IGNORE
    if text is not None and len(text) > MAX_TEXT:
        return Destination.TOO_LONG
    if text is not None and pending.replies_to_daily and pending.daily_waiting:
        return Destination.DAILY
    if pending.setting_question:
        return Destination.SETTING
    if text is not None and pending.daily_waiting:
        return Destination.ASK_WHICH if pending.conversation_open else Destination.DAILY
    return Destination.CONVERSATION

"""Reactions under a daily reveal: 💛, "Let's talk about it tonight", "Ask more".

Pure: button data and the short messages a reaction becomes. Callback data is
``dr:<kind>:<day id>``; it carries no authority (the service checks the presser
is one of the two who answered that day).
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Final, Literal

from flows.content import daily as texts
from flows.model import Button, Keyboard, Reply
from flows.text import esc

REACTION_PREFIX: Final = "dr:"
ReactionKind = Literal["heart", "talk", "more", "remind"]
_CODES: Final[dict[str, ReactionKind]] = {"h": "heart", "t": "talk", "m": "more", "r": "remind"}
_LETTERS: Final[dict[ReactionKind, str]] = {kind: code for code, kind in _CODES.items()}
# Row ids are INTEGER: anything longer than this cannot be one (checked before any query).
_MAX_ID_DIGITS: Final = 10


@dataclass(frozen=True)
class Reaction:
    kind: ReactionKind
    day_id: int


def reaction_data(kind: ReactionKind, day_id: int) -> str:
    return f"{REACTION_PREFIX}{_LETTERS[kind]}:{day_id}"


def reaction_keyboard(day_id: int) -> Keyboard:
    """The three reactions under a reveal."""
    return (
        (
            Button(texts.REACT_HEART_LABEL, reaction_data("heart", day_id)),
            Button(texts.REACT_MORE_LABEL, reaction_data("more", day_id)),
        ),
        (Button(texts.REACT_TALK_LABEL, reaction_data("talk", day_id)),),
    )


# /start payload of "Ask more" under a group reveal: the follow-up is written privately.
ASK_MORE_LINK_PREFIX: Final = "dm_"


def group_reaction_keyboard(day_id: int, bot_username: str) -> Keyboard:
    """The same three reactions under the group's reveal; "Ask more" opens the private chat
    (a follow-up is previewed there, never in the group)."""
    if not bot_username:
        return reaction_keyboard(day_id)
    link = f"url:https://t.me/{bot_username}?start={ASK_MORE_LINK_PREFIX}{day_id}"
    return (
        (
            Button(texts.REACT_HEART_LABEL, reaction_data("heart", day_id)),
            Button(texts.REACT_MORE_LABEL, link),
        ),
        (Button(texts.REACT_TALK_LABEL, reaction_data("talk", day_id)),),
    )


def ask_more_day(payload: str) -> int | None:
    """The day id of an "Ask more" deep link's payload, None for anything else."""
    digits = payload.removeprefix(ASK_MORE_LINK_PREFIX)
    if not payload.startswith(ASK_MORE_LINK_PREFIX) or not digits.isascii():
        return None
    if not digits.isdigit() or len(digits) > _MAX_ID_DIGITS:
        return None
    return int(digits)


def remind_keyboard(day_id: int, when_local: str) -> Keyboard:
    return (
        (Button(texts.REMIND_ME_LABEL.format(when=when_local), reaction_data("remind", day_id)),),
    )


def parse_reaction(data: str) -> Reaction | None:
    """Decode :func:`reaction_keyboard` data; ``None`` for anything else. Never raises."""
    if not isinstance(data, str) or not data.startswith(REACTION_PREFIX) or len(data) > 64:
        return None
    parts = data[len(REACTION_PREFIX) :].split(":")
    if len(parts) != 2 or parts[0] not in _CODES:
        return None
    digits = parts[1]
    if not digits.isascii() or not digits.isdigit() or len(digits) > _MAX_ID_DIGITS:
        return None
    return Reaction(_CODES[parts[0]], int(digits))


def heart_for_partner(sender_name: str) -> str:
    return texts.REACT_HEART_DELIVERY.format(name=esc(sender_name))


def talk_for_partner(sender_name: str) -> str:
    return texts.REACT_TALK_DELIVERY.format(name=esc(sender_name))


def talk_told(partner_name: str, day_id: int, when_local: str) -> Reply:
    """To the one who pressed "Let's talk": the partner knows; a reminder is offered."""
    return Reply(
        texts.REACT_TALK_SENT.format(partner=esc(partner_name)),
        buttons=remind_keyboard(day_id, when_local),
    )


def reminder_text(partner_name: str, question: str | None) -> str:
    """The gentle reminder in the evening (``question`` is HTML already)."""
    text = texts.TALK_REMINDER.format(partner=esc(partner_name))
    return f"{text}\n<i>{question}</i>" if question else text


def reminder_set(when_local: str) -> Reply:
    return Reply(texts.REMINDER_SET.format(when=when_local))

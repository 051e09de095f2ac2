"""Daily prompts: the buttons under a prompt and the callback data they carry.

Pure: :func:`prompt_keyboard` makes the buttons, :func:`parse_prompt_callback`
reads a press back (its token carries no authority: check it belongs to the
presser).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from flows.content import daily as texts
from flows.content.prompts import Prompt
from flows.model import Button, Keyboard

__all__ = ["CALLBACK_PREFIX", "PromptAction", "parse_prompt_callback", "prompt_keyboard"]

CALLBACK_PREFIX: Final = "dp:"

# Longest delivery token that keeps every callback within Telegram's 64 bytes:
# "dp:a:<token>:<index>" with a two-digit index is 8 bytes plus the token.
_MAX_TOKEN_BYTES: Final = 40
_TOKEN_RE: Final = re.compile(r"^[A-Za-z0-9_.\-]{1,40}$", re.ASCII)


@dataclass(frozen=True)
class PromptAction:
    """A pressed prompt button, decoded from its callback data.

    ``kind`` is ``"answer"`` (with ``choice`` the index into ``Prompt.choices``),
    ``"snooze_hour"``, ``"snooze_evening"``, ``"skip"`` or ``"just_for_me"`` (keep
    this day's answer in the journal, never revealed). ``token`` identifies
    the delivery; it carries no authority, so check it belongs to the presser.
    """

    kind: Literal["answer", "snooze_hour", "snooze_evening", "skip", "just_for_me"]
    token: str
    choice: int | None = None


def prompt_keyboard(
    prompt: Prompt, delivery_token: str, *, private_option: bool = False
) -> Keyboard:
    """Buttons under a prompt: its choices (if any), then Snooze and Skip today.

    Callback data: ``dp:a:<token>:<index>`` for a choice, ``dp:snz:h:<token>``
    (one hour), ``dp:snz:e:<token>`` (this evening), ``dp:skip:<token>``, and with
    ``private_option`` (a partner would see the answer) ``dp:jfm:<token>`` for
    "Just for me". The token is 1..40 characters of ``A-Z a-z 0-9 _ . -`` (so every
    callback fits in 64 bytes); anything else raises ``ValueError``.
    """
    if not _TOKEN_RE.match(delivery_token) or len(delivery_token) > _MAX_TOKEN_BYTES:
        raise ValueError("delivery token must be 1..40 chars of [A-Za-z0-9_.-]")
    if len(prompt.choices) > 99:
        raise ValueError("too many choices")
    rows: list[tuple[Button, ...]] = [
        (Button(label=label, data=f"{CALLBACK_PREFIX}a:{delivery_token}:{index}"),)
        for index, label in enumerate(prompt.choices)
    ]
    rows.append(
        (
            Button(texts.SNOOZE_HOUR_LABEL, f"{CALLBACK_PREFIX}snz:h:{delivery_token}"),
            Button(texts.SNOOZE_EVENING_LABEL, f"{CALLBACK_PREFIX}snz:e:{delivery_token}"),
        )
    )
    last = [Button(texts.SKIP_TODAY_LABEL, f"{CALLBACK_PREFIX}skip:{delivery_token}")]
    if private_option:
        last.append(Button(texts.JUST_FOR_ME_LABEL, f"{CALLBACK_PREFIX}jfm:{delivery_token}"))
    rows.append(tuple(last))
    return tuple(rows)


def parse_prompt_callback(data: str) -> PromptAction | None:
    """Decode callback data made by :func:`prompt_keyboard`; ``None`` if it is not one.

    Never raises.
    """
    if not isinstance(data, str) or not data.startswith(CALLBACK_PREFIX) or len(data) > 64:
        return None
    parts = data[len(CALLBACK_PREFIX) :].split(":")
    if len(parts) == 3 and parts[0] == "a" and _TOKEN_RE.match(parts[1]):
        if not parts[2].isascii() or not parts[2].isdigit() or len(parts[2]) > 2:
            return None
        return PromptAction("answer", parts[1], int(parts[2]))
    if len(parts) == 3 and parts[0] == "snz" and _TOKEN_RE.match(parts[2]):
        if parts[1] == "h":
            return PromptAction("snooze_hour", parts[2])
        if parts[1] == "e":
            return PromptAction("snooze_evening", parts[2])
        return None
    if len(parts) == 2 and parts[0] == "skip" and _TOKEN_RE.match(parts[1]):
        return PromptAction("skip", parts[1])
    if len(parts) == 2 and parts[0] == "jfm" and _TOKEN_RE.match(parts[1]):
        return PromptAction("just_for_me", parts[1])
    return None

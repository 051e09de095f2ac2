"""Every kind of button data, encoded and decoded in one place.

Telegram hands callback data back exactly as the client sends it, so anyone can
forge it: :func:`decode` takes any string (or bytes) and returns a typed press or
None, and never raises. Ids are ASCII digits with a length bound and no leading
zero, so each press has one spelling (``decode(encode(p)) == p`` and the other way
round). :func:`encode` refuses data over Telegram's 64 bytes.

The kinds, by prefix:

* ``f:<step>:<value>`` :class:`FlowPress`: a guided conversation's step (flows.engine).
* ``fu:<topic>:<choice>`` :class:`FollowUpPress`: a follow-up message (flows.followups).
* ``ob:cancel`` / ``ob:set:<choice>`` / ``ob:tz:<zone>`` / ``ob:tm:<HH:MM>``
  :class:`SettingsPress`: the time zone and time questions and /settings.
* ``up:no`` / ``up:yes:<couple>`` :class:`UnpairPress`.
* ``ci:<relay>:<choice>`` / ``rq:<relay>:<choice>`` :class:`RelayPress`: a
  partner's Check In or request.
* ``pp:<relay>:<choice>`` :class:`PlanPress`: a shared plan.
* ``dp:<payload>`` :class:`DailyPress`: the daily question and /days (the payload
  is flows.daily_buttons' and flows.daily_settings').
* ``dr:<payload>`` :class:`ReactionPress`: a reaction under a daily reveal (the
  payload is flows.daily_reactions').
* ``dd:no`` / ``dd:yes:<user>`` :class:`DeletePress`: /deletedata.
* ``qz:go`` :class:`QuizStart`.
* ``tr:daily`` / ``tr:flow`` :class:`WhichOnePress`: where held text goes
  (flows.text_router).
* ``lang:<code>`` :class:`LanguagePress`: /language (a code from flows.i18n).
* ``url:<link>`` :class:`Link`: not callback data at all; a URL button's link.

Pure: no Telegram, no storage.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Final, Literal

from flows.i18n import LANGUAGE_NAMES

# Telegram's limit for callback_data, in bytes.
MAX_BYTES: Final = 64
# Up to 18 digits: every id fits a signed 64-bit integer.
_ID: Final = re.compile(r"0|[1-9][0-9]{0,17}")
_NAME: Final = re.compile(r"[a-z0-9_]{1,32}")
# Values and payloads: printable ASCII without spaces.
_VALUE: Final = re.compile(r"[!-~]{1,60}")
_URL: Final = re.compile(r"https://[!-~]{1,500}")


@dataclass(frozen=True)
class FlowPress:
    step: str
    value: str


@dataclass(frozen=True)
class FollowUpPress:
    topic: str
    choice: str


@dataclass(frozen=True)
class SettingsPress:
    action: Literal["cancel", "set", "tz", "tm"]
    value: str = ""


@dataclass(frozen=True)
class UnpairPress:
    couple_id: int | None  # None: "No, stay"


@dataclass(frozen=True)
class RelayPress:
    kind: Literal["ci", "rq"]
    relay_id: int
    choice: str


@dataclass(frozen=True)
class PlanPress:
    relay_id: int
    choice: str


@dataclass(frozen=True)
class DailyPress:
    payload: str


@dataclass(frozen=True)
class ReactionPress:
    payload: str


@dataclass(frozen=True)
class DeletePress:
    user_id: int | None  # None: "Keep my data"


@dataclass(frozen=True)
class QuizStart:
    pass


@dataclass(frozen=True)
class WhichOnePress:
    target: Literal["daily", "flow"]


@dataclass(frozen=True)
class LanguagePress:
    language: str


@dataclass(frozen=True)
class Link:
    url: str


Press = (
    FlowPress
    | FollowUpPress
    | SettingsPress
    | UnpairPress
    | RelayPress
    | PlanPress
    | DailyPress
    | ReactionPress
    | DeletePress
    | QuizStart
    | WhichOnePress
    | LanguagePress
)


def encode(press: Press | Link) -> str:
    """The button data for ``press``; raises ValueError for what :func:`decode` would
    not read back (a bug in the caller, never a person's input)."""
    data = _spell(press)
    if decode(data) != press:
        raise ValueError(f"button data does not read back: {data!r}")
    return data


def decode(data: str | bytes | None) -> Press | Link | None:
    """The press ``data`` stands for, or None for anything forged, stale or unknown."""
    if isinstance(data, bytes):
        try:
            data = data.decode("utf-8")
        except UnicodeDecodeError:
            return None
    if not isinstance(data, str):
        return None
    if data.startswith("url:"):
        url = data[4:]
        return Link(url) if _URL.fullmatch(url) else None
    if len(data.encode("utf-8", "surrogatepass")) > MAX_BYTES:
        return None
    prefix, sep, rest = data.partition(":")
    if not sep:
        return None
    reader = _READERS.get(prefix)
    return reader(rest) if reader is not None else None


def _spell(press: Press | Link) -> str:
    match press:
        case FlowPress(step, value):
            return f"f:{step}:{value}"
        case FollowUpPress(topic, choice):
            return f"fu:{topic}:{choice}"
        case SettingsPress("cancel", _):
            return "ob:cancel"
        case SettingsPress(action, value):
            return f"ob:{action}:{value}"
        case UnpairPress(None):
            return "up:no"
        case UnpairPress(couple_id):
            return f"up:yes:{couple_id}"
        case RelayPress(kind, relay_id, choice):
            return f"{kind}:{relay_id}:{choice}"
        case PlanPress(relay_id, choice):
            return f"pp:{relay_id}:{choice}"
        case DailyPress(payload):
            return f"dp:{payload}"
        case ReactionPress(payload):
            return f"dr:{payload}"
        case DeletePress(None):
            return "dd:no"
        case DeletePress(user_id):
            return f"dd:yes:{user_id}"
        case QuizStart():
            return "qz:go"
        case WhichOnePress(target):
            return f"tr:{target}"
        case LanguagePress(language):
            return f"lang:{language}"
        case Link(url):
            return f"url:{url}"
    raise ValueError(f"not a press: {press!r}")


def _id(raw: str) -> int | None:
    return int(raw) if _ID.fullmatch(raw) else None


def _name_and_value(rest: str) -> tuple[str, str] | None:
    name, sep, value = rest.partition(":")
    if sep and _NAME.fullmatch(name) and _VALUE.fullmatch(value):
        return name, value
    return None


def _flow(rest: str) -> FlowPress | None:
    found = _name_and_value(rest)
    return FlowPress(*found) if found is not None else None


def _follow_up(rest: str) -> FollowUpPress | None:
    found = _name_and_value(rest)
    if found is None or not _NAME.fullmatch(found[1]):
        return None
    return FollowUpPress(*found)


def _settings(rest: str) -> SettingsPress | None:
    if rest == "cancel":
        return SettingsPress("cancel")
    action, sep, value = rest.partition(":")
    if not sep or not _VALUE.fullmatch(value):
        return None
    if action == "set":
        return SettingsPress("set", value)
    if action == "tz":
        return SettingsPress("tz", value)
    if action == "tm":
        return SettingsPress("tm", value)
    return None


def _yes_or_no(rest: str) -> tuple[int | None] | None:
    """``no`` → ``(None,)``; ``yes:<id>`` → ``(id,)``; anything else None."""
    if rest == "no":
        return (None,)
    yes, sep, raw = rest.partition(":")
    number = _id(raw) if yes == "yes" and sep else None
    return (number,) if number is not None else None


def _unpair(rest: str) -> UnpairPress | None:
    found = _yes_or_no(rest)
    return UnpairPress(*found) if found is not None else None


def _delete(rest: str) -> DeletePress | None:
    found = _yes_or_no(rest)
    return DeletePress(*found) if found is not None else None


def _id_and_choice(rest: str) -> tuple[int, str] | None:
    raw, sep, choice = rest.partition(":")
    number = _id(raw)
    if number is None or not sep or not _NAME.fullmatch(choice):
        return None
    return number, choice


def _checkin(rest: str) -> RelayPress | None:
    found = _id_and_choice(rest)
    return RelayPress("ci", *found) if found is not None else None


def _request(rest: str) -> RelayPress | None:
    found = _id_and_choice(rest)
    return RelayPress("rq", *found) if found is not None else None


def _plan(rest: str) -> PlanPress | None:
    found = _id_and_choice(rest)
    return PlanPress(*found) if found is not None else None


def _daily(rest: str) -> DailyPress | None:
    return DailyPress(rest) if _VALUE.fullmatch(rest) else None


def _reaction(rest: str) -> ReactionPress | None:
    return ReactionPress(rest) if _VALUE.fullmatch(rest) else None


def _quiz(rest: str) -> QuizStart | None:
    return QuizStart() if rest == "go" else None


def _which_one(rest: str) -> WhichOnePress | None:
    if rest == "daily":
        return WhichOnePress("daily")
    if rest == "flow":
        return WhichOnePress("flow")
    return None


def _language(rest: str) -> LanguagePress | None:
    return LanguagePress(rest) if rest in LANGUAGE_NAMES else None


_READERS: Final = {
    "f": _flow,
    "fu": _follow_up,
    "ob": _settings,
    "up": _unpair,
    "ci": _checkin,
    "rq": _request,
    "pp": _plan,
    "dp": _daily,
    "dr": _reaction,
    "dd": _delete,
    "qz": _quiz,
    "tr": _which_one,
    "lang": _language,
}

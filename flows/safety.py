"""Spot crisis language in anything a person types, in one place.

:func:`detect_crisis` runs on every typed text before anything else; a hit pauses
the flow, keeps the text out of every answer and never lets it reach the partner.
How it works (normalisation, phrase families in six languages, figures of speech
that must not fire) is in :mod:`flows.crisis` and ``docs/safety.md``.

When a phrasing is ambiguous, the families lean towards detection: a false alarm
costs one kind private message and the text not being passed on, while a miss
would relay someone's crisis to their partner.
"""

from __future__ import annotations

import hashlib
from typing import Final

from flows.callback_data import FlowPress, encode
from flows.content import safety as text
from flows.content.emergency_numbers import EMERGENCY_NUMBERS, EmergencyNumber
from flows.content.zone_countries import ZONE_COUNTRIES
from flows.crisis import DETECTOR
from flows.model import Button, Reply

RESUME: Final = "_resume"
STOP: Final = "_stop"


def detect_crisis(raw: str) -> bool:
    """True when the text speaks of self-harm, suicide, violence or fear of a partner."""
    return crisis_kind(raw) is not None


def crisis_kind(raw: str) -> str | None:
    """The name of the first phrase family that matched (``"en.threat"``), or None."""
    if not raw:
        return None
    # One update screens the same words more than once (as routed, in the flow, as the
    # relay): recent verdicts are kept, keyed by a digest so that no text stays here.
    key = hashlib.blake2b(raw.encode(), digest_size=16).digest()
    try:
        return _RECENT_VERDICTS[key]
    except KeyError:
        pass
    hit = DETECTOR.first(raw)
    kind = hit.family if hit is not None else None
    if len(_RECENT_VERDICTS) >= _RECENT_LIMIT:
        _RECENT_VERDICTS.clear()  # each dict call is atomic: safe from worker threads
    _RECENT_VERDICTS[key] = kind
    return kind


_RECENT_LIMIT: Final = 1024
_RECENT_VERDICTS: dict[bytes, str | None] = {}


def emergency_number(timezone: str | None) -> EmergencyNumber | None:
    """The emergency number for the country of an IANA zone, if we know it.

    ``"UTC"``, fixed offsets such as ``"UTC+05:30"``, unknown zones and zones shared
    by several countries give None: the reply then uses the general wording.
    """
    country = ZONE_COUNTRIES.get(timezone or "")
    return EMERGENCY_NUMBERS.get(country) if country is not None else None


def danger_line(timezone: str | None) -> str:
    """The sentence that says whom to call, local when the country is known."""
    number = emergency_number(timezone)
    if number is None:
        return text.DANGER_UNKNOWN
    return text.DANGER_LOCAL.format(dial=number.dial, country=number.country)


def safety_reply(step: str | None, timezone: str | None = None) -> Reply:
    """The private message shown on a hit; inside a flow it offers to go on or stop.

    ``timezone`` is the person's (``Person.timezone``); it picks the emergency number.
    """
    danger = danger_line(timezone)
    parts = {"danger": danger, "opening": text.OPENING, "helpline": text.HELPLINE}
    if step is None:
        return Reply(text.OUT_OF_FLOW.format(**parts))
    return Reply(
        text.IN_FLOW.format(**parts),
        (
            (Button(text.CONTINUE, encode(FlowPress(step, RESUME))),),
            (Button(text.STOP, encode(FlowPress(step, STOP))),),
        ),
    )

"""Daily prompts: when they are sent, and when a snoozed one comes back.

Pure logic only. Nothing here reads the clock: every function takes the current
instant (an aware UTC ``datetime``) and plain values.

* A user has a local time (``datetime.time``), a zone name from
  :func:`flows.timeparse.parse_timezone` and a set of weekdays (0=Mon … 6=Sun).
  :func:`next_delivery` gives the next UTC instant. After sending (or dropping)
  a delivery, ask again with ``after_utc`` = that delivery's scheduled instant.
  Local times follow DST: a time that does not exist that night is sent later
  by the size of the gap (02:30 → 03:30), a time that happens twice is sent
  once, at its first occurrence.
* The **prompt day** of a delivery is its local date (:func:`local_date_of`).
* :func:`is_due` tells whether a delivery missed while the bot was down is
  still worth sending (3 hours).
"""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from typing import Final, Literal

from flows.timeparse import zone_for

__all__ = [
    "DEFAULT_GRACE",
    "delivery_for_local_date",
    "is_due",
    "local_clock",
    "local_date_of",
    "next_delivery",
    "require_aware",
    "snooze_until",
    "this_evening",
]

DEFAULT_GRACE: Final = timedelta(hours=3)
# "This evening": 21:00 local, or this long from now once 21:00 has passed.
EVENING: Final = time(21, 0)
EVENING_FALLBACK: Final = timedelta(hours=3)
SNOOZE_HOUR: Final = timedelta(hours=1)


def require_aware(moment: datetime, name: str) -> None:
    """Raise ``ValueError`` unless ``moment`` is an aware datetime."""
    if moment.tzinfo is None or moment.utcoffset() is None:
        raise ValueError(f"{name} must be an aware datetime (UTC)")


def delivery_for_local_date(local_time: time, zone: str, local_date: date) -> datetime:
    """The UTC instant of ``local_time`` on ``local_date`` in ``zone``.

    * A wall-clock time inside a spring-forward gap is moved forward by the gap:
      02:30 on 2026-03-29 in Europe/Berlin → 03:30 CEST (01:30 UTC).
    * A time that happens twice at fall-back is its first occurrence (``fold=0``):
      01:30 on 2026-11-01 in America/New_York → 01:30 EDT (05:30 UTC).

    Raises ``ValueError`` for an unknown zone.
    """
    tz = zone_for(zone)
    wall = local_time.replace(tzinfo=None, fold=0)
    # With fold=0, zoneinfo reads a time in the gap with the offset from before
    # the transition, which is exactly "shifted forward by the gap", and a
    # repeated time as its first occurrence.
    local = datetime.combine(local_date, wall, tzinfo=tz)
    return local.astimezone(UTC)


def local_date_of(instant_utc: datetime, zone: str) -> date:
    """The date on the wall calendar in ``zone`` at ``instant_utc`` (aware)."""
    require_aware(instant_utc, "instant_utc")
    return instant_utc.astimezone(zone_for(zone)).date()


def next_delivery(
    local_time: time, zone: str, days: frozenset[int], after_utc: datetime
) -> datetime:
    """The next UTC instant strictly after ``after_utc`` for this schedule.

    ``days`` are the allowed local weekdays (0=Monday … 6=Sunday); the weekday is
    the one on the user's wall calendar. Each allowed local date has exactly one
    delivery (see :func:`delivery_for_local_date` for DST gaps and repeats), so
    calling again with the previous delivery as ``after_utc`` never sends the
    same night twice. Raises ``ValueError`` for an empty or invalid ``days``, a
    naive ``after_utc`` or an unknown zone.
    """
    require_aware(after_utc, "after_utc")
    if not days or not all(isinstance(d, int) and 0 <= d <= 6 for d in days):
        raise ValueError("days must be a non-empty set of weekdays 0..6")
    # Start one day early: a delivery on the previous local date can never be
    # later than after_utc, but this keeps the search obviously complete.
    start = local_date_of(after_utc, zone) - timedelta(days=1)
    for offset in range(9):
        candidate_date = start + timedelta(days=offset)
        if candidate_date.weekday() not in days:
            continue
        instant = delivery_for_local_date(local_time, zone, candidate_date)
        if instant > after_utc:
            return instant
    raise AssertionError("unreachable: some allowed weekday lies within 8 days")


def is_due(
    scheduled_utc: datetime, now_utc: datetime, grace: timedelta = DEFAULT_GRACE
) -> Literal["send", "drop", "wait"]:
    """What to do with a delivery at ``now_utc``.

    ``"wait"`` before its time, ``"send"`` from its time up to and including
    ``grace`` late (3 hours by default: 2h59 late is sent), ``"drop"`` after that
    (dropped quietly; the next one follows the usual schedule).
    """
    require_aware(scheduled_utc, "scheduled_utc")
    require_aware(now_utc, "now_utc")
    if now_utc < scheduled_utc:
        return "wait"
    if now_utc - scheduled_utc <= grace:
        return "send"
    return "drop"


def snooze_until(
    choice: Literal["hour", "evening"],
    now_utc: datetime,
    zone: str,
    evening: time = EVENING,
) -> datetime:
    """When a snoozed prompt comes back (UTC).

    ``"hour"``: one hour from now. ``"evening"``: a real evening after now: today
    at ``evening`` (21:00) on the user's wall clock, or, once that has come,
    :data:`EVENING_FALLBACK` (3 hours) from now, so "this evening" is never
    "tomorrow" and never the same as "Snooze 1 hour".
    """
    require_aware(now_utc, "now_utc")
    if choice == "hour":
        return now_utc + SNOOZE_HOUR
    if choice != "evening":
        raise ValueError(f"unknown snooze choice: {choice!r}")
    # At 20:00 "this evening" must not be the same as "in an hour".
    return this_evening(now_utc, zone, evening, beyond=SNOOZE_HOUR)


def this_evening(
    now_utc: datetime, zone: str, evening: time = EVENING, *, beyond: timedelta = timedelta(0)
) -> datetime:
    """Today at ``evening`` local time if that is more than ``beyond`` ahead, else 3 hours
    from now."""
    require_aware(now_utc, "now_utc")
    tonight = delivery_for_local_date(evening, zone, local_date_of(now_utc, zone))
    return tonight if tonight > now_utc + beyond else now_utc + EVENING_FALLBACK


def local_clock(instant_utc: datetime, zone: str) -> str:
    """ "21:00": the instant on the person's wall clock."""
    require_aware(instant_utc, "instant_utc")
    local = instant_utc.astimezone(zone_for(zone))
    return f"{local.hour:02d}:{local.minute:02d}"

"""Daily prompts: schedule, claim, answer, reveal, nudge, pause, weekly summary.

The decisions are :mod:`flows.daily`'s; this module loads and saves around them.
Every use case is one unit of work that commits once, and nothing here waits
on Telegram: the sender (``bot/daily_jobs.py``) asks :func:`prepare` for one
delivery, sends it with no transaction open, then reports back with
:func:`mark_sent` (or one of the failure functions).

Life of a delivery (``storage.daily`` statuses)::

    due schedule ─plan_deliveries─▶ queued ─prepare─▶ sending ─mark_sent─▶ sent
    prepare re-checks first: paused, unpaired, deleted, blocked → cancelled;
                             more than 3 hours late → dropped
    sending ─ RetryAfter, network error that never reached Telegram ─▶ queued (later)
    sending ─ Forbidden ─▶ failed (and the user is marked unreachable)
    sending ─ timeout, crash (no answer from Telegram) ─▶ unknown, never resent
    sent ─ Snooze ─▶ queued (at the snooze time);  sent ─ Skip today ─▶ skipped

``queued`` rows are claims: inserted and committed before anything is sent,
unique per (user, local date) or (group, local date). A row is sent only by
whoever moved it to ``sending``, so a crash never sends a prompt twice; the
price is that a crash in the middle of one send loses that one prompt.
"""

from __future__ import annotations

import logging
import re
import secrets
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from functools import partial
from typing import Final, Literal

from sqlmodel import Session

from bot.runtime import Runtime
from bot.services.outcome import Outcome, Who
from flows import daily as flow
from flows.content import daily as texts
from flows.content import onboarding as common_texts
from flows.content.prompts import PROMPTS_BY_KEY, Prompt
from flows.model import Button, Keyboard, Reply
from flows.safety import detect_crisis, safety_reply
from flows.timeparse import parse_local_time, zone_for
from storage import daily as store
from storage import groups as group_store
from storage import outbox
from storage.conversations import load_conversation
from storage.db import unit_of_work
from storage.models import DailySchedule, GroupChat, PromptDay, PromptDelivery, User
from storage.users import get_user, mark_unreachable, partner_of

log = logging.getLogger(__name__)

# --- timing ------------------------------------------------------------------------------

GRACE: Final = flow.DEFAULT_GRACE
# A prompt takes answers for a day after it was sent (and until a newer one arrives).
OPEN_FOR: Final = timedelta(hours=24)
# should_nudge's min_delay: a fair chance to answer alone before the nudge.
NUDGE_DELAY: Final = timedelta(hours=1)
WEEK_DAYS: Final = 7
# A row left "sending" this long belongs to a process that died mid-send.
STUCK_AFTER: Final = timedelta(minutes=10)
# Network errors that surely did not reach Telegram are retried with growing pauses.
MAX_ATTEMPTS: Final = 5
BACKOFF_BASE: Final = timedelta(seconds=5)
PLAN_BATCH: Final = 500

_DAY_WORDS: Final = {
    **{name.lower(): index for index, name in enumerate(texts.DAY_NAMES)},
    **{name[:3].lower(): index for index, name in enumerate(texts.DAY_NAMES)},
    "tues": 1,
    "wednes": 2,
    "thur": 3,
    "thurs": 3,
}
_DAYS_PRESETS: Final = {
    "all": store.ALL_DAYS,
    "every day": store.ALL_DAYS,
    "everyday": store.ALL_DAYS,
    "daily": store.ALL_DAYS,
    "wkd": store.mask_of(range(5)),
    "weekdays": store.mask_of(range(5)),
    "wke": store.mask_of((5, 6)),
    "weekends": store.mask_of((5, 6)),
    "weekend": store.mask_of((5, 6)),
}


# --- the schedule -----------------------------------------------------------------------


def _clock_time(text: str | None) -> time | None:
    if not text or not re.fullmatch(r"[0-2][0-9]:[0-5][0-9]", text):
        return None
    hour, minute = int(text[:2]), int(text[3:])
    return time(hour, minute) if hour < 24 else None


def is_paused(schedule: DailySchedule | None, now: datetime) -> bool:
    if schedule is None or not schedule.paused:
        return False
    return schedule.paused_until is None or schedule.paused_until > now


def compute_next(schedule: DailySchedule, *, after: datetime) -> datetime | None:
    """The schedule's next delivery strictly after ``after`` (or after its pause)."""
    local_time = _clock_time(schedule.local_time)
    days = store.days_of(schedule.days)
    if local_time is None or not days:
        return None
    if schedule.paused:
        if schedule.paused_until is None:
            return None
        after = max(after, schedule.paused_until)
    try:
        return flow.next_delivery(local_time, schedule.zone, days, after)
    except ValueError:
        return None


def _next_weekly(schedule: DailySchedule, *, after: datetime) -> datetime | None:
    local_time = _clock_time(schedule.weekly_time)
    if local_time is None or not 0 <= schedule.weekly_day <= 6:
        return None
    try:
        return flow.next_delivery(
            local_time, schedule.zone, frozenset({schedule.weekly_day}), after
        )
    except ValueError:
        return None


def _following(
    instant: datetime, now: datetime, compute: Callable[[datetime], datetime | None]
) -> datetime | None:
    """The next instant after ``instant``; one more than the grace late is skipped over."""
    candidate = compute(instant)
    if candidate is not None and flow.is_due(candidate, now, GRACE) == "drop":
        candidate = compute(now - GRACE - timedelta(microseconds=1))
    return candidate


def _after(
    compute: Callable[..., datetime | None], schedule: DailySchedule, after: datetime
) -> datetime | None:
    return compute(schedule, after=after)


def sync_schedule(
    session: Session,
    user: User,
    now: datetime,
    *,
    force: bool = False,
    catch_up: bool = False,
) -> DailySchedule | None:
    """Bring the user's schedule in line with their time zone and prompt time.

    Call it in the same unit of work right after changing ``User.timezone``,
    ``User.prompt_time`` or ``User.onboarded`` (the settings questions). It is
    cheap when nothing changed. Returns the schedule (None: never had one and
    does not want one yet). With ``catch_up`` (a change noticed late), a prompt
    of the new schedule up to 3 hours ago is still due; it is never sent twice
    for the same date, the claim sees to that.
    """
    schedule = store.get_schedule(session, user.id)
    if not user.onboarded or _clock_time(user.prompt_time) is None:
        if schedule is not None and (schedule.next_due_at or schedule.weekly_due_at):
            schedule.next_due_at = None
            schedule.weekly_due_at = None
            store.save_schedule(session, schedule, now)
        return schedule
    assert user.prompt_time is not None
    if schedule is None:
        schedule = store.new_schedule(
            session, user_id=user.id, zone=user.timezone, local_time=user.prompt_time, now=now
        )
    elif (
        not force
        and schedule.zone == user.timezone
        and schedule.local_time == user.prompt_time
        and (schedule.next_due_at is not None or schedule.weekly_due_at is not None)
    ):
        return schedule
    schedule.zone = user.timezone
    schedule.local_time = user.prompt_time
    after = now - GRACE if catch_up else now
    schedule.next_due_at = compute_next(schedule, after=after)
    schedule.weekly_due_at = _next_weekly(schedule, after=after)
    store.save_schedule(session, schedule, now)
    return schedule


def reconcile(rt: Runtime, *, limit: int = PLAN_BATCH, max_rounds: int = 1000) -> int:
    """Fix schedules that do not match their users' settings (start-up and now and then)."""
    fixed = 0
    for _ in range(max_rounds):
        with unit_of_work(rt.engine) as session:
            now = rt.clock()
            user_ids = store.stale_schedule_users(session, limit=limit)
            for user_id in user_ids:
                user = get_user(session, user_id)
                if user is not None:
                    sync_schedule(session, user, now, catch_up=True)
        fixed += len(user_ids)
        if len(user_ids) < limit:
            break
    return fixed


def expire_stuck(rt: Runtime) -> int:
    """Deliveries a dead process left ``sending``: recorded as maybe-sent, never resent."""
    with unit_of_work(rt.engine) as session:
        return store.expire_sending(session, claimed_before=rt.clock() - STUCK_AFTER)


# --- planning: claim what is due --------------------------------------------------------


@dataclass
class PlanResult:
    processed: int = 0
    claimed: int = 0
    dropped: int = 0


def plan_deliveries(rt: Runtime, *, limit: int = PLAN_BATCH) -> PlanResult:
    """Claim the prompts due now (one batch, one transaction, committed before any send).

    Each due schedule is advanced to its next instant in the same transaction,
    so the next batch (or another process) does not see it again. Call until
    ``processed`` is 0. Reads and writes are batched: a handful of statements
    per batch, so 10,000 prompts due at once are claimed in seconds.
    """
    result = PlanResult()
    with unit_of_work(rt.engine) as session, session.no_autoflush:
        now = rt.clock()
        schedules = store.due_schedules(session, now=now, limit=limit)
        users = store.users_by_id(session, [s.user_id for s in schedules])
        due: list[_Due] = []
        for schedule in schedules:
            result.processed += 1
            claim = _plan_one(session, schedule, users.get(schedule.user_id), now, result)
            if claim is not None:
                due.append(claim)
        result.claimed += _claim_all(session, due, now)
    return result


@dataclass(frozen=True)
class _Due:
    user: User
    scheduled: datetime
    local_date: date

    @property
    def owner(self) -> store.Owner:
        """Whose prompt day it is: the couple's, or the person's own."""
        if self.user.couple_id is not None:
            return ("c", self.user.couple_id)
        return ("u", self.user.id)


def _plan_one(
    session: Session,
    schedule: DailySchedule,
    user: User | None,
    now: datetime,
    result: PlanResult,
) -> _Due | None:
    scheduled = schedule.next_due_at
    assert scheduled is not None
    if (
        user is None
        or user.timezone != schedule.zone
        or user.prompt_time != schedule.local_time
        or not user.onboarded
    ):
        # Settings changed without a reschedule: recompute from them, send nothing now.
        if user is None:
            schedule.next_due_at = None
            store.save_schedule(session, schedule, now)
        else:
            sync_schedule(session, user, now, force=True, catch_up=True)
        return None
    claim = None
    decision = flow.is_due(scheduled, now, GRACE)
    if decision == "send" and user.reachable and not is_paused(schedule, now):
        claim = _Due(user, scheduled, flow.local_date_of(scheduled, schedule.zone))
    elif decision == "drop":
        result.dropped += 1
    schedule.last_scheduled_at = scheduled
    schedule.next_due_at = _following(scheduled, now, partial(_after, compute_next, schedule))
    store.save_schedule(session, schedule, now)
    return claim


def _claim_all(session: Session, due: list[_Due], now: datetime) -> int:
    """Insert the claims for a batch; returns how many were new."""
    if not due:
        return 0
    couple_ids = sorted({d.user.couple_id for d in due if d.user.couple_id is not None})
    groups = store.group_mode_groups(session, couple_ids)
    members = store.members_by_couple(session, couple_ids)
    wanted = {(d.owner, d.local_date) for d in due}
    days = store.days_for(session, (o for o, _ in wanted), (when for _, when in wanted))
    missing = sorted(wanted - days.keys())
    if missing:
        _choose_days(session, missing, members, now)
        days.update(store.days_for(session, (o for o, _ in missing), (w for _, w in missing)))
    rows = []
    for d in due:
        day = days[(d.owner, d.local_date)]
        group = groups.get(d.user.couple_id) if d.user.couple_id is not None else None
        rows.append(
            {
                "token": secrets.token_urlsafe(12),
                "user_id": None if group is not None else d.user.id,
                "group_id": group.id if group is not None else None,
                "couple_id": d.user.couple_id,
                "day_id": day.id,
                "local_date": d.local_date,
                "prompt_key": day.prompt_key,
                "scheduled_at": d.scheduled,
                "due_at": d.scheduled,
                "status": store.QUEUED,
                "attempts": 0,
                "created_at": now,
            }
        )
    return store.claim_many(session, rows)


def _choose_days(
    session: Session,
    missing: list[tuple[store.Owner, date]],
    members: dict[int, list[int]],
    now: datetime,
) -> None:
    """Choose and record the prompt of each new prompt day (no repeat within NO_REPEAT_DAYS)."""

    def people(owner: store.Owner) -> list[int]:
        kind, ident = owner
        return members.get(ident, []) if kind == "c" else [ident]

    start = min(when for _, when in missing) - timedelta(days=flow.NO_REPEAT_DAYS)
    end = max(when for _, when in missing)
    member_ids = sorted({m for owner, _ in missing for m in people(owner)})
    days, deliveries = store.recent_rows(session, (o for o, _ in missing), member_ids, start, end)
    # Index the rows once: scanning them all per owner grows with the window squared.
    days_of: dict[store.Owner, list[tuple[str, date]]] = {}
    for o, key, when in days:
        days_of.setdefault(o, []).append((key, when))
    sent_to: dict[int, list[tuple[str, date]]] = {}
    for u, key, when in deliveries:
        sent_to.setdefault(u, []).append((key, when))
    rows = []
    for owner, local_date in missing:
        window_start = local_date - timedelta(days=flow.NO_REPEAT_DAYS)
        mine = set(people(owner))
        recent: dict[str, date] = {}
        used = days_of.get(owner, []) + [row for m in mine for row in sent_to.get(m, [])]
        for key, when in used:
            if window_start <= when < local_date and recent.get(key, date.min) < when:
                recent[key] = when
        stored = (session.get(User, m) for m in mine)
        times = [t for u in stored if u and (t := _clock_time(u.prompt_time)) is not None]
        prompt = flow.choose_prompt(owner[1], local_date, recent, recipient_times=times)
        rows.append(
            {
                "couple_id": owner[1] if owner[0] == "c" else None,
                "user_id": owner[1] if owner[0] == "u" else None,
                "local_date": local_date,
                "prompt_key": prompt.key,
                "created_at": now,
            }
        )
    store.create_days(session, rows)


def _group_for(session: Session, couple_id: int | None) -> GroupChat | None:
    """The couple's linked group, if they chose to get prompts there."""
    if couple_id is None:
        return None
    return store.group_mode_groups(session, [couple_id]).get(couple_id)


# --- sending: one delivery at a time, no transaction across the network -------------------


@dataclass(frozen=True)
class PromptToSend:
    """A delivery moved to ``sending``: send ``reply`` to ``chat_id`` now."""

    delivery_id: int
    chat_id: int
    reply: Reply
    group: bool
    attempts: int


def due_delivery_ids(rt: Runtime, *, limit: int = 100) -> list[int]:
    with unit_of_work(rt.engine) as session:
        return store.due_delivery_ids(session, now=rt.clock(), limit=limit)


def _why_not_send(session: Session, delivery: PromptDelivery, now: datetime) -> str | None:
    """Re-check right before sending: pause, unpair, /deletedata, block, group changes."""
    if flow.is_due(delivery.due_at, now, GRACE) == "drop":
        return store.DROPPED
    if delivery.user_id is not None:
        user = get_user(session, delivery.user_id)
        if user is None or not user.reachable or not user.onboarded:
            return store.CANCELLED
        if is_paused(store.get_schedule(session, user.id), now):
            return store.CANCELLED
        if delivery.couple_id != user.couple_id:
            return store.CANCELLED
        return None
    group = session.get(GroupChat, delivery.group_id)
    if group is None or not group.bot_present or group.couple_id != delivery.couple_id:
        return store.CANCELLED
    if delivery.couple_id is None or _group_for(session, delivery.couple_id) is None:
        return store.CANCELLED
    return None


def group_prompt_message(prompt: Prompt, token: str) -> Reply:
    """The prompt as posted in the couple's group: once, for both of them.

    Answered by replying (a ForceReply, since privacy mode only shows the bot
    replies to its own messages) or with the choice buttons. No Snooze or Skip:
    those are one person's choices.
    """
    header = texts.PROMPT_HEADER.format(step=texts.STEP_NAMES[prompt.category])
    body = flow.render_prompt_text(prompt, None)
    if prompt.by_buttons:
        choices = flow.prompt_keyboard(prompt, token)[: len(prompt.choices)]
        return Reply(text=f"{header}\n\n{body}", buttons=choices)
    return Reply(text=f"{header}\n\n{body}\n\n{texts.GROUP_PROMPT_HINT}", force_reply=True)


def prepare(rt: Runtime, delivery_id: int) -> PromptToSend | None:
    """Take one queued delivery for sending, or None if it is not ours to send.

    Cancels it (for good) if the person paused, unpaired, deleted their data or
    blocked the bot since it was claimed, or drops it if it is too late.
    """
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        delivery = store.get_delivery(session, delivery_id)
        if delivery is None or delivery.status != store.QUEUED:
            return None
        reason = _why_not_send(session, delivery, now)
        if reason is not None:
            store.set_status(session, delivery, reason)
            return None
        prompt = PROMPTS_BY_KEY.get(delivery.prompt_key)
        if prompt is None:
            store.set_status(session, delivery, store.FAILED)
            return None
        if not store.start_sending(session, delivery_id, now=now):
            return None
        if delivery.user_id is not None:
            user = get_user(session, delivery.user_id)
            assert user is not None
            partner = partner_of(session, user)
            reply = flow.prompt_message(
                prompt, partner.first_name if partner else None, delivery.token
            )
            chat_id = user.id
        else:
            group = session.get(GroupChat, delivery.group_id)
            assert group is not None
            reply = group_prompt_message(prompt, delivery.token)
            chat_id = group.chat_id
        return PromptToSend(
            delivery_id=delivery_id,
            chat_id=chat_id,
            reply=reply,
            group=delivery.group_id is not None,
            attempts=delivery.attempts + 1,
        )


def mark_sent(rt: Runtime, delivery_id: int, message_id: int | None) -> None:
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        delivery = store.get_delivery(session, delivery_id)
        if delivery is None:
            return
        delivery.status = store.SENT
        delivery.sent_at = now
        delivery.message_id = message_id
        session.add(delivery)
        # The partner answered before this prompt reached me: one nudge, an hour on.
        if delivery.user_id is not None and delivery.nudged_at is None:
            user = get_user(session, delivery.user_id)
            partner = partner_of(session, user) if user is not None else None
            if partner is not None and store.answer_of(
                session, day_id=delivery.day_id, user_id=partner.id
            ):
                delivery.nudge_due_at = now + NUDGE_DELAY


def _finish(rt: Runtime, delivery_id: int, status: str) -> None:
    with unit_of_work(rt.engine) as session:
        delivery = store.get_delivery(session, delivery_id)
        if delivery is not None:
            store.set_status(session, delivery, status)


def retry_after(rt: Runtime, delivery_id: int, seconds: float) -> None:
    """Telegram said wait: the claim stays, the send is due again after ``seconds``."""
    with unit_of_work(rt.engine) as session:
        delivery = store.get_delivery(session, delivery_id)
        if delivery is not None:
            store.requeue(session, delivery, due_at=rt.clock() + timedelta(seconds=seconds))


def network_error(rt: Runtime, delivery_id: int) -> None:
    """A failure that surely did not reach Telegram: again later, with growing pauses."""
    with unit_of_work(rt.engine) as session:
        delivery = store.get_delivery(session, delivery_id)
        if delivery is None:
            return
        if delivery.attempts >= MAX_ATTEMPTS:
            store.set_status(session, delivery, store.FAILED)
            return
        delay = BACKOFF_BASE * (2 ** max(0, delivery.attempts - 1))
        store.requeue(session, delivery, due_at=rt.clock() + delay)


def maybe_sent(rt: Runtime, delivery_id: int) -> None:
    """No answer from Telegram (timeout): it may have arrived, so it is never resent."""
    _finish(rt, delivery_id, store.UNKNOWN)


def failed(rt: Runtime, delivery_id: int) -> None:
    _finish(rt, delivery_id, store.FAILED)


def blocked(rt: Runtime, delivery_id: int) -> None:
    """Forbidden: the person blocked the bot. Skipped until they write again."""
    with unit_of_work(rt.engine) as session:
        delivery = store.get_delivery(session, delivery_id)
        if delivery is None:
            return
        store.set_status(session, delivery, store.FAILED)
        if delivery.user_id is not None:
            mark_unreachable(session, delivery.user_id, rt.clock())


def group_migrated(rt: Runtime, delivery_id: int, new_chat_id: int) -> None:
    """The group became a supergroup: follow it and send again."""
    with unit_of_work(rt.engine) as session:
        delivery = store.get_delivery(session, delivery_id)
        if delivery is None or delivery.group_id is None:
            return
        group = session.get(GroupChat, delivery.group_id)
        if group is not None:
            old = group.chat_id
            group_store.migrate_group(
                session, old_chat_id=old, new_chat_id=new_chat_id, now=rt.clock()
            )
            outbox.move_pending(session, old_chat_id=old, new_chat_id=new_chat_id)
        store.requeue(session, delivery, due_at=rt.clock())


# --- nudges and the weekly summary (through the outbox) -----------------------------------


def plan_nudges(rt: Runtime, *, limit: int = 200) -> int:
    """Queue the one gentle nudge where it is now due. Returns how many were queued."""
    queued = 0
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        for delivery in store.nudges_due(session, now=now, limit=limit):
            delivery.nudge_due_at = None
            session.add(delivery)
            if delivery.user_id is None:
                continue
            user = get_user(session, delivery.user_id)
            if user is None or user.couple_id != delivery.couple_id or not user.reachable:
                continue
            partner = partner_of(session, user)
            if partner is None or is_paused(store.get_schedule(session, user.id), now):
                continue
            day_id = delivery.day_id
            if not flow.should_nudge(
                partner_answered=store.answer_of(session, day_id=day_id, user_id=partner.id)
                is not None,
                i_answered=store.answer_of(session, day_id=day_id, user_id=user.id) is not None,
                nudge_sent=delivery.nudged_at is not None,
                now_utc=now,
                my_delivery_utc=delivery.sent_at if delivery.status in store.ANSWERABLE else None,
                skipped=delivery.status == store.SKIPPED,
                min_delay=NUDGE_DELAY,
            ):
                continue
            delivery.nudged_at = now
            outbox.enqueue(
                session,
                chat_id=user.id,
                kind="daily_nudge",
                text=flow.nudge_message(partner.first_name).text,
                due_at=now,
                now=now,
            )
            queued += 1
    return queued


def plan_weekly(rt: Runtime, *, limit: int = PLAN_BATCH) -> PlanResult:
    """Queue the weekly summaries now due (one batch; ``claimed`` = how many were queued).

    Call until ``processed`` is 0.
    """
    result = PlanResult()
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        for schedule in store.weekly_due(session, now=now, limit=limit):
            result.processed += 1
            scheduled = schedule.weekly_due_at
            assert scheduled is not None
            user = get_user(session, schedule.user_id)
            if (
                user is not None
                and user.reachable
                and user.onboarded
                and not is_paused(schedule, now)
                and flow.is_due(scheduled, now, GRACE) == "send"
            ):
                text = _weekly_text(session, user, flow.local_date_of(scheduled, schedule.zone))
                if text is not None:
                    outbox.enqueue(
                        session,
                        chat_id=user.id,
                        kind="daily_weekly",
                        text=text,
                        due_at=now,
                        now=now,
                    )
                    result.claimed += 1
            schedule.weekly_due_at = _following(
                scheduled, now, partial(_after, _next_weekly, schedule)
            )
            store.save_schedule(session, schedule, now)
    return result


def _weekly_text(session: Session, user: User, today: date) -> str | None:
    """ "You both answered 5 of the last 7 days", or None if no prompt came this week."""
    start = today - timedelta(days=WEEK_DAYS - 1)
    if not store.had_delivery_since(
        session, user_id=user.id, couple_id=user.couple_id, since=start
    ):
        return None
    if user.couple_id is not None and partner_of(session, user) is not None:
        both = store.days_both_answered(session, couple_id=user.couple_id, start=start, end=today)
        return flow.weekly_summary(both, WEEK_DAYS)
    mine = store.days_answered_by(session, user_id=user.id, start=start, end=today)
    return flow.weekly_summary(mine, WEEK_DAYS, journal=True)


# --- answering ------------------------------------------------------------------------------


def _sent_time(delivery: PromptDelivery) -> datetime | None:
    return delivery.sent_at or delivery.claimed_at


def _is_open(session: Session, delivery: PromptDelivery, now: datetime) -> bool:
    """Still taking answers: its message is out, it is under a day old, nothing newer came."""
    when = _sent_time(delivery)
    if delivery.status not in store.ANSWERABLE or when is None or now - when > OPEN_FOR:
        return False
    if delivery.user_id is not None:
        latest = store.latest_private_delivery(session, delivery.user_id)
    else:
        assert delivery.group_id is not None
        latest = store.latest_group_delivery(session, delivery.group_id)
    return latest is None or latest.id == delivery.id or latest.status not in store.ANSWERABLE


def _schedule_nudge(session: Session, partner: User, day: PromptDay, now: datetime) -> None:
    theirs = store.private_delivery_for_day(session, user_id=partner.id, day_id=day.id or 0)
    if theirs is None or theirs.nudged_at is not None or theirs.status not in store.ANSWERABLE:
        return  # not sent yet: mark_sent schedules the nudge when it is
    when = _sent_time(theirs)
    if when is not None:
        theirs.nudge_due_at = max(now, when + NUDGE_DELAY)
        session.add(theirs)


def _record_answer(
    session: Session,
    now: datetime,
    user: User,
    delivery: PromptDelivery,
    answer: str,
    *,
    chat_id: int,
) -> Outcome:
    """Save the answer; reveal both if the partner already answered, else wait (and nudge)."""
    day = store.day_by_id(session, delivery.day_id)
    assert day is not None and day.id is not None
    if store.add_answer(session, day_id=day.id, user_id=user.id, text=answer, now=now) is None:
        return Outcome([Reply(texts.ALREADY_ANSWERED)])
    partner = None
    if day.couple_id is not None and user.couple_id == day.couple_id:
        partner = partner_of(session, user)
    if partner is None:
        return Outcome([flow.answer_saved(None, has_partner=False)])
    group = _group_of_day(session, day)
    theirs = store.answer_of(session, day_id=day.id, user_id=partner.id)
    if theirs is None:
        _schedule_nudge(session, partner, day, now)
        if group is not None and group.chat_id == chat_id:
            return Outcome(
                [
                    Reply(
                        texts.GROUP_ANSWERED.format(
                            name=user.first_name, partner=partner.first_name
                        )
                    )
                ]
            )
        return Outcome([flow.answer_saved(partner.first_name, has_partner=True)])
    if group is not None:
        reveal = texts.GROUP_REVEAL.format(
            first=partner.first_name,
            first_answer=_shown(theirs.text),
            second=user.first_name,
            second_answer=_shown(answer),
        )
        if group.chat_id == chat_id:
            return Outcome([Reply(reveal)])
        outbox.enqueue(
            session, chat_id=group.chat_id, kind="daily_reveal", text=reveal, due_at=now, now=now
        )
        return Outcome([flow.answer_saved(partner.first_name, has_partner=True)], queued=True)
    outbox.enqueue(
        session,
        chat_id=partner.id,
        kind="daily_reveal",
        text=flow.reveal_message(theirs.text, answer, user.first_name).text,
        due_at=now,
        now=now,
    )
    return Outcome([flow.reveal_message(answer, theirs.text, partner.first_name)], queued=True)


def _shown(answer: str, limit: int = 1500) -> str:
    """An answer as shown in a reveal, capped like flows.daily.reveal_message caps it."""
    answer = answer.strip()
    return answer if len(answer) <= limit else answer[: limit - 1].rstrip() + "…"


def _group_of_day(session: Session, day: PromptDay) -> GroupChat | None:
    """The group a couple's day was posted in (its reveal goes there), if any."""
    posted = store.group_delivery_for_day(session, day.id or 0)
    if posted is None or posted.status not in store.ANSWERABLE:
        return None
    group = session.get(GroupChat, posted.group_id)
    if group is None or not group.bot_present or group.couple_id != day.couple_id:
        return None
    return group


def take_answer(rt: Runtime, who: Who, text: str) -> Outcome | None:
    """Typed text in the private chat as the answer to today's open prompt.

    Returns None (leave the text to others) unless a text prompt is waiting for
    this person's answer and they are not in the middle of a settings question
    or a guided conversation.
    """
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        user = get_user(session, who.user_id)
        if user is None or user.pending_setting is not None:
            return None
        delivery = store.latest_private_delivery(session, user.id)
        if delivery is None or not _is_open(session, delivery, now):
            return None
        prompt = PROMPTS_BY_KEY.get(delivery.prompt_key)
        if prompt is None or prompt.by_buttons:
            return None
        if store.answer_of(session, day_id=delivery.day_id, user_id=user.id) is not None:
            return None
        if load_conversation(session, user.id) is not None:
            return None
        answer = text.strip()
        if not answer:
            return Outcome([Reply(texts.EMPTY_ANSWER)])
        return _record_answer(session, now, user, delivery, answer, chat_id=user.id)


def take_group_answer(
    rt: Runtime, who: Who, *, chat_id: int, reply_to_message_id: int, text: str
) -> Outcome | None:
    """A reply in the group to the bot's prompt there; None if it replies to something else."""
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        group = group_store.get_group(session, chat_id)
        if group is None or group.id is None:
            return None
        delivery = store.group_delivery_by_message(
            session, group_id=group.id, message_id=reply_to_message_id
        )
        if delivery is None:
            return None
        user = get_user(session, who.user_id)
        if user is None or user.couple_id is None or user.couple_id != delivery.couple_id:
            return Outcome([Reply(common_texts.GROUP_NOT_A_PARTNER)])
        if not _is_open(session, delivery, now):
            return Outcome([Reply(texts.QUESTION_CLOSED)])
        if store.answer_of(session, day_id=delivery.day_id, user_id=user.id) is not None:
            return Outcome([Reply(texts.ALREADY_ANSWERED)])
        answer = text.strip()
        if not answer:
            return Outcome([Reply(texts.EMPTY_ANSWER)])
        if detect_crisis(answer):
            # Not recorded and not revealed; help goes to the private chat only.
            outbox.enqueue(
                session,
                chat_id=user.id,
                kind="safety",
                text=safety_reply(None).text,
                due_at=now,
                now=now,
            )
            return Outcome(queued=True)
        return _record_answer(session, now, user, delivery, answer, chat_id=chat_id)


def press(rt: Runtime, who: Who, data: str, *, chat_id: int) -> Outcome:
    """A ``dp:`` button: a prompt's choice, Snooze, Skip today, or the /days buttons."""
    if data.startswith("dp:days:"):
        return _press_days(rt, who, data.removeprefix("dp:days:"))
    action = flow.parse_prompt_callback(data)
    if action is None:
        return Outcome(notice=common_texts.STALE_BUTTON)
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        delivery = store.delivery_by_token(session, action.token)
        user = get_user(session, who.user_id)
        if delivery is None or user is None or not _may_press(session, user, delivery, chat_id):
            return Outcome(notice=common_texts.STALE_BUTTON)
        if not _is_open(session, delivery, now):
            return Outcome(notice=texts.QUESTION_CLOSED)
        if store.answer_of(session, day_id=delivery.day_id, user_id=user.id) is not None:
            return Outcome(notice=texts.ALREADY_ANSWERED)
        if action.kind == "answer":
            prompt = PROMPTS_BY_KEY.get(delivery.prompt_key)
            answer = flow.choice_answer(prompt, action.choice) if prompt else None
            if answer is None:
                return Outcome(notice=common_texts.STALE_BUTTON)
            return _record_answer(session, now, user, delivery, answer, chat_id=chat_id)
        if delivery.user_id is None:
            return Outcome(notice=common_texts.STALE_BUTTON)  # no snooze/skip in groups
        delivery.nudge_due_at = None
        if action.kind == "skip":
            delivery.status = store.SKIPPED
            delivery.skipped_at = now
            session.add(delivery)
            return Outcome([flow.skipped_message()])
        choice: Literal["hour", "evening"] = "hour" if action.kind == "snooze_hour" else "evening"
        until = flow.snooze_until(choice, now, user.timezone)
        store.requeue(session, delivery, due_at=until)
        return Outcome([flow.snoozed_message(until, user.timezone)])


def _may_press(session: Session, user: User, delivery: PromptDelivery, chat_id: int) -> bool:
    """Button data carries no authority: only the prompt's own people, in its own chat."""
    if delivery.user_id is not None:
        return delivery.user_id == user.id and chat_id == user.id
    group = session.get(GroupChat, delivery.group_id)
    return (
        group is not None
        and group.chat_id == chat_id
        and user.couple_id is not None
        and user.couple_id == delivery.couple_id
    )


# --- pause, resume, days, weekly, group mode --------------------------------------------------


@dataclass
class _Settings:
    user: User
    schedule: DailySchedule
    now: datetime
    extra: list[Reply] = field(default_factory=list)


def _onboarded(session: Session, rt: Runtime, who: Who) -> _Settings | None:
    user = get_user(session, who.user_id)
    if user is None or not user.onboarded:
        return None
    now = rt.clock()
    schedule = sync_schedule(session, user, now)
    if schedule is None:
        return None
    return _Settings(user, schedule, now)


def pause(rt: Runtime, who: Who, args: str) -> Outcome:
    """/pause [N days]: no prompts (or weekly summaries) until then, or until /resume."""
    with unit_of_work(rt.engine) as session:
        found = _onboarded(session, rt, who)
        if found is None:
            return Outcome([Reply(common_texts.SETTINGS_NOT_ONBOARDED)])
        parsed = flow.parse_pause_days(args)
        if parsed is None:
            return Outcome([Reply(texts.PAUSE_INVALID)])
        until = flow.pause_until(None if parsed == flow.UNTIL_RESUME else int(parsed), found.now)
        schedule = found.schedule
        schedule.paused = True
        schedule.paused_until = until
        schedule.next_due_at = compute_next(schedule, after=found.now)
        store.save_schedule(session, schedule, found.now)
        return Outcome([flow.pause_message(until, found.user.timezone)])


def resume(rt: Runtime, who: Who) -> Outcome:
    with unit_of_work(rt.engine) as session:
        found = _onboarded(session, rt, who)
        if found is None:
            return Outcome([Reply(common_texts.SETTINGS_NOT_ONBOARDED)])
        schedule = found.schedule
        if not is_paused(schedule, found.now):
            return Outcome([Reply(texts.NOT_PAUSED)])
        schedule.paused = False
        schedule.paused_until = None
        schedule.next_due_at = compute_next(schedule, after=found.now)
        store.save_schedule(session, schedule, found.now)
        if schedule.next_due_at is None:
            return Outcome([Reply(texts.SETTINGS_OFF)])
        return Outcome([flow.resume_message(schedule.next_due_at, found.user.timezone)])


def describe_days(mask: int) -> str:
    if mask == store.ALL_DAYS:
        return texts.DAYS_EVERY
    if mask == _DAYS_PRESETS["weekdays"]:
        return texts.DAYS_WEEKDAYS
    if mask == _DAYS_PRESETS["weekends"]:
        return texts.DAYS_WEEKENDS
    names = [texts.DAY_NAMES[d][:3] for d in sorted(store.days_of(mask))]
    return names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]


def parse_days(text: str) -> int | None:
    """ "every day", "weekdays", "weekends" or day names ("mon wed fri") → a mask."""
    cleaned = " ".join(text.strip().lower().replace(",", " ").replace(" and ", " ").split())
    if cleaned in _DAYS_PRESETS:
        return _DAYS_PRESETS[cleaned]
    days: set[int] = set()
    for word in cleaned.split():
        day = _DAY_WORDS.get(word.rstrip("s")) if word not in _DAY_WORDS else _DAY_WORDS[word]
        if day is None:
            return None
        days.add(day)
    return store.mask_of(days) if days else None


def _days_menu() -> Reply:
    rows: Keyboard = (
        (
            Button(texts.DAYS_EVERY_LABEL, "dp:days:all"),
            Button(texts.DAYS_WEEKDAYS_LABEL, "dp:days:wkd"),
            Button(texts.DAYS_WEEKENDS_LABEL, "dp:days:wke"),
        ),
        (Button(texts.NOT_NOW_LABEL, "dp:days:x"),),
    )
    return Reply(texts.DAYS_QUESTION, buttons=rows)


def set_days(rt: Runtime, who: Who, args: str) -> Outcome:
    """/days (buttons) or /days weekdays | every day | mon wed fri."""
    if not args.strip():
        with unit_of_work(rt.engine) as session:
            if _onboarded(session, rt, who) is None:
                return Outcome([Reply(common_texts.SETTINGS_NOT_ONBOARDED)])
        return Outcome([_days_menu()])
    mask = parse_days(args)
    if mask is None:
        return Outcome([Reply(texts.DAYS_INVALID)])
    return _save_days(rt, who, mask, edit=False)


def _press_days(rt: Runtime, who: Who, choice: str) -> Outcome:
    if choice == "x":
        return Outcome([Reply(texts.DAYS_UNCHANGED, edit=True)])
    if choice not in ("all", "wkd", "wke"):
        return Outcome(notice=common_texts.STALE_BUTTON)
    return _save_days(rt, who, _DAYS_PRESETS[choice], edit=True)


def _save_days(rt: Runtime, who: Who, mask: int, *, edit: bool) -> Outcome:
    with unit_of_work(rt.engine) as session:
        found = _onboarded(session, rt, who)
        if found is None:
            return Outcome([Reply(common_texts.SETTINGS_NOT_ONBOARDED)])
        schedule = found.schedule
        schedule.days = mask
        schedule.next_due_at = compute_next(schedule, after=found.now)
        store.save_schedule(session, schedule, found.now)
        line = flow.settings_line(
            schedule.next_due_at,
            schedule.zone,
            paused=is_paused(schedule, found.now),
            paused_until_utc=schedule.paused_until,
        )
        return Outcome(
            [Reply(texts.DAYS_SAVED.format(days=describe_days(mask), next=line), edit=edit)]
        )


def parse_weekly(text: str) -> tuple[int, str] | None:
    """ "sunday 19:00", "sun 7pm", "19:00 sunday" → (weekday, "HH:MM")."""
    words = text.strip().lower().replace(",", " ").split()
    days = [_DAY_WORDS[w] for w in words if w in _DAY_WORDS]
    rest = " ".join(w for w in words if w not in _DAY_WORDS)
    if len(days) != 1:
        return None
    at = parse_local_time(rest) if rest else time(19, 0)
    if at is None:
        return None
    return days[0], f"{at.hour:02d}:{at.minute:02d}"


def set_weekly(rt: Runtime, who: Who, args: str) -> Outcome:
    """/weekly shows when the weekly look back comes; /weekly sunday 19:00 moves it for both."""
    with unit_of_work(rt.engine) as session:
        found = _onboarded(session, rt, who)
        if found is None:
            return Outcome([Reply(common_texts.SETTINGS_NOT_ONBOARDED)])
        schedule = found.schedule
        if not args.strip():
            return Outcome(
                [
                    Reply(
                        texts.WEEKLY_CURRENT.format(
                            day=texts.DAY_NAMES[schedule.weekly_day], time=schedule.weekly_time
                        )
                    )
                ]
            )
        parsed = parse_weekly(args)
        if parsed is None:
            return Outcome([Reply(texts.WEEKLY_INVALID)])
        weekday, at = parsed
        partner = partner_of(session, found.user)
        people = [found.user] + ([partner] if partner is not None else [])
        for person in people:
            their = sync_schedule(session, person, found.now)
            if their is None:
                continue
            their.weekly_day, their.weekly_time = weekday, at
            their.weekly_due_at = _next_weekly(their, after=found.now)
            store.save_schedule(session, their, found.now)
        names = {"day": texts.DAY_NAMES[weekday], "time": at}
        if partner is None:
            return Outcome([Reply(texts.WEEKLY_SAVED.format(**names))])
        outbox.enqueue(
            session,
            chat_id=partner.id,
            kind="daily_settings",
            text=texts.WEEKLY_TOLD_PARTNER.format(partner=found.user.first_name, **names),
            due_at=found.now,
            now=found.now,
        )
        return Outcome([Reply(texts.WEEKLY_SAVED.format(**names))], queued=True)


def group_prompts(rt: Runtime, who: Who, args: str, *, group_chat_id: int | None) -> Outcome:
    """/groupprompts on|off, in the couple's group or in private."""
    choice = args.strip().lower()
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        user = get_user(session, who.user_id)
        if group_chat_id is not None:
            group = group_store.get_group(session, group_chat_id)
            if group is None or group.couple_id is None:
                return Outcome([Reply(common_texts.GROUP_NOT_PAIRED)])
            if user is None or user.couple_id != group.couple_id:
                return Outcome([Reply(common_texts.GROUP_NOT_A_PARTNER)])
        if user is None or not user.onboarded:
            return Outcome([Reply(common_texts.SETTINGS_NOT_ONBOARDED)])
        partner = partner_of(session, user)
        if partner is None or user.couple_id is None:
            return Outcome([Reply(texts.GROUP_PROMPTS_NOT_PAIRED)])
        current = store.couple_settings(session, user.couple_id)
        on_now = current is not None and current.group_prompts
        if choice not in ("on", "off"):
            where = texts.WHERE_GROUP if on_now else texts.WHERE_PRIVATE
            return Outcome([Reply(texts.GROUP_PROMPTS_STATUS.format(where=where))])
        turn_on = choice == "on"
        if turn_on and group_store.linked_group_of(session, user.couple_id) is None:
            return Outcome([Reply(texts.GROUP_PROMPTS_NO_GROUP.format(partner=partner.first_name))])
        store.set_group_prompts(session, user.couple_id, turn_on, now)
        reply = Reply(texts.GROUP_PROMPTS_ON if turn_on else texts.GROUP_PROMPTS_OFF)
        if group_chat_id is not None or turn_on == on_now:
            return Outcome([reply])
        told = texts.GROUP_PROMPTS_ON_TOLD if turn_on else texts.GROUP_PROMPTS_OFF_TOLD
        outbox.enqueue(
            session,
            chat_id=partner.id,
            kind="daily_settings",
            text=told.format(partner=user.first_name),
            due_at=now,
            now=now,
        )
        return Outcome([reply], queued=True)


def next_delivery_line(rt: Runtime, user_id: int) -> str | None:
    """For /settings: "Next prompt: Tue 26 Nov, 20:00 (Europe/Berlin)" (or paused / off).

    None if the user has no daily time yet. Its own unit of work: call it outside
    any other (inside one, use :func:`settings_line_in`).
    """
    with unit_of_work(rt.engine) as session:
        user = get_user(session, user_id)
        return None if user is None else settings_line_in(session, user, rt.clock())


def settings_line_in(session: Session, user: User, now: datetime) -> str | None:
    """:func:`next_delivery_line` inside the caller's unit of work. Read-only: a schedule
    that is missing or out of date is worked out without saving it."""
    if not user.onboarded or user.prompt_time is None or _clock_time(user.prompt_time) is None:
        return None
    try:
        zone_for(user.timezone)
    except ValueError:
        return None
    schedule = store.get_schedule(session, user.id)
    probe = DailySchedule(
        user_id=user.id,
        zone=user.timezone,
        local_time=user.prompt_time,
        days=schedule.days if schedule else store.ALL_DAYS,
        paused=schedule.paused if schedule else False,
        paused_until=schedule.paused_until if schedule else None,
        updated_at=now,
    )
    next_utc = schedule.next_due_at if schedule else None
    if (
        schedule is None
        or next_utc is None
        or next_utc < now
        or schedule.zone != user.timezone
        or schedule.local_time != user.prompt_time
    ):
        next_utc = compute_next(probe, after=now)
    paused = is_paused(probe, now)
    line = flow.settings_line(
        next_utc,
        user.timezone,
        paused=paused,
        paused_until_utc=probe.paused_until if paused else None,
    )
    if probe.days != store.ALL_DAYS and not paused and next_utc is not None:
        line += "\n" + texts.DAYS_LINE.format(days=describe_days(probe.days))
    return line

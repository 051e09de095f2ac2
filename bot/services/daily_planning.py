"""Daily prompts, second stage: claim what is due, and plan nudges and weekly summaries.

A claim is a ``PromptDelivery`` row in status ``queued``, inserted and committed
before anything is sent, unique per (user, local date) or (group, local date):
the lock that keeps every process and every restart from sending the same day
twice. ``daily_sending`` takes it from there. Nudges and weekly summaries go
through the outbox.
"""

from __future__ import annotations

import secrets
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from functools import partial
from typing import Final

from sqlmodel import Session

from bot.runtime import Runtime
from bot.services import crisis_guard
from bot.services.daily_schedule import (
    GRACE,
    NUDGE_DELAY,
    PLAN_BATCH,
    compute_next,
    following,
    is_paused,
    next_weekly,
    sync_schedule,
)
from bot.services.languages import speaking_to
from bot.services.weekly import week_facts
from flows import daily as flow
from flows import daily_timing, prompt_choice
from flows.content import weekly as weekly_texts
from flows.daily_settings import clock_time
from flows.week_facts import is_quiet, week_window
from flows.weekly import Weekly, card_to_json, compose_weekly
from storage import couples, outbox
from storage import daily as store
from storage.db import unit_of_work
from storage.models import DailySchedule, PromptDelivery, User
from storage.users import get_user, partner_of

# A nudge whose couple is busy (a partner answering right now) is decided again after this.
NUDGE_BUSY_RETRY: Final = timedelta(minutes=1)
# An outbox row holding a weekly card (JSON): the sender draws it and sends a photo.
WEEKLY_CARD_KIND: Final = "weekly_card"


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
    decision = daily_timing.is_due(scheduled, now, GRACE)
    if decision == "send" and user.reachable and not is_paused(schedule, now):
        claim = _Due(user, scheduled, daily_timing.local_date_of(scheduled, schedule.zone))
    elif decision == "drop":
        result.dropped += 1
    schedule.last_scheduled_at = scheduled
    schedule.next_due_at = following(
        scheduled, now, lambda after: compute_next(schedule, after=after)
    )
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
                "status": store.PENDING,
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

    start = min(when for _, when in missing) - timedelta(days=prompt_choice.NO_REPEAT_DAYS)
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
        window_start = local_date - timedelta(days=prompt_choice.NO_REPEAT_DAYS)
        mine = set(people(owner))
        recent: dict[str, date] = {}
        used = days_of.get(owner, []) + [row for m in mine for row in sent_to.get(m, [])]
        for key, when in used:
            if window_start <= when < local_date and recent.get(key, date.min) < when:
                recent[key] = when
        # A question worded for "today" only goes to people who get it by early afternoon.
        stored = (session.get(User, m) for m in mine)
        times = [t for u in stored if u and (t := clock_time(u.prompt_time)) is not None]
        prompt = prompt_choice.choose_prompt(owner[1], local_date, recent, recipient_times=times)
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


# --- nudges and the weekly summary (through the outbox) -----------------------------------


def plan_nudges(rt: Runtime, *, limit: int = 200) -> int:
    """Queue the one gentle nudge where it is now due. Returns how many were queued."""
    queued = 0
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        for delivery in store.nudges_due(session, now=now, limit=limit):
            if delivery.couple_id is not None and not couples.lock_couple_unless_busy(
                session, delivery.couple_id
            ):
                # One of them is answering at this very moment (PostgreSQL): decided again
                # shortly, on their answer, so the nudge never follows it.
                delivery.nudge_due_at = now + NUDGE_BUSY_RETRY
                session.add(delivery)
                continue
            delivery.nudge_due_at = None
            session.add(delivery)
            if delivery.user_id is None:
                queued += _nudge_from_group(session, delivery, now)
                continue
            user = get_user(session, delivery.user_id)
            if user is None or user.couple_id != delivery.couple_id or not user.reachable:
                continue
            partner = partner_of(session, user)
            if partner is None or is_paused(store.get_schedule(session, user.id), now):
                continue
            skipped = delivery.status == store.SKIPPED
            queued += _nudge_if_due(session, delivery, user, partner, now, skipped=skipped)
    return queued


def _nudge_if_due(
    session: Session,
    delivery: PromptDelivery,
    user: User,
    partner: User,
    now: datetime,
    *,
    skipped: bool = False,
) -> int:
    """Queue the one nudge to ``user`` about ``delivery``'s prompt day if it is due now and
    mark the delivery nudged; 1 if it was queued, else 0."""
    if not flow.should_nudge(
        partner_answered=store.shared_answer_of(session, day_id=delivery.day_id, user_id=partner.id)
        is not None,
        i_answered=store.answer_of(session, day_id=delivery.day_id, user_id=user.id) is not None,
        nudge_sent=delivery.nudged_at is not None,
        now_utc=now,
        my_delivery_utc=delivery.sent_at if delivery.status in store.ANSWERABLE else None,
        skipped=skipped,
        min_delay=NUDGE_DELAY,
    ):
        return 0
    delivery.nudged_at = now
    with speaking_to(session, user.id):
        nudge = flow.nudge_message(partner.first_name).text
    crisis_guard.queue(
        session,
        chat_id=user.id,
        kind="daily_nudge",
        text=nudge,
        due_at=now,
        now=now,
        sender_id=partner.id,  # it names them: their /deletedata finds it
    )
    return 1


def _nudge_from_group(session: Session, posted: PromptDelivery, now: datetime) -> int:
    """Group mode: one partner answered the group's question, the other gets the one nudge
    privately (unless they answered, skipped, snoozed or opened it privately already)."""
    if posted.couple_id is None or posted.nudged_at is not None:
        return 0
    members = couples.members_of(session, posted.couple_id)
    if len(members) != 2:
        return 0
    for user, partner in (members, members[::-1]):
        if not user.reachable or is_paused(store.get_schedule(session, user.id), now):
            continue
        if store.private_delivery_for_day(session, user_id=user.id, day_id=posted.day_id):
            continue  # their own copy (answered privately, snoozed, skipped) speaks for them
        # posted.nudged_at is None here (checked above), so nudge_sent is False.
        if _nudge_if_due(session, posted, user, partner, now):
            return 1
    return 0


def plan_weekly(rt: Runtime, *, limit: int = PLAN_BATCH) -> PlanResult:
    """Queue the weekly summaries now due (one batch; ``claimed`` = how many were queued).

    Call until ``processed`` is 0.
    """
    result = PlanResult()
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        due = list(store.weekly_due(session, now=now, limit=limit))
        # The batch's users in one query, not one each.
        users = store.users_by_id(session, (schedule.user_id for schedule in due))
        for schedule in due:
            result.processed += 1
            scheduled = schedule.weekly_due_at
            assert scheduled is not None
            user = users.get(schedule.user_id)
            if (
                user is not None
                and user.reachable
                and user.onboarded
                and not is_paused(schedule, now)
                and daily_timing.is_due(scheduled, now, GRACE) == "send"
            ):
                today = daily_timing.local_date_of(scheduled, schedule.zone)
                result.claimed += _queue_weekly(session, user, schedule, today, now)
            schedule.weekly_due_at = following(scheduled, now, partial(_weekly_after, schedule))
            store.save_schedule(session, schedule, now)
    return result


def _weekly_after(schedule: DailySchedule, after: datetime) -> datetime | None:
    return next_weekly(schedule, after=after)


def _queue_weekly(
    session: Session, user: User, schedule: DailySchedule, today: date, now: datetime
) -> int:
    """Queue the person's weekly look back (and card); with /groupprompts on, the couple's
    one look back goes to their group instead, once for both. Returns how many were queued."""
    partner = partner_of(session, user) if user.couple_id is not None else None
    group = None
    if user.couple_id is not None and partner is not None:
        group = store.group_mode_groups(session, [user.couple_id]).get(user.couple_id)
    # In the reader's language (a group's one look back: the language of whoever's
    # schedule queued it).
    with speaking_to(session, user.id):
        weekly = _weekly(session, user, partner, today, shared=group is not None)
        caption = str(weekly_texts.CARD_CAPTION)
    if weekly is None:
        return 0
    # Privately it speaks to the reader; in the group it names both (their /deletedata
    # finds it through sender_id and subject_user_id).
    chat_id, key, sender, subject = user.id, None, None, None
    if group is not None and partner is not None:
        chat_id, sender, subject = group.chat_id, user.id, partner.id
        key = f"weekly:{user.couple_id}:{today.isoformat()}"
        if outbox.has_dedupe_key(session, key):
            return 0  # the partner's schedule queued it already
    crisis_guard.queue(
        session,
        chat_id=chat_id,
        kind="daily_weekly",
        text=weekly.text,
        due_at=now,
        now=now,
        sender_id=sender,
        subject_user_id=subject,
        dedupe_key=key,
    )
    if _card_wanted(session, schedule, partner if group is not None else None):
        crisis_guard.queue(
            session,
            chat_id=chat_id,
            kind=WEEKLY_CARD_KIND,
            text=card_to_json(weekly.card, caption),
            due_at=now,
            now=now,
            sender_id=sender,
            subject_user_id=subject,
            dedupe_key=f"{key}:card" if key else None,
        )
    return 1


def _card_wanted(session: Session, schedule: DailySchedule, sharing_with: User | None) -> bool:
    """The card goes to the group only if both have it on: one who turned it off does not
    get it in the group either. Privately each one's own setting decides."""
    if not schedule.weekly_card:
        return False
    if sharing_with is None:
        return True
    theirs = store.get_schedule(session, sharing_with.id)
    return theirs is None or theirs.weekly_card


def _weekly(
    session: Session, user: User, partner: User | None, today: date, *, shared: bool
) -> Weekly | None:
    """The week ending ``today`` (local) told as steps practised, what got in the way and one
    suggestion; None if nothing at all happened (no daily question came, nothing practised)."""
    first_day, start, end = week_window(today, user.timezone)
    people = [user.id] + ([partner.id] if partner is not None else [])
    facts = week_facts(
        session,
        people=people,
        couple_id=user.couple_id if partner is not None else None,
        start=start,
        end=end,
        zone=user.timezone,
    )
    had_question = store.had_delivery_since(
        session, user_id=user.id, couple_id=user.couple_id, since=first_day
    )
    if not had_question and is_quiet(facts):
        return None
    return compose_weekly(
        facts,
        me=user.first_name,
        partner=partner.first_name if partner is not None else None,
        first_day=first_day,
        # What got in the way comes from private reflections: only the reader's own, and
        # nobody's in the group.
        reasons_from=() if shared else {user.id},
        shared=shared,
    )

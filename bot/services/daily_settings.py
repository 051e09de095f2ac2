"""Daily prompts: the settings commands (/pause /resume /days /weekly /groupprompts)
and the line about the next prompt in /settings.

Reading the arguments is :mod:`flows.daily_settings`'s job; this module saves
the result and reschedules in the same unit of work. Arguments are typed text:
crisis words in them get the safety reply in the private chat and change
nothing. These commands are private ones (a group gets a "private only" refusal
before reaching here), except /groupprompts.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime

from sqlmodel import Session

from bot.runtime import Runtime
from bot.services import crisis_guard
from bot.services.daily_safety import crisis_help
from bot.services.daily_schedule import compute_next, is_paused, next_weekly, sync_schedule
from bot.services.languages import speaking_to
from bot.services.outcome import Outcome, Who
from flows import daily_settings as settings_flow
from flows.content import common
from flows.content import daily as texts
from flows.content import onboarding as common_texts
from flows.model import Reply
from flows.safety import detect_crisis
from flows.text import esc
from flows.timeparse import zone_for
from storage import daily as store
from storage import groups as group_store
from storage.db import unit_of_work
from storage.models import DailySchedule, User
from storage.users import get_user, partner_of


@dataclass
class _Settings:
    user: User
    schedule: DailySchedule
    now: datetime


def _onboarded(session: Session, rt: Runtime, who: Who) -> _Settings | None:
    user = get_user(session, who.user_id)
    if user is None or not user.onboarded:
        return None
    now = rt.clock()
    schedule = sync_schedule(session, user, now)
    if schedule is None:
        return None
    return _Settings(user, schedule, now)


def _crisis(rt: Runtime, who: Who, args: str) -> Outcome | None:
    """Crisis words in a private command's argument: the help, and nothing else happens."""
    if not detect_crisis(args):
        return None
    with unit_of_work(rt.engine) as session:
        return crisis_help(session, who.user_id, rt.clock(), in_group=False)


def pause(rt: Runtime, who: Who, args: str) -> Outcome:
    """/pause [N days]: no prompts (or weekly summaries) until then, or until /resume."""
    if (help_now := _crisis(rt, who, args)) is not None:
        return help_now
    with unit_of_work(rt.engine) as session:
        found = _onboarded(session, rt, who)
        if found is None:
            return Outcome([Reply(common_texts.SETTINGS_NOT_ONBOARDED)])
        parsed = settings_flow.parse_pause_days(args)
        if parsed is None:
            return Outcome([Reply(texts.PAUSE_INVALID)])
        until = settings_flow.pause_until(
            None if parsed == settings_flow.UNTIL_RESUME else int(parsed), found.now
        )
        schedule = found.schedule
        schedule.paused = True
        schedule.paused_until = until
        schedule.next_due_at = compute_next(schedule, after=found.now)
        store.save_schedule(session, schedule, found.now)
        return Outcome([settings_flow.pause_message(until, found.user.timezone)])


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
        return Outcome([settings_flow.resume_message(schedule.next_due_at, found.user.timezone)])


def set_days(rt: Runtime, who: Who, args: str) -> Outcome:
    """/days (buttons) or /days weekdays | every day | mon wed fri."""
    if (help_now := _crisis(rt, who, args)) is not None:
        return help_now
    if not args.strip():
        with unit_of_work(rt.engine) as session:
            if _onboarded(session, rt, who) is None:
                return Outcome([Reply(common_texts.SETTINGS_NOT_ONBOARDED)])
        return Outcome([settings_flow.days_menu()])
    days = settings_flow.parse_days(args)
    if days is None:
        return Outcome([Reply(texts.DAYS_INVALID)])
    return _save_days(rt, who, days, edit=False)


def press_days(rt: Runtime, who: Who, choice: str) -> Outcome:
    """A button under /days (``dp:days:<choice>``), pressed in the private chat."""
    if choice == "x":
        return Outcome([Reply(texts.DAYS_UNCHANGED, edit=True)])
    preset = settings_flow.button_preset(choice)
    if preset is None:
        return Outcome(notice=common_texts.STALE_BUTTON)
    return _save_days(rt, who, preset, edit=True)


def _save_days(rt: Runtime, who: Who, days: frozenset[int], *, edit: bool) -> Outcome:
    with unit_of_work(rt.engine) as session:
        found = _onboarded(session, rt, who)
        if found is None:
            return Outcome([Reply(common_texts.SETTINGS_NOT_ONBOARDED)])
        schedule = found.schedule
        schedule.days = store.mask_of(days)
        schedule.next_due_at = compute_next(schedule, after=found.now)
        store.save_schedule(session, schedule, found.now)
        line = settings_flow.settings_line(
            schedule.next_due_at,
            schedule.zone,
            paused=is_paused(schedule, found.now),
            paused_until_utc=schedule.paused_until,
        )
        described = settings_flow.describe_days(days)
        return Outcome([Reply(texts.DAYS_SAVED.format(days=described, next=line), edit=edit)])


def set_weekly(rt: Runtime, who: Who, args: str) -> Outcome:
    """/weekly shows when the weekly look back comes; /weekly sunday 19:00 moves it for both;
    /weekly card off (or on) is each person's own choice of the picture card."""
    if (help_now := _crisis(rt, who, args)) is not None:
        return help_now
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
                            day=common.WEEKDAYS[schedule.weekly_day], time=schedule.weekly_time
                        )
                    )
                ]
            )
        card = settings_flow.parse_weekly_card(args)
        if card is not None:
            # One person's choice privately; in their group the card comes only if both want it.
            schedule.weekly_card = card
            store.save_schedule(session, schedule, found.now)
            return Outcome([Reply(texts.WEEKLY_CARD_ON if card else texts.WEEKLY_CARD_OFF)])
        parsed = settings_flow.parse_weekly(args)
        if parsed is None:
            return Outcome([Reply(texts.WEEKLY_INVALID)])
        weekday, at = parsed
        partner = partner_of(session, found.user)
        people = [found.user] + ([partner] if partner is not None else [])
        # In id order: both partners moving it at the same moment (PostgreSQL) write the
        # two schedules in the same order, so one waits for the other (in the other
        # order each held one and waited for the other's: a deadlock, and an error).
        for person in sorted(people, key=lambda someone: someone.id):
            their = sync_schedule(session, person, found.now)
            if their is None:
                continue
            their.weekly_day, their.weekly_time = weekday, at
            their.weekly_due_at = next_weekly(their, after=found.now)
            store.save_schedule(session, their, found.now)
        names = {"day": common.WEEKDAYS[weekday], "time": at}
        if partner is None:
            return Outcome([Reply(texts.WEEKLY_SAVED.format(**names))])
        with speaking_to(session, partner.id):
            told = texts.WEEKLY_TOLD_PARTNER.format(
                partner=esc(found.user.first_name), day=common.WEEKDAYS[weekday], time=at
            )
        crisis_guard.queue(
            session,
            chat_id=partner.id,
            kind="daily_settings",
            text=told,
            due_at=found.now,
            now=found.now,
            sender_id=found.user.id,  # it names them: their /deletedata finds it
        )
        return Outcome([Reply(texts.WEEKLY_SAVED.format(**names))], queued=True)


def group_prompts(rt: Runtime, who: Who, args: str, *, group_chat_id: int | None) -> Outcome:
    """/groupprompts on|off, in the couple's group or in private."""
    choice = args.strip().lower()
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        if detect_crisis(args):
            return crisis_help(session, who.user_id, now, in_group=group_chat_id is not None)
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
            no_group = texts.GROUP_PROMPTS_NO_GROUP.format(partner=esc(partner.first_name))
            return Outcome([Reply(no_group)])
        store.set_group_prompts(session, user.couple_id, turn_on, now)
        reply = Reply(texts.GROUP_PROMPTS_ON if turn_on else texts.GROUP_PROMPTS_OFF)
        if group_chat_id is not None or turn_on == on_now:
            return Outcome([reply])
        with speaking_to(session, partner.id):
            told = texts.GROUP_PROMPTS_ON_TOLD if turn_on else texts.GROUP_PROMPTS_OFF_TOLD
            told = told.format(partner=esc(user.first_name))
        crisis_guard.queue(
            session,
            chat_id=partner.id,
            kind="daily_settings",
            text=told,
            due_at=now,
            now=now,
            sender_id=user.id,  # it names them: their /deletedata finds it
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


def privacy_lines_in(session: Session, user: User) -> list[str]:
    """For /settings: who sees a daily answer (with a partner), and the weekly card."""
    lines = [texts.SETTINGS_CONSENT] if user.couple_id is not None else []
    schedule = store.get_schedule(session, user.id)
    if schedule is not None:
        lines.append(
            texts.WEEKLY_CARD_ON_LINE if schedule.weekly_card else texts.WEEKLY_CARD_OFF_LINE
        )
    return lines


def settings_line_in(session: Session, user: User, now: datetime) -> str | None:
    """:func:`next_delivery_line` inside the caller's unit of work. Read-only: a schedule
    that is missing or out of date is worked out without saving it."""
    if (
        not user.onboarded
        or user.prompt_time is None
        or settings_flow.clock_time(user.prompt_time) is None
    ):
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
    line = settings_flow.settings_line(
        next_utc,
        user.timezone,
        paused=paused,
        paused_until_utc=probe.paused_until if paused else None,
    )
    if probe.days != store.ALL_DAYS and not paused and next_utc is not None:
        line += "\n" + texts.DAYS_LINE.format(
            days=settings_flow.describe_days(store.days_of(probe.days))
        )
    return line

"""Repository functions for the daily prompts. Each takes a session; none commits.

The schedules are in :mod:`storage.daily_schedules`, prompt days and deliveries in
:mod:`storage.prompt_deliveries`, answers in :mod:`storage.prompt_answers`; their
names are all importable from here, where most callers take them from.

The schedule lives here, not in memory: every user with a prompt time has a
``DailySchedule`` row whose indexed ``next_due_at`` says when their next prompt
is due, so finding due prompts is one index range scan however many users
there are. A prompt is claimed by inserting a ``PromptDelivery`` row; its
unique constraints ((user, local date) and (group, local date)) are the lock
that keeps every process and every restart from sending the same day twice.

Several processes may plan and send at once (PostgreSQL): what each takes from a
queue it locks with ``FOR UPDATE SKIP LOCKED`` (due schedules, weekly summaries,
nudges), so the others pass over it instead of doing it again or waiting; a
delivery read to be changed is locked (``FOR UPDATE``), so its changes are made
one after another as on SQLite. SQLite ignores both: its writer lock already
runs one unit of work at a time.
"""

from __future__ import annotations

from storage.daily_schedules import (
    ALL_DAYS,
    couple_settings,
    days_of,
    due_schedules,
    get_schedule,
    mask_of,
    new_schedule,
    note_group_reply,
    save_schedule,
    set_group_prompts,
    stale_schedule_users,
    weekly_due,
)
from storage.models import (
    DailyCouple,
    DailySchedule,
    PromptAnswer,
    PromptDay,
    PromptDelivery,
)
from storage.prompt_answers import (
    add_answer,
    answer_of,
    days_answered_by,
    days_both_answered,
    export_of,
    shared_answer_of,
)
from storage.prompt_deliveries import (
    ANSWERABLE,
    DROPPED,
    SKIPPED,
    Owner,
    claim_many,
    create_days,
    day_by_id,
    days_for,
    delivery_by_token,
    get_delivery,
    group_delivery_by_message,
    group_delivery_for_day,
    group_mode_groups,
    had_delivery_since,
    had_private_delivery_before,
    latest_group_delivery,
    latest_private_delivery,
    members_by_couple,
    nudges_due,
    owner_of,
    private_delivery_for_day,
    recent_rows,
    set_status,
    users_by_id,
)
from storage.sending import (
    CANCELLED,
    FAILED,
    PENDING,
    SENDING,
    SENT,
    UNKNOWN,
    requeue,
)

__all__ = [
    "ALL_DAYS",
    "ANSWERABLE",
    "CANCELLED",
    "DROPPED",
    "FAILED",
    "PENDING",
    "SENDING",
    "SENT",
    "SKIPPED",
    "UNKNOWN",
    "DailyCouple",
    "DailySchedule",
    "Owner",
    "PromptAnswer",
    "PromptDay",
    "PromptDelivery",
    "add_answer",
    "answer_of",
    "claim_many",
    "couple_settings",
    "create_days",
    "day_by_id",
    "days_answered_by",
    "days_both_answered",
    "days_for",
    "days_of",
    "delivery_by_token",
    "due_schedules",
    "export_of",
    "get_delivery",
    "get_schedule",
    "group_delivery_by_message",
    "group_delivery_for_day",
    "group_mode_groups",
    "had_delivery_since",
    "had_private_delivery_before",
    "latest_group_delivery",
    "latest_private_delivery",
    "mask_of",
    "members_by_couple",
    "new_schedule",
    "note_group_reply",
    "nudges_due",
    "owner_of",
    "private_delivery_for_day",
    "recent_rows",
    "requeue",
    "save_schedule",
    "set_group_prompts",
    "set_status",
    "shared_answer_of",
    "stale_schedule_users",
    "users_by_id",
    "weekly_due",
]

"""indexes for a million users: every column that points at another row is indexed

Revision ID: 0012
Revises: 0010
Create Date: 2026-11-30 08:00:00.000000

Deleting a row makes the database look for the rows that point at it (to cascade, or
to refuse): without an index on the pointing column that is a read of the whole
table for every row deleted. ``prompt_answer.user_id`` also serves the weekly summary
of a person without a partner, which read every answer ever given, and
"did this couple get a prompt this week" (the weekly summary) walked every delivered
prompt by status for want of ``prompt_delivery.couple_id`` (both found by
tests/services/test_tick_query_plans.py).
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0012"
down_revision: str | None = "0010"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

INDEXES = (
    ("ix_invite_used_by_id", "invite", "used_by_id"),
    ("ix_prompt_answer_user_id", "prompt_answer", "user_id"),
    ("ix_prompt_delivery_day_id", "prompt_delivery", "day_id"),
)


# A couple's deliveries by date (their group's, and the summary's "had a prompt since").
COUPLE_DELIVERIES = ("ix_prompt_delivery_couple_id_local_date", "prompt_delivery")


def upgrade() -> None:
    for name, table, column in INDEXES:
        op.create_index(name, table, [column], unique=False)
    name, table = COUPLE_DELIVERIES
    op.create_index(name, table, ["couple_id", "local_date"], unique=False)


def downgrade() -> None:
    op.drop_index(COUPLE_DELIVERIES[0], table_name=COUPLE_DELIVERIES[1])
    for name, table, _column in INDEXES:
        op.drop_index(name, table_name=table)

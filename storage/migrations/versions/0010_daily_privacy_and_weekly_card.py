"""daily answers kept "just for me", the weekly card setting, the group's one-time note

Revision ID: 0010
Revises: 0009
Create Date: 2026-11-30 07:15:00.000000

``just_for_me`` on a delivery is the person's choice before answering; on the
answer it is what was stored: such an answer is never revealed. Rows from before
this revision were shared answers (the default). ``weekly_card`` turns the
picture under the weekly message off; ``group_reply_noted`` remembers that the
couple was told a reply in the group is read by the group.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0010"
down_revision: str | None = "0009"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = {
    "prompt_delivery": (("just_for_me", "0"),),
    "prompt_answer": (("just_for_me", "0"),),
    "daily_schedule": (("weekly_card", "1"),),
    "daily_couple": (("group_reply_noted", "0"),),
}


def upgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column, default in columns:
                batch_op.add_column(
                    sa.Column(
                        column,
                        sa.Boolean(),
                        nullable=False,
                        server_default=sa.true() if default == "1" else sa.false(),
                    )
                )


def downgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column, _default in columns:
                batch_op.drop_column(column)

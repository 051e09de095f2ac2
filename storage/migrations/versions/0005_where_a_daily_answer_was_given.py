"""where a daily answer was given (private chat or the couple's group)

Revision ID: 0005
Revises: 0004
Create Date: 2026-11-26 10:00:00.000000

A reveal goes to the group only when both answers were given there; answers
recorded before this revision count as private (the safe reading).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0005"
down_revision: str | None = "0004"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("prompt_answer", schema=None) as batch_op:
        batch_op.add_column(sa.Column("group_id", sa.Integer(), nullable=True))


def downgrade() -> None:
    with op.batch_alter_table("prompt_answer", schema=None) as batch_op:
        batch_op.drop_column("group_id")

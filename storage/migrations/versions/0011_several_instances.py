"""several instances: handled updates (dedupe, per-chat order) and the shared send budget

Revision ID: 0011
Revises: 0012
Create Date: 2026-11-30 07:00:00.000000

Used on PostgreSQL only (storage/chat_turns.py, storage/send_budget.py); on SQLite the
tables exist and stay empty, so the models and the schema agree on both.
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0011"
down_revision: str | None = "0012"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.create_table(
        "handled_update",
        sa.Column("update_id", sa.BigInteger(), autoincrement=False, nullable=False),
        sa.Column("chat_id", sa.BigInteger(), nullable=False),
        sa.Column("owner", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("state", sqlmodel.sql.sqltypes.AutoString(length=16), nullable=False),
        sa.Column("touched_at", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("update_id"),
    )
    op.create_index(
        "ix_handled_update_chat_id_update_id", "handled_update", ["chat_id", "update_id"]
    )
    op.create_index("ix_handled_update_touched_at", "handled_update", ["touched_at"])
    op.create_table(
        "send_budget",
        sa.Column("name", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("interactive_wanted_until", sa.Float(), nullable=False),
        sa.PrimaryKeyConstraint("name"),
    )
    op.create_table(
        "send_slot",
        sa.Column("id", sa.BigInteger(), nullable=False),
        sa.Column("owner", sqlmodel.sql.sqltypes.AutoString(length=32), nullable=False),
        sa.Column("chat_key", sa.BigInteger(), nullable=True),
        sa.Column("taken_at", sa.Float(), nullable=False),
        sa.Column("answered_at", sa.Float(), nullable=True),
        sa.PrimaryKeyConstraint("id"),
    )


def downgrade() -> None:
    op.drop_table("send_slot")
    op.drop_table("send_budget")
    op.drop_index("ix_handled_update_touched_at", table_name="handled_update")
    op.drop_index("ix_handled_update_chat_id_update_id", table_name="handled_update")
    op.drop_table("handled_update")

"""telegram ids are bigint everywhere: invite, reflection and relay references to users

Revision ID: 0008
Revises: 0005
Create Date: 2026-12-01 10:00:00.000000

``user.id`` was BIGINT from the start, but five columns pointing at it were
created as INTEGER. SQLite stores any integer either way (there this only renames
the declared type, by copying the table); on PostgreSQL an INTEGER refuses the
Telegram ids above 2**31.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0008"
down_revision: str | None = "0005"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

COLUMNS = {
    "invite": (("inviter_id", False), ("used_by_id", True)),
    "reflection": (("user_id", False),),
    "relay": (("sender_id", False), ("recipient_id", False)),
}


def upgrade() -> None:
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column, nullable in columns:
                batch_op.alter_column(
                    column,
                    existing_type=sa.Integer(),
                    type_=sa.BigInteger(),
                    existing_nullable=nullable,
                )


def downgrade() -> None:
    # Ids above 2**31 cannot go back into INTEGER on PostgreSQL: the downgrade fails
    # there rather than cut them (SQLite keeps them whatever the declared type).
    for table, columns in COLUMNS.items():
        with op.batch_alter_table(table, schema=None) as batch_op:
            for column, nullable in columns:
                batch_op.alter_column(
                    column,
                    existing_type=sa.BigInteger(),
                    type_=sa.Integer(),
                    existing_nullable=nullable,
                )

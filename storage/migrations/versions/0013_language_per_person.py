"""language per person

Revision ID: 0013
Revises: 0015
Create Date: 2026-11-30 08:00:00.000000

The language each person reads the bot in ("en", "de", …). Empty for people who
came before: they read English until they choose (/language) or write again from
a Telegram set to a language we speak.
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0013"
down_revision: str | None = "0015"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


# Plain ALTER TABLE on both databases (SQLite adds and drops a column in place since
# 3.35): a batch copy of "user" would have to drop a table other tables point at.
def upgrade() -> None:
    op.add_column("user", sa.Column("language", sa.String(length=8), nullable=True))


def downgrade() -> None:
    op.drop_column("user", "language")

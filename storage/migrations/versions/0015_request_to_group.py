"""a request the sender chose to share with the couple's group once it is accepted

Revision ID: 0015
Revises: 0011
Create Date: 2026-11-30 08:45:00.000000

``to_group_when_accepted`` on a relay: the sender pressed "Send to our group" in the
request's preview; the request went privately, and is posted in the group only when
the partner answers "Got it, I will". Older relays were private (the default).
"""

from collections.abc import Sequence

import sqlalchemy as sa
from alembic import op

revision: str = "0015"
down_revision: str | None = "0011"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    with op.batch_alter_table("relay", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column(
                "to_group_when_accepted", sa.Boolean(), nullable=False, server_default=sa.false()
            )
        )


def downgrade() -> None:
    with op.batch_alter_table("relay", schema=None) as batch_op:
        batch_op.drop_column("to_group_when_accepted")

"""one set of send statuses: a daily prompt delivery waiting to go out is "pending", like the outbox

Revision ID: 0009
Revises: 0008
Create Date: 2026-11-30 07:00:00.000000

Outbox rows and prompt deliveries are sent by one sender with one rule book
(``storage.sending``); the deliveries called their waiting status "queued".
"""

from collections.abc import Sequence

from alembic import op

revision: str = "0009"
down_revision: str | None = "0008"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None


def upgrade() -> None:
    op.execute("UPDATE prompt_delivery SET status = 'pending' WHERE status = 'queued'")


def downgrade() -> None:
    op.execute("UPDATE prompt_delivery SET status = 'queued' WHERE status = 'pending'")

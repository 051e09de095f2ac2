"""privacy and retention: who a queued message is about, delivery on relays, purge indexes

Revision ID: 0004
Revises: 0003
Create Date: 2026-11-30 03:42:25.970517
"""

from collections.abc import Sequence

import sqlalchemy as sa
import sqlmodel
from alembic import op

revision: str = "0004"
down_revision: str | None = "0003"
branch_labels: str | Sequence[str] | None = None
depends_on: str | Sequence[str] | None = None

# Rows written before this revision: a relay and the outbox row that delivered it
# were written in one transaction, with the same kind, people and created_at.
LINK_OUTBOX_TO_RELAYS = """
UPDATE outbox SET relay_id = (
    SELECT relay.id FROM relay
    WHERE relay.kind = outbox.kind
      AND relay.recipient_id = outbox.chat_id
      AND relay.sender_id = outbox.sender_id
      AND relay.created_at = outbox.created_at
    ORDER BY relay.id LIMIT 1
)
WHERE relay_id IS NULL AND sender_id IS NOT NULL
"""
RELAYS_DELIVERED = """
UPDATE relay SET delivered_at = (
    SELECT outbox.sent_at FROM outbox
    WHERE outbox.relay_id = relay.id AND outbox.status = 'sent'
    ORDER BY outbox.id LIMIT 1
)
WHERE delivered_at IS NULL
"""
ANSWERS_DELIVERED = """
UPDATE relay SET answer_delivered_at = (
    SELECT outbox.sent_at FROM outbox
    WHERE outbox.kind = 'checkin_answer'
      AND outbox.chat_id = relay.sender_id
      AND outbox.created_at = relay.answered_at
      AND outbox.status = 'sent'
    ORDER BY outbox.id LIMIT 1
)
WHERE answered_at IS NOT NULL AND answer_delivered_at IS NULL
"""


def upgrade() -> None:
    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.create_index(
            batch_op.f("ix_conversation_updated_at"), ["updated_at"], unique=False
        )

    # A member who deleted their data is scrubbed from the couple row.
    with op.batch_alter_table("couple", schema=None) as batch_op:
        batch_op.alter_column("first_user_id", existing_type=sa.BIGINT(), nullable=True)
        batch_op.alter_column("second_user_id", existing_type=sa.BIGINT(), nullable=True)

    with op.batch_alter_table("invite", schema=None) as batch_op:
        batch_op.create_index(batch_op.f("ix_invite_expires_at"), ["expires_at"], unique=False)

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.add_column(sa.Column("subject_user_id", sa.BigInteger(), nullable=True))
        batch_op.add_column(sa.Column("relay_id", sa.Integer(), nullable=True))
        # (status, due_at) serves claiming and the purge; status alone is its prefix.
        batch_op.drop_index(batch_op.f("ix_outbox_status"))
        batch_op.create_index("ix_outbox_chat_id", ["chat_id"], unique=False)
        batch_op.create_index("ix_outbox_sender_id", ["sender_id"], unique=False)
        batch_op.create_index("ix_outbox_status_due_at", ["status", "due_at"], unique=False)
        batch_op.create_index("ix_outbox_subject_user_id", ["subject_user_id"], unique=False)

    with op.batch_alter_table("prompt_delivery", schema=None) as batch_op:
        batch_op.create_index("ix_prompt_delivery_scheduled_at", ["scheduled_at"], unique=False)

    with op.batch_alter_table("relay", schema=None) as batch_op:
        batch_op.add_column(
            sa.Column("delivered_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )
        batch_op.add_column(
            sa.Column("answer_delivered_at", sqlmodel.sql.sqltypes.UTCDateTime(), nullable=True)
        )

    op.execute(LINK_OUTBOX_TO_RELAYS)
    op.execute(RELAYS_DELIVERED)
    op.execute(ANSWERS_DELIVERED)


def downgrade() -> None:
    with op.batch_alter_table("relay", schema=None) as batch_op:
        batch_op.drop_column("answer_delivered_at")
        batch_op.drop_column("delivered_at")

    with op.batch_alter_table("prompt_delivery", schema=None) as batch_op:
        batch_op.drop_index("ix_prompt_delivery_scheduled_at")

    with op.batch_alter_table("outbox", schema=None) as batch_op:
        batch_op.drop_index("ix_outbox_subject_user_id")
        batch_op.drop_index("ix_outbox_status_due_at")
        batch_op.drop_index("ix_outbox_sender_id")
        batch_op.drop_index("ix_outbox_chat_id")
        batch_op.create_index(batch_op.f("ix_outbox_status"), ["status"], unique=False)
        batch_op.drop_column("relay_id")
        batch_op.drop_column("subject_user_id")

    with op.batch_alter_table("invite", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_invite_expires_at"))

    # Couples scrubbed by /deletedata cannot get their member back: drop them first.
    op.execute("DELETE FROM couple WHERE first_user_id IS NULL OR second_user_id IS NULL")
    with op.batch_alter_table("couple", schema=None) as batch_op:
        batch_op.alter_column("second_user_id", existing_type=sa.BIGINT(), nullable=False)
        batch_op.alter_column("first_user_id", existing_type=sa.BIGINT(), nullable=False)

    with op.batch_alter_table("conversation", schema=None) as batch_op:
        batch_op.drop_index(batch_op.f("ix_conversation_updated_at"))

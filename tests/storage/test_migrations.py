"""Migrations on a real database (a SQLite file, and PostgreSQL when a server is given):
up to head, down to base and up again, and in step with the models."""

from __future__ import annotations

from datetime import UTC, datetime
from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import BigInteger, Engine, inspect, text
from sqlmodel import SQLModel, select

import storage.models  # noqa: F401
from storage.db import create_db_engine, unit_of_work
from storage.migrate import downgrade, upgrade
from storage.models import Invite, Reflection, Relay, User

TABLES = {"user", "couple", "invite", "group_chat", "conversation", "outbox"}
# Columns that hold an id Telegram chose (besides references to user.id).
TELEGRAM_ID_NAMES = {
    "chat_id",
    "sender_id",
    "recipient_id",
    "subject_user_id",
    "first_user_id",
    "second_user_id",
    "message_id",
}
USER_ID = User.__table__.c.id  # type: ignore[attr-defined]
# Every table of the models, the daily and privacy ones included.
ALL_TABLES = {table.name for table in SQLModel.metadata.sorted_tables}


def _tables(engine: Engine) -> set[str]:
    return set(inspect(engine).get_table_names())


def test_upgrade_to_head_and_back_down(empty_database_url: str) -> None:
    url = empty_database_url
    upgrade(url)
    engine = create_db_engine(url)
    try:
        assert _tables(engine) >= TABLES | ALL_TABLES
        downgrade(url, "base")
        engine.dispose()
        assert _tables(engine) <= {"alembic_version"}
        upgrade(url)
        engine.dispose()
        assert _tables(engine) >= TABLES | ALL_TABLES
    finally:
        engine.dispose()


def test_models_match_the_migrations(empty_database_url: str) -> None:
    """A model change without a migration shows up here as a difference."""
    url = empty_database_url
    upgrade(url)
    engine = create_db_engine(url)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    engine.dispose()
    assert diff == []


def test_a_second_upgrade_finds_nothing_to_do(empty_database_url: str) -> None:
    """Each instance migrates at start: the ones after the first change nothing."""
    upgrade(empty_database_url)
    upgrade(empty_database_url)
    engine = create_db_engine(empty_database_url)
    with engine.connect() as connection:
        versions = connection.execute(text("SELECT version_num FROM alembic_version")).all()
    engine.dispose()
    assert len(versions) == 1


def test_every_column_holding_a_telegram_id_is_64_bit(database_url: str, engine: Engine) -> None:
    """User ids above 2**31 (Telegram has them) fit wherever a user is referred to, and
    so do chat and message ids."""
    telegram = []
    for table in SQLModel.metadata.sorted_tables:
        for column in table.columns:
            names_a_user = any(key.column.table.name == "user" for key in column.foreign_keys)
            if names_a_user or column.name in TELEGRAM_ID_NAMES or column is USER_ID:
                telegram.append(f"{table.name}.{column.name}")
                assert isinstance(column.type, BigInteger), f"{table.name}.{column.name}"
    # Every person reference the erasure knows about is among them.
    assert {"invite.inviter_id", "relay.recipient_id", "outbox.subject_user_id"} <= set(telegram)
    ana, ben = 2**40 + 7, 2**40 + 8
    now = datetime(2026, 11, 25, tzinfo=UTC)
    with unit_of_work(engine) as session:
        for user_id in (ana, ben):
            session.add(
                User(id=user_id, first_name="X", timezone="UTC", created_at=now, updated_at=now)
            )
        session.flush()
        session.add(
            Invite(code_hash="h", inviter_id=ana, used_by_id=ben, created_at=now, expires_at=now)
        )
        session.add(Reflection(user_id=ana, kind="k", summary="{}", created_at=now))
        session.add(Relay(kind="k", sender_id=ana, recipient_id=ben, text="t", created_at=now))
    with unit_of_work(engine) as session:
        invite = session.exec(select(Invite)).one()
        relay = session.exec(select(Relay)).one()
        reflection = session.exec(select(Reflection)).one()
    assert (invite.inviter_id, invite.used_by_id) == (ana, ben)
    assert (relay.sender_id, relay.recipient_id, reflection.user_id) == (ana, ben, ana)


def test_every_connection_gets_the_pragmas(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    engine.dispose()

"""Migrations on a real SQLite file: up to head, down to base, and in step with the models."""

from __future__ import annotations

from pathlib import Path

from alembic.autogenerate import compare_metadata
from alembic.migration import MigrationContext
from sqlalchemy import inspect
from sqlmodel import SQLModel

import storage.models  # noqa: F401
from storage.db import create_db_engine
from storage.migrate import downgrade, upgrade

TABLES = {"user", "couple", "invite", "group_chat", "conversation", "outbox"}


def test_upgrade_to_head_and_back_down(tmp_path: Path) -> None:
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    upgrade(url)
    engine = create_db_engine(url)
    assert set(inspect(engine).get_table_names()) >= TABLES
    downgrade(url, "base")
    assert set(inspect(engine).get_table_names()) <= {"alembic_version"}
    upgrade(url)
    assert set(inspect(engine).get_table_names()) >= TABLES
    engine.dispose()


def test_models_match_the_migrations(tmp_path: Path) -> None:
    """A model change without a migration shows up here as a difference."""
    url = f"sqlite:///{tmp_path / 'm.sqlite3'}"
    upgrade(url)
    engine = create_db_engine(url)
    with engine.connect() as connection:
        diff = compare_metadata(MigrationContext.configure(connection), SQLModel.metadata)
    engine.dispose()
    assert diff == []


def test_every_connection_gets_the_pragmas(tmp_path: Path) -> None:
    engine = create_db_engine(f"sqlite:///{tmp_path / 'p.sqlite3'}")
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA journal_mode").scalar() == "wal"
        assert connection.exec_driver_sql("PRAGMA foreign_keys").scalar() == 1
        assert connection.exec_driver_sql("PRAGMA busy_timeout").scalar() == 5000
    engine.dispose()

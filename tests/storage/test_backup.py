"""The SQLite online backup: taken from a live WAL database, restored with every row."""

from __future__ import annotations

import shutil
import sqlite3
from pathlib import Path

import pytest
from sqlalchemy import Engine, text

from bot.__main__ import main
from storage.backup import backup_sqlite, sqlite_path
from storage.db import create_db_engine, unit_of_work
from storage.users import upsert_user
from tests.conftest import FakeClock

pytestmark = pytest.mark.sqlite_only(
    "the online backup copies a SQLite file; PostgreSQL is backed up with pg_dump"
)


def _add_users(engine: Engine, clock: FakeClock, ids: range) -> None:
    with unit_of_work(engine) as session:
        for user_id in ids:
            upsert_user(
                session,
                user_id=user_id,
                first_name=f"U{user_id}",
                username=None,
                default_timezone="UTC",
                now=clock(),
            )


def _user_ids(url: str) -> list[int]:
    engine = create_db_engine(url)
    try:
        with engine.connect() as conn:
            return [row[0] for row in conn.execute(text("SELECT id FROM user ORDER BY id"))]
    finally:
        engine.dispose()


def test_backup_of_a_live_wal_database_restores_every_row(
    database_url: str, engine: Engine, clock: FakeClock, tmp_path: Path
) -> None:
    live = sqlite_path(database_url)
    _add_users(engine, clock, range(1, 201))
    # The bot is running: a connection stays open, and the newest rows sit in the WAL.
    held = sqlite3.connect(live)
    held.execute("SELECT count(*) FROM user").fetchone()
    _add_users(engine, clock, range(201, 251))
    assert Path(f"{live}-wal").stat().st_size > 0

    backup = tmp_path / "backups" / "couplebot.sqlite3"
    backup_sqlite(database_url, backup)
    # Written while the backup exists: must not be in it.
    _add_users(engine, clock, range(251, 261))
    held.close()

    # Restore, as docs/deploy.md says: bot stopped, file copied back, stale WAL removed.
    restored = tmp_path / "restored" / "couplebot.sqlite3"
    restored.parent.mkdir()
    shutil.copy2(backup, restored)
    assert not Path(f"{backup}-wal").exists()
    assert _user_ids(f"sqlite:///{restored}") == list(range(1, 251))
    with sqlite3.connect(restored) as check:
        assert check.execute("PRAGMA integrity_check").fetchone() == ("ok",)


def test_backup_refuses_a_missing_database_instead_of_creating_one(tmp_path: Path) -> None:
    missing = tmp_path / "nope.sqlite3"
    with pytest.raises(FileNotFoundError):
        backup_sqlite(f"sqlite:///{missing}", tmp_path / "b.sqlite3")
    assert not missing.exists()


def test_backup_is_for_sqlite_only(tmp_path: Path) -> None:
    with pytest.raises(ValueError, match="pg_dump"):
        backup_sqlite("postgresql+psycopg://localhost/test", tmp_path / "b.sqlite3")


def test_cli_backup_subcommand(
    database_url: str,
    engine: Engine,
    clock: FakeClock,
    tmp_path: Path,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    _add_users(engine, clock, range(1, 4))
    monkeypatch.chdir(tmp_path)
    monkeypatch.setenv("DATABASE_URL", database_url)
    target = tmp_path / "cli-backup.sqlite3"
    assert main(["backup", str(target)]) == 0
    assert "backed up" in capsys.readouterr().out
    assert _user_ids(f"sqlite:///{target}") == [1, 2, 3]
    monkeypatch.setenv("DATABASE_URL", f"sqlite:///{tmp_path / 'absent.sqlite3'}")
    assert main(["backup", str(target)]) == 1
    assert "backup failed" in capsys.readouterr().err

"""The database folder is 0700 and its files 0600, whatever the umask; deletes zero the bytes."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pytest
from sqlalchemy import event

from storage.db import create_db_engine, unit_of_work
from storage.migrate import upgrade
from storage.users import upsert_user


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


@pytest.fixture
def open_umask() -> Iterator[None]:
    """The common default (files 0644, folders 0755), as on the reported install."""
    previous = os.umask(0o022)
    try:
        yield
    finally:
        os.umask(previous)


def test_new_folder_and_every_sqlite_file_are_private(tmp_path: Path, open_umask: None) -> None:
    os.chmod(tmp_path, 0o755)
    database = tmp_path / "data" / "nested" / "couplebot.sqlite3"
    url = f"sqlite:///{database}"
    upgrade(url)
    engine = create_db_engine(url)
    try:
        with unit_of_work(engine) as session:
            upsert_user(
                session,
                user_id=1,
                first_name="Ana",
                username=None,
                default_timezone="UTC",
                now=datetime(2026, 11, 25, tzinfo=UTC),
            )
        # While a connection is open, SQLite keeps the -wal and -shm files.
        with engine.connect():
            files = [database.with_name(database.name + s) for s in ("", "-wal", "-shm")]
            assert all(f.exists() for f in files)
            assert {f.name: oct(_mode(f)) for f in files} == {f.name: "0o600" for f in files}
    finally:
        engine.dispose()
    assert oct(_mode(tmp_path / "data")) == "0o700"
    assert oct(_mode(database.parent)) == "0o700"
    # A folder that was already there (it may be shared, like /tmp) is left alone.
    assert oct(_mode(tmp_path)) == "0o755"


def test_files_of_an_older_install_are_tightened(tmp_path: Path, open_umask: None) -> None:
    database = tmp_path / "couplebot.sqlite3"
    url = f"sqlite:///{database}"
    upgrade(url)
    for suffix in ("", "-wal"):
        companion = database.with_name(database.name + suffix)
        companion.touch()
        os.chmod(companion, 0o644)
    create_db_engine(url).dispose()
    assert oct(_mode(database)) == "0o600"
    assert oct(_mode(database.with_name(database.name + "-wal"))) == "0o600"


def test_deleted_rows_are_overwritten_even_where_sqlite_keeps_them_by_default(
    tmp_path: Path,
) -> None:
    """Some SQLite builds leave deleted rows in free pages; every connection turns
    secure_delete on, whatever the build's default."""
    engine = create_db_engine(f"sqlite:///{tmp_path / 's.sqlite3'}")

    def build_without_secure_delete(dbapi_connection: Any, _record: Any) -> None:
        dbapi_connection.execute("PRAGMA secure_delete=OFF")

    # Runs before the engine's own set-up, like a build whose default is off.
    event.listen(engine, "connect", build_without_secure_delete, insert=True)
    with engine.connect() as connection:
        assert connection.exec_driver_sql("PRAGMA secure_delete").scalar() == 1
    engine.dispose()

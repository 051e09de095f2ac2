"""PostgreSQL backups: ``pg_dump`` of a live database, restored into an empty one, has
every row and is at the migrations' head (docs/deploy.md, part 4, "Backups")."""

from __future__ import annotations

import shutil
import subprocess
from pathlib import Path

import pytest
from sqlalchemy import text
from sqlalchemy.engine import make_url

from storage.db import create_db_engine
from storage.migrate import upgrade
from tests.conftest import PostgresDatabases
from tests.scale.cluster import seed_due_users

TABLES = ("user", "daily_schedule", "alembic_version")


def _libpq(url: str) -> str:
    """The URL as pg_dump and pg_restore take it (no SQLAlchemy driver name)."""
    return make_url(url).set(drivername="postgresql").render_as_string(hide_password=False)


def _counts(url: str) -> dict[str, object]:
    engine = create_db_engine(url)
    try:
        with engine.connect() as connection:
            counts: dict[str, object] = {
                t: connection.execute(text(f'SELECT count(*) FROM "{t}"')).scalar_one()
                for t in TABLES
            }
            counts["head"] = connection.execute(
                text("SELECT version_num FROM alembic_version")
            ).scalar_one()
            return counts
    finally:
        engine.dispose()


@pytest.mark.postgres_only("pg_dump is PostgreSQL's backup")
@pytest.mark.skipif(shutil.which("pg_dump") is None, reason="pg_dump is not installed")
def test_pg_dump_restored_into_an_empty_database_has_every_row(
    database_url: str, postgres: PostgresDatabases, tmp_path: Path
) -> None:
    seed_due_users(database_url, 25)
    dump = tmp_path / "couplebot.dump"
    subprocess.run(
        ["pg_dump", "--format=custom", "--no-owner", f"--file={dump}", _libpq(database_url)],
        check=True,
    )
    name = postgres.new_empty_database()
    try:
        restored = postgres.url_of(name)
        subprocess.run(
            ["pg_restore", "--no-owner", "--exit-on-error", f"--dbname={_libpq(restored)}", dump],
            check=True,
        )
        upgrade(restored)  # what `couplebot` does on start: nothing left to do
        assert _counts(restored) == _counts(database_url)
        assert _counts(restored)["user"] == 25
    finally:
        postgres.drop(name)

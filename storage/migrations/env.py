"""Alembic environment: the models' metadata; batch mode for SQLite only.

SQLite cannot alter most things in place, so there batch mode copies the table;
PostgreSQL alters in place (the migrations' ``batch_alter_table`` blocks run there
as plain ``ALTER TABLE`` statements).
"""

from __future__ import annotations

from alembic import context
from sqlalchemy import text
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers the tables on SQLModel.metadata)
from storage.db import create_db_engine, database_url_of

config = context.config
target_metadata = SQLModel.metadata

# Several instances may start at once against one PostgreSQL database: the first
# migrates while the others wait on this lock, then find nothing left to do.
# (SQLite: BEGIN IMMEDIATE already lets one migrator in at a time.)
MIGRATION_LOCK_KEY = 0x636F75706C65  # "couple"


def run_migrations_offline() -> None:
    url = config.get_main_option("sqlalchemy.url")
    assert url is not None
    context.configure(
        url=database_url_of(url),
        target_metadata=target_metadata,
        literal_binds=True,
        render_as_batch=database_url_of(url).get_backend_name() == "sqlite",
    )
    with context.begin_transaction():
        context.run_migrations()


def run_migrations_online() -> None:
    url = config.get_main_option("sqlalchemy.url")
    assert url is not None
    engine = create_db_engine(url)
    try:
        with engine.connect() as connection:
            context.configure(
                connection=connection,
                target_metadata=target_metadata,
                render_as_batch=connection.dialect.name == "sqlite",
            )
            with context.begin_transaction():
                if connection.dialect.name == "postgresql":
                    connection.execute(
                        text("SELECT pg_advisory_xact_lock(:key)"), {"key": MIGRATION_LOCK_KEY}
                    )
                context.run_migrations()
    finally:
        engine.dispose()


if context.is_offline_mode():
    run_migrations_offline()
else:
    run_migrations_online()

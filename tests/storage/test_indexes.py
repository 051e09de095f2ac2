"""Every column that points at another row leads an index.

Deleting a row (erasure, the retention purge, an ended couple) makes the database
look for the rows pointing at it, to cascade or to refuse; without an index on the
pointing column that is a read of the whole table per row deleted, which with a
million users is minutes per /deletedata. Checked on the models; the migrations are
held to the models by test_migrations.test_models_match_the_migrations.
"""

from __future__ import annotations

from sqlalchemy import PrimaryKeyConstraint, Table, UniqueConstraint
from sqlmodel import SQLModel

import storage.models  # noqa: F401  (registers every table on the metadata)


def leading_columns(table: Table) -> set[str]:
    """Columns an index (or a primary key or unique constraint) starts with."""
    leading = {next(iter(index.columns)).name for index in table.indexes}
    for constraint in table.constraints:
        if isinstance(constraint, PrimaryKeyConstraint | UniqueConstraint) and constraint.columns:
            leading.add(next(iter(constraint.columns)).name)
    return leading


def test_every_foreign_key_column_leads_an_index() -> None:
    unindexed = [
        f"{table.name}.{key.parent.name} -> {key.target_fullname}"
        for table in SQLModel.metadata.sorted_tables
        for key in table.foreign_keys
        if key.parent.name not in leading_columns(table)
    ]
    assert unindexed == []

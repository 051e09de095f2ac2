"""How the database would run a statement, the same question on SQLite and PostgreSQL.

SQLite: ``EXPLAIN QUERY PLAN`` says ``SCAN t`` (the whole table, or the whole of one
of its indexes) or ``SEARCH t USING INDEX i`` (a range of an index) for each table.
PostgreSQL: ``EXPLAIN (FORMAT JSON)`` with sequential scans priced out
(``enable_seqscan = off``), so a test table of a few rows is planned as a big one
would be; a ``Seq Scan`` still chosen then means no index can serve the query.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from sqlalchemy import Connection


@dataclass(frozen=True)
class Plan:
    # Tables read whole.
    full_scans: tuple[str, ...]
    # Indexes used.
    indexes: tuple[str, ...]
    # The database's own words, for the assertion message.
    text: str


def plan_of(connection: Connection, statement: str, params: Any) -> Plan:
    """The plan of a driver-level statement (as captured by ``before_cursor_execute``)."""
    if connection.dialect.name == "postgresql":
        return _postgres_plan(connection, statement, params)
    return _sqlite_plan(connection, statement, params)


def _sqlite_plan(connection: Connection, statement: str, params: Any) -> Plan:
    steps = [
        str(row[-1])
        for row in connection.exec_driver_sql("EXPLAIN QUERY PLAN " + statement, params)
    ]
    # "SCAN (subquery-1)" reads a subquery's own few rows, not a table.
    full = tuple(
        step.split()[1]
        for step in steps
        if step.startswith("SCAN ") and "CONSTANT ROW" not in step and "SCAN (" not in step
    )
    indexes = tuple(step.split(" INDEX ")[1].split()[0] for step in steps if " INDEX " in step)
    return Plan(full, indexes, " | ".join(steps))


def _postgres_plan(connection: Connection, statement: str, params: Any) -> Plan:
    with connection.begin():
        connection.exec_driver_sql("SET LOCAL enable_seqscan = off")
        (document,) = connection.exec_driver_sql("EXPLAIN (FORMAT JSON) " + statement, params).one()
    full: list[str] = []
    indexes: list[str] = []

    def walk(node: dict[str, Any]) -> None:
        if node["Node Type"] == "Seq Scan":
            full.append(node["Relation Name"])
        if "Index Name" in node:
            indexes.append(node["Index Name"])
        for child in node.get("Plans", ()):
            walk(child)

    walk(document[0]["Plan"])
    return Plan(tuple(full), tuple(indexes), str(document[0]["Plan"]))

"""The privacy migration on a database with history: what reached whom is recovered."""

from __future__ import annotations

from sqlalchemy import text

from storage.db import create_db_engine
from storage.migrate import downgrade, upgrade

BEFORE = "0003"  # the revision before the privacy migration
T0 = "2026-11-20 10:00:00.000000"
T1 = "2026-11-20 11:00:00.000000"
T2 = "2026-11-20 12:00:00.000000"


def test_existing_deliveries_are_linked_to_their_relays(empty_database_url: str) -> None:
    url = empty_database_url
    upgrade(url, BEFORE)
    engine = create_db_engine(url)
    with engine.begin() as connection:
        for user_id, name in ((1, "Ana"), (2, "Ben")):
            connection.execute(
                text(
                    'INSERT INTO "user" (id, first_name, timezone, onboarded, reachable,'
                    " created_at, updated_at) VALUES (:id, :name, 'UTC', TRUE, TRUE, :t, :t)"
                ),
                {"id": user_id, "name": name, "t": T0},
            )
        relays = [
            # (id, kind, sender, recipient, created, answered)
            (1, "checkin", 1, 2, T0, T1),  # delivered, answered, answer delivered
            (2, "reinforce", 1, 2, T1, None),  # "Send later", still queued
            (3, "reinforce", 2, 1, T2, None),  # withdrawn by /unpair
        ]
        for relay_id, kind, sender, recipient, created, answered in relays:
            connection.execute(
                text(
                    "INSERT INTO relay (id, kind, sender_id, recipient_id, text, created_at,"
                    " answered_at) VALUES (:id, :kind, :s, :r, 'words', :c, :a)"
                ),
                {
                    "id": relay_id,
                    "kind": kind,
                    "s": sender,
                    "r": recipient,
                    "c": created,
                    "a": answered,
                },
            )
        rows = [
            ("checkin", 2, 1, "sent", T0),
            ("checkin_answer", 1, None, "sent", T1),
            ("reinforce", 2, 1, "pending", T1),
            ("reinforce", 1, 2, "cancelled", T2),
        ]
        for kind, chat, sender, status, created in rows:
            connection.execute(
                text(
                    "INSERT INTO outbox (chat_id, kind, text, buttons, due_at, status, attempts,"
                    " sender_id, sent_at, created_at) VALUES (:chat, :kind, 'x', '[]', :c,"
                    " :status, 0, :sender, :sent, :c)"
                ),
                {
                    "chat": chat,
                    "kind": kind,
                    "c": created,
                    "status": status,
                    "sender": sender,
                    "sent": created if status == "sent" else None,
                },
            )
    engine.dispose()
    upgrade(url)
    engine = create_db_engine(url)
    with engine.connect() as connection:
        delivered = connection.execute(
            text("SELECT id, delivered_at IS NOT NULL, answer_delivered_at IS NOT NULL FROM relay")
        ).all()
        links = connection.execute(
            text("SELECT kind, status, relay_id FROM outbox ORDER BY id")
        ).all()
    engine.dispose()
    assert sorted(delivered) == [(1, 1, 1), (2, 0, 0), (3, 0, 0)]
    # The queued one is linked, so sending it later marks its relay delivered.
    assert links == [
        ("checkin", "sent", 1),
        ("checkin_answer", "sent", None),
        ("reinforce", "pending", 2),
        ("reinforce", "cancelled", 3),
    ]
    # And back down: a couple scrubbed by /deletedata cannot return to NOT NULL ids.
    engine = create_db_engine(url)
    with engine.begin() as connection:
        connection.execute(
            text(
                "INSERT INTO couple (first_user_id, second_user_id, created_at, ended_at)"
                " VALUES (NULL, 2, :t, :t)"
            ),
            {"t": T2},
        )
    engine.dispose()
    downgrade(url, BEFORE)
    engine = create_db_engine(url)
    with engine.connect() as connection:
        assert connection.execute(text("SELECT count(*) FROM couple")).scalar() == 0
    engine.dispose()

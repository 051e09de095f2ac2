"""What a person has kept: /history, /playbook, /export and /deletedata."""

from __future__ import annotations

import json
from datetime import datetime
from typing import Any

from bot.runtime import Runtime
from bot.services import crisis_guard
from bot.services.languages import speaking_to
from bot.services.onboarding import ensure_user
from bot.services.outcome import Outcome, Who
from bot.services.pairing import end_couple_and_tell
from flows import layout
from flows.callback_data import DeletePress, decode, encode
from flows.checkin import PlaybookEntry, render_playbook
from flows.content import onboarding as text
from flows.model import Button, Reply
from flows.reflections import render_history
from storage import daily as daily_store
from storage import relays
from storage.db import unit_of_work
from storage.erasure import erase_user
from storage.models import Relay
from storage.reflections import reflections_of
from storage.users import partner_of

HISTORY_LIMIT = 20


def history(rt: Runtime, who: Who) -> Outcome:
    with unit_of_work(rt.engine) as session:
        user = ensure_user(session, rt, who)
        items = reflections_of(session, user.id, limit=HISTORY_LIMIT)
    return Outcome([Reply(chunk) for chunk in render_history(items)])


def playbook(rt: Runtime, who: Who) -> Outcome:
    """What helps your partner (in their words: Check In answers, requests you said yes
    to), then what helps you."""
    with unit_of_work(rt.engine) as session:
        user = ensure_user(session, rt, who)
        partner = partner_of(session, user)
        replies = []
        if partner is not None:
            entries = _entries(relays.playbook_of(session, partner.id, asked_by=user.id))
            replies.append(Reply(render_playbook(partner.first_name, entries, False)))
        own = _entries(relays.playbook_of(session, user.id))
        replies.append(Reply(render_playbook(user.first_name, own, True)))
    return Outcome(replies)


def _entries(rows: list[tuple[str, str, str, datetime]]) -> list[PlaybookEntry]:
    return [
        PlaybookEntry(kind, verdict, words, when.strftime("%d %b"))
        for kind, verdict, words, when in rows
    ]


def export(rt: Runtime, who: Who) -> tuple[str, bytes]:
    """Everything stored about the person, as a JSON file (name, content)."""
    with unit_of_work(rt.engine) as session:
        user = ensure_user(session, rt, who)
        partner = partner_of(session, user)
        data: dict[str, Any] = {
            "user": {
                "id": user.id,
                "first_name": user.first_name,
                "username": user.username,
                "timezone": user.timezone,
                "daily_time": user.prompt_time,
                "joined": user.created_at.isoformat(),
            },
            "partner": {"first_name": partner.first_name} if partner is not None else None,
            "reflections": [
                {"when": when.isoformat(), "kind": kind, "answers": summary}
                for when, kind, summary in reflections_of(session, user.id)
            ],
            "messages_between_you": [
                _relay_entry(r, user.id) for r in relays.relays_seen_by(session, user.id)
            ],
            "daily": daily_store.export_of(session, user.id),
        }
    content = json.dumps(data, ensure_ascii=False, indent=2).encode()
    return f"couplebot-{who.user_id}.json", content


def _relay_entry(relay: Relay, user_id: int) -> dict[str, Any]:
    """A message between the partners, as the person saw it.

    What they wrote is theirs, delivered or not (``delivered`` says which). What
    they received appears only once it reached them; the answer to a check-in
    they sent, likewise, only once that answer reached them.
    """
    sent = relay.sender_id == user_id
    answer_seen = relay.answered_at is not None and (
        not sent or relay.answer_delivered_at is not None
    )
    entry: dict[str, Any] = {
        "when": relay.created_at.isoformat(),
        "kind": relay.kind,
        "direction": "sent" if sent else "received",
        "text": relay.text,
        "answer": relay.verdict if answer_seen else None,
        "answer_note": relay.note if answer_seen else None,
    }
    if sent:
        entry["delivered"] = relay.delivered_at is not None
    return entry


def ask_delete(rt: Runtime, who: Who) -> Outcome:
    return Outcome(
        [
            Reply(
                text.DELETE_CONFIRM,
                buttons=layout.rows(
                    (
                        Button(text.DELETE_YES, encode(DeletePress(who.user_id))),
                        Button(text.DELETE_NO, encode(DeletePress(None))),
                    ),
                    2,
                ),
            )
        ]
    )


def confirm_delete(rt: Runtime, who: Who, data: str) -> Outcome:
    """``dd:yes:<user id>`` deletes everything about the presser; the partner hears only
    that the link ended."""
    if decode(data) != DeletePress(who.user_id):
        return Outcome([Reply(text.DELETE_KEPT, edit=True)])
    with unit_of_work(rt.engine) as session:
        user = ensure_user(session, rt, who)
        partner = partner_of(session, user)
        if partner is not None and user.couple_id is not None:
            end_couple_and_tell(session, rt, user, partner, user.couple_id, names_them=False)
        erased = erase_user(session, user.id)
        now = rt.clock()
        for chat_id in erased.untold:
            # Their queued "<name> ended your connection" named the person: say it without.
            with speaking_to(session, chat_id):
                told = str(text.DELETE_TOLD_PARTNER)
            crisis_guard.queue(
                session,
                chat_id=chat_id,
                kind="unpaired",
                text=told,
                due_at=now,
                now=now,
            )
    return Outcome([Reply(text.DELETE_DONE, edit=True)], queued=True)

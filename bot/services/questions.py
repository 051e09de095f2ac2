"""Which message holds the open conversation's question (flows.engine.ASKED).

Recorded after the question was sent, so a typed answer, a new question or the
end of the flow can take its keyboard away (the engine emits the closing).

The step hands back its conversation as it saved it; the message id is written
over that version, without reading the row again (one statement per update, not a
read and a write: docs/benchmarks.md). If the conversation changed since, the
person moved on and their next step records its own question.
"""

from __future__ import annotations

import logging

from bot.runtime import Runtime
from flows.live_question import ASKED
from storage.conversations import ConcurrentUpdateError, SavedConversation, save_conversation
from storage.db import unit_of_work

log = logging.getLogger(__name__)


def needs_remembering(asked_in: SavedConversation, message_id: int) -> bool:
    """False when the conversation already holds this message (a question edited in place)."""
    context = asked_in.state.get("context") or {}
    return bool(context.get(ASKED) != message_id)


def remember(rt: Runtime, user_id: int, asked_in: SavedConversation, message_id: int) -> None:
    """Keep ``message_id`` as the question on screen of ``user_id``'s conversation,
    saved by the step as ``asked_in``."""
    if not needs_remembering(asked_in, message_id):
        return
    state = dict(asked_in.state)
    state["context"] = {**dict(state.get("context") or {}), ASKED: message_id}
    try:
        with unit_of_work(rt.engine) as session:
            # The time of the last step stays: remembering a message is not activity.
            save_conversation(
                session,
                user_id,
                state,
                expected_version=asked_in.version,
                now=asked_in.updated_at,
            )
    except ConcurrentUpdateError:
        log.info("question id not recorded: the conversation changed meanwhile")

"""Which message holds the open conversation's question (flows.engine.ASKED).

Recorded after the question was sent, so a typed answer, a new question or the
end of the flow can take its keyboard away (the engine emits the closing).
"""

from __future__ import annotations

import logging

from bot.runtime import Runtime
from flows.live_question import ASKED
from storage.conversations import ConcurrentUpdateError, load_conversation, save_conversation
from storage.db import unit_of_work

log = logging.getLogger(__name__)


def remember(rt: Runtime, user_id: int, message_id: int) -> None:
    """Keep ``message_id`` as the question on screen of ``user_id``'s open conversation."""
    try:
        with unit_of_work(rt.engine) as session:
            saved = load_conversation(session, user_id)
            if saved is None or saved.state.get("context", {}).get(ASKED) == message_id:
                return
            state = dict(saved.state)
            state["context"] = {**dict(state.get("context") or {}), ASKED: message_id}
            # The time of the last step stays: remembering a message is not activity.
            save_conversation(
                session,
                user_id,
                state,
                expected_version=saved.version,
                now=saved.updated_at,
            )
    except ConcurrentUpdateError:
        # The person already moved on; their next step records its own question.
        log.info("question id not recorded: the conversation changed meanwhile")

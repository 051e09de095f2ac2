"""Every button press, routed by the prefix of its callback data.

Callback data comes back from the client unchecked, so each use case re-checks
the presser against what is stored; unknown or old data gets a short notice.
"""

from __future__ import annotations

from telegram import Update

from bot.handlers.common import Context, answer, run_blocking, runtime, who
from bot.services import (
    conversation,
    daily_answers,
    daily_reactions,
    groups,
    onboarding,
    pairing,
    plans,
    quiz,
    records,
)
from bot.services.outcome import Outcome
from flows.content import onboarding as text
from flows.model import Reply, UserInput


async def pressed(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    data = query.data or ""
    rt = runtime(context)
    person = who(update)
    chat = update.effective_chat
    in_private = chat is not None and chat.type == chat.PRIVATE
    if not in_private and not data.startswith("dp:"):
        # Only daily questions have buttons in groups; anything else there is forged
        # or stale, and must not post someone's private flow into the group. Someone
        # outside the couple hears that the buttons are the couple's.
        group_id = chat.id if chat is not None else person.user_id
        outcome = await run_blocking(context, groups.refuse_press, rt, person, group_id)
    elif data.startswith("ob:"):
        outcome = await run_blocking(context, onboarding.press_settings_button, rt, person, data)
    elif data.startswith("up:"):
        outcome = await run_blocking(context, pairing.confirm_unpair, rt, person, data)
    elif data.startswith(("f:", "fu:")):
        outcome = await run_blocking(
            context, conversation.handle_input, rt, person, UserInput.pressed(data)
        )
    elif data.startswith(("ci:", "rq:")):
        relay = await run_blocking(context, conversation.answer_relay, rt, person, data)
        outcome = _closed(relay, data)
    elif data == quiz.START_DATA:
        started = await run_blocking(context, conversation.start_flow, rt, person, "quiz")
        started.replies = [Reply.closing(show_pressed=True), *started.replies]
        outcome = started
    elif data.startswith("pp:"):
        outcome = await run_blocking(context, plans.answer, rt, person, data)
    elif data.startswith("dp:"):
        chat_id = chat.id if chat else person.user_id
        outcome = await run_blocking(
            context, daily_answers.press, rt, person, data, chat_id=chat_id
        )
    elif data.startswith("dr:"):
        chat_id = chat.id if chat else person.user_id
        outcome = await run_blocking(
            context, daily_reactions.react, rt, person, data, chat_id=chat_id
        )
    elif data.startswith("dd:"):
        outcome = await run_blocking(context, records.confirm_delete, rt, person, data)
    else:
        outcome = Outcome(notice=text.STALE_BUTTON)
    await answer(update, context, outcome)


def _closed(outcome: Outcome, data: str) -> Outcome:
    """A partner's message answered with a tap shows the answer, and its buttons go.

    "Not now" leaves them (answer when ready); a press that no longer counts (answered
    already, the couple changed) just takes them away.
    """
    if data.endswith(":no") and outcome.notice is None:
        return outcome
    closing = Reply.closing(show_pressed=outcome.notice is None)
    outcome.replies = [closing, *outcome.replies]
    return outcome

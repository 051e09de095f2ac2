"""Typed text, wherever it arrives: what is pending is read, :func:`flows.text_router.route`
decides once, and the use case for that destination takes the text.

Crisis text goes nowhere but to the private safety reply: nothing of it is
stored, relayed or logged, whatever was pending.
"""

from __future__ import annotations

from dataclasses import dataclass

from bot.runtime import Runtime
from bot.services import conversation, crisis_guard, daily_answers, onboarding
from bot.services.outcome import Outcome, Who
from flows.callback_data import WhichOnePress, decode, encode
from flows.content import text_router as texts
from flows.model import Button, Reply, UserInput
from flows.text_router import MAX_TEXT, Destination, Pending, route
from storage.conversations import load_conversation
from storage.db import unit_of_work
from storage.users import user_brief

# Buttons of the "which one is it for?" question.
FOR_DAILY = encode(WhichOnePress("daily"))
FOR_CONVERSATION = encode(WhichOnePress("flow"))


@dataclass(frozen=True)
class _Facts:
    pending: Pending
    flow: str | None


def take_private(
    rt: Runtime, who: Who, inp: UserInput, *, replied_to_bot: int | None = None
) -> Outcome:
    """Text or media in the private chat; ``replied_to_bot`` is the id of the bot's
    message it replies to, if it does."""
    text = inp.text if inp.kind == "text" else None
    facts = _private_facts(rt, who, replied_to_bot)
    where = route(text, facts.pending)
    if where is Destination.SAFETY:
        if facts.pending.conversation_open:
            # The engine gives the in-flow safety reply (go on or stop) and keeps nothing.
            return conversation.handle_input(rt, who, inp)
        return crisis_guard.private_help(rt, who.user_id)
    if where is Destination.TOO_LONG:
        return Outcome([Reply(texts.TOO_LONG.format(limit=MAX_TEXT))])
    if where is Destination.SETTING:
        taken = onboarding.answer_pending_setting(rt, who, inp)
        if taken is not None:
            return taken
    if where is Destination.DAILY and text is not None:
        # A Telegram reply to the question is meant for it whatever else is open.
        take = (
            daily_answers.take_answer_anyway
            if facts.pending.replies_to_daily
            else daily_answers.take_answer
        )
        answered = take(rt, who, text)
        if answered is not None:
            return answered
    held = where is Destination.ASK_WHICH and text is not None
    if held and conversation.hold_text(rt, who, text or ""):
        return Outcome([_which_one(facts.flow)])
    return conversation.handle_input(rt, who, inp)


def press_which_one(rt: Runtime, who: Who, data: str) -> Outcome:
    """The answer to "which one is it for?": the held text goes there, once."""
    held = conversation.release_held_text(rt, who)
    if held is None:
        return Outcome([Reply.closing()], notice=texts.NOTHING_HELD)
    if decode(data) == WhichOnePress("daily"):
        answered = daily_answers.take_answer_anyway(rt, who, held)
        if answered is not None:
            return _after_press(answered)
    return _after_press(conversation.handle_input(rt, who, UserInput.typed(held)))


def take_group_reply(
    rt: Runtime, who: Who, *, chat_id: int, reply_to_message_id: int, text: str
) -> Outcome | None:
    """A reply to one of the bot's messages in a group; None when it is not for the bot."""
    where = route(text, Pending(in_group=True, replies_to_bot=True))
    if where is Destination.SAFETY:
        return crisis_guard.private_help(rt, who.user_id, in_group=True)
    if where is not Destination.GROUP_DAILY:
        return None
    return daily_answers.take_group_answer(
        rt, who, chat_id=chat_id, reply_to_message_id=reply_to_message_id, text=text
    )


def _private_facts(rt: Runtime, who: Who, replied_to_bot: int | None) -> _Facts:
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        user = user_brief(session, who.user_id)
        if user is None:
            return _Facts(Pending(replies_to_bot=replied_to_bot is not None), None)
        delivery = daily_answers.waiting_for_typed_answer(session, user.id, now)
        saved = load_conversation(session, user.id)
        flow = saved.state.get("flow") if saved is not None else None
        return _Facts(
            Pending(
                replies_to_bot=replied_to_bot is not None,
                replies_to_daily=(
                    delivery is not None
                    and replied_to_bot is not None
                    and delivery.message_id == replied_to_bot
                ),
                setting_question=user.pending_setting is not None,
                daily_waiting=delivery is not None,
                conversation_open=saved is not None,
            ),
            flow if isinstance(flow, str) else None,
        )


def _which_one(flow: str | None) -> Reply:
    return Reply(
        texts.WHICH_ONE.format(flow=texts.flow_title(flow)),
        (
            (Button(texts.FOR_DAILY, FOR_DAILY),),
            (Button(texts.FOR_CONVERSATION, FOR_CONVERSATION),),
        ),
    )


def _after_press(outcome: Outcome) -> Outcome:
    """The question's buttons go, showing the choice; then whatever the text led to."""
    outcome.replies = [Reply.closing(show_pressed=True), *outcome.replies]
    return outcome

"""Every button press: its data decoded once (flows.callback_data), then routed by kind.

Callback data comes back from the client unchecked, so each use case re-checks
the presser against what is stored; forged, unknown or old data gets a short notice.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import Final

from telegram import Update

from bot.handlers.common import Context, answer, run_blocking, run_in_thread, runtime, who
from bot.runtime import Runtime
from bot.services import (
    conversation,
    daily_answers,
    daily_reactions,
    groups,
    languages,
    onboarding,
    pairing,
    plans,
    records,
    typed_text,
)
from bot.services.outcome import Outcome, Who
from flows import callback_data as kinds
from flows import i18n
from flows.content import onboarding as text
from flows.model import Reply, UserInput

# A use case for a press: (runtime, presser, the data as pressed, the chat it was in).
Route = Callable[[Runtime, Who, str, int], Outcome]


def _flow(rt: Runtime, person: Who, data: str, _chat_id: int) -> Outcome:
    # Follow-up presses (fu:) too: the engine answers them and closes the message pressed.
    return conversation.handle_input(rt, person, UserInput.pressed(data))


def _relay(rt: Runtime, person: Who, data: str, _chat_id: int) -> Outcome:
    return _closed(conversation.answer_relay(rt, person, data), data)


def _quiz(rt: Runtime, person: Who, _data: str, _chat_id: int) -> Outcome:
    started = conversation.start_flow(rt, person, "quiz")
    started.replies = [Reply.closing(show_pressed=True), *started.replies]
    return started


def _daily(rt: Runtime, person: Who, data: str, chat_id: int) -> Outcome:
    return daily_answers.press(rt, person, data, chat_id=chat_id)


def _settings(rt: Runtime, person: Who, data: str, _chat_id: int) -> Outcome:
    return onboarding.press_settings_button(rt, person, data)


def _unpair(rt: Runtime, person: Who, data: str, _chat_id: int) -> Outcome:
    return pairing.confirm_unpair(rt, person, data)


def _plan(rt: Runtime, person: Who, data: str, _chat_id: int) -> Outcome:
    return plans.answer(rt, person, data)


def _reaction(rt: Runtime, person: Who, data: str, chat_id: int) -> Outcome:
    return daily_reactions.react(rt, person, data, chat_id=chat_id)


def _delete(rt: Runtime, person: Who, data: str, _chat_id: int) -> Outcome:
    return records.confirm_delete(rt, person, data)


def _which_one(rt: Runtime, person: Who, data: str, _chat_id: int) -> Outcome:
    return typed_text.press_which_one(rt, person, data)


def _language(rt: Runtime, person: Who, data: str, _chat_id: int) -> Outcome:
    return languages.choose(rt, person, data)


# One route per kind of press.
ROUTES: Final[dict[type, Route]] = {
    kinds.FlowPress: _flow,
    kinds.FollowUpPress: _flow,
    kinds.SettingsPress: _settings,
    kinds.UnpairPress: _unpair,
    kinds.RelayPress: _relay,
    kinds.PlanPress: _plan,
    kinds.DailyPress: _daily,
    kinds.ReactionPress: _reaction,
    kinds.DeletePress: _delete,
    kinds.QuizStart: _quiz,
    kinds.WhichOnePress: _which_one,
    kinds.LanguagePress: _language,
}
# Only daily questions and their reveal's reactions have buttons in groups; anything
# else there is forged or stale, and must not post someone's private flow into the group.
IN_GROUPS: Final = (kinds.DailyPress, kinds.ReactionPress)


async def pressed(update: Update, context: Context) -> None:
    query = update.callback_query
    assert query is not None
    data = query.data or ""
    person = who(update)
    chat = update.effective_chat
    in_private = chat is not None and chat.type == chat.PRIVATE
    press = kinds.decode(data)
    route = ROUTES.get(type(press))
    if not in_private and not isinstance(press, IN_GROUPS):
        # Someone outside the couple hears that the buttons are the couple's.
        group_id = chat.id if chat is not None else person.user_id
        outcome = await run_blocking(
            context, groups.refuse_press, runtime(context), person, group_id
        )
    elif route is None:
        outcome = Outcome(notice=text.STALE_BUTTON)
    else:
        chat_id = chat.id if chat is not None else person.user_id
        # Erasing all of a person's records is long: a thread, never the loop.
        run = run_in_thread if isinstance(press, kinds.DeletePress) else run_blocking
        outcome = await run(context, route, runtime(context), person, data, chat_id)
        if isinstance(press, kinds.LanguagePress) and outcome.replies:
            # The rest of this update (the message edited) speaks the new language.
            i18n.set_language(press.language)
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

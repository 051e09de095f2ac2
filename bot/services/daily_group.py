"""The couple's group question, for each partner on their own: "Answer privately"
(a deep link that opens the private chat at this question), Snooze and Skip today
pressed on the group's post. Each works through the partner's own copy of the
question (:func:`bot.services.daily_open.private_copy`); the group sees nothing.
"""

from __future__ import annotations

from datetime import datetime
from typing import Final, Literal

from sqlmodel import Session

from bot.runtime import Runtime
from bot.services.daily_open import is_open, private_copy
from bot.services.outcome import Outcome, Who
from flows import daily as flow
from flows import daily_buttons, daily_timing
from flows.content import common
from flows.content import daily as texts
from flows.content import onboarding as common_texts
from flows.content.prompts import PROMPTS_BY_KEY, Prompt
from flows.model import Button, Keyboard, Reply
from flows.text import bold, esc
from storage import daily as store
from storage.db import unit_of_work
from storage.models import PromptDelivery, User
from storage.users import get_user, partner_of

# /start payload of "Answer privately": dq_<delivery token> (at most 3 + 40 characters,
# all of A-Z a-z 0-9 _ - as a deep link allows).
ANSWER_PRIVATELY_PREFIX: Final = "dq_"


def answer_privately_link(bot_username: str, token: str) -> str:
    """The URL button's data: t.me/<bot>?start=dq_<token>."""
    return f"url:https://t.me/{bot_username}?start={ANSWER_PRIVATELY_PREFIX}{token}"


def group_prompt_message(prompt: Prompt, token: str, bot_username: str) -> Reply:
    """The prompt as posted in the couple's group: once, for both of them.

    Answered with the choice buttons or by replying (privacy mode shows the bot
    replies to its own messages), or privately through the "Answer privately" deep
    link; Snooze and Skip today act for the presser alone. Inline buttons rule out
    a ForceReply on the same message, so the hint says to reply.
    """
    header = bold(texts.PROMPT_HEADER.format(step=texts.STEP_NAMES[prompt.category]))
    body = flow.render_prompt_text(prompt, None)
    keyboard = daily_buttons.prompt_keyboard(prompt, token)
    rows: Keyboard = keyboard
    if bot_username:
        private = Button(texts.ANSWER_PRIVATELY_LABEL, answer_privately_link(bot_username, token))
        rows = (*keyboard[: len(prompt.choices)], (private,), *keyboard[len(prompt.choices) :])
    hint = texts.GROUP_CHOICE_HINT if prompt.by_buttons else texts.GROUP_PROMPT_HINT
    return Reply(text=f"{header}\n\n{body}\n\n{hint}", buttons=rows)


def open_privately(rt: Runtime, who: Who, payload: str) -> Outcome | None:
    """/start dq_<token> from the group's post: this question, in the private chat.

    None if the payload names no group question (it may be an invite code)."""
    token = payload.removeprefix(ANSWER_PRIVATELY_PREFIX)
    if not payload.startswith(ANSWER_PRIVATELY_PREFIX) or not token:
        return None
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        posted = store.delivery_by_token(session, token)
        if posted is None or posted.group_id is None:
            return None
        user = get_user(session, who.user_id)
        if user is None or user.couple_id is None or user.couple_id != posted.couple_id:
            return Outcome([Reply(common_texts.GROUP_NOT_A_PARTNER)])
        if store.answer_of(session, day_id=posted.day_id, user_id=user.id) is not None:
            return Outcome([Reply(texts.ALREADY_ANSWERED)])
        prompt = PROMPTS_BY_KEY.get(posted.prompt_key)
        if prompt is None or not is_open(session, posted, now):
            return Outcome([Reply(texts.QUESTION_CLOSED)])
        mine = private_copy(session, posted, user, now)
        # Locked and read afresh: the sender may be claiming a snoozed copy right now.
        session.refresh(mine, with_for_update=True)
        if mine.status == store.SENDING:
            # On its way to the private chat at this moment: not shown twice.
            return Outcome([Reply(texts.GROUP_OPENED_PRIVATELY)])
        mine.status = store.SENT
        mine.claimed_at = mine.claimed_at or now
        mine.sent_at = now
        mine.due_at = now
        mine.skipped_at = None
        session.add(mine)
        partner = partner_of(session, user)
        reply = flow.prompt_message(
            prompt,
            partner.first_name if partner else None,
            mine.token,
            paired=partner is not None,
            just_for_me=mine.just_for_me,
        )
        intro = texts.ANSWER_PRIVATELY_INTRO.format(
            partner=esc(partner.first_name) if partner else common.YOUR_PARTNER
        )
        return Outcome([Reply(intro), reply])


def for_me_only(
    session: Session,
    now: datetime,
    user: User,
    posted: PromptDelivery,
    kind: Literal["snooze_hour", "snooze_evening", "skip", "answer", "just_for_me"],
) -> Outcome:
    """Snooze or Skip today pressed on the group's post: for the presser alone, told only to
    them (the button's notice); the post stays as it is for the other partner."""
    if kind not in ("snooze_hour", "snooze_evening", "skip"):
        return Outcome(notice=common_texts.STALE_BUTTON)
    mine = private_copy(session, posted, user, now)
    if mine.status in store.ANSWERABLE:
        return Outcome(notice=texts.GROUP_OPENED_PRIVATELY)
    mine.nudge_due_at = None
    if kind == "skip":
        mine.status = store.SKIPPED
        mine.skipped_at = now
        session.add(mine)
        return Outcome(notice=texts.GROUP_SKIPPED_FOR_YOU)
    choice: Literal["hour", "evening"] = "hour" if kind == "snooze_hour" else "evening"
    until = daily_timing.snooze_until(choice, now, user.timezone)
    # The copy comes to the private chat at that time (the usual sender takes it).
    mine.status = store.PENDING
    mine.skipped_at = None
    store.requeue(session, mine, due_at=until)
    when = daily_timing.local_clock(until, user.timezone)
    return Outcome(notice=texts.GROUP_SNOOZED_FOR_YOU.format(when=when))


def drop_snoozed_copy(session: Session, user: User, posted: PromptDelivery) -> None:
    """Answered on the group's post after snoozing it: the private copy is not sent."""
    mine = store.private_delivery_for_day(session, user_id=user.id, day_id=posted.day_id)
    if mine is not None and mine.status == store.PENDING:
        store.set_status(session, mine, store.CANCELLED)

"""Daily prompts, last stage: answers, the prompt's buttons, and the reveal.

An answer is typed in the private chat (:func:`take_answer`), replied to the
group's post (:func:`take_group_answer`) or pressed (:func:`press`). It stays
private until the partner answered too; then each sees both.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import datetime
from typing import Literal

from sqlmodel import Session

from bot.runtime import Runtime
from bot.services import crisis_guard, daily_group, daily_settings
from bot.services.daily_open import is_open, sent_time
from bot.services.daily_safety import crisis_help
from bot.services.daily_schedule import NUDGE_DELAY
from bot.services.languages import speaking_to
from bot.services.outcome import Outcome, Who
from flows import daily as flow
from flows import daily_buttons, daily_timing
from flows.content import daily as texts
from flows.content import onboarding as common_texts
from flows.content.prompts import PROMPTS_BY_KEY
from flows.daily_reactions import group_reaction_keyboard, reaction_keyboard
from flows.daily_settings import DAYS_CALLBACK_PREFIX
from flows.model import Reply
from flows.safety import detect_crisis
from flows.text import esc
from storage import couples
from storage import daily as store
from storage import groups as group_store
from storage.conversations import load_conversation
from storage.db import unit_of_work
from storage.models import GroupChat, PromptDay, PromptDelivery, User
from storage.users import get_user, partner_of


def _schedule_nudge(session: Session, partner: User, day: PromptDay, now: datetime) -> None:
    theirs = store.private_delivery_for_day(session, user_id=partner.id, day_id=day.id or 0)
    if theirs is None:
        # Group mode: the nudge waits on the group's post (for whoever has not answered).
        theirs = store.group_delivery_for_day(session, day.id or 0)
    if theirs is None or theirs.nudged_at is not None or theirs.status not in store.ANSWERABLE:
        return  # not sent yet: mark_sent schedules the nudge when it is
    when = sent_time(theirs)
    if when is not None:
        theirs.nudge_due_at = max(now, when + NUDGE_DELAY)
        session.add(theirs)


def _record_answer(
    session: Session,
    now: datetime,
    user: User,
    delivery: PromptDelivery,
    answer: str,
    *,
    tapped: bool = False,
    bot_username: str = "",
) -> Outcome:
    """Save the answer; reveal both if the partner already answered, else wait (and nudge).

    The gate every answer passes, whichever way it came: crisis text is never
    stored or revealed. ``delivery`` is the prompt answered: a group delivery
    means the answer was given in that group (callers check the chat). A private
    prompt loses its buttons once answered: a tap (``tapped``) shows the choice
    there, with the "saved" line in place of a separate message.
    """
    in_group = delivery.group_id is not None
    if detect_crisis(answer):
        return crisis_help(session, user.id, now, in_group=in_group)
    day = store.day_by_id(session, delivery.day_id)
    assert day is not None and day.id is not None
    if day.couple_id is not None:
        # The partner may be answering in their own chat at this moment: whoever takes the
        # couple's lock second sees the first one's answer (committed), so the two are
        # revealed exactly once. (Deciding on reads without it, both once found no answer
        # of the other's and neither ever saw the reveal.) It also waits for an unpairing.
        couples.lock_couple(session, day.couple_id)
    just_for_me = delivery.just_for_me and not in_group
    saved = store.add_answer(
        session,
        day_id=day.id,
        user_id=user.id,
        text=answer,
        now=now,
        group_id=delivery.group_id,
        just_for_me=just_for_me,
    )
    if saved is None:
        return Outcome([Reply(texts.ALREADY_ANSWERED)])
    if in_group:
        daily_group.drop_snoozed_copy(session, user, delivery)
    partner = None
    if day.couple_id is not None and user.couple_id == day.couple_id:
        partner = partner_of(session, user)
    if partner is None:
        return _answered(delivery, answer, [], flow.answer_saved(None, has_partner=False), tapped)
    if just_for_me:
        # Kept in the journal: no reveal, and no nudge for the partner either.
        return _answered(delivery, answer, [], flow.kept_for_me(), tapped)
    theirs = store.answer_of(session, day_id=day.id, user_id=partner.id)
    if theirs is not None and theirs.just_for_me:
        if in_group:
            told = texts.GROUP_PARTNER_KEPT_THEIRS.format(
                name=esc(user.first_name), partner=esc(partner.first_name)
            )
            return Outcome([Reply(told)])
        kept = flow.partner_kept_theirs(partner.first_name)
        return _answered(delivery, answer, [], kept, tapped)
    if theirs is None:
        _schedule_nudge(session, partner, day, now)
        if in_group:
            waiting = texts.GROUP_ANSWERED.format(
                name=esc(user.first_name), partner=esc(partner.first_name)
            )
            return Outcome([Reply(waiting)])
        waiting_reply = flow.answer_saved(partner.first_name, has_partner=True)
        return _answered(delivery, answer, [], waiting_reply, tapped)
    if in_group and theirs.group_id == delivery.group_id:
        # Both answered on this group's post: the reveal goes there, with the question and
        # the reactions, through the outbox (it keeps to the group's send limit).
        return _reveal_in_group(
            session, now, day, delivery, (partner, theirs.text), (user, answer), bot_username
        )
    # Otherwise each of them sees both answers privately; a private answer never
    # reaches the group. Each queued row names the person it quotes (sender_id).
    prompt = PROMPTS_BY_KEY.get(day.prompt_key)
    mine = flow.reveal_message(
        answer,
        theirs.text,
        partner.first_name,
        question=flow.render_prompt_text(prompt, partner.first_name) if prompt else None,
        reactions=reaction_keyboard(day.id),
    )
    with speaking_to(session, partner.id):
        for_partner = flow.reveal_message(
            theirs.text,
            answer,
            user.first_name,
            question=flow.render_prompt_text(prompt, user.first_name) if prompt else None,
            reactions=reaction_keyboard(day.id),
        )
    crisis_guard.queue(
        session,
        chat_id=partner.id,
        kind="daily_reveal",
        text=for_partner.text,
        buttons=for_partner.buttons,
        due_at=now,
        now=now,
        sender_id=user.id,
    )
    if not in_group:
        return _answered(delivery, answer, [mine], None, tapped, queued=True)
    crisis_guard.queue(
        session,
        chat_id=user.id,
        kind="daily_reveal",
        text=mine.text,
        buttons=mine.buttons,
        due_at=now,
        now=now,
        sender_id=partner.id,
    )
    return Outcome(
        [Reply(texts.GROUP_REVEALED_PRIVATELY.format(name=esc(user.first_name)))], queued=True
    )


def _reveal_in_group(
    session: Session,
    now: datetime,
    day: PromptDay,
    posted: PromptDelivery,
    first: tuple[User, str],
    second: tuple[User, str],
    bot_username: str,
) -> Outcome:
    """The group's reveal: the first to answer, then the second; it names both (their
    /deletedata finds it through sender_id and subject_user_id)."""
    assert day.id is not None
    group = session.get(GroupChat, posted.group_id) if posted.group_id is not None else None
    if group is None:
        return Outcome()
    prompt = PROMPTS_BY_KEY.get(day.prompt_key)
    reveal = flow.group_reveal_message(
        (first[0].first_name, first[1]),
        (second[0].first_name, second[1]),
        question=flow.render_prompt_text(prompt, None) if prompt else None,
        reactions=group_reaction_keyboard(day.id, bot_username),
    )
    crisis_guard.queue(
        session,
        chat_id=group.chat_id,
        kind="daily_reveal",
        text=reveal.text,
        buttons=reveal.buttons,
        due_at=now,
        now=now,
        sender_id=second[0].id,
        subject_user_id=first[0].id,
        dedupe_key=f"group_reveal:{day.id}",
    )
    return Outcome(queued=True)


def _answered(
    delivery: PromptDelivery,
    answer: str,
    replies: list[Reply],
    saved: Reply | None,
    tapped: bool,
    *,
    queued: bool = False,
) -> Outcome:
    """A private answer: the prompt closed (showing a tapped choice), then ``replies``.

    ``saved`` (answer kept, waiting) goes under the tapped choice, or as its own
    message after a typed answer.
    """
    if tapped:
        return Outcome([flow.answered_by_button(answer, saved), *replies], queued=queued)
    closing = [Reply.closing(delivery.message_id)] if delivery.message_id is not None else []
    waiting = [saved] if saved is not None else []
    return Outcome([*closing, *waiting, *replies], queued=queued)


def _shown(answer: str, limit: int = 1500) -> str:
    """An answer as shown in a reveal, capped like flows.daily.reveal_message caps it."""
    answer = answer.strip()
    return answer if len(answer) <= limit else answer[: limit - 1].rstrip() + "…"


def take_answer(rt: Runtime, who: Who, text: str) -> Outcome | None:
    """Typed text in the private chat as the answer to today's open prompt.

    Returns None (leave the text to others) unless a text prompt is waiting for
    this person's answer and they are not in the middle of a settings question
    or a guided conversation.
    """
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        user = get_user(session, who.user_id)
        if user is None or user.pending_setting is not None:
            return None
        delivery = waiting_for_typed_answer(session, user.id, now)
        if delivery is None or load_conversation(session, user.id) is not None:
            return None
        return _take_typed(session, now, user, delivery, text)


def take_answer_anyway(rt: Runtime, who: Who, text: str) -> Outcome | None:
    """Like :func:`take_answer`, with a settings question or a conversation open: the
    person said (a Telegram reply to the question, a button) the text is for it."""
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        user = get_user(session, who.user_id)
        delivery = waiting_for_typed_answer(session, user.id, now) if user is not None else None
        if user is None or delivery is None:
            return None
        return _take_typed(session, now, user, delivery, text)


def waiting_for_typed_answer(
    session: Session, user_id: int, now: datetime
) -> PromptDelivery | None:
    """Today's private prompt if it is open, asks for typed words and is not answered yet."""
    delivery = store.latest_private_delivery(session, user_id)
    if delivery is None or not is_open(session, delivery, now):
        return None
    prompt = PROMPTS_BY_KEY.get(delivery.prompt_key)
    if prompt is None or prompt.by_buttons:
        return None
    if store.answer_of(session, day_id=delivery.day_id, user_id=user_id) is not None:
        return None
    return delivery


def _take_typed(
    session: Session, now: datetime, user: User, delivery: PromptDelivery, text: str
) -> Outcome:
    answer = text.strip()
    if not answer:
        return Outcome([Reply(texts.EMPTY_ANSWER)])
    return _record_answer(session, now, user, delivery, answer)


def take_group_answer(
    rt: Runtime, who: Who, *, chat_id: int, reply_to_message_id: int, text: str
) -> Outcome | None:
    """A reply in the group to the bot's prompt there; None if it replies to something else."""
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        group = group_store.get_group(session, chat_id)
        if group is None or group.id is None:
            return None
        delivery = store.group_delivery_by_message(
            session, group_id=group.id, message_id=reply_to_message_id
        )
        if delivery is None:
            return None
        # Safety first, whoever wrote it and whatever else is wrong with the reply.
        if detect_crisis(text):
            return crisis_help(session, who.user_id, now, in_group=True)
        user = get_user(session, who.user_id)
        if user is None or user.couple_id is None or user.couple_id != delivery.couple_id:
            return Outcome([Reply(common_texts.GROUP_NOT_A_PARTNER)])
        if not is_open(session, delivery, now):
            return Outcome([Reply(texts.QUESTION_CLOSED)])
        if store.answer_of(session, day_id=delivery.day_id, user_id=user.id) is not None:
            return Outcome([Reply(texts.ALREADY_ANSWERED)])
        answer = text.strip()
        if not answer:
            return Outcome([Reply(texts.EMPTY_ANSWER)])
        outcome = _record_answer(session, now, user, delivery, answer, bot_username=rt.bot_username)
        answered = store.answer_of(session, day_id=delivery.day_id, user_id=user.id) is not None
        if answered and store.note_group_reply(session, user.couple_id, now):
            outcome.replies.append(Reply(texts.GROUP_REPLY_NOTE))
        return outcome


def press(rt: Runtime, who: Who, data: str, *, chat_id: int) -> Outcome:
    """A ``dp:`` button: a prompt's choice, Snooze, Skip today, or the /days buttons.

    In a group (``chat_id`` is not the presser's private chat) only the partners'
    answer buttons on that group's own post count; any other press there is
    refused with a notice and changes nothing.
    """
    in_group = chat_id != who.user_id
    if data.startswith(DAYS_CALLBACK_PREFIX):
        if in_group:
            with unit_of_work(rt.engine) as session:
                user = get_user(session, who.user_id)
                partner = _is_partner_in_group(session, user, None, chat_id)
            notice = common_texts.STALE_BUTTON if partner else texts.GROUP_BUTTONS_PARTNERS_ONLY
            return Outcome(notice=notice)
        return daily_settings.press_days(rt, who, data.removeprefix(DAYS_CALLBACK_PREFIX))
    action = daily_buttons.parse_prompt_callback(data)
    if action is None:
        return _refused(common_texts.STALE_BUTTON, in_group)
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        delivery = store.delivery_by_token(session, action.token)
        user = get_user(session, who.user_id)
        if in_group and not _is_partner_in_group(session, user, delivery, chat_id):
            return Outcome(notice=texts.GROUP_BUTTONS_PARTNERS_ONLY)
        if delivery is None or user is None or not _may_press(session, user, delivery, chat_id):
            return _refused(common_texts.STALE_BUTTON, in_group)
        if in_group and action.kind == "just_for_me":
            return Outcome(notice=common_texts.STALE_BUTTON)  # never offered in a group
        if not is_open(session, delivery, now):
            return _refused(texts.QUESTION_CLOSED, in_group)
        if store.answer_of(session, day_id=delivery.day_id, user_id=user.id) is not None:
            return _refused(texts.ALREADY_ANSWERED, in_group)
        if action.kind == "answer":
            prompt = PROMPTS_BY_KEY.get(delivery.prompt_key)
            answer = flow.choice_answer(prompt, action.choice) if prompt else None
            if answer is None:
                return Outcome(notice=common_texts.STALE_BUTTON)
            return _record_answer(
                session, now, user, delivery, answer, tapped=True, bot_username=rt.bot_username
            )
        if delivery.user_id is None:
            # The group's post: snooze or skip it for the presser alone.
            return daily_group.for_me_only(session, now, user, delivery, action.kind)
        if action.kind == "just_for_me":
            return _keep_for_me(session, user, delivery)
        delivery.nudge_due_at = None
        if action.kind == "skip":
            delivery.status = store.SKIPPED
            delivery.skipped_at = now
            session.add(delivery)
            return Outcome([flow.skipped_message()])
        choice: Literal["hour", "evening"] = "hour" if action.kind == "snooze_hour" else "evening"
        until = daily_timing.snooze_until(choice, now, user.timezone)
        store.requeue(session, delivery, due_at=until)
        return Outcome([flow.snoozed_message(until, user.timezone)])


def _keep_for_me(session: Session, user: User, delivery: PromptDelivery) -> Outcome:
    """ "Just for me": this day's answer will go to the journal; the prompt says so in place."""
    prompt = PROMPTS_BY_KEY.get(delivery.prompt_key)
    if prompt is None:
        return Outcome(notice=common_texts.STALE_BUTTON)
    delivery.just_for_me = True
    session.add(delivery)
    partner = partner_of(session, user)
    shown = flow.prompt_message(
        prompt,
        partner.first_name if partner else None,
        delivery.token,
        paired=partner is not None,
        just_for_me=True,
    )
    return Outcome([replace(shown, edit=True)], notice=texts.JUST_FOR_ME_NOTICE)


def _refused(notice: str, in_group: bool) -> Outcome:
    """A press that changes nothing. In private its buttons go (they can do nothing more);
    a group's post keeps them for the partner who has not answered yet."""
    return Outcome(notice=notice) if in_group else Outcome([Reply.closing()], notice=notice)


def _is_partner_in_group(
    session: Session, user: User | None, delivery: PromptDelivery | None, chat_id: int
) -> bool:
    """Whether the presser is one of the couple this group (or this group post) belongs to."""
    if user is None or user.couple_id is None:
        return False
    if delivery is not None and delivery.couple_id is not None:
        return user.couple_id == delivery.couple_id
    group = group_store.get_group(session, chat_id)
    return group is not None and group.couple_id == user.couple_id


def _may_press(session: Session, user: User, delivery: PromptDelivery, chat_id: int) -> bool:
    """Button data carries no authority: only the prompt's own people, in its own chat."""
    if delivery.user_id is not None:
        return delivery.user_id == user.id and chat_id == user.id
    group = session.get(GroupChat, delivery.group_id)
    return (
        group is not None
        and group.chat_id == chat_id
        and user.couple_id is not None
        and user.couple_id == delivery.couple_id
    )

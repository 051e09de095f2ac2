"""Reactions under a daily reveal: 💛, "Let's talk about it tonight" (with an evening
reminder), and "Ask more" (a previewed follow-up question, through the flow engine).

Button data names only the prompt day: the presser must be one of the couple who
both shared their answers that day, in their private chat. Each reaction reaches
the partner once (the outbox's dedupe key), however often it is pressed.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import Session

from bot.runtime import Runtime
from bot.services import conversation, crisis_guard
from bot.services.languages import speaking_to
from bot.services.outcome import Outcome, Who
from flows import daily as daily_flow
from flows import daily_reactions as flow
from flows import daily_timing
from flows.ask_more import KIND as ASK_MORE
from flows.content import daily as texts
from flows.content import onboarding as common_texts
from flows.content.prompts import PROMPTS_BY_KEY
from flows.model import Reply
from storage import daily as store
from storage import groups as group_store
from storage import outbox
from storage.db import unit_of_work
from storage.models import MAX_ROW_ID, PromptDay, User
from storage.users import get_user, partner_of


@dataclass(frozen=True)
class _Revealed:
    user: User
    partner: User
    day: PromptDay


def _revealed(session: Session, user_id: int, day_id: int) -> _Revealed | None:
    """The day, if both the presser and their partner shared an answer to it."""
    if day_id > MAX_ROW_ID:
        return None
    user = get_user(session, user_id)
    day = store.day_by_id(session, day_id)
    if user is None or day is None or day.couple_id is None or user.couple_id != day.couple_id:
        return None
    partner = partner_of(session, user)
    if partner is None:
        return None
    for person in (user, partner):
        if store.shared_answer_of(session, day_id=day_id, user_id=person.id) is None:
            return None
    return _Revealed(user, partner, day)


def _partner_in_group(session: Session, user_id: int, chat_id: int) -> bool:
    """The presser is one of the couple whose group ``chat_id`` is."""
    group = group_store.get_group(session, chat_id)
    user = get_user(session, user_id)
    return (
        group is not None
        and group.couple_id is not None
        and user is not None
        and user.couple_id == group.couple_id
    )


def ask_more_privately(rt: Runtime, who: Who, payload: str) -> Outcome | None:
    """/start dm_<day> from "Ask more" under the group's reveal: the follow-up, privately.

    None if the payload is not such a link."""
    day_id = flow.ask_more_day(payload)
    if day_id is None:
        return None
    outcome = react(rt, who, flow.reaction_data("more", day_id), chat_id=who.user_id)
    if not outcome.replies and outcome.notice:
        # Not a button press: the notice is said as a message.
        return Outcome([Reply(outcome.notice)], queued=outcome.queued)
    return outcome


def react(rt: Runtime, who: Who, data: str, *, chat_id: int) -> Outcome:
    """A ``dr:`` button under a reveal, in the private chat or under the group's reveal.

    In the group only the couple may press (anyone else is refused and nothing
    changes); what a reaction sends still goes to each of them privately.
    """
    reaction = flow.parse_reaction(data)
    in_group = chat_id != who.user_id
    if in_group:
        with unit_of_work(rt.engine) as session:
            one_of_them = _partner_in_group(session, who.user_id, chat_id)
        if not one_of_them:
            return Outcome(notice=texts.GROUP_BUTTONS_PARTNERS_ONLY)
        if reaction is None or reaction.kind not in ("heart", "talk"):
            # "Ask more" is a link to the private chat there; reminders are private.
            return Outcome(notice=common_texts.STALE_BUTTON)
    if reaction is None:
        return Outcome(notice=common_texts.STALE_BUTTON)
    if reaction.kind == "more":
        with unit_of_work(rt.engine) as session:
            found = _revealed(session, who.user_id, reaction.day_id)
            prompt_key = found.day.prompt_key if found is not None else None
        if prompt_key is None:
            return Outcome(notice=texts.REACT_NOT_AVAILABLE)
        return conversation.start_flow(rt, who, ASK_MORE, {"prompt": prompt_key})
    with unit_of_work(rt.engine) as session:
        now = rt.clock()
        found = _revealed(session, who.user_id, reaction.day_id)
        if found is None:
            return Outcome(notice=texts.REACT_NOT_AVAILABLE)
        user, partner, day = found.user, found.partner, found.day
        key = f"dr:{reaction.kind}:{reaction.day_id}:{user.id}"
        if outbox.has_dedupe_key(session, key):
            return Outcome(notice=texts.REACT_ALREADY)
        evening = daily_timing.this_evening(now, user.timezone)
        when_local = daily_timing.local_clock(evening, user.timezone)
        if reaction.kind == "heart":
            with speaking_to(session, partner.id):
                text = flow.heart_for_partner(user.first_name)
            crisis_guard.queue(
                session,
                chat_id=partner.id,
                kind="daily_reaction",
                text=text,
                due_at=now,
                now=now,
                sender_id=user.id,
                dedupe_key=key,
            )
            return Outcome(notice=texts.REACT_HEART_SENT, queued=True)
        if reaction.kind == "talk":
            # The partner can ask for their own reminder at their own evening.
            partner_evening = daily_timing.this_evening(now, partner.timezone)
            with speaking_to(session, partner.id):
                for_partner = flow.talk_for_partner(user.first_name)
                remind = flow.remind_keyboard(
                    reaction.day_id, daily_timing.local_clock(partner_evening, partner.timezone)
                )
            crisis_guard.queue(
                session,
                chat_id=partner.id,
                kind="daily_reaction",
                text=for_partner,
                buttons=remind,
                due_at=now,
                now=now,
                sender_id=user.id,
                dedupe_key=key,
            )
            told = flow.talk_told(partner.first_name, reaction.day_id, when_local)
            if not in_group:
                return Outcome([told], queued=True)
            # The reminder offer is for the presser alone: privately, not under the group's post.
            crisis_guard.queue(
                session,
                chat_id=user.id,
                kind="daily_reaction",
                text=told.text,
                buttons=told.buttons,
                due_at=now,
                now=now,
                subject_user_id=partner.id,
            )
            return Outcome(notice=texts.REACT_TALK_SENT_NOTICE, queued=True)
        prompt = PROMPTS_BY_KEY.get(day.prompt_key)
        question = daily_flow.render_prompt_text(prompt, partner.first_name) if prompt else None
        crisis_guard.queue(
            session,
            chat_id=user.id,
            kind="daily_talk_reminder",
            text=flow.reminder_text(partner.first_name, question),
            due_at=evening,
            now=now,
            subject_user_id=partner.id,  # it names them: their /deletedata finds it
            dedupe_key=key,
        )
        return Outcome([Reply.closing(), flow.reminder_set(when_local)])

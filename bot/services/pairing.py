"""Invites, accepting them, and ending a couple."""

from __future__ import annotations

from sqlmodel import Session

from bot.runtime import Runtime
from bot.services import crisis_guard
from bot.services.languages import speaking_to
from bot.services.onboarding import ensure_user, welcome
from bot.services.outcome import Outcome, Who
from flows import onboarding as flow
from flows.callback_data import UnpairPress, decode, encode
from flows.content import onboarding as text
from flows.model import Button, Reply
from flows.text import esc
from storage import couples, invites, outbox
from storage.db import unit_of_work
from storage.models import User
from storage.users import get_user, partner_of


def start(rt: Runtime, who: Who, payload: str | None) -> Outcome:
    """/start, with or without an invite code."""
    with unit_of_work(rt.engine) as session:
        user = ensure_user(session, rt, who)
        if not payload:
            return Outcome(welcome(session, rt, user))
        problem = _accept_invite(session, rt, user, payload)
        if problem is not None:
            replies = [Reply(problem)]
            if not user.onboarded:
                replies += welcome(session, rt, user)
            return Outcome(replies)
        partner = partner_of(session, user)
        assert partner is not None
        if not user.onboarded:
            # New here: the five steps too, then the time zone and time (what's next after).
            return Outcome(welcome(session, rt, user, invited_by=partner.first_name), queued=True)
        paired = text.PAIRED.format(partner=esc(partner.first_name))
        return Outcome([Reply(_with_what_next(paired, user))], queued=True)


def _accept_invite(session: Session, rt: Runtime, user: User, code: str) -> str | None:
    """Pair ``user`` with the invite's owner; returns what went wrong, if anything."""
    hours = rt.settings.invite_ttl_hours
    if not invites.looks_like_code(code):
        return text.INVITE_MALFORMED
    invite = invites.find_invite(session, code)
    if invite is None:
        return text.INVITE_UNKNOWN
    inviter = get_user(session, invite.inviter_id)
    if inviter is None:
        return text.INVITE_UNKNOWN
    if inviter.id == user.id:
        return text.INVITE_OWN
    if invite.used_at is not None:
        if invite.used_by_id == user.id and user.couple_id == inviter.couple_id is not None:
            return text.INVITE_ACCEPTOR_PAIRED.format(partner=esc(inviter.first_name))
        if inviter.couple_id is not None:
            return text.INVITE_COUPLE_COMPLETE
        return text.INVITE_USED
    now = rt.clock()
    if invite.expires_at <= now:
        return text.INVITE_EXPIRED.format(hours=hours)
    if inviter.couple_id is not None:
        return text.INVITE_COUPLE_COMPLETE
    current = partner_of(session, user)
    if current is not None:
        return text.INVITE_ACCEPTOR_PAIRED.format(partner=esc(current.first_name))
    invites.mark_used(session, invite, user_id=user.id, now=now)
    couples.create_couple(session, inviter, user, now)
    with speaking_to(session, inviter.id):
        paired = _with_what_next(text.PAIRED.format(partner=esc(user.first_name)), inviter)
    crisis_guard.queue(
        session,
        chat_id=inviter.id,
        kind="paired",
        text=paired,
        due_at=now,
        now=now,
        subject_user_id=user.id,
    )
    return None


def _with_what_next(told: str, user: User) -> str:
    """``told`` and, for someone who has a daily time, what happens next."""
    if user.prompt_time is None:
        return told
    return f"{told}\n\n{flow.what_next(user.prompt_time)}"


def create_invite(rt: Runtime, who: Who) -> Outcome:
    with unit_of_work(rt.engine) as session:
        user = ensure_user(session, rt, who)
        if not user.onboarded:
            return Outcome([Reply(text.INVITE_NOT_ONBOARDED)])
        partner = partner_of(session, user)
        if partner is not None:
            already = text.INVITE_ALREADY_PAIRED.format(partner=esc(partner.first_name))
            return Outcome([Reply(already)])
        now = rt.clock()
        invites.revoke_open_invites(session, inviter_id=user.id, now=now)
        _, code = invites.create_invite(
            session, inviter_id=user.id, now=now, lifetime=rt.settings.invite_lifetime
        )
    url = f"https://t.me/{rt.bot_username}?start={code}"
    return Outcome(list(flow.invite_replies(url, rt.settings.invite_ttl_hours)))


def ask_unpair(rt: Runtime, who: Who) -> Outcome:
    with unit_of_work(rt.engine) as session:
        user = ensure_user(session, rt, who)
        partner = partner_of(session, user)
        if partner is None:
            return Outcome([Reply(text.UNPAIR_NOT_PAIRED)])
        return Outcome(
            [
                Reply(
                    text.UNPAIR_CONFIRM.format(partner=esc(partner.first_name)),
                    buttons=(
                        (
                            Button(text.UNPAIR_YES, encode(UnpairPress(user.couple_id))),
                            Button(text.UNPAIR_NO, encode(UnpairPress(None))),
                        ),
                    ),
                )
            ]
        )


def confirm_unpair(rt: Runtime, who: Who, data: str) -> Outcome:
    """``up:yes:<couple id>`` ends that couple if the presser is still in it."""
    with unit_of_work(rt.engine) as session:
        user = ensure_user(session, rt, who)
        press = decode(data)
        if press == UnpairPress(None):
            return Outcome([Reply(text.UNPAIR_KEPT, edit=True)])
        partner = partner_of(session, user)
        if (
            partner is None
            or not isinstance(press, UnpairPress)
            or press.couple_id != user.couple_id
        ):
            return Outcome(notice=text.STALE_BUTTON)
        assert user.couple_id is not None
        if not end_couple_and_tell(session, rt, user, partner, user.couple_id):
            # The partner ended it at the same moment (PostgreSQL): they told this one.
            return Outcome(notice=text.STALE_BUTTON)
        return Outcome(
            [Reply(text.UNPAIR_DONE.format(partner=esc(partner.first_name)), edit=True)],
            queued=True,
        )


def end_couple_and_tell(
    session: Session,
    rt: Runtime,
    user: User,
    partner: User,
    couple_id: int,
    *,
    names_them: bool = True,
) -> bool:
    """End the couple; queued messages to either partner are withdrawn, the partner is told.

    Without ``names_them`` the partner is told without the person's name (what
    /deletedata leaves behind). False (and nothing done) if the couple had ended
    already: ``user`` and ``partner`` were read before the other ended it.
    """
    now = rt.clock()
    if not couples.end_couple(session, couple_id, now):
        return False
    outbox.cancel_pending_to(session, partner.id)
    outbox.cancel_pending_to(session, user.id)
    with speaking_to(session, partner.id):
        if names_them:
            told = text.UNPAIR_TOLD_PARTNER.format(partner=esc(user.first_name))
        else:
            told = str(text.DELETE_TOLD_PARTNER)
    crisis_guard.queue(
        session,
        chat_id=partner.id,
        kind="unpaired",
        text=told,
        due_at=now,
        now=now,
        subject_user_id=user.id if names_them else None,
    )
    return True

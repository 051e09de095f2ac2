"""/start, the time zone and time questions, and /settings."""

from __future__ import annotations

from dataclasses import replace

from sqlmodel import Session

from bot.runtime import Runtime
from bot.services import daily_schedule, daily_settings
from bot.services.outcome import Outcome, Who
from flows import i18n
from flows import onboarding as flow
from flows.callback_data import SettingsPress, decode
from flows.content import common as common_text
from flows.content import onboarding as text
from flows.model import Reply, UserInput
from flows.text import esc
from storage.db import unit_of_work
from storage.models import User
from storage.users import partner_of, save_user, upsert_user


def ensure_user(session: Session, rt: Runtime, who: Who) -> User:
    user, _ = upsert_user(
        session,
        user_id=who.user_id,
        first_name=who.first_name,
        username=who.username,
        default_timezone=rt.settings.default_timezone,
        now=rt.clock(),
        language=i18n.supported(who.language_code),
    )
    return user


def welcome(
    session: Session, rt: Runtime, user: User, *, invited_by: str | None = None
) -> list[Reply]:
    """Greet a user; new ones get the five steps and the first question.

    ``invited_by``: they just accepted this partner's invite (the hello says so).
    """
    if user.onboarded:
        return [Reply(text.WELCOME_BACK.format(name=esc(user.first_name)))]
    user.pending_setting = flow.ASK_TIMEZONE
    save_user(session, user, rt.clock())
    if invited_by is not None:
        intro = flow.welcome_invited(user.first_name, invited_by)
    else:
        intro = flow.welcome(user.first_name)
    return [*intro, flow.timezone_question()]


def answer_pending_setting(rt: Runtime, who: Who, inp: UserInput) -> Outcome | None:
    """Take the answer to a time zone or time question, if one is open."""
    with unit_of_work(rt.engine) as session:
        user = ensure_user(session, rt, who)
        if user.pending_setting is None:
            return None
        return _apply_answer(session, rt, user, inp)


def _apply_answer(session: Session, rt: Runtime, user: User, inp: UserInput) -> Outcome:
    now = rt.clock()
    asking = user.pending_setting or flow.ASK_TIMEZONE
    answer = flow.answer_setting(asking, inp, onboarding=not user.onboarded, now=now)
    replies = list(answer.replies)
    if answer.timezone is not None:
        user.timezone = answer.timezone
    if answer.prompt_time is not None:
        user.prompt_time = answer.prompt_time
        replies.append(
            flow.time_saved(answer.prompt_time, user.timezone, edit=inp.kind == "button")
        )
    user.pending_setting = answer.next_question
    if user.pending_setting is None and not user.onboarded:
        user.onboarded = True
        partner = partner_of(session, user)
        if partner is not None and user.prompt_time is not None:
            done = text.ONBOARDED_PAIRED.format(partner=esc(partner.first_name))
            replies.append(Reply(f"{done}\n\n{flow.what_next(user.prompt_time)}"))
        else:
            replies.append(Reply(text.ONBOARDED))
    save_user(session, user, now)
    daily_schedule.sync_schedule(session, user, now)
    return Outcome(replies)


def open_settings(rt: Runtime, who: Who) -> Outcome:
    with unit_of_work(rt.engine) as session:
        user = ensure_user(session, rt, who)
        if not user.onboarded:
            return Outcome([Reply(text.SETTINGS_NOT_ONBOARDED)])
        now = rt.clock()
        menu = flow.settings_menu(user.timezone, user.prompt_time, now)
        line = daily_settings.settings_line_in(session, user, now)
        if line is not None:
            menu = replace(menu, text=f"{menu.text}\n{line}")
        for extra in daily_settings.privacy_lines_in(session, user):
            menu = replace(menu, text=f"{menu.text}\n{extra}")
        return Outcome([menu])


def press_settings_button(rt: Runtime, who: Who, data: str) -> Outcome:
    """Buttons under the settings menu and under the questions (``ob:...``)."""
    with unit_of_work(rt.engine) as session:
        user = ensure_user(session, rt, who)
        press = decode(data)
        if not isinstance(press, SettingsPress):
            return _stale()
        if press.action == "cancel":
            was_onboarding = not user.onboarded
            user.pending_setting = None
            save_user(session, user, rt.clock())
            if was_onboarding:
                return Outcome([Reply(common_text.CANCELLED, edit=True)])
            return Outcome([Reply(text.SETTINGS_CLOSED, edit=True)])
        if press.action == "set":
            if not user.onboarded:
                return _stale()
            choice = press.value
            if choice == "done":
                user.pending_setting = None
                save_user(session, user, rt.clock())
                return Outcome([Reply(text.SETTINGS_CLOSED, edit=True)])
            if choice not in ("tz", "tm"):
                return _stale()
            user.pending_setting = flow.ASK_TIMEZONE if choice == "tz" else flow.ASK_TIME
            save_user(session, user, rt.clock())
            return Outcome([flow.question_for(user.pending_setting)])
        expected = flow.ASK_TIMEZONE if press.action == "tz" else flow.ASK_TIME
        if user.pending_setting != expected:
            return _stale()
        return _apply_answer(session, rt, user, UserInput.pressed(data))


def _stale() -> Outcome:
    """A button of a question answered already (by typing, say): its buttons go."""
    return Outcome([Reply.closing()], notice=text.STALE_BUTTON)


def cancel_question(rt: Runtime, who: Who) -> bool:
    """Close an open time zone or time question. Returns whether one was open."""
    with unit_of_work(rt.engine) as session:
        user = ensure_user(session, rt, who)
        if user.pending_setting is None:
            return False
        user.pending_setting = None
        save_user(session, user, rt.clock())
        return True


def touch(rt: Runtime, who: Who) -> None:
    """Record a user we heard from (creates them, refreshes their name, marks them reachable)."""
    with unit_of_work(rt.engine) as session:
        ensure_user(session, rt, who)

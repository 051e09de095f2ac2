"""Which language each person reads the bot in: first from Telegram, then /language.

Every update speaks the language of the person behind it (:func:`speaking`, set by
the handlers before anything else runs). A message for someone else (the partner,
a daily question from the scheduler) is written inside :func:`speaking_to` with the
receiver's language; what people wrote themselves is never translated.
"""

from __future__ import annotations

import time
from collections.abc import Iterator
from contextlib import contextmanager
from typing import Final

from sqlmodel import Session

from bot.runtime import Runtime
from bot.services.outcome import Outcome, Who
from flows import callback_data as kinds
from flows import i18n
from flows.content import onboarding as text
from flows.model import Button, Reply
from storage.db import unit_of_work
from storage.users import get_user, language_of, set_language

# How long a language read from the database is trusted without reading it again.
REMEMBER_SECONDS: Final = 60.0


def known(rt: Runtime, who: Who) -> str | None:
    """The language of someone this process saw lately, without the database.

    Remembered for a minute only: another instance may have handled their /language.
    """
    remembered = rt.languages.get(who.user_id)
    if remembered is None or time.monotonic() - remembered[1] > REMEMBER_SECONDS:
        return None
    return remembered[0]


def guess(who: Who) -> str:
    """What Telegram says they read, as a language we speak."""
    return i18n.supported(who.language_code)


def speaking(rt: Runtime, who: Who) -> str:
    """The language of the person behind an update; a first guess from Telegram is kept."""
    first_guess = guess(who)
    with unit_of_work(rt.engine) as session:
        user = get_user(session, who.user_id)
        if user is None:
            return first_guess
        if user.language is None and who.language_code:
            # Came before languages were kept: their Telegram setting is the first guess.
            set_language(session, user, first_guess, rt.clock())
        language = i18n.supported(user.language or first_guess)
    rt.languages[who.user_id] = (language, time.monotonic())
    return language


def language_for(session: Session, user_id: int) -> str:
    """The language to write to ``user_id`` in (the current one if they are unknown)."""
    known = language_of(session, user_id)
    return i18n.supported(known) if known else i18n.current_language()


@contextmanager
def speaking_to(session: Session, user_id: int | None) -> Iterator[None]:
    """Write what is made inside the block in ``user_id``'s language."""
    language = language_for(session, user_id) if user_id is not None else None
    with i18n.use_language(language or i18n.current_language()):
        yield


def menu() -> Outcome:
    """/language: one button per language, each in its own name."""
    buttons = tuple(
        (Button(name, kinds.encode(kinds.LanguagePress(code))),)
        for code, name in i18n.LANGUAGE_NAMES.items()
    )
    return Outcome([Reply(text.LANGUAGE_QUESTION, buttons)])


def choose(rt: Runtime, who: Who, data: str) -> Outcome:
    """A /language button: stored, and said in the new language."""
    press = kinds.decode(data)
    if not isinstance(press, kinds.LanguagePress):
        return Outcome(notice=text.STALE_BUTTON)
    code = press.language
    with unit_of_work(rt.engine) as session:
        user = get_user(session, who.user_id)
        if user is None:
            return Outcome(notice=text.STALE_BUTTON)
        set_language(session, user, code, rt.clock())
    rt.languages[who.user_id] = (code, time.monotonic())
    i18n.set_language(code)
    return Outcome(
        [Reply(text.LANGUAGE_SAVED.format(language=i18n.LANGUAGE_NAMES[code]), edit=True)]
    )

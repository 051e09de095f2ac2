"""The time zone and daily-time questions asked by /start and /settings.

Pure: takes what the user is being asked and what they answered, returns what
to store and what to say. Button data: :class:`flows.callback_data.SettingsPress`.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, time
from urllib.parse import quote, urlencode

from flows.callback_data import Link, SettingsPress, decode, encode
from flows.content import common
from flows.content import onboarding as text
from flows.model import Button, Keyboard, Reply, UserInput
from flows.text import clip, esc
from flows.timeparse import describe_zone, parse_local_time, parse_timezone

ASK_TIMEZONE = "timezone"
ASK_TIME = "time"

COMMON_TIMES = ("07:30", "12:30", "18:00", "20:00", "21:00", "22:00")
# How much of an answer that could not be read is quoted back.
ECHO_LIMIT = 41


@dataclass(frozen=True)
class SettingAnswer:
    """What the answer changes: new values (``None`` = unchanged) and the next question."""

    replies: tuple[Reply, ...]
    timezone: str | None = None
    prompt_time: str | None = None
    next_question: str | None = None
    # True when the answer could not be used and the same question was asked again.
    reasked: bool = False


def _zone_button(label: str, zone: str) -> Button:
    return Button(label, encode(SettingsPress("tz", zone)))


def timezone_question() -> Reply:
    zones = text.ZONE_BUTTONS
    rows = [
        tuple(Button(label, encode(SettingsPress("tz", zone))) for zone, label in zones[i : i + 2])
        for i in range(0, len(zones), 2)
    ]
    rows.append((Button(text.CANCEL_LABEL, encode(SettingsPress("cancel"))),))
    return Reply(text.ASK_TIMEZONE, buttons=tuple(rows))


def time_question() -> Reply:
    rows: Keyboard = (
        *(
            tuple(Button(t, encode(SettingsPress("tm", t))) for t in COMMON_TIMES[i : i + 3])
            for i in range(0, len(COMMON_TIMES), 3)
        ),
        (Button(text.CANCEL_LABEL, encode(SettingsPress("cancel"))),),
    )
    return Reply(text.ASK_TIME, buttons=rows)


def question_for(setting: str) -> Reply:
    return timezone_question() if setting == ASK_TIMEZONE else time_question()


def answer_setting(
    asking: str, inp: UserInput, *, onboarding: bool, now: datetime
) -> SettingAnswer:
    """Apply the user's answer to the question ``asking``.

    During onboarding the time zone is followed by the time question; from
    /settings each question stands alone.
    """
    if inp.kind == "media":
        question = question_for(asking)
        return SettingAnswer(
            replies=(Reply(text.TEXT_EXPECTED.format(question=question.text), question.buttons),),
            next_question=asking,
            reasked=True,
        )
    raw = inp.data if inp.kind == "button" else inp.text.strip()
    if asking == ASK_TIMEZONE:
        zone = _pressed_value(raw, "tz") if inp.kind == "button" else parse_timezone(raw)
        if zone is None or (inp.kind == "button" and parse_timezone(zone) != zone):
            return _reask(asking, raw)
        saved = Reply(
            text.TIMEZONE_SAVED.format(zone=esc(describe_zone(zone, now))),
            edit=inp.kind == "button",
        )
        if onboarding:
            return SettingAnswer((saved, time_question()), timezone=zone, next_question=ASK_TIME)
        return SettingAnswer((saved,), timezone=zone)
    parsed = _parse_time_answer(inp, raw)
    if parsed is None:
        return _reask(asking, raw)
    return SettingAnswer(replies=(), prompt_time=parsed.strftime("%H:%M"))


def time_saved(prompt_time: str, zone: str, *, edit: bool) -> Reply:
    return Reply(text.TIME_SAVED.format(time=esc(prompt_time), zone=esc(zone)), edit=edit)


def _parse_time_answer(inp: UserInput, raw: str) -> time | None:
    if inp.kind == "button":
        pressed = _pressed_value(raw, "tm")
        return parse_local_time(pressed) if pressed is not None else None
    return parse_local_time(raw)


def _pressed_value(data: str, action: str) -> str | None:
    """The zone or time a settings button carries, if ``data`` is that kind of button."""
    press = decode(data)
    return press.value if isinstance(press, SettingsPress) and press.action == action else None


def _reask(asking: str, raw: str) -> SettingAnswer:
    shown = clip(raw, ECHO_LIMIT)
    template = text.TIMEZONE_NOT_UNDERSTOOD if asking == ASK_TIMEZONE else text.TIME_NOT_UNDERSTOOD
    question = question_for(asking)
    return SettingAnswer(
        replies=(Reply(template.format(text=esc(shown)), question.buttons),),
        next_question=asking,
        reasked=True,
    )


def five_steps() -> str:
    """The five steps, one line each, for everyone who starts."""
    lines = [text.FIVE_STEPS_INTRO]
    for step, gist in text.STEP_GISTS.items():
        lines.append(
            text.WELCOME_STEP.format(
                number=step.number, title=common.PRACTICE_STEPS[step], gist=gist
            )
        )
    return "\n".join(lines)


def welcome(name: str) -> tuple[Reply, ...]:
    """The introduction for someone new: hello, the five steps, and what it is for."""
    return (
        Reply(text.WELCOME_HELLO.format(name=esc(name))),
        Reply(five_steps()),
        Reply(text.WELCOME_PRACTICE),
    )


def welcome_invited(name: str, partner: str) -> tuple[Reply, ...]:
    """The introduction for someone new who came through their partner's invite."""
    return (
        Reply(text.PAIRED_HELLO.format(name=esc(name), partner=esc(partner))),
        Reply(five_steps()),
        Reply(text.PAIRED_NEXT_STEPS),
    )


def what_next(prompt_time: str) -> str:
    """For a couple: when the daily question comes, and /moment after an event."""
    return text.WHAT_NEXT.format(time=esc(prompt_time))


def invite_replies(link: str, hours: int) -> tuple[Reply, ...]:
    """The invite: a share button (two taps to send it), and the text to forward instead."""
    share = "https://t.me/share/url?" + urlencode(
        {"url": link, "text": text.INVITE_SHARE_TEXT}, quote_via=quote
    )
    return (
        Reply(
            text.INVITE_LINK.format(hours=hours),
            buttons=((Button(text.INVITE_SHARE, encode(Link(share))),),),
        ),
        Reply(text.INVITE_FORWARD.format(link=esc(link))),
    )


def settings_menu(zone: str, prompt_time: str | None, now: datetime) -> Reply:
    return Reply(
        text.SETTINGS.format(
            zone=esc(describe_zone(zone, now)),
            time=esc(prompt_time) if prompt_time else text.SETTINGS_TIME_UNSET,
        ),
        buttons=(
            (
                Button(text.SETTINGS_CHANGE_TIMEZONE, encode(SettingsPress("set", "tz"))),
                Button(text.SETTINGS_CHANGE_TIME, encode(SettingsPress("set", "tm"))),
            ),
            (Button(text.SETTINGS_DONE, encode(SettingsPress("set", "done"))),),
        ),
    )

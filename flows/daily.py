"""Daily prompts: what to say around them (the prompt, answers, reveal and nudge).

Pure logic only. Nothing here reads the clock, stores anything or talks to
Telegram: every function takes plain values and returns plain values or
:class:`~flows.model.Reply`.

When a prompt is sent is :mod:`flows.daily_timing`, which prompt
:mod:`flows.prompt_choice`, its buttons :mod:`flows.daily_buttons`. Answers of
the two partners for the same prompt day are revealed when both exist;
:func:`should_nudge` allows at most one nudge.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from typing import Final

from flows.content import common
from flows.content import daily as texts
from flows.content.prompts import PARTNER_PLACEHOLDER, Prompt
from flows.daily_buttons import prompt_keyboard
from flows.daily_timing import local_clock, require_aware
from flows.model import Keyboard, Reply
from flows.text import bold, esc

__all__ = [
    "answer_saved",
    "choice_answer",
    "group_reveal_message",
    "kept_for_me",
    "nudge_message",
    "partner_kept_theirs",
    "prompt_message",
    "render_prompt_text",
    "reveal_message",
    "should_nudge",
    "skipped_message",
    "snoozed_message",
    "weekly_summary",
]

# --- answers, reveal and nudge ----------------------------------------------------


def should_nudge(
    *,
    partner_answered: bool,
    i_answered: bool,
    nudge_sent: bool,
    now_utc: datetime,
    my_delivery_utc: datetime | None,
    skipped: bool = False,
    min_delay: timedelta = timedelta(hours=1),
    max_age: timedelta = timedelta(hours=12),
) -> bool:
    """Whether to send me the one gentle nudge for this prompt day now.

    Yes only if my partner answered, I have not, I did not skip the day, no nudge
    was sent yet for this prompt day (at most one, ever), my prompt reached me at
    least ``min_delay`` ago (so I had a fair chance on my own) and no more than
    ``max_age`` ago (so nobody is nudged about a stale question or at night
    hours after their usual time). ``my_delivery_utc`` is when my prompt was
    actually sent (after any snooze), ``None`` if it was not sent.

    Call it when the partner answers, and again at ``my_delivery_utc +
    min_delay`` if the partner answered before that.
    """
    require_aware(now_utc, "now_utc")
    if not partner_answered or i_answered or nudge_sent or skipped:
        return False
    if my_delivery_utc is None:
        return False
    require_aware(my_delivery_utc, "my_delivery_utc")
    waited = now_utc - my_delivery_utc
    return min_delay <= waited <= max_age


def _partner(partner_name: str | None) -> str:
    """The partner's name as it goes into a message (escaped: every message is HTML)."""
    name = (partner_name or "").strip()
    return esc(name) if name else common.YOUR_PARTNER


def _capitalised(text: str) -> str:
    return text[:1].upper() + text[1:]


def render_prompt_text(prompt: Prompt, partner_name: str | None) -> str:
    """The prompt's text with ``{partner}`` replaced (``"your partner"`` if unknown)."""
    # str(): the question in the current language (the prompt holds its English id).
    return str(prompt.text).replace(PARTNER_PLACEHOLDER, _partner(partner_name))


def weekly_summary(
    days_both_answered: int,
    window: int = 7,
    partner_name: str | None = None,
    *,
    journal: bool = False,
) -> str:
    """The gentle weekly line: "You both answered 5 of the last 7 days."

    Counts, never streaks: no day is "broken", and a quiet week gets a warm word
    instead of guilt. With ``journal=True`` (no partner yet) the count is the
    days the person answered. The count is clamped to ``0..window``.
    ``partner_name`` is accepted for callers that want to personalise later; the
    current wording speaks to both partners together.
    """
    del partner_name  # the texts speak to "you both"
    window = max(1, window)
    n = min(max(0, days_both_answered), window)
    if journal:
        if n == 0:
            return texts.WEEKLY_JOURNAL_NONE
        template = texts.WEEKLY_JOURNAL_ALL if n == window else texts.WEEKLY_JOURNAL_SOME
        return template.format(n=n, window=window)
    if n == 0:
        return texts.WEEKLY_NONE
    template = texts.WEEKLY_ALL if n == window else texts.WEEKLY_SOME
    return template.format(n=n, window=window)


# --- messages -----------------------------------------------------------------------


def choice_answer(prompt: Prompt, index: int | None) -> str | None:
    """The answer text for a pressed choice (its label), ``None`` if out of range."""
    if index is None or not 0 <= index < len(prompt.choices):
        return None
    return prompt.choices[index]


def prompt_message(
    prompt: Prompt,
    partner_name: str | None,
    delivery_token: str,
    *,
    paired: bool = False,
    consent: bool = False,
    just_for_me: bool = False,
) -> Reply:
    """The prompt as sent: header with the step, the question, a hint, the buttons.

    ``paired``: a partner will see the answer once both answered, so "Just for me"
    is offered (until pressed: ``just_for_me`` says so instead). ``consent`` adds
    the plain words on who sees an answer (the first question a partner gets).
    """
    header = texts.PROMPT_HEADER.format(step=texts.STEP_NAMES[prompt.category])
    lines = [bold(header), "", render_prompt_text(prompt, partner_name)]
    if not prompt.choices:
        lines += ["", texts.TEXT_ANSWER_HINT]
    if just_for_me:
        lines += ["", texts.JUST_FOR_ME_ON]
    elif paired and consent:
        lines += ["", texts.CONSENT.format(partner=_partner(partner_name))]
    keyboard = prompt_keyboard(prompt, delivery_token, private_option=paired and not just_for_me)
    return Reply(text="\n".join(lines), buttons=keyboard)


def answer_saved(partner_name: str | None, *, has_partner: bool) -> Reply:
    """After answering: private until the partner answers, or kept in the journal."""
    if not has_partner:
        return Reply(text=texts.SAVED_JOURNAL)
    return Reply(text=texts.SAVED_WAITING.format(partner=_partner(partner_name)))


def kept_for_me() -> Reply:
    """A "Just for me" answer: in the journal, never shown to anyone."""
    return Reply(text=texts.SAVED_JUST_FOR_ME)


def partner_kept_theirs(partner_name: str | None) -> Reply:
    """I answered, but my partner kept theirs to themselves today: mine stays private too."""
    return Reply(text=texts.SAVED_PARTNER_KEPT_THEIRS.format(partner=_partner(partner_name)))


def answered_by_button(choice: str, saved: Reply | None) -> Reply:
    """A choice tapped on the prompt: the prompt itself shows it (and the saved line, if
    the answer waits for the partner) and loses its buttons; no extra message."""
    line = common.CHOSEN.format(label=esc(choice))
    return Reply.closing(choice=f"{line}\n{saved.text}" if saved is not None else line)


_MAX_SHOWN_ANSWER: Final = 1500


def _shown(answer: str) -> str:
    answer = answer.strip()
    if len(answer) > _MAX_SHOWN_ANSWER:
        return answer[: _MAX_SHOWN_ANSWER - 1].rstrip() + "…"
    return answer


def reveal_message(
    my_answer: str,
    partner_answer: str,
    partner_name: str | None,
    *,
    question: str | None = None,
    reactions: Keyboard = (),
) -> Reply:
    """Both answered: the question again, then my answer and my partner's (each capped
    at 1500 chars), with the reaction buttons under it."""
    body = texts.REVEAL.format(
        mine=esc(_shown(my_answer)),
        partner=_capitalised(_partner(partner_name)),
        theirs=esc(_shown(partner_answer)),
    )
    if question:
        # Under the first line, so every reveal still begins "You both answered".
        header, answers = body.split("\n", 1)
        body = f"{header}\n{texts.REVEAL_QUESTION.format(question=question)}\n\n{answers}"
    return Reply(text=body, buttons=reactions)


def group_reveal_message(
    first: tuple[str, str],
    second: tuple[str, str],
    *,
    question: str | None = None,
    reactions: Keyboard = (),
) -> Reply:
    """Both answered on the group's post: the question again, each (name, answer) in the
    order given, with the reaction buttons under it (as in :func:`reveal_message`)."""
    body = texts.GROUP_REVEAL.format(
        first=esc(first[0]),
        first_answer=esc(_shown(first[1])),
        second=esc(second[0]),
        second_answer=esc(_shown(second[1])),
    )
    if question:
        header, answers = body.split("\n", 1)
        body = f"{header}\n{texts.REVEAL_QUESTION.format(question=question)}\n\n{answers}"
    return Reply(text=body, buttons=reactions)


def nudge_message(partner_name: str | None) -> Reply:
    """The one gentle nudge: "<Name> answered today's question: answer yours to see it"."""
    return Reply(text=_capitalised(texts.NUDGE.format(partner=_partner(partner_name))))


def snoozed_message(until_utc: datetime, zone: str) -> Reply:
    """Confirms a snooze with the local time it comes back ("… at 19:00.")."""
    return Reply(text=texts.SNOOZED.format(when=local_clock(until_utc, zone)), edit=True)


def skipped_message() -> Reply:
    """Confirms "Skip today"."""
    return Reply(text=texts.SKIPPED, edit=True)

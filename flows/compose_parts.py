"""What a :class:`~flows.compose.Compose` is declared with and what its steps keep.

The message as it stands (:class:`Letter`, usually :func:`to_partner`), what its steps
say (:class:`Wording`), ready-made words (:class:`Pick`), something it can carry
besides the words (:class:`Extra`), and the values of its ending (:class:`Status`)
and its way out (:class:`Exit`). Pure data.
"""

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from enum import StrEnum
from typing import Any

from flows.content import common as txt
from flows.followups import render_delivery
from flows.model import FlowState, Person, SaveCheckInAnswer, SendToPartner
from flows.steps import (
    Option,
    TextFn,
    label_of,
)


class Status(StrEnum):
    """How the message ended, kept in ``<prefix>_status`` and in summaries."""

    SENT = "sent"
    SCHEDULED = "scheduled"
    KEPT = "kept"
    NOT_NOW = "not_now"


class Exit(StrEnum):
    """The way out on every step: Not now inside a longer flow, Cancel on its own."""

    NOT_NOW = "not_now"
    CANCEL = "cancel"


@dataclass(frozen=True)
class Letter:
    """The message as it stands: built from the state whenever it is shown or sent."""

    # Who gets it, as the texts name them ("Ben", "your partner").
    to: str
    # The person's own words: all that is shown (and kept) without a partner.
    words: str
    # Exactly what the recipient reads; the Send button carries its fingerprint.
    shown: str
    # What Send does.
    effect: SendToPartner | SaveCheckInAnswer


def to_partner(
    kind: str, person: Person, text: str, context: dict[str, Any] | None = None
) -> Letter:
    """A message for the partner, shown as :func:`render_delivery` will deliver it."""
    context = dict(context or {})
    shown = render_delivery(kind, person.first_name, text, context).text
    return Letter(person.partner_label, text, shown, SendToPartner(kind, text, context=context))


LetterFn = Callable[[FlowState, Person, str], Letter]


@dataclass(frozen=True)
class Wording:
    """What a message's steps say. ``{partner}`` is the recipient (:attr:`Letter.to`)."""

    # The preview: {partner} and {message} (exactly what they will read).
    preview: str = txt.PREVIEW
    # The preview without a partner: {text}, the person's own words.
    solo: str = txt.PREVIEW_SOLO
    # The Edit question: {text}, the words as they stand.
    edit: str = ""
    # The "when" question of Send later.
    when: str = ""
    # Said when it ends; ``scheduled`` also gets {when}. Empty: nothing is said.
    sent: str = ""
    scheduled: str = ""
    kept: str = txt.KEPT
    not_now: str = txt.NOT_NOW_ACK
    # Said instead of ``not_now`` when a reminder was scheduled.
    reminded: str = ""

    def closing(self, status: Status) -> str:
        return {
            Status.SENT: self.sent,
            Status.SCHEDULED: self.scheduled,
            Status.KEPT: self.kept,
            Status.NOT_NOW: self.not_now,
        }[status]


@dataclass(frozen=True)
class Pick:
    """A step offering ready-made words, or one's own typed.

    ``words`` gives the full sentence a suggestion stands for where its button
    shows a short form ("Could I have done more?"); otherwise the label is the words.
    """

    text: TextFn
    suggestions: tuple[Option, ...]
    words: Mapping[str, str] = field(default_factory=dict)

    def words_for(self, value: str) -> str:
        return str(self.words.get(value) or label_of(self.suggestions, value))


def _always(state: FlowState) -> bool:
    return True


@dataclass(frozen=True)
class Extra:
    """Something the message can carry besides the words, such as the moment it is about.

    Where ``available``, it is in or out as ``default`` says until the person
    taps the preview's button to leave it out (``drop_label``) or put it in
    (``add_label``).
    """

    available: Callable[[FlowState], bool]
    drop_label: str
    add_label: str
    default: Callable[[FlowState], bool] = _always

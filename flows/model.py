"""The vocabulary shared by every flow: inputs, replies, effects and saved state.

Everything here is plain data. Front ends (Telegram in ``bot/``) turn their
updates into :class:`UserInput` and turn :class:`Reply` and effects back into
their own calls.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Literal

from flows.content import common as common_text
from flows.i18n import localized

InputKind = Literal["text", "button", "command", "media"]


@dataclass(frozen=True)
class Button:
    """A button under a message. ``data`` is at most 64 bytes and carries no authority."""

    label: str
    data: str

    def __post_init__(self) -> None:
        # A label captured when a flow was defined reads in the current language.
        object.__setattr__(self, "label", localized(self.label))


Keyboard = tuple[tuple[Button, ...], ...]


@dataclass(frozen=True)
class Reply:
    """One message for the person who is talking to the bot."""

    text: str
    buttons: Keyboard = ()
    # Ask the client to show a reply box: the only way to get typed answers in a
    # group under privacy mode.
    force_reply: bool = False
    # What the reply box shows before anything is typed ("Your answer").
    placeholder: str = ""
    # Replace the message whose button was pressed instead of sending a new one.
    edit: bool = False
    # Close a question instead of sending anything: its keyboard goes, its text stays.
    # ``target`` is its message id, or None for the message whose button was pressed;
    # ``text``, if any, is added under it (the choice: "✓ Speak up"), and with
    # ``show_pressed`` the label of the button pressed is shown that way instead.
    close: bool = False
    target: int | None = None
    show_pressed: bool = False

    def __post_init__(self) -> None:
        object.__setattr__(self, "text", localized(self.text))
        object.__setattr__(self, "placeholder", localized(self.placeholder))

    @classmethod
    def closing(
        cls, target: int | None = None, *, choice: str = "", show_pressed: bool = False
    ) -> Reply:
        """Close a question (see ``close``); ``choice`` is HTML, already escaped."""
        return cls(choice, close=True, target=target, show_pressed=show_pressed)


@dataclass(frozen=True)
class UserInput:
    """What the person did: typed text, pressed a button, sent a command or media."""

    kind: InputKind
    text: str = ""
    data: str = ""
    command: str = ""

    @classmethod
    def typed(cls, text: str) -> UserInput:
        return cls(kind="text", text=text)

    @classmethod
    def pressed(cls, data: str) -> UserInput:
        return cls(kind="button", data=data)

    @classmethod
    def media(cls) -> UserInput:
        return cls(kind="media")


@dataclass(frozen=True)
class Person:
    """Who is acting, and what the flow may know about their partner."""

    user_id: int
    first_name: str
    partner_id: int | None = None
    partner_name: str | None = None
    # IANA name or "UTC+05:30"; flows that ask for a time of day read it in this zone.
    timezone: str = "UTC"
    # The couple turned group posts on (/groupprompts on): a message may go to their group.
    shared_group: bool = False

    @property
    def partner_label(self) -> str:
        """The partner's first name, or "your partner" (never starts a sentence)."""
        return self.partner_name or common_text.YOUR_PARTNER


# --- effects: what should happen beyond replying to the person ---------------


@dataclass(frozen=True)
class SendToPartner:
    """Deliver a message the person previewed and confirmed to their partner.

    ``kind`` tells the front end which buttons to attach (``checkin`` gets the
    answer buttons, ``request`` gets the debrief invitation, ...). ``at`` is
    ``None`` for now, or a UTC instant to deliver later.
    """

    kind: str
    text: str
    at: datetime | None = None
    context: dict[str, Any] = field(default_factory=dict)
    # "Send to our group": posted in the couple's group instead of the private chat.
    to_group: bool = False


@dataclass(frozen=True)
class ScheduleFollowUp:
    """Ask the person something later (a Check In reminder, a prepare follow-up).

    ``to_partner``: the partner gets it instead (a shared plan's reminder on the day);
    nothing is scheduled without a partner.
    """

    kind: str
    at: datetime
    context: dict[str, Any] = field(default_factory=dict)
    to_partner: bool = False


@dataclass(frozen=True)
class SaveReflection:
    """Keep the finished conversation in the person's private history."""

    kind: str
    summary: dict[str, Any]


@dataclass(frozen=True)
class SaveCheckInAnswer:
    """The partner answered a Check In: feed it back and into their playbook.

    ``note_only``: the verdict already went with its tap; this adds their line.
    """

    relay_id: int
    verdict: str
    note: str
    note_only: bool = False


@dataclass(frozen=True)
class ShareQuizResult:
    """The person agreed to compare quiz results: ``text`` is exactly what their partner
    sees, once the partner has shared theirs too (then each gets the other's)."""

    text: str


@dataclass(frozen=True)
class ShowSafetyResources:
    """Crisis language was seen: the flow paused and must not reach the partner."""


Effect = (
    SendToPartner
    | ScheduleFollowUp
    | SaveReflection
    | SaveCheckInAnswer
    | ShareQuizResult
    | ShowSafetyResources
)


@dataclass
class FlowState:
    """A conversation in progress, saved after every step (JSON-serialisable)."""

    flow: str
    step: str
    answers: dict[str, Any] = field(default_factory=dict)
    history: list[str] = field(default_factory=list)
    context: dict[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {
            "flow": self.flow,
            "step": self.step,
            "answers": self.answers,
            "history": self.history,
            "context": self.context,
        }

    @classmethod
    def from_json(cls, raw: dict[str, Any]) -> FlowState:
        return cls(
            flow=str(raw["flow"]),
            step=str(raw["step"]),
            answers=dict(raw.get("answers", {})),
            history=list(raw.get("history", [])),
            context=dict(raw.get("context", {})),
        )


@dataclass(frozen=True)
class Result:
    """What a flow returns: the new state (``None`` when it ended), replies, effects."""

    state: FlowState | None
    replies: tuple[Reply, ...] = ()
    effects: tuple[Effect, ...] = ()

"""How a flow is declared: steps, their options and ``next`` rules, where they sit.

Every flow module (``moment``, ``prepare``, ``reinforce``, ``checkin``) declares a
:class:`Flow` from these pieces and nothing else; the engine reads the same
pieces to run it. The flows never import the engine, and the engine learns the
flows from :mod:`flows.registry`.

A step is data: a name, a place (:class:`Stage`), a text builder, an input
:class:`Mode`, options and a ``next`` rule (a step name, or a function of the
answer that returns one, ``END`` or ``STAY``).
"""

from __future__ import annotations

import zlib
from collections.abc import Callable, Iterable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from enum import StrEnum
from typing import Any, Final

from flows import layout
from flows.callback_data import FlowPress, encode
from flows.content import common as txt
from flows.model import Button, Effect, FlowState, Person, Reply
from flows.practice import PracticeStep
from flows.text import bold, esc

# Returned by ``next`` rules: the flow is over / the answer was not usable.
END: Final = "_end"
STAY: Final = "_stay"

# Reserved button values (the safety pause adds ``_resume`` and ``_stop``).
BACK: Final = "_back"
SKIP: Final = "_skip"
CANCEL: Final = "_cancel"
DONE: Final = "_done"
# The value a typed answer gets on a step that accepts one's own words.
OTHER: Final = "other"
# Start context of the flow that text typed with nothing open begins: the text.
TYPED: Final = "typed"


class Mode(StrEnum):
    """How a step is answered."""

    CHOICE = "choice"  # one button
    MULTI = "multi"  # buttons toggled on and off, then Done
    TEXT = "text"  # typed words
    PREVIEW = "preview"  # a message shown exactly, with its signed Send (see flows.compose)


@dataclass(frozen=True)
class Stage:
    """Where a step sits: ``Step 2/5 · Take Their Side``."""

    number: int
    total: int
    title: str

    @property
    def header(self) -> str:
        return txt.STEP_HEADER.format(number=self.number, total=self.total, title=self.title)


def track(*titles: str) -> tuple[Stage, ...]:
    """Stages numbered in order: ``Step 1/3 · …`` to ``Step 3/3 · …``."""
    return tuple(Stage(n, len(titles), title) for n, title in enumerate(titles, start=1))


def practice_title(step: PracticeStep) -> str:
    return txt.PRACTICE_STEPS[step]


def practice(step: PracticeStep) -> Stage:
    """One of the five steps, in its place: ``Step 4/5 · Check In``."""
    return Stage(step.number, len(PracticeStep), practice_title(step))


@dataclass(frozen=True)
class Option:
    """One button: what the person reads and the value the step receives.

    ``words`` is the full phrasing when the label is a short form of it (a
    message to send, a sentence to say): labels fit a phone (flows.layout), and
    the question lists the full words above its buttons.
    """

    value: str
    label: str
    words: str = ""

    @property
    def said(self) -> str:
        """What choosing it means in full: the words, or the label itself (in the
        current language: options are made when a flow is defined)."""
        return str(self.words or self.label)


def options(entries: Iterable[tuple[str, ...]]) -> tuple[Option, ...]:
    """Options from a catalogue's ``(value, label)`` or ``(value, label, words)`` entries."""
    return tuple(Option(*entry) for entry in entries)


# The usual ways out under a question.
SKIP_OUT: Final = (Option(SKIP, txt.SKIP),)
CANCEL_OUT: Final = (Option(CANCEL, txt.CANCEL),)

TextFn = Callable[[FlowState, Person], str]
OptionsFn = Callable[[FlowState, Person], tuple[Option, ...]]


@dataclass
class Ctx:
    """What a ``next`` rule sees and may change: a working copy of the state."""

    state: FlowState
    person: Person
    now: datetime
    value: str = ""
    text: str = ""
    effects: list[Effect] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    problem: str = ""

    @property
    def answers(self) -> dict[str, Any]:
        return self.state.answers

    @property
    def paired(self) -> bool:
        return self.person.partner_id is not None

    def emit(self, effect: Effect) -> None:
        self.effects.append(effect)

    def note(self, message: str) -> None:
        self.notes.append(message)

    def reject(self, message: str) -> str:
        """Refuse the answer: the step is asked again with ``message`` first."""
        self.problem = message
        return STAY


NextRule = str | Callable[[Ctx], str]


def data(step: str, value: str) -> str:
    return encode(FlowPress(step, value))


def sign(text: str) -> str:
    """A short fingerprint of a previewed message, carried in its Send button.

    A Send pressed under an older preview (other text) no longer matches the
    step's options and is treated as stale, so only the exact text on screen is
    ever sent.
    """
    return format(zlib.crc32(text.encode("utf-8")), "08x")[:6]


@dataclass(frozen=True)
class Step:
    """One question of a flow."""

    name: str
    text: TextFn
    mode: Mode = Mode.TEXT
    stage: Stage | None = None
    # Shown after the stage ("Step 3/5 · Take Action · What made it hard"), or
    # alone for steps outside the stages ("Getting started").
    aside: str = ""
    options: tuple[Option, ...] | OptionsFn = ()
    # Typed text is taken as the person's own answer ("other").
    own_answer: bool = False
    way_out: tuple[Option, ...] = CANCEL_OUT
    next: NextRule = END
    # Options per keyboard row.
    columns: int = 1
    # Multi choice: values that exclude all others ("None that I saw").
    exclusive: frozenset[str] = frozenset()
    # False after a point of no return (a result already saved): no ← Back here.
    back: bool = True

    def options_for(self, state: FlowState, person: Person) -> tuple[Option, ...]:
        return self.options(state, person) if callable(self.options) else self.options

    @property
    def offers_own_words(self) -> bool:
        """Buttons to tap, or one's own words typed instead ("tap one or type your own")."""
        return self.own_answer and self.mode in (Mode.CHOICE, Mode.MULTI) and bool(self.options)

    @property
    def header(self) -> str:
        if self.stage is None:
            return self.aside
        if self.aside:
            return txt.HEADER_ASIDE.format(header=self.stage.header, aside=self.aside)
        return self.stage.header

    def prompt(
        self, state: FlowState, person: Person, *, edit: bool = False, hint: bool = False
    ) -> Reply:
        """The question as a message: a bold header, the text, its keyboard.

        ``hint`` adds "tap one or type your own": the engine asks for it once a flow,
        on the first step that takes one's own words.
        """
        body = self.text(state, person)
        choices = self.options_for(state, person)
        if any(o.words for o in choices):
            # Short labels: the full words of every option, above the buttons.
            listed = "\n".join(txt.PHRASING.format(words=esc(o.said)) for o in choices)
            body = f"{body}\n\n{listed}"
        if hint and self.offers_own_words:
            body = f"{body}\n\n{txt.TAP_OR_TYPE}"
        text = f"{bold(esc(self.header))}\n\n{body}" if self.header else body
        chosen = state.answers.get(self.name) if self.mode is Mode.MULTI else None
        selected = set(chosen) if isinstance(chosen, list) else set()
        buttons = [
            Button(
                txt.CHECKED + str(o.label) if o.value in selected else o.label,
                data(self.name, o.value),
            )
            for o in self.options_for(state, person)
        ]
        rows = list(layout.rows(buttons, self.columns))
        if self.mode is Mode.MULTI:
            rows.append((Button(txt.DONE, data(self.name, DONE)),))
        last = [Button(txt.BACK, data(self.name, BACK))] if state.history and self.back else []
        last += [Button(o.label, data(self.name, o.value)) for o in self.way_out]
        rows += layout.rows(last, len(last))
        return Reply(text, tuple(rows), edit=edit)

    def chosen(self, state: FlowState, person: Person, value: str) -> str:
        """The answer given by a button, as shown under the closed question."""
        if value == DONE and self.mode is Mode.MULTI:
            labels = answer_list(state, self.name, self.options_for(state, person))
            return ", ".join(labels) if labels else txt.NONE_CHOSEN
        return label_of((*self.options_for(state, person), *self.way_out), value)


@dataclass(frozen=True)
class Flow:
    """A conversation: its steps, how it begins and what happens when it ends.

    ``begin`` names the first step (or is a rule returning it, or ``END`` to stop
    at once, e.g. a solo person asked to invite their partner first). ``finish``,
    if any, adds the closing notes and effects when a ``next`` rule returns
    ``END``. ``command`` opens the flow (``/moment``). ``renamed`` maps step
    names saved by older versions to today's, so a conversation in progress
    during a deploy keeps its place. ``yields``: an open conversation of this
    flow gives way to a new one without the "continue or start over" question
    (nothing in it would be lost).
    """

    name: str
    steps: tuple[Step, ...]
    begin: NextRule
    finish: Callable[[Ctx], None] | None = None
    command: str | None = None
    renamed: Mapping[str, str] = field(default_factory=dict)
    yields: bool = False

    def step(self, name: str) -> Step | None:
        for step in self.steps:
            if step.name == name:
                return step
        return None

    def current_name(self, name: str) -> str:
        return self.renamed.get(name, name)


# --- reading answers and naming the partner ------------------------------------


def say(template: str) -> TextFn:
    """A text builder that fills in ``{partner}`` (escaped: messages are HTML)."""

    def build(state: FlowState, person: Person) -> str:
        return template.format(partner=esc(person.partner_label))

    return build


def partner_ref(person: Person) -> str:
    """How the person would name their partner to others: "Ben" / "my partner"."""
    return person.partner_name or txt.MY_PARTNER


def label_of(choices: tuple[Option, ...], value: Any) -> str:
    for option in choices:
        if option.value == value:
            return str(option.label)
    return str(value)


def words_of(choices: tuple[Option, ...], value: Any) -> str:
    """The full words of the option ``value`` (its label when it has no longer phrasing)."""
    for option in choices:
        if option.value == value:
            return option.said
    return str(value)


def answer_text(state: FlowState, name: str, choices: tuple[Option, ...]) -> str | None:
    """A choice step's answer for people to read: its words or the own words typed."""
    value = state.answers.get(name)
    if value is None:
        return None
    if value == OTHER:
        own = state.answers.get(f"{name}_own")
        return str(own) if own else None
    return words_of(choices, value)


def answer_list(state: FlowState, name: str, choices: tuple[Option, ...]) -> list[str]:
    """A multi choice answer for people to read, own words in place of "other"."""
    values = state.answers.get(name)
    if not isinstance(values, list):
        return []
    own = state.answers.get(f"{name}_own")
    return [str(own) if v == OTHER and own else words_of(choices, v) for v in values]

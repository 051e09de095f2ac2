"""A message for someone else: show it exactly, then Send / Edit / Not now.

Every message a person writes for their partner (a Check In question, a
Reinforce, a request, a shared plan, a Check In answer) is declared as one
:class:`Compose`, and the steps it makes are the same everywhere:

* ``<prefix>_pick`` (with ``pick``): suggestions, or one's own words typed;
* ``<prefix>_prev``: the preview, exactly what the recipient will read, with
  Send (``send.<mark>``), Send later (``later.<mark>``, with ``later``) or, for
  a person without a partner, Keep (``keep.<mark>``), then Edit (``edit``) and
  Not now (``notnow``). Text typed here replaces the words and previews again;
* ``<prefix>_when`` (with ``later``): when to deliver;
* ``<prefix>_edit`` (when editable, unless ``edit_at`` names another step):
  type the words again.

With ``default`` words the message opens on its preview (:attr:`Compose.first`),
and Edit leads to the suggestions. With an :class:`Extra` (the moment a Check In
is about, what happened beside a request), the preview has a button to leave it
out or put it in; the recipient reads exactly what the preview shows either way.

``<mark>`` is :func:`flows.steps.sign` of exactly what the recipient reads. The
engine only accepts a value among the step's current options, so a Send under
an older preview (other text) is stale and never sends.

Answers: ``<prefix>_msg`` (the words; ``draft`` overrides the key),
``<prefix>_status`` (a :class:`Status`), ``<prefix>_at`` (ISO UTC instant,
when scheduled) and ``<prefix>_extra`` (whether the extra is in, once toggled). Step
names and answer keys are what older versions saved, so a conversation in
progress survives a deploy.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, replace
from datetime import datetime, time
from enum import StrEnum
from typing import Any, Final

from flows.compose_parts import (
    Exit,
    Extra,
    Letter,
    LetterFn,
    Pick,
    Status,
    Wording,
)
from flows.content import common as txt
from flows.local_time import at_local, describe_when, resolve_time
from flows.model import FlowState, Person, ScheduleFollowUp, SendToPartner
from flows.steps import (
    CANCEL_OUT,
    END,
    OTHER,
    SKIP,
    Ctx,
    Flow,
    Mode,
    Option,
    Stage,
    Step,
    sign,
)
from flows.text import esc

TOMORROW_MORNING: Final = time(9, 0)


class Choice(StrEnum):
    """The buttons of a preview and of its "when" question."""

    SEND = "send"
    # "Send to our group" (with ``to_group`` and the couple's group posts on).
    GROUP = "group"
    LATER = "later"
    KEEP = "keep"
    EDIT = "edit"
    NOT_NOW = "notnow"
    TOMORROW_MORNING = "tm9"
    # Leave the extra out of the message, or put it back.
    DROP = "drop"
    ADD = "add"

    def signed(self, mark: str) -> str:
        return f"{self.value}.{mark}"


@dataclass(frozen=True)
class Compose:
    """One message: its words, how it is previewed and sent, and where the flow goes next."""

    prefix: str
    letter: LetterFn
    # What its steps say; a function of the state where that depends on it.
    wording: Wording | Callable[[FlowState], Wording]
    stage: Stage | None = None
    aside: str = ""
    # The step after the message; ``then_sent`` instead once it was sent or scheduled.
    then: str = END
    then_sent: str | None = None
    exit: Exit = Exit.NOT_NOW
    pick: Pick | None = None
    editable: bool = True
    # Edit goes back to this step of the flow instead of a step of its own.
    edit_at: str | None = None
    later: bool = False
    # False where the recipient is not the connected partner (a Check In answer).
    needs_partner: bool = True
    # On Not now with a partner connected: something to ask the person later.
    remind: Callable[[Ctx, Letter], ScheduleFollowUp] | None = None
    draft: str = ""
    # Words to open the preview with (see :meth:`enter`).
    default: str = ""
    extra: Extra | None = None
    # Offer "Send to our group" beside "Send privately" when the couple's group posts are on.
    to_group: bool = False

    # --- names ---------------------------------------------------------------

    @property
    def pick_step(self) -> str:
        return f"{self.prefix}_pick"

    @property
    def preview_step(self) -> str:
        return f"{self.prefix}_prev"

    @property
    def when_step(self) -> str:
        return f"{self.prefix}_when"

    @property
    def edit_step(self) -> str:
        return self.edit_at or f"{self.prefix}_edit"

    @property
    def first(self) -> str:
        """Where the message begins: its preview when it has ``default`` words, else
        the suggestions (if any)."""
        if self.pick is not None and not self.default:
            return self.pick_step
        return self.preview_step

    @property
    def draft_key(self) -> str:
        return self.draft or f"{self.prefix}_msg"

    @property
    def status_key(self) -> str:
        return f"{self.prefix}_status"

    @property
    def at_key(self) -> str:
        return f"{self.prefix}_at"

    @property
    def extra_key(self) -> str:
        return f"{self.prefix}_extra"

    def with_extra(self, state: FlowState) -> bool:
        """Whether the message carries its extra right now."""
        if self.extra is None or not self.extra.available(state):
            return False
        chosen = state.answers.get(self.extra_key)
        return bool(chosen) if isinstance(chosen, bool) else self.extra.default(state)

    def words(self, state: FlowState) -> str:
        """The words as they stand: typed or picked, else the ``default`` ones."""
        return str(state.answers.get(self.draft_key) or self.default)

    # --- the steps -----------------------------------------------------------

    @property
    def steps(self) -> tuple[Step, ...]:
        found: list[Step] = []
        if self.pick is not None:
            found.append(
                Step(
                    self.pick_step,
                    self.pick.text,
                    mode=Mode.CHOICE,
                    stage=self.stage,
                    aside=self.aside,
                    options=self.pick.suggestions,
                    own_answer=True,
                    way_out=self._way_out,
                    next=self._after_pick,
                )
            )
        found.append(
            Step(
                self.preview_step,
                self._preview_text,
                mode=Mode.PREVIEW,
                stage=self.stage,
                aside=self.aside,
                options=self._choices,
                own_answer=self.editable,
                # The preview's own Not now button is its way out; Cancel stays below.
                way_out=self._way_out if self.exit is Exit.CANCEL else (),
                next=self._after_preview,
                columns=2 if self.later else 3,
            )
        )
        if self.later:
            found.append(
                Step(
                    self.when_step,
                    lambda state, person: self._wording(state).when,
                    mode=Mode.CHOICE,
                    stage=self.stage,
                    aside=txt.SEND_LATER,
                    options=(Option(Choice.TOMORROW_MORNING, txt.TOMORROW_9),),
                    own_answer=True,
                    way_out=self._way_out,
                    next=self._after_when,
                )
            )
        if self.editable and self.edit_at is None:
            found.append(
                Step(
                    self.edit_step,
                    self._edit_text,
                    mode=Mode.TEXT,
                    stage=self.stage,
                    aside=txt.EDIT_ASIDE,
                    way_out=self._way_out,
                    next=self._after_edit,
                )
            )
        return tuple(found)

    def flow(self, name: str, *, solo_note: str) -> Flow:
        """A flow that is only this message, opened by ``/<name>``.

        It needs a partner connected: without one, ``solo_note`` says so and it ends.
        """

        def begin(ctx: Ctx) -> str:
            if not ctx.paired:
                ctx.note(solo_note)
                return END
            return self.first

        return Flow(name, self.steps, begin=begin, command=name, renamed=self.renamed)

    @property
    def renamed(self) -> dict[str, str]:
        """Steps this message no longer has, and where a conversation saved at one goes on.

        With ``default`` words, Edit leads to the suggestions: the step of its own
        that older versions had is the pick step now.
        """
        if self.edit_at is not None and self.editable:
            return {f"{self.prefix}_edit": self.edit_at}
        return {}

    def not_now(self, ctx: Ctx) -> str:
        """Leave the message unsent (a way out of any of its steps)."""
        return self._close(ctx, Status.NOT_NOW, self._letter(ctx.state, ctx.person))

    def outcome(self, state: FlowState, person: Person, now: datetime) -> dict[str, Any] | None:
        """How it ended, for a summary: status, words, and when if scheduled."""
        status = state.answers.get(self.status_key)
        if status is None:
            return None
        part: dict[str, Any] = {"status": status, "text": self.words(state)}
        at = state.answers.get(self.at_key)
        if status == Status.SCHEDULED and isinstance(at, str):
            part["at"] = at
            part["when"] = describe_when(datetime.fromisoformat(at), person, now)
        return part

    # --- internals -----------------------------------------------------------

    @property
    def _way_out(self) -> tuple[Option, ...]:
        if self.exit is Exit.CANCEL:
            return CANCEL_OUT
        return (Option(SKIP, txt.NOT_NOW),)

    def _wording(self, state: FlowState) -> Wording:
        return self.wording(state) if callable(self.wording) else self.wording

    def _can_send(self, person: Person) -> bool:
        return not self.needs_partner or person.partner_id is not None

    def _letter(self, state: FlowState, person: Person) -> Letter:
        return self.letter(state, person, self.words(state))

    def _preview_text(self, state: FlowState, person: Person) -> str:
        letter = self._letter(state, person)
        if self._can_send(person):
            return self._wording(state).preview.format(partner=esc(letter.to), message=letter.shown)
        return self._wording(state).solo.format(text=esc(letter.words))

    def _choices(self, state: FlowState, person: Person) -> tuple[Option, ...]:
        letter = self._letter(state, person)
        found: list[Option] = []
        if self._can_send(person):
            mark = sign(letter.shown)
            if self.to_group and person.shared_group:
                found.append(Option(Choice.SEND.signed(mark), txt.SEND_PRIVATELY))
                found.append(Option(Choice.GROUP.signed(mark), txt.SEND_TO_GROUP))
            else:
                send = txt.SEND_NOW if self.later else txt.SEND
                found.append(Option(Choice.SEND.signed(mark), send))
            if self.later:
                found.append(Option(Choice.LATER.signed(mark), txt.SEND_LATER))
            if self.extra is not None and self.extra.available(state):
                if self.with_extra(state):
                    found.append(Option(Choice.DROP, self.extra.drop_label))
                else:
                    found.append(Option(Choice.ADD, self.extra.add_label))
        else:
            found.append(Option(Choice.KEEP.signed(sign(letter.words)), txt.KEEP))
        if self.editable:
            found.append(Option(Choice.EDIT, txt.EDIT))
        if self.exit is Exit.NOT_NOW:
            found.append(Option(Choice.NOT_NOW, txt.NOT_NOW))
        return tuple(found)

    def _edit_text(self, state: FlowState, person: Person) -> str:
        return self._wording(state).edit.format(text=esc(self.words(state)))

    def _close(self, ctx: Ctx, status: Status, letter: Letter, when: str = "") -> str:
        ctx.answers[self.status_key] = status.value
        wording = self._wording(ctx.state)
        note = wording.closing(status)
        if status is Status.NOT_NOW and self.remind is not None and ctx.paired:
            ctx.emit(self.remind(ctx, letter))
            note = wording.reminded
        if note:
            ctx.note(note.format(partner=esc(letter.to), when=when))
        if status in (Status.SENT, Status.SCHEDULED) and self.then_sent is not None:
            return self.then_sent
        return self.then

    def _after_pick(self, ctx: Ctx) -> str:
        if ctx.value == SKIP:
            return self.not_now(ctx)
        if ctx.value == OTHER:
            words = ctx.text
        elif self.pick is not None:
            words = self.pick.words_for(ctx.value)
        else:
            words = ctx.value
        ctx.answers[self.draft_key] = words
        return self.preview_step

    def _after_preview(self, ctx: Ctx) -> str:
        # Only values among the current options get here (the engine checks):
        # a signed choice matches exactly the message on screen.
        if ctx.value == OTHER:
            ctx.answers[self.draft_key] = ctx.text
            return self.preview_step
        choice = ctx.value.partition(".")[0]
        if choice == Choice.EDIT:
            return self.edit_step
        if choice in (Choice.DROP, Choice.ADD):
            ctx.answers[self.extra_key] = choice == Choice.ADD
            return self.preview_step
        if choice == Choice.NOT_NOW:
            return self.not_now(ctx)
        letter = self._letter(ctx.state, ctx.person)
        if self._can_send(ctx.person) and choice == Choice.LATER:
            return self.when_step
        if self._can_send(ctx.person) and choice == Choice.SEND:
            ctx.emit(letter.effect)
            return self._close(ctx, Status.SENT, letter)
        if (
            self._can_send(ctx.person)
            and choice == Choice.GROUP
            and isinstance(letter.effect, SendToPartner)
        ):
            ctx.emit(replace(letter.effect, to_group=True))
            return self._close(ctx, Status.SENT, letter)
        return self._close(ctx, Status.KEPT, letter)

    def _after_when(self, ctx: Ctx) -> str:
        if ctx.value == SKIP:
            return self.not_now(ctx)
        at: datetime | str
        if ctx.value == Choice.TOMORROW_MORNING:
            at = at_local(ctx.person, ctx.now, TOMORROW_MORNING, 1)
        else:
            at = resolve_time(ctx.text, ctx.person, ctx.now)
        if isinstance(at, str):
            return ctx.reject(at)
        letter = self._letter(ctx.state, ctx.person)
        effect = letter.effect
        ctx.emit(replace(effect, at=at) if isinstance(effect, SendToPartner) else effect)
        ctx.answers[self.at_key] = at.isoformat()
        return self._close(ctx, Status.SCHEDULED, letter, describe_when(at, ctx.person, ctx.now))

    def _after_edit(self, ctx: Ctx) -> str:
        if ctx.value == SKIP:
            return self.not_now(ctx)
        ctx.answers[self.draft_key] = ctx.text
        return self.preview_step

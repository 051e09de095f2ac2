"""Guided conversations: load the saved step, let the engine decide, save, apply effects.

The saved state is the truth: each input is one unit of work that reads the
conversation, writes the new step with a version check and queues anything for
the partner in the outbox, all committed together. A restart (even ``kill -9``)
resumes at the saved step.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable
from datetime import datetime

from sqlmodel import Session

from bot.runtime import Runtime
from bot.services.onboarding import ensure_user
from bot.services.outcome import Outcome, Who
from flows import followups
from flows.checkin import checkin_result_text
from flows.content import common as common_text
from flows.content import followups as followup_text
from flows.content import onboarding as text
from flows.content.checkin import NOT_NOW_ANSWER_ACK
from flows.model import (
    FlowState,
    Person,
    Reply,
    Result,
    SaveCheckInAnswer,
    SaveReflection,
    ScheduleFollowUp,
    SendToPartner,
    ShowSafetyResources,
    UserInput,
)
from flows.registry import engine
from storage import outbox, reflections, relays
from storage.conversations import (
    PARTNER_KEY,
    ConcurrentUpdateError,
    SavedConversation,
    load_conversation,
    save_conversation,
)
from storage.db import unit_of_work
from storage.models import Relay, User
from storage.users import get_user, partner_of

log = logging.getLogger(__name__)

# Another process saved the same person's step between our read and write: try again.
ATTEMPTS = 3

Decide = Callable[[FlowState | None, Person, datetime, datetime | None], Result]


def person_of(session: Session, user: User) -> Person:
    partner = partner_of(session, user)
    return Person(
        user_id=user.id,
        first_name=user.first_name,
        partner_id=partner.id if partner is not None else None,
        partner_name=partner.first_name if partner is not None else None,
        timezone=user.timezone,
    )


def has_open_conversation(rt: Runtime, user_id: int) -> bool:
    with unit_of_work(rt.engine) as session:
        return load_conversation(session, user_id) is not None


def handle_input(rt: Runtime, who: Who, inp: UserInput) -> Outcome:
    """Typed text, a flow button (``f:``/``fu:``), media or a flow command."""

    def decide(
        state: FlowState | None, person: Person, now: datetime, last: datetime | None
    ) -> Result:
        if inp.kind == "button" and inp.data.startswith("fu:"):
            return _follow_up(state, inp.data, person, now)
        return engine.handle(state, inp, person, now, last)

    return _run(rt, who, decide, is_command=inp.kind == "command")


def start_flow(
    rt: Runtime, who: Who, flow: str, context: dict[str, object] | None = None
) -> Outcome:
    """Open a flow from outside it (a deep link); an open one is offered to continue first."""

    def decide(
        state: FlowState | None, person: Person, now: datetime, _last: datetime | None
    ) -> Result:
        return engine.request_start(state, flow, person, now, dict(context or {}))

    return _run(rt, who, decide, is_command=True)


def answer_relay(rt: Runtime, who: Who, data: str) -> Outcome:
    """``ci:<relay>:<verdict>`` (a check-in answer) or ``rq:<relay>:open|no`` (a request)."""
    prefix, _, rest = data.partition(":")
    relay_part, _, choice = rest.partition(":")
    relay_id = parse_id(relay_part)
    if relay_id is None:
        return Outcome(notice=text.STALE_BUTTON)
    with unit_of_work(rt.engine) as session:
        relay = relays.get_relay(session, relay_id)
        kind = RELAY_PREFIXES.get(prefix)
        if relay is None or relay.kind != kind or not _still_open(session, relay, who.user_id):
            return Outcome(notice=text.STALE_BUTTON)
        if choice == "no":
            # The message keeps its buttons: they can answer when ready.
            ack = followup_text.REQUEST_NOT_NOW_ACK if prefix == "rq" else NOT_NOW_ANSWER_ACK
            return Outcome([Reply(ack)])
        sender = get_user(session, relay.sender_id)
        sender_name = sender.first_name if sender is not None else common_text.YOUR_PARTNER
    if prefix == "ci" and choice in ("helped", "partly", "else"):
        context = {"relay_id": relay_id, "verdict": choice, "asker_name": sender_name}
        return start_flow(rt, who, "checkin_answer", context)
    if prefix == "rq" and choice == "open":
        context = {"side": "support", "request_id": relay_id, "from_name": sender_name}
        return start_flow(rt, who, "moment", context)
    return Outcome(notice=text.STALE_BUTTON)


# A row id in button data: ASCII digits only ("²".isdigit() is true, and int() of it
# fails), and short enough for SQLite's 64-bit integers.
_ID = re.compile(r"[0-9]{1,18}")


def parse_id(raw: str) -> int | None:
    """The id in forged or old button data, or None when it cannot be one."""
    return int(raw) if _ID.fullmatch(raw) else None


# The buttons under a partner's message, by callback prefix, and the relay kind they answer.
RELAY_PREFIXES = {"ci": "checkin", "rq": "request"}


def _still_open(session: Session, relay: Relay, user_id: int) -> bool:
    """Unanswered, meant for ``user_id``, and the two are still a couple."""
    if relay.recipient_id != user_id or relay.answered_at is not None:
        return False
    recipient = get_user(session, relay.recipient_id)
    sender = get_user(session, relay.sender_id)
    return (
        recipient is not None
        and sender is not None
        and recipient.couple_id is not None
        and recipient.couple_id == sender.couple_id
    )


def _follow_up(state: FlowState | None, data: str, person: Person, now: datetime) -> Result:
    action = followups.followup_action(data, person)
    if action is None:
        return Result(state, (Reply(text.STALE_BUTTON),))
    kind, value = action
    if kind == "start":
        return engine.request_start(state, value, person, now)
    return Result(state, (Reply(value),))


def _run(rt: Runtime, who: Who, decide: Decide, *, is_command: bool = False) -> Outcome:
    for attempt in range(1, ATTEMPTS + 1):
        try:
            with unit_of_work(rt.engine) as session:
                return _step(session, rt, who, decide, is_command=is_command)
        except ConcurrentUpdateError:
            log.info("conversation of one user changed concurrently (attempt %s)", attempt)
    raise ConcurrentUpdateError("gave up after concurrent updates")


def _step(session: Session, rt: Runtime, who: Who, decide: Decide, *, is_command: bool) -> Outcome:
    now = rt.clock()
    user = ensure_user(session, rt, who)
    if is_command and user.pending_setting is not None:
        # A command leaves an open time zone or time question behind.
        user.pending_setting = None
    saved = load_conversation(session, user.id)
    state = _state_of(saved)
    person = person_of(session, user)
    result = decide(state, person, now, saved.updated_at if saved else None)
    result = _bind_to_partner(state, result, person)
    if result.state is not None or saved is not None:
        save_conversation(
            session,
            user.id,
            result.state.to_json() if result.state is not None else None,
            expected_version=saved.version if saved else None,
            now=now,
        )
    queued = apply_effects(session, user, person, result, now)
    return Outcome(list(result.replies), queued=queued)


def _bind_to_partner(before: FlowState | None, result: Result, person: Person) -> Result:
    """A preview was written for one partner: it never goes to someone else.

    The partner a conversation began with is kept in its context. If the couple
    changed since (unpaired, paired anew) and this step would send something to
    "the partner", none of the step happens: nothing is sent or saved, the flow
    ends, and the reply says only that (never "Sent" first).
    """
    began_with = (
        before.context.get(PARTNER_KEY, person.partner_id)
        if before is not None
        else person.partner_id
    )
    if result.state is not None:
        result.state.context.setdefault(PARTNER_KEY, began_with)
    if began_with == person.partner_id:
        return result
    if not any(isinstance(e, SendToPartner | SaveCheckInAnswer) for e in result.effects):
        return result
    return Result(None, (Reply(text.PARTNER_CHANGED),), ())


def _state_of(saved: SavedConversation | None) -> FlowState | None:
    if saved is None:
        return None
    try:
        return FlowState.from_json(saved.state)
    except (KeyError, TypeError, ValueError):
        # A state written by an older version that no longer reads: start clean.
        log.warning("unreadable conversation state dropped")
        return None


def apply_effects(
    session: Session, user: User, person: Person, result: Result, now: datetime
) -> bool:
    """Store what the flow decided; returns whether anything was queued for sending."""
    queued = False
    for effect in result.effects:
        if isinstance(effect, ShowSafetyResources):
            # Nothing is stored or sent anywhere else: the reply itself is the help.
            continue
        if isinstance(effect, SaveReflection):
            reflections.add_reflection(
                session, user_id=user.id, kind=effect.kind, summary=effect.summary, now=now
            )
        elif isinstance(effect, SendToPartner):
            queued |= _send_to_partner(session, user, person, effect, now)
        elif isinstance(effect, ScheduleFollowUp):
            reply = followups.render_followup(effect.kind, effect.context, person)
            outbox.enqueue(
                session,
                chat_id=user.id,
                kind=effect.kind,
                text=reply.text,
                buttons=reply.buttons,
                due_at=effect.at,
                now=now,
                # Reminders name the partner: their /deletedata takes these too.
                subject_user_id=person.partner_id,
            )
        elif isinstance(effect, SaveCheckInAnswer):
            queued |= _save_checkin_answer(session, user, effect, now)
    return queued


def _send_to_partner(
    session: Session, user: User, person: Person, effect: SendToPartner, now: datetime
) -> bool:
    if person.partner_id is None:
        return False
    relay = relays.add_relay(
        session,
        kind=effect.kind,
        sender_id=user.id,
        recipient_id=person.partner_id,
        text=effect.text,
        now=now,
    )
    reply = followups.render_delivery(
        effect.kind, user.first_name, effect.text, effect.context, relay_id=relay.id
    )
    outbox.enqueue(
        session,
        chat_id=person.partner_id,
        kind=effect.kind,
        text=reply.text,
        buttons=reply.buttons,
        due_at=effect.at or now,
        now=now,
        sender_id=user.id,
        relay_id=relay.id,
    )
    return effect.at is None or effect.at <= now


def _save_checkin_answer(
    session: Session, user: User, effect: SaveCheckInAnswer, now: datetime
) -> bool:
    relay = relays.get_relay(session, effect.relay_id)
    if relay is None or relay.kind != "checkin" or not _still_open(session, relay, user.id):
        return False
    relays.answer_relay(session, relay, verdict=effect.verdict, note=effect.note, now=now)
    outbox.enqueue(
        session,
        chat_id=relay.sender_id,
        kind="checkin_answer",
        text=checkin_result_text(user.first_name, effect.verdict, effect.note),
        due_at=now,
        now=now,
        # The answer quotes its author: it is theirs, and goes with their data.
        sender_id=user.id,
        relay_id=relay.id,
    )
    return True

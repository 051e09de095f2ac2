"""Guided conversations: load the saved step, let the engine decide, save, apply effects.

The saved state is the truth: each input is one unit of work that reads the
conversation, writes the new step with a version check and queues anything for
the partner in the outbox, all committed together. A restart (even ``kill -9``)
resumes at the saved step.

The partner's buttons under a relay are answered here too: a Check In answer
goes with its tap (then a line of their own is offered), a request gets "got
it, I will" or "let's talk about it", and the sender hears back either way.
"""

from __future__ import annotations

import logging
from collections.abc import Callable
from datetime import datetime

from sqlmodel import Session

from bot.runtime import Runtime
from bot.services import crisis_guard, quiz
from bot.services.languages import speaking_to
from bot.services.onboarding import ensure_user
from bot.services.outcome import Outcome, Who
from bot.services.relay_answers import (
    AFTER_ANSWER,
    RELAY_PREFIXES,
    REQUEST_ANSWERS,
    VERDICTS,
    between_them,
    record_checkin_answer,
    record_request_answer,
    save_checkin_answer,
)
from flows import followups, shared_plan
from flows.callback_data import RelayPress, decode
from flows.checkin import note_offer
from flows.content import checkin as checkin_text
from flows.content import common as common_text
from flows.content import followups as followup_text
from flows.content import onboarding as text
from flows.model import (
    FlowState,
    Person,
    Reply,
    Result,
    SaveCheckInAnswer,
    SaveReflection,
    ScheduleFollowUp,
    SendToPartner,
    ShareQuizResult,
    ShowSafetyResources,
    UserInput,
)
from flows.moment_hurt import REQUEST_KIND
from flows.registry import engine
from storage import couples, reflections, relays
from storage import daily as daily_store
from storage.conversations import (
    PARTNER_KEY,
    ConcurrentUpdateError,
    SavedConversation,
    load_conversation,
    save_conversation,
)
from storage.db import unit_of_work
from storage.models import GroupChat
from storage.reflections import has_reflection
from storage.step_opening import StepOpening, open_step, refresh_person
from storage.users import (
    PartnerBrief,
    UserBrief,
    UserFacts,
    clear_pending_setting,
    get_user,
    partner_brief,
)

log = logging.getLogger(__name__)

# Another process saved the same person's step between our read and write: try again.
ATTEMPTS = 3

# The step's decision, given its unit of work for what it must read besides the opening.
Decide = Callable[[Session, FlowState | None, Person, datetime, datetime | None], Result]


def person_of(session: Session, user: UserFacts) -> Person:
    return _person(user, partner_brief(session, user))


def _person(user: UserFacts, partner: PartnerBrief | None) -> Person:
    return Person(
        user_id=user.id,
        first_name=user.first_name,
        partner_id=partner.id if partner is not None else None,
        partner_name=partner.first_name if partner is not None else None,
        timezone=user.timezone,
        shared_group=partner is not None and partner.shared_group,
    )


def _shared_group(session: Session, user: UserFacts) -> GroupChat | None:
    """The couple's group, if they turned group posts on (/groupprompts on)."""
    if user.couple_id is None:
        return None
    return daily_store.group_mode_groups(session, [user.couple_id]).get(user.couple_id)


def has_open_conversation(rt: Runtime, user_id: int) -> bool:
    with unit_of_work(rt.engine) as session:
        return load_conversation(session, user_id) is not None


# Typed text waiting for "which one is it for?" (bot.services.typed_text). Kept beside
# the flow's state, so the next step of the flow, whatever it is, drops it.
HELD_TEXT = "held_text"


def hold_text(rt: Runtime, who: Who, text: str) -> bool:
    """Keep ``text`` with the open conversation until the person says where it goes."""
    with unit_of_work(rt.engine) as session:
        saved = load_conversation(session, who.user_id)
        if saved is None:
            return False
        state = {**saved.state, HELD_TEXT: text}
        save_conversation(
            session, who.user_id, state, expected_version=saved.version, now=rt.clock()
        )
        return True


def release_held_text(rt: Runtime, who: Who) -> str | None:
    """The held text, taken out of the conversation (a second press finds nothing)."""
    with unit_of_work(rt.engine) as session:
        saved = load_conversation(session, who.user_id)
        held = saved.state.get(HELD_TEXT) if saved is not None else None
        if saved is None or not isinstance(held, str):
            return None
        state = {k: v for k, v in saved.state.items() if k != HELD_TEXT}
        save_conversation(
            session, who.user_id, state, expected_version=saved.version, now=rt.clock()
        )
        return held


# Reflections that count as having looked back at a moment (see ``_first_moment``).
MOMENT_KINDS = ("moment_support", "moment_hurt")


def handle_input(rt: Runtime, who: Who, inp: UserInput) -> Outcome:
    """Typed text, a flow button (``f:``/``fu:``), media or a flow command."""
    moment = inp.kind == "command" and engine.commands.get(inp.command) == "moment"

    def decide(
        session: Session,
        state: FlowState | None,
        person: Person,
        now: datetime,
        last: datetime | None,
    ) -> Result:
        starts = {"moment": _moment_context(session, person.user_id)} if moment else {}
        # Follow-up buttons (fu:) too: the engine closes the message pressed.
        return engine.handle(state, inp, person, now, last, start_context=starts)

    return _run(rt, who, decide, is_command=inp.kind == "command")


def start_flow(
    rt: Runtime, who: Who, flow: str, context: dict[str, object] | None = None
) -> Outcome:
    """Open a flow from outside it (a deep link); an open one is offered to continue first."""

    def decide(
        session: Session,
        state: FlowState | None,
        person: Person,
        now: datetime,
        _last: datetime | None,
    ) -> Result:
        given = context or (_moment_context(session, person.user_id) if flow == "moment" else {})
        return engine.request_start(state, flow, person, now, dict(given))

    return _run(rt, who, decide, is_command=True)


def _moment_context(session: Session, user_id: int) -> dict[str, object]:
    """``first`` until the person has looked back at a moment once: why it matters is
    said then (derived from their reflections, so nothing new is stored). Read in the
    step's own unit of work."""
    return {} if has_reflection(session, user_id, MOMENT_KINDS) else {"first": True}


def answer_relay(rt: Runtime, who: Who, data: str) -> Outcome:
    """The buttons under a partner's message.

    ``ci:<relay>:helped|partly|else`` sends the Check In answer at once, then
    offers a line of their own; ``ci:<relay>:note`` opens that line later,
    ``ci:<relay>:no`` / ``later`` leave things. ``rq:<relay>:yes|talk`` answers a
    request and tells its sender; ``rq:<relay>:open`` looks back at the moment
    from the receiver's side; ``rq:<relay>:no`` / ``later`` leave things.
    """
    press = decode(data)
    if not isinstance(press, RelayPress):
        return Outcome(notice=text.STALE_BUTTON)
    prefix, relay_id, choice = press.kind, press.relay_id, press.choice
    kind = RELAY_PREFIXES[prefix]
    with unit_of_work(rt.engine) as session:
        relay = relays.get_relay(session, relay_id)
        if relay is None or relay.kind != kind or not between_them(session, relay, who.user_id):
            return Outcome(notice=text.STALE_BUTTON)
        answered = relay.answered_at is not None
        if choice in AFTER_ANSWER[prefix]:
            usable = answered and (choice == "later" or relay.note is None)
        else:
            usable = not answered or (prefix == "rq" and choice == "open")
        if not usable:
            return Outcome(notice=text.STALE_BUTTON)
        if choice == "no":
            # The message keeps its buttons: they can answer when ready.
            ack = (
                followup_text.REQUEST_NOT_NOW_ACK
                if prefix == "rq"
                else checkin_text.NOT_NOW_ANSWER_ACK
            )
            return Outcome([Reply(ack)])
        if choice == "later":
            return Outcome(notice=common_text.NOT_NOW_ACK)
        sender = get_user(session, relay.sender_id)
        answerer = get_user(session, who.user_id)
        sender_name = sender.first_name if sender is not None else common_text.YOUR_PARTNER
        now = rt.clock()
        if prefix == "ci" and choice in VERDICTS and answerer is not None:
            record_checkin_answer(session, relay, answerer, choice, "", now)
        elif prefix == "rq" and choice in REQUEST_ANSWERS and answerer is not None:
            reply = record_request_answer(session, relay, answerer, choice, sender_name, now)
            return Outcome([reply], queued=True)
    context: dict[str, object] = {"relay_id": relay_id, "asker_name": sender_name}
    if prefix == "ci" and choice in VERDICTS:
        outcome = _offer_note(rt, who, {**context, "verdict": choice, "answered": True})
        outcome.queued = True
        return outcome
    if prefix == "ci" and choice == "note":
        verdict = relay.verdict or "helped"
        later = {**context, "verdict": verdict, "answered": True, "later": True}
        return start_flow(rt, who, "checkin_answer", later)
    if prefix == "rq" and choice == "open":
        context = {"side": "support", "request_id": relay_id, "from_name": sender_name}
        return start_flow(rt, who, "moment", context)
    return Outcome(notice=text.STALE_BUTTON)


def _offer_note(rt: Runtime, who: Who, context: dict[str, object]) -> Outcome:
    """After a one-tap answer: a line of their own, now, or later if they are in the
    middle of something else."""

    def decide(
        _session: Session,
        state: FlowState | None,
        person: Person,
        now: datetime,
        _last: datetime | None,
    ) -> Result:
        busy = state is not None and _usable(state, person) and not engine.flows[state.flow].yields
        if busy:
            offer = note_offer(str(context["asker_name"]), str(context["verdict"]), _id(context))
            return Result(state, (offer,))
        return engine.start("checkin_answer", person, now, context)

    return _run(rt, who, decide, is_command=True)


def _id(context: dict[str, object]) -> int:
    value = context.get("relay_id")
    return value if isinstance(value, int) else 0


def _usable(state: FlowState, person: Person) -> bool:
    try:
        engine.current_prompt(state, person)
    except KeyError:
        return False
    return True


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
    opening = _opening(session, rt, who)
    user, saved, partner = opening.user, opening.saved, opening.partner
    if is_command and user.pending_setting is not None:
        # A command leaves an open time zone or time question behind.
        clear_pending_setting(session, user.id)
    state = _state_of(saved)
    person = _person(user, partner)
    result = decide(session, state, person, now, saved.updated_at if saved else None)
    result = _bind_to_partner(state, result, person)
    if _reaches_partner(result) and not _still_a_couple(session, user):
        # Unpaired at this very moment in the partner's chat (PostgreSQL): as above.
        result = Result(None, (Reply(text.PARTNER_CHANGED),), ())
    new_state = result.state.to_json() if result.state is not None else None
    if new_state is not None or saved is not None:
        save_conversation(
            session, user.id, new_state, expected_version=saved.version if saved else None, now=now
        )
    queued = apply_effects(session, user, person, result, now)
    # Last: the person's own row is locked after the couple's (``_still_a_couple``), in the
    # order /unpair locks them; written first, the two once waited on each other.
    refresh_person(session, opening, username=who.username, now=now)
    # As saved: its question on screen is remembered without reading it back.
    asked_in = (
        SavedConversation(new_state, saved.version + 1 if saved else 1, now)
        if new_state is not None
        else None
    )
    return Outcome(list(result.replies), queued=queued, asked_in=asked_in)


def _opening(session: Session, rt: Runtime, who: Who) -> StepOpening:
    """The person behind the update (created on first contact, their name as they have it
    now), their saved conversation and their partner."""
    opening = open_step(
        session, user_id=who.user_id, first_name=who.first_name, username=who.username
    )
    if opening is not None:
        return opening
    # New here: no conversation and no couple yet; the row was just written as it is.
    user = ensure_user(session, rt, who)
    return StepOpening(UserBrief.of(user), None, None, (user.first_name, user.username, True))


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
    if began_with == person.partner_id or not _reaches_partner(result):
        return result
    return Result(None, (Reply(text.PARTNER_CHANGED),), ())


def _reaches_partner(result: Result) -> bool:
    return any(
        isinstance(e, SendToPartner | SaveCheckInAnswer | ShareQuizResult) for e in result.effects
    )


def _still_a_couple(session: Session, user: UserFacts) -> bool:
    """Whether the user's couple still holds, its row locked until this step commits: the
    partner may be ending it in their own chat right now (two units of work at once on
    PostgreSQL). Whoever locks second sees the other's outcome: an ended couple here, or
    (the step first) its message queued and then withdrawn by the unpairing."""
    if user.couple_id is None:
        return False
    return couples.lock_couple_if_current(session, user.couple_id)


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
    session: Session, user: UserFacts, person: Person, result: Result, now: datetime
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
            # For the partner (a shared plan's reminder on the day) it names this person.
            chat_id = person.partner_id if effect.to_partner else user.id
            if chat_id is None:
                continue
            with speaking_to(session, chat_id):
                reply = followups.render_followup(effect.kind, effect.context, person)
            crisis_guard.queue(
                session,
                chat_id=chat_id,
                kind=effect.kind,
                text=reply.text,
                buttons=reply.buttons,
                due_at=effect.at,
                now=now,
                # Reminders name the partner: their /deletedata takes these too.
                subject_user_id=user.id if effect.to_partner else person.partner_id,
            )
        elif isinstance(effect, SaveCheckInAnswer):
            queued |= save_checkin_answer(session, user, effect, now)
        elif isinstance(effect, ShareQuizResult):
            queued |= quiz.share(session, user, person, effect, now)
    return queued


def _send_to_partner(
    session: Session, user: UserFacts, person: Person, effect: SendToPartner, now: datetime
) -> bool:
    if person.partner_id is None:
        return False
    group = _shared_group(session, user) if effect.to_group else None
    if effect.to_group and group is None:
        return False  # group posts were turned off since the preview: nothing is sent
    # A request goes privately as ever (the buttons are the partner's); the group sees
    # it only once the partner answers "Got it, I will" (bot.services.relay_answers).
    group_when_accepted = group is not None and effect.kind == REQUEST_KIND
    relay_id = crisis_guard.add_relay(
        session,
        kind=effect.kind,
        sender_id=user.id,
        recipient_id=person.partner_id,
        text=effect.text,
        now=now,
        to_group_when_accepted=group_when_accepted,
    )
    with speaking_to(session, person.partner_id):
        reply = followups.render_delivery(
            effect.kind, user.first_name, effect.text, effect.context, relay_id=relay_id
        )
    if group_when_accepted:
        group = None
    if group is None or effect.kind == shared_plan.PLAN_KIND:
        # A shared plan still comes privately too: its buttons are the partner's answer.
        crisis_guard.queue(
            session,
            chat_id=person.partner_id,
            kind=effect.kind,
            text=reply.text,
            buttons=reply.buttons,
            due_at=effect.at or now,
            now=now,
            sender_id=user.id,
            relay_id=relay_id,
        )
    if group is not None:
        # The group reads it as a post: no buttons meant for the partner alone.
        post = reply
        if effect.kind == shared_plan.PLAN_KIND:
            post = shared_plan.render_group_plan(user.first_name, effect.context)
        crisis_guard.queue(
            session,
            chat_id=group.chat_id,
            kind=effect.kind,
            text=post.text,
            due_at=effect.at or now,
            now=now,
            sender_id=user.id,
            subject_user_id=person.partner_id,
            relay_id=relay_id if effect.kind != shared_plan.PLAN_KIND else None,
        )
    return effect.at is None or effect.at <= now

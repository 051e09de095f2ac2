"""Two updates handled at once, in different chats (or by two instances), on the same rows.

On PostgreSQL (READ COMMITTED) two units of work run side by side: each decides on
what it read, and what the other has not committed yet is invisible to it. Each test
here makes one interleaving happen on purpose: the ``second`` unit (in a thread, on an
engine of its own: another process) reads what it decides on and waits right there
while the ``first`` one runs and commits; then the second goes on with what it read.
A unit that locks what it decides on instead makes the first wait for it: the second
sees that wait and goes on at once (it commits first, the first then reads afresh).

SQLite runs one unit of work at a time (``BEGIN IMMEDIATE``), so there the two simply
run one after the other and the same outcome is expected.
"""

from __future__ import annotations

import asyncio
import re
import threading
import time
from collections.abc import Callable, Iterator
from concurrent.futures import ThreadPoolExecutor
from dataclasses import replace
from datetime import date
from typing import Any, TypeVar

import pytest
from sqlalchemy import event
from sqlmodel import select

from bot.runtime import Runtime
from bot.services import (
    conversation,
    daily_answers,
    daily_planning,
    daily_settings,
    pairing,
    quiz,
    records,
)
from bot.services import groups as group_service
from bot.services.outcome import Outcome, Who
from flows.callback_data import DeletePress, UnpairPress, encode
from flows.content import daily as daily_texts
from flows.content import onboarding as onboarding_text
from flows.content.prompts import PROMPTS_BY_KEY
from flows.model import Person, Reply, ShareQuizResult, UserInput
from playground.botapi.formatting import html_to_text
from storage import groups, relays
from storage.db import create_db_engine, is_postgres, unit_of_work
from storage.models import Couple, DailyCouple, DailySchedule, GroupChat, Relay, User
from storage.users import UserBrief, get_user
from tests.lock_waits import someone_waits_for_a_lock
from tests.privacy_checks import rows_referring_to
from tests.services.daily_world import PROMPT_KINDS, REVEAL_START, TYPED_PROMPT, World, local

T = TypeVar("T")
U = TypeVar("U")

# Ids no token, date or count in the database could contain by chance.
ANA, BEN = 7_301_001, 7_301_002
GROUP_CHAT = -7_301_099
# How long the second unit waits, at most, for the first one to commit or to be seen
# waiting on its lock (and how long a test waits for anything at all).
NO_WAIT = 5.0


@pytest.fixture
def other_rt(world: World, database_url: str) -> Iterator[Runtime]:
    """The same bot on an engine of its own: another instance (or another worker)."""
    engine = create_db_engine(database_url)
    yield replace(world.rt, engine=engine)
    engine.dispose()


def race(
    world: World,
    other: Runtime,
    *,
    first: Callable[[], T],
    second: Callable[[], U],
    pause_after: Callable[[str, Any], bool],
) -> tuple[T, U]:
    """Run ``second`` (on ``other``'s engine, in a thread) until its first statement that
    ``pause_after`` picks, then ``first`` (here) to its end, then the rest of ``second``.

    The pause also ends as soon as some unit waits for a lock (``first``, on one that
    ``second`` holds), or after NO_WAIT. On SQLite there is no pause (one writer at a
    time): ``first`` runs to its end, then ``second``. (Started together, whichever took
    the lock first would decide the outcome, and a test could pass or fail by chance.)
    """
    reached, first_done = threading.Event(), threading.Event()
    postgres = is_postgres(world.rt.settings.database_url)
    if not postgres:
        return first(), second()

    def pause(_conn: Any, _cursor: Any, statement: str, parameters: Any, *_: Any) -> None:
        if reached.is_set() or not pause_after(statement, parameters):
            return
        reached.set()
        deadline = time.monotonic() + NO_WAIT
        while not first_done.wait(0.05):
            if time.monotonic() > deadline or someone_waits_for_a_lock(world.rt.engine):
                return

    event.listen(other.engine, "after_cursor_execute", pause)
    try:
        with ThreadPoolExecutor(max_workers=1) as pool:
            theirs = pool.submit(second)
            while not reached.wait(0.01) and not theirs.done():
                pass
            if not reached.is_set():
                theirs.result()  # its error, if it failed before the pause
                pytest.fail("the second unit of work never made the read it decides on")
            mine = first()
            first_done.set()
            return mine, theirs.result(timeout=3 * NO_WAIT)
    finally:
        first_done.set()
        event.remove(other.engine, "after_cursor_execute", pause)


def selects(table: str, *values: int) -> Callable[[str, Any], bool]:
    """A SELECT from ``table`` whose parameters hold all of ``values``."""

    def picks(statement: str, parameters: Any) -> bool:
        if not statement.lstrip().upper().startswith("SELECT"):
            return False
        if f"FROM {table}" not in statement and f'FROM "{table}"' not in statement:
            return False
        given = set(parameters.values()) if isinstance(parameters, dict) else set()
        return all(value in given for value in values)

    return picks


def updates(table: str, *values: int) -> Callable[[str, Any], bool]:
    """An UPDATE of ``table`` whose parameters hold all of ``values``."""

    def picks(statement: str, parameters: Any) -> bool:
        if not statement.lstrip().upper().startswith(f"UPDATE {table.upper()}") and not (
            statement.lstrip().upper().startswith(f'UPDATE "{table.upper()}"')
        ):
            return False
        given = set(parameters.values()) if isinstance(parameters, dict) else set()
        return all(value in given for value in values)

    return picks


def _couple(world: World) -> tuple[Who, Who, int]:
    ana = world.user(ANA, name="Ana")
    ben = world.user(BEN, name="Ben")
    return ana, ben, world.pair(ana, ben)


def _pending(world: World, kind: str) -> list[int]:
    """Chats with a queued message of ``kind``."""
    return [row.chat_id for row in world.outbox() if row.kind == kind and row.status == "pending"]


# --- the daily question: two answers at once -------------------------------------------


def _answer(rt: Runtime, who: Who, token: str, prompt_key: str, words: str) -> Outcome:
    """Answer today's private question the way it asks: typing, or its first button."""
    if PROMPTS_BY_KEY[prompt_key].by_buttons:
        return daily_answers.press(rt, who, f"dp:a:{token}:0", chat_id=who.user_id)
    taken = daily_answers.take_answer(rt, who, words)
    assert taken is not None
    return taken


def _reveals_in(outcome: Outcome) -> int:
    return sum(REVEAL_START in html_to_text(reply.text) for reply in outcome.replies)


@pytest.mark.parametrize("prompt_key", PROMPT_KINDS)
async def test_partners_answering_at_the_same_moment_both_see_the_reveal_once(
    world: World, other_rt: Runtime, prompt_key: str
) -> None:
    """Ana and Ben answer in their own chats at once. Each saves their answer and looks for
    the other's: whoever looks second must find it and reveal both (never neither, which
    once left both waiting for ever; never both, which would reveal twice)."""
    ana, ben, couple = _couple(world)
    world.fix_prompt(prompt_key, date(2026, 11, 25), couple_id=couple)
    await world.at(local("Europe/Berlin", 2026, 11, 25, 20, 0))
    ana_token, ben_token = world.delivery(ANA).token, world.delivery(BEN).token

    ana_saw, ben_saw = race(
        world,
        other_rt,
        first=lambda: _answer(world.rt, ana, ana_token, prompt_key, "You went quiet"),
        second=lambda: _answer(other_rt, ben, ben_token, prompt_key, "Your shoulders"),
        # Ben has saved his answer and looks for Ana's.
        pause_after=selects("prompt_answer", ANA),
    )
    await world.tick()
    assert len(world.answers()) == 2
    assert _reveals_in(ana_saw) + len(world.bot.reveals_to(ANA)) == 1
    assert _reveals_in(ben_saw) + len(world.bot.reveals_to(BEN)) == 1


@pytest.mark.postgres_only("on SQLite the nudge is decided wholly before or after the answer")
async def test_a_nudge_decided_while_its_person_answers_never_follows_the_answer(
    world: World, other_rt: Runtime
) -> None:
    """Ben answered; Ana's one nudge ("Ben answered, your turn") comes due at the moment
    she answers. The nudge job read no answer of hers (hers was not committed yet): it
    must not queue the nudge after her answer. It takes the couple's lock only if it is
    free (it holds the delivery's row, which her answer locks after the couple's), and
    otherwise decides again a minute later."""
    ana, ben, couple = _couple(world)
    world.fix_prompt(TYPED_PROMPT, date(2026, 11, 25), couple_id=couple)
    await world.at(local("Europe/Berlin", 2026, 11, 25, 20, 0))
    ben_token = world.delivery(BEN).token
    _answer(world.rt, ben, ben_token, TYPED_PROMPT, "Your shoulders")
    world.clock.advance(hours=3)  # past the nudge's delay
    assert world.delivery(ANA).nudge_due_at is not None
    race(
        world,
        other_rt,
        first=lambda: daily_planning.plan_nudges(world.rt),
        # Ana holds the couple's lock, her answer not yet saved.
        second=lambda: _answer(other_rt, ana, world.delivery(ANA).token, TYPED_PROMPT, "Quiet"),
        pause_after=selects("couple", couple),
    )
    assert _pending(world, "daily_nudge") == []
    world.clock.advance(minutes=2)
    daily_planning.plan_nudges(world.rt)
    assert _pending(world, "daily_nudge") == []
    assert len(world.answers()) == 2


def test_an_invite_accepted_while_its_inviter_deletes_their_data_leaves_no_one_unaware(
    world: World, other_rt: Runtime
) -> None:
    """Ben opens Ana's invite link at the moment Ana confirms /deletedata. The invite's
    lock orders the two: either Ana is gone first (Ben hears the link is unknown), or Ben
    is paired first and Ana's erasure then ends that couple. Then Ben must hear that the
    connection ended (once it ended it without a word: he thought he was paired)."""
    ana, ben = world.user(ANA, name="Ana"), world.user(BEN, name="Ben")
    invite = pairing.create_invite(world.rt, ana).replies
    code = re.search(r"start=([A-Za-z0-9_-]+)", " ".join(r.text for r in invite))
    assert code is not None
    _, bens = race(
        world,
        other_rt,
        first=lambda: records.confirm_delete(world.rt, ana, encode(DeletePress(ANA))),
        # Ben holds the invite (locked) and has read Ana, his partner-to-be.
        second=lambda: pairing.start(other_rt, ben, code.group(1)),
        pause_after=selects("user", ANA),
    )
    paired = bens.replies[0].text != onboarding_text.INVITE_UNKNOWN
    # PostgreSQL: Ben's accepting holds the invite, so he is paired first; SQLite: Ana's
    # erasure ran first.
    assert paired == is_postgres(world.rt.settings.database_url)
    assert (BEN in _pending(world, "unpaired")) == paired
    with unit_of_work(world.rt.engine) as session:
        assert get_user(session, ANA) is None
        ben_now = get_user(session, BEN)
        assert ben_now is not None and ben_now.couple_id is None
    assert rows_referring_to(world.rt.engine, ANA, "Ana") == []


# --- ending the couple: both at once, or while something else is decided on it ----------


def _unpair(rt: Runtime, who: Who, couple_id: int) -> Outcome:
    return pairing.confirm_unpair(rt, who, encode(UnpairPress(couple_id)))


def test_both_partners_ending_the_couple_at_once_end_it_once(
    world: World, other_rt: Runtime
) -> None:
    """Both press "Yes, unpair" at the same moment. The couple ends once: whoever ended it
    is told so, the other hears it from them (once) and their press is stale. (The second
    once ended it again from what it had read: both were told "done", and the second's
    ending withdrew the first one's message and sent its own the other way.)"""
    ana, ben, couple = _couple(world)
    ana_saw, ben_saw = race(
        world,
        other_rt,
        first=lambda: _unpair(world.rt, ana, couple),
        second=lambda: _unpair(other_rt, ben, couple),
        # Ben has read himself and his partner, both still in the couple.
        pause_after=selects("user", couple, BEN),
    )
    saw = {ANA: ana_saw, BEN: ben_saw}
    told = _pending(world, "unpaired")
    assert len(told) == 1, told
    (late,) = told
    (ender,) = {ANA, BEN} - {late}
    assert saw[late] == Outcome(notice=onboarding_text.STALE_BUTTON)
    assert saw[ender].replies and saw[ender].queued
    with unit_of_work(world.rt.engine) as session:
        assert [user.couple_id for user in session.exec(select(User))] == [None, None]
        ended = session.get(Couple, couple)
        assert ended is not None and ended.ended_at is not None


def test_both_partners_deleting_their_data_at_once_leave_nothing_of_either(
    world: World, other_rt: Runtime
) -> None:
    """Both press "Delete everything" at the same moment. Nothing of either may remain
    (the second once ended the couple again from what it had read, and queued "your
    partner deleted their data" to the person just erased)."""
    ana, ben, couple = _couple(world)
    ana_saw, ben_saw = race(
        world,
        other_rt,
        first=lambda: records.confirm_delete(world.rt, ana, encode(DeletePress(ANA))),
        second=lambda: records.confirm_delete(other_rt, ben, encode(DeletePress(BEN))),
        # Ben has read himself and his partner, both still in the couple.
        pause_after=selects("user", couple, BEN),
    )
    assert ana_saw.replies and ben_saw.replies
    assert rows_referring_to(world.rt.engine, ANA, "Ana") == []
    assert rows_referring_to(world.rt.engine, BEN, "Ben") == []
    with unit_of_work(world.rt.engine) as session:
        assert session.exec(select(Couple)).all() == []


def test_one_deleting_their_data_while_the_other_unpairs_tells_nobody_erased(
    world: World, other_rt: Runtime
) -> None:
    """Ana deletes her data while Ben unpairs: Ben is told (without her name) that the
    connection ended, and nothing is queued to the person erased."""
    ana, ben, couple = _couple(world)
    _, ben_saw = race(
        world,
        other_rt,
        first=lambda: records.confirm_delete(world.rt, ana, encode(DeletePress(ANA))),
        second=lambda: _unpair(other_rt, ben, couple),
        pause_after=selects("user", couple, BEN),
    )
    assert rows_referring_to(world.rt.engine, ANA, "Ana") == []
    assert _pending(world, "unpaired") == ([BEN] if ben_saw.notice else [])
    with unit_of_work(world.rt.engine) as session:
        assert [user.couple_id for user in session.exec(select(User))] == [None]


def test_a_group_linked_while_the_couple_ends_stays_unlinked(
    world: World, other_rt: Runtime
) -> None:
    """Ana links the group (its last step, after asking Telegram who is in it) while Ben
    unpairs in his chat. The group must not stay linked to the ended couple: it would
    then answer "this group belongs to another couple" to whoever tries to link it next."""
    ana, ben, couple = _couple(world)
    asked = threading.Event()

    async def both_in_it(_chat_id: int, _user_id: int) -> bool:
        asked.set()
        return True

    def link() -> Outcome:
        return asyncio.run(
            group_service.link(other_rt, ana, chat_id=GROUP_CHAT, title="Us", is_member=both_in_it)
        )

    def after_asking(statement: str, parameters: Any) -> bool:
        # The link's last unit of work, after Telegram was asked: Ana read, in the couple.
        return asked.is_set() and selects("user", ANA)(statement, parameters)

    race(
        world,
        other_rt,
        first=lambda: _unpair(world.rt, ben, couple),
        second=link,
        pause_after=after_asking,
    )
    with unit_of_work(world.rt.engine) as session:
        group = groups.get_group(session, GROUP_CHAT)
        assert group is not None and group.couple_id is None
        assert session.exec(select(GroupChat).where(GroupChat.couple_id == couple)).all() == []
    assert [row.chat_id for row in world.outbox() if row.kind == "unpaired"] == [ANA]


# --- /quiz: both share their result at once --------------------------------------------


def _share(rt: Runtime, me: tuple[int, str], partner: tuple[int, str], words: str) -> bool:
    with unit_of_work(rt.engine) as session:
        user = get_user(session, me[0])
        assert user is not None
        person = Person(
            user_id=me[0], first_name=me[1], partner_id=partner[0], partner_name=partner[1]
        )
        return quiz.share(session, UserBrief.of(user), person, ShareQuizResult(words), rt.clock())


def test_partners_sharing_quiz_results_at_once_each_get_the_others(
    world: World, other_rt: Runtime
) -> None:
    """Each result waits for the partner's; whoever shares second swaps them. Both sharing
    at the same moment once each found nothing of the other's: neither result ever came,
    and each was invited to take a quiz they had just taken."""
    _couple(world)
    race(
        world,
        other_rt,
        first=lambda: _share(world.rt, (ANA, "Ana"), (BEN, "Ben"), "Ana's result"),
        second=lambda: _share(other_rt, (BEN, "Ben"), (ANA, "Ana"), "Ben's result"),
        # Ben has kept his result and looks for Ana's.
        pause_after=lambda statement, parameters: (
            "FROM relay" in statement
            and isinstance(parameters, dict)
            and parameters.get("sender_id_1") == ANA
        ),
    )
    results = sorted(_pending(world, "quiz_result"))
    assert results == [ANA, BEN]
    with unit_of_work(world.rt.engine) as session:
        verdicts = [relay.verdict for relay in session.exec(select(Relay))]
    assert verdicts == ["swapped", "swapped"]


# --- settings that are the couple's: both change them at once ---------------------------


def test_both_partners_moving_the_weekly_look_back_at_once_agree_and_both_succeed(
    world: World, other_rt: Runtime
) -> None:
    """/weekly moves the look back for both. Both moving it at the same moment once each
    wrote their own schedule, then waited for the other's: a deadlock, and one of them
    got an error. Now one waits for the other; both schedules say the same."""
    ana, ben, _ = _couple(world)
    race(
        world,
        other_rt,
        first=lambda: daily_settings.set_weekly(world.rt, ana, "friday 18:30"),
        second=lambda: daily_settings.set_weekly(other_rt, ben, "monday 08:00"),
        # Ben has written one schedule and reads the other.
        pause_after=selects("daily_schedule", ANA),
    )
    with unit_of_work(world.rt.engine) as session:
        both = {(s.weekly_day, s.weekly_time) for s in session.exec(select(DailySchedule))}
    assert len(both) == 1, both
    assert sorted(_pending(world, "daily_settings")) == [ANA, BEN]


def test_both_partners_turning_group_posts_on_at_once_both_succeed(
    world: World, other_rt: Runtime
) -> None:
    """The couple's settings row is made by the first /groupprompts. Both partners turning
    posts on at the same moment (one in the group, one in private) once both found no row
    and both inserted one: the second failed with an error."""
    ana, ben, couple = _couple(world)
    world.link_group(couple, GROUP_CHAT)
    looked = [0]

    def second_look(statement: str, parameters: Any) -> bool:
        # Ben's /groupprompts reads the couple's settings twice: the pause is after the
        # second read (right before it inserts the row it did not find).
        if selects("daily_couple", couple)(statement, parameters):
            looked[0] += 1
        return looked[0] == 2

    ana_saw, ben_saw = race(
        world,
        other_rt,
        first=lambda: daily_settings.group_prompts(world.rt, ana, "on", group_chat_id=GROUP_CHAT),
        second=lambda: daily_settings.group_prompts(other_rt, ben, "on", group_chat_id=None),
        pause_after=second_look,
    )
    assert ana_saw.replies == ben_saw.replies == [Reply(daily_texts.GROUP_PROMPTS_ON)]
    with unit_of_work(world.rt.engine) as session:
        settings = session.exec(select(DailyCouple)).all()
    assert [(row.couple_id, row.group_prompts) for row in settings] == [(couple, True)]


# --- a message for the partner while the couple ends -----------------------------------


def _ben_previews_a_line_for_ana(world: World) -> tuple[Who, Who, int, str]:
    """Ana checked in, Ben answered "helped" and previewed a line for her: the couple,
    and the data of the preview's Send button."""
    ana, ben, couple = _couple(world)
    with unit_of_work(world.rt.engine) as session:
        relay_id = relays.add_relay(
            session,
            kind="checkin",
            sender_id=ANA,
            recipient_id=BEN,
            text="Did it?",
            now=world.rt.clock(),
        )
    conversation.answer_relay(world.rt, ben, f"ci:{relay_id}:helped")
    preview = conversation.handle_input(world.rt, ben, UserInput.typed("You stood by me."))
    send = next(
        b.data
        for r in preview.replies
        for row in r.buttons
        for b in row
        if b.data.startswith("f:ca_prev:send.")
    )
    return ana, ben, couple, send


def test_a_line_sent_to_the_partner_while_they_unpair_never_reaches_them(
    world: World, other_rt: Runtime
) -> None:
    """Ben confirms his answer to Ana's check-in (a line for her) at the moment Ana
    presses "Yes, unpair". His step read the couple before her unpairing committed: it
    must not queue his words for her after the couple ended (nor say they were sent)."""
    ana, ben, couple, send = _ben_previews_a_line_for_ana(world)
    _, bens = race(
        world,
        other_rt,
        first=lambda: _unpair(world.rt, ana, couple),
        # Paused once Ben's step has read his partner (Ana, still his): the step's
        # opening statement (storage.step_opening), its first read of a user.
        second=lambda: conversation.handle_input(other_rt, ben, UserInput.pressed(send)),
        pause_after=selects("user", BEN),
    )
    assert [r.text for r in bens.replies] == [onboarding_text.PARTNER_CHANGED]
    words = [row for row in world.outbox() if "You stood by me" in row.text]
    assert all(row.status != "pending" for row in words)
    assert not [row for row in words if row.chat_id == ANA and row.status == "sent"]


def test_a_renamed_person_sending_to_the_partner_while_they_unpair_does_not_deadlock(
    world: World, other_rt: Runtime
) -> None:
    """As above, and Ben changed his Telegram username since his last message: his step
    also writes it. Written first, his row was locked before the couple's, while Ana's
    unpairing locks the couple and then both people's rows: each waited on the other and
    PostgreSQL failed one of them. It is now written last. (A new first name would make
    the preview stale instead: it shows his name.)"""
    ana, ben, couple, send = _ben_previews_a_line_for_ana(world)
    renamed = replace(ben, username="benji")
    _, bens = race(
        world,
        other_rt,
        first=lambda: _unpair(world.rt, ana, couple),
        # Paused once Ben's step has written his new username (his row locked).
        second=lambda: conversation.handle_input(other_rt, renamed, UserInput.pressed(send)),
        pause_after=updates("user", BEN),
    )
    assert bens.replies
    words = [row for row in world.outbox() if "You stood by me" in row.text]
    assert all(row.status != "pending" for row in words)
    with unit_of_work(world.rt.engine) as session:
        ben_now = get_user(session, BEN)
        assert ben_now is not None and ben_now.username == "benji"
        assert ben_now.couple_id is None

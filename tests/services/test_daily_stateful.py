"""The daily prompts under random use: a stateful hypothesis test on a real SQLite file
with the fake clock and the real tick.

Two partners (Ana, Ben) with a linked group that Eve (set up, alone) is also in, and
Mallory, who never talked to the bot. Rules: time passes (prompts, nudges, reveals go
out), answers of both prompt kinds in private and in the group, crisis words typed
anywhere, forged and stray button presses from anyone, snooze and skip, group mode on
and off, unpair and /deletedata. Whatever the order:

* a reveal never happens before both answered, and goes to the group only when both
  answers were given there;
* only the couple's answers are stored (or a person's own, on their own days);
* crisis words are never stored anywhere;
* a private answer never reaches the group;
* each prompt delivery is sent at most once (again only after a snooze).
"""

from __future__ import annotations

import asyncio
import shutil
from collections import Counter
from datetime import UTC, datetime, timedelta
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import (
    RuleBasedStateMachine,
    initialize,
    invariant,
    precondition,
    rule,
    run_state_machine_as_test,
)
from sqlmodel import SQLModel, select

from bot.services import daily_answers, daily_sending, daily_settings, pairing, records
from bot.services.outcome import Outcome, Who
from flows.content import daily as texts
from flows.content.prompts import PROMPTS_BY_KEY
from flows.model import Reply
from flows.safety import safety_reply
from storage import daily as store
from storage import groups
from storage.db import create_db_engine, unit_of_work
from storage.migrate import upgrade
from storage.models import Couple, PromptAnswer, PromptDay, PromptDelivery
from storage.users import get_user
from tests.conftest import FakeClock
from tests.services.daily_world import PROMPT_KINDS, REVEAL_START, World, make_world

# What the runs reached, over all examples: the test checks it is not vacuous.
SEEN: Counter[str] = Counter()


def event(name: str) -> None:
    SEEN[name] += 1


ANA, BEN, EVE, MALLORY = (
    Who(1, "Ana"),
    Who(2, "Ben"),
    Who(3, "Eve"),
    Who(6, "Mallory"),
)
PARTNERS = (ANA, BEN)
EVERYONE = (ANA, BEN, EVE, MALLORY)
GROUP = -900
START = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
ANA_EVENING = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)  # 20:00 in Berlin
BEN_EVENING = datetime(2026, 11, 25, 19, 30, tzinfo=UTC)  # 19:30 in London
# Unpairing and /deletedata end the story: allowed once the first day has been lived.
ENDINGS_FROM = START + timedelta(days=1)
CRISIS = ("I want to die", "I am going to kill myself", "he hit me again")
PRESS_KINDS = ("answer", "answer-out-of-range", "snooze-hour", "snooze-evening", "skip")
DAYS_DATA = ("dp:days:all", "dp:days:wkd", "dp:days:x", "dp:days:zz", "dp:nonsense")


class DailyMachine(RuleBasedStateMachine):
    def __init__(self, template: Path, workdir: Path) -> None:
        super().__init__()
        self.dir = workdir / f"run-{id(self)}"
        self.dir.mkdir()
        shutil.copy(template, self.dir / "db.sqlite3")
        url = f"sqlite:///{self.dir / 'db.sqlite3'}"
        self.engine = create_db_engine(url)
        self.clock = FakeClock(START)
        self.world: World = make_world(self.engine, url, self.clock)
        self.loop = asyncio.new_event_loop()
        # Model
        self.deleted: set[int] = set()
        self.paired = True
        self.private_words: set[str] = set()
        # Per delivery token: snoozes pressed, and times taken for sending.
        self.snoozes: Counter[str] = Counter()
        self.prepared: Counter[str] = Counter()
        self.count = 0
        self._count_prepares()
        world = self.world
        world.user(ANA.user_id, zone="Europe/Berlin", time="20:00", name="Ana")
        world.user(BEN.user_id, zone="Europe/London", time="19:30", name="Ben")
        world.user(EVE.user_id, zone="Europe/Berlin", time="20:00", name="Eve")
        self.couple_id = world.pair(ANA, BEN)
        world.link_group(self.couple_id, GROUP)

    def _count_prepares(self) -> None:
        real = daily_sending.prepare

        def counting(session: Any, delivery: Any, now: Any, *rest: Any) -> Any:
            item = real(session, delivery, now, *rest)
            if item is not None:
                # By token: SQLite reuses the ids of rows deleted with a person.
                self.prepared[delivery.token] += 1
            return item

        self._real_prepare = real
        daily_sending.prepare = counting  # type: ignore[assignment]

    def teardown(self) -> None:
        daily_sending.prepare = self._real_prepare  # type: ignore[assignment]
        self.loop.close()
        self.engine.dispose()
        shutil.rmtree(self.dir, ignore_errors=True)

    # --- helpers ------------------------------------------------------------------

    def _tick(self) -> None:
        self.loop.run_until_complete(self.world.tick())

    def _words(self) -> str:
        self.count += 1
        return f"W{self.count}-words"

    def _group_post(self) -> PromptDelivery | None:
        with unit_of_work(self.engine) as session:
            group = groups.get_group(session, GROUP)
            assert group is not None and group.id is not None
            return store.latest_group_delivery(session, group.id)

    def _private(self, who: Who) -> PromptDelivery | None:
        with unit_of_work(self.engine) as session:
            return store.latest_private_delivery(session, who.user_id)

    def _all_answers(self) -> list[PromptAnswer]:
        with unit_of_work(self.engine) as session:
            return list(session.exec(select(PromptAnswer)))

    def _answers_of_day(self, day_id: int) -> list[PromptAnswer]:
        with unit_of_work(self.engine) as session:
            rows = session.exec(select(PromptAnswer).where(PromptAnswer.day_id == day_id))
            return list(rows)

    def _everything(self) -> dict[str, list[tuple[Any, ...]]]:
        with self.engine.connect() as connection:
            return {
                table.name: sorted(map(tuple, connection.execute(table.select())), key=repr)
                for table in SQLModel.metadata.sorted_tables
            }

    def _reveal_rows(self) -> int:
        return sum(1 for row in self.world.outbox() if row.kind == "daily_reveal")

    def _check_answer_outcome(
        self, outcome: Outcome | None, delivery: PromptDelivery, reveals_before: int
    ) -> None:
        """A reveal (replied or queued) only once both answered; in the group only if
        both answers were given there."""
        if outcome is None:
            return
        revealed = [r for r in outcome.replies if r.text.startswith(REVEAL_START)]
        queued = self._reveal_rows() > reveals_before
        told = {texts.GROUP_REVEALED_PRIVATELY.format(name=p.first_name) for p in PARTNERS}
        told_in_group = any(r.text in told for r in outcome.replies)
        for happened, name in [
            (revealed and delivery.group_id is not None, "reveal in the group"),
            (revealed and delivery.group_id is None, "reveal in private"),
            (told_in_group, "reveal to each privately from the group"),
        ]:
            if happened:
                event(name)
        if revealed or queued or told_in_group:
            answers = self._answers_of_day(delivery.day_id)
            assert len({a.user_id for a in answers}) == 2, "revealed before both answered"
            if revealed and delivery.group_id is not None:
                assert all(a.group_id == delivery.group_id for a in answers)

    # --- rules ----------------------------------------------------------------------

    @initialize(
        kinds=st.lists(st.sampled_from(PROMPT_KINDS), min_size=6, max_size=6),
        where=st.sampled_from(["private", "group", "ana private, ben group", "ana group only"]),
    )
    def the_first_evening(self, kinds: list[str], where: str) -> None:
        """The couple's prompts for the next days (both kinds, in a drawn order); the
        first evening's go to their private chats, their group, or one then the other
        (group mode switched between Ana's evening and Ben's)."""
        for offset, key in enumerate(kinds):
            self.world.fix_prompt(
                key, START.date() + timedelta(days=offset), couple_id=self.couple_id
            )
        rt = self.world.rt
        if where in ("group", "ana group only"):
            daily_settings.group_prompts(rt, ANA, "on", group_chat_id=GROUP)
        self.clock.now = ANA_EVENING
        self._tick()
        if where == "ana private, ben group":
            daily_settings.group_prompts(rt, BEN, "on", group_chat_id=None)
        if where == "ana group only":
            daily_settings.group_prompts(rt, BEN, "off", group_chat_id=None)
        self.clock.now = BEN_EVENING
        self._tick()

    def _help_for(self, who: Who) -> Outcome:
        """The safety reply for this person's country, as their stored time zone tells;
        the general wording once they deleted their data (or never talked in private)."""
        with unit_of_work(self.world.rt.engine) as session:
            user = get_user(session, who.user_id)
            zone = user.timezone if user is not None else None
        return Outcome([safety_reply(None, zone)])

    @rule(hours=st.sampled_from([0, 1, 2, 5, 12, 23]), minutes=st.sampled_from([0, 1, 30, 59]))
    def time_passes(self, hours: int, minutes: int) -> None:
        self.clock.advance(hours=hours, minutes=minutes)
        sent = len(self.world.bot.sent)
        self._tick()
        for message in self.world.bot.sent[sent:]:
            if message.text.startswith("Today's question"):
                event("prompt sent to the group" if message.chat_id == GROUP else "prompt sent")

    @rule(who=st.sampled_from(PARTNERS), crisis=st.booleans(), data=st.data())
    def answers_in_private(self, who: Who, crisis: bool, data: st.DataObject) -> None:
        self._answer_in_private(who, crisis, data)

    @rule(who=st.sampled_from(EVERYONE), crisis=st.booleans(), data=st.data())
    def answers_in_the_group(self, who: Who, crisis: bool, data: st.DataObject) -> None:
        self._answer_in_the_group(who, crisis, data)

    @rule(
        first=st.sampled_from(PARTNERS),
        crisis_first=st.booleans(),
        meddler=st.sampled_from([None, EVE, MALLORY]),
        data=st.data(),
    )
    def both_answer_where_asked(
        self, first: Who, crisis_first: bool, meddler: Who | None, data: st.DataObject
    ) -> None:
        """Each partner answers the latest question put to them, private or in the group
        (with ``crisis_first``, after typing crisis words there); a ``meddler`` in the
        group tries to answer the group's question first."""
        if meddler is not None:
            self._answer_in_the_group(meddler, False, data)
        for who in (first, BEN if first == ANA else ANA):
            private, posted = self._private(who), self._group_post()
            in_group = posted is not None and (
                private is None or posted.local_date > private.local_date
            )
            answer = self._answer_in_the_group if in_group else self._answer_in_private
            if crisis_first:
                answer(who, True, data)
            answer(who, False, data)

    def _answer_in_private(self, who: Who, crisis: bool, data: st.DataObject) -> None:
        if who.user_id in self.deleted:
            return
        delivery = self._private(who)
        if delivery is None:
            return
        before = self._reveal_rows()
        prompt = PROMPTS_BY_KEY[delivery.prompt_key]
        if prompt.by_buttons and not crisis:
            index = data.draw(st.integers(0, len(prompt.choices) - 1))
            outcome: Outcome | None = daily_answers.press(
                self.world.rt, who, f"dp:a:{delivery.token}:{index}", chat_id=who.user_id
            )
        else:
            words = data.draw(st.sampled_from(CRISIS)) if crisis else self._words()
            outcome = daily_answers.take_answer(self.world.rt, who, words)
            if crisis:
                assert outcome in (None, self._help_for(who))
                self._crisis_words_stored_nowhere()
            elif any(a.text == words for a in self._answers_of_day(delivery.day_id)):
                self.private_words.add(words)
        self._check_answer_outcome(outcome, delivery, before)

    def _answer_in_the_group(self, who: Who, crisis: bool, data: st.DataObject) -> None:
        delivery = self._group_post()
        if delivery is None or delivery.message_id is None:
            return
        before = self._reveal_rows()
        prompt = PROMPTS_BY_KEY[delivery.prompt_key]
        if prompt.by_buttons and not crisis:
            index = data.draw(st.integers(0, len(prompt.choices) - 1))
            outcome: Outcome | None = daily_answers.press(
                self.world.rt, who, f"dp:a:{delivery.token}:{index}", chat_id=GROUP
            )
        else:
            words = data.draw(st.sampled_from(CRISIS)) if crisis else self._words()
            outcome = daily_answers.take_group_answer(
                self.world.rt,
                who,
                chat_id=GROUP,
                reply_to_message_id=delivery.message_id,
                text=words,
            )
            if crisis:
                assert outcome == Outcome(queued=True), "crisis words answered in the group"
                self._crisis_words_stored_nowhere()
        self._check_answer_outcome(outcome, delivery, before)
        for reply in outcome.replies if outcome else []:
            for words in self.private_words:
                assert words not in reply.text, "a private answer was said in the group"

    @rule(
        who=st.sampled_from(EVERYONE),
        in_group=st.booleans(),
        whose=st.sampled_from(("group", "ana", "ben")),
        kind=st.sampled_from(PRESS_KINDS),
    )
    def presses_a_button(self, who: Who, in_group: bool, whose: str, kind: str) -> None:
        delivery = (
            self._group_post()
            if whose == "group"
            else self._private(ANA if whose == "ana" else BEN)
        )
        if delivery is None:
            return
        token = delivery.token
        data = {
            "answer": f"dp:a:{token}:0",
            "answer-out-of-range": f"dp:a:{token}:42",
            "snooze-hour": f"dp:snz:h:{token}",
            "snooze-evening": f"dp:snz:e:{token}",
            "skip": f"dp:skip:{token}",
        }[kind]
        chat_id = GROUP if in_group else who.user_id
        before = self._everything()
        reveals_before = self._reveal_rows()
        outcome = daily_answers.press(self.world.rt, who, data, chat_id=chat_id)
        own_private = not in_group and delivery.user_id == who.user_id
        partner_answer_in_group = (
            in_group
            and kind == "answer"
            and delivery.group_id is not None
            and self.paired
            and who in PARTNERS
            and who.user_id not in self.deleted
        )
        for_me_in_group = (
            in_group
            and kind in ("snooze-hour", "snooze-evening", "skip")
            and delivery.group_id is not None
            and self.paired
            and who in PARTNERS
            and who.user_id not in self.deleted
        )
        if for_me_in_group:
            event("snooze or skip for oneself on the group's post")
            # The post stays as it is; only the presser is told (the notice), never the group.
            assert outcome.replies == [] and outcome.notice, (who, data)
            assert not outcome.queued
            return
        if not own_private and not partner_answer_in_group:
            event("press refused")
            # In a private chat the refused buttons go; a group's post keeps its own.
            closed = [] if in_group else [Reply.closing()]
            assert outcome.replies == closed and outcome.notice, (who, data, chat_id)
            assert self._everything() == before, (who, data, chat_id)
            return
        self._check_answer_outcome(outcome, delivery, reveals_before)
        snoozed = texts.SNOOZED.split("{")[0]
        if outcome.replies and outcome.replies[0].text.startswith(snoozed):
            self.snoozes[delivery.token] += 1

    @rule(who=st.sampled_from(EVERYONE), data=st.sampled_from(DAYS_DATA))
    def presses_days_in_the_group(self, who: Who, data: str) -> None:
        before = self._everything()
        outcome = daily_answers.press(self.world.rt, who, data, chat_id=GROUP)
        assert outcome.replies == [] and outcome.notice
        assert self._everything() == before

    @rule(
        who=st.sampled_from(EVERYONE),
        command=st.sampled_from(("pause", "days", "weekly")),
        words=st.sampled_from(CRISIS),
    )
    def crisis_words_after_a_command(self, who: Who, command: str, words: str) -> None:
        before = self._everything()
        call = {
            "pause": daily_settings.pause,
            "days": daily_settings.set_days,
            "weekly": daily_settings.set_weekly,
        }[command]
        assert call(self.world.rt, who, words) == self._help_for(who)
        assert self._everything() == before

    @rule(who=st.sampled_from(PARTNERS), on=st.booleans(), in_group=st.booleans())
    def group_mode(self, who: Who, on: bool, in_group: bool) -> None:
        if who.user_id in self.deleted:
            return
        daily_settings.group_prompts(
            self.world.rt, who, "on" if on else "off", group_chat_id=GROUP if in_group else None
        )

    @precondition(lambda self: self.paired and self.clock.now >= ENDINGS_FROM)
    @rule(who=st.sampled_from(PARTNERS))
    def unpair(self, who: Who) -> None:
        outcome = pairing.confirm_unpair(self.world.rt, who, f"up:yes:{self.couple_id}")
        assert outcome.queued
        self.paired = False

    @precondition(lambda self: self.clock.now >= ENDINGS_FROM)
    @rule(who=st.sampled_from(PARTNERS))
    def deletes_their_data(self, who: Who) -> None:
        if who.user_id in self.deleted:
            return
        records.confirm_delete(self.world.rt, who, f"dd:yes:{who.user_id}")
        self.deleted.add(who.user_id)
        self.paired = False

    # --- invariants -------------------------------------------------------------------

    @invariant()
    def only_the_couples_answers_are_stored(self) -> None:
        with unit_of_work(self.engine) as session:
            for answer, day in session.exec(
                select(PromptAnswer, PromptDay).where(PromptAnswer.day_id == PromptDay.id)
            ):
                assert answer.user_id not in (EVE.user_id, MALLORY.user_id) or (
                    day.user_id == answer.user_id
                )
                if day.couple_id is None:
                    assert day.user_id == answer.user_id
                else:
                    couple = session.get(Couple, day.couple_id)
                    assert couple is not None
                    assert answer.user_id in (couple.first_user_id, couple.second_user_id)

    @invariant()
    def crisis_words_are_never_an_answer(self) -> None:
        for answer in self._all_answers():
            assert answer.text not in CRISIS

    def _crisis_words_stored_nowhere(self) -> None:
        """The whole database, after every step that typed crisis words."""
        stored = repr(self._everything())
        for words in CRISIS:
            assert words not in stored

    @invariant()
    def a_private_answer_never_reaches_the_group(self) -> None:
        for sent in self.world.bot.to(GROUP):
            for words in self.private_words:
                assert words not in sent.text

    @invariant()
    def each_delivery_is_sent_at_most_once(self) -> None:
        for token, count in self.prepared.items():
            assert count <= 1 + self.snoozes[token], token

    @invariant()
    def deleted_people_are_gone(self) -> None:
        with unit_of_work(self.engine) as session:
            for user_id in self.deleted:
                assert get_user(session, user_id) is None


@pytest.fixture(scope="module")
def template(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """One migrated database, copied for every run (migrating each time is slow)."""
    path = tmp_path_factory.mktemp("daily-template") / "db.sqlite3"
    upgrade(f"sqlite:///{path}")
    return path


def test_the_daily_prompts_keep_their_promises_under_random_use(
    template: Path, tmp_path: Path
) -> None:
    class Machine(DailyMachine):
        def __init__(self) -> None:
            super().__init__(template, tmp_path)

    SEEN.clear()
    run_state_machine_as_test(
        Machine,
        settings=settings(
            max_examples=25,
            stateful_step_count=30,
            deadline=None,
            # The same runs every time: the check below that answers were revealed must
            # not depend on the draw (a random draw of 25 once revealed none, and failed).
            derandomize=True,
            suppress_health_check=[HealthCheck.too_slow, HealthCheck.filter_too_much],
        ),
    )
    # Not vacuous: answers were revealed, and presses refused.
    assert SEEN["reveal in private"] + SEEN["reveal in the group"] > 0, SEEN
    assert SEEN["press refused"] > 0, SEEN

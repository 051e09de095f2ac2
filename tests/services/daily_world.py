"""A world for the daily-prompt service tests: a real SQLite file, a FakeClock and a
recording bot in place of Telegram. The tick under test is the real ``run_daily_tick``.
"""

from __future__ import annotations

import asyncio
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, date, datetime, timedelta
from types import SimpleNamespace
from typing import Any
from zoneinfo import ZoneInfo

from sqlalchemy import Engine
from sqlmodel import select

from bot.daily_jobs import STATE_KEY, DailySender, DailyState, run_daily_tick
from bot.delivery import OutboxSender
from bot.runtime import Runtime
from bot.services import daily_answers, daily_schedule
from bot.services.outcome import Outcome, Who
from bot.settings import Settings
from flows import daily as flow
from flows.content import daily as texts
from flows.content.prompts import PROMPTS_BY_KEY
from flows.daily_reactions import reaction_keyboard
from flows.model import Reply
from playground.botapi.formatting import html_to_text
from storage import couples, groups
from storage import daily as store
from storage.db import unit_of_work
from storage.models import Outbox, PromptAnswer, PromptDelivery
from storage.users import get_user, upsert_user
from tests.conftest import FakeClock

# One prompt of each kind, fixed per test so both kinds always run.
TYPED_PROMPT = "checkin-09"
BUTTON_PROMPT = "read-05"
PROMPT_KINDS = (TYPED_PROMPT, BUTTON_PROMPT)
assert not PROMPTS_BY_KEY[TYPED_PROMPT].by_buttons and PROMPTS_BY_KEY[BUTTON_PROMPT].by_buttons


@dataclass
class Sent:
    chat_id: int
    text: str
    markup: Any
    message_id: int


class Crash(BaseException):
    """Stands for the process dying: nothing catches it."""


@dataclass
class RecordingBot:
    """Enough of ``telegram.Bot`` for the senders: records every message it accepts."""

    sent: list[Sent] = field(default_factory=list)
    attempts: list[int] = field(default_factory=list)
    # chat id → exceptions to raise on the next sends to it (before accepting).
    fail: dict[int, list[BaseException]] = field(default_factory=dict)
    # Called after a message was accepted (it reached "Telegram"); may raise Crash.
    after_accept: Callable[[int], None] | None = None
    delay: float = 0.0
    photos: list[tuple[int, bytes]] = field(default_factory=list)
    _ids: int = 0

    async def send_message(
        self, chat_id: int, text: str, reply_markup: Any = None, **_: Any
    ) -> SimpleNamespace:
        self.attempts.append(chat_id)
        if self.delay:
            await asyncio.sleep(self.delay)
        pending = self.fail.get(chat_id)
        if pending:
            raise pending.pop(0)
        self._ids += 1
        # Every message is HTML: kept as the person reads it (bad HTML raises, as Telegram
        # would refuse it).
        self.sent.append(Sent(chat_id, html_to_text(text), reply_markup, self._ids))
        if self.after_accept is not None:
            self.after_accept(len(self.sent))
        return SimpleNamespace(message_id=self._ids)

    async def send_photo(
        self, chat_id: int, photo: bytes, caption: str = "", **_: Any
    ) -> SimpleNamespace:
        """A picture: recorded with its caption as text and the image bytes."""
        self.attempts.append(chat_id)
        pending = self.fail.get(chat_id)
        if pending:
            raise pending.pop(0)
        self._ids += 1
        self.photos.append((chat_id, photo))
        self.sent.append(Sent(chat_id, html_to_text(caption), None, self._ids))
        return SimpleNamespace(message_id=self._ids)

    def to(self, chat_id: int) -> list[Sent]:
        return [s for s in self.sent if s.chat_id == chat_id]

    def prompts_to(self, chat_id: int) -> list[Sent]:
        return [s for s in self.to(chat_id) if s.text.startswith("Today's question")]

    def reveals_to(self, chat_id: int) -> list[Sent]:
        return [s for s in self.to(chat_id) if s.text.startswith(REVEAL_START)]


GROUP_NOTE = Reply(texts.GROUP_REPLY_NOTE)


def without_group_note(outcome: Outcome) -> Outcome:
    """The outcome without the once-per-couple note that the group reads typed answers
    (tests of the note itself look at it; the others compare the rest)."""
    if outcome.replies and outcome.replies[-1] == GROUP_NOTE:
        outcome.replies = outcome.replies[:-1]
    return outcome


def expected_reveal(world: World, mine: str, theirs: str, partner: str) -> Reply:
    """The private reveal of the world's one prompt day: question, answers, reactions."""
    day_id = world.answers()[0].day_id
    with unit_of_work(world.rt.engine) as session:
        day = store.day_by_id(session, day_id)
        assert day is not None
        question = flow.render_prompt_text(PROMPTS_BY_KEY[day.prompt_key], partner)
    return flow.reveal_message(
        mine, theirs, partner, question=question, reactions=reaction_keyboard(day_id)
    )


# Both the private and the group reveal begin so ("You both answered 5 of…" does not).
REVEAL_START = texts.REVEAL.split("\n")[0]
assert texts.GROUP_REVEAL.startswith(REVEAL_START)


@dataclass
class World:
    rt: Runtime
    bot: RecordingBot
    clock: FakeClock
    app: Any

    def new_sender(self, **kwargs: Any) -> DailySender:
        sender = DailySender(self.rt, self.bot, rate=kwargs.pop("rate", 10_000), **kwargs)  # type: ignore[arg-type]
        self.app.bot_data[STATE_KEY] = DailyState(sender=sender)
        return sender

    async def tick(self) -> Any:
        report = await run_daily_tick(self.app)
        # What handlers do after an outcome with queued messages (reveals, notices).
        await self.app.bot_data["outbox"].drain()
        return report

    async def at(self, when: datetime) -> Any:
        self.clock.now = when
        return await self.tick()

    def user(
        self,
        user_id: int,
        *,
        zone: str = "Europe/Berlin",
        time: str = "20:00",
        name: str | None = None,
    ) -> Who:
        who = Who(user_id=user_id, first_name=name or f"P{user_id}")
        with unit_of_work(self.rt.engine) as session:
            user, _ = upsert_user(
                session,
                user_id=user_id,
                first_name=who.first_name,
                username=None,
                default_timezone="UTC",
                now=self.clock(),
            )
            user.timezone, user.prompt_time, user.onboarded = zone, time, True
            session.add(user)
            daily_schedule.sync_schedule(session, user, self.clock())
        return who

    def pair(self, a: Who, b: Who) -> int:
        with unit_of_work(self.rt.engine) as session:
            first, second = get_user(session, a.user_id), get_user(session, b.user_id)
            assert first is not None and second is not None
            couple = couples.create_couple(session, first, second, self.clock())
            assert couple.id is not None
            return couple.id

    def link_group(self, couple_id: int, chat_id: int, title: str = "Us") -> None:
        with unit_of_work(self.rt.engine) as session:
            group = groups.upsert_group(session, chat_id=chat_id, title=title, now=self.clock())
            groups.link_group(session, group, couple_id=couple_id, now=self.clock())

    def fix_prompt(
        self,
        key: str,
        local_date: date,
        *,
        couple_id: int | None = None,
        user_id: int | None = None,
    ) -> None:
        """Record the prompt of a day before the planner chooses one (it keeps ours)."""
        assert (couple_id is None) != (user_id is None)
        with unit_of_work(self.rt.engine) as session:
            store.create_days(
                session,
                [
                    {
                        "couple_id": couple_id,
                        "user_id": user_id,
                        "local_date": local_date,
                        "prompt_key": key,
                        "created_at": self.clock(),
                    }
                ],
            )

    def delivery(self, user_id: int) -> PromptDelivery:
        with unit_of_work(self.rt.engine) as session:
            delivery = store.latest_private_delivery(session, user_id)
            assert delivery is not None
            return delivery

    def group_delivery(self, chat_id: int) -> PromptDelivery:
        with unit_of_work(self.rt.engine) as session:
            group = groups.get_group(session, chat_id)
            assert group is not None and group.id is not None
            delivery = store.latest_group_delivery(session, group.id)
            assert delivery is not None
            return delivery

    def answer(self, who: Who, text: str = "I noticed") -> tuple[Outcome, str]:
        """Answer today's private prompt the way it asks: typing, or its first button."""
        delivery = self.delivery(who.user_id)
        prompt = PROMPTS_BY_KEY[delivery.prompt_key]
        if prompt.by_buttons:
            data = f"dp:a:{delivery.token}:0"
            outcome = daily_answers.press(self.rt, who, data, chat_id=who.user_id)
            return outcome, prompt.choices[0]
        taken = daily_answers.take_answer(self.rt, who, text)
        assert taken is not None
        return taken, text

    def answer_in_group(
        self, who: Who, chat_id: int, text: str = "I noticed", choice: int = 0
    ) -> tuple[Outcome, str]:
        """Answer the group's post the way it asks: a reply, or one of its buttons."""
        delivery = self.group_delivery(chat_id)
        prompt = PROMPTS_BY_KEY[delivery.prompt_key]
        if prompt.by_buttons:
            data = f"dp:a:{delivery.token}:{choice}"
            return daily_answers.press(self.rt, who, data, chat_id=chat_id), prompt.choices[choice]
        assert delivery.message_id is not None
        taken = daily_answers.take_group_answer(
            self.rt, who, chat_id=chat_id, reply_to_message_id=delivery.message_id, text=text
        )
        assert taken is not None
        return without_group_note(taken), text

    def answers(self) -> list[PromptAnswer]:
        with unit_of_work(self.rt.engine) as session:
            return list(session.exec(select(PromptAnswer).order_by(PromptAnswer.id)))  # type: ignore[arg-type]

    def outbox(self) -> list[Outbox]:
        with unit_of_work(self.rt.engine) as session:
            return list(session.exec(select(Outbox).order_by(Outbox.id)))  # type: ignore[arg-type]


def private_answer(
    world: World,
    who: Who,
    answer: str,
    saved: Reply | None,
    *after: Reply,
    queued: bool = False,
) -> Outcome:
    """What answering today's private prompt gives, as this version answers.

    The prompt loses its buttons: a tapped choice shows on it (with the "saved" line
    under it); after a typed answer, the "saved" line is a message. Then ``after``.
    """
    delivery = world.delivery(who.user_id)
    if PROMPTS_BY_KEY[delivery.prompt_key].by_buttons:
        return Outcome([flow.answered_by_button(answer, saved), *after], queued=queued)
    assert delivery.message_id is not None
    waiting = [saved] if saved is not None else []
    return Outcome([Reply.closing(delivery.message_id), *waiting, *after], queued=queued)


def make_world(engine: Engine, database_url: str, clock: FakeClock) -> World:
    settings = Settings(  # type: ignore[call-arg]
        _env_file=None, telegram_bot_token="123:" + "a" * 30, database_url=database_url
    )
    rt = Runtime(settings=settings, engine=engine, clock=clock)
    bot = RecordingBot()
    app = SimpleNamespace(
        bot_data={"runtime": rt, "outbox": OutboxSender(rt, bot)},  # type: ignore[arg-type]
        bot=bot,
        running=True,
    )
    world = World(rt, bot, clock, app)
    world.new_sender()
    return world


def local(zone: str, *args: int) -> datetime:
    """A wall-clock time in ``zone`` as UTC (first occurrence if repeated)."""
    return datetime(*args, tzinfo=ZoneInfo(zone)).astimezone(UTC)  # type: ignore[misc]


async def expect_prompts(world: World, who: Who, instants: list[datetime]) -> None:
    """One prompt exactly at each instant, none a minute before."""
    for instant in instants:
        before = len(world.bot.prompts_to(who.user_id))
        await world.at(instant - timedelta(minutes=1))
        assert len(world.bot.prompts_to(who.user_id)) == before, f"early before {instant}"
        await world.at(instant)
        assert len(world.bot.prompts_to(who.user_id)) == before + 1, f"missing at {instant}"

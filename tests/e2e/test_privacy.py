"""Privacy end to end: /deletedata leaves nothing of a person behind, /export lists only
what the person wrote or received, and what has served its purpose is purged."""

from __future__ import annotations

import json
from datetime import UTC, datetime, timedelta
from typing import Any

from sqlmodel import select

from bot.daily_jobs import run_daily_tick
from playground.botapi import FakeBotApi, FakeUser
from storage import daily as daily_store
from storage.conversations import PARTNER_KEY, load_conversation
from storage.db import unit_of_work
from storage.models import Couple, Invite, Outbox, PromptAnswer, Relay, User
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import pair
from tests.privacy_checks import raw_database_bytes, rows_containing, rows_referring_to

# Telegram-sized ids that appear nowhere else, so a stray copy is found by its digits.
ANA_ID, BEN_ID, CY_ID = 7_345_118_901, 6_200_004_417, 5_100_000_003
MARK = "qzmarker"
BERLIN_20 = datetime(2026, 11, 25, 19, 0, tzinfo=UTC)
TEXT_PROMPT = "checkin-09"  # typed answers (a button prompt could not carry the marker)


def _marked(feature: str) -> str:
    return f"{MARK}-{feature}"


async def _support_moment(api: FakeBotApi, ana: FakeUser, ben: FakeUser) -> None:
    """Ana wants to have Ben's back better, twice: a moment she stepped in (her
    check-in names it), then one she missed (a repair and a reinforcement)."""
    api.send_command(ana, "/moment")
    side = await api.wait_for_message(ana.id, "Which fits best?")
    api.press_button(ana, side, "I stepped in for them")
    await api.wait_for_message(ana.id, "Step 1/5 · Read the Moment")
    api.send_text(ana, _marked("moment-what"))
    signals = await api.wait_for_message(ana.id, "Which signals")
    api.press_button(ana, signals, "Done")
    await api.wait_for_message(ana.id, "Step 2/5 · Take Their Side")
    api.send_text(ana, _marked("moment-side"))
    action = await api.wait_for_message(ana.id, "Step 3/5 · Take Action")
    api.press_button(ana, action, "Spoke up")
    await api.wait_for_message(ana.id, "Step 4/5 · Check In")
    api.send_text(ana, _marked("checkin-ask"))
    preview = await api.wait_for_message(ana.id, "exactly what Ben will get")
    api.press_button(ana, preview, "Send")
    asked = await api.wait_for_message(ben.id, _marked("checkin-ask"))
    assert _marked("moment-what") in asked["text"]
    await api.wait_for_message(ana.id, "Your moment with Ben")

    api.send_command(ana, "/moment")
    side = await api.wait_for_message(ana.id, "Which fits best?")
    api.press_button(ana, side, "I wish I'd stepped in")
    await api.wait_for_message(ana.id, "Step 1/5 · Read the Moment")
    api.send_text(ana, _marked("missed-what"))
    signals = await api.wait_for_message(ana.id, "which signals did Ben give")
    api.press_button(ana, signals, "Done")
    await api.wait_for_message(ana.id, "Step 2/5 · Take Their Side")
    api.send_text(ana, _marked("missed-side"))
    hard = await api.wait_for_message(ana.id, "Step 3/5 · What Got in the Way")
    api.press_button(ana, hard, "stress")
    await api.wait_for_message(ana.id, "Replay it")
    api.send_text(ana, _marked("replay"))
    await api.wait_for_message(ana.id, "Step 4/5 · Make It Right")
    api.send_text(ana, _marked("repair"))
    preview = await api.wait_for_message(ana.id, _marked("repair"))
    api.press_button(ana, preview, "Send")
    await api.wait_for_message(ben.id, _marked("repair"))
    await api.wait_for_message(ana.id, "Step 5/5 · Reinforce")
    api.send_text(ana, _marked("reinforce-now"))
    preview = await api.wait_for_message(ana.id, _marked("reinforce-now"))
    api.press_button(ana, preview, "Send now")
    await api.wait_for_message(ben.id, _marked("reinforce-now"))
    await api.wait_for_message(ana.id, "Your moment with Ben")


async def _answer_check_in(api: FakeBotApi, asker: FakeUser, answerer: FakeUser, note: str) -> None:
    """``asker`` sends /checkin, ``answerer`` answers "It helped" (one tap), then adds ``note``."""
    api.send_command(asker, "/checkin")
    pick = await api.wait_for_message(asker.id, "What would you like to ask?")
    api.press_button(asker, pick, "Did that help?")
    preview = await api.wait_for_message(asker.id, f"exactly what {answerer.first_name} will get")
    api.press_button(asker, preview, "Send")
    asked = await api.wait_for_message(answerer.id, f"{asker.first_name} is checking in")
    api.press_button(answerer, asked, "It helped")
    await api.wait_for_message(asker.id, f"{answerer.first_name} says: it helped.")
    await api.wait_for_message(answerer.id, "what made the difference")
    api.send_text(answerer, note)
    preview = await api.wait_for_message(answerer.id, f"exactly what {asker.first_name} will get")
    api.press_button(answerer, preview, "Send")
    await api.wait_for_message(asker.id, note)


async def _request(api: FakeBotApi, ana: FakeUser, ben: FakeUser) -> dict[str, Any]:
    """Ana: "They didn't have my back", a request to Ben including what happened."""
    api.send_command(ana, "/moment")
    side = await api.wait_for_message(ana.id, "Which fits best?")
    api.press_button(ana, side, "They didn't have my back")
    await api.wait_for_message(ana.id, "What happened, from where you stood?")
    api.send_text(ana, _marked("hurt-what"))
    felt = await api.wait_for_message(ana.id, "How did it feel?")
    api.press_button(ana, felt, "Done")
    helped = await api.wait_for_message(ana.id, "What would have helped")
    api.press_button(ana, helped, "Take my side")
    await api.wait_for_message(ana.id, "When might something like this happen again?")
    api.send_text(ana, _marked("hurt-when"))
    preview = await api.wait_for_message(ana.id, "exactly what Ben will get")
    api.press_button(ana, preview, "Add what happened")
    preview = await api.wait_for_message(ana.id, "What happened, as Ana saw it")
    api.press_button(ana, preview, "Send")
    return await api.wait_for_message(ben.id, "Ana has a request for next time")


async def _prepare_and_share(api: FakeBotApi, ana: FakeUser, ben: FakeUser) -> None:
    api.send_command(ana, "/prepare")
    await api.wait_for_message(ana.id, "What's coming up?")
    api.send_text(ana, _marked("prepare-what"))
    await api.wait_for_message(ana.id, "When is it?")
    api.send_text(ana, "tomorrow 19:00")
    await api.wait_for_message(ana.id, "What might happen")
    api.send_text(ana, _marked("prepare-risk"))
    signals = await api.wait_for_message(ana.id, "Which signals will tell you")
    api.press_button(ana, signals, "Going quiet")
    signals = await api.wait_for_message(ana.id, "Which signals will tell you")
    api.press_button(ana, signals, "Done")
    await api.wait_for_message(ana.id, "what could you say to stand with Ben?")
    api.send_text(ana, _marked("prepare-side"))
    await api.wait_for_message(ana.id, "private signal")
    api.send_text(ana, _marked("prepare-code"))
    await api.wait_for_message(ana.id, "When the signal comes, what will you do?")
    api.send_text(ana, _marked("prepare-plan"))
    await api.wait_for_message(ana.id, "About when will it be over?")
    api.send_text(ana, "23:30")
    share = await api.wait_for_message(ana.id, "Want to share the plan with Ben?")
    api.press_button(ana, share, "Send")
    await api.wait_for_message(ben.id, _marked("prepare-plan"))
    await api.wait_for_message(ana.id, "I'll check in with you")


async def _daily_day(runner: BotRunner, clock: FakeClock, couple_id: int, when: datetime) -> None:
    """Fix the couple's question of that day to a typed one, then let the tick send it."""
    with unit_of_work(runner.rt.engine) as session:
        daily_store.create_days(
            session,
            [
                {
                    "couple_id": couple_id,
                    "user_id": None,
                    "local_date": when.date(),
                    "prompt_key": TEXT_PROMPT,
                    "created_at": clock(),
                }
            ],
        )
    clock.now = when
    assert runner.app is not None
    await run_daily_tick(runner.app)


async def test_deletedata_leaves_no_word_and_no_id_behind(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock, database_url: str, backend: str
) -> None:
    """No word and no id in any column of any table (both databases), and on SQLite not
    in the bytes of the files either. PostgreSQL keeps dead row versions in its data
    files until VACUUM reuses the space, so there the SQL check is the whole test."""
    on_sqlite = backend == "sqlite"
    ana, ben = api.user(ANA_ID, "Ana"), api.user(BEN_ID, "Ben")
    cy = api.user(CY_ID, "Cy")
    await pair(api, ana, ben)
    group = api.group(-1_000_777, "Our corner", [ana, ben, cy])
    api.add_bot_to_group(group, ana)
    await api.wait_for_message(group.id, "shared space")

    await _support_moment(api, ana, ben)
    await _answer_check_in(api, ana, ben, "Ben's own words")
    await _answer_check_in(api, ben, ana, _marked("checkin-answer"))
    await _prepare_and_share(api, ana, ben)
    request = await _request(api, ana, ben)

    with unit_of_work(bot.rt.engine) as session:
        couple_id = session.exec(select(User.couple_id).where(User.id == ANA_ID)).one()
    assert couple_id is not None
    # A daily question answered in private: Ben first, so Ana's answer is in his reveal.
    await _daily_day(bot, clock, couple_id, BERLIN_20)
    await api.wait_for_message(ben.id, "Today's question")
    await api.wait_for_message(ana.id, "Today's question")
    api.send_text(ben, "Ben noticed the quiet")
    await api.wait_for_message(ben.id, "stays private until Ana answers")
    api.send_text(ana, _marked("daily-private"))
    await api.wait_for_message(ben.id, _marked("daily-private"))
    # The next day's question in the linked group, answered there by both.
    api.send_command(ana, "/groupprompts", "on", chat=group)
    await api.wait_for_message(group.id, "posted in your shared group")
    await _daily_day(bot, clock, couple_id, BERLIN_20 + timedelta(days=1))
    posted = await api.wait_for_message(group.id, "Today's question")
    api.reply_to(ana, posted, _marked("daily-group"), chat=group)
    await api.wait_for_message(group.id, "Thanks, Ana")
    api.reply_to(ben, posted, "Ben in the group", chat=group)
    await api.wait_for_message(group.id, _marked("daily-group"))

    api.send_command(ana, "/export")
    await api.wait_for_call("sendDocument")
    assert _marked("prepare-plan") in api.documents_to(ana.id)[-1].content.decode()
    # Still queued at the moment of deletion: a reinforcement for later.
    api.send_command(ana, "/reinforce")
    await api.wait_for_message(ana.id, "Ben", new_only=True)
    api.send_text(ana, _marked("reinforce-later"))
    preview = await api.wait_for_message(ana.id, _marked("reinforce-later"), predicate=_asks)
    api.press_button(ana, preview, "Send later")
    await api.wait_for_message(ana.id, "When should it arrive?")
    api.send_text(ana, "tomorrow 9am")
    await api.wait_for_message(ana.id, "It reaches Ben")
    # Ben says yes to Ana's request (she is told), then looks back at the moment:
    # his own conversation now refers to her.
    api.press_button(ben, request, "Got it, I will")
    await api.wait_for_message(ana.id, "Ben read your request")
    ack = await api.wait_for_message(ben.id, "I've let Ana know")
    api.press_button(ben, ack, "Look back at the moment")
    await api.wait_for_message(ben.id, "Step 1/5 · Read the Moment")
    # Ana is mid-way through a moment when she deletes everything.
    api.send_command(ana, "/moment")
    side = await api.wait_for_message(ana.id, "Which fits best?")
    api.press_button(ana, side, "I stepped in for them")
    await api.wait_for_message(ana.id, "Step 1/5 · Read the Moment")
    api.send_text(ana, _marked("open-conversation"))
    await api.wait_for_message(ana.id, "Which signals")
    await api.wait_until_idle()

    with unit_of_work(bot.rt.engine) as session:
        pending = session.exec(select(Outbox).where(Outbox.status == "pending")).all()
        assert any(_marked("reinforce-later") in row.text for row in pending)
        assert load_conversation(session, ANA_ID) is not None
    # The check can fail: before deletion the words and the id are there.
    engine = bot.rt.engine
    assert rows_referring_to(engine, ANA_ID)
    assert rows_containing(engine, MARK)
    if on_sqlite:
        assert MARK.encode() in raw_database_bytes(database_url)

    api.send_command(ana, "/deletedata")
    confirm = await api.wait_for_message(ana.id, "Delete it all?")
    api.press_button(ana, confirm, "Yes, delete everything")
    await api.wait_for_message(ana.id, "Everything about you is deleted")
    await api.wait_for_message(ben.id, "Your connection on couplebot has ended.")
    await api.wait_until_idle()
    await bot.stop()

    from storage.db import create_db_engine

    engine = create_db_engine(database_url)
    try:
        assert rows_referring_to(engine, ANA_ID, "Ana") == []
        assert rows_containing(engine, MARK) == []
        with unit_of_work(engine) as session:
            # Ben's own data is whole and consistent.
            assert session.get(User, BEN_ID) is not None
            answers = session.exec(select(PromptAnswer).where(PromptAnswer.user_id == BEN_ID))
            assert {a.text for a in answers} == {"Ben noticed the quiet", "Ben in the group"}
            couple = session.get(Couple, couple_id)
            assert couple is not None and couple.ended_at is not None
            assert BEN_ID in (couple.first_user_id, couple.second_user_id)
            saved = load_conversation(session, BEN_ID)
            assert saved is not None and saved.state["context"][PARTNER_KEY] == 0
            assert session.exec(select(Relay)).all() == []
    finally:
        engine.dispose()
    if on_sqlite:
        on_disk = raw_database_bytes(database_url)
        assert MARK.encode() not in on_disk
        assert str(ANA_ID).encode() not in on_disk


def _asks(message: dict[str, Any]) -> bool:
    """A question still open: it has buttons."""
    return bool(message.get("reply_markup"))


async def _reinforce_later(api: FakeBotApi, ana: FakeUser, words: str, when: str) -> None:
    api.send_command(ana, "/reinforce")
    await api.wait_for_message(ana.id, "Ben", new_only=True)
    api.send_text(ana, words)
    # The preview it opened on loses its buttons; the one with these words comes next.
    preview = await api.wait_for_message(ana.id, words, predicate=_asks)
    api.press_button(ana, preview, "Send later")
    await api.wait_for_message(ana.id, "When should it arrive?")
    api.send_text(ana, when)
    await api.wait_for_message(ana.id, "It reaches Ben")


async def _export_of(api: FakeBotApi, user: FakeUser) -> dict[str, Any]:
    before = len(api.documents_to(user.id))
    api.send_command(user, "/export")
    await api.wait_for_call("sendDocument")
    await api.wait_until_idle()
    documents = api.documents_to(user.id)
    assert len(documents) == before + 1
    exported: dict[str, Any] = json.loads(documents[-1].content)
    return exported


def _texts(exported: dict[str, Any], direction: str) -> list[str]:
    return [m["text"] for m in exported["messages_between_you"] if m["direction"] == direction]


async def test_export_lists_a_later_message_only_once_it_arrived(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)  # Berlin, 19:00 there
    await _reinforce_later(api, ana, "Proud of you tonight.", "21:30")
    assert _texts(await _export_of(api, ben), "received") == []
    sent = await _export_of(api, ana)
    assert [(m["text"], m["delivered"]) for m in sent["messages_between_you"]] == [
        ("Proud of you tonight.", False)
    ]
    clock.advance(hours=2, minutes=31)
    await api.wait_for_message(ben.id, "Proud of you tonight.")
    await api.wait_until_idle()
    assert _texts(await _export_of(api, ben), "received") == ["Proud of you tonight."]
    assert [m["delivered"] for m in (await _export_of(api, ana))["messages_between_you"]] == [True]


async def test_export_leaves_out_a_later_message_withdrawn_by_unpair(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    await _reinforce_later(api, ana, "See you at the door.", "21:30")
    api.send_command(ana, "/unpair")
    confirm = await api.wait_for_message(ana.id, "Ben")
    api.press_button(ana, confirm, "Yes")
    await api.wait_for_message(ben.id, "ended your connection")
    clock.advance(hours=3)
    await api.wait_until_idle()
    assert not any("See you at the door." in t for t in api.texts_to(ben.id))
    assert _texts(await _export_of(api, ben), "received") == []
    # The words stay Ana's: she wrote them, and they were never delivered.
    mine = (await _export_of(api, ana))["messages_between_you"]
    assert [(m["text"], m["delivered"]) for m in mine] == [("See you at the door.", False)]


async def test_the_hourly_job_purges_what_served_its_purpose(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    await _reinforce_later(api, ana, "Long after.", "tomorrow 9am")
    api.send_command(ana, "/moment")  # left open, then abandoned
    await api.wait_for_message(ana.id, "Which fits best?")
    await api.wait_until_idle()
    assert bot.app is not None and bot.app.job_queue is not None
    jobs = bot.app.job_queue.get_jobs_by_name("retention")
    assert len(jobs) == 1
    with unit_of_work(bot.rt.engine) as session:
        assert session.exec(select(Outbox).where(Outbox.status == "sent")).all()
        assert session.exec(select(Invite)).all()
    clock.advance(days=34)
    await api.wait_for_message(ben.id, "Long after.")  # what was queued went out first
    await api.wait_until_idle()
    await jobs[0].run(bot.app)
    with unit_of_work(bot.rt.engine) as session:
        assert session.exec(select(Outbox)).all() == []
        assert session.exec(select(Invite)).all() == []
        assert load_conversation(session, ana.id) is None
        # Records that serve the person stay: the message Ana sent Ben, delivered.
        relays = session.exec(select(Relay)).all()
        assert [(r.text, r.delivered_at is not None) for r in relays] == [("Long after.", True)]

"""/prepare end to end: a real day, the shared plan's buttons, the partner's part, the reminders.

The clock starts on Wednesday 25 November 2026, 19:00 in Berlin (both partners' zone).
"""

from __future__ import annotations

from sqlmodel import select

from playground.botapi import FakeBotApi, FakeUser
from storage.db import unit_of_work
from storage.models import Outbox, Reflection, Relay
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import button_data, pair


def current(api: FakeBotApi, message: dict[str, object]) -> dict[str, object]:
    chat = message["chat"]
    assert isinstance(chat, dict)
    return next(m for m in api.messages_to(chat["id"]) if m["message_id"] == message["message_id"])


async def _plan(api: FakeBotApi, ana: FakeUser, when: str = "Saturday 19:00") -> None:
    api.send_command(ana, "/prepare")
    await api.wait_for_message(ana.id, "What's coming up?")
    api.send_text(ana, "Sunday lunch at Mum's")
    await api.wait_for_message(ana.id, "When is it?")
    api.send_text(ana, when)
    await api.wait_for_message(ana.id, "What might happen")
    api.send_text(ana, "Mum jokes about Ben's job")
    signals = await api.wait_for_message(ana.id, "Which signals")
    api.press_button(ana, signals, "Going quiet")
    signals = await api.wait_for_message(ana.id, "Which signals")
    api.press_button(ana, signals, "Done")
    side = await api.wait_for_message(ana.id, "Step 2/5 · Take Their Side")
    api.press_button(ana, side, "I'm with them on this")
    code = await api.wait_for_message(ana.id, "private signal")
    api.press_button(ana, code, "A code word")
    await api.wait_for_message(ana.id, "Which word?")
    api.send_text(ana, "pineapple")
    await api.wait_for_message(ana.id, "When the signal comes")
    api.send_text(ana, "I'll change the subject.")
    end = await api.wait_for_message(ana.id, "About when will it be over?")
    api.press_button(ana, end, "About 3 hours")


async def test_a_plan_for_saturday_shared_agreed_and_reminded_to_both(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    await _plan(api, ana)
    preview = await api.wait_for_message(ana.id, "Want to share the plan with Ben?")
    assert "When: Saturday 28 November at 19:00" in preview["text"]
    assert "If it gets hard: “I'm with Ben on this.”" in preview["text"]
    assert "Our signal: the word “pineapple”" in preview["text"]
    api.press_button(ana, preview, "Send")
    plan = await api.wait_for_message(ben.id, "Ana shared a plan with you:")
    assert "Our plan for: Sunday lunch at Mum's" in plan["text"]
    assert button_data(plan)[0].startswith("pp:") and len(button_data(plan)) == 2
    await api.wait_for_message(ana.id, "I'll check in with you on Saturday 28 November at 22:00.")

    api.press_button(ben, plan, "👍 Sounds good")
    await api.wait_for_message(ana.id, "Ben is in: 👍 Sounds good.")
    await api.wait_for_message(ben.id, "I'll remind you both on the day.")
    agreed = current(api, plan)
    assert str(agreed["text"]).endswith("✓ 👍 Sounds good") and "reply_markup" not in agreed
    # A second tap (a stale copy of the buttons) changes nothing.
    api.press(ben, plan, button_data(plan)[0])
    await api.wait_until_idle()
    assert sum("is in: 👍" in t for t in api.texts_to(ana.id)) == 1

    # On the day, two hours before: both get the agreed signal and the side line.
    clock.advance(hours=69, minutes=55)  # Saturday 16:55 in Berlin: not yet
    await api.wait_until_idle()
    assert not any("Today at 19:00" in t for t in api.texts_to(ana.id))
    clock.advance(minutes=10)  # 17:05 in Berlin: two hours before it starts, and a bit
    mine = await api.wait_for_message(ana.id, "Today at 19:00: Sunday lunch at Mum's")
    assert "Your signal: the word “pineapple”" in mine["text"]
    assert "If it gets hard: “I'm with Ben on this.”" in mine["text"]
    bens = await api.wait_for_message(ben.id, "Today at 19:00: Sunday lunch at Mum's (Ana's plan")
    assert "Your signal: the word “pineapple”" in bens["text"]
    clock.advance(hours=5)  # past 22:00 in Berlin, when it ends
    await api.wait_for_message(ana.id, "How did it go?")
    with unit_of_work(bot.rt.engine) as session:
        relay = session.exec(select(Relay).where(Relay.kind == "prepare")).one()
        assert relay.verdict == "ok" and relay.answer_delivered_at is not None
        reflection = session.exec(select(Reflection)).one()
        assert reflection.kind == "prepare" and "pineapple" in reflection.summary


async def test_a_time_alone_asks_the_day_with_buttons(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    api.send_command(ana, "/prepare")
    await api.wait_for_message(ana.id, "What's coming up?")
    api.send_text(ana, "Work party")
    await api.wait_for_message(ana.id, "When is it?")
    api.send_text(ana, "22:00")
    day = await api.wait_for_message(ana.id, "Which day is that, at 22:00?")
    labels = [b["text"] for row in day["reply_markup"]["inline_keyboard"] for b in row]
    assert labels[:4] == ["Today", "Tomorrow", "Fri 27", "Sat 28"]
    api.press_button(ana, day, "Tomorrow")
    await api.wait_for_message(ana.id, "Got it: tomorrow at 22:00.")
    assert str(current(api, day)["text"]).endswith("✓ Tomorrow")


async def test_the_partner_adds_their_part(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    await _plan(api, ana, when="the 30th at 7pm")
    preview = await api.wait_for_message(ana.id, "Want to share the plan with Ben?")
    assert "When: Monday 30 November at 19:00" in preview["text"]
    api.press_button(ana, preview, "Send")
    plan = await api.wait_for_message(ben.id, "Ana shared a plan with you:")
    api.press_button(ben, plan, "Add my part")
    await api.wait_for_message(ben.id, "When the signal comes, what will you do? Ana will see it.")
    api.send_text(ben, "I'll sit next to you & hold your hand.")
    part = await api.wait_for_message(ben.id, "exactly what Ana will get")
    assert "Ben's part of the plan for Sunday lunch at Mum's:" in part["text"]
    await api.wait_until_idle()
    assert not any("Ben's part" in t for t in api.texts_to(ana.id))
    api.press_button(ben, part, "Send")
    got = await api.wait_for_message(ana.id, "Ben's part of the plan for Sunday lunch at Mum's:")
    assert got["text"].endswith("“I'll sit next to you & hold your hand.”")
    await api.wait_for_message(ben.id, "You're both set.")
    with unit_of_work(bot.rt.engine) as session:
        kinds = {r.kind: r for r in session.exec(select(Relay)).all()}
        assert kinds["prepare"].verdict == "add"
        assert kinds["prepare_part"].text == "I'll sit next to you & hold your hand."
        # Both reminders wait in the outbox for the day.
        reminders = session.exec(select(Outbox).where(Outbox.kind == "prepare_reminder")).all()
        assert sorted(r.chat_id for r in reminders) == [ana.id, ben.id]

"""The five steps end to end: two partners, the check-in loop, requests, safety, restarts."""

from __future__ import annotations

import json

from sqlmodel import select

from playground.botapi import FakeBotApi
from storage.conversations import load_conversation
from storage.db import unit_of_work
from storage.models import DailySchedule, Invite, Outbox, Reflection, Relay, User
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import pair


async def _support_moment_until_checkin(api: FakeBotApi, ana_id: int, ana) -> None:  # type: ignore[no-untyped-def]
    api.send_command(ana, "/moment")
    side = await api.wait_for_message(ana_id, "Which fits best?")
    api.press_button(ana, side, "I want to have their back better")
    await api.wait_for_message(ana_id, "Step 1/5 · Read the Moment")
    api.send_text(ana, "At dinner my dad criticised Ben and I stayed quiet")
    signals = await api.wait_for_message(ana_id, "Which signals")
    api.press_button(ana, signals, "Went quiet")
    signals = await api.wait_for_message(ana_id, "Which signals")
    api.press_button(ana, signals, "Done")
    side_step = await api.wait_for_message(ana_id, "Step 2/5 · Take Their Side")
    api.press_button(ana, side_step, "I'm with Ben on this.")
    action = await api.wait_for_message(ana_id, "Step 3/5 · Take Action")
    api.press_button(ana, action, "Speak up")
    hard = await api.wait_for_message(ana_id, "What made it hard")
    api.press_button(ana, hard, "stress")
    checkin = await api.wait_for_message(ana_id, "Step 4/5 · Check In")
    api.press_button(ana, checkin, "Did that help?")


async def test_check_in_loop_builds_the_playbook(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    await _support_moment_until_checkin(api, ana.id, ana)
    preview = await api.wait_for_message(ana.id, "exactly what Ben will get")
    assert "Ana wants to know: did that help?" in preview["text"]
    # Nothing reaches Ben before Send.
    assert not any("wants to know" in t for t in api.texts_to(ben.id))
    api.press_button(ana, preview, "Send")
    asked = await api.wait_for_message(ben.id, "Ana wants to know: did that help?")
    assert "“Did that help?”" in asked["text"]
    reinforce = await api.wait_for_message(ana.id, "Step 5/5 · Reinforce")
    api.press_button(ben, asked, "It helped")
    await api.wait_for_message(ben.id, "Check In")
    api.send_text(ben, "Standing next to me was enough")
    answer_preview = await api.wait_for_message(ben.id, "exactly what Ana will get")
    assert "Ben says: it helped. “Standing next to me was enough”" in answer_preview["text"]
    await api.wait_until_idle()
    assert not any("Ben says: it helped" in t for t in api.texts_to(ana.id))
    api.press_button(ben, answer_preview, "Send")
    await api.wait_for_message(ana.id, "Ben says: it helped. “Standing next to me was enough”")
    api.press_button(ana, reinforce, "I've always got your back.")
    reinforce_preview = await api.wait_for_message(ana.id, "exactly what Ben will get")
    api.press_button(ana, reinforce_preview, "Send now")
    await api.wait_for_message(ben.id, "I've always got your back.")
    await api.wait_for_message(ana.id, "Your moment with Ben")
    api.send_command(ana, "/playbook")
    playbook = await api.wait_for_message(ana.id, "Ben")
    assert "Standing next to me was enough" in playbook["text"]
    api.send_command(ben, "/playbook")
    await api.wait_for_message(ben.id, "Standing next to me was enough")
    with unit_of_work(bot.rt.engine) as session:
        reflection = session.exec(select(Reflection)).one()
        summary = json.loads(reflection.summary)
        assert reflection.user_id == ana.id and reflection.kind == "moment_support"
        assert summary["what"] == "At dinner my dad criticised Ben and I stayed quiet"
        checkin = session.exec(select(Relay).where(Relay.kind == "checkin")).one()
        assert (checkin.verdict, checkin.note) == ("helped", "Standing next to me was enough")
        assert load_conversation(session, ana.id) is None


async def test_didnt_have_my_back_reaches_the_partner_with_an_invitation(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    api.send_command(ben, "/moment")
    side = await api.wait_for_message(ben.id, "Which fits best?")
    api.press_button(ben, side, "I felt they didn't have my back")
    await api.wait_for_message(ben.id, "What happened, from where you stood?")
    api.send_text(ben, "Your friends joked about my job and you laughed along")
    felt = await api.wait_for_message(ben.id, "How did it feel?")
    api.press_button(ben, felt, "Done")
    helped = await api.wait_for_message(ben.id, "What would have helped")
    api.press_button(ben, helped, "Take my side")
    await api.wait_for_message(ben.id, "When might something like this happen again?")
    api.send_text(ben, "your friends tease me")
    include = await api.wait_for_message(ben.id, "also see what happened")
    api.press_button(ben, include, "No")
    preview = await api.wait_for_message(ben.id, "exactly what Ben will get".replace("Ben", "Ana"))
    api.press_button(ben, preview, "Send")
    request = await api.wait_for_message(ana.id, "Ben has a request for next time")
    assert "your friends tease me" in request["text"]
    assert "joked about my job" not in request["text"]  # not shared: he chose No
    api.press_button(ana, request, "Talk it through with me")
    await api.wait_for_message(ana.id, "Step 1/5 · Read the Moment")


async def test_restart_mid_flow_resumes_at_the_same_step(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    api.send_command(ana, "/moment")
    side = await api.wait_for_message(ana.id, "Which fits best?")
    api.press_button(ana, side, "I want to have their back better")
    await api.wait_for_message(ana.id, "Step 1/5")
    api.send_text(ana, "He was talked over at work drinks")
    signals = await api.wait_for_message(ana.id, "Which signals")
    await api.wait_until_idle()
    await bot.restart()
    api.press_button(ana, signals, "Done")
    await api.wait_for_message(ana.id, "Step 2/5 · Take Their Side")
    with unit_of_work(bot.rt.engine) as session:
        saved = load_conversation(session, ana.id)
        assert saved is not None
        assert saved.state["step"] == "s_side"
        assert saved.state["answers"]["s_what"] == "He was talked over at work drinks"


async def test_crisis_words_get_private_help_and_reach_no_one(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    group = api.group(-50, "Us", [ana, ben])
    api.add_bot_to_group(group, ana)
    await api.wait_for_message(group.id, "shared space")
    api.send_command(ana, "/moment")
    side = await api.wait_for_message(ana.id, "Which fits best?")
    api.press_button(ana, side, "I felt they didn't have my back")
    await api.wait_for_message(ana.id, "What happened")
    await api.wait_until_idle()
    to_ben, to_group = len(api.messages_to(ben.id)), len(api.messages_to(group.id))
    api.send_text(ana, "I am scared of him, he threatened to hurt me")
    help_message = await api.wait_for_message(ana.id, "findahelpline")
    assert "emergency" in help_message["text"].lower()
    await api.wait_until_idle()
    assert len(api.messages_to(ben.id)) == to_ben
    assert len(api.messages_to(group.id)) == to_group
    with unit_of_work(bot.rt.engine) as session:
        saved = load_conversation(session, ana.id)
        assert saved is not None and "threatened" not in json.dumps(saved.state)
        assert session.exec(select(Relay)).all() == []


async def test_blocked_partner_the_sender_is_told(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    api.block(ben)
    await _support_moment_until_checkin(api, ana.id, ana)
    preview = await api.wait_for_message(ana.id, "exactly what Ben will get")
    api.press_button(ana, preview, "Send")
    await api.wait_for_message(ana.id, "couldn't deliver your message to Ben")
    with unit_of_work(bot.rt.engine) as session:
        relay = session.exec(select(Relay)).one()
        assert relay.text == "Did that help?"
        ben_row = session.get(User, ben.id)
        assert ben_row is not None and not ben_row.reachable


async def test_group_moment_continues_in_private(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    group = api.group(-51, "Us", [ana, ben])
    api.add_bot_to_group(group, ben)
    await api.wait_for_message(group.id, "shared space")
    api.send_command(ana, "/moment", chat=group)
    offer = await api.wait_for_message(group.id, "private chat")
    rows = offer["reply_markup"]["inline_keyboard"]
    assert rows[0][0]["url"].endswith("?start=moment")
    api.send_command(ana, "/start", "moment")
    await api.wait_for_message(ana.id, "Which fits best?")


async def test_solo_user_can_reflect_and_is_offered_invite(api: FakeBotApi, bot: BotRunner) -> None:
    solo = api.user(9, "Sol")
    api.send_command(solo, "/reinforce")
    await api.wait_for_message(solo.id, "Invite them with /invite")
    api.send_command(solo, "/moment")
    side = await api.wait_for_message(solo.id, "Which fits best?")
    api.press_button(solo, side, "I want to have their back better")
    step = await api.wait_for_message(solo.id, "Step 1/5")
    assert "your partner" in step["text"]


async def test_export_and_delete_data(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    await _support_moment_until_checkin(api, ana.id, ana)
    preview = await api.wait_for_message(ana.id, "exactly what Ben will get")
    api.press_button(ana, preview, "Send")
    await api.wait_for_message(ben.id, "wants to know")
    api.send_command(ana, "/cancel")
    await api.wait_for_message(ana.id, "")
    api.send_command(ana, "/export")
    await api.wait_for_call("sendDocument")
    document = api.documents_to(ana.id)[-1]
    exported = json.loads(document.content)
    assert exported["user"]["first_name"] == "Ana"
    assert exported["messages_between_you"][0]["text"] == "Did that help?"
    assert "daily" in exported
    with unit_of_work(bot.rt.engine) as session:
        has_schedule = select(DailySchedule).where(DailySchedule.user_id == ana.id)
        assert session.exec(has_schedule).first() is not None
    api.send_command(ana, "/deletedata")
    confirm = await api.wait_for_message(ana.id, "Delete it all?")
    api.press_button(ana, confirm, "Yes, delete everything")
    await api.wait_for_message(ana.id, "Everything about you is deleted")
    told = await api.wait_for_message(ben.id, "Your connection on couplebot has ended.")
    assert "Ana" not in told["text"]
    with unit_of_work(bot.rt.engine) as session:
        assert session.get(User, ana.id) is None
        assert session.exec(select(Relay)).all() == []
        assert session.exec(select(Invite).where(Invite.inviter_id == ana.id)).all() == []
        assert session.exec(select(Outbox).where(Outbox.chat_id == ana.id)).all() == []
        assert (
            session.exec(select(DailySchedule).where(DailySchedule.user_id == ana.id)).all() == []
        )
        ben_row = session.get(User, ben.id)
        assert ben_row is not None and ben_row.couple_id is None


async def test_check_in_not_now_comes_back_as_a_reminder(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    await _support_moment_until_checkin(api, ana.id, ana)
    preview = await api.wait_for_message(ana.id, "exactly what Ben will get")
    api.press_button(ana, preview, "Not now")
    await api.wait_for_message(ana.id, "Step 5/5 · Reinforce")
    await api.wait_until_idle()
    assert not any("check in with Ben" in t for t in api.texts_to(ana.id))
    clock.advance(hours=4, minutes=1)
    reminder = await api.wait_for_message(ana.id, "Did you get a chance to check in with Ben?")
    api.press_button(ana, reminder, "Send a check-in now")
    # Ana is still in the moment's Reinforce step: the engine asks before switching.
    switch = await api.wait_for_message(ana.id, "You're in the middle of")
    api.press_button(ana, switch, "Start the new one")
    await api.wait_for_message(ana.id, "Check In")
    assert not any("wants to know" in t for t in api.texts_to(ben.id))


async def test_reinforce_sent_later_arrives_at_that_time(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)  # both in Europe/Berlin; the clock says 19:00 there
    api.send_command(ana, "/reinforce")
    await api.wait_for_message(ana.id, "Ben")
    api.send_text(ana, "Proud of how you handled today.")
    preview = await api.wait_for_message(ana.id, "exactly what Ben will get")
    api.press_button(ana, preview, "Send later")
    await api.wait_for_message(ana.id, "time")
    api.send_text(ana, "21:30")
    await api.wait_for_message(ana.id, "21:30")
    await api.wait_until_idle()
    assert not any("Proud of how you handled today." in t for t in api.texts_to(ben.id))
    clock.advance(hours=2, minutes=31)  # 18:00 UTC + 2:31 = 21:31 in Berlin
    await api.wait_for_message(ben.id, "Proud of how you handled today.")

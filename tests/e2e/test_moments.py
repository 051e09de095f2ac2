"""The five steps end to end: two partners, both "have their back" paths, the check-in
loop with one-tap answers, requests answered, a moment typed straight in, safety,
restarts."""

from __future__ import annotations

import json
from typing import Any

import pytest
from sqlmodel import select

from flows.content import moment as moment_text
from playground.botapi import FakeBotApi, FakeUser
from storage.conversations import load_conversation
from storage.db import unit_of_work
from storage.models import DailySchedule, Invite, Outbox, Reflection, Relay, User
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import button_data, pair

WHAT = "At dinner my dad criticised Ben's job and I told him that's not fair"
MISSED = "At dinner my dad criticised Ben's job and I stayed quiet"


async def _support_moment_until_checkin(api: FakeBotApi, ana: FakeUser) -> None:
    """Ana stepped in: Read, Side, Action, then the Check In question."""
    api.send_command(ana, "/moment")
    side = await api.wait_for_message(ana.id, "Which fits best?")
    api.press_button(ana, side, "I stepped in for them")
    await api.wait_for_message(ana.id, "Step 1/5 · Read the Moment")
    api.send_text(ana, WHAT)
    signals = await api.wait_for_message(ana.id, "Which signals")
    api.press_button(ana, signals, "Went quiet")
    signals = await api.wait_for_message(ana.id, "Which signals")
    api.press_button(ana, signals, "Done")
    side_step = await api.wait_for_message(ana.id, "Step 2/5 · Take Their Side")
    api.press_button(ana, side_step, "I'm with them on this")
    action = await api.wait_for_message(ana.id, "Step 3/5 · Take Action")
    api.press_button(ana, action, "Spoke up")
    checkin = await api.wait_for_message(ana.id, "Step 4/5 · Check In")
    assert "Even if you think you nailed it, check anyway" in checkin["text"]
    api.press_button(ana, checkin, "Did that help?")


def _texts(api: FakeBotApi, user: FakeUser) -> str:
    return "\n".join(api.texts_to(user.id))


async def test_stepped_in_check_in_names_the_moment_one_tap_answer_then_close_the_loop(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    await _support_moment_until_checkin(api, ana)
    preview = await api.wait_for_message(ana.id, "exactly what Ben will get")
    delivered = f"Ana is checking in about this moment:\n“{WHAT}”\n\n“Did that help?”"
    assert delivered in preview["text"]
    # Nothing reaches Ben before Send.
    assert "checking in" not in _texts(api, ben)
    api.press_button(ana, preview, "Send")
    asked = await api.wait_for_message(ben.id, "Ana is checking in")
    assert asked["text"] == delivered  # exactly what the preview showed: one question
    card = await api.wait_for_message(ana.id, "Your moment with Ben")
    assert card["text"].startswith("Sent ✓ I'll tell you what Ben says")
    await api.wait_until_idle()
    # Reinforce waits for Ben's answer.
    assert "From Ana" not in _texts(api, ben)
    assert "Step 5/5" not in _texts(api, ana)

    # One tap: the answer reaches Ana at once.
    api.press_button(ben, asked, "It helped")
    told = await api.wait_for_message(ana.id, "Ben says: it helped.")
    assert "Close the loop?" in told["text"]
    line = await api.wait_for_message(ben.id, "Sent ✓ Ana will see that it helped.")
    assert "what made the difference" in line["text"]
    # His line of his own comes after, previewed.
    api.send_text(ben, "Standing next to me was enough")
    answer_preview = await api.wait_for_message(ben.id, "exactly what Ana will get")
    assert "Ben adds: “Standing next to me was enough”" in answer_preview["text"]
    await api.wait_until_idle()
    assert "Standing next to me" not in _texts(api, ana)
    api.press_button(ben, answer_preview, "Send")
    await api.wait_for_message(ana.id, "Ben adds: “Standing next to me was enough”")

    # Ana closes the loop: the Reinforce opens on its preview, one tap sends it.
    api.press_button(ana, told, "Close the loop")
    reinforce = await api.wait_for_message(ana.id, "Step 5/5 · Reinforce")
    assert "From Ana:\n\n“I've always got your back.”" in reinforce["text"]
    api.press_button(ana, reinforce, "Send now")
    await api.wait_for_message(ben.id, "From Ana:\n\n“I've always got your back.”")

    api.send_command(ana, "/playbook")
    playbook = await api.wait_for_message(ana.id, "What helps Ben")
    assert "It helped: “Standing next to me was enough”" in playbook["text"]
    api.send_command(ben, "/playbook")
    await api.wait_for_message(ben.id, "Standing next to me was enough")
    with unit_of_work(bot.rt.engine) as session:
        reflection = session.exec(select(Reflection)).one()
        summary = json.loads(reflection.summary)
        assert reflection.user_id == ana.id and reflection.kind == "moment_support"
        assert summary["what"] == WHAT and summary["stepped"] == "yes"
        checkin = session.exec(select(Relay).where(Relay.kind == "checkin")).one()
        assert (checkin.verdict, checkin.note) == ("helped", "Standing next to me was enough")
        assert load_conversation(session, ana.id) is None


async def test_the_check_in_can_leave_the_moment_out(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    await _support_moment_until_checkin(api, ana)
    preview = await api.wait_for_message(ana.id, "exactly what Ben will get")
    api.press_button(ana, preview, "Leave the moment out")
    # The preview pressed shows the choice and loses its buttons; the new one follows.
    closed = await api.wait_for_message(ana.id, "exactly what Ben will get")
    assert closed["message_id"] == preview["message_id"] and "reply_markup" not in closed
    assert closed["text"].endswith("✓ Leave the moment out")
    bare = await api.wait_for_message(ana.id, "exactly what Ben will get")
    assert WHAT not in bare["text"]
    api.press_button(ana, bare, "Send")
    asked = await api.wait_for_message(ben.id, "Ana is checking in")
    assert asked["text"] == "Ana is checking in:\n\n“Did that help?”"
    assert "dinner" not in _texts(api, ben)


async def test_missed_it_repair_then_reinforce_and_never_a_check_in(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    api.send_command(ana, "/moment")
    side = await api.wait_for_message(ana.id, "Which fits best?")
    api.press_button(ana, side, "I wish I'd stepped in")
    await api.wait_for_message(ana.id, "What happened with Ben?")
    api.send_text(ana, MISSED)
    signals = await api.wait_for_message(ana.id, "Looking back, which signals did Ben give?")
    api.press_button(ana, signals, "Done")
    side_step = await api.wait_for_message(ana.id, "What would standing with Ben have sounded")
    assert side_step["text"].startswith("Step 2/5 · Take Their Side")
    api.press_button(ana, side_step, "I'm with them on this")
    hard = await api.wait_for_message(ana.id, "Step 3/5 · What Got in the Way")
    api.press_button(ana, hard, "I assumed they could handle it")
    replay = await api.wait_for_message(ana.id, "Replay it")
    assert replay["text"].startswith(moment_text.TIPS["assumed"])
    assert "Step 4/5 · Make It Right" in replay["text"]
    api.press_button(ana, replay, "Speak up")
    repair = await api.wait_for_message(ana.id, "exactly what Ben will get")
    words = "I missed it earlier, and I'm sorry. Next time I'll speak up for you."
    assert f"From Ana:\n\n“{words}”" in repair["text"]
    await api.wait_until_idle()
    assert words not in _texts(api, ben)
    api.press_button(ana, repair, "Send")
    await api.wait_for_message(ben.id, f"From Ana:\n\n“{words}”")
    reinforce = await api.wait_for_message(ana.id, "Step 5/5 · Reinforce")
    api.press_button(ana, reinforce, "Send now")
    await api.wait_for_message(ben.id, "“I've always got your back.”")
    card = await api.wait_for_message(ana.id, "Your moment with Ben")
    assert "If you could rewind: Speak up" in card["text"]
    await api.wait_until_idle()
    # Nothing asked Ben "did that help?" about help he never got.
    assert "checking in" not in _texts(api, ben)
    assert "Check In" not in _texts(api, ana).split("Your moment with Ben")[-1]
    with unit_of_work(bot.rt.engine) as session:
        kinds = [r.kind for r in session.exec(select(Relay).order_by(Relay.id)).all()]
        assert kinds == ["repair", "reinforce"]
    api.send_command(ana, "/history")
    history = await api.wait_for_message(ana.id, "Rewound a moment with Ben")
    assert "criticised Ben's job" in history["text"]


async def test_typed_straight_in_the_moment_is_used_not_asked_again(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    typed = "My mom just told Ben his job is a joke and I froze"
    api.send_text(ana, typed)
    offer = await api.wait_for_message(ana.id, "I'll use what you just wrote")
    assert "freezing happens to everyone" in offer["text"]
    with unit_of_work(bot.rt.engine) as session:
        saved = load_conversation(session, ana.id)
        assert saved is not None and saved.state["context"]["typed"] == typed
        assert session.exec(select(Outbox).where(Outbox.chat_id == ben.id)).all() == []
    api.press_button(ana, offer, "Yes, let's")
    signals = await api.wait_for_message(ana.id, "Looking back, which signals")
    assert signals["text"].startswith("Step 1/5 · Read the Moment")
    api.press_button(ana, signals, "Done")
    side = await api.wait_for_message(ana.id, "Take Their Side")
    api.press_button(ana, side, "Skip")
    hard = await api.wait_for_message(ana.id, "What Got in the Way")
    api.press_button(ana, hard, "Skip")
    replay = await api.wait_for_message(ana.id, "Replay it")
    api.press_button(ana, replay, "Skip")
    await api.wait_for_message(ana.id, "✓ Skip")  # the replay question, closed
    repair = await api.wait_for_message(ana.id, "Make It Right")
    api.press_button(ana, repair, "Not now")
    reinforce = await api.wait_for_message(ana.id, "Step 5/5 · Reinforce")
    api.press_button(ana, reinforce, "Not now")
    await api.wait_for_message(ana.id, "Your moment with Ben")
    # Never asked "what happened" after telling it.
    assert "What happened" not in _texts(api, ana)
    with unit_of_work(bot.rt.engine) as session:
        summary = json.loads(session.exec(select(Reflection)).one().summary)
        assert summary["what"] == typed and summary["stepped"] == "no"


async def test_typed_straight_in_let_down_and_unclear(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    api.send_text(ben, "Ana didn't stand up for me when her brother mocked my accent")
    offer = await api.wait_for_message(ben.id, "That sounds like it hurt")
    api.press_button(ben, offer, "Yes, let's")
    await api.wait_for_message(ben.id, "How did it feel?")
    api.send_text(ana, "Weird evening at the Smiths")
    unclear = await api.wait_for_message(ana.id, "Which fits best?")
    api.press_button(ana, unclear, "I stepped in for them")
    await api.wait_for_message(ana.id, "Which signals did you notice?")


async def test_crisis_typed_straight_in_takes_the_safety_path_and_keeps_nothing(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    await api.wait_until_idle()
    to_ben = len(api.messages_to(ben.id))
    api.send_text(ana, "I froze again and honestly I just want to die")
    help_message = await api.wait_for_message(ana.id, "findahelpline")
    assert "I'll use what you just wrote" not in help_message["text"]
    await api.wait_until_idle()
    assert len(api.messages_to(ben.id)) == to_ben
    with unit_of_work(bot.rt.engine) as session:
        assert load_conversation(session, ana.id) is None
        assert session.exec(select(Relay)).all() == []


async def _request(api: FakeBotApi, ben: FakeUser, ana: FakeUser) -> dict[str, Any]:
    api.send_command(ben, "/moment")
    side = await api.wait_for_message(ben.id, "Which fits best?")
    api.press_button(ben, side, "They didn't have my back")
    await api.wait_for_message(ben.id, "What happened, from where you stood?")
    api.send_text(ben, "Your friends joked about my job and you laughed along")
    felt = await api.wait_for_message(ben.id, "How did it feel?")
    api.press_button(ben, felt, "Done")
    helped = await api.wait_for_message(ben.id, "What would have helped")
    api.press_button(ben, helped, "Take my side")
    await api.wait_for_message(ben.id, "When might something like this happen again?")
    api.send_text(ben, "your friends tease me")
    # What happened stays out unless he adds it on the preview.
    preview = await api.wait_for_message(ben.id, "exactly what Ana will get")
    api.press_button(ben, preview, "Send")
    request = await api.wait_for_message(ana.id, "Ben has a request for next time")
    assert "your friends tease me" in request["text"]
    assert "joked about my job" not in request["text"]  # not shared: he chose No
    return request


async def test_a_request_answered_got_it_tells_the_sender_and_joins_the_playbook(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    request = await _request(api, ben, ana)
    api.press_button(ana, request, "💛 Got it, I will")
    told = await api.wait_for_message(ben.id, "Ana read your request")
    assert told["text"] == "Ana read your request: “Got it, I will.” 💛"
    ack = await api.wait_for_message(ana.id, "I've let Ben know you've got it")
    api.send_command(ana, "/playbook")
    playbook = await api.wait_for_message(ana.id, "What helps Ben")
    assert "💛 Asked for next time: “Next time your friends tease me" in playbook["text"]
    api.send_command(ben, "/playbook")
    own = await api.wait_for_message(ben.id, "What helps you")
    assert "Asked for next time" in own["text"]
    with unit_of_work(bot.rt.engine) as session:
        relay = session.exec(select(Relay).where(Relay.kind == "request")).one()
        assert relay.verdict == "yes" and relay.answered_at is not None
    # The old buttons are answered (and gone): a press from a stale copy changes nothing.
    talk = next(d for d in button_data(request) if d.endswith(":talk"))
    api.press(ana, request, talk)
    await api.wait_until_idle()
    assert "would like to talk" not in _texts(api, ben)
    # Looking back at the moment from her side.
    api.press_button(ana, ack, "Look back at the moment")
    await api.wait_for_message(ana.id, "Ben asked for something for next time")


async def test_a_request_answered_lets_talk(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    request = await _request(api, ben, ana)
    api.press_button(ana, request, "Let's talk about it")
    await api.wait_for_message(ben.id, "Ana read your request and would like to talk about it.")
    await api.wait_for_message(ana.id, "A calm moment, just the two of you")
    api.send_command(ana, "/playbook")
    playbook = await api.wait_for_message(ana.id, "What helps Ben")
    assert "Asked for next time" not in playbook["text"]


async def test_why_it_matters_once_and_in_help(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    api.send_command(ana, "/moment")
    side = await api.wait_for_message(ana.id, moment_text.WHY)
    assert "Which fits best?" in side["text"]
    api.press_button(ana, side, "They didn't have my back")
    await api.wait_for_message(ana.id, "What happened")
    api.send_text(ana, "x")
    felt = await api.wait_for_message(ana.id, "How did it feel?")
    api.press_button(ana, felt, "Done")
    for question in ("What would have helped", "When might"):
        step = await api.wait_for_message(ana.id, question)
        api.press_button(ana, step, "Skip")
    preview = await api.wait_for_message(ana.id, "exactly what Ben will get")
    api.press_button(ana, preview, "Not now")
    await api.wait_for_message(ana.id, "Your side of the moment")
    api.send_command(ana, "/moment")
    await api.wait_for_message(ana.id, "Which fits best?")
    assert _texts(api, ana).count("Why this matters") == 1
    api.send_command(ana, "/help")
    help_text = await api.wait_for_message(ana.id, "/moment")
    assert moment_text.WHY_HELP in help_text["text"]


async def test_restart_mid_flow_resumes_at_the_same_step(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    api.send_command(ana, "/moment")
    side = await api.wait_for_message(ana.id, "Which fits best?")
    api.press_button(ana, side, "I stepped in for them")
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
    api.press_button(ana, side, "They didn't have my back")
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


@pytest.mark.api_errors(403)
async def test_blocked_partner_the_sender_is_told(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    api.block(ben)
    await _support_moment_until_checkin(api, ana)
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
    api.press_button(solo, side, "I stepped in for them")
    step = await api.wait_for_message(solo.id, "Step 1/5")
    assert "your partner" in step["text"]


async def test_export_and_delete_data(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    await _support_moment_until_checkin(api, ana)
    preview = await api.wait_for_message(ana.id, "exactly what Ben will get")
    api.press_button(ana, preview, "Send")
    await api.wait_for_message(ben.id, "is checking in")
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
    await _support_moment_until_checkin(api, ana)
    preview = await api.wait_for_message(ana.id, "exactly what Ben will get")
    api.press_button(ana, preview, "Not now")
    # No check-in went: Reinforce is the last step.
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
    assert not any("checking in" in t for t in api.texts_to(ben.id))


async def test_reinforce_sent_later_arrives_at_that_time(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)  # both in Europe/Berlin; the clock says 19:00 there
    api.send_command(ana, "/reinforce")
    await api.wait_for_message(ana.id, "Let Ben hear it again")
    api.send_text(ana, "Proud of how you handled today.")
    preview = await api.wait_for_message(ana.id, "“Proud of how you handled today.”")
    api.press_button(ana, preview, "Send later")
    await api.wait_for_message(ana.id, "When should it arrive?")
    api.send_text(ana, "21:30")
    scheduled = await api.wait_for_message(ana.id, "It reaches Ben")
    assert "21:30" in scheduled["text"]
    await api.wait_until_idle()
    assert not any("Proud of how you handled today." in t for t in api.texts_to(ben.id))
    clock.advance(hours=2, minutes=31)  # 18:00 UTC + 2:31 = 21:31 in Berlin
    await api.wait_for_message(ben.id, "Proud of how you handled today.")

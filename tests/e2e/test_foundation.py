"""Onboarding, pairing, groups and bad input through the real Application and fake API."""

from __future__ import annotations

import asyncio
import logging

import pytest
from sqlmodel import select

from bot.logs import configure_logging
from playground.botapi import FakeBotApi, forbidden, retry_after, server_error
from storage import outbox
from storage.db import create_db_engine, unit_of_work
from storage.models import Couple, GroupChat, Invite, User
from tests.conftest import FakeClock
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import button_data, invite_code, onboard, pair


def _user(bot: BotRunner, user_id: int) -> User | None:
    with unit_of_work(bot.rt.engine) as session:
        return session.get(User, user_id)


async def test_start_introduces_the_steps_and_stores_settings(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana = api.user(1, "Ana")
    api.send_command(ana, "/start")
    greeting = await api.wait_for_message(ana.id, "Hi Ana")
    assert "couplebot" in greeting["text"]
    steps = await api.wait_for_message(ana.id, "Read the Moment")
    for step in ("Take Their Side", "Take Action", "Check In", "Reinforce"):
        assert step in steps["text"]
    question = await api.wait_for_message(ana.id, "which time zone")
    assert "ob:tz:Europe/Berlin" in button_data(question)
    api.press_button(ana, question, "Berlin")
    await api.wait_for_message(ana.id, "Europe/Berlin")
    time_question = await api.wait_for_message(ana.id, "What time of day")
    api.press_button(ana, time_question, "20:00")
    await api.wait_for_message(ana.id, "You're all set")
    user = _user(bot, ana.id)
    assert user is not None
    assert (user.timezone, user.prompt_time, user.onboarded) == ("Europe/Berlin", "20:00", True)


async def test_unreadable_zone_and_time_are_asked_again(api: FakeBotApi, bot: BotRunner) -> None:
    ben = api.user(2, "Ben")
    api.send_command(ben, "/start")
    await api.wait_for_message(ben.id, "which time zone")
    api.send_text(ben, "Atlantis")
    await api.wait_for_message(ben.id, "couldn't read “Atlantis” as a time zone")
    api.send_sticker(ben)
    await api.wait_for_message(ben.id, "only read typed text")
    api.send_text(ben, "+05:30")
    await api.wait_for_message(ben.id, "UTC+05:30")
    api.send_text(ben, "25 o'clock")
    await api.wait_for_message(ben.id, "couldn't read")
    api.send_photo(ben)
    await api.wait_for_message(ben.id, "only read typed text")
    api.send_text(ben, "8pm")
    await api.wait_for_message(ben.id, "20:00")
    user = _user(bot, ben.id)
    assert user is not None and (user.timezone, user.prompt_time) == ("UTC+05:30", "20:00")


async def test_invite_and_accept_makes_a_couple(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    a, b = _user(bot, ana.id), _user(bot, ben.id)
    assert a is not None and b is not None
    assert a.couple_id is not None and a.couple_id == b.couple_id
    with unit_of_work(bot.rt.engine) as session:
        invite = session.exec(select(Invite)).one()
        assert invite.used_by_id == ben.id and invite.used_at is not None
    # The link is at most 64 characters of Telegram's deep-link alphabet.
    api.send_command(ana, "/invite")
    await api.wait_for_message(ana.id, "already connected with Ben")


async def test_new_partner_is_paired_then_onboarded(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await onboard(api, ana)
    code = await invite_code(api, ana)
    api.send_command(ben, "/start", code)
    await api.wait_for_message(ben.id, "You and Ana are now a couple")
    await api.wait_for_message(ben.id, "which time zone")
    await api.wait_for_message(ana.id, "You and Ben are now a couple")
    api.send_text(ben, "America/New_York")
    await api.wait_for_message(ben.id, "What time of day")
    api.send_text(ben, "07:30")
    await api.wait_for_message(ben.id, "you and Ana are connected")


async def test_every_bad_invite_says_what_to_do(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben, cat, dan = (api.user(i, n) for i, n in enumerate(["Ana", "Ben", "Cat", "Dan"], 1))
    await onboard(api, ana)
    code = await invite_code(api, ana)
    api.send_command(ana, "/start", code)
    await api.wait_for_message(ana.id, "your own invite link")
    api.send_command(ben, "/start", "not a code!")
    await api.wait_for_message(ben.id, "looks incomplete")
    api.send_command(ben, "/start", "A" * 22)
    await api.wait_for_message(ben.id, "don't recognise that invite")
    await onboard(api, cat)
    stale = await invite_code(api, cat)
    clock.advance(hours=73)
    api.send_command(ben, "/start", stale)
    await api.wait_for_message(ben.id, "has expired")
    api.send_command(ben, "/start", code)  # Ana's code was made before the jump: expired too
    await api.wait_for_message(ben.id, "has expired")
    fresh = await invite_code(api, ana)
    api.send_command(ben, "/start", fresh)
    await api.wait_for_message(ben.id, "You and Ana are now a couple")
    api.send_command(dan, "/start", fresh)
    await api.wait_for_message(dan.id, "already paired")
    api.send_command(ben, "/start", fresh)
    await api.wait_for_message(ben.id, "already connected with Ana")
    with unit_of_work(bot.rt.engine) as session:
        assert len(session.exec(select(Couple)).all()) == 1
        dan_row = session.get(User, dan.id)
        assert dan_row is not None and dan_row.couple_id is None


async def test_used_invite_for_an_unpaired_inviter(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben, cat = api.user(1, "Ana"), api.user(2, "Ben"), api.user(3, "Cat")
    await onboard(api, ana)
    code = await invite_code(api, ana)
    api.send_command(ben, "/start", code)
    await api.wait_for_message(ben.id, "now a couple")
    api.send_command(ana, "/unpair")
    confirm = await api.wait_for_message(ana.id, "End it?")
    api.press_button(ana, confirm, "Yes, end it")
    await api.wait_for_message(ana.id, "no longer connected")
    await api.wait_for_message(ben.id, "Ana ended your connection")
    api.send_command(cat, "/start", code)
    await api.wait_for_message(cat.id, "already been used")


async def test_unpair_asks_first_and_old_buttons_change_nothing(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    api.send_command(ana, "/unpair")
    confirm = await api.wait_for_message(ana.id, "End it?")
    api.press_button(ana, confirm, "Keep it")
    await api.wait_for_message(ana.id, "nothing changed")
    a = _user(bot, ana.id)
    assert a is not None and a.couple_id is not None
    api.send_command(ben, "/unpair")
    confirm_b = await api.wait_for_message(ben.id, "End it?")
    api.press_button(ben, confirm_b, "Yes, end it")
    await api.wait_for_message(ana.id, "Ben ended your connection")
    # They pair again; the old "Yes, end it" must not end the new couple.
    code = await invite_code(api, ana)
    api.send_command(ben, "/start", code)
    await api.wait_for_message(ben.id, "now a couple")
    old_yes = button_data(confirm_b)[0]
    assert old_yes.startswith("up:yes:")
    api.press(ben, confirm_b, old_yes)
    await api.wait_for_call("answerCallbackQuery", lambda c: "older message" in str(c.params))
    a, b = _user(bot, ana.id), _user(bot, ben.id)
    assert a is not None and b is not None
    assert a.couple_id is not None and a.couple_id == b.couple_id


async def test_group_link_needs_both_partners(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben, eve = api.user(1, "Ana"), api.user(2, "Ben"), api.user(5, "Eve")
    await pair(api, ana, ben)
    group = api.group(-42, "Ana & Ben", [ana, eve])
    api.add_bot_to_group(group, ana)
    await api.wait_for_message(group.id, "Ben isn't in this group yet")
    api.send_command(eve, "/link", chat=group)
    await api.wait_for_message(group.id, "Only the two partners")
    api.add_member(group, ben)
    api.send_command(ben, "/link", chat=group)
    await api.wait_for_message(group.id, "Ben and Ana's shared space")
    with unit_of_work(bot.rt.engine) as session:
        row = session.exec(select(GroupChat)).one()
        ana_row = session.get(User, ana.id)
        assert ana_row is not None and row.couple_id == ana_row.couple_id
    api.send_command(eve, "/help", chat=group)
    await api.wait_for_message(group.id, "/link")
    api.send_command(eve, "/settings", chat=group)
    await api.wait_for_message(group.id, "Only the two partners")


async def test_group_follows_a_migration_and_ends_on_removal(
    api: FakeBotApi, bot: BotRunner
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    group = api.group(-43, "Us", [ana, ben])
    api.add_bot_to_group(group, ben)
    await api.wait_for_message(group.id, "shared space")
    new_id = api.migrate_group(group)
    # Until the migration update is handled (on PostgreSQL it first takes the chat's turn,
    # so a quiet moment is no proof it was): then exactly one group row, at the new id.
    rows: list[GroupChat] = []
    for _ in range(200):
        with unit_of_work(bot.rt.engine) as session:
            rows = list(session.exec(select(GroupChat)).all())
        if [r.chat_id for r in rows] == [new_id]:
            break
        await asyncio.sleep(0.05)
    assert [(r.chat_id, r.couple_id is not None) for r in rows] == [(new_id, True)]
    api.remove_bot_from_group(group, ana)
    await api.wait_for_message(ana.id, "no longer your shared space")
    await api.wait_for_message(ben.id, "no longer your shared space")
    with unit_of_work(bot.rt.engine) as session:
        row = session.exec(select(GroupChat)).one()
        assert row.couple_id is None and not row.bot_present


async def test_bot_added_by_a_stranger_just_says_hello(api: FakeBotApi, bot: BotRunner) -> None:
    eve = api.user(5, "Eve")
    group = api.group(-44, "Party", [eve])
    api.add_bot_to_group(group, eve)
    await api.wait_for_message(group.id, "shared space for a couple")
    api.send_command(eve, "/frobnicate", chat=group)
    await api.wait_for_message(group.id, "one of you sends /link")
    api.send_command(eve, "/frobnicate@some_other_bot", chat=group)
    api.send_command(eve, "/help", chat=group)
    await api.wait_for_message(group.id, "commands and replies")
    # The command for another bot got no answer of ours.
    assert len(api.messages_to(group.id)) == 3


async def test_odd_input_gets_clear_answers(api: FakeBotApi, bot: BotRunner) -> None:
    ana = api.user(1, "Ana")
    await onboard(api, ana)
    api.send_command(ana, "/frobnicate")
    await api.wait_for_message(ana.id, "I don't know /frobnicate")
    api.send_voice(ana)
    await api.wait_for_message(ana.id, "I can only read text")
    api.send_text(ana, "x" * 5000)
    await api.wait_for_message(ana.id, "longer than I can take")
    api.send_command(ana, "/cancel")
    await api.wait_for_message(ana.id, "nothing to cancel")
    user = _user(bot, ana.id)
    assert user is not None and user.prompt_time == "20:00"


async def test_settings_change_the_time_zone(api: FakeBotApi, bot: BotRunner) -> None:
    ana = api.user(1, "Ana")
    await onboard(api, ana)
    api.send_command(ana, "/settings")
    menu = await api.wait_for_message(ana.id, "Your settings")
    api.press_button(ana, menu, "Time zone")
    await api.wait_for_message(ana.id, "which time zone")
    api.send_text(ana, "Asia/Kolkata")
    await api.wait_for_message(ana.id, "Asia/Kolkata")
    user = _user(bot, ana.id)
    assert user is not None and user.timezone == "Asia/Kolkata" and user.prompt_time == "20:00"


@pytest.mark.api_errors(403)
async def test_blocked_partner_is_marked_unreachable(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await onboard(api, ana)
    code = await invite_code(api, ana)
    api.block(ana)
    api.send_command(ben, "/start", code)
    await api.wait_for_message(ben.id, "now a couple")
    await api.wait_for_call("sendMessage", lambda c: c.error is not None and c.chat_id == ana.id)
    await api.wait_until_idle()
    user = _user(bot, ana.id)
    assert user is not None and not user.reachable
    api.unblock(ana)
    api.send_command(ana, "/help")
    await api.wait_for_message(ana.id, "what I can do")
    user = _user(bot, ana.id)
    assert user is not None and user.reachable


@pytest.mark.api_errors(403)
async def test_forbidden_reply_marks_the_user(api: FakeBotApi, bot: BotRunner) -> None:
    ana = api.user(1, "Ana")
    await onboard(api, ana)
    api.fail_next("sendMessage", forbidden(), chat_id=ana.id)
    api.send_command(ana, "/help")
    await api.wait_until_idle()
    user = _user(bot, ana.id)
    assert user is not None and not user.reachable


async def test_restart_keeps_everything(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await pair(api, ana, ben)
    await bot.restart()
    api.send_command(ana, "/invite")
    await api.wait_for_message(ana.id, "already connected with Ben")
    api.send_command(ben, "/settings")
    await api.wait_for_message(ben.id, "Europe/Berlin")


async def test_command_menus_are_registered_per_scope(api: FakeBotApi, bot: BotRunner) -> None:
    private = api.commands({"type": "all_private_chats"})
    group = api.commands({"type": "all_group_chats"})
    assert {"start", "invite", "settings"} <= {c["command"] for c in private}
    assert {c["command"] for c in group} >= {"link", "help"}


async def test_queued_message_survives_a_restart(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana = api.user(1, "Ana")
    await onboard(api, ana)
    await bot.stop()
    # Left in the outbox by a process that died before sending it.
    engine = create_db_engine(bot.database_url)
    with unit_of_work(engine) as session:
        outbox.enqueue(
            session, chat_id=ana.id, kind="test", text="left behind", due_at=clock(), now=clock()
        )
    engine.dispose()
    await bot.start()
    await api.wait_for_message(ana.id, "left behind")
    await api.wait_until_idle()
    assert api.texts_to(ana.id).count("left behind") == 1


@pytest.mark.api_errors(429)
async def test_rate_limits_and_server_errors_are_retried(
    api: FakeBotApi, bot: BotRunner, clock: FakeClock
) -> None:
    ana, ben = api.user(1, "Ana"), api.user(2, "Ben")
    await onboard(api, ana)
    code = await invite_code(api, ana)
    api.fail_next("sendMessage", retry_after(1), chat_id=ana.id)
    api.send_command(ben, "/start", code)
    await api.wait_for_message(ana.id, "You and Ben are now a couple", timeout=8)
    api.send_command(ana, "/unpair")
    confirm = await api.wait_for_message(ana.id, "End it?")
    api.fail_next("sendMessage", server_error(), chat_id=ben.id)
    api.press_button(ana, confirm, "Yes, end it")
    await api.wait_for_call("sendMessage", lambda c: c.error is not None and c.chat_id == ben.id)
    await api.wait_until_idle()
    assert "ended your connection" not in " ".join(api.texts_to(ben.id))
    clock.advance(seconds=6)  # past the first backoff
    await api.wait_for_message(ben.id, "Ana ended your connection")
    await api.wait_until_idle()
    assert sum("ended your connection" in t for t in api.texts_to(ben.id)) == 1


async def test_a_failing_handler_apologises_and_logs_no_text(
    api: FakeBotApi,
    bot: BotRunner,
    monkeypatch: pytest.MonkeyPatch,
    capsys: pytest.CaptureFixture[str],
) -> None:
    ana = api.user(1, "Ana")
    await onboard(api, ana)
    # The logging set-up `couplebot` uses, at its most verbose.
    saved_handlers = logging.getLogger().handlers[:]
    configure_logging("DEBUG", FakeBotApi.TOKEN)

    def broken(*_args: object, **_kwargs: object) -> None:
        raise RuntimeError("a bug")

    monkeypatch.setattr("bot.services.conversation.handle_input", broken)
    api.send_text(ana, "something very private about us")
    await api.wait_for_message(ana.id, "Sorry, something went wrong on my side")
    api.send_command(ana, "/help")
    await api.wait_for_message(ana.id, "what I can do")
    logging.getLogger().handlers[:] = saved_handlers
    logged = capsys.readouterr().err
    assert "RuntimeError" in logged
    assert "something very private" not in logged
    assert FakeBotApi.TOKEN not in logged


async def test_a_partner_leaving_ends_the_shared_space(api: FakeBotApi, bot: BotRunner) -> None:
    ana, ben, eve = api.user(1, "Ana"), api.user(2, "Ben"), api.user(5, "Eve")
    await pair(api, ana, ben)
    group = api.group(-45, "Us", [ana, ben, eve])
    api.add_bot_to_group(group, ana)
    await api.wait_for_message(group.id, "shared space")
    api.remove_member(group, eve)  # not a partner: nothing changes
    await api.wait_until_idle()
    with unit_of_work(bot.rt.engine) as session:
        assert session.exec(select(GroupChat)).one().couple_id is not None
    api.remove_member(group, ben)
    await api.wait_for_message(ana.id, "Ben left “Us”")
    await api.wait_for_message(ben.id, "Ben left “Us”")
    with unit_of_work(bot.rt.engine) as session:
        assert session.exec(select(GroupChat)).one().couple_id is None

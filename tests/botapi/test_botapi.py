"""Tests of the fake Bot API, driven through a real PTB Bot / Application over loopback HTTP."""

from __future__ import annotations

import asyncio
import datetime as dtm
import json
import time
from collections.abc import AsyncIterator

import httpx
import pytest
from telegram import (
    Bot,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    MessageEntity,
    Update,
)
from telegram.constants import ParseMode
from telegram.error import (
    BadRequest,
    ChatMigrated,
    EndPointNotFound,
    Forbidden,
    InvalidToken,
    NetworkError,
    RetryAfter,
    TimedOut,
)
from telegram.ext import ApplicationBuilder, CommandHandler, ContextTypes
from telegram.request import HTTPXRequest

from playground.botapi import (
    ApiError,
    FakeBotApi,
    bad_request,
    forbidden,
    retry_after,
    server_error,
    timeout,
)


@pytest.fixture
async def api() -> AsyncIterator[FakeBotApi]:
    async with FakeBotApi() as fake:
        yield fake


@pytest.fixture
async def bot(api: FakeBotApi) -> AsyncIterator[Bot]:
    async with Bot(FakeBotApi.TOKEN, base_url=api.base_url, base_file_url=api.base_file_url) as b:
        yield b


@pytest.fixture(autouse=True)
def _timedelta_mode(monkeypatch: pytest.MonkeyPatch) -> None:
    # PTB 22 warns when reading RetryAfter.retry_after as int; opt in to timedelta values.
    monkeypatch.setenv("PTB_TIMEDELTA", "1")


def keyboard(*labels: str) -> InlineKeyboardMarkup:
    return InlineKeyboardMarkup(
        [[InlineKeyboardButton(x, callback_data=x.lower())] for x in labels]
    )


async def test_get_me(bot: Bot) -> None:
    me = await bot.get_me()
    assert (me.id, me.username, me.first_name) == (123456, "couple_test_bot", "Couplebot")
    assert me.is_bot and me.can_join_groups and not me.can_read_all_group_messages


async def test_send_message_records_markup(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001, "Alice")
    sent = await bot.send_message(alice.id, "Pick one", reply_markup=keyboard("Yes", "No"))
    assert sent.message_id == 1 and sent.chat.id == alice.id and sent.from_user is not None
    assert sent.reply_markup is not None
    assert sent.reply_markup.inline_keyboard[1][0].callback_data == "no"
    recorded = api.messages_to(alice)[-1]
    assert recorded["reply_markup"]["inline_keyboard"][0][0] == {
        "text": "Yes",
        "callback_data": "yes",
    }

    asked = await bot.send_message(
        alice.id, "Your name?", reply_markup=ForceReply(input_field_placeholder="Name")
    )
    # Telegram does not echo non-inline markup inside Message objects.
    assert asked.reply_markup is None
    last = api.messages_to(alice)[-1]
    assert api.sent_markup(last) == {"force_reply": True, "input_field_placeholder": "Name"}
    assert api.texts_to(alice) == ["Pick one", "Your name?"]
    call = api.calls_of("sendMessage")[-1]
    assert call.chat_id == alice.id and call.params["reply_markup"]["force_reply"] is True


async def test_html_is_validated_and_rendered(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001, "Alice")
    await bot.send_message(alice.id, "<b>Hi</b> &amp; bye", parse_mode=ParseMode.HTML)
    assert api.texts_to(alice) == ["Hi & bye"]
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities"):
        await bot.send_message(alice.id, "line<br>break", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match=r"(?i)BUTTON_DATA_INVALID"):
        await bot.send_message(
            alice.id,
            "x",
            reply_markup=InlineKeyboardMarkup(
                [[InlineKeyboardButton("a", callback_data="z" * 65)]]
            ),
        )
    assert api.calls_of("sendMessage")[-1].error is not None


async def test_edit_message_text(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001, "Alice")
    sent = await bot.send_message(alice.id, "Question?", reply_markup=keyboard("Yes"))
    edited = await bot.edit_message_text(
        "Answered: yes", chat_id=alice.id, message_id=sent.message_id
    )
    assert not isinstance(edited, bool) and edited.edit_date is not None
    # Like Telegram, editing without reply_markup drops the inline keyboard.
    assert "reply_markup" not in api.messages_to(alice)[0] and edited.reply_markup is None
    assert api.texts_to(alice) == ["Answered: yes"]
    with pytest.raises(BadRequest, match=r"(?i)message is not modified"):
        await bot.edit_message_text("Answered: yes", chat_id=alice.id, message_id=sent.message_id)
    await bot.edit_message_reply_markup(alice.id, sent.message_id, reply_markup=keyboard("Undo"))
    last = api.messages_to(alice)[-1]
    assert last["reply_markup"]["inline_keyboard"][0][0]["text"] == "Undo"
    with pytest.raises(BadRequest, match=r"(?i)message to edit not found"):
        await bot.edit_message_text("x", chat_id=alice.id, message_id=99)


async def test_get_updates_parses_queued_updates(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001, "Alice", username="alice")
    bob = api.user(1002, "Bob")
    group = api.group(-500, "Us", [alice, bob])
    text_update = api.send_text(alice, "hello")
    api.send_command(alice, "/start", args="invite-abc")
    prompt = await bot.send_message(alice.id, "Choose", reply_markup=keyboard("Yes", "No"))
    api.press_button(alice, api.messages_to(alice)[-1], "No")
    api.add_bot_to_group(group, bob)
    api.send_text(bob, f"/start@{FakeBotApi.BOT_USERNAME}", chat=group)

    raw = await bot.get_updates(timeout=0)
    updates = [Update.de_json(u.to_dict(), bot) for u in raw]
    assert [u.update_id for u in updates] == list(
        range(text_update["update_id"], text_update["update_id"] + 6)
    )
    first, command, press, joined, service, group_cmd = updates
    assert first.message is not None and first.message.text == "hello"
    assert first.message.chat.type == "private" and first.message.chat.id == alice.id
    assert command.message is not None and command.message.text == "/start invite-abc"
    assert command.message.entities[0].type == MessageEntity.BOT_COMMAND
    assert command.message.entities[0].length == len("/start")
    assert press.callback_query is not None and press.callback_query.data == "no"
    assert press.callback_query.message is not None
    assert press.callback_query.message.message_id == prompt.message_id
    assert joined.my_chat_member is not None
    assert joined.my_chat_member.old_chat_member.status == "left"
    assert joined.my_chat_member.new_chat_member.status == "member"
    assert service.message is not None and service.message.new_chat_members[0].id == 123456
    assert group_cmd.message is not None and group_cmd.message.entities[0].length == 22

    await bot.answer_callback_query(press.callback_query.id)
    with pytest.raises(BadRequest, match=r"(?i)query is too old"):
        await bot.answer_callback_query(press.callback_query.id)

    # Confirming with offset drops them, as on Telegram.
    assert await bot.get_updates(offset=updates[-1].update_id + 1, timeout=0) == ()


async def test_privacy_mode_hides_plain_group_text(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001, "Alice")
    group = api.group(-500, "Us", [alice], with_bot=True)
    assert api.send_text(alice, "just chatting", chat=group)["update_id"] is None
    prompt = await bot.send_message(group.id, "Reply with a date", reply_markup=ForceReply())
    reply = api.reply_to(alice, prompt.to_dict(), "tomorrow")
    assert reply["update_id"] is not None
    (update,) = await bot.get_updates(timeout=0)
    assert update.message is not None and update.message.reply_to_message is not None
    assert update.message.reply_to_message.message_id == prompt.message_id
    assert api.stats.privacy_dropped == 1


async def test_long_poll_returns_when_update_arrives(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001, "Alice")
    poll = asyncio.create_task(bot.get_updates(timeout=10))
    await asyncio.sleep(0.1)
    started = time.monotonic()
    api.send_text(alice, "ping")
    updates = await asyncio.wait_for(poll, 2)
    assert len(updates) == 1 and time.monotonic() - started < 1


async def test_close_ends_pending_long_poll(api: FakeBotApi, bot: Bot) -> None:
    poll = asyncio.create_task(bot.get_updates(timeout=30, read_timeout=40))
    await asyncio.sleep(0.1)
    started = time.monotonic()
    await api.close()
    assert await asyncio.wait_for(poll, 3) == ()
    assert time.monotonic() - started < 2


async def test_fault_injection(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001, "Alice")
    api.fail_next("sendMessage", retry_after(7))
    with pytest.raises(RetryAfter) as caught:
        await bot.send_message(alice.id, "hi")
    assert caught.value.retry_after == dtm.timedelta(seconds=7)
    api.fail_next("sendMessage", server_error(), chat_id=alice.id)
    with pytest.raises(NetworkError, match=r"(?i)Internal Server Error"):
        await bot.send_message(alice.id, "hi")
    api.fail_next("sendMessage", bad_request("chat not found"), count=2)
    for _ in range(2):
        with pytest.raises(BadRequest, match=r"(?i)chat not found"):
            await bot.send_message(alice.id, "hi")
    api.fail_next("sendMessage", forbidden())
    with pytest.raises(Forbidden):
        await bot.send_message(alice.id, "hi")
    await bot.send_message(alice.id, "finally")
    assert api.texts_to(alice) == ["finally"]
    assert [c.error.status if c.error else 200 for c in api.calls_of("sendMessage")] == [
        429,
        500,
        400,
        400,
        403,
        200,
    ]
    assert api.stats["too_many_requests"] == 1 and api.stats.injected_faults == 5


async def test_slow_answer_still_delivers(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001, "Alice")
    api.fail_next("sendMessage", timeout(1.0))
    with pytest.raises(TimedOut):
        await bot.send_message(alice.id, "notify", read_timeout=0.2)
    await bot.send_message(alice.id, "notify")  # the retry a real bot would make
    assert api.texts_to(alice) == ["notify", "notify"] and api.stats.duplicates == 1


async def test_block_and_unblock(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001, "Alice")
    api.block(alice)
    with pytest.raises(Forbidden, match=r"(?i)blocked by the user"):
        await bot.send_message(alice.id, "hi")
    api.unblock(alice)
    await bot.send_message(alice.id, "hi")
    assert api.calls[-2].error is not None and api.calls[-1].ok


async def test_group_membership_and_migration(api: FakeBotApi, bot: Bot) -> None:
    alice, bob, eve = api.user(1, "Alice"), api.user(2, "Bob"), api.user(3, "Eve")
    group = api.group(-42, "Us", [alice, bob])
    assert (await bot.get_chat_member(group.id, alice.id)).status == "creator"
    assert (await bot.get_chat_member(group.id, bob.id)).status == "member"
    assert (await bot.get_chat_member(group.id, eve.id)).status == "left"
    assert (await bot.get_chat_member(group.id, bot.id)).status == "left"
    with pytest.raises(Forbidden, match=r"(?i)not a member"):
        await bot.send_message(group.id, "hi")
    api.add_bot_to_group(group, alice)
    assert (await bot.get_chat_member(group.id, bot.id)).status == "member"

    old_id = group.id
    new_id = api.migrate_group(group)
    assert group.id == new_id and str(new_id).startswith("-100")
    with pytest.raises(ChatMigrated) as caught:
        await bot.send_message(old_id, "hi")
    assert caught.value.new_chat_id == new_id
    await bot.send_message(new_id, "moved")
    assert api.texts_to(new_id) == ["moved"]
    updates = await bot.get_updates(timeout=0)
    migrate = [u.message for u in updates if u.message and u.message.migrate_to_chat_id]
    assert migrate[0] is not None and migrate[0].chat.id == old_id

    api.remove_bot_from_group(group, alice)
    assert (await bot.get_chat_member(new_id, bot.id)).status == "left"


async def test_flood_limits() -> None:
    now = [1000.0]
    async with (
        FakeBotApi(enforce_limits=True, clock=lambda: now[0]) as api,
        Bot(FakeBotApi.TOKEN, base_url=api.base_url) as bot,
    ):
        alice = api.user(1, "Alice")
        group = api.group(-7, "Us", [alice], with_bot=True)
        waits: list[dtm.timedelta] = []
        for n in range(25):
            try:
                await bot.send_message(group.id, f"msg {n}")
            except RetryAfter as exc:
                assert isinstance(exc.retry_after, dtm.timedelta)
                waits.append(exc.retry_after)
        assert len(waits) == 5 and waits[0] == dtm.timedelta(seconds=60)
        assert api.stats.too_many_requests == 5 and api.stats.accepted_per_chat[group.id] == 20
        now[0] += 60
        await bot.send_message(group.id, "after the window")

        sent = 0
        for _ in range(4):
            try:
                await bot.send_message(alice.id, "burst")
                sent += 1
            except RetryAfter as exc:
                assert exc.retry_after == dtm.timedelta(seconds=1)
        assert sent == 3 and api.stats.limit_hits == {"group": 5, "private": 1}


async def test_send_document_and_photo(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001, "Alice")
    sent = await bot.send_document(
        alice.id,
        document=b"col1,col2\n",
        filename="export.csv",
        caption="Your <b>data</b>",
        parse_mode=ParseMode.HTML,
    )
    (doc,) = api.documents_to(alice)
    assert (doc.filename, doc.content, doc.message["caption"]) == (
        "export.csv",
        b"col1,col2\n",
        "Your data",
    )
    assert doc.message["caption_entities"] == [{"type": "bold", "offset": 5, "length": 4}]
    assert sent.document is not None and sent.document.file_name == "export.csv"
    assert api.world.files[sent.document.file_id].content == b"col1,col2\n"
    photo = await bot.send_photo(alice.id, photo=b"\x89PNG card", caption="This week")
    assert photo.photo and photo.caption == "This week"
    assert api.world.files[photo.photo[-1].file_id].content == b"\x89PNG card"


async def test_commands_and_start_up_calls(api: FakeBotApi, bot: Bot) -> None:
    await bot.set_my_commands([("start", "Start"), ("help", "Help")])
    assert api.commands()[1] == {"command": "help", "description": "Help"}
    with pytest.raises(BadRequest, match=r"(?i)BOT_COMMAND_INVALID"):
        await bot.set_my_commands([("Start", "uppercase is rejected")])
    alice = api.user(1001, "Alice")
    api.send_text(alice, "queued before start")
    assert await bot.delete_webhook(drop_pending_updates=True)
    assert await bot.get_updates(timeout=0) == ()
    with pytest.raises(BadRequest, match=r"(?i)chat not found"):
        await bot.send_message(999, "nobody")


async def test_invalid_token_and_unknown_method(api: FakeBotApi) -> None:
    async with Bot(FakeBotApi.TOKEN, base_url=api.base_url) as bot:
        # PTB turns the 404 into EndPointNotFound for do_api_request, InvalidToken elsewhere.
        with pytest.raises(EndPointNotFound):
            await bot.do_api_request("sendTelepathy")
    assert api.calls_of("sendTelepathy")[0].error == ApiError(404, "Not Found: method not found")
    # A Bot that never initialized does not close its clients on shutdown(); own them here.
    request = HTTPXRequest()
    bad = Bot("123:short", base_url=api.base_url, request=request, get_updates_request=request)
    try:
        with pytest.raises(InvalidToken):
            await bad.get_me()
    finally:
        await request.shutdown()
    last = api.calls[-1]
    assert last.method == "getMe" and last.error == ApiError(401, "Unauthorized")


async def test_wait_helpers(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001, "Alice")
    await bot.send_message(alice.id, "first")

    async def later() -> None:
        await asyncio.sleep(0.05)
        await bot.send_message(alice.id, "second", reply_markup=keyboard("Ok"))

    task = asyncio.create_task(later())
    # "first" was sent before the wait started but is not consumed yet, so it still matches.
    assert (await api.wait_for_message(alice))["text"] == "first"
    assert (await api.wait_for_message(alice, "second"))["text"] == "second"
    await task
    call = await api.wait_for_call("sendMessage", lambda c: c.params["text"] == "second")
    assert call.ok
    with pytest.raises(AssertionError) as caught:
        await api.wait_for_message(alice, "third", timeout=0.1)
    report = str(caught.value)
    assert "'first'" in report and "'second'" in report and "buttons=['Ok']" in report
    await api.wait_until_idle(quiet=0.05, timeout=2)
    with pytest.raises(AssertionError, match="No inline button"):
        api.press_button(alice, api.messages_to(alice)[1], "Cancel")


async def test_application_round_trip(api: FakeBotApi) -> None:
    alice = api.user(1001, "Alice")

    async def start(update: Update, context: ContextTypes.DEFAULT_TYPE) -> None:
        assert update.effective_message is not None
        await update.effective_message.reply_text("hi, welcome!")

    app = (
        ApplicationBuilder()
        .token(FakeBotApi.TOKEN)
        .base_url(api.base_url)
        .base_file_url(api.base_file_url)
        .build()
    )
    app.add_handler(CommandHandler("start", start))
    async with app:
        assert app.updater is not None
        await app.start()
        await app.updater.start_polling(poll_interval=0, timeout=dtm.timedelta(seconds=1))
        api.send_command(alice, "/start")
        reply = await api.wait_for_message(alice, "hi")
        assert reply["chat"]["id"] == alice.id
        await api.wait_until_idle(quiet=0.1, timeout=5)
        started = time.monotonic()
        await app.updater.stop()
        await app.stop()
    assert time.monotonic() - started < 2
    assert api.updates.undelivered() == 0


async def test_raw_http_shapes(api: FakeBotApi) -> None:
    alice = api.user(1001, "Alice")
    url = f"{api.base_url}{FakeBotApi.TOKEN}"
    markup = {"inline_keyboard": [[{"text": "A", "callback_data": "a"}]]}
    async with httpx.AsyncClient() as http:
        # JSON body, nested object given as a JSON string (some clients do that).
        body = {"chat_id": alice.id, "text": "123", "reply_markup": json.dumps(markup)}
        sent = (await http.post(f"{url}/sendMessage", json=body)).json()
        assert sent["ok"] is True and sent["result"]["text"] == "123"
        assert sent["result"]["reply_markup"] == markup
        # Form body with a numeric-looking text that must stay a string.
        form = {"chat_id": str(alice.id), "text": "42", "disable_notification": "true"}
        resp = await http.post(f"{url}/SENDMESSAGE", data=form)
        assert resp.json()["result"]["text"] == "42"
        # Query string only.
        resp = await http.get(f"{url}/sendMessage", params={"chat_id": alice.id, "text": "q"})
        assert resp.json()["result"]["text"] == "q"
        resp = await http.post(f"{url}/sendPhoto", data={"chat_id": str(alice.id)})
        assert resp.json()["description"] == "Bad Request: there is no photo in the request"
        # Methods couplebot never calls are not faked: a new call shows up at once.
        resp = await http.get(f"{url}/nope")
        assert resp.status_code == 404
        assert resp.json() == {
            "ok": False,
            "error_code": 404,
            "description": "Not Found: method not found",
        }
        resp = await http.post(f"{api.base_url}123:bad/getMe")
        assert resp.status_code == 401
        assert resp.json() == {"ok": False, "error_code": 401, "description": "Unauthorized"}
        resp = await http.post(
            f"{url}/sendMessage", content=b"{not json", headers={"content-type": "application/json"}
        )
        assert resp.status_code == 400
        assert resp.json()["description"] == "Bad Request: can't parse JSON"
        resp = await http.get(f"http://127.0.0.1:{api.port}/elsewhere")
        assert resp.status_code == 404
    assert api.texts_to(alice) == ["123", "42", "q"]
    assert api.calls_of("sendMessage")[1].params["disable_notification"] is True
    assert api.calls_of("sendMessage")[3].error is not None


async def test_html_becomes_text_and_entities(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001, "Alice")
    html = (
        '\N{HUGGING FACE} <b>Bold <i>both</i></b> <a href="https://example.org/x">link</a> '
        '<pre><code class="language-python">x = 1</code></pre> <tg-spoiler>hidden</tg-spoiler>'
    )
    sent = await bot.send_message(alice.id, html, parse_mode=ParseMode.HTML)
    # Offsets count UTF-16 units: the emoji is two.
    assert sent.text == "\N{HUGGING FACE} Bold both link x = 1 hidden"
    assert api.messages_to(alice)[0]["entities"] == [
        {"offset": 3, "length": 9, "type": "bold"},
        {"offset": 8, "length": 4, "type": "italic"},
        {"offset": 13, "length": 4, "type": "text_link", "url": "https://example.org/x"},
        {"offset": 18, "length": 5, "type": "pre", "language": "python"},
        {"offset": 24, "length": 6, "type": "spoiler"},
    ]
    assert sent.parse_entities()[sent.entities[2]] == "link"
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities.*Unmatched end tag"):
        await bot.send_message(alice.id, "<b><i>x</b></i>", parse_mode=ParseMode.HTML)
    with pytest.raises(BadRequest, match=r"(?i)can't parse entities.*end tag"):
        await bot.send_message(alice.id, "<b>open", parse_mode=ParseMode.HTML)


async def test_links_commands_and_mentions_are_detected(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001, "Alice")
    text = "Send /invite to @someone: https://t.me/couple_test_bot?start=abc. Step 1/5 #us"
    sent = await bot.send_message(alice.id, text)
    found = {(e.type, sent.parse_entity(e)) for e in sent.entities}
    assert found == {
        ("bot_command", "/invite"),
        ("mention", "@someone"),
        ("url", "https://t.me/couple_test_bot?start=abc"),
        ("hashtag", "#us"),
    }
    # Not inside code, and not twice over a link the bot already made.
    coded = await bot.send_message(alice.id, "<code>/start</code> ok", parse_mode=ParseMode.HTML)
    assert [e.type for e in coded.entities] == ["code"]
    # People's messages get them too, so a typed command is a command.
    update = api.send_text(alice, "see https://example.org and /help")
    kinds = [e["type"] for e in update["message"]["entities"]]
    assert kinds == ["url", "bot_command"]


async def test_editing_replaces_entities_and_tells_listeners(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001, "Alice")
    events: list[tuple[str, int]] = []
    api.world.listeners.append(lambda e: events.append((e.kind, e.message["message_id"])))
    sent = await bot.send_message(alice.id, "<b>Question?</b>", parse_mode=ParseMode.HTML)
    edited = await bot.edit_message_text("Answered", chat_id=alice.id, message_id=sent.message_id)
    assert not isinstance(edited, bool) and edited.entities == ()
    assert "entities" not in api.messages_to(alice)[0]
    api.send_text(alice, "thanks")
    assert events == [("sent", 1), ("edited", 1), ("received", 2)]


async def test_answering_a_press_is_announced(api: FakeBotApi, bot: Bot) -> None:
    alice = api.user(1001, "Alice")
    answers: list[dict[str, object]] = []
    api.world.listeners.append(lambda e: answers.append(e.detail or {}) if e.detail else None)
    await bot.send_message(alice.id, "Pick", reply_markup=keyboard("Yes"))
    update = api.press_button(alice, api.messages_to(alice)[0], "Yes")
    query_id = update["callback_query"]["id"]
    await bot.answer_callback_query(query_id, text="Saved", show_alert=True)
    assert answers == [{"text": "Saved", "show_alert": True, "from": alice.to_dict()}]


async def test_messages_are_dated_by_the_wall_clock() -> None:
    async with (
        FakeBotApi(wall_clock=lambda: 1_900_000_000.5) as api,
        Bot(FakeBotApi.TOKEN, base_url=api.base_url) as bot,
    ):
        alice = api.user(1, "Alice")
        sent = await bot.send_message(alice.id, "hi")
        assert sent.date == dtm.datetime.fromtimestamp(1_900_000_000, dtm.UTC)
        assert api.send_text(alice, "yo")["message"]["date"] == 1_900_000_000


async def test_a_client_that_hangs_up_ends_its_long_poll(api: FakeBotApi) -> None:
    alice = api.user(1001, "Alice")
    url = f"{api.base_url}{FakeBotApi.TOKEN}/getUpdates"
    async with httpx.AsyncClient() as http:
        with pytest.raises(httpx.ReadTimeout):
            await http.post(url, data={"timeout": "10"}, timeout=0.2)
        await api.wait_for_call("getUpdates", timeout=2)
        # The abandoned poll is over: it did not take this update for itself.
        api.send_text(alice, "hello")
        await asyncio.sleep(0.05)
        assert api.updates.undelivered() == 1
        polled = (await http.post(url, data={"timeout": "0"})).json()
    assert [u["message"]["text"] for u in polled["result"]] == ["hello"]

"""bot/api_calls.py: the same request as PTB's own methods, Telegram's errors as PTB
raises them, and only the message id read back."""

from __future__ import annotations

import pytest
from telegram import (
    Bot,
    ForceReply,
    InlineKeyboardButton,
    InlineKeyboardMarkup,
    LinkPreviewOptions,
)
from telegram.constants import ParseMode
from telegram.error import BadRequest, Forbidden, RetryAfter
from telegram.ext import Defaults, ExtBot

from bot import api_calls
from bot.render import keyboard_data
from flows.model import Button
from tests.bot.mocked_request import TOKEN, MockedRequest

BUTTONS = ((Button("Ja, gern — 💛", "f:a:b"), Button("Open", "url:https://t.me/b?start=x")),)


def _bots() -> tuple[ExtBot[None], MockedRequest]:
    request = MockedRequest()
    bot: ExtBot[None] = ExtBot(
        TOKEN,
        request=request,
        get_updates_request=MockedRequest(),
        defaults=Defaults(parse_mode=ParseMode.HTML),
    )
    return bot, request


async def test_a_send_asks_for_what_send_message_asks_for_and_returns_the_id() -> None:
    bot, request = _bots()
    markup = InlineKeyboardMarkup(
        [
            [
                InlineKeyboardButton("Ja, gern — 💛", callback_data="f:a:b"),
                InlineKeyboardButton("Open", url="https://t.me/b?start=x"),
            ]
        ]
    )
    request.answer()
    ptb = await bot.send_message(7, "<b>Step 1/5</b> «x»", reply_markup=markup)
    request.answer()
    ours = await api_calls.send_text(
        bot, 7, "<b>Step 1/5</b> «x»", reply_markup=keyboard_data(BUTTONS)
    )
    first, second = request.sent()
    assert first == second
    assert first["parse_mode"] == "HTML"
    assert ours == ptb.message_id + 1


async def test_a_reply_and_a_reply_box_are_asked_for_as_ptb_asks() -> None:
    bot, request = _bots()
    request.answer()
    await bot.send_message(
        7, "Why?", reply_markup=ForceReply(selective=True), reply_to_message_id=3
    )
    request.answer()
    await api_calls.send_text(bot, 7, "Why?", reply_markup=ForceReply(selective=True), reply_to=3)
    first, second = request.sent()
    assert first == second
    assert first["reply_parameters"]["message_id"] == 3


async def test_edits_ask_for_what_ptb_asks_for() -> None:
    bot, request = _bots()
    request.answer()
    await bot.edit_message_text("Now", chat_id=7, message_id=4)
    request.answer()
    await api_calls.edit_text(bot, 7, 4, "Now")
    assert request.sent("editMessageText")[0] == request.sent("editMessageText")[1]
    request.answer()
    await bot.edit_message_reply_markup(chat_id=7, message_id=4)
    request.answer()
    await api_calls.remove_keyboard(bot, 7, 4)
    first, second = request.sent("editMessageReplyMarkup")
    # PTB adds the default parse_mode, which this method has no use for.
    assert {k: v for k, v in first.items() if k != "parse_mode"} == second
    assert second == {"chat_id": 7, "message_id": 4}


async def test_without_defaults_no_parse_mode_is_sent() -> None:
    request = MockedRequest()
    bot = Bot(TOKEN, request=request, get_updates_request=MockedRequest())
    request.answer()
    await api_calls.send_text(bot, 7, "plain")
    assert "parse_mode" not in request.sent()[0]


@pytest.mark.parametrize(
    ("code", "description", "parameters", "raised"),
    [
        (403, "Forbidden: bot was blocked by the user", {}, Forbidden),
        (429, "Too Many Requests: retry after 3", {"retry_after": 3}, RetryAfter),
        (400, "Bad Request: message is not modified", {}, BadRequest),
    ],
)
async def test_telegrams_refusals_raise_what_ptb_raises(
    code: int, description: str, parameters: dict[str, int], raised: type[Exception]
) -> None:
    bot, request = _bots()
    request.refuse(code, description, **parameters)
    with pytest.raises(raised):
        await api_calls.send_text(bot, 7, "hi")
    request.refuse(code, description, **parameters)
    with pytest.raises(raised):
        await api_calls.edit_text(bot, 7, 4, "hi")


async def test_an_answer_without_a_message_id_is_an_error_not_an_id() -> None:
    bot, request = _bots()
    request.answer(True)
    with pytest.raises(TypeError):
        await api_calls.send_text(bot, 7, "hi")


async def test_every_default_of_the_application_is_sent_as_ptb_sends_it() -> None:
    request = MockedRequest()
    defaults = Defaults(
        parse_mode=ParseMode.HTML,
        disable_notification=True,
        protect_content=True,
        link_preview_options=LinkPreviewOptions(is_disabled=True),
    )
    bot: ExtBot[None] = ExtBot(
        TOKEN, request=request, get_updates_request=MockedRequest(), defaults=defaults
    )
    for _ in range(4):
        request.answer()
    await bot.send_message(7, "hi")
    await api_calls.send_text(bot, 7, "hi")
    await bot.edit_message_text("hi", chat_id=7, message_id=4)
    await api_calls.edit_text(bot, 7, 4, "hi")
    first, second = request.sent()
    assert first == second
    assert first["disable_notification"] is True and first["protect_content"] is True
    first, second = request.sent("editMessageText")
    assert first == second

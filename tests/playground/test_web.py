"""The playground's HTTP API against a running playground (the real bot, the simulated
Telegram): what a page can ask, what it is refused, and what it is told over /events."""

from __future__ import annotations

import asyncio
import json
from collections.abc import AsyncIterator
from datetime import UTC, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import httpx
import pytest

from playground.session import USER_IDS
from tests.playground.conftest import Served

ANA, BEN, SAM = USER_IDS["a"], USER_IDS["b"], USER_IDS["outsider"]
JSON = dict[str, Any]


@pytest.fixture
async def client(served: Served) -> AsyncIterator[httpx.AsyncClient]:
    async with httpx.AsyncClient(base_url=served.url, timeout=10) as http:
        yield http


async def post(client: httpx.AsyncClient, path: str, body: JSON, status: int = 200) -> JSON:
    response = await client.post(path, json=body)
    assert response.status_code == status, response.text
    answer: JSON = response.json()
    return answer


async def bot_says(served: Served, chat_id: int, text: str, timeout: float = 10) -> JSON:  # noqa: ASYNC109
    """The bot's newest message (sent or edited) to the chat that contains ``text``."""
    return await served.playground.api.wait_for_message(chat_id, text, timeout)


async def say(client: httpx.AsyncClient, chat_id: int, user_id: int, text: str) -> None:
    await post(client, "/api/send", {"chat_id": chat_id, "user_id": user_id, "text": text})


def button(message: JSON, label: str) -> tuple[int, int]:
    rows = message["reply_markup"]["inline_keyboard"]
    for r, row in enumerate(rows):
        for c, key in enumerate(row):
            if label in key["text"]:
                return r, c
    raise AssertionError(f"no button {label!r}")


async def press(client: httpx.AsyncClient, message: JSON, label: str, user_id: int) -> None:
    row, column = button(message, label)
    body = {
        "chat_id": message["chat"]["id"],
        "message_id": message["message_id"],
        "row": row,
        "column": column,
        "user_id": user_id,
    }
    await post(client, "/api/press", body)


async def onboard(client: httpx.AsyncClient, served: Served, user_id: int) -> None:
    await say(client, user_id, user_id, "/start")
    await bot_says(served, user_id, "which time zone")
    await say(client, user_id, user_id, "Europe/Berlin")
    await bot_says(served, user_id, "What time of day")
    await say(client, user_id, user_id, "20:00")
    await bot_says(served, user_id, "You're all set")


async def test_the_page_and_the_state_show_three_chats(
    served: Served, client: httpx.AsyncClient
) -> None:
    page = await client.get("/")
    assert page.status_code == 200
    for chat_id in (ANA, BEN, served.playground.group.id):
        assert f'id="chat{chat_id}"' in page.text
    assert "Ana ↔ Couplebot" in page.text and "Add Couplebot to the group" in page.text
    state = (await client.get("/api/state")).json()
    assert [c["id"] for c in state["chats"]] == [ANA, BEN, served.playground.group.id]
    assert state["bot_in_group"] is False
    assert (await client.get("/static/playground.js")).status_code == 200


async def test_what_the_bot_sends_reaches_open_pages(
    served: Served, client: httpx.AsyncClient
) -> None:
    events: list[JSON] = []

    async def listen() -> None:
        async with client.stream("GET", "/events") as stream:
            async for line in stream.aiter_lines():
                if line.startswith("data: "):
                    events.append(json.loads(line.removeprefix("data: ")))
                    if "which time zone" in events[-1].get("html", ""):
                        return

    listener = asyncio.create_task(listen())
    await asyncio.sleep(0.2)
    await say(client, ANA, ANA, "/start")
    await asyncio.wait_for(listener, 10)
    mine = [e for e in events if e["type"] == "message" and 'class="msg person"' in e["html"]]
    assert mine and mine[0]["chat"] == ANA and "/start" in mine[0]["html"]
    asked = events[-1]
    assert asked["chat"] == ANA and 'data-press="0,0"' in asked["html"]


async def test_people_act_only_where_telegram_lets_them(
    served: Served, client: httpx.AsyncClient
) -> None:
    group = served.playground.group.id
    answer = await post(
        client, "/api/send", {"chat_id": ANA, "user_id": BEN, "text": "hi"}, status=400
    )
    assert "own chat" in answer["error"]
    await post(client, "/api/send", {"chat_id": group, "user_id": 999, "text": "x"}, status=404)
    await post(client, "/api/send", {"chat_id": group, "user_id": SAM, "text": "hello all"})
    # The bot is not in the group: the message is there for people, not for the bot.
    assert served.playground.messages(group)[-1]["text"] == "hello all"
    assert served.playground.api.updates.undelivered() == 0
    await post(client, "/api/send", {"chat_id": ANA, "user_id": ANA, "text": " "}, status=400)
    await post(client, "/api/send", {"chat_id": "x", "user_id": ANA, "text": "a"}, status=400)
    refused = await client.post(
        "/api/send", content=b"chat_id=1", headers={"content-type": "text/plain"}
    )
    assert refused.status_code == 415
    bad = await client.post("/api/send", content=b"{", headers={"content-type": "application/json"})
    assert bad.status_code == 400


async def test_buttons_are_pressed_by_the_person_who_sees_them(
    served: Served, client: httpx.AsyncClient
) -> None:
    await say(client, ANA, ANA, "/start")
    asked = await bot_says(served, ANA, "which time zone")
    await press(client, asked, "Berlin", ANA)
    await bot_says(served, ANA, "What time of day")
    body = {"chat_id": ANA, "message_id": asked["message_id"], "row": 9, "column": 0}
    await post(client, "/api/press", body | {"user_id": ANA}, status=404)
    await post(client, "/api/press", body | {"row": 0, "user_id": BEN}, status=400)


async def test_links_pair_the_couple_share_and_refuse_scripts(
    served: Served, client: httpx.AsyncClient
) -> None:
    await onboard(client, served, ANA)
    await say(client, ANA, ANA, "/invite")
    invite = await bot_says(served, ANA, "https://t.me/")
    url = next(
        invite["text"][e["offset"] : e["offset"] + e["length"]]
        for e in invite["entities"]
        if e["type"] == "url"
    )
    answer = await post(client, "/api/link", {"url": url, "user_id": BEN})
    assert answer == {"action": "open_chat", "chat": BEN}
    assert served.playground.messages(BEN)[0]["text"].startswith("/start ")
    await bot_says(served, BEN, "You and Ana are now a couple")
    share = "https://t.me/share/url?url=https%3A%2F%2Fexample.org&text=Join%20me"
    answer = await post(client, "/api/link", {"url": share, "user_id": ANA})
    assert answer == {"action": "share", "text": "https://example.org\nJoin me"}
    answer = await post(client, "/api/link", {"url": "https://example.org/x", "user_id": ANA})
    assert answer == {"action": "open_url", "url": "https://example.org/x"}
    await post(client, "/api/link", {"url": "javascript:alert(1)", "user_id": ANA}, status=400)


async def test_the_clock_jumps_and_due_questions_go_out_at_once(
    served: Served, client: httpx.AsyncClient
) -> None:
    answer = await post(client, "/api/clock", {"jump": "question"}, status=400)
    assert "/start" in answer["error"]
    await post(client, "/api/clock", {"jump": "yesterday"}, status=400)
    before = served.playground.clock.now()
    moved = datetime.fromisoformat((await post(client, "/api/clock", {"jump": "hour"}))["now"])
    assert timedelta(hours=1) <= moved - before < timedelta(hours=1, minutes=1)
    await onboard(client, served, ANA)
    moved = datetime.fromisoformat((await post(client, "/api/clock", {"jump": "question"}))["now"])
    local = moved.astimezone(ZoneInfo("Europe/Berlin"))
    assert (local.hour, local.minute) == (20, 0)
    # The daily tick ran right after the jump: the question is already there.
    prompt = served.playground.api.messages_to(ANA)[-1]
    assert prompt["text"].startswith("Today's question")
    assert prompt["date"] == pytest.approx(moved.timestamp(), abs=5)
    sunday = datetime.fromisoformat((await post(client, "/api/clock", {"jump": "sunday"}))["now"])
    local = sunday.astimezone(ZoneInfo("Europe/Berlin"))
    assert (local.weekday(), local.hour) == (6, 19) and sunday > moved


async def test_names_and_zones_are_checked_then_used(
    served: Served, client: httpx.AsyncClient
) -> None:
    people = [{"role": "a", "name": "Anna", "zone": "Asia/Tokyo"}]
    await post(
        client,
        "/api/people",
        {"people": [*people, {"role": "b", "name": "B", "zone": "Mars/Base"}]},
        status=400,
    )
    assert served.playground.person("a").name == "Ana"  # nothing half-applied
    await post(client, "/api/people", {"people": people})
    assert (served.playground.person("a").name, served.playground.person("a").zone) == (
        "Anna",
        "Asia/Tokyo",
    )
    # A name is data everywhere on the page, even inside its <script> config.
    sly = [{"role": "b", "name": "Ben </script><b>&amp;", "zone": "UTC"}]
    await post(client, "/api/people", {"people": sly})
    page = (await client.get("/")).text
    assert page.count("</script>") == 2 and "<b>&amp;" not in page
    config = page.split('<script id="config" type="application/json">')[1].split("</script>")[0]
    assert json.loads(config)["names"][str(BEN)] == "Ben </script><b>&amp;"
    await say(client, ANA, ANA, "/start")
    hello = await bot_says(served, ANA, "Hi Anna")
    assert hello["chat"]["id"] == ANA
    await post(
        client, "/api/people", {"people": [{"role": "x", "name": "X", "zone": "UTC"}]}, status=400
    )


async def test_export_is_a_file_the_page_can_download(
    served: Served, client: httpx.AsyncClient
) -> None:
    await onboard(client, served, ANA)
    await say(client, ANA, ANA, "/export")
    await served.playground.api.wait_for_call("sendDocument", timeout=10)
    (sent,) = served.playground.api.documents_to(ANA)
    file_id = sent.message["document"]["file_id"]
    download = await client.get(f"/files/{file_id}?download=1")
    assert download.status_code == 200 and download.content == sent.content
    assert f'filename="{sent.filename}"' in download.headers["content-disposition"]
    assert (await client.get("/files/nope")).status_code == 404
    page = (await client.get("/")).text
    assert f'href="/files/{file_id}?download=1"' in page


async def test_the_group_can_get_the_bot_and_reset_starts_over(
    served: Served, client: httpx.AsyncClient
) -> None:
    group = served.playground.group.id
    await post(client, "/api/group", {"action": "add_bot", "user_id": ANA})
    assert served.playground.group.bot_member
    await bot_says(served, group, "shared space")
    await post(client, "/api/group", {"action": "dance", "user_id": ANA}, status=400)
    await post(client, "/api/clock", {"jump": "day"})
    database = served.playground.database_path
    assert database.exists()
    await post(client, "/api/reset", {})
    state = (await client.get("/api/state")).json()
    assert all(chat["messages"] == [] for chat in state["chats"])
    assert state["bot_in_group"] is False
    assert abs(datetime.fromisoformat(state["now"]) - datetime.now(UTC)) < timedelta(minutes=1)
    # A new world on a new file: the bot answers again, from scratch.
    await say(client, ANA, ANA, "/start")
    await bot_says(served, ANA, "which time zone")
    assert database.exists()

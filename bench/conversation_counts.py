"""Messages and taps per guided conversation, counted through the real bot.

Each scenario is one path through a flow, played by two paired people (Ana and
Ben, Europe/Berlin) against the real Application and the in-repo fake Bot API
over HTTP, on a fresh SQLite file. After pairing, every Bot API call is counted:
messages the bot sent to each person (``sendMessage``), messages it edited
(``editMessageText``), and what the people did (buttons tapped, texts typed,
commands sent). With ``--transcripts`` each conversation is printed as it went
(the README's example conversations are copied from there).

    uv run python -m bench.conversation_counts
    uv run python -m bench.conversation_counts --transcripts
    uv run python -m bench.conversation_counts --only moment_stepped_in --transcripts

Not a test: it prints the table for docs/conversations.md.
"""

from __future__ import annotations

import argparse
import asyncio
import json
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import Any, Literal

from playground.botapi import Call, FakeBotApi, FakeUser
from playground.botapi.formatting import html_to_text
from storage.migrate import upgrade
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import pair

Who = Literal["ana", "ben"]
Kind = Literal["command", "tap", "type"]


@dataclass(frozen=True)
class Act:
    """One thing a person does: send a command, tap a button (label or a unique part
    of it, on the newest message that has it), or type a text."""

    who: Who
    kind: Kind
    arg: str


def cmd(who: Who, command: str) -> Act:
    return Act(who, "command", command)


def tap(who: Who, label: str) -> Act:
    return Act(who, "tap", label)


def type_(who: Who, text: str) -> Act:
    return Act(who, "type", text)


@dataclass(frozen=True)
class Scenario:
    name: str
    what: str
    acts: tuple[Act, ...]


WHAT_STEPPED_IN = "At dinner my dad criticised Ben's job and I told him that's not fair"
WHAT_MISSED = "At dinner my dad criticised Ben's job and I stayed quiet"
VENT = "My mom just told Ben his job is a joke and I froze"

# The paths as the flows run them. Each scenario ends where the conversation is
# complete for both people (the loop closed, the request answered). BEFORE (the
# flows before issue 9) is kept in docs/conversations.md with the commit it was
# measured on; these are today's paths for the same stories.
SCENARIOS: tuple[Scenario, ...] = (
    Scenario(
        "moment_stepped_in",
        "/moment, have their back, Ana stepped in; Ben answers the check-in "
        "(one line of his own); Ana closes the loop with a Reinforce",
        (
            cmd("ana", "/moment"),
            tap("ana", "I stepped in for them"),
            type_("ana", WHAT_STEPPED_IN),
            tap("ana", "Done"),
            tap("ana", "I'm with them on this"),
            tap("ana", "Spoke up"),
            tap("ana", "Did that help?"),
            tap("ana", "Send"),
            tap("ben", "It helped"),
            type_("ben", "Hearing you say it out loud"),
            tap("ben", "Send"),
            tap("ana", "Close the loop"),
            tap("ana", "Send now"),
        ),
    ),
    Scenario(
        "moment_missed",
        "/moment, have their back, Ana stayed quiet: what got in the way, replay it, "
        "a repair that owns it, a Reinforce to end",
        (
            cmd("ana", "/moment"),
            tap("ana", "I wish I'd stepped in"),
            type_("ana", WHAT_MISSED),
            tap("ana", "Done"),
            tap("ana", "I'm with them on this"),
            tap("ana", "My own stress"),
            tap("ana", "Speak up"),
            tap("ana", "Send"),
            tap("ana", "Send now"),
        ),
    ),
    Scenario(
        "moment_hurt_request",
        "/moment, Ben felt Ana didn't have his back: a request; Ana answers it",
        (
            cmd("ben", "/moment"),
            tap("ben", "They didn't have my back"),
            type_("ben", "Your friends joked about my job and you laughed along"),
            tap("ben", "Done"),
            tap("ben", "Take my side"),
            type_("ben", "your friends tease me"),
            tap("ben", "Send"),
            tap("ana", "Got it, I will"),
        ),
    ),
    Scenario(
        "typed_after_event",
        "Ana types what just happened, with no conversation open, until the first "
        "question after “what happened”",
        (
            type_("ana", VENT),
            tap("ana", "Yes, let's"),
        ),
    ),
    Scenario(
        "checkin_answer_one_tap",
        "/checkin from Ana; Ben answers with a button only",
        (
            cmd("ana", "/checkin"),
            tap("ana", "Did that help?"),
            tap("ana", "Send"),
            tap("ben", "It helped"),
        ),
    ),
    Scenario(
        "reinforce",
        "/reinforce with the suggested words, sent now",
        (
            cmd("ana", "/reinforce"),
            tap("ana", "Send now"),
        ),
    ),
)


@dataclass
class Count:
    sent: Counter[str] = field(default_factory=Counter)
    edited: Counter[str] = field(default_factory=Counter)
    acts: Counter[str] = field(default_factory=Counter)
    transcript: list[str] = field(default_factory=list)


def _labels(markup: Any) -> list[list[str]]:
    if isinstance(markup, str):
        markup = json.loads(markup)
    if not isinstance(markup, dict):
        return []
    rows = markup.get("inline_keyboard") or []
    return [[str(b.get("text")) for b in row] for row in rows]


def _line(prefix: str, text: str, markup: Any) -> str:
    body = text.replace("\n", "\n     ")
    buttons = " ".join(f"[{label}]" for row in _labels(markup) for label in row)
    return f"{prefix}{body}" + (f"\n     {buttons}" if buttons else "")


def _find_button(api: FakeBotApi, user: FakeUser, label: str) -> dict[str, Any]:
    """The newest message to ``user`` with a button labelled ``label`` (or containing it)."""
    for message in reversed(api.messages_to(user.id)):
        for row in (message.get("reply_markup") or {}).get("inline_keyboard") or []:
            for button in row:
                text = str(button.get("text"))
                if text == label or label in text:
                    return message
    raise AssertionError(f"no button {label!r} for {user.first_name}")


async def play(scenario: Scenario, workdir: Path) -> Count:
    url = f"sqlite:///{workdir / f'{scenario.name}.sqlite3'}"
    upgrade(url)
    start = datetime(2026, 11, 25, 17, 0, tzinfo=UTC)  # 18:00 in Berlin
    count = Count()
    async with FakeBotApi() as api:
        runner = BotRunner(api, url, lambda: start, telegram_rate_limit=False)
        await runner.start()
        try:
            people = {"ana": api.user(1, "Ana"), "ben": api.user(2, "Ben")}
            names = {p.id: p.first_name for p in people.values()}
            await pair(api, people["ana"], people["ben"])
            await api.wait_until_idle(quiet=0.4)
            seen = len(api.calls)
            for act in scenario.acts:
                user = people[act.who]
                if act.kind in ("command", "type"):
                    api.send_text(user, act.arg)
                    count.transcript.append(f"{user.first_name}: {act.arg}")
                else:
                    message = _find_button(api, user, act.arg)
                    api.press_button(user, message, act.arg)
                    count.transcript.append(f"{user.first_name}: [{act.arg}]")
                count.acts[f"{act.who}:{act.kind}"] += 1
                await api.wait_until_idle(quiet=0.4)
                seen = _tally(api.calls, seen, names, count)
        finally:
            await runner.stop()
    return count


def _tally(calls: list[Call], seen: int, names: dict[int, str], count: Count) -> int:
    for call in calls[seen:]:
        if not call.ok or call.chat_id not in names:
            continue
        name = names[call.chat_id]
        # As the person reads it (messages are HTML).
        text = html_to_text(str(call.params.get("text", "")))
        markup = call.params.get("reply_markup")
        if call.method == "sendMessage":
            count.sent[name] += 1
            count.transcript.append(_line(f"Bot → {name}: ", text, markup))
        elif call.method == "editMessageText":
            count.edited[name] += 1
            count.transcript.append(_line(f"Bot ✎ {name}: ", text, markup))
        elif call.method == "editMessageReplyMarkup":
            # A question answered by typing: its keyboard goes, its text stays.
            count.edited[name] += 1
            count.transcript.append(f"Bot ✎ {name}: (the question's buttons go)")
    return len(calls)


def row(scenario: Scenario, count: Count) -> str:
    acts = count.acts
    taps = acts["ana:tap"] + acts["ben:tap"]
    typed = acts["ana:type"] + acts["ben:type"]
    commands = acts["ana:command"] + acts["ben:command"]
    sent = sum(count.sent.values())
    edited = sum(count.edited.values())
    return (
        f"| `{scenario.name}` | {sent} (Ana {count.sent['Ana']}, Ben {count.sent['Ben']}) "
        f"| {edited} | {taps} (Ana {acts['ana:tap']}, Ben {acts['ben:tap']}) "
        f"| {typed} | {commands} |"
    )


async def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--transcripts", action="store_true", help="print each conversation")
    parser.add_argument("--only", action="append", help="run only this scenario (repeatable)")
    args = parser.parse_args()
    chosen = [s for s in SCENARIOS if not args.only or s.name in args.only]
    lines = [
        "| path | bot messages sent | edited | taps | typed | commands |",
        "| --- | ---: | ---: | ---: | ---: | ---: |",
    ]
    with tempfile.TemporaryDirectory() as tmp:
        for scenario in chosen:
            count = await play(scenario, Path(tmp))
            lines.append(row(scenario, count))
            if args.transcripts:
                print(f"\n### {scenario.name}: {scenario.what}\n")
                print("```")
                print("\n".join(count.transcript))
                print("```")
    print()
    print("\n".join(lines))


if __name__ == "__main__":
    asyncio.run(main())

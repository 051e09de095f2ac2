"""Every text a person reads comes from the catalogue (flows/content), never a literal.

Scans the syntax trees of bot/ and flows/ for string literals handed to the helpers
that put text in front of people (replies, notices, sends, buttons, command menus,
placeholders). A literal there would skip translation: move it into flows/content
and mark it with msg().
"""

from __future__ import annotations

import ast
import re
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[2]
SCANNED = ("bot", "flows")
# The catalogue itself, and the crisis word lists (matched, never shown).
EXEMPT = ("flows/content/", "flows/crisis/")

# Callables whose every positional argument is shown text.
TEXT_CALLS = frozenset({"say", "Reply", "notice", "reply_text"})
# Callables whose first positional argument is a label (the rest is data).
LABEL_CALLS = frozenset({"Button", "InlineKeyboardButton", "KeyboardButton", "BotCommand"})
# Keyword arguments that are shown text, whoever takes them.
TEXT_KEYWORDS = frozenset(
    {"text", "notice", "caption", "description", "input_field_placeholder", "label", "title"}
)
# Methods of the Bot API that take text first.
SEND_METHODS = frozenset({"send_message", "edit_message_text", "answer_callback_query"})


def _name(func: ast.expr) -> str:
    if isinstance(func, ast.Name):
        return func.id
    if isinstance(func, ast.Attribute):
        return func.attr
    return ""


def _words(node: ast.expr) -> list[str]:
    """The literal words in ``node``: a string constant, or an f-string's fixed parts."""
    if isinstance(node, ast.Constant) and isinstance(node.value, str):
        parts = [node.value]
    elif isinstance(node, ast.JoinedStr):
        parts = [v.value for v in node.values if isinstance(v, ast.Constant)]
    elif isinstance(node, ast.BinOp):
        return _words(node.left) + _words(node.right)
    elif isinstance(node, ast.IfExp):
        return _words(node.body) + _words(node.orelse)
    else:
        return []
    return [part for part in parts if _is_words(part)]


def _is_words(text: str) -> bool:
    """Letters a person would read (not HTML tags or separators)."""
    return any(ch.isalpha() for ch in re.sub(r"<[^>]*>", "", text))


def literal_texts(path: Path) -> list[str]:
    tree = ast.parse(path.read_text(), filename=str(path))
    found: list[str] = []
    for node in ast.walk(tree):
        if not isinstance(node, ast.Call):
            continue
        name = _name(node.func)
        shown: list[ast.expr] = []
        if name in TEXT_CALLS or name in SEND_METHODS:
            shown += node.args
        if name in LABEL_CALLS:
            shown += node.args[:1]
        shown += [kw.value for kw in node.keywords if kw.arg in TEXT_KEYWORDS]
        for argument in shown:
            for words in _words(argument):
                found.append(f"{path.relative_to(ROOT)}:{node.lineno}: {name}({words!r})")
    return found


def _sources() -> list[Path]:
    files = []
    for base in SCANNED:
        for path in sorted((ROOT / base).rglob("*.py")):
            rel = path.relative_to(ROOT).as_posix()
            if not rel.startswith(EXEMPT):
                files.append(path)
    return files


def test_no_user_facing_literal_outside_the_catalogue() -> None:
    found = [line for path in _sources() for line in literal_texts(path)]
    assert found == [], "Texts outside flows/content:\n" + "\n".join(found)


@pytest.mark.parametrize(
    "source",
    [
        'Reply("Okay, done.")',
        'say(f"Hello {name}")',
        'Button("Send", "x:send")',
        'bot.send_message(chat_id, "Hi")',
        'ForceReply(input_field_placeholder="Your answer")',
        'Outcome(notice="That button is old.")',
    ],
)
def test_a_planted_literal_is_caught(tmp_path: Path, source: str) -> None:
    planted = ROOT / "flows" / "_planted_literal_check.py"
    planted.write_text(source + "\n")
    try:
        assert literal_texts(planted), source
    finally:
        planted.unlink()


def test_catalogue_texts_and_keys_pass() -> None:
    tree = 'Reply(txt.DONE, (Button(txt.SEND, "f:send"),))\nsay(f"<b>{title}</b>")\n'
    planted = ROOT / "flows" / "_planted_literal_check.py"
    planted.write_text(tree)
    try:
        assert literal_texts(planted) == []
    finally:
        planted.unlink()

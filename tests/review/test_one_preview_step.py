"""Issue 8 item 3: one preview -> edit -> send step, its choices an enum (review, 2026-11-30).

``flows/compose.py`` holds the step and ``Choice``; moment, prepare, reinforce and
check-in use it. ``/quiz`` (added later, issue 9) writes a sixth preview-and-send step by
hand, with its own ``SEND = "send"``, ``NOT_NOW = "notnow"`` and ``startswith("send.")``.
Fixed in review: quiz.py uses ``Choice`` (the step itself is still its own).
"""

from __future__ import annotations

import ast
from pathlib import Path

from flows.compose import Choice

FLOWS = Path(__file__).parents[2] / "flows"


def _modules_spelling(value: str) -> list[str]:
    found = []
    for path in sorted(FLOWS.rglob("*.py")):
        if path.name == "compose.py":
            continue
        tree = ast.parse(path.read_text())
        if any(isinstance(node, ast.Constant) and node.value == value for node in ast.walk(tree)):
            found.append(str(path.relative_to(FLOWS)))
    return found


def test_the_not_now_choice_is_spelled_only_in_compose() -> None:
    assert _modules_spelling(Choice.NOT_NOW.value) == []

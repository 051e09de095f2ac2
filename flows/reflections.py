"""Summary cards at the end of a flow, and the /history list.

``render_summary(kind, summary)`` reads the ``summary`` dict of a
``SaveReflection``; ``render_history`` turns saved reflections into short lines.
"""

from __future__ import annotations

from datetime import datetime
from typing import Any, Final

from flows.content import common as txt
from flows.content import moment as moment_txt
from flows.text import bold, clip, esc

WHAT_LIMIT: Final = 80
QUOTE_LIMIT: Final = 60
HISTORY_LIMIT: Final = 50

# Which summary keys each kind shows, in order.
_LINES: Final = {
    "moment_support": (
        "what",
        "signals",
        "side",
        "action",
        "hard",
        "replay",
        "repair",
        "checkin",
        "reinforce",
    ),
    "moment_hurt": ("hurt_what", "felt", "helped", "request"),
    "prepare": ("when", "risk", "watch", "side", "signal", "plan", "ends"),
}


LINE_TEMPLATES: Final = {**txt.SUMMARY_LINES, **moment_txt.SUMMARY_LINES}


def _partner(summary: dict[str, Any]) -> str:
    return esc(str(summary.get("partner") or txt.YOUR_PARTNER))


def _step_title(key: str) -> str:
    step = txt.SUMMARY_LINE_STEPS.get(key)
    return "" if step is None else txt.PRACTICE_STEPS[step]


def _value(key: str, value: Any, summary: dict[str, Any]) -> str | None:
    if value is None or value == "" or value == []:
        return None
    if isinstance(value, list):
        return esc(", ".join(str(v) for v in value))
    if isinstance(value, dict):
        status = str(value.get("status") or "")
        template = txt.STATUS.get(status)
        if template is None:
            return None
        return template.format(
            text=esc(clip(str(value.get("text") or ""), QUOTE_LIMIT, one_line=True)),
            when=esc(str(value.get("when") or "")),
            partner=_partner(summary),
        )
    return esc(clip(str(value), WHAT_LIMIT, one_line=True))


def render_summary(kind: str, summary: dict[str, Any]) -> str:
    """A short card: what the person noticed, said and did, one line each."""
    if kind == "moment_support":
        title = txt.SUMMARY_SUPPORT_TITLE.format(partner=_partner(summary))
    elif kind == "moment_hurt":
        title = txt.SUMMARY_HURT_TITLE
    elif kind == "prepare":
        title = txt.SUMMARY_PREPARE_TITLE.format(
            what=esc(clip(str(summary.get("what") or ""), QUOTE_LIMIT, one_line=True))
        )
    else:
        title = txt.SUMMARY_OTHER_TITLE
    lines = [bold(title), ""]
    keys = _LINES.get(kind, tuple(k for k in summary if k in LINE_TEMPLATES))
    for key in keys:
        shown = _value(key, summary.get(key), summary)
        if shown is not None:
            lines.append(LINE_TEMPLATES[key].format(value=shown, step=_step_title(key)))
    if kind == "prepare" and summary.get("shared"):
        lines.append(txt.SUMMARY_SHARED.format(partner=_partner(summary)))
    lines += ["", txt.SUMMARY_FOOTER]
    return "\n".join(lines)


def render_history(items: list[tuple[datetime, str, dict[str, Any]]]) -> list[str]:
    """/history: one short line per reflection, in the order given."""
    if not items:
        return [txt.HISTORY_EMPTY]
    lines = []
    for when, kind, summary in items:
        template = txt.HISTORY_KINDS.get(kind, txt.HISTORY_OTHER)
        if kind == "moment_support" and summary.get("stepped") == "no":
            template = moment_txt.HISTORY_MISSED
        label = template.format(partner=_partner(summary))
        what = summary.get("what") or summary.get("hurt_what")
        date = f"{when.day} {when:%b}"
        if what:
            lines.append(
                txt.HISTORY_LINE.format(
                    date=date, kind=label, what=esc(clip(str(what), HISTORY_LIMIT, one_line=True))
                )
            )
        else:
            lines.append(txt.HISTORY_LINE_BARE.format(date=date, kind=label))
    return lines

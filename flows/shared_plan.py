"""A /prepare plan as both partners read it: the plan itself, the partner's part, the reminder.

The plan travels as a dict of already-worded parts (``plan_parts`` in
:mod:`flows.prepare`), so the preview, the message the partner gets and the
reminders on the day all say the same thing:

* ``what``: the event; ``when``: its start, worded ("on Saturday 15 March at 19:00");
* ``watch``: signals to watch for; ``side``: a Take Their Side line;
* ``signal``: the private signal; ``plan``: what the planner will do;
* ``ends``: when it is over, worded; ``time``: the start as "19:00" (for reminders).

Buttons under the shared plan: ``pp:<relay>:ok`` (👍 Sounds good) and
``pp:<relay>:add`` (Add my part), answered by ``bot/services/plans.py``.
Pure: no I/O; every person-supplied word is escaped here.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any, Final

from flows.callback_data import PlanPress, encode
from flows.content import prepare as txt
from flows.model import Button, Keyboard, Reply
from flows.text import bold, esc, said

PLAN_KIND: Final = "prepare"
PART_KIND: Final = "prepare_part"
REMINDER_KIND: Final = "prepare_reminder"


def _lines(plan: Mapping[str, Any], mark: Any) -> list[str]:
    """The plan's lines; ``mark`` wraps what people wrote (escaping for HTML, or not)."""
    lines = [txt.PLAN_TITLE.format(what=mark(str(plan.get("what") or "")))]
    if plan.get("when"):
        lines.append(txt.PLAN_WHEN.format(when=mark(str(plan["when"]))))
    watch = [str(w) for w in plan.get("watch") or []]
    if watch:
        lines.append(txt.PLAN_WATCH.format(value=mark(", ".join(watch).lower())))
    if plan.get("side"):
        lines.append(txt.PLAN_SIDE.format(value=mark(f"“{plan['side']}”")))
    if plan.get("signal"):
        lines.append(txt.PLAN_SIGNAL.format(value=mark(str(plan["signal"]))))
    if plan.get("plan"):
        lines.append(txt.PLAN_DO.format(value=mark(str(plan["plan"]))))
    if plan.get("ends"):
        lines.append(txt.PLAN_ENDS.format(when=mark(str(plan["ends"]))))
    return lines


def plan_text(plan: Mapping[str, Any]) -> str:
    """The plan as plain text: what is kept of the message between the partners."""
    return "\n".join(_lines(plan, str))


def plan_html(plan: Mapping[str, Any]) -> str:
    """The plan as the partner reads it: a bold title, everything typed escaped."""
    title, *rest = _lines(plan, esc)
    return "\n".join([bold(title), *rest])


def plan_buttons(relay_id: int) -> Keyboard:
    return (
        (
            Button(txt.PLAN_OK, encode(PlanPress(relay_id, "ok"))),
            Button(txt.PLAN_ADD, encode(PlanPress(relay_id, "add"))),
        ),
    )


def render_plan(sender_name: str, context: Mapping[str, Any], relay_id: int | None) -> Reply:
    """The shared plan for the partner (with its two buttons once it has a relay id)."""
    plan = context.get("plan")
    body = plan_html(plan) if isinstance(plan, Mapping) else ""
    text = f"{txt.PLAN_DELIVERY.format(name=esc(sender_name))}\n\n{body}"
    return Reply(text, plan_buttons(relay_id) if relay_id is not None else ())


def render_group_plan(sender_name: str, context: Mapping[str, Any]) -> Reply:
    """The plan as posted in the couple's group ("Send to our group"): the private signal
    stays between the two of them, and the buttons are the partner's, in private."""
    plan = context.get("plan")
    if isinstance(plan, Mapping):
        plan = {k: v for k, v in plan.items() if k != "signal"}
    body = plan_html(plan) if isinstance(plan, Mapping) else ""
    return Reply(f"{txt.PLAN_DELIVERY.format(name=esc(sender_name))}\n\n{body}")


def render_part(sender_name: str, text: str, context: Mapping[str, Any]) -> Reply:
    """The partner's own part of the plan, back to the one who made it."""
    what = esc(str(context.get("what") or ""))
    return Reply(txt.PART_DELIVERY.format(name=esc(sender_name), what=what, text=said(text)))


def reminder_context(plan: Mapping[str, Any], from_name: str | None = None) -> dict[str, Any]:
    """What a reminder needs; ``from_name`` for the partner's ("Ana's plan with you")."""
    keep = ("what", "time", "side", "signal")
    context: dict[str, Any] = {k: plan.get(k) for k in keep if plan.get(k)}
    if from_name is not None:
        context["from_name"] = from_name
    return context


def render_reminder(context: Mapping[str, Any]) -> Reply:
    """On the day: what, when, the agreed signal and the Take Their Side line."""
    what, time = esc(str(context.get("what") or "")), esc(str(context.get("time") or ""))
    if context.get("from_name"):
        name = esc(str(context["from_name"]))
        lines = [txt.REMINDER_PARTNER.format(time=time, what=what, name=name)]
    else:
        lines = [txt.REMINDER.format(time=time, what=what)]
    if context.get("signal"):
        lines.append(txt.REMINDER_SIGNAL.format(value=esc(str(context["signal"]))))
    if context.get("side"):
        lines.append(txt.REMINDER_SIDE.format(value=said(str(context["side"]))))
    lines.append(txt.REMINDER_CLOSE)
    return Reply("\n".join(lines))


def what_of(text: str) -> str:
    """The event named in a plan's plain text (its first line), or "" if it has none."""
    title = txt.PLAN_TITLE.split("{", 1)[0]
    first = text.split("\n", 1)[0]
    return first.removeprefix(title) if first.startswith(title) else ""

"""Messages that arrive later: follow-ups to the person, deliveries to the partner.

Follow-ups (``ScheduleFollowUp`` effects) are rendered by :func:`render_followup`.
Their buttons carry data with the prefix ``fu:``; route every such press to
the engine (:meth:`flows.engine.Engine.handle`) like any other button:

* ``fu:ci:send`` / ``fu:ci:no``: checkin_reminder (opens the ``checkin`` flow);
* ``fu:rf:go`` / ``fu:rf:no``: reinforce_nudge and the "close the loop" offer
  under a Check In answer (opens the ``reinforce`` flow on its preview);
* ``fu:pr:well`` / ``fu:pr:moment`` / ``fu:pr:no``: prepare_followup
  ("Something happened" opens the ``moment`` flow).

Deliveries (``SendToPartner`` effects) are rendered for the partner by
:func:`render_delivery`, the same text the sender saw in the preview.
"""

from __future__ import annotations

from typing import Any, Final

from flows import shared_plan
from flows.callback_data import FollowUpPress, RelayPress, decode, encode
from flows.content import checkin as ci_txt
from flows.content import daily as daily_txt
from flows.content import followups as txt
from flows.content.prompts import PROMPTS_BY_KEY
from flows.daily import render_prompt_text
from flows.model import Button, Keyboard, Person, Reply
from flows.text import clip, esc

# "Ask more" under a daily reveal (flows.ask_more).
ASK_MORE_KIND: Final = "ask_more"
# How much of the moment a Check In quotes, in the sender's words.
MOMENT_EXCERPT: Final = 200

FOLLOWUP_KINDS: Final = (
    "checkin_reminder",
    "reinforce_nudge",
    "prepare_followup",
    shared_plan.REMINDER_KIND,
)


def render_followup(kind: str, context: dict[str, Any], person: Person) -> Reply:
    """The message for a due ``ScheduleFollowUp`` of ``kind``, to ``person``."""
    if kind == shared_plan.REMINDER_KIND:
        return shared_plan.render_reminder(context)
    if kind == "checkin_reminder":
        text = txt.CHECKIN_REMINDER.format(partner=esc(person.partner_label))
        if context.get("text"):
            text += "\n\n" + txt.CHECKIN_REMINDER_TEXT.format(text=esc(str(context["text"])))
        buttons: Keyboard = (
            (Button(txt.CHECKIN_SEND_NOW, follow_up_data("ci", "send")),),
            (Button(txt.NOT_NOW, follow_up_data("ci", "no")),),
        )
        return Reply(text, buttons)
    if kind == "reinforce_nudge":
        return Reply(
            txt.REINFORCE_NUDGE.format(partner=esc(person.partner_label)),
            (
                (Button(txt.REINFORCE_WRITE, follow_up_data("rf", "go")),),
                (Button(txt.NOT_NOW, follow_up_data("rf", "no")),),
            ),
        )
    if kind == "prepare_followup":
        what = str(context.get("what") or "")
        text = txt.PREPARE_FOLLOWUP_WHAT.format(what=esc(what)) if what else txt.PREPARE_FOLLOWUP
        return Reply(
            text,
            (
                (Button(txt.PREPARE_WELL, follow_up_data("pr", "well")),),
                (Button(txt.PREPARE_SOMETHING, follow_up_data("pr", "moment")),),
                (Button(txt.NOT_NOW, follow_up_data("pr", "no")),),
            ),
        )
    raise ValueError(f"unknown follow-up kind: {kind!r}")


def follow_up_data(topic: str, choice: str) -> str:
    """A follow-up's button (``fu:<topic>:<choice>``)."""
    return encode(FollowUpPress(topic, choice))


def followup_action(data: str, person: Person) -> tuple[str, str] | None:
    """What a ``fu:`` press means: ``("start", flow)`` or ``("say", text)``; None if unknown."""
    actions: dict[tuple[str, str], tuple[str, str]] = {
        ("ci", "send"): ("start", "checkin"),
        ("ci", "no"): ("say", txt.CHECKIN_NOT_NOW_ACK),
        ("rf", "go"): ("start", "reinforce"),
        ("rf", "no"): ("say", txt.REINFORCE_NOT_NOW_ACK),
        ("pr", "well"): ("say", txt.PREPARE_WELL_ACK.format(partner=esc(person.partner_label))),
        ("pr", "moment"): ("start", "moment"),
        ("pr", "no"): ("say", txt.PREPARE_NOT_NOW_ACK),
    }
    press = decode(data)
    if not isinstance(press, FollowUpPress):
        return None
    return actions.get((press.topic, press.choice))


def checkin_answer_buttons(relay_id: int) -> Keyboard:
    """It helped / Partly / I needed something else (``ci:<relay_id>:<verdict>``),
    and Not now (``ci:<relay_id>:no``: answer later, nothing to record)."""
    rows = tuple(
        (Button(label, encode(RelayPress("ci", relay_id, verdict))),)
        for verdict, label in ci_txt.VERDICTS
    )
    return (*rows, (Button(txt.NOT_NOW, encode(RelayPress("ci", relay_id, "no"))),))


def request_answer_buttons(relay_id: int) -> Keyboard:
    """💛 Got it, I will / Let's talk about it (``rq:<relay_id>:yes|talk``), and Not now
    (``rq:<relay_id>:no``: the buttons stay for later)."""
    return (
        (Button(txt.REQUEST_YES, encode(RelayPress("rq", relay_id, "yes"))),),
        (Button(txt.REQUEST_TALK, encode(RelayPress("rq", relay_id, "talk"))),),
        (Button(txt.REQUEST_NOT_NOW, encode(RelayPress("rq", relay_id, "no"))),),
    )


def render_delivery(
    kind: str,
    sender_name: str,
    text: str,
    context: dict[str, Any] | None = None,
    relay_id: int | None = None,
) -> Reply:
    """What the partner receives for a ``SendToPartner`` of ``kind`` from ``sender_name``.

    ``checkin`` gets the answer buttons (``ci:<relay_id>:helped|partly|else``) and
    names the moment when ``context["moment"]`` holds it (the sender's words);
    ``request`` gets the answer buttons (``rq:<relay_id>:yes|talk|no``) when
    ``relay_id`` is given. Names and words are escaped: the result is HTML.
    """
    context = context or {}
    name, words = esc(sender_name), esc(text)
    if kind == "checkin":
        moment = str(context.get("moment") or "").strip()
        if moment:
            body = ci_txt.ASK_DELIVERY_MOMENT.format(
                name=name, moment=esc(clip(moment, MOMENT_EXCERPT, one_line=True)), text=words
            )
        else:
            body = ci_txt.ASK_DELIVERY.format(name=name, text=words)
        return Reply(body, checkin_answer_buttons(relay_id) if relay_id is not None else ())
    if kind == "request":
        body = txt.REQUEST_DELIVERY.format(name=name, text=words)
        if context.get("summary"):
            body += "\n\n" + txt.REQUEST_SUMMARY.format(
                name=name, summary=esc(str(context["summary"]))
            )
        buttons = request_answer_buttons(relay_id) if relay_id is not None else ()
        return Reply(body, buttons)
    if kind == "prepare":
        return shared_plan.render_plan(sender_name, context, relay_id)
    if kind == shared_plan.PART_KIND:
        return shared_plan.render_part(sender_name, text, context)
    if kind == ASK_MORE_KIND:
        return _ask_more(name, words, sender_name, context)
    if kind == "repair":
        return Reply(txt.REPAIR_DELIVERY.format(name=name, text=words))
    return Reply(txt.REINFORCE_DELIVERY.format(name=name, text=words))


def _ask_more(name: str, words: str, sender_name: str, context: dict[str, Any]) -> Reply:
    """A follow-up question after a reveal, with the day's question as the partner read it."""
    prompt = PROMPTS_BY_KEY.get(str(context.get("prompt") or ""))
    if prompt is None:
        return Reply(daily_txt.ASK_MORE_DELIVERY_PLAIN.format(name=name, text=words))
    question = render_prompt_text(prompt, sender_name)
    return Reply(daily_txt.ASK_MORE_DELIVERY.format(name=name, question=question, text=words))

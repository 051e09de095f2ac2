"""The playground's one page, rendered on the server; ``static/playground.js`` keeps it live."""

from __future__ import annotations

import json
from html import escape

from playground.session import GROUP_TITLE, ROLE_TITLES, ROLES, Playground

JUMPS = (
    ("hour", "+1 hour"),
    ("day", "+1 day"),
    ("question", "Next daily question"),
    ("sunday", "Sunday evening"),
)


def render_page(playground: Playground) -> str:
    a = playground.person("a")
    config = {
        "now": playground.clock.now().isoformat(),
        "zone": a.zone,
        "names": {str(p.user_id): p.name for p in playground.people.values()},
        "bot": playground.bot_username,
    }
    chats = "".join(_chat(playground, chat_id) for chat_id in playground.chat_ids())
    tabs = "".join(
        f'<button type="button" data-tab="{chat_id}" aria-pressed="{str(i == 0).lower()}">'
        f"{escape(_short_title(playground, chat_id))}</button>"
        for i, chat_id in enumerate(playground.chat_ids())
    )
    jumps = "".join(
        f'<button type="button" data-jump="{key}">{escape(label)}</button>' for key, label in JUMPS
    )
    return f"""<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>couplebot playground</title>
<link rel="stylesheet" href="/static/playground.css">
<link rel="icon" href="data:,">
</head>
<body>
<header class="topbar">
  <div class="brand">couplebot <span>playground</span></div>
  <div class="clock"><span id="clock">{escape(playground.clock.now().isoformat())}</span>
    <small>{escape(a.name)}'s time, {escape(a.zone)}</small></div>
  <div class="jumps" role="group" aria-label="Move the clock">{jumps}</div>
  <div class="actions">
    <button type="button" id="people-toggle" aria-expanded="false">People</button>
    <button type="button" id="reset" class="danger">Reset</button>
  </div>
</header>
{_people_form(playground)}
<div id="status" class="status" role="status" aria-live="polite"></div>
<nav class="tabs">{tabs}</nav>
<main class="chats">{chats}</main>
<div id="chooser" class="chooser" hidden></div>
<script id="config" type="application/json">{_script_json(config)}</script>
<script src="/static/playground.js" defer></script>
</body>
</html>
"""


def _script_json(value: object) -> str:
    """JSON that is safe inside a <script> element (which is not HTML-decoded)."""
    text = json.dumps(value)
    return text.replace("<", "\\u003c").replace(">", "\\u003e").replace("&", "\\u0026")


def _short_title(playground: Playground, chat_id: int) -> str:
    if chat_id < 0:
        return GROUP_TITLE
    return next(p.name for p in playground.people.values() if p.user_id == chat_id)


def _people_form(playground: Playground) -> str:
    rows = []
    for role in ROLES:
        person = playground.person(role)
        rows.append(
            f'<fieldset data-role="{role}"><legend>{escape(ROLE_TITLES[role])}</legend>'
            f'<label>Name <input name="name" value="{escape(person.name)}" maxlength="64" '
            f'required></label><label>Time zone <input name="zone" '
            f'value="{escape(person.zone)}" list="zones" required></label></fieldset>'
        )
    zones = "".join(
        f'<option value="{z}">'
        for z in (
            "Europe/Berlin",
            "Europe/London",
            "America/New_York",
            "America/Los_Angeles",
            "Asia/Kolkata",
            "Asia/Tokyo",
            "Australia/Sydney",
            "UTC",
        )
    )
    return (
        f'<form id="people" class="people" hidden>{"".join(rows)}'
        f'<datalist id="zones">{zones}</datalist>'
        '<p class="hint">The bot learns a time zone when you answer its question in /start; '
        "this one sets the person's clock on the page and where Sunday evening is.</p>"
        '<button type="submit">Save</button></form>'
    )


def group_subtitle(playground: Playground) -> str:
    group = playground.group
    names = ", ".join(m.first_name for m in group.members)
    bot = "Couplebot is in the group" if group.bot_member else "Couplebot is not in the group"
    return f"Group · {names} · {bot}"


def group_bar(playground: Playground) -> str:
    """The button that adds the bot to the group or removes it (as the chosen member)."""
    inside = playground.group.bot_member
    action = "remove_bot" if inside else "add_bot"
    label = "Remove Couplebot" if inside else "Add Couplebot to the group"
    return (
        f'<div class="groupbar"><button type="button" data-group="{action}">'
        f"{label}</button> <small>(as the person chosen below)</small></div>"
    )


def _chat(playground: Playground, chat_id: int) -> str:
    messages = "".join(playground.message_html(m) for m in playground.messages(chat_id))
    commands = "".join(
        f'<button type="button" data-command="/{escape(c["command"])}">'
        f"/{escape(c['command'])} <small>{escape(c['description'])}</small></button>"
        for c in playground.commands(chat_id)
    )
    if chat_id > 0:
        person = next(p for p in playground.people.values() if p.user_id == chat_id)
        title = f"{person.name} ↔ Couplebot"
        sub = f"{ROLE_TITLES[person.role]}'s private chat · {person.zone}"
        who = f'<span class="as">as <b>{escape(person.name)}</b></span>'
        who += f'<input type="hidden" name="as" value="{chat_id}">'
        extra = ""
        placeholder = f"Message as {person.name}"
        empty = f"Send /start to meet Couplebot as {person.name}."
    else:
        title = playground.group.title
        sub = group_subtitle(playground)
        options = "".join(
            f'<option value="{p.user_id}">{escape(p.name)}</option>'
            for p in playground.people.values()
        )
        who = f'<label class="as">as <select name="as">{options}</select></label>'
        extra = group_bar(playground)
        placeholder = "Message the group"
        a, b = playground.person("a").name, playground.person("b").name
        empty = f"Pair {a} and {b} first, then add Couplebot to the group."
    initial = escape(title[:1])
    return f"""<section class="chat" id="chat{chat_id}" data-chat="{chat_id}">
  <header class="chathead"><div class="avatar">{initial}</div>
    <div><div class="title">{escape(title)}</div><div class="sub">{escape(sub)}</div></div>
  </header>
  {extra}
  <div class="messages" id="messages{chat_id}" data-empty="{escape(empty)}">{messages}</div>
  <div class="toast" hidden></div>
  <form class="composer" autocomplete="off">
    <div class="replying" hidden><span class="label"></span>
      <button type="button" class="cancel-reply" aria-label="Do not reply">×</button></div>
    <div class="commands" hidden>{commands}</div>
    <div class="line">
      <button type="button" class="slash" title="Commands" aria-label="Commands">/</button>
      {who}
      <textarea name="text" rows="1" placeholder="{escape(placeholder)}" maxlength="4096"
        aria-label="Message"></textarea>
      <button type="submit" class="send">Send</button>
    </div>
  </form>
</section>"""

"""Chats and buttons: getChatMember, answerCallbackQuery."""

from __future__ import annotations

from ..errors import reject
from ..models import BOT_ID, BOT_USER, JSON
from ..validation import as_int
from ..world import World, member

_QUERY_INVALID = "query is too old and response timeout expired or query ID is invalid"


def get_chat_member(world: World, params: JSON) -> JSON:
    chat = world.target(params, sending=False)
    cid = int(chat["id"])
    uid = as_int(params.get("user_id"), 0)
    if uid == BOT_ID:
        group = world.groups.get(cid)
        inside = group is None or group.bot_member
        return member(dict(BOT_USER), "member" if inside else "left")
    known = world.users.get(uid)
    user = known.to_dict() if known else {"id": uid, "is_bot": False, "first_name": "?"}
    if cid > 0:
        return member(user, "member" if uid == cid else "left")
    group = world.groups[cid]
    if uid not in group.member_map:
        return member(user, "left")
    return member(user, "creator" if uid == group.creator_id else "member")


def answer_callback_query(world: World, params: JSON) -> bool:
    query_id = str(params.get("callback_query_id", ""))
    query = world.callbacks.get(query_id)
    if query is None or query_id in world.answered:
        raise reject(_QUERY_INVALID)
    text = params.get("text")
    if isinstance(text, str) and len(text) > 200:
        raise reject("MESSAGE_TOO_LONG")
    world.answer_press(
        query, text if isinstance(text, str) else None, bool(params.get("show_alert"))
    )
    return True

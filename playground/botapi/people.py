"""What simulated people do: create accounts and groups, join and leave, type, tap buttons.

Each action posts to the :class:`~playground.botapi.world.World` and queues the update
Telegram would send the bot (nothing when privacy mode hides a group message from it).
"""

from __future__ import annotations

from .models import BOT_USER, JSON, FakeGroup, FakeUser
from .world import World, labels, text_of, text_payload


class People:
    world: World

    # ------------------------------------------------------------------ accounts and groups

    def user(
        self,
        id: int,
        first_name: str,
        username: str | None = None,
        *,
        last_name: str | None = None,
        language_code: str | None = "en",
        started: bool = True,
    ) -> FakeUser:
        """Create a user. ``started=False``: the bot gets 403 until the user messages it."""
        if id <= 0:
            raise ValueError("user ids are positive")
        if id in self.world.users:
            raise ValueError(f"user {id} already exists")
        user = FakeUser(id, first_name, username, last_name, language_code, started)
        self.world.users[id] = user
        return user

    def group(
        self,
        id: int,
        title: str,
        members: list[FakeUser],
        *,
        creator: FakeUser | None = None,
        with_bot: bool = False,
    ) -> FakeGroup:
        """Create a basic group. The creator defaults to the first member; the bot is not in
        it unless ``with_bot`` (no updates queued) or :meth:`add_bot_to_group`."""
        if id >= 0:
            raise ValueError("group ids are negative")
        if id in self.world.groups or id in self.world.migrated:
            raise ValueError(f"group {id} already exists")
        owner = creator or (members[0] if members else None)
        group = FakeGroup(
            id,
            title,
            {m.id: m for m in members},
            creator_id=owner.id if owner else None,
            bot_member=with_bot,
        )
        self.world.groups[id] = group
        return group

    def block(self, user: FakeUser, *, notify: bool = False) -> None:
        """User blocks the bot: sends to their private chat answer 403 until :meth:`unblock`.
        ``notify`` also queues the ``my_chat_member`` (member -> kicked) Telegram sends."""
        self.world.blocked.add(user.id)
        if notify:
            self.world.queue_my_chat_member(user.chat, user.to_dict(), "member", "kicked")

    def unblock(self, user: FakeUser, *, notify: bool = False) -> None:
        self.world.blocked.discard(user.id)
        if notify:
            self.world.queue_my_chat_member(user.chat, user.to_dict(), "kicked", "member")

    def add_member(self, group: FakeGroup, user: FakeUser, *, notify: bool = True) -> JSON | None:
        """Add ``user``; queues a ``new_chat_members`` message when the bot is in the group."""
        group.member_map[user.id] = user
        if notify and group.bot_member:
            payload: JSON = {"new_chat_members": [user.to_dict()]}
            return self.world.queue_user_message(user, group, payload)
        return None

    def remove_member(
        self, group: FakeGroup, user: FakeUser, *, notify: bool = True
    ) -> JSON | None:
        """Remove ``user``; queues a ``left_chat_member`` message when the bot is in the group."""
        group.member_map.pop(user.id, None)
        if notify and group.bot_member:
            payload: JSON = {"left_chat_member": user.to_dict()}
            return self.world.queue_user_message(user, group, payload, check_member=False)
        return None

    def add_bot_to_group(self, group: FakeGroup, by_user: FakeUser) -> list[JSON]:
        """Queue ``my_chat_member`` (left -> member) and the ``new_chat_members`` message."""
        group.member_map.setdefault(by_user.id, by_user)
        group.bot_member = True
        world = self.world
        return [
            world.queue_my_chat_member(group.chat, by_user.to_dict(), "left", "member"),
            world.queue_user_message(by_user, group, {"new_chat_members": [dict(BOT_USER)]}),
        ]

    def remove_bot_from_group(self, group: FakeGroup, by_user: FakeUser) -> list[JSON]:
        """Queue ``my_chat_member`` (member -> left) and the ``left_chat_member`` message."""
        group.bot_member = False
        world = self.world
        left: JSON = {"left_chat_member": dict(BOT_USER)}
        return [
            world.queue_my_chat_member(group.chat, by_user.to_dict(), "member", "left"),
            world.queue_user_message(by_user, group, left, False, force=True),
        ]

    def migrate_group(self, group: FakeGroup, by_user: FakeUser | None = None) -> int:
        """Upgrade to a supergroup with a new ``-100...`` id. Sends to the old id then fail with
        400 + ``migrate_to_chat_id``. Service messages are queued if the bot is a member."""
        if group.type != "group":
            raise ValueError("only basic groups can be migrated")
        world = self.world
        old_id = group.id
        new_id = -(10**12 + abs(old_id))
        actor = by_user or (group.members[0] if group.members else None)
        if group.bot_member and actor is not None:
            world.queue_user_message(actor, group, {"migrate_to_chat_id": new_id}, False)
        del world.groups[old_id]
        group.old_ids.append(old_id)
        group.id, group.type = new_id, "supergroup"
        world.groups[new_id] = group
        world.migrated[old_id] = new_id
        if group.bot_member and actor is not None:
            world.queue_user_message(actor, group, {"migrate_from_chat_id": old_id}, False)
        return new_id

    # ------------------------------------------------------------------ typing and tapping

    def send_text(self, user: FakeUser, text: str, chat: FakeGroup | None = None) -> JSON:
        """Queue a text message (private chat unless ``chat``), with the entities Telegram
        adds. In groups with privacy mode, text the bot would not see is *not* queued and the
        returned Update has ``update_id`` None."""
        return self.world.queue_user_message(user, chat, text_payload(text))

    def edit_text(self, user: FakeUser, message: JSON, text: str) -> JSON:
        """Queue an ``edited_message``: ``user`` changes the text of their own ``message``."""
        world = self.world
        current = world.current(message)
        if current.get("from", {}).get("id") != user.id:
            raise ValueError("people can only edit their own messages")
        edited: JSON = {
            **{k: v for k, v in current.items() if k not in ("text", "entities")},
            **text_payload(text),
            "edit_date": world.now(),
        }
        world.messages[int(current["chat"]["id"])][int(current["message_id"])] = edited
        return world.updates.push("edited_message", edited)

    def send_command(
        self, user: FakeUser, command: str, args: str | None = None, chat: FakeGroup | None = None
    ) -> JSON:
        command = command if command.startswith("/") else f"/{command}"
        return self.send_text(user, f"{command} {args}" if args else command, chat)

    def reply_to(
        self, user: FakeUser, message: JSON, text: str, chat: FakeGroup | None = None
    ) -> JSON:
        """Queue ``text`` as a reply to ``message`` (e.g. answering a ForceReply)."""
        world = self.world
        target = chat or self._chat_of(message, user)
        current = world.current(message)
        payload = text_payload(text)
        payload["reply_to_message"] = {k: v for k, v in current.items() if k != "reply_to_message"}
        return world.queue_user_message(user, target, payload)

    def press(self, user: FakeUser, message: JSON, data: str) -> JSON:
        """Queue a ``callback_query`` with ``data`` on the bot's ``message`` (current state)."""
        return self.world.press(user, message, data)

    def press_button(self, user: FakeUser, message: JSON, label: str) -> JSON:
        """Press the inline button whose text is ``label`` (exact, else a unique substring)."""
        current = self.world.current(message)
        rows = (current.get("reply_markup") or {}).get("inline_keyboard") or []
        buttons: list[JSON] = [b for row in rows for b in row]
        matches = [b for b in buttons if b.get("text") == label] or [
            b for b in buttons if label in str(b.get("text"))
        ]
        where = f"message {current.get('message_id')} in chat {current['chat']['id']}"
        if len(matches) != 1:
            problem = "No inline button" if not matches else "Several inline buttons"
            raise AssertionError(
                f"{problem} labelled {label!r} in {where}; buttons: {labels(current)}; "
                f"text: {text_of(current)!r}"
            )
        data = matches[0].get("callback_data")
        if not isinstance(data, str):
            raise AssertionError(f"Button {label!r} in {where} has no callback_data: {matches[0]}")
        return self.press(user, current, data)

    def send_sticker(self, user: FakeUser, chat: FakeGroup | None = None) -> JSON:
        file_id, unique = self.world.register_file(
            "stickers", "sticker.webp", b"RIFF", "image/webp"
        )
        sticker: JSON = {
            "file_id": file_id,
            "file_unique_id": unique,
            "type": "regular",
            "width": 512,
            "height": 512,
            "is_animated": False,
            "is_video": False,
            "emoji": "\N{THUMBS UP SIGN}",
            "file_size": 4,
        }
        return self.world.queue_user_message(user, chat, {"sticker": sticker})

    def send_photo(
        self, user: FakeUser, chat: FakeGroup | None = None, caption: str | None = None
    ) -> JSON:
        file_id, unique = self.world.register_file(
            "photos", "photo.jpg", b"\xff\xd8\xff", "image/jpeg"
        )
        payload: JSON = {
            "photo": [{"file_id": file_id, "file_unique_id": unique, "width": 90, "height": 90}]
        }
        if caption:
            payload["caption"] = caption
        return self.world.queue_user_message(user, chat, payload)

    def send_voice(self, user: FakeUser, chat: FakeGroup | None = None) -> JSON:
        file_id, unique = self.world.register_file("voice", "voice.ogg", b"OggS", "audio/ogg")
        voice: JSON = {
            "file_id": file_id,
            "file_unique_id": unique,
            "duration": 1,
            "mime_type": "audio/ogg",
            "file_size": 4,
        }
        return self.world.queue_user_message(user, chat, {"voice": voice})

    def _chat_of(self, message: JSON, user: FakeUser) -> FakeGroup | None:
        cid = int(message["chat"]["id"])
        if cid > 0:
            return None
        group = self.world.group_of(cid)
        if group is None:
            raise ValueError(f"unknown chat {cid} for {user.first_name}")
        return group

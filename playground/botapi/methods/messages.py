"""Sending and editing messages: sendMessage, sendDocument, sendPhoto, editMessage*."""

from __future__ import annotations

from typing import Any

from ..errors import reject
from ..models import BOT_ID, JSON, SentDocument, UploadedFile
from ..validation import as_int, formatted, reply_markup
from ..world import World

_NOT_MODIFIED = (
    "message is not modified: specified new message content and reply markup are exactly the "
    "same as a current content and reply markup of the message"
)


def _text_content(params: JSON, key: str, *, required: bool) -> JSON:
    shown = formatted(params, key, required=required)
    if shown is None or (key == "caption" and not shown[0]):
        return {}
    text, entities = shown
    content: JSON = {key: text}
    if entities:
        content["entities" if key == "text" else "caption_entities"] = entities
    return content


def send_message(world: World, params: JSON) -> JSON:
    chat = world.target(params, sending=True)
    content = _text_content(params, "text", required=True)
    markup = reply_markup(params)
    reply_to = world.reply_target(int(chat["id"]), params)
    world.admit(chat)
    shown = f"text:{content['text']}"
    return world.add_bot_message(chat, content, markup, reply_to, shown=shown)


def send_document(world: World, params: JSON) -> JSON:
    chat = world.target(params, sending=True)
    file_id, unique, upload = _incoming_file(world, params.get("document"), "documents")
    caption = _text_content(params, "caption", required=False)
    markup = reply_markup(params)
    reply_to = world.reply_target(int(chat["id"]), params)
    world.admit(chat)
    document: JSON = {
        "file_id": file_id,
        "file_unique_id": unique,
        "file_name": upload.filename,
        "file_size": len(upload.content),
    }
    if upload.mime_type:
        document["mime_type"] = upload.mime_type
    shown = f"doc:{upload.filename}:{caption.get('caption')}"
    message = world.add_bot_message(
        chat, {"document": document, **caption}, markup, reply_to, shown=shown
    )
    world.documents.setdefault(int(chat["id"]), []).append(
        SentDocument(upload.filename, upload.content, upload.mime_type, message)
    )
    return message


def send_photo(world: World, params: JSON) -> JSON:
    chat = world.target(params, sending=True)
    file_id, unique, upload = _incoming_file(world, params.get("photo"), "photos")
    caption = _text_content(params, "caption", required=False)
    markup = reply_markup(params)
    reply_to = world.reply_target(int(chat["id"]), params)
    world.admit(chat)
    size: JSON = {"file_id": file_id, "file_unique_id": unique, "width": 90, "height": 90}
    size["file_size"] = len(upload.content)
    shown = f"photo:{caption.get('caption')}"
    return world.add_bot_message(chat, {"photo": [size], **caption}, markup, reply_to, shown=shown)


def _incoming_file(world: World, value: Any, folder: str) -> tuple[str, str, UploadedFile]:
    if isinstance(value, UploadedFile):
        file_id, unique = world.register_file(
            folder, value.filename, value.content, value.mime_type
        )
        return file_id, unique, value
    if isinstance(value, str) and value in world.files:
        return value, f"U{value}", world.files[value]
    if isinstance(value, str) and value.startswith(("http://", "https://")):
        upload = UploadedFile(value.rstrip("/").rpartition("/")[2] or "file", b"", None)
        file_id, unique = world.register_file(folder, upload.filename, b"", None)
        return file_id, unique, upload
    if isinstance(value, str) and value:
        raise reject("wrong file identifier/HTTP URL specified")
    what = "document" if folder == "documents" else "photo"
    raise reject(f"there is no {what} in the request")


def _editable(world: World, params: JSON) -> tuple[JSON, JSON]:
    chat = world.target(params, sending=True)
    message = world.find(int(chat["id"]), as_int(params.get("message_id"), 0))
    if message is None:
        raise reject("message to edit not found")
    if message["from"]["id"] != BOT_ID:
        raise reject("message can't be edited")
    return chat, message


def edit_message_text(world: World, params: JSON) -> JSON | bool:
    if params.get("inline_message_id") and "chat_id" not in params:
        return True
    chat, old = _editable(world, params)
    if "text" not in old:
        raise reject("there is no text in the message to edit")
    content = _text_content(params, "text", required=True)
    markup = reply_markup(params)
    # Omitting reply_markup removes the inline keyboard, exactly like Telegram.
    same_text = (old.get("text"), old.get("entities")) == (content["text"], content.get("entities"))
    if same_text and old.get("reply_markup") == markup:
        raise reject(_NOT_MODIFIED)
    world.admit(chat)
    changes = {"text": content["text"], "entities": content.get("entities")}
    return world.replace_bot_message(old, changes, markup)


def edit_message_reply_markup(world: World, params: JSON) -> JSON | bool:
    if params.get("inline_message_id") and "chat_id" not in params:
        return True
    chat, old = _editable(world, params)
    markup = reply_markup(params)
    if old.get("reply_markup") == markup:
        raise reject(_NOT_MODIFIED)
    world.admit(chat)
    return world.replace_bot_message(old, {}, markup)

// The playground page: sends what people do, draws what the bot does (server-sent events).
// Hand-written, no build step. The server renders every message; this only places them.
"use strict";

const config = JSON.parse(document.getElementById("config").textContent);
const statusBox = document.getElementById("status");
let clockOffset = Date.parse(config.now) - Date.now();

// ------------------------------------------------------------------ talking to the server

async function post(path, body) {
  const response = await fetch(path, {
    method: "POST",
    headers: { "Content-Type": "application/json" },
    body: JSON.stringify(body),
  });
  const answer = await response.json().catch(() => ({}));
  if (!response.ok) {
    throw new Error(answer.error || `${response.status} ${response.statusText}`);
  }
  return answer;
}

function say(text, isError) {
  statusBox.textContent = text;
  statusBox.classList.toggle("error", Boolean(isError));
  clearTimeout(say.timer);
  say.timer = setTimeout(() => { statusBox.textContent = ""; }, 6000);
}

async function act(path, body) {
  try {
    return await post(path, body);
  } catch (error) {
    say(error.message, true);
    return null;
  }
}

// ------------------------------------------------------------------ chats

function chatOf(element) {
  return element.closest(".chat");
}

function chatId(chat) {
  return Number(chat.dataset.chat);
}

// Who acts in a chat: the owner of a private chat, the chosen member in the group.
function actorOf(chat) {
  return Number(chat.querySelector('[name="as"]').value);
}

function nameOf(userId) {
  return config.names[String(userId)] || "?";
}

function showChat(id) {
  document.querySelectorAll(".chat").forEach((chat) => {
    chat.classList.toggle("active", chatId(chat) === id);
  });
  document.querySelectorAll("[data-tab]").forEach((tab) => {
    const current = Number(tab.dataset.tab) === id;
    tab.setAttribute("aria-pressed", String(current));
    if (current) tab.classList.remove("unread");
  });
}

function scrollDown(chat) {
  const list = chat.querySelector(".messages");
  list.scrollTop = list.scrollHeight;
}

function setReply(chat, message, placeholder) {
  const box = chat.querySelector(".replying");
  const input = chat.querySelector('[name="text"]');
  const form = chat.querySelector(".composer");
  if (!message) {
    delete form.dataset.replyTo;
    box.hidden = true;
    input.placeholder = input.dataset.placeholder;
    return;
  }
  form.dataset.replyTo = message.dataset.id;
  const text = (message.querySelector(".text") || message).textContent.trim();
  box.querySelector(".label").textContent =
    "↩ Replying to: " + (text.length > 60 ? text.slice(0, 59) + "…" : text);
  box.hidden = false;
  input.placeholder = placeholder || input.dataset.placeholder;
}

// A ForceReply on the newest message makes the next message a reply to it, as in Telegram.
function followForceReply(chat) {
  const last = chat.querySelector(".messages .msg:last-child");
  if (last && last.dataset.forceReply !== undefined) {
    setReply(chat, last, last.dataset.forceReply);
  }
}

function placeMessage(event) {
  const chat = document.getElementById("chat" + event.chat);
  if (!chat) return;
  const list = chat.querySelector(".messages");
  const nearBottom = list.scrollHeight - list.scrollTop - list.clientHeight < 80;
  const holder = document.createElement("div");
  holder.innerHTML = event.html;
  const fresh = holder.firstElementChild;
  const old = document.getElementById(fresh.id);
  if (old) {
    old.replaceWith(fresh);
  } else {
    list.appendChild(fresh);
    followForceReply(chat);
  }
  if (!old || nearBottom) scrollDown(chat);
  if (!chat.classList.contains("active")) {
    // On a phone only one chat shows: mark the others' tabs when something arrives.
    const tab = document.querySelector(`[data-tab="${event.chat}"]`);
    if (tab) tab.classList.add("unread");
  }
}

// The bot joined or left the group: new subtitle, and the button that does the opposite.
function updateGroup(event) {
  const chat = document.getElementById("chat" + event.chat);
  if (!chat) return;
  chat.querySelector(".chathead .sub").textContent = event.sub;
  const holder = document.createElement("div");
  holder.innerHTML = event.bar;
  chat.querySelector(".groupbar").replaceWith(holder.firstElementChild);
}

function showNotice(event) {
  const chat = document.getElementById("chat" + event.chat);
  if (!chat) return;
  const toast = chat.querySelector(".toast");
  toast.textContent = event.text;
  toast.classList.toggle("alert", event.alert);
  toast.hidden = false;
  clearTimeout(toast.timer);
  toast.timer = setTimeout(() => { toast.hidden = true; }, event.alert ? 8000 : 3000);
}

// ------------------------------------------------------------------ links

function chooser(anchor, title, options) {
  const box = document.getElementById("chooser");
  box.innerHTML = "";
  const heading = document.createElement("p");
  heading.textContent = title;
  box.appendChild(heading);
  return new Promise((resolve) => {
    for (const [label, value] of options) {
      const button = document.createElement("button");
      button.type = "button";
      button.textContent = label;
      button.addEventListener("click", () => { box.hidden = true; resolve(value); });
      box.appendChild(button);
    }
    const cancel = document.createElement("button");
    cancel.type = "button";
    cancel.className = "cancel";
    cancel.textContent = "Cancel";
    cancel.addEventListener("click", () => { box.hidden = true; resolve(null); });
    box.appendChild(cancel);
    const rect = anchor.getBoundingClientRect();
    box.style.top = `${Math.min(rect.bottom + window.scrollY + 4, window.innerHeight - 40)}px`;
    box.style.left = `${Math.max(8, Math.min(rect.left, window.innerWidth - 260))}px`;
    box.hidden = false;
  });
}

async function openStartLink(url, userId) {
  const answer = await act("/api/link", { url, user_id: userId });
  if (answer && answer.action === "open_chat") {
    showChat(answer.chat);
    say(`${nameOf(answer.chat)} opened the link: their app sent /start to the bot.`);
  }
}

async function shareText(anchor, text) {
  const chats = [...document.querySelectorAll(".chat")].map((chat) => [
    chat.querySelector(".title").textContent, chat,
  ]);
  const chat = await chooser(anchor, "Share to which chat?", chats);
  if (!chat) return;
  const input = chat.querySelector('[name="text"]');
  input.value = text;
  showChat(chatId(chat));
  input.focus();
}

async function follow(element) {
  const chat = chatOf(element);
  const kind = element.dataset.link;
  if (kind === "share") {
    await shareText(element, element.dataset.share);
  } else if (kind === "start" && element.tagName === "BUTTON") {
    await openStartLink(element.dataset.url, actorOf(chat));
  } else if (kind === "start") {
    // A link in a message is usually meant to be forwarded: ask who opens it.
    const people = Object.keys(config.names).map((id) => [`Open as ${nameOf(id)}`, Number(id)]);
    const userId = await chooser(element, "Who opens this link?", people);
    if (userId) await openStartLink(element.dataset.url, userId);
  } else {
    window.open(element.dataset.url, "_blank", "noopener");
  }
}

// ------------------------------------------------------------------ what people do

document.addEventListener("click", async (event) => {
  const target = event.target.closest(
    "[data-press], [data-link], [data-command], .reply, .spoiler, [data-tab], .slash, " +
    ".cancel-reply, [data-group], [data-jump]"
  );
  if (!target) return;
  const chat = chatOf(target);
  if (target.matches("[data-link]")) {
    event.preventDefault();
    await follow(target);
  } else if (target.matches("[data-press]")) {
    const message = target.closest(".msg");
    const [row, column] = target.dataset.press.split(",").map(Number);
    await act("/api/press", {
      chat_id: chatId(chat), message_id: Number(message.dataset.id), row, column,
      user_id: actorOf(chat),
    });
  } else if (target.matches("[data-command]")) {
    event.preventDefault();
    chat.querySelector(".commands").hidden = true;
    await act("/api/send", {
      chat_id: chatId(chat), user_id: actorOf(chat), text: target.dataset.command,
    });
  } else if (target.matches(".reply")) {
    setReply(chat, target.closest(".msg"));
    chat.querySelector('[name="text"]').focus();
  } else if (target.matches(".spoiler")) {
    target.classList.add("shown");
  } else if (target.matches("[data-tab]")) {
    showChat(Number(target.dataset.tab));
  } else if (target.matches(".slash")) {
    const list = chat.querySelector(".commands");
    list.hidden = !list.hidden;
  } else if (target.matches(".cancel-reply")) {
    setReply(chat, null);
  } else if (target.matches("[data-group]")) {
    await act("/api/group", { action: target.dataset.group, user_id: actorOf(chat) });
  } else if (target.matches("[data-jump]")) {
    document.querySelectorAll("[data-jump]").forEach((b) => { b.disabled = true; });
    const answer = await act("/api/clock", { jump: target.dataset.jump });
    document.querySelectorAll("[data-jump]").forEach((b) => { b.disabled = false; });
    if (answer) {
      clockOffset = Date.parse(answer.now) - Date.now();
      drawClock();
      say(`Clock moved to ${formatTime(new Date(answer.now))}; due jobs ran.`);
    }
  }
});

document.querySelectorAll(".composer").forEach((form) => {
  const input = form.querySelector('[name="text"]');
  input.dataset.placeholder = input.placeholder;
  // Enter sends, Shift+Enter starts a new line, as in Telegram.
  input.addEventListener("keydown", (event) => {
    if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
      event.preventDefault();
      form.requestSubmit();
    }
  });
  form.addEventListener("submit", async (event) => {
    event.preventDefault();
    const text = input.value;
    if (!text.trim()) return;
    const chat = chatOf(form);
    const body = { chat_id: chatId(chat), user_id: actorOf(chat), text };
    if (form.dataset.replyTo) body.reply_to = Number(form.dataset.replyTo);
    input.value = "";
    setReply(chat, null);
    if (!(await act("/api/send", body))) input.value = text;
  });
});

const resetButton = document.getElementById("reset");
resetButton.addEventListener("click", async () => {
  if (!resetButton.classList.contains("armed")) {
    resetButton.classList.add("armed");
    resetButton.textContent = "Really start over?";
    setTimeout(() => {
      resetButton.classList.remove("armed");
      resetButton.textContent = "Reset";
    }, 4000);
    return;
  }
  resetButton.disabled = true;
  say("Starting over…");
  if (await act("/api/reset", {})) location.reload();
  resetButton.disabled = false;
});

const peopleForm = document.getElementById("people");
const peopleToggle = document.getElementById("people-toggle");
peopleToggle.addEventListener("click", () => {
  peopleForm.hidden = !peopleForm.hidden;
  peopleToggle.setAttribute("aria-expanded", String(!peopleForm.hidden));
});
peopleForm.addEventListener("submit", async (event) => {
  event.preventDefault();
  const people = [...peopleForm.querySelectorAll("fieldset")].map((set) => ({
    role: set.dataset.role,
    name: set.querySelector('[name="name"]').value,
    zone: set.querySelector('[name="zone"]').value,
  }));
  if (await act("/api/people", { people })) location.reload();
});

// ------------------------------------------------------------------ the clock

function formatTime(date) {
  return date.toLocaleString("en-GB", {
    timeZone: config.zone, weekday: "short", day: "numeric", month: "short",
    hour: "2-digit", minute: "2-digit",
  });
}

function drawClock() {
  document.getElementById("clock").textContent = formatTime(new Date(Date.now() + clockOffset));
}

// ------------------------------------------------------------------ live updates

function listen() {
  const source = new EventSource("/events");
  let dropped = false;
  source.onopen = () => {
    // Messages may have come while the stream was down: draw the page afresh.
    if (dropped) location.reload();
  };
  source.onerror = () => { dropped = true; };
  source.onmessage = (message) => {
    const event = JSON.parse(message.data);
    if (event.type === "message") placeMessage(event);
    else if (event.type === "notice") showNotice(event);
    else if (event.type === "group") updateGroup(event);
    else if (event.type === "clock") { clockOffset = Date.parse(event.now) - Date.now(); drawClock(); }
    else if (event.type === "reload") location.reload();
  };
}

document.querySelectorAll(".chat").forEach((chat) => {
  followForceReply(chat);
  scrollDown(chat);
});
showChat(chatId(document.querySelector(".chat")));
drawClock();
setInterval(drawClock, 15000);
listen();
document.body.dataset.ready = "true";

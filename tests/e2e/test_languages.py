"""Languages end to end: a German conversation, and a couple where each partner reads
the bot in their own language while the other's words reach them untranslated."""

from __future__ import annotations

import re

import pytest

from flows import i18n
from flows.content import commands as commands_text
from flows.content import common as common_text
from flows.content import moment as moment_text
from flows.content import onboarding as onboarding_text
from flows.practice import PracticeStep
from playground.botapi import FakeBotApi, FakeUser
from storage.db import unit_of_work
from storage.models import User
from tests.e2e.harness import BotRunner
from tests.e2e.helpers import LINK, onboard
from tests.i18n.pseudo import CODE, english_left, speaking_pseudo
from tests.i18n.test_catalogues import STRICT

# Data, not words: zone names, the invite link, the bot's name.
PSEUDO_ALLOWED = frozenset(
    {"Europe", "Berlin", "UTC", "https", "couple", "test", "bot", "start", "couplebot"}
)
# Words that give English away in a message meant to be German.
ENGLISH = re.compile(r"\b(you|your|the|and|what|with|please|today)\b", re.IGNORECASE)


async def onboard_german(api: FakeBotApi, user: FakeUser) -> None:
    api.send_command(user, "/start")
    await api.wait_for_message(user.id, f"Hallo {user.first_name} 👋")
    await api.wait_for_message(user.id, "In welcher Zeitzone bist du?")
    api.send_text(user, "Europe/Berlin")
    await api.wait_for_message(user.id, "Welche Tageszeit passt dir")
    api.send_text(user, "20 Uhr")  # a German clock word
    await api.wait_for_message(user.id, "Deine tägliche Frage kommt um 20:00")
    await api.wait_for_message(user.id, "Alles eingerichtet")


def english_in(api: FakeBotApi, user: FakeUser, *, allowed: tuple[str, ...] = ()) -> list[str]:
    """Messages to ``user`` with English words outside what someone else wrote."""
    found = []
    for text in api.texts_to(user.id):
        for words in allowed:
            text = text.replace(words, "")
        if ENGLISH.search(text):
            found.append(text)
    return found


async def test_a_german_conversation_end_to_end(api: FakeBotApi, bot: BotRunner) -> None:
    jonas = api.user(1, "Jonas", language_code="de")
    await onboard_german(api, jonas)
    api.send_command(jonas, "/moment")
    side = await api.wait_for_message(jonas.id, "Was passt am besten?")
    api.press_button(jonas, side, "Ich bin eingesprungen")
    what = await api.wait_for_message(jonas.id, "Schritt 1/5 · Den Moment lesen")
    assert "your partner" not in what["text"]  # no partner yet: the German fallback
    api.send_text(jonas, "Beim Essen hat mein Vater ihren Job kritisiert")
    signals = await api.wait_for_message(jonas.id, "Welche Signale hast du bemerkt?")
    api.press_button(jonas, signals, "Wurde still")
    signals = await api.wait_for_message(jonas.id, "Welche Signale hast du bemerkt?")
    api.press_button(jonas, signals, "Fertig")
    await api.wait_for_message(jonas.id, "Schritt 2/5 · Partei ergreifen")
    api.send_command(jonas, "/cancel")
    await api.wait_for_message(jonas.id, "Okay, wir lassen es dabei.")
    api.send_command(jonas, "/days", "mo mi fr")
    await api.wait_for_message(jonas.id, "Tägliche Fragen: Mo, Mi und Fr.")
    api.send_command(jonas, "/pause", "3 Tage")
    await api.wait_for_message(jonas.id, "Pausiert bis")
    api.send_command(jonas, "/help")
    await api.wait_for_message(jonas.id, "Das kann ich:")
    await api.wait_until_idle()
    assert english_in(api, jonas, allowed=("Europe/Berlin", "couplebot")) == []


async def test_partners_each_read_their_own_language(api: FakeBotApi, bot: BotRunner) -> None:
    ana = api.user(1, "Ana")  # English
    jonas = api.user(2, "Jonas", language_code="de")
    await onboard(api, ana)
    api.send_command(ana, "/invite")
    link = LINK.search((await api.wait_for_message(ana.id, "https://t.me/"))["text"])
    assert link is not None
    await onboard_german(api, jonas)
    api.send_command(jonas, "/start", link.group(1))
    await api.wait_for_message(jonas.id, "Du und Ana seid jetzt hier ein Paar")
    await api.wait_for_message(ana.id, "You and Jonas are now a couple")

    # Ana's words reach Jonas as she wrote them, framed in German.
    api.send_command(ana, "/reinforce")
    await api.wait_for_message(ana.id, "Let Jonas hear it again")
    api.send_text(ana, "Proud of how you handled today.")
    preview = await api.wait_for_message(ana.id, "“Proud of how you handled today.”")
    api.press_button(ana, preview, "Send now")
    await api.wait_for_message(jonas.id, "Von Ana:\n\n„Proud of how you handled today.“")

    # Jonas asks in German; Ana reads the frame in English, his words in German.
    api.send_command(jonas, "/checkin")
    pick = await api.wait_for_message(jonas.id, "Was möchtest du fragen?")
    api.press_button(jonas, pick, "Hat dir das geholfen?")
    preview = await api.wait_for_message(jonas.id, "Genau das bekommt Ana")
    api.press_button(jonas, preview, "Senden")
    asked = await api.wait_for_message(ana.id, "Jonas is checking in:\n\n“Hat dir das geholfen?”")
    api.press_button(ana, asked, "It helped")
    await api.wait_for_message(jonas.id, "Ana sagt: Es hat geholfen.")
    await api.wait_until_idle()
    assert (
        english_in(api, jonas, allowed=("Proud of how you handled today.", "Europe/Berlin")) == []
    )
    assert not any("Jonas ist" in t or "Schritt" in t for t in api.texts_to(ana.id))


async def test_language_is_chosen_and_kept(api: FakeBotApi, bot: BotRunner) -> None:
    ana = api.user(1, "Ana", language_code="it")  # a language we do not speak: English
    await onboard(api, ana)
    api.send_command(ana, "/language")
    menu = await api.wait_for_message(ana.id, "Which language would you like me to speak?")
    labels = [b["text"] for row in menu["reply_markup"]["inline_keyboard"] for b in row]
    assert labels == ["English", "Deutsch", "Español", "Français", "Português", "Русский"]
    api.press_button(ana, menu, "Deutsch")
    await api.wait_for_message(ana.id, "Okay, ab jetzt spreche ich Deutsch mit dir.")
    api.send_command(ana, "/help")
    await api.wait_for_message(ana.id, "Das kann ich:")
    with unit_of_work(bot.rt.engine) as session:
        stored = session.get(User, ana.id)
        assert stored is not None and stored.language == "de"


async def test_command_menus_in_each_language(api: FakeBotApi, bot: BotRunner) -> None:
    private = {"type": "all_private_chats"}
    english = {c["command"]: c["description"] for c in api.commands(private)}
    german = {c["command"]: c["description"] for c in api.commands(private, "de")}
    assert english["moment"] == "Talk through a moment"
    assert german["moment"] == "Einen Moment durchsprechen"
    assert set(german) == set(english)


async def test_no_english_outside_the_catalogue_in_a_whole_session(
    api: FakeBotApi, bot: BotRunner
) -> None:
    """Every text marked ⟪…⟫ by a pseudo-language: what is left unmarked skipped the lookup."""
    with speaking_pseudo():
        sasha = api.user(1, "Саша", language_code=CODE)
        boris = api.user(2, "Борис", language_code=CODE)
        api.send_command(sasha, "/start")
        await api.wait_for_message(sasha.id, "⟪First, which time zone")
        api.send_text(sasha, "Europe/Berlin")
        await api.wait_for_message(sasha.id, "⟪What time of day")
        api.send_text(sasha, "20:00")
        await api.wait_for_message(sasha.id, "⟪You're all set.")
        api.send_command(sasha, "/invite")
        link = LINK.search((await api.wait_for_message(sasha.id, "https://t.me/"))["text"])
        assert link is not None
        api.send_command(boris, "/start", link.group(1))
        await api.wait_for_message(boris.id, "⟪First, which time zone")
        api.send_text(boris, "Europe/Berlin")
        api.send_text(boris, "21:00")
        await api.wait_for_message(sasha.id, "⟪You and Борис are now a couple")
        for command, args in (
            ("/settings", ""),
            ("/days", "mon wed fri"),
            ("/weekly", "sunday 19:00"),
            ("/pause", "3"),
            ("/resume", ""),
            ("/help", ""),
            ("/history", ""),
            ("/playbook", ""),
            ("/language", ""),
        ):
            api.send_command(sasha, command, args)
            await api.wait_until_idle()
        api.send_command(sasha, "/checkin")
        pick = await api.wait_for_message(sasha.id, "⟪Afterwards, ask Борис")
        api.press_button(sasha, pick, "⟪Did that help?⟫")
        preview = await api.wait_for_message(sasha.id, "⟪Here's exactly what Борис will get")
        api.press_button(sasha, preview, "⟪Send⟫")
        asked = await api.wait_for_message(boris.id, "Саша is checking in")
        api.press_button(boris, asked, "⟪It helped⟫")
        await api.wait_for_message(sasha.id, "Борис says: it helped.")
        await api.wait_until_idle()
        leaks = [
            text
            for person in (sasha, boris)
            for text in api.texts_to(person.id)
            if english_left(text, PSEUDO_ALLOWED)
        ]
    assert leaks == []


def _in(language: str, template: str, **values: object) -> str:
    """What the bot says in ``language``: the catalogue's own text, so this test runs
    unchanged for every language a translator finishes."""
    with i18n.use_language(language):
        return template.format(**values) if values else str(template)


@pytest.mark.parametrize("language", sorted(STRICT))
async def test_a_conversation_in_every_finished_language(
    api: FakeBotApi, bot: BotRunner, language: str
) -> None:
    person = api.user(1, "Kim", language_code=language)
    api.send_command(person, "/start")
    await api.wait_for_message(person.id, _in(language, onboarding_text.WELCOME_HELLO, name="Kim"))
    first_line = _in(language, onboarding_text.ASK_TIMEZONE).split("?")[0]
    await api.wait_for_message(person.id, first_line)
    api.send_text(person, "Europe/Berlin")
    api.send_text(person, "20:00")
    done = _in(language, onboarding_text.TIME_SAVED, time="20:00", zone="Europe/Berlin")
    await api.wait_for_message(person.id, done)
    api.send_command(person, "/moment")
    side = await api.wait_for_message(person.id, _in(language, moment_text.SIDE_QUESTION))
    api.press_button(person, side, _in(language, moment_text.SIDE_OPTIONS[0][1]))
    header = _in(
        language,
        common_text.STEP_HEADER,
        number=1,
        total=5,
        title=_in(language, common_text.PRACTICE_STEPS[PracticeStep.READ]),
    )
    await api.wait_for_message(person.id, header)
    api.send_command(person, "/cancel")
    await api.wait_for_message(person.id, _in(language, common_text.CANCELLED))
    api.send_command(person, "/help")
    await api.wait_for_message(person.id, _in(language, commands_text.HELP_HEADER))
    # Finished means translated: the English of these texts never shows.
    await api.wait_until_idle()
    english = {str.__str__(t) for t in (moment_text.SIDE_QUESTION, common_text.CANCELLED)}
    assert not any(e in text for e in english for text in api.texts_to(person.id))

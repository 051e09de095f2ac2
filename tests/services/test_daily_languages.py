"""The daily loop across two languages: what reaches a partner is in the partner's
language (the reveal with its reaction buttons, a 💛, "Let's talk tonight"), while
the presser keeps reading their own."""

from __future__ import annotations

from datetime import UTC, date, datetime

import pytest

from bot import catalogues
from bot.services import daily_reactions
from flows import i18n
from flows.content import daily as texts
from flows.daily_reactions import reaction_keyboard
from storage.db import unit_of_work
from storage.outbox import decode_buttons
from storage.users import get_user, set_language
from tests.services.daily_world import TYPED_PROMPT, World, local

DAY = date(2026, 11, 25)
BOTH_ANSWERED = local("Europe/Berlin", 2026, 11, 25, 20, 0)


@pytest.fixture(autouse=True)
def _translations() -> None:
    catalogues.load_all()


def _in(language: str, text: str, **values: object) -> str:
    with i18n.use_language(language):
        return str(text).format(**values) if values else str(text)


def _queued_to(world: World, user_id: int, kind: str) -> list[tuple[str, list[str]]]:
    return [
        (row.text, [button["label"] for line in decode_buttons(row) for button in line])
        for row in world.outbox()
        if row.chat_id == user_id and row.kind == kind
    ]


async def test_reveal_and_reactions_reach_the_partner_in_their_language(world: World) -> None:
    world.clock.now = datetime(2026, 11, 25, 12, 0, tzinfo=UTC)
    ana = world.user(1, name="Ana")
    jonas = world.user(2, name="Jonas")
    couple = world.pair(ana, jonas)
    with unit_of_work(world.rt.engine) as session:
        person = get_user(session, jonas.user_id)
        assert person is not None
        set_language(session, person, "de", world.clock())
    world.fix_prompt(TYPED_PROMPT, DAY, couple_id=couple)
    await world.at(BOTH_ANSWERED)
    world.answer(jonas, "Er war still")
    world.answer(ana, "She went quiet")  # Ana speaks English: the update's language

    ((reveal, buttons),) = _queued_to(world, jonas.user_id, "daily_reveal")
    german_labels = [_in("de", texts.REACT_TALK_LABEL), _in("de", texts.REACT_MORE_LABEL)]
    assert all(label in buttons for label in german_labels), buttons
    assert texts.REACT_TALK_LABEL not in buttons
    assert "She went quiet" in reveal  # her own words, never translated

    day_id = world.delivery(ana.user_id).day_id
    data = {b.label: b.data for row in reaction_keyboard(day_id) for b in row}
    heart = daily_reactions.react(world.rt, ana, data["💛"], chat_id=ana.user_id)
    assert heart.notice == texts.REACT_HEART_SENT  # Ana reads English
    talk = data[texts.REACT_TALK_LABEL]
    daily_reactions.react(world.rt, ana, talk, chat_id=ana.user_id)

    reactions = _queued_to(world, jonas.user_id, "daily_reaction")
    assert reactions[0][0] == _in("de", texts.REACT_HEART_DELIVERY, name="Ana")
    told, remind = reactions[1]
    assert told == _in("de", texts.REACT_TALK_DELIVERY, name="Ana")
    assert remind and remind[0].startswith(_in("de", texts.REMIND_ME_LABEL, when="")), remind

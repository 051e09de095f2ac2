"""/moment, every branch, scripted step by step."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta

import pytest

from flows.content import common as txt
from flows.content import moment as mtxt
from flows.model import (
    SaveReflection,
    ScheduleFollowUp,
    SendToPartner,
    ShowSafetyResources,
)
from flows.reflections import render_history
from flows.vent import Guess, guess
from tests.flows.test_engine import NOW, SAM, SOLO, Chat

WHAT = "At dinner my dad kept talking over Ben."


def headers(chat: Chat) -> list[str]:
    return [r.text.split("\n\n")[0] for r in chat.messages if r.text.startswith("Step ")]


def labels(chat: Chat) -> list[str]:
    return [b.label for row in chat.last.buttons for b in row]


STEPPED_IN = "I stepped in for them"
MISSED_IT = "I wish I'd stepped in"


def support_start(chat: Chat, choice: str) -> None:
    """The first question already says whether they stepped in."""
    chat.start("moment")
    assert chat.step == "side" and chat.last.text.startswith("Getting started")
    assert labels(chat) == [STEPPED_IN, MISSED_IT, "They didn't have my back", txt.NOT_NOW]
    chat.tap(choice)
    assert chat.step == "s_what"
    assert chat.last.text == (
        "Step 1/5 · Read the Moment\n\nWhat happened with Ben? A sentence or two is plenty."
    )
    chat.type(WHAT)
    assert chat.step == "s_signals"


def support_until_checkin(chat: Chat) -> None:
    support_start(chat, STEPPED_IN)
    assert "Which signals did you notice?" in chat.last.text
    chat.tap("Tone of voice")
    chat.tap("Went quiet")
    chat.tap("Done")
    assert chat.step == "s_side"
    assert chat.last.text.startswith("Step 2/5 · Take Their Side\n\nHow did you stand with Ben?")
    assert "Disagreement can wait for a private talk" in chat.last.text
    chat.tap("Let them finish")
    assert chat.step == "s_action"
    # "Tap one or type your own" was said once, on the signals: not again.
    assert chat.last.text == "Step 3/5 · Take Action\n\nLove is a verb. What did you do?"
    chat.tap("Stepped closer")
    assert chat.step == "s_ci_pick"
    assert chat.last.text.startswith("Step 4/5 · Check In")
    assert "Even if you think you nailed it, check anyway" in chat.last.text


def missed_until_replay(chat: Chat) -> None:
    support_start(chat, MISSED_IT)
    assert "Looking back, which signals did Ben give?" in chat.last.text
    chat.tap("Went quiet")
    chat.tap("Done")
    assert chat.step == "s_side"
    assert chat.last.text.startswith(
        "Step 2/5 · Take Their Side\n\nWhat would standing with Ben have sounded like?"
    )
    chat.tap("I'm with them on this")
    assert chat.step == "s_hard"
    assert chat.last.text.startswith("Step 3/5 · What Got in the Way\n\nWhat made it hard")
    chat.tap("Avoiding a scene in public")
    assert chat.messages[0].text == mtxt.TIPS["conflict"]
    assert chat.step == "s_replay"
    assert chat.last.text.startswith("Step 4/5 · Make It Right\n\n⏪ Replay it.")
    assert "If you could rewind to that moment" in chat.last.text


# --- "I stepped in": Read, Side, Action, Check In; Reinforce once the answer is back ---


def test_stepped_in_check_in_names_the_moment_and_ends_the_flow() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap("Could I have done more?")
    assert chat.step == "s_ci_prev"
    question = "“Was there something more I could have done?”"
    assert chat.last.text == (
        "Step 4/5 · Check In\n\nHere's exactly what Ben will get:\n\n"
        f"Sam is checking in about this moment:\n“{WHAT}”\n\n{question}\n\n"
        "They can answer with one tap."
    )
    # One question, asked once.
    assert chat.last.text.count("?”") == 1 and "wants to know" not in chat.last.text
    assert labels(chat) == [txt.SEND, "Leave the moment out", txt.EDIT, txt.NOT_NOW, txt.BACK]
    assert chat.sends() == []
    chat.tap(txt.SEND)
    assert chat.sends() == [
        SendToPartner(
            "checkin", "Was there something more I could have done?", context={"moment": WHAT}
        )
    ]
    # Reinforce waits for Ben's answer: the flow ends here, with the summary.
    assert chat.state is None
    assert "I'll tell you what Ben says, and then you can close the loop" in chat.text
    assert not any("Reinforce" in h for h in headers(chat))
    [saved] = chat.of(SaveReflection)
    assert saved.kind == "moment_support"
    assert saved.summary == {
        "partner": "Ben",
        "what": WHAT,
        "stepped": "yes",
        "signals": ["Tone of voice", "Went quiet"],
        "side": "Hang on, let Ben finish.",
        "action": "Stepped closer",
        "hard": None,
        "checkin": {"status": "sent", "text": "Was there something more I could have done?"},
        "reinforce": None,
    }
    # "Sent ✓" and the card come as one message (after the preview is closed, showing Send).
    [card] = chat.messages
    assert card.text.startswith("Sent ✓ I'll tell you what Ben says")
    card = card.text
    assert "\n\n📝 Your moment with Ben\n\n" in card
    assert "Take Action: Stepped closer" in card
    assert "Check In: sent “Was there something more I could have done?”" in card


def test_the_moment_can_be_left_out_and_put_back() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap("Did that help?")
    with_moment = next(b.data for row in chat.last.buttons for b in row if b.label == txt.SEND)
    chat.tap("Leave the moment out")
    assert chat.step == "s_ci_prev"
    assert "Sam is checking in:\n\n“Did that help?”" in chat.last.text
    assert WHAT not in chat.last.text
    assert "Name the moment" in labels(chat)
    before = chat.state
    chat.press(with_moment)  # the Send under the preview that named the moment
    assert chat.messages[0].text == txt.STALE and chat.state == before
    assert chat.sends() == []
    chat.tap(txt.SEND)
    assert chat.sends() == [SendToPartner("checkin", "Did that help?")]


def test_check_in_not_now_makes_reinforce_the_last_step() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap("Could I have done more?")
    chat.tap(txt.NOT_NOW)
    [reminder] = chat.of(ScheduleFollowUp)
    assert reminder.kind == "checkin_reminder" and reminder.at == NOW + timedelta(hours=4)
    assert reminder.context["text"] == "Was there something more I could have done?"
    # No Check In went: Reinforce comes now, on its preview with the seed's words.
    assert chat.step == "s_rf_prev"
    assert chat.last.text.startswith("Step 5/5 · Reinforce")
    assert "From Sam:\n\n“I've always got your back.”" in chat.last.text
    chat.tap(txt.NOT_NOW)
    nudge = chat.of(ScheduleFollowUp)[-1]
    # 10:00 the next morning in Berlin.
    assert nudge.kind == "reinforce_nudge" and nudge.at == datetime(2025, 3, 13, 9, tzinfo=UTC)
    assert chat.sends() == [] and chat.state is None
    [saved] = chat.of(SaveReflection)
    assert saved.summary["checkin"]["status"] == "not_now"
    assert saved.summary["reinforce"]["status"] == "not_now"


def test_reinforce_after_no_check_in_sends_in_one_tap_or_later() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap(txt.NOT_NOW)
    chat.tap(txt.SEND_NOW)
    assert chat.sends() == [SendToPartner("reinforce", "I've always got your back.")]
    assert chat.state is None
    chat = Chat()
    support_until_checkin(chat)
    chat.tap(txt.NOT_NOW)
    chat.type("Whatever your dad says, I'm on your side.")
    assert chat.step == "s_rf_prev"
    assert "“Whatever your dad says, I'm on your side.”" in chat.last.text
    assert labels(chat)[:4] == [txt.SEND_NOW, txt.SEND_LATER, txt.EDIT, txt.NOT_NOW]
    chat.tap(txt.SEND_LATER)
    assert chat.step == "s_rf_when"
    chat.type("21:30")
    assert chat.state is None
    assert chat.sends()[-1] == SendToPartner(
        kind="reinforce",
        text="Whatever your dad says, I'm on your side.",
        at=datetime(2025, 3, 12, 20, 30, tzinfo=UTC),
    )
    assert "today at 21:30" in chat.text


def test_reinforce_edit_offers_the_suggestions_with_their_full_words() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap(txt.NOT_NOW)
    chat.tap(txt.EDIT)
    assert chat.step == "s_rf_pick"
    assert all(len(label) <= 30 for label in labels(chat))
    chat.tap("We're a team")
    assert "“We're a team, today and every day.”" in chat.last.text
    chat.tap(txt.SEND_NOW)
    assert chat.sends() == [SendToPartner("reinforce", "We're a team, today and every day.")]


def test_edit_then_send_sends_exactly_the_new_preview() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap("Did that help?")
    old_send = next(b.data for row in chat.last.buttons for b in row if b.label == txt.SEND)
    chat.tap(txt.EDIT)
    assert chat.step == "s_ci_edit" and "Right now it reads: “Did that help?”" in chat.last.text
    chat.type("Did me stepping closer help at all?")
    assert chat.step == "s_ci_prev"
    assert "“Did me stepping closer help at all?”" in chat.last.text
    before = chat.state
    chat.press(old_send)  # the Send under the old preview
    assert chat.messages[0].text == txt.STALE and chat.state == before
    assert chat.sends() == []
    chat.tap(txt.SEND)
    assert chat.sends() == [
        SendToPartner("checkin", "Did me stepping closer help at all?", context={"moment": WHAT})
    ]


def test_typed_text_on_a_preview_becomes_the_new_draft() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap("Did that help?")
    chat.type("How did that feel for you?")
    assert chat.step == "s_ci_prev" and "“How did that feel for you?”" in chat.last.text
    assert chat.state is not None and chat.state.history[-1] == "s_ci_pick"


# --- "I missed it": Read, Side (would have), What Got in the Way, Make It Right, Reinforce


def test_missed_path_all_the_way() -> None:
    chat = Chat()
    missed_until_replay(chat)
    seen = [r.text for r in chat.result.replies]
    chat.tap("Speak up")
    assert chat.step == "s_fix_prev"
    repair = "I missed it earlier, and I'm sorry. Next time I'll speak up for you."
    assert chat.last.text.startswith("Step 4/5 · Make It Right\n\nOwning it out loud")
    assert f"Here's exactly what Ben will get:\n\nFrom Sam:\n\n“{repair}”" in chat.last.text
    assert chat.sends() == []
    chat.tap(txt.SEND)
    assert chat.sends() == [SendToPartner("repair", repair)]
    assert chat.step == "s_rf_prev" and chat.last.text.startswith("Step 5/5 · Reinforce")
    seen += [r.text for r in chat.result.replies]
    chat.tap(txt.SEND_NOW)
    assert chat.sends()[-1] == SendToPartner("reinforce", "I've always got your back.")
    assert chat.state is None
    # Never a Check In for help that was not given.
    assert not any("Check In" in text or "did that help" in text.lower() for text in seen)
    [saved] = chat.of(SaveReflection)
    assert saved.summary["stepped"] == "no"
    assert saved.summary["action"] is None and saved.summary["checkin"] is None
    assert saved.summary["hard"] == "Avoiding a scene in public"
    assert saved.summary["replay"] == "Speak up"
    assert saved.summary["repair"] == {"status": "sent", "text": repair}
    card = chat.messages[-1].text
    assert "If you could rewind: Speak up" in card and "Made it right: sent" in card
    assert "Take Action" not in card and "Check In" not in card


def test_each_path_numbers_its_own_five_stages() -> None:
    """Headers say where the person is on their own path: the stepped-in path
    walks the five steps; the missed path names its own stages 3 and 4."""
    walked: dict[str, list[str]] = {}
    for stepped, finish in (
        (STEPPED_IN, ("Tone of voice", "Done", "Skip", "Skip", "Not now", "Not now")),
        (MISSED_IT, ("Done", "Skip", "Skip", "Skip", "Send", "Send now")),
    ):
        chat = Chat()
        seen: list[str] = []
        chat.start("moment")
        chat.tap(stepped)
        seen += headers(chat)
        chat.type(WHAT)
        seen += headers(chat)
        for label in finish:
            chat.tap(label)
            seen += headers(chat)
        assert chat.state is None
        walked[stepped] = list(dict.fromkeys(seen))
    assert walked[STEPPED_IN] == [
        "Step 1/5 · Read the Moment",
        "Step 2/5 · Take Their Side",
        "Step 3/5 · Take Action",
        "Step 4/5 · Check In",
        "Step 5/5 · Reinforce",
    ]
    assert walked[MISSED_IT] == [
        "Step 1/5 · Read the Moment",
        "Step 2/5 · Take Their Side",
        "Step 3/5 · What Got in the Way",
        "Step 4/5 · Make It Right",
        "Step 5/5 · Reinforce",
    ]


@pytest.mark.parametrize("reason", ["stress", "assumed", "conflict", "unseen"])
def test_each_reason_comes_with_its_tip(reason: str) -> None:
    chat = Chat()
    support_start(chat, MISSED_IT)
    chat.tap("Done")
    chat.tap(txt.SKIP)
    chat.press(f"f:s_hard:{reason}")
    assert chat.messages[0].text == mtxt.TIPS[reason]
    assert chat.step == "s_replay"


@pytest.mark.parametrize(
    ("typed", "repair"),
    [
        ("I'd tell my mom to stop.", "Next time I'll tell my mom to stop."),
        ("Take his hand", "Next time I'll take his hand."),
    ],
)
def test_replay_in_own_words_shapes_the_repair(typed: str, repair: str) -> None:
    chat = Chat()
    missed_until_replay(chat)
    chat.type(typed)
    assert chat.step == "s_fix_prev"
    assert f"“I missed it earlier, and I'm sorry. {repair}”" in chat.last.text


def test_replay_is_optional_and_the_repair_can_wait() -> None:
    chat = Chat()
    missed_until_replay(chat)
    chat.tap(txt.SKIP)
    assert "Next time I'll have your back." in chat.last.text
    chat.type("Sorry I went quiet at dinner. Next time I'll say something.")
    assert "“Sorry I went quiet at dinner. Next time I'll say something.”" in chat.last.text
    chat.tap(txt.NOT_NOW)
    # The repair stays with them; Reinforce is still offered, last.
    assert chat.sends() == [] and chat.step == "s_rf_prev"
    chat.tap(txt.NOT_NOW)
    [saved] = chat.of(SaveReflection)
    assert saved.summary["repair"]["status"] == "not_now"
    assert saved.summary["replay"] is None


def test_history_names_a_missed_moment_honestly() -> None:
    day = datetime(2025, 3, 12, tzinfo=UTC)
    lines = render_history(
        [
            (day, "moment_support", {"partner": "Ben", "what": "Dinner", "stepped": "no"}),
            (day, "moment_support", {"partner": "Ben", "what": "Lunch", "stepped": "yes"}),
        ]
    )
    assert lines == ["12 Mar · Rewound a moment with Ben: Dinner", "12 Mar · Had Ben's back: Lunch"]


# --- text typed with nothing open: what they wrote is the moment ----------------------


VENTS = [
    ("My mom just told Ben his job is a joke and I froze", Guess.MISSED),
    ("I stayed quiet when his sister mocked him", Guess.MISSED),
    ("Dad criticised her cooking and I didn't say anything", Guess.MISSED),
    ("He didn't stand up for me at dinner", Guess.HURT),
    ("Ben stayed quiet while his mum mocked me", Guess.HURT),
    ("She left me alone with her friends all night", Guess.HURT),
    ("I stood up for Ben when my mom started on him", Guess.STEPPED_IN),
    ("We had an awkward evening with friends", Guess.UNSURE),
]


@pytest.mark.parametrize(("typed", "expected"), VENTS)
def test_the_guess_from_what_was_typed(typed: str, expected: Guess) -> None:
    assert guess(typed, "Ben") is expected


def test_i_froze_leads_to_the_missed_path_without_asking_again() -> None:
    chat = Chat()
    typed = "My mom just told Ben his job is a joke and I froze"
    chat.type(typed)
    assert chat.step == "vent" and chat.effects == []
    assert "freezing happens to everyone" in chat.last.text
    assert "I'll use what you just wrote" in chat.last.text
    assert labels(chat) == ["Yes, let's", "Not quite", txt.NOT_NOW]
    chat.tap("Yes, let's")
    # What happened is answered, and so is "did you step in?".
    assert chat.step == "s_signals" and chat.state is not None
    assert chat.state.answers["s_what"] == typed and chat.state.answers["s_stepped"] == "no"
    assert chat.last.text.startswith("Step 1/5 · Read the Moment\n\nLooking back")
    for label in ("Done", "Skip", "Skip", "Skip", "Send", "Send now"):
        assert "What happened" not in chat.last.text
        chat.tap(label)
    [saved] = chat.of(SaveReflection)
    assert saved.summary["what"] == typed


def test_felt_let_down_leads_to_the_hurt_branch() -> None:
    chat = Chat()
    chat.type("He didn't stand up for me at dinner")
    assert "That sounds like it hurt" in chat.last.text
    chat.tap("Yes, let's")
    assert chat.step == "h_felt" and chat.state is not None
    assert chat.state.answers["h_what"] == "He didn't stand up for me at dinner"


def test_unclear_text_asks_which_side_with_the_first_questions_choices() -> None:
    chat = Chat()
    chat.type("We had an awkward evening with friends")
    assert "Which fits best?" in chat.last.text
    assert labels(chat) == [STEPPED_IN, MISSED_IT, "They didn't have my back", txt.NOT_NOW]
    chat.tap(STEPPED_IN)
    assert chat.step == "s_signals" and chat.state is not None
    assert chat.state.answers["s_stepped"] == "yes"


def test_not_quite_asks_which_side() -> None:
    chat = Chat()
    chat.type("I froze when Ben's sister started on me")
    chat.tap("Not quite")
    assert chat.step == "side"
    chat.tap("They didn't have my back")
    assert chat.step == "h_felt"
    chat.tap(txt.BACK)
    chat.tap(txt.BACK)
    assert chat.step == "vent"


def test_crisis_text_typed_with_nothing_open_is_never_kept() -> None:
    chat = Chat()
    chat.type("I froze and now I just want to die")
    assert chat.state is None
    assert chat.result.effects == (ShowSafetyResources(),)
    assert "findahelpline.com" in chat.text


# --- why it matters: once -------------------------------------------------------------


def test_the_first_moment_says_why_it_matters() -> None:
    chat = Chat()
    chat.start("moment", {"first": True})
    # Said with the first question, not as a message of its own.
    [question] = chat.result.replies
    assert question.text == f"<b>Getting started</b>\n\n{mtxt.WHY}\n\n{mtxt.SIDE_QUESTION}"
    for word in ("messiest moments", "Love is a verb", "exposed, doubt and resentment"):
        assert word in mtxt.WHY
    assert chat.step == "side"
    # Back on the first question later in the same conversation: not again.
    chat.tap(STEPPED_IN)
    chat.tap(txt.BACK)
    assert chat.step == "side" and mtxt.WHY not in chat.last.text
    chat = Chat()
    chat.start("moment")
    assert mtxt.WHY not in chat.text


# --- "didn't have my back" --------------------------------------------------------------


def test_hurt_branch_with_what_happened_included() -> None:
    chat = Chat()
    chat.start("moment")
    chat.tap("They didn't have my back")
    assert chat.step == "h_what"
    assert chat.last.text.startswith("Step 1/3 · Read the Moment")
    chat.type("At the party Ben laughed along when Jo mocked my job.")
    assert chat.step == "h_felt"
    chat.tap("Exposed, on my own out there")
    chat.tap("Alone")
    chat.tap("Done")
    assert mtxt.H_FELT_THANKS in chat.text
    assert chat.step == "h_help" and chat.last.text.startswith("Step 2/3 · What Would Have Helped")
    chat.tap("Speak up for me")
    assert chat.step == "h_when" and chat.last.text.startswith("Step 3/3 · Ask for It")
    chat.type("someone makes fun of my work.")
    # What happened stays out unless added on the preview: no question of its own.
    assert chat.step == "h_prev"
    request = "Next time someone makes fun of my work, could you speak up for me?"
    assert f"Sam has a request for next time:\n\n“{request}”" in chat.last.text
    assert "What happened, as Sam saw it" not in chat.last.text
    without = next(b.data for row in chat.last.buttons for b in row if b.label == txt.SEND)
    chat.tap("Add what happened")
    assert chat.step == "h_prev"
    assert "What happened, as Sam saw it: “At the party Ben laughed along" in chat.last.text
    assert "Leave what happened out" in labels(chat)
    before = chat.state
    chat.press(without)  # the Send under the preview without it
    assert chat.messages[0].text == txt.STALE and chat.state == before
    chat.tap(txt.SEND)
    assert chat.sends() == [
        SendToPartner(
            "request",
            request,
            context={"summary": "At the party Ben laughed along when Jo mocked my job."},
        )
    ]
    assert chat.state is None
    [saved] = chat.of(SaveReflection)
    assert saved.kind == "moment_hurt"
    assert saved.summary["felt"] == ["Exposed, on my own out there", "Alone"]
    assert saved.summary["helped"] == "Speak up for me"
    assert saved.summary["request"] == {"status": "sent", "text": request, "included_summary": True}
    assert "\n\n📝 Your side of the moment\n\n" in chat.messages[-1].text


def test_hurt_branch_without_summary_and_own_words() -> None:
    chat = Chat()
    chat.start("moment", {"side": "hurt"})
    assert chat.step == "h_what" and chat.state is not None and chat.state.history == []
    chat.type("Ben stayed silent while his sister criticised me.")
    chat.tap(txt.SKIP)
    chat.type("Hold my hand under the table")
    chat.tap(txt.SKIP)
    assert chat.step == "h_prev"
    request = "Next time something like this happens, could you hold my hand under the table?"
    assert f"“{request}”" in chat.last.text and "What happened" not in chat.last.text
    chat.tap(txt.SEND)
    assert chat.sends() == [SendToPartner("request", request)]


def test_hurt_request_not_now_keeps_nothing_outgoing() -> None:
    chat = Chat()
    chat.start("moment", {"side": "hurt"})
    chat.type("It happened again.")
    chat.tap(txt.SKIP)
    chat.tap(txt.SKIP)
    chat.tap(txt.SKIP)
    assert "could you take my side in the moment" in chat.last.text
    chat.tap(txt.NOT_NOW)
    assert chat.sends() == [] and chat.state is None
    [saved] = chat.of(SaveReflection)
    assert saved.summary["request"]["status"] == "not_now"


def test_opened_from_a_partner_request() -> None:
    chat = Chat()
    chat.start("moment", {"side": "support", "request_id": 7, "from_name": "Ben"})
    assert chat.messages[0].text.startswith("Ben asked for something for next time")
    assert chat.step == "s_what"
    assert txt.BACK not in labels(chat)
    chat.type("The dinner thing.")
    chat.tap("No, I missed it")
    for label in ("Done", txt.SKIP, txt.SKIP, txt.SKIP, txt.NOT_NOW, txt.NOT_NOW):
        chat.tap(label)
    [saved] = chat.of(SaveReflection)
    assert saved.summary["request_id"] == 7


# --- without a partner ------------------------------------------------------------------


def test_solo_person_keeps_everything_and_sends_nothing() -> None:
    chat = Chat(SOLO)
    chat.start("moment")
    chat.tap(STEPPED_IN)
    assert "What happened with your partner?" in chat.last.text
    chat.type("My partner got interrupted at work drinks.")
    chat.tap("Done")
    # The button stays short; the words it stands for name "my partner".
    assert "I'm with them on this" in labels(chat)
    assert "“I'm with my partner on this.”" in chat.last.text
    chat.tap("I'm with them on this")
    chat.tap("Spoke up")
    chat.tap("Did that help?")
    assert "/invite" in chat.last.text and "“Did that help?”" in chat.last.text
    assert txt.SEND not in labels(chat) and txt.KEEP in labels(chat)
    assert "Leave the moment out" not in labels(chat)
    chat.tap(txt.KEEP)
    # Kept, not sent: Reinforce is the last step.
    assert "/invite" in chat.last.text and "“I've always got your back.”" in chat.last.text
    assert txt.SEND_LATER not in labels(chat)
    chat.tap(txt.KEEP)
    assert chat.state is None
    assert chat.sends() == [] and chat.of(ScheduleFollowUp) == []
    [saved] = chat.of(SaveReflection)
    assert saved.summary["checkin"] == {"status": "kept", "text": "Did that help?"}
    assert saved.summary["reinforce"]["text"] == "I've always got your back."


def test_solo_hurt_branch_keeps_the_request() -> None:
    chat = Chat(SOLO)
    chat.start("moment", {"side": "hurt"})
    chat.type("Left alone in an argument with friends.")
    chat.tap(txt.SKIP)
    chat.tap("Step closer to me")
    chat.tap(txt.SKIP)
    assert chat.step == "h_prev" and "/invite" in chat.last.text
    assert "Add what happened" not in labels(chat)
    chat.tap(txt.KEEP)
    assert chat.sends() == []


def test_solo_missed_path_keeps_the_repair() -> None:
    chat = Chat(SOLO)
    chat.start("moment", {"side": "support"})
    chat.type("x happened")
    chat.tap("No, I missed it")
    for label in ("Done", txt.SKIP, txt.SKIP, txt.SKIP, txt.KEEP, txt.NOT_NOW):
        chat.tap(label)
    assert chat.state is None and chat.sends() == [] and chat.of(ScheduleFollowUp) == []
    [saved] = chat.of(SaveReflection)
    assert saved.summary["repair"]["status"] == "kept"


# --- safety, look-alikes, Back ----------------------------------------------------------


def test_crisis_text_pauses_without_storing_or_sending() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap("Did that help?")
    before = chat.state
    chat.type("Honestly sometimes I just want to die")
    assert chat.state == before
    assert chat.result.effects == (ShowSafetyResources(),)
    assert not any(isinstance(e, SendToPartner) for e in chat.result.effects)
    assert "findahelpline.com" in chat.text and "emergency number" in chat.text
    assert labels(chat) == ["Continue the reflection", "Stop here"]
    assert chat.state is not None and "want to die" not in str(chat.state.to_json())
    chat.tap("Continue the reflection")
    assert chat.step == "s_ci_prev" and "Here's exactly what Ben will get" in chat.last.text


def test_crisis_then_stop() -> None:
    chat = Chat()
    chat.start("moment", {"side": "hurt"})
    chat.type("He hit me when we got home.")
    assert chat.step == "h_what"
    chat.tap("Stop here")
    assert chat.state is None and "findahelpline.com" in chat.text
    assert chat.sends() == [] and chat.of(SaveReflection) == []


def test_look_alikes_do_not_pause() -> None:
    chat = Chat()
    chat.start("moment", {"side": "support"})
    chat.type("Ben was killing it at work drinks and I'm dying to see the photos.")
    assert chat.step == "s_stepped"
    assert not any(isinstance(e, ShowSafetyResources) for e in chat.effects)


def test_back_from_hurt_to_support_saves_the_right_kind() -> None:
    chat = Chat()
    chat.start("moment")
    chat.tap("They didn't have my back")
    chat.type("x")
    chat.tap(txt.BACK)
    chat.tap(txt.BACK)
    assert chat.step == "side"
    chat.tap(STEPPED_IN)
    chat.type("y")
    for label in ("Done", txt.SKIP, txt.SKIP, txt.NOT_NOW, txt.NOT_NOW):
        chat.tap(label)
    [saved] = chat.of(SaveReflection)
    assert saved.kind == "moment_support" and saved.summary["what"] == "y"


def test_changing_the_answer_to_did_you_step_in_changes_the_path() -> None:
    chat = Chat()
    support_until_checkin(chat)
    for _ in range(5):
        chat.tap(txt.BACK)
    assert chat.step == "side"
    chat.tap(MISSED_IT)
    assert chat.step == "s_what"
    chat.type(WHAT)
    assert chat.step == "s_signals" and "Looking back" in chat.last.text
    chat.tap("Done")
    chat.tap("Let them finish")
    assert chat.step == "s_hard"


def test_reinforce_time_that_cannot_be_read_is_asked_again() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap(txt.NOT_NOW)
    chat.tap(txt.SEND_LATER)
    before = chat.state
    chat.type("at some point")
    assert chat.state == before and txt.TIME_UNREADABLE in chat.text
    chat.tap(txt.TOMORROW_9)
    assert chat.sends()[-1].at == datetime(2025, 3, 13, 8, tzinfo=UTC)
    assert "tomorrow at 09:00" in chat.text


def test_summary_moment_person_without_partner_name() -> None:
    chat = Chat(SAM.__class__(5, "Kim", partner_id=6))
    chat.start("moment", {"side": "support"})
    assert "your partner" in chat.last.text
    assert SAM.partner_label == "Ben"


def test_reinforce_send_under_an_earlier_preview_is_stale() -> None:
    chat = Chat()
    support_until_checkin(chat)
    chat.tap(txt.NOT_NOW)
    old = [b.data for row in chat.last.buttons for b in row if b.label == txt.SEND_NOW]
    chat.tap(txt.EDIT)
    chat.type("Proud of how you handled it.")
    before = chat.state
    chat.press(old[0])
    assert chat.messages[0].text == txt.STALE
    assert chat.state == before and chat.sends() == []
    chat.tap(txt.SEND_NOW)
    assert chat.sends() == [SendToPartner("reinforce", "Proud of how you handled it.")]


def test_names_and_words_are_escaped() -> None:
    person = SAM.__class__(1, "S<a>m & co", partner_id=2, partner_name="<b>Ben</b>")
    chat = Chat(person)
    chat.start("moment")
    chat.tap(STEPPED_IN)
    # On screen the name reads literally; the HTML sent has it escaped.
    assert "What happened with <b>Ben</b>?" in chat.last.text
    assert "What happened with &lt;b&gt;Ben&lt;/b&gt;?" in chat.result.replies[-1].text
    chat.type("Dad said <script> & left")
    chat.tap("Done")
    chat.tap(txt.SKIP)
    chat.tap(txt.SKIP)
    chat.tap("Did that help?")
    # What the partner would read: every name and word literally, as typed.
    assert "S<a>m & co is checking in" in chat.last.text
    assert "“Dad said <script> & left”" in chat.last.text
    sent = chat.result.replies[-1].text
    assert "S&lt;a&gt;m &amp; co is checking in" in sent
    assert "<i>“Dad said &lt;script&gt; &amp; left”</i>" in sent


def test_every_label_of_these_flows_fits_a_phone() -> None:
    """Buttons stay within 30 characters (with a partner's name of ordinary length);
    long phrasings live in the message or in the words a label stands for."""
    from flows.content import checkin as ctxt
    from flows.content import followups as ftxt
    from flows.content import reinforce as rtxt

    pairs = [
        *mtxt.SIDE_OPTIONS,
        *mtxt.STEPPED_OPTIONS,
        *mtxt.SIGNALS,
        *mtxt.HARD,
        *mtxt.FEELINGS,
        *mtxt.HELP_OPTIONS,
        *mtxt.INCLUDE_OPTIONS,
        *ctxt.SUGGESTIONS,
        *ctxt.VERDICTS,
        *rtxt.SUGGESTIONS,
    ]
    named = [label.format(partner="Benedict") for _, label in (*mtxt.ACTIONS, *mtxt.REPLAYS)]
    phrases = [label.format(ref="Benedict") for _, label, _ in mtxt.SIDE_PHRASES]
    single = [
        mtxt.VENT_YES,
        mtxt.VENT_NOT_QUITE,
        mtxt.H_ADD_WHAT,
        mtxt.H_DROP_WHAT,
        ctxt.MOMENT_ADD,
        ctxt.MOMENT_DROP,
        ctxt.ADD_LINE,
        ctxt.CLOSE_THE_LOOP_BUTTON,
        ftxt.REQUEST_YES,
        ftxt.REQUEST_TALK,
        ftxt.REQUEST_LOOK_BACK,
        ftxt.CHECKIN_SEND_NOW,
    ]
    labels_ = [label for _, label in pairs] + named + phrases + single
    too_long = [label for label in labels_ if len(label) > 30]
    assert too_long == []

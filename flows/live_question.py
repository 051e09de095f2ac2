"""Only the current question has live buttons: closing the questions a result leaves behind.

A closing is a :meth:`flows.model.Reply.closing`: the front end takes the keyboard off
a message (the one pressed, or the question on screen by its id) and may show the
choice under it. The id of the question on screen lives in the conversation's context
under :data:`ASKED`; the front end records it after sending.
"""

from __future__ import annotations

from typing import Final

from flows.model import FlowState, Reply, Result

# The message id of the question on screen (recorded by the front end after sending).
ASKED: Final = "_asked"


def pressed(result: Result, closing: Reply) -> Result:
    """``result`` with the pressed message closed first."""
    return Result(result.state, (closing, *result.replies), result.effects)


def closing_asked(before: FlowState | None, result: Result) -> Result:
    """Close the question on screen when another replaces it or the flow ends."""
    if before is None:
        return result
    asked = before.context.get(ASKED)
    if not isinstance(asked, int) or isinstance(asked, bool):
        return result
    if any(r.close and r.target == asked for r in result.replies):
        return result
    asks = any(r.buttons and not r.edit and not r.close for r in result.replies)
    ended = result.state is None
    moved = result.state is not None and result.state.step != before.step
    if not (asks or ended or moved):
        return result
    closes = [r for r in result.replies if r.close]
    rest = [r for r in result.replies if not r.close]
    return Result(result.state, (*closes, Reply.closing(asked), *rest), result.effects)

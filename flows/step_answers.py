"""Steps of one flow, whatever the engine: ask a step, record an answer, follow its rule.

Pure, like :mod:`flows.engine`, which calls these for every answer it accepts.
"""

from __future__ import annotations

import copy
from datetime import datetime
from typing import Any, Final

from flows.model import FlowState, Person, Reply, Result
from flows.steps import END, OTHER, SKIP, STAY, Ctx, Flow, Mode, Step

# The engine's own question waiting in a state's context (switch flows, idle offer);
# any answer to a step clears it.
PENDING: Final = "_pending"


def step_named(flow: Flow, name: str) -> Step:
    found = flow.step(name)
    if found is None:
        raise KeyError(name)
    return found


def copy_state(state: FlowState) -> FlowState:
    return FlowState.from_json(copy.deepcopy(state.to_json()))


def ask(flow: Flow, name: str, state: FlowState, person: Person, *, edit: bool = False) -> Reply:
    """The step ``name`` as a message; "tap one or type your own" on the first that takes both."""
    step = step_named(flow, name)
    earlier = (flow.step(n) for n in state.history)
    hint = step.offers_own_words and not any(s is not None and s.offers_own_words for s in earlier)
    return step.prompt(state, person, edit=edit, hint=hint)


def toggle(flow: Flow, step: Step, state: FlowState, person: Person, value: str) -> Result:
    work = copy_state(state)
    chosen = work.answers.get(step.name)
    selected: list[str] = [str(v) for v in chosen] if isinstance(chosen, list) else []
    if value in selected:
        selected.remove(value)
    elif value in step.exclusive:
        selected = [value]
    else:
        selected = [v for v in selected if v not in step.exclusive] + [value]
    work.answers[step.name] = selected
    return Result(work, (ask(flow, step.name, work, person, edit=True),))


def record(step: Step, answers: dict[str, Any], value: str, text: str) -> None:
    """Keep the answer in the state before the ``next`` rule runs."""
    own = f"{step.name}_own"
    if step.mode is Mode.PREVIEW:
        return
    if step.mode is Mode.MULTI:
        chosen = answers.get(step.name)
        selected = [str(v) for v in chosen] if isinstance(chosen, list) else []
        if value == SKIP:
            answers[step.name] = []
            answers.pop(own, None)
        elif value == OTHER:
            answers[step.name] = [v for v in selected if v not in step.exclusive and v != OTHER]
            answers[step.name].append(OTHER)
            answers[own] = text
        else:
            answers[step.name] = selected
            if OTHER not in selected:
                answers.pop(own, None)
        return
    if value == SKIP:
        answers[step.name] = None
        answers.pop(own, None)
    elif step.mode is Mode.TEXT and value == OTHER:
        answers[step.name] = text
    else:
        answers[step.name] = value
        if value == OTHER:
            answers[own] = text
        else:
            answers.pop(own, None)


def apply_answer(
    flow: Flow,
    step: Step,
    state: FlowState,
    person: Person,
    now: datetime,
    value: str,
    text: str,
    notices: list[str] | None = None,
) -> Result:
    work = copy_state(state)
    work.context.pop(PENDING, None)
    record(step, work.answers, value, text)
    ctx = Ctx(work, person, now, value=value, text=text)
    target = step.next if isinstance(step.next, str) else step.next(ctx)
    pre = [Reply(n) for n in notices or ()]
    if target == STAY:
        return Result(state, (*pre, Reply(ctx.problem), ask(flow, step.name, state, person)))
    if target == END:
        if flow.finish is not None:
            flow.finish(ctx)
        return Result(None, (*pre, *(Reply(n) for n in ctx.notes)), tuple(ctx.effects))
    if target in work.history:
        work.history = work.history[: work.history.index(target)]
    elif target != work.step:
        work.history.append(work.step)
    work.step = target
    replies = (*pre, *(Reply(n) for n in ctx.notes), ask(flow, target, work, person))
    return Result(work, replies, tuple(ctx.effects))

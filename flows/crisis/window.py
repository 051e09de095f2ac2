"""Concepts that occur near each other, as one bounded regular expression.

The phrase families list ways of *saying* a danger. People who write to us in crisis
often say it in words nobody listed, but the same few concepts still meet in one
sentence: a method (pills, a bridge, a truck) with an intent ("thinking about",
"how many ... would it take"), a partner with a harm and "me", "nothing makes sense"
with "I want it to be over". :func:`near` matches a set of concepts in any order
with at most a few words between neighbours; :func:`then` keeps their order.

Each concept is a regular expression over normalised text (see
:mod:`flows.crisis.normalise`) that starts at a word start with a literal, so the
prefix index can still skip a rule whose words are absent. Gaps are bounded, so a
4,096-character message cannot make a rule backtrack badly.
"""

from __future__ import annotations

from itertools import permutations


def _gap(within: int) -> str:
    return rf" (?:\w+ ){{0,{within}}}"


def then(*concepts: str, within: int = 4) -> str:
    """The concepts in this order, at most ``within`` words between neighbours."""
    return r"\b" + _gap(within).join(f"(?:{c})" for c in concepts) + r"\b"


def near(*concepts: str, within: int = 4) -> str:
    """The concepts in any order, at most ``within`` words between neighbours."""
    return "(?:" + "|".join(then(*order, within=within) for order in permutations(concepts)) + ")"

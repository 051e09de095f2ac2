"""Rules written per language and turned into families (safety5 modules).

A rule is one way a concern is said, as one pattern per language (usually built with
:mod:`flows.crisis.window`). Its families are named ``{code}.{concern}.{rule}`` so
``crisis_kind`` and the corpus tests can tell them apart.
"""

from __future__ import annotations

from collections.abc import Mapping

from flows.crisis.families import Family, Kind


def families(
    concern: str, kind: Kind, rules: Mapping[str, Mapping[str, str]]
) -> tuple[Family, ...]:
    """One family per rule and language: ``rules[rule][code]`` is its pattern."""
    return tuple(
        Family(f"{code}.{concern}.{rule}", kind, (pattern,))
        for rule, by_code in rules.items()
        for code, pattern in by_code.items()
    )

"""Fault injection: answer the next calls of a method with an error, or slowly."""

from __future__ import annotations

from dataclasses import dataclass

from .errors import Fault
from .models import Call, Stats


@dataclass(slots=True)
class _Rule:
    method: str
    fault: Fault
    remaining: int
    chat_id: int | None


class Faults:
    def __init__(self, stats: Stats) -> None:
        self._stats = stats
        self._rules: list[_Rule] = []

    def add(self, method: str, fault: Fault, count: int, chat_id: int | None) -> None:
        self._rules.append(_Rule(method, fault, count, chat_id))

    def take(self, call: Call) -> Fault | None:
        """The fault planned for this call, if any (each rule fires ``count`` times)."""
        for rule in self._rules:
            if rule.method == call.method and rule.chat_id in (None, call.chat_id):
                rule.remaining -= 1
                if rule.remaining <= 0:
                    self._rules.remove(rule)
                self._stats.injected_faults += 1
                return rule.fault
        return None

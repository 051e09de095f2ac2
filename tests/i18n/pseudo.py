"""A pseudo-language for finding English that slips past the catalogue.

Every entry of the template translates to itself in ⟪brackets⟫. Installed under a real
language code, anything a person would read outside brackets (besides names, their
own words and numbers) is a text that skipped the lookup.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from contextlib import contextmanager

from bot import catalogues
from flows import i18n
from tools import catalogues as tool

CODE = "ru"
_BRACKETED = re.compile(r"⟪[^⟪⟫]*⟫")
_TAG = re.compile(r"<[^>]*>")
_WORD = re.compile(r"[A-Za-z]{2,}")


def pseudo_catalogue() -> i18n.Catalogue:
    template = catalogues.read_catalog(tool.TEMPLATE)
    messages: dict[str, str] = {}
    plurals: dict[tuple[str, str], tuple[str, ...]] = {}
    for message in template:
        if not message.id:
            continue
        if isinstance(message.id, tuple | list):
            singular, plural = message.id[0], message.id[1]
            plurals[(singular, plural)] = (f"⟪{singular}⟫", f"⟪{plural}⟫", f"⟪{plural}⟫")
        else:
            messages[message.id] = f"⟪{message.id}⟫"
    return i18n.Catalogue(messages, plurals, lambda n: 0 if n == 1 else 1)


@contextmanager
def speaking_pseudo() -> Iterator[None]:
    i18n.install(CODE, pseudo_catalogue())
    try:
        with i18n.use_language(CODE):
            yield
    finally:
        catalogues.load_all()


def english_left(text: str, allowed: frozenset[str] = frozenset()) -> list[str]:
    """Latin words outside the brackets (nested brackets included), less ``allowed``."""
    text = _TAG.sub(" ", text)
    while True:
        stripped = _BRACKETED.sub(" ", text)
        if stripped == text:
            break
        text = stripped
    return [word for word in _WORD.findall(text) if word not in allowed]

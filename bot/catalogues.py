"""Reads the translations (``locales/<lang>/LC_MESSAGES/couplebot.po``) once, at start.

The .po files are the only source: no compiled .mo to keep in step. Fuzzy and empty
entries are left out, so such a text reads in English until a translator confirms it.
"""

from __future__ import annotations

import gettext
import logging
from pathlib import Path
from typing import Final

from babel.messages.catalog import Catalog
from babel.messages.pofile import read_po

from flows import i18n

log = logging.getLogger(__name__)

LOCALES: Final = Path(__file__).resolve().parent.parent / "locales"
DOMAIN: Final = "couplebot"


def po_path(language: str, root: Path = LOCALES) -> Path:
    return root / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def read_catalog(path: Path) -> Catalog:
    with path.open("rb") as handle:
        return read_po(handle)


def catalogue_from(catalog: Catalog) -> i18n.Catalogue:
    """The lookup tables of one .po file: confirmed translations only."""
    messages: dict[str, str] = {}
    plurals: dict[tuple[str, str], tuple[str, ...]] = {}
    for message in catalog:
        if not message.id or message.fuzzy:
            continue
        if isinstance(message.id, tuple | list):
            forms = tuple(message.string or ())
            if all(forms):
                plurals[(message.id[0], message.id[1])] = forms
        elif message.string:
            messages[message.id] = str(message.string)
    return i18n.Catalogue(messages, plurals, gettext.c2py(catalog.plural_expr))


def load_all(root: Path = LOCALES) -> list[str]:
    """Installs every language that has a catalogue; returns them (English always)."""
    loaded = [i18n.DEFAULT_LANGUAGE]
    for language in i18n.LANGUAGES:
        path = po_path(language, root)
        if language == i18n.DEFAULT_LANGUAGE or not path.exists():
            continue
        i18n.install(language, catalogue_from(read_catalog(path)))
        loaded.append(language)
    log.debug("catalogues loaded: %s", ", ".join(loaded))
    return loaded

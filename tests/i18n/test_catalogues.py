"""The catalogues: in step with the code, every entry in every language, same placeholders.

A missing translation reads in English at run time; these tests report which
entries each language still lacks, and fail for the languages in STRICT.
"""

from __future__ import annotations

import string
from pathlib import Path

import pytest
from babel.messages.catalog import Catalog, Message

from bot import catalogues
from flows import i18n
from tools import catalogues as tool

LANGUAGES = [code for code in i18n.LANGUAGES if code != i18n.DEFAULT_LANGUAGE]
# Languages that must be complete: every entry translated, nothing fuzzy.
STRICT: frozenset[str] = frozenset({"de", "es", "fr", "pt", "ru"})


def _catalog(language: str) -> Catalog:
    return catalogues.read_catalog(catalogues.po_path(language))


def _template() -> Catalog:
    return catalogues.read_catalog(tool.TEMPLATE)


def _placeholders(text: str) -> set[str]:
    try:
        return {name for _, name, _, _ in string.Formatter().parse(text) if name is not None}
    except ValueError:
        return {"<unbalanced braces>"}


def _ids(catalog: Catalog) -> set[object]:
    return {message.id for message in catalog if message.id}


def test_the_template_holds_every_text_in_the_code() -> None:
    assert tool.check() == 0, "run: uv run python -m tools.catalogues"


@pytest.mark.parametrize("language", LANGUAGES)
def test_every_language_has_every_entry(language: str) -> None:
    assert catalogues.po_path(language).exists(), f"no catalogue for {language}"
    assert _ids(_catalog(language)) == _ids(_template()), "run: uv run python -m tools.catalogues"


def _translations(message: Message) -> list[str]:
    if isinstance(message.string, tuple | list):
        return [form for form in message.string if form]
    return [message.string] if message.string else []


def _source_texts(message: Message) -> list[str]:
    return list(message.id) if isinstance(message.id, tuple | list) else [str(message.id)]


@pytest.mark.parametrize("language", LANGUAGES)
def test_translations_keep_the_placeholders(language: str) -> None:
    wrong = []
    for message in _catalog(language):
        if not message.id:
            continue
        expected = set().union(*(_placeholders(text) for text in _source_texts(message)))
        for translation in _translations(message):
            if _placeholders(translation) != expected:
                wrong.append(f"{_source_texts(message)[0][:50]!r}: {translation[:50]!r}")
    assert wrong == [], f"{language}: placeholders differ from English:\n" + "\n".join(wrong)


@pytest.mark.parametrize("language", LANGUAGES)
def test_plural_entries_have_every_form_or_none(language: str) -> None:
    catalog = _catalog(language)
    for message in catalog:
        if isinstance(message.id, tuple | list) and any(message.string):
            assert len(message.string) == catalog.num_plurals
            assert all(message.string), f"{language}: a plural form is empty: {message.id[0]!r}"


@pytest.mark.parametrize("language", LANGUAGES)
def test_untranslated_entries_are_reported(language: str) -> None:
    missing = [
        _source_texts(message)[0][:60]
        for message in _catalog(language)
        if message.id and (message.fuzzy or not _translations(message))
    ]
    if missing and language not in STRICT:
        pytest.skip(f"{language}: {len(missing)} entries not translated yet, e.g. {missing[0]!r}")
    assert missing == [], f"{language}: untranslated:\n" + "\n".join(missing)


def test_a_catalogue_is_read_and_used(tmp_path: Path) -> None:
    catalog = Catalog(locale="de")
    catalog.add("Cancel", "Abbrechen")
    catalog.add(("{n} day", "{n} days"), ("{n} Tag", "{n} Tage"))
    catalog.add("Skip", "Überspringen", flags=("fuzzy",))
    loaded = catalogues.catalogue_from(catalog)
    assert loaded.messages == {"Cancel": "Abbrechen"}
    assert loaded.plural_index(1) == 0 and loaded.plural_index(2) == 1
    i18n.install("de", loaded)
    try:
        with i18n.use_language("de"):
            assert i18n.gettext("Cancel") == "Abbrechen"
            assert i18n.gettext("Skip") == "Skip"
            assert i18n.plural("{n} day", "{n} days").format(n=3) == "3 Tage"
            assert i18n.msg("Cancel").format() == "Abbrechen"
        assert i18n.gettext("Cancel") == "Cancel"
    finally:
        catalogues.load_all()

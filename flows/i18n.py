"""One lookup for every text people read: gettext catalogues, the language as an input.

The catalogue modules (``flows/content``) keep English as the message id: each text is
marked with :func:`msg` (or :func:`plural` where a number is shown), and the module
ends with :func:`localize_module`. Reading an attribute of such a module then gives the
text in the *current language*, a context variable that the service layer sets per
update (:func:`use_language`). Texts captured at import time (button labels in flow
definitions, the daily questions) stay :class:`Msg` values and translate themselves
when formatted, or through :func:`localized` at the edge.

No I/O here: the catalogues are read once at start by ``bot.catalogues`` and handed
over with :func:`install`. A language without a catalogue, or a text without a
translation, reads in English.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator, Mapping
from contextlib import contextmanager
from contextvars import ContextVar
from dataclasses import dataclass, field
from types import ModuleType
from typing import Any, Final, TypeVar

DEFAULT_LANGUAGE: Final = "en"
# Each language named in itself: the /language buttons.
LANGUAGE_NAMES: Final[dict[str, str]] = {
    "en": "English",
    "de": "Deutsch",
    "es": "Español",
    "fr": "Français",
    "pt": "Português",
    "ru": "Русский",
}
LANGUAGES: Final[tuple[str, ...]] = tuple(LANGUAGE_NAMES)


def _english_plural(n: int) -> int:
    return 0 if n == 1 else 1


@dataclass(frozen=True)
class Catalogue:
    """One language's translations: msgid to text, and (singular, plural) to forms."""

    messages: Mapping[str, str] = field(default_factory=dict)
    plurals: Mapping[tuple[str, str], tuple[str, ...]] = field(default_factory=dict)
    plural_index: Callable[[int], int] = _english_plural


_catalogues: dict[str, Catalogue] = {}
_language: ContextVar[str] = ContextVar("couplebot_language", default=DEFAULT_LANGUAGE)


def install(language: str, catalogue: Catalogue) -> None:
    """Make ``language`` available (done once at start, before any update)."""
    _catalogues[language] = catalogue


def supported(language: str | None) -> str:
    """``language`` (a Telegram language_code such as "de-AT") as one we speak, else English."""
    code = (language or "").split("-")[0].split("_")[0].lower()
    return code if code in LANGUAGE_NAMES else DEFAULT_LANGUAGE


def current_language() -> str:
    return _language.get()


def set_language(language: str) -> None:
    """The language of whatever is said next in this context (one update, one job)."""
    _language.set(supported(language))


@contextmanager
def use_language(language: str) -> Iterator[None]:
    """Speak ``language`` inside the block (a message for the partner, in their language)."""
    token = _language.set(supported(language))
    try:
        yield
    finally:
        _language.reset(token)


def gettext(msgid: str) -> str:
    """``msgid`` (the English text) in the current language."""
    language = _language.get()
    if language == DEFAULT_LANGUAGE:
        return msgid
    catalogue = _catalogues.get(language)
    if catalogue is None:
        return msgid
    return catalogue.messages.get(msgid) or msgid


def ngettext(singular: str, plural_: str, n: int) -> str:
    """The form for ``n`` in the current language (English forms when untranslated)."""
    language = _language.get()
    catalogue = _catalogues.get(language) if language != DEFAULT_LANGUAGE else None
    if catalogue is not None:
        forms = catalogue.plurals.get((singular, plural_))
        if forms:
            index = catalogue.plural_index(n)
            if 0 <= index < len(forms) and forms[index]:
                return forms[index]
    return singular if n == 1 else plural_


class Msg(str):
    """A catalogue text: the English wording, translated wherever it is used.

    Equal to its English text, so code written against English keeps working. It reads
    in the current language when formatted (``.format``, an f-string, a ``{}`` argument
    of another template), turned into ``str``, or passed through :func:`localized`.
    """

    __slots__ = ("msgid", "params")
    msgid: str
    # Filled in when the text is read: a template formatted ahead of time (:func:`deferred`).
    params: Mapping[str, object] | None

    def __new__(
        cls, text: str, msgid: str | None = None, params: Mapping[str, object] | None = None
    ) -> Msg:
        made = super().__new__(cls, text)
        made.msgid = text if msgid is None else msgid
        made.params = params
        return made

    def _text(self) -> str:
        text = gettext(self.msgid)
        return text if self.params is None else text.format(**_localized(dict(self.params)))

    def format(self, *args: object, **kwargs: object) -> str:
        return self._text().format(*_localized(args), **_localized(kwargs))

    def __format__(self, spec: str) -> str:
        return format(self._text(), spec)

    def __str__(self) -> str:
        return self._text()

    def translated(self) -> Msg:
        text = self._text()
        return self if text == str.__str__(self) else Msg(text, self.msgid, self.params)

    def __reduce__(self) -> tuple[Any, ...]:
        return (Msg, (str.__str__(self), self.msgid, self.params))


@dataclass(frozen=True)
class Plural:
    """A text that shows a number: one form per plural category of the language.

    ``count`` names the placeholder holding the number; :meth:`format` picks the form.
    """

    singular: str
    plural: str
    count: str = "n"

    def format(self, **kwargs: Any) -> str:
        number = int(kwargs[self.count])
        return ngettext(self.singular, self.plural, number).format(**_localized(kwargs))


def msg(text: str) -> str:
    """Mark ``text`` (English) as a catalogue entry: pybabel extracts ``msg("...")``.

    Typed as ``str`` so catalogue constants read as plain text to the type checker.
    """
    return Msg(text)


def deferred(template: str, **params: object) -> str:
    """``template.format(**params)``, read in the language current when it is shown.

    For texts made when a flow is defined ("Question 3 of 8" as a step's aside).
    """
    english = str.format(template, **params)
    if isinstance(template, Msg):
        return Msg(english, template.msgid, params)
    return english


def plural(singular: str, plural_: str, count: str = "n") -> Plural:
    """Mark a text with a number: pybabel extracts ``plural("...", "...")``."""
    return Plural(singular, plural_, count)


T = TypeVar("T")


def localized(value: T) -> T:
    """``value`` with every catalogue text in it in the current language.

    Plain strings (names, what people wrote) are returned untouched: only :class:`Msg`
    values are looked up, so their own words are never translated.
    """
    if _language.get() == DEFAULT_LANGUAGE:
        return value
    return _localized(value)  # type: ignore[no-any-return]


def _localized(value: Any) -> Any:
    if isinstance(value, Msg):
        return value.translated()
    if isinstance(value, tuple):
        return tuple(_localized(item) for item in value)
    if isinstance(value, frozenset):
        return frozenset(_localized(item) for item in value)
    if isinstance(value, dict):
        return {key: _localized(item) for key, item in value.items()}
    return value


class LocalizedModule(ModuleType):
    """A catalogue module whose texts read in the current language."""

    def __getattribute__(self, name: str) -> Any:
        value = super().__getattribute__(name)
        if name[:1].isupper() and _language.get() != DEFAULT_LANGUAGE:
            return _localized(value)
        return value


def localize_module(name: str) -> None:
    """Called last in a catalogue module: its attributes translate themselves."""
    sys.modules[name].__class__ = LocalizedModule

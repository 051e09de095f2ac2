"""Keep the gettext catalogues in step with the code (Babel's extract and update).

    uv run python -m tools.catalogues           # extract locales/couplebot.pot, update every .po
    uv run python -m tools.catalogues --check   # exit 1 if the .pot misses or keeps a text

Texts are marked in ``flows/content`` with ``msg("...")`` and ``plural("...", "...")``
(see ``flows/i18n.py``). A new language: add it to ``flows.i18n.LANGUAGE_NAMES`` and run
this; its ``locales/<lang>/LC_MESSAGES/couplebot.po`` is created with every entry empty.
No compile step: the bot reads the .po files when it starts (``bot/catalogues.py``).
"""

from __future__ import annotations

import re
import sys
import tempfile
from collections.abc import Callable
from pathlib import Path

from babel.messages.frontend import CommandLineInterface
from babel.messages.pofile import read_po

from flows.i18n import DEFAULT_LANGUAGE, LANGUAGES

ROOT = Path(__file__).resolve().parent.parent
LOCALES = ROOT / "locales"
DOMAIN = "couplebot"
TEMPLATE = LOCALES / f"{DOMAIN}.pot"
KEYWORDS = ("msg", "plural:1,2")


def _babel(*args: str) -> None:
    CommandLineInterface().run(["pybabel", "-q", *args])


def extract(target: Path) -> None:
    target.parent.mkdir(parents=True, exist_ok=True)
    keywords = [arg for keyword in KEYWORDS for arg in ("-k", keyword)]
    _babel(
        "extract",
        "--no-default-keywords",
        *keywords,
        "--add-location=file",
        "--no-wrap",
        "--project=couplebot",
        "--add-comments=TRANSLATORS:",
        "-o",
        str(target),
        "flows/content",
    )


def po_path(language: str) -> Path:
    return LOCALES / language / "LC_MESSAGES" / f"{DOMAIN}.po"


def update() -> None:
    for language in LANGUAGES:
        if language == DEFAULT_LANGUAGE:
            continue
        common = ["-i", str(TEMPLATE), "-d", str(LOCALES), "-D", DOMAIN, "-l", language]
        if po_path(language).exists():
            # No fuzzy guesses: for short texts ("Austria") they are wrong more often than
            # not, and a translator should see an empty entry rather than a bad one.
            _babel("update", *common, "--no-wrap", "--ignore-obsolete", "--no-fuzzy-matching")
        else:
            _babel("init", *common, "--no-wrap")


def _ids(path: Path) -> set[object]:
    with path.open("rb") as handle:
        return {message.id for message in read_po(handle) if message.id}


def check() -> int:
    with tempfile.TemporaryDirectory() as folder:
        fresh = Path(folder) / f"{DOMAIN}.pot"
        extract(fresh)
        missing = _ids(fresh) - _ids(TEMPLATE)
        stale = _ids(TEMPLATE) - _ids(fresh)
    for text in sorted(map(str, missing)):
        print(f"not in {TEMPLATE.name}: {text[:70]}")
    for text in sorted(map(str, stale)):
        print(f"no longer in the code: {text[:70]}")
    if missing or stale:
        print("Run: uv run python -m tools.catalogues")
        return 1
    return 0


_DATES = re.compile(r'^"(POT-Creation-Date|PO-Revision-Date): .*\\n"$', re.M)


def _keeping_unchanged(paths: list[Path], rewrite: Callable[[], None]) -> None:
    """Run ``rewrite``; a file that changed only in its header dates is put back, so the
    catalogues change (and merge) only when their texts do."""
    before = {path: path.read_text() for path in paths if path.exists()}
    rewrite()
    for path, old in before.items():
        if _DATES.sub("", path.read_text()) == _DATES.sub("", old):
            path.write_text(old)


def main() -> int:
    if "--check" in sys.argv[1:]:
        return check()
    languages = [language for language in LANGUAGES if language != DEFAULT_LANGUAGE]
    paths = [TEMPLATE, *(po_path(language) for language in languages)]
    _keeping_unchanged(paths, lambda: (extract(TEMPLATE), update()))
    return 0


if __name__ == "__main__":
    raise SystemExit(main())

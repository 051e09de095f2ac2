"""Recall and false-positive rate of the crisis detector on the labelled corpus.

Run: ``uv run python -m bench.safety_metrics`` (add ``-v`` to list every miss and
false positive). Reads ``tests/flows/safety_corpus/{lang}.tsv`` (the set the
patterns were tuned on) and ``tests/flows/safety_corpus/heldout/{lang}.tsv`` (written
before tuning, never tuned against) and ``heldout2/{lang}.tsv`` (written after
tuning ended) and ``heldout3/{lang}.tsv`` (written before the issue-7
generalisation), ``heldout4/{lang}.tsv`` (written after it), ``heldout5`` (after the
second round), ``heldout6`` (before the safety3 co-occurrence layer), ``heldout7``
(after it), ``heldout8``, ``heldout9`` and ``heldout10`` (written by writers who never saw the
code or the corpus; 8 and 9 before rounds 4 and 5, 10 before round 6, 11 before round
7, 12 and 13 before round 8, which drew its classes from 12, and 14 before round 9,
which drew its classes from 13), the reviewer's
``tests/review/crisis_fresh``, and ``everyday/{lang}.tsv`` (ordinary couple messages,
all ``ok``; safety4). Writes nothing.

Corpus format: one example per line, ``crisis<TAB>text`` or ``ok<TAB>text``; ``#``
starts a comment; ``\\uXXXX`` stands for a character that is hard to type or see
(soft hyphen, zero-width space).
"""

from __future__ import annotations

import re
import sys
from dataclasses import dataclass
from pathlib import Path

from flows.safety import detect_crisis

CORPUS_DIR = Path(__file__).resolve().parent.parent / "tests" / "flows" / "safety_corpus"
LANGUAGES = ("en", "de", "es", "fr", "pt", "ru")
_ESCAPE = re.compile(r"\\u([0-9a-fA-F]{4})")


@dataclass(frozen=True)
class Example:
    crisis: bool
    text: str
    line: int


@dataclass(frozen=True)
class Score:
    positives: int
    negatives: int
    misses: tuple[Example, ...]
    false_alarms: tuple[Example, ...]

    @property
    def recall(self) -> float:
        return 1 - len(self.misses) / self.positives if self.positives else 1.0

    @property
    def false_positive_rate(self) -> float:
        return len(self.false_alarms) / self.negatives if self.negatives else 0.0


def load(path: Path) -> list[Example]:
    """Read one corpus file; a malformed line is an error, not a skip."""
    examples: list[Example] = []
    for number, raw in enumerate(path.read_text(encoding="utf-8").splitlines(), start=1):
        if not raw.strip() or raw.startswith("#"):
            continue
        label, sep, text = raw.partition("\t")
        if not sep or label not in ("crisis", "ok"):
            raise ValueError(f"{path.name}:{number}: expected 'crisis<TAB>…' or 'ok<TAB>…'")
        text = _ESCAPE.sub(lambda m: chr(int(m.group(1), 16)), text)
        examples.append(Example(label == "crisis", text, number))
    return examples


def tuned(language: str) -> list[Example]:
    return load(CORPUS_DIR / f"{language}.tsv")


def heldout(language: str) -> list[Example]:
    return load(CORPUS_DIR / "heldout" / f"{language}.tsv")


def heldout2(language: str) -> list[Example]:
    return load(CORPUS_DIR / "heldout2" / f"{language}.tsv")


def heldout3(language: str) -> list[Example]:
    return load(CORPUS_DIR / "heldout3" / f"{language}.tsv")


def heldout4(language: str) -> list[Example]:
    return load(CORPUS_DIR / "heldout4" / f"{language}.tsv")


def heldout5(language: str) -> list[Example]:
    return load(CORPUS_DIR / "heldout5" / f"{language}.tsv")


def heldout6(language: str) -> list[Example]:
    return load(CORPUS_DIR / "heldout6" / f"{language}.tsv")


def heldout7(language: str) -> list[Example]:
    return load(CORPUS_DIR / "heldout7" / f"{language}.tsv")


def heldout8(language: str) -> list[Example]:
    return load(CORPUS_DIR / "heldout8" / f"{language}.tsv")


def heldout9(language: str) -> list[Example]:
    return load(CORPUS_DIR / "heldout9" / f"{language}.tsv")


def heldout10(language: str) -> list[Example]:
    return load(CORPUS_DIR / "heldout10" / f"{language}.tsv")


def heldout11(language: str) -> list[Example]:
    return load(CORPUS_DIR / "heldout11" / f"{language}.tsv")


def heldout12(language: str) -> list[Example]:
    return load(CORPUS_DIR / "heldout12" / f"{language}.tsv")


def heldout13(language: str) -> list[Example]:
    return load(CORPUS_DIR / "heldout13" / f"{language}.tsv")


def heldout14(language: str) -> list[Example]:
    return load(CORPUS_DIR / "heldout14" / f"{language}.tsv")


def everyday(language: str) -> list[Example]:
    """Ordinary couple messages, none of which may fire (safety4)."""
    return load(CORPUS_DIR / "everyday" / f"{language}.tsv")


def fresh(language: str) -> list[Example]:
    """The outside reviewer's fresh set (tests/review/crisis_fresh), for reporting."""
    return load(CORPUS_DIR.parent.parent / "review" / "crisis_fresh" / f"{language}.tsv")


def score(examples: list[Example]) -> Score:
    misses = tuple(e for e in examples if e.crisis and not detect_crisis(e.text))
    false_alarms = tuple(e for e in examples if not e.crisis and detect_crisis(e.text))
    positives = sum(e.crisis for e in examples)
    return Score(positives, len(examples) - positives, misses, false_alarms)


def main(argv: list[str]) -> None:
    verbose = "-v" in argv
    loaders = {
        "tuned": tuned,
        "heldout": heldout,
        "heldout2": heldout2,
        "heldout3": heldout3,
        "heldout4": heldout4,
        "heldout5": heldout5,
        "heldout6": heldout6,
        "heldout7": heldout7,
        "heldout8": heldout8,
        "heldout9": heldout9,
        "heldout10": heldout10,
        "heldout11": heldout11,
        "heldout12": heldout12,
        "heldout13": heldout13,
        "heldout14": heldout14,
        "fresh": fresh,
        "everyday": everyday,
    }
    heldout_sets = tuple(name for name in loaders if name.startswith("heldout"))
    wanted = {"--tuned": ("tuned",), "--heldout": heldout_sets, "--fresh": ("fresh",)}
    sets = next((wanted[a] for a in argv if a in wanted), tuple(loaders))
    if "--set" in argv:  # one named set, e.g. ``--set heldout6``
        sets = (argv[argv.index("--set") + 1],)
    print(f"{'set':9} {'lang':4} {'pos':>4} {'neg':>4} {'recall':>7} {'FP rate':>8}")
    for name, loader in loaders.items():
        if name not in sets or not _present(name):
            continue
        found, positives, alarms, negatives = 0, 0, 0, 0
        for language in LANGUAGES:
            result = score(loader(language))
            print(
                f"{name:9} {language:4} {result.positives:4} {result.negatives:4} "
                f"{result.recall:7.3f} {result.false_positive_rate:8.3f}"
            )
            found += result.positives - len(result.misses)
            positives += result.positives
            alarms += len(result.false_alarms)
            negatives += result.negatives
            if verbose:
                for example in result.misses:
                    print(f"    miss  {language}:{example.line}  {example.text}")
                for example in result.false_alarms:
                    print(f"    false {language}:{example.line}  {example.text}")
        print(f"{name:9} all  detected {found}/{positives}, false alarms {alarms}/{negatives}")


def _present(name: str) -> bool:
    """A held-out set written later (heldout7) may not exist yet in an older checkout."""
    return not name.startswith("heldout") or (CORPUS_DIR / name).is_dir()


if __name__ == "__main__":
    main(sys.argv[1:])

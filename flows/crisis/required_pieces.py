"""The literal pieces every match of each crisis pattern must contain, precomputed.

Most of the ~1,200 patterns cannot match an everyday message: "i want to die" needs
"want to" and "die" somewhere in the text. For every pattern,
``tools/gen_crisis_index.py`` reads such a *necessary condition* off the parsed
pattern (``re``'s own parser): clauses, each a set of literals, such that every match
contains at least one literal of every clause. The detector
(:class:`flows.crisis.families.Detector`) runs a pattern on a reading only when the
condition holds there, by plain substring checks, so nothing is assumed about where
words start or end.

Working the conditions out takes about a second, too long at every start, so they
are written to ``required_pieces.json`` next to this file, keyed by pattern id with a
digest of the pattern's compiled source. Here the file is only read. A pattern missing
from it, or whose digest differs (changed since the file was written), is always run:
an out-of-date file costs speed, never a match. ``tests/flows/test_safety_prefilter.py``
fails while it is out of date; regenerate it with::

    uv run python -m tools.gen_crisis_index
"""

from __future__ import annotations

import hashlib
import json
from dataclasses import dataclass
from pathlib import Path
from typing import Final

INDEX_PATH: Final = Path(__file__).with_name("required_pieces.json")
REGENERATE: Final = "uv run python -m tools.gen_crisis_index"
# The length of the pieces the detector looks literals up by (its keys).
KEY_LENGTH: Final = 4


def digest(source: str) -> str:
    """What the index keys a pattern's condition on: its final, compiled source."""
    return hashlib.blake2b(source.encode(), digest_size=8).hexdigest()


@dataclass(frozen=True)
class Condition:
    """One pattern's entry: every match contains a literal of every clause of all_of.

    ``keys[i]`` is a piece of ``all_of[0][i]`` (KEY_LENGTH characters, or the whole
    literal when it is shorter), by which the detector looks that literal up.
    """

    digest: str
    all_of: tuple[tuple[str, ...], ...]
    keys: tuple[str, ...]


def load_index() -> dict[str, Condition]:
    """{pattern id: condition} from the checked-in file; {} if it is missing or broken."""
    try:
        data = json.loads(INDEX_PATH.read_text(encoding="utf-8"))
        return {
            pattern_id: Condition(
                entry["digest"],
                tuple(tuple(clause) for clause in entry["all_of"]),
                tuple(entry["keys"]),
            )
            for pattern_id, entry in data["patterns"].items()
        }
    except (OSError, ValueError, KeyError, TypeError, AttributeError):
        return {}

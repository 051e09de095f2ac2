"""Families shared by several languages, and words written without spaces.

"suicide", "suicidio", "suicidaire", "suicídio" share one stem. Letters spaced out
("k.i.l.l m.y.s.e.l.f") are joined by the normaliser into one run, and hashtags
("#iwanttodie") come without spaces too, so a few core phrases are also matched
with the spaces gone, anywhere inside a word.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import Family, Language

SUICIDE_STEM = Family(
    "any.self.suicide_stem",
    "self_harm",
    (r"\bsuicid\w*", r"\boverdos\w*"),
)

RUN_TOGETHER = Family(
    "any.self.run_together",
    "self_harm",
    (
        r"killmy(?:self|slef)",
        r"(?:want|wanna|wana)(?:to)?die",
        r"endmy(?:own)?life",
        r"(?:hang|hung|shoot|cut)myself",
        r"ichwill(?:nurnoch)?sterben|nichtmehrleben|michumbringen",
        r"quieromorir|mequieromorir|mequieromatar|quitarmelavida",
        r"(?:veux|envie)(?:de)?mourir|metuer",
        r"queromorrer|mematar",
        r"хочуумереть|покончитьссобой|убитьсебя",
    ),
)

LANGUAGE: Final = Language("any", (SUICIDE_STEM, RUN_TOGETHER), ())

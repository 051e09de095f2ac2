"""Austrian and Swiss German forms of the existing families (safety6).

Quebec French ("chu pu capable", "mon chum"), Rioplatense Spanish ("che", "el
chabón", "me cagó a palos" is in ``blows``) and Russian slang ("выпилиться",
"роскомнадзорнуться") were already read by the families when they carry a danger
word; German dialect was not:

- ``de.dialect.done`` (self_harm): "i kann nimma" at the end of a message, "i wü
  nimma do sein", "i mag nimma lebn";
- ``de.dialect.home`` (fear): "i trau mi ned ham".
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import Family

FAMILIES: Final = (
    Family(
        "de.dialect.done",
        "self_harm",
        (
            r"\bi (?:kann|konn|ko) (?:eh )?(?:nimma|nimmer|nümme|nümm)(?: mehr)?$"
            r"|\bi (?:wü|will|wüll|mag|möcht) (?:eh )?(?:nimma|nimmer|nümme) (?:do|da) sein\b"
            r"|\bi (?:wü|will|mag|möcht) (?:nimma|nimmer|nümme) (?:lebn|leben|läbe)\b",
        ),
    ),
    Family(
        "de.dialect.home",
        "fear",
        (r"\bi (?:trau|trou) mi (?:ned|net|nöd|nit) (?:ham|hoam|hei|heim)\b",),
    ),
)

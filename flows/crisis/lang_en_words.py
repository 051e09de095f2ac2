"""English vocabulary shared by the English families and figures of speech."""

from __future__ import annotations

from typing import Final

from flows.crisis.families import alt

MYSELF: Final = r"(?:my ?self|meself|myslef|mysef|my sef)"
# Someone close: the partner words people use, plus bare pronouns.
PARTNER_NOUN: Final = alt(
    "partner|husband|wife|boyfriend|girlfriend|bf|gf|spouse|ex|fiance|fiancee|hubby|man"
    "|girl|guy|other half"
)
PERSON: Final = alt("him", "them", rf"my {PARTNER_NOUN}")
# "her" is also a possessive ("afraid of her reaction"): only as a person when
# a clause boundary or the end of the text follows.
HER: Final = (
    r"her(?= (?:when|because|and|now|sometimes|lately|again|too|he|she|they|i|it|so|but"
    r"|anymore|right now|tbh)\b|$)"
)
# A modal or intent before a verb: will, would, going to, wants to, said he'd...
MODAL: Final = alt(
    "will|ll|would|ill|id|youll|wed|wanna|going to|gonna|(?:he|she|they)(?:ll|d)|(?:wants"
    "|wanted|want|tried|tries|trying|try|threatened|threatens|threatening|swore|swears"
    "|promised|plans|planning|means|meant|is about|about|is going|was going) to|might"
    "|could|may"
)
VICTIM: Final = alt(
    "me|us|you|him|her|them|the (?:kids|children|baby|dog|cat)|(?:my|our) (?:kids"
    "|children|baby|son|daughter|family|mom|mum|dad|dog|cat|partner|husband|wife"
    "|boyfriend|girlfriend|ex)"
)
HIT_VERB: Final = alt(
    "hit|hits|hitting|punch(?:es|ed|ing)?|slap(?:s|ped|ping)?|kick(?:s|ed|ing)?|smack(?:s"
    "|ed|ing)?|shov(?:e|es|ed|ing)|push(?:es|ed|ing)?|headbutt(?:s|ed|ing)?|elbow(?:s|ed"
    "|ing)?|whack(?:s|ed|ing)?|thump(?:s|ed|ing)?|wallop(?:s|ed|ing)?|deck(?:s|ed)?"
    "|struck|strik(?:e|es|ing)|chok(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|throttl(?:e|es"
    "|ed|ing)|slam(?:s|med|ming)?|bit(?:es|ing|ten)?|spat on|spit(?:s|ting)? on"
    "|scratch(?:es|ed|ing)?|shak(?:e|es|ing)|shook"
)
BODY: Final = alt(
    "arm|arms|wrist|wrists|throat|neck|hair|face|jaw|chin|shoulder|shoulders|collar|shirt"
    "|breast|breasts|crotch|head"
)
PLACE: Final = alt(
    "wall|floor|ground|door|car|stairs|staircase|table|counter|fridge|window|cupboard"
    "|room|street|house|kitchen|bathroom|bedroom|closet|mirror|radiator"
)

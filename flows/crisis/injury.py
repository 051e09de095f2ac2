"""Injuries someone else caused, in six languages: the mark and who left it.

"Bruises", "a black eye", "bleeding", "marks" count when the same sentence says they
came from a person ("from him", "where he grabbed me", "because of her"); a bruise
from football does not. Also a few acts of violence named by the body part hurt
("stamped on my hand", "hands around my throat", "dragged by the hair").
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import Family, alt
from flows.crisis.lang_en_words import PARTNER_NOUN

_HE_SHE: Final = r"(?:he|she|they)"

EN = Family(
    "en.violence.injury",
    "violence",
    (
        r"\b(?:bruises?|bruised|black eyes?|welts|marks|scratches|bleeding|bled|busted lip"
        r"|split lip|broken (?:nose|ribs?|arm|wrist|finger|tooth|jaw)|burns|bite marks)\b "
        r"(?:\w+ ){0,6}"
        + alt(
            rf"from (?:him|her|them|my {PARTNER_NOUN}|what {_HE_SHE} did|where {_HE_SHE}"
            rf"|when {_HE_SHE})",
            rf"where {_HE_SHE}",
            rf"{_HE_SHE} (?:hit|grabbed|kicked|punched|choked|pushed|did|slapped|threw|squeezed"
            r"|held|bit|shoved|left)",
            rf"after {_HE_SHE}",
            r"because of (?:him|her|them)",
        )
        + r"\b|\b(?:stamp|stomp)(?:s|ed|ing)? on my\b"
        r"|\bmyself (?:\w+ ){0,3}until (?:it|i|they) (?:bruises?|bleeds?|bled|bruised)\b"
        r"|\bso (?:hard|tight|tightly) (?:that )?(?:it|i|they) (?:left|leaves|have|got|still have)"
        r" (?:\w+ )?(?:marks|bruises|a bruise|a mark)\b"
        r"|\b(?:razor|blade|knife|lighter) to my (?:arms?|wrists?|thighs?|legs?|skin|stomach)\b",
    ),
)

DE = Family(
    "de.violence.injury",
    "violence",
    (
        r"\b(?:blaue flecken|blaues auge|blaue augen|bluterguss|blutergüsse|hämatome?"
        r"|platzwunde|geblutet|blutet\w*|striemen|würgemale|kratzer|gebrochene \w+)\b "
        r"(?:\w+ ){0,6}(?:von ihm|von ihr|weil er|weil sie|als er|als sie|nachdem er"
        r"|nachdem sie|wo er|wo sie)\b"
        r"|\b(?:hinuntergestossen|runtergestossen|heruntergestossen|hinabgestossen)\b"
        r"|\bso fest (?:\w+ ){0,2}dass ich (?:\w+ )?(?:blaue flecken|blutergüsse|hämatome|striemen"
        r"|male)\b"
        r"|\bmit (?:der |einer )?klinge (?:\w+ ){0,3}(?:verletzt|geritzt|geschnitten)\b"
        r"|\bmir (?:\w+ ){0,2}(?:arme|beine|handgelenke|haut) (?:aufgeschnitten|aufgeritzt)\b"
        r"|\bverletze mich (?:selbst|selber)\b",
    ),
)

ES = Family(
    "es.violence.injury",
    "violence",
    (
        r"\b(?:moretones|moretón|moratones|moratón|ojo morado|ojos morados|cardenales|marcas"
        r"|heridas|sangraba|sangrando|labio partido|costilla rota|nariz rota)\b (?:\w+ ){0,6}"
        r"(?:por su culpa|de cuando (?:me|el|ella)|por (?:el|ella)|de (?:el|ella)|que me (?:hizo"
        r"|dejo)|desde que me|despues de que me)\b"
        r"|\btan fuerte (?:\w+ ){0,2}que (?:me )?(?:dejo|quedaron|tengo|salieron) (?:\w+ )?"
        r"(?:marcas"
        r"|moretones|moratones|cardenales)\b",
    ),
)

FR = Family(
    "fr.violence.injury",
    "violence",
    (
        r"\b(?:bleus?|(?:oeil|œil|yeux) au beurre noir|cocards?|coquards?|hématomes?|marques"
        r"|traces|saignais|saigne|saignait|lèvre fendue|côte cassée|nez cassé)\b (?:\w+ ){0,6}"
        r"(?:a cause de (?:lui|elle)|de (?:lui|elle)|la ou (?:il|elle)|quand (?:il|elle)"
        r"|depuis quil|apres quil|quil ma)\b"
        r"|\bsi fort (?:\w+ ){0,2}que (?:jai|jen ai|ca a laisse|il ma laisse) (?:des )?(?:marques"
        r"|bleus|traces)\b"
        r"|\b(?:trainee?|attrapee?|saisie?|tenue?) par (?:les cheveux|le cou|la gorge)\b",
    ),
)

PT = Family(
    "pt.violence.injury",
    "violence",
    (
        r"\b(?:hematomas?|roxos?|roxas?|olho roxo|marcas|manchas roxas|sangrando|sangrou"
        r"|sangrei|lábio cortado|costela quebrada|nariz quebrado)\b (?:\w+ ){0,6}(?:por causa"
        r" dele|por causa dela|dele|dela|de quando ele|de quando ela|quando ele|depois que ele"
        r"|depois que ela|que ele me)\b"
        r"|\bmãos? (?:no meu pescoço|na minha garganta|em volta do meu pescoço)\b"
        r"|\btão forte (?:\w+ ){0,2}que (?:ficou marcado|ficaram marcas|fiquei roxa|ficou roxo"
        r"|deixou marcas|fiquei marcada)\b",
    ),
)

RU = Family(
    "ru.violence.injury",
    "violence",
    (
        r"\b(?:синяк\w*|фингал\w*|ссадин\w*|кровоподтек\w*|шла кровь|кровь|следы|перелом\w*)"
        r"(?: \w+){0,6} (?:из за него|из за нее|от него|от нее|где он|где она|когда он"
        r"|когда она|после того как он|после того как она)\b"
        r"|\b(?:сжал|сдавил|душил|сжимал|сдавливал) (?:мне |меня за )?(?:шею|горло)\b"
        r"|\bтак сильно (?:\w+ ){0,4}что остал\w* (?:синяки|следы|синяк)\b",
    ),
)

FAMILIES: Final = (EN, DE, ES, FR, PT, RU)

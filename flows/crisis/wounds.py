"""Injuries named by what was done, in six languages (safety4).

- A bone someone broke: "he broke two of my ribs", "er hat mir das Handgelenk
  gebrochen", "me rompió la muñeca" (any bone a person names; "broke my heart" is
  not a bone).
- Burns: boiling water, hot coffee or oil thrown or poured at someone, being burned.
- A head slammed into furniture or a wall, by him or her ("je me cogne la tête"
  alone is clumsiness, so a subject is required where the verb is also reflexive).
- The cover story: he told the hospital I fell; I had to say I walked into a door.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import Family, alt
from flows.crisis.lang_en_words import PARTNER_NOUN

_WHO_EN: Final = alt("he|she|they", rf"my {PARTNER_NOUN}")
_BONE_EN: Final = alt(
    "wrist|wrists|arm|nose|ribs?|jaw|finger|fingers|hand|leg|ankle|collarbone|cheekbone"
    "|tooth|teeth|eye socket|shoulder|toe|toes|elbow|skull|thumb|knee|foot|back|hip"
)
# Where a cover story is told: "he told the hospital I fell" (telling his mum is not).
_OFFICIALS_EN: Final = alt(
    "hospital|doctor|doctors|nurse|nurses|er|a e|ae|police|cops|paramedics|school|teacher"
    "|triage|gp|receptionist|my boss|my work|everyone|social worker|midwife"
)
# "Sin querer", "by accident" said right after a burn: an accident in the kitchen.
_NOT_AN_ACCIDENT: Final = (
    r"(?!(?: \w+){0,4} (?:sin querer|sem querer|sans faire expres|sans le vouloir|por accidente"
    r"|por acidente|par accident|by accident|accidentally)\b)"
)
_HOT_EN: Final = alt("boiling|hot|scalding|steaming|burning")
_LIQUID_EN: Final = alt("water|coffee|tea|oil|soup|kettle|pan|pot|fat")
_FELL_EN: Final = alt(
    r"fell(?! asleep| for| in love| behind)(?: off| down| over)?|tripped|slipped|walked into"
    r"|ran into|bumped into|was clumsy"
    r"|had an accident"
)

EN = Family(
    "en.violence.wound",
    "violence",
    (
        r"\b" + _WHO_EN + r" (?:\w+ )?(?:broke|fractured|cracked|dislocated|snapped) "
        r"(?:(?:\w+ ){1,3}(?:of )?my (?:\w+ )?"
        + _BONE_EN
        + r"|my (?:left |right |little |\w+ )"
        + _BONE_EN
        + r"|my (?:hand|leg|ankle|toes?|elbow|skull|thumb|knee|foot|back|hip|shoulder))\b",
        r"\b(?:threw|throws|poured|pours|tipped|splashed|flung|chucked|dumped|spilled|spilt)"
        r" (?:\w+ ){0,3}" + _HOT_EN + " " + _LIQUID_EN + r" (?:at|on|over|onto|in) (?:me|my)\b"
        r"|\b" + _WHO_EN + r" (?:\w+ )?(?:burned|burnt|scalded|burns|scalds) (?:me|my \w+)"
        r" (?:with|on|using)\b" + _NOT_AN_ACCIDENT,
        r"\b"
        + _WHO_EN
        + r" (?:\w+ )?(?:slam|slams|slammed|smash|smashes|smashed|bang|bangs|banged|bash|bashes"
        r"|bashed|knocked|knocks|rammed|rams|threw|throws|shoved|shoves) "
        + alt(r"(?:my|me by my) (?:head|face) (?:\w+ ){1,2}", "me head first ")
        + r"(?:against|into|on|off) (?:the|a|our|my) ",
        r"\b"
        + _WHO_EN
        + r" (?:told|tells|said to|told them at) (?:\w+ ){0,2}"
        + _OFFICIALS_EN
        + r" (?:\w+ ){0,2}(?:that )?i "
        + _FELL_EN
        + r"\b|\b(?:had to|have to|made me|makes me|got to|told me to) (?:say|tell \w+|pretend"
        r"|lie and say)"
        r" (?:\w+ ){0,3}(?:that )?i " + _FELL_EN + r"\b",
    ),
)

_BONE_DE: Final = alt(
    "handgelenk|arm|nase|rippe|rippen|kiefer|finger|hand|bein|knöchel|schlüsselbein"
    "|jochbein|zahn|zähne|schulter|ellbogen|fuß|zeh|zehen|daumen"
)

DE = Family(
    "de.violence.wound",
    "violence",
    (
        r"\b(?:er|sie|mein freund|mein mann|meine frau|meine freundin|mein ex) (?:hat|hatte) mir"
        r" (?:\w+ ){0,4}(?:den|das|die|ein|eine|einen|zwei|drei|mehrere) (?:\w+ )?"
        + _BONE_DE
        + r"\w* (?:\w+ )?(?:gebrochen|angebrochen|ausgekugelt|ausgeschlagen)\b"
        r"|\b(?:hat|hatte) (?:er|sie) mir (?:\w+ ){0,4}" + _BONE_DE + r"\w* (?:\w+ )?"
        r"(?:gebrochen|angebrochen|ausgekugelt|ausgeschlagen)\b",
        r"\b(?:kochend|heiss|siedend)\w* (?:wasser|kaffee|tee|öl|fett|suppe) (?:\w+ ){0,2}"
        r"(?:nach|auf|über|gegen|ins gesicht) (?:mich|mir|meinen|meine|mein)\b"
        r"|\b(?:er|sie) (?:hat|hatte) mich (?:\w+ ){0,4}(?:verbrannt|verbrüht)\b"
        r"|\b(?:er|sie) (?:hat|hatte) (?:mir |mich )?(?:\w+ ){0,2}(?:kochend|heiss|siedend)\w*"
        r" (?:wasser|kaffee|tee|öl|fett|suppe) (?:\w+ ){0,3}(?:gegossen|geschüttet|gekippt"
        r"|geworfen|geschmissen|geschleudert)\b",
        r"\b(?:knall|schlag|schläg|schlug|hau|stoss|stiess|ramm|schmeiss|drück|donner)\w* "
        r"(?:\w+ ){0,2}"
        r"(?:meinen|mein|mit meinem) kopf (?:\w+ )?(?:gegen|an|auf|in) (?:den|die|das|dem|der"
        r"|eine|einen|unsere|unseren)\b"
        r"|\b(?:er|sie) (?:hat|hatte) (?:\w+ )?(?:meinen|mein) kopf (?:\w+ ){0,2}"
        r"(?:gegen|an|auf|in)"
        r" (?:\w+ ){1,3}(?:geschlagen|geknallt|gehauen|gestossen|gerammt|geschmettert|gedonnert)\b",
        r"\b(?:er|sie) (?:hat|hatte) (?:\w+ ){0,4}gesagt (?:dass )?ich (?:\w+ ){0,4}\w*"
        r"(?:gefallen|gestürzt|gestolpert|ausgerutscht|gelaufen)\b"
        r"|\b(?:musste|muss|sollte|soll) (?:\w+ ){0,3}sagen (?:dass )?ich (?:\w+ ){0,4}\w*"
        r"(?:gefallen|gestürzt|gestolpert|ausgerutscht|gelaufen)\b",
    ),
)

_BONE_ES: Final = alt(
    "muneca|brazo|nariz|costillas?|mandibula|dedos?|mano|pierna|tobillo|clavicula"
    "|diente|dientes|pomulo|hombro|codo|pie|rodilla|craneo"
)

ES = Family(
    "es.violence.wound",
    "violence",
    (
        r"\bme (?:rompio|fracturo|quebro|partio|disloco|ha roto|ha fracturado|rompieron)"
        r" (?:\w+ ){0,2}(?:la|el|los|las|dos|tres|una|un) (?:\w+ )?" + _BONE_ES + r"\b",
        r"\bme (?:tiro|echo|lanzo|arrojo|vacio|volco|derramo|tira|echa|lanza|arroja) (?:\w+ )?"
        r"(?:agua|cafe|te|aceite|sopa|leche) (?:hirviendo|caliente|hirviente|ardiendo)\b"
        r"|\b(?:el|ella|mi novio|mi novia|mi marido|mi esposo|mi mujer|mi pareja) me quem"
        r"(?:o|aba|a) (?:\w+ )?con\b"
        + _NOT_AN_ACCIDENT
        + r"|\bme quem(?:o|aba) con (?:\w+ )?(?:cigarro|cigarrillo|colilla|mechero|encendedor)\b",
        r"\bme (?:estampa|estampo|estampaba|estrella|estrello|estrellaba|azota|azoto|azotaba"
        r"|choca|aplasta|revienta|revento) (?:la cabeza"
        r"|la cara) (?:contra|en) (?:el|la|los|las|un|una|mi)\b",
        r"\b(?:el|ella) (?:\w+ ){0,4}dijo (?:\w+ ){0,3}que me (?:cai|tropece|resbale|golpee|cai de"
        r"|choque con)\b"
        r"|\b(?:tuve|tengo|tendre) que (?:decir|inventar|contar) (?:\w+ ){0,2}que me (?:cai"
        r"|tropece|resbale|golpee|choque con)\b"
        r"|\b(?:dijo|conto|explico) (?:en el hospital|en urgencias|en la guardia|al medico|a la"
        r" medica|a la policia|a la enfermera|en la clinica) que me (?:cai|tropece|resbale"
        r"|golpee|choque con)\b",
    ),
)

_BONE_FR: Final = alt(
    "poignet|bras|nez|cotes?|machoire|doigts?|main|jambe|cheville|clavicule|dents?"
    "|pommette|epaule|coude|pied|genou|crane|orteil"
)

FR = Family(
    "fr.violence.wound",
    "violence",
    (
        r"\b(?:il|elle|mon mari|mon copain|ma copine|ma femme|mon ex|mon conjoint) (?:ma|mont|me)"
        r" (?:casse|fracture|brise|cassee|pete|luxe|deboite)"
        r" (?:\w+ ){0,3}(?:le|la|les|deux|trois|une|un|l) (?:\w+ )?" + _BONE_FR + r"\b",
        r"\b(?:ma|mont|me) (?:jete|jetee|lance|lancee|balance|balancee|verse|renverse|envoye"
        r"|jette|lance|balance) (?:\w+ ){0,2}(?:de leau|du cafe|du the|de lhuile|de la soupe|leau"
        r"|le cafe|le the) (?:bouillant\w*|brulant\w*|chaud\w*)\b"
        r"|\b(?:il|elle) ma (?:brule|brulee|ebouillante|ebouillantee) (?:\w+ ){0,2}(?:avec|au|a la"
        r"|le|la|les)\b" + _NOT_AN_ACCIDENT,
        r"\b(?:il|elle) (?:me|ma|mavait) (?:\w+ )?(?:claque|claquee|fracasse|fracassee|ecrase"
        r"|ecrasee|cogne|cognee|projete|projetee|balance|balancee|tape|tapee) (?:la tete|le"
        r" visage|le crane|la figure) (?:contre|sur|dans)\b",
        r"\b(?:il|elle) a (?:dit|raconte|explique) (?:\w+ ){0,4}que (?:jetais|je suis|jsuis|je"
        r" me suis) (?:\w+ )?(?:tombee?|cognee?|glisse|glissee|pris une porte)\b"
        r"|\b(?:jai du|je dois|jai du leur|il ma fait) (?:dire|raconter) (?:\w+ ){0,2}que "
        r"(?:jetais|je suis|je me suis) (?:\w+ )?(?:tombee?|cognee?|glisse|glissee)\b",
    ),
)

_BONE_PT: Final = alt(
    "pulso|braco|nariz|costelas?|mandibula|dedos?|mao|perna|tornozelo|clavicula|dente"
    "|dentes|ombro|cotovelo|pe|joelho|cranio"
)

PT = Family(
    "pt.violence.wound",
    "violence",
    (
        r"\b(?:ele|ela|meu namorado|minha namorada|meu marido|minha mulher|meu ex) (?:\w+ )?"
        r"(?:me )?(?:quebrou|fraturou|partiu|deslocou|trincou) (?:\w+ ){0,2}(?:meu|minha|meus"
        r"|minhas|o meu|a minha|o|a|duas|dois|tres) (?:\w+ )?" + _BONE_PT + r"\b",
        r"\b(?:jogou|atirou|derramou|virou|tacou|despejou) (?:\w+ ){0,2}(?:agua|cafe|cha|oleo"
        r"|sopa|leite) (?:fervendo|quente|fervente|pelando) (?:em|na|no|sobre|pra cima de|ni)"
        r" ?(?:mim|minha|meu|cima)\b"
        r"|\bme (?:jogou|atirou|tacou|derramou) (?:\w+ )?(?:agua|cafe|cha|oleo) (?:fervendo"
        r"|quente|fervente|pelando)\b"
        r"|\b(?:ele|ela) me queim(?:ou|a|ava) (?:\w+ ){0,2}com\b" + _NOT_AN_ACCIDENT,
        r"\b(?:ele|ela) (?:\w+ )?(?:bate|bateu|batia|esmaga|esmagou|empurra|empurrou|joga|jogou"
        r"|taca|tacou|bate com|bateu com) (?:a )?(?:minha cabeca|minha cara|meu rosto)"
        r" (?:no|na|contra|em)\b",
        r"\b(?:ele|ela) (?:falou|disse|contou) (?:\w+ ){0,4}que eu (?:cai|tropecei|escorreguei"
        r"|bati|trombei)\b"
        r"|\b(?:tive|tenho|vou ter) que (?:dizer|falar|inventar|mentir) (?:\w+ ){0,2}que eu "
        r"(?:cai|tropecei|escorreguei|bati|trombei)\b",
    ),
)

RU = Family(
    "ru.violence.wound",
    "violence",
    (
        r"\b(?:он|она|муж|парень|жена|девушка|бывший|бывшая) (?:\w+ ){0,4}(?:сломал|сломала"
        r"|переломал|переломала|вывихнул|вывихнула|выбил|выбила) (?:мне )?(?:\w+ )?"
        r"(?:запясть\w*|рук\w*|нос|ребр\w*|челюст\w*|палец|пальц\w*|ног\w*|лодыжк\w*|ключиц\w*"
        r"|зуб\w*|плеч\w*|локоть|колен\w*)\b",
        r"\b(?:плеснул\w*|облил\w*|облила|вылил\w*|брызнул\w*|швырнул\w*|кинул\w*|выплеснул\w*)"
        r" (?:\w+ ){0,3}(?:кипятк\w*|кипят\w*|горяч\w* (?:водой|вод\w*|ча\w*|кофе|масл\w*"
        r"|суп\w*))\b"
        r"|\b(?:он|она|муж|парень|жена|девушка|бывший|бывшая) (?:\w+ )?(?:обжег|обжгла|прижег"
        r"|прижгла|ошпарил|ошпарила) (?:\w+ ){0,2}"
        r"(?:меня|мне)\b",
        r"\b(?:приложил|приложила|впечатал|впечатала|швырнул|швырнула|долбанул|долбанула|стукнул"
        r"|стукнула|ударил|ударила|бьет|бил|била|прикладывает|впечатывает) меня (?:\w+ )?"
        r"(?:головой|лицом) (?:об|о|обо|в|во|на)\b",
        r"\b(?:он|она) (?:\w+ ){0,3}сказал\w* (?:\w+ ){0,4}что я (?:упала|упал|споткнулась"
        r"|споткнулся|ударилась|поскользнулась|врезалась)\b"
        r"|\b(?:пришлось|пришлось мне|надо было|заставил|заставила) (?:\w+ ){0,2}(?:сказать"
        r"|соврать|говорить|врать) (?:\w+ )?что я (?:упала|упал|споткнулась|ударилась"
        r"|поскользнулась|врезалась)\b",
    ),
)

FAMILIES: Final = (EN, DE, ES, FR, PT, RU)

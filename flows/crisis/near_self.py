"""Self-harm said in unlisted words: concepts that meet in one short window.

Each rule names two or three concepts per language (see :mod:`flows.crisis.window`);
a rule fires when all of them occur within a few words of each other:

- ``height``: thinking or wondering + jumping + a bridge, roof, platform, ledge;
- ``crash``: thinking about + steering or throwing oneself into + a truck, a tree,
  oncoming traffic;
- ``dose``: "how many" + pills + what it would take ("would be enough", "to not wake");
- ``hoard``: saving or collecting + pills + "enough" or weeks of it;
- ``cut``: one's own cutting (a self or body word near it) + deeper;
- ``forever``: everything (the pain, life) + stopping or ending + for good;
- ``hopeless``: nothing makes sense or matters any more + wanting it to be over;
- ``end_all``: "I can't take it any more" or a day + ending everything;
- ``absence``: nobody would notice, everyone would be better + if I were gone;
- ``found``: a letter or note + "for when they find me";
- ``no_wake``: hoping + not waking up (de, es, pt: the other three languages have it
  as a phrase family).

Figures of speech still excuse a match that they cover (``flows.crisis.figures``).
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import Family
from flows.crisis.window import near, then

_PILLS: Final = {
    "en": r"pills?|tablets?|meds|medication|painkillers|sleeping pills|paracetamol|tylenol"
    r"|ibuprofen|xanax|valium|insulin|antidepressants|sleeping tablets",
    "de": r"\w*tabletten|pillen|medikamente|schmerzmittel|paracetamol|ibuprofen|medis",
    "es": r"pastillas|pildoras|medicamentos|medicinas|somniferos|calmantes|comprimidos"
    r"|antidepresivos|clonazepam|paracetamol",
    "fr": r"cachets|comprimes|medicaments|medocs|pilules|somniferes|doliprane|anxiolytiques"
    r"|antidepresseurs",
    "pt": r"remedios|comprimidos|pilulas|calmantes|medicamentos|rivotril|antidepressivos",
    "ru": r"таблет\w*|лекарств\w*|снотворн\w*|колес\w*|антидепрессант\w*",
}

_THINK: Final = {
    "en": r"think(?:ing)? (?:about|of)|thought (?:about|of)|wonder(?:ing)?(?: if| whether)?"
    r"|tempted to|want(?:ed)? to|urge to|imagin\w+|keep picturing|whether (?:i|to)",
    "de": r"denk\w*|überleg\w*|frag mich|frage mich|will|möchte|lust|drang",
    "es": r"pienso|pensando|pense|pensar|me pregunto|preguntandome|ganas de|quiero|quisiera",
    "fr": r"pense|penser|pensais|pensant|me demander|me demande|envie de|veux|voulais|tente",
    "pt": r"penso|pensando|pensei|pensar|me pergunto|vontade de|quero|queria",
    "ru": r"думаю|думала|думал|думать|хочется|хочу|тянет|мысли",
}

_JUMP: Final = {
    "en": r"jump(?:ing)?|leap(?:ing)?|step(?:ping)? off|throw(?:ing)? myself|let(?:ting)? go",
    "de": r"springe|springen|zu springen|runterspringe\w*|runterzuspringen|hinunterspringe\w*"
    r"|sprung|mich (?:runter|hinunter|herunter)?stürzen|mich fallen lassen",
    "es": r"tirarme|saltar|lanzarme|aventarme|arrojarme|dejarme caer",
    "fr": r"saute|sauter|me jeter|me lancer|me laisser tomber",
    "pt": r"pular|me jogar|saltar|me atirar|me lancar",
    "ru": r"прыгнуть|прыгать|прыгну|броситься|шагнуть|сброситься",
}

_HEIGHT: Final = {
    "en": r"bridge|roof|rooftop|platform|ledge|edge|balcony|cliff|tracks|overpass|car park"
    r"|top floor|floor|window",
    "de": r"brücke|dach|bahnsteig|gleis\w*|balkon|klippe|fenster|hochhaus|rand|parkhaus",
    "es": r"puente|techo|azotea|anden|vias|balcon|acantilado|ventana|edificio|cornisa",
    "fr": r"pont|toit|quai|rails|voies|balcon|falaise|fenetre|immeuble|rebord",
    "pt": r"ponte|telhado|terraco|plataforma|trilhos|varanda|sacada|janela|predio|penhasco",
    "ru": r"мост\w*|крыш\w*|платформ\w*|рельс\w*|балкон\w*|окн\w*|обрыв\w*|этаж\w*",
}

_CRASH: Final = {
    "en": then(
        r"turn(?:ing)?|steer(?:ing)?|swerv(?:e|ing)|driv(?:e|ing)|crash(?:ing)?|ram(?:ming)?"
        r"|veer(?:ing)?|throw(?:ing)? myself",
        r"into|under|in front of|off",
        r"(?:the |a |an )?(?:oncoming \w+|oncoming|lorry|truck|tree|wall|bus|train|traffic"
        r"|river|cliff|pillar|lamppost)",
        within=2,
    ),
    "de": then(
        r"in den gegenverkehr|gegen (?:einen|nen|den|ne|eine|die) (?:baum|lkw|laster|wand"
        r"|mauer|pfeiler|brückenpfeiler)|vor (?:einen|nen|den) (?:lkw|laster|zug|bus)",
        r"(?:zu )?(?:lenken|fahren|rasen|steuern|knallen|krachen|setzen|werfen|springen)",
        within=1,
    ),
    "es": then(
        r"meterme|estrellarme|estrellar el (?:coche|carro|auto)|tirarme|lanzarme|chocar"
        r"|echarme|aventarme|tirar el (?:coche|carro|auto)",
        r"(?:de frente )?(?:contra|debajo de|bajo|abajo de|delante de)",
        r"(?:un|el|una|la) (?:camion|arbol|muro|pared|tren|auto|coche|bus|colectivo|trailer)",
        within=1,
    ),
    "fr": then(
        r"foncer|me jeter|mecraser|ecraser la voiture|precipiter la voiture|percuter|me lancer"
        r"|rentrer",
        r"dans|contre|sous",
        r"(?:un|le|une|la) (?:camion|arbre|mur|train|voiture|bus|poids lourd|pilier|platane)",
        within=1,
    ),
    "pt": then(
        r"jogar o carro|bater o carro|me jogar|atirar o carro|enfiar o carro|jogar|bater",
        r"contra|embaixo de|debaixo de|na frente de|em",
        r"(?:um|o|uma|a) (?:caminhao|arvore|muro|parede|trem|onibus|carreta|poste)",
        within=1,
    ),
    "ru": then(
        r"вывернуть|врезаться|влететь|броситься|кинуться|направить машину|въехать",
        r"под|в|на",
        r"встречн\w*|грузовик\w*|фуру|поезд|дерево|стену|столб|отбойник|камаз\w*",
        within=1,
    ),
}

_HOW_MANY: Final = {
    "en": r"how many|how much",
    "de": r"wie viele|wieviele|wie viel|wieviel",
    "es": r"cuantas|cuantos",
    "fr": r"combien",
    "pt": r"quantos|quantas",
    "ru": r"сколько",
}

_WOULD_TAKE: Final = {
    "en": r"it would take|would it take|it takes to|would be enough|is enough to|enough to"
    r"|to not wake|to never wake|would kill|is lethal|is fatal|to be fatal|to overdose",
    "de": r"reichen würden|reichen wuerden|reichen würde|tödlich|nötig wären|braucht man um"
    r"|bräuchte ich um|um nicht mehr|nie mehr aufzuwachen|nicht mehr aufzuwachen",
    "es": r"hacen falta para|harian falta|se necesitan para|necesito para|bastan para|bastarian"
    r"|serian suficientes|para no despertar|para morir|mortal|letal",
    "fr": r"il faudrait|faudrait|suffiraient|suffirait|pour ne plus|pour plus me reveiller"
    r"|pour ne pas me reveiller|pour mourir|mortel\w*|letale?",
    "pt": r"precisa pra|precisa para|precisaria|seriam suficientes|bastam|bastariam"
    r"|pra nao acordar|para nao acordar|pra morrer|letal|mortal",
    "ru": r"нужно чтобы|надо чтобы|хватит чтобы|хватило бы|смертельн\w*|чтобы не проснуться"
    r"|чтобы умереть|чтобы уснуть навсегда",
}

_HOARD: Final = {
    "en": r"saving(?: up)?|saved(?: up)?|stockpil\w+|hoard\w*|collecting|putting aside"
    r"|setting aside|stashing|squirrel\w* away",
    "de": r"sammel\w*|sammle|gesammelt|horte\w*|gehortet|bunker\w*|gebunkert|spare|gespart",
    "es": r"guardando|juntando|acumulando|ahorrando|guardo|junto|acumulo|guarde|junte"
    r"|acumule",
    "fr": r"garde|gardé|accumule|accumulé|stocke|stocké|economise|met de cote|mets de cote"
    r"|mis de cote",
    "pt": r"guardando|juntando|acumulando|guardei|juntei|estocando|acumulei|guardo|junto",
    "ru": r"коплю|копила|копил|накопила|накопил|откладываю|откладывала|собираю|собрала"
    r"|запасаю|припрятала|прячу",
}

_ENOUGH: Final = {
    "en": r"enough|weeks|months|nearly have|almost have|a while now",
    "de": r"genug|reichen|wochen|monaten|monate",
    "es": r"suficientes?|bastantes|semanas|meses",
    "fr": r"de cote|assez|suffisamment|semaines|mois",
    "pt": r"suficiente|semanas|meses",
    "ru": r"достаточно|хватит|недел\w*|месяц\w*",
}

_CUT: Final = {
    "en": r"cut|cutting|cuts|sliced|carved|carving",
    "de": r"geschnitten|geritzt|schneide|ritze|schnitt|schnitte|ritzen",
    "es": r"cortes|cortarme|me corte|me corto|cortado|cortando",
    "fr": r"entaille\w*|coupe|coupee|coupure\w*|scarifi\w*|taillade\w*|lacere\w*",
    "pt": r"cortei|cortando|me corto|cortes|cortar",
    "ru": r"порезал\w*|резал\w*|режу|порезы",
}

# Whose cuts: a word for oneself or a body part near the cutting word ("the budget cuts
# will go deeper" is not about anyone's skin).
_SELF_OR_BODY: Final = {
    "en": r"i|im|me|my|myself|arms?|wrists?|thighs?|legs?|skin|stomach|hips?",
    "de": r"ich|mich|mir|mein\w*|arm|arme|armen|handgelenk\w*|oberschenkel\w*|bein\w*|haut|bauch",
    "es": r"me|mi|mis|yo|brazos?|munecas?|muslos?|piernas?|piel|barriga",
    "fr": r"je|me|moi|mon|ma|mes|bras|poignets?|cuisses?|jambes?|peau|ventre",
    "pt": r"eu|me|meu|minha|meus|minhas|bracos?|pulsos?|coxas?|pernas?|pele|barriga",
    "ru": r"я|себя|себе|мне|меня|мой|моя|мои|моих|рук\w*|запяст\w*|бедр\w*|ног\w*|кож\w*|живот\w*",
}

# Cutting words that already say whose skin: a relapse, a reflexive verb, "ritzen".
_OWN_CUT: Final = {
    "en": r"cut again|cutting again|cut myself|cutting myself",
    "de": r"geritzt|ritze|ritzen|schneide mich|geschnitten hab",
    "es": r"me corte|me corto|cortarme|volvi a cortarme",
    "fr": r"scarifi\w*|me suis coupee?|je me coupe|me couper",
    "pt": r"me cortei|me corto|me cortar",
    "ru": r"порезал(?:ась|ся)|режу себя|резала себя|резал себя",
}

_DEEPER: Final = {
    "en": r"deeper|too deep|so deep|deep this time",
    "de": r"tiefer|zu tief|so tief",
    "es": r"mas hond\w*|mas profund\w*|muy hond\w*|muy profund\w*|demasiado hond\w*",
    "fr": r"(?:de plus en )?plus profond\w*|trop profond\w*|si profond\w*",
    "pt": r"mais fund\w*|muito fund\w*|mais profund\w*",
    "ru": r"глубже|слишком глубоко|сильнее чем",
}

_ALL_STOP: Final = {
    "en": then(
        r"everything|it all|all of it|all this|the pain|life|my life|it",
        r"to stop|to end|to be over|stop|end|be over|stopped|ended",
        within=1,
    ),
    "de": then(
        r"alles|das alles|es|der schmerz|das leben|mein leben",
        r"aufhört|aufhoert|vorbei ist|endet|zu ende ist|ein ende hat|vorbei wäre|aufhören würde",
        within=2,
    ),
    "es": then(
        r"todo|esto|el dolor|la vida|mi vida",
        r"se acabe|termine|se termine|pare|acabe|se detenga",
        within=1,
    ),
    "fr": then(
        r"tout|ca|la douleur|la vie|ma vie",
        r"sarrete|se termine|finisse|cesse|sarreter",
        within=1,
    ),
    "pt": then(
        r"tudo|isso|a dor|a vida|minha vida",
        r"pare|acabe|termine|parasse|acabasse",
        within=1,
    ),
    "ru": then(
        r"всё|все|это|боль|жизнь",
        r"прекратилось|закончилось|кончилось|прекратится|закончится|прекратилась|закончилась",
        within=2,
    ),
}

_FOR_GOOD: Final = {
    "en": r"permanently|forever|for good|for ever|once and for all",
    "de": r"für immer|endgültig|ein für alle mal|für alle zeit",
    "es": r"para siempre|de una vez por todas|definitivamente",
    "fr": r"pour toujours|pour de bon|definitivement|une bonne fois|une fois pour toutes",
    "pt": r"pra sempre|para sempre|de vez|definitivamente",
    "ru": r"навсегда|насовсем|раз и навсегда|окончательно",
}

_HOPELESS: Final = {
    "en": r"nothing matters|nothing makes sense|no point in anything|whats the point|no way out"
    r"|theres no point|nothing left|nothing to live for",
    "de": r"(?:nix|nichts|alles) hat (?:mehr |keinen )?(?:keinen )?sinn|keinen sinn mehr"
    r"|sinnlos|kein ausweg|nichts mehr übrig",
    "es": r"nada tiene sentido|ya nada importa|nada importa|no tiene sentido nada"
    r"|no le veo sentido|no hay salida",
    "fr": r"plus rien (?:na|a) de sens|rien na (?:plus )?de sens|rien a plus de sens"
    r"|plus rien ne compte|rien ne compte|aucune issue|sert a rien",
    "pt": r"nada (?:mais )?faz sentido|nada (?:mais )?importa|sem saida|nao tem sentido",
    "ru": r"ничего (?:больше )?не имеет смысла|вс[её] бессмысленно|нет смысла|нет выхода"
    r"|ничего не важно",
}

_WANT_OVER: Final = {
    "en": r"done with (?:it all|all of it|everything|life|all this)|it (?:all )?to (?:end|stop"
    r"|be over)|end it|disappear",
    "de": r"vorbei ist|vorbei sein|ein ende|aufhört|aufhoert|schluss machen|schluss ist"
    r"|verschwinden",
    "es": r"se termine|se acabe|acabar con esto|terminar con esto|terminar con todo|desaparecer",
    "fr": r"se termine|sarrete|en finir|finisse|disparaitre",
    "pt": r"acabe|termine|pare|acabar com isso|sumir|desaparecer",
    "ru": r"закончилось|прекратилось|покончить|кончилось|исчезнуть",
}

_CANT_TAKE: Final = {
    "en": r"cant take (?:it|this)|cant do this|cant cope|had enough|cant anymore|cant handle it",
    "de": r"kann nicht mehr|halt(?:e)? (?:das|es) nicht mehr aus|hab genug|ertrag\w* (?:das|es)"
    r" nicht",
    "es": r"no aguanto mas|no puedo mas|ya no puedo|ya no aguanto|no soporto mas",
    "fr": r"jen peux plus|je nen peux plus|je tiens plus|je supporte plus|je ne tiens plus",
    "pt": r"nao aguento mais|nao consigo mais|nao suporto mais",
    "ru": r"больше не могу|не выдерживаю|сил больше нет|нет сил|не вынесу",
}

_END_ALL: Final = {
    "en": r"ending everything|end everything|ending it all|finish(?:ing)? (?:it all|everything)",
    "de": r"beende alles|allem ein ende|schluss mit allem|mach(?:e)? allem ein ende",
    "es": r"termino con todo|terminar con todo|acabo con todo|acabar con todo|lo termino todo"
    r"|acabo con todo esto",
    "fr": r"jarrete tout|arreter tout|tout arreter|jen finis|en finir avec tout|je mets fin a tout",
    "pt": r"acabo com tudo|acabar com tudo|termino com tudo|terminar com tudo|dou fim a tudo",
    "ru": r"покончу со всем|покончить со всем|покончу с этим|закончу вс[её]|закончить вс[её]",
}

_OTHERS: Final = {
    "en": then(
        r"nobody|no one|noone|ppl|people|everyone|everybody|anyone|they|my family",
        r"would|wouldnt|wud|d|will|wont",
        r"notice|care|miss me|be happier|be fine|be relieved|be better|be easier",
        within=2,
    ),
    "de": r"für alle|allen|keiner|niemand|keinem|niemandem|(?:wär|wäre|wärs|ist) \w+ (?:einfacher"
    r"|besser|leichter)",
    "es": r"a nadie|nadie|todos|a todos|todo el mundo|seria mas facil|estarian mejor",
    "fr": r"personne|tout le monde|tous|ca serait plus simple|ca serait mieux|seraient mieux",
    "pt": r"ninguem|todo mundo|todos|seria mais facil|ficariam melhor",
    "ru": r"никто|всем|все|никому",
}

_IF_GONE: Final = {
    "en": r"if i (?:was|were) (?:gone|not here|not around|dead)|if i (?:disappeared|vanished"
    r"|stopped existing|wasnt here|wasnt around|werent here|died)",
    "de": r"wenn ich (?:\w+ )?(?:weg wär|weg wäre|weg bin|nicht mehr da wär|nicht mehr da wäre"
    r"|nicht mehr wäre|verschwinden würde|verschwinde|tot wär|tot wäre|nicht mehr lebe)",
    "es": r"si (?:un dia )?(?:ya no estoy|ya no estuviera|desapareciera|desaparezco|me muero"
    r"|me muriera|no estuviera|dejo de existir)",
    "fr": r"si je (?:disparaissais|netais plus la|mourais|nexistais plus|partais pour de bon)",
    "pt": r"se eu (?:sumisse|desaparecesse|morresse|nao estivesse mais|nao existisse)",
    "ru": r"если бы я (?:\w+ )?(?:исчезла|исчез|умерла|умер)|если бы меня не было"
    r"|если меня не станет",
}

_NOTE: Final = {
    "en": r"letters?|notes?|messages?|videos?",
    "de": r"brief|briefe|zettel|nachricht|notiz",
    "es": r"carta|cartas|nota|notas|mensaje",
    "fr": r"lettre|lettres|mot|message",
    "pt": r"carta|cartas|bilhete|recado|mensagem",
    "ru": r"письмо|письма|записк\w*",
}

_FIND_ME: Final = {
    "en": r"(?:for )?when (?:they|someone|somebody|you|people) finds? me|when im found"
    r"|after im found",
    "de": r"wenn (?:sie|man|ihr|jemand) mich finde\w*",
    "es": r"(?:para )?cuando me (?:encuentren|hallen|encuentres)",
    "fr": r"(?:pour )?quand (?:ils|on|vous) me trouver\w*",
    "pt": r"(?:pra |para )?quando me (?:acharem|encontrarem)",
    "ru": r"(?:на случай )?(?:если|когда) меня найдут",
}

_NO_WAKE: Final = {
    "de": then(
        r"hoffentlich|ich hoffe|hoff|wünschte|wünsch mir|wär schön wenn",
        r"nicht mehr (?:auf|aufwache|aufwachen|aufzuwachen)|nie (?:mehr|wieder) (?:auf|aufwache"
        r"|aufwachen)",
        within=4,
    ),
    "es": r"\bojala (?:que )?(?:(?:mañana|manana|ya|hoy|esta noche) )?no (?:me )?(?:despierte"
    r"|vuelva a despertar\w*)\b",
    "pt": r"\b(?:tomara|espero|queria|quem dera) (?:que )?(?:eu )?(?:nao acorde|nao acordar"
    r"|nunca mais acorde|nao acordasse)\b",
}

_CODES: Final = ("en", "de", "es", "fr", "pt", "ru")


def _family(code: str, rule: str, pattern: str) -> Family:
    return Family(f"{code}.near.{rule}", "self_harm", (pattern,))


def _rules(code: str) -> tuple[Family, ...]:
    rules = [
        _family(code, "height", near(_THINK[code], _JUMP[code], _HEIGHT[code], within=4)),
        _family(code, "crash", then(_THINK[code], _CRASH[code], within=3)),
        _family(code, "dose", then(_HOW_MANY[code], _PILLS[code], _WOULD_TAKE[code], within=4)),
        _family(code, "hoard", then(_HOARD[code], _PILLS[code], _ENOUGH[code], within=4)),
        _family(
            code,
            "cut",
            then(
                f"{_OWN_CUT[code]}|{near(_SELF_OR_BODY[code], _CUT[code], within=3)}",
                _DEEPER[code],
                within=6,
            ),
        ),
        _family(code, "forever", then(_ALL_STOP[code], _FOR_GOOD[code], within=2)),
        _family(code, "hopeless", then(_HOPELESS[code], _WANT_OVER[code], within=8)),
        _family(code, "end_all", then(_CANT_TAKE[code], _END_ALL[code], within=4)),
        _family(code, "absence", then(_OTHERS[code], _IF_GONE[code], within=4)),
        _family(code, "found", then(_NOTE[code], _FIND_ME[code], within=8)),
    ]
    if code in _NO_WAKE:
        rules.append(_family(code, "no_wake", _NO_WAKE[code]))
    return tuple(rules)


FAMILIES: Final[tuple[Family, ...]] = tuple(f for code in _CODES for f in _rules(code))

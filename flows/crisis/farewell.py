"""Getting ready to go, said without a danger word, in six languages (safety4).

- A burden "not much longer", "soon you won't have to deal with me".
- Affairs put in order for someone else: who takes the pet, the passwords written
  down "for you". Arranging the dog for a holiday is ordinary: a time or a trip after
  the arrangement ("while we're away", "this weekend") excuses it.
- Pills laid out, lined up, spread out, and the person looking at them.
- A blade kept "for bad days" (in a phone case, a wallet, a drawer).
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import Family, alt

# A pet, a plant or the children someone will have to take over.
_KEPT_EN: Final = alt("dog|dogs|cat|cats|pet|pets|plants|rabbit|bird|fish|kids|horse|puppy")
# Not a last arrangement when a trip or a time follows ("while we're in Spain").
_NOT_A_TRIP_EN: Final = (
    r"(?! (?:while|during|for the|for a|this|next|over|on|at|when we|when i|after the|in the"
    r"|until|till|tomorrow|tonight|for \w+ days|for \w+ weeks)\b)"
)

EN = Family(
    "en.self.farewell",
    "self_harm",
    (
        # A burden not much longer.
        r"\b(?:not|wont|no|never) (?:\w+ ){0,3}(?:a )?(?:burden|bother|problem|weight|drain)"
        r" (?:\w+ ){0,2}(?:much longer|for much longer|for long|much more|very long|for too long)\b"
        r"(?! (?:just|only|staying|were|we)\b)"
        r"|\bsoon (?:\w+ ){0,2}(?:(?:you|you all|you guys|everyone) (?:wont|will not|will never)"
        r"|(?:nobody|no one|none of you) (?:will|ll)?) ?(?:ever )?(?:have|has|need|needs) to"
        r" (?:deal with|put up with|worry about|look after|carry|take care of|bother with) me\b"
        # A habit is not a goodbye: "soon you won't have to deal with me snoring".
        r"(?! (?:snoring|moaning|complaining|nagging|singing|talking|asking|texting|calling"
        r"|whining|hogging|stealing|cooking|working|playing|leaving|in the morning)\b)",
        # Affairs in order.
        r"\b(?:sorted|sorted out|decided|arranged|figured out|worked out|settled|wrote down)"
        r" who (?:gets|takes|will take|will get|should get|keeps|will keep|looks after|will look"
        r" after) (?:the|my|our) " + _KEPT_EN + r"\b" + _NOT_A_TRIP_EN + r"|\b(?:wrote|written"
        r"|writing|left|put) (?:down )?(?:all )?(?:of )?my (?:passwords|pins|pin codes|logins)"
        r" (?:\w+ ){0,3}(?:for you|so you have|so youll have|so you can get into|for after)\b"
        r"(?!(?: \w+){0,6} (?:while|when) (?:im|i am|were|we are) (?:away|travelling|traveling"
        r"|abroad|on)\b)",
        # Pills laid out and looked at.
        r"\b(?:pills|tablets|meds|painkillers|sleeping pills) (?:\w+ ){0,6}(?:spread out|laid out"
        r"|lined up|in a row|in rows|counted out) (?:\w+ ){0,6}(?:looking|staring|look|stare"
        r"|keep looking|keep staring) at them\b",
        # A blade kept for bad days.
        r"\b(?:blade|blades|razor|razors|razor blade|razorblade|scalpel|box cutter|stanley"
        r" knife) (?:\w+ ){0,6}(?:for (?:the )?(?:bad|hard|rough|dark|worst|really bad) "
        r"(?:days|nights|times|moments|evenings)|for when it gets bad|just in case i need it)\b",
    ),
)

DE = Family(
    "de.self.farewell",
    "self_harm",
    (
        r"\b(?:nicht mehr lange|bald nicht mehr|nimmer lange|nicht mehr sehr lange) (?:\w+ ){0,2}"
        r"(?:zur last|eine last|ein klotz am bein|im weg)\b"
        r"|\bbald (?:\w+ ){0,2}(?:müsst|musst|müssen) (?:ihr |du |sie )?(?:euch |dich |sich )?"
        r"(?:nicht mehr|nie mehr) (?:\w+ )?(?:um mich|mit mir)\b",
        r"\b(?:geregelt|entschieden|festgelegt|ausgemacht|geklärt|aufgeschrieben) wer (?:\w+ )?"
        r"(?:den hund|die katze|die katzen|den kater|die pflanzen|die kinder|das kaninchen"
        r"|meine \w+|meinen \w+) (?:\w+ )?(?:nimmt|bekommt|kriegt|übernimmt|versorgt)\b"
        r"(?! (?:während|wenn wir|solange|am|im|übers|diese|nächste)\b)"
        r"|\b(?:dir|euch|für dich) (?:\w+ )?(?:alle )?(?:meine )?(?:passwörter|pins|zugangsdaten)"
        r" aufgeschrieben\b",
        r"\b(?:tabletten|pillen|schlaftabletten|medikamente) (?:\w+ ){0,6}(?:aufgereiht"
        r"|ausgebreitet|ausgelegt|nebeneinander|in einer reihe) (?:\w+ ){0,6}(?:schau|starr|guck)"
        r"\w* sie (?:an|mir an)\b"
        r"|\b(?:tabletten|pillen|schlaftabletten) (?:\w+ ){0,6}(?:liegen|liegt) (?:\w+ ){0,10}"
        r"(?:schau|starr|guck)\w* sie an\b",
        r"\b(?:rasierklinge|klinge|klingen|cutter|skalpell|teppichmesser) (?:\w+ ){0,6}für "
        r"(?:die )?(?:schlechte|schlechten|schlimme|schlimmen|dunkle|dunklen|harte|harten|miese"
        r"|miesen) (?:tage|nächte|momente|zeiten|abende)\b",
    ),
)

ES = Family(
    "es.self.farewell",
    "self_harm",
    (
        r"\b(?:carga|estorbo|molestia|peso) (?:\w+ ){0,2}(?:por mucho (?:mas|tiempo)|mucho tiempo"
        r" mas|por mucho mas tiempo|por poco tiempo mas)\b"
        r"|\bpronto (?:\w+ ){0,2}no (?:vas|van|vais|tendras|tendran|tendreis) (?:a tener )?que"
        r" (?:lidiar|cargar|aguantar|soportar|preocupar\w*|cuidar\w*) (?:conmigo|por mi|de mi)\b",
        r"\b(?:decidi|arregle|deje claro|deje dicho|organice|anote|resolvi) quien se (?:queda|va a"
        r" quedar|quedara) con (?:el|la|los|las|mi|mis) (?:\w+ )?(?:perro|perra|gato|gata|gatos"
        r"|plantas|hijos|ninos|conejo|perrito|gatito)\b"
        r"(?! (?:mientras|cuando|este|el finde|el fin|la semana|en las|en vacaciones|durante)\b)"
        r"|\b(?:te|les) (?:deje |he dejado )?(?:anote|apunte|escribi|deje) (?:\w+ )?(?:todas )?"
        r"(?:mis )?(?:contrasenas|claves|pines)\b",
        r"\b(?:pastillas|pildoras|somniferos|calmantes|medicamentos) (?:\w+ ){0,2}(?:en fila"
        r"|alinead[ao]s|extendid[ao]s|esparcid[ao]s|desparramad[ao]s|en hilera|ordenad[ao]s)"
        r" (?:\w+ ){0,6}(?:mirandol[ao]s|l[ao]s miro|l[ao]s estoy mirando|viendol[ao]s"
        r"|mirando l[ao]s)\b",
        r"\b(?:hoja de afeitar|cuchilla|cuchillas|navaja|cutter|bisturi) (?:\w+ ){0,6}para "
        r"(?:los |las )?(?:dias malos|malos dias|malas noches|noches malas|malos momentos"
        r"|momentos malos|dias dificiles)\b",
    ),
)

FR = Family(
    "fr.self.farewell",
    "self_harm",
    (
        r"\b(?:poids|fardeau|charge|boulet) (?:\w+ ){0,2}(?:pour longtemps|bien longtemps"
        r"|tres longtemps|encore longtemps)\b"
        r"|\bbientot (?:\w+ ){0,3}(?:debarrasses?|debarrassees?|plus a (?:vous |te )?(?:occuper"
        r"|supporter|gerer|soccuper) (?:de )?moi)\b",
        r"\b(?:regle|decide|organise|prevu|note) qui (?:prend|prendra|garde|gardera|recupere"
        r"|recuperera|soccupe|soccupera) (?:de )?(?:le|la|les|mon|ma|mes|du|des) (?:\w+ )?"
        r"(?:chien|chienne|chat|chats|chatte|plantes|enfants|lapin)\b"
        r"(?! (?:pendant|quand on|ce|cette|le weekend|la semaine|en vacances|demain)\b)"
        r"|\b(?:tai|vous ai|tavais|te laisse) (?:\w+ )?(?:note|ecrit|laisse) (?:tous )?(?:mes )?"
        r"(?:mots de passe|codes)\b",
        r"\b(?:cachets|comprimes|medicaments|pilules|somniferes) (?:\w+ ){0,2}(?:alignes|etales"
        r"|en rang|en ligne|disposes|prepares) (?:\w+ ){0,8}(?:les regarder|les regarde|les fixer"
        r"|les fixe)\b",
        r"\b(?:lame|lames|rasoir|cutter|scalpel) (?:\w+ ){0,6}pour les (?:mauvais|sales|pires"
        r"|durs) (?:jours|moments|soirs|nuits)\b",
    ),
)

PT = Family(
    "pt.self.farewell",
    "self_harm",
    (
        r"\b(?:peso|fardo|carga|estorvo) (?:\w+ ){0,2}(?:por muito tempo|por muito mais tempo"
        r"|por muito mais|muito tempo mais)\b"
        r"|\blogo (?:\w+ ){0,2}(?:nao vao|nao vai|ninguem vai) (?:mais )?(?:precisar|ter que)"
        r" (?:lidar|se preocupar|cuidar|aguentar) (?:comigo|de mim)\b",
        r"\b(?:resolvi|decidi|combinei|deixei combinado|deixei resolvido|anotei) quem (?:fica|vai"
        r" ficar|cuida|vai cuidar) (?:com|do|da|dos|das) (?:o |a |os |as |meu |minha |meus "
        r"|minhas )?(?:cachorro|cachorra|gato|gata|gatos|plantas|filhos|criancas|coelho)\b"
        r"(?! (?:enquanto|quando|esse|este|no fim|na semana|nas ferias|durante)\b)"
        r"|\banotei (?:\w+ ){0,2}(?:as )?(?:minhas )?senhas (?:\w+ )?(?:pra voce|para voce"
        r"|pra vc|pra ti)\b",
        r"\b(?:comprimidos|remedios|pilulas|calmantes) (?:\w+ ){0,2}(?:enfileirados|alinhados"
        r"|espalhados|em fila|separados|em fileira) (?:\w+ ){0,6}(?:olhando pra eles|olhando"
        r" para eles|olhando pra elas|encarando eles|olhando eles)\b",
        r"\b(?:lamina|laminas|gilete|estilete|navalha|bisturi) (?:\w+ ){0,6}(?:pros|para os|pra"
        r" os) dias (?:ruins|dificeis|pesados)\b",
    ),
)

RU = Family(
    "ru.self.farewell",
    "self_harm",
    (
        r"\b(?:недолго|не долго|скоро|уже скоро|совсем скоро) (?:\w+ ){0,3}(?:обуз\w*|в тягость)\b"
        r"|\bскоро (?:\w+ ){0,2}не (?:придется|надо будет|нужно будет) (?:\w+ )?"
        r"(?:со мной|мной|обо мне|за мной)\b",
        r"\b(?:решила|решил|договорилась|договорился|написала|написал) кто (?:\w+ )?"
        r"(?:заберет|возьмет|будет смотреть за|приютит|заберёт) (?:\w+ )?(?:собак\w*|кошк\w*"
        r"|кот\w*|цвет\w*|детей|хомяк\w*|попуга\w*)\b"
        r"(?! (?:пока|когда мы|на время|на выходные|на неделю|в отпуск)\b)"
        r"|\b(?:записала|записал|оставила|оставил) (?:\w+ )?(?:тебе|вам) (?:\w+ )?(?:все )?"
        r"(?:мои )?(?:пароли|пин\w*)\b",
        r"\b(?:таблет\w*|лекарств\w*|снотворн\w*) (?:\w+ ){0,2}(?:разложен\w*|выложен\w*|в ряд"
        r"|рядком|разложила|выложила|высыпала) (?:\w+ ){0,6}(?:смотрю на них|гляжу на них"
        r"|смотрю на таблетки)\b",
        r"\b(?:лезви\w*|бритв\w*|скальпел\w*|канцелярск\w* нож\w*) (?:\w+ ){0,6}на (?:плохие"
        r"|тяжелые|черные|худшие) (?:дни|вечера|моменты|времена|ночи)\b"
        r"|\b(?:лезви\w*|бритв\w*) (?:\w+ ){0,6}на черный день\b",
    ),
)

FAMILIES: Final = (EN, DE, ES, FR, PT, RU)

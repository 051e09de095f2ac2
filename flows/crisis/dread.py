"""Fear of the partner without the word "afraid" (safety6, ``fear``).

Rules per language:

- ``body``: trembling, a racing heart + when I hear his keys, his car, his voice, in
  either order (a racing heart "because I'm in love" stays quiet);
- ``not_home``: staying late at work, in the car + so I don't have to go home;
  not daring to go home;
- ``eggshells``: rehearsing sentences, walking on eggshells + so he doesn't explode;
  "I know what happens if dinner is late".
"""

from __future__ import annotations

from typing import Final

from flows.crisis.rules import families
from flows.crisis.window import near, then

_BODY: Final = {
    "en": near(
        r"(?:i|im) (?:start to |start |begin to )?(?:tremble|trembling|shake|shaking|freeze"
        r"|freezing)|my (?:heart|pulse) (?:races|starts racing|pounds|is racing)"
        r"|my hands (?:shake|start shaking|tremble)",
        r"(?:when|as soon as|whenever) (?:his|her) (?:car pulls up|key turns|keys turn|car is in"
        r" the drive)"
        r"|(?:when|as soon as|whenever) i hear (?:his|her) (?:keys|key|car|voice|footsteps|steps)"
        r"(?! (?:because|and smile|im so|i melt))",
        within=2,
    ),
    "de": near(
        r"(?:ich )?(?:zittere|zitter|erstarre)|mein herz rast",
        r"wenn ich (?:seinen|ihren|seine|ihre) (?:schlüssel|schritte|stimme|auto) (?:\w+ ){0,2}"
        r"(?:höre|hore)"
        r"(?! (?:so verliebt|vor freude|vor glück|weil ich (?:ihn|sie) liebe))",
        within=2,
    ),
    "es": near(
        r"(?:tiemblo|me tiembla todo|me congelo|empiezo a temblar)|se me acelera el corazon",
        r"cuando (?:escucho|oigo) (?:sus|su) (?:llaves|pasos|voz|auto)"
        r"|cuando (?:escucho|oigo) (?:el auto|los pasos|la voz|las llaves) de el",
        within=2,
    ),
    "fr": near(
        r"je tremble|je me fige|mon coeur sacce\w*",
        r"(?:quand|des que|lorsque) jentends (?:ses|sa|son) (?:cles|pas|voix|voiture)",
        within=2,
    ),
    "pt": near(
        r"(?:eu )?(?:tremo|congelo)|meu coracao dispara",
        r"quando (?:ouco|escuto) (?:as chaves|os passos|a voz|o carro) dele",
        within=2,
    ),
    "ru": near(
        r"(?:я )?(?:дрожу|трясусь|замираю)|сердце (?:колотится|бешено стучит)",
        r"когда слышу (?:его|ее) (?:ключи|шаги|голос|машину)",
        within=2,
    ),
}

_NOT_HOME: Final = {
    "en": r"\b(?:i |im )?(?:stay|staying|stayed|sit|sitting) (?:late )?(?:at work|in the car"
    r"|in the office|at the office) (?:late )?(?:\w+ ){0,2}so (?:that )?i dont have to (?:go home"
    r"|see him|face him)(?: to him)?\b|\bi dont dare (?:to )?go home\b",
    "de": r"\b(?:bleib|bleibe) (?:\w+ ){0,3}(?:im büro|auf der arbeit|im auto) (?:\w+ )?damit ich"
    r" nicht (?:heim|nach hause) muss\b",
    "es": r"\bme quedo (?:\w+ ){0,3}(?:en el trabajo|en la oficina|en el auto) (?:\w+ )?para no"
    r" (?:volver|ir|llegar) a casa\b|\bno me animo a volver a casa\b",
    "fr": r"\bje reste (?:\w+ ){0,2}(?:au bureau|au travail|dans la voiture) (?:\w+ )?pour (?:ne )?"
    r"pas (?:rentrer|le voir)\b|\bjose (?:pas|plus) rentrer\b",
    "pt": r"\bfico (?:\w+ ){0,3}(?:no trabalho|no escritorio|no carro) (?:\w+ )?(?:pra|para) nao"
    r" (?:voltar|ir) (?:pra|para) casa\b|\bnao tenho coragem de voltar pra casa\b",
    "ru": r"\bзадерживаюсь (?:\w+ ){0,2}(?:на работе|в офисе) (?:\w+ )?чтобы не (?:идти|ехать)"
    r" домой\b|\bбоюсь идти домой\b",
}

_EGGSHELLS: Final = {
    "en": then(
        r"(?:rehearse|practise|practice|plan) (?:every|each|my) (?:sentence|word|words|sentences)"
        r"|walking on eggshells",
        r"so (?:that )?(?:he|she) (?:doesnt|wont|does not) (?:explode|blow up|lose it|snap)",
        within=3,
    )
    + r"|\bi (?:start shaking|shake|tremble|start to shake) because i know (?:whats|what is)"
    r" coming\b"
    r"|\bi know what happens if (?:dinner|the food|the house|it) (?:is|isnt) (?:late|ready"
    r"|not ready|cold|a mess)\b(?! (?:the kids|the children|everyone|we|the baby|my mum))",
    "de": then(
        r"(?:übe|uebe|plane) (?:jeden|jedes) (?:satz|wort)|wie auf eiern",
        r"damit er nicht (?:explodiert|ausrastet|ausflippt)",
        within=3,
    )
    + r"|\bich weiss was passiert wenn das essen (?:zu spät|nicht fertig|kalt) ist\b",
    "es": then(
        r"ensayo (?:cada|las) (?:frase|frases|palabra)|caminando sobre huevos",
        r"para que no (?:explote|estalle|se enoje|se saque)",
        within=3,
    )
    + r"|\bse lo que pasa si la cena (?:llega tarde|no esta lista|esta fria)\b",
    "fr": then(
        r"je repete (?:chaque|mes) (?:phrase|phrases|mot)|marche sur des oeufs",
        r"pour quil (?:ne )?(?:explose|nexplose|senerve|sennerve|pete un cable) pas",
        within=3,
    )
    + r"|\bje sais ce qui se passe si le diner (?:est en retard|nest pas pret)\b",
    "pt": then(
        r"ensaio (?:cada|as) (?:frase|frases|palavra)|pisando em ovos",
        r"pra ele nao (?:explodir|surtar)|para ele nao (?:explodir|surtar)",
        within=3,
    )
    + r"|\bsei o que acontece se o jantar (?:atrasar|nao estiver pronto)\b",
    "ru": then(
        r"репетирую (?:каждую|каждое) (?:фразу|слово)|хожу как по минному полю",
        r"чтобы он не (?:взорвался|сорвался|разозлился)",
        within=3,
    )
    + r"|\bзнаю что будет если ужин (?:опоздает|не готов|будет не вовремя)\b",
}

FAMILIES: Final = families(
    "dread", "fear", {"body": _BODY, "not_home": _NOT_HOME, "eggshells": _EGGSHELLS}
)

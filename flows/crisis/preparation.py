"""Planned self-harm, in six languages: preparing to die, and seeing no way to go on.

Goodbye letters, belongings given away, pills set aside or "enough" of them, a life
taken "my own" way in any tense, no reason to live, "can't go on like this", and
hoping not to wake up. Each family is one or two patterns with many branches, so
that a phrasing nobody wrote down yet still falls under one of them.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import GAP1, GAP2, GAP3, Family, alt

_PILLS_EN: Final = alt("pills|tablets|meds|medication|painkillers|sleeping pills|pill")
_PILLS_DE: Final = alt("tabletten|pillen|medikamente|schlaftabletten")
_PILLS_ES: Final = alt("pastillas|píldoras|medicamentos|medicinas|somníferos|calmantes")
_PILLS_FR: Final = alt("cachets|comprimés|médicaments|pilules|somnifères")
_PILLS_PT: Final = alt("remédios|comprimidos|pílulas|calmantes|medicamentos")
_PILLS_RU: Final = alt(r"таблет\w*|лекарств\w*|снотворн\w*")

EN = Family(
    "en.self.prepare",
    "self_harm",
    (
        # Goodbyes written, belongings given away, pills set aside or lined up.
        r"\b(?:wrote|written|writing|write) (?:\w+ )?(?:letters|notes) (?:to|for) (?:everyone"
        r"|everybody|all of you|my family|the kids)\b"
        r"|\b(?:note|letter|message)s? (?:\w+ ){0,4}(?:explaining|saying|telling \w+) (?:why|that)"
        r" i (?:had to|have to|am going to|m going to|must|need to) (?:go|leave|do this|do it)\b"
        r"|\b(?:letters?|notes?|messages?|videos?) "
        + GAP2
        + r"(?:to say|saying|of) goodbye to "
        + alt("everyone|everybody|all|my|you all|the world|the kids|my family")
        + r"\b|\b(?:giv(?:e|es|ing|en)|gave) "
        + alt(
            "away " + GAP2 + r"my (?:things|stuff|belongings|possessions)",
            r"(?:all|most) (?:of )?my (?:things|stuff|belongings|possessions)",
            r"my (?:things|stuff|belongings|possessions) away",
        )
        + r"|\bhand(?:s|ed|ing)? (?:out|away) (?:all )?(?:of )?my (?:\w+ )?(?:clothes|books|things"
        r"|stuff|belongings|possessions|jewelry)\b"
        r"|\b(?:stash|stockpile|hoard|pile) of (?:\w+ )?"
        + _PILLS_EN
        + r"|\b"
        + _PILLS_EN
        + r"(?: \w+){0,4} (?:lined up|set aside|put aside|laid out|saved up|stashed away)\b"
        + r"|\b(?:set|put|laid|lined|saved|saving|stashed|setting|lining) (?:aside|up) "
        + GAP3
        + _PILLS_EN
        + r"\b|\benough "
        + GAP1
        + _PILLS_EN
        + r" (?:to|for) (?:die|do it|end it|kill|never|not wake|overdose|finish)",
        # No reason to live, done with life, can't go on like this.
        r"\bno (?:\w+ ){0,2}(?:reason|point|sense) "
        + GAP3
        + r"(?:to |in )?(?:live|living|keep living|stay alive|staying alive|be alive|being alive"
        r"|go on|going on|be here)\b(?! (?:in|at|with|near|there|here|abroad|together|on|by)\b)"
        r"|\b(?:dont|cant|do not|cannot|no longer) see (?:a|any|the) (?:reason|point|sense) "
        + GAP2
        + r"(?:to|in|of) (?:keep living|live|living|go on|going on|stay alive|be alive)\b"
        r"(?! (?:in|at|with|near|there|here|abroad|together)\b)"
        r"|\b(?:no|any) (?:\w+ )?(?:reason|point) (?:\w+ ){0,2}to (?:keep going|carry on|go on"
        r"|continue)(?=$| anymore| any more| at all| honestly| tbh)"
        r"|\b(?:done|finished) with (?:life|living|being alive|this life)\b"
        r"|\b(?:tired|sick|exhausted) of (?:being alive|living|life|existing)\b"
        r"(?! (?:in|with|at|like|on|out|together|here|there|alone|near|abroad|paycheck)\b)"
        r"|\b(?:after|when|once) im (?:gone|dead|not here|not around)\b(?! (?:on|for|to|at|in)\b)"
        r"|\b"
        + _PILLS_EN
        + r" (?:\w+ ){0,6}in case i (?:decide|do it|go through with|need to end)\b"
        r"|\bcheck(?:ing|ed)? out (?:for good|for ever|forever|permanently|of life)\b"
        r"|\bcant (?:go on|keep going|carry on|live) (?:like this|like that|this way)\b",
    ),
)

DE = Family(
    "de.self.prepare",
    "self_harm",
    (
        r"\babschieds?(?:brief|briefe|briefen|zeilen|nachricht|nachrichten|video)\b"
        r"|\bverschenk\w* (?:\w+ ){0,2}(?:alle|all) (?:\w+ )?(?:sachen|besitz|habseligkeiten)\b"
        r"|\b(?:geb\w*|gab\w*) (?:\w+ ){0,2}(?:alle )?meine (?:sachen|habseligkeiten) weg\b"
        r"|\bmeine (?:sachen|habseligkeiten|kleider|bücher) (?:\w+ ){0,3}(?:zu )?verschenk\w*"
        r"|\b(?:briefe?|zettel|nachricht) (?:\w+ ){0,5}(?:erklär\w*|schreibe) warum ich (?:gehe"
        r"|gehen muss|das tue|nicht mehr)\b"
        r"|\bvorrat (?:an|von) (?:\w+ )?"
        + _PILLS_DE
        + r"|\b"
        + _PILLS_DE
        + r" (?:\w+ ){0,2}versteckt\b"
        r"|\b"
        + _PILLS_DE
        + r"(?: \w+){0,3} (?:zur seite gelegt|beiseite gelegt|beiseitegelegt|gehortet"
        r"|liegen (?:\w+ )?bereit|bereitgelegt|angespart)\b"
        r"|\b(?:springe|spring|springt|sprang) (?:\w+ ){0,2}(?:von|vor|aus) (?:der|die|dem|den"
        r"|einer|einem) (?:\w+ )?(?:brücke|dach|hochhaus|balkon|fenster|klippe|zug|turm)\b",
        r"\b(?:kann|schaffe|schaff) (?:\w+ ){0,2}nicht mehr weiter(?:machen|leben)?\b"
        r"|\bso nicht mehr (?:leben|weiterleben|weitermachen)\b"
        r"|\bkeinen (?:sinn|grund) mehr (?:im leben|zu leben|weiterzuleben|weiterzumachen)\b"
        r"|\b(?:müde|satt|mude) (?:vom|des) leben\w*\b|\blebensmüde\b"
        r"|\bwenn ich nicht mehr (?:da|hier|am leben) bin\b"
        r"|\b" + _PILLS_DE + r" (?:\w+ ){0,4}falls ich es (?:\w+ )?(?:tue|mache|durchziehe)\b"
        r"|\b(?:nehm\w*|nahm\w*|genommen) mir (?:\w+ ){0,3}das leben\b"
        r"|\bverschwinden (?:und nie wieder\w*|fur immer|fur alle zeit)\b",
    ),
)

ES = Family(
    "es.self.prepare",
    "self_harm",
    (
        r"\b(?:cartas?|notas?|mensajes?) de despedida\b|\bnotas? de suicidio\b"
        r"|\bregal\w* (?:\w+ )?tod[oa]s? (?:mis|lo que tengo)\b"
        r"|\b(?:dando|regalando|repartiendo|regale|di|doy) (?:\w+ )?tod[oa]s? (?:mi|mis) (?:ropa"
        r"|libros|cosas|pertenencias|joyas)\b"
        r"|\b(?:notas?|cartas?|mensajes?) (?:\w+ ){0,4}(?:explicando|diciendo) (?:por que|porque)"
        r" (?:me voy|me fui|lo hago|tengo que irme|me tengo que ir)\b"
        r"|\bescond\w* (?:\w+ ){0,3}"
        + _PILLS_ES
        + r"|\b(?:cuchillas?|navajas?|hojas? de afeitar|cuchillos?) (?:\w+ ){0,2}para "
        r"(?:cortarme|hacerme dano|matarme)\b"
        r"|\bpara cortarme\b(?! (?:el|la|las|los|un|una|mi)\b)"
        r"|\b"
        + _PILLS_ES
        + r"(?: \w+){0,2} suficientes\b|\bsuficientes "
        + _PILLS_ES
        + r"\b|\b(?:me|te|se) (?:\w+ ){0,3}quit\w* la vida\b|\bquitar(?:me|te|se) la vida\b"
        r"|\b(?:colgarme|ahorcarme)\b|\bme (?:hago dano|corto|quemo) "
        r"(?:cuando|a proposito|para|cada vez|siempre que)\b",
        r"\bno (?:\w+ ){0,4}(?:sentido|razon|motivo|pena) (?:\w+ ){0,2}(?:seguir (?:con vida"
        r"|viviendo|vivo|viva|adelante)|vivir)\b(?! (?:en|con|cerca|aqui|alli|juntos)\b)"
        r"|\bno (?:puedo|aguanto) (?:\w+ )?(?:seguir|continuar|vivir) (?:asi|de esta manera)\b"
        r"|\bno (?:\w+ ){0,2}(?:razon|motivo|sentido) (?:\w+ )?(?:para|de|a|en) "
        r"(?:seguir|continuar)(?=$| (?:asi|ya|mas)\b)"
        r"|\bno despert\w* (?:nunca|jamas|nunca mas|mas|manana)\b"
        r"|\bcansad[oa] de (?:vivir|estar viv[oa]|la vida|existir)\b"
        r"(?! (?:en|con|aqui|asi|sol[oa]|lejos|de)\b)"
        r"|\bcuando (?:yo (?:ya )?|ya (?:yo )?)no (?:este|exista|estare)\b"
        r"(?! (?:en|con|por|de|aqui en)\b)"
        r"|\b" + _PILLS_ES + r" (?:\w+ ){0,6}por si (?:me decido|lo hago|me animo)\b"
        r"|\b(?:irme|me voy|marcharme|me ire|me vaya) de este mundo\b",
    ),
)

FR = Family(
    "fr.self.prepare",
    "self_harm",
    (
        r"\b(?:lettres?|mots?|messages?) dadieu\b"
        r"|\b(?:donn\w*|distribu\w*) (?:\w+ ){0,2}(?:toutes|tous) mes (?:affaires|biens|choses)\b"
        r"|\bdistribu\w* (?:\w+ )?mes (?:vetements|livres|affaires|biens|bijoux)\b"
        r"|\b(?:lettres?|mots?|messages?) (?:\w+ ){0,5}(?:pour )?expliqu\w* pourquoi je (?:pars"
        r"|men vais|le fais|dois partir)\b"
        r"|\bcach\w* (?:\w+ ){0,3}"
        + _PILLS_FR
        + r"|\bpour me couper\b(?! (?:les|le|la|un|une|des)\b)"
        r"|\b"
        + _PILLS_FR
        + r"(?: \w+){0,3} de cote\b|\bde cote (?:\w+ ){0,2}"
        + _PILLS_FR
        + r"\b|\bassez de "
        + _PILLS_FR
        + r" pour\b|\bje me tue\b(?! (?:a|au|pour|de)\b)|\bme pendre\b",
        r"\b(?:plus|pas|aucune?) (?:de |d )?(?:raison|raisons|sens|interet) (?:de|a) "
        r"(?:vivre|continuer a vivre|rester en vie)\b"
        r"|\b(?:raison|sens|interet) de continuer(?=$| (?:ainsi|comme ca|a vivre)\b)"
        r"|\bfatiguee? de (?:vivre|la vie|exister|etre en vie)\b"
        r"(?! (?:a|au|dans|avec|ici|seule?|loin|en)\b)"
        r"|\bquand je ne serai plus (?:la|en vie|de ce monde)\b"
        r"|\b" + _PILLS_FR + r" (?:\w+ ){0,6}au cas ou je (?:me decide|le fais|passe a lacte)\b"
        r"|\b(?:sert a rien|pas la peine|aucun sens|plus envie) (?:\w+ ){0,2}(?:vivre"
        r"|continuer a vivre|rester en vie)\b"
        r"|\b(?:peux|peut|supporte) plus (?:continuer|vivre|avancer) (?:comme ca|ainsi"
        r"|comme cela)\b"
        r"|\b(?:ne (?:pas|plus|jamais)|veux pas|veux plus|jamais) me reveiller\b"
        r"(?! (?:trop|avant|a|au|en|avec|tot|tard|pour|si)\b)"
        r"|\bautant en finir\b|\ben finir (?:une bonne fois|pour de bon|ce soir|aujourdhui"
        r"|maintenant)\b",
    ),
)

PT = Family(
    "pt.self.prepare",
    "self_harm",
    (
        r"\b(?:cartas?|bilhetes?|mensagens?) de (?:despedida|suicidio)\b"
        r"|\b(?:dando|doando|dei|doei|dar|doar|distribuindo|distribui) (?:\w+ ){0,2}"
        r"tod[oa]s (?:as |os )?(?:minhas|meus) (?:coisas|pertences|roupas|livros|joias)\b"
        r"|\b(?:recados?|bilhetes?|cartas?|mensagens?) (?:\w+ ){0,4}explicando (?:por que|porque)"
        r" (?:vou embora|fui embora|fiz isso|vou fazer isso|eu vou)\b"
        r"|\b(?:para|pra) me cortar\b(?! (?:o|a|os|as|um|uma)\b)"
        r"|\b" + _PILLS_PT + r"(?: \w+){0,2} (?:suficientes|separados|juntados|escondidos)\b"
        r"|\b(?:separei|juntei|acumulei|escondi) (?:\w+ ){0,3}"
        + _PILLS_PT
        + r"\b|\btir(?:ar|o|ei|ou|ando|aria|e) (?:a )?minha (?:propria )?vida\b"
        r"|\b(?:vou|quero|queria|penso em|vontade de|para|pra) me enforcar\b"
        r"|\bme (?:machuco|corto|queimo) (?:quando|de proposito|para|pra|toda vez|sempre que)\b",
        r"\bnao (?:\w+ ){0,4}(?:sentido|motivo|razao|pena) (?:\w+ ){0,2}(?:continuar vivendo"
        r"|continuar viv[oa]|viver)\b(?! (?:em|com|perto|aqui|ali|juntos|la)\b)"
        r"|\bnao (?:consigo|aguento|posso) (?:mais )?(?:continuar|viver|seguir) (?:assim"
        r"|desse jeito|dessa forma)\b"
        r"|\bnao (?:acordar|levantar) (?:nunca mais|mais|amanha|nunca)\b"
        r"|\b(?:motivo|razao|sentido) (?:para|de|em|pra) continuar(?=$| (?:assim|vivendo)\b)"
        r"|\bcansad[oa] (?:de (?:viver|estar viv[oa]|existir)|da vida)\b"
        r"(?! (?:em|com|aqui|assim|sozinh[oa]|longe|no|na)\b)"
        r"|\bquando eu nao (?:estiver|existir) mais\b"
        r"|\b" + _PILLS_PT + r" (?:\w+ ){0,6}caso eu (?:decida|tenha coragem|faca isso)\b",
    ),
)

RU = Family(
    "ru.self.prepare",
    "self_harm",
    (
        r"\bпрощальн\w* (?:письм\w*|записк\w*)|\bпредсмертн\w* записк\w*"
        r"|\bразда\w* (?:\w+ ){0,2}(?:свои|мои|свою|мою) (?:вещи|одежду|книги|украшения)\b"
        r"|\bзаписк\w* (?:\w+ ){0,4}(?:объясня\w*|пишу) (?:\w+ )?почему (?:я )?(?:ухожу|ушла|ушел"
        r"|уйду|это сделал\w*)"
        r"|\b(?:накопил\w*|собрал\w*|припрятал\w*|коплю|запасл\w*|спрятал\w*) (?:\w+ ){0,2}"
        + _PILLS_RU
        + r"|\b(?:режу|режет|резала|резал|резать) (?:себе )?(?:\w+ )?(?:руки|вены|ноги"
        r"|запястья)\b|\bпричин\w* себе (?:боль|вред)\b",
        r"\bне (?:могу|хочу) (?:больше )?так жить\b|\bбольше не могу так\b"
        r"|\b(?:не|никогда не|не хочу (?:больше )?) ?(?:проснуться|проснусь|просыпаться)\b"
        r"(?! (?:вовремя|рано|к|от|без)\b)"
        r"|\b(?:уйти|уйду|уйдет) из жизни\b"
        r"|\bсмысла (?:\w+ )?(?:продолжать|жить дальше|жить)(?=$)"
        r"|\bустал\w* (?:\w+ )?(?:жить|от жизни)\b(?! (?:в|с|здесь|одн[аи]|вместе)\b)"
        r"|\bкогда меня не станет\b"
        r"|\b" + _PILLS_RU + r" (?:\w+ ){0,6}(?:на случай если|если) (?:я )?решусь\b",
    ),
)

FAMILIES: Final = (EN, DE, ES, FR, PT, RU)

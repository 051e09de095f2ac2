"""The same dangers about someone else (safety6): a sister, a friend, a flatmate.

The person asking for help needs the resources too, so the kinds stay the same.

- ``beaten`` (violence): her husband, boyfriend, ex beats or hits her ("beats her at
  tennis" stays quiet); she has bruises every Monday, every weekend;
- ``knife`` (threat): her ex held a knife to her throat;
- ``wants_to_die`` (self_harm): she wants to kill herself, "will sich umbringen", "se
  quiere matar", "veut se tuer", "quer se matar" (Russian families already read "хочет
  покончить с собой"); he is going to jump off the bridge, "se va a tirar del puente",
  "прыгнет с моста";
- ``edge`` (self_harm): a friend bought a rope and stopped answering, sits on a roof
  ledge, posted a last post and went offline, is locked in the bathroom with razor
  blades or pills.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import alt
from flows.crisis.rules import families

_BEATEN: Final = {
    "en": r"\b(?:husband|boyfriend|partner|ex|bf|fiance) (?:\w+ )?(?:beats|hits|punches|slaps"
    r"|chokes|batters|kicks|beat|hit|punched|slapped|choked|strangled|strangles|beat up|beats up"
    r"|kicked|shoved) (?:her|him)(?! (?:at|in|to|up the"
    r"|with (?:a |bad |his |her |terrible |dad )?(?:joke|jokes|puns"
    r"|questions|comments)))\b"
    r"|\b(?:has|had|turns up with|shows up with) (?:new |fresh )?bruises (?:every|each|after"
    r" every) (?:monday|weekend|week|time)\b",
    "de": r"\b(?:ihr|sein) (?:mann|freund|partner|ex) (?:\w+ )?(?:schlägt|verprügelt|würgt"
    r"|misshandelt) (?:sie|ihn)\b(?! (?:beim|im|in|bei))"
    r"|\b(?:wird|wurde) (?:\w+ ){0,2}von (?:ihrem|seinem) (?:mann|freund|partner|ex)"
    r" (?:\w+ )?(?:geschlagen|verprügelt|gewürgt|misshandelt)\b"
    r"|\bhat (?:\w+ )?(?:jeden|jedes|nach jedem) (?:montag|wochenende) (?:\w+ )?(?:blaue flecken"
    r"|hämatome|veilchen)\b",
    "es": r"\bla (?:golpea|golpeaba|golpeo|fajo|ahorca|ahorcaba|ahorco|maltrata) (?:su|el)"
    r" (?:novio|marido|esposo|pareja|ex)\b"
    r"|\ble (?:pega|pegaba|pego|golpea|golpeaba) (?:el|su) (?:marido|novio|esposo|pareja|ex)\b"
    r"|\b(?:su|el) (?:marido|novio|esposo|pareja|ex) (?:\w+ )?le (?:pega|pegaba|golpea|pego)"
    r"(?! (?:al|en el|en la) )\b"
    r"|\btiene (?:\w+ )?(?:moretones|moretes|marcas) (?:todos los|cada) (?:lunes|fines de semana"
    r"|fin de semana|semana)\b",
    "fr": r"\bse fait (?:\w+ )?(?:frapper|battre|taper|cogner) par son (?:mari|copain|mec|ex"
    r"|conjoint)\b"
    r"|\ba des bleus (?:tous les|chaque) (?:lundis?|week ends?|weekends?|semaines?)\b",
    "pt": r"\b(?:apanha|apanhava|apanhou) (?:\w+ )?do (?:marido|namorado|companheiro|ex)\b"
    r"|\b(?:aparece|chega) com (?:roxos|hematomas|marcas) (?:toda|todo|cada) (?:segunda|fim de"
    r" semana|semana)\b",
    "ru": r"\b(?:бьет|избивает|бил|избил) (?:ее |её )?(?:муж|парень|бывший|сожитель)\b"
    r"|\b(?:каждый|каждые|по) (?:понедельник\w*|выходн\w*) (?:\w+ )?синяк\w*\b",
}

_KNIFE: Final = {
    "en": r"\b(?:held|put|pressed|holds) a knife (?:to|against) (?:her|his) (?:throat|neck)\b",
    "es": r"\ble (?:puso|apoyo|puso un|apunto con un) (?:un )?cuchillo (?:en|contra) (?:el|la)"
    r" (?:cuello|garganta)\b",
    "fr": r"\blui a (?:mis|pose|colle) un couteau (?:sous|sur|contre) la (?:gorge|cou)\b",
    "pt": r"\b(?:colocou|encostou|pos) uma faca no pescoco dela\b",
    "ru": r"\bприставил\w* нож к (?:ее |её )?(?:горлу|шее)\b",
}

_EDGE: Final = {
    "en": r"\b"
    + alt(
        r"(?:bought|got) (?:a )?rope (?:\w+ ){0,3}(?:stopped answering|isnt answering|wont answer"
        r"|went offline|said goodbye|is not answering)",
        r"(?:is |s )?(?:sitting|standing) on (?:the )?(?:roof ledge|edge of the roof|ledge of the"
        r" roof|bridge railing|parapet)",
        r"(?:last|final) post (?:\w+ ){0,3}(?:went offline|isnt answering|phone is off|stopped"
        r" answering|not answering)",
        r"locked (?:herself|himself|themselves )?(?:in )?(?:the|her|his) (?:bathroom|room"
        r"|toilet) with (?:\w+ )?(?:razors|razor blades|blades|pills|a knife)",
    )
    + r"\b",
    "de": r"\b"
    + alt(
        r"(?:sich )?ein seil gekauft (?:\w+ ){0,3}(?:antwortet nicht|geht nicht ran|ist offline)",
        r"sitzt (?:\w+ ){0,3}(?:am dachrand|auf dem dach am rand|auf der brüstung"
        r"|am rand vom dach)",
        r"letzten post (?:\w+ ){0,3}(?:offline|antwortet nicht)",
        r"(?:im bad|im badezimmer) eingesperrt mit (?:\w+ )?(?:rasierklingen|klingen|tabletten)",
    )
    + r"\b",
    "es": r"\b"
    + alt(
        r"se compro una soga (?:\w+ ){0,3}(?:no contesta|no responde|se desconecto)",
        r"(?:esta|sentada|sentado) (?:sentad[ao] )?en (?:la cornisa|el borde de la terraza|el borde"
        r" del techo|la baranda del puente)",
        r"(?:ultimo|ultima) (?:post|publicacion) (?:\w+ ){0,3}(?:se desconecto|no contesta)",
        r"encerrad[ao] en el baño con (?:\w+ )?(?:hojas de afeitar|cuchillas|gillettes|pastillas)",
    )
    + r"\b",
    "fr": r"\b"
    + alt(
        r"achete une corde (?:\w+ ){0,3}(?:repond plus|ne repond pas|hors ligne)",
        r"(?:assise?|debout) (?:sur le rebord du toit|au bord du toit|sur le parapet)",
        r"dernier (?:post|message) (?:\w+ ){0,3}(?:hors ligne|deconnecte\w*|repond plus)",
        r"enferme\w* dans la salle de bain avec (?:des |ses )?(?:lames|rasoirs|medicaments"
        r"|cachets)",
    )
    + r"\b",
    "pt": r"\b"
    + alt(
        r"comprou uma corda (?:\w+ ){0,3}(?:nao responde|sumiu|ficou offline)",
        r"sentad[ao] (?:na beira do telhado|no parapeito do predio|na mureta do terraco)",
        r"ultimo post (?:\w+ ){0,3}(?:ficou offline|sumiu|nao responde)",
        r"trancad[ao] no banheiro com (?:\w+ )?(?:laminas|gilete|remedios|comprimidos)",
    )
    + r"\b",
    "ru": r"\b"
    + alt(
        r"купил\w* веревку (?:\w+ ){0,3}(?:не отвечает|пропал\w*|офлайн)",
        r"сидит (?:\w+ ){0,2}на краю крыши",
        r"последний пост (?:\w+ ){0,3}(?:не отвечает|офлайн|пропал\w*)",
        r"заперл\w* в ванной с (?:\w+ )?(?:лезвиями|бритвами|таблетками)",
    )
    + r"\b",
}

_WANTS_TO_DIE: Final = {
    "en": r"\b(?:wants|want|is going|is planning|plans|tried|threatens|threatened|keeps saying"
    r" she wants|keeps saying he wants) to (?:kill (?:herself|himself|themselves)|end (?:her|his"
    r"|their) (?:own )?life)\b"
    r"|\b(?:is going to|wants to|will|says hell|says shell|said hed|said shed) jump (?:off|from)"
    r" (?:the|a) (?:bridge|roof|balcony|building)\b",
    "de": r"\b(?:will|wollte|möchte|versucht|droht) sich (?:\w+ )?(?:umbringen|umzubringen"
    r"|das leben"
    r" (?:zu )?nehmen)\b|\bsich (?:\w+ )?umbringen (?:will|wollte|möchte)\b",
    "es": r"\bse (?:quiere|queria|va a|intento) (?:matar|suicidar|quitar la vida)\b"
    r"|\bquiere (?:matarse|suicidarse|quitarse la vida)\b"
    r"|\b(?:se va a|quiere) tirar (?:del|de la|desde el|desde la) (?:puente|techo|terraza|balcon"
    r"|edificio|azotea)\b",
    # "se tuer au travail" is working too hard.
    "fr": r"\b(?:veut|voulait|va|menace de|a essaye de) se (?:tuer|foutre en lair|jeter)\b"
    r"(?! (?:au travail|a la tache|au boulot|a force))"
    r"|\b(?:va|veut) sauter (?:du|de la|depuis le|depuis la) (?:pont|toit|balcon|fenetre"
    r"|immeuble)\b",
    "pt": r"\b(?:quer|queria|vai|ameacou|tentou) se (?:matar|suicidar)\b"
    r"|\b(?:vai|quer) pular (?:da|do) (?:ponte|telhado|predio|sacada|janela|viaduto)\b",
    "ru": r"\b(?:прыгнет|спрыгнет|хочет прыгнуть|собирается прыгнуть) (?:с|из) (?:моста|крыши|окна"
    r"|балкона)\b",
}

FAMILIES: Final = (
    *families("others", "violence", {"beaten": _BEATEN}),
    *families("others", "threat", {"knife": _KNIFE}),
    *families("others", "self_harm", {"edge": _EDGE, "wants_to_die": _WANTS_TO_DIE}),
)

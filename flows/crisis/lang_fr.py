"""French crisis phrase families and figures of speech.

Text arrives folded: accents dropped, apostrophes dropped, so "il m'a frappée" is
"il ma frappee", "j'ai peur" is "jai peur", "qu'il" is "quil", "m'étrangler" is
"metrangler".
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import GAP1, GAP2, Family, Language, alt

_PARTNER: Final = alt(
    "lui|elle|delle|mon (?:mari|copain|conjoint|compagnon|ex|partenaire|fiance|mec|chéri)"
    "|ma (?:femme|copine|conjointe|compagne|ex|partenaire|fiancee|meuf|chérie)"
)
_WANT: Final = alt(
    "veux|veut|voulais|voudrais|vais|allais|pense a|pensais a|penser a|envie de"
    "|essayer de|essaye de|tenter de|tente de|jvais|jveux|besoin de|prefere|prefererais"
    "|aimerais|devrais|finir par|compte|jpense a|veux juste|ai envie de|jai envie de"
)

SELF_WANT = Family(
    "fr.self.want",
    "self_harm",
    (
        r"\b"
        + _WANT
        + r" "
        + GAP2
        + r"me "
        + alt(
            "tuer",
            "suicider",
            "pendre",
            "flinguer",
            "noyer",
            "foutre en lair",
            "faire du mal",
            "scarifier",
            "taillader",
            "tirer une balle",
            "jeter "
            + GAP2
            + alt("pont|fenetre|train|metro|balcon|toit|immeuble|falaise|voiture|rer"),
        )
        + r"\b",
        r"\b"
        + _WANT
        + r" "
        + GAP1
        + alt(
            "mourir|crever|disparaitre pour toujours|disparaitre a jamais|en finir|plus vivre"
            "|ne plus vivre|pas vivre|plus exister|ne plus exister|ne plus me reveiller"
            "|plus me reveiller|dormir pour toujours|etre mort|etre morte|mouvrir les veines"
            "|en finir avec la vie"
        )
        + r"\b",
        r"\b(?:ne )?veux plus vivre\b|\bplus envie de vivre\b|\bplus (?:aucune )?raison de "
        r"vivre\b|\bpas envie de vivre\b|\bla vie na (?:plus )?(?:aucun|pas de|plus de) sens\b"
        r"|\bmarre de (?:la vie|vivre)\b",
        r"\b(?:d?en finir|mettre fin) (?:a |avec )?(?:la vie|ma vie|mes jours|tout ca|tout)\b"
        # "j'ai envie d'en finir": the elided "de" joins "en" ("den finir").
        r"|\b(?:envie|besoin|essayer|essaye|tenter|tente) den finir\b"
        r"|\bje me (?:fais|suis fait|suis faite) (?:du )?mal\b"
        r"|\bmettre fin a mes jours\b|\bfoutre en lair\b",
        r"\bsi (?:je nexistais pas|jetais morte?|je mourais|je disparaissais|jetais plus la|je "
        r"netais plus la)\b|\bmieux "
        + GAP2
        + r"sans moi\b|\b(?:serais|serait|etre) mieux mort[e]?s?\b"
        r"|\b(?:jaimerais|voudrais|aimerais|prefererais) " + GAP1 + r"etre mort[e]?\b",
        # "personne ne me regretterait": nobody would miss me.
        r"\bpersonne ne me (?:regretterait|manquerait|pleurerait|remarquerait)"
        r"(?! (?:au|a|en|dans|pendant|ce|si)\b)(?= |$)"
        r"|\bje ne manquerais a personne\b",
    ),
)

METHOD = Family(
    "fr.self.method",
    "self_harm",
    (
        r"\b(?:sauter|me jeter|je saute|jvais sauter|me balancer|sauterai) "
        + GAP1
        + alt("du|dun|de la|depuis|par la|sous le|sous un|dans le|devant un|devant le")
        + r" "
        + GAP1
        + alt("pont|balcon|toit|immeuble|fenetre|train|metro|rer|tgv|falaise|vide|camion|voiture")
        + r"\b",
        r"\b(?:toutes|tous) (?:mes|les|ces) "
        + GAP1
        + alt("cachets|pilules|medicaments|comprimes|somniferes")
        + r"\b",
        r"\b(?:boite|plaquette|plaquettes) (?:entiere |entieres )?(?:de |d)?"
        + alt("cachets|medicaments|comprimes|somniferes|doliprane|paracetamol")
        + r"\b",
        r"\bsurdose\b|\bscarif\w*|\bautomutil\w*|\b(?:taillade|ouvert|ouvrir|couper|coupe) "
        r"(?:les |mes )?(?:veines|poignets)\b",
    ),
)

_HIT: Final = alt(
    "frappe|frappait|frapper|bat|battait|cogne|cognait|gifle|giflait|pousse|poussait"
    "|bouscule|bousculait|tape|tapait|maltraite|maltraitait|secoue|secouait|brutalise"
    "|brutalisait|crache|tabasse|tabassait|defonce|massacre|etrangle|etouffe"
)
_HIT_PAST: Final = alt(
    "frappe|frappee|battu|battue|cogne|cognee|gifle|giflee|pousse|poussee|bouscule"
    "|bousculee|etrangle|etranglee|etouffe|etouffee|tape|tapee|maltraite|maltraitee"
    "|secoue|secouee|brutalise|brutalisee|enferme|enfermee|tabasse|tabassee|agresse"
    "|agressee|defonce|defoncee|menace|menacee"
)

HIT = Family(
    "fr.violence.hit",
    "violence",
    (
        r"\b(?:me|te|nous) " + _HIT + r"\b",
        r"\bm(?:etrangl|etouff|enferm|agress)\w*",
        r"\b(?:ma|mavait|mont|nous a|ma encore|ma deja|ma meme|ma encore une fois) "
        + _HIT_PAST
        + r"\b",
        r"\b(?:donne|donnait|donner|mis|mets|met|flanque|colle|recu|recois|prends|pris|"
        r"mettre|recevoir|mis des|file) "
        + GAP2
        + alt(
            "coups? de (?:poing|pied|tete|ceinture|couteau|genou)|des coups|une gifle|des gifles"
            "|une claque|des claques|une baffe|des baffes|une beigne|une raclee|une droite"
        )
        + r"\b",
        r"\bviolen(?:ce|ces) (?:conjugale|conjugales|domestique|domestiques|physique|physiques"
        r"|sexuelle|sexuelles)\b|\b(?:est|devient|etait|sest montre|devenu|devenue) "
        + GAP1
        + r"violent[e]?\b|\bviolent[e]? avec moi\b",
    ),
)

GRAB = Family(
    "fr.violence.grab",
    "violence",
    (
        r"\b(?:serre|serrait|serrer|prend|pris|prise|attrape|attrapee|tenu|tenue|tient|"
        r"empoigne|empoignee|saisi|saisie) "
        + GAP1
        + alt("le cou|la gorge|par le cou|par la gorge|par les cheveux|a la gorge|les cheveux")
        + r"\b",
        r"\btir\w* " + GAP1 + r"(?:les cheveux|par les cheveux)\b",
        r"\b(?:pousse|poussee|jete|jetee|plaque|plaquee|projete|projetee|balance|balancee|"
        r"cogne|cognee|ecrase|ecrasee|pousser|jeter|plaquer|traine|trainee) "
        + GAP1
        + alt(
            "contre le mur|contre la porte|contre le sol|par terre|au sol|dans les escaliers"
            "|contre la table|contre le frigo|contre le placard|dans lescalier"
        )
        + r"\b",
        r"\bmains (?:autour de|sur) (?:mon|ma) (?:cou|gorge|bouche)\b",
    ),
)

SEXUAL = Family(
    "fr.sexual",
    "sexual",
    (
        r"\bviol\b|\bviolee\b|\bvioler\b|\bviolees\b|\bmont violee\b",
        r"\b(?:force|forcee|oblige|obligee|contraint|contrainte|forcait|obligeait|force) "
        + GAP1
        + r"a "
        + alt(
            "coucher|avoir des relations|faire lamour|des rapports|avoir un rapport|des actes"
            "|le faire|avoir des rapports"
        )
        + r"\b",
        r"\bagress\w* sexuel\w*|\babus\w* sexuel\w*|\battouchements?\b|\babus(?:e|ee) de moi\b",
    ),
)

THREAT = Family(
    "fr.threat",
    "threat",
    (
        r"\bmenac\w* "
        + GAP2
        + alt(
            "de (?:me |m)?(?:tuer|frapper|faire du mal|buter|egorger|etrangler"
            "|prendre les enfants|crever)|avec un couteau|avec son couteau|avec une arme"
            "|avec un pistolet|avec un fusil|de mort"
        )
        + r"\b",
        r"\b(?:me|m) menac\w*",
        r"\b"
        + alt(
            "va|vas|allait|veut|voulait|voudrait|essaye|essaie|essayait|a essaye|pourrait|peut"
            "|finira par|risque|vais"
        )
        + r" (?:de )?(?:me |m)"
        + alt(
            "tuer|buter|frapper|etrangler|egorger|defoncer|crever|faire du mal|tabasser|cogner"
            "|planter|descendre"
        )
        + r"\b",
        r"\bme (?:tuera|tuerait|frappera|frapperait|butera|buterait|egorgera)\b",
        r"\b(?:vais|va|veux) (?:le|la|les) (?:tuer|buter|crever|etrangler|egorger)\b",
    ),
)

FEAR = Family(
    "fr.fear",
    "fear",
    (
        r"\bpeur (?:de |d)?" + _PARTNER + r"\b",
        r"\b(?:il|elle|mon \w+|ma \w+) me fait " + GAP1 + r"peur\b",
        r"\bpeur de (?:rentrer|retourner|revenir)(?: (?:chez moi|chez nous|a la maison|"
        r"ce soir|maintenant))?\b",
        r"\bpeur (?:quil|quelle|que (?:il|elle|mon \w+|ma \w+)) "
        + GAP1
        + r"(?:me |m)?"
        + alt(
            "tue|frappe|batte|fasse du mal|fasse quelque chose|etrangle|viole|retrouve|fasse mal"
            "|tape|cogne"
        )
        + r"\b",
        r"\bpeur de ce (?:quil|quelle|que (?:il|elle)) " + GAP2 + r"(?:faire|fasse|fera|ferait)\b",
        r"\b(?:crains|crain|peur) pour ma (?:vie|securite)\b|\bma vie est en danger\b"
        r"|\bje suis en danger\b",
        r"\b(?:pas|plus) en securite "
        + GAP2
        + alt("chez moi|a la maison|avec lui|avec elle|chez nous")
        + r"\b",
    ),
)

FIGURES: Final = (
    # Threatened to leave or to tell: not violence.
    r"\bmenac\w* de "
    + alt(
        "partir|quitter|me quitter|raconter|dire|le dire|tout dire|rompre|divorcer|poster"
        "|publier|annuler|spoiler|demenager"
    )
    + r"\b",
    # "ma mère va me tuer si on est en retard": people who are not a partner, and things.
    r"\b"
    + alt(
        "ma (?:mere|maman|soeur|patronne|belle mere|grand mere|prof|cheffe|tante)|mon (?:pere"
        "|papa|frere|patron|boss|prof|chef|beau pere|grand pere|oncle|coach|manager)|maman"
        "|papa|mes parents|ce boulot|ce travail|cette chaleur|ce trafic|ce regime|cet examen"
        # Slang for parents: "ma daronne va me tuer".
        "|ma daronne|mon daron|mes darons|ma reum|mon reup"
        "|ce taf|le boulot|la chaleur"
    )
    + r" "
    + GAP1
    + r"(?:va|vont|allait|risque de) (?:me |nous )?(?:tuer|buter|etrangler|metrangler|pendre"
    r"|egorger|trucider|massacrer)\b",
    r"\b(?:me|ma) "
    + alt("bat|battu|battue|battait")
    + r" "
    + GAP1
    + r"(?:aux|au|a la|en) "
    + GAP1
    + alt(
        "echecs|cartes|tennis|jeu|jeux|course|poker|scrabble|monopoly|ping pong|belote|uno"
        "|mario kart|bras de fer|quiz|babyfoot|flechettes|petanque|billard"
    )
    + r"\b",
    r"\b(?:me|ma) "
    + alt("pousse|poussee|poussait")
    + r" (?:a|au|vers) "
    + r"(?:\w+(?:er|ir|re)|mon|ma|me|bout|depasser|changer|postuler)\b",
    r"\b(?:me|ma) " + alt("tape|tapait") + r" (?:sur les nerfs|sur le systeme|dans loeil"
    r"|la bise|dans le dos)\b",
    r"\bma " + alt("frappe|frappee") + r" (?:par|que|comme)\b|\b(?:ce qui|ca|cela|qui) "
    r"me frappe\b|\bme frappe (?:que|comme|le plus|toujours)\b",
    r"\b(?:ce|cette|ca|cela) " + GAP1 + r"(?:ma|me) (?:mis|met|colle) (?:une|des) "
    r"(?:claque|claques|baffe|gifle)\b",
    r"\b(?:ca|cela|ce \w+|cette \w+|le \w+|la \w+) (?:ma |me |mavait |m)"
    + alt("secoue|secouee|frappe|frappee|bouscule|bousculee|etouffe|etouffee|defonce|defoncee")
    + r"\b",
    # "en finir avec cette dispute / ce projet / les travaux": done with a thing, not with
    # life. Not when the thing is life, their days, pain or everything.
    r"\bd?en finir avec (?:ce|cet|cette|ces|le|la|l|les|mon|ma|mes|notre|nos|son|sa|ses"
    r"|leur|leurs|un|une|des) (?!"
    + alt(
        "vie|jours|existence|souffrance|souffrances|douleur|douleurs|mal|peine|peines"
        "|tristesse|angoisse|angoisses|moi|tout|corps|tete"
    )
    + r"\b)\w+",
    r"\b(?:mourir|crever|meurs|meurt|mort|morte|creve|crevee) (?:de|d) "
    + alt(
        "rire|faim|soif|chaud|froid|envie|fatigue|honte|peur|ennui|impatience|jalousie"
        "|curiosite|sommeil"
    )
    + r"\b",
)

LANGUAGE: Final = Language(
    "fr",
    (SELF_WANT, METHOD, HIT, GRAB, SEXUAL, THREAT, FEAR),
    FIGURES,
)

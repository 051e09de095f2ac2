"""German crisis phrase families and figures of speech.

Text arrives folded: "ä" → "a", "ö" → "o", "ü" → "u", "ß" → "ss". Patterns are
written with umlauts and folded the same way when compiled.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import GAP1, GAP2, GAP3, Family, Language, alt

_PARTNER: Final = alt(
    "(?:mein|meinem|meinen) (?:mann|freund|partner|ehemann|ex|verlobter|verlobten|typ)"
    "|(?:meine|meiner) (?:frau|freundin|partnerin|ehefrau|ex|verlobte)"
)
_HE: Final = alt("er", "sie", _PARTNER)
_SELF_VERB: Final = alt(
    "umbringen|umzubringen|töten|zu töten|erhängen|aufhängen|aufzuhängen|erschießen"
    "|zu erschießen|vergiften|zu vergiften|ertränken|umgebracht|getötet|erhängt"
    "|aufgehängt|erschossen|umbring"
)

SELF_WORD = Family(
    "de.self.word",
    "self_harm",
    (r"\bselbstmord\w*|\bsuizid\w*|\bfreitod\b", r"\bselbstverletz\w*|\bselbst verletz\w*"),
)

KILL_SELF = Family(
    "de.self.kill_self",
    "self_harm",
    (
        r"\bmich " + GAP2 + _SELF_VERB + r"\b",
        r"\bich " + GAP2 + r"bring\w* mich " + GAP3 + r"um\b|\bbring\w* ich mich " + GAP3 + r"um\b",
        r"\b(?:schneide|schneid|schneiden) mich\b|\bmich " + GAP2 + r"geschnitten\b",
        r"\b(?:ritz\w*|geritzt) mich\b|\bmich " + GAP1 + r"(?:ritze|ritzen|geritzt)\b",
        r"\b(?:mich|mir) selbst "
        + GAP1
        + alt(
            r"verletz\w*|weh tun|wehtun|weh getan|schaden|schneiden|etwas antun|was antun"
            "|etwas anzutun|was anzutun"
        )
        + r"\b",
        r"\bmir (?:\w+ ){0,3}(?:was|etwas|das leben) (?:antun|anzutun|nehmen|zu nehmen)\b",
    ),
)

WANT_DEAD = Family(
    "de.self.want_dead",
    "self_harm",
    (
        r"\b"
        + alt(
            r"will|möchte|mochte|wollte|würde|wünsch\w*|mag|möcht|hätte|lieber|nur noch|einfach"
            "|wäre|werde|gehe"
        )
        + r" "
        + GAP3
        + alt(
            "sterben|tot sein|tot wäre|nicht mehr leben|nicht mehr sein|nicht mehr da sein"
            "|nicht mehr existieren|nicht mehr aufwachen|für immer verschwinden"
            "|für immer einschlafen|nie mehr aufwachen|nie wieder aufwachen"
            "|einschlafen und nicht mehr aufwachen"
        )
        + r"\b",
        r"\blieber tot\b|\bwünsch\w* " + GAP2 + r"(?:ich )?(?:wäre|wär|sei|bin) " + GAP1 + r"tot\b",
        r"\b(?:nicht mehr|keine lust mehr (?:zu|auf)(?: das)?|nicht länger) "
        + alt("leben|zu leben|am leben sein|existieren|weiterleben|weiterzuleben")
        + r"\b",
        r"\b(?:sinn|grund) "
        + GAP2
        + alt("zu leben|weiterzuleben|zum leben")
        + r"\b|\bleben (?:hat|macht|ergibt) "
        + GAP2
        + r"(?:keinen sinn|sinnlos)\b",
        r"\bschluss mit " + alt("allem|dem leben|meinem leben") + r"\b"
        r"|\b(?:schluss|ein ende) (?:machen|setzen|zu machen|zu setzen) mit "
        + alt("allem|dem leben|mir|meinem leben")
        + r"\b|\bmit "
        + alt("allem|dem leben|meinem leben")
        + r" "
        + GAP2
        + r"(?:schluss|ende)\b",
        r"\b(?:meinem leben|allem) ein ende (?:setzen|machen|bereiten)\b|\bmein leben "
        + GAP1
        + r"(?:beenden|zu beenden)\b",
        r"\b(?:besser|leichter) (?:dran )?ohne mich\b|\bohne mich (?:\w+ ){0,2}besser\b"
        r"|\bwenn (?:es mich|ich) nicht (?:mehr )?(?:gäbe|gabe|existieren würde|da wäre|"
        r"leben würde|existierte)\b",
        r"\bkann (?:so )?nicht mehr (?:leben|weiterleben)\b|\b(?:will|mag|kann) (?:einfach )?"
        r"nicht mehr(?= (?:ich|und|aber|es|das|alles|einfach|bitte|hilfe|weiter|sein)\b|$)",
        # "ich wunschte ich ware nicht mehr am leben", "niemand wurde mich vermissen".
        r"\bwun?schte?,? ich ware? (?:nicht mehr am leben|tot|nie geboren|nicht mehr da)\b",
        r"\bniemand (?:wurde|wird|wuerde) mich (?:vermissen|vermisst)"
        r"(?! (?:im|in|bei|auf|heute)\b)(?= |$)",
    ),
)

METHOD = Family(
    "de.self.method",
    "self_harm",
    (
        r"\b(?:von|vom) (?:der |dem |einem |einer )?"
        + GAP1
        + alt("brücke|dach|balkon|hochhaus|fenster|turm|klippe|parkhaus")
        + r" "
        + GAP1
        + alt("springen|stürzen|zu springen|werfen|springe|gesprungen")
        + r"\b",
        r"\bvor (?:den|einen|die|eine|das) "
        + alt("zug|bahn|u bahn|s bahn|lkw|auto|bus|straßenbahn")
        + r" "
        + GAP1
        + alt("werfen|springen|legen|laufen|stellen|zu werfen|zu springen")
        + r"\b",
        r"\balle (?:meine |die |meiner )?"
        + GAP1
        + alt("tabletten|pillen|medikamente|schlaftabletten")
        + r"\b",
        r"\b"
        + alt("tabletten|pillen|medikamente|schlaftabletten")
        + r" "
        + GAP2
        + alt("gesammelt|gehortet|sammeln|horten|gebunkert")
        + r"\b",
        r"\b(?:packung|schachtel|handvoll|haufen|dose|flasche) "
        + GAP1
        + r"(?:tabletten|pillen|schlaftabletten|medikamente) (?:vor mir|neben mir|bereit|"
        r"in der hand|liegen bereit)\b",
        r"\büberdosis\b|\bpulsadern\b|\b(?:strick|schlinge) "
        + GAP2
        + alt("gekauft|um den hals|besorgt|geknüpft|gebunden")
        + r"\b",
        r"\bkugel (?:in den|durch den) kopf\b|\bwaffe an (?:meinen|den) kopf\b",
    ),
)

_HIT: Final = alt(
    "schlägt|schlug|schlagen|schlägst|haut|haute|prügelt|prügelte|verprügelt|verprügelte"
    "|tritt|trat|treten|boxt|boxte|ohrfeigt|ohrfeigte|schubst|schubste|stößt|stieß|würgt"
    "|würgte|würgen|erwürgt|misshandelt|misshandelte|schüttelt|schüttelte|schlägt"
)
_HIT_PERFECT: Final = alt(
    "geschlagen|gehauen|verprügelt|getreten|geboxt|geohrfeigt|geschubst|gestoßen|gewürgt"
    "|erwürgt|misshandelt|geschüttelt|zusammengeschlagen|gegen die wand gedrückt"
    "|an die wand gedrückt|zu boden geworfen|geschleift|gefesselt"
)

HIT = Family(
    "de.violence.hit",
    "violence",
    (
        r"\b" + _HIT + r" mich\b",
        r"\bmich " + GAP3 + _HIT_PERFECT + r"\b",
        r"\bmir "
        + GAP3
        + alt(
            "ins gesicht|in den bauch|in den magen|auf den kopf|in die rippen|gegen den kopf"
            "|in die seite|auf die nase|an den kopf"
        )
        + r" "
        + GAP1
        + alt("geschlagen|getreten|geboxt|gehauen|geschlagen")
        + r"\b",
        r"\bmir "
        + GAP2
        + alt(
            "ohrfeige|ohrfeigen|backpfeife|schelle|schellen|faustschlag|tritt|tritte|kopfnuss"
            "|schläge"
        )
        + r" "
        + GAP1
        + alt("gegeben|verpasst|gehauen|versetzt|verpasst")
        + r"\b",
        r"\b(?:gibt|gab|verpasst|verpasste) (?:mir )?"
        + GAP1
        + alt(
            "ohrfeige|ohrfeigen|backpfeife|schelle|schellen|schläge|tritte|faustschlag"
            "|faustschläge|watsche|klatsche"
        )
        + r"\b|\b(?:ohrfeige|schläge|prügel|tritte) "
        + GAP1
        + r"(?:bekommen|gekriegt|kassiert)\b",
        r"\bhäusliche gewalt\b|\bgewalttätig\b|\b(?:körperlich|physisch) "
        + GAP1
        + alt("gewalt|angegriffen|verletzt|bedroht|angegangen|übergriffig")
        + r"\b|\bgewalt (?:gegen|an) mich\b|\bzusammengeschlagen\b",
        r"\b" + _HE + r" " + GAP1 + r"(?:tut|tat) mir (?:körperlich )?weh\b",
        r"\b(?:tut|tat|tue) mir " + GAP1 + r"(?:was|etwas|gewalt) an\b",
    ),
)

GRAB = Family(
    "de.violence.grab",
    "violence",
    (
        r"\b(?:am|an den|an der|beim|bei den|um den) "
        + alt("hals|haaren|kehle|arm|armen|handgelenk|gurgel|kragen")
        + r" "
        + GAP2
        + alt("gepackt|gezogen|gezerrt|gewürgt|festgehalten|geschleift|gegriffen|gerissen")
        + r"\b",
        r"\b(?:packt|packte|zieht|zog|zerrt|zerrte|hält|hielt|greift|griff|reißt|riss) mich "
        + GAP1
        + r"(?:am|an den|an der|beim|um den) "
        + alt("hals|haaren|kehle|arm|armen|handgelenk|gurgel|kragen")
        + r"\b",
        r"\bhände (?:um|an|auf) (?:meinen|meinem|meine|den) (?:hals|kehle|mund)\b",
        r"\b(?:drückt|drückte|stößt|stieß|wirft|warf|schubst|schubste|schleudert|schleuderte"
        r"|presst|presste) mich "
        + GAP1
        + alt(
            "gegen die wand|an die wand|zu boden|auf den boden|die treppe|gegen die tür"
            "|gegen den schrank|aufs bett|auf das bett|aus dem auto"
        )
        + r"\b",
        r"\b(?:gegen|an) die wand "
        + GAP1
        + alt("gedrückt|gestoßen|geworfen|geschubst|geschleudert|gepresst|gedrückt")
        + r"\b",
    ),
)

CONFINE = Family(
    "de.violence.confine",
    "violence",
    (
        r"\b(?:sperrt|sperrte) mich "
        + GAP3
        + r"(?:ein|aus)\b|\b(?:schließt|schloss) mich "
        + GAP3
        + r"ein\b|\bmich "
        + GAP3
        + r"(?:eingesperrt|eingeschlossen|ausgesperrt)\b",
        r"\blässt mich nicht (?:mehr )?"
        + alt(
            "aus dem haus|raus|aus der wohnung|gehen|weg|telefonieren|zu meinen freunden"
            "|zu meiner familie|zum arzt"
        )
        + r"\b",
    ),
)

SEXUAL = Family(
    "de.sexual",
    "sexual",
    (
        r"\bvergewaltig\w*",
        r"\b(?:zwingt|zwang|gezwungen|nötigt|nötigte|genötigt|drängt|drängte|gedrängt) "
        + r"(?:mich )?"
        + GAP2
        + alt(
            "zum sex|zu sex|zum geschlechtsverkehr|mit ihm zu schlafen|mit ihr zu schlafen"
            "|sex zu haben|zu sexuellen"
        )
        + r"\b|\b"
        + alt("zum sex|zu sex|zum geschlechtsverkehr|zu sexuellen handlungen")
        + r" "
        + GAP1
        + alt("gezwungen|genötigt|gedrängt|überredet|zwingt|zwang|nötigt")
        + r"\b",
        r"\bsexuell "
        + GAP1
        + alt("belästigt|missbraucht|genötigt|übergriffig|angegriffen|bedrängt")
        + r"\b|\bsexuelle (?:gewalt|übergriffe|nötigung)\b|\bmissbrauch\w*",
    ),
)

THREAT = Family(
    "de.threat",
    "threat",
    (
        r"\b(?:droht|drohte|gedroht|drohen) " + GAP1 + r"(?:mir|mich)\b|\bbedroh\w* mich\b"
        r"|\bmich bedroht\b",
        r"\bgedroht "
        + GAP3
        + alt(
            "umzubringen|zu töten|wehzutun|weh zu tun|zu schlagen|kaltzumachen|abzustechen"
            "|anzutun|die kinder wegzunehmen"
        )
        + r"\b",
        r"\b"
        + alt("wird|werde|will|wollte|würde|kann|könnte|wollen|versucht|versuchte")
        + r" (?:mich|uns|die kinder) "
        + GAP2
        + alt(
            "umbringen|töten|schlagen|erwürgen|abstechen|kaltmachen|erschießen|verprügeln"
            "|umzubringen|zu töten|erstechen|kalt machen|würgen|zu würgen|zu erwürgen"
            "|zu erstechen|zu erschießen|zu schlagen|zu ersticken|ersticken"
        )
        + r"\b",
        r"\b" + _HE + r" " + GAP2 + r"bring\w* (?:mich|uns) " + GAP3 + r"um\b",
        r"\bmir " + GAP1 + r"(?:was|etwas) (?:antut|antun|anzutun|angetan)\b",
        r"\bmesser "
        + GAP3
        + alt("auf mich|an meinen hals|an meine kehle|gegen mich|bedroht|an den hals")
        + r"|\bmit (?:einem|dem) messer "
        + GAP2
        + r"(?:bedroht|auf mich|gedroht|gezeigt|hinter mir)\b",
        r"\b(?:bring|bringe) (?:dich|ihn|sie) (?:\w+ ){0,2}um\b|\b(?:dich|ihn) (?:\w+ )?"
        r"umbringen\b",
    ),
)

FEAR = Family(
    "de.fear",
    "fear",
    (
        r"\bangst " + GAP2 + r"vor (?:ihm|ihr|" + _PARTNER + r"|dem mann|meinem verlobten)\b",
        r"\bfürchte mich " + GAP1 + r"vor (?:ihm|ihr|" + _PARTNER + r")\b",
        r"\bangst " + GAP2 + r"(?:nach hause|heim|zurück nach hause)\b",
        r"\b(?:trau|traue|getraue)\w* mich " + GAP2 + r"nicht " + GAP1 + r"(?:nach hause|heim)\b",
        r"\bangst "
        + GAP2
        + r"(?:dass|das) (?:er|sie) "
        + GAP3
        + alt(
            "umbringt|schlägt|antut|verletzt|tötet|wehtut|weh tut|was tut|etwas tut|ausrastet"
            "|gewalttätig|würgt|umbringen|findet|wiederkommt und"
        )
        + r"\b",
        r"\bangst um mein leben\b|\bangst um meine sicherheit\b|\bfürchte um mein leben\b",
        r"\bnicht (?:mehr )?sicher "
        + GAP1
        + alt("zu hause|zuhause|daheim|bei ihm|bei ihr|in meiner wohnung|mit ihm")
        + r"\b|\b"
        + alt("zu hause|zuhause|daheim|bei ihm|bei ihr")
        + r" "
        + GAP2
        + r"nicht (?:mehr )?sicher\b",
        r"\bangst "
        + GAP1
        + r"(?:davor )?was (?:er|sie) "
        + GAP2
        + r"(?:tut|macht|tun|machen|anstellt)\b",
        r"\b(?:er|sie) macht mir angst\b|\b(?:ich bin|bin ich|wir sind|mein leben ist|ich "
        r"fühle mich|ich schwebe) " + GAP1 + r"in (?:lebens)?gefahr\b",
    ),
)

FIGURES: Final = (
    # "meine Mutter bringt mich um": people who are not a partner, and things.
    r"\b"
    + alt(
        "das|es|dies|diese|dieser|dieses|der|die|den|(?:mein|meine|meinem|meiner) (?:mutter"
        "|mama|vater|papa|chef|chefin|lehrer|lehrerin|schwester|bruder|oma|opa"
        "|schwiegermutter|eltern|füße|kopf|kopfschmerzen|rücken|job|arbeit|kinder|kind|boss"
        "|trainer|nachbar|nachbarin)|hitze|arbeit|stress|mama|papa|mutti|chef|chefin"
    )
    + r" "
    + GAP2
    + r"(?:bringt|bringen|brachte|wird|werden|würde) (?:mich|uns) "
    + r"(?:\w+ ){0,3}(?:um|umbringen|erwürgen|aufhängen|erschlagen|köpfen)\b"
    # safety4: "meine Mutter erwürgt mich", "hängt mich auf" over a carpet or a grade.
    r"|\b(?:mein|meine) (?:mutter|mama|vater|papa|eltern|chef|chefin|oma|opa) "
    + GAP2
    + r"(?:erwürgt|würgt|hängt|köpft|erschlägt) (?:mich|uns)\b(?: auf\b)?",
    r"\b(?:schlag|schlug|schläg)\w* mich " + GAP3 + r"vor\b|\bmich " + GAP3 + r"vorgeschlagen\b",
    r"\b(?:schlägt|schlug|geschlagen|besiegt) mich "
    + GAP1
    + r"(?:im|beim|in|bei) "
    + GAP1
    + alt(
        r"schach|tennis|\w*spiel\w*|karten|mario kart|monopoly|poker|skat|uno|wettrennen"
        "|rennen|armdrücken|quiz|darts|billard|tischtennis|badminton|squash|golf|bowling"
        "|kegeln|laufen"
    )
    + r"|\bmich "
    + GAP1
    + r"(?:im|beim) "
    + GAP1
    + alt(
        r"schach|tennis|\w*spiel\w*|karten|poker|skat|uno|rennen|armdrücken|quiz|darts|billard"
        "|tischtennis"
    )
    + r" "
    + GAP1
    + r"geschlagen\b",
    r"\bmich " + GAP1 + r"geschlagen (?:geben|gegeben|gebe)\b|\b(?:geb|gebe|gibt|gab|geben)"
    r" mich " + GAP1 + r"geschlagen\b|\bich (?:habe|hab|hatte) "
    r"mich " + GAP3 + r"(?:geschlagen|gestoßen|verletzt|ausgesperrt)\b",
    r"\b(?:schneide|schneid|geschnitten) mich "
    + GAP1
    + r"(?:beim|am|an der|an dem|mit dem)"
    + r" "
    + GAP1
    + r"(?:kochen|rasieren|papier|messer|gemüse|brot|glas|dose|zwiebel\w*)\b"
    r"|\bmich "
    + GAP2
    + r"(?:beim|am|an der|an dem|mit dem) "
    + GAP1
    + r"(?:kochen|rasieren|papier|messer|gemüse|brot|glas|dose|zwiebel\w*) "
    + GAP1
    + r"geschnitten\b",
    r"\b(?:stößt|stieß) mich " + GAP1 + r"ab\b",
    r"\b(?:will|möchte|würde|wäre|lieber|mag) "
    + GAP3
    + r"(?:sterben|tot) vor "
    + alt(
        "lachen|hunger|langeweile|neugier|scham|hitze|durst|müdigkeit|neid|kälte|peinlichkeit"
        "|glück|freude|aufregung|sehnsucht"
    )
    + r"\b|\bzum sterben (?:gut|schön|lecker|langweilig|müde)\b",
    r"\bhaut mich " + GAP2 + r"um\b|\b(?:es|das) schüttelt mich\b",
    r"\bmissbrauch\w* (?:von|der|des|meiner|meines) "
    + GAP1
    + alt(
        "daten|vertrauen|macht|position|karte|alkohol|drogen|medikamenten|begriffs|wortes"
        "|privilegien"
    )
    + r"\b",
)

LANGUAGE: Final = Language(
    "de",
    (SELF_WORD, KILL_SELF, WANT_DEAD, METHOD, HIT, GRAB, CONFINE, SEXUAL, THREAT, FEAR),
    FIGURES,
)

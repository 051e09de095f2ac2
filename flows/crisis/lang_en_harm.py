"""English families for harm by someone else: violence, sexual violence, threats, fear."""

from __future__ import annotations

from flows.crisis.families import GAP1, Family, alt
from flows.crisis.lang_en_words import (
    BODY,
    HER,
    HIT_VERB,
    MODAL,
    PARTNER_NOUN,
    PERSON,
    PLACE,
    VICTIM,
)

HIT = Family(
    "en.violence.hit",
    "violence",
    (
        r"\b" + HIT_VERB + r" me\b",
        r"\bbeat(?:s|ing|en)? (?:me|the (?:shit|crap|hell|life|living daylights) out of me)\b",
        r"\b"
        + alt("was|were|been|being|got|get|gets|getting")
        + r" "
        + GAP1
        + alt(
            "hit|beaten|beat up|punched|slapped|kicked|choked|strangled|shoved|smacked|assaulted"
            "|attacked|battered|strangled|pushed around|knocked around|roughed up"
        )
        + r" (?:by (?:him|her|them|my \w+)|again|at home|every)\b",
        r"\bknock(?:s|ed|ing)? me (?:out|down|over|unconscious|to the (?:floor|ground))\b",
        # Someone else's hands: "I banged my head on the cupboard" is an accident.
        r"(?<!\bi )(?<!\bive )(?<!\bjust )\b"
        + alt(
            "slammed|slams|banged|bangs|smashed|smashes|bashed|hit|hits|punched|punches|kicked"
            "|kicks|slapped|slaps|knocked|shoved|pushed|stomped on|stamped on"
        )
        + r" my "
        + alt("head|face|body|stomach|belly|ribs|back|chest")
        + r" (?:against|into|on|onto|off|in|so|until|with)\b",
        r"\b(?:he|she|they|my "
        + PARTNER_NOUN
        + r") (?:\w+ )?"
        + alt("broke|fractured|cracked|bruised|busted|split|dislocated")
        + r" my "
        + alt(
            "nose|arm|rib|ribs|jaw|wrist|finger|fingers|lip|cheekbone|eye socket|collarbone|tooth"
            "|teeth"
        )
        + r"\b",
        r"\b"
        + alt("gave|give|gives|left|leave|leaves")
        + r" me (?:a |with |with a )?(?:\w+ )?"
        + alt(
            "black eye|bruises|bruise|concussion|split lip|bloody nose|fat lip|broken nose"
            "|broken rib"
        )
        + r"\b",
        r"\b"
        + alt("laid|lay|lays|put|puts|putting|laying")
        + r" (?:a |his |her |their )?(?:hand|hands|finger|fingers) on me\b",
        r"\b"
        + alt("violent|aggressive|rough|physical")
        + r" "
        + alt("with|towards|toward|to|against")
        + r" me\b|\bgets? (?:really )?"
        + r"(?:violent|physical)\b",
        r"\b(?:physically|physical) (?:hurt|hurts|hurting|violent|abusive|harm\w*|assault\w*|"
        r"aggressive|abuse)\b|\bhurts? me physically\b",
        r"\battack(?:s|ed|ing)? me\b|\bassault(?:s|ed|ing)? me\b",
        r"\bdomestic (?:violence|abuse)\b|\babus(?:e|es|ed|ing|ive|er)\b",
    ),
)

GRAB = Family(
    "en.violence.grab",
    "violence",
    (
        r"\bgrab(?:s|bed|bing)? (?:me|my " + BODY + r")\b",
        r"\b(?:hands?|fingers|arm|arms|belt|rope) (?:around|round|on|over) my (?:neck|throat)\b",
        r"\b"
        + alt(r"squeez\w*|press(?:ed|es|ing)?|held|hold|holds|holding|grip\w*|choked|choking")
        + r" (?:my|me by the|me by my) (?:neck|throat)\b",
        r"\bme by (?:the|my) (?:throat|neck|hair|collar)\b|\bby my (?:throat|neck|hair)\b",
        r"\b(?:suffocat\w*|smother\w*) me\b",
        r"\b"
        + alt(
            "threw|throw|throws|throwing|tossed|toss|flung|fling|shoved|shoves|slammed|slams"
            "|pinned|pin|pins|pinning|dragged|drag|drags|dragging|pushed|pushes|pressed|held"
            "|holds|backed"
        )
        + r" me "
        + alt("against|into|across|down|onto|on|to|off|out of|through|up against|by|over|down on")
        + r" (?:the |a |my |our )?"
        + alt(PLACE, "hair", "throat", "neck", "arm", "arms", "corner")
        + r"\b",
        r"\b"
        + alt("threw|throws|throw|throwing|hurled|flung|chucked|smashed")
        + r" (?:a |an |the |his |her |my |our )?"
        + GAP1
        + r"(?:\w+ )?at (?:me|my (?:head|face))\b",
        r"\b(?:pulled|pulls|pulling|yanked|yanks) (?:me by )?my (?:hair|arm|arms)\b",
        r"\b(?:pinned|held|holds|holding|pins) me down\b",
    ),
)

CONFINE = Family(
    "en.violence.confine",
    "violence",
    (
        r"\block(?:s|ed|ing)? me (?:in|up|out|inside|into)\b",
        r"\b(?:wont|will not|doesnt|didnt|dont|never|wouldnt) let me "
        + alt(
            "leave|go out|out|go outside|see my friends|see my family|call anyone|call my"
            "|use my phone|have my phone|have money|get help|go to the doctor|talk to|get a job"
            "|go anywhere|have (?:any )?money|have friends|drive|visit my"
        )
        + r"\b",
        r"\b(?:took|takes|taken|smashed|broke|hid|hides) (?:away )?my (?:phone|keys|"
        r"passport|car keys|money|wallet) (?:so|and|because|to stop)\b",
    ),
)

WEAPON = Family(
    "en.violence.weapon",
    "violence",
    (
        r"\b"
        + alt(
            "pulled|pulls|pointed|points|pointing|held|holds|holding|waved|waves|waving"
            "|came at me with|comes at me with|grabbed|brandished|has|got"
        )
        + r" (?:a|the|his|her|their|out a|out his|out her) "
        + alt("knife|gun|blade|weapon|pistol|rifle|machete|bat|hammer|shotgun")
        + r"(?! (?:for|to cut|to open|in the kitchen|drawer|block|set|safe)\b)\b",
        r"\b(?:knife|gun|blade|weapon|pistol) (?:to|at|against|on|in) (?:me|my)\b",
        r"\b"
        + alt(
            "stab|stabs|stabbed|stabbing|shot|shoot|shoots|shooting|cut|cuts|burned|burnt|burns"
            "|scalded|shot at"
        )
        + r" me\b",
    ),
)

SEXUAL = Family(
    "en.sexual",
    "sexual",
    (
        r"\b(?:rape|raped|rapes|raping|rapist)\b",
        r"\bsexual(?:ly)? (?:assault\w*|abus\w*|violence|coerc\w*|forc\w*|attack\w*)\b"
        r"|\bmolest\w*",
        r"\b"
        + alt(
            "forced|forces|forcing|force|made|makes|making|pressured|pressures|coerced|coerces"
            "|guilted"
        )
        + r" me (?:to |into )?"
        + alt(
            "have sex|having sex|sleep with|sleeping with|do sexual|doing sexual|sex|perform"
            "|give him|touch him|touch her|do things i didnt want|do stuff i didnt want"
        )
        + r"\b",
        r"\bforc(?:ed|es|ing) (?:him|her|them)sel(?:f|ves) (?:on|onto) me\b",
        r"\b(?:didnt|wouldnt|did not|would not|doesnt|does not|never) stop (?:when|after|even"
        r" though|even when) i (?:said|told him|told her|begged|cried|screamed) (?:no|stop)\b",
        r"\bwithout my consent\b|\bagainst my will\b",
    ),
)

THREAT = Family(
    "en.threat",
    "threat",
    (
        r"\b"
        + MODAL
        + r" "
        + GAP1
        + alt(
            "kill|murder|strangle|stab|shoot|choke|hurt|harm|beat|hit|drown|bury|smother"
            "|suffocate|break my neck|slit my throat|end me|cut me"
        )
        + r" "
        + VICTIM
        + r"\b",
        r"\bthreat(?:en|ens|ened|ening) (?:me|us|my (?:life|kids|children|family))\b",
        r"\bthreat(?:en|ens|ened|ening)? "
        + GAP1
        + r"to "
        + alt(
            "kill|hurt|harm|stab|shoot|beat|hit|strangle|choke|burn|take the kids|take my kids"
            "|take the children|end his life|end her life|end it|commit suicide|break my"
        )
        + r"\b",
        r"\bdeath threats?\b",
        r"\b(?:burn|blow up|set fire to) (?:the house|our house|the flat|the apartment|my car)"
        r" " + GAP1 + r"(?:with me|with us|with the kids)\b",
    ),
)

FEAR = Family(
    "en.fear",
    "fear",
    (
        r"\b"
        + alt("afraid|scared|terrified|frightened|petrified|fearful|scared to death|in fear")
        + r" (?:\w+ )?of (?:"
        + PERSON
        + "|"
        + HER
        + r")",
        r"\b"
        + alt("afraid|scared|terrified|frightened|petrified|fear|fearful|worried|worry|panicking")
        + r" (?:that )?"
        + alt(
            r"(?:he|she|they|my \w+) "
            + GAP1
            + alt(
                "will|would|might|may|could|is going to|s going to|was going to|going to|wants to"
                "|is about to|is gonna|will try to"
            ),
            r"(?:he|she|they)(?:ll|d)",
            "hes going to",
            "shes going to",
            "theyre going to",
        )
        + r" "
        + GAP1
        + alt(
            "hurt (?:me|us|you|the kids|my (?:kids|children|son|daughter|baby)|himself|herself"
            "|themselves)|kill|hit|beat|harm|strangle|choke|attack|rape|stab|shoot|find me"
            "|come after me|lose it|snap|explode|get violent|do something (?:to me|bad|terrible"
            "|awful|to the kids)|take the kids|murder|break my|break something|break things"
        )
        + r"\b",
        r"\b"
        + alt("afraid|scared|terrified|frightened|fear|petrified")
        + r" (?:of )?what "
        + alt(r"he|she|they|hell|shell|hed|shed|theyll|hes|shes|my \w+")
        + r" (?:\w+ ){0,3}(?:do|does|did|is capable of|capable of)\b",
        r"\b"
        + alt("afraid|scared|terrified|frightened|fear|dread|dreading|too scared|petrified")
        + r" (?:\w+ )?(?:to|of) "
        + alt("go|going|come|coming|get|getting|be|being|head|walk")
        + r" (?:back )?home\b(?! (?:late|too late|after)\b)",
        r"\bfear (?:for )?my (?:life|safety)\b|\b(?:afraid|scared|terrified|worried|fearing)"
        r" for my (?:life|safety)\b|\bmy life is in danger\b",
        r"\b(?:i am|im|we are|were|i feel|i think im|i might be|me and the kids are) "
        + r"(?:\w+ )?in danger\b",
        r"\b(?:dont|do not|never|cant|no longer|not) (?:\w+ )?feel (?:\w+ )?safe "
        + alt(
            "at home|in my (?:own )?(?:home|house|bed|flat|apartment)|with (?:him|her|them"
            r"|my \w+)|around (?:him|her|them|my \w+)|anymore|here|in this house"
        )
        + r"\b",
        r"\bfeel(?:s|ing)? unsafe\b|\b(?:not|isnt|never|unsafe) safe (?:at|in my|in our) "
        + r"(?:home|house)\b",
        r"\b(?:hiding|hide|hid) from (?:" + PERSON + "|" + HER + r")",
        r"\bstalk(?:s|ed|ing)? me\b",
        r"\b(?:he|she|they|" + rf"my {PARTNER_NOUN}" + r") (?:\w+ )?(?:scares|frightens|"
        r"terrifies) me\b",
    ),
)

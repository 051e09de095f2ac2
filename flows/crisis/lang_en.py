"""English crisis phrase families and the figures of speech that must not fire.

Text arrives normalised: "i'm" is "im", "he'll" is "hell", "she'd" is "shed",
"wanna" is "want to", "gonna" is "going to", "kms" is "kill myself".
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import GAP1, GAP2, GAP3, Family, Language, alt

_MYSELF: Final = r"(?:my ?self|meself|myslef|mysef|my sef)"
# Someone close: the partner words people use, plus bare pronouns.
_PARTNER_NOUN: Final = alt(
    "partner",
    "husband",
    "wife",
    "boyfriend",
    "girlfriend",
    "bf",
    "gf",
    "spouse",
    "ex",
    "fiance",
    "fiancee",
    "hubby",
    "man",
    "girl",
    "guy",
    "other half",
)
_PERSON: Final = alt("him", "them", rf"my {_PARTNER_NOUN}")
# "her" is also a possessive ("afraid of her reaction"): only as a person when
# a clause boundary or the end of the text follows.
_HER: Final = (
    r"her(?= (?:when|because|and|now|sometimes|lately|again|too|he|she|they|i|it|so|but"
    r"|anymore|right now|tbh)\b|$)"
)
# A modal or intent before a verb: will, would, going to, wants to, said he'd...
_MODAL: Final = alt(
    "will",
    "ll",
    "would",
    "ill",
    "id",
    "youll",
    "wed",
    "wanna",
    "going to",
    "gonna",
    r"(?:he|she|they)(?:ll|d)",
    r"(?:wants|wanted|want|tried|tries|trying|try|threatened|threatens|threatening|swore"
    r"|swears|promised|plans|planning|means|meant|is about|about|is going|was going) to",
    "might",
    "could",
    "may",
)
_VICTIM: Final = alt(
    "me",
    "us",
    "you",
    "him",
    "her",
    "them",
    r"the (?:kids|children|baby|dog|cat)",
    r"(?:my|our) (?:kids|children|baby|son|daughter|family|mom|mum|dad|dog|cat|partner"
    r"|husband|wife|boyfriend|girlfriend|ex)",
)
_HIT_VERB: Final = alt(
    "hit",
    "hits",
    "hitting",
    r"punch(?:es|ed|ing)?",
    r"slap(?:s|ped|ping)?",
    r"kick(?:s|ed|ing)?",
    r"smack(?:s|ed|ing)?",
    r"shov(?:e|es|ed|ing)",
    r"push(?:es|ed|ing)?",
    r"headbutt(?:s|ed|ing)?",
    r"elbow(?:s|ed|ing)?",
    r"whack(?:s|ed|ing)?",
    r"thump(?:s|ed|ing)?",
    r"wallop(?:s|ed|ing)?",
    r"deck(?:s|ed)?",
    "struck",
    r"strik(?:e|es|ing)",
    r"chok(?:e|es|ed|ing)",
    r"strangl(?:e|es|ed|ing)",
    r"throttl(?:e|es|ed|ing)",
    r"slam(?:s|med|ming)?",
    r"bit(?:es|ing|ten)?",
    r"spat on",
    r"spit(?:s|ting)? on",
    r"scratch(?:es|ed|ing)?",
    r"shak(?:e|es|ing)",
    "shook",
)
_BODY: Final = alt(
    "arm",
    "arms",
    "wrist",
    "wrists",
    "throat",
    "neck",
    "hair",
    "face",
    "jaw",
    "chin",
    "shoulder",
    "shoulders",
    "collar",
    "shirt",
    "breast",
    "breasts",
    "crotch",
    "head",
)
_PLACE: Final = alt(
    "wall",
    "floor",
    "ground",
    "door",
    "car",
    "stairs",
    "staircase",
    "table",
    "counter",
    "fridge",
    "window",
    "cupboard",
    "room",
    "street",
    "house",
    "kitchen",
    "bathroom",
    "bedroom",
    "closet",
    "mirror",
    "radiator",
)

SELF_WORD = Family(
    "en.self.word",
    "self_harm",
    (
        r"\bunaliv\w*",
        r"\bself ?(?:harm\w*|injur\w*|mutilat\w*)",
        r"\bo ?d(?:ed|d|ing)? on " + GAP2 + alt(
            "pills", "meds", "medication", "tablets", "painkillers", "insulin", "heroin",
            "fentanyl", "drugs", "sleeping pills",
        ),
    ),
)

KILL_SELF = Family(
    "en.self.kill_self",
    "self_harm",
    (
        r"\b"
        + alt(
            r"kill(?:s|ed|ing)?", r"off(?:s|ed|ing)?", r"unalive(?:s|d)?", "unaliving",
            r"hang(?:s|ed|ing)?", r"shoot(?:s|ing)?", "shot", r"drown(?:s|ed|ing)?",
            r"poison(?:s|ed|ing)?", r"stab(?:s|bed|bing)?", r"suffocat(?:e|es|ed|ing)",
            r"strangl(?:e|es|ed|ing)", r"gas(?:sed|sing)?", r"electrocut(?:e|es|ed|ing)",
        )
        + r" ?" + _MYSELF + r"\b",
        r"\b"
        + alt(
            r"hurt(?:s|ing)?", r"harm(?:s|ed|ing)?", r"cut(?:s|ting)?", r"burn(?:s|ed|t|ing)?",
            r"starv(?:e|es|ed|ing)", r"punish(?:es|ed|ing)?", r"scratch(?:es|ed|ing)?",
            r"bruis(?:e|es|ed|ing)", r"bleed(?:s|ing)?",
        )
        + r" ?" + _MYSELF + r"\b",
        r"\bbeen (?:cutting|hurting|harming|burning)(?: (?:again|myself|lately|every ?day|more))",
    ),
)

END_LIFE = Family(
    "en.self.end_life",
    "self_harm",
    (
        r"\b" + alt("take", "taking", "took", "end", "ending", "ended", "finish", "finishing")
        + r" my (?:own )?life\b",
        r"\bend(?:ing)? (?:it|everything) all\b|\bend(?:ing)? it all\b",
        r"\b" + alt("want", "wanted", "going", "need", "ready", "decided", "about", "planning",
                    "plan", "time", "have", "gotta", "should", "just want")
        + r" to end (?:it|everything|things)\b",
        r"\bwant (?:it all|everything|all of it|my life|this life) to (?:end|be over|stop)\b",
        r"\b(?:end|ending|finish|finishing) it (?:all )?"
        + alt("tonight", "today", "tomorrow", "this week", "this weekend", "soon", "now")
        + r"\b",
        r"\b" + alt("everyone", "everybody", "the world", "world", "my family", "they",
                    "you all", "people", "you guys", "the kids")
        + r" (?:\w+ ){0,3}(?:better|happier|easier|fine) (?:off )?without me\b",
        r"\bbetter off (?:dead|without me)\b|\b(?:better|happier|easier|fine) (?:off )?if i "
        + alt("was gone", "were gone", "wasnt here", "werent here", "wasnt around",
              "werent around", "died", "was dead", "were dead", "didnt exist",
              "did not exist", "disappeared", "never existed", "wasnt alive",
              "was never born", "killed myself")
        + r"\b",
        r"\b" + alt("nobody", "no one", "noone", "no body", "who")
        + r" (?:\w+ ){0,3}(?:miss|notice|care|cry)(?: \w+){0,2} if i "
        + alt("died", "was gone", "were gone", "disappeared", "killed", "wasnt here",
              "werent here", "was dead", "were dead", "left this world")
        + r"\b",
    ),
)

WANT_DEAD = Family(
    "en.self.want_dead",
    "self_harm",
    (
        r"\b" + alt(
            "want", "wanted", "wanting", "wants", "wish", "wishing", "would like", "like", "need",
            "ready", "deserve", "deserved", "hope", "hoping", "going", "plan", "planning",
            "decided", "about", "praying", "pray", "ought", "have", "gotta", "supposed",
        )
        + r" (?:\w+ ){0,2}to die\b",
        r"\bwish (?:\w+ )?i (?:was|were|could|would|had|d|might) (?:just )?"
        + alt("dead", "die", "gone forever", "disappear", "never been born", "not been born",
              "not alive", "not here anymore", "never existed", "not exist")
        + r"\b",
        r"\b" + alt("want", "wanted", "wish", "wishing", "rather", "deserve", "should", "ready",
                    "need", "like", "prefer", "better")
        + r" (?:to )?(?:just )?(?:be|being) dead\b",
        r"\b" + alt("want", "wish", "need", "prefer", "rather", "like", "trying", "try")
        + r" (?:to )?(?:just )?"
        + alt("not exist", "stop existing", "cease to exist", "not be alive", "not be here",
              "not be around", "not wake up", "never wake up", "stop living", "stop breathing",
              r"disappear (?:forever|for good|for ever|permanently|completely|from this world)",
              "vanish forever", "fall asleep forever", "sleep forever")
        + r"\b",
        r"\b(?:dont|do not|didnt|never|no longer) want to "
        + alt("exist", "be alive", r"live(?! (?:with|in|at|near|there|here|together|abroad"
              r"|like that|without)\b)", r"wake up(?! (?:early|at|so|before|on|for|in)\b)",
              "be here anymore", "be here any more",
              "go on living", "keep living", "keep going anymore", "be around anymore")
        + r"\b",
        r"\b(?:sleep|hope|want|wish|pray|praying)(?: \w+){0,4} (?:never|not|dont|wont) wake up\b",
        r"\b" + alt("no", "nothing", "no reason", "no point", "nothing left", "zero")
        + r" " + GAP1
        + alt("to live for", "in living", "in being alive", "to keep living", "of living",
              "reason to live", "in life anymore",
              r"(?:to|in) go(?:ing)? on(?! (?:about|with|a|an|the|holiday|vacation|trip|like)\b)")
        + r"\b",
        r"\b(?:see|is|whats|what is|theres|there is) (?:the |no )?(?:point|reason|sense) "
        + r"(?:in|of|to) (?:living|live|being alive|going on|staying alive)\b",
        r"\b(?:life|living) (?:isnt|is not|aint|not) worth\b|\bnot worth living\b",
        r"\bcant (?:go on(?! (?:a|an|the|this|that|holiday|vacation|trip|tour|date|stage|air|tv"
        r"|record|with)\b)|keep going(?! to\b)|keep living|live like this|do life)\b",
        r"\bwant out (?:of (?:this|my) life|for good|forever|of life)\b",
    ),
)

METHOD = Family(
    "en.self.method",
    "self_harm",
    (
        r"\bnoose\b|\b(?:rope|belt|cord) (?:around|round) my neck\b",
        r"\b" + alt(r"slit(?:s|ting)?", r"cut(?:s|ting)?", r"slash(?:es|ed|ing)?",
                    r"open(?:s|ed|ing)?", r"sliced?", "slicing")
        + r" (?:open )?(?:my|both my|both of my) (?:wrists?|veins|arms|throat)\b",
        r"\b" + alt(r"jump(?:s|ed|ing)?", r"throw(?:s|ing)? " + _MYSELF, "threw " + _MYSELF,
                    r"hurl(?:ing)? " + _MYSELF, r"fling(?:ing)? " + _MYSELF, "leap", "leaping")
        + r" (?:off|from|out of|of) (?:a |the |my |our |this |that )?(?:\w+ )?"
        + alt("bridge", "roof", "rooftop", "building", "balcony", "window", "cliff", "tower",
              "overpass", "ledge", "parking garage", "skyscraper", "flyover")
        + r"\b",
        r"\b" + alt(r"jump(?:s|ed|ing)?", r"step(?:s|ped|ping)?", r"walk(?:s|ed|ing)?",
                    r"throw(?:s|ing)? " + _MYSELF, "threw " + _MYSELF, r"lie|lying|lay",
                    r"run(?:ning)?")
        + r" (?:down )?(?:in front of|under|onto) (?:a|the|an) (?:\w+ )?"
        + alt("train", "bus", "truck", "car", "tracks", "lorry", "tram", "subway", "metro")
        + r"\b",
        r"\bblow my (?:brains|head) (?:out|off)\b|\b(?:bullet|shoot) (?:in|through|into) my "
        + r"(?:head|brain|brains|mouth)\b",
        r"\b" + alt("take", "taking", "took", "swallow", "swallowing", "swallowed", "down",
                    "downing", "downed", "overdose on", "empty", "emptied")
        + r" (?:all|every one of|every|the whole|a whole|a bunch of|a handful of|handfuls of"
        r"|loads of|too many|all of|the rest of) " + GAP2
        + alt("pills", "tablets", "meds", "medication", "painkillers", "sleeping pills",
              "bottle", "packet", "box", "pack", "paracetamol", "tylenol", "insulin")
        + r"\b",
        r"\b" + alt(r"stockpil\w*", r"hoard\w*", r"sav(?:e|ed|ing) up", "been collecting",
                    "been saving", "been hiding")
        + r" (?:my |the |some |enough )?"
        + alt("pills", "tablets", "meds", "painkillers", "sleeping pills")
        + r"\b",
        r"\b" + alt("drive", "driving", "drove", "crash", "crashing", "steer", "steering",
                    "swerve", "swerving")
        + r" (?:my car |the car |myself )?(?:into|off) (?:a|the|an) (?:\w+ )?"
        + alt("wall", "tree", "bridge", "cliff", "river", "truck", "lorry", "oncoming",
              "lake", "ravine")
        + r"\b",
        r"\b(?:walk|walking|swim|swimming) (?:out )?into the (?:sea|ocean|river|lake|water)"
        r" (?:and|until|forever|never)\b",
        r"\bhow (?:many|much) " + GAP1
        + alt("pills", "tablets", "sleeping pills", "painkillers", "paracetamol", "tylenol",
              "ibuprofen", "insulin", "xanax", "meds", "pill")
        + r" (?:\w+ ){0,3}(?:take|takes|it takes|to die|to kill|would kill|is lethal|to od|"
        r"to overdose|are lethal|is fatal)\b|\blethal dose\b",
        r"\b(?:suicide|goodbye) (?:note|notes|letter|letters)\b|\bwr(?:ote|ite|iting) "
        r"(?:my |a |the )?(?:goodbye|farewell|last) (?:note|notes|letter|letters)\b",
    ),
)

PLAN = Family(
    "en.self.plan",
    "self_harm",
    (
        r"\b(?:tonight|today|tomorrow|this weekend|this is) (?:is |will be )?(?:the night|the day"
        r"|my last night|my last day) (?:i|im|that i|to) "
        + alt("die", "go", "end it", "do it", "kill", "leave this world", "end my")
        + r"\b",
        r"\bmy last (?:night|day|hours|breath) (?:alive|on earth|on this earth|in this world)\b",
        r"\b" + alt("plan", "planned", "planning", "decided", "made up my mind", "picked a date",
                    "set a date", "figured out")
        + r" " + GAP3 + alt("to die", "to end it", "to end my life", "how to die",
                             "when i die", "how i die", "how to end it", "how i will do it",
                             "how im going to do it")
        + r"\b",
    ),
)

HIT = Family(
    "en.violence.hit",
    "violence",
    (
        r"\b" + _HIT_VERB + r" me\b",
        r"\bbeat(?:s|ing|en)? (?:me|the (?:shit|crap|hell|life|living daylights) out of me)\b",
        r"\b" + alt("was", "were", "been", "being", "got", "get", "gets", "getting") + r" "
        + GAP1 + alt("hit", "beaten", "beat up", "punched", "slapped", "kicked", "choked",
                     "strangled", "shoved", "smacked", "assaulted", "attacked", "battered",
                     "strangled", "pushed around", "knocked around", "roughed up")
        + r" (?:by (?:him|her|them|my \w+)|again|at home|every)\b",
        r"\bknock(?:s|ed|ing)? me (?:out|down|over|unconscious|to the (?:floor|ground))\b",
        # Someone else's hands: "I banged my head on the cupboard" is an accident.
        r"(?<!\bi )(?<!\bive )(?<!\bjust )\b"
        + alt("slammed", "slams", "banged", "bangs", "smashed", "smashes", "bashed",
                    "hit", "hits", "punched", "punches", "kicked", "kicks", "slapped", "slaps",
                    "knocked", "shoved", "pushed", "stomped on", "stamped on")
        + r" my " + alt("head", "face", "body", "stomach", "belly", "ribs", "back", "chest")
        + r" (?:against|into|on|onto|off|in|so|until|with)\b",

        r"\b(?:he|she|they|my " + _PARTNER_NOUN + r") (?:\w+ )?"
        + alt("broke", "fractured", "cracked", "bruised", "busted", "split", "dislocated")
        + r" my " + alt("nose", "arm", "rib", "ribs", "jaw", "wrist", "finger", "fingers",
                        "lip", "cheekbone", "eye socket", "collarbone", "tooth", "teeth")
        + r"\b",
        r"\b" + alt("gave", "give", "gives", "left", "leave", "leaves")
        + r" me (?:a |with |with a )?(?:\w+ )?"
        + alt("black eye", "bruises", "bruise", "concussion", "split lip", "bloody nose",
              "fat lip", "broken nose", "broken rib")
        + r"\b",
        r"\b" + alt("laid", "lay", "lays", "put", "puts", "putting", "laying")
        + r" (?:a |his |her |their )?(?:hand|hands|finger|fingers) on me\b",
        r"\b" + alt("violent", "aggressive", "rough", "physical") + r" "
        + alt("with", "towards", "toward", "to", "against") + r" me\b|\bgets? (?:really )?"
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
        r"\bgrab(?:s|bed|bing)? (?:me|my " + _BODY + r")\b",
        r"\b(?:hands?|fingers|arm|arms|belt|rope) (?:around|round|on|over) my (?:neck|throat)\b",
        r"\b" + alt(r"squeez\w*", r"press(?:ed|es|ing)?", "held", "hold", "holds", "holding",
                    r"grip\w*", "choked", "choking")
        + r" (?:my|me by the|me by my) (?:neck|throat)\b",
        r"\bme by (?:the|my) (?:throat|neck|hair|collar)\b|\bby my (?:throat|neck|hair)\b",
        r"\b(?:suffocat\w*|smother\w*) me\b",
        r"\b" + alt("threw", "throw", "throws", "throwing", "tossed", "toss", "flung", "fling",
                    "shoved", "shoves", "slammed", "slams", "pinned", "pin", "pins", "pinning",
                    "dragged", "drag", "drags", "dragging", "pushed", "pushes", "pressed",
                    "held", "holds", "backed")
        + r" me " + alt("against", "into", "across", "down", "onto", "on", "to", "off", "out of",
                        "through", "up against", "by", "over", "down on")
        + r" (?:the |a |my |our )?" + alt(_PLACE, "hair", "throat", "neck", "arm", "arms",
                                         "corner")
        + r"\b",
        r"\b" + alt("threw", "throws", "throw", "throwing", "hurled", "flung", "chucked",
                    "smashed")
        + r" (?:a |an |the |his |her |my |our )?" + GAP1 + r"(?:\w+ )?at me\b",
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
        + alt("leave", "go out", "out", "go outside", "see my friends", "see my family",
              "call anyone", "call my", "use my phone", "have my phone", "have money",
              "get help", "go to the doctor")
        + r"\b",
        r"\b(?:took|takes|taken|smashed|broke|hid|hides) (?:away )?my (?:phone|keys|passport|"
        r"car keys|money|wallet) (?:so|and|because|to stop)\b",
    ),
)

WEAPON = Family(
    "en.violence.weapon",
    "violence",
    (
        r"\b" + alt("pulled", "pulls", "pointed", "points", "pointing", "held", "holds",
                    "holding", "waved", "waves", "waving", "came at me with", "comes at me with",
                    "grabbed", "brandished", "has", "got")
        + r" (?:a|the|his|her|their|out a|out his|out her) "
        + alt("knife", "gun", "blade", "weapon", "pistol", "rifle", "machete", "bat",
              "hammer", "shotgun")
        + r"(?! (?:for|to cut|to open|in the kitchen|drawer|block|set|safe)\b)\b",
        r"\b(?:knife|gun|blade|weapon|pistol) (?:to|at|against|on|in) (?:me|my)\b",
        r"\b" + alt("stab", "stabs", "stabbed", "stabbing", "shot", "shoot", "shoots",
                    "shooting", "cut", "cuts", "burned", "burnt", "burns", "scalded", "shot at")
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
        r"\b" + alt("forced", "forces", "forcing", "force", "made", "makes", "making",
                    "pressured", "pressures", "coerced", "coerces", "guilted")
        + r" me (?:to |into )?"
        + alt("have sex", "having sex", "sleep with", "sleeping with", "do sexual",
              "doing sexual", "sex", "perform", "give him", "touch him", "touch her",
              "do things i didnt want", "do stuff i didnt want")
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
        r"\b" + _MODAL + r" " + GAP1
        + alt("kill", "murder", "strangle", "stab", "shoot", "choke", "hurt", "harm", "beat",
              "hit", "drown", "bury", "smother", "suffocate", "break my neck", "slit my throat",
              "end me", "cut me")
        + r" " + _VICTIM + r"\b",
        r"\bthreat(?:en|ens|ened|ening) (?:me|us|my (?:life|kids|children|family))\b",
        r"\bthreat(?:en|ens|ened|ening)? " + GAP1 + r"to "
        + alt("kill", "hurt", "harm", "stab", "shoot", "beat", "hit", "strangle", "choke",
              "burn", "take the kids", "take my kids", "take the children", "end his life",
              "end her life", "end it", "commit suicide", "break my")
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
        r"\b" + alt("afraid", "scared", "terrified", "frightened", "petrified", "fearful",
                    "scared to death", "in fear")
        + r" (?:\w+ )?of (?:" + _PERSON + "|" + _HER + r")",
        r"\b" + alt("afraid", "scared", "terrified", "frightened", "petrified", "fear",
                    "fearful", "worried", "worry", "panicking")
        + r" (?:that )?" + alt(
            r"(?:he|she|they|my \w+) " + GAP1 + alt("will", "would", "might", "may", "could",
                                                     "is going to", "s going to",
                                                     "was going to", "going to", "wants to",
                                                     "is about to", "is gonna", "will try to"),
            r"(?:he|she|they)(?:ll|d)", "hes going to", "shes going to", "theyre going to",
        )
        + r" " + GAP1
        + alt(r"hurt (?:me|us|you|the kids|my (?:kids|children|son|daughter|baby)|himself"
              r"|herself|themselves)", "kill", "hit", "beat", "harm", "strangle", "choke",
              "attack", "rape", "stab", "shoot", "find me", "come after me", "lose it", "snap",
              "explode", "get violent", r"do something (?:to me|bad|terrible|awful|to the kids)",
              "take the kids", "murder", "break my", "break something", "break things")
        + r"\b",
        r"\b" + alt("afraid", "scared", "terrified", "frightened", "fear", "petrified")
        + r" (?:of )?what " + alt("he", "she", "they", "hell", "shell", "hed", "shed",
                                  "theyll", "hes", "shes", r"my \w+")
        + r" (?:\w+ ){0,3}(?:do|does|did|is capable of|capable of)\b",
        r"\b" + alt("afraid", "scared", "terrified", "frightened", "fear", "dread", "dreading",
                    "too scared", "petrified")
        + r" (?:\w+ )?(?:to|of) " + alt("go", "going", "come", "coming", "get", "getting",
                                        "be", "being", "head", "walk")
        + r" (?:back )?home\b(?! (?:late|too late|after)\b)",
        r"\bfear (?:for )?my (?:life|safety)\b|\b(?:afraid|scared|terrified|worried|fearing)"
        r" for my (?:life|safety)\b|\bmy life is in danger\b",
        r"\b(?:i am|im|we are|were|i feel|i think im|i might be|me and the kids are) "
        + r"(?:\w+ )?in danger\b",
        r"\b(?:dont|do not|never|cant|no longer|not) (?:\w+ )?feel (?:\w+ )?safe "
        + alt("at home", r"in my (?:own )?(?:home|house|bed|flat|apartment)",
              r"with (?:him|her|them|my \w+)", r"around (?:him|her|them|my \w+)", "anymore",
              "here", "in this house")
        + r"\b",
        r"\bfeel(?:s|ing)? unsafe\b|\b(?:not|isnt|never|unsafe) safe (?:at|in my|in our) "
        + r"(?:home|house)\b",
        r"\b(?:hiding|hide|hid) from (?:" + _PERSON + "|" + _HER + r")",
        r"\bstalk(?:s|ed|ing)? me\b",
        r"\b(?:he|she|they|" + rf"my {_PARTNER_NOUN}" + r") (?:\w+ )?(?:scares|frightens|"
        r"terrifies) me\b",
    ),
)

FIGURES: Final = (
    # "my mom is gonna kill me", "the boss will murder us": people who are not a partner.
    r"\b" + alt("mom", "mum", "mother", "mama", "mommy", "mother in law", "dad", "father",
                "papa", "daddy", "parents", "boss", "manager", "teacher", "coach", "sister",
                "brother", "grandma", "granny", "grandpa", "nan", "nana", "aunt", "uncle",
                "mil", "in laws", "inlaws", "landlord", "landlady", "professor", "editor",
                "team", "family", "friends", "bestie", "best friend", "sis", "bro", "mummy",
                "supervisor", "client", "trainer", "dentist", "doctor", "accountant")
    + r" (?:is |s |are |re |will |ll |would |d |going to |is going to |s going to |are going"
    r" to |re going to |might |could |gonna |about to |is about to )+(?:literally |actually |"
    r"totally |honestly |so |definitely |absolutely |seriously |probably |100 )?"
    r"(?:kill|murder|strangle) (?:me|us)\b",
    # Things, not people: "this week is going to kill me", "it'll kill me to say sorry".
    r"\b(?:(?:it|this|that|which|itll|thisll|thatll|what|words)|(?:this|that|the|my|these|"
    r"those|your) "
    + alt("traffic", "heat", "week", "job", "work", "exam", "exams", "deadline", "deadlines",
          "commute", "hangover", "stress", "shoes", "feet", "back", "diet", "gym", "workout",
          "run", "class", "project", "wedding", "cold", "flu", "suspense", "cliffhanger",
          "show", "series", "book", "meeting", "meetings", "presentation", "budget", "bill",
          "bills", "rent", "weather", "humidity", "noise", "cuteness", "jokes", "puns",
          "waiting", "wait", "hike", "stairs", "spice", "curry", "day", "month", "semester",
          "kids", "toddler", "baby", "puppy", "schedule", "boredom", "calories", "sugar")
    + r") (?:is |s |are |re |will |ll |would |d |going to |is going to |s going to |are going"
    r" to |might |could |about to )*(?:literally |actually |totally |honestly |so |really |"
    r"definitely )?(?:kill|murder|hurt|end|hit) (?:me|us|you|him|her)\b",
    # "I'll kill you if you eat my fries": a condition nobody dies over.
    r"\bkill (?:you|him|her) if (?:you|he|she) (?:\w+ )?(?:eat|eats|touch|touches|forget|"
    r"forgets|spoil|spoils|tell|tells|drink|drinks|finish|finishes|take|takes|miss|misses|"
    r"are late|re late|is late|s late|dont call|doesnt call|wake|wakes|use|uses)\b",
    r"\bhurt (?:his|her|their|your|my) (?:feelings|pride|ego|chances|reputation|career|"
    r"confidence)\b",
    r"\bhit me up\b|\bhit me back\b|\bhits? me different\b",
    r"\bhit me with (?:a |an |the |that |this |his |her |some |those |these |another |one )?"
    r"(?:\w+ )?(?:joke|jokes|question|questions|pun|puns|line|news|facts|fact|request|truth|"
    r"compliment|surprise|bill|invoice|idea|comeback|meme|memes|text|message|offer|deal|"
    r"story|quote|song|proposal|reality check|silent treatment|details|link|address|info|"
    r"update|playlist|recipe|gossip|suggestion|rhyme|riddle|list|number)\b",
    r"\b" + alt("it", "that", "this", "reality", "realization", "realisation", "grief",
                "the news", "the song", "the movie", "the film", "the sadness", "the loneliness",
                "the smell", "the memory", "memories", "the truth", "the thought", "the idea",
                "jet lag", "jetlag", "the heat", "the hangover", "the tiredness", "covid",
                "the flu", "nostalgia", "exhaustion", "panic", "anxiety", "homesickness",
                "a wave of \\w+", "what he said", "what she said", "the lyrics", "his words",
                "her words", "the ending", "the episode", "the book", "then it", "suddenly it",
                "the feeling", "that moment")
    + r" (?:\w+ ){0,2}(?:hit|hits|struck|strikes|hitting|punched|slapped|kicked|shook|shakes"
    r"|shaking) me\b",
    r"\bshook me (?:up|awake|to the core)\b",
    r"\bstr(?:uck|ikes) me (?:as|that|how|what|the)\b",
    r"\bbeat(?:s|en)? me (?:at|in) (?:\w+ ){0,3}"
    + alt("game", "games", "chess", "cards", "poker", "scrabble", "monopoly", "tennis", "golf",
          "pool", "darts", "fifa", "mario kart", "mario", "race", "racing", "arm wrestling",
          "argument", "everything", "trivia", "quiz", "ping pong", "badminton", "bowling",
          "running", "uno", "catan", "checkers", "backgammon", "squash", "table tennis",
          "wordle", "crossword", "sudoku", "bridge", "rummy", "connect four", "jenga",
          "sprint", "swimming", "pub quiz", "video games", "fortnite", "mahjong", "boggle")
    + r"\b",
    r"\bbeat(?:s|en)? me to (?:it|the punch|the (?:bathroom|shower|last|first|finish|door|car|"
    r"top|bottom|phone|answer|parking|\w+ slice|punchline|line|remote))\b",
    r"(?:^|\b(?:it|that|this|honestly|well|what|seriously) )beats me\b",
    r"\bpush(?:es|ed|ing)? me (?:to|into) (?!(?:the|a|an|my|our|his|her|their) )\w+",
    r"\bpush(?:es|ed|ing)? me (?:for|on|about|away|forward|harder|out of my comfort zone|"
    r"to my limits?|to my breaking point|to be|to do|to try)\b",
    r"\bgrab(?:s|bed|bing)? me (?:a|an|some|one|two|lunch|dinner|breakfast|coffee|food|"
    r"drinks?|tickets?|flowers?|from|at|after|before|when|on|by the hand|in a hug|a hug|"
    r"and kissed|and kisses|and hugged|and hugs|for a hug|for a dance|to dance|a seat)\b",
    r"\b(?:it|that|this|(?:the|that|this) (?:book|film|movie|story|song|show|idea|ad|title|"
    r"game|series|intro|trailer)) (?:really )?grab(?:s|bed)? me\b",
    r"\bchok(?:ed|es|ing) me up\b",
    r"\bkick(?:s|ed|ing)? me out of (?:the |our |my |his |her )?(?:group|chat|group chat|game"
    r"|band|team|lobby|class|server|call|meeting|car pool|carpool|club)\b",
    r"\b(?:baby|babies|cat|dog|puppy|kitten|toddler|horse|goat|mosquito|mosquitos|bug|bugs|"
    r"spider|snake|hamster|parrot|bird|the kid|my son|my daughter|the kids|bee|wasp|ant|ants"
    r") (?:\w+ ){0,2}(?:kick\w*|bit|bites|bite|biting|bitten|slapped|hit|hits|headbutt\w*|"
    r"punched|elbowed|scratch\w*|stung|scratched|grab\w*|pull\w*) (?:me|my \w+)\b",
    r"\bslam(?:s|med|ming)? me (?:for|on|in the (?:review|press|comments|group chat|"
    r"meeting))\b",
    r"\b(?:shot|shoot|shoots) me (?:a |an )?(?:look|text|message|glance|smile|email|dm|wink|"
    r"note|grin|glare|line|call|quick)\b",
    r"\bcut me (?:off|out|some slack|short|down|deep|a slice|a piece|in line|a deal|loose"
    r"|a break)\b",
    r"\bstab(?:bed|s)? me in the back\b",
    r"\bburn(?:ed|t|s)? me (?:a |an )?(?:cd|copy|mix|playlist|dvd)\b"
    r"|\bburn(?:ed|t)? me (?:before|once|last time|in the past|twice)\b",
    r"\bthrew (?:some |a |an )?(?:shade|look|glance|smile|wink|kiss|compliment|question|joke|"
    r"curveball|hint|hints|tantrum|fit|pillow|sock|kisses|compliments|questions) at me\b",
    r"\b(?:took|take|taking|swallowed) all (?:of )?my (?:meds|pills|medication|vitamins|"
    r"tablets) (?:today|this morning|on time|like the doctor said|as prescribed|for the day|"
    r"yet|already)\b",
    r"\bdie (?:my|her|his|your|our|the) (?:hair|beard|clothes|shirt|jeans|eyebrows)\b",
    r"\b(?:phone|battery|laptop|computer|car|plant|plants|tablet|headphones|charger|ipad|"
    r"iphone|tv|fridge|kindle|watch|ps5|console|mouse|keyboard) (?:\w+ ){0,3}(?:to die|dying"
    r"|died|dead)\b",
    r"\battack(?:s|ed|ing)? me (?:for|over|about|on|online|in the comments)\b",
    r"\b(?:cut|burn|burned|burnt|hurt|hurting|injured|scratched|bruised) " + _MYSELF
    + r" (?:while |when |by |on the |on a |on my |at the |with the |in the )?"
    + alt(r"(?:cook|shav|chopp|iron|runn|ski|lift|play|garden|climb|hik|cycl|bik|danc|train|"
          r"bak|open|clean|mov|fall|slipp|skat|surf|jump|tripp|box|stretch|saw|slic|dic|cutt"
          r")ing", "stove", "oven", "pan", "iron", "gym", "knife", "glass", "kitchen",
          "paper", "garden", "fall", "fell", "trampoline", "hike", "grater", "kettle",
          "curling iron", "hair straightener", "slipped", "again at", "on the")
    + r"\b",
    r"\bshot " + _MYSELF + r" in the foot\b",
    r"\b(?:never|not|wouldnt|wont|didnt|doesnt|would never|will never|has never|have never) "
    r"(?:ever )?(?:once )?(?:hit|hurt|beat|push|pushed|touch|laid|lay|put|grab|grabbed|"
    r"choked|slapped|kicked|punched|harm|harmed) (?:a (?:hand|finger) on )?(?:me|us)\b"
    r"(?! (?:but|until|except|before|since)\b)",
    r"\b(?:relationship|job|city|house|heat|air|work|schedule|routine|this|it|that|silence"
    r"|guilt|pressure|grief|loneliness|town|office) (?:is |s |was )?(?:really |kind of |kinda"
    r" |literally |so )?(?:suffocating|smothering) me\b",
    r"\bsmother(?:s|ed|ing)? me with (?:love|kisses|affection|attention|hugs|care|"
    r"compliments|questions)\b",
    r"\b(?:substance|alcohol|drug|drugs) abuse\b|\babus(?:e|ed|ing) (?:of )?(?:the |my |his "
    r"|her |their )?(?:system|policy|return policy|privilege|privileges|power|position|"
    r"trust|credit card|coupon|discount|free trial|kindness|generosity)\b",
    r"\block(?:s|ed|ing)? me out (?:of )?(?:my |the |our |his |her )?(?:account|phone|laptop|"
    r"computer|email|car|netflix|instagram|app|profile|wifi|spotify|icloud|google)\b",
    r"\blet me (?:leave|go out) (?:without|before|until|early|the table|dressed like|in this)"
    r"\b",
    r"\bcross my heart and hope to die\b",
    r"\b(?:die|dying|died|dead) (?:of|from|with|laughing|of laughter)\b"
    r"|\bto die (?:of|from|laughing|for|when i see|if i see)\b",
    r"\bgoing to die (?:if|when|before|without|of)\b",
    r"\b(?:scared|afraid|terrified|frightened) of (?:him|her|them|my \w+) "
    + alt("leaving", "leaving me", "cheating", "finding out", "dying", "breaking up",
          "breaking up with me", "losing interest", "getting sick", "getting hurt",
          "being sad", "being hurt", "being disappointed", "seeing", "reading", "judging",
          "not liking", "laughing", "meeting my parents", "saying no", "going away",
          "moving on")
    + r"\b",
    r"\bin danger of (?:\w+ing|missing|losing|failing|being late|burning)\b",
    r"\bend (?:it|things|this) (?:with|between)\b",
)

LANGUAGE: Final = Language(
    "en",
    (SELF_WORD, KILL_SELF, END_LIFE, WANT_DEAD, METHOD, PLAN, HIT, GRAB, CONFINE, WEAPON,
     SEXUAL, THREAT, FEAR),
    FIGURES,
)

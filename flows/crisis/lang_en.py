"""English crisis phrase families: self-harm here, harm by someone else in
:mod:`flows.crisis.lang_en_harm`, figures of speech in :mod:`flows.crisis.lang_en_figures`.

Text arrives normalised: "i'm" is "im", "he'll" is "hell", "she'd" is "shed",
"wanna" is "want to", "gonna" is "going to", "kms" is "kill myself".
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import GAP1, GAP2, GAP3, Family, Language, alt
from flows.crisis.lang_en_figures import FIGURES
from flows.crisis.lang_en_harm import CONFINE, FEAR, GRAB, HIT, SEXUAL, THREAT, WEAPON
from flows.crisis.lang_en_words import MYSELF

SELF_WORD = Family(
    "en.self.word",
    "self_harm",
    (
        r"\bunaliv\w*",
        r"\bself ?(?:harm\w*|injur\w*|mutilat\w*)",
        r"\bo ?d(?:ed|d|ing)? on "
        + GAP2
        + alt(
            "pills|meds|medication|tablets|painkillers|insulin|heroin|fentanyl|drugs|sleeping pills"
        ),
    ),
)

KILL_SELF = Family(
    "en.self.kill_self",
    "self_harm",
    (
        r"\b"
        + alt(
            "kill(?:s|ed|ing)?|off(?:s|ed|ing)?|unalive(?:s|d)?|unaliving|hang(?:s|ed|ing)?"
            "|shoot(?:s|ing)?|shot|drown(?:s|ed|ing)?|poison(?:s|ed|ing)?|stab(?:s|bed|bing)?"
            "|suffocat(?:e|es|ed|ing)|strangl(?:e|es|ed|ing)|gas(?:sed|sing)?|electrocut(?:e|es"
            "|ed|ing)"
        )
        + r" ?"
        + MYSELF
        + r"\b",
        r"\b"
        + alt(
            "hurt(?:s|ing)?|harm(?:s|ed|ing)?|cut(?:s|ting)?|burn(?:s|ed|t|ing)?|starv(?:e|es|ed"
            "|ing)|punish(?:es|ed|ing)?|scratch(?:es|ed|ing)?|bruis(?:e|es|ed|ing)|bleed(?:s"
            "|ing)?"
        )
        + r" ?"
        + MYSELF
        + r"\b",
        r"\bbeen (?:cutting|hurting|harming|burning)(?: (?:again|myself|lately|every ?day|more))",
    ),
)

END_LIFE = Family(
    "en.self.end_life",
    "self_harm",
    (
        r"\b" + alt("take|taking|took|end|ending|ended|finish|finishing") + r" my (?:own )?life\b",
        r"\bend(?:ing)? (?:it|everything) all\b|\bend(?:ing)? it all\b",
        r"\b"
        + alt(
            "want|wanted|going|need|ready|decided|about|planning|plan|time|have|gotta|should"
            "|just want"
        )
        + r" to end (?:it|everything|things)\b",
        r"\bwant (?:it all|everything|all of it|my life|this life) to (?:end|be over|stop)\b",
        r"\b(?:end|ending|finish|finishing) (?:it|everything) (?:all )?"
        + alt("tonight|today|tomorrow|this week|this weekend|soon|now")
        + r"\b",
        r"\b"
        + alt("everyone|everybody|the world|world|my family|they|you all|people|you guys|the kids")
        + r" (?:\w+ ){0,3}(?:better|happier|easier|fine) (?:off )?without me\b",
        r"\bbetter off (?:dead|without me)\b|\b(?:better|happier|easier|fine) (?:off )?if i "
        + alt(
            "was gone|were gone|wasnt here|werent here|wasnt around|werent around|died|was dead"
            "|were dead|didnt exist|did not exist|disappeared|never existed|wasnt alive"
            "|was never born|killed myself"
        )
        + r"\b",
        r"\b"
        + alt("nobody|no one|noone|no body|who")
        + r" (?:\w+ ){0,3}(?:miss|notice|care|cry)(?: \w+){0,2} if i "
        + alt(
            "died|was gone|were gone|disappeared|killed|wasnt here|werent here|was dead|were dead"
            "|left this world"
        )
        + r"\b",
    ),
)

WANT_DEAD = Family(
    "en.self.want_dead",
    "self_harm",
    (
        r"\b"
        + alt(
            "want|wanted|wanting|wants|wish|wishing|would like|like|need|ready|deserve|deserved"
            "|hope|hoping|going|plan|planning|decided|about|praying|pray|ought|have|gotta"
            "|supposed"
        )
        + r" (?:\w+ ){0,2}to die\b",
        r"\bwish (?:\w+ )?i (?:was|were|could|would|had|d|might) (?:just )?"
        + alt(
            "dead|die|gone forever|disappear|never been born|not been born|not alive"
            "|not here anymore|never existed|not exist"
        )
        + r"\b",
        r"\b"
        + alt("want|wanted|wish|wishing|rather|deserve|should|ready|need|like|prefer|better")
        + r" (?:to )?(?:just )?(?:be|being) dead\b",
        r"\b"
        + alt("want|wish|need|prefer|rather|like|trying|try")
        + r" (?:to )?(?:just )?"
        + alt(
            "not exist|stop existing|cease to exist|not be alive|not be here|not be around"
            "|not wake up|never wake up|stop living|stop breathing|disappear (?:forever|for good"
            "|for ever|permanently|completely|from this world)|vanish forever|fall asleep forever"
            "|sleep forever"
        )
        + r"\b",
        r"\b(?:dont|do not|didnt|never|no longer) want to "
        + alt(
            "exist|be alive|live(?! (?:with|in|at|near|there|here|together|abroad|like that"
            r"|without)\b)|wake up(?! (?:early|at|so|before|on|for|in)\b)|be here anymore"
            "|be here any more|go on living|keep living|keep going anymore|be around anymore"
        )
        + r"\b",
        r"\b(?:sleep|hope|want|wish|pray|praying)(?: \w+){0,4} (?:never|not|dont|wont) wake up\b",
        r"\b"
        + alt("no|nothing|no reason|no point|nothing left|zero")
        + r" "
        + GAP1
        + alt(
            "to live for|in living|in being alive|to keep living|of living|reason to live"
            "|in life anymore|(?:to|in) go(?:ing)? on(?! (?:about|with|a|an|the|holiday|vacation"
            r"|trip|like)\b)"
        )
        + r"\b",
        r"\b(?:see|is|whats|what is|theres|there is) (?:the |no )?(?:point|reason|sense) "
        + r"(?:in|of|to) (?:living|live|being alive|going on|staying alive)\b",
        r"\b(?:life|living) (?:isnt|is not|aint|not) worth\b|\bnot worth living\b",
        r"\bcant (?:go on(?! (?:a|an|the|this|that|holiday|vacation|trip|tour|date|stage|air|tv"
        r"|record|with)\b)|keep going(?! to\b)|keep living|live like this|do life)\b",
        r"\bwant out (?:of (?:this|my) life|for good|forever|of life)\b",
        # Passive wishes: "i wish i wasnt alive", "i might as well be dead", "nobody would
        # miss me", "going to sleep forever", "id rather die than go back to him".
        r"\bwish (?:\w+ )?i (?:wasnt|werent|was not|were not) (?:alive|born|here anymore"
        r"|around anymore)\b",
        r"\bi (?:might|may) as well (?:be dead|die|not exist|not be alive)\b",
        r"\b(?:nobody|no one|noone) (?:would|will|is going to|gonna) (?:even )?(?:miss|notice)"
        r" me(?! (?:at|in|on|for|if i (?:left|skipped|missed|went))\b)",
        r"\b(?:going|gonna|about) to (?:go to )?sleep forever\b",
        r"\brather (?:die|be dead) than (?:go back to|return to|be with|stay with|live with) "
        r"(?:him|her|them|my (?:husband|wife|partner|ex|boyfriend|girlfriend|bf|gf))\b",
        r"\b(?:die|dead|end it|kill myself|be gone)\b(?: \w+){0,12} i (?:have|ve got|got"
        r"|bought|saved|collected) (?:the|enough|all the|a bottle of|my) (?:pills|tablets"
        r"|sleeping pills|painkillers)\b",
    ),
)

METHOD = Family(
    "en.self.method",
    "self_harm",
    (
        r"\bnoose\b|\b(?:rope|belt|cord) (?:around|round) my neck\b",
        r"\b"
        + alt(
            "slit(?:s|ting)?|cut(?:s|ting)?|slash(?:es|ed|ing)?|open(?:s|ed|ing)?|sliced?|slicing"
        )
        + r" (?:open )?(?:my|both my|both of my) (?:wrists?|veins|arms|throat)\b",
        r"\b"
        + alt(
            r"jump(?:s|ed|ing)?",
            r"throw(?:s|ing)? " + MYSELF,
            "threw " + MYSELF,
            r"hurl(?:ing)? " + MYSELF,
            r"fling(?:ing)? " + MYSELF,
            "leap",
            "leaping",
        )
        + r" (?:off|from|out of|of) (?:a |the |my |our |this |that )?(?:\w+ )?"
        + alt(
            "bridge|roof|rooftop|building|balcony|window|cliff|tower|overpass|ledge"
            "|parking garage|skyscraper|flyover"
        )
        + r"\b",
        r"\b"
        + alt(
            r"jump(?:s|ed|ing)?",
            r"step(?:s|ped|ping)?",
            r"walk(?:s|ed|ing)?",
            r"throw(?:s|ing)? " + MYSELF,
            "threw " + MYSELF,
            r"lie|lying|lay",
            r"run(?:ning)?",
        )
        + r" (?:down )?(?:in front of|under|onto) (?:a|the|an) (?:\w+ )?"
        + alt("train|bus|truck|car|tracks|lorry|tram|subway|metro")
        + r"\b",
        r"\bblow my (?:brains|head) (?:out|off)\b|\b(?:bullet|shoot) (?:in|through|into) my "
        + r"(?:head|brain|brains|mouth)\b",
        r"\b"
        + alt(
            "take|taking|took|swallow|swallowing|swallowed|down|downing|downed|overdose on|empty"
            "|emptied"
        )
        + r" (?:all|every one of|every|the whole|a whole|a bunch of|a handful of|handfuls of"
        r"|loads of|too many|all of|the rest of) "
        + GAP2
        + alt(
            "pills|tablets|meds|medication|painkillers|sleeping pills|bottle|packet|box|pack"
            "|paracetamol|tylenol|insulin"
        )
        + r"\b",
        r"\b"
        + alt(r"stockpil\w*|hoard\w*|sav(?:e|ed|ing) up|been collecting|been saving|been hiding")
        + r" (?:my |the |some |enough )?"
        + alt("pills|tablets|meds|painkillers|sleeping pills")
        + r"\b",
        r"\b"
        + alt("drive|driving|drove|crash|crashing|steer|steering|swerve|swerving")
        + r" (?:my car |the car |myself )?(?:into|off) (?:a|the|an) (?:\w+ )?"
        + alt("wall|tree|bridge|cliff|river|truck|lorry|oncoming|lake|ravine")
        + r"\b",
        r"\b(?:walk|walking|swim|swimming) (?:out )?into the (?:sea|ocean|river|lake|water)"
        r" (?:and|until|forever|never)\b",
        r"\b(?:bottle|box|packet|pack|handful|bunch|pile|stack|jar) of "
        + GAP1
        + r"(?:pills|tablets|meds|painkillers|sleeping pills) (?:next to me|in front of me|"
        r"in my hand|ready|lined up|beside me|by my bed)\b",
        r"\bhow (?:many|much) "
        + GAP1
        + alt(
            "pills|tablets|sleeping pills|painkillers|paracetamol|tylenol|ibuprofen|insulin|xanax"
            "|meds|pill"
        )
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
        + alt("die|go|end it|do it|kill|leave this world|end my")
        + r"\b",
        r"\bmy last (?:night|day|hours|breath) (?:alive|on earth|on this earth|in this world)\b",
        r"\b"
        + alt("plan|planned|planning|decided|made up my mind|picked a date|set a date|figured out")
        + r" "
        + GAP3
        + alt(
            "to die|to end it|to end my life|how to die|when i die|how i die|how to end it"
            "|how i will do it|how im going to do it"
        )
        + r"\b",
    ),
)

LANGUAGE: Final = Language(
    "en",
    (
        SELF_WORD,
        KILL_SELF,
        END_LIFE,
        WANT_DEAD,
        METHOD,
        PLAN,
        HIT,
        GRAB,
        CONFINE,
        WEAPON,
        SEXUAL,
        THREAT,
        FEAR,
    ),
    FIGURES,
)

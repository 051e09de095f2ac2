"""English figures of speech that contain a danger phrase but must not fire.

Each one excuses a danger match whose last character it covers; see
:mod:`flows.crisis.families`.
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import alt
from flows.crisis.lang_en_words import MYSELF

FIGURES: Final = (
    r"\bpush(?:es|ed|ing)? me (?:in|into) the (?:pool|water|lake|sea|snow|river|sand)\b",
    # "my mom is gonna kill me", "the boss will murder us": people who are not a partner.
    r"\b"
    + alt(
        "mom|mum|mother|mama|mommy|mother in law|dad|father|papa|daddy|parents|boss|manager"
        "|teacher|coach|sister|brother|grandma|granny|grandpa|nan|nana|aunt|uncle|mil|in laws"
        "|inlaws|landlord|landlady|professor|editor|team|family|friends|bestie|best friend"
        "|sis|bro|mummy|supervisor|client|trainer|dentist|doctor|accountant"
    )
    # "dad's going to" is "dads going to" once the apostrophe is gone.
    + r"s? (?:is |s |are |re |will |ll |would |d |going to |is going to |s going to |are going"
    r" to |re going to |might |could |gonna |about to |is about to )+(?:literally |actually |"
    r"totally |honestly |so |definitely |absolutely |seriously |probably |100 )?"
    r"(?:kill|murder|strangle|choke|throttle|hang|skin) (?:me|us)\b",
    # Things, not people: "this week is going to kill me", "it'll kill me to say sorry".
    r"\b(?:(?:it|this|that|which|itll|thisll|thatll|what|words)|(?:this|that|the|my|these|"
    r"those|your) "
    + alt(
        "traffic|heat|week|job|work|exam|exams|deadline|deadlines|commute|hangover|stress"
        "|shoes|feet|back|diet|gym|workout|run|class|project|wedding|cold|flu|suspense"
        "|cliffhanger|show|series|book|meeting|meetings|presentation|budget|bill|bills|rent"
        "|weather|humidity|noise|cuteness|jokes|puns|waiting|wait|hike|stairs|spice|curry|day"
        "|month|semester|thesis|dissertation|finals|essay|kids|toddler|baby|puppy|schedule|boredom|calories|sugar"
    )
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
    r"\b"
    + alt(
        "it|that|this|reality|realization|realisation|grief|the news|the song|the movie"
        "|the film|the sadness|the loneliness|the smell|the memory|memories|the truth"
        "|the thought|the idea|jet lag|jetlag|the heat|the hangover|the tiredness|covid"
        r"|the flu|nostalgia|exhaustion|panic|anxiety|homesickness|a wave of \w+|what he said"
        "|what she said|the lyrics|his words|her words|the ending|the episode|the book"
        "|then it|suddenly it|the feeling|that moment"
    )
    # Up to two words between, none of them someone ("i cant take it he hits me" is a
    # person hitting, after "it").
    + r" (?:(?!(?:he|she|they|hes|shes|theyre|someone|somebody|my|his|her)\b)\w+ ){0,2}"
    r"(?:hit|hits|struck|strikes|hitting|punched|slapped|kicked|shook|shakes|shaking) me\b",
    r"\bshook me (?:up|awake|to the core)\b",
    r"\bstr(?:uck|ikes) me (?:as|that|how|what|the)\b",
    r"\bbeat(?:s|en)? me (?:at|in) (?:\w+ ){0,3}"
    + alt(
        "game|games|chess|cards|poker|scrabble|monopoly|tennis|golf|pool|darts|fifa"
        "|mario kart|mario|race|racing|arm wrestling|argument|everything|trivia|quiz"
        "|ping pong|badminton|bowling|running|uno|catan|checkers|backgammon|squash"
        "|table tennis|wordle|crossword|sudoku|bridge|rummy|connect four|jenga|sprint"
        "|swimming|pub quiz|video games|fortnite|mahjong|boggle"
    )
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
    r"\b(?:cut|burn|burned|burnt|hurt|hurting|injured|scratched|bruised) "
    + MYSELF
    + r" (?:while |when |by |on the |on a |on my |at the |with the |in the )?"
    + alt(
        "(?:cook|shav|chopp|iron|runn|ski|lift|play|garden|climb|hik|cycl|bik|danc|train|bak"
        "|open|clean|mov|fall|slipp|skat|surf|jump|tripp|box|stretch|saw|slic|dic|cutt)ing"
        "|stove|oven|pan|iron|gym|knife|glass|kitchen|paper|garden|fall|fell|trampoline|hike"
        "|grater|kettle|curling iron|hair straightener|slipped|again at|on the"
    )
    + r"\b",
    r"\bshot " + MYSELF + r" in the foot\b",
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
    # "without him" is control, not a parent's rule about a coat.
    r"\blet me (?:leave|go out) (?:without(?! (?:him|her|them|my)\b)|before|until|early"
    r"|the table|dressed like|in this)\b",
    r"\bcross my heart and hope to die\b",
    # "of/from/for" only with what one dies of: "want to die of" alone is no figure.
    r"\b(?:die|dying|died|dead) (?:(?:of|from|with) \w+|laughing|of laughter)\b"
    r"|\bto die (?:(?:of|from|for) \w+|laughing|when i see|if i see)\b",
    r"\bgoing to die (?:if|when|before|without|of) \w+",
    r"\b(?:scared|afraid|terrified|frightened) of (?:him|her|them|my \w+) "
    + alt(
        "leaving|leaving me|cheating|finding out|dying|breaking up|breaking up with me"
        "|losing interest|getting sick|getting hurt|being sad|being hurt|being disappointed"
        "|seeing|reading|judging|not liking|laughing|meeting my parents|saying no|going away"
        "|moving on"
    )
    + r"\b",
    r"\bin danger of (?:\w+ing|missing|losing|failing|being late|burning)\b",
    r"\bend (?:it|things|this) (?:with|between)\b",
)

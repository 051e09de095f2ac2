"""Portuguese crisis phrase families and figures of speech (Brazil and Portugal).

Text arrives folded: accents dropped ("ameaçou" → "ameacou", "não" → "nao"),
hyphens turned into spaces ("matar-me" → "matar me").
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import GAP1, GAP2, Family, Language, alt

_PARTNER: Final = alt(
    "dele|dela|do meu (?:marido|namorado|parceiro|companheiro|noivo|ex|esposo|homem)"
    "|da minha (?:esposa|namorada|mulher|parceira|companheira|noiva|ex)"
)
_WANT: Final = alt(
    "quero|queria|vou|ia|vontade de|penso em|pensando em|pensei em|tentar|tentei|preciso"
    "|desejo|gostaria de|prefiro|to pensando em|estou pensando em|tou pensando em"
    "|vou acabar|quis|voltei a|voltar a|volto a|comecei a|continuo a"
)
_SELF_VERB: Final = alt(
    "me matar|matar me|morrer|me suicidar|suicidar me|sumir para sempre|sumir pra sempre"
    "|desaparecer para sempre|desaparecer pra sempre|deixar de existir|nao existir"
    "|nao acordar|nao acordar mais|me enforcar|enforcar me|tirar minha vida"
    "|tirar a minha vida|tirar a propria vida|acabar com a minha vida"
    "|acabar com minha vida|acabar com tudo|me cortar|me machucar|me jogar"
    "|dar um tiro na cabeca|me envenenar"
)

SELF_WANT = Family(
    "pt.self.want",
    "self_harm",
    (
        r"\b" + _WANT + r" " + GAP1 + _SELF_VERB + r"\b",
        r"\bnao (?:quero|aguento|suporto) "
        + GAP1
        + r"(?:mais )?"
        + alt(
            r"viver|existir|acordar(?! (?:cedo|as|amanha cedo|tarde)\b)|estar vivo|estar viva"
            "|continuar vivendo|continuar vivo|continuar viva|continuar aqui"
        )
        + r"\b(?! (?:em|com|aqui|la|perto|longe|juntos|sozinha|sozinho)\b)",
        r"\b(?:queria|gostaria de|preferia|quero) estar mort[oa]\b|\bmelhor "
        + GAP1
        + r"mort[oa]\b",
        r"\b(?:estariam|ficariam|seriam|vivem|viveriam|seria|ficaria|estaria) "
        + GAP1
        + r"melhor(?:es)? sem mim\b",
        r"\bnao (?:tenho|vejo) "
        + GAP1
        + r"(?:motivo|motivos|razao|razoes|sentido) (?:para|pra) viver\b"
        r"|\ba vida nao (?:tem|faz) (?:mais )?sentido\b",
        r"\bvontade de (?:morrer|sumir|desaparecer|nao existir|me matar)\b",
        r"\b(?:dormir|queria|quero|preferia) (?:\w+ ){0,3}(?:nunca mais acordar|nao acordar mais|"
        r"nao acordar nunca)\b|\b(?:sumir|desaparecer) (?:desse|deste|do) mundo\b",
        r"\b(?:me matar|me suicidar|matar me|suicidar me)\b",
        r"\bse eu (?:nao existisse|morresse|sumisse|nao estivesse aqui|tivesse morrido|"
        r"nunca tivesse nascido)\b",
        # Passive wishes: "queria nao estar viva", "ninguem sentiria minha falta".
        r"\b(?:queria|preferia|gostaria de) nao (?:estar viv[oa]|existir|ter nascido"
        r"|estar mais aqui|acordar mais)\b",
        r"\bninguem (?:sentiria|vai sentir|ia sentir) (?:a )?minha falta"
        r"(?! (?:na|no|em|durante|hoje)\b)(?= |$)",
    ),
)

METHOD = Family(
    "pt.self.method",
    "self_harm",
    (
        r"\b(?:pular|me jogar|jogar me|saltar|pulo|me jogo|pulei) "
        + GAP1
        + alt(
            "da|de uma|de um|do|na frente de|na frente do|na frente da|pela|embaixo de|embaixo do"
            "|debaixo do|no|na"
        )
        + r" "
        + GAP1
        + alt(
            "ponte|janela|predio|sacada|varanda|telhado|viaduto|trem|metro|onibus|caminhao|carro"
            "|penhasco|terraco|trilho|trilhos"
        )
        + r"\b",
        r"\b(?:todos|todas) (?:os|as|meus|minhas) "
        + GAP1
        + alt("remedios|comprimidos|pilulas|medicamentos|calmantes")
        + r"\b",
        r"\b(?:cortar|cortei|corto|cortando|cortava) (?:os |meus )?(?:pulsos|bracos|pernas)\b"
        r"|\b(?:me cortando|me corto|me cortei|me cortava)\b",
        r"\bautolesao\b|\bautomutil\w*|\bcorda " + GAP2 + r"(?:pescoco|comprei)\b",
    ),
)

_HIT: Final = alt(
    "bate|bateu|batia|agride|agrediu|agredia|espanca|espancou|espancava|empurra|empurrou"
    "|empurrava|chuta|chutou|chutava|estapeia|estapeou|esbofeteia|esbofeteou|enforca"
    "|enforcou|enforcava|esgana|esganou|sufoca|sufocou|estrangula|estrangulou|machuca"
    "|machucou|machucava|machucam|machucaram|bateram|batem|soca|socou|socava|surra|surrou"
    "|cospe|cuspiu|violenta|violentou|sacode|sacudiu"
)

HIT = Family(
    "pt.violence.hit",
    "violence",
    (
        r"\bme " + _HIT + r"\b",
        r"\b(?:me deu|me da|me dava|deu|levei|levo|leva|dar|me dar) "
        + GAP1
        + r"(?:um |uma |uns |umas )?"
        + alt(
            "tapa|tapas|soco|socos|murro|murros|chute|chutes|pontape|pontapes|bofetada|bofetadas"
            "|surra|surras|tabefe|porrada|porradas|cotovelada|joelhada|sopapo|bofetao|cascudo"
        )
        + r"\b",
        r"\bviolencia domestica\b|\bagressao\b|\bagressivo comigo\b|\bviolento comigo\b"
        r"|\bmaria da penha\b|\bagressor\b",
        r"\b(?:ele|ela|marido|namorado|namorada|esposa|mulher) "
        + GAP1
        + alt(
            "bate em mim|batia em mim|bateu em mim|me bater|me agredir|partiu pra cima de mim"
            "|veio pra cima de mim"
        )
        + r"\b",
    ),
)

GRAB = Family(
    "pt.violence.grab",
    "violence",
    (
        r"\b(?:apertou|aperta|apertava|agarrou|agarra|segurou|segura|pegou) "
        + GAP1
        + alt(
            "meu pescoco|minha garganta|o meu pescoco|pelo pescoco|pela garganta|pelo cabelo"
            "|pelos cabelos|meu braco com forca|pelo braco com forca"
        )
        + r"\b",
        r"\b(?:puxou|puxa|puxava|arrastou|arrasta) "
        + GAP1
        + alt("meu cabelo|o meu cabelo|pelo cabelo|pelos cabelos|pelo braco")
        + r"\b",
        r"\b(?:empurrou|jogou|jogava|empurra|joga|atirou|arremessou|prensou|imprensou|me "
        r"empurrou|me jogou) "
        + GAP1
        + alt(
            "contra a parede|na parede|no chao|contra o chao|da escada|pela escada|contra a porta"
            "|escada abaixo|contra o armario"
        )
        + r"\b",
        r"\bme (?:tranca|trancou|trancava|prende|prendeu|prendia) "
        + GAP1
        + alt("em casa|no quarto|no banheiro|dentro|no apartamento|na casa")
        + r"\b|\bnao me deixa sair\b",
    ),
)

SEXUAL = Family(
    "pt.sexual",
    "sexual",
    (
        r"\bestupr\w*|\babusou de mim\b|\babuso sexual\b|\babusad[oa] sexualmente\b",
        r"\b(?:me )?(?:forcou|obrigou|forca|obriga|forcava|obrigava) "
        + GAP1
        + r"a "
        + alt("transar|ter relacoes|fazer sexo|dormir com ele|dormir com ela|ter relacao")
        + r"\b",
    ),
)

THREAT = Family(
    "pt.threat",
    "threat",
    (
        r"\bameac\w* "
        + GAP2
        + alt(
            "me matar|matar|me bater|me machucar|me agredir|de morte|com uma faca|com uma arma"
            "|com um revolver|tirar (?:os|meus) filhos|me esfaquear"
        )
        + r"\b",
        r"\bme ameac\w*",
        r"\b(?:vai|ia|quer|queria|tentou|tenta|pode|podia|disse que vai|disse que ia|vao) "
        + GAP1
        + alt(
            "me matar|me bater|me machucar|me enforcar|me esfaquear|me espancar|matar me"
            "|me dar um tiro|acabar comigo"
        )
        + r"\b",
        r"\b(?:vou|quero) (?:matar ele|mata lo|matar ela|mata la|matalo|matala)\b",
    ),
)

FEAR = Family(
    "pt.fear",
    "fear",
    (
        r"\b(?:tenho|sinto|to com|tou com|estou com|fico com|tenho muito|morro de) "
        + GAP1
        + r"medo "
        + _PARTNER
        + r"\b",
        r"\bmedo " + GAP1 + r"(?:de )?(?:voltar|ir|chegar) (?:pra|para|a|em)? ?casa\b",
        r"\bmedo (?:de )?que (?:ele|ela) (?:me )?"
        + GAP1
        + alt("mate|bata|machuque|agrida|faca alguma coisa|enforque|estupre|encontre")
        + r"\b",
        r"\bmedo do que (?:ele|ela) " + GAP2 + r"(?:fazer|faca|fara)\b",
        r"\b(?:temo|medo) pela minha vida\b|\bminha vida (?:esta|ta) em perigo\b"
        r"|\b(?:estou|to|tou) em perigo\b",
        r"\bnao me sinto "
        + GAP1
        + alt("segura|seguro")
        + r" "
        + GAP1
        + alt("em casa|com ele|com ela|na minha casa|aqui")
        + r"\b",
    ),
)

FIGURES: Final = (
    # Pushed into the pool, threatened with a spoiler: play.
    r"\bme empurr\w* (?:pra|para|na|no|dentro da|dentro do) (?:a )?(?:piscina|agua|mar|lago)\b",
    r"\bamea\w* (?:de|com) "
    + alt("contar|falar|ir embora|terminar|me deixar|postar|mostrar|spoiler|sair|nao vir")
    + r"\b",
    # "minha mãe vai me matar se a gente chegar atrasado": not a partner, or things.
    r"\b"
    + alt(
        "minha (?:mae|irma|chefe|sogra|avo|professora|tia)|meu (?:pai|irmao|chefe|sogro|avo"
        "|professor|tio|treinador)|mae|pai|meus pais|esse transito|esse calor|o calor"
        "|esse trabalho|essa dieta|essa prova|minha coroa|meu coroa|minha velha|meu velho|essa tese"
        "|esse semestre|esse tcc|essa faculdade|o semestre|a tese|o tcc|a faculdade"
    )
    + r" "
    + GAP1
    + r"(?:vai|vao|ia|iam) (?:me matar|acabar comigo|me enforcar|me esganar|me estrangular"
    r"|me esfolar)\b",
    r"\btapa no (?:visual|cabelo|texto|look|quarto|jardim)\b",
    r"\bmedo (?:dele|dela) "
    + alt(
        "ir embora|me deixar|terminar|me trair|trair|desistir|sair|nao gostar|ficar chateado"
        "|ficar chateada|descobrir|esquecer"
    )
    + r"\b",
    r"\bme bat\w* "
    + GAP2
    + r"(?:no|na|em) "
    + alt(
        "xadrez|truco|baralho|jogo|videogame|tenis|ping pong|poker|fifa|uno|corrida|dama"
        "|sinuca|queda de braco"
    )
    + r"\b",
    r"\bbat\w* "
    + GAP1
    + r"(?:uma |a |o |um )?"
    + alt(
        "saudade|fome|sono|vontade|tristeza|preguica|bad|ansiedade|medo|nostalgia|cansaco"
        "|desanimo|onda|vibe"
    )
    + r"\b",
    r"\bme "
    + alt("empurrou|empurra|empurrava")
    + r" (?:pra|para|a) (?:me )?"
    + r"(?:\w+(?:ar|er|ir)|ser)\b",
    r"\b(?:morrer|morrendo|morri|morro|morta|morto) (?:de|do|da) "
    + alt(
        "rir|fome|sono|saudade|vontade|calor|frio|vergonha|tedio|cansaco|inveja|curiosidade"
        "|amor|sede|rizada|risada|medo"
    )
    + r"\b",
    r"\bme cortei " + GAP1 + r"(?:cozinhando|fazendo|na cozinha|com papel|com a faca de|"
    r"descascando|cortando|picando|abrindo)\b",
    r"\b(?:palavras|isso|o que voce disse|o que ele disse|o que ela disse|esse comentario) "
    + GAP1
    + r"me machuc\w*",
    r"\b(?:relacao|isso|esse calor|esse trabalho|essa rotina|essa cidade) " + GAP1 + r"me sufoca\b",
)

LANGUAGE: Final = Language(
    "pt",
    (SELF_WANT, METHOD, HIT, GRAB, SEXUAL, THREAT, FEAR),
    FIGURES,
)

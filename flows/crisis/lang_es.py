"""Spanish crisis phrase families and figures of speech.

Text arrives folded: accents dropped ("golpeó" → "golpeo"), "ñ" → "n".
"""

from __future__ import annotations

from typing import Final

from flows.crisis.families import GAP1, GAP2, Family, Language, alt

_PARTNER: Final = alt(
    "el|ella|mi (?:esposo|marido|novio|pareja|esposa|novia|mujer|ex|companero|companera"
    "|chico|chica|hombre|prometido|prometida)"
)
_WANT: Final = alt(
    "quiero|quisiera|queria|voy a|iba a|pienso en|pensando en|he pensado en|pense en"
    "|ganas de|deseo|deseos de|necesito|intentar|intente|quise|prefiero|preferiria"
    "|me gustaria|tengo ganas de|me dan ganas de|planeo|voy a intentar"
)
_SELF_VERB: Final = alt(
    "matarme|morirme|morir|suicidarme|ahorcarme|colgarme|envenenarme"
    "|desaparecer para siempre|dejar de existir|no existir|no despertar|no despertarme"
    "|quitarme la vida|acabar con mi vida|terminar con mi vida|acabar con todo"
    "|terminar con todo|hacerme dano|lastimarme|cortarme|pegarme un tiro|darme un tiro"
    "|tirarme|lanzarme|aventarme"
)

SELF_WANT = Family(
    "es.self.want",
    "self_harm",
    (
        r"\b" + _WANT + r" " + GAP1 + _SELF_VERB + r"\b",
        r"\bme (?:quiero|voy a|vas a|voy|quisiera) "
        + GAP1
        + alt("matar|morir|suicidar|ahorcar|colgar|envenenar|cortar las venas")
        + r"\b",
        r"\b(?:no quiero|ya no quiero|no quisiera|ya no) "
        + GAP2
        + alt(
            r"vivir(?! (?:en|con|cerca|aqui|alli|ahi|lejos|juntos|sola|solo|asi con)\b)"
            "|seguir viviendo|estar vivo|estar viva|existir|despertar|despertarme|seguir aqui"
            "|seguir con vida|seguir en este mundo"
        )
        + r"\b",
        r"\bojala "
        + GAP2
        + alt(
            "muriera|morir|estuviera muert[oa]|no existiera|no hubiera nacido|no despertar"
            "|no despertara|me muera|desaparecer|no despierte"
        )
        + r"\b",
        r"\b(?:mejor|preferiria estar|quisiera estar|quiero estar) muert[oa]s?\b",
        r"\b(?:estarian|estaria|estarias|estan|seria|serian|vivirian|estariamos) "
        + GAP1
        + r"mejor sin mi\b|\bsin mi "
        + GAP1
        + r"(?:estarian|estarias|todos|seria) "
        + r"mejor\b",
        r"\bno tengo " + GAP1 + r"(?:razon|razones|motivo|motivos|ganas) (?:para|de) vivir\b"
        r"|\bla vida no tiene (?:\w+ )?sentido\b|\bno vale la pena vivir\b",
        r"\bsi (?:yo )?(?:no existiera|muriera|me muriera|desapareciera|no estuviera|no hubiera"
        r" nacido)\b",
        r"\bme mato\b(?! (?:trabajando|estudiando|de risa|corriendo|en el gym|haciendo)\b)",
        # Passive wishes: "ojala no estuviera viva", "nadie me echaria de menos".
        r"\b(?:ojala|quisiera|preferiria) no (?:(?:estar|estuviera|seguir) (?:viv[oa]|en este"
        r" mundo)|haber nacido|existir|existiera)\b",
        r"\bnadie me (?:echaria de menos|va a echar de menos|echaria en falta|extranaria"
        r"|va a extranar)(?! (?:en|a|al|durante|hoy)\b)(?= |$)",
        r"\bme da (?:igual|lo mismo) (?:vivir o morir|morir(?:me)?|estar viv[oa] o muert[oa])\b",
    ),
)

METHOD = Family(
    "es.self.method",
    "self_harm",
    (
        r"\b(?:cortarme|cortar|me corte|me corto|me cortaba|cortando) "
        + GAP1
        + alt("las venas|las munecas|los brazos|las piernas|la muneca")
        + r"\b",
        r"\b"
        + alt(
            "tirarme|lanzarme|saltar|arrojarme|aventarme|me tiro|me lanzo|me aviento|me arrojo"
            "|me voy a tirar|me quiero tirar"
        )
        + r" "
        + GAP1
        + alt(
            "del|de un|de una|desde|por la|por el|al|a las|a la|bajo un|bajo el|frente a un"
            "|frente al|debajo de un"
        )
        + r" "
        + GAP1
        + alt(
            "puente|edificio|balcon|techo|azotea|ventana|vias|via|metro|tren|camion|precipicio"
            "|acantilado|piso|coche|carro|auto"
        )
        + r"\b",
        r"\b(?:todas|todos) (?:las|los|mis) "
        + GAP1
        + alt("pastillas|pildoras|medicamentos|medicinas|remedios|calmantes")
        + r"\b",
        r"\b(?:pastillas|medicamentos|pildoras) "
        + GAP2
        + alt("listas|listos|guardadas|juntado|acumuladas|acumulando|juntando|ahorrado")
        + r"\b",
        r"\b(?:me (?:he vuelto a|vuelvo a|volvi a|sigo)|volvi a|vuelvo a) cort(?:ar|arme|ando)\b"
        r"|\bme (?:estoy|sigo) cortando\b",
        r"\btomar(?:me)?(?:las|los) tod(?:as|os)\b|\b(?:monton|bote|caja|punado|frasco) de "
        r"(?:pastillas|pildoras|medicamentos|calmantes) (?:delante|frente a mi|al lado|listas|en "
        r"la mano)\b",
        r"\bsobredosis\b|\bautolesi\w*|\b(?:soga|cuerda) "
        + GAP2
        + r"(?:cuello|compre|lista|comprada)\b",
    ),
)

_HIT: Final = alt(
    "pega|pego|pegaba|pegan|golpea|golpeo|golpeaba|patea|pateo|pateaba|empuja|empujo"
    "|empujaba|ahorca|ahorco|ahorcaba|estrangula|estrangulo|estrangulaba|asfixia|asfixio"
    "|cachetea|cacheteo|abofetea|abofeteo|zarandea|zarandeo|agrede|agredio|agredia"
    "|lastima|lastimo|lastimaba|escupe|escupio|maltrata|maltrato|maltrataba|madrea|madreo"
    "|sacude|sacudio|golpean|apunala|apunalo"
)

HIT = Family(
    "es.violence.hit",
    "violence",
    (
        r"\bme " + _HIT + r"\b",
        r"\bme (?:dio|da|daba|ha dado|dieron|dan) "
        + GAP1
        + alt(
            "bofetada|bofetadas|cachetada|cachetadas|paliza|palizas|golpe|golpes|golpiza|patada"
            "|patadas|punetazo|punetazos|trompada|trompadas|cachetazo|cachetazos|tortazo|tortazos"
            "|chingadazo|madrazo|madrazos|cabezazo|rodillazo|manotazo|guantazo|ostia|hostia"
        )
        + r"\b",
        r"\bviolencia (?:domestica|de genero|machista|intrafamiliar|familiar|fisica|sexual)\b"
        r"|\bmaltrat(?:o|ador|adora|adores)\b|\b(?:es|se pone|fue) violent[oa] conmigo\b",
        r"\b(?:me|nos) (?:ha|han|habia) "
        + GAP1
        + alt(
            "golpeado|pegado|pateado|maltratado|agredido|ahorcado|estrangulado|empujado|lastimado"
            "|abofeteado"
        )
        + r"\b",
    ),
)

GRAB = Family(
    "es.violence.grab",
    "violence",
    (
        r"\bme "
        + alt(
            "agarro|agarra|agarraba|cogio|coge|tomo|sujeto|sujeta|jalo|jala|jalaba|tiro|tira"
            "|tiraba|arrastro|arrastra|arrastraba|apreto|aprieta"
        )
        + r" "
        + GAP1
        + alt("del|de la|de los|por el|por la|por los|el|la")
        + r" "
        + alt("cuello|pelo|cabello|garganta|brazo|brazos|muneca|munecas|pescuezo|cabeza")
        + r"\b",
        r"\b(?:manos|mano) (?:en|alrededor de|sobre) (?:mi|el) (?:cuello|garganta|boca)\b",
        r"\bme "
        + GAP1
        + alt(
            "empujo|empuja|tiro|tira|estampo|estampa|lanzo|lanza|avento|avienta|arrojo|arroja"
            "|estrello|estrella|aventaba|empujaba|tiraba"
        )
        + r" "
        + GAP1
        + alt("contra|al|por|a")
        + r" "
        + alt(
            "la pared|el suelo|el piso|la puerta|las escaleras|suelo|piso|el muro|el coche"
            "|el carro|la mesa|el armario|la escalera"
        )
        + r"\b",
    ),
)

CONFINE = Family(
    "es.violence.confine",
    "violence",
    (
        r"\bme (?:encierra|encerro|encerraba|tiene encerrad[oa]|dejo encerrad[oa]|encierran)\b",
        r"\bno me deja (?:salir|ir|ver a mi|llamar|usar mi|tener)\b",
    ),
)

SEXUAL = Family(
    "es.sexual",
    "sexual",
    (
        r"\b(?:me|nos) (?:obliga|obligo|obligaba|forzo|fuerza|forzaba|presiona|presiono) "
        + GAP1
        + alt(
            "a tener sexo|a tener relaciones|a acostarme|a hacer cosas|a tener intimidad"
            "|a hacerlo|a dormir con"
        )
        + r"\b",
        r"\bme viol\w*|\bviolacion\b|\bviolad[oa]s?\b|\babus(?:o|a|aba) de mi\b|\babuso "
        r"sexual\b|\babusaron de mi\b|\bme abuso\b",
    ),
)

THREAT = Family(
    "es.threat",
    "threat",
    (
        r"\bamenaz\w* "
        + GAP2
        + alt(
            "matarme|matar|pegarme|golpearme|hacerme dano|lastimarme|quitarme a (?:los"
            "|mis) (?:ninos|hijos)|con un cuchillo|con una pistola|con un arma|de muerte"
            "|con matar"
        )
        + r"\b",
        r"\bme amenaz\w*",
        r"\bme (?:va a|iba a|quiere|queria|van a|intento|trato de|quiso) "
        + GAP1
        + alt(
            "matar|pegar|golpear|ahorcar|estrangular|hacer dano|lastimar|apunalar|disparar|ahogar"
        )
        + r"\b",
        r"\b(?:va a|iba a|quiere|queria|intento|intenta|trato de|quiso|dijo que va a|dice que"
        r" va a) "
        + GAP1
        + alt(
            "matarme|pegarme|golpearme|ahorcarme|estrangularme|hacerme dano|lastimarme|apunalarme"
            "|dispararme|ahogarme|matarnos"
        )
        + r"\b",
        r"\bme (?:matara|mataria|matarias|mataran|pegara|golpeara)\b",
        # "dice que me mata si lo dejo": the present tense as a threat, a condition after it.
        r"\b(?:dice|dijo|me dijo|amenaza|jura|juro) que me mata(?:ra)? si\b"
        r"|\b(?:el|mi (?:novio|marido|esposo|pareja|ex|novia|esposa|mujer)) me mata si\b",
        r"\b(?:matarlo|matarla|lo voy a matar|la voy a matar|lo mato|la mato|te voy a matar)\b",
    ),
)

FEAR = Family(
    "es.fear",
    "fear",
    (
        r"\b(?:tengo|le tengo|siento|me da|tenia) " + GAP1 + r"miedo (?:de|a) " + _PARTNER + r"\b",
        r"\ble tengo " + GAP1 + r"miedo\b",
        r"\bmiedo " + GAP2 + r"(?:volver|regresar|ir|llegar) a (?:casa|mi casa)\b",
        r"\bmiedo (?:de )?(?:que|q) (?:me|el me|ella me|nos|el|ella) "
        + GAP1
        + alt("mate|pegue|golpee|haga dano|lastime|haga algo|ahorque|viole|encuentre|mata|pega")
        + r"\b",
        r"\bmiedo (?:de )?lo que (?:el|ella|pueda|vaya|me) " + GAP2 + r"(?:hacer|haga|hacerme)\b",
        r"\b(?:temo|miedo) por mi vida\b|\bmi vida (?:esta )?en peligro\b|\bestoy en peligro\b",
        r"\bno me siento "
        + GAP1
        + alt("segura|seguro|a salvo")
        + r" "
        + GAP1
        + alt("en casa|en mi casa|con el|con ella|en mi propia casa|aqui")
        + r"\b",
    ),
)

FIGURES: Final = (
    # Pushed into the pool, threatened with telling mum, killed with kisses: play.
    r"\bme empuj\w* (?:a|en|hacia) (?:la|el) (?:piscina|alberca|pileta|agua|nieve|arena|mar)\b",
    r"\bamenaz\w* con "
    + alt(
        "contar|contarle|decir|decirle|irse|dejarme|publicar|ensenar|mostrar|cancelar|romper"
        "|divorciarse|mudarse|no venir|spoilear"
    )
    + r"\b",
    r"\bmatar(?:te|lo|la)? a (?:besos|abrazos|cosquillas)\b",
    # "mi mamá me va a matar si llegamos tarde": people who are not a partner, and things.
    r"\b(?:mi |mis |tu |el |la |este |esta )?"
    + alt(
        "mama|madre|papa|padre|padres|jefe|jefa|profe|profesor|profesora|hermana|hermano"
        "|suegra|suegro|abuela|abuelo|entrenador|tia|tio|trafico|calor|trabajo|examen|dieta"
        # Colloquial parents (Rioplatense and beyond): "mi vieja", "mi viejo", "los viejos".
        "|vieja|viejo|viejos"
    )
    + r" "
    + GAP2
    + r"(?:me|nos) (?:(?:va|van|iba|iban) a (?:matar|ahorcar|estrangular|colgar|ahogar"
    r"|asfixiar)|mata|ahorca|estrangula|cuelga)\b|\bme (?:va|van) a matar "
    r"(?:si|cuando) (?:llego|llegamos|se entera|se enteran|ve|ven)\b",
    r"\bme "
    + alt("pego|pega")
    + r" "
    + GAP1
    + r"(?:un |una |la |el )?(?:buen |gran |tremendo |menudo )?"
    + alt(
        "susto|gripe|resfriado|grito|covid|gripa|mania|costumbre|sol|acento|cancion"
        "|llamada|sueno|sustito|catarro"
    )
    + r"\b|\bse me "
    + GAP1
    + r"peg\w*",
    r"\bme "
    + alt("golpeo|golpea")
    + r" (?:la|el) "
    + alt("realidad|noticia|idea|recuerdo|calor|cansancio|sueno")
    + r"\b",
    r"\bme "
    + alt("empujo|empuja|empujaba|ha empujado")
    + r" (?:a|para) "
    + r"(?:\w+(?:ar|er|ir)|ser|hacer|seguir)\b",
    r"\b(?:morir|morirme|muero|muriendo) (?:de|del|por) (?:la |el )?"
    + alt(
        "tanto|risa|hambre|sueno|ganas|calor|frio|verguenza|aburrimiento|amor|envidia"
        "|cansancio|sed|nervios|ternura|curiosidad|pena"
    )
    + r"\b",
    r"\bme lastima (?:que|lo que|cuando dices|tu silencio|tu actitud)\b",
    r"\bme asfixia (?:el calor|la rutina|el trabajo|este calor|tanto trabajo)\b",
    r"\bno me deja (?:salir|ir) (?:sin|hasta|antes)\b",
    r"\ble tengo " + GAP1 + r"miedo a (?:las|los|la|el|un|una|que|perder|volar|llegar|"
    r"\w+(?:ar|er|ir))\b",
)

LANGUAGE: Final = Language(
    "es",
    (SELF_WANT, METHOD, HIT, GRAB, CONFINE, SEXUAL, THREAT, FEAR),
    FIGURES,
)

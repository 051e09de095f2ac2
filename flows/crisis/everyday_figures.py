"""Everyday figures of speech the safety5 round found firing (not crises).

- Exams, a thesis, a term at university "will kill me" (Spanish and French; the
  other languages already stay quiet or excuse it): "el final de cálculo me va a
  matar", "ce partiel va me tuer". A partner or an unnamed "he" is not excused.
- A child, a pet or the wind that locks someone out of a room ("my toddler locked
  me out of the bathroom", "mon fils m'a enfermée dehors").
- Hair, a fringe, nails cut again (safety6): "me volví a cortar el pelo", "me cortei de
  novo o cabelo" (the older self-harm families read "volví a cortarme" alone).
- Colloquial parents in Russian ("мамка меня убьёт за двойку"; safety6; the other
  languages list them with the mother figures in ``lang_*``).
- Spanish and Portuguese "molestar" is to bother: "perdón por la molestia", "me
  molesta el ruido" matched English "molest". Only the everyday forms are excused
  (present, infinitive, the noun, "molesto" annoyed); "me molestaba", "molestando"
  still fire, as does English "molested".
"""

from __future__ import annotations

from typing import Final

_LITTLE_ONES_EN: Final = (
    r"(?:toddler|kid|kids|son|daughter|baby|little one|cat|dog|wind|nephew|niece|brother"
    r"|sister)"
)

_BOTHER: Final = (
    r"\bmolest(?:a|as|an|ar|arte|arme|arla|arlo|arnos|arles|ia|ias|o|os|e|es|em|ada|adas"
    r"|ado|ados)\b"
)

BY_LANGUAGE: Final[dict[str, tuple[str, ...]]] = {
    "en": (rf"\b{_LITTLE_ONES_EN} (?:\w+ ){{0,2}}locked me out\b",),
    "de": (
        r"\b(?:kleiner|kleine|sohn|tochter|kind|baby|katze|hund|wind|neffe|nichte)(?: \w+){0,2}"
        r" mich (?:\w+ ){0,3}ausgesperrt\b",
    ),
    "es": (
        r"\b(?:parcial|parciales|final|finales|examen|tesis|cuatrimestre|semestre|materia|prueba"
        r"|tp|recuperatorio)(?: de \w+)? me (?:va a |iba a )?(?:matar|mata|matando)\b",
        r"\b(?:hijo|hija|nene|nena|bebe|gato|perro|sobrino|sobrina|chiquito|chiquita)"
        r"(?: \w+){0,2} me dejo (?:encerrad[ao]|afuera)\b",
        _BOTHER,
        # Hair and nails cut again (safety6): "me volví a cortar el pelo".
        r"\bme volvi a cortar (?:el|la|las|los) (?:pelo|flequillo|uñas|puntas|barba|cerquillo)\b",
    ),
    "pt": (
        # Hair and nails cut again (safety6): "me cortei de novo o cabelo".
        r"\bme cortei (?:(?:de novo|outra vez|novamente) )?(?:o|a|os|as) (?:cabelo|franja|unhas"
        r"|barba|pontas)\b",
        r"\b(?:prova|provas|tcc|semestre|faculdade|facul|materia|vestibular|enem|monografia"
        r"|estagio|exame|exames|disciplina|tese|dissertacao)(?: de \w+)?"
        r" (?:(?:vai |vao |ta |esta )?me (?:matar|matando)|(?:vai|vao|ta|esta) (?:acabar"
        r"|acabando) comigo)\b",
    ),
    "ru": (
        r"\b(?:сесси\w*|экзамен\w*|диплом\w*|курсов\w*|курсач\w*|зач[её]т\w*|учеба|контрольн\w*"
        r"|егэ|огэ)"
        r" (?:\w+ )?меня (?:убь[её]т|убивает|добь[её]т)\b",
        # Colloquial parents: "мамка меня убьёт за двойку".
        r"\b(?:мамка|мамаша|матушка|маман|батя|папка|предки) (?:\w+ )?меня (?:убь[её]т"
        r"|убьют|прибь[её]т|прибьют|закопа\w+)\b",
    ),
    "fr": (
        r"\b(?:partiel|partiels|exam|exams|examen|examens|memoire|these|semestre|bac|concours"
        r"|oral|rapport) (?:\w+ ){0,2}(?:va me tuer|me tue|me tuera|vont me tuer)\b",
        r"\b(?:fils|fille|bebe|petit|petite|chat|chien|neveu|niece)(?: \w+){0,2} (?:ma|mont)"
        r" enferme(?:e|es|s)? dehors\b",
    ),
}

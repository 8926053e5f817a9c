"""Common words of English and Spanish that a gazetteer also has as a place ("Para" for Belém,
"Como", "Población", "Pueblo", "Solo", "Tarde", "Gente", "City", "Most"). Such a word opening a
sentence, a line or a label ("Para que el acuerdo...", "Población: 48 747 632") owes its capital
to where it stands, not to being a name: it is no place there. Built from general knowledge of the
two languages (function words, adverbs, the nouns of an infobox's labels, common nouns), not from
any text of the data set; a real town's name that is also a word ("Victoria", "Concepción",
"Reading", "Nice") is left out, since news opens sentences with those towns. And the first words
of many towns' names ("San", "Santa", "Puerto"): their known part is no place when the name goes
on ("San Pedro Limón" is not San Pedro Sula)."""
from __future__ import annotations

import re

from reconcile.quantities.lexicon import fold_word

__all__ = ["COMMON_WORDS", "is_common_word_at_start", "name_goes_on"]

_SPANISH = """
a ante bajo cabe con contra de desde durante en entre hacia hasta mediante para por segun sin so sobre tras
versus via el la los las un una unos unas lo al del este esta estos estas ese esa esos esas aquel aquella
aquellos aquellas y e ni o u pero sino aunque porque pues como cuando donde mientras si que quien quienes cuyo
cuya cual cuales cuanto cuanta cuantos ya aun tambien tampoco ademas luego despues antes entonces asi bien mal
muy mas menos tanto tanta todo toda todos todas nada nadie algo alguien alguno alguna algunos algunas otro otra
otros otras mismo misma cada varios varias ambos hoy ayer mañana tarde noche siempre nunca jamas aqui alli ahi
alla aca cerca lejos dentro fuera arriba abajo quiza quizas tal solo casi apenas incluso asimismo finalmente
posteriormente inicialmente actualmente aproximadamente igualmente segun sus su mis tu nuestro nuestra ha han
habia hubo fue fueron es son era eran sera seria esta estan estaba hay
poblacion total muertos muertes heridos desaparecidos fecha lugar causa resultado numero cifra balance victimas
daños afectados evacuados damnificados personas gente año años dia dias mes meses semana hora horas pais region
zona ciudad pueblo gobierno ejercito policia presidente ministro alcalde jefe señor señora primero primera
segundo segunda tercero ultimo ultima nuevo nueva gran grande mayor menor mejor peor alto alta baja uno dos
tres cuatro cinco seis siete ocho nueve diez cien mil millon millones paz guerra vida muerte agua fuego tierra
mar rio lago monte isla playa llano sierra mayo
"""

_ENGLISH = """
a an the and or but nor so yet for of in on at by to from with without within into onto over under after
before during since until while when where whether which who whom whose what why how this that these those
there here then thus also however although though because if unless as than such both either neither each
every all any some many much more most few less least other another same own only just even still already
again ever never always often meanwhile finally later earlier initially currently approximately overall
according despite following among along
total population deaths death injured missing date place location cause result number toll victims damage
casualties affected displaced people year years day days month week hour country region area city town
village state government army police president minister mayor chief first second third last one two three
four five six seven eight nine ten hundred thousand million is are was were be been has have had do does did
will would can could might must shall should peace war life water fire land sea river lake island beach
"""

#: the folded common words (accents dropped, as ``fold_word`` writes them)
COMMON_WORDS = frozenset(fold_word(w) for w in (_SPANISH + _ENGLISH).split())

# what may stand before a word whose capital its position explains: the text's start, a
# sentence's end, a line's start, an opening quote or bracket
_START_BEFORE = re.compile(r"(?:^|[.!?;:]\s+|\n\s*|[\"“«'‘(\[]\s*)$")


def is_common_word_at_start(text: str, at: int, name: str) -> bool:
    """Whether ``name``, one word written at ``at``, is a common word whose capital comes from
    opening the text, a sentence, a line or a quote ("Para que...", "Población: 40")."""
    return " " not in name.strip() and fold_word(name.strip(" .,:;")) in COMMON_WORDS and \
        _START_BEFORE.search(text, max(0, at - 4), at) is not None


# the first words of many towns' names, whose known part may stand for another town: "San Pedro" of
# "San Pedro Limón", "San Miguel" of "San Miguel Totonicapán" (San Diego, read loosely)
_NAME_PREFIXES = frozenset("san santa santo sao puerto porto port fort saint st. ste. villa ciudad nueva nuevo "
                           "monte cerro rio isla playa bahia colonia valle".split())
# a capitalised word after a place's name that names its kind or a thing of it, not more of its name
_KIND_WORDS = frozenset("city province department region state district county municipality metro airport "
                        "station stadium police valley bay island islands river lake mountains hospital university "
                        "ciudad provincia departamento region estado distrito municipio aeropuerto estacion estadio "
                        "policia valle bahia isla islas rio lago hospital universidad".split())
_NAME_JOINS = frozenset("de del la las los".split())


def name_goes_on(words: list[tuple[str, int, int]], k: int, size: int) -> int:
    """When the place ``words[k:k + size]``, whose first word opens many towns' names ("San",
    "Santa", "Puerto"), goes on in capitals ("San Pedro Limón"): the index after the longer name, a
    town the gazetteer does not know (none of it is a place then); before "de X" ("Santa Rosa de
    Copán"), the index of "de" (X is read on its own); else 0."""
    if fold_word(words[k][0]) not in _NAME_PREFIXES:
        return 0
    j = k + size
    if j + 1 < len(words) and fold_word(words[j][0]) in ("de", "del") and words[j + 1][0][:1].isupper():
        return j                      # "Santa Rosa de Copán", "Santa María de Iquique": the place after "de" is read
    if j >= len(words) or not words[j][0][:1].isupper() or fold_word(words[j][0]).strip(".,") in _KIND_WORDS:
        return 0
    while j < len(words) and (words[j][0][:1].isupper() or fold_word(words[j][0]) in _NAME_JOINS):
        j += 1
    return j

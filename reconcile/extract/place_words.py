"""Common words of English and Spanish that a gazetteer also has as a place ("Para" for Belém,
"Como", "Población", "Pueblo", "Solo", "Tarde", "Gente", "City", "Most"). Such a word opening a
sentence, a line or a label ("Para llegar al pueblo...", "Población: 40 000") owes its capital
to where it stands, not to being a name: it is no place there. Built from general knowledge of the
two languages (function words, adverbs, the nouns of an infobox's labels, common nouns), not from
any text of the data set; a real town's name that is also a word ("Victoria", "Concepción",
"Reading", "Nice") is left out, since news opens sentences with those towns. And the first words
of many towns' names ("San", "Santa", "Puerto"): their known part is no place when the name goes
on ("San Pedro Limón" is not San Pedro Sula), unless what follows is no name's: a weekday, a month, a
title, the town's kind, a country ("Puerto Rico Tuesday", "San Juan Mayor", "Santa Cruz Bolivia"), or
any word of a Title Case headline, where capitals say nothing. A word written with an accent is
compared as written: "Pará" is no "para"."""
from __future__ import annotations

import re
from collections.abc import Callable

from reconcile.quantities.lexicon import fold_word

__all__ = ["BOUND_FOR", "COMMON_WORDS", "is_common_word", "is_common_word_at_start", "is_title_case", "name_goes_on",
           "opens_a_sentence", "opens_town_names"]

#: the words before a place that is where someone or something was going, not where it was: "a ship bound for
#: Lampedusa", "migrants traveling northward to the United States", "rumbo a Italia"
BOUND_FOR = re.compile(r"\b(?:sailing|sailed|bound|headed|heading|travell?ing|en\s+route|on\s+its\s+way|"
                       r"viajaba|navegaba|se\s+dirig[ií]an?|con\s+destino|rumbo)"
                       r"(?:\s+(?:north|south|east|west)(?:ward)?s?)?\s+(?:to|for|a|al|hacia|hasta)\s+"
                       r"(?:the\s+|la\s+|el\s+)?(?:(?:port|city|capital|puerto|ciudad)\s+(?:of|de)\s+)?$", re.I)

_SPANISH = """
a ante bajo cabe con contra de desde durante en entre hacia hasta mediante para por según sin so sobre tras
versus vía el la los las un una unos unas lo al del este esta estos estas ese esa esos esas aquel aquella
aquellos aquellas y e ni o u pero sino aunque porque pues como cómo cuando cuándo donde dónde mientras si sí que
qué quien quién quienes cuyo cuya cual cuál cuales cuanto cuanta cuantos ya aun aún también tampoco además luego
después antes entonces así bien mal muy mas más menos tanto tanta todo toda todos todas nada nadie algo alguien
alguno alguna algunos algunas otro otra otros otras mismo misma cada varios varias ambos hoy ayer mañana tarde
noche siempre nunca jamás aquí allí ahí allá acá cerca lejos dentro fuera arriba abajo quizá quizás tal solo sólo
casi apenas incluso asimismo finalmente posteriormente inicialmente actualmente aproximadamente igualmente sus su
mis tu nuestro nuestra ha han había hubo fue fueron es son era eran será sería está están estaba hay
población total muertos muertes heridos desaparecidos fecha lugar causa resultado número cifra balance víctimas
daños afectados evacuados damnificados personas gente año años día días mes meses semana hora horas país región
zona ciudad pueblo gobierno ejército policía presidente ministro alcalde jefe señor señora primero primera
segundo segunda tercero último última nuevo nueva gran grande mayor menor mejor peor alto alta baja uno dos
tres cuatro cinco seis siete ocho nueve diez cien mil millón millones paz guerra vida muerte agua fuego tierra
mar río lago monte isla playa llano sierra mayo
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

#: the common words as they are written, accents and all
COMMON_WORDS = frozenset((_SPANISH + _ENGLISH).split())
# the same words without their accents, for a word written without any: capitals and careless
# writing drop accents ("POBLACION", "Segun"), but no one adds one, so a word written with an accent
# is compared as written: "Pará" (a Brazilian state) is not "para", "Río" is "río", "Cómo" "cómo"
_FOLDED = frozenset(fold_word(w) for w in COMMON_WORDS)


def is_common_word(word: str) -> bool:
    """Whether ``word`` is one of the common words: compared as written when it bears an accent
    ("Pará" is no "para", "Sí" is "sí"), else with the words' accents dropped ("Segun", "Ultimo")."""
    word = word.lower()
    return word in COMMON_WORDS if fold_word(word) != word else word in _FOLDED


# what may stand before a word whose capital its position explains: the text's start, a
# sentence's end, a line's start, an opening quote or bracket
_START_BEFORE = re.compile(r"(?:^|[.!?;:]\s+|\n\s*|[\"“«'‘(\[]\s*)$")


def opens_a_sentence(text: str, at: int) -> bool:
    """Whether the word written at ``at`` opens the text, a sentence, a line or a quote: its
    capital comes from where it stands ("Autoridades en Arequipa...", "Police in Lima said...")."""
    return _START_BEFORE.search(text, max(0, at - 4), at) is not None


def is_common_word_at_start(text: str, at: int, name: str) -> bool:
    """Whether ``name``, one word written at ``at``, is a common word whose capital comes from
    opening the text, a sentence, a line or a quote ("Para que...", "Población: 40")."""
    return " " not in name.strip() and is_common_word(name.strip(" .,:;")) and opens_a_sentence(text, at)


# the first words of many towns' names, whose known part may stand for another town: "San Pedro" of
# "San Pedro Limón", "San Miguel" of "San Miguel Totonicapán" (San Diego, read loosely)
_NAME_PREFIXES = frozenset("san santa santo sao puerto porto port fort saint st. ste. villa ciudad nueva nuevo "
                           "monte cerro rio isla playa bahia colonia valle".split())
# a capitalised word after a place's name that names its kind or a thing of it, not more of its name:
# "Santa Cruz Province", "Port Moresby General Hospital", "San José Airport", "Puerto Cortés Police"
_KIND_WORDS = frozenset("city province department region state district county municipality metro airport "
                        "station stadium police valley bay island islands river lake mountains hospital university "
                        "clinic school college church cathedral market prison jail bridge highway road street avenue "
                        "square park harbour harbor port dam mine camp base hotel mall centre center court council "
                        "ciudad provincia departamento region estado distrito municipio aeropuerto estacion estadio "
                        "policia valle bahia isla islas rio lago hospital universidad clinica escuela colegio iglesia "
                        "catedral mercado carcel prision puente carretera calle avenida plaza parque presa mina "
                        "campamento hotel centro tribunal consejo".split())
# adjectives an institution's name puts between the town and its kind: "Port Moresby General
# Hospital", "San José International Airport", "Santa Cruz Regional Hospital"
_INSTITUTION_WORDS = frozenset("general central national international regional municipal memorial public civil "
                               "military main city nacional internacional publico militar".split())
# a capitalised word after a place's name that is no part of it in either language: a weekday or a
# month ("Puerto Rico Tuesday", "Santa Cruz Martes"), a day named by its distance ("Today"), or a
# title or office that follows the place it serves ("San Juan Mayor Carmen Cruz", "San Luis
# Governor", "Santa Ana Alcalde" of a headline)
_NOT_NAME_WORDS = frozenset(
    "monday tuesday wednesday thursday friday saturday sunday january february march april may june july "
    "august september october november december today tonight yesterday tomorrow "
    "lunes martes miercoles jueves viernes sabado domingo enero febrero marzo abril mayo junio julio agosto "
    "septiembre setiembre octubre noviembre diciembre hoy ayer "
    "mayor governor president minister senator congressman congresswoman representative sheriff commissioner "
    "councillor councilman chief officials official authorities spokesman spokeswoman spokesperson prefect "
    "alcalde alcaldesa gobernador gobernadora presidente presidenta ministro ministra senador senadora "
    "diputado diputada jefe jefa prefecto prefecta intendente autoridades funcionarios portavoz vocero "
    "vocera".split())
_NAME_JOINS = frozenset("de del la las los".split())
# the small words a Title Case headline leaves in lower case ("Floods in Puerto Rico Kill 12",
# "Lluvias en Santa Cruz Dejan 3 Muertos")
_TITLE_SMALL = frozenset("a an the and or but nor for of in on at by to from with as vs via up off per "
                         "de del la las los el y e o u en con por para un una al sin tras".split())
_LETTERS = re.compile(r"[^\W\d_][^\W\d_'’.-]*")


def is_title_case(line: str) -> bool:
    """Whether ``line`` is written in Title Case, as an English headline is ("Puerto Rico Raises
    Hurricane Death Toll", "Lluvias En Santa Cruz Dejan 3 Muertos"): five words or more, every one
    capitalised but the small words. There a capital says nothing of a name."""
    words = _LETTERS.findall(line)
    return len(words) >= 5 and all(w[:1].isupper() or w.lower() in _TITLE_SMALL for w in words) and \
        sum(w[:1].isupper() for w in words) >= 4


def opens_town_names(word: str) -> bool:
    """Whether ``word`` opens many towns' names ("San", "Santa", "Puerto"): its known town may be
    the first words of a longer one."""
    return fold_word(word) in _NAME_PREFIXES


def name_goes_on(words: list[tuple[str, int, int]], k: int, size: int,
                 is_country: Callable[[str], bool] = lambda _: False, title_case: bool = False) -> int:
    """When the place ``words[k:k + size]``, whose first word opens many towns' names ("San",
    "Santa", "Puerto"), goes on in capitals ("San Pedro Limón"): the index after the longer name, a
    town the gazetteer does not know (none of it is a place then); before "de X" ("Santa Rosa de
    Copán"), the index of "de" (X is read on its own); else 0. A capital says the name goes on only
    when it may be a name's: not in a Title Case line (``title_case``), not on a weekday, a month
    or a title ("Puerto Rico Tuesday", "San Juan Mayor"), not on the place's kind or a thing of it
    ("Port Moresby General Hospital"), not on a country (``is_country``: "Santa Cruz Bolivia")."""
    if fold_word(words[k][0]) not in _NAME_PREFIXES:
        return 0
    j = k + size
    if j + 1 < len(words) and fold_word(words[j][0]) in ("de", "del") and words[j + 1][0][:1].isupper():
        return j                      # "Santa Rosa de Copán", "Santa María de Iquique": the place after "de" is read
    if j >= len(words) or not words[j][0][:1].isupper() or title_case or _not_more_of_a_name(words, j, is_country):
        return 0
    while j < len(words) and (words[j][0][:1].isupper() or fold_word(words[j][0]) in _NAME_JOINS):
        j += 1
    return j


def _not_more_of_a_name(words: list[tuple[str, int, int]], j: int, is_country: Callable[[str], bool]) -> bool:
    """Whether the capitalised ``words[j]`` after a place's name starts something else: a weekday,
    a month, a title, a country ("Bolivia", "Costa Rica"), or the place's kind or a thing of it,
    perhaps after an institution's adjectives ("General Hospital")."""
    if _bare(words[j][0]) in _NOT_NAME_WORDS:
        return True
    if any(is_country(" ".join(w for w, _, _ in words[j:j + n]).strip(".,;:")) for n in (1, 2, 3)
           if j + n <= len(words)):
        return True
    while j < len(words) and _bare(words[j][0]) in _INSTITUTION_WORDS:
        j += 1
    return j < len(words) and _bare(words[j][0]) in _KIND_WORDS


def _bare(word: str) -> str:
    word = fold_word(word).strip(".,;:")
    return word[:-2] if word.endswith(("'s", "’s")) else word

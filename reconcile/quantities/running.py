"""Quantities a reader takes from running text (news prose), SPEC §6 ``quantities_in_text``.

``find_quantities`` reads every number as §4 reads a stated value; a reader of an article takes
fewer: times of day ("3 p.m.", "a las 17"), dates and their parts ("2 Jul 2019", "2019-03-07"),
years, ordinals, durations ("30 seconds", "tres días"), names with digits ("S&P 500", "5G",
"Category 4", "streets 204 and 223"), reference markers ("[12]"), fractions of nothing ("half")
and comparisons with a past event ("exceeded the 2003 march") are left out. Each quantity keeps
its unit (a symbol or unit name) and its counted noun ("soldiers" in "500 Venezuelan soldiers").

Every pattern here is anchored or bounded: nothing backtracks on long runs of words.
"""
from __future__ import annotations

import bisect
import re
from dataclasses import dataclass, replace
from typing import Iterator

from reconcile.model.records import Mention, QuantityConfig
from reconcile.quantities.lexicon import COMMA_THREE, MONTHS, WORDS, fold_word
from reconcile.quantities.parse import (AFTER_ONE_MORE, INVISIBLE, checked_lang, find_quantities, lang_evidence,
                                        parse_quantity)
from reconcile.quantities.plain import figure_value

#: the settings of a project that sets none
DEFAULT_CONFIG = QuantityConfig()

__all__ = ["Found", "Sentence", "locates_a_place", "quantities_in_text", "sentences", "scan"]

# ------------------------------------------------------------------------------------ sentences
# a sentence ends at . ! ? (and a closing quote or bracket) before a space and what starts one
# reference marks may follow it, after a space too, and after the closing quote ("apart. [3] The", '."[6] Other')
# (a mark has no space, except a named note's: "[Note 2]", "[nota 3]", "[nb 1]", "[citation needed]")
# a note numbered as Wikipedia's templates render it: "[lower-alpha 1]", "[upper-roman 3]", "[lower-greek 2]"
_NOTE_NAMES = r"note|nota|nb|fn|n\.|(?:lower|upper)-(?:alpha|roman|greek|latin)"
_MARK = rf"\[(?:[^\]\s]{{1,12}}|(?i:{_NOTE_NAMES})\s\d{{1,3}}|(?i:citation needed|cita requerida))\]"
_END = re.compile(rf"[.!?…](?:\s?{_MARK})*[\"”’»)\]]*(?:{_MARK})*(?:\s+|$)"
                  r"(?=[\"“«¿¡(]?[A-ZÁÉÍÓÚÑ0-9]|$)|\n+"
                  # a period a space was left out after: "según fuentes del ministerio.El Ministerio prevé"
                  r"|(?<=[a-záéíóúñ]{3})\.(?=[A-ZÁÉÍÓÚÑ][a-záéíóúñ]+\b)")
# the words either side of such a period, to the spaces: a web address or a file name is no sentence end
_GLUED = re.compile(r"\S*\.\S*")
# the word before a period that does not end a sentence
_ABBREV = frozenset(
    "mr mrs ms dr prof gen col lt sgt capt cmdr gov sen rep st jr sr sra srta dra lic ing "
    "no nº núm art vol fig pp p approx aprox etc vs inc ltd corp co dept univ est av avda "
    "jan feb mar apr jun jul aug sep sept oct nov dec ene abr ago dic "
    # titles of rank and office, English and Spanish: "Maj. Gen. Ana Ruiz", "el Gral. Pérez", "la Cía. Minera"
    "maj adm brig supt insp det cpl pvt rev fr hon pres messrs gral cnel tte cap pdte pdta excmo excma mons "
    "arq sto sta cia cía dir "
    # "incl. 12 children", "excl. those missing", "ca. 300", "esp. in the north", "p. ej."; "Rs. 500 crore" (rupees)
    "incl excl ca esp ej rs".split())
# the abbreviations that are also words, and end sentences as such: "a new price cap.", "two years
# ago.", "works of art.", "trucks, etc.", "dijo que no.", "llegaron por mar.", "the CIA." (an
# acronym); each is an abbreviation only before a number ("No. 5", "Art. 12", "Mar. 3", "ago. 2019")
# or, written with one capital, before a name ("Cap. Ana Ruiz", "Gen. Lee", "Col. Díaz", "Sen. Ruiz")
_WORDS_TOO = frozenset("no art mar ago cap gen col fig sen rep cia etc".split())
_NUMBER_NEXT = re.compile(r"[(\[]?\d")
_NAME_NEXT = re.compile(r"[A-ZÁÉÍÓÚÑ]")
# "U.N.", "U.S.", "J.": initials that are the whole word (not the "h." of "200 km/h.")
_INITIALS = re.compile(r"^[(\"“«]?(?:[A-Za-z]\.)+$")


@dataclass(frozen=True)
class Sentence:
    start: int
    text: str
    lang: str


def _splits(text: str):
    """Offsets where sentences end (after the punctuation and space)."""
    for match in _END.finditer(text):
        mark = match.group()
        if mark == "." and match.end() < len(text) and not text[match.end()].isspace():
            glued = _GLUED.match(text, text.rfind(" ", 0, match.start()) + 1)
            if glued is None or glued.group().rstrip(".,;:!?)\"”’»").count(".") != 1 or any(
                    c in glued.group() for c in "/@"):
                continue              # "www.Site.org", "example.Com/x": not two sentences
            yield match.start(), match.end()
            continue
        if mark.startswith(".") and "\n" not in mark:     # a line break always ends one ("500 m.\n\n")
            before = text[max(0, match.start() - 12):match.start() + 1]
            word = before.rsplit(None, 1)[-1] if before.strip() else ""
            bare = word.rstrip(".").lstrip("(\"“«").lower()
            if bare in _ABBREV and (bare not in _WORDS_TOO or _an_abbreviation(word, text, match.end())) and \
                    not (bare == "ca" and "C" in word) or _INITIALS.search(word):   # "San Diego, Ca." ends one
                continue
        yield match.start(), match.end()


def _an_abbreviation(word: str, text: str, after: int) -> bool:
    """Whether ``word`` (one of ``_WORDS_TOO``, with its period) is written as an abbreviation in
    ``text``, the next sentence starting at ``after``: before a number, or capitalised (one capital)
    before a name."""
    bare = word.rstrip(".").lstrip("(\"“«")
    return _NUMBER_NEXT.match(text, after) is not None or (
        bare[:1].isupper() and bare[1:].islower() and _NAME_NEXT.match(text, after) is not None)


# no sentence of news prose is this long (the longest of the development set has 774
# characters); a longer run (a table pasted as text, hundreds of figures) is read in pieces of
# at most this many, so that what is done per figure of a sentence stays bounded and reading
# an article stays linear in its length
LONGEST = 1500
# where a piece may end, best first: after a clause mark, else at a space that does not group a
# number's thousands ("25 000"); a hard cut only when neither is found
_PIECE_ENDS = (re.compile(r"[;:]\s+|\n"), re.compile(r",\s+"), re.compile(r"\s+(?!\d{3}(?!\d))"))


def _pieces(text: str, start: int) -> list[tuple[int, str]]:
    """``text`` (at ``start``) in pieces of at most ``LONGEST`` characters, cut at the last
    clause mark, comma or space of each piece."""
    out = []
    lo = 0
    while len(text) - lo > LONGEST:
        hi = lo + LONGEST
        cut = hi
        for pattern in _PIECE_ENDS:
            # (read a little past the piece, so that what follows a space is seen whole)
            ends = [m.end() for m in pattern.finditer(text, lo + LONGEST // 2, hi + 8) if m.end() <= hi]
            if ends:
                cut = ends[-1]
                break
        piece = text[lo:cut].strip()
        if piece:
            out.append((start + lo + len(text[lo:cut]) - len(text[lo:cut].lstrip()), piece))
        lo = cut
    piece = text[lo:].strip()
    if piece:
        out.append((start + lo + len(text[lo:]) - len(text[lo:].lstrip()), piece))
    return out


def sentences(text: str, lang: str | None = None) -> list[Sentence]:
    """The sentences of ``text`` in reading order, each with its language (given or detected);
    a run longer than ``LONGEST`` characters comes in pieces no longer than that. A short sentence
    whose words say nothing of its language ("Recorrieron 1.200 km.") takes its paragraph's,
    else the whole text's."""
    out = []
    start = 0
    for end, next_start in list(_splits(text)) + [(len(text), len(text))]:
        chunk = text[start:end + (1 if end < len(text) and text[end] in ".!?…" else 0)]
        stripped = chunk.strip()
        if stripped:
            offset = start + (len(chunk) - len(chunk.lstrip()))
            for at, piece in _pieces(stripped, offset) if len(stripped) > LONGEST else [(offset, stripped)]:
                out.append(Sentence(at, piece, lang or ""))
        start = next_start
    if lang is None:
        out = _languages(text, out)
    return out


# a distance in miles: "93 miles per hour", "12 miles home" (Spanish "miles" counts thousands: "miles de personas",
# after no figure but in "3 miles de millones")
_MILES = re.compile(r"\d\s+miles\b(?!\s+de\b)", re.I)
_PARAGRAPH_END = re.compile(r"\n\s*\n")
# what a distance in miles weighs for English: more than a few Spanish-looking words ("de", a name's)
_MILES_WEIGHT = 3
# a sentence this short that says nothing of its language takes the text's around it (extract's rule too); a longer
# one is English ("UN Secretary-General Ban Ki-moon had initially asked for US$460 million for relief.")
_SHORT = 8


def _evidence(text: str) -> int:
    """``lang_evidence``, a distance in miles counted as English, strongly: what says "93 miles per hour" is
    English whatever the paragraph around it."""
    evidence = lang_evidence(text)
    return evidence - (1 + _MILES_WEIGHT) * len(_MILES.findall(text)) if "miles" in text.lower() else evidence


def _languages(text: str, found: list[Sentence]) -> list[Sentence]:
    """Each sentence with its language: its own words' when they say it ("Asistieron 430.000 personas." after
    an English sentence is Spanish), else, for a short one, those of its paragraph (up to a blank line), else
    those of the whole text; else English."""
    evidence = [_evidence(s.text) for s in found]
    if all(evidence):
        return [replace(s, lang="es" if e > 0 else "en") for s, e in zip(found, evidence)]
    ends = [m.start() for m in _PARAGRAPH_END.finditer(text)]
    where = [bisect.bisect_left(ends, s.start) for s in found]      # the paragraph of each sentence
    paragraph: dict[int, int] = {}
    for k, e in zip(where, evidence):
        paragraph[k] = paragraph.get(k, 0) + e
    whole = sum(evidence)
    out = []
    for s, e, k in zip(found, evidence, where):
        if not e and len(s.text.split()) < _SHORT:
            e = paragraph[k] or whole
        out.append(replace(s, lang="es" if e > 0 else "en"))
    return out


# ------------------------------------------------------------------------------------ quantities
@dataclass(frozen=True)
class Found:
    """One quantity in running text; ``as_dict()`` is the SPEC §6 item."""

    start: int
    end: int
    text: str
    lower: float | None
    upper: float | None
    lower_inclusive: bool
    upper_inclusive: bool
    qualifier: str
    unit: str | None
    counted: str | None
    lang: str
    number_start: int          # where the number itself starts (after "more than", "unos")

    KEYS = ("start", "end", "text", "lower", "upper", "lower_inclusive", "upper_inclusive",
            "qualifier", "unit", "counted")

    def as_dict(self) -> dict:
        return {key: getattr(self, key) for key in self.KEYS}


# a span of days by weekday and day, its end: "Del viernes 11 al domingo 13" (13 is a day, not a count)
_DAYS_FROM_TO = re.compile(r"\bdel\s+[^\W\d_]+\s+\d{1,2}\s+al\s+[^\W\d_]+\s+$", re.I)
# the words before a weekday that make the number after it its day of the month
_BEFORE_A_WEEKDAY = frozenset("el on the del".split())   # (not "al": "Del viernes al domingo 14 fueron detenidos")
_WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles jueves "
                      "viernes sabado domingo".split())
_AMBIGUOUS_MONTHS = frozenset({"may", "mar", "march"})   # "500 may have", "the 2003 march"
_DURATION = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years decade "
    "decades century centuries night nights segundo segundos minuto minutos hora horas dia dias "
    "semana semanas mes meses ano anos decada decadas siglo siglos noche noches "
    "year-old years-old min mins sec secs seg hrs año años jornada jornadas fortnight fortnights quincena "
    "quincenas".split())
_TIME_AFTER = re.compile(r"\s?(?:[ap]\.\s?m\.|[ap]m\b|h\b|hrs?\b|horas\b|hs\b|o'clock|o’clock|"
                         r"GMT\b|UTC\b|hora local|local time)", re.I)
# "the government put the dead at 12", "the toll stood at 9", "the quake measured at 6": a figure, not a time of day
_FIGURE_AT = re.compile(r"\b(?:put|puts|putting|placed|places|placing|estimated|estimates|estimating|set|sets|"
                        r"stood|stands|standing|pegged|pegs|numbered|tallied|tally|toll|count|figure|total|"
                        r"measured|measures|measuring|registered|registers|registering|rated)\b"
                        r"[^.;:]{0,40}\bat\s*$", re.I)
# a range of hours: each end a bare figure after "las" ("las 18" is "las 18 horas"; a count says
# "las 18 víctimas" and has its noun)
_HOURS_RANGE = re.compile(r"\blas\s+\d{1,2}\b.*\blas\s+\d{1,2}\b", re.I)
_TIME_BEFORE = re.compile(r"(?:\bat|\bby|\buntil|\blas|\bla)\s*$", re.I)
# what a clock is not: a decimal with one digit, or three, after its point ("measured at 7.1": a clock's minutes are
# two digits, "at 7.30")
_NO_CLOCK = re.compile(r"\d+[.,](?:\d|\d{3,})")
_AGE_BEFORE = frozenset({"aged", "age", "ages", "edad"})
# an age after "age of" or a comparison of ages (Spanish "edad de" is followed by "años", a unit of time): "under the
# age of 12", "children younger than 5", "en mayores de 60"
_THE_AGE_OF = re.compile(r"\bages?\s+of\s*$", re.I)
_AGE_COMPARED = re.compile(r"(?:\b(?:younger|older)\s+than|\b(?:mayores|menores)\s+de)\s*$", re.I)
# who an age bound is of, before it: "children under 13", "people over 60", "niños menores de 5 años"
_AGE_GROUPS = frozenset("children kids people adults babies infants girls boys youths those ninos ninas personas "
                        "adultos bebes jovenes".split())
# the number of a week of the year, as epidemiology counts them: "week 12", "semana 12", "epi week 12"
_WEEK_LABEL = frozenset({"week", "semana", "epidemiological", "epidemiologica", "epi"})
# a week or a minute as a span of time, not a label with its number: "Over the past week 40 were
# arrested", "En la última semana 30 fallecieron", "Cada minuto 30 niños mueren", "In the first minute 12"
_A_SPAN_OF_TIME = re.compile(r"\b(?:past|last|this|next|first|each|every|that|same|one|per|cada|misma|esta|"
                             r"[uú]ltima|pasada|pr[oó]xima|primera?|un|una)\s+(?:week|semana|minute|minuto)\s*,?\s*$",
                             re.I)
# a rank by its number: "ocupó el puesto 12 del índice", "in position 3 of the list" (not "en el puesto,
# 12 agentes", "at the post 12 guards stood": a count of its own follows)
_RANK_LABEL = frozenset({"puesto", "posicion", "position", "ranking", "rank", "ranked"})
_RANK_AFTER = frozenset({"del", "de", "en", "of", "in", "on", "among", "entre", "with", "con", "out", "worldwide",
                         "mundial"})
# a capitalised noun that names a thing by its number ("Bill 21", "Hospital 12", "Proposition 8",
# "Ley 30"); lower case they may close a phrase before a count ("in hospital 12 remain")
_NAMED_BY_NUMBER = frozenset("Bill Hospital Proposition Prop Amendment Ward Pier Hangar Pabellón Pabellon Ley Comuna "
                             # a race, a law's title, a bus line, a channel, a building: "Formula 1", "Title 42",
                             # "Bus 38", "Canal 13", "Radio 10", "Building 7"
                             "Formula Fórmula Title Bus Canal Radio Channel Building "
                             "Decreto Expediente Lote Manzana "
                             # a mine's and a plant's parts by their number: "Shaft 3", "Pit 4", "Reactor 4", "Pozo 2"
                             "Shaft Pit Reactor Unit Pozo Galería Galeria Unidad".split())
_APPOSITIVE_AGE = re.compile(r"(?:\b[A-ZÁÉÍÓÚÑ][\w'’-]+|\b(?:man|woman|boy|girl|gunman|suspect|driver|"
                             r"passenger|victim|officer|resident|worker|student|father|mother|son|daughter|"
                             r"hombre|mujer|niño|niña|joven|conductor|sospechoso|pasajero|pasajera|víctima|"
                             r"vecino|vecina|estudiante|trabajador|trabajadora|padre|madre|hijo|hija)),\s*$")
# a coordinate in decimal degrees, one of a pair: "-32.89972, -68.90000", "14.6349° N, 90.5069° W"
_DECIMAL_DEGREES = re.compile(r"[-−]?\d{1,3}\.\d{4,}")
_COORDINATE_AFTER = re.compile(r"\s*°?\s*[NSEWO]?\s*[,;/]\s*[-−]?\d{1,3}\.\d{4,}")
_COORDINATE_BEFORE = re.compile(r"[-−]?\d{1,3}\.\d{4,}\s*°?\s*[NSEWO]?\s*[,;/]\s*[-−]?$")
# the magnitude a count of quakes is counted above, after the count: "500 réplicas de magnitud igual o superior a
# 4", "200 aftershocks of magnitude 4 or greater", "300 aftershocks above magnitude 3"
_MAGNITUDE_CLASS = re.compile(r"\d[\d.,]*\s+(?:[^\W\d_]+\s+)?(?:r[eé]plicas|aftershocks|sismos|temblores|"
                              r"earthquakes|quakes|tremors|movimientos)\s+(?:(?:de|of|with|con|above|over|of\s+at\s+least)"
                              r"\s+)?(?:(?:una|a)\s+)?(?:magnitud|magnitude)\s+(?P<bound>igual\s+o\s+(?:superior|mayor)\s+a\s+|"
                              r"(?:superior|mayor)\s+a\s+|above\s+|over\s+|at\s+least\s+|de\s+al\s+menos\s+)?"
                              r"(?:de\s+|of\s+)?$", re.I)
# a bound after the magnitude of a class of quakes: "aftershocks of magnitude 4 or greater", "de magnitud 4 o más"
_BOUND_AFTER = re.compile(r"\s*(?:\+|or\s+(?:greater|more|higher|above)|o\s+(?:m[aá]s|superior|mayor)|"
                          r"y\s+superior(?:es)?)\b", re.I)
# a person's name, then the bracket of the figure after it: "Ramesh Yadav (", "Nisha Devi ("
_NAME_IN_BRACKET = re.compile(r"\b[A-ZÁÉÍÓÚÑ][a-záéíóúñ'’-]+\s+[A-ZÁÉÍÓÚÑ][\w'’-]+\s*\(\s*$")
# a sentence that names people, not places, before such brackets: "The deceased have been identified as", "the
# injured are", "las víctimas fueron identificadas como"
_PEOPLE_NAMED = re.compile(r"\b(?:identified\s+as|named\s+as|(?:the\s+)?(?:deceased|dead|victims|injured|"
                           r"wounded)\s+(?:are|were|include[sd]?|have\s+been\s+identified)|identificad[oa]s\s+como|"
                           r"(?:los\s+)?(?:fallecidos|muertos|heridos|v[ií]ctimas)\s+(?:son|eran|fueron))\b", re.I)
# a temperature's words before a figure: "La temperatura máxima llegó a 18° en Sevilla"
_TEMPERATURE = re.compile(r"\b(?:temperatur\w*|grados|degrees|fr[ií]o|calor|heat|cold|term[oó]metro|thermometer)\b",
                          re.I)
# where the people named were from or were: "The victims were from Buenos Aires (12), Santa Fe (5)": places' counts
_FROM_PLACES = re.compile(r"\b(?:from|in|at|of|de|en|desde|del)\b", re.I)
_DENOMINATOR_WORD = re.compile(r"\b([^\W\d_]+)\s+(?:in|out of|de cada|of every)\s+$", re.I)  # "una de cada tres"
_DENOMINATOR = re.compile(r"(?<![\d.,])(\d{1,3})\s+(?:in|out of|de cada|of every)\s+$", re.I)   # not "2016 in twenty"
_ADDRESS = re.compile(r"\s+(?:[A-Z][\w'’-]+\s+){1,3}(?:Street|St\.|Avenue|Ave\.|Road|Rd\.|Boulevard|Blvd\.?|"
                      r"Drive|Lane|Place|Square|Court)\b")
_PART_OF_DAY = re.compile(r"\s+(?:de la (?:noche|mañana|manana|tarde|madrugada)|"
                          r"in the (?:morning|evening|afternoon)|at night)\b", re.I)
_CLOCK = re.compile(r"\d{1,2}[:h]\d{2}(?::\d{2})?(?:[.,]\d+)?")
_NUMERIC_DATE = re.compile(r"\d{1,4}[-/.]\d{1,2}[-/.]\d{1,4}|\d{4}-\d{2}|\d{1,2}/\d{4}")
# a month and a day written as a fraction, after a word that dates: "as of 10/28", "al 28/10"
_DAY_FRACTION = re.compile(r"(?:[1-9]|[12]\d|3[01]|0[1-9])/(?:[1-9]|[12]\d|3[01]|0[1-9])")
_SHARE_AFTER = re.compile(r"\s+(?:de|del|of|partes|parts)\b", re.I)
_DATE_WORD_BEFORE = re.compile(r"\b(?:as\s+(?:of|at)|since|until|through|updated|al|hasta\s+el|desde\s+el|"
                               r"a\s+fecha\s+de|actualizad[oa]\s+al)\s+$", re.I)
_LABELS = frozenset(
    "category categories street streets avenue route highway flight article articles section "
    "sections chapter chapter page pages room level phase grade number no nº resolution decree "
    "law act platform gate terminal district zone sector lot block unit squad battalion division "
    "brigade regiment corps apollo boeing airbus model version windows iphone galaxy covid sars "
    "series serie type tipo class clase mark flight vuelo line linea interstate freeway motorway "
    "categoria calle calles avenida carrera ruta rutas routes highways autopista vuelo articulo seccion "
    "capitulo pagina "
    "nivel fase grado numero resolucion decreto ley plataforma puerta distrito zona sector batallon "
    "n.º n° nro nro. num num. "
    "division brigada cuerpo modelo version "
    # a numbered unit of an army or a guerrilla: "el Frente 58 de las FARC", "la escuadrilla 3", "Squadron 617"
    "frente escuadrilla escuadrillas escuadron squadron flotilla "
    # a milepost of a road: "en el kilómetro 25 de la carretera", "km 45", "la carretera 5"
    "kilometro km carretera milepost".split())
_NUMBER_WORDS = frozenset(
    "more than over under about around some nearly almost at least up to fewer less between and "
    "as many roughly approximately estimated an a the just well only exactly some mas menos de "
    "unos unas cerca alrededor casi al por lo hasta entre y apenas poco aproximadamente "
    "el la los las".split())
_REF_MARKS = re.compile(r"(?<=\S)(?:\[(?:\d{1,3}|[a-z]|"
                        r"(?:nota|note|fn|n\.?|nb|(?:lower|upper)-(?:alpha|roman|greek|latin))\s?\d{1,3})\])+", re.I)
_REF_TAIL = re.compile(r"(?:\[[^\]\s]{1,12}\])+$")
_SEE_NOTE = re.compile(r"[(\[](?:see\s+|v[eé]ase\s+|ver\s+)?(?:note|nota|footnote)\s?$", re.I)
_NOTE_BEFORE = re.compile(r"\[(?:nota|note|fn|n\.?|nb|(?:lower|upper)-(?:alpha|roman|greek|latin))\s?$", re.I)
_DAY_PAIR = re.compile(r"\s*(?:and|y|to|a|al|-|–)\s*\d{1,2}\s+(?:de\s+)?(?:" + "|".join(
    sorted(("january february march april may june july august september october november december "
            "enero febrero marzo abril mayo junio julio agosto septiembre setiembre octubre noviembre "
            "diciembre").split(), key=len, reverse=True)) + r")\b", re.I)
_DIGIT = re.compile(r"[$€£¥]?\d")
_ARTICLES = frozenset({"the", "el", "la", "los", "las", "del", "al"})
# a four-digit number after these is a year ("the 2010 floods", "de 2010", "since 1979", "en lo que va de este 2023")
_YEAR_BEFORE = frozenset("the el la los las de del in en of since desde until hasta by year ano año "
                         "before after antes despues este this".split())
_ONE = frozenset({"one", "a", "an", "un", "una", "uno"})
# a figure joined to the next, which its noun follows: "trece y diez años", "13 and 10 years", "three or four days"
# (not a time after which something else happened: "killed 40 and three days later ...", "40 y tres días después")
_PAIRED_FIGURE = re.compile(r"\s+(?:and|y|e|or|o|u)\s+(\d[\d.,]*|[^\W\d_]+)\s+([^\W\d_]+)\b"
                            r"(?!\s+(?:later|after|afterwards|before|earlier|despu[eé]s|antes|m[aá]s\s+tarde))", re.I)
_WORD = re.compile(r"[^\W\d_][\w'’-]*")
_COUNT_STOP = frozenset(
    "of de del and or y o e in en on at to a al for por para with con from desde by that que "
    "who which quien quienes were was are is have has had been be will would could may might do does did "
    "must can should shall it they them he she we you there here "
    "found made seen held taken known left lost built sent shot hit given kept brought caught thrown born "
    "fueron fue son es han ha habian habia seran eran estaban estan this these those este esta "
    "estos estas the el la los las su sus their his her its an un una as como than more less "
    "mas menos over under about since hasta entre during durante after before despues antes while "
    "mientras but pero not no se lo le les ya against across through into onto toward towards among "
    "amid within without near inside outside per via upon despite including contra sobre tras hacia "
    "segun sin ante bajo mediante out between up "
    # verbs of a state that a count is in: "7 remain missing", "7 siguen desaparecidos"
    "remain remains remained stay stays stayed still siguen sigue seguian permanecen permanece "
    "permanecian continuan continua quedan queda aun todavia "
    # adverbs after a count: "two prison guards also suffered", "40 reportedly died"
    "also reportedly allegedly later then too already tambien "
    # irregular English past tenses, which end no "-ed": "12,000 dockers went on strike", "300 fled"
    "went came ran fled fell rose took gave got began stood sat fought struck stole swam drove flew "
    "grew broke spoke wrote met paid told sold bought thought felt slept woke wore tore won "
    # a sum: "500 plus 20 injured", "500 más 20"
    "plus minus "
    # "1 de cada 5 jóvenes": a share's denominator follows, not the noun of the one
    "cada".split())
# a state an English count is in, said after its noun ("6 mineworkers dead", "two crew missing")
_STATES_AFTER = frozenset("dead alive missing hurt homeless injured wounded killed unaccounted".split())
_PARTICIPLES = frozenset(
    "injured wounded killed displaced detained arrested evacuated affected infected disappeared "
    "drowned missing rescued trapped stranded".split())
# verbs in -ed that take an object after a count, not adjectives ("14 suffered serious burns", not
# "dozens of collapsed buildings")
_VERBS_ED = frozenset(
    "suffered sustained received required needed remained survived attended "
    "marched visited crossed entered reached included contained housed carried".split())
# (not "reported", "returned", "signed", "filed", "owned", "joined": before a noun they are
# adjectives more often than not: "3,000 reported cases", "500 returned migrants")
_NUMBERS = frozenset(WORDS["en"]) | frozenset(WORDS["es"])
_COUNT_SKIP = frozenset({"of", "de"})          # "thousands of people", "miles de personas"
_COUNT_UNITS = frozenset({"people"})           # the parser's "unit" that is a counted noun


#: the end of an amount just before a figure: its digits or its scale word ("$11.1 billion 2025 USD")
_AMOUNT_END = re.compile(r"(?:\d|\b(?:billion|million|trillion|bn|millones|millon|millón|mil|billones))\s+$", re.I)
#: a figure grouped in thousands ("3,231", "12.500"): a count, never the number of a name ("ISO 9001", "MH 370")
_GROUPED = re.compile(r"\d{1,3}(?:[,.]\d{3})+")   # not "ISO 14 001", "EN 13 501": a standard's number
#: a version after a name: one or two digits, a dot, a nought ("3.0", "4.0"; not "Niger 6.9", a rate by country)
_VERSION = re.compile(r"\d{1,2}\.0")
#: what follows a version: a word of the sentence going on ("rally", "was"), not a preposition or a
#: conjunction after a figure of a list ("Sismológico 6.0 según ...", "Labour 40.0 and ...")
_AFTER_VERSION = re.compile(r"\s+(?!(?:and|or|y|e|o|u|in|en|on|at|by|por|de|del|of|to|a|al|seg[uú]n|according|"
                            r"with|con|for|para|from|desde)\b)[a-záéíóúñ]")
#: capitalised words a measure follows, not a name a version follows ("Magnitude 7.0", "Category 4.5")
_MEASURE_NAMES = frozenset(
    "magnitude magnitud category categoria level nivel grade grado force fuerza scale escala richter "
    "phase fase stage etapa type tipo index indice size tamano mw ms mb ml".split())


# a credit's name that ends in its number: "according to Channel 24", "según Canal 13", "told France 24"
_CREDITED_NAME = re.compile(r"\b(?:according\s+to|seg[uú]n|told|citing|quoting|citando|by|por|a)\s+"
                            r"(?-i:[A-Z][\w&-]*)\s+$", re.I)
#: a word in capitals and another number after a number: a model's name ("737 MAX 8"), not a count
_MODEL_AFTER = re.compile(r"[ \u00a0](?-i:[A-Z]{2,6})[ \u00a0-]\d")
# digits that begin a word: "5G", "5G-ready", "3D-printed"
_DIGITS_NAME = re.compile(r"\d[\d.,]*-?[^\W\d_]+(?:-[^\W\d_]+)*")
# a figure with the wire's scale letter, which a counted noun follows: "3k protesters", "1.2m voters" (not
# "5G", "3D", "4K TV": no counted noun)
_SCALED = re.compile(r"\d[\d.,]*(?:k|m|mn|mln|bn|bln)")
# a year in English words: "nineteen ninety-nine", "twenty twenty", "nineteen oh five" (not "nineteen hundred", a
# count as often as a year)
_TEENS = "ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen"
_YEAR_WORDS = re.compile(
    rf"\b(?:{_TEENS}|twenty)[\s-]+(?:(?:twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety)"
    rf"(?:[\s-]+(?:one|two|three|four|five|six|seven|eight|nine))?\b|(?:{_TEENS})\b|"
    rf"(?:oh|o)[\s-]+(?:one|two|three|four|five|six|seven|eight|nine)\b)", re.I)
# what joins two years: "nineteen fifty-five and two thousand two"
_YEAR_JOINER = re.compile(r"\s+(?:and|to|through|until)\s+$", re.I)
# a measure's name joined to its figure: "the 7.6-magnitude quake", "un sismo de 7,6-magnitud"
_MEASURE_AFTER = re.compile(r"[-‐](?:magnitude|magnitud)\b", re.I)
# a head count joined to the group it counts: "a 5,000-strong crowd", "a 300-member team", "a 12-person crew"
_HEADCOUNT_AFTER = re.compile(r"[-‐](?:strong|member|person|people|man|woman)\s+(?P<group>[a-z]+)?", re.I)


def _names_a_version(sentence: str, start: int, raw: str) -> bool:
    """Whether the figure at ``start`` follows a capitalised name inside the sentence ("Bersih 3.0",
    "Web 2.0"): not its first word, not a label ("Magnitude: 7.0") nor a measure's name."""
    head = sentence[:start].rstrip()
    if not raw or not raw[0].isupper() or not raw.isalpha() or len(raw) < 3 or fold_word(raw) in _MEASURE_NAMES:
        return False
    before_name = head[:len(head) - len(raw)].rstrip()
    figure = sentence[start:].split()
    if not _AFTER_VERSION.match(sentence, start + len(figure[0]) if figure else start):
        return False
    return bool(before_name) and before_name[-1] not in ".:!?\n"


_CAPITALS_AND_DIGITS = re.compile(r"[A-Z]*\d+[A-Z]*")


def _capitals_label(sentence: str, at: int) -> bool:
    """Whether the word before ``at`` is a model's label in capitals after a number ("Boeing 737
    MAX 8", "Airbus A320 NEO 2"); not a body's initials ("UN 300 dead", "UNHCR 12,500 refugees")."""
    word = _word_before(sentence, at)
    raw = word.strip("(\"“")
    if len(raw) < 2 or not raw.isalpha() or not raw.isupper():
        return False
    return bool(_CAPITALS_AND_DIGITS.fullmatch(_word_before(sentence, at - len(word) - 1)))


# the word before a capitalised noun that a number names: "near Building 7", "frente al Edificio 7", "cortaron la
# Nacional 340", "en el Pabellón 5" (not a place before a bare count: "In Boston 300 marched" opens no such name)
_NAME_OPENER = re.compile(r"(?:\b(?:the|a|near|at|to|from|inside|outside|la|el|al|del|los|las|frente\s+al?|junto\s+al?|"
                          r"cerca\s+del?|desde\s+el|hasta\s+el|en\s+el|en\s+la|por\s+el|por\s+la))\s+$", re.I)


_UP_TO_4_DIGITS = re.compile(r"\d{1,4}")
# a group of countries named by their number: "The Group of 7", "el Grupo de los 20"
_GROUP_OF = re.compile(r"\b(?-i:Group)\s+of\s+(?:the\s+)?$|\b(?-i:Grupo)\s+de\s+los\s+$", re.I)
# a name of letters and digits joined by a plus: "P5+1"; a figure with a number word glued, capitalised: "7-Eleven"
_PLUS_NAME = re.compile(r"[A-Z]+\d+(?:\+\d+)+")
_DIGITS_AND_NAME = re.compile(r"\d+-(?-i:[A-Z])[a-z]+")
_A_NAME_AFTER = re.compile(r"\s+(?:(?:de|del|of)\s+)?[A-ZÁÉÍÓÚÑ]")


def _capital_noun_name(sentence: str, m, counted: str | None, raw_before: str) -> bool:
    """Whether the number of ``m`` names what the capitalised noun before it calls so ("near Building 7", "frente
    al Edificio 7", "la Nacional 340", "en el Pabellón 5 de Ifema"): a plain number, after a Title-case noun that an
    article or a preposition opens, with no counted noun after it (a name after "de" is the place's: "de Ifema")."""
    if m.unit is not None or m.qualifier != "exact" or not _UP_TO_4_DIGITS.fullmatch(m.text.strip()):
        return False
    if not (raw_before[:1].isupper() and raw_before[1:].isalpha() and raw_before[1:].islower()) or \
            fold_word(raw_before) in MONTHS or fold_word(raw_before) in _WEEKDAYS:
        return False
    at = sentence.rfind(raw_before, 0, m.start) - 1       # the space before the noun
    if at <= 0 or sentence[at] != " " or not _NAME_OPENER.search(sentence, max(0, at - 14), at + 1):
        return False
    return counted is None or _A_NAME_AFTER.match(sentence, m.end) is not None


#: a name or a brand right before a number, inside a sentence: a capitalised word ("Snapdragon", "Fortune", "Cat")
#: or one with a capital inside it ("OnePlus", "iPhone"), the number perhaps in brackets ("Phone (2)")
_BRAND_BEFORE = re.compile(r"(?<![\w'’&.-])(?-i:[A-Z][a-z]+|(?P<camel>[A-Z]?[a-z]+[A-Z][A-Za-z]*))\s+(\(?)$")
#: a determiner before a name: "its Pixel 8", "the OnePlus 7", "su Galaxy 5" (not "in Gaza 40 were killed")
_DETERMINER_BEFORE = re.compile(r"\b(?:the|a|an|its|their|his|her|our|el|la|los|las|su|sus|un|una)\s+$", re.I)
#: a version written with a point: "Python 3.12", "Bluetooth 5.3"
_DOTTED_VERSION = re.compile(r"\d{1,2}\.\d{1,2}")
#: what goes on after a value of a list of names and values: "Niger 6.9 and Chad 5.6", "Mw 7.6 on the scale"
_LIST_GOES_ON = re.compile(r"\s*(?:[,;:.)]|$|(?:and|or|y|o|e|on|in|en|at|per|seg[uú]n|according)\b)", re.I)
#: a word after a bracketed number: "the Nothing Phone (2) could" (not "Orinoquía (46), Guajira (30)")
_BRACKET_WORD_NEXT = re.compile(r"\s*\)\s+(?!(?:and|or|y|o|e)\b)[^\W\d_]")
#: a preposition of place before a name: "en Tarn (75)", "in Leon (12)": a place's count in brackets, not a model's
_PLACE_PREPOSITION = re.compile(r"\b(?:in|en|at|of|de|del|from|near|desde)\s+$", re.I)
#: a figure or a sum right after a word: the word is a verb of the name ("the Fold 5 costs $1,799", "sells for $999")
_AMOUNT_NEXT = re.compile(r"\s+(?:(?:for|at|from|por|desde)\s+)?[$€£¥]?\d")
#: English plurals without an -s, which a count may name ("300 police", "40 children")
_IRREGULAR_PLURALS = frozenset("people police children women men staff personnel crew cattle sheep militia "
                               "youth livestock".split())


def _agrees(noun: str, value: float, lang: str) -> bool:
    """Whether a counted noun has the grammatical number of its figure: a plural after any figure but one
    ("38 passengers", "40 children", "300 muertos"), a singular after one ("1 person")."""
    word = fold_word(noun)
    plural = (_plural(word) or word in _IRREGULAR_PLURALS) if lang == "en" else word.endswith("s")
    return plural != (value == 1)


def _model_name(sentence: str, m, counted: str | None, value: float | None, lang: str) -> bool:
    """Whether the number of ``m`` is a part of the name or brand right before it ("a Snapdragon 855 processor",
    "its OnePlus 7 soon", "a Fortune 500 company", "a Cat 4 storm", "Python 3.12", "the Nothing Phone (2)", "the
    Galaxy Z Fold 5 costs $1,799"): a plain figure after a capitalised word inside the sentence (or a word with a
    capital inside it), not a weekday or a month, after which no count of a noun follows: the figure in brackets,
    a version ("3.12"), a noun of the other grammatical number ("855 processor", "1 cars"), or a verb of the
    name before a sum ("5 costs $1,799"). "In Gaza 40 were killed" and "Colombia 500 soldiers" stay counts."""
    if m.unit is not None or m.qualifier != "exact" or value is None or m.start != _number_start(sentence, m):
        return False
    brand = _BRAND_BEFORE.search(sentence, max(0, m.start - 40), m.start)
    if brand is None:
        return False
    word = fold_word(brand.group().split()[0])
    if word in MONTHS or word in _WEEKDAYS or word in _STATES_AFTER or word in ("mw", "ml", "mb", "ms") or \
            _DETERMINER_BEFORE.fullmatch(word + " ") or _MEASURE_AFTER.match(sentence, m.end) or \
            _A_MAGNITUDE.search(sentence, max(0, brand.start() - 12), brand.end()):
        return False                                  # "A Magnitude 7.0 quake", "Mw 7.6", "The 7.6-magnitude quake"
    figure = m.text.strip()
    if brand.group(2):                                # "Phone (2) could", not "Orinoquía (46), Guajira (30)"
        #                                               (nor a place's count: "muertos en Tarn (75) es la más alta")
        return _BRACKET_WORD_NEXT.match(sentence, m.end) is not None and \
            _PLACE_PREPOSITION.search(sentence, max(0, brand.start() - 12), brand.start()) is None
    if counted is None:                               # "Python 3.12 was", not "Niger 6.9 and Chad 5.6"; a brand
        #                                               with a capital inside it or a determiner: "its Pixel 8 soon"
        return (_DOTTED_VERSION.fullmatch(figure) is not None or brand.group("camel") is not None or
                _DETERMINER_BEFORE.search(sentence, max(0, brand.start() - 8), brand.start()) is not None) and \
            _LIST_GOES_ON.match(sentence, m.end) is None
    at = sentence.find(counted, m.end)
    if at < 0 or not figure.isdigit() or fold_word(counted) in _STATES_AFTER:
        return False                                  # "UN 300 dead"
    return not _agrees(counted, value, lang) or _AMOUNT_NEXT.match(sentence, at + len(counted)) is not None


def _word_before(sentence: str, i: int) -> str:
    """The run of non-space characters before ``i``, past the spaces (and no-break spaces) right
    before it; "" when another space comes first."""
    head = sentence[:i].rstrip(" \u00a0")
    if not head or head[-1].isspace():
        return ""
    return head.rsplit(None, 1)[-1]


def _words_after(sentence: str, i: int, count: int) -> list[str]:
    return _WORD.findall(sentence, i, min(len(sentence), i + 80))[:count]


_NON_SPACE = re.compile(r"\S+")


def _number_start(sentence: str, m: Mention) -> int:
    """Where the number of a mention starts: after "more than", "the", "unos"."""
    digit = _DIGIT.search(sentence, m.start, m.end)
    if digit is not None:
        return digit.start()
    for match in _NON_SPACE.finditer(sentence[m.start:m.end]):
        word = fold_word(match.group().strip("(\"“"))
        if word not in _NUMBER_WORDS:
            return m.start + match.start()
    return m.start


def _chunk(sentence: str, start: int, end: int) -> str:
    """The run of non-space characters around [start, end)."""
    a, b = start, end
    while a > 0 and not sentence[a - 1].isspace():
        a -= 1
    while b < len(sentence) and not sentence[b].isspace():
        b += 1
    return sentence[a:b].strip(",;:()\"“”'«»")


#: English adverbs a figure can end with, which count nothing: "300,000 respectively", "$5 each"
_ADVERBS_AFTER = frozenset("each apiece only overall altogether respectively nearly roughly".split())
_ADVERB_ENDS = ("ively", "ately", "ously", "ently", "antly", "edly", "ingly", "fully", "lessly")


# English words after a count that end its phrase, no noun: time ("500 last week", "so far", "now"), and what a
# count does alone ("10 companies alone account")
_EN_PHRASE_ENDS = frozenset("so last next now ago alone today yesterday tomorrow tonight earlier since "
                            # adverbs of time and place ("rose to 30 overnight", "30 nationwide", "7 soon"), and the
                            # mark a figure is named as ("topped the 5,000 mark")
                            "soon overnight afterwards afterward downstream upstream mark milestone threshold "
                            "barrier".split())
#: Spanish adverbs of time after a figure: "subieron a 30 anoche"
_ES_PHRASE_ENDS = frozenset("anoche ayer hoy anteayer ahora entonces todavia aun ya".split())
# English comparatives right after a figure: "14.6% lower", "three times higher"; no noun follows
_COMPARATIVES = frozenset("lower higher greater fewer larger smaller bigger cheaper costlier dearer worse better "
                          "faster slower stronger weaker older younger richer poorer lesser".split())
# the endings of English adjectives that a percent is of, no noun: "95 per cent effective", "60% positive"
_ADJECTIVE_ENDS = ("ive", "ible", "able", "ful", "ous")
# English plurals that stand before another noun: "6 news outlets", "40 arms dealers"
_PLURAL_MODIFIERS = frozenset("news sports arms sales savings goods customs".split())
# Spanish adjectives written before the noun they qualify: "3.128 nuevos casos", "300 mil nuevos desempleados"
_ES_BEFORE_NOUN = frozenset("nuevo nueva nuevos nuevas presunto presunta presuntos presuntas supuesto supuesta "
                            "supuestos supuestas posibles numerosos numerosas diversos diversas distintos distintas "
                            "diferentes sendos sendas otros otras".split())


def _plural(word: str) -> bool:
    """Whether a lower-case English word reads as a plural noun ("layoffs", "adults"; not "bus", "class")."""
    return len(word) > 3 and word.endswith("s") and not word.endswith(("ss", "us", "is")) and \
        word not in _PLURAL_MODIFIERS


def counted_noun(sentence: str, end: int, lang: str, unit: str | None = None) -> str | None:
    """The counted noun after a number: "soldiers" in "500 Venezuelan soldiers have fled". ``unit``: the
    figure's ("percent": an adjective after it is no noun)."""
    head = _HEADCOUNT_AFTER.match(sentence, end)
    if head is not None:
        return head.group("group")             # "a 5,000-strong crowd": the group the count is of
    words: list[tuple[str, int]] = []
    skipped = False
    last = end
    for match in _WORD.finditer(sentence, end, min(len(sentence), end + 80)):
        gap = sentence[last:match.start()]
        last = match.end()
        if gap.strip(" \u00a0"):
            break                              # punctuation: the phrase ends
        word = match.group()
        low = fold_word(word)
        if not words and (low in _COUNT_SKIP or skipped and low in _ARTICLES):
            skipped = True                     # "of the votes", "de los votos"
            continue
        if not words and lang == "en" and len(low) > 4 and low.endswith("ly") and low not in _COUNT_STOP:
            following = _WORD.match(sentence, match.end() + 1)
            if following is not None and fold_word(following.group()).endswith("ed"):
                continue                       # "160 lightly armed men": the adverb of an adjective
        if words and lang == "en" and low in _STATES_AFTER:
            break                              # "6 mineworkers dead": the noun's state, after it
        if not words and lang == "en" and low.endswith("ed") and low not in _PARTICIPLES and low not in _VERBS_ED:
            following = _WORD.match(sentence, match.end() + 1)
            if (following is not None and following.group().islower()
                    and fold_word(following.group()) not in _COUNT_STOP):
                continue                       # "dozens of collapsed buildings": an adjective
        if not words and lang == "en" and low.endswith("ing") and len(low) > 5:
            following = _WORD.match(sentence, match.end() + 1)
            if following is not None and _plural(fold_word(following.group())) and \
                    fold_word(following.group()) not in _NUMBERS:
                continue                       # "13,000 striking workers", "50 remaining hostages": an adjective
        if low in _COUNT_STOP or low in _NUMBERS or lang == "en" and low.endswith(("ed", "ing")) \
                and (words or low not in _PARTICIPLES) or lang == "es" and (
                    low.endswith(("aron", "eron", "aban")) or word.endswith(("ó", "ían"))):
            break                              # "1432 resultaron heridas", "huyeron", "miró": a verb, not a noun
        if not words and lang == "es" and len(low) > 6 and low.endswith("mente"):
            break                              # "340 parcialmente destruidas": an adverb, no noun
        if lang == "en" and (low in _ADVERBS_AFTER or low.endswith(_ADVERB_ENDS) or low in _EN_PHRASE_ENDS
                             or len(low) > 6 and low.endswith("wide")) or lang == "es" and low in _ES_PHRASE_ENDS:
            break                              # "300,000 respectively", "60 members respectively", "30 nationwide",
            #                                    "30 anoche": no noun after
        if lang == "en" and not words and (low in _COMPARATIVES or unit == "percent" and low.endswith(_ADJECTIVE_ENDS)):
            following = _WORD.match(sentence, match.end() + 1)
            if following is not None and following.group().islower() and \
                    fold_word(following.group()) not in _COUNT_STOP:
                continue                       # "two dozen smaller aftershocks": the adjective of a noun
            break                              # "14.6% lower", "95 per cent effective in": no noun
        words.append((word, match.end()))
        if len(words) == 3 or lang == "en" and word.islower() and _plural(low):
            break                              # "333,000 planned layoffs so far", "1 in 5 adults lives": the noun
    if not words:
        return None
    if lang == "es":
        noun = words[0][0]
        if fold_word(noun) in _ES_BEFORE_NOUN and len(words) > 1:
            noun = words[1][0]                 # "3.128 nuevos casos positivos": the noun after the adjective
    else:
        nouns = [w for w, _ in words if not w[0].isupper()]
        if not nouns and (len(words[-1][0]) < 2 or not words[-1][0].endswith("s")):
            return None                        # "(8 U.S., 10 Cuba)": a place (a plural is a noun: "300 Marines", "PCs")
        noun = (nouns or [words[-1][0]])[-1]
    return noun.lower() if not noun.isupper() else noun


def _is_year(value: float | None, text: str) -> bool:
    return value is not None and text.isdigit() and len(text) == 4 and 1000 <= value <= 2100


# the words before a year that a count of people does not follow ("in 1985 people", "en 2010 personas")
_YEAR_ONLY_BEFORE = frozenset("in en since desde until hasta during durante".split())
# what a whole is cut into: no count of the event ("en 3 partes", "into two pieces"; not "recovered
# 40 pieces of debris")
_PIECES = frozenset("partes parts pieces piezas pedazos trozos fragmentos fragments halves mitades".split())
# a word of a count: what died, was hurt, destroyed, or took part, and the nouns of a tally
_COUNT_WORD = re.compile(
    r"\b(?:muert|fallec|herid|v[ií]ctim|desaparec|damnific|afectad|evacuad|desplazad|detenid|lesionad|"
    r"deaths?\b|dead\b|killed|injur|wounded|missing\b|casualt|fatalit|displaced|evacuees|arrest|"
    r"destroyed|destruid|damaged|dañad|viviendas|homes\b|houses\b|asistentes|participantes|manifestantes|"
    r"protesters|demonstrators|personas\b|people\b|toll\b|saldo\b|balance\b|cifra\b|tally\b)", re.I)
# the label of a line ("Muertos: 1500") or a verb that puts a count at the figure ("el número de
# muertos fue de 1500", "los fallecidos suman 1500", "the toll was 1500"), right before it
_LABEL_BEFORE = re.compile(r"(?:^|[\n;(])\s*([^\W\d_][^:;,.()\n]{0,40}):\s*$")
# a line that is a label and its values ("Deaths: 310 (official) Over 2,000 (witnesses)")
_LINE_LABEL = re.compile(r"(?:^|\n)\s*([^\W\d_][^:;,.()\n]{0,40}):\s", re.M)
# a place's name between a line's label and its figure: "Víctimas: Tarn 101", "Deaths: Port Brill 16"
_PLACE_TO_FIGURE = re.compile(r"[A-ZÁÉÍÓÚÑ][^\W\d_]+(?:\s+(?:de|del|la|el|los|las|[A-ZÁÉÍÓÚÑ][^\W\d_]+)){0,3}\s+")


def _place_under_count_label(sentence: str, start: int) -> bool:
    """Whether the figure at ``start`` follows a place's name right after a line's label that names
    a count: a count of that place, not a name with digits ("calle Bartolomé Mitre 3060")."""
    line = _LINE_LABEL.search(sentence, 0, start)
    return line is not None and _COUNT_WORD.search(line.group(1)) is not None and \
        _PLACE_TO_FIGURE.fullmatch(sentence, line.end(), start) is not None
_PUTS_BEFORE = re.compile(r"\b(?:fue|fueron|es|son|era|eran|ser[aá]n?|ser[ií]an?|suma\w*|sum[oó]|sumaron|"
                          r"totaliz\w*|was|were|is|are|totall?ed|numbered)\s+(?:de\s+)?$", re.I)


# a verb of what befell people, in the plural, after a bare figure: "y 1200 resultaron heridas"
_COUNT_VERB_AFTER = re.compile(r"\s+(?:resultaron|murieron|fallecieron|perecieron|desaparecieron|quedaron|"
                               r"died|perished|were\s+(?:killed|injured|wounded|hurt|missing|arrested|evacuated))\b",
                               re.I)


# the verb of the sentence right after a year, with its object: "the floods of 2010 killed 1,985 people", "the
# earthquake of 2010 injured thousands": the year of the event that did it, no count of those killed (as "a toll
# of 1500 killed" is)
_VERB_AND_OBJECT = re.compile(r"\s+[^\W\d_]+ed\s+(?:\d|(?:the|a|an|some|about|around|over|more|at|nearly|almost|"
                              r"up|its|their|many|several|tens|dozens|hundreds|thousands|millions)\b)", re.I)


_CLAUSE_MARKS = re.compile(r"[,;:()]")


def _counted_before(sentence: str, start: int) -> bool:
    """Whether a bare figure of four digits (1500) is a count that the words before it name, not
    a year: a line's label that names a count ("Muertos: 1500", "Deaths: 1500") or a count put at
    it by a verb in its clause ("la cifra de muertos fue de 1500", "the toll was 1500"). Spanish
    writes four-digit counts without a separator."""
    label = _LABEL_BEFORE.search(sentence, max(0, start - 48), start)
    if label is not None:
        return bool(_COUNT_WORD.search(label.group(1)))
    line = _LINE_LABEL.search(sentence, 0, start)
    if line is not None and _COUNT_WORD.search(line.group(1)):
        rest = sentence[line.end():start]      # the line's other values: "Muertos: 310 (oficial) Más de 2000"
        if "\n" not in rest and ":" not in rest and rest.count("(") == rest.count(")") and _DIGIT.search(rest):
            return True
    clause = _CLAUSE_MARKS.split(sentence[max(0, start - 80):start])[-1]
    return bool(_PUTS_BEFORE.search(clause)) and bool(_COUNT_WORD.search(clause))


_SLASH_DAY = re.compile(r"(\d{1,2})/(\d{1,2})")
_OF_AFTER = re.compile(r"\s+(?:of|de|del)\b", re.IGNORECASE)


# the inline patterns of ``_junk``, compiled once
_CLOSE_AFTER = re.compile(r"\s*[)\]]")
_LIVE_CLOCK = re.compile(r"(?:[01]?\d|2[0-4])[.:][0-5]\d")
_TWO_DIGITS = re.compile(r"\d\d")
_ONE_OR_TWO_DIGITS = re.compile(r"\d{1,2}")
_THREE_DIGITS = re.compile(r"\d{3}")
_FOUR_DIGITS = re.compile(r"\d{4}")
_MARGIN = re.compile(r"(?:±|\+/-|\+-)\s*$")
_ORDINAL_SIGN = re.compile(r"[°º]\s*(?!de\b|C\b|F\b|[Cc]elsius|[Ff]ahrenheit|grados|degrees|below|above|bajo|sobre|"
                           r"en\b|in\b)[^\W\d_]")
_DIGIT_NEXT = re.compile(r"[-.\s]?\d")
_NAME_AFTER = re.compile(r"\s(?-i:[A-Z][a-z]+)\b")
_DOT_CLOCK = re.compile(r"\d{1,2}\.[0-5]\d")
_ORDINAL = re.compile(r"\d+(?:st|nd|rd|th|º|ª|\.º|\.ª|er|o|a)", re.I)
_SEASON = re.compile(r"\b(?:1[5-9]|20)\d\d[–-]$")
_SAME_AFTER = re.compile(r"\s?[-–]\s?(\d+)\b")
_SAME_BEFORE = re.compile(r"\b(\d+)\s?[-–]\s?$")
_MILITARY_CLOCK = re.compile(r"[01]\d[0-5]\d|2[0-3][0-5]\d")
_MILITARY_ZONE = re.compile(r"\s*(?:GMT|UTC|GM|Z|hrs|hours|horas|h)\b")
_MINUTES = re.compile(r":\d\d")
_COMMA_NEXT = re.compile(r"\s*,")
_BRACKET_NEXT = re.compile(r"\s*\)")
_DE_BEFORE = re.compile(r",\s+de\s+$")
_STOP_NEXT = re.compile(r"\s*[,;.)]")
_DOTTED_CAPITALS = re.compile(r"(?:[A-Z]\.)+[A-Z]")
_OF_THE_NEXT = re.compile(r"\s*(?:de|del)\s+(?:los|las)\b")
_DAY_OF_MONTH = re.compile(r"0?[1-9]|[12]\d|3[01]")
_SECONDS_NEXT = re.compile(r"\s?(?:s|seg|sec)\b")
_MINUTES_BEFORE = re.compile(r"\bmin\.?\s*$")
_HYPHEN_DURATION = re.compile(r"\s?-\s?(?:and-a-half[- ])?(?:year|day|hour|minute|week|month|second)s?\b", re.I)
_NAME_JOIN = re.compile(r"\s*(?:,|and|y|or|o|&|-|–|/)\s*")
_NAME_ENDS = re.compile(r"\s*(?:[,.;)]|$)")
_EXAMPLE_ENDS = re.compile(r";|\.\s|\b(?:but|pero|while|mientras)\b")
_RATIO_AFTER = re.compile(r"-to-\d")
_RATIO_BEFORE = re.compile(r"\d-to-$")
#: a figure that a fraction before it is a share of: "a third of the 300 homes", "la mitad de los 40 fallecidos"
_OF_A_FIGURE = re.compile(r"\s+(?:of|de)\s+(?:(?:the|these|those|its|their|los|las|sus|estos|estas)\s+)?\d", re.I)
#: the words of a proportion in words ("one in five", "two out of three", "uno de cada cinco")
_PROPORTION = re.compile(r"\s(?:in|out\s+of|de\s+cada)\s", re.I)


def _junk(sentence: str, m: Mention, number_start: int, counted: str | None, lang: str,
          previous_name_end: int | None) -> str | None:
    """Why a mention is not a quantity a reader would take, or None."""
    core = sentence[number_start:m.end]
    bare = core.strip()
    chunk = _chunk(sentence, number_start, m.end)
    if "[" in chunk:
        chunk = _REF_TAIL.sub("", chunk)
    before = sentence[max(0, m.start - 16):m.start]
    after = sentence[m.end:m.end + 16]
    spelled_before = _word_before(sentence, m.start)      # as written: "(Oct.", "Tuesday,"
    word_before = fold_word(spelled_before.strip("(\"“,"))
    words_after = _words_after(sentence, m.end, 2)
    next_words = [fold_word(w) for w in words_after]
    value = m.lower if m.lower is not None else m.upper
    if (before.endswith("[") or _NOTE_BEFORE.search(before)) and after.startswith("]") or \
            _SEE_NOTE.search(before) and _CLOSE_AFTER.match(after):
        return "reference marker"                     # "[12]", "[nota 1]", "[fn 1]", "(see note 1)"
    if number_start <= 3 and _LIVE_CLOCK.fullmatch(bare) and \
            not sentence[:number_start].strip(" -•*·"):
        return "time of day"                          # a live blog's "20.40 Las manifestantes llenan la Gran Vía"
    if m.unit is None and m.qualifier == "exact" and _TWO_DIGITS.fullmatch(bare) and \
            spelled_before == "del" and (
                counted is None and _YEAR_ENDS.match(sentence, m.end)
                or fold_word(_word_before(sentence, sentence.rfind("del", 0, m.start))) in MONTHS):
        # "el terremoto del 85, que mató a 10.000", "la revolución de octubre del 34 se saldó con 1.375 muertos"
        return "year"
    in_words = not _DIGIT.search(core)
    years = list(_YEAR_WORDS.finditer(sentence)) if in_words and lang == "en" else []
    if any(y.start() <= number_start and m.end <= y.end() for y in years):
        return "year"                                 # "in nineteen ninety-nine": a year in words, not 19 and 99
    a_year = in_words and value is not None and float(value).is_integer() and 1000 <= value <= 2100
    if a_year and m.unit is None and m.qualifier == "exact" and word_before in _YEAR_ONLY_BEFORE | {"ano", "year"}:
        return "year"                                 # "En mil novecientos noventa y nueve murieron 300"
    joiner = _YEAR_JOINER.search(sentence, 0, m.start) if a_year and years else None
    if joiner is not None and any(y.end() == joiner.start() for y in years):
        return "year"                                 # "between nineteen fifty-five and two thousand two"
    slash = _SLASH_DAY.fullmatch(bare)
    if slash and m.unit is None and not _OF_AFTER.match(sentence, m.end) and \
            1 <= int(slash.group(1)) <= 31 and 1 <= int(slash.group(2)) <= 31 and \
            not (counted and int(slash.group(1)) < int(slash.group(2)) and int(slash.group(2)) <= 10):
        # "on 3/7", "after 9/11", "24/7": a day and a month (or a name), not a fraction ("1/3 of the 900")
        return "date"
    if _MARGIN.search(sentence[max(0, number_start - 4):number_start]):
        return "margin"                               # "6.2 ± 0.016", "a depth of 4 ± 1 km": the error of a figure
    if m.unit is None and value is not None and 0 < value <= 20 and _ONE_OR_TWO_DIGITS.fullmatch(bare) and \
            _ORDINAL_SIGN.match(after) and not _TEMPERATURE.search(sentence, max(0, m.start - 60), m.start):
        return "ordinal"                              # "(1° sismo)", "el 2º piso": an ordinal sign, not degrees
    if _DECIMAL_DEGREES.fullmatch(bare) and (_COORDINATE_AFTER.match(sentence, m.end)
                                                 or _COORDINATE_BEFORE.search(sentence, 0, number_start)):
        return "coordinates"                          # "-32.89972, -68.90000"
    klass = _MAGNITUDE_CLASS.search(sentence, max(0, number_start - 80), number_start)
    if klass is not None and (klass.group("bound") or m.qualifier in ("at-least", "more-than")
                              or _BOUND_AFTER.match(sentence, m.end)):
        return "class bound"                          # "500 réplicas de magnitud igual o superior a 4"
    if m.unit is None and counted is None and m.qualifier == "exact" and \
            _VENUE_NAME.search(sentence, max(0, m.start - 60), m.start):
        return "name with digits"                     # "la discoteca Alcalá 20"
    if m.qualifier == "exact" and _PER_EVERY.search(sentence, max(0, m.start - 24), m.start):
        return "rate denominator"                     # "de cada 10.000 niños mueren 15", "12 per 100,000 people"
    if m.qualifier == "exact" and m.unit is None and (counted is None or not counted.endswith("s")) and \
            value is not None and value < 120 and _AGE_OF.search(sentence, max(0, m.start - 40), m.start):
        return "age"                                  # "dos hombres de 41 y 45", "una mujer de 70"
    if m.qualifier == "exact" and m.unit is None and counted is None and _CALL_TO.search(
            sentence, max(0, m.start - 30), m.start) and _THREE_DIGITS.fullmatch(bare) and \
            not _DIGIT_NEXT.match(after):
        return "phone number"                         # "llamadas al 112", "call 911" (not "Call 503-555-0147")
    if m.qualifier == "exact" and m.unit is None and counted is None and _THREE_DIGITS.fullmatch(bare) and \
            _EMERGENCY_LINE.search(sentence, max(0, m.start - 30), m.start) and \
            not _NOUN_NEXT.match(sentence, m.end):
        return "phone number"                         # "el servicio de emergencias 112", "the emergency number 911"
    if m.qualifier == "exact" and m.unit is None and _THREE_DIGITS.fullmatch(bare) and \
            _EMERGENCY_AFTER.match(sentence, m.end):
        return "phone number"                         # "call the 911 emergency number", "el 112 de emergencias"
    if m.qualifier == "exact" and m.unit is None and \
            _TITLE_AROUND.search(sentence, max(0, m.start - 5), m.start) and _NAME_AFTER.match(sentence, m.end):
        return "name with digits"                     # "el portal oficial El 24 Digital", "on The 7 Network"
    if (m.qualifier == "exact" and m.unit is None and bare.isalpha() and bare.islower()
            and _NAME_WORD_BEFORE.search(sentence, max(0, number_start - 40), number_start)
            and _NAME_GOES_ON.match(sentence, m.end)):
        return "name"                                 # "Figueiró dos Vinhos": a particle between a name's words
    if _CLOCK.fullmatch(chunk.rstrip(".")) or _TIME_AFTER.match(after) or (
            m.qualifier == "exact" and counted is None and m.unit is None and value is not None and 1 <= value <= 24
            and _TIME_BEFORE.search(before) and not _FIGURE_AT.search(sentence, max(0, m.start - 60), m.start)
            and not _MAGNITUDE_AFTER.match(sentence, m.end)     # "measured at 6.1-magnitude", as "a 7.8-magnitude"
            and not _NO_CLOCK.fullmatch(bare)):                 # "at 7.1" (as "at 7.30" is one)
        return "time of day"
    if m.unit is None and _ADDRESS_NUMBERS.search(sentence, max(0, m.start - 40), m.start):
        return "address"                              # "en los números 910 y 916 de la calle Arroyo"
    if m.unit is None and _DOT_CLOCK.fullmatch(bare) and value is not None and value <= 24 \
            and (_HOUR_ARTICLE.search(sentence, max(0, m.start - 6), number_start)
                 or _CLOCK_OPENS.search(sentence, max(0, number_start - 12), number_start)):
        return "time of day"                          # "hasta las 6.00", "desde las 22.30": the clock's dot
    if m.unit is None and value is not None and value <= 24 and \
            _PART_OF_DAY.match(sentence, m.end):
        return "time of day"                          # "sobre las nueve de la noche", "at six in the morning"
    if m.unit is None and counted is None and value is not None and value <= 24 and m.qualifier == "approximate" \
            and _HOUR_ARTICLE.search(sentence, m.start, number_start):
        return "time of day"                          # "alrededor de las 3.15", "hacia las 9", "cerca de la 1"
    if any(g.start() <= m.start < g.end() for g in _GALLERY.finditer(
            sentence, max(0, m.start - 30), min(len(sentence), m.end + 20))):
        return "page furniture"                       # "Photo 1 of 12", "Foto 3 de 12", "Page 2 of 5"
    if m.qualifier == "range" and m.unit is None and (counted is None or not counted.endswith("s") or counted in (
            "horas", "hs")) and _HOURS_RANGE.search(sentence, m.start, m.end) and all(
            v is not None and float(v).is_integer() and 0 <= v <= 24 for v in (m.lower, m.upper)):
        return "time of day"                          # "cayeron entre las 18 y las 21", "de las 8 a las 10"
    if _NUMERIC_DATE.fullmatch(chunk.rstrip(".")):
        return "date"
    if _DAY_FRACTION.fullmatch(chunk.rstrip(".")) and _DATE_WORD_BEFORE.search(before) \
            and not _SHARE_AFTER.match(sentence, m.end):
        return "date"                                 # "as of 10/28", "al 28/10": no fraction (but "al 3/4 de su
        #                                               capacidad" is one)
    if _ORDINAL.fullmatch(chunk.rstrip(".,")):
        return "ordinal"
    if m.unit is None and (_PLUS_NAME.fullmatch(chunk.rstrip(".,")) or m.qualifier == "range" and
                           _DIGITS_AND_NAME.fullmatch(chunk.rstrip(".,"))):
        return "name with digits"                     # "P5+1 negotiators", "a 7-Eleven store" (not a range 7-11)
    if m.unit is None and m.qualifier == "exact" and _DIGITS_NAME.fullmatch(chunk.rstrip(".,")) \
            and not _MEASURE_AFTER.match(sentence, m.end) and not (counted and _SCALED.fullmatch(bare)) \
            and not _HEADCOUNT_AFTER.match(sentence, m.end):
        return "name with digits"                     # not "5,000-plus", "40-odd": a bound, a figure; not "a
        #                                               7.6-magnitude quake": the quake's measure
    dashes = "-" in sentence or "–" in sentence
    if dashes and _SEASON.search(before) and _TWO_DIGITS.fullmatch(bare):
        return "years"                                # "the 2003–04 season"
    same_after = _SAME_AFTER.match(after) if dashes else None
    same_before = _SAME_BEFORE.search(before) if dashes else None
    if any(match is not None and match.group(1) == bare for match in (same_after, same_before)):
        return "odds"                                 # "a 50-50 chance": even odds, not two counts
    if _MILITARY_CLOCK.fullmatch(bare) and (bare[0] == "0" or _MILITARY_ZONE.match(after)):
        return "time of day"                          # "(0600 GMT)", "a las 0712 GMT": a military clock
    if (before.endswith(":") and before[-2:-1].isdigit()) or after.startswith(":") and _MINUTES.match(after):
        return "time of day"                          # "10:05 to 10:15 p.m." read as "05 to 10"
    if m.unit is None and value is not None and 0 < value < 130 and m.qualifier == "exact" and (
            word_before in _AGE_BEFORE or _COMMA_NEXT.match(after) and _APPOSITIVE_AGE.search(before)):
        return "age"                                  # "aged 64", "Stephen Paddock, 64, fired"
    if m.unit is None and value is not None and 0 < value < 120 and m.qualifier == "exact" and \
            _BRACKET_NEXT.match(after) and _NAME_IN_BRACKET.search(sentence, 0, m.start) and \
            (cue := _PEOPLE_NAMED.search(sentence, 0, m.start)) is not None and \
            not _FROM_PLACES.search(sentence, cue.end(), m.start):
        return "age"                                  # "identified as Ramesh Yadav (42), Sunita Devi (35)"
    if m.unit is None and counted in (None, "years", "year", "años", "año") and value is not None and 0 < value < 130 \
            and _THE_AGE_OF.search(before):
        return "age"                                  # "children under the age of 12", "at the age of 60 or more"
    if m.unit is None and counted in (None, "years", "year", "años", "año") and value is not None and 0 < value < 130 \
            and _AGE_COMPARED.search(sentence, max(0, m.start - 16), number_start):
        # "31 in children younger than 5", "7 en mayores de 60" (its words the mention's own: "mayores de 60" reads
        # as more than 60): a bound of ages, not a list of them, so "younger than 5 and 40 in those aged ..." keeps 40
        return "age bound"
    if m.unit is None and counted is None and value is not None and 0 < value < 130 and \
            word_before in ("aged", "edad") and m.qualifier in ("at-least", "more-than", "at-most", "less-than"):
        return "age"                                  # "300 people aged 65 and over died": an age bound
    if m.unit is None and counted in (None, "years", "años", "year", "año") and value is not None and 0 < value < 130 \
            and word_before in _AGE_GROUPS and m.qualifier in ("at-least", "more-than", "at-most", "less-than"):
        return "age"                                  # "children under 13 had been vaccinated", "niños menores de 5"
    if m.unit is None and counted is None and value is not None and 0 < value <= 21 and m.qualifier == "exact" \
            and word_before in ("siglo", "century"):
        return "ordinal"                              # "del siglo 20": a century
    if m.unit is None and counted is None and m.qualifier == "exact" and value is not None and 0 < value <= 53 and \
            float(value).is_integer() and word_before in _WEEK_LABEL and not _A_SPAN_OF_TIME.search(before):
        return "name with digits"                     # "peaked in week 12", "la semana epidemiológica 12"
    if m.unit is None and counted is None and m.qualifier == "exact" and value is not None and 0 < value < 130 and (
            _DE_BEFORE.search(before) and _COMMA_NEXT.match(after)
            and _APPOSITIVE_AGE.search(before[:before.rfind(" de ")].rstrip(" ,") + ",")):
        return "age"                                  # "Víctor, de 23, murió", "la víctima, de 45, era maestra"
    if m.unit is None and m.qualifier == "exact" and value is not None and 0 < value <= 200 and (
            word_before in ("minuto", "minute") and not _A_SPAN_OF_TIME.search(before)
            or counted is None and word_before in _RANK_LABEL and (
                not next_words or next_words[0] in _RANK_AFTER or _STOP_NEXT.match(after))):
        return "ordinal"                              # "ocupó el puesto 12 del índice", "en el minuto 90"
    if "°" in sentence and any(c.start() <= m.start < c.end() for c in _COORDINATE.finditer(
            sentence, max(0, m.start - 30), min(len(sentence), m.end + 30))):   # (a point of a map has its "°")
        return "coordinates"                          # "19°25′N 99°08′O"
    if m.unit is None and _ANNIVERSARY.match(sentence, m.end):
        return "ordinal"                              # "el 50 aniversario"
    raw = spelled_before.rstrip(".")
    dotted = raw.replace(".", "") if _DOTTED_CAPITALS.fullmatch(raw) else raw
    if m.unit is None and counted is None and 2 <= len(dotted) <= 6 and dotted.isupper() and dotted.isalpha() and \
            m.qualifier == "exact" and not _GROUPED.fullmatch(bare):
        return "name with digits"                     # "ISO 9001", "el tren AVE 3210", "MH 370", "H.R. 4437"
    if m.unit is None and m.qualifier == "exact" and _MODEL_AFTER.match(sentence, m.end):
        return "name with digits"                     # "the 737 MAX 8 jet", "un Airbus 320 NEO 2": a model's name
    if m.unit is None and m.qualifier == "exact" and _VERSION.fullmatch(bare) and _names_a_version(
            sentence, m.start, raw):
        return "name with digits"                     # "the Bersih 3.0 rally", "Web 2.0", "Industria 4.0"
    if m.qualifier == "exact" and ((numerator := _DENOMINATOR.search(before)) is not None and (
            value is None or int(numerator.group(1)) <= value) or (   # "rose to 718 in 13 of 28 districts": no share
            denominator := _DENOMINATOR_WORD.search(sentence, max(0, m.start - 24), m.start)) is not None
            and fold_word(denominator.group(1)) in _NUMBERS | _ONE):
        return "denominator"                          # "7 in 10 residents": one share, not two counts
    if _ADDRESS.match(sentence, m.end) and m.qualifier == "exact" and m.unit is None:
        return "name with digits"                     # "10 Downing Street"
    word_before = word_before.rstrip(".")             # "Oct. 1"
    # "By the end of May, 45 had died": a comma after the month ends the date
    month_before = word_before in MONTHS and not (word_before in _AMBIGUOUS_MONTHS
                                                   and spelled_before[:1].islower()) \
        and not spelled_before.endswith(",")
    first_after = words_after[:1]
    month_after = bool(next_words) and (next_words[0] in MONTHS or next_words[0] == "de" and len(next_words) > 1
                                        and next_words[1] in MONTHS)
    if month_after and next_words[0] in _AMBIGUOUS_MONTHS and first_after and first_after[0][:1].islower():
        month_after = not (next_words[0] == "march" and _is_year(value, core))
    if (month_before or month_after) and m.qualifier == "exact" and m.unit is None and (
            _DAY_OF_MONTH.fullmatch(bare) or _is_year(value, core)):
        return "date"                                 # "March 5", "5 de marzo", "marzo de 2019"; not "febrero 37.166"
    day = m.qualifier == "exact" and m.unit is None and value is not None and float(value).is_integer() and \
        1 <= value <= 31
    weekday = spelled_before
    if word_before in _WEEKDAYS and day and counted is None and not weekday.endswith(",") \
            and (fold_word(_word_before(sentence, m.start - len(weekday) - 1)) in _BEFORE_A_WEEKDAY
                 or _DAYS_FROM_TO.search(sentence, max(0, m.start - 40), m.start)):
        # "el sábado 13 a las 11", "on Saturday 13", "la mañana del jueves 16" (not "On Tuesday, 5 died")
        return "date"
    if word_before in ("dia", "day", "dias", "days") and day and not spelled_before.endswith(","):
        return "date"                                 # "el día 15 del mismo mes", "on day 3 of the strike"; not
        #                                               "In 10 days, 20 died": a comma ends the span of days
    if word_before == "el" and day and counted is None and lang == "es" and bare.isdigit() and \
            not _OF_THE_NEXT.match(after):
        return "date"                                 # "El 15 llegaron 300 soldados": a count says "los 15"
    if month_after and m.qualifier in ("at-most", "at-least", "more-than", "less-than") and m.unit is None and \
            value is not None and float(value).is_integer() and 1 <= value <= 31:
        return "date"                                 # "hasta el 15 de diciembre", "until 15 March"
    if month_after and m.qualifier == "approximate" and m.unit is None and _DAY_OF_MONTH.fullmatch(bare):
        return "date"                                 # "around 4 September 2023", "alrededor del 4 de mayo"
    if (month_before or month_after) and m.qualifier == "range" and m.unit is None and _days(m):
        return "date"                                 # "on 10–11 January 2015", "March 3–5, 2012"
    if m.qualifier == "exact" and m.unit is None and value is not None and value <= 31 and \
            _DAY_PAIR.match(sentence, m.end):
        return "date"                                 # "15 and 16 February", "2 y 3 de diciembre"
    if m.qualifier == "range" and m.unit is None and all(
            _is_year(v, str(int(v)) if v is not None and float(v).is_integer() else "")
            for v in (m.lower, m.upper)) and len(_FOUR_DIGITS.findall(core)) == 2:
        return "years"                                # "entre 1960 y 1996", "2008-2014"
    year = _is_year(value, bare) and m.unit is None and not _RISE_TO.search(
        sentence, max(0, m.start - 30), number_start) and not (  # the verb may open the mention: "rozan los 2000"
        counted is None and (_counted_before(sentence, m.start) or (
            _COUNT_VERB_AFTER.match(sentence, m.end) and word_before not in _YEAR_BEFORE)))
    if m.unit in _COUNT_UNITS and m.qualifier == "exact" and word_before in _YEAR_ONLY_BEFORE and _is_year(
            value, core.split()[0]):
        return "year"                                 # "In 1985 people died" (not "the 2000 people")
    if year and word_before in ("de", "of") and counted is not None and _COUNT_WORD.match(counted) and \
            not _VERB_AND_OBJECT.match(sentence, m.end):
        year = False                                  # "los restos de 1500 víctimas", "a toll of 1500 deaths"
    if year and (counted is None or not counted.endswith("s") or counted in MONTHS
                 or word_before in _YEAR_BEFORE or (first_after and first_after[0][:1].isupper())):
        return "year" if m.qualifier == "exact" else "comparison with a past event"
    if next_words and next_words[0] in _DURATION and m.unit is None:
        return "duration"
    pair = _PAIRED_FIGURE.match(sentence, m.end) if m.unit is None and m.qualifier == "exact" else None
    if pair and fold_word(pair.group(2)) in _DURATION and (pair.group(1)[:1].isdigit()
                                                          or fold_word(pair.group(1)) in _NUMBERS):
        return "duration"                             # "penas de trece y diez años", "three or four years"
    if m.unit is None and value is not None and value < 100 and value % 10 == 0 and _DECADE_BEFORE.search(before):
        return "decade"                               # "en los años 60", "in the '80s"
    if next_words and next_words[0] in ("times", "veces") and m.unit is None:
        return "frequency"                            # "unas cuatro veces", "three times higher"
    if m.unit is None and _SECONDS_NEXT.match(after) and _MINUTES_BEFORE.search(before):
        return "duration"                             # "3 min 30 s"
    if dashes and _HYPHEN_DURATION.match(sentence[m.end:m.end + 30]):
        return "duration"                             # "a 10-day siege", "a two-and-a-half day siege"
    if counted is not None and fold_word(counted) in _PIECES and m.unit is None and word_before in ("en", "into", "in"):
        return "parts of a whole"                     # "dividió su caudal en 3 partes", "broke into two pieces"
    if m.start > 0 and not spelled_before.endswith((",", ";", ":")) and (
            word_before in _LABELS or "&" in word_before or _capitals_label(sentence, m.start)):
        return "name with digits"                     # "Category 4", "S&P 500", "MAX 8"; not "the law, 28 members"
    if previous_name_end is not None and _NAME_JOIN.fullmatch(sentence[previous_name_end:m.start]) and not (
            counted is not None and "," in sentence[previous_name_end:m.start]):
        return "name with digits"                     # "Routes 5, 7 and 9"; not "In week 3, 40 cases"
    raw_before = spelled_before.strip("(\"“")
    if m.unit is None and counted is None and m.qualifier == "exact" and \
            _CREDITED_NAME.search(sentence, max(0, m.start - 40), m.start) and _NAME_ENDS.match(after):
        return "name with digits"                     # "according to Channel 24,", "según Canal 13."
    if m.unit is None and m.qualifier == "exact" and raw_before in _NAMED_BY_NUMBER and (
            counted is None or lang == "en" and not _plural(fold_word(counted))):
        return "name with digits"                     # "the injured were taken to Hospital 12", "Bill 21", "the
        #                                               Formula 1 race" (a count has a plural: "Bus 38 passengers")
    if m.unit is None and m.qualifier == "exact" and _GROUP_OF.search(sentence, max(0, m.start - 16), m.start):
        return "name with digits"                     # "The Group of 7", "el Grupo de los 20"
    if _capital_noun_name(sentence, m, counted, raw_before):
        return "name with digits"                     # "near Building 7", "la Nacional 340", "el Pabellón 5 de Ifema"
    if _model_name(sentence, m, counted, value, lang):
        return "name with digits"                     # "a Snapdragon 855 processor", "Python 3.12", "Phone (2)"
    if (m.qualifier == "exact" and m.unit is None and counted is None and raw_before[:1].isupper()
            and not _place_under_count_label(sentence, m.start)
            and raw_before[1:].islower() and not raw_before.endswith((",", ";", ":")) and word_before not in MONTHS
            and word_before not in _WEEKDAYS                # "Last Tuesday 5 died": a day, not a name
            and m.start > len(raw_before) + 1
            and _word_before(sentence, m.start - len(raw_before) - 1)[:1].isupper()):
        return "name with digits"                     # "calle Bartolomé Mitre 3060"
    if _FOR_COMPARISON.match(sentence) or _LAST_YEARS_EVENT.search(sentence, max(0, m.start - 80), m.start):
        return "comparison with a past event"         # "For comparison, last Saturday 12,500 protested"
    if _PAST_RECORD.search(sentence, max(0, m.start - 100), number_start):
        return "comparison with a past event"         # "twice the last record of 5.1 million hectares"
    cue = _COMPARE_CUE.search(sentence, max(0, m.start - 60), number_start)
    if cue and _PAST_YEAR.search(sentence, m.end, min(len(sentence), m.end + 100)) and not _CLAUSE_STOP.search(
            sentence, cue.end(), number_start):
        return "comparison with a past event"         # "the highest since the 510,000 ... in 2014"
    other = _OTHER_EVENTS.search(sentence, max(0, m.start - 120), number_start)
    if other and _EXAMPLE.search(sentence[other.end():number_start]) and not _EXAMPLE_ENDS.search(
            sentence[other.end():number_start]):
        return "comparison with a past event"         # "inferior a la de otros bombardeos, como Tokio (200 000)"
    if m.qualifier == "exact" and m.unit is None and _ranking(sentence, m, word_before, next_words, value):
        return "ranking"                              # "one of the five most powerful", "las dos principales"
    if (m.qualifier == "exact" and m.unit is None and bare[:1].isupper() and bare.isalpha()
            and (counted is None or _NAME_GOES_ON.match(sentence, m.end) and raw_before.islower())
            and number_start > 0 and sentence[:number_start].rstrip()[-1:].isalnum()):
        # "la zona de Once", "Tres Cantos", "al sur de Tres Picos", "reached Seven Sisters": a name (in
        # prose: not "Floods Kill Three People", a headline's capitals)
        return "name"
    if (m.qualifier == "exact" and m.unit is None and fold_word(bare) in ("one", "un", "una", "uno")
            and word_before in ("at", "en", "in", "for") and next_words[:1] in (
                ["point"], ["stage"], ["time"], ["moment"], ["momento"], ["punto"])):
        return "idiom"                                # "at one point", "en un momento": no count
    if m.qualifier == "exact" and m.unit is None and fold_word(bare) in _ONE and not (
            fold_word(bare) in ("one", "uno") and counted is not None
            and next_words[:1] not in (["of"], ["de"])) and not (
            fold_word(bare) in ("one", "uno", "una") and next_words[:1] in (["mas"], ["more"])
            and (len(next_words) == 1 or next_words[1] in AFTER_ONE_MORE) and (
                _DIGIT.search(sentence, 0, m.start)
                or any(fold_word(w) in _NUMBERS - _ONE for w in _WORD.findall(sentence, 0, m.start)))):
        # "a march", "one of the": not "One person died", nor one more of a list ("41 were civilians and one more a
        # police officer", "41 corresponden a civiles y una más a un agente")
        return "article"
    if m.unit is None and value is not None and 0 < abs(value) < 1 and not _DIGIT.search(core) and not (
            counted is not None and (counted.endswith("s") and not counted.endswith(("'s", "’s"))
                                     or fold_word(counted) in ("people", "gente"))
            and fold_word(counted) not in _DURATION
            and (_PROPORTION.search(core) or next_words[:1] in (["of"], ["de"]))):
        # "cut in half", "half of the city", "a quarter of Spain's", "a third person", "un cuarto de hora"; a share
        # of a count is a figure, as "1 in 5 adults" and "2/3 of voters" are: "two-thirds of voters" (a share of a
        # figure, "a third of the 300 homes", is quantities_in_text's: ``_shares_of_figures``)
        return "fraction of nothing"
    if m.unit is None and counted is not None and fold_word(counted) in _FIGURATIVE and not _DIGIT.search(core):
        return "figure of speech"                     # "breaks into a thousand pieces", "mil pedazos"
    if m.unit is None and (_HYPHEN_ADJECTIVE.match(after) or _HYPHEN_COMPOUND.match(sentence, m.end)):
        return "adjective"                            # "a three-wheeled motorcycle", "a 12-lane bridge"
    if m.qualifier in ("more-than", "at-least", "less-than", "at-most") and _THRESHOLD.search(
            sentence, max(0, m.start - 60), m.start):
        return "threshold"                            # "when there's an earthquake over 4.3, we ...": a rule's
    if _CALIBRE.match(sentence, m.end) or m.unit in ("mm", "millimetre", "millimeter") and _WEAPON.match(
            sentence, m.end):
        return "calibre"                              # ".223 caliber", "a 9 mm pistol": a weapon's name
    if _RATIO_AFTER.match(after) or _RATIO_BEFORE.search(before):
        return "ratio"                                # "a 2-to-1 margin"
    if m.qualifier == "range" and m.unit is None and _AGES_BEFORE.search(sentence, max(0, m.start - 30), m.start):
        return "age"                                  # "aged between 18 and 25"
    if m.unit is not None and len(m.unit) == 3 and m.unit.isupper() and _is_year(value, core.split()[0]) and (
            before.rstrip().endswith("(") or word_before in ("in", "en") or _AMOUNT_END.search(before)):
        return "base year"                            # "$2.86 billion (2013 USD)", "in 2010 dollars",
        #                                               "$11.1 billion 2025 USD": an amount's dollars of that year
    if _score(sentence, m, core, before, after, counted):
        return "score"                                # "won 3-1", "venció 2-0"
    if m.qualifier == "exact" and m.unit is None and value is not None and value <= 31 and \
            _DATELINE_BEFORE.fullmatch(sentence, 0, number_start) and _AGENCY_AFTER.match(sentence, m.end):
        return "date"                                 # "MADRID, 1 (EUROPA PRESS)": a wire's day of the month
    says = _SAYS_AFTER.match(sentence, m.end) if m.unit is None and value is not None and value <= 20 else None
    if says is not None and fold_word(says.group(1)) in _SPEAKERS:
        return "speakers"                             # "Two witnesses said", "Al menos dos residentes señalaron"
    if _GROUPS_OF.search(sentence, max(0, m.start - 20), number_start):
        return "group size"                           # "en grupos de 8 a 10 personas", "in groups of five"
    difference = _DIFFERENCE_AFTER.match(sentence, m.end) if m.unit is None and m.qualifier == "exact" else None
    if difference is not None and (not difference.group().endswith(")") or before.rstrip().endswith("(")):
        return "difference"                           # "102 have died, 35 more than the government had estimated"
    if m.unit is None and len(next_words) == 2 and next_words[0] in _MORE and next_words[1] in _DURATION:
        return "duration"                             # "48 more hours of rain", "otros dos días"
    if m.unit is None and m.qualifier == "exact" and counted is None and fold_word(raw_before) in _GATES:
        return "name with digits"                     # "entraron por el portón 11", "Gate 4"
    end = _SENTENCE_MARK.search(sentence, m.end, m.end + 400)
    if end is not None and end.group()[0] == "?":
        return "question"                             # "200,000, 300,000? Who knows": asked, not stated
    return None


# "the toll rose to 1259", "ascendió a 1259", "se acercan a 2000": a count the verb reaches, not a year
_RISE_TO = re.compile(r"\b(?:rose|risen|climbed|jumped|increased|grew|reached|totall?ed|numbered|stood at|"
                      r"ascendi[oó]|asciende|ascienden|ascendieron|lleg[oó]|alcanz[oó]|sum[oó]|elev[oó]|"
                      r"approach(?:es|ed|ing)?|near(?:s|ed|ing)|se acerca(?:n|ba|ban)?|se acerc(?:ó|aron)|"
                      r"roza(?:n|ba|ban)?|roz(?:ó|aron))\s+(?:a|to|at)?\s*(?:los|las|the)?\s*$", re.I)


# a telephone number, with no counted noun after it: three groups of digits or more that a cue
# word opens ("call", "hotline", "information on", "llame al", "el teléfono", "más información en
# el"), or the North American form ("614-645-4545", "(713) 555-0199"), which no count or range has
_PHONE_RUN = re.compile(r"\+?\(?\d{1,4}\)?(?:[ .-]\(?\d{1,5}\)?)+")
_PHONE_CUE = re.compile(r"\b(?:call|calls|calling|phone|telephone|tel|hotline|helpline|line|number|dial|text|"
                        r"whatsapp|llame|llamar|llamen|llamando|tel[eé]fono|tel[eé]fonos|l[ií]nea|n[uú]mero|"
                        r"marque|marcar|celular|m[oó]vil|contact|contacto|information|informaci[oó]n|informes)"
                        r"\b[^\d.;]{0,12}$", re.I)
_NORTH_AMERICAN = re.compile(r"(?:\+?1[-. ])?(?:\(\d{3}\)\s?|\d{3}[-.])\d{3}[-.]\d{4}")   # "1-800-621-3362" too
# an international number: a plus, the country's code, then groups ("+1 212 555 1234", "+34 91 123 45 67")
_INTERNATIONAL = re.compile(r"\+\d{1,3}(?:[ .-]\(?\d{1,5}\)?){2,}")
# a local number after a cue word: "Call 555-1234"
_LOCAL = re.compile(r"\d{3}-\d{4}")


_DIGITS = re.compile(r"\d+")
# a postcode before its town: five digits with no separator (a count of thousands has one: "28.014", "28,014"),
# then a name and the end of the phrase
_POSTCODE = re.compile(r"\d{5}")
_PLACE_NEXT = re.compile(r"\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+(?:[ -](?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+)*"
                         r"\s*(?:[,.;:)]|$)")


def _phone(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) is part of a telephone number."""
    for run in _PHONE_RUN.finditer(sentence, max(0, start - 20), min(len(sentence), end + 20)):
        if run.end() <= start or run.start() >= end:
            continue
        if _NORTH_AMERICAN.fullmatch(run.group().strip()) or _INTERNATIONAL.fullmatch(run.group().strip()):
            return True
        if _LOCAL.fullmatch(run.group().strip()) and _PHONE_CUE.search(sentence, max(0, run.start() - 40), run.start()):
            return True
        groups = _DIGITS.findall(run.group())
        if len(groups) >= 3 and sum(map(len, groups)) >= 7 and _PHONE_CUE.search(
                sentence, max(0, run.start() - 40), run.start()):
            return True
    return False


# the rest of a list of ages (or years of a sentence) after one of them: ", 23 and 41 years old",
# ", 23 y 41 años": the last figure's unit is the list's
_AGE_LIST_AFTER = re.compile(r"(?:\s*(?:,|and|y|e|or|o)\s*\d{1,3})+\s+(?:years?[-\s]old|a[ñn]os)\b", re.I)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:and\s+|y\s+)?|\s(?:and|y|e|or|o)\s)\s*", re.I)


# the numbers of an address: "en los números 910 y 916 de la calle", "at numbers 12 and 14 of the street"
_ADDRESS_NUMBERS = re.compile(r"\b(?:los|las|the|at)\s+(?:n[uú]meros|numbers)\s+(?:\d+\s*(?:,|y|e|and)\s*)?$", re.I)
# Spanish hours take the article: "alrededor de las 3.15", "hacia la 1" (a count says "las 300 personas")
_HOUR_ARTICLE = re.compile(r"\b(?:las|la)\s+$", re.I)
# a clause that opens with the hour it happened by: "By 17.30 rescuers had found 8", "Around 14.15, the toll rose"
# (not "the index closed at 12.45": a figure with a dot)
_CLOCK_OPENS = re.compile(r"(?:^|[,;:]\s*)(?:by|around|until|till|before|after|since|from)\s+$", re.I)
# a page's counter of its pictures or pages: "Photo 1 of 12", "Foto 3 de 12", "Página 2 de 5"
_GALLERY = re.compile(r"\b(?:photos?|fotos?|images?|im[aá]gen(?:es)?|pictures?|slides?|diapositivas?|"
                      r"pages?|p[aá]ginas?|p[aá]g\.)\s+\d{1,3}\s+(?:of|de)\s+\d{1,3}\b", re.I)


_DAY_JOIN = re.compile(r"\s*(?:,|y|e|and|or|o|al|to|-|–)\s*", re.I)
# a list of days goes on after a comma, or ends with its year: "March 14, 15 and 16", "March 14, 15, 2019"
# (not "On March 14, 20 were killed")
_DAYS_GO_ON = re.compile(r"\s*(?:,|y|e|and|or|o|al|to|-|–)\s*\d{1,2}\b|,?\s*(?:de\s+)?\d{4}\b", re.I)


_DECADE_BEFORE = re.compile(r"\blos\s+a[nñ]os\s+$|\bthe\s+['’]$|\bd[eé]cada\s+de\s+los\s+$", re.I)
# a point of a map: "19°25′N 99°08′O", "19.43°N", "33° 27' S"
_COORDINATE = re.compile(r"\d{1,3}(?:[.,]\d+)?\s?°\s?"
                         r"(?:\d{1,2}(?:[.,]\d+)?\s?[′']\s?(?:\d{1,2}(?:[.,]\d+)?\s?[″\"]\s?)?)?[NSEOW]\b")
# an anniversary's ordinal written as a figure: "el 50 aniversario", "the 25 anniversary"
_ANNIVERSARY = re.compile(r"\s+(?:aniversario|anniversary)\b", re.I)


_CALIBRE = re.compile(r"\s?(?:-\s?)?(?:caliber|calibre|calibres|calibers|cal\.|ACP|Magnum|mm Luger)\b", re.I)
_WEAPON = re.compile(r"\s?(?:-\s?)?(?:pistol|handgun|rifle|gun|round|rounds|ammunition|bullet|bullets|cartridge|"
                     r"shell|shells|cannon|pistola|fusil|rifle|bala|balas|munici[oó]n)\b", re.I)
_AGES_BEFORE = re.compile(r"\b(?:aged|ages|of ages|edades|de edades|con edades)\s+(?:between|from|entre|de)?\s*$",
                          re.I)


_FIGURATIVE = frozenset("pieces bits fragments ways reasons thanks apologies pedazos trozos pedacitos maneras "
                        "razones gracias disculpas".split())


def _days(m: Mention) -> bool:
    """Both ends of a range are days of a month (1 to 31, whole)."""
    return all(v is not None and float(v).is_integer() and 1 <= v <= 31 for v in (m.lower, m.upper))


_HYPHEN_ADJECTIVE = re.compile(r"[-‐](?:[^\W\d_]+-)?[^\W\d_]{2,}ed\b")
# a number joined to a singular noun before another noun: "a 12-lane highway", "a 300-bed hospital"
# (not "a 7.1-magnitude quake": a measure of the event, nor "a 10-day siege": a duration's; and
# not "an eight-story building": GUIDE's building-height, dev/en annotates it)
_HYPHEN_COMPOUND = re.compile(r"[-‐](?:lane|room|bedroom|bed|seat|seater|page|door|engine|star|"
                              r"piece|part|wheel|track|berth|deck|bay)\s+[^\W\d_]", re.I)
# a bound in a rule, not a claim: "when there's an earthquake over 4.3", "si hay un sismo de más de 5"
_THRESHOLD = re.compile(r"\b(?:when|whenever|if|every time|each time|any time|cuando|siempre que|si|cada vez que)\s+"
                        r"(?:there(?:'s|’s|\s+is|\s+are)\s+|hay\s+|se\s+produce\s+|occurs?\s+)?"
                        r"(?:an?|any|un|una|alg[uú]n|alguna)\s+[^\W\d_]+(?:\s+(?:de|of))?\s*$", re.I)
_SENTENCE_MARK = re.compile(r"[.!?](?=[\s\"”’»)\]]|$)")
_SCORE_CUE = re.compile(r"\b(?:won|wins|beat|beats|defeated|defeats|lost|loses|drew|draws|tied|victory|win|defeat|"
                        # a score as the match goes: "were trailing 0-2", "led 2-1", "beating United 2-0", "perdía 0-1"
                        r"trailing|trailed|trails|led|leads|leading|beating|losing|winning|perd[ií]a|ganaba|"
                        r"venc[ií]a|empataba|"
                        r"ended|finished|termin[oó]|acab[oó]|finaliz[oó]|"
                        r"scored|score|scoreline|thrashed|routed|gan[oó]|vencieron|venci[oó]|perdi[oó]|empat[oó]|"
                        r"derrot[oó]|gole[oó]|triunfo|victoria|derrota|marcador|resultado)\b", re.I)
# what a score qualifies, after it: "A 3-1 victory", "a 2-0 win", "una victoria 2-1" is the cue's
_SCORE_AFTER = re.compile(r"\s+(?:victory|win|defeat|loss|draw|triumph|thrashing|lead|home\s+win|away\s+win|"
                          r"scoreline|victoria|derrota|triunfo|empate|goleada)\b", re.I)
_SCORE = re.compile(r"\b\d{1,2}\s?[-–]\s?\d{1,2}\b(?!\s?(?:%|per|por|[^\W\d_]*ed\b))")


def _score(sentence: str, m: Mention, core: str, before: str, after: str, counted: str | None) -> bool:
    """A match's score: two small numbers joined by a dash after "won", "beat", "venció" (read as one
    number or as a range: "terminó 1-4")."""
    if m.unit is not None or not (core.strip().isdigit() or m.qualifier == "range" and _SCORE.fullmatch(core.strip())
                                  and counted is None):
        return False
    if "-" not in sentence and "–" not in sentence:
        return False                                  # every score has its dash (``_SCORE``)
    # (the pair that holds the figure: in "won 6-4, 6-3" the second 6 is in the second pair, not the first)
    pair = next((p for p in _SCORE.finditer(sentence, max(0, m.start - 6), min(len(sentence), m.end + 6))
                 if p.start() <= m.start < p.end()), None)
    if pair is None:
        return False
    return bool(_SCORE_CUE.search(sentence, max(0, pair.start() - 50), pair.start())
                or _SCORE_AFTER.match(sentence, pair.end()))


# a wire's dateline with the day alone, then its agency: "MADRID, 1 (EUROPA PRESS)", "LIMA, 3 (Andina)"
_DATELINE_BEFORE = re.compile(r"\s*[A-ZÁÉÍÓÚÑ][^\W\d_]+(?:[ -][A-ZÁÉÍÓÚÑ][^\W\d_]+){0,3}\s*,\s*")
_AGENCY_AFTER = re.compile(r"\s*\([A-Za-zÁÉÍÓÚÑáéíóúñ .]{2,30}\)")
# those who speak, counted: "Two witnesses said", "Al menos dos residentes señalaron que"
_SPEAKERS = frozenset("witness witnesses resident residents official officials source sources neighbour neighbours "
                      "neighbor neighbors villager villagers local locals testigo testigos residente residentes vecino "
                      "vecinos vecina vecinas fuente fuentes funcionario funcionarios poblador pobladores".split())
_SAYS_AFTER = re.compile(r"\s+([^\W\d_]+)\s+(?:(?:also|later|then|tambi[eé]n)\s+)?(?:said|say|says|told|tell|described|"
                         r"recounted|reported|dijeron|dijo|señalaron|señaló|contaron|contó|relataron|relató|afirmaron|"
                         r"afirmó|aseguraron|aseguró|explicaron|explicó|indicaron|indicó|declararon|declaró)\b", re.I)
_GROUPS_OF = re.compile(r"\b(?:grupos|groups|bands|batches|tandas)\s+(?:(?:de|of)\s+)?(?:(?:unos|unas|about|some|"
                        r"between|entre)\s+)?$", re.I)
# a difference from another figure: "35 more than the state government had estimated", "20 más que el año pasado"
_DIFFERENCE_AFTER = re.compile(r"\s+(?:more|fewer|less|m[aá]s|menos)\s+(?:than|que|de\s+l[oa]s?\s+que)\s+"
                               r"(?:the|what|those|in|on|last|previously|earlier|el|la|los|las|lo|en|hace|ayer|"
                               r"yesterday|antes|before|"
                               # "40 more than a year ago" (not "12 more than a day after the storm hit": a span)
                               r"an?\s+(?:year|month|week|day|decade)\s+(?:ago|earlier|before))\b"
                               # "76 arrestos menos", "76 fewer arrests", "(75 más)": fewer of the counted noun, or a
                               # comparative alone in the brackets the figure opens (not "dos heridos menos graves":
                               # less serious; "40 more bodies than in March" are bodies found besides)
                               r"|\s+[^\W\d_]+\s+menos(?=\s*(?:[,.;:)]|$)|\s+que\b)|\s+fewer\s+[^\W\d_]+\b"
                               r"|\s+(?:m[aá]s|menos|more|fewer)\s*\)", re.I)
_MORE = frozenset("more additional extra further mas otros otras".split())
# a gate's, a platform's number: "el portón 11", "Gate 4", "el andén 3"
_GATES = frozenset("porton puerta gate door platform anden tribuna grada".split())


# "lower than the 20,000 reported in 2010" keeps that figure (as a point: _comparison_as_point)
_COMPARE_CUE = re.compile(r"\b(?:since the|competes? with|compared (?:with|to)|exceed(?:ed|s|ing) the|"
                          r"surpass(?:ed|es|ing) the|desde (?:el|la|los|las)|"
                          r"super(?:ó|aba|ando) (?:a )?(?:el|la|los|las)|frente a (?:el|la|los|las))\b", re.I)
# a comparison with other events, whose figures follow it: "una cantidad inferior a las de otros
# bombardeos, como Tokio (200 000)", "fewer than those of earlier quakes, such as Kobe (6,434)"
_OTHER_EVENTS = re.compile(
    r"\b(?:(?:inferior|superior|menor|mayor|comparable|similar|equivalente|parecid[oa])(?:es)?\s+(?:a|que|con)|"
    r"(?:less|fewer|lower|smaller|more|higher|greater|larger|comparable|similar)\s+(?:than|to)|"
    r"compared\s+(?:with|to)|comparad[oa]s?\s+con)\s+(?:(?:la|las|el|los|lo|al|those|that|the)\s+)?"
    r"(?:(?:de|del|of)\s+)?(?:(?:las|los|the)\s+)?(?:otr[oa]s|anteriores|previ[oa]s|other|previous|earlier|past|prior)\b",
    re.I)
# an example of those other events, whose figure it gives: "como Tokio (200 000)", "such as Kobe (6,434)"
_EXAMPLE = re.compile(r"\b(?:como|such\s+as|like|including|incluid[oa]s?|as\s+in|e\.\s?g\.)\b.*\($|"
                      r"\b(?:como|such\s+as|like|including|incluid[oa]s?|as\s+in)\s+(?:(?:el|la|los|las|the)\s+)?"
                      r"(?:[^\W\d_]+\s+){0,4}(?:de\s+|of\s+|in\s+|en\s+)?$", re.I | re.S)
# a sentence given as a comparison: "For comparison, last Saturday around 12,500 people protested"
# (not "By comparison, 40 died this year": the figure compared may be the event's own)
# a past record the figure is: "more than twice the last record of 5.1 million hectares", "el récord anterior de
# 250 km/h", "solo superado por el huracán Allen con vientos de 305 km/h", "second only to Allen, with 305 km/h"
_PAST_RECORD = re.compile(
    r"\b(?:(?:last|previous|prior|former|old|earlier)\s+record\s+(?:of|was|stood\s+at)|"
    r"r[eé]cord\s+(?:anterior|previo)\s+(?:de|era\s+de|fue\s+de)|anterior\s+r[eé]cord\s+(?:de|era\s+de|fue\s+de)|"
    r"superad[oa]\s+(?:s[oó]lo\s+|solamente\s+|[uú]nicamente\s+)?por\b[^.;]{0,60}?\b(?:con|de)|"
    r"second\s+only\s+to\b[^.;]{0,60}?\bwith)\s+(?:(?:about|some|nearly|unos|unas|more\s+than|m[aá]s\s+de|"
    r"vientos\s+de|winds\s+of)\s+)*$", re.I)
_FOR_COMPARISON = re.compile(r"\s*[\"“«(]?(?:for\s+comparison|(?:como|a\s+modo\s+de)\s+comparaci[oó]n|"
                             r"para\s+comparar)\b", re.I)
# a figure in brackets after last year's event: "el devastador terremoto de Turquía del año pasado (51.000
# fallecidos)", "last year's floods in Pakistan (1,700 dead)"
_LAST_YEARS_EVENT = re.compile(r"(?:\bdel\s+a[nñ]o\s+pasado|\blast\s+year(?:'s|’s)?\s+[^()]{1,60}?|"
                               r"\bof\s+last\s+year)\s*\(\s*$", re.I)
# a range read from a year to a figure: "en el 2017 a 111 600", "in 2017 to 111,600"
_YEAR_TO = re.compile(r"(?:19|20)\d\d\s+(?:a|al|hasta|to)\s+")
_YEAR_CONTEXT = re.compile(r"\b(?:en(?:\s+el)?|in|del\s+a[nñ]o|a[nñ]o)\s+$", re.I)
# what follows a year written with two digits: "del 85, que", "del 85.", "del 85 y el de 2017"
_YEAR_ENDS = re.compile(r"\s*(?:[,.;:)]|$|\s(?:y|e|o|que|cuando|fue|fueron)\b)")
# a place of business or a street, then its name in capitals, before its number: "la discoteca Alcalá 20",
# "situado en bulevar Oroño 2400"
# (the name's capitals read as written: not "frente al hotel estaban 300")
_VENUE_NAME = re.compile(r"\b(?i:discoteca|sala|club|bar|hotel|estadio|calle|avenida|plaza|edificio|torre|"
                         r"pabell[oó]n|teatro|cine|restaurante|nightclub|disco|venue|street|avenue|bulevar|"
                         r"boulevard|paseo|pasaje|calzada|rambla|road|jir[oó]n)\s+"
                         r"(?:[A-ZÁÉÍÓÚÑ][\w'’-]+\s+){1,3}$")
# a person, then "de" and the age, the word "años" left out: "dos hombres de 41 y 45", "una mujer de 70"
_AGE_OF = re.compile(r"\b(?:hombres?|mujer(?:es)?|j[oó]ven(?:es)?|niñ[oa]s?|menor(?:es)?|ancian[oa]s?|adolescentes?|"
                     r"chic[oa]s?|var[oó]n(?:es)?|se[nñ]or(?:es|as?)?|abuel[oa]s?|muchach[oa]s?)\s+de\s+"
                     r"(?:\d{1,3}\s*(?:,|y|e)\s+)?$", re.I)
# an emergency number called: "llamadas al 112", "call 911", "llamar al 911"
_CALL_TO = re.compile(r"\b(?:llamadas?\s+al|llam[oóa]r?\s+al|llamaron\s+al|marcar\s+el|calls?\s+to|call(?:ed|ing)?|"
                      r"dial(?:ed|ing)?)\s+$", re.I)
# the line a number is an emergency service's: "el servicio de emergencias 112", "Emergencias 112", "the emergency
# number 911", "la línea de emergencia 911"
_EMERGENCY_LINE = re.compile(r"(?:\b(?:servicios?|n[uú]mero|l[ií]nea|tel[eé]fono|centro|sistema)\s+de\s+emergencias?|"
                             r"\b(?-i:Emergencias)|\bemergency\s+(?:number|line|services?|hotline|call\s+centre))\s+$",
                             re.I)
# the same line named after its number: "the 911 emergency number", "el 112 de emergencias"
_EMERGENCY_AFTER = re.compile(r"\s+(?:emergency\s+(?:number|line|services?|hotline|call)|de\s+emergencias?)\b", re.I)
# a lower-case word right after a number: what it counts ("declaró en emergencia 120 distritos")
_NOUN_NEXT = re.compile(r"\s+(?-i:[a-záéíóúñ]{3,})\b(?<!\bque)(?<!\bpor)(?<!\bpara)(?<!\bthat)")
# an article written with a capital inside a sentence, before a number: a name ("El 24 Digital")
_TITLE_AROUND = re.compile(r"(?<=[^\W\d_]\s)(?-i:El|La|Los|Las|The)\s+$")
# what makes a number the denominator of a rate: "por cada 1.000 nacidos", "de cada 10.000", "per 100,000",
# "for every 1,000", "out of every 100"
_PER_EVERY = re.compile(r"\b(?:(?:por|de)\s+cada|cada|per|for\s+every|in\s+every|out\s+of\s+every)\s+$", re.I)
# a capitalised word right before a number word, inside a sentence: "Figueiró dos Vinhos"
_NAME_WORD_BEFORE = re.compile(r"[^\s.!?:;]\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñü]+\s+$")
# a capitalised word after a capitalised number word inside a sentence: the rest of a name ("Tres Picos")
_NAME_GOES_ON = re.compile(r"\s+[A-ZÁÉÍÓÚÑ][a-záéíóúñü]")
_PAST_YEAR = re.compile(r"\b(?:in|of|on|en|de|del)\s+(?:\d{1,2}\s+\w+\s+)?(?:1[89]|20)\d\d\b", re.I)
_CLAUSE_STOP = re.compile(r"[;:,]|\.\s")


_RANK_WORDS = frozenset(
    "most least main largest biggest deadliest worst best top first last leading major greatest "
    "strongest highest principales principal mayores peores mejores primeros primeras ultimos ultimas "
    "mas menos".split())


def _ranking(sentence: str, m: Mention, word_before: str, next_words: list[str], value) -> bool:
    """"the five most powerful", "las dos principales avenidas", "los diez países más afectados":
    a number that ranks, not a count a source states."""
    if word_before in ("top", "los top") and value is not None and value <= 100:
        return True                                   # "one of the top 10 players"
    if word_before not in _ARTICLES or value is None or value > 100 or not next_words:
        return False
    if next_words[0] in _RANK_WORDS or next_words[0].endswith("est") and len(next_words[0]) > 5:
        return True
    return len(next_words) > 1 and next_words[1] in ("most", "least", "mas", "menos")


_BOUND_OTHER = re.compile(r"\b(al menos|por lo menos|at least|more than|más de)\s+"
                          r"(?:otr[oa]s|other|another|additional)\s+$", re.I)


_SEVERAL = re.compile(r"\b(?:several|a few|varios|varias|unos cuantos|unas cuantas)\s+$", re.I)
_SCALE = re.compile(r"(?:hundred|thousand|million|billion|cientos|miles|millones)\b", re.I)


def _comparison_as_point(sentence: str, m: Mention, number_start: int) -> bool:
    """"lower than the 20,000 reported in 2010": a comparison with another figure, not a bound."""
    if m.qualifier not in ("more-than", "less-than", "at-least", "at-most"):
        return False
    words = [fold_word(w) for w in sentence[m.start:number_start].split()]
    return len(words) >= 2 and words[-1] in _ARTICLES and words[-2] in ("than", "que")


def _estimated_verb(sentence: str, m: Mention, number_start: int) -> bool:
    """"police estimated 22,800 protesters": a verb before the number, not "an estimated 22,800"."""
    if m.qualifier != "approximate" or fold_word(sentence[m.start:number_start].strip()) not in ("estimated", "estimo"):
        return False
    before = fold_word(_word_before(sentence, m.start))
    return bool(before) and before not in ("an", "a", "the", "some", "un", "una", "unos", "el", "la", "los", "las")


# a change a figure underwent, then "from X to Y": "rose from 170,116 to 202,512", "the sharp rise from", "pasó de
# 50 a 80", "aumentó de"
_CHANGE_BEFORE = re.compile(r"\b(?:rose|risen|rises|rising|rise|increased|increases|increase|grew|grown|climbed|"
                            r"jumped|soared|surged|fell|fallen|dropped|declined|decreased|went|gone|jump|drop|fall|"
                            r"pas[oó]|pasaron|subi[oó]|subieron|aument[oó]|aumentaron|creci[oó]|baj[oó]|cay[oó]|"
                            r"disminuy[oó]|ascendi[oó]|increment[oó]|se\s+elev[oó]|decline|declines|surge|surges|"
                            r"subida|alza|descenso|ca[ií]da|bajada)\b"
                            # what rose, named after a noun of change: "increases in ICU patients from 122 to 129"
                            r"(?:\s+(?:in|of|en|de|del)(?:\s+[^\W\d_]+){1,3})?[^\d.;]{0,12}$", re.I)
# a figure someone revised, named after the verb: "ha rebajado esa cifra hasta 370.000", "elevó el número de muertos
# de 8 a 19", "raised the figure from 8 to 19"
_REVISED_BEFORE = re.compile(
    r"\b(?:rebaj|elev|reduj|reduc|aument|corrigi|correg|revis|subi|baj|ampli|actualiz|lowered|raised|revised|"
    r"increased|reduced|cut|updated|corrected)\w*\s+(?:(?:down|up)\s+)?"
    r"(?:(?:esa|esta|la|el|su|sus|dicha|dicho|the|its|their|that|this|his|her)\s+)?"
    r"(?:cifra|n[uú]mero|balance|estimaci[oó]n|c[aá]lculo|recuento|total|figure|estimate|toll|count|number|tally)"
    r"(?:\s+(?:de|of)\s+[^\W\d_]+)?\s+$", re.I)
# a revision that may come, not one made: "podría elevar la cifra hasta 500", "no descarta rebajarla hasta 300",
# "could raise the toll to 500" keep their ceiling (R5 1)
_MAY_REVISE = re.compile(r"\b(?:podr\w+|puede|pueden|descarta\w*|prev[eé]\w*|espera\w*|quiere\w*|could|may|might|"
                         r"would|will|plans?\s+to|expects?\s+to|intends?\s+to|wants?\s+to)\s+(?:[^\W\d_]+\s+){0,2}$",
                         re.I)
_FIGURE = r"\d[\d.,]*(?:\s+(?:million|millones|thousand|mil|billion))?"
# a figure of a change may be written in words: "increased from eight to 19", "pasó de ocho a 19"
_CHANGED_FIGURE = rf"{_FIGURE}|[^\W\d_]+(?:[\s-][^\W\d_]+){{0,2}}?"
_FROM_TO = re.compile(rf"(?:from|de)\s+({_CHANGED_FIGURE})\s+(?:to|a|hasta)\s+({_CHANGED_FIGURE})", re.I)


# a dash glued to the end of a word, a space after it: "según los sindicatos- marcharon", where an aside closes
_ASIDE_CLOSES = re.compile(r"[^\W\d_]-(?=\s)")


def _opens_an_aside(text: str, start: int, end: int) -> bool:
    """Whether the hyphen that starts the figure at [start, end) opens an aside, not a minus: it follows a word
    and a space ("personas -120.000 según la Policía-") and a dash glued to a word closes the aside later in the
    sentence. "bajó a -3 grados", "−5%" (the minus sign), "-$2 million" stay negative."""
    return text.startswith("-", start) and start >= 2 and text[start - 1] == " " and text[start - 2].isalpha() \
        and _ASIDE_CLOSES.search(text, end) is not None


# a change, then the level it took the figure to: "rose by 12 to 87", "subió en 1.250 hasta los 15.300"
_BY_TO = re.compile(rf"({_FIGURE})(?:\s+[^\W\d_]+)?\s+(?:to|a|hasta)\s+(?:(?:los|las|the)\s+)?({_FIGURE})", re.I)
# how much a change must be below the level it reached to be read so: "rose by 12 to 87" (a change of 12, the
# level 87), but "rose by 2 to 3 percent" is a range of the change
_LEVEL_RATIO = 3
# "hasta los 15.300", "to 87": the level a change reached, after the change ("subió 5 céntimos hasta 1,65 euros")
_TO_LEVEL = re.compile(r"(?:hasta|to)\b", re.I)
# "went up to 94", "has risen up to 94": the level a change reached, right after its verb; not a change to come, whose
# "up to" bounds it ("is expected to rise to up to 500", "could go up to 500")
_UP_TO = re.compile(r"up\s+to\b", re.I)
_CHANGED_UP = re.compile(r"\b(?:rose|risen|climbed|jumped|increased|grew|grown|went|gone|soared|surged)\s+$", re.I)
_CHANGE_JOIN = re.compile(r"\s*,?\s*")


def _by_and_to(text: str, start: int, m: Mention):
    """The change and the level of a range read from "by 12 to 87" after a verb of change, when the level is
    well above the change (a range of the change has close ends: "by 2 to 3 percent"); None otherwise."""
    pair = _BY_TO.match(text, start, m.end)
    if pair is None or m.lower is None or m.upper is None or m.lower <= 0:
        return None
    return pair if m.upper >= _LEVEL_RATIO * m.lower else None


# a range read across two bounds each with its noun: "No fewer than 400 people and no more than 600 workers"
_TWO_BOUNDS = re.compile(r"(.*?\d[\d.,]*\s+([^\W\d_]+))\s+(?:and|y|e|but|pero)\s+(\D.*)", re.I | re.S)
_BOUNDS = ("more-than", "at-least", "less-than", "at-most")
_NOUN_ENDS = re.compile(r"\d[\d.,]*\s+([^\W\d_]+)$")


def _two_bounds(text: str, found: list[Mention], lang: str, config: QuantityConfig) -> list[Mention]:
    """``found`` with each range that joins two bounds of two nouns ("no fewer than 400 people and no more than 600
    workers") read as those two bounds: a range only when both ends count the same thing."""
    out: list[Mention] = []
    for m in found:
        pair = _TWO_BOUNDS.fullmatch(m.text) if m.qualifier == "range" else None
        if pair is None:          # (the noun after it is looked for only in such a range: most figures are none)
            out.append(m)
            continue
        last = _NOUN_ENDS.search(pair.group(3))
        second = last.group(1) if last is not None else counted_noun(text, m.end, lang[:2]) or ""
        if fold_word(pair.group(2)) != fold_word(second):
            parts = [find_quantities(pair.group(k), lang, config) for k in (1, 3)]
            if all(len(p) == 1 and p[0].qualifier in _BOUNDS for p in parts):
                out.extend(replace(p[0], start=m.start + pair.start(k) + p[0].start, end=m.start + pair.start(k) +
                                   p[0].end) for p, k in zip(parts, (1, 3)))
                continue
        out.append(m)
    return out


_OPEN_BRACKET = re.compile(r"\s*\(?\s*")
_LEAD_DASH = re.compile(r"[-–—]\s+(?=\S)")
_SPACES = re.compile(r"  +")


def scan(sentence: Sentence, phones: bool = False, mentions: list | None = None,
         config: QuantityConfig = DEFAULT_CONFIG, wanted: tuple | None = None,
         memo: dict | None = None) -> list[Found]:
    """The quantities a reader takes from one sentence (offsets in the sentence's text). The digits
    of a telephone number are left out unless ``phones``: the check of a quote keeps them (a claim may
    state what its quote has in digits), a reader does not (``quantities_in_text``, extract's claims);
    ``find_quantities`` reads them still, as numbers ("+1-222-2222" is three, as Recognizers-Text reads it).
    ``mentions``: a list to which each stated value read as §4 reads it (``find_quantities``'s
    mention) is added when it is kept, junk aside, before the reader's own reading of it. ``config``:
    the project's tolerance and bands (a quote is read as its claim's value is). ``wanted``: only an
    interval (lower, upper, lower_inclusive, upper_inclusive) is looked for, so a plain figure that
    is another and that no reading can turn into it is passed over unjudged (a quote's check: the
    judging is most of the cost). ``memo``: a dict kept by a caller that reads the same sentence
    again with the same ``config`` (a quote read for one value, then for all): the parser's
    mentions and the judgment of each are taken from it, not worked out again."""
    tag = sentence.lang          # as given: a regional tag ("es-MX") reads figures as its region writes them
    lang = tag[:2]               # the words' language
    # reference marks written onto a word are read as spaces, offsets kept: "460[2] to 3,500[3]"
    # is one range, as "460 to 3,500" (was two figures, each a claim of nothing)
    text = sentence.text
    if "[" in text:
        text = _REF_MARKS.sub(lambda mark: " " * len(mark.group()), text)
    out: list[Found] = []
    name_end = day_end = age_end = change_end = None
    day: float | None = None     # the day of the month that day_end ends, when the date is of one day
    found: list[Mention] | None = memo.get((text, tag)) if memo is not None else None
    if found is None:
        found = _two_bounds(text, find_quantities(text, tag, config), tag, config)
        if memo is not None:
            memo[text, tag] = found
    if wanted is not None and any(join.fullmatch(text, a.end, b.start) for a, b in zip(found, found[1:])
                                  for join in (_NAME_JOIN, _DAY_JOIN, _LIST_JOIN)):
        wanted = None   # a list ("Routes 5, 7 and 9", "los días 15 y 16"): a figure is judged with the one before it
    for m in found:
        if wanted is not None and m.qualifier == "exact" and m.lower is not None and m.upper is not None and \
                (float(m.lower), float(m.upper), True, True) != wanted and \
                not _SEVERAL.search(text, max(0, m.start - 12), m.start) and \
                not _BOUND_OTHER.search(text, max(0, m.start - 40), m.start):
            name_end = day_end = age_end = None
            continue
        number_start = _number_start(text, m)
        unit, counted = m.unit, None
        if unit in _COUNT_UNITS:
            unit = None
            counted = m.text.split()[-1].lower()       # "430.000 personas"
        else:
            counted = counted_noun(text, m.end, lang, unit) if unit in (None, "percent") else None
        if memo is None:
            reason = _junk(text, m, number_start, counted, lang, name_end)
        else:
            # by the mention's id: the memo holds the list it is in, so the id is that mention's only
            judged = memo.get((id(m), name_end), memo)
            if judged is memo:
                judged = memo[id(m), name_end] = _junk(text, m, number_start, counted, lang, name_end)
            reason = judged
        if reason is None and not phones and counted is None and _phone(text, m.start, m.end):
            reason = "phone number"                    # "call 614-645-4545", "el teléfono 900 101 112"
        if reason is None and m.unit is None and m.qualifier == "exact" and _POSTCODE.fullmatch(m.text) and \
                (place := _PLACE_NEXT.match(text, m.end)) is not None and \
                fold_word(place.group().split()[0].rstrip(",.;:)")) not in _WEEKDAYS | MONTHS:
            reason = "postcode"                        # "28014 Madrid", "calle Mayor 5, 28013 Madrid"
        if reason is None and counted is None and m.unit is None and m.qualifier == "exact" and (
                _AGE_LIST_AFTER.match(text, m.end) or age_end is not None and _LIST_JOIN.fullmatch(
                    text, age_end, m.start)) and m.lower is not None and 0 < m.lower < 130:
            reason = "age"                             # "tenían 19, 23 y 41 años", "aged 19, 23 and 41"
        age_end = m.end if reason == "age" else None
        if reason is None and day_end is not None and _DAY_JOIN.fullmatch(text, day_end, m.start) and \
                m.qualifier == "exact" and m.unit is None and m.lower is not None and float(m.lower).is_integer() \
                and 1 <= m.lower <= 31 and (day is None or m.lower > day) and \
                (text[day_end:m.start].strip() != "," or _DAYS_GO_ON.match(text, m.end)):
            # "los días 15 y 16", "March 14, 15 and 16": the next day too, since days are listed in their order
            # (not "On March 14, 12 were killed", nor "On March 14, 20 were killed": a toll after the date)
            reason = "date"
        name_end = m.end if reason == "name with digits" else None
        day_end = m.end if reason == "date" else None
        day = m.upper if reason == "date" and m.upper is not None and float(m.upper) <= 31 else None
        if reason == "base year" and out and out[-1].unit is None and out[-1].counted is None and \
                _OPEN_BRACKET.fullmatch(text, out[-1].end, m.start):
            out[-1] = replace(out[-1], unit=m.unit)    # "300 millones 2020 USD": the amount is in USD
        if reason is not None:
            continue
        if mentions is not None:
            mentions.append(m)
        lower, upper, li, ui, qualifier, start = (m.lower, m.upper, m.lower_inclusive,
                                                  m.upper_inclusive, m.qualifier, m.start)
        dash = _LEAD_DASH.match(text[start:m.end])
        if dash and lower is not None and lower < 0 and upper == lower:
            lower = upper = -lower                 # "(Reuters) - Five people": a dash, not a minus
        if dash:
            start += dash.end()
        elif lower is not None and lower < 0 and upper == lower and _opens_an_aside(text, m.start, m.end):
            lower = upper = -lower                 # "Miles de personas -120.000 según la Delegación- marcharon"
            start += 1
        year_from = _YEAR_TO.match(text, number_start, m.end) if qualifier == "range" else None
        if year_from is not None and _YEAR_CONTEXT.search(text, max(0, number_start - 12), number_start):
            # "pasó de 50.000 en el 2017 a 111 600 en 2018": a year, then the figure it went to, not a range
            point = find_quantities(text[year_from.end():m.end], tag, config)
            if len(point) != 1:
                continue
            p = point[0]
            lower, upper, li, ui, qualifier, start = (p.lower, p.upper, p.lower_inclusive,
                                                      p.upper_inclusive, p.qualifier, year_from.end())
        elif _comparison_as_point(text, m, number_start) or _estimated_verb(text, m, number_start):
            point = find_quantities(text[number_start:m.end], tag, config)
            if len(point) != 1:
                continue
            p = point[0]
            lower, upper, li, ui, qualifier, start = (p.lower, p.upper, p.lower_inclusive,
                                                      p.upper_inclusive, p.qualifier, number_start)
        revised = _REVISED_BEFORE.search(text, max(0, start - 60), start)
        changed = _CHANGE_BEFORE.search(text, max(0, start - 40), start) is not None or \
            revised is not None and _MAY_REVISE.search(text, max(0, revised.start() - 40), revised.start()) is None
        change = (_FROM_TO.match(text, start, m.end) or _by_and_to(text, start, m)) \
            if qualifier == "range" and changed else None
        points = [find_quantities(change.group(group), tag, config) for group in (1, 2)] if change else []
        if change is not None and all(len(point) == 1 for point in points):
            # "rose from 170,116 to 202,512", "pasó de 170.116 a 202.512": a figure and the one it became, not a range
            for group, (p,) in zip((1, 2), points):
                end = m.end if group == 2 else change.end(group)      # "to 40 people": the noun is both's
                out.append(Found(change.start(group), end, text[change.start(group):end], p.lower, p.upper,
                                 p.lower_inclusive, p.upper_inclusive, p.qualifier, unit, counted, lang,
                                 change.start(group)))
            continue
        if qualifier == "at-most" and upper is not None and (_TO_LEVEL.match(text, start) and (
                changed or change_end is not None and _CHANGE_JOIN.fullmatch(text, change_end, start))
                or _UP_TO.match(text, start) and _CHANGED_UP.search(text, max(0, start - 12), start)):
            # "subió en 1.250 hasta los 15.300", "subió hasta los 87", "went up to 94": the level the figure reached,
            # no ceiling
            lower, li, ui, qualifier, start = upper, True, True, "exact", number_start
        change_end = m.end if changed and qualifier == "exact" else None
        several = _SEVERAL.search(text, max(0, start - 12), start) if qualifier == "exact" else None
        scale = _SCALE.match(text, start) if several is not None else None
        if several is not None and scale is not None:
            # "several hundred people": a band (200 to 999), not the hundred the scale word alone reads
            band = parse_quantity(text[several.start():scale.end()], tag, config)
            lower, upper, li, ui, qualifier, start = (band.lower, band.upper, band.lower_inclusive,
                                                      band.upper_inclusive, band.qualifier, several.start())
        other = _BOUND_OTHER.search(text, max(0, start - 40), start) if qualifier == "exact" else None
        if other is not None and lower is not None and lower == upper:
            # "al menos otras nueve ciudades", "at least another 12": the bound reads across "other"
            bound = "at-least" if fold_word(other.group(1)) in ("al menos", "por lo menos", "at least") else "more-than"
            lower, upper, li, ui, qualifier, start = (lower, None, bound == "at-least", False, bound,
                                                      other.start())
        written = text[start:m.end]
        if written != sentence.text[start:m.end]:
            written = _SPACES.sub(" ", written)        # the marks' room inside a range
        out.append(Found(start, m.end, written, lower, upper, li, ui, qualifier, unit,
                         counted, lang, number_start))
    return out


# "Kohat is located ... thirty miles south of Peshawar", "X se encuentra a 30 km al sur de Y": a
# sentence that tells where a place lies, with no event in it
_LIES = re.compile(r"\b(?:located|situated|lies|lie|sits)\b|"
                   r"\b(?:se\s+(?:encuentra|ubica|sit[uú]a|halla)|est[aá]\s+(?:ubicad[oa]|situad[oa]))\b", re.I)
_EVENT_WORDS = re.compile(r"\b(?:quake|earthquake|epicent(?:er|re)|struck|hit|occurred|killed|died|exploded|blast|"
                          r"sismo|terremoto|epicentro|ocurri[oó]|golpe[oó]|muri|explot)\w*", re.I)
_DIRECTION_OF = re.compile(r"\s+(?:(?:north|south|east|west|northeast|northwest|southeast|southwest)(?:ern)?"
                           r"(?:[-,\s]+(?:north|south|east|west)\w*)?\s+of|from|"
                           r"al\s+(?:norte|sur|este|oeste|noreste|noroeste|sureste|suroeste)\s+de|de)\b", re.I)


def locates_a_place(sentence: str, start: int, end: int) -> bool:
    """Whether the distance at [start, end) of ``sentence`` tells where a place lies ("Kohat is
    located ..., thirty miles south of Peshawar", "Ambur se encuentra a 17 km de Vellore"), in a
    sentence that tells of no event: a fact of geography, not a measure of the event (GUIDE's
    distance-from-<place> is a distance of the event). For extract; ``quantities_in_text`` keeps
    such distances (they are quantities)."""
    return bool(_DIRECTION_OF.match(sentence, end) and _LIES.search(sentence, 0, start)
                and not _EVENT_WORDS.search(sentence))


def stated_readings(text: str, lang: str, config: QuantityConfig = DEFAULT_CONFIG,
                    wanted: tuple | None = None, memo: dict | None = None) -> list[tuple[str, tuple]]:
    """Each quantity of running text (``quantities_in_text``'s, junk left out: dates, times, years,
    ordinals, names with digits) as (its text, its interval (lower, upper, lower_inclusive,
    upper_inclusive)), in two readings where they differ: the reader's ("organizers estimated
    250,000" states 250,000) and the stated value's (§4: "estimated 250,000" is about it). What a
    claim's quote may state its value as (SPEC §5, ``unquoted-value``). ``wanted``, ``memo``: as
    ``scan``'s (the readings of other figures may then be left out)."""
    return list(iter_stated_readings(text, lang, config, wanted, memo))


def plain_reading(text: str, lang: str) -> tuple | None:
    """What ``stated_readings`` gives for a text that is one plain figure alone (``plain``: "6831", "4,517",
    "12.5" in English; "4.517", "12,5" in Spanish), read at once: its exact point (lower, upper, lower_inclusive,
    upper_inclusive), or None for any other text, and for the figures ``_junk`` judges with nothing around them
    (read the long way): a year ("1999") and a live blog's clock ("20.40")."""
    value = figure_value(text, lang)
    if value is None or _is_year(value, text) or _LIVE_CLOCK.fullmatch(text):
        return None
    return value, value, True, True


def iter_stated_readings(text: str, lang: str, config: QuantityConfig = DEFAULT_CONFIG,
                         wanted: tuple | None = None, memo: dict | None = None) -> Iterator[tuple[str, tuple]]:
    """``stated_readings``, a sentence at a time: a caller that looks for one interval (the quote
    check) stops at the sentence that states it, and the sentences after it are not read."""
    for sentence in sentences(_visible(text)[0], lang):
        mentions: list = []
        # (a count with a thousands comma is read again as es-MX: ``wanted`` would pass over its Spanish reading)
        commas = sentence.lang == "es" and COMMA_THREE.search(sentence.text) is not None
        for found in _comma_thousands(sentence, scan(sentence, phones=True, mentions=mentions, config=config,
                                                     wanted=None if commas else wanted, memo=memo), config):
            yield found.text, (found.lower, found.upper, found.lower_inclusive, found.upper_inclusive)
        for m in mentions:
            yield m.text, (m.lower, m.upper, m.lower_inclusive, m.upper_inclusive)


def quantities_in_text(text: str, lang: str | None = None) -> list[dict]:
    """The quantities a reader takes from ``text``, each a dict with ``start``, ``end`` (end
    exclusive, offsets in ``text``), ``text``, ``lower``, ``upper``, ``lower_inclusive``,
    ``upper_inclusive``, ``qualifier``, ``unit`` and ``counted``. ``lang``: the language of every
    sentence, as ``parse_quantity`` takes it ("en", "es" or a regional tag: "es-MX"); detected per
    sentence when None."""
    if not isinstance(text, str):
        raise TypeError(f"quantities_in_text: text must be a str, not {type(text).__name__}")
    lang = checked_lang(lang, "quantities_in_text")
    visible, where = _visible(text)
    out = []
    for sentence in sentences(visible, lang):
        for found in _shares_of_figures(sentence, _stated_zeros(sentence, _comma_thousands(sentence, scan(sentence)))):
            item = found.as_dict()
            if item["counted"] is not None and (fold_word(item["counted"]) in _NO_NOUN or _A_MAGNITUDE.search(
                    sentence.text, max(0, found.number_start - 12), found.number_start) or _MAGNITUDE_AFTER.match(
                    sentence.text, found.end)):
                item["counted"] = None        # "3 de los cuales", "en 15 hubo": a pronoun or a verb, not a noun
            item["start"] += sentence.start
            item["end"] += sentence.start
            if where is not None:             # offsets and text in ``text``, the invisible characters included
                item["start"], item["end"] = where[item["start"]], where[item["end"] - 1] + 1
                item["text"] = text[item["start"]:item["end"]]
            out.append(item)
    return out


def _comma_thousands(sentence: Sentence, found: list[Found], config: QuantityConfig = DEFAULT_CONFIG) -> list[Found]:
    """``found`` (of ``sentence``), each count whose figure has a comma before three digits in Spanish of no
    region ("90,000 personas", ``lexicon.COMMA_THREE``) read as the regions that write thousands so read it
    (es-MX): no count is written to three decimals, and Spain's decimal reading (90) is no reader's. A measure
    ("1,250 mm") keeps Spain's reading, as a stated value does (``parse._comma_thousands``)."""
    if sentence.lang != "es" or not any(f.unit is None and COMMA_THREE.search(f.text) for f in found):
        return found
    regional = {(f.start, f.end): f for f in scan(replace(sentence, lang="es-MX"), config=config) if f.unit is None}
    return [regional.get((f.start, f.end), f) if f.unit is None and COMMA_THREE.search(f.text) else f for f in found]


#: zero said in words (SPEC §4's "none", "no one", "nadie"): a pronoun of no one before what befell them ("No one
#: was killed", "Nobody died", "none of the passengers were hurt", "Nadie murió", "ninguno de los mineros resultó
#: herido"), or "no" before the noun of a count ("No deaths were reported", "No hubo muertos", "ningún herido")
_HARM = (r"(?:killed|injured|hurt|harmed|wounded|died|dead|missing|arrested|detained|evacuated|infected|displaced|"
         r"muri[oó]|falleci[oó]|pereci[oó]|result[oó]|perdi[oó]\s+la\s+vida|herid[oa]|detenid[oa]|lesionad[oa])\b")
_ZERO_SAID = {
    "en": re.compile(r"\b(?P<zero>no\s+one|no-one|nobody|none)"
                     r"(?:\s+of\s+(?:the|them|those|these)(?:\s+(?P<noun>[a-z]+))?)?"
                     r"\s+(?:(?:was|were|has|have|had)\s+(?:been\s+)?|is\s+|are\s+)?(?:reported\s+)?" + _HARM +
                     r"|\b(?P<no>no)\s+(?:(?:new|other|further|more|reported|confirmed)\s+)?(?P<count>[a-z]+)\b", re.I),
    "es": re.compile(r"\b(?P<zero>nadie|ninguno|ninguna)"
                     r"(?:\s+de\s+(?:los|las|ellos|ellas)(?:\s+(?P<noun>[a-záéíóúñ]+))?)?"
                     r"\s+(?:(?:fue|ha\s+sido|resulto|resultó)\s+)?" + _HARM +
                     r"|\b(?P<no>no(?=\s+(?:hubo|hay|hab[ií]a|se\s+registr|se\s+report|dej[oó]|caus[oó]))|ning[uú]n|ninguna)"
                     r"(?:\s+(?:hubo|hay|hab[ií]a|se\s+registraron|se\s+reportaron|se\s+registran|se\s+reportan|dej[oó]|"
                     r"caus[oó]))?\s+(?P<count>[a-záéíóúñ]+)\b", re.I)}


def _stated_zeros(sentence: Sentence, found: list[Found]) -> list[Found]:
    """``found`` (of ``sentence``) with the zeros it says in words (``_ZERO_SAID``), each [0, 0] with its counted
    noun where it names one: a reader takes "No deaths were reported" as a stated zero. "No one knows", "no
    reason" and "no longer" are none: the pronoun needs what befell them, "no" a noun of a count."""
    lang = sentence.lang[:2]
    if not _NO_WORD.search(sentence.text):
        return found
    zeros = []
    for match in _ZERO_SAID[lang].finditer(sentence.text):
        noun = match.group("noun")
        if match.group("no") is not None:
            noun = match.group("count")
            if _COUNT_WORD.match(noun) is None or noun.lower() in _NOT_COUNTED:
                continue
        head = "zero" if match.group("zero") is not None else "no"
        start, end = match.span(head)
        if any(f.start < end and start < f.end for f in found):
            continue
        zeros.append(Found(start, end, sentence.text[start:end], 0.0, 0.0, True, True, "exact", None,
                           noun.lower() if noun else None, sentence.lang, start))
    return _with(found, zeros)


def _with(found: list[Found], more: list[Found]) -> list[Found]:
    """``found`` and ``more``, in the order of the sentence."""
    return sorted(found + more, key=lambda f: f.start) if more else found


def _shares_of_figures(sentence: Sentence, found: list[Found]) -> list[Found]:
    """``found`` (of ``sentence``) with each fraction that is a share of the figure after it, as ``find_quantities``
    reads it: "a third of the 300 homes", "la mitad de los 40 fallecidos" (a reader takes both). Not ``scan``'s:
    extract proposes no share as a claim of a count."""
    if _OF_A_FIGURE.search(sentence.text) is None:
        return found
    return _with(found, [Found(m.start, m.end, m.text, m.lower, m.upper, m.lower_inclusive, m.upper_inclusive,
                               m.qualifier, None, None, sentence.lang, m.start)
                         for m in find_quantities(sentence.text, sentence.lang)
                         if m.unit is None and m.lower is not None and m.upper is not None and 0 < m.lower
                         and m.upper < 1 and _OF_A_FIGURE.match(sentence.text, m.end)
                         and not any(f.start < m.end and m.start < f.end for f in found)])


_NO_WORD = re.compile(r"\b(?:no|none|nobody|no-one|nadie|ningun[oa]?|ningún)\b", re.I)
#: count words of _COUNT_WORD that "no" also stands before as no count: "no toll", "no balance", "sin saldo"
_NOT_COUNTED = frozenset("toll saldo balance cifra tally".split())


#: words after a figure that are not what it counts: pronouns and forms of "haber" (extract reads them: "50 de
#: los cuales fueron hospitalizados" is a part of the count before)
_NO_NOUN = frozenset("cuales ellos ellas quienes estos estas hubo habia habra others".split())

#: a quake's magnitude counts nothing: "magnitude 6 earthquake strikes central Italy", "a 7.8 magnitude earthquake",
#: "a magnitude-7.1 earthquake"
_A_MAGNITUDE = re.compile(r"\b(?:magnitude|magnitud)(?:\s+(?:of\s+|de\s+)?|-)\Z", re.I)
_MAGNITUDE_AFTER = re.compile(r"[\s-]*(?:magnitude|magnitud)\b", re.I)

def _visible(text: str) -> tuple[str, list[int] | None]:
    """``text`` without the characters a reader does not see (``parse.INVISIBLE``: "5\u200b00" is 500, as
    parse_quantity reads it), and where each of its characters is in ``text`` (None when it has none)."""
    if not INVISIBLE.search(text):
        return text, None
    where = [i for i, c in enumerate(text) if not INVISIBLE.match(c)]
    return "".join(text[i] for i in where), where

"""The day of a report that the sentence before dated: "El 31 de marzo, el Indeci publicó un
reporte. Este muestra un total de 101 fallecidos", "On 2 May the ministry issued a report. The
report listed 40 dead". The counts of the sentence that goes on telling the report are of the
report's day, in an event of months too (whose undated counts are otherwise known by the year).
A sentence that counts up to now ("The toll now stands at 300", "La cifra asciende a 300") is of
the article's day, whatever day the sentence before named."""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import lru_cache

__all__ = ["goes_on_report", "dates_a_report", "clause_span", "counts_to_now", "counts_in_present", "figures_clause",
           "toll_as_it_stands"]

# the verbs of showing a figure, in the present and the past, singular and plural, side by side in the
# two languages: "shows" / "muestra", "show" / "muestran", "listed" / "registró"
_SHOWING = (r"(?:show(?:s|ed)?|list(?:s|ed)?|count(?:s|ed)?|puts?|record(?:s|ed)?|indicat(?:es?|ed)|detail(?:s|ed)?|"
            r"not(?:es?|ed)|gather(?:s|ed)?|"
            r"muestran?|mostr(?:[oó]|aron)|indican?|indic(?:[oó]|aron)|señalan?|señal(?:[oó]|aron)|registran?|"
            r"registr(?:[oó]|aron)|detallan?|detall(?:[oó]|aron)|recogen?|recogi(?:[oó]|eron)|cifran?|"
            r"cifr(?:[oó]|aron)|contabilizan?|contabiliz(?:[oó]|aron))")

# the sentence's subject is the report, or a pronoun of it, with a verb of showing; the same nouns
# and pronouns in both languages: "The statement" / "El comunicado", "This shows" / "Este muestra",
# "These show" / "Estos muestran", "These figures" / "Estas cifras"
_REPORT_GOES_ON = re.compile(
    r"(?:(?:Este|Ese|Dicho|El|La|Esta|Dicha)\s+(?:informe|reporte|balance|bolet[ií]n|documento|recuento|conteo|"
    r"comunicado|actualizaci[oó]n|evaluaci[oó]n)|"
    r"(?:Estos|Esos|Dichos|Los)\s+(?:informes|reportes|balances|datos|documentos)|(?:Estas|Esas|Dichas|Las)\s+cifras|"
    r"(?:The|This|That)\s+(?:report|bulletin|tally|update|count|assessment|document|statement)|"
    r"(?:The|These|Those)\s+(?:reports|figures|data|counts)|"
    r"(?:It|This|These|They|Este|Esta|[EÉ]ste|[EÉ]sta|Estos|Estas|[EÉ]stos|[EÉ]stas)\s+"
    r"(?:(?:also|further|then|tambi[eé]n|adem[aá]s|luego)\s+)?" + _SHOWING + r")\b")

# a report, or its issuing or updating: "the ministry issued a report", "published its latest update",
# "updated its count", "el Indeci publicó un reporte", "difundió un nuevo balance", "emitió un boletín",
# "actualizó sus cifras"
_A_REPORT = re.compile(
    r"\b(?:reports?|bulletins?|updates?|tall(?:y|ies)|assessments?|sitreps?|situation\s+reports?|"
    r"statements?|documents?|counts?|figures|data|tolls?|"
    r"informes?|reportes?|balances?|bolet[ií]n(?:es)?|partes?\s+(?:oficial|m[eé]dico)|recuentos?|conteos?|"
    r"comunicados?|documentos?|actualizaci[oó]n|evaluaci[oó]n|cifras|datos|"
    r"issued|published|released|publish(?:es|ed)|updated|revised|"
    r"public(?:[oó]|aron)|emiti(?:[oó]|eron)|difundi(?:[oó]|eron)|dio\s+a\s+conocer|actualiz(?:[oó]|aron)|"
    r"revis(?:[oó]|aron))\b", re.I)

# a count up to now: "now", "to date", "stands at", "has risen to", "ya son", "asciende a", "se eleva a",
# "hasta la fecha"
# "since then" / "desde entonces", "has since risen to" / "se ha elevado a"
_TO_NOW = re.compile(
    r"\b(?:now|currently|to\s+date|so\s+far|as\s+of\s+now|since\s+then|stands?\s+at|"
    r"ha(?:s|ve)\s+(?:(?:since|now|already)\s+)?(?:risen|climbed|grown|reached|increased|gone\s+up)|"
    r"ahora|actualmente|hasta\s+(?:la\s+fecha|ahora|el\s+momento)|por\s+ahora|desde\s+entonces|"
    r"ya\s+(?:son|suman|hay)|asciende[n]?\s+(?:ya\s+)?a|se\s+eleva[n]?\s+(?:ya\s+)?a|"
    r"ha[n]?\s+(?:ya\s+)?(?:ascendido|subido|aumentado|crecido|llegado|alcanzado|elevado|incrementado)|"
    # a present perfect of a toll: "30 people have died", "have been killed", "han muerto", "han fallecido"
    r"ha(?:s|ve)\s+(?:(?:now|so\s+far|already)\s+)?(?:been\s+)?(?:died|killed|injured|wounded|displaced|evacuated|"
    r"affected|confirmed|recorded|reported|moved|relocated|rescued|sheltered)|"
    # and of a count kept, as English "has recorded": "ha registrado", "han confirmado", "ha notificado"
    r"ha[n]?\s+(?:ya\s+)?(?:registrado|reportado|confirmado|contabilizado|notificado)|"
    r"ha[n]?\s+(?:ya\s+)?(?:muerto|fallecido|sido\s+(?:asesinad|herid|desplazad|evacuad|afectad|confirmad|"
    r"registrad|reportad|trasladad|reubicad|rescatad|albergad)[oa]s?|resultado\s+herid[oa]s?))\b", re.I)


def goes_on_report(sentence: str) -> bool:
    """Whether ``sentence`` opens by going on telling a report ("Este muestra", "The report listed")."""
    return _REPORT_GOES_ON.match(sentence) is not None


def dates_a_report(sentence: str) -> bool:
    """Whether ``sentence`` tells of a report ("On 2 May the ministry issued a report", "El 31 de
    marzo, el Indeci publicó un reporte"): a day it names is the report's, which the next
    sentence's counts may go on telling; not "The first cases were confirmed on 21 October"."""
    return _A_REPORT.search(sentence) is not None


# where a clause of its own begins: a coordinator or a semicolon before a new subject and verb ("The
# attackers killed 30 traders, and the army now patrols the town", "Mataron a 30 y el ejército patrulla
# ahora la ciudad", "lists 300 dead and puts the toll now at 310"); not before a figure, which goes on the
# same clause's list ("30 people have died and 40 are missing", "han muerto 30 y unos 40 siguen desaparecidos")
_CLAUSE_BREAK = re.compile(
    r"\s*;\s*|,?\s+\b(?:and|but|while|whereas|y|e|pero|mientras(?:\s+que)?|aunque)\s+"
    r"(?!(?:(?:some|about|around|nearly|almost|another|over|at\s+least|more\s+than|unos|unas|otros|otras|"
    r"cerca\s+de|casi|al\s+menos|m[aá]s\s+de)\s+)?(?:\d|(?:two|three|four|five|six|seven|eight|nine|ten|eleven|"
    r"twelve|twenty|thirty|forty|fifty|dozens?|hundreds?|thousands?|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|"
    r"diez|once|doce|veinte|treinta|cuarenta|cincuenta|decenas|cientos|miles)\b))", re.I)


@lru_cache(maxsize=16)
def _breaks(sentence: str) -> tuple[list[int], list[int]]:
    """Where the clause breaks of a sentence start and end, in order (once a sentence, for each of
    its figures: a table of figures was quadratic in them)."""
    found = [(brk.start(), brk.end()) for brk in _CLAUSE_BREAK.finditer(sentence)]
    return [a for a, _ in found], [b for _, b in found]


def clause_span(sentence: str, start: int, end: int) -> tuple[int, int]:
    """Where the clause of ``sentence`` the figure at [start, end) belongs to begins and ends."""
    starts, ends = _breaks(sentence)
    before = bisect_right(ends, start)                # the breaks that end at or before the figure
    after = bisect_left(starts, end)                  # the first break that starts at or after its end
    return ends[before - 1] if before else 0, starts[after] if after < len(starts) else len(sentence)


def figures_clause(sentence: str, start: int, end: int) -> str:
    """The clause of ``sentence`` the figure at [start, end) belongs to, and the sentence's opening
    adverbial before its first comma ("So far, ...", "Hasta la fecha, ..."), which frames every clause."""
    begin, stop = clause_span(sentence, start, end)
    head = sentence.split(",", 1)[0] if "," in sentence else ""
    opening = head if len(head.split()) <= 5 and not any(ch.isdigit() for ch in head) else ""
    return f"{opening} {sentence[begin:stop]}"


def counts_to_now(sentence: str, start: int | None = None, end: int | None = None) -> bool:
    """Whether ``sentence`` (the clause of its figure at [start, end), when given) counts up to now
    ("The count now stands at 1,100", "the toll has risen to", "La cifra asciende a 1.100", "ya son
    300", "hasta la fecha"): of the article's day, not of a day the sentence before named. A word of
    now in another clause does not ("The attackers killed 30, and the army now patrols the town")."""
    if start is not None and end is not None:
        sentence = figures_clause(sentence, start, end)
    return _TO_NOW.search(sentence) is not None


# a present tense of a state that lasts, in the figure's clause: "40 people remain missing", "are still
# missing", "are in hospital", "40 personas siguen desaparecidas", "están desaparecidas", "permanecen
# hospitalizadas", "quedan 40 desaparecidos", "aún buscan a 20"; not a present that tells a past event's
# count ("the revised number of participants is 1.25 million"), nor a verb of saying ("says")
_PRESENT_STATE = re.compile(
    r"\b(?:remains?|stays?|sigue[n]?|permanece[n]?|contin[uú]a[n]?|quedan)\b|"
    r"\b(?:is|are|est[aá]n?)\s+(?:still\s+|todav[ií]a\s+|a[uú]n\s+)?(?:missing|unaccounted|hospitali[sz]ed|"
    r"in\s+(?:hospital|shelters?)|displaced|homeless|trapped|desaparecid|hospitalizad|desplazad|damnificad|"
    r"atrapad|albergad|internad|sin\s+hogar)|\b(?:is|are)\s+still\b|"
    # "still" before a present, as Spanish writes it ("aún buscan a 20", "todavía hay 20"; not the past
    # "aún buscaban", "todavía tenían"); English says "are still searching", above
    r"\b(?:a[uú]n|todav[ií]a)\s+(?:no\s+)?(?:hay|est[aá]n?|[^\W\d_]+(?<!ab)(?<![ií])[ae]n)\b", re.I)


def counts_in_present(sentence: str, start: int, end: int) -> bool:
    """Whether the clause of the figure at [start, end) tells its count in the present ("Police
    said 40 people remain missing", "La policía dijo que 40 personas siguen desaparecidas"): of
    the article's day, not of a day the sentence before named ("On 6 May rescuers found 12
    bodies", "El 6 de mayo los rescatistas hallaron 12 cuerpos")."""
    return _PRESENT_STATE.search(figures_clause(sentence, start, end)) is not None


# a toll named as it stands, its verb before the figure: "the death toll was 3,166", "Libya's death toll rises to
# 11,300", "showed a death toll of 3,166", "the toll stood at", "el balance de muertos asciende a", "la cifra de
# fallecidos es de", "el número de víctimas subió a"
_TOLL_STANDS = re.compile(
    r"\b(?:(?:death|casualty)\s+tolls?|toll|tally|number\s+of\s+(?:dead|deaths|victims|fatalities)|"
    r"(?:balance|saldo|cifra|n[uú]mero|recuento)\s+(?:oficial\s+)?(?:de\s+)?(?:muertos|fallecidos|v[ií]ctimas|"
    r"muertes|desaparecidos|heridos))\b[^\d.;]{0,60}?"
    r"(?:\b(?:is|was|stands?|stood|rises?|rose|risen|increased|climbed|reached|reaches|jumped|hit|tops|topped|"
    r"asciende|ascendi[oó]|sube|subi[oó]|se\s+eleva|se\s+elev[oó]|es|era|fue|alcanza|alcanz[oó]|llega|lleg[oó])"
    r"(?:\s+(?:to|at|of|a|de|en))?|\s+of|\s+de)\s+(?:(?:about|around|some|nearly|almost|at\s+least|more\s+than|"
    r"over|unos|unas|casi|al\s+menos|m[aá]s\s+de|cerca\s+de)\s+)?$", re.I)
# a count since the event began or a day ("since the storm hit", "desde el martes"): of the event, not of a day
_SINCE = re.compile(r"\b(?:since|desde)\b", re.I)


def toll_as_it_stands(sentence: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) is a toll as it stands the day it is told, named so: "the death toll was
    3,166", "the toll rose to 11,300", "la cifra de muertos asciende a"; not a toll since a day or the event began
    ("the toll since the rains began rose to 40"). (Not a state that lasts, "siete personas siguen desaparecidas",
    nor a count up to now, "The count now stands at 30": the news/ annotations and tests/extract date those of an
    event of weeks by its year.)"""
    return _TOLL_STANDS.search(sentence, max(0, start - 90), start) is not None and not _SINCE.search(sentence)

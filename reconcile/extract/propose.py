"""An article -> proposed claims with every field the text gives (SPEC §6 ``reconcile extract``).

Each quantity a reader takes from the text (``quantities_in_text``'s reading, per sentence and
language) becomes a proposal: its claimant (the one who states the number, not the outlet),
population from the counted noun, criterion from the verb, place, as_of and stated_on, and a
breakdown's ``part_of``. The ``note`` says how sure the proposal is and what to check.
"""
from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field

from reconcile.extract.article import Article
from reconcile.extract.attribution import (ORGANISERS, attributions, claimant_for, is_pronoun_subject, organiser_in,
                                           role_holder)
from reconcile.extract.dates import (dates_with_year, day_near, event_month, later_day, month_in_it, names_days,
                                     other_event_date)
from reconcile.extract.grouping import comma_thousands, read_thousands
from reconcile.extract.reading import told_in_past
from reconcile.extract.date_report import counts_to_now, dates_a_report, goes_on_report
from reconcile.extract.place_bodies import in_body_name
from reconcile.extract.places import is_area_name, origins
from reconcile.extract.pop_groups import GROUPS
from reconcile.extract.fields import (ANAPHORIC, city_code, city_of, country_of, criterion, dates_in, is_city,
                                      place_value, object_population, of_them_population, partitive_population,
                                      places_in, population, relative_date, share_population, PEOPLE_CRITERIA,
                                      PEOPLE_GROUPS,
                                      subject_criterion, subject_population, criterion_of_word, measure_criterion)
from reconcile.extract.event_kind import is_long_event, is_stock, is_tallied, is_wildfire, undated
from reconcile.extract.event_kind import _SUDDEN as _STRIKES_AT_ONCE
from reconcile.extract.scene import (article_place, dateline as _dateline, dateline_end,  # noqa: F401
                                     prose_of, several_countries, specific)
from reconcile.model.names import fold_name, iso_place, slugify
from reconcile.quantities.lexicon import fold_word
from reconcile.quantities.parse import detect_lang
from reconcile.quantities.running import Sentence, locates_a_place, scan, sentences

__all__ = ["Proposal", "propose"]

_ES_NUMBER = re.compile(r"\b\d{1,3}(?:\.\d{3})+\b(?![.,]\d)")
_EN_NUMBER = re.compile(r"\b\d{1,3}(?:,\d{3})+\b(?![.,]\d)")
_PART = re.compile(r"\s*\)")
_CREDIT = re.compile(r"\s*\((?:the |la |el |los |las )?([A-Z][\w.&’' -]{1,50})\)")   # "(the Red Cross)"


_NOT_CREDITS = frozenset({"mw", "ms", "ml", "utc", "gmt", "est", "approx", "estimated", "estimado", "aprox"})
_MAGNITUDE = re.compile(r"\b(?:magnitude|magnitud|Mw|richter)\b", re.I)


# "March organizers in New York claimed": a place inside a claimant's name after "in" is where
_IN_BEFORE = re.compile(r"\b(?:in|en)\s+$")


def _in_name(body: str, said, at: int) -> bool:
    """Whether an offset lies in the words of an attribution up to the claimant's name ("The
    New York Times said", "Fuentes de la policía"), not after it ("damnificadas por las lluvias
    en la región de Piura")."""
    if not said.start <= at < said.end:
        return False
    start = body.find(said.who, said.start, said.end) if said.who else -1
    return start < 0 or at < start + len(said.who)


def _organisers_in(body: str, start: int, at: int) -> bool:
    """"March organizers in New York claimed": a place after "in" in the claimant's words is
    where the count is, unless it is a body's seat ("la delegación del Gobierno en Cataluña")."""
    return bool(_IN_BEFORE.search(body, 0, at)) and not any(
        fold_name(word) in _BODY_WORDS | _SEATS for word in re.findall(r"[^\W\d_]+", body[start:at]))


_SEATS = frozenset("delegacion delegation government administration embassy embajada consulate consulado".split())
_SPEAKER_AT = re.compile(r"(?:Desde|From|Speaking\s+(?:from|in))\s+(?:la\s+ciudad\s+de\s+|the\s+city\s+of\s+)?"
                         r"[A-ZÁÉÍÓÚÑ][^,;]{1,80},")
# an aside of where a speaker was: ", speaking in Rome,", ", hablando desde Madrid,", ", en declaraciones desde Lima,"
_SPEAKING_IN = re.compile(r",\s+(?:speaking|hablando|en\s+declaraciones|interviewed|entrevistad[oa])\s+"
                          r"(?:from|in|at|desde|en)\s+[^,;]{1,60},")
#: a place adverb opening a sentence ("There, 415 crossed"); not the existential "there were"
_THERE = re.compile(r"(?:There|Allí|Ahí|Alli|Ahi|Here|Aquí)\b(?!\s+(?:were|was|is|are|has|have|had|will|would|may|might"
                    r"|could|must|seem|seems|seemed|appear|appears|appeared|remain|remains|remained)\b),?", re.I)
_PART_NAME = re.compile(r"([A-ZÁÉÍÓÚÑ][^\W\d_]*(?:[ -](?:de|del|la|y|[A-ZÁÉÍÓÚÑ][^\W\d_]*)){0,3})\s*\(\s*$")


def _part_name(body: str, item) -> str | None:
    """The name a part stands under: "Orinoquía" in "Orinoquía (46)", or None."""
    if not _PART.match(body, item.end):
        return None
    match = _PART_NAME.search(body, max(0, item.start - 60), item.start)
    return match.group(1) if match else None


def _place_of_part(name: str, country: str | None):
    """(code, name) of a part's name, also written without its article ("Guajira": La Guajira)."""
    for candidate in (name, f"La {name}", f"El {name}", f"Los {name}", f"Las {name}"):
        found = places_in(candidate, country)
        if found and len(found[0][1].split()) >= len(candidate.split()) - (candidate != name):
            return found[0][0], name if candidate == name else candidate
    return None


def _total_before(out: list[Proposal], sentence: int) -> int | None:
    """The total a list of parts breaks down: the nearest claim of the last sentences that is not
    a part itself, one counted over a whole country first."""
    recent = [k for k in range(len(out) - 1, -1, -1) if not out[k].is_part and sentence - out[k].sentence <= 5]
    wide = [k for k in recent if len(out[k].place or "") == 2 and (out[k].place or "").isupper()]
    return (wide or recent)[0] if wide or recent else None


# "Other points ... are Orinoquía (46), Guajira (30)": a list that goes on from a part named before it
_OTHER_PARTS = re.compile(r"\W*(?:other|the\s+other|the\s+rest|otros|otras|los\s+otros|las\s+otras|"
                          r"los\s+dem[aá]s|las\s+dem[aá]s|el\s+resto)\b", re.I)


def _counted_as_parts(out: list[Proposal], total: int) -> None:
    """"More than 500 crossed into Colombia. In Norte de Santander, 415 crossed. Other points are
    Orinoquía (46), ...": the counts between a country's total and a list of its *other* parts,
    of the total's population, each in a place inside the total's country, are parts too."""
    head = out[total]
    country = head.place if head.place and len(head.place) == 2 and head.place.isupper() else None
    if country is None:
        return
    for k in range(total + 1, len(out)):
        p = out[k]
        if p.is_part or p.part_of is not None or p.population != head.population or not p.place:
            continue
        found = places_in(p.place, country)
        if len(found) == 1 and "-" in found[0][0] and country_of(found[0][0]) == country:
            p.part_of, p.is_part = total, True
            p.checks.append("part_of (a part of the total before it: the list after it names the other parts)")


def _is_credit(name: str, sentence: str) -> bool:
    """"(LCC)", "(UK intelligence)" after a figure name who gives it; a place alone in brackets
    ("(Argentina)") does only on a line of a list ("1,429 (United States)")."""
    if fold_name(name) in _NOT_CREDITS:
        return False
    found = places_in(name)
    if not found:
        return True
    named = sum(len(written.split()) for _, written, _ in found)
    return named < len(name.split()) or len(sentence.split()) <= 6


def _credit_spans(body: str) -> list[tuple[int, int]]:
    """Where figures are credited in brackets: a place named there is who counts, not where."""
    return [(m.start(), m.end()) for m in _CREDIT.finditer(body)
            if m.start() > 0 and body[m.start() - 1].isdigit() and _is_credit(m.group(1), body)]


def _is_measure(unit: str | None) -> bool:
    """A length, a speed, a weight...: not a percent, a currency (ISO 4217) or people."""
    return unit is not None and unit not in ("percent", "people") and not (len(unit) == 3 and unit.isupper())


@dataclass
class Proposal:
    value: str
    quote: str
    lang: str
    claimant: str | None          # name as written, None when the text names no one
    population: list[str]
    criterion: str | None
    place: str | None
    as_of: str | None
    stated_on: str | None
    start: int                    # offset in the article's text
    part_of: int | None = None    # index of the total this proposal is a part of
    checks: list[str] = field(default_factory=list)
    unit: str | None = None
    counted: str | None = None
    city: str | None = None       # the id of a city that ``place`` names, to declare in _places.yaml
    sentence: int = 0             # index of the sentence in the article
    is_part: bool = False

    @property
    def sure(self) -> str:
        return "high" if len(self.checks) <= 1 else "medium" if len(self.checks) <= 3 else "low"


# a sentence that tells a toll: what it says was destroyed is part of the tally ("Dejó 595 muertos,
# 2291 heridos, 76 000 viviendas totalmente destruidas"), known by the year like the toll
_TOLL_WORDS = re.compile(r"\b(?:muert[oa]s|muertes|fallecid[oa]s|herid[oa]s|v[ií]ctimas|dead|deaths|killed|"
                         r"injured|injuries|casualties|fatalities)\b", re.I)
_SPEEDS = frozenset({"km/h", "mph", "kn", "kt", "knots", "m/s"})
# the criteria of a toll: tallied over the days after an event
_TOLL = re.compile(r"(?:dead|injured|missing|affected|displaced|homeless|evacuated)(?:-|$)")


def _sentence_lang(sentence: Sentence, article_lang: str, given: str | None) -> str:
    if given:
        return given
    text = sentence.text
    if _ES_NUMBER.search(text) and not _EN_NUMBER.search(text):
        lang = "es" if article_lang == "es" or sentence.lang == "es" else sentence.lang
    elif len(text.split()) < 8:
        lang = article_lang           # too short to tell: the article's language
    else:
        lang = sentence.lang
    return lang


_OF_GAP = re.compile(r"(?:\s+(?:Upazila|District|Township|Municipality|Province|County))?\s+(?:of|de|del)\s+"
                     r"(?:the\s+|la\s+|el\s+)?")


def _towns_first(body: str, found: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """"Waukesha, Wisconsin", "Juchitán, Oaxaca": a town followed by its region names the town."""
    out = []
    for k, p in enumerate(found):
        prev = found[k - 1] if k else None
        if (prev is not None and is_city(prev[0]) and "-" in p[0] and not is_city(p[0])
                and country_of(prev[0]) == country_of(p[0])
                and body[prev[2] + len(prev[1]):p[2]].strip() == ","):
            continue
        if (prev is not None and "-" in prev[0] and "-" in p[0] and country_of(prev[0]) == country_of(p[0])
                and prev[0] != p[0] and _OF_GAP.fullmatch(body[prev[2] + len(prev[1]):p[2]])):
            continue                  # "the Savar Upazila of Dhaka": Savar, a place of Dhaka
        if (prev is not None and "-" in prev[0] and country_of(prev[0]) == country_of(p[0]) and prev[0] != p[0]
                and re.fullmatch(r"\s*\(\s*", body[prev[2] + len(prev[1]):p[2]])):
            continue                  # "Marikana (Rustenburg)": the place in brackets locates the one before
        out.append(p)
    return out


_DIRECTION = ("north|south|east|west|northeast|northwest|southeast|southwest|north-east|north-west|"
              "south-east|south-west|norte|sur|este|oeste|noreste|noroeste|nordeste|sureste|suroeste|"
              "sudeste|sudoeste")
_FROM_PLACE = re.compile(
    rf"(?i:\)?\s*(?:\([^()]{{1,30}}\)\s*)?,?\s*(?:(?:al|to the)\s+)?"
    # "east-northeast of", and as wire copy writes it, "west, northwest of"
    rf"(?:(?:{_DIRECTION})(?:(?:[–-]|,?\s+)(?:{_DIRECTION}))?\s+(?:of|de|del)|from|off|desde|de|near|cerca de|"
    r"cerca del)\s+)(?:(?:the|la|el|los|las|city of|ciudad de|capital|town of|village of|localidad de|pueblo de|"
    r"central|downtown|centro de)\s+)*"
    # "Italy's capital of Rome": the city, not the country that owns it
    r"(?:[A-ZÁÉÍÓÚÑ][^\W\d_]*['’]s\s+(?:capital|city)(?:\s+of)?\s+)?"
    # "Kao-hsiung": a name that goes on after a hyphen in lower case
    r"([A-ZÁÉÍÓÚÑ][^\W\d_]*(?:-[^\W\d_]+)*(?:[ -](?:de |del |of )?[A-ZÁÉÍÓÚÑ][^\W\d_]*){0,3})")


def _from_place(body: str, item, country: str | None) -> tuple[str, str, bool] | None:
    """"70 kilometres (43 mi) east of the Oshika Peninsula", "150 km al noroeste de Concepción":
    the place a distance is measured from (code, name, known to reconcile)."""
    match = _FROM_PLACE.match(body, item.end)
    if not match or not match.group(1)[:1].isupper():
        return None
    name = match.group(1)
    found = places_in(name, country)
    if found and found[0][2] == 0:
        return found[0][0], found[0][1], True
    if country is None:
        return None
    bare = re.split(r" (?:of|de|del) ", name)[0]
    return city_code(country, bare), bare, False


_NATIONWIDE = re.compile(r"\b(?:nationwide|across\s+the\s+(?:country|nation)|throughout\s+the\s+(?:country|nation)|"
                         r"all\s+over\s+the\s+country|en\s+todo\s+el\s+(?:pa[ií]s|territorio(?:\s+nacional)?)|"
                         r"a\s+(?:nivel|escala)\s+nacional|por\s+todo\s+el\s+pa[ií]s)\b", re.I)


def _nationwide(body: str, item, found, hi: int) -> bool:
    """"1.08 million marched nationwide", "3 millones en todo el país": between the number and
    the next one (or the clause's end, 60 characters at most) the sentence says the whole country."""
    following = [f.start for f in found if f.start >= item.end]
    end = min([hi, item.end + 60, *following])
    return bool(_NATIONWIDE.search(body, item.end, end))


_OF_THEM = re.compile(r"\s*(?:de\s+(?:ellos|ellas|los\s+cuales|las\s+cuales|estos|estas)|"
                      r"of\s+(?:them|whom|which|these))\b", re.I)


# "En Guatemala, donde el 75% del territorio...", "Mocoa, where 300 died": a relative clause of a place
_WHERE_GAP = re.compile(r",\s+(?:donde|en\s+donde|where|in\s+which|en\s+(?:el|la|los|las)\s+que)\b[^,;()]*", re.I)


def _relative_place(body: str, clause_places, item) -> tuple[str, str, int] | None:
    """The place a relative clause that holds the number is of ("En Guatemala, donde el 75% del
    territorio se ha visto afectado, ... Santiago Atitlán": Guatemala, not the town named after)."""
    for p in clause_places:
        if p[2] < item.start and _WHERE_GAP.fullmatch(body, p[2] + len(p[1]), item.start):
            if "-" not in p[0] and any(q[2] < p[2] and q[0] != p[0] and country_of(q[0]) == p[0]
                                       for q in clause_places):
                return None       # "the Savar Upazila of Dhaka, Bangladesh, where ...": the town before it
            return p
    return None


def _own_places(body: str, clause_places, found, item) -> list:
    """The places of the clause that may be the number's: not one that another "N of them"
    takes ("Dejó 98 muertos, 71 de ellos en Oaxaca, y 300 heridos": Oaxaca is the 71's), nor one
    named after a later figure, in its stretch ("including 228 in Mexico City")."""
    out = []
    for p in specific(clause_places):
        taken = False
        for o in found:
            if o is not item and o.end <= p[2] and _OF_THEM.match(body, o.end):
                following = [f.start for f in found if f.start >= o.end]
                taken = taken or p[2] < min(following, default=len(body))
            # "370 people were killed, including 228 in Mexico City, and more than 6,000 were
            # injured": a place in the stretch of a part ("including 228") is the part's, not the
            # total's before it nor a figure's a comma after it (a sibling's place is shared: "242
            # were killed and 630 injured in a fire in Santa Maria")
            if o is not item and o.end <= p[2] and not _COMMA_APART.search(body, o.end, p[2]) and (
                    item.end <= o.start or _COMMA_APART.search(body, p[2], item.start)) and _PART_BEFORE.search(
                        body, max(0, o.start - 30), o.start):
                taken = True
        if not taken:
            out.append(p)
    return out


_COMMA_APART = re.compile(r"[,;:()—–]")
# the words that open a part of a total: "including 228", "incluidas aproximadamente 7.000", "entre ellos 12"
_PART_BEFORE = re.compile(r"\b(?:including|includes|among\s+them|of\s+(?:them|whom|which)|inclu[iy]\w*|"
                          r"entre\s+ell[oa]s|de\s+ell[oa]s|de\s+los\s+cuales)\s+(?:(?:some|about|around|"
                          r"aproximadamente|unos|unas|cerca\s+de|m[aá]s\s+de|more\s+than)\s+)?$", re.I)
# a tally named by its noun alone, that a verb puts at the figure: "la cifra subió a", "the toll rose to"
_TALLY_ROSE = re.compile(
    r"\b(?:la\s+cifra|el\s+saldo|el\s+balance|el\s+recuento|el\s+total|el\s+n[uú]mero|the\s+(?:death\s+)?toll|"
    r"the\s+figure|the\s+number|the\s+total|the\s+count|the\s+tally)(?:\s+(?!de\b|of\b)[^\W\d_]+){1,3}"
    r"\s+(?:a|to|at|en|hasta)\s+(?:(?:m[aá]s\s+de|more\s+than|at\s+least|al\s+menos|unos|unas|about|some)\s+)?$",
    re.I)


def _broader(code: str, where: str) -> bool:
    """Whether ``code`` is a place around the article's: its country, or a region of that
    country when the article's place is a town ("la historia de Cataluña" in a Barcelona march)."""
    if code == where:
        return False
    if is_city(where):
        country = country_of(where)
        return code == country or ("-" in code and not is_city(code) and country_of(code) == country)
    parent = where
    while "-" in parent:                      # "Sevilla" (ES-SE) lies in Andalucía (ES-AN), in Spain
        parent = iso_place(parent)[1] or parent.split("-")[0]
        if parent == code:
            return True
    return False


_SUPERLATIVE = re.compile(r"\b(?:most|worst|deadliest|largest|biggest|greatest|costliest|strongest|"
                          r"mayor(?:es)?|peor(?:es)?|m[aá]s\s+\w+)\b[^.;]{0,40}\b(?:in|en|of|de)\s+(?:the\s+)?$", re.I)
_OTHER = re.compile(r"\s+(?:otr[oa]s|other|another|additional)\s+(?=\S)", re.I)
_ESTIMATE_OF = re.compile(r"\s*,?\s*(?:seg[uú]n|according\s+to|de\s+acuerdo\s+(?:con|a))\b", re.I)
# "X y al menos otras nueve": others joined to a place named before (not "En X murieron otras 1.800";
# the name was shadowed by the population's _OTHERS_BEFORE below, which took both)
_AND_OTHERS_BEFORE = re.compile(r"\b(?:y|e|and|as\s+well\s+as)\s+(?:(?:al\s+menos|at\s+least|some|unas|unos|"
                                r"m[aá]s\s+de|more\s+than)\s+)?(?:otr[oa]s|other|another)\s+$", re.I)


def _others_of(body: str, item) -> bool:
    """"X y al menos otras nueve ciudades", "X and three other towns": a count of others than X."""
    head = body[max(0, item.start - 40):item.start]
    return bool(_OTHER.search(item.text) and re.search(r"\b(?:y|e|and)\s+$", head)) or bool(
        _AND_OTHERS_BEFORE.search(head)) or bool(re.match(r"\s+other\b", body[item.end:item.end + 8])
                                                 and re.search(r"\b(?:y|e|and)\s+$", head))


# a ";", a dash, or a sentence's end that reference marks hid from the splitter ("40 000 muertos. [1][2]
# Aunque esta es una cantidad inferior a las de Tokio": Tokio is of the next sentence)
_CLAUSE_END = re.compile(r";|\s[—–]|[—–]\s|—|[.!?]\s*(?:\[\w{1,4}\]\s*)+(?=[A-ZÁÉÍÓÚÑ¿¡\"“«])")


def _clause(body: str, start: int, end: int) -> tuple[int, int]:
    """The clause that holds [start, end): a ";" or a dash ends one."""
    lo = max((m.end() for m in _CLAUSE_END.finditer(body, 0, start)), default=0)
    after = _CLAUSE_END.search(body, end)
    return lo, after.start() if after else len(body)


_LIST_GAP = re.compile(r"(?:\s*\([^()]{1,40}\))?[\s,]*(?:(?:y|and|e|o|or)\s+(?:(?:in|en)\s+(?:the\s+|el\s+|la\s+)?)?)?"
                       r"(?:[A-ZÁÉÍÓÚÑ][\w'’-]*[\s,]+(?:(?:de|del|y|and)\s+)?){0,2}")   # "Armenia (El Salvador), X"


def _list_country(body: str, clause_places, found, item) -> str | None:
    """"Valparaíso, Maule, y Biobío, que acumulan más de 13 millones": three places or more
    listed together with no other figure among them: the figure is of their country."""
    places = sorted(specific(clause_places), key=lambda p: p[2])
    if len(places) < 3:
        return None
    gaps = [body[a[2] + len(a[1]):b[2]] for a, b in zip(places, places[1:])]
    if not all(_LIST_GAP.fullmatch(gap) for gap in gaps):
        return None                           # "de Madrid a Ferrol ... de Santiago": not a list
    lo, hi = min(p[2] for p in places), max(p[2] for p in places)
    if any(other is not item and lo <= other.start <= hi for other in found):
        return None
    # most of them in one country (a name of the list may resolve elsewhere: "Santiago")
    country, count = Counter(country_of(code) for code, _, _ in places).most_common(1)[0]
    return country if count >= 3 and 3 * count >= 2 * len(places) else None


# "Madrid and Barcelona", "el sur de Ecuador y el norte de Perú": two places joined, parts of them too
_PAIR_JOIN_PLACES = re.compile(r"\s*(?:,\s*)?(?:and|y|e|or|o)\s+(?:(?:the|la|el|los|las)\s+)?"
                               r"(?:(?:north|south|east|west|centre|center|norte|sur|este|oeste|centro|noreste|"
                               r"noroeste|sureste|suroeste|nordeste|sudeste|sudoeste)\s+(?:of|de|del)\s+)?", re.I)


def _pair_parent(body: str, clause_places, found, item) -> str | None:
    """"5,000 marched in Madrid and Barcelona": two places of one kind joined by "and", one count:
    the place that holds both (their common region, else their country); "" when they are in
    different countries (the count is of neither). None when the clause names no such pair."""
    places = sorted(specific(clause_places), key=lambda p: p[2])
    if len(places) != 2:
        return None
    (a, name_a, at_a), (b, _, at_b) = places
    if not _PAIR_JOIN_PLACES.fullmatch(body[at_a + len(name_a):at_b]) or a == b:
        return None
    if is_city(a) != is_city(b) or ("-" in a) != ("-" in b):
        return None                           # a town and a region: not two of one kind
    if any(other is not item and at_a <= other.start <= at_b for other in found):
        return None                           # "3 in Madrid and 4 in Barcelona"
    if country_of(a) != country_of(b):
        return ""
    parents = {iso_place(code)[1] if "-" in code and not is_city(code) else None for code in (a, b)}
    parent = parents.pop() if len(parents) == 1 else None
    return parent if parent and "-" in parent else country_of(a)


_PAIR_START = re.compile(r"\b(?:entre|between|from|desde|de)\s+(?:(?:unos|unas|some|about|around)\s+)?$", re.I)
_PAIR_JOIN = re.compile(r"\b(?:y|and|to|a|hasta)\b", re.I)


_ELIDED_JOIN = re.compile(r"\b(?:and|y|e)\s+(?:(?:nearly|about|some|around|more|than|at|least|another|almost|"
                          r"otros|otras|unos|unas|casi|cerca|de|m[aá]s|al|menos)\s+)*$", re.I)
_ELIDED_AFTER = re.compile(r"\s+(?:were|was|are|is|had|have|fueron|resultaron|quedaron|est[aá]n|estaban|han|"
                           r"hab[ií]an)\b|\s+[a-záéíóúñ]+\s*(?:[.;]|$)", re.I)   # "14 heridos graves y 40 leves."


def _pair_population(body: str, item, earlier: list) -> list[str]:
    """"entre 520.000 personas, según la delegación del Gobierno, y 1.800.000, según la ANC": the
    second figure of a pair counts what the first does."""
    if not earlier:
        return []
    first, pop = earlier[-1]
    between = body[first.end:item.start]
    if not pop or len(between) > 120 or not _PAIR_JOIN.search(between) or re.search(r"\d", between):
        return []
    if _PAIR_START.search(body, max(0, first.start - 25), first.start):
        return list(pop)
    # "More than 8,500 homes were destroyed and nearly 26,000 were damaged": the noun left out
    # (not when the sentence counted several ones before: "killed 20 soldiers and 12 civilians,
    # and 30 were injured" does not say whose the 30 are)
    if _ELIDED_AFTER.match(body, item.end) and _ELIDED_JOIN.search(between) and len(
            {tuple(p) for _, p in earlier if p}) == 1:
        return list(pop)
    return []


def _country_claimant(claimant: str | None) -> str | None:
    """The country a claimant is, when its name is a country's alone ("India", "Chile")."""
    if not claimant:
        return None
    found = places_in(claimant)
    if len(found) == 1 and len(found[0][0]) == 2 and found[0][1] == claimant:
        return found[0][0]
    return None


def _group_before(in_sentence: list) -> list[str] | None:
    """The group an earlier count of the sentence names, for a count that names only what befell
    its people ("más de 382 reos, dejando a varios otros heridos y a 50 desaparecidos", "81
    inmates were killed, and 14 suffered burns"): they are of that group. Not children, a part
    of the people rather than their group, and not when the sentence counts other people too
    ("De las 224 personas ... —218 pasajeros y seis tripulantes—, 144 resultaron heridas")."""
    groups = {tuple(pop) for _, pop in in_sentence if pop}
    if len(groups) != 1:
        return None
    [group] = groups
    if len(group) == 1 and (group[0] in PEOPLE_GROUPS or group[0] in _WHOLE_GROUPS) and group[0] not in (
            "people", "children"):
        return list(group)
    return None


# the groups of pop_groups that the other counts of a sentence are of ("12 civilians were killed
# and 30 injured"); not women or men, who are a part of the people, as children are
_WHOLE_GROUPS = frozenset(GROUPS.values()) - {"women", "men"}


def _unknown_plural(word: str) -> bool:
    """A counted plural noun of things reconcile does not know ("templos", "unidades"), not a
    criterion's own word ("lesionados", "evacuees") nor an adjective ("potential deaths")."""
    return (word.isalpha() and word.islower() and word.endswith("s") and criterion_of_word(word) is None
            and word not in _PRONOUN_PLURALS)


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
# an order of magnitude in the plural, alone ("decenas de víctimas", "hundreds of homes"), that the
# text attributes to no one: the narration's colour, not a figure a source gave (the annotators of
# dev and dev2 list none); a source's "dozens missing" is a claim, and two orders ("tens of
# thousands", "cientos de miles") are a figure's size
_VAGUE_ALONE = {"es": frozenset("decenas docenas cientos centenares miles millares millones".split()),
                "en": frozenset("dozens scores hundreds thousands millions".split())}
# lengths the parser leaves as the counted noun of a vague amount ("varios cientos de kilómetros")
_LENGTH_WORDS = frozenset("kilometros metros millas leguas kilometres kilometers metres meters".split())
_THE_BEFORE = re.compile(r"\b(?:the|los|las)\s+$", re.I)
_OTHERS_BEFORE = re.compile(r"\b(?:otros|otras|another|other)\s+(?:(?:unos|unas|some|about|around|nearly|casi|"
                            r"m[aá]s\s+de|more\s+than)\s+)?$", re.I)
# a part of the count before it, by a relative: "cinco de los cuales", "three of which", "20 of whom"
_OF_WHICH = re.compile(r"\s+(?:de\s+(?:los|las)\s+cuales|de\s+ell[oa]s|of\s+(?:which|whom|them))\b", re.I)
_PRONOUN_PLURALS = frozenset("ellos ellas estos estas esos esas aquellos aquellas them those these others otros "
                             "otras ambos ambas".split())


def _named_before(claimant: str | None, seen: list[str]) -> str | None:
    """"the agency reported", "the council said", "según el ministerio": the claimant named
    before whose name holds that noun ("Philippines News Agency")."""
    if not claimant or len(claimant.split()) > 2 or not (
            claimant.islower() or fold_name(claimant) in _BODY_WORDS | _COLLECTIVE_NOUNS):
        return None                                    # a name; "Police said" at a sentence's start is a noun
    noun = fold_name(claimant.split()[-1])
    for name in reversed(seen):
        if noun in {fold_name(word) for word in name.split()}:
            return name
    return None


def _short_name_of(word: str | None, seen: list[str]) -> str | None:
    """"according to Migration" after "the Colombian migration authority reported": a capitalised
    word used as the short name of the one body named before that holds it as a common noun (in
    lower case there); None when no body, or more than one, does."""
    key = fold_name(word or "")
    if not word or " " in word.strip() or not word[:1].isupper() or len(key) < 4:
        return None
    found = {name for name in seen if len(name.split()) > 1
             and any(w.islower() and fold_name(w) == key for w in name.split())}
    return found.pop() if len(found) == 1 else None


# a body's name the article gives ("the Las Vegas Metropolitan Police Department"): what "police" or
# "the ministry" said later refers to, when no claimant named before holds that noun
_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’.-]*(?:\s+(?:of|for|the|and|de|del|la|las|los|y|[A-ZÁÉÍÓÚÑ][\w'’.-]*)){0,9}")
_BODY_WORDS = frozenset(
    "police department ministry agency service office army guard council commission institute committee cross "
    "crescent front assembly federation union survey organization organisation center centre bureau force "
    "government secretariat policia ministerio agencia servicio oficina ejercito guardia consejo comision "
    "instituto comite cruz frente asamblea federacion sindicato organizacion centro fuerza gobierno secretaria "
    "fiscalia defensa".split())


_OPENING_QUOTES = ('"', "“", "«", "‘")
_COLLECTIVE_NOUNS = frozenset("organisers organizers organizadores authorities autoridades".split())


def _bodies_in(text: str) -> list[str]:
    """The names of bodies a text gives: the capitalised words around a body's noun ("Officers of
    the Las Vegas Metropolitan Police Department" -> "Las Vegas Metropolitan Police Department")."""
    out = []
    for match in _NAME.finditer(text):
        words = match.group().split()
        k = 0
        while k < len(words):
            if not (fold_name(words[k]) in _BODY_WORDS and words[k][:1].isupper()):
                k += 1
                continue
            start = k
            while start > 0 and words[start - 1][:1].isupper():
                start -= 1
            end = k + 1
            while end < len(words) and (words[end][:1].isupper() or end + 1 < len(words)
                                        and words[end + 1][:1].isupper() and fold_name(words[end]) in _CONNECTORS):
                end += 1
            name = words[start:end]
            if len(name) > 1 and (fold_name(name[0]) == "the" or fold_name(name[0]) in ("el", "la", "los", "las")
                                  and fold_name(name[1]) in _BODY_WORDS):
                name = name[1:]                        # "The Red Cross", "El Ministerio"; not "Las Vegas"
            if len(name) >= 2:
                out.append(" ".join(name))
            k = end
    return out


_CONNECTORS = frozenset("of for the and de del la las los y".split())


def propose(article: Article, lang: str | None = None) -> list[Proposal]:
    """Every claim a reader would list from ``article``, in reading order."""
    text = article.text
    article_lang = lang or detect_lang(text[:20000])
    all_sentences = sentences(text, None)
    where = article_place(article, all_sentences)
    dateline = dateline_end(text)
    several = several_countries(article.title)
    prose = prose_of(text, all_sentences)
    long_event = is_long_event(article.title or "") or is_wildfire(article.title or "", prose)
    tallied = is_tallied(article, prose)
    # "on 10–11 January 2015", in the opening's first or second sentence
    span = next((month for s in prose[:2] if (month := event_month(s.text, article.date))), None)
    opening = (article.title or "", prose[0].text if prose else "")   # whose government a bare "the government" is
    thousands_comma: bool | None = None       # "1,620 muertes" in a Mexican article: 1620 (read when needed)
    out: list[Proposal] = []
    last_day = article.date
    paragraph_day: str | None = None
    # "on Saturday" in an article of Monday: the day of what the paragraph then tells in a past tense
    paragraph_past_day: str | None = None
    opening_day: str | None = None         # the day the first sentence names: the event's, of its measures
    report_day: str | None = None          # the day of a report the sentence before told of ("issued a report")
    # an earthquake, a landslide: its toll grows after the day, a report counts it on its own day
    growing_toll = bool(_STRIKES_AT_ONCE.search(" ".join([article.title or "", prose[0].text if prose else ""])))
    last_named: str | None = None
    seen_claimants: list[str] = []
    named_before: list[str] = []          # every claimant named so far, in lower case too
    # the countries the event struck, as the title and the opening name them: a country that
    # reports a count of its own ("India reported 360 killed") counts there
    struck = {country_of(code) for text_ in [article.title or "", *(s.text for s in all_sentences[:1])]
              for code, _, _ in places_in(text_)}
    previous_places: list = []
    organiser: str | None = None          # who called the march the article tells of
    previous_speaker: str | None = None   # the speaker of the quote in the sentence before
    bodies = _bodies_in(article.title or "")  # bodies the article names, for "police", "the ministry"
    for number, sentence in enumerate(all_sentences):
        s_lang = _sentence_lang(sentence, article_lang, lang)
        sentence = Sentence(sentence.start, sentence.text, s_lang)
        body = sentence.text
        # "Greater Buenos Aires reported 10 deaths": a place that reports a count is where, not who
        said = [a for a in attributions(body) if not (a.who and is_area_name(a.who))]
        organiser = organiser_in(body) or organiser
        found = scan(sentence)
        # a place inside a claimant's name ("The New York Times") is not where the count is
        credits = _credit_spans(body)
        if number == 0 and dateline is not None:
            credits.append((0, dateline))     # the dateline's places are the article's (``where``)
        named_places = places_in(body, country_of(where[0]) if where else None)
        came_from = origins(body, named_places)   # "migrants from Syria": not where they were counted
        sentence_places = _towns_first(body, [
            p for p in named_places
            if not any(_in_name(body, a, p[2]) and not _organisers_in(body, a.start, p[2]) for a in said)
            and not any(a <= p[2] < b for a, b in credits) and p[2] not in came_from
            # "Syria's opposition bloc", "the UN Mission in Syria": whose the body is, not where
            and not (where and in_body_name(body, p[2], p[1], p[0] == country_of(p[0])))])
        speaker_at = _SPEAKER_AT.match(body)
        if speaker_at is not None:
            # "Desde la ciudad de Roma, donde se encontraba, el presidente declaró...": where the speaker is
            sentence_places = [p for p in sentence_places if p[2] >= speaker_at.end()]
        for aside in _SPEAKING_IN.finditer(body):
            # "President X, speaking in Rome, said 233 had died": where the speaker was, not where they died
            sentence_places = [p for p in sentence_places if not aside.start() <= p[2] < aside.end()]
        if not sentence_places and _THERE.match(body):
            sentence_places = [(code, name, 0) for code, name, _ in previous_places]   # "There, 415 crossed"
        previous_places = specific(sentence_places) or previous_places
        if number and "\n\n" in text[all_sentences[number - 1].start:sentence.start]:
            paragraph_day = paragraph_past_day = report_day = None     # a new paragraph
        sentence_date = dates_in(body, article.date) or later_day(body, last_day)
        if sentence_date and len(sentence_date) == 10 and article.date and sentence_date < article.date:
            paragraph_past_day = sentence_date
            if number == 0:
                opening_day = sentence_date
        if sentence_date and len(sentence_date) == 10:
            last_day = sentence_date          # what "the following day" counts from
        if sentence_date and len(sentence_date) == 10 and not relative_date(body, article.date):
            paragraph_day = sentence_date     # "The search for the dead ended on 13 May 2013"
        stated = relative_date(body, article.date) or article.date
        total_index: int | None = None
        in_sentence: list = []
        pronoun_subject: bool | None = None
        past_tense: bool | None = None
        for item in found:
            grouped = None
            if s_lang == "es" and "," in item.text:
                if thousands_comma is None:
                    thousands_comma = comma_thousands(text)
                grouped = read_thousands(item, body, thousands_comma)
            if grouped is not None:
                item = grouped[0]                     # "1,620 muertes": 1620, as the article writes thousands
            if any(a.before and a.start <= item.start and item.end <= a.end for a in said):
                continue      # "One defected soldier told ...": the number describes the speaker
            if locates_a_place(body, item.start, item.end):
                continue      # "Tarn lies forty miles west of Brill", "Tarn se encuentra a 40 km de Brill": geography
            checks = []
            # "The count now stands at 1,100", "La cifra asciende a 1.100": up to now, not a day named
            # before; a "now" of another clause is not the figure's ("..., and the army now patrols")
            to_now = counts_to_now(body, item.start, item.end)
            who = claimant_for(said, item.start, item.end, slugify, body)
            claimant = who.who if who else None
            credited = _CREDIT.match(body, item.end)
            if credited and _is_credit(credited.group(1), body):
                claimant = credited.group(1)          # "1,338 (LCC)": a figure and who gives it
            if claimant and organiser and fold_name(claimant) in ORGANISERS:
                checks.append(f"claimant ({claimant!r}: taken as {organiser!r}, who called the march)")
                claimant = organiser                  # "Organisers claimed 12,000": the front that called it
            holder = role_holder(claimant, [s.text for s in all_sentences[max(0, number - 2):number + 3]], opening)
            if holder is not None:
                checks.append(f"claimant ({claimant!r}: taken as {holder!r}, named with that role)")
                claimant = holder                     # "the Communications Minister states" ... "Minister X"
            earlier = (_named_before(claimant, seen_claimants) or _named_before(claimant, bodies)
                       or _short_name_of(claimant, named_before))
            if earlier is not None:
                checks.append(f"claimant ({claimant!r}: taken as {earlier!r}, named before)")
                claimant = earlier                    # "the agency reported": the agency named before
            if claimant is None and last_named and pronoun_subject is None:
                pronoun_subject = is_pronoun_subject(body)    # once a sentence
            if claimant is None and pronoun_subject and last_named:
                claimant = last_named
                checks.append("claimant (a pronoun: the last source named before)")
            if claimant is None and not said and previous_speaker and body[:1] in _OPENING_QUOTES:
                claimant = previous_speaker           # '"We found 40," said X. "Another 12 are missing."'
                checks.append("claimant (a quote that goes on: the speaker of the sentence before)")
            if item.unit is None and fold_word(item.text) in _VAGUE_ALONE.get(s_lang, ()) and (
                    claimant is None or _THE_BEFORE.search(body, max(0, item.start - 8), item.start)):
                continue      # "decenas de comunidades quedaron aisladas": the text's own colour, no figure;
                # "sin contar los miles de inmigrantes": a known multitude, whoever speaks
            if claimant is None and item.qualifier == "vague" and (
                    _is_measure(item.unit) or fold_word(item.counted or "") in _LENGTH_WORDS):
                continue      # "an area of low pressure several hundred kilometers east of X": where, not a measure
            if claimant is None:
                checks.append("claimant (the text attributes this number to no one)")
            measure = _is_measure(item.unit)
            pop = [] if measure else population(item.counted, body[item.end:item.end + 60], s_lang)
            following = _NEXT_WORD.match(body, item.end)
            next_word = item.counted or (following.group(1) if following else None)
            if not pop and not measure and in_sentence and (
                    (next_word and fold_word(next_word) in ANAPHORIC) or _OTHERS_BEFORE.search(body, 0, item.start)
                    or (item.counted is None and _ESTIMATE_OF.match(body, item.end))):
                # "un millón de personas, según la organización; 400.000, según el Gobierno": the same count
                # "24 people and at least 63 others", "12 more", "dañó otras 12.000": the noun said before
                pop = list(in_sentence[-1][1])
            if not pop and not measure and (item.counted is None or item.counted in _PRONOUN_PLURALS):
                pop = of_them_population(body[item.end:item.end + 40], s_lang)   # "12 of them children"
            if not pop and not measure and in_sentence and in_sentence[-1][1] and _OF_WHICH.match(body, item.end):
                # "diecisiete barrios de la ciudad, cinco de los cuales quedaron destruidos": a part of
                # the count before it, of what that count counts
                pop = list(in_sentence[-1][1])
            if not pop and not measure:
                if item.unit == "percent":
                    pop = share_population(body[item.end:item.end + 40], s_lang)   # "78% de los votos"
                else:
                    # "el número de víctimas supera las 6000"; "entre 520.000 personas ... y 1.800.000"
                    pop = (subject_population(body[:item.start], s_lang, item.text)
                           or _pair_population(body, item, in_sentence)
                           or (partitive_population(body[item.end:item.end + 60], s_lang)
                               if item.counted is None else [])         # "12 de los 40 pasajeros"
                           or object_population(body[:item.start], body[item.end:item.end + 60], s_lang))
            crit = (measure_criterion(body, item.start, item.end, item.unit) if measure
                    else criterion(body, item.start, item.end, item.counted, s_lang))
            if not measure and item.counted is None:
                crit = subject_criterion(body[:item.start], item.text) or crit   # "la de heridos se elevó a 10"
            if item.unit is None and _MAGNITUDE.search(body, max(0, item.start - 40), item.end + 40) and (
                    item.lower is not None and item.lower < 10):
                crit, pop, measure = "magnitude", [], True
            if not pop and crit is None and out and len(body.split()) <= 6 and not measure:
                pop, crit = list(out[-1].population), out[-1].criterion   # "1,338 (LCC)": a list goes on
            elif not pop and crit is None and out and not measure and _TALLY_ROSE.search(body, 0, item.start):
                # "El jueves la cifra subió a 65", "By Tuesday the toll had risen to 65": the count before
                pop, crit = list(out[-1].population), out[-1].criterion
            if not pop and crit in PEOPLE_CRITERIA and item.unit is None and (
                    item.counted is None or not _unknown_plural(item.counted)):
                pop = ["people"]          # "12 lesionados", "murieron 25"; not "dos templos dañados"
            if not pop and item.unit == "people":
                pop = ["people"]          # "at least 281 people to 1,729"
            if pop == ["people"] and not measure and (item.counted is None or criterion_of_word(item.counted)):
                pop = _group_before(in_sentence) or pop
            if not pop and not measure:
                checks.append("population")
            if crit is None:
                checks.append("criterion (what the number measures)" if measure else "criterion")
            # "Orinoquía (46)": a name, then the number alone in brackets (not "(US$15.3 billion)")
            part_name = _part_name(body, item) if item.unit is None else None
            is_part = part_name is not None
            total = None
            if is_part:
                total = total_index if total_index is not None else _total_before(out, number)
                if total_index is None and total is not None and _OTHER_PARTS.match(body):
                    _counted_as_parts(out, total)
            place = place_code = None
            if part_name is not None:
                found_place = _place_of_part(part_name, country_of(where[0]) if where else None)
                if found_place:
                    place, place_code = place_value(*found_place), found_place[0]
                elif where and part_name.split()[-1][:1].isupper():
                    # a region reconcile does not know ("Orinoquía"): declared in the draft
                    # _places.yaml inside the article's country, for the reviewer to check
                    place, place_code = part_name, city_code(country_of(where[0]), part_name)
                    checks.append(f"place ({part_name!r}: a region declared in _places.yaml inside "
                                  f"{country_of(where[0])}; check it)")
                elif total is not None:
                    place = out[total].place
            if total is not None:
                t = out[total]
                pop, crit = pop or list(t.population), crit or t.criterion
                if claimant is None and t.claimant:
                    claimant = t.claimant
                    checks.remove("claimant (the text attributes this number to no one)")
                    checks.append("claimant (the total's)")
                checks[:] = [c for c in checks if c not in ("population", "criterion")]
            # the places of the clause that holds the number (a ";" ends a clause)
            lo, hi = _clause(body, item.start, item.end)
            clause_places = [p for p in sentence_places if lo <= p[2] < hi]
            countries = {country_of(code) for code, _, _ in clause_places}
            origin = _from_place(body, item, country_of(where[0]) if where else None) if measure else None
            if place is None and origin is not None:
                place_code, place = origin[0], place_value(origin[0], origin[1])
                if not origin[2]:
                    checks.append(f"place ({origin[1]!r}: declared in _places.yaml inside "
                                  f"{country_of(origin[0])}; check it)")
            listed = _list_country(body, clause_places, found, item) if place is None else None
            pair = _pair_parent(body, clause_places, found, item) if place is None and listed is None else None
            if listed is not None:
                place, place_code = listed, listed
            elif pair is not None:
                names = " and ".join(name for _, name, _ in sorted(specific(clause_places), key=lambda p: p[2]))
                if pair:
                    place, place_code = place_value(pair, iso_place(pair)[0] if "-" in pair else pair), pair
                    checks.append(f"place (one count for {names}: the place that holds both)")
                else:
                    checks.append(f"place (one count for {names}, in different countries: left empty)")
            elif place is None and measure and where:
                place, place_code = place_value(*where), where[0]    # a depth, a speed: the event's
                checks.append("place (the article's: a measure of the event)")
            if pair == "":
                pass                          # no one of the pair is the count's place
            elif place is None and len(countries) >= 3:
                checks.append("place (the sentence names several countries)")
            elif (place is None and clause_places and _others_of(body, item)
                  and specific(clause_places)[0][2] < item.start):
                # "en Amazonas y otras tres entidades del estado Apure": not the place it is joined to;
                # a place named after the number, else the country of the places before it
                after = [p for p in specific(clause_places) if p[2] > item.end]
                code, name = (after[0][0], after[0][1]) if after else (country_of(clause_places[0][0]),) * 2
                place, place_code = place_value(code, name), code
                checks.append("place (a count of others than the place named before it)")
            elif place is None and where and _nationwide(body, item, found, hi):
                # "1.08 million marched nationwide, 119,000 of them in Paris": the country
                place, place_code = country_of(where[0]), country_of(where[0])
                checks.append("place (the whole country, as the sentence says)")
            elif place is None and (relative := _relative_place(body, clause_places, item)) is not None:
                place, place_code = place_value(relative[0], relative[1]), relative[0]   # "En Guatemala, donde el 75%"
            elif place is None and _own_places(body, clause_places, found, item):
                # the place named nearest the number, in its own stretch between commas first
                # ("X reported 91 deaths, and Y reported 10 deaths": Y is the 10's)
                code, name, at = min(_own_places(body, clause_places, found, item),
                                     key=lambda p: (_COMMA_APART.search(body, min(p[2], item.start),
                                                                        max(p[2], item.start)) is not None,
                                                    abs(p[2] - item.start)))
                if where and _broader(code, where[0]) and _SUPERLATIVE.search(body, max(0, at - 50), at):
                    code, name = where        # "the worst tragedy in Argentina": a comparison's scope
                place = place_value(code, name)
                place_code = code
            own = _country_claimant(claimant) if place is None and not clause_places and pair != "" else None
            if own is not None and own in struck:
                place, place_code = own, own          # "India reported 360 killed": in India
                checks.append("place (the country that reports it)")
            elif place is None and several and not measure and not clause_places:
                # "Casualties: 59,488 deaths" of the "Turkey–Syria earthquakes": no one country's
                checks.append(f"place (the event struck {', '.join(several)}; the sentence names none)")
            elif place is None and where and len(countries) < 3 and pair != "":
                place, place_code = place_value(*where), where[0]
                checks.append("place (the article's, not the sentence's)")
            elif place is None and pair != "" and len(countries) < 3:
                checks.append("place")
            if place and place_code and is_city(place_code) and city_of(place, country_of(place_code)) is None \
                    and not any(c.startswith(f"place ({place!r}") for c in checks):
                checks.append(f"place ({place!r}: a place reconcile does not know, declared in _places.yaml "
                              f"inside {country_of(place_code)}; check it)")
            # "el Gran huracán de 1780, que mató al menos a 22.000": the year of that other event
            as_of = other_event_date(body, item.start, article.date) or sentence_date
            if as_of and len(as_of) == 4 and measure and names_days(body, article.date):
                # a measure is of a moment: of the day beside it, not what several days share
                as_of = day_near(body, item.start, item.end, article.date) or as_of
            # a count of the people who live in a place ("nearly 70,000 people live in X"): a stock
            stock = is_stock(body, item.start, item.end) or crit == "population"
            if as_of and len(as_of) == 10 and stock:
                as_of = as_of[:4]             # "On 12 March, ... Spain's 40 million population": by the year
            elif as_of and as_of == article.date and (long_event or tallied) and not measure and \
                    _TOLL.match(crit or "") and dates_with_year(body, as_of):
                # "made landfall on 2 May 2008, ..., causing at least 138,373 fatalities": the event's day
                # in full dates the event; its toll, tallied over the days after, is known by the year
                as_of = as_of[:4]
            if as_of and article.date and len(as_of) == 7 and article.date.startswith(as_of) and not names_days(
                    body, article.date) and not month_in_it(body):
                as_of = article.date          # "the April 2015 earthquake" in an article of 25 April 2015
            elif as_of and article.date and len(as_of) == 4 and article.date.startswith(as_of) and (
                    measure or crit == "magnitude") and not long_event:
                as_of = article.date          # "magnitude 7.8, the largest of the year 2016": the event's day
            if as_of is None and paragraph_day and paragraph_day != article.date and not (
                    long_event or tallied or measure or to_now):
                as_of = paragraph_day
                checks.append("as_of (the day named before in the paragraph)")
            elif as_of is None and report_day and not to_now and goes_on_report(body):
                as_of = report_day            # "El 31 de marzo, el Indeci publicó un reporte. Este muestra 101"
                checks.append("as_of (the day of the report the sentence before dated)")
            if as_of is None and not long_event and past_tense is None:
                past_tense = told_in_past(body)            # once a sentence
            if as_of is None and not long_event and past_tense and not to_now:
                # "Twenty two died on Saturday. Amongst the fatalities were twelve staff": that day; a
                # measure of the event ("The earthquake occurred at a depth of 14 km"): the opening's day
                past_day = opening_day if measure else None if tallied or (
                    growing_toll and _TOLL.match(crit or "")) else paragraph_past_day
                if past_day:
                    as_of = past_day
                    checks.append("as_of (the day named before, told in the past tense)")
            if as_of is None and article.date:
                # an undated count: the article's day, or its year when the article is about
                # an event of weeks or months (a flood, a war: its counts are known by the year)
                # a measure of the event is of its day ("181 mm cayeron entre las 18 y las 21"), but a
                # storm's winds are of the weeks it lasted (Haiyan's "Highest winds: 230 km/h": the year)
                of_event = (measure or crit == "magnitude") and not (long_event and item.unit in _SPEEDS)
                as_of, why = undated(article.date, long_event, tallied, body, of_event,
                                     stock, span,
                                     bool(crit and crit.startswith("destroyed") and not _TOLL_WORDS.search(body)),
                                     to_now)
                checks.append(f"as_of ({why})")
            elif as_of is None:
                checks.append("as_of")
            value = item.text
            if grouped is not None:
                value = grouped[1]
                # the report reads the quote's figure as SPEC §4 does (1.62) and warns unquoted-value
                checks.append((f"value ({grouped[2]!r} read as thousands: the article writes thousands with a comma"
                               if thousands_comma else
                               f"value ({grouped[2]!r} read as thousands, a count of {item.counted!r}; the article "
                               f"also writes thousands with a period") +
                              "; the report warns unquoted-value on it: check the quote)")
            if item.qualifier in ("at-least", "more-than"):
                value = _OTHER.sub(" ", value)      # "al menos otras nueve" states "al menos nueve"
            proposal = Proposal(
                value=value, quote=body, lang=s_lang, claimant=claimant, population=pop,
                criterion=crit, place=place, as_of=as_of, stated_on=stated,
                start=sentence.start + item.start, checks=checks, unit=item.unit, counted=item.counted,
                city=place_code if place_code and is_city(place_code) else None)
            proposal.sentence = number
            if is_part and total is not None:
                proposal.part_of = total
                proposal.checks.append("part_of (a part of the total before it)")
                if sentence_date is None and out[total].as_of:
                    proposal.as_of = out[total].as_of
            elif not is_part:
                total_index = len(out)
            proposal.is_part = is_part
            out.append(proposal)
            in_sentence.append((item, proposal.population))
        named = [a.who for a in said if a.who]
        if named:
            last_named = named[-1]
        # who speaks in this sentence's quote, for a quote that goes on in the next sentence
        previous_speaker = named[-1] if named and any(q in body for q in _OPENING_QUOTES) else None
        # "On 2 May the ministry issued a report.": its day, for the next sentences that go on telling it
        # ("It lists 300 dead. It also lists 40 missing.")
        if sentence_date and len(sentence_date) == 10 and dates_a_report(body):
            report_day = sentence_date
        elif sentence_date or not goes_on_report(body):
            report_day = None
        seen_claimants.extend(who for who in named if not who.islower())
        named_before.extend(named)
        bodies.extend(_bodies_in(body))
    return out

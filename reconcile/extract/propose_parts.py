"""A figure that is a part of a total before it (its ``part_of``): a list of places, each with
its figure in brackets ("More than 500 crossed into Colombia ... Other points are Orinoquía
(46), Guajira (30)"). The part is in the place it is listed under, and counts what its total
counts, as its total's claimant states it.
"""
from __future__ import annotations

import re

from reconcile.errors import QuantityError
from reconcile.extract.fields import (PEOPLE_CRITERIA, PEOPLE_GROUPS, city_code, country_of, counts_things,
                                      criterion_of_word, is_people_of_place,
                                      names_what_befell, place_value, places_in, population)
from reconcile.extract.pop_groups import GROUPS
from reconcile.extract.places import city_land, division_named
from reconcile.extract.propose_place import AND_PLACED_PART, PART_BEFORE, gapped_part
from reconcile.extract.propose_population import OF_WHICH
from reconcile.extract.proposal import Line, Proposal
from reconcile.extract.scene import PART_NAME
from reconcile.model.names import is_iso_code, iso_place, iso_resolve
from reconcile.quantities.parse import parse_quantity
from reconcile.quantities.lexicon import fold_word
from reconcile.quantities.running import Found

__all__ = ["Part", "counts_places", "criterion_of_part", "is_bracketed_part", "names_its_total", "part_of",
           "proposal_code", "says_who_only", "take_from_total"]

_PART = re.compile(r"\s*\)")
_PART_NAME = re.compile(rf"{PART_NAME}\s*\(\s*$")
# "Other points ... are Orinoquía (46), Guajira (30)": a list that goes on from a part named before it
_OTHER_PARTS = re.compile(r"\W*(?:other|the\s+other|the\s+rest|otros|otras|los\s+otros|las\s+otras|"
                          r"los\s+dem[aá]s|las\s+dem[aá]s|el\s+resto)\b", re.I)

#: (is a part, the index of its total, its place, the place's code)
Part = tuple[bool, int | None, str | None, str | None]


def is_bracketed_part(line: Line, item: Found) -> bool:
    """Whether ``item`` is a number in brackets after a name: "Orinoquía (46)"."""
    return item.unit is None and _part_name(line.body, item) is not None


# a name and its figure set off by commas, in a ranked list after "followed by": "seguida de Haití, 300, y Ecuador, 200"
_COMMA_PART = re.compile(r"\s*(?:[,;.]|$)")
_COMMA_PART_NAME = re.compile(rf"{PART_NAME}\s*,\s*$")


def _part_name(body: str, item: Found) -> str | None:
    """The name a part stands under: "Orinoquía" in "Orinoquía (46)", "Haití" in "seguida de Haití, 300", or None."""
    if _PART.match(body, item.end):
        match = _PART_NAME.search(body, max(0, item.start - 60), item.start)
        return match.group(1) if match else None
    if not _COMMA_PART.match(body, item.end):
        return None
    match = _COMMA_PART_NAME.search(body, max(0, item.start - 60), item.start)
    if match is None or not _FOLLOWED_BY.search(body, max(0, match.start() - 80), match.start()):
        return None
    return match.group(1)


def _place_of_part(name: str, country: str | None) -> tuple[str, str] | None:
    """(code, name) of a part's name, also written without its article ("Guajira": La Guajira); a name
    of one of the country's divisions is that division ("Niger (51,719)" of Nigeria's states: NG-NI, not
    the country Niger; "Delta (37,017)": NG-DE)."""
    division = division_named(name, country) if country else None
    if division is not None:
        return division, name
    for candidate in (name, f"La {name}", f"El {name}", f"Los {name}", f"Las {name}"):
        found = places_in(candidate, country)
        if found and len(found[0][1].split()) >= len(candidate.split()) - (candidate != name):
            return found[0][0], name if candidate == name else candidate
    kind = _KIND_BEFORE.match(name)      # "Región del Bío Bío", "Provincia de Cotopaxi": the region the rest names
    if kind is not None:
        region = _place_of_part(name[kind.end():], country)
        if region is not None and "-" in region[0]:
            return region[0], name
    return None


_KIND_BEFORE = re.compile(r"(?:Regi[oó]n|Provincia|Departamento|Estado|Region|Province|Department|State)\s+"
                          r"(?:(?:de\s+la|de\s+los|de\s+las|del|de|of\s+the|of)\s+)?(?=[A-ZÁÉÍÓÚÑ])")


# what a count of the places a list names counts ("se concentran en cuatro municipios: Paiporta (45),
# ..."): not the total its parts break down
_PLACES_COUNTED = frozenset({"municipalities", "regions", "villages", "communities", "areas", "districts",
                             "departments", "provinces", "states", "countries", "cities", "towns", "neighbourhoods",
                             "counties"})


def counts_places(population) -> bool:
    """Whether a count is of places ("cuatro municipios"), which a list of places' figures does not
    break down."""
    return bool(_PLACES_COUNTED.intersection(population))


def _total_before(out: list[Proposal], sentence: int) -> int | None:
    """The total a list of parts breaks down: the nearest claim of the last sentences that is not
    a part itself nor a count of places, one counted over a whole country first."""
    recent = [k for k in range(len(out) - 1, -1, -1) if not out[k].is_part and sentence - out[k].sentence <= 5
              and not counts_places(out[k].population) and not out[k].each]
    wide = [k for k in recent if _a_country(out[k].place)]
    return (wide or recent)[0] if wide or recent else None


def _a_country(place: str | None) -> bool:
    """Whether a proposal's place is a country's code ("CO"), not a region's or a name."""
    return place is not None and len(place) == 2 and place.isupper()


def _counted_as_parts(out: list[Proposal], total: int) -> None:
    """"More than 500 crossed into Colombia. In Norte de Santander, 415 crossed. Other points are
    Orinoquía (46), ...": the counts between a country's total and a list of its *other* parts,
    of the total's population, each in a place inside the total's country, are parts too."""
    head = out[total]
    country = head.place if _a_country(head.place) else None
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


# a word of inclusion right before a part: PART_BEFORE's, the abbreviation "incl.", "de las cuales"
_INCLUDED = re.compile(r"(?:\bincl\.|\b(?:de\s+las\s+cuales|de\s+quienes|de\s+(?:los|las)\s+que|"
                       r"entre\s+(?:los|las)\s+que|among\s+whom)"
                       r"(?:\s+(?:unos|unas|some|about))?)\s*$|" + PART_BEFORE.pattern, re.I)
# what joins a second part to the first: "including 12 children and 3 teachers", "entre ellos 12
# niños y 3 maestros", "among them 5 police officers, 2 firefighters"
_AND_PART = re.compile(r"(?:\s+(?!(?:in|at|on|from|to|en|de|del|desde|a)\b)[^\W\d_]+){0,3}\s*"
                       r"(?:,\s*(?:and|y|e)|,|\band|\by|\be)\s+"
                       r"(?:(?:some|about|around|unos|unas)\s+)?", re.I)
# a clause of its own after a figure: "and 2,000 people were displaced", "y 300 quedaron sin casa"
_OWN_CLAUSE = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s+(?:were|was|are|is|have|has|had|died|fled|lost|remain\w*|"
                         r"fueron|fue|son|están|estaban|quedaron|resultaron|han|habían|murieron|huyeron|perdieron)\b",
                         re.I)


# a bracket that opens right after a total and its noun (and its note marks): "64 people[7][8] (", "1.099 mineros ("
_BRACKET_AFTER_TOTAL = re.compile(r"(?:\s+[^\W\d_]+){0,2}(?:\s*\[[^\]\s]{1,12}\])*\s*\(\s*"
                                  r"(?:(?:some|about|around|nearly|unos|unas|cerca\s+de)\s+)?", re.I)
# what lies between two parts of one bracket: no figure, no bracket ("26 on site, 38")
_IN_ONE_BRACKET = re.compile(r"[^\d()\[\]]{0,40}?(?:,|\band\b|\by\b|\be\b)\s*"
                             r"(?:(?:some|about|around|unos|unas)\s+)?", re.I)
_OPEN_BRACKET = re.compile(r"\([^()]*$")
# a bracket that gives another figure for the whole, not a part: "30 people (20 according to the police)", "(up from
# 250)", "(otras fuentes hablan de 50)"
_ANOTHER_FIGURE = re.compile(r"\b(?:according|seg[uú]n|per|said|dijo|estimat\w*|estim\w+|claim\w*|sources?|fuentes?|"
                             r"figures?|cifras?|official\w*|oficial\w*|up|down|from|desde|than|que|or|o|to|a|hasta)\b",
                             re.I)
# the groups a toll is broken down into by apposition: "46 migrants drowned, 37 men and 9 women"
_GROUPS = frozenset("men women children boys girls minors adults hombres mujeres ninos ninas menores adultos".split())
# the groups a count of a kind of people can be broken down into men, women and children (not "11 fighters, 4
# children and 2 women": more victims, not the fighters)
_BROKEN_DOWN = frozenset({"people", "migrants", "passengers", "bodies", "survivors", "refugees", "hostages",
                          "victims", "occupants", "pilgrims", "displaced"})
# a group with nothing of its own after it: "37 men and 9 women," (not "37 children were injured", "5 children in
# Oklahoma")
_BARE_GROUP = re.compile(r"(?:\s+[^\W\d_]+)?\s*(?:,|;|\.|\)|\band\b|\by\b|\be\b|$)")
# a comma after the total's clause, before its first group: "46 migrants had drowned, 37 men"
_APPOSED = re.compile(r"[^\d,;:.()]{0,40},\s*(?:(?:some|about|around|unos|unas)\s+)?")


def _total_of_sentence(line: Line, item: Found, out: list[Proposal]) -> int | None:
    """The last figure of this sentence a part can be of (a part too: "78 of the injured remained in hospital, four
    of them in a critical condition": the 78): not a measure, no smaller than the part; not a count of places
    for a part that names what it counts ("2.400 casos sospechosos en 7 distritos del país, incluidos 150 casos
    confirmados": the 2.400; "affected 12 districts, including 4 in the capital": the 12)."""
    own = population(item.counted, "", line.lang) if item.counted else []
    for k in range(len(out) - 1, -1, -1):
        if out[k].sentence != line.number:
            return None
        if out[k].unit is None and _fits_in(item, out[k]) and not (
                own and not counts_places(own) and counts_places(out[k].population)):
            return k
    return None


_OF_PEOPLE = PEOPLE_GROUPS | frozenset(GROUPS.values())
_OF_THE_DEAD = _OF_PEOPLE | {"bodies"}


def _of_people(proposal: Proposal) -> bool:
    """Whether a proposal counts people (its population a group of people or bodies, or none and a criterion of
    people)."""
    return bool(set(proposal.population) & _OF_THE_DEAD) or (
        not proposal.population and proposal.criterion in PEOPLE_CRITERIA)


# a verb of a part's own after it: "y 300 personas marcharon", "and 300 people marched"
_VERB_OF_ITS_OWN = re.compile(r"(?:\s+[^\W\d_]+)?\s+(?:[a-záéíóúñ]+(?:aron|ieron)|[a-z]+ed)\b")
# a total's noun, then a colon that opens the list of its parts by who they are: "50 lesionados: 24 civiles"
_COLON_THEN = re.compile(r"(?:\s+[^\W\d_]+){0,2}\s*:\s*(?:(?:some|about|around|unos|unas)\s+)?", re.I)


def _things_of_people(item: Found, lang: str, total: Proposal) -> bool:
    """Whether ``item`` counts things and its total people ("12 muertos, entre ellos 4 niños, y 40 viviendas")."""
    return bool(item.counted) and bool(set(total.population) & _OF_PEOPLE) and counts_things(
        population(item.counted, "", lang))


# a sentence that opens with the set its parts are of, then the first part after a comma (and who tells it): "Of the 42
# dead, 41 were civilians", "De los 317 decesos registrados entre el 18 de abril y el 30 de julio, la CIDH explicó que
# 21 son policías"
_OPENS_A_SET = re.compile(r"\s*(?:of|out\s+of|de|entre)\s+(?:the|these|those|los|las|estos|estas)\s+", re.I)
_SET_THEN = re.compile(r"[^;:()]{0,100}?,\s*(?:[^,;:()]{0,60}\s(?:que|that)\s+)?")


# a second part whose verb is left out, the first's preposition kept: "41 corresponden a civiles y una más a un agente",
# "40 went to hospitals and 2 more to clinics"
# ("120 fueron de niños, y 80 de adultos mayores": whose they were, "de")
_VERB_AND_ITS_PREP = re.compile(r"\s+[^\W\d_]+\s+(a|al|to|en|in|as|como|para|for|de|of)\s+(?:[^\W\d_]+\s+){0,3}?"
                                r"[^\W\d_]+\s*,?\s+(?:y|e|and)\s+", re.I)
_THE_PREP_AGAIN = re.compile(r"\s+(?:(?:m[aá]s|more)\s+)?(a|al|to|en|in|as|como|para|for|de|of)\b", re.I)


def _gapped_like(body: str, last_end: int, item: Found) -> bool:
    """Whether ``item`` is a part of the same shape as the part before it, its verb left out: the first part's verb
    and preposition, then "and", the figure and the same preposition."""
    first, again = _VERB_AND_ITS_PREP.fullmatch(body, last_end, item.start), _THE_PREP_AGAIN.match(body, item.end)
    return first is not None and again is not None and \
        first.group(1).lower().replace("al", "a") == again.group(1).lower().replace("al", "a")


# between two parts of a breakdown by what is not a place: each bare figure with its own short phrase, a month or an
# origin ("200 en enero, 250 en febrero y 150 en marzo", "500 from Venezuela, 300 from Haiti and 200 from Ecuador")
_QUALIFIED_NEXT = re.compile(r"\s+(?:in|en|from|de|desde)\s+(?:(?:the|la|el|los|las)\s+)?"
                             r"[^\W\d_]+(?:\s+[^\W\d_]+){0,2}?\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)", re.I)
# between a total and the first part of a list that a colon opens: "600 haitianos entre enero y marzo: 200 en enero"
_COLON_LIST = re.compile(r"[^\d;:()]{0,60}:\s*")


def _sums_to(line: Line, item: Found, total: Proposal) -> bool:
    """Whether ``item`` opens a list of bare figures, each with its own phrase (``_QUALIFIED_NEXT``), that adds up
    exactly to ``total``: a breakdown stated as one ("600 haitianos entre enero y marzo: 200 en enero, 250 en febrero
    y 150 en marzo"), not a list of figures side by side."""
    parts, at = [item], item.end
    while True:
        joined = _QUALIFIED_NEXT.match(line.body, at)
        following = next((f for f in line.found if joined is not None and f.start == joined.end()), None)
        if following is None or following.counted is not None or following.unit is not None:
            break
        parts.append(following)
        at = following.end
    lows = [part.lower for part in parts]
    low, high = _bounds(total)
    return len(parts) >= 2 and None not in lows and low is not None and low == high == sum(lows)  # type: ignore[arg-type]


def _included_in(line: Line, item: Found, out: list[Proposal], crit: str | None) -> int | None:
    """The total of this sentence a part that a word of inclusion opens belongs to ("killed 85
    people, including 12 children", "murieron 85 personas, entre ellas 12 niños", "Deaths: 85
    (incl. 12 children)", "of whom 40 were soldiers"; GUIDE.md's part_of), and the parts listed
    after the first ("including 12 children and 3 teachers"); None for any other figure."""
    if not out or not line.counted or out[-1].sentence != line.number or item.unit is not None:
        return None
    last, (last_item, _) = out[-1], line.counted[-1]
    marked = bool(_INCLUDED.search(line.body, max(0, item.start - 30), item.start)
                  or OF_WHICH.match(line.body, item.end))
    if last.is_part and not marked and last.part_of is not None and _IN_ONE_BRACKET.fullmatch(
            line.body, last_item.end, item.start) and _OPEN_BRACKET.search(line.body, 0, last_item.start):
        return last.part_of   # "64 people (26 on site, 38 in hospitals)": the next part in the same brackets
    if last.is_part and not marked:   # a second part: "..., including 12 children and 3 teachers"
        # ("5 en la Región de Antofagasta y 15 en la Región de Atacama": each part with its place)
        placed = (AND_PLACED_PART.fullmatch(line.body, last_item.end, item.start)
                  or _QUALIFIED_NEXT.fullmatch(line.body, last_item.end, item.start)) and item.counted is None
        # what the part's own noun counts by ("40 heridos": injured), or its own verb ("y 300 personas marcharon");
        # else the first part's verb goes on ("146 fueron concentraciones, 54 marchas y 18 movilizaciones"), whatever
        # word is nearest the others
        own = criterion_of_word(item.counted) if item.counted else None
        if own is None and (item.counted is None or _VERB_OF_ITS_OWN.match(line.body, item.end)):
            own = crit
        if last.part_of is None or not (_AND_PART.fullmatch(line.body, last_item.end, item.start) or placed
                                        or _gapped_like(line.body, last_item.end, item)) or \
                _OWN_CLAUSE.match(line.body, item.end) and not _OWN_CLAUSE.match(line.body, last_item.end) or \
                own is not None and own != out[last.part_of].criterion and not placed or \
                _things_of_people(item, line.lang, out[last.part_of]):
            return None       # not "12 muertos, entre ellos 4 niños, 40 heridos y 300 damnificados"
        return last.part_of
    if last.unit is None and item.counted is not None and _of_people(last) and _fits_in(item, last) and \
            _COLON_THEN.fullmatch(line.body, last_item.end, item.start) and \
            set(population(item.counted, "", line.lang)) <= _OF_PEOPLE:
        return len(out) - 1   # "se reportaron 50 lesionados: 24 civiles y 26 policías", "40 dead: 30 soldiers and ..."
    if last.unit is None and item.counted is not None and fold_word(item.counted) in _GROUPS and \
            set(last.population) <= _BROKEN_DOWN and last.population and \
            _APPOSED.fullmatch(line.body, last_item.end, item.start) and _BARE_GROUP.match(line.body, item.end) \
            and _fits_in(item, last):
        return len(out) - 1   # "46 migrants had drowned, 37 men and 9 women" (not "37 children were injured")
    if last.unit is None and item.unit is None and _OPENS_A_SET.fullmatch(line.body, 0, last_item.start) and \
            _SET_THEN.fullmatch(line.body, last_item.end, item.start) and _fits_in(item, last) and \
            crit in (None, last.criterion):   # (not "Of the 3,000 cases of cholera, 120 were fatal": dead, no case)
        return len(out) - 1   # "Of the 42 dead, 41 were civilians", "De los 317 decesos registrados ..., 21 son"
    if marked:
        return _total_of_sentence(line, item, out)
    if last.unit is None and item.unit is None and item.counted is None and \
            _COLON_LIST.fullmatch(line.body, last_item.end, item.start) and _sums_to(line, item, last):
        return len(out) - 1   # "600 haitianos entre enero y marzo: 200 en enero, 250 en febrero y 150 en marzo"
    close = line.body.find(")", item.end)
    if last.unit is None and item.unit is None and close > 0 and \
            _BRACKET_AFTER_TOTAL.fullmatch(line.body, last_item.end, item.start) and _fits_in(item, last) and \
            _of_people(last) and not _ANOTHER_FIGURE.search(line.body, item.end, close):
        return len(out) - 1   # "killed 64 people[7] (26 on site, 38 in hospitals)": a breakdown in brackets
    if last.unit is None and _list_after_its_clause(line, last_item, item, last):
        return len(out) - 1   # "More than 200 people were injured, Xinhua said, 96 in Gansu and 124 in Qinghai"
    if last.unit is not None or not (item.counted is None and gapped_part(line.body, item.start, item.end)
                                     and last_item.end < item.start <= last_item.end + 40 and _fits_in(item, last)):
        return None           # (and no part larger than its total: "Some 20 were injured, Xinhua said, 96 in Gansu")
    if _placed_beside(line, last_item, item):
        return None           # "331: en Ciudad de México hay 192 fallecidos, 74 en Morelos": the 192 is one of the list
    return len(out) - 1


# what lies between a total's clause and the list of its parts by place: words and asides, no figure, then a comma
# ("More than 200 people were injured, Xinhua said, 96 in Gansu": not "40 people in Chad; 12 in Niger")
_THEN_ITS_LIST = re.compile(r"[^\d;:()]{0,80},\s*")
# between a part and its place: "96 in Gansu", "5 en la sureña Baluchistán", "12 in the province of Sichuan"
_IN_PLACE = re.compile(r"\s+(?:in|en)\s+(?:(?:the|la|el|los|las)\s+)?(?:[^\W\d_]+\s+){0,3}?", re.I)


def _list_after_its_clause(line: Line, head: Found, item: Found, total: Proposal) -> bool:
    """Whether ``item`` opens a list of bare figures by place that breaks down the figure ``head`` before it, its
    clause over: "More than 200 people were injured, Xinhua said, 96 in Gansu and 124 in Qinghai", "murieron 70
    personas, según el ministerio, 40 en Oaxaca y 30 en Chiapas". The list has two parts or more, each in a place of
    its own, their sum no larger than the total; the places the total's clause names, if any, hold each part's
    ("in China": Gansu and Qinghai; "across Mozambique, Zimbabwe and Malawi": each country), so that the first of
    several places side by side is no total ("40 people died in Chad, 12 in Niger and 5 in Mali", "12 muertos en
    Chile, 9 en Atacama, dos en Coquimbo": the 9)."""
    body = line.body
    if item.counted is not None or item.unit is not None or not _THEN_ITS_LIST.fullmatch(body, head.end, item.start):
        return False
    parts, at = [item], item.end
    while True:
        joined = AND_PLACED_PART.match(body, at)
        following = next((f for f in line.found if joined is not None and f.start == joined.end()), None)
        if following is None or following.counted is not None or following.unit is not None:
            break
        parts.append(following)
        at = following.end
    codes = []
    for part in parts:
        named = next((code for code, _, at in line.places
                      if part.end < at < part.end + 40 and _IN_PLACE.fullmatch(body, part.end, at)), None)
        if named is None:
            return False
        codes.append(city_land(named) or named)
    if len(parts) < 2 or len(set(codes)) < len(codes) or not _adds_up([part.lower for part in parts], total):
        return False
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(body, 0, head.start)]
    own = [city_land(code) or code for code, name, start in line.places
           if (breaks[-1] if breaks else 0) <= start and start + len(name) <= item.start]
    return not own or all(any(_within(code, place) or len(own) > 1 and code == place for place in own)
                          for code in codes)


# where the clause of a figure opens: after a colon, a semicolon, a comma between words (not "1,200"), or at the start
_CLAUSE_BREAK = re.compile(r"[:;]|,(?!\d)")


def _placed_beside(line: Line, head: Found, item: Found) -> bool:
    """Whether the figure before a list of parts by place is the list's first item, not its total: its own clause
    names a division before it, and the part's division lies neither in it nor around it ("en Ciudad de México hay
    192 fallecidos, 74 en Morelos": two states side by side, where "se informaba de 20 fallecidos, 5 en la Región de
    Antofagasta" names no place of the 20, and "en Chile hubo 20 fallecidos, 5 en Antofagasta" names the one that
    holds the 5)."""
    breaks = [m.end() for m in _CLAUSE_BREAK.finditer(line.body, 0, head.start)]
    opens = breaks[-1] if breaks else 0
    own = [code for code, name, at in line.places if opens <= at and at + len(name) <= head.start]
    theirs = [code for code, _, at in line.places if at >= item.end]
    if not own or not theirs:
        return False
    first, second = (city_land(code) or code for code in (own[-1], theirs[0]))
    return all("-" in code and is_iso_code(code) for code in (first, second)) and first != second and \
        not _within(second, first) and not _within(first, second)


# a sentence that opens with the set its figures are of: "De ellos, 12 eran bomberos", "Of them, 20 were children",
# and with how much of it: "Most of them, 415, crossed in Norte de Santander", "La mayoría de ellos (415)"
_OF_THEM_OPENS = re.compile(r"\s*(?:(?:most|the\s+majority|almost\s+all|nearly\s+all|la\s+mayor[ií]a|casi\s+tod[oa]s)"
                            r"\s+)?(?:de\s+ell[oa]s|de\s+est[oa]s|entre\s+ell[oa]s|of\s+(?:them|those|these)|"
                            r"among\s+them)\s*[,(]?\s*(?:(?:some|about|around|unos|unas)\s+)?$", re.I)
# a figure of a set a toll named before: "20 of the victims died", "Diez de las víctimas murieron", "78 of the
# injured remained in hospital"
_OF_THE_SET_AFTER = re.compile(r"\s+(?:of\s+the|de\s+(?:los|las))\s+(?:[\d.,]*\d\s+)?([^\W\d_]+)\b", re.I)
_VICTIMS = frozenset({"victims", "victimas", "dead", "deceased", "fallecidos", "muertos", "fallecidas", "muertas"})
# a sentence that opens with the set a toll named, by its word: "Of the deaths, 17,000 were in Kashmir", "Of those
# killed, 20 were children", "Among the dead were 12 children", "De los fallecidos, 12 eran niños" (its total may be
# a few sentences before: the word says which)
_OF_THE_SET_OPENS = re.compile(r"\s*(?:of|among|amongst|de|entre)\s+(?:the|those|these|los|las|estos|estas)\s+"
                               r"(?:[\d.,]+\s+)?([^\W\d_]+)\s*(?:,|\s(?:were|are|was|is|eran|son|fueron|figuran|hay|"
                               r"hab[ií]a))\s*(?:(?:some|about|around|unos|unas)\s+)?$", re.I)


# the set a toll named, the subject of a verb that says who its members were, before the first of them: "The dead
# were identified as 30 men", "the fatalities included 44 children", "Los fallecidos fueron identificados como 30
# hombres", "las víctimas eran 12 niños"
_THE_SET_WAS = re.compile(r"\b(?:the|those|these|los|las|estos|estas)\s+([^\W\d_]+)\s+(?:included|include|were|"
                          r"comprised|incluyen|inclu[ií]an|incluyeron|fueron|eran|son)(?:\s+(?:identified|listed|"
                          r"identificad[oa]s|registrad[oa]s))?(?:\s+(?:as|como))?\s+(?:(?:some|about|unos|unas)\s+)?$",
                          re.I)


def names_its_total(line: Line, item: Found, total: Proposal) -> bool:
    """Whether a part names its total's figure ("The ministry said four of the 33 dead were civilians": the 33 another
    source stated, which this claimant breaks down)."""
    named = _OF_THE_SET_AFTER.match(line.body, item.end)
    figure = re.sub(r"\D", "", named.group()) if named is not None else ""
    return bool(figure) and figure == re.sub(r"\D", "", total.value)


def lists_the_set_told_before(line: Line, item: Found, total: Proposal) -> bool:
    """Whether ``item`` is one of a list of who the set a toll of an earlier sentence named were ("The dead were
    identified as 30 men", "Amongst the fatalities were twelve aid workers"): a part whose sentence tells it itself,
    its claimant whoever tells that sentence, the outlet when no one does (GUIDE: narration is the publication's)."""
    if total.sentence == line.number:
        return False
    # the first of the list or one after it: "... identified as 30 men, 12 children and 7 others": all three
    starts = [item.start] + [figure.start for figure, _ in line.counted if figure.start < item.start]
    return any(_THE_SET_WAS.search(line.body, max(0, start - 80), start) is not None for start in starts)


def _of_a_set_told_before(line: Line, item: Found, out: list[Proposal], claimant: str | None = None,
                          crit: str | None = None) -> int | None:
    """The total of an earlier sentence a figure is a part of: one the sentence opens with "De ellos,"
    ("El incendio dejó 45 muertos. De ellos, 12 eran bomberos": the 45), or one of the set a toll named
    ("The fire killed 30 people. 20 of the victims died on the top floor": the 30; "78 of the injured":
    the injured; "Of the deaths, 17,000 were in Kashmir": ``_of_the_set_opening``). The total is of the last three
    sentences and no smaller than the part, a part too ("Thirteen of the deaths are in Tennessee ... Nine of the deaths
    were in buildings": the 13), but not after "Of them,"."""
    if item.unit is not None or not out:
        return None
    opening = _of_the_set_opening(line, item, out, claimant)
    if opening is not None:
        return opening
    if _OF_THAT_TOTAL.match(line.body):
        return _that_total(line, item, out, crit, claimant)
    recent = [k for k in range(len(out) - 1, -1, -1) if 0 < line.number - out[k].sentence <= 3
              and out[k].unit is None and not counts_places(out[k].population) and _fits_in(item, out[k])]
    if not recent:
        return None
    if _OF_THEM_OPENS.fullmatch(line.body, 0, item.start):
        recent = [k for k in recent if not out[k].is_part]
        # of the sentence before, and of people when the part counts people ("The fire killed 45 people and
        # destroyed 300 homes. Of them, 12 were children": the 45)
        before = [k for k in recent if out[k].sentence == line.number - 1]
        people = [k for k in before if _of_people(out[k])]
        who = _WHO_THEY_WERE.match(line.body, item.end)
        own = population(who.group(1), "", line.lang) if who else []
        same = [k for k in before if own and set(own) & set(out[k].population)]
        if who is not None and not set(own) & _OF_PEOPLE and (same or people and len(people) < len(before)):
            # "Police arrested 300 people and seized 200 weapons. Of these, 50 were weapons": of the weapons; of
            # "..., 50 were rifles" or "..., 15 were toddlers" the words do not say which: none
            chosen = same
        else:
            chosen = people or before if item.counted is None or people else before
        return chosen[0] if chosen else None
    listed = _THE_SET_WAS.search(line.body, max(0, item.start - 80), item.start)
    if listed is not None and item.counted is not None and set(population(item.counted, "", line.lang)) - {"people"}:
        # the set a toll named, then who its members were: "49 civilians died. The dead were identified as 30 men,
        # 12 children and 7 unidentified children", "the fatalities included 44 children" (its toll's claimant's)
        wanted = _set_wanted(fold_word(listed.group(1)))
        return next((k for k in recent if wanted is not None and not out[k].is_part and out[k].criterion == wanted
                     and claimant in (None, out[k].claimant)), None)
    named = _OF_THE_SET_AFTER.match(line.body, item.end)
    if named is None or line.body[named.end():named.end() + 1] in ("'", "’"):
        return None           # not "40 of the victims' relatives"
    noun = fold_word(named.group(1))
    if noun.startswith("victim") and any(out[k].criterion == "injured" for k in recent):
        return None           # victims are the dead where no count of injured is as near ("killed 45 and injured
        # 60. 30 of the victims were treated": which, the sentence does not say)
    wanted = _set_wanted(noun)
    if wanted is None:
        return None
    # a part is a total only of a part of the same set ("Thirteen of the deaths ... Nine of the deaths"), not of
    # one of a kind ("48 people, 46 of whom were activists ... 42 of the victims": of the 48)
    return next((k for k in recent if out[k].criterion == wanted and (
        not out[k].is_part or _set_named(out[k]) == noun)), None)


# a sentence that opens with the total the sentence before gave, by a word for a total: "Of that total, 4,000 were
# children", "De ese total, 21.135 son niños", "De ese recuento, Punjab registró 43 muertos"
_OF_THAT_TOTAL = re.compile(r"\s*(?:of|from|out\s+of)\s+(?:that|this|the|which)\s+(?:total|number|figure|count|tally|"
                            r"toll)\b|\s*(?:de|del)\s+(?:es[ea]|est[ea]|dich[oa]|aquel(?:la)?|el|la)\s+(?:total|recuento|"
                            r"n[uú]mero|cifra|balance|c[oó]mputo|saldo)\b|\s*del\s+total\b(?!\s+de)", re.I)


def _that_total(line: Line, item: Found, out: list[Proposal], crit: str | None, claimant: str | None) -> int | None:
    """The total a sentence that opens with "Of that total" breaks down: a figure of the sentence before (or the
    one before it, when that one has none), no part itself, of the figure's criterion when it says one (else the only
    such figure there: "X killed 45 and injured 60. Of that total, 12 were children" says not which), no smaller than
    the parts of it the sentence gives so far and this one, and stated by the figure's claimant when the figure names
    one (a breakdown is its total's source's: "Del total, 8.500 eran menores, según Unicef" is Unicef's own count)."""
    for back in (1, 2):
        told = [k for k in range(len(out)) if out[k].sentence == line.number - back and not out[k].is_part
                and out[k].unit is None and not counts_places(out[k].population) and not out[k].each]
        if told:
            break
    told = [k for k in told if _fits_in(item, out[k])]    # not "este 2023" of "De ese total 21 mil 135"
    chosen = [k for k in told if out[k].criterion == crit] if crit else told
    if len(chosen) != 1:
        return None
    total = chosen[0]
    if claimant is not None and out[total].claimant != claimant:
        return None
    low = item.lower if item.lower is not None else item.upper
    return total if _adds_up([_bounds(p)[0] for p in out if p.part_of == total] + [low], out[total]) else None


def _set_wanted(noun: str) -> str | None:
    """The criterion of the set a word names ("the deaths", "the victims", "those killed": dead)."""
    return "dead" if noun in _VICTIMS else criterion_of_word(noun)


def _of_the_set_opening(line: Line, item: Found, out: list[Proposal], claimant: str | None) -> int | None:
    """The total a sentence that opens with its set's word breaks down ("X said 19,000 people died. Of the deaths,
    17,000 were reported in Kashmir, he said": the 19,000): of the last five sentences, no part, no smaller than the
    part, of the criterion the word names, and its claimant's (a breakdown is its total's source's: a passive that
    names no one is no part of a minister's total)."""
    opens = _OF_THE_SET_OPENS.fullmatch(line.body, 0, item.start)
    wanted = _set_wanted(fold_word(opens.group(1))) if opens is not None else None
    if opens is None or wanted is None:
        return None
    # a part that names no one is its total's when it names the total's figure ("La comisión registra 317 muertos. De
    # los 317 decesos, 21 son policías": the commission's), not when it names only the set
    named = re.sub(r"\D", "", opens.group())
    return next((k for k in range(len(out) - 1, -1, -1) if 0 < line.number - out[k].sentence <= 5
                 and out[k].unit is None and not out[k].is_part and out[k].criterion == wanted
                 and (out[k].claimant == claimant or claimant is None and bool(named)
                      and named == re.sub(r"\D", "", out[k].value))
                 and _fits_in(item, out[k])), None)


def _set_named(proposal: Proposal) -> str | None:
    """The set a part names after its figure ("Thirteen of the deaths": "deaths"), folded, or None."""
    named = _OF_THE_SET_AFTER.match(proposal.quote, _end_of(proposal))
    return fold_word(named.group(1)) if named is not None else None


def _end_of(proposal: Proposal) -> int:
    """Where a proposal's figure ends in its quote (its value as the quote writes it), or 0."""
    at = proposal.quote.find(proposal.value)
    return at + len(proposal.value) if at >= 0 else 0


# a line that opens with a place's name and gives its figure: "Italy: ~20,000", "Haiti 9,794 dead
# (28 December 2017)", "España: 12.963" (the name, then a colon or nothing, then the figure)
_PLACE_LINE = re.compile(r"\s*([A-ZÁÉÍÓÚÑ][^\W\d_]*(?:[ -](?:of|and|de|del|la|y|[A-ZÁÉÍÓÚÑ][^\W\d_]*)){0,3})"
                         r"\s*:?\s*(?:[~≈]|c\.\s*|ca\.\s*)?$")
# a total's line: a label, a colon, its figure ("Deaths: 72,000", "Casualties: 10,300 dead (all countries)")
_TOTAL_LINE = re.compile(r"\s*[A-ZÁÉÍÓÚÑ][^\W\d_]*(?:[ .()/-]+[^\W\d_]+){0,3}\.?\s*:\s*(?:[~≈]|about|over|more\s+than|"
                         r"at\s+least|m[aá]s\s+de|al\s+menos|unos|unas|cerca\s+de|\+)?\s*\d")


_LISTED = "part_of (a line of the list under its total's line)"


def _fits_in(item: Found, head: Proposal) -> bool:
    """Whether a part's figure is no larger than its total's ("Italy: ~20,000" of 72,000)."""
    try:
        total = parse_quantity(head.value, head.lang)
    except QuantityError:
        return False
    low = item.lower if item.lower is not None else item.upper
    # a total with no upper bound ("más de 60 países") holds any part
    return low is not None and (total.upper is None and total.lower is not None or
                                total.upper is not None and low <= total.upper)


def _listed_under(line: Line, item: Found, out: list[Proposal], where: tuple[str, str] | None,
                  crit: str | None) -> Part | None:
    """A line of a list under its total's line ("Deaths: 72,000" then "Italy: ~20,000", "France:
    14,802-19,000"; "Casualties: 10,300 dead (all countries)" then "Haiti 9,794 dead"): the place
    that opens it holds a part of the total of the line before the list. The list is read line by
    line, each a sentence of its own right after the one before."""
    if not out or out[-1].sentence != line.number - 1 or "\n" in line.body.strip():
        return None
    if item.unit is not None and not (len(item.unit) == 3 and item.unit.isupper()):
        return None           # a measure ("Boston: 24 inches" under "Snowfall: 30 inches") adds up to nothing
    label = _PLACE_LINE.fullmatch(line.body, 0, item.start)
    if label is None:
        return None
    previous = out[-1]
    total = previous.part_of if previous.is_part and previous.part_of is not None and \
        _LISTED in previous.checks else len(out) - 1
    head = out[total]
    # the total's line ("Deaths: 72,000"), or a country's count the line's own count goes on from ("La ONEMI
    # informó que la cifra de muertos subió a 723." then "Región del Maule: 544 muertos.")
    by_country = crit is not None and crit == head.criterion and _a_country(head.place)
    if head.is_part or head.unit != item.unit or not (head is previous or previous.part_of == total) or \
            not (_TOTAL_LINE.match(head.quote) or by_country) or not _fits_in(item, head):
        return None
    head_label = re.match(r"\s*([^\d:]+):", head.quote)
    if head_label is not None and _place_of_part(head_label.group(1).strip(), None) is not None:
        return None           # "Perú: 150 heridos" is a place's line, no total of the lines after it
    if (item.counted is not None or crit is not None) and crit != head.criterion:
        return None           # "Niger 40 cases", "Haiti: 3,000 homes destroyed" under "Deaths: 300": other counts
    country = country_of(where[0]) if where else None
    found = _place_of_part(label.group(1), country) or _place_of_part(label.group(1), None)
    if found is None or by_country and not _TOTAL_LINE.match(head.quote) and (
            "-" not in found[0] or country_of(found[0]) != head.place):
        return None           # a region of the country ("The storm killed 72 people.\nPoland: 30" is no part)
    return True, total, place_value(*found), found[0]


def part_of(line: Line, item: Found, out: list[Proposal], where: tuple[str, str] | None,
            checks: list[str], crit: str | None = None, claimant: str | None = None) -> Part:
    """Whether ``item`` is a part ("Orinoquía (46)": a name, then the number alone in brackets,
    not "(US$15.3 billion)"), the total it is a part of, and the place it is listed under."""
    body = line.body
    part_name = _part_name(body, item) if item.unit is None else None
    if part_name is None:
        listed = _listed_under(line, item, out, where, crit)
        if listed is not None:
            checks.append(_LISTED)
            return listed
        total = _included_in(line, item, out, crit)
        if total is None:
            total = _of_a_set_told_before(line, item, out, claimant, crit)
        return (True, total, None, None) if total is not None else (False, None, None, None)
    total = line.total_index if line.total_index is not None else _total_before(out, line.number)
    if total is not None and _listed_beside(line, out[total], item):
        total = None          # "Chichaoua (91 fallecidos), Ouarzazate (31)": two provinces of one list, side by side
    if line.total_index is None and total is not None and _OTHER_PARTS.match(body):
        _counted_as_parts(out, total)
    if total is not None and not out[total].is_part:
        total = _first_of_list(line, item, out, total)
        if line.total_index is not None:
            line.total_index = total
    place = place_code = None
    found_place = _place_of_part(part_name, country_of(where[0]) if where else None) \
        if not is_people_of_place(part_name) else None
    if found_place is None and is_people_of_place(part_name):
        # a people ("Haitians (28,610)", "venezolanos (300)"): a group of the total's people, counted where the
        # total is, not a region to declare
        place = out[total].place if total is not None else None
    elif found_place and total is not None and out[total].place and found_place[0] == country_of(found_place[0]) \
            and country_of(proposal_code(out[total]) or found_place[0]) != found_place[0]:
        # a country under a total counted in another ("llegaron a Darién ..., seguida de Haití, 250"): where the
        # people came from, a breakdown by nationality; the part is counted where its total is (N6 D4)
        place = out[total].place
    elif found_place:
        place, place_code = place_value(*found_place), found_place[0]
    elif where and part_name.split()[-1][:1].isupper():
        # a region reconcile does not know ("Orinoquía"): declared in the draft
        # _places.yaml inside the article's country, for the reviewer to check
        place, place_code = part_name, city_code(country_of(where[0]), part_name)
        checks.append(f"place ({part_name!r}: a region declared in _places.yaml inside "
                      f"{country_of(where[0])}; check it)")
    elif total is not None:
        place = out[total].place
    return True, total, place, place_code


def _listed_beside(line: Line, head: Proposal, item: Found) -> bool:
    """Whether ``head`` is a member of the list the part ``item`` is in, not its total: its figure stands in brackets
    after a name of its own, as the part's does, in the same sentence, with no colon that opens the list after it
    ("seguida de Taroudant (271 víctimas mortales), Chichaoua (91 fallecidos), Ouarzazate (31)": the 91 is
    Chichaoua's; not "Colombia (500 people): Norte de Santander (415)")."""
    at = head.start - line.sentence.start
    return head.sentence == line.number and 0 <= at < item.start and _PART_NAME.search(
        line.body, max(0, at - 60), at) is not None and ":" not in line.body[at:item.start]


# between the first member of a ranked list and the rest: "with Venezuelans the most numerous with 55,589, followed
# by Haitians (28,610)", "encabezados por Venezuela con 300, seguidos de Haití (120)"
_FOLLOWED_BY = re.compile(r"\b(?:followed\s+by|then|seguid[oa]s?\s+(?:por|de)|y\s+luego)\b", re.I)


def _first_of_list(line: Line, item: Found, out: list[Proposal], total: int) -> int:
    """The total of a list whose first member the sentence states before "followed by" ("a total of 127,687,
    with Venezuelans the most numerous with 55,589, followed by Haitians (28,610)"): the figure before that
    first member, which is made a part of it too; ``total`` otherwise."""
    first = out[total]
    start = line.sentence.start
    if first.sentence != line.number or not _FOLLOWED_BY.search(line.body, first.start - start, item.start):
        return total
    earlier = next((k for k in range(total - 1, -1, -1) if out[k].sentence == line.number and not out[k].is_part
                    and not counts_places(out[k].population)), None)
    if earlier is None or not _fits_in(item, out[earlier]):
        return total
    try:
        whole, part = parse_quantity(out[earlier].value, out[earlier].lang), parse_quantity(first.value, first.lang)
    except QuantityError:
        return total
    if whole.lower is None or part.upper is None or part.upper > whole.lower:
        return total
    first.is_part, first.part_of = True, earlier
    first.checks.append("part_of (the first of a list of parts of the total before it)")
    if not first.population and out[earlier].population:
        # "with Venezuelans the most numerous with 55,589": what the total counts, as its other parts do
        first.population = list(out[earlier].population)
        first.checks[:] = [c for c in first.checks if c != "population"]
    return earlier


# a part whose clause only says who its people were: "De ellos, 12 eran bomberos", "25 of whom were tourists"
_WHO_THEY_WERE = re.compile(r"\s+(?:(?:of\s+(?:whom|them)|de\s+(?:ell[oa]s|l[oa]s\s+cuales))\s+)?"
                            r"(?:were|are|was|is|eran|son|fueron|era|es)\s+([^\W\d_]+)\s*(?:[,.;]|$)", re.I)


def says_who_only(line: Line, item: Found) -> bool:
    """Whether the part ``item`` says only who its people were, so that it counts what its total counts:
    "El incendio dejó 45 muertos. De ellos, 12 eran bomberos" (12 dead, not deployed); not what befell them
    ("Of them, 120 were rescued", "20 de los cuales fueron asesinados")."""
    who = _WHO_THEY_WERE.match(line.body, item.end)
    return who is not None and not names_what_befell(who.group(1))



def take_from_total(total: Proposal, pop: list[str], crit: str | None, claimant: str | None,
                    checks: list[str], says_nothing: bool = False,
                    tells_itself: bool = False) -> tuple[list[str], str | None, str | None]:
    """A part counts what its total counts, as the total's claimant states it, unless it says
    otherwise: (population, criterion, claimant). A part that ``says_nothing`` of its own ("Paiporta
    (45)", "5 en la Región de Antofagasta") takes its total's criterion over the sentence's verb
    ("se concentran"); one whose sentence ``tells_itself`` (``lists_the_set_told_before``) keeps its own claimant,
    none for the narration's."""
    pop = pop or list(total.population)
    crit = (total.criterion or crit) if says_nothing else (crit or total.criterion)
    if claimant is None and total.claimant and not tells_itself:
        claimant = total.claimant
        checks.remove("claimant (the text attributes this number to no one)")
        checks.append("claimant (the total's)")
    checks[:] = [c for c in checks if c not in ("population", "criterion")]
    return pop, crit, claimant


# what a part's own noun says befell it, over its total's criterion: "including three fatalities" of 1,200 cases
_TOLL_OF_ITS_OWN = frozenset({"dead", "injured", "missing"})


def criterion_of_part(line: Line, item: Found, out: list[Proposal], crit: str | None) -> str | None:
    """The criterion of a part a word opens after its total ("The quake killed 12 people,
    including 5 children, and injured 40", "mató a 12 personas, entre ellas 5 niños, e hirió a
    40": the 5 died, as the 12 did, whatever verb follows): its total's, the sentence's figure
    before it; ``crit`` otherwise, and the criterion its own noun names ("1,200 cases of hepatitis, including three
    fatalities": dead, not infected)."""
    if not (out and out[-1].sentence == line.number and out[-1].criterion and PART_BEFORE.search(
            line.body, max(0, item.start - 30), item.start)):
        return crit
    if item.counted and (own := criterion_of_word(item.counted)) in _TOLL_OF_ITS_OWN:
        return own        # (not "60 heridos, entre ellos 35 manifestantes": who the injured were)
    return out[-1].criterion


# --- parts a later sentence gives -----------------------------------------------------------------------------------

# a figure of one place said to be only that place's: "In Quito alone, 300 died", "the toll for Mianyang city alone",
# "Solo en Quito murieron 300", "sólo en la capital"
_ALONE = re.compile(r"\b[A-ZÁÉÍÓÚÑ][^\W\d_]+(?:\s+(?:city|province|state|county|district|region))?\s+alone\b|"
                    r"\b(?:s[oó]lo|solamente|[uú]nicamente)\s+en\s+", re.I)
# a figure of a set the sentence before counted: "19 de estas ocurrieron en Cali", "20 of them were children"
_OF_THESE_AFTER = re.compile(r"\s+(?:de\s+(?:est[oa]s|es[oa]s|ell[oa]s)|of\s+(?:them|these|those))\b", re.I)
_AFTER_ITS_TOTAL = "part_of (a part a later sentence gives of the total before it)"
_IN_ITS_LIST = "part_of (a part of the list that follows its total)"


def proposal_code(proposal: Proposal) -> str | None:
    """The code of the place a proposal names (its declared city's, else ISO's)."""
    return proposal.city or (iso_resolve(proposal.place) if proposal.place else None)


def _within(part: str | None, total: str | None) -> bool:
    """Whether the place coded ``part`` lies inside the one coded ``total`` (a country, or a subdivision
    that is its ISO parent)."""
    if not part or not total or part == total:
        return False
    if "-" not in total:
        return country_of(part) == total
    try:
        return iso_place(part)[1] == total
    except KeyError:
        return False


def _bounds(proposal: Proposal) -> tuple[float | None, float | None]:
    try:
        found = parse_quantity(proposal.value, proposal.lang)
    except QuantityError:
        return None, None
    return found.lower, found.upper


def _a_total_for(out: list[Proposal], k: int, parts: list[int], back: int, placed: bool = True) -> int | None:
    """The nearest proposal before ``out[k]``, at most ``back`` sentences before it, that the proposals
    ``parts`` can be the parts of: the same criterion and unit, no part itself, a place that holds each of
    theirs (when they have one, and ``placed``: a part is of that place), people of the same kind, and no
    smaller than their sum."""
    first = out[k]
    lows = [_bounds(out[n])[0] for n in parts]
    if any(low is None for low in lows):
        return None
    for t in range(k - 1, -1, -1):
        total = out[t]
        if first.sentence - total.sentence > back:
            return None
        if total.is_part or total.part_of is not None or total.criterion != first.criterion or \
                total.unit != first.unit or total.sentence == first.sentence and t in parts:
            continue
        if total.claimant != first.claimant or not all(_of_its_time(out[n], total) for n in parts):
            continue              # another's total (a part must be of its own claimant's), or of another time
        if any(out[n].population and total.population and not set(out[n].population) <= set(total.population)
               and not (_of_people(out[n]) and _of_people(total)) for n in parts):
            continue              # not "20 of the 300 homes" of a toll; "20 of them were children" of the people
        codes = [proposal_code(out[n]) for n in parts]
        if placed and any(codes) and not all(_within(code, proposal_code(total)) for code in codes if code):
            continue
        upper = _bounds(total)[1]
        if upper is not None and sum(lows) > upper:    # type: ignore[arg-type]
            continue
        return t
    return None


# what opens a total that a list of its parts follows in its sentence: "Del total de 80 muertos", "Of the total of 80"
_TOTAL_OPENS = re.compile(r"\b(?:del|de\s+un|of\s+the|out\s+of\s+(?:the|a))\s+total\s+(?:de|of)\s*$", re.I)


def _opens_its_list(total: Proposal, first: Proposal) -> bool:
    """Whether ``total``'s figure opens the list that ``first`` starts in their sentence: a colon between
    them, or a total named as such ("Del total de 80 muertos, 40 en ..."), and no other figure."""
    gap = first.start - total.start
    for at in range(len(total.quote)):
        at = total.quote.find(total.value, at)
        if at < 0:
            return False
        if total.quote.startswith(first.value, at + gap):
            between = total.quote[at + len(total.value):at + gap]
            return not any(ch.isdigit() for ch in between) and (
                ":" in between or "," in between and _TOTAL_OPENS.search(total.quote, 0, at) is not None)
    return False


def _of_its_time(part: Proposal, total: Proposal) -> bool:
    """Whether a part's date lies within its total's (the same day, or a day of its month or year), and
    its sentence tells of no other event ("another storm killed 3", "otro sismo")."""
    if _ANOTHER.search(part.quote):
        return False
    if part.as_of is None or total.as_of is None:
        return True
    return part.as_of.startswith(total.as_of) or _dated_by_default(part, total)


def _dated_by_default(part: Proposal, total: Proposal) -> bool:
    """Whether ``part`` is dated by the article's date alone, by its year or month (an event of weeks), a period that
    holds its total's day: "The flood death toll reached 13 on Friday. [...] Some four persons were reported dead in
    Cumilla" (the four of Friday's 13, not of the year)."""
    return bool(part.as_of and total.as_of) and len(part.as_of or "") < len(total.as_of or "") and \
        (total.as_of or "").startswith(part.as_of or "") and \
        any(c.startswith("as_of (") and "from the article's date" in c for c in part.checks)


def _date_as_total(part: Proposal, total: Proposal) -> None:
    """A part dated by default by a period that holds its total's day: dated as its total (``_dated_by_default``)."""
    if _dated_by_default(part, total):
        part.as_of = total.as_of
        part.checks[:] = [c for c in part.checks if not c.startswith("as_of (")] + ["as_of (its total's)"]


# a sentence about another event than the total's: "A week earlier, another storm killed 3", "otro sismo dejó 12"
_ANOTHER = re.compile(r"\b(?:another|otro|otra)\s+(?:[^\W\d_]+\s+)?(?:storm|quake|earthquake|flood|fire|attack|"
                      r"blast|explosion|cyclone|hurricane|typhoon|eruption|tormenta|sismo|terremoto|temblor|inundaci[oó]n|"
                      r"incendio|ataque|atentado|explosi[oó]n|cicl[oó]n|hurac[aá]n|tif[oó]n|erupci[oó]n)\b", re.I)


#: how many sentences before its list of three places or more a total may be told
_LIST_REACH = 6


def parts_told_after(out: list[Proposal]) -> None:
    """Link, in place, the parts that a sentence after their total gives: a list of places with their
    figures ("El sismo dejó 58 muertos en México. Hubo 45 muertos en Oaxaca, 10 en Chiapas y tres en
    Tabasco": the three of the 58, their sum no larger), a place's figure said to be its alone ("In Quito
    alone, 300 died"), a figure of the set the sentence before counted ("19 de estas ocurrieron en Cali")."""
    by_sentence: dict[int, list[int]] = {}
    for k, proposal in enumerate(out):
        by_sentence.setdefault(proposal.sentence, []).append(k)
    for k, proposal in enumerate(out):
        if proposal.part_of is not None or proposal.is_part:
            continue
        end = _end_of(proposal)
        start = end - len(proposal.value)
        parts, total = [k], None
        if end and _OF_THESE_AFTER.match(proposal.quote, end):
            total = _a_total_for(out, k, parts, 1, placed=False)   # the set, not a place, says whose
        elif proposal.criterion is None:
            continue
        elif end and _ALONE.search(proposal.quote, max(0, start - 40), min(len(proposal.quote), end + 40)) \
                and proposal_code(proposal):
            total = _a_total_for(out, k, parts, 3)
        else:
            parts = [n for n in by_sentence[proposal.sentence]
                     if out[n].part_of is None and not out[n].is_part and out[n].criterion == proposal.criterion
                     and out[n].unit == proposal.unit and proposal_code(out[n])]
            if len(parts) >= 2 and k == parts[0] and len({proposal_code(out[n]) for n in parts}) == len(parts):
                # (a list of three places or more, the sentence's whole, may come a few sentences after its total:
                # "The flood death toll reached 13 on Friday. [...] Some four persons were reported dead in Cumilla,
                # three in Cox's Bazar, two in Chattogram and one each in Feni, Noakhali, Lakshmipur")
                total = _a_total_for(out, k, parts, 2 if len(parts) < 3 else _LIST_REACH)
                if total is not None and out[total].sentence == proposal.sentence:
                    total = None      # a list in the total's own sentence is read there (``part_of``)
            if total is None and len(parts) >= 3 and k == parts[0] and _opens_its_list(out[k], out[parts[1]]):
                # "60 people died: 30 in Antioquia, 20 in Chocó and 10 in Cauca", "Del total de 80 muertos, 40 ...
                # en Antioquia, 25 en Chocó": the total, then its list, in one sentence
                listed = parts[1:]
                if len({proposal_code(out[n]) for n in listed}) == len(listed) and \
                        _a_total_for(out, listed[0], listed, 0, placed=False) == k:
                    total, parts = k, listed
                    for n in parts:
                        out[n].part_of, out[n].is_part = total, True
                        out[n].checks.append(_IN_ITS_LIST)
                    continue
        if total is not None:
            for n in parts:
                out[n].part_of, out[n].is_part = total, True
                out[n].checks.append(_AFTER_ITS_TOTAL)
                _date_as_total(out[n], out[total])
    for k in range(len(out)):
        _parts_of_several_countries(out, k)
        _the_rest_elsewhere(out, k)
        _cases_by_place(out, k)


# the rest of a total, counted in no place of its own after the places its parts named: "eight others were killed
# elsewhere", "otras ocho murieron en otros lugares", "en el resto del país"
_ELSEWHERE = re.compile(r"[^.;]{0,50}?\b(?:elsewhere|in\s+other\s+(?:areas|places|parts|provinces|regions|"
                        r"districts|towns)|in\s+the\s+rest\s+of\s+the\s+(?:country|province|region|state)|"
                        r"en\s+otr[oa]s\s+(?:lugares|zonas|partes|provincias|regiones|localidades|municipios|distritos)|"
                        r"en\s+el\s+resto\s+del?\s+(?:pa[ií]s|provincia|regi[oó]n|estado|territorio))\b", re.I)
_OTHERS_AFTER = re.compile(r"\s+(?:others|other\s+people|more)\b", re.I)
_OTHERS_BEFORE = re.compile(r"\b(?:otr[oa]s|another)\s+(?:(?:unos|unas|some|about)\s+)?$", re.I)


def _the_rest_elsewhere(out: list[Proposal], k: int) -> None:
    """Link, in place, the rest of a total that a figure gives after its parts by place: "Powi said at least 15 were
    killed. Four were killed in Mendi and three in Tari. He said eight others were killed elsewhere" (the eight of the
    15, as the four and the three are). The figure says it counts others, in other places; the figure before it, in its
    sentence or the one before, is a part of the total, of its criterion and claimant; the parts and it add up to no
    more than the total."""
    rest = out[k]
    end = _end_of(rest)
    start = end - len(rest.value)
    if rest.is_part or rest.part_of is not None or not end or not _ELSEWHERE.match(rest.quote, end) or not (
            _OTHERS_AFTER.match(rest.quote, end) or _OTHERS_BEFORE.search(rest.quote, max(0, start - 16), start)):
        return
    before = out[k - 1] if k else None
    if before is None or before.part_of is None or rest.sentence - before.sentence > 1 or \
            before.claimant != rest.claimant:
        return
    total = out[before.part_of]
    own = (rest.criterion or "").removesuffix("-additional")
    if own != total.criterion or rest.unit != total.unit:
        return
    lows = [_bounds(p)[0] for p in out if p.part_of == before.part_of] + [_bounds(rest)[0]]
    if not _adds_up(lows, total):
        return
    rest.part_of, rest.is_part, rest.criterion = before.part_of, True, total.criterion
    rest.checks = [c for c in rest.checks if not c.startswith("criterion (")] + [_THE_REST]


_THE_REST = "part_of (the rest of the total, counted elsewhere than its parts before it)"

#: how many sentences after a toll its cases by place may run ("busca a 30 personas ... Antioquia con 15 casos ...
#: 10 casos en Bogotá y 5 en Cali")
_CASES_REACH = 2
_CASES = frozenset({"cases"})
_CASES_BY_PLACE = "part_of (one of the cases by place the sentences after the total give, which add up to it)"


def _exact(proposal: Proposal) -> float | None:
    low, high = _bounds(proposal)
    return low if low is not None and low == high else None


def _cases_by_place(out: list[Proposal], t: int) -> None:
    """Link, in place, the figures by place that the sentences after a toll give in running prose, when they add up
    to it exactly: "La Defensoría busca a 30 personas desaparecidas. La mayoría ... en Antioquia con 15 casos. También
    se reportan 10 casos en Bogotá y 5 en Cali" (the 15, the 10 and the 5 of the 30). Each is a figure of its own
    place, of the toll's claimant, no other criterion, a count of cases or of no other group; the run stops at the
    first figure that is not one of them. A part takes its total's population and criterion (GUIDE: a part takes its
    total's fields): a case of the missing is a missing person."""
    total = out[t]
    whole = _exact(total)
    if total.is_part or total.part_of is not None or total.unit is not None or total.criterion is None or \
            whole is None or not _of_people(total):
        return
    parts, at, code = [], 0.0, proposal_code(total)
    for n in range(t + 1, len(out)):
        part = out[n]
        figure = _exact(part)
        if part.sentence == total.sentence:
            continue
        if part.sentence - total.sentence > _CASES_REACH or part.is_part or part.part_of is not None or \
                part.unit is not None or part.claimant != total.claimant or figure is None or \
                part.criterion not in (None, total.criterion) or not proposal_code(part) or \
                not set(part.population) <= _CASES | set(total.population) or \
                code and not _within(proposal_code(part), code):
            return
        parts.append(n)
        at += figure
        if at >= whole:
            break
    if at != whole or len(parts) < 2 or len({proposal_code(out[n]) for n in parts}) < len(parts):
        return
    for n in parts:
        out[n].part_of, out[n].is_part = t, True
        out[n].population, out[n].criterion = list(total.population), total.criterion
        out[n].checks = [c for c in out[n].checks if not c.startswith(("criterion (", "population ("))] + \
            [_CASES_BY_PLACE]
        _date_as_total(out[n], total)


def _adds_up(lows: list[float | None], total: Proposal) -> bool:
    """Whether parts whose lower bounds are ``lows`` (each known) add up to no more than ``total`` can hold."""
    upper = _bounds(total)[1]
    known = [low for low in lows if low is not None]
    return len(known) == len(lows) and (upper is None or sum(known) <= upper)


# how far after a total of several countries its countries' own figures are read
_COUNTRIES_AFTER = 3


def _parts_of_several_countries(out: list[Proposal], k: int) -> None:
    """Link, in place, the figures that the sentences after a total of several countries give for each of them:
    "The storm has killed about 700 people across Mozambique, Zimbabwe and Malawi. It has killed 417 people in
    Mozambique" (the 417 of the 700). The total has no place of its own (it would match every place's figure), its
    sentence names two countries or more; a figure after it is its part when it is of one of them (or of a region of
    one), its own claimant's, of its criterion, unit, people and time; one figure per place (a second is another count
    of it), and none at all when their sum is larger than the total."""
    total = out[k]
    if total.place is not None or total.is_part or total.part_of is not None or total.criterion is None or \
            total.each:
        return
    countries = {code for code, _, _ in places_in(total.quote) if "-" not in code}
    if len(countries) < 2:
        return
    parts: dict[str, int] = {}
    for n in range(k + 1, len(out)):
        part = out[n]
        if part.sentence - total.sentence > _COUNTRIES_AFTER:
            break
        code = proposal_code(part)
        if part.sentence == total.sentence or part.is_part or part.part_of is not None or code is None or \
                part.criterion != total.criterion or part.unit != total.unit or part.claimant != total.claimant or \
                country_of(code) not in countries or not _of_its_time(part, total) or \
                part.population and total.population and not set(part.population) <= set(total.population):
            continue
        parts.setdefault(code, n)
    if not parts or not _adds_up([_bounds(out[n])[0] for n in parts.values()], total):
        return
    for n in parts.values():
        out[n].part_of, out[n].is_part = k, True
        out[n].checks.append(_OF_SEVERAL_COUNTRIES)


_OF_SEVERAL_COUNTRIES = "part_of (a country's part of the total of several countries told before it)"

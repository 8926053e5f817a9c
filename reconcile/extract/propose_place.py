"""Where a figure is counted (its place), from the places its sentence and clause name.

``sentence_places`` keeps the places of a sentence that may be a count's: not one in a
claimant's name or a credit ("The New York Times said"), where migrants came from, a body's
seat, where a speaker spoke. ``figure_place`` chooses among those of the figure's clause: the
point a distance is measured from ("150 km al noroeste de Concepción"), the country of a list
of its regions, the region or country of a pair ("Madrid and Barcelona"), the whole country
("nationwide"), the place of a relative clause ("En Guatemala, donde el 75%"), the place named
nearest the figure; else the country that reports it, or the article's place.
"""
from __future__ import annotations

import re
from collections import Counter
from functools import lru_cache

from reconcile.extract.attr_several import several_places
from reconcile.extract.fields import AREAS, COMPASS, city_code, city_of, country_of, is_city, place_value, places_in
from reconcile.extract.place_bodies import in_body_name
from reconcile.extract.place_landfall import before_landfall, landfall_town
from reconcile.extract.place_lists import read_as_divisions
from reconcile.extract.place_near import reading_check, subdivision_holding
from reconcile.extract.place_parents import region_of_city
from reconcile.extract.place_rows import row_town
from reconcile.extract.place_stations import station_town
from reconcile.extract.place_towns import SAINT, towns_named
from reconcile.extract.place_words import BOUND_FOR, opens_a_sentence
from reconcile.extract.places import (PROVINCE_AFTER, PROVINCE_BEFORE, UPPER, city_subdivision, countries_named,
                                      origins, outlet_cities)
from reconcile.extract.propose_claimant import country_claimant, credit_spans, in_claimants_name
from reconcile.extract.proposal import Line, Story
from reconcile.extract.scene import a_water, address_after, persons_name, speakers_only, specific, venue_named
from reconcile.extract.speakers import TRIGGER, government_of, is_outlet
from reconcile.model.names import is_iso_code, iso_place, slugify
from reconcile.quantities.lexicon import MONTHS, fold_word
from reconcile.quantities.running import Found

__all__ = ["AND_PLACED_PART", "OTHER", "PART_BEFORE", "figure_place", "gapped_part", "sentence_places"]

_SPEAKER_AT = re.compile(r"(?:Desde|From|Speaking\s+(?:from|in))\s+(?:la\s+ciudad\s+de\s+|the\s+city\s+of\s+)?"
                         r"[A-ZÁÉÍÓÚÑ][^,;]{1,80},")
# an aside of where a speaker was: ", speaking in Rome,", ", hablando desde Madrid,", ", en declaraciones desde Lima,"
_SPEAKING_IN = re.compile(r",\s+(?:speaking|hablando|en\s+declaraciones|interviewed|entrevistad[oa])\s+"
                          r"(?:from|in|at|desde|en)\s+[^,;]{1,60},")
# where a speaker spoke, just before the place: "told reporters in Moscow", "said in Kabul", "at a news
# conference in Lima", "dijo a los periodistas en Lima", "en rueda de prensa en Quito"
_SPOKE_IN = re.compile(r"\b(?:(?:told|telling|briefed|briefing|addressed|addressing)\s+(?:(?:a|the|foreign|local)\s+)*"
                       r"(?:reporters|journalists|the\s+press|media|correspondents|lawmakers|parliament|"
                       r"(?:news|press)\s+(?:conference|briefing))|said|says|speaking|spoke|"
                       r"(?:at|during)\s+(?:a|the)\s+(?:news|press)\s+(?:conference|briefing)|"
                       r"(?:dijo|declaró|afirmó|informó|señaló|aseguró)\s+a\s+(?:los\s+|la\s+)?"
                       r"(?:periodistas|medios|reporteros|prensa)|"
                       r"(?:en|durante)\s+(?:una\s+)?(?:rueda|conferencia)\s+de\s+prensa|"
                       # a Spanish verb of speech then where it was said: "indicó en Ginebra el portavoz"
                       r"indic[oó]|dijo|declar[oó]|afirm[oó]|inform[oó]|se[nñ]al[oó]|asegur[oó]|explic[oó]|"
                       r"precis[oó]|detall[oó]|anunci[oó])\s+(?:in|at|en|desde)\s+"
                       r"(?:the\s+|la\s+|el\s+)?(?:city\s+of\s+|ciudad\s+de\s+)?$", re.I)
# a vehicle going back to a place: where it was bound, not where it crashed (not "la calma volvía a Quito")
_VEHICLE_GOING_BACK = re.compile(
    r"\b(?:bus|autob[uú]s|veh[ií]culo|vehicle|car|coche|train|tren|plane|avi[oó]n|aircraft|aeronave|ship|boat|barco|"
    r"ferry|truck|cami[oó]n|embarcaci[oó]n|helic[oó]ptero|helicopter|vessel|minibus|microb[uú]s)\s+"
    r"(?:(?:was|were|had\s+been)\s+)?"
    r"(?:returning|headed\s+back|going\s+back|volv[ií]a|regresaba|retornaba|de\s+regreso|de\s+vuelta)\s+"
    r"(?:to|a|al|hacia)\s+(?:the\s+|la\s+|el\s+)?$", re.I)
_RESIDENTS_OF = re.compile(r"\b(?:residents|inhabitants|villagers|townspeople|habitantes|vecinos|pobladores)\s+"
                           r"(?:of|de|del)\s+([A-ZÁÉÍÓÚÑ][a-záéíóúñü]{3,})\b(?![\s-]+[A-ZÁÉÍÓÚÑ])")
_CLOCK_BEFORE = re.compile(r"\bhora\s+(?:local\s+|oficial\s+)?(?:en|de|del)\s+(?:la\s+|el\s+)?$|\btime\s+in\s+$", re.I)
_CLOCK_AFTER = re.compile(r"\s+(?:local\s+)?time\b|\s+(?:Standard|Daylight)\s+Time\b")
#: a place adverb opening a sentence ("There, 415 crossed"); not the existential "there were"
_THERE = re.compile(r"(?:There|Allí|Ahí|Alli|Ahi|Here|Aquí)\b(?!\s+(?:were|was|is|are|has|have|had|will|would|may|might"
                    r"|could|must|seem|seems|seemed|appear|appears|appeared|remain|remains|remained)\b),?", re.I)


_OF_GAP = re.compile(r"(?:\s+(?:Upazila|District|Township|Municipality|Province|County))?\s+(?:of|de|del)\s+"
                     r"(?:the\s+|la\s+|el\s+)?")


# between a town and the region it lies in, set off by a comma: "Juchitán, Oaxaca", "Acapulco, in
# Guerrero state", "Acapulco, in the state of Guerrero", "Acapulco, estado de Guerrero", "Valencia, en el
# estado Carabobo"
# "in Shuicheng county, Guizhou province": the county's word may stand before the comma
_REGION_AFTER = re.compile(r"(?:\s+(?:county|district|township|municipality|prefecture|upazila))?"
                           r"\s*,\s*(?:(?:in|en)\s+)?(?:(?:the|el|la)\s+)?"
                           # "Rosas, municipio del departamento del Cauca": a municipality of the department
                           r"(?:(?:a\s+)?(?:municipality|municipio)\s+(?:of|de|del)\s+(?:the\s+)?)?"
                           r"(?:(?:state|province|department|region|"
                           r"county|estado|provincia|departamento|regi[oó]n)\s+(?:(?:of|de|del)\s+)?)?", re.I)
# a region or city that qualifies the town or district named after it: "the Guerrero city of Acapulco",
# "the Lima district of Chosica" (English writes the larger place first; Spanish writes "la ciudad de
# Acapulco, Guerrero", above, or an adjective, "el distrito limeño de Chosica")
_TOWN_OF_REGION = re.compile(r"\s+(?:city|town|village|port|municipality|district|neighbou?rhood|suburb|borough)"
                             r"\s+of\s+", re.I)


def _towns_first(body: str, found: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """"Waukesha, Wisconsin", "Juchitán, Oaxaca", "the Guerrero city of Acapulco": a town named
    with its region names the town, the most specific place (GUIDE § place)."""
    out: list[tuple[str, str, int]] = []
    for k, p in enumerate(found):
        prev = found[k - 1] if k else None
        after = found[k + 1] if k + 1 < len(found) else None
        if (prev is not None and is_city(prev[0]) and "-" in p[0] and not is_city(p[0])
                and country_of(prev[0]) == country_of(p[0])
                and _REGION_AFTER.fullmatch(body, prev[2] + len(prev[1]), p[2])
                and not (after is not None and "-" in after[0]
                         and _LIST_GAP.fullmatch(body, p[2] + len(p[1]), after[2]))):
            continue                  # but "en Puebla, Morelos y en la Ciudad de México" lists three places
        if (out and out[-1] == prev and prev is not None and "-" in prev[0] and prev[0] != p[0]
                and is_city(p[0]) and country_of(prev[0]) == country_of(p[0])
                and _TOWN_OF_REGION.fullmatch(body, prev[2] + len(prev[1]), p[2])):
            out.pop()                 # "the Guerrero city of Acapulco", "the Lima district of Chosica": the second
        if (prev is not None and "-" in prev[0] and "-" in p[0] and country_of(prev[0]) == country_of(p[0])
                and prev[0] != p[0] and _OF_GAP.fullmatch(body[prev[2] + len(prev[1]):p[2]])):
            continue                  # "the Savar Upazila of Dhaka": Savar, a place of Dhaka
        if (prev is not None and "-" in prev[0] and country_of(prev[0]) == country_of(p[0]) and prev[0] != p[0]
                and re.fullmatch(r"\s*\(\s*", body[prev[2] + len(prev[1]):p[2]])):
            continue                  # "Marikana (Rustenburg)": the place in brackets locates the one before
        if (prev is not None and out and out[-1] == prev and is_city(prev[0]) and is_city(p[0]) and after is not None
                and country_of(prev[0]) == country_of(p[0]) == country_of(after[0]) and "-" in after[0]
                and not is_city(after[0]) and re.fullmatch(r"\s*,\s*", body[prev[2] + len(prev[1]):p[2]])
                and re.fullmatch(r"\s*,\s*", body[p[2] + len(p[1]):after[2]])):
            continue                  # "in Paravur, Kollam, Kerala": an address, the town first; the city locates it
        out.append(p)
    return out


_FROM_PLACE = re.compile(
    rf"(?i:\)?\s*(?:\([^()]{{1,30}}\)\s*)?,?\s*(?:(?:al|to the)\s+)?"
    # "east-northeast of", and as wire copy writes it, "west, northwest of"
    rf"(?:{COMPASS}\s+(?:of|de|del)|from|off|desde|de|near|cerca de|"
    # "north of the port city of Antofagasta", "al norte del puerto de Antofagasta"
    r"cerca del)\s+)(?:(?:the|la|el|los|las|city of|ciudad de|capital,?|town of|village of|localidad de|pueblo de|"
    # "the capital, Port-au-Prince", "state capital Lucknow", "the Afghan town of Jurm", "the coastal city of X"
    r"(?:state|provincial|regional|district|departmental)\s+capital,?|[^\W\d_]+\s+(?:town|city|village)\s+of|"
    # Spanish puts the kind after: "a 70 km de la capital provincial, Palu"
    r"capital\s+(?:provincial|regional|departamental|estatal),?|"
    r"port(?:\s+(?:city|town))?\s+of|puerto\s+de|ciudad\s+portuaria\s+de|"
    # "64 km al noreste de la isla de Roatán", "north of the island of Guam": the island, a town's peer
    r"isla\s+de|island\s+of|"
    r"central|downtown|centro de)\s+)*"
    # "Italy's capital of Rome": the city, not the country that owns it
    r"(?:[A-ZÁÉÍÓÚÑ][^\W\d_]*['’]s\s+(?:capital|city)(?:\s+of)?\s+)?"
    # "Kao-hsiung": a name that goes on after a hyphen in lower case
    # "L'Aquila", "L’Hospitalet": a name that opens with an elided article
    # "St. Pierre", "Sta. Rosa": a saint's name abbreviated
    rf"((?:[LD]['’])?(?:{SAINT})?[A-ZÁÉÍÓÚÑ][^\W\d_]*(?:-[^\W\d_]+)*"
    r"(?:[ -](?:de |del |of )?[A-ZÁÉÍÓÚÑ][^\W\d_]*){0,3})")


# a place a direction is measured from, before its name: "southwest of state capital Lucknow", "al sureste de la
# capital, Ambato": a point of reference, not where a count is
_REFERENCE_BEFORE = re.compile(
    # English "south of X" (not "the south of X", inside it); Spanish "al sur de X" (not "la zona sur de X")
    rf"(?:(?<!the\s)\b{COMPASS}\s+of|\bal\s+{COMPASS}\s+(?:de|del))\s+"
    rf"(?:(?:the|la|el|capital,?|city\s+of|ciudad\s+de|town\s+of|(?:state|provincial|regional|district)\s+capital,?|"
    r"capital\s+(?:provincial|regional|departamental|estatal),?|"
    rf"[^\W\d_]+\s+(?:town|city)\s+of)\s+)*$", re.I)
_NAMED_REGION_AFTER = re.compile(r"\s+(?:region|province|oblast|state|governorate|prefecture)\b", re.I)
# between a possessive owner and the place it holds: "Egypt's Alexandria", "Egypt's coastal city of Alexandria",
# "Pakistan's largest city, Karachi"
_OWNS = re.compile(r"['’]s\s+(?:(?:[a-z-]+\s+){0,2}(?:city|town|village|province|state|region|district|port|capital|"
                   r"governorate)(?:\s+of|,)?\s+)?")
# a division, then what holds it: "Muzaffarnagar district of Uttar Pradesh", "el municipio de Juchitán, en el estado"
_DIVISION_OF = re.compile(r"\s+(?:district|county|municipality|tehsil|upazila|subdivision|prefecture|department|"
                          r"province|region|governorate|distrito|municipio|provincia|departamento|comuna|cant[oó]n)\s+"
                          r"(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?(?:(?:state|province|region|estado|provincia|"
                          r"regi[oó]n)\s+(?:of|de|del)\s+)?", re.I)
# an aside on the place a figure describes: "southeast of Tainan, a city with about two million people"
_ASIDE_OF_PLACE = re.compile(r",\s+(?:a|an|un|una)\s+[^,;.]{0,40}")


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
                         r"en\s+(?:el\s+)?territorio\s+nacional|"
                         r"a\s+(?:nivel|escala)\s+nacional|por\s+todo\s+el\s+pa[ií]s)\b", re.I)


# the whole world: "250,000 – 300,000 worldwide", "300.000 en todo el mundo"
# right after the figure and its noun: not "80 world leaders, from both Europe and around the world"
# "620 confirmed cases outside of China", "300 casos fuera de China": everywhere but there
_OUTSIDE = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+(?:outside(?:\s+of)?|beyond|fuera\s+de|m[aá]s\s+all[aá]\s+de)\s+"
                      r"(?:the\s+|mainland\s+|la\s+|el\s+)?(?-i:[A-ZÁÉÍÓÚ])", re.I)
# the country less a place named before, in the figure's stretch: "34.820 las participantes en las demás
# manifestaciones en el resto del país", "5,000 in the rest of the country"
_REST_OF = re.compile(r"\b(?:in|en|across|por)\s+(?:the\s+|el\s+)?(?:rest\s+of\s+the\s+"
                      r"(?:country|nation)|resto\s+del\s+(?:pa[ií]s|territorio))\b", re.I)
_A_RECORD = re.compile(r"\b(?:first|only|largest|biggest|costliest|record|primer[oa]?|[uú]nic[oa]|mayor)\b", re.I)
_WORLDWIDE = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:worldwide|world-wide|globally|around\s+the\s+(?:world|globe)|"
                        r"across\s+the\s+world|en\s+todo\s+el\s+mundo|a\s+nivel\s+mundial|en\s+el\s+mundo\s+entero)"
                        r"\b", re.I)
# ... or anywhere in the figure's clause, when the clause names no place: "90,000 cases have been confirmed globally
# since May", "A nivel mundial, la OMS ha registrado 90.000 casos y 150 muertes", "The global tally stands at 90,000"
_WORLD_IN_CLAUSE = re.compile(
    r"\b(?:worldwide|world-wide|globally|(?:around|across|throughout|all\s+over)\s+the\s+(?:world|globe)|"
    r"in\s+the\s+world|(?:the\s+)?global\s+(?:(?:death|case|infection)\s+)?(?:count|tally|toll|total|caseload|number)|"
    r"en\s+(?:todo\s+)?el\s+mundo(?:\s+entero)?|(?:a|en)\s+(?:nivel|escala)\s+mundial|alrededor\s+del\s+mundo|"
    r"por\s+todo\s+el\s+mundo|mundialmente|(?:cifra|total|balance|recuento)\s+mundial)\b", re.I)
# the world a superlative ranks in, not where a figure is counted: "the deadliest outbreak in the world", "el peor
# brote del mundo"
_RANKED_IN = re.compile(r"\b(?:most|least|worst|best|[a-z]+iest|largest|biggest|greatest|highest|lowest|longest|"
                        r"strongest|m[aá]s|menos|peor(?:es)?|mayor(?:es)?)\b[^,;]{0,40}$", re.I)


def _of_the_world(body: str, item: Found, lo: int, hi: int, clause_places: list) -> bool:
    """Whether ``item`` counts over the whole world, as its clause says: right after the figure ("250,000 – 300,000
    worldwide"), or anywhere in a clause that names no place ("The WHO said 90,000 cases have been confirmed globally
    since May" in a report datelined Geneva or Lagos: the world's, not the dateline's)."""
    if _WORLDWIDE.match(body, item.end):
        return True
    if clause_places:
        return False
    return any(not _RANKED_IN.search(body, max(lo, world.start() - 60), world.start())
               for world in _WORLD_IN_CLAUSE.finditer(body, lo, hi))


# the countries of a region, or regions other than those told, that hold a count between them: "los países de América
# Latina y el Caribe acogen a 2,4 millones", "the countries of the Middle East host 5 million", "los otros 600.000 se
# reparten en otras regiones", "another 600,000 live in other regions"
_COUNTRIES_OF_REGION = re.compile(r"\b(?:los|the)\s+(?:pa[ií]ses|naciones|countries|nations)\s+(?:de|del|of)\s+"
                                  r"(?:la\s+|el\s+|the\s+)?(?-i:[A-ZÁÉÍÓÚ])", re.I)
# ... said of the figure's own phrase, not of an aside ("The quake, the strongest to hit the countries of Central
# America in a century, killed 300 people": the quake's)
_NO_BREAK = re.compile(r"[^,;:()—–]*")


def _region_holds(body: str, item: Found, lo: int, hi: int) -> bool:
    """Whether the countries of a region hold ``item`` in its own phrase: "los países de Asia acogen a 1,5 millones",
    "1.5 million in the countries of Asia"; not in an aside set off by commas."""
    return any(_NO_BREAK.fullmatch(body, match.end(), item.start) if match.end() <= item.start
               else _NO_BREAK.fullmatch(body, item.end, match.start())
               for match in _COUNTRIES_OF_REGION.finditer(body, lo, hi))


_IN_OTHER_REGIONS = re.compile(r"(?:\s+[^\W\d_]+){0,3}?\s+(?:in|en|across|por)\s+(?:otr[oa]s|other)\s+"
                               r"(?:regiones|pa[ií]ses|partes\s+del\s+mundo|continentes|regions|countries|"
                               r"parts\s+of\s+the\s+world|continents)\b", re.I)


# a count over several places of a kind: "muertes en nueve provincias", "evacuees in the three prefectures of
# Ishikawa, Toyama and Niigata", "protests across 20 cities"
_SEVERAL_PLACES = re.compile(
    r"\b(?:in|en|across|throughout|de|a\s+lo\s+largo\s+de)\s+(?:(?:the|las|los|sus|its|their)\s+)?"
    r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|dozens\s+of|several|dos|tres|cuatro|cinco|"
    r"seis|siete|ocho|nueve|diez|once|doce|varias|varios|decenas\s+de)\s+(?:(?:other|otr[oa]s)\s+)?"
    r"(?:cities|towns|villages|regions|provinces|prefectures|states|districts|municipalities|departments|counties|"
    r"ciudades|pueblos|localidades|regiones|provincias|prefecturas|estados|distritos|municipios|departamentos|"
    r"comunas|condados|comunidades\s+aut[oó]nomas)\b", re.I)
# the figure's own list of places that ends in others: "heridas en Jartum, Kordofán del Sur, Darfur del Norte, el Estado
# del Norte y otras regiones", "killed in Khartoum, North Darfur and other states" (not "5,000 in Adelaide, and there
# were smaller protests in Canberra, Hobart and other cities": Adelaide is the 5,000's)
_LISTED_THEN_OTHERS = re.compile(
    r"[^,;.]*?\b(?:in|en)\s+(?:(?:el|la|los|las|the)\s+)?[A-ZÁÉÍÓÚÑ][^,;.()]*?"
    r"(?:\s*,\s*(?:(?:el|la|los|las|the)\s+)?[A-ZÁÉÍÓÚÑ][^,;.()]*?)+"
    r",?\s+(?:y|e|and)\s+(?:en\s+|in\s+)?(?:otr[oa]s|other)\s+(?:cities|towns|villages|regions|provinces|states|"
    r"districts|ciudades|pueblos|localidades|regiones|provincias|estados|distritos|municipios|departamentos)\b")

# a count over several countries, as its clause says: "across the three countries", "en los tres países", "the
# three-nation outbreak", "a 12-country survey"
_FEW = (r"(?:\d+|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|several|dos|tres|cuatro|cinco|seis|siete|"
        r"ocho|nueve|diez|once|doce|varios)")
_SEVERAL_COUNTRIES = re.compile(
    rf"\b(?:in|across|throughout|en|entre|de)\s+(?:(?:the|these|those|los|estos|esos|sus|its|their)\s+)?{_FEW}\s+"
    rf"(?:countries|nations|pa[ií]ses|naciones)\b|\b{_FEW}-(?:nation|country)\b", re.I)


def _over_several_places(body: str, item, found, clause_places, lo: int, hi: int) -> bool:
    """"2.012 muertes en nueve provincias, con 694 en ...", "deaths in 17 provinces, ..., with 154 dead":
    the sentence says the count spans several places: after the number, with no other figure between;
    or before it, with no other figure between and no place of its own after it. (Each search reads a
    stretch of 200 characters at most: a sentence of thousands of figures is read in linear time.)"""
    if any(m.start() <= item.start < m.end()
           for m in _SEVERAL_PLACES.finditer(body, max(lo, item.start - 40), min(hi, item.end + 60))):
        return True                   # "en nueve provincias": the places themselves, counted
    after = _SEVERAL_PLACES.search(body, item.end, min(hi, item.end + 200))
    if after is not None and not any(item.end <= f.start < after.start() for f in found):
        return True
    listed = _LISTED_THEN_OTHERS.match(body, item.end, min(hi, item.end + 200))
    if listed is not None and not any(item.end <= f.start < listed.end() for f in found):
        return True
    before = _SEVERAL_PLACES.search(body, max(lo, item.start - 200), item.start)
    return before is not None and not any(before.end() <= f.start < item.start for f in found) and \
        not any(item.end <= p[2] < hi for p in clause_places)


# a total of the counts told before it: "En total serían 207 fallecidos", "In all, 25 people have died"
_IN_ALL = re.compile(r"\b(?:en\s+total|in\s+total|in\s+all|all\s+told|altogether|en\s+conjunto|en\s+suma)\b", re.I)


def _summed_places(story: Story, line: Line, lo: int, hi: int) -> set[str] | None:
    """The places of the counts a total sums up ("In all, 25 people have died", its clause naming no place): those
    of the sentence before it and the article's own; None when the clause says no total or they are one place."""
    if not _IN_ALL.search(line.body, lo, hi) or line.number == 0:
        return None
    before = story.sentences[line.number - 1].text
    named = places_in(before, story.country)
    where = story.where
    codes = {where[0]} if where else set()
    for code, name, at in specific(named):
        if at in origins(before, named):
            continue
        if is_city(code):
            # a town in the region the text places it in ("Mira (Cuenca)"), else in the article's region of its
            # country ("a man died in Nalbari district" of an Assam flood)
            home = where[0] if where and "-" in where[0] and not is_city(where[0]) \
                and country_of(where[0]) == country_of(code) else code
            code = region_of_city(story.article.text, code, name) or home
        codes.add(code)
    return codes if len(codes) >= 2 else None


def _nationwide(body: str, item, found, hi: int) -> bool:
    """"1.08 million marched nationwide", "3 millones en todo el país": between the number and
    the next one (or the clause's end, 60 characters at most) the sentence says the whole country."""
    following = [f.start for f in found if f.start >= item.end]
    end = min([hi, item.end + 60, *following])
    return bool(_NATIONWIDE.search(body, item.end, end))


# a place named as a whole, right before its name: "en toda España", "por todo México", "a lo largo de toda
# Colombia", "across France", "throughout Britain", "all over Spain", "the whole of Italy"
_WHOLE_OF = re.compile(r"(?:\b(?:en|por|a\s+lo\s+largo\s+(?:y\s+ancho\s+)?de)\s+tod[oa]|\bacross|\bthroughout|"
                       r"\ball\s+over|\b(?:in\s+)?all\s+of|\bthe\s+whole\s+of)\s+(?:el\s+|la\s+)?$", re.I)


def _whole_place(body: str, item, found, clause_places) -> tuple[str, str, int] | None:
    """The country or region the figure's own stretch names as a whole: after the figure, before the next one
    ("515.988 asistentes en toda España, frente a los 500.000 ... en Madrid"), or before it, with no figure before
    it nor place between ("Across France, 61 officers"). A town "across" which a count is made is the town already."""
    following = min([f.start for f in found if f.start >= item.end] + [item.end + 60])
    for p in clause_places:
        if is_city(p[0]) or not _WHOLE_OF.search(body, max(0, p[2] - 30), p[2]):
            continue
        if item.end <= p[2] < following and not any(item.end <= q[2] < p[2] for q in clause_places):
            return p                  # (not past a place of its own: "302 people (292 in Zhengzhou) across Henan")
        if p[2] < item.start and not any(f.start < item.start for f in found if f is not item) and \
                not any(p[2] < q[2] < item.start or item.end <= q[2] < following for q in clause_places):
            return p                  # the place opens the figure's stretch: no figure before it, no place of its
            #                           own ("across the country, with some 20,000 people marching in Nairobi")
    return None


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
    most = None                       # the place of "most of them in X" the last
    named = specific(clause_places)
    for p in named:
        if any(q[2] < p[2] and _DIVISION_OF.fullmatch(body, q[2] + len(q[1]), p[2]) for q in named):
            continue                  # "in Muzaffarnagar district of Uttar Pradesh": the state holds the district
        if any(q[2] > p[2] and _OWNS.fullmatch(body, p[2] + len(p[1]), q[2]) for q in named):
            continue                  # "in Uttar Pradesh's Sitapur district", "in Egypt's coastal city of Alexandria":
            #                           the state, its owner, holds it
        if _REFERENCE_BEFORE.search(body, max(0, p[2] - 60), p[2]) and not (
                p[2] < item.start and _ASIDE_OF_PLACE.fullmatch(body, p[2] + len(p[1]), item.start)):
            continue                  # "struck 80 km southwest of Lucknow, killing 121": where it is measured from
        taken = False
        for o in found:
            if o is not item and o.end <= p[2] and _OF_THEM.match(body, o.end) and not (
                    # "otros 20 heridos, cinco de ellos de gravedad, en el penal de X": after the part's
                    # words and a comma, the place of the whole clause
                    o.start > item.end and _COMMA_APART.search(body, o.end, p[2])):
                following = [f.start for f in found if f.start >= o.end]
                taken = taken or p[2] < min(following, default=len(body))
            # "370 people were killed, including 228 in Mexico City, and more than 6,000 were
            # injured": a place in the stretch of a part ("including 228") is the part's, not the
            # total's before it nor a figure's a comma after it (a sibling's place is shared: "242
            # were killed and 630 injured in a fire in Santa Maria")
            if o is not item and o.end <= p[2] and not _COMMA_APART.search(body, o.end, p[2]) and (
                    item.end <= o.start or _COMMA_APART.search(body, p[2], item.start)) and (
                        PART_BEFORE.search(body, max(0, o.start - 30), o.start) or gapped_part(body, o.start, o.end)
                        # "Of the 40 dead, 12 were in Lima and 4 in Cusco", "De los 40 muertos, 12 estaban
                        # en Lima": the total the parts after it break down has none of their places
                        or item.end <= o.start and OF_THE_SET.search(body, max(0, item.start - 16), item.start)):
                taken = True
            # "Piura was the worst hit region, with 20 dead, followed by Lambayeque with 8", "seguida de
            # Lambayeque con 8": the place a figure comes with is that figure's
            if o is not item and p[2] < o.start and (
                    _WITH_FIGURE.fullmatch(body, p[2] + len(p[1]), o.start)
                    # "destacan Burgos, con 339, y Valladolid, con 254": a list's items, each place with its figure
                    or _LISTED_BEFORE.search(body, max(0, p[2] - 14), p[2])
                    and _WITH_FIGURE.fullmatch(body, p[2] + len(p[1]) + 1, o.start)
                    and body.startswith(",", p[2] + len(p[1]))):
                taken = True
            if o is not item and item.end <= p[2] < o.start and body[p[2] + len(p[1]):o.start] == " " and \
                    _ITEM_BEFORE.search(body, max(0, p[2] - 6), p[2]):
                taken = True              # "114 and Sindh 80": Sindh is the 80's
            # "41 died in the city, and 12 more in Sindh", "41 murieron en la ciudad y otros 12 en Sindh": a
            # place named right after a later figure is that figure's when the number names its own place
            if o is not item and item.end <= o.start and p[2] > o.end and _OWN_LOCATIVE.search(
                    body, item.end, o.start) and _IN_AFTER.match(body, o.end) and p[2] - o.end <= 40 \
                    and not _COMMA_APART.search(body, o.end, p[2]):
                taken = True
            # "seguida de Taroudant (271 víctimas mortales)": the place a bracket with a figure follows is that figure's
            if o is not item and p[2] < o.start and _BRACKET_OPENS.fullmatch(body, p[2] + len(p[1]), o.start) and \
                    not _LEFT_FROM.search(body, max(0, p[2] - 30), p[2]):
                taken = True
        # "302 deaths (292 in Zhengzhou)": a place in brackets with a figure of its own is that figure's
        brackets = _brackets_around(body, p[2])
        if brackets is not None and not brackets[0] < item.start < brackets[1] and any(
                o is not item and brackets[0] < o.start < brackets[1] for o in found):
            taken = True
        # "676 dead, most of them in Manabí", "676 muertos, la mayoría en Manabí": the place of a part,
        # and those listed after it ("la mayoría de ellas de los reinos de Valencia y de Aragón")
        if p[2] > item.end and (_MOST_IN.search(body, item.end, p[2]) or most is not None and _MOST_LISTED.fullmatch(
                body, most[2] + len(most[1]), p[2])):
            taken = True
            most = p
        if not taken:
            out.append(p)
    return _address_heads(body, out)


# a figure's own place right after it and its noun: "1.7 million people in North Kivu", "12 personas en el estado de"
_OWN_IN = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:in|en)\s+(?:(?:the|la|el|los|las)\s+)?"
                     r"(?:[^\W\d_]+\s+(?:of|de|del)\s+)?", re.I)


def _between(item: Found, place: tuple[str, str, int]) -> tuple[int, int]:
    """The span between a figure and a place named before or after it."""
    return (item.end, place[2]) if place[2] >= item.end else (place[2] + len(place[1]), item.start)


def _brackets_around(body: str, at: int) -> tuple[int, int] | None:
    """The span of the brackets ``at`` lies in, if any (not nested, within 200 characters)."""
    opening = body.rfind("(", max(0, at - 200), at)
    if opening < 0 or ")" in body[opening:at]:
        return None
    closing = body.find(")", at, at + 200)
    return (opening, closing) if closing >= 0 else None


def _address_heads(body: str, places: list) -> list:
    """The places less the regions and countries an address names after a place inside them
    ("at a field, Manchester, Lancashire, England": Manchester, not the county it lies in)."""
    out: list = []
    after: set[int] = set()
    for p in sorted(places, key=lambda q: q[2]):
        if p[2] not in after:
            out.append(p)
            after.update(q[2] for q in address_after(body, places, p) if not is_city(q[0]))
    return out


# (and the town it names as its own: "mostly in Sindh province and its capital city, Karachi", "sobre todo en la
# provincia de Sindh y su capital, Karachi")
_MOST_LISTED = re.compile(r"(?:\s+(?:province|state|region|district|county|provincia|estado|regi[oó]n|departamento))?"
                          r"\s*(?:,\s*|\s(?:and|y|e)\s+)(?:(?:its|their|su|sus)\s+(?:[^\W\d_]+\s+){0,2}?"
                          r"(?:capital|city|town|port|ciudad|pueblo|puerto)(?:\s+city)?,?\s+)?"
                          r"(?:(?:in|en|de|from)\s+)?(?:(?:the|la|el|los|las)\s+)?", re.I)


# a figure's own place after it: "died in the city", "en la ciudad", "in Karachi"
_OWN_LOCATIVE = re.compile(r"\b(?:in|en)\s+(?:(?:the|la|el)\s+(?:city|town|capital|village|country|ciudad|capital|"
                           r"localidad|pueblo|pa[ií]s)\b|[A-ZÁÉÍÓÚÑ])")
# the most of a total, and its place: ", most of them in", ", la mayoría en", ", mostly in", ", sobre todo en"
_MOST_IN = re.compile(r"[,;(]\s*(?:(?:estando|siendo|with|con)\s+)?"
                      r"(?:(?:the\s+)?most(?:\s+of\s+them)?|the\s+majority(?:\s+of\s+them)?|mostly|mainly|"
                      # "381 personas, estando el mayor número de heridos en el cantón de Pasaje"
                      r"(?:el|la)\s+mayor\s+(?:n[uú]mero|parte|cantidad)|the\s+(?:largest|greatest)\s+number|"
                      r"la\s+mayor[ií]a(?:\s+de\s+ell[oa]s)?|sobre\s+todo|principalmente|mayoritariamente)"
                      # "most of them from Valencia", "la mayoría de ellas de los reinos de Valencia"
                      r"(?:\s+[^\W\d_]+){0,2}?\s+(?:in|en|from|de|del)\s+(?:the\s+|la\s+|el\s+)?(?:[^\W\d_]+\s+){0,2}?"
                      r"(?:(?:of|de|del)\s+)?$|"
                      # "las lluvias que devastaron principalmente la provincia de Valencia", "hit mainly Sindh" (not
                      # "in mostly mountainous Nepal")
                      r"\b(?:mostly|mainly|largely|primarily|especially|particularly|sobre\s+todo|principalmente|"
                      r"mayoritariamente|especialmente|particularmente)\s+(?=(?:the|la|el|los|las|in|en|del?)\b|"
                      r"(?-i:[A-ZÁÉÍÓÚÑ]))(?:(?:in|en)\s+)?(?:(?:the|la|el|los|las)\s+)?(?:[^\W\d_]+\s+){0,2}?"
                      r"(?:(?:of|de|del)\s+)?$", re.I)


_COMMA_APART = re.compile(r"[,;:()—–]")
# a set its parts are taken from, a total opened by "of the": "Of the 40 dead, 12 were in Lima", "two out of
# the three", "De los 40 muertos, 12 estaban en Lima", "13 de los 15", "entre los 40"
OF_THE_SET = re.compile(r"\b(?:of|out\s+of|de|entre)\s+(?:the|these|those|los|las|estos|estas)\s+$", re.I)
# a place, then "with" and a figure: "Lambayeque with 8", "Lambayeque con 8", "Lima with some 300"; not
# after a comma, an aside of the place ("70,000 people live in L'Aquila, with hundreds of thousands more")
# (or reporting it: "with Punjab reporting 114")
_WITH_FIGURE = re.compile(r"\s+(?:with|con|reporting|registering|recording|reportando|registrando|que\s+report[oó]|"
                          r"que\s+registr[oó])\s+(?:(?:some|about|around|nearly|more\s+than|at\s+least|unos|unas|"
                          r"cerca\s+de|m[aá]s\s+de|al\s+menos)\s+)?", re.I)
# what opens a list's item: "destacan Burgos, con 339, y Valladolid, con 254", "seguida de Palencia, con 108"
_LISTED_BEFORE = re.compile(r"(?:,|:|\b(?:and|y|e|de|by|destacan?|son|led\s+by))\s+$", re.I)
# a list's item, a place then its figure with no word between: "..., with Punjab reporting 114 and Sindh 80"
_ITEM_BEFORE = re.compile(r"(?:,|\b(?:and|y|e))\s+$")
# the words that open a part of a total: "including 228", "incluidas aproximadamente 7.000", "entre ellos 12"
PART_BEFORE = re.compile(r"\b(?:including|includes|among\s+them|of\s+(?:them|whom|which)|inclu[iy]\w*|"
                          r"entre\s+ell[oa]s|de\s+ell[oa]s|de\s+l[oa]s\s+cuales)\s+(?:(?:some|about|around|"
                          r"aproximadamente|unos|unas|cerca\s+de|m[aá]s\s+de|more\s+than)\s+)?$", re.I)


# a list of parts by place right after a total, with no word of inclusion: "20 fallecidos, 5 en la Región
# de Antofagasta y 15 en la Región de Atacama", "20 dead, 5 in Antofagasta and 15 in Atacama"
_GAPPED_HEAD = re.compile(r"\d\s+[^\W\d_]+\s*,\s*$|"
                          # after its verb and a credit: "More than 200 people were injured, Xinhua said, 96 in
                          # Gansu and 124 in Qinghai" (a credit, not a place of its own: "30 in Antioquia, 20 in
                          # Chocó" is a list)
                          rf"\d\s+[^\W\d_]+(?:\s+[^\W\d_]+){{0,3}}?\s*,\s*[{UPPER}][^\W\d_]*(?:\s+[^\W\d_]+){{0,3}}?\s+"
                          r"(?:said|says|reported|dijo|inform[oó]|report[oó]|señal[oó])\s*,\s*$")
_PLACED = (rf"\s+(?:in|en)\s+(?:(?:the|la|el|los|las)\s+)?(?-i:[{UPPER}])[^\W\d_]*"
           rf"(?:\s+(?:de|del|of|(?-i:[{UPPER}])[^\W\d_]*)){{0,4}}")
_GAPPED_NEXT = re.compile(rf"{_PLACED}\s*(?:,\s*|\s+(?:and|y|e)\s+)\d", re.I)
#: between two parts of such a list: " en la Región de Antofagasta y ", " in Cebu City, and " (a serial comma)
AND_PLACED_PART = re.compile(rf"{_PLACED}\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)", re.I)


def gapped_part(body: str, start: int, end: int) -> bool:
    """Whether the figure at [start, end) opens a list of parts by place right after its total ("20
    fallecidos, 5 en la Región de Antofagasta y 15 en ..."): its place is its own, not the total's."""
    return bool(_GAPPED_HEAD.search(body, max(0, start - 70), start) and _GAPPED_NEXT.match(body, end))


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
OTHER = re.compile(r"\s+(?:otr[oa]s|other|another|additional)\s+(?=\S)", re.I)
# "X y al menos otras nueve": others joined to a place named before (not "En X murieron otras 1.800";
# the name was shadowed by the population's _OTHERS_BEFORE below, which took both)
_AND_OTHERS_BEFORE = re.compile(r"\b(?:y|e|and|as\s+well\s+as)\s+(?:(?:al\s+menos|at\s+least|some|unas|unos|"
                                r"m[aá]s\s+de|more\s+than)\s+)?(?:otr[oa]s|other|another)\s+$", re.I)


# a count of places other than one named: "10 other cities", "otras 10 ciudades"
_PLACE_NOUN = re.compile(r"\s+(?:cities|towns|villages|regions|provinces|states|countries|districts|municipalities|"
                         r"ciudades|pueblos|localidades|regiones|provincias|estados|pa[ií]ses|distritos|municipios|"
                         r"departamentos|departments|comunas|aldeas)\b", re.I)
_OTHER_PLACES = re.compile(rf"\s+other{_PLACE_NOUN.pattern}", re.I)
_OTHER_BEFORE_PLACES = re.compile(r"\botr[oa]s\s+$", re.I)
_OTHER_COUNTRIES = re.compile(r"\s+(?:other\s+)?(?:countries|nations|pa[ií]ses|naciones)\b", re.I)


def _others_of(body: str, item) -> bool:
    """"X y al menos otras nueve ciudades", "X and three other towns", "besides X, in 10 other cities":
    a count of others than X."""
    head = body[max(0, item.start - 40):item.start]
    if _OTHER_PLACES.match(body, item.end) or _OTHER_BEFORE_PLACES.search(head) and _PLACE_NOUN.match(body, item.end):
        return True                   # "rallies were held in 10 other cities", "en otras 10 ciudades": places
    return bool(OTHER.search(item.text) and re.search(r"\b(?:y|e|and)\s+$", head)) or bool(
        _AND_OTHERS_BEFORE.search(head)) or bool(re.match(r"\s+other\b", body[item.end:item.end + 8])
                                                 and re.search(r"\b(?:y|e|and)\s+$", head))


# a ";", a dash, or a sentence's end that reference marks hid from the splitter ("40 000 muertos. [1][2]
# Aunque esta es una cantidad inferior a las de Tokio": Tokio is of the next sentence)
_CLAUSE_END = re.compile(r";|\s[—–]|[—–]\s|—|[.!?]\s*(?:\[\w{1,4}\]\s*)+(?=[A-ZÁÉÍÓÚÑ¿¡\"“«])|"
                         # a clause that sets another source's figure against the one before: ", whilst other
                         # sources estimate", ", mientras que otras fuentes"
                         r",(?:\s*\[\w{1,4}\])*\s+(?=(?:whilst|whereas|while|mientras\s+que)\s+(?:other|otr[oa]s)\b)|"
                         # a clause set against the one before, with its own place: "..., mientras aumentan las
                         # llegadas a Canarias", "..., whereas in Peru", "..., while 12 had died in Uganda",
                         # "..., even as the waters ravaged Punjab" (not "while fleeing", "while in Lima": a time of
                         # the same clause)
                         r",\s+(?=(?:whilst|whereas|mientras(?:\s+que)?|en\s+tanto\s+que|even\s+as|"
                         r"while(?!\s+(?:[^\W\d_]+ing|in|at|on|under|during|still)\b))\b)")


def _clause(body: str, start: int, end: int) -> tuple[int, int]:
    """The clause that holds [start, end): a ";", a dash, or the comma before "whilst other
    sources" ends one; not the pair of dashes of an aside ("nine people died – including two children –
    as houses collapsed in Khyber Pakhtunkhwa": one clause)."""
    asides = [m.span() for m in _DASH_ASIDE.finditer(body)] if "–" in body or "—" in body else []
    # (an end that overlaps an aside is its dash: " —entre ellos dos niños—", whose space opens no clause)
    ends = [m for m in _CLAUSE_END.finditer(body) if not any(a < m.end() and m.start() < b for a, b in asides)]
    lo = max((m.end() for m in ends if m.end() <= start), default=0)
    after = next((m for m in ends if m.start() >= end), None)
    hi = after.start() if after else len(body)
    there = _THERE_ARE_AFTER.search(body, end, hi)
    return lo, there.start() if there else hi


# a clause of its own that "and there are" opens after a figure: "dejaron 50 lesionados y hay dos casos de desaparecidos
# en el departamento de Nariño" (Nariño is the two's, not the 50's); it ends the clause of a figure before it only: one
# after it still shares the places named before ("En Nariño murieron tres y hay 50 heridos")
_THERE_ARE_AFTER = re.compile(r",?\s+(?:y|e|and|but|pero)\s+(?:(?:also|adem[aá]s|tambi[eé]n)\s+)?"
                              r"(?:hay|hab[ií]a|hubo|habr[aá]|existen|there\s+(?:are|were|is|was|have\s+been|had\s+been|"
                              r"will\s+be))\b", re.I)


# an aside between two dashes: " – including two children – ", "—dijo—"; a dash between spaces, or an em dash
# (not the en dash of a range: "100–200 people in Lima – the capital –")
_DASH_ASIDE = re.compile(r"(?:\s[—–]\s|—)[^—–.;!?]{1,60}?(?:\s[—–](?=\s)|—)")


_LIST_GAP = re.compile(r"(?:\s*\([^()]{1,40}\))?[\s,]*(?:(?:y|and|e|o|or)\s+(?:(?:in|en)\s+(?:the\s+|el\s+|la\s+)?)?)?"
                       r"(?:[A-ZÁÉÍÓÚÑ][\w'’-]*[\s,]+(?:(?:de|del|y|and)\s+)?){0,2}")   # "Armenia (El Salvador), X"


def _list_country(body: str, clause_places, found, item) -> str | None:
    """"Valparaíso, Maule, y Biobío, que acumulan más de 13 millones": three places or more
    listed together with no other figure among them: the figure is of their country."""
    places = sorted((p for p in specific(clause_places) if not p[1][:1].islower()), key=lambda p: p[2])
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
    if count < 3 or 3 * count < 2 * len(places):
        return None
    # the division of the clause that holds them all: "In England, 307 were killed in the counties of
    # Lincolnshire, Norfolk, Suffolk and Essex" (GB-ENG, not GB)
    listed = {code for code, _, _ in places}
    if _NATIONWIDE.search(body) or _MOST_OF.search(body):
        return country                        # "Across the country 120 died, most of them in the provinces of ..."
    holder = next((code for code, _, _ in clause_places if "-" in code and code not in listed and is_iso_code(code)
                   and all(is_iso_code(c) and iso_place(c)[1] == code for c in listed)), None)
    return holder or country


_MOST_OF = re.compile(r"\b(?:most|many|much|la\s+mayor[ií]a|gran\s+parte|buena\s+parte)\b", re.I)


# divisions listed, their noun once after the last: "Kayin, Mon, Tanintharyi and Rakhine States", "Mandalay, Magway
# and Sagaing regions", "las provincias de Loja, El Oro y Azuay"
_NAME = r"[A-ZÁÉÍÓÚÑ][\w'’-]+(?:\s+[A-ZÁÉÍÓÚÑ][\w'’-]+){0,2}"
_DIVISIONS = (r"(?:regions|states|provinces|districts|counties|departments|prefectures|governorates|regiones|"
              r"estados|provincias|departamentos|distritos|condados|municipios|comunas)")
_DIVISIONS_LISTED = re.compile(
    rf"(?:{_NAME},\s+)*{_NAME},?\s+(?:and|y|e)\s+{_NAME}\s+(?i:{_DIVISIONS})\b|"
    rf"\b(?i:(?:the|las|los)\s+{_DIVISIONS}\s+(?:of|de)\s+)(?:{_NAME},\s+)*{_NAME},?\s+(?:and|y|e)\s+{_NAME}")


# what a figure counts, as a list of nouns whose commas end no clause: "4,500 passengers, drivers and cargo helpers"
_NOUN = r"(?:[a-záéíóúñ]+\s+)?[a-záéíóúñ]+"
_NOUNS_LISTED = re.compile(rf"\s+{_NOUN}(?:,\s+(?!(?:and|or|y|e|o|u)\b){_NOUN})+,?\s+(?:and|or|y|e|o|u)\s+{_NOUN}\b")


def _divisions_listed(body: str, item, found, clause_places) -> str | None:
    """The country of the divisions a list after the figure names with their noun once ("23,884 displaced in
    Kayin, Mon, Tanintharyi and Rakhine States"): the count is of them all, in the country they lie in, though
    the gazetteer knows only some of them (or knows "Mandalay" as the city)."""
    following = min((f.start for f in found if f.start > item.end), default=len(body))
    listed = _DIVISIONS_LISTED.search(body, item.end, min(following, item.end + 200))
    nouns = _NOUNS_LISTED.match(body, item.end)      # "over 4,500 passengers, drivers and cargo helpers in ..."
    if listed is None or _COMMA_APART.search(body, nouns.end() if nouns else item.end, listed.start()):
        return None
    inside = [p for p in clause_places if listed.start() <= p[2] < listed.end()]
    countries = {country_of(code) for code, _, _ in inside}
    return countries.pop() if len(countries) == 1 and len(inside) >= 1 else None


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



# a name reconcile does not know, set off by a comma before a region: "in Juchitan, Oaxaca", "en Mocoa,
# Putumayo", "near Eldorado do Sul, Rio Grande do Sul"
_TOWN_BEFORE = re.compile(r"\b(?:in|en|at|near|cerca\s+de)\s+"
                          # "in the village of Xolbé, Quiché", "en la aldea Xolbé, en el departamento de Quiché"
                          r"(?:(?:the|la|el)\s+(?:(?:village|town|hamlet)\s+of|(?:aldea|pueblo|localidad|caser[ií]o|"
                          r"poblado)(?:\s+de)?)\s+)?([A-ZÁÉÍÓÚÑ][^\W\d_]+(?:[ -](?:(?:de|del|do|da)\s+)?"
                          # "en Montoro (Córdoba)": the region in brackets
                          r"[A-ZÁÉÍÓÚÑ][^\W\d_]+){0,3})(?:,\s*|\s*\(\s*)(?:(?:in|en)\s+)?(?:(?:the|el|la)\s+)?"
                          r"(?:(?:state|province|department|region|estado|provincia|departamento|regi[oó]n)\s+"
                          r"(?:(?:of|de|del)\s+)?)?$")


# a quarter of a city by its kind, before the city: "in the Itaewon neighborhood of Seoul", "the Gulshan district
# of Dhaka", "en el barrio de Itaewon de Seúl", "en la colonia Roma de la Ciudad de México"
_QUARTER_OF = re.compile(r"\b(?:in|at|en)\s+(?:the\s+|el\s+|la\s+)?(?:"
                         r"([A-ZÁÉÍÓÚÑ][^\W\d_]+(?:[ -][A-ZÁÉÍÓÚÑ][^\W\d_]+){0,2})\s+"
                         r"(?:neighbou?rhood|district|quarter|suburb|area|borough)\s+of|"
                         r"(?:barrio|distrito|colonia|comuna|sector|suburbio)\s+(?:de\s+)?"
                         r"([A-ZÁÉÍÓÚÑ][^\W\d_]+(?:[ -][A-ZÁÉÍÓÚÑ][^\W\d_]+){0,2})\s+(?:de|en))"
                         r"\s+(?:the\s+|la\s+|el\s+)?(?:city\s+of\s+|ciudad\s+de\s+)?$")


# capitalised words of a time, not of a town: "In March, Oaxaca reported 40", "En enero, Oaxaca"
_NOT_TOWNS = MONTHS | frozenset("monday tuesday wednesday thursday friday saturday sunday lunes martes miercoles "
                                "jueves viernes sabado domingo spring summer autumn fall winter primavera verano "
                                "otoño invierno total all addition".split())


# between a town and its country: a bare comma ("recorded at Amareleja, Portugal") or a bracket; not before a country's
# possessive, the subject of what follows ("debated in Congress, Mexico's president said")
_COUNTRY_AFTER_TOWN = re.compile(r"\s*[,(]\s*")
# the regions wider than a country that English and Spanish write as a name, and a division or water named by its
# kind ("County Kerry, Ireland", "Lake Kivu, Rwanda"): no town of the country after them
_WORLD_REGION = re.compile(r"(?:(?:County|Province|Region|District|Department|State|Provincia|Departamento|"
                           r"Regi[oó]n|Estado|Distrito|Condado|Comarca|Lake|River|Mount|Lago|R[ií]o|Monte)\b.*|"
                           r"Europe|Europa|Asia|Africa|África|America|América|Americas|Oceania|Oceanía|"
                           r"Scandinavia|Escandinavia|Caribbean|Caribe|Balkans|Balcanes|Middle East|Oriente Medio|"
                           r"Oriente Pr[oó]ximo|Latin America|Latinoam[eé]rica|Antarctica|Ant[aá]rtida|Sahel|Magreb|"
                           r"Maghreb|Mediterranean|Mediterr[aá]neo)", re.I)


# a region wider than a country where a count is made, after a word of place or motion: "reached Europe", "in the
# Mediterranean", "floods sweeping South Asia", "llegaron a Europa", "en el Mediterráneo" (not "European Union")
_REGION_OF_COUNT = re.compile(
    r"\b(?:in|into|across|throughout|reached|sweeping|swept|hit|struck|entered|arrived\s+in|"
    r"en|por|toda|todo|llegaron\s+a|lleg[oó]\s+a|azot[oó]|azota|afect[oó]\s+a|cruzaron)\s+(?:the\s+|el\s+|la\s+)?"
    # (the direction in either case: "across southern Africa", "in west Africa's outbreak")
    r"((?:(?i:South[- ]?east|South|Central|East|West|North|Southern|Northern|Eastern|Western)\s+)?"
    r"(?:Europe|Asia|Africa)|Europa|África|Asia|Latin\s+America|Am[eé]rica\s+(?:Latina|Central|del\s+Sur)|"
    r"Latinoam[eé]rica|Central\s+America|Centroam[eé]rica|South\s+America|Sudam[eé]rica|Caribbean|Caribe|"
    r"Mediterranean|Mediterr[aá]neo|Middle\s+East|Oriente\s+(?:Medio|Pr[oó]ximo)|Balkans|Balcanes|Sahel|"
    r"Scandinavia|Escandinavia|Sudeste\s+Asi[aá]tico)\b(?!\s+(?:Union|Uni[oó]n|Commission|Comisi[oó]n|Parliament|"
    r"Parlamento|Council|Consejo|Central\s+Bank|Banco|Development|de\s+Desarrollo|Court|Tribunal)\b)"
    # a country's part of the region is the country's ("el Caribe colombiano", "the Caribbean coast of Colombia")
    r"(?!\s+(?:[a-záéíóúñ]+(?:ano|ana|ense|eño|eña|és|esa|ian|ean|an)\b|coast|costa|region|regi[oó]n)\b)")
# what lies between a count and a region named in an aside or a relative clause: not where the count was made ("The
# storm, the strongest to hit the Caribbean in a decade, killed 900"; "la enfermedad, que golpea a Centroamérica")
_ASIDE_BETWEEN = re.compile(r"[,;:()—–]|\b(?:which|who|that|que|quien|quienes|donde|where)\b", re.I)


# a capitalised body's name, up to the town it is of: "Cuerpo de Bomberos de ", "the Fire Department of "
_BODY_OF_TOWN = re.compile(rf"[{UPPER}][^\W\d_]+\s+(?:(?:de|del|of|for)\s+)?[{UPPER}][^\W\d_]+\s+(?:de|del|of)\s+$")


def _with_article_towns(body: str, found: list[tuple[str, str, int]], story: Story) -> list[tuple[str, str, int]]:
    """``found`` with the towns the article called towns elsewhere, named here bare ("with its epicenter in
    Yesilyurt district. Four buildings in Yesilyurt ..."), declared inside the article's country."""
    if not story.towns or story.country is None:
        return found
    added = []
    own = {name for name, _ in towns_named(body)}      # named by its word here: read as the sentence reads it
    for name in story.towns - own:
        for match in re.finditer(rf"(?<![\w-]){re.escape(name)}(?![\w-])", body):
            if opens_a_sentence(body, match.start()) and " " not in name:
                continue          # "the Peak District ... Peak flows reached": a capital its place explains
            if _BODY_OF_TOWN.search(body, max(0, match.start() - 40), match.start()):
                continue          # "el Cuerpo de Bomberos de Mallamas": a body's name, not where the count is
            if not any(q[2] <= match.start() < q[2] + len(q[1]) or match.start() <= q[2] < match.end() for q in found):
                added.append((city_code(story.country, name), name, match.start()))
    return sorted([*found, *added], key=lambda p: p[2]) if added else found


def _with_unknown_towns(body: str, found: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """``found`` with the towns reconcile does not know that the text names before their region
    ("in Juchitan, Oaxaca", "en Mocoa, Putumayo") or their country ("recorded at Amareleja,
    Portugal", "en Amareleja, Portugal"), declared inside that country: the town is the most
    specific place (GUIDE § place), as a known one is ("Ixtepec, Oaxaca")."""
    towns = []
    inside: set[int] = set()                 # the cities a quarter named before them lies in
    for code, name, at in found:
        if is_city(code):
            quarter = _QUARTER_OF.search(body, max(0, at - 80), at)
            group = 1 if quarter is not None and quarter.group(1) else 2
            if quarter is not None and not _NOT_TOWNS & {fold_word(word) for word in quarter.group(group).split()}:
                # "in the Itaewon neighborhood of Seoul", "en el barrio de Itaewon de Seúl": the quarter (in the
                # city's country, if reconcile does not know it); the city is only where it lies
                known = next((q for q in found if q[2] == quarter.start(group)), None)
                if known is not None and country_of(known[0]) == country_of(code) and group == 1:
                    continue                  # "the Lima district of Chosica": the district of Chosica, in Lima
                if known is not None and country_of(known[0]) != country_of(code):
                    inside.add(known[2])      # "the Roma neighborhood of Mexico City": not Rome
                    known = None
                if known is None:
                    towns.append((city_code(country_of(code), quarter.group(group)), quarter.group(group),
                                  quarter.start(group)))
                inside.add(at)
            continue
        match = _TOWN_BEFORE.search(body, max(0, at - 60), at)
        if match is not None and "-" not in code and (_WORLD_REGION.fullmatch(match.group(1))
                                                      or not _COUNTRY_AFTER_TOWN.fullmatch(body, match.end(1), at)
                                                      or body.startswith(("'s", "’s"), at + len(name))):
            continue              # "in Europe, France": no town; "in Amareleja, Portugal": the town
        if match and not any(match.start(1) <= q[2] < at for q in found) and not _NOT_TOWNS & {
                fold_word(word) for word in match.group(1).split()}:
            towns.append((city_code(country_of(code), match.group(1)), match.group(1), match.start(1)))
    listed = list(found)
    while listed:
        # "58 fatalities in the town of Petropolis and 19 in Sumidouro": the next member of a list by town, and
        # the one after it ("40 were injured in Gharbiya, 12 in Qalyoubiya and two in Damietta")
        added = []
        for code, name, at in listed:
            after = _NEXT_IN_LIST.match(body, at + len(name)) if _IN_A_TOWN.search(body, max(0, at - 50), at) else None
            if after is not None and not any(q[2] == after.start(1) for q in [*found, *towns]) and \
                    not places_in(after.group(1)) and \
                    not _NOT_TOWNS & {fold_word(word) for word in after.group(1).split()}:
                added.append((city_code(country_of(code), after.group(1)), after.group(1), after.start(1)))
        towns.extend(added)
        listed = added
    return sorted([*(p for p in found if p[2] not in inside), *towns], key=lambda p: p[2]) if towns or inside \
        else found


# a count in a town, and the next: "58 in the town of Petropolis and 19 in Sumidouro", "12 en Mocoa y 3 en Villagarzón"
# (a small count written as a word: "cinco en Nahuizalco, una en Juayúa y otra en Armenia", "two in Damietta")
_SMALL_COUNT = (r"(?:\d[\d.,]*|one|two|three|four|five|six|seven|eight|nine|ten|another|una?|otr[ao]s?|dos|tres|cuatro|"
                r"cinco|seis|siete|ocho|nueve|diez)")
_IN_A_TOWN = re.compile(rf"\b{_SMALL_COUNT}(?:\s+[^\W\d_]+){{0,3}}\s+(?:in|en)\s+(?:el\s+)?(?:(?:the\s+)?"
                        r"(?:town|city|village|municipality)\s+of\s+|(?:la\s+)?(?:ciudad|localidad|municipio|"
                        r"poblaci[oó]n)\s+de\s+)?$", re.I)
_NEXT_IN_LIST = re.compile(rf"\s*(?:,\s*(?:and\s+|y\s+)?|\s+(?:and|y)\s+){_SMALL_COUNT}(?:\s+[a-z]+)?\s+(?:in|en)\s+"
                           rf"([{UPPER}][^\W\d_]+(?:\s+[{UPPER}][^\W\d_]+){{0,2}})\b")


# the end of a route, after where it began: "Traveling from Leyte Island to the Philippine capital, Manila",
# "navegaba desde Leyte hasta la capital, Manila": where a vessel was going, not where its count was made
_ROUTE_BEFORE = re.compile(rf"\b(?:from|desde)\s+(?:the\s+|la\s+|el\s+)?[{UPPER}][^\W\d_]*"
                           rf"(?:[\s-]+(?:(?:de|del)\s+)?[{UPPER}][^\W\d_]*){{0,3}},?\s+(?:to|a|hasta)\s+"
                           r"(?:the\s+|la\s+|el\s+)?(?:[^\W\d_]+\s+){0,2}?"
                           r"(?:(?:capital|city|port|town|ciudad|puerto)(?:\s+(?:of|de))?,?\s+)?$")


# a place the count leaves out: "excluding those in Port-de-Paix", "estas cifras no toman en cuenta a los
# municipios de Camp Perrin", "sin contar Jérémie"
_EXCLUDED_BEFORE = re.compile(r"\b(?:excluding|not\s+including|not\s+counting|except(?:\s+for)?|apart\s+from|"
                              r"aside\s+from|sin\s+contar|excepto|salvo|a\s+excepci[oó]n\s+de|"
                              r"no\s+(?:toman?|tienen?|tomaron|tuvieron)\s+en\s+cuenta|no\s+incluyen?)\b"
                              r"[^.;:()]{0,50}$", re.I)


def _wider_than_its_country(body: str, place: tuple[str, str, int], named: list[tuple[str, str, int]]) -> bool:
    """Whether a subdivision's name is written as the region wider than a country that shares it: "across the
    Sahel" (not Burkina Faso's Sahel region, unless the text calls it a region or names Burkina Faso)."""
    code, name, at = place
    return "-" in code and not is_city(code) and bool(_WORLD_REGION.fullmatch(name)) \
        and not PROVINCE_BEFORE.search(body, max(0, at - 30), at) and not PROVINCE_AFTER.match(body, at + len(name)) \
        and not any(q is not place and country_of(q[0]) == country_of(code) for q in named)


def _at_home(story: Story, found: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """``found`` with a subdivision of a country the article never names, whose name no place of the article's
    country bears, read in the article's country: as the subdivision of that country whose ISO 3166-2 name holds
    the name ("la Región Administrativa de Cordillera" in a Philippine article is PH-15, "Cordillera Administrative
    Region", not Paraguay's Cordillera), else as the article's country itself, the reviewer told (``_reading``)."""
    country = story.country
    if country is None or not any("-" in code and country_of(code) != country for code, _, _ in found):
        return found
    out = []
    beside = _struck_beside(story)
    for code, name, at in found:
        if "-" in code and not is_city(code) and country_of(code) != country and country not in countries_named(name) \
                and country_of(code) not in _countries_of_article(story) and code not in beside:
            code = subdivision_holding(name, country) or country
        out.append((code, name, at))
    return out


def _struck_beside(story: Story) -> frozenset[str]:
    """The subdivisions abroad that the opening names beside the article's country named by its name, as places of
    the event of their own: "Hurricane Ian hit Cuba and then Florida" makes Florida US-FL, not a place of Cuba."""
    found = [p for sentence in story.sentences[:3] for p in places_in(sentence.text, story.country)]
    if story.country not in {code for code, _, _ in found}:
        return frozenset()
    return frozenset(code for code, _, _ in found if "-" in code and not is_city(code))


def _countries_of_article(story: Story) -> frozenset[str]:
    """The countries the article names by their names, in its title and text (not ``story.struck``, which holds the
    countries of the subdivisions named too)."""
    return _countries_named_in(f"{story.article.title or ''}\n{story.article.text}", story.country) \
        | frozenset(story.several)


@lru_cache(maxsize=8)
def _countries_named_in(text: str, country: str | None) -> frozenset[str]:
    return frozenset(code for code, _, _ in places_in(text, country) if "-" not in code)


def _reading(story: Story, places: list, code: str) -> str | None:
    """The reviewer's check for a place of ``code`` that one of ``places`` names otherwise than ISO 3166 does: a close
    spelling or a word of its ISO name (``place_near``), or a subdivision's name of a country the article does not
    name, left to the article's country (``_at_home``)."""
    for other, name, _ in places:
        if other != code or is_city(code):
            continue
        if "-" in code and (check := reading_check(name, code)):
            return check
        if code == story.country and (abroad := countries_named(name) - {code}) and code not in countries_named(name):
            return (f"place ({name!r}: ISO 3166 has a subdivision of that name only in {', '.join(sorted(abroad))}, "
                    "which the article does not name; left to the article's country; check it)")
    return None


def sentence_places(story: Story, line: Line, previous: list) -> list[tuple[str, str, int]]:
    """The places of a sentence that may be where its counts are, (code, name, offset) each, not a
    route's end ("from Leyte to Manila, the ferry carried 2,000"); "There, 415 crossed": the places
    of the sentence before (``previous``); "This resulted in 5,900 deaths": the place of the main
    clause of the sentence before ("Libya was hit the hardest, with ... near Derna": Libya); "the
    city": the city named last before it, in the sentence or the one before."""
    body = line.body
    # "Greater Buenos Aires reported 10 deaths": a place that reports a count is where, not who
    # a place inside a claimant's name ("The New York Times") is not where the count is
    credits = credit_spans(body)
    if story.dateline is not None and line.sentence.start < story.dateline <= line.sentence.start + len(body):
        # the dateline's places are the article's (``where``), in the sentence it opens
        credits.append((0, story.dateline - line.sentence.start))
    where = story.where
    named_places = _with_article_towns(body, _with_unknown_towns(body, _at_home(story, read_as_divisions(
        body, places_in(body, story.country), story.divisions))), story)
    came_from = origins(body, named_places)   # "migrants from Syria": not where they were counted
    places = _towns_first(body, [
        p for p in named_places
        if not (in_claimants_name(body, line.said, p[2], p[1]) and not _in_places_subject(body, line.said, p,
                                                                                         named_places))
        and not persons_name(body, p[1], p[2])
        and not venue_named(body, p[2])
        and not any(a <= p[2] < b for a, b in credits) and p[2] not in came_from
        and not _ROUTE_BEFORE.search(body, max(0, p[2] - 80), p[2])
        # "Syria's opposition bloc", "the UN Mission in Syria": whose the body is, not where
        and not (where and in_body_name(body, p[2], p[1], p[0] == country_of(p[0])))
        and not _wider_than_its_country(body, p, named_places)])
    speaker_at = _SPEAKER_AT.match(body)
    if speaker_at is not None:
        # "Desde la ciudad de Roma, donde se encontraba, el presidente declaró...": where the speaker is
        places = [p for p in places if p[2] >= speaker_at.end()]
    # "Nikiforov told reporters in Moscow that 500,000 were homeless": where the speaker was
    places = [p for p in places if not _SPOKE_IN.search(body, max(0, p[2] - 80), p[2])
              # "a las 23:49 hora en Argentina", "at 11:49 p.m. Argentina time": a clock's, not a place of the count
              and not _CLOCK_BEFORE.search(body, max(0, p[2] - 30), p[2])
              and not _CLOCK_AFTER.match(body, p[2] + len(p[1]))
              # "las crecidas del río Paraná", "along the Paraná River": the water, not the town or region
              and not a_water(body, p[1], p[2])
              # "the ferry was sailing to Dakar with 2,000 passengers": where it was bound, not where it sank
              and not BOUND_FOR.search(body, max(0, p[2] - 40), p[2])
              # "cuando el vehículo volvía a Barcelona", "as the bus was returning to Barcelona"
              and not _VEHICLE_GOING_BACK.search(body, max(0, p[2] - 70), p[2])]
    if story.country and not places:
        # "many of the 16,000 residents of Stepanavan": a town reconcile does not know, in the article's country
        for match in _RESIDENTS_OF.finditer(body):
            if fold_word(match.group(1)) not in _NOT_TOWNS and not places_in(match.group(1)):
                places.append((city_code(story.country, match.group(1)), match.group(1), match.start(1)))
    if story.country and not places and (town := row_town(story.article.text, story.sentences, line.number,
                                                          story.country)) is not None:
        places = [town]           # "Subirats: 0" among "Barcelona: 15", "Cambrils: 1": a town of the article's country
    for aside in _SPEAKING_IN.finditer(body):
        # "President X, speaking in Rome, said 233 had died": where the speaker was, not where they died
        places = [p for p in places if not aside.start() <= p[2] < aside.end()]
    city = _THE_CITY.search(body)
    if city is not None:
        # "El Alto denunció que 400 viviendas de la ciudad", "killed in Kano ... fled the city": the city
        # named last before, in the sentence (even in a body's name) or in the one before it
        # one city only, not where people came from or went to ("Firefighters were sent from Chittagong")
        before = [p for p in named_places if p[2] < city.start() and is_city(p[0]) and p[2] not in came_from
                  and not _ROUTE_BEFORE.search(body, max(0, p[2] - 80), p[2])]
        paper = outlet_cities(body[:city.start()], story.country) if not before else []
        if not before and line.number > 0:
            earlier = story.sentences[line.number - 1].text
            in_earlier = places_in(earlier, story.country)
            before = [p for p in in_earlier if is_city(p[0]) and p[2] not in origins(earlier, in_earlier)
                      and not _ROUTE_BEFORE.search(earlier, max(0, p[2] - 80), p[2])
                      and (not _TO_OR_FROM.search(earlier, max(0, p[2] - 12), p[2])
                           or _TOWN_NAMED.search(earlier, max(0, p[2] - 24), p[2]))]
        if paper and (not before or all(country_of(p[0]) != country_of(paper[-1][0]) for p in before)):
            # "The Chicago Tribune reported that 150,000 rallied in the city": the paper's city, when the
            # sentence before names none of its country (after "marched in Minneapolis", Minneapolis)
            before = paper
        if len({p[0] for p in before}) == 1 and not any(p[0] == before[-1][0] for p in places):
            places = sorted([*places, (before[-1][0], before[-1][1], city.start())], key=lambda p: p[2])
    state = _THE_STATE.search(body)
    if state is not None and places:
        # "The floods in Assam claimed five lives, even as ... with 800,000 affected across 17 districts in the
        # state": the state named last before it in the sentence, for the clause it stands in
        regions = [p for p in places if p[2] < state.start() and "-" in p[0] and not is_city(p[0])]
        if len({p[0] for p in regions}) == 1:
            places = sorted([*places, (regions[-1][0], regions[-1][1], state.start(1))], key=lambda p: p[2])
    elif state is not None:
        # "530 cases were confirmed in the state" after "in Telangana": the state or province named last
        # before, in the sentence, the one before it, or the article's own
        regions = [p for p in named_places if p[2] < state.start() and "-" in p[0] and not is_city(p[0])]
        if not regions and line.number > 0:
            regions = [p for p in places_in(story.sentences[line.number - 1].text, story.country)
                       if "-" in p[0] and not is_city(p[0])]
        if not regions and where and "-" in where[0] and not is_city(where[0]):
            regions = [(where[0], where[1], 0)]
        if len({p[0] for p in regions}) == 1:
            places = [(regions[-1][0], regions[-1][1], state.start(1))]
    if not places and _THERE.match(body):
        places = [(code, name, 0) for code, name, _ in previous]   # "There, 415 crossed"
    elif not places and line.number > 0 and _THIS_RESULTED.match(body):
        # "X was hit the hardest, with ... near Y. This resulted in 5,900 deaths": what the sentence before
        # tells first, its main clause's place
        main = re.split(r"[,;:(]", story.sentences[line.number - 1].text, maxsplit=1)[0]
        in_main = places_in(main, story.country)
        named = [p for p in in_main if p[2] not in origins(main, in_main)
                 and not _ROUTE_BEFORE.search(main, max(0, p[2] - 80), p[2])]
        if len({p[0] for p in named}) > 1:
            named, previous = [], []  # "Rains that began in India moved into Pakistan": no one place, the article's
        places = [(code, name, 0) for code, name, _ in named] or [(code, name, 0) for code, name, _ in previous]
    return places


def _in_places_subject(body: str, said: list, place: tuple[str, str, int], named: list) -> bool:
    """Whether ``place`` is one of the places an unnamed subject lists before its verb ("Texas and New Mexico
    reported 120 and 30 cases, respectively", "Chihuahua y Durango registran"): the places that report their
    counts, where each count is, not a claimant's name."""
    for a in said:
        if a.who or not a.before or not a.start <= place[2] < a.end:
            continue
        last = max(at + len(name) for _, name, at in named if a.start <= at < a.end)
        if several_places(body[a.start:last]):
            return True
    return False


# a town called by its kind ("la comuna de Curacaví", "the town of Dunai"): its "de" is no "from"
_TOWN_NAMED = re.compile(r"\b(?:comuna|ciudad|municipio|localidad|pueblo|villa|city|town|village|municipality)\s+"
                         r"(?:de|of)\s+$", re.I)
# a town named as where people came from or went to: "sent from Chittagong", "went to Houston", "viajaron a Valparaíso"
_TO_OR_FROM = re.compile(r"\b(?:from|to|into|de|desde|a|hacia|hasta)\s+(?:the\s+|la\s+|el\s+)?$", re.I)


# a state, a province by that noun alone, where something is: "in the state", "en la provincia" (not "the
# state of X", "the state government", "la provincia de X")
_THE_STATE = re.compile(r"\b(?:in|across|throughout|en|por\s+toda)\s+(?:the|this|that|el|este|ese|la|esta|esa)\s+"
                        r"(state|province|region|estado|provincia|regi[oó]n)\b(?!\s+(?:of|de|del|government|capital|"
                        r"police|legislature|assembly)\b|['’]s|\s+(?-i:[A-ZÁÉÍÓÚÑ]))", re.I)


# the city by that noun alone: "the city", "la ciudad", "esta comuna", "this town" (not "the city of X", "la
# ciudad de X")
_THE_CITY = re.compile(r"\b(?:(?:the|this|that)\s+(?:city|town|municipality)|(?:la|esta|esa)\s+(?:ciudad|comuna|"
                       r"localidad)|(?:este|ese)\s+(?:municipio|pueblo))\b(?!\s+(?:of|de|del)\b|['’]s)", re.I)


# a sentence that tells the outcome of what the one before told: "This resulted in 5,900 deaths", "This
# left 300 dead", "Esto provocó 300 muertes", "Ello causó"
_THIS_RESULTED = re.compile(r"(?:This|That|These|Esto|Ello|Eso)\s+(?:(?:in\s+turn|also|then|finalmente|también)\s+)?"
                            r"(?:resulted\s+in|led\s+to|caused|left|killed|produced|brought|"
                            r"provoc[oó]|caus[oó]|dej[oó]|produjo|ocasion[oó]|tuvo\s+como\s+resultado|"
                            r"se\s+tradujo\s+en|dio\s+lugar\s+a)\b")


# a figure followed by "in" and its own place: "12 in the states of Oaxaca", "12 people in Tlapa", "a 12 en
# Oaxaca", "12 personas en los estados de"
_IN_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:in|en)\s+", re.I)


# the verb of a figure and its place after a few words: "at least 120 are missing after floods in Nepal", "are missing
# and feared dead following severe floods and landslides in mostly mountainous Nepal"
_VERB_THEN_IN = re.compile(r"\s+(?:are|were|is|was|have\s+been|had\s+been|están|estaban|han|habían)\s+"
                           r"(?:[^\W\d_]+\s+){1,10}?(?:in|en)\s+", re.I)


def _theirs_left(body: str, item: Found, found: list[Found], clause_places: list) -> list:
    """The places of the clause less those of the figure before ``item`` when ``item`` names its
    own after it ("Floods killed 40 people in northern Guerrero and 12 in the states of Oaxaca and
    Chiapas", "mataron a 40 personas en el norte de Guerrero y a 12 en los estados de Oaxaca y
    Chiapas": Guerrero is the 40's; the 12's are Oaxaca and Chiapas)."""
    match = _IN_AFTER.match(body, item.end) or _VERB_THEN_IN.match(body, item.end)
    if match is None:
        return clause_places
    following = min([f.start for f in found if f.start >= item.end], default=len(body))
    after = [p for p in clause_places if match.end() <= p[2] < following]
    if not after or after[0][2] - match.end() > 30:
        return clause_places
    # (and a place before the figure before: "Rains in Bangladesh killed 47 people and at least 120 are missing after
    # floods in Nepal": Bangladesh is the 47's)
    return [p for p in clause_places if not (p[2] < item.start and any(
        o is not item and (o.end <= p[2] or p[2] < o.start) and o.end <= item.start for o in found))]


# between a measure and the place it was taken in: "106 degrees in Phoenix", "400 milímetros en el
# departamento de Colón", "46 grados en la ciudad de Córdoba", "200 mm of rain in the state of Kerala",
# "47 °C (117 °F), recorded at Amareleja"
_MEASURED_IN = re.compile(r"(?:\s*[°º]\s?[CF]\b)?(?:\s*\([^()]{1,30}\))?(?:\s+(?:of|de)\s+[^\W\d_]+)?"
                          # "47 °C (117 °F), recorded at Amareleja", "47 °C, registrados en Amareleja"
                          r"(?:,?\s+(?:(?:was|were|being|fue|fueron)\s+)?(?:recorded|registered|measured|observed|"
                          r"registrad[oa]s?|medid[oa]s?|observad[oa]s?))?"
                          r"\s+(?:in|en|at)\s+(?:the\s+|el\s+|la\s+)?"
                          r"(?:(?:state|province|department|region|city|town|estado|provincia|departamento|"
                          r"regi[oó]n|ciudad|municipio)\s+(?:of|de|del)\s+)?", re.I)


# the rest of a bracket that holds a measure: "(2 metros)", "(1,500 km away)", "(760 km de distancia)"
_BRACKET_CLOSES = re.compile(r"\s*(?:away|de\s+distancia|from\s+the\s+epicent(?:re|er)|del\s+epicentro)?\s*\)", re.I)


def _measured_in(body: str, item: Found, clause_places: list) -> tuple[str, str, int] | None:
    """The place a measure says it was taken in, right after it ("registró 46 grados en Córdoba"):
    the measure's own, not the event's."""
    after = next((p for p in clause_places if p[2] >= item.end and _MEASURED_IN.fullmatch(body, item.end, p[2])),
                 None)
    if after is not None:
        return after
    # "Shaanxi province was the hardest hit with 489 millimeters", "Piura registró 120 milímetros": the place the
    # clause opens with, whose verb took the measure
    subject = next((p for p in clause_places if p[2] + len(p[1]) <= item.start
                    and _SUBJECT_MEASURED.fullmatch(body, p[2] + len(p[1]), item.start)
                    and not any(p[2] < q[2] < item.start for q in clause_places)), None)
    if subject is not None:
        return subject
    # "En la provincia de León, las llamas han calcinado 2.500 hectáreas": an area burned or flooded in the place the
    # sentence opens with (not a depth or a speed, the event's wherever the sentence is set)
    opener = next((p for p in clause_places if _OPENS_IN.fullmatch(body, 0, p[2])), None) \
        if item.unit in AREAS else None
    if opener is not None and opener[2] + len(opener[1]) <= item.start and \
            not any(opener[2] < q[2] < item.start or q[2] > item.end for q in clause_places) and \
            not TRIGGER.search(body, opener[2] + len(opener[1]), item.start):
        # (not "In Washington, officials said the blaze had burned 20,000 acres": where it was said)
        return opener
    # "olas de tsunami en Puerto Limón (2 metros); Cahuita (80 centímetros)": the place right before the bracket
    # that holds the measure (its region between: "Salina Cruz, Oaxaca (1.1 metros)" is Salina Cruz)
    opened = body.rfind("(", 0, item.start)
    if opened < 0 or body[opened + 1:item.start].strip() or not _BRACKET_CLOSES.match(body, item.end):
        return None
    before = [p for p in clause_places if p[2] + len(p[1]) <= opened and not body[p[2] + len(p[1]):opened].strip(" ,")
              or p[2] + len(p[1]) <= opened and _TOWN_THEN_REGION.fullmatch(body, p[2] + len(p[1]), opened)]
    return min(before, key=lambda p: p[2]) if before else None


# a sentence that opens with the place it is set in: "En Castilla y León, ", "En la provincia de ", "In the county of "
_OPENS_IN = re.compile(r"\s*(?:En|In)\s+(?:(?:la|el|the)\s+(?:provincia|comarca|regi[oó]n|comunidad|municipio|"
                       r"province|county|region|district|state)\s+(?:de\s+|of\s+)?)?")


# a place's verb that takes a measure in it, between the place and the measure: "Shaanxi province was the hardest hit
# with", "Piura registró", "the city recorded up to"
_SUBJECT_MEASURED = re.compile(r"(?:\s+(?:province|state|county|region|city|provincia|estado|departamento|regi[oó]n|"
                               r"ciudad))?\s+(?:was\s+the\s+(?:hardest|worst)[-\s](?:hit|affected)|recorded|registered|"
                               r"received|saw|got|registr[oó]|recibi[oó]|acumul[oó]|"
                               r"fue\s+(?:la|el)\s+m[aá]s\s+afectad[oa])\b[^.;,]{0,30}?\s*", re.I)
# between a town and the bracket of its measure, its region: ", Oaxaca "
_TOWN_THEN_REGION = re.compile(rf",\s+[{UPPER}][^\W\d_]+(?:\s[{UPPER}][^\W\d_]+)?\s*")


# a figure of people, then the verb of their going and the place they went to: "6,000 went to Canada",
# "4,500 refugees ended up in India", "27,200 emigrated to the United Kingdom", "6.000 emigraron a Canadá"
# (the place after "to", "in", "a", "en": "300 fled Syria" is where they came from; "reached Florida" alone
# needs none)
_GONE_TO = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:(?:(?:were|fueron)\s+)?(?:went|moved|fled|emigrated|migrated|"
                      r"relocated|resettled|settled|ended\s+up|arrived|sought\s+refuge|took\s+refuge|"
                      r"se\s+fueron|emigraron|migraron|huyeron|se\s+establecieron|se\s+instalaron|"
                      r"se\s+refugiaron|llegaron|acabaron|terminaron|reasentad[oa]s|acogid[oa]s|"
                      # where they died, in a list by country: "100 people died in Indonesia, 200 in Malaysia"
                      r"died|perished|were\s+killed|murieron|fallecieron|perecieron|muri[oó]|falleci[oó])"
                      r"\s+(?:to|in|into|a|en|hacia)|reached)(?:\s+(?:the|la|el|los|las))?"
                      r"(?:\s+(?:nearby|neighbou?ring|vecin[oa]|cercan[oa]))?\s+$", re.I)


# a figure, its noun and the place right after it, in a list by country: "13 victims in Honduras and two in
# Nicaragua", "más de 40 en Honduras"
_COUNTED_IN = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s+(?:in|en)(?:\s+(?:the|la|el))?\s+$", re.I)


def _gone_to(body: str, item: Found, found: list[Found], clause_places: list,
             pattern: re.Pattern[str] = _GONE_TO) -> tuple[str, str, int] | None:
    """The place a count of people went to, named right after it and before the next figure ("6,000
    went to Canada, 4,500 refugees ended up in India"): where they were counted (as "125,000 Cubans
    arrived in the United States"), whatever other countries the sentence lists. ``pattern``: the
    words between the figure and the place."""
    following = min([f.start for f in found if f.start >= item.end], default=len(body))
    gone = next((p for p in clause_places if item.end < p[2] < following and pattern.fullmatch(body, item.end, p[2])),
                None)
    if gone is not None and any(gone[2] < q[2] < following and (
            _OR_TO.fullmatch(body, gone[2] + len(gone[1]), q[2])
            # "200 murieron en Nicaragua, Honduras y Guatemala": a list of countries (not "died in Lima, Peru")
            or country_of(q[0]) != country_of(gone[0]) and body.startswith(",", gone[2] + len(gone[1]))
            and not body[gone[2] + len(gone[1]) + 1:q[2]].strip()) for q in clause_places):
        return None                   # "2,500 went to Kenya or to Pakistan": no one place
    # (not a city whose name the region around it shares: "in Ukraine's Kharkiv region")
    owned = next((q for q in clause_places if gone is not None and q[2] > gone[2]
                  and _OWNS.fullmatch(body, gone[2] + len(gone[1]), q[2])
                  and not (is_city(q[0]) and _NAMED_REGION_AFTER.match(body, q[2] + len(q[1])))), None)
    return owned or gone              # "killed in Libya's eastern city of Benghazi": Benghazi


# between the figures of a list of counts: "48 muertos, 23 desaparecidos y 155", "40 dead and 100"
# (and a verb of the next count: "killed 13 people, injured 40 and left 200 homeless in Honduras")
_COUNTS_JOIN = re.compile(r"(?:\s+[^\W\d_]+){0,2}?\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)"
                          r"(?-i:[a-záéíóúñ]+\s+)?"
                          r"(?:(?:al\s+menos|at\s+least|unos|unas|some|about|more\s+than|m[aá]s\s+de)\s+)?", re.I)


def _list_then_place(body: str, item: Found, found: list[Found], clause_places: list) -> tuple[str, str, int] | None:
    """The place named right after the last figure of a list of counts that ``item`` opens or is in."""
    after = [f for f in found if f.start >= item.end]
    last = item
    for following in after:
        if not _COUNTS_JOIN.fullmatch(body, last.end, following.start):
            break
        last = following
    if last is item:
        return None
    return _gone_to(body, last, found, clause_places, _COUNTED_IN)


_OR_TO = re.compile(r"\s*,?\s*(?:and|or|y|e|o|u)\s+(?:(?:to|in|a|en)\s+)?(?:(?:the|la|el)\s+)?", re.I)


_RESPECTIVELY = re.compile(r"\brespectiv(?:ely|amente)\b", re.I)
# between the members of a list: "302 and 276", "93% y 98%", "Nova Friburgo and Teresopolis", "A, B y C"
_MEMBERS_JOIN = re.compile(r"[\s,]*(?:(?:and|y|e)\s+)?", re.I)
# between figures of such a list: "302 and 276", "el 93% y el 98%"
_FIGURES_JOIN = re.compile(r"[\s,]*(?:(?:and|y|e|el|la)\s+)*", re.I)


def _respectively(body: str, item: Found, found: list[Found], places: list) -> tuple[str, str, int] | None:
    """The place of ``item``'s rank among the figures a sentence pairs with as many places by
    "respectively" ("in the cities of Nova Friburgo and Teresopolis, with 302 and 276 fatalities,
    respectively", "en Asturias y Cantabria, el 93% y el 98%, respectivamente")."""
    closing = _RESPECTIVELY.search(body, item.end, item.end + 300)
    if closing is None:
        return None
    before = [f for f in found if f.end <= closing.start()]
    if item not in before:
        return None
    group = [before[-1]]
    for f in reversed(before[:-1]):
        if not _FIGURES_JOIN.fullmatch(body, f.end, group[0].start):
            break
        group.insert(0, f)
    if item not in group or len(group) < 2:
        return None
    listed = [p for p in specific(places) if p[2] + len(p[1]) <= group[0].start]
    if len(listed) < len(group):
        return None
    listed = listed[-len(group):]
    if not all(_MEMBERS_JOIN.fullmatch(body, a[2] + len(a[1]), b[2]) for a, b in zip(listed, listed[1:])):
        return None
    return listed[group.index(item)]


# a place and others of the region that holds them: "Cosenza y otras localidades de Calabria", "Cosenza and other towns
# in Calabria"
_AND_OTHERS_OF = re.compile(r"\s+(?:y|e|and)\s+(?:otr[oa]s|other)\s+(?:[^\W\d_]+\s+)?(?:localidades|ciudades|pueblos|"
                            r"municipios|poblaciones|zonas|[aá]reas|comunidades|aldeas|towns|cities|villages|"
                            r"municipalities|areas|communities)\s+(?:de|del|de\s+la|en|in|of)\s+(?:the\s+)?$", re.I)


def _and_others_of(body: str, clause_places: list, item: Found) -> tuple[str, str] | None:
    """The place that holds a place the clause names and others of it ("Cosenza y otras localidades de Calabria"), in
    the count's own clause, not where people came from ("Voluntarios de Nápoles y otras ciudades de Campania")."""
    ordered = sorted(clause_places, key=lambda p: p[2])
    for first, then in zip(ordered, ordered[1:]):
        if not _AND_OTHERS_OF.fullmatch(body, first[2] + len(first[1]), then[2]) or \
                _ORIGIN_BEFORE.search(body, max(0, first[2] - 12), first[2]):
            continue
        lo, hi = sorted((first[2], item.start))
        between = body[item.end:first[2]] if item.end <= first[2] else ""
        own = any(p[2] < item.start and p[2] not in (first[2], then[2]) for p in clause_places)
        if not own and not _OTHER_CLAUSE.search(body, lo, hi) and not re.search(r"\d", between):
            return then[0], then[1]           # (not "Murieron 300 en Cosenza y 40 en Crotone y otras ...": the 300)
    return None


_ORIGIN_BEFORE = re.compile(r"\b(?:de|del|from|desde)\s+$", re.I)
# a clause of its own between a phrase and the count: "In Cosenza 120 died, while Reggio and other towns ..."
_OTHER_CLAUSE = re.compile(r";|\b(?:while|whereas|but|mientras|pero|donde|where|cuando|when)\b", re.I)


_IN_BEFORE_PLACE = re.compile(r"(?:^|[,;:]\s*|\b(?:y|and|e)\s+)(?:en|in)\s+(?:(?:el|la|los|las|the)\s+)?$", re.I)


def _in_place_then_figure(body: str, item: Found, places: list) -> tuple[str, str, int] | None:
    """The place of a list's member written "in PLACE N" ("en Lambayeque 7 y en Tumbes 4"): named right
    before the figure, after "en"/"in" that opens the member; or the place whose toll the figure is ("raising
    Bangladesh's overall death toll to 120 and India's to 169")."""
    for code, name, at in places:
        if at + len(name) <= item.start and not body[at + len(name):item.start].strip() and \
                _IN_BEFORE_PLACE.search(body[max(0, at - 30):at]):
            return code, name, at
        if at + len(name) <= item.start and _WHOSE_TOLL.fullmatch(body, at + len(name), item.start):
            return code, name, at
    return None


# a place's own toll, then the figure: "Bangladesh's overall death toll to ", "India's to ", "Nepal's toll stands at "
_WHOSE_TOLL = re.compile(r"['’]s\s+(?:(?:overall|total|official|national|confirmed|death|flood|quake|own)\s+){0,3}"
                         r"(?:(?:toll|tally|count)\s+)?(?:(?:has\s+|had\s+)?(?:rose|risen|rises|climbed|reached|stood|"
                         r"stands|was|is|went\s+up)\s+)?(?:to|at|of)\s+(?:(?:at\s+least|more\s+than|nearly|about|"
                         r"around|some|over)\s+)?")


def _named_place(story: Story, line: Line, item: Found, measure: bool, part: tuple[str | None, str | None],
                 clause_places: list, hi: int, checks: list[str]) -> tuple[str | None, str | None, str | None]:
    """(place, code, the pair's parent) of ``item`` among the places its clause names (``hi``:
    where the clause ends); the pair's parent is "" for a pair in two countries, None for no pair."""
    body, found, where = line.body, line.found, story.where
    place, place_code = part
    lo = _clause(body, item.start, item.end)[0]
    many = len({country_of(code) for code, _, _ in clause_places}) >= 3
    origin = _from_place(body, item, story.country) if measure else None
    if place is None and origin is not None:
        place_code, place = origin[0], place_value(origin[0], origin[1])
        if not origin[2]:
            checks.append(f"place ({origin[1]!r}: declared in _places.yaml inside "
                          f"{country_of(origin[0])}; check it)")
    others = _and_others_of(body, clause_places, item) if place is None else None
    if others is not None:
        # "Regio de Calabria y otras localidades de Calabria sufrieron graves daños, con la muerte de unas 25.000":
        # the region that holds them all
        return place_value(others[0], others[1]), others[0], None
    paired = _respectively(body, item, found, clause_places) if place is None else None
    if paired is not None:
        # "in Nova Friburgo and Teresopolis, with 302 and 276 fatalities, respectively": the place of its rank
        return place_value(paired[0], paired[1]), paired[0], None
    listed = _list_country(body, clause_places, found, item) if place is None else None
    listed = listed or (_divisions_listed(body, item, found, clause_places) if place is None else None)
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
    elif place is None and item.counted != "people" and (
            station := station_town(body, item.start, item.end, story.country)):
        # (a toll of people is not a station's measure: "Rescuers from the station in Kochi said 40 people had died in
        # Aluva" is Aluva's)
        # "The IMD station in Santacruz recorded 944 mm", "640,8 l/m² en el observatorio de Canyapar": its town
        place, place_code = place_value(station[0], station[1]), station[0]
        if not station[2]:
            checks.append(f"place ({station[1]!r}: the town of the station that took the measure, declared in "
                          f"_places.yaml inside {country_of(station[0])}; check it)")
    elif place is None and measure and (at := _measured_in(body, item, clause_places)) is not None:
        place, place_code = place_value(at[0], at[1]), at[0]    # "400 milímetros en el departamento de Colón"
    elif place is None and measure and (landed := landfall_town(body, story.article.text, story.country)):
        # "Making landfall over Galveston, ... with sustained winds of 110 mph": the storm's measure at its landfall
        place, place_code = place_value(*landed), landed[0]
    elif place is None and measure and where and is_city(where[0]) and before_landfall(body, lo, hi):
        # "winds of 315 km/h before landfall near X" in an article placed at X: at sea, before the town; the country
        place = place_code = country_of(where[0])
        checks.append("place (a measure before landfall: the country, not the landfall's town)")
    elif place is None and measure and where:
        place, place_code = place_value(*where), where[0]    # a depth, a speed: the event's
        checks.append("place (the article's: a measure of the event)")
    if pair == "":
        pass                          # no one of the pair is the count's place
    elif place is None and (bracketed := _place_before_bracket(body, item, clause_places)) is not None:
        # "Hungary (about 100,000 deaths)", "the United Kingdom (where more than 55,000 people died) and Paris"
        place, place_code = place_value(bracketed[0], bracketed[1]), bracketed[0]
    elif place is None and (gone := _gone_to(body, item, found, clause_places)) is not None:
        place, place_code = place_value(gone[0], gone[1]), gone[0]     # "6,000 went to Canada, 4,500 to India"
    elif place is None and many and any(item.end < p[2] <= item.end + 40 for p in clause_places) and (
            listed_in := _gone_to(body, item, found, clause_places, _COUNTED_IN)):
        # "13 victims in Honduras and two in Nicaragua"
        place, place_code = place_value(listed_in[0], listed_in[1]), listed_in[0]
    elif place is None and many and (listed_at := _list_then_place(body, item, found, clause_places)):
        # "dejó al menos 48 muertos, 23 desaparecidos y 155 heridos en Guatemala, además de ... El Salvador": the
        # place after the list's last figure is the whole list's
        place, place_code = place_value(listed_at[0], listed_at[1]), listed_at[0]
    elif place is None and many and (own_item := _place_with_figure(body, item, found, clause_places)):
        # "seguido de Perú con medio millón, Ecuador, con más de 220.000", "Colombia tiene ..., más de un millón":
        # a list of countries each with its figure
        place, place_code = place_value(own_item[0], own_item[1]), own_item[0]
    elif place is None and many:
        checks.append("place (the sentence names several countries)")
    elif (place is None and clause_places and _others_of(body, item)
          and specific(clause_places)[0][2] < item.start):
        # "en Amazonas y otras tres entidades del estado Apure": not the place it is joined to;
        # a place named after the number, else the country of the places before it
        after = [p for p in specific(clause_places) if p[2] > item.end]
        if not after and _OTHER_COUNTRIES.match(body, item.end):
            pair = ""                 # "in 34 other countries": of no one place, as a pair in two countries
            checks.append("place (a count of other countries: left empty)")
        else:
            code, name = (after[0][0], after[0][1]) if after else (country_of(clause_places[0][0]),) * 2
            place, place_code = place_value(code, name), code
            checks.append("place (a count of others than the place named before it)")
    elif place is None and _of_the_world(body, item, lo, hi, clause_places):
        pair = ""                     # "250,000 – 300,000 worldwide": of no one place
        checks.append("place (the whole world, as the sentence says: left empty)")
    elif place is None and not specific(clause_places) and (
            _region_holds(body, item, lo, hi) or _IN_OTHER_REGIONS.match(body, item.end)):
        pair = ""                     # "los países de América Latina acogen a 2,4 millones": of no one place
        checks.append("place (the countries of a region, or other regions, as the sentence says: left empty)")
    elif place is None and _REST_OF.search(body, item.end, min(hi, item.end + 80, *(
            f.start for f in found if f.start > item.end))):
        pair = ""                     # "34.820 las participantes en el resto del país": the country less a place
        checks.append("place (the rest of the country, less the place named before: left empty)")
    elif place is None and _OUTSIDE.match(body, item.end) and not _A_RECORD.search(body, 0, item.start):
        # (not a record's scope: "the first storm to cause $2 billion in damage outside the United States")
        pair = ""                     # "620 confirmed cases outside of China": of no one place
        checks.append("place (outside the place the sentence names: left empty)")
    elif place is None and (whole := _whole_place(body, item, found, clause_places)) is not None:
        # "contó 515.988 asistentes en toda España", "Across France, 61 officers were injured": that place as a whole,
        # not the dateline's town nor another place of the sentence
        place, place_code = place_value(whole[0], whole[1]), whole[0]
        checks.append(f"place (the whole of {whole[1]}, as the sentence says)")
    elif place is None and where and _nationwide(body, item, found, hi):
        # "1.08 million marched nationwide, 119,000 of them in Paris": the country
        place, place_code = country_of(where[0]), country_of(where[0])
        checks.append("place (the whole country, as the sentence says)")
    elif place is None and _over_several_places(body, item, found, clause_places, lo, hi) and (
            holder := _holder_of_places(body, item, clause_places, where)):
        # "2.012 muertes en nueve provincias, con 694 en la provincia de Al Haouz": the country, not one of them;
        # "over 4 lakh people across 15 districts" of Assam: Assam
        place, place_code = place_value(*holder), holder[0]
        checks.append("place (a count over several places, as the sentence says: the place that holds them)")
    elif place is None and (relative := _relative_place(body, clause_places, item)) is not None:
        place, place_code = place_value(relative[0], relative[1]), relative[0]   # "En Guatemala, donde el 75%"
    elif place is None and (own := _own_places(body, clause_places, found, item)):
        # the place named nearest the number, in its own stretch between commas first
        # ("X reported 91 deaths, and Y reported 10 deaths": Y is the 10's)
        # (between the place and the figure's own words: "with some 20,000 people marching in Nairobi" has no comma
        # between them but the figure's own)
        # (the commas between them, not the figure's own: "with some 20,000 people marching in Nairobi"; then the
        # figure's own "in X" after its noun: "Congo has displaced 1.7 million people in North Kivu" is North Kivu's,
        # where "Madrid hosted the rally with 1.5 million people protesting against the invasion of Iraq" is Madrid's)
        code, name, at = min(own, key=lambda p: (_COMMA_APART.search(body, *_between(item, p)) is not None,
                                                 not _OWN_IN.fullmatch(body, item.end, p[2]),
                                                 abs(p[2] - item.start)))
        if where and _broader(code, where[0]) and _SUPERLATIVE.search(body, max(0, at - 50), at):
            code, name = where        # "the worst tragedy in Argentina": a comparison's scope
        place = place_value(code, name)
        place_code = code
    return place, place_code, pair


# a place that holds or reports the figure after it: "Colombia tiene el mayor número de refugiados, más de un
# millón", "India reported 300 deaths", "Colombia acoge a 1,2 millones"
_HOLDS = re.compile(r"\s+(?:tiene|ten[ií]a|has|had|hosts|hosted|acoge|acog[ií]a|alberga|albergaba|registra|registr[oó]|"
                    r"reports|reported|reporta|report[oó]|records|recorded|cuenta\s+con)\b", re.I)


# a bracket that opens right after a place, and its figure: "Hungary (about 100,000 deaths)", "the United Kingdom
# (where more than 55,000 people died)", "Perú (donde murieron 300)"
# (after the place's other name and its division's word: "Kushk (Robat-e-Sagani) districts (30 families)")
_BRACKET_OPENS = re.compile(r"(?:\s+\([^()\d]{1,40}\))?(?:\s+(?:district|province|county|municipality|distrito|"
                            r"provincia|municipio)s?)?"
                            r"\s*\(\s*(?:(?:where|in\s+which|donde|en\s+donde)\s+)?(?:[^\W\d_]+\s+){0,3}", re.I)


_LEFT_FROM = re.compile(r"\b(?:left|departed(?:\s+from)?|sailed\s+from|set\s+sail\s+from|fled|from|sali[oó]\s+de|"
                        r"zarp[oó]\s+de|parti[oó]\s+de|huy[oó]\s+de|desde|procedente\s+de)\s+(?:the\s+|la\s+|el\s+)?$",
                        re.I)


def _place_before_bracket(body: str, item: Found, places: list) -> tuple[str, str, int] | None:
    """The place right before the bracket a figure opens, when the bracket names no place of its own before its
    end: "Hungary (about 100,000 deaths)" is Hungary's."""
    before = [p for p in places if p[2] + len(p[1]) <= item.start]
    if not before or not _BRACKET_OPENS.fullmatch(body, before[-1][2] + len(before[-1][1]), item.start) or \
            _LEFT_FROM.search(body, max(0, before[-1][2] - 30), before[-1][2]):
        return None                  # (not where it came from: "The ship left Turkey (with about 400 on board)")
    closed = body.find(")", item.end)
    inside = [p for p in places if item.end <= p[2] < (closed if closed >= 0 else len(body))]
    return None if inside else before[-1]


def _place_with_figure(body: str, item: Found, found: list[Found], places: list) -> tuple[str, str, int] | None:
    """The place a list's item pairs with ``item``: named right before it with "con", "with" ("Perú con medio
    millón", "Ecuador, con más de 220.000"), or holding it as the clause's subject, the first figure after it
    ("Colombia tiene ..., más de un millón")."""
    before = [p for p in places if p[2] + len(p[1]) <= item.start]
    if not before:
        return None
    last = before[-1]
    end = last[2] + len(last[1])
    if _WITH_FIGURE.fullmatch(body, end, item.start) or (
            body.startswith(",", end) and _WITH_FIGURE.fullmatch(body, end + 1, item.start)):
        return last
    if _HOLDS.match(body, end) and not any(end <= f.start < item.start for f in found) and \
            body.count(",", end, item.start) <= 2:
        return last
    return None


_DISTRICTS = re.compile(r"\b(?:districts|counties|municipalities|towns|villages|distritos|municipios|comunas|"
                        r"cantones|localidades|pueblos)\b", re.I)


def _holder_of_places(body: str, item: Found, places: list,
                      where: tuple[str, str] | None) -> tuple[str, str] | None:
    """(code, name) of what holds the places a count spans: for districts, towns or villages, the one region
    the clause names, else the article's region ("over 4 lakh people across 15 districts" of Assam: Assam);
    else the country of the places the clause names, else the article's country."""
    if _DISTRICTS.search(body, max(0, item.start - 200), item.end + 200):
        regions = {(p[0], p[1]) for p in places if "-" in p[0] and not is_city(p[0])}
        # the towns of the list in the region's country ("en la provincia de Valencia, ... en cuatro
        # municipios: Paiporta (45), Catarroja (25)"): the region holds them
        if len(regions) == 1 and all(country_of(p[0]) == country_of(next(iter(regions))[0]) for p in places):
            return regions.pop()
        if not places and where is not None and "-" in where[0] and not is_city(where[0]):
            return where
    country = _country_of_places(places) or (country_of(where[0]) if where else None)
    return (country, country) if country else None


# an event that spread to other countries, each of which counts its own: "has spread to neighbouring countries",
# "the outbreak spread to Uganda", "se extendió a los países vecinos"
_SPREAD_TO = re.compile(r"\b(?:spread|spreading|neighbou?ring\s+countries|se\s+(?:extendi[oó]|propag[oó])|"
                        r"pa[ií]ses\s+vecinos)\b", re.I)


def _country_of_places(places: list) -> str | None:
    """The one country most of ``places`` lie in, or None (none, or a tie)."""
    counts = Counter(country_of(code) for code, _, _ in places).most_common(2)
    if not counts or len(counts) > 1 and counts[0][1] == counts[1][1]:
        return None
    return counts[0][0]


def _parts_abroad(line: Line, item: Found, where: str) -> bool:
    """Whether the parts a total lists after it lie in other countries than the article's
    ``where`` and one another ("11.374 muertes, incluidas 7.000 en Honduras y 3.800 en Nicaragua"
    in an article on Honduras): the total is of no one country."""
    return len({country_of(where)} | {country_of(code) for code in _parts_places(line, item)}) > 1


def _parts_places(line: Line, item: Found) -> set[str]:
    """The codes of the places the parts a total lists after it are counted in ("incluidas 7.000 en Honduras y
    3.800 en Nicaragua"; "including 68,636 in Sichuan province"; "95 muertos, 92 de ellos se localizaron en
    Valencia y uno en Albacete, Cuenca y Málaga")."""
    body, found = line.body, line.found
    hi = _clause(body, item.start, item.end)[1]
    codes: set[str] = set()
    listed_to = -1                            # where the last part's place ends: the list goes on after it
    first = next((f for f in found if f.start > item.end), None)
    for o in found:
        if o.start <= item.end or o.start >= hi:
            continue
        if not (PART_BEFORE.search(body, max(0, o.start - 30), o.start)
                # "95 muertos, 92 de ellos", "30 dead, 27 of them": the first figure after the total
                or o is first and _OF_THEM.match(body, o.end) and _COMMA_APART.search(body, item.end, o.start)
                # "casi 10.000 migrantes, de los cuales han registrado unos 6.000 en Tijuana"
                or o is first and _OF_WHICH_THEN.search(body, max(0, o.start - 60), o.start)
                or listed_to >= 0 and _PART_JOIN.fullmatch(body, listed_to, o.start)):
            continue
        after = _PART_IN.match(body, o.end)
        following = min([f.start for f in found if f.start > o.start] + [hi])
        named = [p for p in line.places if after and after.end() <= p[2] < min(following, after.end() + 60)]
        codes |= {p[0] for p in named}
        listed_to = named[-1][2] + len(named[-1][1]) if named else -1
    return codes or _listed_after_colon(line, item, hi)


# a figure listed after a part of the total before it: "69.180 muertes incluyendo 68.636 en la provincia de X, 18.498
# desaparecidas, y unos 375.000 heridos", "killed 40, including 12 in X, and 300 injured"
_SIBLING_BEFORE = re.compile(r"(?:,(?:\[\w{1,4}\])*\s*(?:(?:y|e|and)\s+)?|\s(?:y|e|and)\s+)$")


def _sibling_of(line: Line, item: Found) -> Found | None:
    """The total ``item`` is listed beside, after a part of it that names its own place ("incluyendo 68.636 en la
    provincia de X, 18.498 desaparecidas"): the part's place is the part's only, ``item`` is counted where the total
    is. None when ``item`` names a place of its own, or no part comes between."""
    body, found = line.body, line.found
    lo, hi = _clause(body, item.start, item.end)
    following = min([f.start for f in found if f.start > item.start] + [hi])
    if not _SIBLING_BEFORE.search(body[max(lo, item.start - 16):item.start]) or \
            any(item.end <= p[2] < following for p in line.places):
        return None
    before = [f for f in found if lo <= f.start and f.end <= item.start]
    for k, part in enumerate(before):
        if k == 0 or not PART_BEFORE.search(body, max(0, part.start - 30), part.start):
            continue
        after = _PART_IN.match(body, part.end)
        next_start = before[k + 1].start if k + 1 < len(before) else item.start
        named = [p for p in line.places if after and after.end() <= p[2] < min(next_start, after.end() + 60)]
        if named and not any(named[-1][2] < p[2] < item.start for p in line.places) and \
                not any(p[2] < part.start and before[k - 1].end <= p[2] for p in line.places):
            return before[k - 1]          # the total right before its part ("69.180 muertes incluyendo 68.636")
    return None


# a total the sentence makes of the counts before it: ", para hacer un total de 100", ", for a total of 100", ",
# bringing the total to 100", ", lo que suma 100"
_TOTAL_OF_THOSE = re.compile(r",\s+(?:(?:para\s+(?:hacer|dar|sumar)|lo\s+que\s+(?:hace|da|suma)|sumando|haciendo)\s+"
                             r"(?:un\s+total\s+de\s+)?|(?:for|making)\s+a\s+total\s+of\s+|"
                             r"(?:bringing|taking|raising)\s+the\s+(?:total|overall)(?:\s+[a-z]+){0,2}\s+to\s+|"
                             r"totall?ing\s+|totali[sz]ando\s+)$", re.I)


def _summed_before(line: Line, item: Found) -> str | None:
    """The place that holds the places of the counts before ``item``, when the sentence makes it their total ("En X se
    reportaron 78 muertes; en Y, 18, y en Z, solo 4, para hacer un total de 100": the country, not Z)."""
    body = line.body
    if not _TOTAL_OF_THOSE.search(body[max(0, item.start - 50):item.start]):
        return None
    counts = [f for f in line.found if f.end <= item.start]
    codes = {p[0] for p in specific([p for p in line.places if p[2] < item.start])}
    return _holder_of_parts(codes) if len(counts) >= 2 and len(codes) >= 2 else None


# a total's list of parts after a colon: "all 67 deaths by county: Lee County 35, Charlotte County 12"
_COLON_AFTER = re.compile(r"(?:\s+[^\W\d_]+){0,4}\s*:\s*")
# between a part's place and its figure: "Lee County 35", "Lee (35)", "Lee: 35", "Lee, 35"
_FIGURE_NEXT = re.compile(r"(?:\s+(?:County|Province|District|Department|Region|State|Municipality|Parish|"
                          r"Upazila|Prefecture|provincia|departamento|municipio|regi[oó]n|estado))?"
                          r"\s*(?:[:,(]\s*)?\d", re.I)


def _listed_after_colon(line: Line, item: Found, hi: int) -> set[str]:
    """The codes of the places of a list of parts a total opens with a colon, each place followed by its figure
    ("CNN listed all 67 deaths by county: Lee County 35, Charlotte County 12, Collier County 8": Lee and
    Charlotte and Collier, none of them the 67's)."""
    body = line.body
    colon = _COLON_AFTER.match(body, item.end)
    if colon is None or any(item.end <= f.start < colon.end() for f in line.found):
        return set()
    parts = {p[0] for p in line.places if colon.end() <= p[2] < hi and _FIGURE_NEXT.match(body, p[2] + len(p[1]))}
    return parts if len(parts) >= 2 else set()


# a total's relative that opens its parts, a few words before the first: "de los cuales han registrado unos", "of whom
# officials counted some"
_OF_WHICH_THEN = re.compile(r",\s+(?:de\s+(?:los|las)\s+cuales|of\s+(?:whom|which))(?:\s+[^\W\d_]+){0,3}\s+$", re.I)
# from a part to its places: "7.000 en", "92 de ellos se localizaron en", "27 of them were found in", "one each in",
# "y uno Albacete, Cuenca y Málaga"
_PART_IN = re.compile(r"(?:(?:\s+[^\W\d_]+){0,5}?\s+(?:in|en))?\s+", re.I)


def _holder_of_parts(codes: set[str]) -> str | None:
    """The place that holds every place of ``codes``: their nearest common ISO 3166 parent ("Sevilla", "Córdoba",
    "Granada": Andalucía), else their country; None for places in several countries."""
    chains = []
    for code in codes:
        parent = (city_subdivision(code) or code) if is_city(code) else code    # "Sheffield": GB-SHF governs it
        chain = [code] if parent == code else [code, parent]
        while "-" in parent and not is_city(parent):
            parent = iso_place(parent)[1] or parent.split("-")[0]
            chain.append(parent)
        if "-" in chain[-1]:
            chain.append(country_of(code))
        chains.append(chain)
    shared = set.intersection(*(set(chain) for chain in chains)) if chains else set()
    return next((code for code in chains[0] if code in shared), None) if chains else None


# between two parts of a list: "7.000 en Honduras y 3.800 en Nicaragua", "228 in Mexico City, 74 in Morelos"
_PART_JOIN = re.compile(r"\s*(?:,\s*)?(?:(?:y|e|and)\s+)?(?:(?:some|about|around|unos|unas|cerca\s+de)\s+)?", re.I)


# a country that records what happens in it: "Tonga recorded 612 cases", "Tonga registró 612 casos"
_RECORDS = re.compile(r"\s+(?:(?:has|had|have|ha|había|han)\s+)?(?:also\s+|también\s+)?(?:recorded|registered|"
                      r"registr[oó]|registra|registrado|contabiliz[oó]|contabilizado)\b", re.I)


def _recording_country(body: str) -> str | None:
    """The country the sentence says recorded a count ("Neighbouring Tonga recorded 612 cases", "La
    vecina Tonga registró 612 casos"): a count of its own, wherever the article's event is."""
    return next((code for code, name, at in places_in(body)
                 if "-" not in code and _RECORDS.match(body, at + len(name))), None)


# a table's total row: "Total 3,872 2,215", "Total: 40", "Totales 12"
_TOTAL_ROW = re.compile(r"(?:Total|Totales|TOTAL)\b")


def _total_of_countries(story: Story, line: Line) -> bool:
    """Whether the line is a table's total row ("Total 3,872") under rows that open with two
    countries or more ("DRC 3,231/118/519", "Uganda 4/0/0"): a count of several countries as one."""
    if not _TOTAL_ROW.match(line.body):
        return False
    countries = set()
    for sentence in reversed(story.sentences[max(0, line.number - 8):line.number]):
        named = places_in(sentence.text)
        if not named or named[0][2] != 0 or "-" in named[0][0]:
            break                     # the rows above end at a line that opens with no country
        countries.add(named[0][0])
    return len(countries) >= 2


# a clause that opens as the relative of a place: "— where 10,000 marched", "— donde marcharon 10.000"
_WHERE_OPENS = re.compile(r"\s*(?:where|in\s+which|donde|en\s+donde|en\s+(?:el|la)\s+que)\b", re.I)
# between that place and the dash that ends its clause
_BEFORE_WHERE = re.compile(r"\s*[—–]?\s*")


def _region_of(body: str, item: Found, lo: int, hi: int) -> re.Match | None:
    """A region wider than a country named where the count was made: in its clause, with no aside or
    relative clause between it and the figure."""
    for region in _REGION_OF_COUNT.finditer(body, lo, hi):
        between = body[item.end:region.start()] if region.start() >= item.end else body[region.end():item.start]
        if not _ASIDE_BETWEEN.search(between):
            return region
    return None


# a body that speaks of what happens abroad: an embassy, a foreign ministry, a mission, an intelligence service
_FOREIGN_BODY = re.compile(r"\b(?:embass(?:y|ies)|consulates?|ambassadors?|foreign|state\s+department|mission|"
                           r"intelligence|embajadas?|consulados?|embajador[ae]?s?|exteriores|canciller[ií]a|"
                           r"misi[oó]n)\b", re.I)


# the nation's purse: a budget, a reform, a tax, a subsidy, a pension, a sum transferred, a fuel's price per gallon
_PUBLIC_PURSE = re.compile(r"\b(?:budgets?|presupuestos?|reforms?|reformas?|subsid(?:y|ies|ios?)|tax(?:es)?|"
                           r"impuestos?|pensions?|pensi[oó]n(?:es)?|transferred|transfiri[oó]|gallon|gal[oó]n)\b", re.I)


def _of_the_public_purse(body: str, item: Found, lo: int, hi: int) -> bool:
    """Whether ``item`` is a sum of money or a share its clause says is of a budget, a reform, a tax or a subsidy
    ("would save 18 billion euros", "transfirió 3,8 billones de pesos", "un aumento de 1.904 pesos por galón")."""
    money = item.unit == "percent" or bool(item.unit and re.fullmatch(r"[A-Z]{3}", item.unit))
    return money and _PUBLIC_PURSE.search(body, lo, hi) is not None


def _claimants_country(claimant: str | None) -> str | None:
    """The country a claimant's name says its body is of ("Syria's health ministry", "el Ministerio de Salud de Siria",
    "Government of Syria" for "Syrian officials"): one place, a country, named with a body (a country's name alone is
    ``country_claimant``'s); not a body that speaks of what happens abroad (an embassy, a foreign ministry, "UK
    intelligence") nor an outlet ("France 24")."""
    if not claimant or _FOREIGN_BODY.search(claimant) or is_outlet(claimant, slugify):
        return None
    found = places_in(claimant)
    if len(found) != 1 or "-" in found[0][0] or found[0][1] == claimant:
        return None
    return found[0][0]


# a figure at sea, as its clause says: "in the waters north of Libya", "en aguas del Mediterráneo", "at sea", "in the
# central Mediterranean", "off the coast" (of a place reconcile does not know: one it knows is the count's place)
_AT_SEA = re.compile(
    r"\b(?:(?:in|into|en)\s+(?:the\s+|las\s+)?(?:international\s+|open\s+)?(?:waters|aguas)\b"
    r"(?!\s+(?:of|de|del)\s+(?:the\s+|el\s+|la\s+)?(?:river|r[ií]o|lake|lago|dam|presa|flood))|"
    # ("en el mar", "en alta mar"; not "en Mar del Plata")
    r"at\s+sea\b|en\s+alta\s+mar\b|(?-i:en\s+el\s+mar)\b|on\s+the\s+high\s+seas\b|"
    r"(?:in|en)\s+(?:the\s+|el\s+)?(?:mar\s+)?(?:(?:central|eastern|western|southern|northern|oriental|occidental)\s+)?"
    r"(?:Mediterranean|Mediterr[aá]neo|Aegean|Egeo|Adriatic|Adri[aá]tico|Ionian|J[oó]nico|English\s+Channel|"
    r"Canal\s+de\s+la\s+Mancha|Andaman\s+Sea|Bay\s+of\s+Bengal|Gulf\s+of\s+Aden|Golfo\s+de\s+Ad[eé]n)"
    r"(?:\s+(?:central|oriental|occidental))?\b(?!\s+(?:coast|costa|island|isla|port|puerto|town|city|ciudad))|"
    r"\boff\s+the\s+coast\b|\bfrente\s+a\s+(?:las?\s+)?costas?\b)", re.I)
# the waters of a country, as the text says: "in Libyan waters", "in Libya's territorial waters", "en aguas libias",
# "en aguas territoriales de Libia"
_WHOSE_WATERS = re.compile(r"\b(?:in|into|within)\s+(?:the\s+)?(?P<en>[A-Z][a-z]+)(?:['’]s)?\s+"
                           r"(?:territorial\s+)?waters\b|"
                           r"\ben\s+aguas\s+(?:territoriales\s+|jurisdiccionales\s+)?(?:(?:de|del)\s+"
                           r"(?P<of>[A-ZÁÉÍÓÚÑ][^\W\d_]+)|(?P<es>[a-záéíóúñ]+))\b")


def _at_sea(body: str, lo: int, hi: int) -> str | None:
    """Whether the clause [lo, hi) puts its figures at sea: the country whose waters it says they were in ("in Libyan
    waters": LY), "" when it says none ("in the waters north of Libya"), None when it is not at sea."""
    whose = _WHOSE_WATERS.search(body, lo, hi)
    if whose is not None:
        named = places_in(whose.group("of") or whose.group("en") or "") if not whose.group("es") else []
        if not named and (whose.group("en") or whose.group("es")):
            word = whose.group("en") or whose.group("es")
            named = places_in(government_of(f"{word} officials" if whose.group("en") else f"las autoridades {word}"))
        if named and "-" not in named[0][0]:
            return named[0][0]
    return "" if _AT_SEA.search(body, lo, hi) else None


# a relative clause of a place that holds the figure: "the border with Turkey, which hosts 3.5 million Syrian refugees",
# "Colombia, que acoge a 2,8 millones"
_HOSTS_BEFORE = re.compile(r"['’]?s?,\s+(?:which|that|que|el\s+cual|la\s+cual)\s+"
                           r"(?:currently\s+|now\s+|actualmente\s+)?"
                           r"(?:hosts|hosted|houses|shelters|is\s+home\s+to|acoge|acog[ií]a|alberga|albergaba)\s+"
                           r"(?:a\s+)?(?:(?:some|about|around|more\s+than|nearly|over|almost|unos|unas|m[aá]s\s+de|"
                           r"cerca\s+de|casi)\s+)?$", re.I)


def _host(story: Story, body: str, item: Found) -> tuple[str, str, int] | None:
    """The place a relative clause that holds the figure is of ("... toward the border with Turkey, which hosts 3.5
    million Syrian refugees": Turkey, though the border's place is no place of the sentence's other counts)."""
    if not _HOSTS_BEFORE.search(body, max(0, item.start - 60), item.start):
        return None
    return next((p for p in places_in(body, story.country)
                 if _HOSTS_BEFORE.fullmatch(body, p[2] + len(p[1]), item.start)), None)


def _struck(story: Story) -> set[str]:
    """The countries the event struck, less those the title and the opening name only as who speaks ("U.S. military
    says 12 civilians killed in Herat raid": the United States speak of a raid in Afghanistan)."""
    return story.struck - speakers_only((story.article.title or "", story.sentences[0].text if story.sentences else ""))


def figure_place(story: Story, line: Line, item: Found, claimant: str | None, measure: bool,
                 part: tuple[str | None, str | None], checks: list[str]) -> tuple[str | None, str | None]:
    """(the place of ``item`` as reconcile writes it, its code), each guess noted in ``checks``;
    ``part``: the place of a part its list gives."""
    body, where, several = line.body, story.where, story.several
    if part[0] is None and (holder := _summed_before(line, item)) is not None:
        checks.append("place (the total of the counts before it: the place that holds theirs)")
        return place_value(holder, iso_place(holder)[0] if "-" in holder else holder), holder
    if part[0] is None and (total := _sibling_of(line, item)) is not None:
        # "69.180 muertes incluyendo 68.636 en la provincia de X, 18.498 desaparecidas": the 18.498 is counted where
        # the 69.180 is, not in its part's place
        return figure_place(story, line, total, claimant, measure, part, checks)
    # the places of the clause that holds the number (a ";" ends a clause)
    lo, hi = _clause(body, item.start, item.end)
    right = _in_place_then_figure(body, item, [p for p in line.places if lo <= p[2] < hi]) or _host(story, body, item)
    if right is not None:
        # "en Piura murieron 12 personas, en Lambayeque 7 y en Tumbes 4": "en Lambayeque 7" is Lambayeque's
        return place_value(right[0], right[1]), right[0]
    clause_places = _theirs_left(body, item, line.found, [
        p for p in line.places if lo <= p[2] < hi
        # "315 muertos, pero estas cifras no toman en cuenta a los municipios de Camp Perrin": left out of the
        # figures before it (not "except in Jérémie, where 3 died": the 3's)
        and not (item.end <= p[2] and _EXCLUDED_BEFORE.search(body, max(0, p[2] - 60), p[2]))])
    if not clause_places and _WHERE_OPENS.match(body, lo):
        # "such as Nantes — where 10,000 people have taken to the streets, according to the police —": the
        # place the clause is the relative of, right before its dash
        clause_places = [p for p in line.places if p[2] < lo and _BEFORE_WHERE.fullmatch(body, p[2] + len(p[1]), lo)]
    few = len({country_of(code) for code, _, _ in clause_places}) < 3
    place, place_code, pair = _named_place(story, line, item, measure, part, clause_places, hi, checks)
    parts = _parts_places(line, item) if pair != "" and part[0] is None else set()
    if len(parts) >= 2 and (place_code is None or place_code in parts):
        # "de 95 muertos, 92 de ellos en Valencia y uno en Albacete, Cuenca y Málaga": a total of several places
        # is of the place that holds them, not of one of its parts
        holder = _holder_of_parts(parts)
        place, place_code = (place_value(holder, iso_place(holder)[0] if "-" in holder else holder), holder) \
            if holder is not None else (None, None)
        if holder is not None:
            checks.append("place (its parts lie in several places: the place that holds them)")
    elif place is None and not clause_places and pair != "" and not measure and \
            (summed := _summed_places(story, line, lo, hi)) is not None:
        # "A estos fallecidos hay que sumar otros dos en Mira y en Letur. En total serían 207": the places of
        # what it sums, the sentence before and the article's
        holder = _holder_of_parts(summed)
        if holder is None:
            pair = ""
            checks.append("place (a total over several countries: left empty)")
        else:
            place, place_code = place_value(holder, iso_place(holder)[0] if "-" in holder else holder), holder
            checks.append("place (a total of the counts before it: the place that holds theirs)")
    if place is None and not clause_places and pair != "" and _total_of_countries(story, line):
        pair = ""                     # "Total 3,872" under the rows "DRC 3,231", "Uganda 4": of no one country
        checks.append("place (the total of rows of several countries: left empty)")
    own = country_claimant(claimant) if place is None and not clause_places and pair != "" else None
    recorder = _recording_country(body) if place is None and not clause_places and pair != "" else None
    if recorder is not None:
        place, place_code = recorder, recorder    # "Neighbouring Tonga recorded 612 cases": Tonga's own
        checks.append("place (the country that records it)")
    elif own is not None and (own in _struck(story) or _SPREAD_TO.search(body)):
        # "India reported 360 killed": in India; "Cholera has spread to neighbouring countries, with South Africa
        # having reported 59 deaths": in South Africa, where it spread
        place, place_code = own, own
        checks.append("place (the country that reports it)")
    elif place is None and not clause_places and pair != "" and not measure and where and (
            body_of := _claimants_country(claimant)) is not None and body_of != country_of(where[0]) and (
                body_of in _struck(story) or body_of in several):
        # "Syria's health ministry said 1,200 died" in a report of the Turkey–Syria earthquake filed from Turkey: the
        # country whose body counts it, one the event struck (not "UK intelligence" on an attack in Syria)
        place, place_code = body_of, body_of
        checks.append("place (the country of the body that gives it; the sentence names no place)")
    elif place is None and several and not measure and not clause_places:
        # "Casualties: 59,488 deaths" of the "Turkey–Syria earthquakes": no one country's
        checks.append(f"place (the event struck {', '.join(several)}; the sentence names none)")
    elif place is None and where and pair != "" and _parts_abroad(line, item, where[0]):
        # "11.374 muertes, incluidas 7.000 en Honduras y 3.800 en Nicaragua": no one country's
        checks.append("place (its parts lie in several countries: left empty)")
    elif place is None and not clause_places and _SEVERAL_COUNTRIES.search(body, lo, hi):
        # "528 people across the three countries", "the three-nation outbreak has killed 337": no one country holds
        # it, and the dateline's town is where the wire wrote it, not where the count was made
        checks.append("place (a count over several countries, as the sentence says: left empty)")
    elif place is None and not clause_places and (region := _region_of(body, item, lo, hi)) is not None:
        # "LONDON: More than one million migrants reached Europe", "floods sweeping South Asia": not the
        # dateline's town or the article's country, and a region wider than a country no project declares
        checks.append(f"place ({region.group(1)}: a region wider than a country, which _places.yaml cannot "
                      "declare; left empty)")
    elif place is None and pair != "" and (sea := _at_sea(body, lo, hi)) is not None:
        # "57 migrants drowned in the waters north of Libya", "en aguas del Mediterráneo": at sea, not the coast's
        # country nor the article's, unless the text says whose waters ("in Libyan waters")
        place, place_code = (sea, sea) if sea else (None, None)
        checks.append("place (at sea: the country whose waters the text says)" if sea else
                      "place (at sea, as the sentence says: left empty)")
    elif place is None and where and few and pair != "" and where[0] != country_of(where[0]) \
            and where[0] in _parts_places(line, item):
        # "Over 69,000 people lost their lives in the quake, including 68,636 in Sichuan province" (the article's
        # place): the total holds more than its part there, the country's
        place = place_code = country_of(where[0])
        checks.append("place (its part is the article's place: the total is the country's)")
    elif place is None and where and few and pair != "" and not clause_places and is_city(where[0]) \
            and _of_the_public_purse(body, item, lo, hi):
        # "The reform would save 18 billion euros a year", "el presupuesto universitario cayó un 30 %" in a report
        # filed from Lyon or Buenos Aires: a sum of the nation's purse, the country's, not the dateline's town
        place = place_code = country_of(where[0])
        checks.append("place (a sum of a national budget, tax or reform: the country's)")
    elif place is None and where and few and pair != "":
        place, place_code = place_value(*where), where[0]
        checks.append("place (the article's, not the sentence's)")
    elif place is None and pair != "" and few:
        checks.append("place")
    if place_code and (reading := _reading(story, [p for p in line.places if lo <= p[2] < hi] or line.places,
                                           place_code)):
        checks.append(reading)        # "Baluchistán" read as ISO's "Balochistan": the reviewer checks the reading
    if place and place_code and is_city(place_code) and city_of(place, country_of(place_code)) is None \
            and not any(c.startswith(f"place ({place!r}") for c in checks):
        checks.append(f"place ({place!r}: a place reconcile does not know, declared in _places.yaml "
                      f"inside {country_of(place_code)}; check it)")
    return place, place_code

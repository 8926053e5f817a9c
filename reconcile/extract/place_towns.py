"""Towns the words around a name call a town, whether reconcile knows them or not: "the town of
Dunai", "la localidad de Villa Nueva", "Jumla district", "Khojaly, a town in ...". A count made
there is made in that town (GUIDE: "a city, town, quarter or site: its name as the text writes
it"), declared inside the article's country when no gazetteer has it."""
from __future__ import annotations

import re
from functools import lru_cache

from reconcile.model.names import iso_resolve

__all__ = ["SAINT", "TOWN", "TOWN_APPOSITION", "towns_listed", "towns_named"]

#: the capital letters a name may begin with (as ``places.UPPER``; repeated here, which
#: ``places`` imports this module)
_UPPER = "A-Z" + "".join(ch for ch in map(chr, range(0xC0, 0x250)) if ch.isupper() and ch.isalpha())
#: a saint's name abbreviated, as place names often write it: "St. Pierre", "Sta. Rosa", "Ste. Agathe" (the
#: name goes on after the point: not a town "St")
SAINT = r"(?:St|Sta|Sto|Ste)\.\s*"
_NAME = rf"(?:{SAINT})?[{_UPPER}][^\W\d_]+(?:[ -][{_UPPER}][^\W\d_]+){{0,2}}"

#: "the town of X", "la ciudad de X", "el municipio costero de X": the name after the word
#: a region no ISO code has is named so too, and declared as a town is: "the region of Kashmir", "la
#: región de Los Altos", "la comarca de La Mojana"
TOWN = re.compile(r"\b(?:(?:town|township|city|village|hamlet|municipality|district|neighbou?rhood|suburb|borough|"
                  r"island|isle|region)s? of|"
                  # a massacre named by a village with its article: "la masacre de El Mozote", "la matanza de Las Dos
                  # Erres" (not "la masacre de San Valentín", "la matanza de Navidad", "la matanza de Breivik")
                  r"(?:masacre|matanza)s?\s+de(?=\s+(?-i:El|La|Los|Las)\s)|"
                  # "la comunidad de Acteal", "la comunidad campesina de Uchuraccay": a village (not "la
                  # Comunidad de Madrid", a region, written with its capital)
                  r"(?:ciudad|pueblo|municipio|localidad|barrio|poblaci[oó]n|aldea|villa|distrito|comunidad|"
                  r"comuna|parroquia|isla|caser[ií]o|corregimiento|cant[oó]n|regi[oó]n|comarca|costa|playa|condado)(?:es|s)?"
                  r"(?:\s+[a-záéíóúñ]+)? de|"
                  # Spanish may leave the "de" out before a village's name: "el caserío El Mozote", "la aldea
                  # Xolbé", "el corregimiento Santa Cecilia"; a site's too: "la mina El Teniente", "la Mina Pasta
                  # de Conchos" (a quarter, "el barrio X", is read as a street is: ``places.origins``)
                  r"(?:caser[ií]o|aldea|corregimiento|cant[oó]n|vereda|[Mm]ina)s?(?=\s+[A-ZÁÉÍÓÚÑ])|"
                  # and before a community's, when it opens as towns' names do: "la comunidad San Miguel", "la
                  # comuna Villa Hermosa" (not "la comunidad LGBTI", "la comunidad Mapuche": a people)
                  r"(?:comunidad|comuna)(?=\s+(?:San|Santa|Santo|Villa|El|La|Los|Las|Nuevo|Nueva|Puerto|Alto|"
                  r"Bajo)\s)|"
                  # an island by its name after the word, written with its capital: "la Isla Puná"
                  r"(?-i:Isla)(?=\s+[A-ZÁÉÍÓÚÑ]))\s+"
                  # a name may open with its article: "the village of El Rodeo", "la isla de La Palma"
                  rf"((?:(?:El|La|Los|Las)\s+)?{_NAME})")
_ARTICLES = frozenset("El La Los Las".split())

#: a name the words after it call a town: "Tal Kalakh, a town in Homs", "Hula, una pequeña ciudad del
#: norte de Siria", "Tal Kalakh is a small Syrian village"
TOWN_APPOSITION = re.compile(
    rf"({_NAME})(?:,\s+|\s+(?:is|was|es|era|fue)\s+)"
    r"(?:a|an|una?)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:town|township|village|city|municipality|suburb|ciudad|pueblo|localidad|aldea|villa|municipio|"
    r"poblaci[oó]n|comuna)\b")

# "in Jumla district", "near Labutta Township": a name, then the word of its kind
# (after a possessive of the state or country it lies in: "in Uttar Pradesh's Hathras district")
_ADMIN_AFTER = re.compile(rf"\b(?:in|at|near|en|of)\s+(?:the\s+)?(?:{_NAME}['’]s\s+)?({_NAME}?)\s+"
                          r"(district|township|county|municipality|prefecture|governorate|upazila|"
                          r"District|Township|County|Municipality|Prefecture|Governorate|Upazila)\b")
# "Wenchuan County", "Mao County": a name whose division is written as part of it, with its capital, whatever
# comes before ("A mudslide hit Wenchuan County on 3 May")
_ADMIN_NAMED = re.compile(rf"(?<![{_UPPER}\w])({_NAME}?)\s+"
                          r"(County|District|Township|Prefecture|Governorate|Upazila)\b(?!\s+(?:of|de)\b)")
# words a sentence opens with, capitalised there, before a name: "In Wenchuan County", "At Mao County"
_OPENING_WORDS = frozenset("In At On From To Near Across Inside Outside Around Throughout Within".split())
# capitalised words that open a name of something else than a place
_NOT_NAMES = frozenset("The A An El La Los Las Un Una In En At Of De Central North South East West Northern Southern "
                       "Eastern Western Federal Capital Metropolitan Financial Business Old New".split())


# a town, then the division it lies in, as Spanish writes an address: "San Pedro Limón, municipio de
# Tlatlaya", "Los Naranjos, municipio de Santa Lucía, departamento de Cortés", "Rosas, municipio del
# departamento del Cauca"; "Valdeprado (Cantabria,
# España)": the name before it is a town
_TOWN_OF_DIVISION = re.compile(
    rf"((?:(?:El|La|Los|Las)\s+)?{_NAME}),\s+(?:(?:en\s+)?(?:el|la)\s+)?(?:municipio|distrito|cant[oó]n|comuna|"
    # "Rosas, municipio del departamento del Cauca": a town of the division named after it
    r"parroquia|corregimiento|partido|concejo)\s+(?:de|del)\s+"
    rf"(?:(?:departamento|estado|provincia|regi[oó]n)\s+(?:de\s+la|de|del)\s+)?[{_UPPER}]|"
    rf"((?:(?:El|La|Los|Las)\s+)?{_NAME})\s+\({_NAME},\s*{_NAME}\)|"
    # an address of a town, its district and its region: "in Paravur, Kollam, Kerala" (one that ends in a
    # country, "in Ikoyi, Lagos, Nigeria", is read by the city it names: ``scene``)
    rf"\b(?:in|at|near|en|cerca\s+de)\s+((?:(?:El|La|Los|Las)\s+)?{_NAME}),\s+{_NAME},\s+({_NAME})\b")


# a town, then the region it lies in, in brackets: "en Popásnaya (región de Lugansk)", "in Popasna (Luhansk region)"
_TOWN_THEN_ITS_REGION = re.compile(
    rf"\b(?:in|at|near|en|cerca\s+de)\s+((?:(?:El|La|Los|Las)\s+)?{_NAME})\s+\("
    r"(?:(?:regi[oó]n|provincia|estado|departamento|distrito|region|province|state|oblast|district)\s+(?:de|del|of)\s+"
    rf"{_NAME}|{_NAME}\s+(?:region|province|state|oblast|district|governorate))\)")
# a list of divisions each with its figure, the first called one and the rest written as it, the noun left out:
# "Kottayam district accounted for five deaths, Idukki four and Wayanad two"
_DIVISION_LIST_HEAD = re.compile(rf"{_NAME}\s+(?:district|province|county|prefecture|distrito|provincia)\s+"
                                 r"(?:accounted\s+for|reported|recorded|registered|had|saw|sum[oó]|registr[oó]|report[oó])\s+")
_GAPPED_ITEM = re.compile(rf"(?:,|\s+and|\s+y)\s+({_NAME})\s+(?=(?:\d|one|two|three|four|five|six|seven|eight|nine|"
                          r"ten|eleven|twelve|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez)\b)")


# a list of divisions, each with its count in brackets, called divisions after its first or last name: "across
# Zinda Jan district (1,320 families), and Injil (150 families), Gulran (95 families) and Kushk (Robat-e-Sagani)
# districts (30 families)" (the divisions' word makes the names towns: not "Hungary (100,000), Poland (50,000)")
_COUNTED_ITEM = re.compile(rf"({_NAME})(?:\s+\([^()\d]{{1,40}}\))?(?P<kind>\s+(?:district|province|county|"
                           r"municipality|distrito|provincia|municipio)s?)?\s*\(\s*\d[^()]{0,40}\)")
_ITEMS_JOIN = re.compile(r"\s*(?:,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)")


def _counted_divisions(text: str) -> list[tuple[str, int]]:
    """(name, offset) of the names of a list of divisions each with its count in brackets (``_COUNTED_ITEM``)."""
    out: list[tuple[str, int]] = []
    chain: list[re.Match] = []
    for match in [*_COUNTED_ITEM.finditer(text), None]:
        if match is not None and chain and _ITEMS_JOIN.fullmatch(text, chain[-1].end(), match.start()):
            chain.append(match)
            continue
        if len(chain) >= 2 and (chain[0].group("kind") or chain[-1].group("kind")):
            out += [(m.group(1), m.start(1)) for m in chain if m.group(1).split()[0] not in _NOT_NAMES]
        chain = [match] if match is not None else []
    return out


# towns an article lists by the plural of their kind: "Las localidades más afectadas fueron Totora y Aiquile", "the
# towns hit hardest were Totora and Aiquile", "Zonas afectadas: Aiquile y Totora"
_TOWNS_LISTED = re.compile(r"\b(?:[Ll]ocalidades|[Pp]ueblos|[Pp]oblaciones|[Zz]onas|[Tt]owns|[Vv]illages)\b"
                           r"(?:\s+[a-záéíóúñ]+){0,3}\s*(?:fueron|eran|son|were|are|:)\s+"
                           rf"({_NAME}(?:\s*,\s*{_NAME})*\s+(?:y|e|and)\s+{_NAME})")
_LIST_SPLIT = re.compile(r"\s*,\s*|\s+(?:y|e|and)\s+")


def towns_listed(text: str) -> list[str]:
    """The names ``text`` lists as towns by the plural of their kind ("Las localidades más afectadas fueron Totora y
    Aiquile": Totora, Aiquile)."""
    return [name for match in _TOWNS_LISTED.finditer(text) for name in _LIST_SPLIT.split(match.group(1))]


def _with_county(name: str, kind: str) -> str:
    """A county keeps its word as the text writes it ("Butte County", "Harris County": GUIDE § place, a place's
    name as the text writes it), and is read as a county, not as a namesake city (Butte, Montana); the other
    divisions' words are left off ("Jumla district", "Savar Upazila": Jumla, Savar)."""
    return f"{name} {kind}" if kind == "County" else name


def towns_named(text: str) -> list[tuple[str, int]]:
    """(name as written, offset) of the towns ``text`` names as towns by the words around them,
    without the word of their kind ("Jumla district", "Labutta Township": Jumla, Labutta; as
    ``place_value`` writes a declared town), but a county's ("Butte County")."""
    return list(_towns_named(text))


@lru_cache(maxsize=4096)
def _towns_named(text: str) -> tuple[tuple[str, int], ...]:
    """``towns_named``, read once per sentence (the article's towns, each sentence's places and its figures'
    places all ask)."""
    out: dict[int, str] = {}
    for pattern in (TOWN, TOWN_APPOSITION):
        for match in pattern.finditer(text):
            name = match.group(1)
            words = name.split()
            if words[0] not in _NOT_NAMES or pattern is TOWN and words[0] in _ARTICLES and len(words) > 1:
                out.setdefault(match.start(1), name)
    for match in _ADMIN_AFTER.finditer(text):
        name = _with_county(match.group(1), match.group(2))
        if name.split()[0] not in _NOT_NAMES:
            out.setdefault(match.start(1), name)
    for match in _ADMIN_NAMED.finditer(text):
        name, at = match.group(1), match.start(1)
        while " " in name and name.split()[0] in _NOT_NAMES | _OPENING_WORDS:   # "In Wenchuan County": Wenchuan
            first = name.split()[0]
            name, at = name[len(first) + 1:], at + len(first) + 1
        if name.split()[0] not in _NOT_NAMES | _OPENING_WORDS and not re.search(r"\bthe\s+$", text[max(0, at - 4):at]):
            # (not "the Peak District", "the Lake District": a region's own name)
            out.setdefault(at, _with_county(name, match.group(2)))
    head = _DIVISION_LIST_HEAD.search(text) if "," in text else None
    if head is not None:
        for match in _GAPPED_ITEM.finditer(text, head.end()):
            if match.group(1).split()[0] not in _NOT_NAMES:
                out.setdefault(match.start(1), match.group(1))
    if "(" in text:
        for name, at in _counted_divisions(text):
            out.setdefault(at, name)
        for match in _TOWN_THEN_ITS_REGION.finditer(text):
            name = match.group(1)
            if name.split()[0] not in _NOT_NAMES or name.split()[0] in _ARTICLES and len(name.split()) > 1:
                out.setdefault(match.start(1), name)
    if "," in text:
        for match in _TOWN_OF_DIVISION.finditer(text):
            group = next(k for k in (1, 2, 3) if match.group(k))
            if group == 3 and "-" not in (iso_resolve(match.group(4)) or "-"):
                continue                          # the address ends in a country
            name, words = match.group(group), match.group(group).split()
            if words[0] not in _NOT_NAMES or words[0] in _ARTICLES and len(words) > 1:
                out.setdefault(match.start(group), name)
    return tuple(sorted(((name, at) for at, name in out.items()), key=lambda p: p[1]))

"""Canonical forms: places to codes, names to source ids, dates to ISO 8601, slugs.

Places are ISO 3166 countries and subdivisions (through pycountry, a maintained copy of the
ISO tables, so we do not keep our own) plus the regions a project declares in
``sources/_places.yaml``. A place may be written as its code, its name or an alias; reports
always show the code.
"""
from __future__ import annotations

import datetime as dt
import re
import unicodedata
from functools import lru_cache
from typing import Any, Iterable

from reconcile.model.records import Place, Source

SLUG_RE = re.compile(r"[a-z0-9]+(?:-[a-z0-9]+)*")  # whole text only (fullmatch): no "abc\n"


@lru_cache(maxsize=65536)
def fold_name(text: str) -> str:
    """A name's key, case-, accent- and spacing-insensitive: "Nariño" and "narino" fold alike
    (a number word keeps its ñ: ``quantities.lexicon.fold_word``)."""
    text = str(text)
    if text.isascii():  # the same key, without decomposing: 100,000 claimants' names fold 5x faster
        return " ".join(text.lower().replace("_", " ").split())
    decomposed = unicodedata.normalize("NFKD", text)
    stripped = "".join(ch for ch in decomposed if not unicodedata.combining(ch)).translate(_UNDECOMPOSED)
    return " ".join(stripped.casefold().replace("_", " ").split())


#: letters that carry their mark in their shape, which NFKD leaves as they are: "Elazığ" folds as "Elazig",
#: as the wire writes it, "Łódź" as "Lodz", "Tromsø" as "Tromso"
_UNDECOMPOSED = str.maketrans({"ı": "i", "İ": "I", "ł": "l", "Ł": "L", "ø": "o", "Ø": "O", "đ": "d", "Đ": "D",
                               "æ": "ae", "Æ": "Ae", "œ": "oe", "Œ": "Oe"})
# (not Maltese ħ: "Għarb" would read as Morocco's Gharb)


_FLAGS = {"true": True, "yes": True, "on": True, "1": True, "false": False, "no": False, "off": False, "0": False}


def closest_source(text: str, sources: Iterable[Source]) -> str | None:
    """The id of the declared source whose id, name or alias is closest to a name no source
    gives ("Ministerio de Defenza": the source named "Ministerio de Defensa"), for a "did you
    mean"; None when none is close."""
    import difflib

    keys: dict[str, str] = {}
    for source in sources:
        for key in (source.id, source.name, *source.aliases):
            keys.setdefault(fold_name(key), source.id)
    close = difflib.get_close_matches(fold_name(text), list(keys), n=1, cutoff=0.6)
    if close:
        return keys[close[0]]
    # a word of one source's name alone: "Padrino" for "Vladimir Padrino López"
    words = [w for w in fold_name(text).split() if len(w) >= 4]
    if not words:
        return None
    holding = {source_id for key, source_id in keys.items() if all(w in key.split() for w in words)}
    return next(iter(holding)) if len(holding) == 1 else None


def swapped_letters(a: str, b: str) -> bool:
    """Whether ``a`` is ``b`` with two letters side by side swapped ("Cahcemira", "Busienss")."""
    if len(a) != len(b) or a == b:
        return False
    diff = [k for k in range(len(a)) if a[k] != b[k]]
    return len(diff) == 2 and diff[1] == diff[0] + 1 and a[diff[0]] == b[diff[1]] and a[diff[1]] == b[diff[0]]


def misspelt_source(text: str, sources: Iterable[Source]) -> str | None:
    """The id of a known source whose name or alias is a slip of ``text``: the same words but one, and
    that one a letter from the known word (one letter added, dropped or changed, or two swapped) in a
    word of 7 letters or more ("Migracion Colombiaa", "Busines Insider"). Short words and words two
    letters apart are other bodies: "ABC News" and "NBC News", "Iran" and "Iraq", "Slovakia" and
    "Slovenia", "María" and "Mario" (R1, session 45)."""
    words = fold_name(text).split()
    for source in sources:
        for known in (source.name, *source.aliases):
            other = fold_name(known).split()
            if len(other) != len(words) or other == words:
                continue
            apart = [(a, b) for a, b in zip(words, other) if a != b]
            if len(apart) == 1 and max(map(len, apart[0])) >= 7 and _one_slip(*apart[0]):
                return source.id
    return None


def _one_slip(a: str, b: str) -> bool:
    """One letter added, dropped or changed, or two neighbours swapped."""
    if a == b:
        return False
    if len(a) == len(b):
        return sum(x != y for x, y in zip(a, b)) == 1 or swapped_letters(a, b)
    short, long = sorted((a, b), key=len)
    if len(long) - len(short) != 1:
        return False
    k = next((k for k in range(len(short)) if short[k] != long[k]), len(short))
    return short[k:] == long[k + 1:]


def parse_flag(value: Any) -> bool | None:
    """A true/false field as written: a boolean, or true/yes/on/1 and false/no/off/0 in any
    case (reconcile's YAML reads only true/false as booleans, and tables hold text); a missing
    field is False. None when it is neither."""
    if isinstance(value, bool) or value is None:
        return bool(value)
    if isinstance(value, (list, tuple, dict)):
        return None
    return _FLAGS.get(str(value).strip().lower())


def is_slug(text: str) -> bool:
    return bool(SLUG_RE.fullmatch(text))


# letters NFKD does not take apart, written as ASCII in a slug: "Yıldız" is "yildiz", "Łódź" "lodz", not "y-ld-z", "odz"
UNDECOMPOSED = str.maketrans({"ł": "l", "ø": "o", "đ": "d", "ß": "ss", "æ": "ae", "œ": "oe", "ı": "i", "ħ": "h",
                              "þ": "th", "ð": "d"})


#: what joins a population's tags written as one text: "soldiers, police", "soldiers;police", "soldiers and police",
#: "soldados y policías", "niños e indígenas", "soldiers & police"
_TAGS_JOINED = re.compile(r"\s*(?:[,;&]|\s(?:and|y|e)\s)\s*", re.I)


def population_words(text: str) -> list[str]:
    """The tags a population written as one text holds, as written (a table's cell, a YAML string, a suite's value):
    split at commas, semicolons, "&" and the words "and", "y", "e"; "[...]" around them dropped."""
    return _TAGS_JOINED.split(text.strip().removeprefix("[").removesuffix("]"))


#: the longest source id a name makes: its file, sources/<id>.yaml, must be a name the file system takes
#: (255 bytes at most; an outlet of 30 long words had been "File name too long")
MAX_ID = 80
#: the longest source or topic id a file may declare: it names files too (sources/<id>.yaml that extract
#: writes, expectations/<topic>.json that `expectations suggest` writes), at most 255 bytes each
MAX_DECLARED_ID = 200


def capped_slug(slug: str) -> str:
    """A slug of at most MAX_ID characters: a longer one is cut at a word and ends with a hash of
    the whole slug, so that two long names keep two ids and the same name always gets the same one."""
    if len(slug) <= MAX_ID:
        return slug
    import hashlib

    digest = hashlib.sha1(slug.encode("ascii")).hexdigest()[:8]
    head = slug[:MAX_ID - len(digest) - 1]        # room for "-" and the hash
    head = head.rsplit("-", 1)[0] if slug[len(head)] != "-" and "-" in head else head.rstrip("-")
    return f"{head}-{digest}"


def shown_name(text: str) -> str:
    """A name as an error message shows it: whole up to 120 characters, else its start and length."""
    return text if len(text) <= 120 else f"{text[:80]}... ({len(text):,} characters)"


@lru_cache(maxsize=65536)
def slugify(text: str) -> str:
    """A lowercase ASCII slug: accents dropped, other scripts' letters and digits written in Latin
    letters ("ТАСС" is "tass", "新华社" "xinhuashe"; they had given an empty id or tag), any other run
    of characters a "-"."""
    folded = fold_name(text).translate(UNDECOMPOSED)
    if not folded.isascii():
        from anyascii import anyascii   # ISC; transliterates every script, kept to letters and digits here

        folded = "".join(anyascii(ch) if unicodedata.category(ch)[0] in "LN" else " " for ch in folded).lower()
    return "-".join(re.findall(r"[a-z0-9]+", folded))


# --- places ------------------------------------------------------------------------------------

def _translation(domain: str):
    """Spanish names from the translations pycountry ships (identity when unavailable)."""
    import gettext

    import pycountry

    try:
        return gettext.translation(domain, pycountry.LOCALES_DIR, languages=["es"]).gettext
    except OSError:
        return lambda text: text


@lru_cache(maxsize=1)
def _iso_index() -> tuple[dict[str, str], dict[str, str | None], dict[str, str]]:
    """(folded name or code -> code, code -> parent code, code -> name) for all of ISO 3166."""
    import pycountry

    names: dict[str, str] = {}
    parents: dict[str, str | None] = {}
    titles: dict[str, str] = {}
    spanish = _translation("iso3166-1")
    for country in pycountry.countries:
        code = country.alpha_2
        parents[code] = None
        titles[code] = country.name
        for attr in ("alpha_2", "alpha_3", "name", "official_name", "common_name"):
            value = getattr(country, attr, None)
            if value:
                names.setdefault(fold_name(value), code)
                names.setdefault(fold_name(spanish(value)), code)  # "Estados Unidos", "Brasil"
    for sub in pycountry.subdivisions:
        code = sub.code
        parents[code] = sub.parent_code or sub.country_code
        titles[code] = sub.name
        names.setdefault(fold_name(code), code)
    # Subdivision names are unique only within a country; a name used in two countries
    # stays ambiguous and must be written as a code. Country names win over them.
    children: dict[str, list[str]] = {}
    for code, parent in parents.items():
        if parent is not None:
            children.setdefault(parent, []).append(code)
    for key, codes in _subdivision_names().items():
        if key not in names:
            land = _same_land(codes, children)
            if land is not None:
                names[key] = land
    return names, parents, titles


def _same_land(codes: frozenset[str], children: dict[str, list[str]]) -> str | None:
    """The one place a subdivision name means: its only code, or, where a region and its only
    subdivision share the name (Spain's one-province communities: "Cantabria" is ES-CB and
    its province ES-S), the region, which is the same land. None when the codes differ in land."""
    if len(codes) == 1:
        return next(iter(codes))
    return next((code for code in codes if len(children.get(code, ())) == 1
                 and codes == {code, children[code][0]}), None)


@lru_cache(maxsize=1)
def _subdivision_names() -> dict[str, frozenset[str]]:
    """Folded ISO 3166 subdivision name -> the codes of the subdivisions of that name."""
    import pycountry

    seen: dict[str, set[str]] = {}
    for sub in pycountry.subdivisions:
        for name in subdivision_names(sub.name):
            seen.setdefault(fold_name(name), set()).add(sub.code)
    return {key: frozenset(codes) for key, codes in seen.items()}


def subdivision_names(name: str) -> list[str]:
    """The names one ISO 3166-2 entry holds: itself, and for an entry written in two languages
    each of them ("Catalunya [Cataluña]" -> Catalunya, Cataluña; "Illes Balears [Islas
    Baleares]"), and each side of "Bolama / Bijagós" (not a code given in brackets)."""
    names = [name]
    match = re.fullmatch(r"(.+?)\s*\[(.+)\]", name)
    if match:
        names = [match.group(1)] + [alt for alt in re.split(r"\s*;\s*", match.group(2))
                                    if not re.search(r"\b[A-Z]{2}-[A-Z0-9]+\b", alt)]
    parts = [part.strip() for n in names for part in n.split(" / ") if part.strip()]
    parts += [form for part in parts for form in _uninverted(part)]
    return [name] + [part for part in dict.fromkeys(parts) if part != name]


def _uninverted(name: str) -> list[str]:
    """The forms a catalogue's inverted name is written in: "Asturias, Principado de" is
    "Principado de Asturias" and, where the qualifier ends in "de", "Asturias" too; "Bristol,
    City of" is "City of Bristol" alone ("London, City of" is not London, "Saha, Respublika"
    gives no "Saha", a surname). A list ("Newry, Mourne and Down") is not inverted."""
    match = re.fullmatch(r"([^,]+),\s*([^,]+)", name)
    if not match or re.search(r"\b(?:and|y|et|und)\b", match.group(2)):
        return []
    head, qualifier = match.group(1).strip(), match.group(2).strip()
    forms = [f"{qualifier} {head}"]
    if re.search(r"(?i)\b(?:de|del)$", qualifier):
        forms.append(head)
    return forms


def is_iso_code(code: str) -> bool:
    return code.upper() in _iso_index()[1]


@lru_cache(maxsize=1)
def iso_codes() -> frozenset[str]:
    """Every ISO 3166 code: the countries' alpha-2 codes and the subdivisions' codes."""
    return frozenset(_iso_index()[1])


def iso_resolve(text: str) -> str | None:
    """The ISO 3166 code a code or name resolves to without any declared place; None when
    ISO 3166 does not know it (or a subdivision name is used in several countries)."""
    return _iso_index()[0].get(fold_name(text))


def iso_place(code: str) -> tuple[str, str | None]:
    """The ISO 3166 name and parent code (None for a country) of an ISO code."""
    _, parents, titles = _iso_index()
    return titles[code.upper()], parents[code.upper()]


#: the kinds of region a name may carry before or after it, and articles ("Región del Maule", "Mexico state")
_REGION_BEFORE = re.compile(r"(?:(?:la|el)\s+)?(?:region|departamento|depto|provincia|estado|state|province|department|"
                            r"governorate|gobernacion|county|oblast)\s+(?:(?:de la|de los|de las|del|de|of the|of)\s+)?"
                            r"(.+)")
_REGION_AFTER = re.compile(r"(.+?)\s+(?:state|province|region|department|governorate|county|oblast)")
_ARTICLE = re.compile(r"(?:la|el|los|las|the)\s+(.+)")
#: words a "did you mean" does not look for in a place's name
_PLACE_FILLERS = frozenset("la el los las de del the of y and region departamento estado provincia state province "
                           "department".split())


def _loose_keys(key: str) -> list[tuple[str, bool]]:
    """(another key to try, whether it can only be a subdivision) for a folded place name."""
    out: list[tuple[str, bool]] = []
    for pattern in (_REGION_BEFORE, _REGION_AFTER):
        match = pattern.fullmatch(key)
        if match:
            out.append((match.group(1), True))
    out += [(other, False) for other in _other_forms(key, articles=True)]
    # the kind of region aside, then the article or the spaces too ("Región del Bío Bío")
    out += [(again, True) for candidate, subdivision in list(out) if subdivision
            for again in _other_forms(candidate, articles=False)]
    return out


def _other_forms(key: str, articles: bool) -> list[str]:
    """``key`` without its article (or, ``articles``, with each one it may have lost) and with its
    words run together ("bio bio": "biobio")."""
    article = _ARTICLE.fullmatch(key)
    out = ([article.group(1)] if article else
           [f"{word} {key}" for word in ("la", "el", "los", "las")] if articles else [])
    if " " in key or "-" in key:
        out.append(re.sub(r"[\s-]+", "", key))
    return out


#: names of countries that news and people write, in English and Spanish, and ISO 3166 writes
#: otherwise or not at all ("Russia" is ISO's "Russian Federation", "Turkey" its "Türkiye"; "EE.UU.",
#: "U.K."): a claim's ``place: Russia`` had been an unknown place, and "EEUU" had a did-you-mean
#: of the U.S. Virgin Islands. Folded keys (``fold_name``); ISO's own names and codes come first.
NEWS_COUNTRY_NAMES = {
    "u.s.": "US", "u.s": "US", "u.s.a.": "US", "eeuu": "US", "ee.uu.": "US", "ee.uu": "US", "ee. uu.": "US",
    "ee. uu": "US", "ee uu": "US", "uk": "GB", "u.k.": "GB", "britain": "GB", "great britain": "GB",
    "gran bretana": "GB", "uae": "AE", "eau": "AE", "ksa": "SA", "arabia saudita": "SA", "russia": "RU",
    "rusia": "RU", "turkey": "TR", "burma": "MM", "birmania": "MM", "north korea": "KP", "corea del norte": "KP",
    "palestine": "PS", "palestina": "PS", "ivory coast": "CI", "east timor": "TL", "timor oriental": "TL",
    "holland": "NL", "holanda": "NL", "bosnia": "BA", "drc": "CD", "dr congo": "CD", "rd congo": "CD",
    "r. d. congo": "CD", "rdc": "CD", "argelia": "DZ", "the netherlands": "NL", "the gambia": "GM",
}


class Ambiguous(tuple):
    """The codes of the places one name could mean."""


class PlaceIndex:
    """Resolves place names and codes; knows which place contains which."""

    def __init__(self, declared: Iterable[Place] = ()) -> None:
        self.declared = {p.id: p for p in declared}
        self._names: dict[str, list[str]] = {}
        for place in self.declared.values():
            for key in (place.id, place.name, *place.aliases):
                codes = self._names.setdefault(fold_name(key), [])
                if place.id not in codes:
                    codes.append(place.id)
        self._cache: dict[str, str | Ambiguous | None] = {}
        self._ancestors: dict[str, tuple[str, ...]] = {}

    def resolve(self, text: str) -> str | Ambiguous | None:
        """The code for a place written as code, name or alias; None when unknown; the codes
        it could mean (``Ambiguous``) when it names several places: a declared place and an
        ISO one ("Arauca", a city and its department), two declared places, or ISO
        subdivisions of several countries. Nothing is chosen silently."""
        if text in self._cache:
            return self._cache[text]
        key = fold_name(text)
        codes = list(self._names.get(key, ()))
        iso = _iso_index()[0].get(key) or NEWS_COUNTRY_NAMES.get(key)
        if iso is not None and iso not in codes:
            codes.append(iso)
        if not codes:  # a subdivision name ISO 3166 uses in several countries ("Sucre")
            codes = sorted(_subdivision_names().get(key, ()))
        if not codes:  # "Región del Maule", "Guajira", "Bío Bío": the name with its article or its kind aside
            codes = self._loosely(key)
        found = None if not codes else codes[0] if len(codes) == 1 else Ambiguous(codes)
        self._cache[text] = found
        return found

    def _loosely(self, key: str) -> list[str]:
        """The codes a folded name no place gives exactly may still mean, read as people write
        them: without the kind of region it names ("Región del Maule", "Estado Táchira", "Mexico
        state": a subdivision, never a country), with or without its article ("Guajira" for "La
        Guajira"), with its words run together ("Bío Bío" for "Biobío")."""
        for candidate, subdivision in _loose_keys(key):
            codes = list(self._names.get(candidate, ()))
            iso = _iso_index()[0].get(candidate)
            if iso is not None and iso not in codes:
                codes.append(iso)
            codes += [code for code in sorted(_subdivision_names().get(candidate, ())) if code not in codes]
            if subdivision:
                codes = [code for code in codes if "-" in code or code in self.declared]
            if codes:
                return codes
        return []

    def closest(self, text: str) -> str | None:
        """The code of the declared or ISO 3166 place whose name is closest to ``text``, a name
        no place gives ("Orinoqia": CO-ORI), for a "did you mean"; None when none is close.
        Declared places first: a project's own regions are the likelier meaning; then a place
        whose name holds every word of ``text`` ("Bogotá": Distrito Capital de Bogotá), if one alone
        does; then the closest spelling."""
        import difflib

        key = fold_name(text)
        words = set(re.findall(r"\w+", key)) - _PLACE_FILLERS
        if words:
            for names in (self._names, _iso_index()[0]):
                holding = {(found[0] if isinstance(found, list) else str(found))
                           for name, found in names.items() if words <= set(re.findall(r"\w+", name))}
                if len(holding) == 1:
                    return holding.pop()
        for names in (self._names, _iso_index()[0]):
            close = difflib.get_close_matches(key, list(names), n=1, cutoff=0.8)
            if close:
                found = names[close[0]]
                return found[0] if isinstance(found, list) else str(found)
        return None

    def describe(self, code: str) -> str:
        """"CO-ARA (Arauca, ISO 3166)" or "CO-ORI (Orinoquía, sources/_places.yaml:3)"."""
        place = self.declared.get(code)
        if place is not None and place.file:
            return f"{code} ({place.name}, {place.file}:{place.line})"
        return f"{code} ({self.name(code)}, ISO 3166)"

    def parent(self, code: str) -> str | None:
        if code in self.declared:
            return self.declared[code].parent
        return _iso_index()[1].get(code)

    def name(self, code: str) -> str:
        if code in self.declared:
            return self.declared[code].name
        return _iso_index()[2].get(code, code)

    def known(self, code: str) -> bool:
        return code in self.declared or code in _iso_index()[1]

    def ancestors(self, code: str) -> tuple[str, ...]:
        """Parent, grandparent, ... of a place, nearest first (a cycle stops the walk)."""
        if code not in self._ancestors:
            out: list[str] = []
            current = self.parent(code)
            while current and current not in out and current != code:
                out.append(current)
                current = self.parent(current)
            self._ancestors[code] = tuple(out)
        return self._ancestors[code]

    def contains(self, wide: str, narrow: str) -> bool:
        """True when ``wide`` strictly contains ``narrow``."""
        return wide != narrow and wide in self.ancestors(narrow)


# --- sources -----------------------------------------------------------------------------------

class SourceIndex:
    """Resolves a source written as id, name or alias to its id."""

    def __init__(self, sources: Iterable[Source]) -> None:
        self._names: dict[str, str] = {}
        self._ids: set[str] = set()
        #: a name or alias two sources give: folded name -> their ids (an id is never one)
        self._shared: dict[str, set[str]] = {}
        sources = list(sources)
        for source in sources:
            self._names[fold_name(source.id)] = source.id
            self._ids.add(fold_name(source.id))
        for source in sources:
            self._names_of(source)

    def _names_of(self, source: Source) -> None:
        for key in (source.name, *source.aliases):
            folded = fold_name(key)
            taken = self._names.setdefault(folded, source.id)
            if taken != source.id and folded not in self._ids:
                self._shared.setdefault(folded, {taken}).add(source.id)

    def add(self, source: Source) -> None:
        self._names[fold_name(source.id)] = source.id  # an id wins over names, as in __init__
        self._ids.add(fold_name(source.id))
        self._shared.pop(fold_name(source.id), None)
        self._names_of(source)

    def resolve(self, text: str) -> str | None:
        return self._names.get(fold_name(text))

    def sharing(self, text: str) -> list[str]:
        """The ids of the sources that all give ``text`` as their name or alias (none when one
        source alone does, or ``text`` is an id)."""
        return sorted(self._shared.get(fold_name(text), ()))


# --- dates -------------------------------------------------------------------------------------

_MONTHS = {
    "january": 1, "february": 2, "march": 3, "april": 4, "may": 5, "june": 6, "july": 7,
    "august": 8, "september": 9, "october": 10, "november": 11, "december": 12,
    "enero": 1, "febrero": 2, "marzo": 3, "abril": 4, "mayo": 5, "junio": 6, "julio": 7,
    "agosto": 8, "septiembre": 9, "setiembre": 9, "octubre": 10, "noviembre": 11, "diciembre": 12,
}
for _name, _number in list(_MONTHS.items()):
    _MONTHS.setdefault(_name[:3], _number)
_MONTHS["sept"] = 9      # AP's and AFP's "Sept. 18, 2013" (the wires write every other month in three letters or whole)

#: the time of day a spreadsheet or a database writes after a date ("2019-03-07 00:00:00", "2019-03-07T10:30Z")
_A_TIME = re.compile(r"(?:t|\s)?\s*\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:z|[+-]\d{2}:?\d{2})?", re.I)
_DAY_MONTH_YEAR = re.compile(r"^(\d{1,2})(?:st|nd|rd|th)?\s+(?:de\s+)?([a-z]+)\.?,?\s+(?:de\s+|del\s+)?(\d{4})$")
_MONTH_DAY_YEAR = re.compile(r"^([a-z]+)\.?\s+(\d{1,2})(?:st|nd|rd|th)?,?\s+(\d{4})$")
#: a month in words, a period as "2019-03" is: "March 2019", "marzo de 2019", "mar. 2019" (N7 D4, session 45)
_MONTH_YEAR = re.compile(r"^([a-z]+)\.?,?\s+(?:de\s+|del\s+|of\s+)?(\d{4})$")


def parse_date(value: object) -> str:
    """An ISO 8601 date string from a date, an ISO string or "7 March 2019" / "7 de marzo de 2019";
    a month ("2019-07") or a year ("2019", or 2019 as a YAML number) stays a period: "2019-07", "2019".

    Raises ValueError with a message that says what is expected.
    """
    if isinstance(value, dt.datetime):
        return value.date().isoformat()
    if isinstance(value, dt.date):
        return value.isoformat()
    return _parse_date_text(str(value))


@lru_cache(maxsize=65536)
def _parse_date_text(value: str) -> str:
    text = fold_name(value)
    more = False
    try:
        if re.match(r"^\d{4}-\d{2}-\d{2}", text):
            day = dt.date.fromisoformat(text[:10]).isoformat()
            rest = text[10:].strip()
            if rest and not _A_TIME.fullmatch(rest):
                more = True           # "2019-03-01 to 2019-03-31", "2019-03-07/P1D", "2019-03-10 (corrected ...)"
                raise ValueError()
            if rest:
                dt.time.fromisoformat(rest.upper().rstrip("Z").replace(" ", ""))   # "2019-03-07 25:00": no time
            return day
        period = re.fullmatch(r"(\d{4})(?:-(\d{1,2}))?", text.strip())
        if period:  # a month (2019-07) or a year (2019): a period, kept as written
            year_number, month_text = int(period.group(1)), period.group(2)
            if month_text is None:
                return f"{year_number:04d}"
            if not 1 <= int(month_text) <= 12:
                raise ValueError(f"month {month_text} does not exist")
            return f"{year_number:04d}-{int(month_text):02d}"
        match = _DAY_MONTH_YEAR.match(text)
        if match and match.group(2) in _MONTHS:
            day, month, year = match.group(1), match.group(2), match.group(3)
            return dt.date(int(year), _MONTHS[month], int(day)).isoformat()
        match = _MONTH_DAY_YEAR.match(text)
        if match and match.group(1) in _MONTHS:
            month, day, year = match.group(1), match.group(2), match.group(3)
            return dt.date(int(year), _MONTHS[month], int(day)).isoformat()
        match = _MONTH_YEAR.match(text)
        if match and match.group(1) in _MONTHS:
            return f"{int(match.group(2)):04d}-{_MONTHS[match.group(1)]:02d}"
    except ValueError as exc:
        if more:
            raise ValueError(f"{value!r} is more than one date; write one day (YYYY-MM-DD), month (2019-03) or "
                             "year (2019): for a period, the day or the month the count refers to") from None
        raise ValueError(f"{value!r} is not a real date ({exc}); check the day and the month, "
                         "written YYYY-MM-DD (2019-03-07 is 7 March 2019)") from None
    raise ValueError(f"{value!r} is not a date; write it as YYYY-MM-DD, e.g. 2019-03-07 "
                     "(a month: 2019-03; a year: 2019)")

"""Whether an event spread over its country, as the article's opening says ("took place in all
regions of Chile", "protests across the country", "en todo el país"): then no one town of it, not
even the one it began in, is the article's place, but the country. Only an event of a kind that
spreads (protests, strikes, floods, an epidemic): a bombing that "sparked protests nationwide"
stays where it happened."""
from __future__ import annotations

import re

from reconcile.extract.places import places_in
from reconcile.quantities.running import Sentence

__all__ = ["began_there", "spread_over", "spread_within"]

# the opening says the event spread over its country: "took place in all regions of Chile", "protests
# across the country", "en todo el país", "en varias ciudades de Colombia"; at a sentence's start too
# ("Nationwide, ...", "En todo el país, ..."); "across" a name is a capital's ("across Chile")
_SPREAD = re.compile(
    r"\b(?:in\s+(?:all|every|most)\s+(?:the\s+)?(?:regions?|provinces?|states?|cities|departments)\s+of|"
    r"(?:in\s+)?(?:many|several|numerous|dozens\s+of|major)\s+(?:cities|towns|regions)\s+(?:of|across|in)|"
    # "in many parts of Argentina", "(afectaron) muchas partes de Argentina", "en varias zonas del país"
    r"(?:in\s+)?(?:many|several|numerous|various|large)\s+(?:parts|areas)\s+of|"
    r"(?:en\s+)?(?:muchas|varias|numerosas|diversas|distintas)\s+(?:partes|zonas|[aá]reas)\s+(?:de|del)|"
    r"(?:across|throughout|all\s+over)\s+(?:the\s+country|the\s+nation|(?-i:(?=[A-Z])))|nationwide|countrywide|"
    r"en\s+todas?\s+(?:las|los)\s+(?:regiones|provincias|estados|ciudades|departamentos)\s+(?:de|del)|"
    r"en\s+(?:varias|muchas|numerosas|decenas\s+de)\s+(?:ciudades|regiones|provincias)\s+(?:de|del)|"
    r"en\s+todo\s+el\s+(?:pa[ií]s|territorio)|a\s+lo\s+largo\s+(?:y\s+ancho\s+)?del?\s+(?:pa[ií]s|territorio))", re.I)


# the events that spread over a country (not a bombing or a building's fire, which "sparked protests nationwide")
_SPREADS = re.compile(r"\b(?:protests?|demonstrations?|marches|riots|unrest|strikes?|uprising|revolt|movement|"
                      r"floods?|flooding|epidemic|outbreak|drought|protestas?|manifestaciones|marchas|disturbios|"
                      r"estallido|paro|huelgas?|levantamiento|inundaciones|epidemia|brote|sequ[ií]a|"
                      # fires over the land, not a building's fire: a bushfire season, wildfires
                      r"bushfires?|wildfires?|forest\s+fires|fire\s+season|incendios\s+forestales|"
                      r"temporada\s+de\s+incendios)\b", re.I)


_PARTS_OF = re.compile(r"(?:parts|areas|partes|zonas|[aá]reas)\s+(?:of|de|del)$", re.I)


def _spread(opening: list[Sentence], country: str) -> bool:
    """Whether the opening says the event spread over ``country``: "in all regions of Chile",
    "across the country", "nationwide", "en todo el país" (then no one town of it is its place).
    A country named after the words must be ``country``."""
    for sentence in opening:
        for match in _SPREAD.finditer(sentence.text):
            named = places_in(sentence.text[match.end():match.end() + 40], country)
            if _PARTS_OF.search(match.group()):
                # "many parts of Australia" is the country's; "many parts of the state of Victoria", "large parts
                # of Mallacoota" are not (R1, session 45): only the country named first says so
                if named and named[0][0] == country:
                    return True
                continue
            if named and named[0][2] <= 5:
                if named[0][0] == country:
                    return True
            elif not sentence.text[match.end() - 1:match.end()].isspace() or not match.group().lower().startswith(
                    ("across", "throughout", "all")):
                return True           # "nationwide", "across the country", "in all regions of the island"
    return False


def spread_over(title: str | None, opening: list[Sentence], country: str) -> bool:
    """Whether the title's event is one that spreads and the opening says it spread over ``country``."""
    return _SPREADS.search(title or "") is not None and _spread(opening, country)


# the opening says the event spread over several districts of a region: "over 4 lakh people across 15 districts",
# "occurred in Muzaffarpur and the adjoining districts", "en 12 municipios"
_OVER_DISTRICTS = re.compile(
    r"\b(?:across|in|over|throughout|en|a\s+trav[eé]s\s+de)\s+(?:\d+|two|three|four|five|six|seven|eight|nine|ten|"
    r"several|many|dozens\s+of|dos|tres|cuatro|cinco|seis|siete|ocho|nueve|diez|varios|varias|decenas\s+de)\s+"
    r"(?:districts|counties|municipalities|provinces|regions|towns|distritos|municipios|provincias|regiones|"
    r"comunas|cantones|localidades)\b|"
    r"\band\s+(?:the\s+)?(?:adjoining|neighbouring|neighboring|surrounding|nearby)\s+(?:districts|areas|counties|"
    r"towns|regions)\b", re.I)


def spread_within(title: str | None, opening: list[Sentence]) -> bool:
    """Whether the title's event is one that spreads and the opening says it spread over several districts of
    the region the title names ("Assam flood situation grim": "across 15 districts"): the region, not the one
    district the opening also names, is the article's place."""
    return _SPREADS.search(title or "") is not None and any(_OVER_DISTRICTS.search(s.text) for s in opening)


# where an event that spread began: "originally focused in the banlieue of Paris", "first broke out in Tottenham",
# "se originó en", "comenzó inicialmente en"
_ORIGIN_BEFORE = re.compile(r"\b(?:originally|initially|first|originated|originalmente|inicialmente|se\s+origin[oó])\b"
                            r"[^.;]{0,40}$", re.I)


def began_there(title: str | None, sentence: str, name: str) -> bool:
    """Whether the opening names ``name`` as where an event that spreads began, not where it happened."""
    at = sentence.find(name)
    return at > 0 and _SPREADS.search(title or "") is not None and bool(_ORIGIN_BEFORE.search(sentence, 0, at))

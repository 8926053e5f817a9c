"""The dateline that opens a wire report ("LIMA, 12 mar (EFE).-", "KABUL, Afghanistan (AP) —",
"Caracas.-", "NEW DELHI:"):
the town it was filed from, the article's place when the text names no other."""
from __future__ import annotations

import re

from reconcile.extract.place_words import BOUND_FOR
from reconcile.extract.places import (UPPER, city_code, city_of, countries_in_order, country_of, is_city, places_in,
                                      title_name)
from reconcile.quantities.parse import detect_lang

__all__ = ["dateline", "dateline_end", "dateline_start"]

# a town's name in a dateline: "LIMA", "Río de Janeiro", "Ciudad de Guatemala"
_DATELINE_WORD = rf"[{UPPER}][\w'’.-]*"
_DATELINE_MORE = rf"(?: (?:(?:de|del|de la|do|da|dos|das)\s)?{_DATELINE_WORD})"
# "LIMA, (EFE).-", "CARACAS (EFE) -", "Waukesha, Wisconsin, 22 de noviembre de 2021 (Reuters).-",
# "San José Pinula, Guatemala" on a line of its own (not a compound's hyphen: "U.S.-led troops attacked"):
# where the report was filed; an agency that writes its
# name in lower case, as German wires do: "Beijing (dpa) -", "Berlin (epd) -"
_DATELINE = re.compile(
    rf"({_DATELINE_WORD}{_DATELINE_MORE}{{0,3}})"
    r"(?:,\s*(?!(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec|Ene|Abr|Ago|Dic)[a-z]*\.? \d)"
    rf"({_DATELINE_WORD}{_DATELINE_MORE}{{0,2}}))?"
    r"(?:,?\s*(?P<day>\d{1,2}(?: de)? \w+\.?(?:(?: de)? \d{4})?|\w+\.? \d{1,2}(?:, \d{4})?))?"
    r"\s*(?:,\s*)?(?:\((?P<agency>[A-Z][\w .&/-]{1,30}|[a-z]{2,5})\))?\s*"
    r"(?P<end>\.?\s*[-—–]+(?![a-z])\s*|\.-(?![a-z])\s*|:\s+|\n|$)")
# the countries whose wires write in Spanish: a city name several countries share is read there
# first in a Spanish dateline ("San José, 15 feb (EFE).-": Costa Rica's, not California's)
_SPANISH_SPEAKING = ("ES", "MX", "GT", "HN", "SV", "NI", "CR", "PA", "CU", "DO", "PR", "CO", "VE", "EC", "PE", "BO",
                     "CL", "AR", "PY", "UY", "GQ")


# the country in brackets after the town, as EFE writes it: "Santa Cruz (Bolivia), 3 sep (EFE).-"
_BRACKETED_COUNTRY = re.compile(rf"{_DATELINE_WORD}{_DATELINE_MORE}{{0,3}} \(([{UPPER}][^()\d]{{1,30}})\),(?=\s*\d)")


def _unbracketed(text: str) -> str:
    """The text with a dateline's bracketed country written after a comma, as the other wires
    write it ("Santa Cruz (Bolivia), 3 sep" -> "Santa Cruz, Bolivia,  3 sep"; the same length, so
    that offsets hold), when the brackets hold a place (not "(EFE)")."""
    match = _BRACKETED_COUNTRY.match(text)
    if match is None or not places_in(match.group(1)):
        return text
    return f"{text[:match.start(1) - 2]}, {match.group(1)}, {text[match.end():]}"


def dateline(text: str) -> tuple[str, str] | None:
    """The place of a dateline that opens the text, in the country it names or the wire's (a
    name several countries share is read in a Spanish-speaking one when the text is Spanish)."""
    text = _unbracketed(text)
    match = _DATELINE.match(text)
    if not match or not (match.group(2) or match.group("agency") or text[match.end() - 1:match.end()] == "\n"
                         or match.group(1).isupper()
                         or match.group("day") and "-" in match.group("end")     # "Tegucigalpa, 12 de enero.-"
                         or match.group(1).endswith(".") and match.group("end").startswith("-")   # "Caracas.-"
                         or match.group("end").startswith(":") and _city_before_prose(text, match)):  # "Islamabad: The"
        return None
    if match.group("end").startswith(":") and not match.group(1).isupper() and not _city_before_prose(text, match):
        return None                           # "Deaths: 40": a label; "NEW DELHI: At least 12" is a dateline
    name = match.group(1)
    written = title_name(name) if name.isupper() else name
    if written.endswith(".") and written.count(".") == 1:
        written = written[:-1]                # "QUITO.- Al menos": the dateline's stop
    country = None
    if match.group(2):
        found = places_in(match.group(2)) or _state_abbreviation(match.group(2))
        if not found:
            return None                       # "Smith, Jones (AP)": not a place
        country = country_of(found[0][0])
    else:
        country = _named_after(text[match.end():match.end() + 600], countries_in_order(written))
        if country is None and detect_lang(text[:1500]) == "es":
            country = next((cc for cc in countries_in_order(written) if cc in _SPANISH_SPEAKING), None)
    town = city_of(written, country)                  # a dateline names a city: "WASHINGTON", "MEXICO CITY"
    if town is not None:
        return town, written
    found = [p for p in places_in(written, country)
             if p[2] == 0 and (country is None or country_of(p[0]) == country)]
    if found:
        return found[0][0], found[0][1]
    if country is not None:
        return city_code(country, written), written
    return None


# the abbreviations of the United States' states that American wires write after a town ("FORT MYERS, Fla. (AP) —",
# "Madison, Wis."): the states they do not spell out
_STATES_ABBREVIATED = dict(pair.split("=") for pair in (
    "Ala.=AL Ariz.=AZ Ark.=AR Calif.=CA Colo.=CO Conn.=CT Del.=DE Fla.=FL Ga.=GA Ill.=IL Ind.=IN Kan.=KS Kans.=KS "
    "Ky.=KY La.=LA Md.=MD Mass.=MA Mich.=MI Minn.=MN Miss.=MS Mo.=MO Mont.=MT Neb.=NE Nebr.=NE Nev.=NV N.H.=NH "
    "N.J.=NJ N.M.=NM N.Y.=NY N.C.=NC N.D.=ND Okla.=OK Ore.=OR Pa.=PA R.I.=RI S.C.=SC S.D.=SD Tenn.=TN Vt.=VT "
    "Va.=VA Wash.=WA W.Va.=WV Wis.=WI Wyo.=WY").split())


def _state_abbreviation(written: str) -> list[tuple[str, str, int]]:
    """A state of the United States by the abbreviation a wire writes after its town ("Fla.": US-FL), as
    ``places_in`` gives places."""
    state = _STATES_ABBREVIATED.get(written.strip())
    return [(f"US-{state}", written.strip(), 0)] if state else []


def _city_before_prose(text: str, match: re.Match[str]) -> bool:
    """"Islamabad: The toll from an earthquake that rattled eastern Pakistan has risen to ...": a known city,
    then a sentence of prose on its line (not a label's value: "Lugar: Acteal", "Deaths: 40")."""
    line = text[match.end():text.find("\n", match.end()) if "\n" in text[match.end():] else len(text)]
    return bool(line[:1].isupper() and len(line.split()) >= 8 and not match.group(2)
                and city_of(match.group(1), None) is not None)


def _named_after(opening: str, shared: list[str]) -> str | None:
    """Of the countries with a town of the dateline's name, the one the opening puts the event in
    by naming the country or one of its regions ("PUERTO PRÍNCIPE (EFE).- ... en Haití": Haiti's,
    not Cuba's old Puerto Príncipe; "VALENCIA (Reuters) - Floods in eastern Spain": Spain's, not
    Venezuela's, the larger); None when the name is one country's or the opening names none."""
    if len(shared) < 2:
        return None
    # (not a country the opening names as where people were going: "PANAMA CITY ... migrants traveling to the United
    # States arrived in Panama" is Panama's)
    named = [country_of(code) for code, _, at in places_in(opening)
             if not is_city(code) and not BOUND_FOR.search(opening, max(0, at - 40), at)]
    return next((cc for cc in named if cc in shared), None)


def dateline_end(text: str) -> int | None:
    """Where a dateline that opens the text ends ("LIMA, 12 mar (Reuters) - "), or None."""
    match = _DATELINE.match(_unbracketed(text))
    return match.end() if match and dateline(text) is not None else None


# a line of a headline or of a page's highlights above the dateline: no sentence's stop at its end ("Quake kills
# hundreds", "- NEW: The death toll could climb, a spokesman says")
_HEADLINE = re.compile(r"[^\n]{1,200}(?<![.!?:;\"”»’'])\n")


def dateline_start(text: str) -> int:
    """Where the dateline of an article opens: at the start of its text, or on the first line after the lines of a
    headline or of highlights that no stop ends ("Quake kills hundreds\nIslamabad, Pakistan (CNN) -- An earthquake",
    a page's "story highlights" list before its first paragraph), when that line opens with a wire's dateline (its
    agency in brackets, or its town in capitals before a dash); 0 when no such line does."""
    at = 0
    for _ in range(12):
        if at and dateline(text[at:]) is not None:
            match = _DATELINE.match(_unbracketed(text[at:]))
            if match is not None and (match.group("agency") or match.group(1).isupper()
                                      and "-" in match.group("end") or "—" in match.group("end")):
                return at
        line = _HEADLINE.match(text, at)
        if line is None:
            return 0
        at = line.end()
        while text[at:at + 1] == "\n":
            at += 1
    return 0

"""A place named as part of a body's name or as the body's owner: "the United Nations Mission in
Syria", "el Ministerio de Salud de Perú", "Syria's main opposition bloc", "la policía de Chile",
"the Pakistan Meteorological Department", "the California Institute of Technology". Such a place
says whose the body is, not where a count was made (GUIDE: the place is where the count was
made): the count takes the place of its clause's other places, else the event's."""
from __future__ import annotations

import re

from reconcile.extract.place_words import opens_a_sentence

__all__ = ["in_body_name"]

# the nouns of bodies that count or speak: their "of X" / "X's" is an owner, not a scene
_BODY_NOUNS = (
    r"ministry|ministries|government|council|mission|commission|agency|service|services|office|committee|"
    r"police|army|military|navy|forces|guard|institute|university|survey|court|prosecutor|authorities|"
    r"embassy|consulate|ambassador|red\s+cross|red\s+crescent|ombudsman|media|press|television|radio|"
    r"news\s+agency|bloc|party|coalition|observatory|society|association|federation|bureau|"
    r"secretariat|cabinet|parliament|congress|senate|"
    r"ministerio|ministra|ministro|gobierno|consejo|misi[oó]n|comisi[oó]n|agencia|servicio|oficina|comit[eé]|"
    r"polic[ií]a|ej[eé]rcito|armada|fuerzas|guardia|instituto|universidad|tribunal|corte|fiscal[ií]a|"
    r"procuradur[ií]a|defensor[ií]a|autoridades|embajada|consulado|embajador|cruz\s+roja|media\s+luna\s+roja|"
    r"medios|prensa|televisi[oó]n|bloque|partido|coalici[oó]n|observatorio|sociedad|asociaci[oó]n|"
    r"federaci[oó]n|secretar[ií]a|gabinete|parlamento|congreso|senado")

# "Mission in Syria", "Ministry of Health of", "Policía Nacional de", "gobierno de": a body's noun, its
# name's capitalised words or adjectives, its "of Health", then "of/in/for/de/del/en" and the place
_BODY_BEFORE = re.compile(
    rf"\b(?P<body>{_BODY_NOUNS})(?:\s+(?:(?-i:[A-ZÁÉÍÓÚÑ][\w-]*)|nacional|national|federal|estatal|civil|general|"
    r"regional|provincial|municipal|local)){0,3}(?:\s+(?:of|for|de|del|para)\s+[^\W\d_]+(?:\s+[^\W\d_]+)?)?"
    r"\s+(?P<prep>of|in|for|de|del|en|para)\s+(?:the\s+|la\s+|el\s+)?$", re.I)

# "Syria's main opposition bloc", "Chile's Health Ministry", "Ghana's fire service": a place's
# possessive, then at most three words, then a body's noun
_OWNER_AFTER = re.compile(rf"['’]s\s+(?:[^\W\d_-]+(?:-[^\W\d_]+)?\s+){{0,3}}(?:{_BODY_NOUNS})\b", re.I)

# "the Pakistan Meteorological Department", "the California Institute of Technology", "Nepal Red
# Cross Society": a capitalised name the place opens, whose head is a body's noun
_NAME_AFTER = re.compile(
    r"\s+(?:[A-Z][\w-]*\s+){0,3}(?:Institute|University|College|Survey|Department|Ministry|Red\s+Cross|"
    r"Red\s+Crescent|Observatory|Society|Council|Commission|Agency|Bureau|Service|Administration|Embassy|"
    r"Command|Coast\s+Guard)\b")
# a country's abbreviation with its points, "U.S.", "U.K.": the last point is the name's, not a sentence's end
_ABBREVIATION = re.compile(r"(?:[A-Z]\.)+[A-Z]")

_ACADEMIC = re.compile(r"Institute|University|College|Survey")

# an office a person named before holds, in an apposition: "for Esmael Mangudadatu, vice mayor of Buluan,",
# "según Juan Pérez, alcalde de Tlapa,": the place the office is of, not where a count was made
_OFFICE_BEFORE = re.compile(
    r",\s+(?:the\s+|el\s+|la\s+)?(?:(?:vice|deputy|former|then|acting|ex)[\s-]+)?(?:mayor|governor|senator|"
    r"congressman|congresswoman|representative|prefect|councillor|councilor|vicealcalde(?:sa)?|alcalde(?:sa)?|"
    r"gobernador(?:a)?|intendente|prefect[oa]|senador(?:a)?|diputad[oa]|concejal|regidor(?:a)?)\s+"
    r"(?:of|for|de|del|por)\s+(?:the\s+|la\s+|el\s+)?$", re.I)


def in_body_name(text: str, at: int, name: str, country: bool) -> bool:
    """Whether the place ``name`` written at ``at`` in ``text`` names a body's owner or is part of
    its name ("the UN Mission in Syria", "Syria's opposition bloc", "la policía de Chile"; ``country``:
    the place is a country, which a national body's name may open: "the Pakistan Meteorological
    Department"), or the place of an office a person holds ("X, vice mayor of Buluan,"). Not a
    scene: "killed in Syria", "el sismo de Chile"."""
    end = at + len(name)
    if _OFFICE_BEFORE.search(text, max(0, at - 40), at):
        return True                   # "Esmael Mangudadatu, vice mayor of Buluan": his office's place
    before = _BODY_BEFORE.search(text, max(0, at - 80), at)
    if before is not None and (before.group("prep").lower() not in ("in", "en") or _a_name(text, before)):
        return True                   # "police in Kabul" is where the police are; "Mission in Syria" a name
    if _OWNER_AFTER.match(text, end):
        return True
    if text.startswith(".", end) and _ABBREVIATION.fullmatch(name):
        end += 1                      # "the U.S. Geological Survey said": the agency's owner, not a scene
    after = _NAME_AFTER.match(text, end)
    return after is not None and (country or _ACADEMIC.search(after.group()) is not None)


def _a_name(text: str, before: re.Match) -> bool:
    """Whether the body's noun ``before`` found is written as a name's ("the UN Mission in Syria"):
    capitalised where a capital says so, not at a sentence's start ("Autoridades en Arequipa
    informaron...", "Police in Kabul said...": the common noun, whose capital is its place's)."""
    return before.group("body")[:1].isupper() and not opens_a_sentence(text, before.start("body"))

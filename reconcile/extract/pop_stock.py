"""A count of the people who live in a place, not of what befell them: "nearly 70,000 people live
in L'Aquila", "Tainan, a city with about two million people", "una ciudad de 300.000 habitantes",
"a population of 40 million". Its criterion is ``population`` (the GUIDE's slug for "Spain's 40
million population")."""
from __future__ import annotations

import re

__all__ = ["is_population_stock"]

_AMOUNT = r"(?:(?:about|some|around|nearly|almost|over|more\s+than|roughly|unos|unas|cerca\s+de|casi|m[aá]s\s+de|" \
          r"alrededor\s+de|aproximadamente)\s+)?"
# "a city of", "una ciudad con", "a population of", "una población de", "home to"
_BEFORE = re.compile(r"\b(?:(?:city|town|village|municipality|country|nation|island|region|province|ciudad|pueblo|"
                     r"localidad|municipio|pa[ií]s|isla|regi[oó]n|provincia)\s+(?:of|with|de|con)|"
                     r"population\s+of|poblaci[oó]n\s+de|home\s+to|hogar\s+de|"
                     # an infobox's row: "Population: 48 747 632", "Población: 2 millones"
                     r"^\s*(?:total\s+)?(?:population|poblaci[oó]n)(?:\s+total)?\s*:|"
                     # the verb first, as Spanish puts it: "En la ciudad viven unas 70.000 personas"
                     r"viven|viv[ií]an|habitan|residen)\s+" + _AMOUNT + r"$", re.I)
# "... people live in", "... habitantes viven en", "... residents", "... inhabitants"
_AFTER = re.compile(r"\s+(?:(?:people|persons|personas|residents|inhabitants|habitantes|residentes)\s+)?"
                    # "2,000 people who live in", "2.000 personas que viven en"
                    r"(?:(?:who|that|que)\s+)?"
                    r"(?:live|lived|living|reside|resided|residing|inhabit|viven|viv[ií]an|habitan|habitaban|"
                    r"residen|resid[ií]an)\b|\s+(?:inhabitants|habitantes)\b(?!\s+(?:were|fueron|han|have|had|"
                    r"quedaron|resultaron))", re.I)


# what befell the people a clause of living describes: "1,500 people living near the volcano were
# evacuated", "1.500 personas que viven cerca del volcán fueron evacuadas" count the evacuated
_BEFELL = re.compile(r"\b(?:were|was|have\s+been|had\s+been|fueron|fue|han\s+sido|hab[ií]an\s+sido|resultaron|"
                     r"quedaron)\b", re.I)
_NEXT_CLAUSE = re.compile(r",\s+(?:and|y|e|but|pero|while|mientras)\b|;", re.I)
# the whole of a part: "1,500 of the 2,000 people living in the village were evacuated" (the 2,000 live there)
_WHOLE_OF = re.compile(r"\b(?:of|de)\s+(?:the|los|las)\s+$", re.I)


def is_population_stock(sentence: str, start: int, end: int, counted: str | None) -> bool:
    """Whether the figure at ``sentence[start:end]`` counts the people who live in a place.
    ``counted``: the counted noun, when the figure's text stops before it."""
    if _BEFORE.search(sentence, max(0, start - 60), start):
        return True
    clause = _NEXT_CLAUSE.search(sentence, end)
    if _BEFELL.search(sentence, end, clause.start() if clause else len(sentence)) and \
            not _WHOLE_OF.search(sentence, max(0, start - 12), start):
        return False
    rest = sentence[end:end + 60]
    if counted and rest.lstrip().lower().startswith(counted.lower()) and \
            counted.lower() in ("people", "persons", "personas", "residents", "inhabitants", "habitantes"):
        rest = " " + rest.lstrip()[len(counted):]
        return bool(re.match(r"\s+(?:(?:who|that|que)\s+)?(?:live|lived|living|reside|resided|residing|viven|"
                             r"viv[ií]an|habitan|residen)\b", rest, re.I)) or \
            counted.lower() in ("inhabitants", "habitantes") and _AFTER.match(" " + counted + rest) is not None
    return _AFTER.match(rest) is not None

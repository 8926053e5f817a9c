"""A small count of things the text names again by the definite article, which states no count of its own:
"Los dos sismos dejaron 40 muertos", "The two quakes killed 40 people", "Los tres países sumaron 300 muertos",
"the Cuban government" ... "agreement between the two governments".

The article makes the number known, not told: the sentence is about the things it names, and a reader lists
the figure where the text first states it ("sufrió dos terremotos"), not where it refers back to it. Only a
number word from two to ten that counts things (events, countries, governments: no people) is read so, and
only when the text already introduced what it counts (the title or the text before it names the same thing:
"Sismos en Chile" ... "los dos sismos"), or when it opens a clause that states another figure ("Los dos sismos
dejaron 40 muertos": the 40 is the claim).

What it leaves as claims: a figure in digits after the article ("los 40 muertos fueron identificados", "Of the
approximately 172 survivors"); a first mention, whatever its article ("se suele hacer referencia a los cuatro
ataques aéreos consecutivos que se realizaron entre el 13 y el 15 de febrero" names the attacks for the first
time); and a count of people ("Las dos víctimas murieron al caerles un muro" after "dejó al menos dos muertos"
is one the reviewer drops: people named before are not always the same people, "40 died ... the three people
rescued", and the criterion of such a figure is tested as a claim's, tests/extract/test_spanish_wire.py).

A count of things whose names the sentence lists right after it ("the province's two counties of Minxian and
Zhangxian") is known the same way: the reader sees the names it counts (``names_its_list``).
"""
from __future__ import annotations

import re
from functools import lru_cache

from reconcile.extract.fields import PEOPLE_GROUPS, population
from reconcile.extract.pop_groups import GROUPS
from reconcile.extract.proposal import Line
from reconcile.quantities.lexicon import fold_word
from reconcile.quantities.running import Found

__all__ = ["is_known_count", "names_its_list"]

#: the number words read so: two to ten
_SMALL = frozenset("two three four five six seven eight nine ten dos tres cuatro cinco seis siete ocho nueve diez"
                   .split())
# the definite article or a demonstrative right before the number word
_DEFINITE = re.compile(r"(?:^|(?<=[\s\"'“«(—]))(?:the|these|those|los|las|estos|estas|esos|esas)\s+$", re.I)
# what may stand before a clause's subject: nothing, an opening quote, a comma or a conjunction
_CLAUSE_OPENS = re.compile(r"(?:^|[,;:—]|\b(?:and|but|while|y|e|pero|mientras))[\s\"'“«(]*$", re.I)
_PEOPLE = PEOPLE_GROUPS | frozenset(GROUPS.values())
_WORD = re.compile(r"[^\W\d_]+")


def is_known_count(line: Line, item: Found, pop: list[str], earlier: str) -> bool:
    """Whether ``item`` of ``line`` is a number word after the definite article that names what the
    text already made known (the module's doc). ``earlier`` is the title and the text before the figure."""
    body = line.body
    number = _WORD.match(body, item.number_start)
    if number is None or fold_word(number.group()) not in _SMALL or item.number_start != item.start or \
            not pop or set(pop) & _PEOPLE:
        return False
    article = _DEFINITE.search(body, max(0, item.start - 8), item.start)
    if article is None:
        return False
    if _CLAUSE_OPENS.search(body, 0, article.start()) and any(f.start >= item.end for f in line.found):
        return True
    return bool(set(pop) & _named(earlier))


def _named(text: str) -> set[str]:
    """The population slugs the nouns of ``text`` name, and each noun's own plural ("government": governments)."""
    return set().union(*(_names(fold_word(w)) for w in set(_WORD.findall(text)) if len(w) > 3))


@lru_cache(maxsize=4096)
def _names(word: str) -> frozenset[str]:
    return frozenset({word, word + "s", word + "es", *population(word, "", "en"), *population(word, "", "es")})


# what opens the names a count of things lists right after its noun: "two counties of Minxian and Zhangxian", "three
# provinces: Aceh, Nias and Simeulue", "los dos municipios de Paiporta y Catarroja"
_LIST_OPENS = re.compile(r"\s*(?:,?\s+(?:of|de|namely)\s+|[:(—–]\s*|,\s+)")
_NAME = re.compile(r"[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*)*")
_NAMES_JOIN = re.compile(r"\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+")


def names_its_list(line: Line, item: Found, pop: list[str]) -> bool:
    """Whether a small count of things (no people) is the number of the names the sentence lists right after its
    noun ("The quake struck the province's two counties of Minxian and Zhangxian", "las tres provincias de Aceh, Nias
    y Simeulue"): it counts the names the reader sees, it states no figure to check."""
    body = line.body
    if not pop or set(pop) & _PEOPLE or item.unit is not None or item.lower != item.upper or item.lower is None \
            or not 2 <= item.lower <= 10 or not item.counted:
        return False
    rest = item.end
    noun = _WORD.match(body, rest + len(body[rest:]) - len(body[rest:].lstrip()))
    if noun is not None and fold_word(noun.group()) == fold_word(item.counted):
        rest = noun.end()                 # "two counties": the noun after the figure
    elif not fold_word(body[item.start:item.end]).endswith(fold_word(item.counted)):
        return False
    opens = _LIST_OPENS.match(body, rest)
    if opens is None:
        return False
    names, at = 0, opens.end()
    while (name := _NAME.match(body, at)) is not None:
        names, at = names + 1, name.end()
        joined = _NAMES_JOIN.match(body, at)
        if joined is None:
            break
        at = joined.end()
    return names == item.lower

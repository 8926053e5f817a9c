"""A subject that is several places, not one speaker: "Clay and Liberty counties each registered one death",
"Texas and Oklahoma reported 30 deaths", "Seven counties reported 30 deaths". Each place counts its own part,
so no one source gives the figure (GUIDE: X, by the name the text gives; no such X here); the figure is the
text's own, or ``--source``'s, and the reviewer is told no one was named (N1 D1, m03).

A place alone stays a speaker ("Delhi recorded 39 cases", "Haití reportó 300 muertes": its authorities'),
and so does one place whose name holds "and" ("Bosnia and Herzegovina", "Trinidad and Tobago").
"""
from __future__ import annotations

import re

from reconcile.extract.attr_subjects import holds_figure
from reconcile.extract.fields import places_in
from reconcile.quantities.lexicon import fold_word

__all__ = ["FLOATING", "several_places"]

#: a quantifier after a plural subject, before its verb: "Seattle, Denver and Portland all claimed", "each registered"
FLOATING = frozenset("all each both todos todas ambos ambas".split())
# the plural of a kind of place after their names: "Clay and Liberty counties", "las provincias de ..."
_PLACE_KINDS = frozenset(
    "counties states provinces regions districts municipalities departments parishes prefectures cities towns "
    "countries villages condados estados provincias regiones distritos municipios departamentos parroquias "
    "ciudades localidades pueblos paises comunas".split())
_LIST_JOINT = re.compile(r"\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+")


def _one_place(name: str) -> bool:
    found = places_in(name)
    return len(found) == 1 and found[0][2] == 0 and len(found[0][1]) >= len(name.strip(" .")) - 1


def several_places(who: str) -> bool:
    """Whether a subject read before its verb names several places, and no body: "Clay and Liberty counties
    each", "Texas and Oklahoma", "Seven counties", "the three states" (not "Bosnia and Herzegovina", nor "Texas
    and FEMA", nor "Delhi")."""
    words = who.split()
    while words and fold_word(words[-1]) in FLOATING:
        words = words[:-1]
    kind = bool(words) and fold_word(words[-1]) in _PLACE_KINDS
    if kind:
        words = words[:-1]
    if words and fold_word(words[0]) in ("the", "los", "las", "both", "ambos", "ambas", "all", "todos", "todas"):
        words = words[1:]
    name = " ".join(words)
    if not name:
        return kind
    if kind and holds_figure(name) and len(words) <= 2:
        return True                                    # "Seven counties", "the three states"
    if _one_place(name):
        return False                                   # "Bosnia and Herzegovina": one country
    parts = [p for p in _LIST_JOINT.split(name) if p]
    if len(parts) < 2 or not all(p[:1].isupper() for p in parts):
        return False
    return all(_one_place(p) for p in parts) or kind   # "Texas and Oklahoma"; "Clay and Liberty counties"

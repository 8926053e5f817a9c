"""The groups of people a count names by their own noun, kept as the population (GUIDE: "the
group's noun when the text names one that matters to the count").

``fields.population`` reads any noun of people as ``[people]``. A careful reader keeps the
group when the text counts civilians, women, men, hostages or foreigners: "613 civilians",
"85 hombres, 34 mujeres", "850 hostages" (every annotation of the development set does). A
noun that says only what befell people ("muertos", "victims", "detenidos") stays ``[people]``.
"""
from __future__ import annotations

import re
from collections.abc import Callable

from reconcile.quantities.lexicon import fold_word

__all__ = ["GROUPS", "named_groups"]

#: folded noun -> the group it names, in English
GROUPS: dict[str, str] = {}
for _tag, _words in {
    "civilians": "civilians civilian civiles",
    "women": "women woman mujeres",
    "men": "men hombres varones",
    "hostages": "hostages rehenes",
    "foreigners": "foreigners extranjeros extranjeras",
}.items():
    for _word in _words.split():
        GROUPS[_word] = _tag

# the nouns listed after the counted one: "soldados y civiles", "soldiers, police and civilians"
_NEXT = re.compile(r"(?:\s*,\s*(?:(?:and|y|e)\s+)?|\s+(?:and|y|e)\s+)([^\W\d_]+)", re.I)


def _listed(after: str, counted: str) -> list[str]:
    """The nouns of a list that opens with ``counted`` in ``after`` (four at most)."""
    at = after.find(counted)
    if not 0 <= at < 40:
        return []
    out: list[str] = []
    rest = after[at + len(counted):]
    while len(out) < 4 and (match := _NEXT.match(rest)) is not None:
        out.append(match.group(1))
        if not match.group().lstrip().startswith(","):
            break                             # "and"/"y" closes the list
        rest = rest[match.end():]
    return out


def named_groups(pop: list[str], counted: str | None, after: str,
                 people_noun: Callable[[str], bool]) -> list[str]:
    """``pop`` with each group a noun of the count names in place of ``people``: "12 civiles"
    gives [civilians], "20 soldiers and 12 civilians" [civilians, soldiers]. ``people`` stays
    when another noun of the list counts people as such ("12 civiles y 30 personas").
    ``people_noun(word)``: whether a noun counts people with no group of its own."""
    if "people" not in pop or not counted:
        return pop
    nouns = [counted, *_listed(after, counted)]
    named = {GROUPS[fold_word(noun)] for noun in nouns if fold_word(noun) in GROUPS}
    if not named:
        return pop
    out = set(pop) | named
    if not any(fold_word(noun) not in GROUPS and people_noun(noun) for noun in nouns):
        out.discard("people")
    return sorted(out)

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

__all__ = ["CROWD_GROUPS", "GROUPS", "crowd_group", "crowd_of_subject", "named_groups", "people_by_name"]

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


# capitalised plurals that name a force or a rank, not a people: "40 Marines", "12 Rangers"
_FORCES = frozenset("marines rangers guards guardsmen commandos seals carabineros".split())


def people_by_name(pop: list[str], counted: str | None, after: str, lang: str) -> list[str]:
    """``[people]`` for an English count whose noun is a people's name, capitalised and not in the
    lexicon ("1,000 Uyghurs", "300 Kurds", "5,000 Tamils": GUIDE, a demonym is [people]); ``pop``
    otherwise. ``after``: the text right after the figure, where the noun is written."""
    if lang != "en" or not counted or pop != [counted] or counted in _FORCES:
        return pop
    written = re.match(r"\s+([^\W\d_][\w'’-]*)", after)
    if written and written.group(1).lower() == counted and written.group(1)[:1].isupper() and \
            written.group(1)[1:].islower():
        return ["people"]
    return pop


# the nouns of a crowd, by what it does: counted as the crowd, they are people who protested
# ("150.000 manifestantes": [people]); counted by what befell them, the group by the text's own
# noun (GUIDE: "the group's noun when the text names one"): "Un manifestante murió": [protesters];
# "60 demonstrators injured": [demonstrators]; "two wounded strikers": [strikers]
_CROWDS = {word: tag for tag, words in {
    "protesters": "protesters protester protestors protestor manifestantes manifestante",
    "demonstrators": "demonstrators demonstrator",
    "marchers": "marchers marcher marchistas marchista",
    "strikers": "strikers striker huelguistas huelguista",
}.items() for word in words.split()}
#: the groups of a crowd counted by what befell them
CROWD_GROUPS = frozenset(_CROWDS.values())
# what befalls a crowd's people, not what the crowd does
_BEFALLS = frozenset({"dead", "injured", "injured-seriously", "injured-slightly", "missing", "arrested", "detained",
                      "kidnapped", "hospitalised", "rescued", "deported", "disappeared", "infected"})


def crowd_group(pop: list[str], counted: str | None, crit: str | None) -> list[str]:
    """``[protesters]`` (``[strikers]``) for a count of a crowd's noun that says what befell them
    ("33 manifestantes resultaron heridos", "12 protesters were arrested"); ``pop`` otherwise."""
    tag = _CROWDS.get(fold_word(counted)) if counted else None
    if tag is None or crit not in _BEFALLS or pop not in (["people"], [tag]):
        return pop
    return [tag]


_CROWD_THEN_WORD = re.compile(r"\b(" + "|".join(sorted(_CROWDS, key=len, reverse=True)) + r")\s+([^\W\d_]+)", re.I)


def crowd_of_subject(before: str, criterion_word: Callable[[str], str | None]) -> tuple[list[str], str] | None:
    """(group, criterion) of a figure whose subject names a crowd by what befell it: "The number of
    protesters killed rose to 30", "La cifra de manifestantes desaparecidos se elevó a 548" ->
    ([protesters], dead / missing). ``before``: the sentence before the figure."""
    for match in reversed(list(_CROWD_THEN_WORD.finditer(before))):
        slug = criterion_word(match.group(2))
        if slug in _BEFALLS:
            return [_CROWDS[fold_word(match.group(1))]], slug
    return None

"""What a figure counts (its population), read in its sentence and from the figures before it.

The noun the figure counts ("12 lesionados", "400 families"), else what the sentence says of it:
the noun a figure before it named ("24 people and at least 63 others", "400.000, según el
Gobierno"), "12 of them children", "five of which", the subject ("el número de víctimas supera
las 6000"), a pair's first figure ("entre 520.000 personas ... y 1.800.000"). Then, once the
criterion is read, what a bare figure of people is ("murieron 25": people; "81 inmates were
killed, and 14 suffered burns": inmates). A vague order of magnitude no one states ("decenas de
comunidades") is the text's colour, no figure (``is_colour``).
"""
from __future__ import annotations

import re

from reconcile.extract.fields import (ANAPHORIC, PEOPLE_CRITERIA, PEOPLE_GROUPS, criterion_of_word,
                                      governing_verb, object_population, of_them_population, partitive_population,
                                      population, share_population, subject_population)
from reconcile.extract.pop_criterion import (detained, is_severity, of_cases, of_people_at, tells_of_strike,
                                             with_origin)
from reconcile.extract.pop_groups import CROWD_GROUPS, GROUPS, crowd_group, crowd_of_subject
from reconcile.extract.pop_lexicon import COUNTED, PEOPLE_SLUGS
from reconcile.extract.places import places_in
from reconcile.extract.pop_measure import EVENTS, is_quake_size, label_criterion, magnitude_scale, quake_size
from reconcile.extract.propose_place import PART_BEFORE
from reconcile.extract.proposal import Line, Proposal
from reconcile.quantities.lexicon import MONTHS, fold_word
from reconcile.quantities.running import Found

__all__ = ["OF_WHICH", "block_heading", "counted_population", "is_colour", "is_dimension", "is_measure",
           "settle_population", "table_caption"]

_ESTIMATE_OF = re.compile(r"\s*,?\s*(?:seg[uú]n|according\s+to|de\s+acuerdo\s+(?:con|a))\b", re.I)
# a list's item after the first: a bare figure after a comma or "and", then where or when ("39 in Malawi")
_ITEM_BEFORE = re.compile(r"(?:,|\band|\by|\be)\s+(?:(?:about|some|over|nearly|almost|more\s+than|at\s+least|unos|"
                          r"unas|casi|m[aá]s\s+de|al\s+menos)\s+)?$", re.I)
_IN_AFTER = re.compile(r"\s+(?:in|en|during|durante)\s+(?:the\s+|el\s+|la\s+)?([^\W_]+)")


def _list_item_in(body: str, item: Found) -> bool:
    """Whether ``item`` is a bare item of a list of counts by place or period ("..., 39 in Malawi", "y 355 en
    2014", "16 in February")."""
    after = _IN_AFTER.match(body, item.end)
    return after is not None and _ITEM_BEFORE.search(body, max(0, item.start - 30), item.start) is not None and (
        after.group(1)[:1].isupper() or after.group(1).isdigit() or after.group(1).lower() in MONTHS)


# a list's item after the first, its place then its bare figure: "Piura 800 y Tumbes 300", "followed by Piura
# with 800", "seguida de Piura con 800"
_PLACE_THEN_ITEM = re.compile(
    r"(?:,|\band|\by|\be|\bfollowed\s+by|\bseguid[oa]s?\s+(?:de|por))\s+(?:(?:the|el|la)\s+)?"
    r"(?P<place>(?-i:[A-ZÁÉÍÓÚÑ])[^\W\d_][\w'’-]*(?:\s+(?:de\s+|del\s+)?(?-i:[A-ZÁÉÍÓÚÑ])[\w'’-]+){0,3})\s*,?\s+"
    r"(?:(?:with|con)\s+)?(?:(?:about|some|over|nearly|almost|more\s+than|at\s+least|unos|unas|casi|m[aá]s\s+de|"
    r"al\s+menos)\s+)?$", re.I)


def _item_after_place(body: str, item: Found) -> bool:
    """Whether ``item`` is a bare item of a list of counts by place written place first ("Lima registra 1.200
    casos, Piura 800 y Tumbes 300", "Lima has 1,200 cases, followed by Piura with 800")."""
    before = _PLACE_THEN_ITEM.search(body, max(0, item.start - 60), item.start)
    if before is None:
        return False
    found = places_in(before.group("place"))
    return bool(found) and found[0][2] == 0 and len(found[0][1]) == len(before.group("place"))


def _gapped_item(line: Line, item: Found) -> bool:
    """Whether ``item`` is a bare item after a comma or "and" that follows the figure before it in the same
    clause (no stop, colon or semicolon between them)."""
    before = [f for f in line.found if f.end <= item.start]
    if not before:
        return False
    between = line.body[before[-1].end:item.start]
    return len(between) <= 80 and not re.search(r"[.;:()]", between) and \
        _ITEM_BEFORE.search(line.body, max(0, item.start - 30), item.start) is not None and \
        not _CLAUSE_VERB.match(line.body, item.end) and not _IN_TOTAL.match(line.body, item.end)


# a figure that sums up, not an item: "evacuated 25 villages in Assam, about 8,000 in total"
_IN_TOTAL = re.compile(r"\s+(?:in\s+(?:total|all)|en\s+total|en\s+conjunto|altogether)\b", re.I)
# a verb of its own after a figure: a clause of its own, whose subject may be any people ("killed 20 soldiers and
# 12 civilians, and 30 were injured")
_CLAUSE_VERB = re.compile(r"\s+(?:were|was|are|is|have|has|had|died|fled|remain|remained|fueron|fue|son|eran|"
                          r"est[aá]n|estaban|han|hab[ií]an|siguen|permanecen|[a-záéíóúñ]+(?:aron|ieron))\b", re.I)


# a tally named by its noun alone, that a verb puts at the figure: "la cifra subió a", "the toll rose to"
# a line that breaks down the count before it, by what it names first: "By county: Lee County 19", "Por provincia:
# Tarn 12, Brill 5"
_BROKEN_DOWN = re.compile(r"\s*(?:by|per|por)\s+(?:[^\W\d_]+\s+){0,2}?[^\W\d_]+\s*:", re.I)
_TALLY_ROSE = re.compile(
    r"\b(?:la\s+cifra|el\s+saldo|el\s+balance|el\s+recuento|el\s+total|el\s+n[uú]mero|the\s+(?:death\s+)?toll|"
    r"the\s+figure|the\s+number|the\s+total|the\s+count|the\s+tally)(?:\s+(?!de\b|of\b)[^\W\d_]+){1,3}"
    r"\s+(?:a|to|at|en|hasta)\s+(?:(?:m[aá]s\s+de|more\s+than|at\s+least|al\s+menos|unos|unas|about|some)\s+)?$",
    re.I)


def is_measure(unit: str | None) -> bool:
    """A length, a speed, a weight...: not a percent, a currency (ISO 4217) or people."""
    return unit is not None and unit not in ("percent", "people") and not _is_currency(unit)


_PAIR_START = re.compile(r"\b(?:entre|between|from|desde|de)\s+(?:(?:unos|unas|some|about|around)\s+)?$", re.I)
_PAIR_JOIN = re.compile(r"\b(?:y|and|to|a|hasta)\b", re.I)
_ELIDED_JOIN = re.compile(r"\b(?:and|y|e)\s+(?:(?:nearly|about|some|around|more|than|at|least|another|almost|"
                          r"otros|otras|unos|unas|casi|cerca|de|m[aá]s|al|menos)\s+)*$", re.I)
_ELIDED_AFTER = re.compile(r"\s+(?:were|was|are|is|had|have|fueron|resultaron|quedaron|est[aá]n|estaban|han|"
                           r"hab[ií]an)\b|\s+[a-záéíóúñ]+\s*(?:[.;]|$)"   # "14 heridos graves y 40 leves."
                           # "800.000 personas en la capital y más de un millón en todo el país"
                           r"|\s+(?:en|in|across|throughout)\s+[^\d.;,]{0,40}(?:[.;]|$)", re.I)

# "Sierra Leone has registered 97 cases, while Liberia has seen 33": a clause set against the one before, whose figure
# ends the sentence with its noun left out ("..., mientras que Liberia registró 33")
_CONTRAST_JOIN = re.compile(r",\s+(?:while|whereas|whilst|mientras(?:\s+que)?)\s+(?:[^\W\d_]+\s+){1,5}$", re.I)
_SENTENCE_ENDS = re.compile(r"\s*(?:[.;!]|$)")


def _pair_population(body: str, item: Found, earlier: list) -> list[str]:
    """"entre 520.000 personas, según la delegación del Gobierno, y 1.800.000, según la ANC": the
    second figure of a pair counts what the first does."""
    if not earlier:
        return []
    first, pop = earlier[-1]
    between = body[first.end:item.start]
    if pop and item.counted is None and _CONTRAST_JOIN.search(between) and _SENTENCE_ENDS.match(body, item.end) and \
            not re.search(r"\d", between) and len({tuple(p) for _, p in earlier if p}) == 1:
        return list(pop)
    if not pop or len(between) > 120 or not _PAIR_JOIN.search(between) or re.search(r"\d", between):
        return []
    if _PAIR_START.search(body, max(0, first.start - 25), first.start):
        return list(pop)
    # "More than 8,500 homes were destroyed and nearly 26,000 were damaged": the noun left out
    # (not when the sentence counted several ones before: "killed 20 soldiers and 12 civilians,
    # and 30 were injured" does not say whose the 30 are)
    if _ELIDED_AFTER.match(body, item.end) and _ELIDED_JOIN.search(between) and len(
            {tuple(p) for _, p in earlier if p}) == 1:
        return list(pop)
    return []


# the groups of pop_groups that the other counts of a sentence are of ("12 civilians were killed
# and 30 injured"); not women or men, who are a part of the people, as children are
_WHOLE_GROUPS = frozenset(GROUPS.values()) - {"women", "men"}


def _group_before(in_sentence: list) -> list[str] | None:
    """The group an earlier count of the sentence names, for a count that names only what befell
    its people ("más de 382 reos, dejando a varios otros heridos y a 50 desaparecidos", "81
    inmates were killed, and 14 suffered burns"): they are of that group. Not children, a part
    of the people rather than their group, and not when the sentence counts other people too
    ("De las 224 personas ... —218 pasajeros y seis tripulantes—, 144 resultaron heridas")."""
    groups = {tuple(pop) for _, pop in in_sentence if pop}
    if len(groups) != 1:
        return None
    [group] = groups
    if len(group) == 1 and (group[0] in PEOPLE_GROUPS or group[0] in _WHOLE_GROUPS or group[0] in CROWD_GROUPS) \
            and group[0] not in (
            "people", "children"):
        return list(group)
    return None


def _unknown_plural(word: str) -> bool:
    """A counted plural noun of things reconcile does not know ("templos", "unidades"), not a
    criterion's own word ("lesionados", "evacuees") nor an adjective ("potential deaths")."""
    return (word.isalpha() and word.islower() and word.endswith("s") and criterion_of_word(word) is None
            and word not in _PRONOUN_PLURALS and not is_severity(word))   # "10 graves, 500 leves": people


_NEXT_WORD = re.compile(r"\s+([^\W\d_]+)")
# an order of magnitude in the plural, alone ("decenas de víctimas", "hundreds of homes"), that the
# text attributes to no one: the narration's colour, not a figure a source gave (the annotators of
# dev and dev2 list none); a source's "dozens missing" is a claim, and two orders ("tens of
# thousands", "cientos de miles") are a figure's size
_VAGUE_ALONE = {"es": frozenset("decenas docenas cientos centenares miles millares millones".split()),
                "en": frozenset("dozens scores hundreds thousands millions".split())}
# lengths the parser leaves as the counted noun of a vague amount ("varios cientos de kilómetros")
_LENGTH_WORDS = frozenset("kilometros metros millas leguas kilometres kilometers metres meters".split())
_THE_BEFORE = re.compile(r"\b(?:the|los|las)\s+$", re.I)
_OTHERS_BEFORE = re.compile(r"\b(?:otros|otras|another|other)\s+(?:(?:unos|unas|some|about|around|nearly|casi|"
                            r"m[aá]s\s+de|more\s+than)\s+)?$", re.I)
# a part of the count before it, by a relative: "cinco de los cuales", "three of which", "20 of whom"
OF_WHICH = re.compile(r"\s+(?:de\s+(?:los|las)\s+cuales|de\s+ell[oa]s|de\s+quienes|of\s+(?:which|whom|them))\b", re.I)
_PRONOUN_PLURALS = frozenset("ellos ellas estos estas esos esas aquellos aquellas them those these others otros "
                             "otras ambos ambas whom quienes cuales".split())


def is_colour(body: str, item: Found, lang: str, claimant: str | None) -> bool:
    """Whether a figure is no figure a source gave: an order of magnitude alone that no one
    states ("decenas de comunidades quedaron aisladas") or that the text knows ("sin contar los
    miles de inmigrantes"), a vague distance no one states ("an area of low pressure several
    hundred kilometers east of X": where, not a measure)."""
    if item.unit is None and fold_word(item.text) in _VAGUE_ALONE.get(lang, ()) and (
            claimant is None or _THE_BEFORE.search(body, max(0, item.start - 8), item.start)):
        return True
    return claimant is None and item.qualifier == "vague" and (
        is_measure(item.unit) or fold_word(item.counted or "") in _LENGTH_WORDS)


# a length written as an adjective of an object: "a 10-meter-long boat", "a 33-foot boat", "a 2-metre-thick wall" (not
# what measures an event: "a 10-km-deep quake", "a 5-metre-high wave")
_COMPOUND = re.compile(r"\d-[^\W\d_]")
_LENGTH_UNITS = frozenset({"m", "km", "cm", "mm", "ft", "in", "yd", "mi"})
_OBJECT_LENGTH = re.compile(r"-(?:long|wide|tall|thick)\b|\s+(?:boat|ship|vessel|yacht|dinghy|raft|canoe|barge|"
                            r"trawler|ferry|sailboat|motorboat|truck|trailer|bus|van|wall|fence|bridge|tower|statue|"
                            r"pole|crane|container|ladder|tree)s?\b", re.I)
# the length in brackets that converts such a length: "a 10-meter-long (33-foot) boat"
_CONVERTS = re.compile(r"\d-[^\W\d_]+(?:-(?:long|wide|tall|thick))?\s*\(\s*$", re.I)


def is_dimension(body: str, item: Found) -> bool:
    """Whether a length is the size of an object the sentence names, written as its adjective ("a 10-meter-long
    (33-foot) boat was foundering": the boat's, no claim of the event), or such a length's conversion in brackets (not
    a ship's tonnage: "The 6,825-ton vessel")."""
    if item.unit not in _LENGTH_UNITS or not _COMPOUND.search(item.text):
        return False
    return bool(_OBJECT_LENGTH.match(body, item.end) or _CONVERTS.search(body, max(0, item.start - 30), item.start)
                and body.startswith(")", item.end))


# an English participle between a figure and its noun: "Two striking workers", "12 armed men"
_DESCRIBED = re.compile(r"\s+(?:[a-z]+(?:ing|ed)|armed|unarmed)\s+([a-z]+s|men|women|children|people|police)\b")


# the people a capacity holds, named before it: "a passenger capacity of 608"
_CAPACITY_OF = re.compile(r"\b([a-z]{3,})\s+capacity\s+(?:of|for)\s+(?:(?:about|some|up\s+to|nearly)\s+)?$")


# an aside between a figure and what it says of its people: "304 – or 21 percent – were minors", "304 (21 %) eran"
# a figure quoted with its words, its noun after the closing mark: "«casi un millón» de personas", "“a million” people"
_QUOTE_THEN_NOUN = re.compile(r"\s*[»”\"’']\s*(?:(?:de|of)\s+)?([^\W\d_]+)")
_ASIDE_AFTER = re.compile(r"\s*(?:[–—]\s*[^–—]{1,40}?\s*[–—]|\([^()]{1,40}\)|,\s*(?:or|o)\s+[^,]{1,30},)")


# a part of a set the pronoun names: "pulled 143 of them from the water", "rescató a 40 de ellos"
_OF_THEM = re.compile(r"\s+(?:of|de)\s+(?:them|ellos|ellas)\b", re.I)
# where the figure's own clause opens: its subject is no referent of the pronoun ("rescuers pulled 40 of them")
_CLAUSE_OPENS = re.compile(r"[,;:]|\b(?:which|who|that|and|but|que|quienes|y|pero)\b", re.I)
_WORDS = re.compile(r"[^\W\d_]+")
_PLURALS = frozenset("people children men women gente".split())


def _them_named_before(body: str, item: Found, lang: str) -> list[str]:
    """The people "them" refers to in "N of them" when no figure before it in the sentence counted them: the
    last plural noun of people before the figure's own clause ("A crowded boat filled with migrants capsized ...,
    said the coast guard, which pulled 143 of them from the water": migrants)."""
    if not _OF_THEM.match(body, item.end):
        return []
    opens = [m.start() for m in _CLAUSE_OPENS.finditer(body, 0, item.start)]
    for word in reversed(_WORDS.findall(body, 0, opens[-1] if opens else 0)):
        low = fold_word(word)
        if word.islower() and (low.endswith("s") or low in _PLURALS):
            tags = population(word, "", lang)
            if tags and set(tags) <= _OF_PEOPLE:
                return tags
    return []


# a word of a group between a figure and its noun of people: "31 elderly people"
_GROUP_BEFORE_PEOPLE = re.compile(r"\s+([^\W\d_]+)\s+([^\W\d_]+)")


def counted_population(line: Line, item: Found, measure: bool) -> list[str]:
    """What ``item`` counts, as its noun, its sentence and the sentence's figures before it say."""
    body, lang, in_sentence = line.body, line.lang, line.counted
    pop = [] if measure else population(item.counted, body[item.end:item.end + 60], lang)
    group = _GROUP_BEFORE_PEOPLE.match(body, item.end) if pop == ["people"] and item.counted else None
    if group is not None and group.group(2) == item.counted:
        # "31 elderly people": the group the word before the noun of people names (not "31 wounded people")
        named = population(group.group(1), "", lang)
        pop = named if named and named != ["people"] and set(named) <= _OF_PEOPLE else pop
    quoted = _QUOTE_THEN_NOUN.match(body, item.end) if not (pop or measure or item.counted) else None
    if quoted is not None:
        # "«casi un millón» de personas": the noun past the closing quote mark
        pop = population(quoted.group(1), body[quoted.start(1):quoted.start(1) + 60], lang)
    aside = _ASIDE_AFTER.match(body, item.end) if not (pop or measure or item.counted) else None
    if aside is not None:
        # "304 – or 21 percent – were minors": what the copula past the aside names
        pop = population(None, body[aside.end():aside.end() + 60], lang)
    described = _DESCRIBED.match(body, item.end) if not (pop or measure or item.counted) else None
    if described:
        # "Two striking workers", "three wounded soldiers": the noun of people after the participle
        # (not a thing's compound: "23 cooling centers", "12 polling stations")
        pop = population(described.group(1), body[described.start(1) - 1:described.start(1) + 60], lang)
        pop = pop if all(group in _OF_PEOPLE for group in pop) else []
    if pop or measure:
        return pop
    following = _NEXT_WORD.match(body, item.end)
    next_word = item.counted or (following.group(1) if following else None)
    if in_sentence and ((next_word and fold_word(next_word) in ANAPHORIC) or _OTHERS_BEFORE.search(body, 0, item.start)
                        or (item.counted is None and _ESTIMATE_OF.match(body, item.end))):
        # "un millón de personas, según la organización; 400.000, según el Gobierno": the same count
        # "24 people and at least 63 others", "12 more", "dañó otras 12.000": the noun said before (the total's, not
        # a part's: "At least seven people, including six women, were killed and 16 others injured")
        wholes = [counted for figure, counted in in_sentence
                  if not PART_BEFORE.search(body, max(0, figure.start - 30), figure.start)]
        pop = list((wholes or [c for _, c in in_sentence])[-1])
    if not pop and (item.counted is None or item.counted in _PRONOUN_PLURALS):
        pop = of_them_population(body[item.end:item.end + 40], lang)   # "12 of them children"
    if not pop and not in_sentence:
        pop = _them_named_before(body, item, lang)   # "a boat filled with migrants ... pulled 143 of them"
    capacity = _CAPACITY_OF.search(body, max(0, item.start - 50), item.start) if not pop else None
    if capacity:
        held = population(capacity.group(1) + "s", "", lang)  # "a passenger capacity of 608": passengers
        pop = held if held and all(group in _OF_PEOPLE for group in held) else pop   # not "seatings"
    if not pop and in_sentence and in_sentence[-1][1] and OF_WHICH.match(body, item.end):
        # "diecisiete barrios de la ciudad, cinco de los cuales quedaron destruidos": a part of
        # the count before it, of what that count counts
        pop = list(in_sentence[-1][1])
    if not pop:
        if item.unit == "percent":
            pop = share_population(body[item.end:item.end + 40], lang)   # "78% de los votos"
        else:
            # "el número de víctimas supera las 6000"; "entre 520.000 personas ... y 1.800.000"
            pop = (subject_population(body[:item.start], lang, item.text)
                   or _pair_population(body, item, in_sentence)
                   or (partitive_population(body[item.end:item.end + 60], lang)
                       if item.counted is None else [])         # "12 de los 40 pasajeros"
                   or object_population(body[:item.start], body[item.end:item.end + 60], lang))
    return _not_the_estimators(body, item, pop, lang)


# whose estimate a figure is, named before the estimate's noun: "Official police estimates put the combined total at
# 100,000", "police figures showed 8,000", "según cálculos de los Carabineros, 10.000" (who counts, not what is counted)
_ESTIMATORS = re.compile(r"\b([^\W\d_]+)(?:['’]s?)?\s+(?:own\s+|official\s+)?(?:estimates?|figures?|counts?|tally|"
                         r"tallies|data|numbers)\b|\b(?:estimaci[oó]n(?:es)?|cifras?|datos|c[aá]lculos?|recuento)\s+"
                         r"(?:oficial(?:es)?\s+)?(?:de|del)\s+(?:(?:la|los|las)\s+)?([^\W\d_]+)", re.I)


def _not_the_estimators(body: str, item: Found, pop: list[str], lang: str) -> list[str]:
    """``pop``, unless it is only the body whose estimate the figure is, which the text names before the estimate's
    noun ("Official police estimates put the combined total at 100,000": police count, no police are counted)."""
    if not pop or item.counted is not None:
        return pop
    for found in _ESTIMATORS.finditer(body, max(0, item.start - 80), item.start):
        if population(found.group(1) or found.group(2), "", lang) == pop:
            return []
    return pop


# a share that says how a count changed against another time: "28,614, up 30% on the same point
# last year", "32.878 migrantes, un 12 % menos que en 2024", "150 homicidios, un 40 % más que en 2024"
_CHANGE_BEFORE = re.compile(r"\b(?:up|down|un|una|some|about|around|nearly|almost|casi|alrededor\s+de)\s+$", re.I)
_CHANGE_AFTER = re.compile(r"\s*(?:(?:menos|m[aá]s)\s+que|(?:less|more|fewer|higher|lower)\s+than|"
                           r"(?:on|from|over|against|compared\s+(?:with|to))\s+(?:the\s+)?(?:same|last|previous|"
                           r"a\s+year|that|this)|(?:year[\s-]on[\s-]year|interanual))\b", re.I)
# a crowd counted by its own noun before the figure: "a crowd of 30,000", "una multitud de 30.000",
# "police put the crowd at 8,000", "estimó la concurrencia en 800.000"
# a crowd told by where it was: "128,000 were present", "unas 3.000 estaban presentes", "5,000 were on hand"
_PRESENT_AFTER = re.compile(r"\s+(?:were|was|had\s+been|estaban|estuvieron|se\s+encontraban)\s+(?:present|presentes|"
                            r"on\s+hand|in\s+attendance)\b", re.I)
# where a crowd's bare estimate stands: its clause's start, or after "there were", "hubo"
_CROWD_SLOT = re.compile(r"(?:^|[,:;(]|\b(?:were|was|are|is|hubo|hab[ií]a|fueron|eran|son))\s*$", re.I)
_CROWD_BEFORE = re.compile(r"\b(?:crowds?|multitud(?:es)?|concurrencia|muchedumbre|asistencia|turnout|attendance)"
                           r"\s+(?:of|de|at|en|was\s+estimated\s+at|was\s+put\s+at)\s+"
                           r"(?:(?:about|some|around|nearly|over|more\s+than|at\s+least|unas|unos|cerca\s+de|"
                           r"m[aá]s\s+de|al\s+menos|alrededor\s+de)\s+)?$", re.I)


# a protest the text around a crowd tells of: "marched", "a march", "rally", "riots", "protesters",
# "manifestantes" (not "March", a month; not "strikes", which a storm or a quake does too)
_PROTEST = re.compile(r"\b(?:protest\w*|march(?:ed|es|ers|ing)|(?-i:march)|rall(?:y|ies|ied)|demonstrat\w+|"
                      r"walkout|riot\w*|marcha\w*|manifesta\w+|manifest[oó]\w*|concentra\w+|huelga\w*|paro)\b", re.I)


# an audience, not a protest: "47.197 espectadores", "fans", "pilgrims", a concert's, a mass's
# (not "asistencia", "asistentes", "público": a march's words too)
_AUDIENCE = re.compile(r"\b(?:espectador(?:es|as)|spectators|audiences?|aficionad[oa]s|fans|hinchas|"
                       r"peregrin[oa]s|pilgrims|fieles|worshippers|feligreses|concert\w*|concierto\w*|"
                       r"partido\s+de\s+f[uú]tbol|football\s+match|misa)\b", re.I)


# what an audience attends, in the count's sentence: "La asistencia oficial fue de 47.197 espectadores", "a match", "a
# concert" (not "some 8,000 fans gathered at the Obelisco": a crowd of fans, a protest's as likely)
_AUDIENCE_EVENT = re.compile(r"\b(?:asistencia|attendance|match|partido|game|concert\w*|concierto\w*|misa|festival|"
                             r"feria|torneo|tournament|espect[aá]culo|show|ceremon\w+)\b", re.I)
# what a crowd demands or denounces, in the streets: a protest's, whoever its people are ("unos 3.000 hinchas salieron
# a las calles para exigir", "5,000 worshippers took to the streets to demand", "fans gathered to denounce")
_DEMANDS = re.compile(r"\b(?:took\s+to\s+the\s+streets|salieron\s+a\s+las\s+calles|exig\w+|demand\w*|denounc\w*|"
                      r"denunci\w+|reclam\w+|contra\b|against\b|disturbios|riot\w*|pedir|ped[ií]an|"
                      r"para\s+protestar|to\s+protest|clash\w*|enfrent\w+|stones|piedras|chant\w*|corea\w+|"
                      r"consign\w+)", re.I)


# the crews and craft sent to an emergency: a count of them that names nothing else was deployed
# ("backed by 33 aircraft", "1.400 brigadistas y 31 aeronaves"); not soldiers or police, whom an
# army or a force employs ("The army employs 95,000 soldiers"); not when a verb of their own says
# what befell them ("8 aviones derribados")
_RESPONDERS = frozenset({"firefighters", "rescuers", "aircraft", "helicopters"})


def _change_of_count(line: Line, item: Found, out: list[Proposal]) -> tuple[list[str], str | None] | None:
    """(population, criterion) of a share that says how the count before it in its sentence
    changed: that count's population, its criterion with ``-change``."""
    if item.unit != "percent" or not line.counted or not out or out[-1].sentence != line.number:
        return None
    before = _CHANGE_BEFORE.search(line.body, max(0, item.start - 25), item.start)
    after = _CHANGE_AFTER.match(line.body, item.end)
    if after is None or (before is None and not re.match(r"\s*(?:menos|m[aá]s|less|more|fewer)", line.body[item.end:])):
        return None
    previous = out[-1]
    return list(previous.population), f"{previous.criterion}-change" if previous.criterion else None


_LIST_JOIN = re.compile(r"[\s,]*(?:[^\W\d_]+[\s,]+)?(?:(?:y|e|and)\s+)?(?:(?:otros|otras|other|unos|unas|some|about|"
                        r"m[aá]s\s+de|more\s+than)\s+)?", re.I)


def _listed_after(line: Line, item: Found, out: list[Proposal]) -> str | None:
    """The criterion of the figure before ``item`` in a list of two counts, for a figure whose
    "protested" comes only from a crowd's noun near it ("405 heridos, entre ellos 364
    manifestantes y 41 agentes": the 41 are injured); None otherwise."""
    if not (line.counted and out and out[-1].sentence == line.number and out[-1].criterion
            and out[-1].criterion != "protested"):
        return None
    previous = line.counted[-1][0]
    if previous.end > item.start or not _LIST_JOIN.fullmatch(line.body, previous.end, item.start):
        return None
    own = item.counted or ""
    if criterion_of_word(own) == "protested" or _PROTEST.search(line.body, item.end, item.end + 40):
        return None               # "12 heridos y 3.000 manifestantes": the crowd
    return out[-1].criterion


def _bracket_of_parts(line: Line, item: Found, out: list[Proposal]) -> str | None:
    """The criterion of the count a bracket breaks down, for a figure in that bracket with no verb
    of its own ("88 personas resultaron heridas (55 policías y 33 manifestantes)": injured, not
    what the crowd's noun says); None when the figure is in no such bracket."""
    body = line.body
    opened = body.rfind("(", 0, item.start)
    if opened < 0 or ")" in body[opened:item.start] or not (out and out[-1].sentence == line.number):
        return None
    before = [p for p in out if p.sentence == line.number and p.start - line.sentence.start < opened]
    if not before or not out[-1].criterion:
        return None
    closed = body.find(")", item.end)
    for word in re.findall(r"[^\W\d_]+", body[opened + 1:closed if closed >= 0 else len(body)]):
        if criterion_of_word(word) is not None and not population(word, " " + word, line.lang):
            return None           # a verb of its own: "(12 de ellos murieron)"
    return out[-1].criterion


_OF_PEOPLE = PEOPLE_GROUPS | frozenset(GROUPS.values())
# a figure's criterion word, then its group alone in a bracket: "189 injured (police)"
_GROUP_IN_BRACKET = re.compile(r"\s+([^\W\d_]+)\s+\(\s*(?:(?:all|todos|todas)\s+)?([^\W\d_]+)\s*\)")


# a figure a change went from, then the one it went to: "rose from 546 recorded in January to 718", "pasó de 50 a 80"
_FROM_BEFORE = re.compile(r"\b(?:from|de|desde)\s+$", re.I)
_THEN_TO = re.compile(r"[^\d;:()]{0,60}?\s(?:to|a|hasta)\s+(?:(?:the|los|las)\s+)?", re.I)


def _went_on_from(body: str, before: Found, item: Found) -> bool:
    """Whether ``item`` is the figure a change went to from ``before`` ("from 546 recorded in January to 718")."""
    return _FROM_BEFORE.search(body, max(0, before.start - 8), before.start) is not None and \
        _THEN_TO.fullmatch(body, before.end, item.start) is not None


def _what_befell(line: Line, item: Found, pop: list[str], crit: str | None, out: list[Proposal],
                 protest: bool) -> tuple[list[str], str | None]:
    """(population, criterion) of a count that is no measure, read again where the words of an
    epidemic, a strike or a crowd say more than its verb: cases are people infected; a count of
    arrests is people arrested; a part in a bracket or a list takes its count's criterion; workers
    who joined a strike are on strike, a gathering in a protest protested (``protest``: the text
    around tells of one)."""
    body = line.body
    pop, crit = of_cases(body, item.start, item.end, pop, crit, item.unit == "percent", " ".join(line.nearby or [body]))
    if pop == ["arrests"] and crit in (None, "arrested"):
        pop, crit = ["people"], "arrested"     # "se produjeron 142 detenciones", "Arrests: 45"
    if crit in (None, "protested") and pop != ["cases"]:
        crit = _bracket_of_parts(line, item, out) or crit
    if crit == "protested":
        crit = _listed_after(line, item, out) or crit
    group = _GROUP_IN_BRACKET.match(body, item.end)
    if group and pop in ([], ["people"]) and criterion_of_word(group.group(1)) == crit and crit:
        # "Casualties: 5 dead, 189 injured (police)", "3 muertos (todos civiles)": the bracket's group
        named = population(group.group(2), " " + group.group(2), line.lang)
        pop = named if named and named != ["people"] and all(tag in _OF_PEOPLE for tag in named) else pop
    crowd = crowd_of_subject(body[max(0, item.start - 80):item.start], criterion_of_word) if crit == "protested" \
        and item.counted is None else None
    if crowd is not None:
        pop, crit = crowd         # "The number of protesters killed rose to 30": [protesters], dead
    if item.unit != "percent" and all(group in _OF_PEOPLE for group in pop):
        # "9.185.383 trabajadores secundaron la huelga": on-strike; "110.000 personas se reunieron": protested
        crit = of_people_at(body, item.start, item.end, pop, crit, protest, criterion_of_word)
        crit = detained(body, item.start, item.end, crit)
        if not pop and crit in ("on-strike", "infected", "detained", "population"):
            pop = ["people"]
    return pop, crit


def _count_before(line: Line, out: list[Proposal]) -> Proposal | None:
    """The last count of the sentence right before ``line``, when it says what befell it."""
    before = next((p for p in reversed(out) if p.sentence < line.number), None)
    return before if before is not None and before.sentence == line.number - 1 and before.criterion else None


def _of_the_noun_before(out: list[Proposal], crit: str) -> bool:
    """Whether a bare item's criterion is only what the noun of the list's items before it says ("registró 3.082
    manifestaciones en 2015, 2.784 en 2016 y 3.183 en 2017": protested, the word "manifestaciones" read again), not
    its own."""
    last = out[-1]
    return any(p.counted and criterion_of_word(p.counted) == crit for p in out
               if p.sentence == last.sentence and p.population == last.population)


# a short sentence that opens with a subject of its own: "El consumo eléctrico cayó un 16%", "The turnout rose 5%" (a
# clause of its own, no row of a list that goes on with the count before it)
_OWN_SUBJECT = re.compile(r"\s*(?:el|la|los|las|the)\s+[^\W\d_]+\s+(?:[^\W\d_]+\s+)?[^\W\d_]+\s+"
                          r"(?:un|una|a|an|by|en|el|the|to|hasta)?\s*$", re.I)


def settle_population(line: Line, item: Found, pop: list[str], crit: str | None, measure: bool,
                      out: list[Proposal]) -> tuple[list[str], str | None, bool]:
    """(population, criterion, measure) of ``item`` once its criterion is read: a magnitude; a
    share of change of the count before it; a bare figure that goes on the count before it; a
    crowd; a bare figure of people."""
    body, in_sentence = line.body, line.counted
    protest = _PROTEST.search(" ".join(line.nearby or [body])) is not None
    if not measure:
        pop, crit = _what_befell(line, item, pop, crit, out, protest)
    change = _change_of_count(line, item, out)
    if change is not None:
        return change[0], change[1], False
    if pop in ([], ["people"]) and not measure and _CROWD_BEFORE.search(
            body, max(0, item.start - 60), item.start):
        # "a crowd of 10,000", "la concurrencia en 800.000": people, who protested when the text
        # around tells of a protest, unless a verb of what befell people says otherwise ("a crowd of
        # 2,000 was evacuated"); not a stadium's or a funeral's crowd ("A crowd of 54,000 had packed
        # the stadium", "Una multitud de 50.000 personas despidió al ídolo")
        pop = pop or ["people"]
        crit = crit if crit in PEOPLE_CRITERIA or not protest else "protested"
    elif not pop and crit is None and not measure and protest and item.counted is None and item.unit is None and (
            _PRESENT_AFTER.match(body, item.end) or _ESTIMATE_OF.match(body, item.end) and _CROWD_SLOT.search(
                body, max(0, item.start - 20), item.start)):   # (not "en la lista figuran 64, según la policía")
        # in a story of a protest, "Police said 128,000 were present in Victoria Park", "Valenciennes: 3,100 according
        # to the police": the crowd, who protested
        pop, crit = ["people"], "protested"
    if is_quake_size(body, item.start, item.end, item.text, item.lower, item.counted, item.unit, crit):
        # "a magnitude 6.3 earthquake", "a small 2.5 aftershock", "réplicas de 5,8, 5,7 y 5,2 grados"
        crit, pop, measure = quake_size(body, item.start, item.end), [], True
    if crit is None and pop and set(pop) <= _RESPONDERS and governing_verb(
            body, item.start, item.end, line.lang) is None:
        crit = "deployed"         # "More than 460 firefighters, backed by 33 aircraft", "31 aeronaves"
    if crit is None and not measure and len(pop) == 1 and pop[0] in EVENTS:
        crit = "occurred"         # "At least five aftershocks are reported", "sufrió dos terremotos"
    if crit is None and pop and not measure and in_sentence and out and out[-1].sentence == line.number and \
            list(out[-1].population) == pop and out[-1].criterion and \
            governing_verb(body, item.start, item.end, line.lang) is None:   # (not "26 more stationed outside")
        crit = out[-1].criterion  # "800.000 personas en la capital y más de un millón en todo el país": the same
    labels = line_labels(line, item)
    if labels:
        pop, crit, measured = _by_label(line, item, labels, pop, crit, out, protest)
        measure = measure or measured
    if not measure and item.counted is None and out and line.counted and pop in ([], list(out[-1].population)) and \
            out[-1].sentence == line.number and _went_on_from(body, line.counted[-1][0], item):
        # "the number of cases has risen from 546 recorded in January to 718, and 19 deaths": what the figure it went
        # from counts, not the words of the figures after it
        pop, crit = list(out[-1].population), out[-1].criterion
    elif not pop and crit is None and out and len(body.split()) <= 6 and not measure and \
            not _OWN_SUBJECT.match(body, 0, item.start):
        # "1,338 (LCC)": a list goes on; a row with a heading of its own ("Hab. registrados: 34 899
        # 945" after "Población: 48 747 632") counts what the rows count, the heading says how
        pop = list(out[-1].population)
        crit = out[-1].criterion if ":" not in body[:item.start] else None
    elif not pop and crit is None and out and not measure and item.counted is None and item.unit is None and \
            out[-1].population and \
            out[-1].sentence >= line.number - 1 and _ESTIMATE_OF.match(body, item.end):
        # "110.000 personas, según la guardia urbana. En Valencia, 35.000, según la policía local":
        # a bare figure another source gives goes on the count before it
        pop, crit = list(out[-1].population), out[-1].criterion
    elif not pop and out and (crit is None or _of_the_noun_before(out, crit)) and not measure and \
            item.counted is None and item.unit is None and out[-1].population and out[-1].sentence == line.number and (
                _list_item_in(body, item) or _item_after_place(body, item)):
        # "120 cases in Mozambique, 39 in Malawi", "23 cases in January, 16 in February", "Lima 1,200 cases,
        # Piura 800": a list's bare item counts what the item before it counts
        pop, crit = list(out[-1].population), out[-1].criterion
    elif not pop and crit is None and out and not measure and item.counted is None and item.unit is None and \
            not out[-1].population and out[-1].criterion and out[-1].sentence == line.number and (
                _list_item_in(body, item) or _item_after_place(body, item)):
        # "acumulados de 31 litros por metro cuadrado en Candelaria, 29 en San Juan y 22 en Tejina": a list's bare
        # item measures what the item before it measures
        crit, measure = out[-1].criterion, True
    elif not pop and out and not measure and item.counted is None and item.unit is None and out[-1].population \
            and out[-1].unit is None and out[-1].sentence == line.number \
            and not (crit in PEOPLE_CRITERIA and not all(group in _OF_PEOPLE for group in out[-1].population)) \
            and _gapped_item(line, item):
        # "120 casas quedaron totalmente destruidas, 340 parcialmente destruidas y 75 en riesgo", "más de 300
        # réplicas, más de 500 al cabo de un mes y 820 al cabo de seis meses": a bare item of a list counts what
        # its first item counts, the noun written once (not an item that befell people after things: "135,000 houses
        # damaged, and an estimated 1.5 million left homeless")
        pop, crit = list(out[-1].population), crit or out[-1].criterion
    elif not pop and crit is None and out and not measure and _TALLY_ROSE.search(body, 0, item.start):
        # "El jueves la cifra subió a 65", "By Tuesday the toll had risen to 65": the count before
        pop, crit = list(out[-1].population), out[-1].criterion
    elif not pop and crit is None and not measure and item.counted is None and item.unit is None and \
            _BROKEN_DOWN.match(body) and (broken := _count_before(line, out)) is not None:
        # "34 people died. By county: Lee County 19, Charlotte County 11": the count before, broken down
        pop, crit = list(broken.population), broken.criterion
    if crit is None and not measure and pop and all(group in _OF_PEOPLE for group in pop) and \
            _row_under(line, item, out):
        crit = out[-1].criterion  # "Death(s): 3,350 (official)", then "8,000–17,000 Sikhs (other estimates)"
    if not pop and crit in PEOPLE_CRITERIA and item.unit is None and (
            item.counted is None or not _unknown_plural(item.counted)):
        pop = ["people"]          # "12 lesionados", "murieron 25"; not "dos templos dañados"
    if not pop and item.unit == "people":
        pop = ["people"]          # "at least 281 people to 1,729"
    if pop == ["people"] and not measure and (item.counted is None or criterion_of_word(item.counted)):
        pop = _group_before(in_sentence) or pop
    if crit == "damage" and not measure and item.unit is None and pop and pop != ["people"]:
        crit = "damaged"          # "81 stations sustained major damage": damage is money's; things are damaged
    if crit == "protested" and not protest and _PARTICIPANTS.search(body) and not tells_of_strike(
            " ".join(line.nearby or [body])):
        crit = "participated"     # "No. of participants: 197" of a massacre, a rescue: no protest
    if crit == "protested" and not protest and _AUDIENCE.search(body, max(0, item.start - 60), item.end + 40) and \
            _AUDIENCE_EVENT.search(body) and not _DEMANDS.search(body):
        crit = "attended"         # "La asistencia oficial fue de 47.197 espectadores" at a match: an audience
    if crit == "protested" and pop and set(pop) <= _GATHERINGS:
        crit = "held"             # "Las 99 concentraciones": protests held, not people who protested (GUIDE)
    elif crit == "protested" and pop and set(pop) <= _THINGS:
        crit = None               # "won more than 50 percent of the vote — will not participate": people protest
    crit = with_origin(crit, body, item.start, item.end)     # "26 923 (autóctonos)": infected-confirmed-local
    if crit is not None and crit.startswith("magnitude"):
        # "7.6 Mw" and "7.8 Ms" in one text: magnitude-mw, magnitude-ms (GUIDE)
        around = " ".join([*(line.nearby or [body]), *(p.quote for p in out if (p.criterion or "").startswith(
            "magnitude"))])
        scale = magnitude_scale(body, item.start, item.end, around)
        crit, measure = f"magnitude-{scale}" if scale else crit, True
    if _is_currency(item.unit) and (crit in PEOPLE_CRITERIA or (crit or "").startswith("infected")):
        # "infected 3,000 people and cost the economy 40 million dollars": a sum counts no people and
        # nothing befell it
        return [], None, measure
    return crowd_group(pop, item.counted, crit), crit, measure


_PARTICIPANTS = re.compile(r"\b(?:participants?|participated|participaron|participantes?)\b", re.I)


def _is_currency(unit: str | None) -> bool:
    return unit is not None and len(unit) == 3 and unit.isupper()


# --- a line of facts: what its labels say --------------------------------------------------------
# a label before a line's figure: "Peak temp.: 47.3 °C", "Injuries: Police: 51" (two labels), no
# figure in it, at most four words
_LABEL = re.compile(r"\s*([^\W\d_][^:\d\n]{0,40}?)\s*:\s*")
# what may stand between a label and its figure: a sign or a word of approximation
_BEFORE_FIGURE = re.compile(r"[\s~≈<>+±]*(?:(?:c\.|ca\.|about|around|approx\.?|over|some|unos|unas|aprox\.?|"
                            r"m[aá]s\s+de|at\s+least|al\s+menos)\s*)?")


def line_labels(line: Line, item: Found) -> list[str]:
    """The labels of a line of facts before ``item``, outermost first ("Injuries: Police: 51":
    Injuries, Police), when ``item`` is the line's figure or its conversion in brackets ("47.3 °C
    (117.1 °F)"); [] for any other figure."""
    body, labels, at = line.body, [], 0
    while (match := _LABEL.match(body, at)) is not None and match.end() <= item.start:
        if len(match.group(1).split()) > 4:
            return []
        labels.append(match.group(1))
        at = match.end()
    first = next((f for f in line.found if f.start >= at), None) if labels else None
    if first is None:
        return []
    if first.start == item.start:
        return labels if _BEFORE_FIGURE.fullmatch(body, at, item.start) else []
    between = body[first.end:item.start]
    converted = first is not item and item.start > first.end and len(between) <= 20 and "(" in between \
        and ")" not in between and not any(f.start > first.start and f.start < item.start for f in line.found
                                          if f is not first)
    return labels if converted and _BEFORE_FIGURE.fullmatch(body, at, first.start) else []


# labels of a count of people that say only how it was counted: "Official estimation: 22,000",
# "Number: Total: 142,000", "Cifra oficial: 40.000", "Estimaciones: 1 000 000"
_COUNT_LABEL = re.compile(r"\b(?:estimat\w*|estimates?|number|no\.|total|figures?|count|crowd|size|"
                          r"estimaci[oó]n\w*|cifras?|n[uú]mero|recuento)\b", re.I)
# labels of a toll, whose total is no crowd: "Casualties: Total: 5", "Bajas: Total: 12"
_HARM_LABEL = re.compile(r"\b(?:casualt\w*|loss\w*|toll|victims?|v[ií]ctimas?|bajas?|saldo|p[eé]rdidas?|"
                         r"damages?|da[ñn]os?)\b", re.I)
# an acronym: "NUM: 72", "PNP: 12"
_ACRONYM = re.compile(r"[A-ZÁÉÍÓÚÑ]{2,6}")
_TOTAL = frozenset({"total", "totales", "sum", "suma"})


def _row_label(label: str, lang: str) -> list[str] | None:
    """The population a row's label names when it names where or who, not how ("Italy", "NUM",
    "Police", "Total"): the group for a group, [] for a place, a body or a total; None when the
    label is no such name."""
    words = label.split()
    if fold_word(label.strip()) in _TOTAL:
        return []
    if _ACRONYM.fullmatch(label.strip()):
        return []
    found = places_in(label)
    if found and found[0][2] == 0 and len(found[0][1]) >= len(label.strip()) - 1:
        return []
    if len(words) == 1 and words[0][:1].isupper():
        named = population(words[-1], " " + words[-1], lang)
        if named and named != ["people"] and all(group in _OF_PEOPLE for group in named):
            return named
    return None


# the line that opens a block of lines of facts: a label, then another label or a figure ("Muertos: Alcanar: 0 (+ 2
# terroristas)", "Deaths: 72,000")
_HEADING_ROW = re.compile(r"[ \t]*([^\W\d_][^:\d\n]{0,40}?)[ \t]*:[ \t]*(?:[^\W\d_][^:\d\n]{0,40}?[ \t]*:[ \t]*)?"
                          r"[~≈<>+±]?[ \t]*\d")


_NEWLINE = re.compile("\n")


def block_heading(text: str, start: int) -> str | None:
    """The label of the nearest line of facts above, in the block (the lines up to a blank one) of the line that
    starts at ``start``, that says what befell its figure, else the block's first label, when that line is a later
    row of it: "Muertos" for "Cambrils: 1" under "Muertos: Alcanar: 0" and "Barcelona: 15", "Missing" for
    "Barcelona: 3" under "Deaths: 16" and "Missing: 4"; None for a block's first line or a line of prose."""
    if start == 0 or text[start - 1] != "\n":
        return None
    opens = text.rfind("\n\n", 0, start)
    opens = 0 if opens < 0 else opens + 2
    if opens >= start:
        return None
    # the nearest row above whose label says what befell its figure: "Missing: 4" over "Barcelona: 3", not the
    # block's first row "Deaths: 16" (R4 3); rows labelled by a place ("Barcelona: 15") are under it
    rows_at = [opens, *(newline.end() for newline in _NEWLINE.finditer(text, opens, start - 1))]
    for at in reversed(rows_at):
        heading = _HEADING_ROW.match(text, at)
        if heading is not None and "\n" not in heading.group() and any(
                criterion_of_word(word) for word in re.findall(r"[^\W\d_]+", heading.group(1))):
            return heading.group(1)
    heading = _HEADING_ROW.match(text, opens)
    return heading.group(1) if heading is not None and "\n" not in heading.group() else None


_REFS_AT_END = re.compile(r"(?:\s*\[\d+\])+\s*$")


def table_caption(text: str, start: int) -> str:
    """The paragraph that introduces the table whose row starts at ``start``: the one right before the row's block
    (the lines up to a blank one), when it ends with a colon ("Extreme temperatures ... peaked on 20 June:[7]", then
    "Date Place Temperature", "20 June 2015 Karachi 45 °C"); "" for a line of prose or a block no colon opens."""
    if start == 0 or text[start - 1] != "\n":
        return ""
    opens = text.rfind("\n\n", 0, start)
    if opens <= 0:
        return ""
    caption = text[text.rfind("\n\n", 0, opens) + 2:opens]
    return caption if _REFS_AT_END.sub("", caption).endswith(":") else ""


def _heading_criterion(line: Line, item: Found, labels: list[str]) -> str | None:
    """What befell a row's figure, from its block's heading ("Muertos:", then "Cambrils: 1 (+ 5 terroristas)": dead),
    when neither the row's labels nor its figure's own noun say it ("Barcelona: 131 (1 fallecido)" under "Heridos:"
    is injured; the 1 fallecido is dead)."""
    if line.heading is None or (item.counted is not None and criterion_of_word(item.counted) is not None):
        return None
    if any(criterion_of_word(word) for label in labels for word in re.findall(r"[^\W\d_]+", label)):
        return None
    said = [criterion_of_word(word) for word in re.findall(r"[^\W\d_]+", line.heading)]
    return next((slug for slug in said if slug in PEOPLE_CRITERIA), None)


def _by_label(line: Line, item: Found, labels: list[str], pop: list[str], crit: str | None,
              out: list[Proposal], protest: bool) -> tuple[list[str], str | None, bool]:
    """(population, criterion, whether a measure) of a line of facts, read from its labels where its figure says
    none: a measure or what befell the count ("Peak acceleration: 0.45 g", "Charged: 8,392"); a
    group the label names ("Injuries: Police: 51": [police]); a crowd's estimate in a protest or a
    strike ("Official estimation: 22,000": protested; "Number: Total: 142,000": on-strike); a row of
    a list under a heading ("Deaths: 72,000", then "Italy: ~20,000": dead)."""
    inner = labels[-1]
    row = _row_label(inner, line.lang)
    heading = _heading_criterion(line, item, labels) if not row else None
    if heading is not None:
        # a row of a place or a total under a heading that says what befell its counts (a row of a group is read
        # below: "Passengers: 166" under "Deaths: 154" counts who was aboard)
        return pop or ["people"], heading, False
    if crit is not None:
        if row and pop in ([], ["people"]) and len(labels) > 1:
            pop = row                     # "Injuries: Police: 51"
        return pop, crit, False
    for label in reversed(labels):
        slug = label_criterion(label, item.unit, item.counted)
        if slug is not None and "-" not in slug and slug.endswith("ed") and item.unit is None:
            return pop or ["people"], slug, False     # "Charged: 8,392": people charged
        if slug is not None:
            return pop, slug, slug != "capacity"      # "Peak acceleration: 0.45 g": a measure
    if pop in ([], ["people"]) and any(_COUNT_LABEL.search(label) for label in labels) and \
            not any(_HARM_LABEL.search(label) for label in labels):
        nearby = " ".join(line.nearby or [line.body])
        if tells_of_strike(nearby):
            return ["people"], "on-strike", False
        if protest:
            return ["people"], "protested", False
    if row and len(labels) == 1 and all(group in _ABOARD for group in row):
        return pop or row, "on-board", False      # "Passengers: 166", "Tripulación: 6": who was aboard
    previous = out[-1] if out else None
    if row is not None and previous is not None and previous.criterion and previous.sentence >= line.number - 1 \
            and len(previous.quote.split()) <= 8 and previous.sentence != line.number:
        # the heading's population, not another row's group ("Injuries: Police: 51", then "NUM: 72")
        above = _LABELS_OF.findall(previous.quote)
        grouped = bool(above) and bool(_row_label(above[-1], line.lang))
        return pop or row or (["people"] if grouped else list(previous.population)), previous.criterion, False
    return pop, crit, False


#: the groups a row of a ship's or an aircraft's facts counts aboard
_ABOARD = frozenset({"passengers", "crew", "occupants"})


def _row_under(line: Line, item: Found, out: list[Proposal]) -> bool:
    """Whether ``item`` opens a short line of its own right under a line of facts that counts people
    ("Deaths: 3,350 (official)", then "8,000–17,000 (other estimates)"): another row of that count."""
    if not out or out[-1].sentence != line.number - 1 or out[-1].criterion not in PEOPLE_CRITERIA:
        return False
    body = line.body
    words = re.sub(r"\[[^\]]*\]", "", body).split()
    return len(words) <= 6 and not body[:item.start].strip() and (
        _LABEL.match(out[-1].quote) is not None or len(out[-1].quote.split()) <= 6)


_LABELS_OF = re.compile(r"(?:^|(?<=:))\s*([^\W\d_][^:\d\n]{0,40}?)\s*:(?=\s*[^\W\d_]*\s*[\d~≈<>+±])")


#: what a count of things or votes counts: no one who protested (not "fans", "hinchas": a crowd's people)
_THINGS = (frozenset(COUNTED.values()) - PEOPLE_SLUGS - _OF_PEOPLE) | {"votes"}
#: the populations of a count of a protest's gatherings, not of the people at them
_GATHERINGS = frozenset({"protests", "rallies", "marches", "demonstrations"})
# a verb that sets a figure as a bar its subject passed: "15 de las 99 concentraciones superaron los 10.000
# asistentes", "a dozen rallies drew more than 5,000 people"
_PASSED = re.compile(r"\s+(?:super(?:aron|[oó])|rebasaron|exceeded|surpassed|topped|drew|had|tuvieron|reunieron)\s+"
                     r"(?:(?:los|las|more\s+than|over|at\s+least|m[aá]s\s+de|al\s+menos)\s+)*$", re.I)
# a ratio: "three in 10 marchers", "tres de cada diez", "one out of every five", against 10 or less, 100 or 1,000 (not
# "12 in 10 villages", "5 in 10 days", "355 in 2014": the first is no share of the second)
_SMALL = ("one two three four five six seven eight nine ten uno una dos tres cuatro cinco seis siete ocho nueve "
          "diez cien hundred").split()
_SMALL_WORD = "|".join(_SMALL)
_RATIO = re.compile(rf"\b(\d+|{_SMALL_WORD})\s+(?:in|out\s+of(?:\s+every)?|de\s+cada)\s+(?:a\s+)?(\d+|{_SMALL_WORD})\b"
                    r"(?!\s+(?:days?|hours?|weeks?|months?|years?|minutes?|d[ií]as?|horas?|semanas?|meses|a[nñ]os?)\b)",
                    re.I)


# a multiplier, no count: "varied by a factor of two", "se multiplicó por un factor de tres"
_FACTOR = re.compile(r"\b(?:factor|factors|multiple)\s+(?:of|de)\s+$", re.I)
# what a cause or a plan is made of, no thing the event counted: "their five demands", "sus cinco reivindicaciones",
# "a ten-point plan's ten points"
_OF_A_CAUSE = frozenset("demands demandas reivindicaciones exigencias points puntos principles principios goals "
                        "objetivos aims reasons razones motivos questions preguntas conditions condiciones proposals "
                        "propuestas steps pasos rules reglas commandments mandamientos".split())


def no_count(line: Line, item: Found, pop: list[str]) -> bool:
    """Whether ``item`` counts no one although a count stands near it: each part of a ratio ("Three in 10
    marchers were students": a share, no crowd of three or of ten), a bar a count of gatherings passed ("15 de
    las 99 concentraciones superaron los 10.000 asistentes": each passed 10.000, none counted 10.000), a multiplier
    ("varied by a factor of two") and the parts of a cause or a plan ("reiterated their five demands")."""
    body = line.body
    if _FACTOR.search(body, max(0, item.start - 20), item.start) or \
            fold_word(item.counted or "") in _OF_A_CAUSE or set(pop) & _OF_A_CAUSE:
        return True
    for ratio in _RATIO.finditer(body, max(0, item.start - 30), item.end + 30):
        share, whole = (_small_value(ratio.group(k)) for k in (1, 2))
        against = whole <= 10 or whole in (100, 1000)
        if ratio.start() < item.end and item.start < ratio.end() and share < whole and against:
            return True
    if not pop or not set(pop) <= _OF_PEOPLE:
        return False
    before = [(figure, counted) for figure, counted in line.counted if figure.end <= item.start]
    return bool(before) and bool(before[-1][1]) and set(before[-1][1]) <= _GATHERINGS and \
        _PASSED.search(body, before[-1][0].end, item.number_start) is not None


def _small_value(word: str) -> int:
    """A ratio's number: "10", "three", "diez", "hundred"."""
    if word.isdigit():
        return int(word)
    word = word.lower()
    return {"uno": 1, "una": 1, "dos": 2, "tres": 3, "cuatro": 4, "cinco": 5, "seis": 6, "siete": 7, "ocho": 8,
            "nueve": 9, "diez": 10, "cien": 100, "hundred": 100}.get(word) or _SMALL.index(word) + 1

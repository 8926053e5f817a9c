"""A figure a sentence tells as an earlier one, which a newer figure has replaced: "the toll had risen to 2,445, up
from 1,870", "a previous toll of 1,870", "1,870 that was earlier reported", "la última cifra anterior confirmada, de
95 muertos", "pasó de 95 a 155"; and a toll someone gave before: "Mr Delmar earlier said 1,870 were killed",
"Anteriormente, la agencia hablaba de al menos 120 muertos".

Such a figure is not of the day the article tells the newer one: when the text gives it no day of its own, its
``as_of`` is left for the reviewer and its ``stated_on`` is put before the newer figure's, so that the report reads the
pair of one claimant as a revision (SPEC §5), not as a claimant contradicting itself on one day.
"""
from __future__ import annotations

import re

__all__ = ["earlier_figure"]

# what a figure is said to have changed from, right before it: "up from", "down from", "an increase from", "pasó de",
# "subió de 95 a 155" (the first figure), ", desde los 95"; or after the newer figure: "rose to 45 from"
_CHANGED_FROM = re.compile(
    r"(?:\b(?:up|down)\s+from|\b(?:increase|rise|jump|drop|fall|decrease)\s+from|"
    # (the verb, with its accent: not the nouns "un aumento de 1.904 pesos", "un paso de", "bajo de")
    r"\b(?:pasó|pasaron|subió|subieron|aumentó|ascendió|creció|bajó|descendió|saltó|se\s+elevó|se\s+incrementó|"
    r"ha\s+pasado|ha\s+subido|ha\s+aumentado)\s+de|"
    r",\s+desde\s+(?:los|las))\s+(?:the\s+|los\s+|las\s+)?$", re.I)
_ROSE_FROM = re.compile(
    r"\b(?:rose|risen|climbed|increased|jumped|grew|grown|soared|surged|fell|fallen|dropped|declined|decreased)\s+"
    r"(?:to|by)\s+[^,;.\d]{0,20}\d[\d.,]*(?:\s+[^\W\d_]+){0,3}\s+from\s+(?:the\s+)?$", re.I)
# a figure named as a count replaced since: "the previous toll of", "an earlier figure of", "la última cifra
# anterior confirmada, de", "el balance anterior, de", "el anterior recuento, que hablaba de"
_PREVIOUS_COUNT = re.compile(
    r"\b((?:(?:previous|earlier|prior|former)\s+(?:official\s+|confirmed\s+|death\s+|casualty\s+)?"
    r"(?:tolls?|tall(?:y|ies)|counts?|figures?|estimates?|numbers?|reports?|totals?)|"
    r"(?:cifra|balance|recuento|saldo|conteo|n[uú]mero|dato|registro|total)\s+(?:oficial\s+)?"
    r"(?:anterior|previ[oa]|precedente)(?:\s+confirmad[oa])?|"
    r"(?:anterior|previ[oa])\s+(?:cifra|balance|recuento|saldo|conteo)))\b", re.I)
# after a figure, what tells it as an earlier one: "1,870 that was earlier reported", "1,870 reported earlier",
# "los 95 anteriores", "los 95 del balance anterior"
_TOLD_BEFORE_AFTER = re.compile(
    r"(?:\s+[^\W\d_]+){0,3}?\s+(?:(?:that|which)\s+(?:was|were|had\s+been)\s+)?(?:earlier|previously)\s+"
    r"(?:reported|given|announced|confirmed|stated)\b|"
    r"(?:\s+[^\W\d_]+){0,2}?\s+(?:reported|given|announced|confirmed)\s+(?:earlier|previously|before)\b"
    r"(?!\s+(?:this|that|in|on|today|tonight)\b)|"
    r"(?:\s+[^\W\d_]+)?\s+(?:anteriores|previos|previas|(?:del|de\s+la)\s+(?:balance|cifra|recuento)\s+"
    r"(?:anterior|previ[oa]))\b", re.I)
# a toll someone gave before, by the adverb or the tense of the verb of saying, before the figure in its sentence:
# "Mr Delmar earlier said", "had earlier put the toll at", "said earlier that", "Earlier, officials said",
# "Anteriormente, la agencia hablaba de"; not a past perfect alone, which an account tells its past in ("The
# ambassador had estimated 2,700")
_SAID_BEFORE = re.compile(
    r"\b(?:(?:earlier|previously)\s+(?:said|reported|told|put|gave|announced|stated|estimated|confirmed)|"
    r"(?:said|reported|announced|stated)\s+(?:earlier|previously)(?!\s+(?:this|that|in|on|today|tonight)\b)|"
    r"^\s*(?:Earlier|Previously)\s*,|anteriormente|previamente|con\s+anterioridad)\b", re.I)
# where what was told of before ends: a semicolon, "but", "while", "now", the newer figure ("the new toll")
_TURN = re.compile(r";|\b(?:but|while|whereas|now|new|newer|latest|updated|pero|mientras|ahora|actualmente|"
                   r"nuev[oa]s?|actualizad[oa]s?)\b", re.I)
# the counts a toll keeps, which a newer figure replaces: the dead, the injured, the missing, the homes destroyed
_TOLL_KEPT = re.compile(r"(?:dead|injured|missing|affected|displaced|homeless|evacuated|destroyed|damaged|flooded|"
                        r"rescued|detained|arrested|infected)(?:-|$)")


def earlier_figure(body: str, start: int, end: int, criterion: str | None) -> tuple[str, int] | None:
    """The words that tell the figure at [start, end) of ``body`` as an earlier one, which a newer figure replaced
    ("up from", "previous toll", "that was earlier reported", "cifra anterior"); for a toll, also a verb of saying
    of before ("earlier said", "Anteriormente, ... hablaba de"; a crowd said earlier to have marched is still of
    the march's day); and where they begin, from which on a day named is the earlier figure's own ("up from 30 on
    Monday"). None when the sentence tells it so in no such words."""
    changed = _CHANGED_FROM.search(body, max(0, start - 30), start) or \
        _ROSE_FROM.search(body, max(0, start - 60), start)
    if changed is not None:
        return changed.group().strip(" ,"), changed.start()
    previous = None
    for match in _PREVIOUS_COUNT.finditer(body, 0, start):
        previous = match       # (and the parts of that count after it: "de 95 muertos, 92 de ellos en Valencia")
    if previous is not None and not _TURN.search(body, previous.end(), start):
        return previous.group(1), previous.start()
    after = _TOLD_BEFORE_AFTER.match(body, end)
    if after is not None:
        return after.group().strip(), start
    if not _TOLL_KEPT.match(criterion or ""):
        return None
    said = None
    for match in _SAID_BEFORE.finditer(body, 0, start):
        said = match
    if said is None or _TURN.search(body, said.end(), start):
        return None
    return said.group().strip(" ,"), said.start()


# an earlier figure of the same day: "a previous report of at least 67 casualties earlier in the day", "la cifra
# anterior, difundida esta mañana": of the article's day, and stated on it
_EARLIER_TODAY = re.compile(r"\b(?:earlier\s+(?:in\s+the\s+day|today|this\s+(?:morning|afternoon|evening))|"
                            r"this\s+morning|hours\s+earlier|m[aá]s\s+temprano|horas\s+antes(?!\s+de)|"
                            r"esta\s+(?:mañana|madrugada)|hoy\s+temprano)\b", re.I)


def earlier_today(body: str, where: int) -> bool:
    """Whether the earlier figure whose words begin at ``where`` is told as one of the same day ("a previous report
    of 67 earlier in the day"): the newer figure's day, not a day before it."""
    return _EARLIER_TODAY.search(body, where) is not None

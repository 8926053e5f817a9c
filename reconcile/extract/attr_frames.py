"""Attributions that frame no figure: a means after "by", a speaker after a fronted clause.

"Deaths: 19,274 (confirmed by laboratory tests)", "(confirmado por laboratorio)": the agent of a
passive that is a bare common noun, with no article and no body's or role's word, is how the
figure was got, not who states it. "After some 10,000 people took refuge in the embassy, the
government announced that anyone could leave", "Cuando unas 10.000 personas se refugiaron, el
gobierno anunció que...": the speaker after a clause that opens the sentence with a
subordinating word states what follows its verb, not the figure of the clause before it. A word
that is also a preposition opens no clause before a noun phrase: "After the 7.8 quake, the USGS
said...", "Tras el sismo de magnitud 7,8, el USGS informó..." (the USGS states the 7,8).
"""
from __future__ import annotations

import re

from reconcile.extract.speakers import ROLES, SPEAKING, Attribution
from reconcile.quantities.lexicon import fold_word

__all__ = ["by_a_means", "in_fronted_clause"]

_BY_BEFORE = re.compile(r"\b(?:by|por)\s+$", re.I)


def by_a_means(sentence: str, a: Attribution) -> bool:
    """Whether ``a`` is the agent of a passive that is a bare lowercase noun ("confirmed by
    laboratory tests", "confirmado por laboratorio"); not "confirmed by police", "por las
    autoridades", "by the USGS"."""
    if a.before or not a.who or not a.who[:1].islower():
        return False
    at = sentence.rfind(a.who, a.start, a.end)
    if at < 0 or not _BY_BEFORE.search(sentence, a.start, at):
        return False
    words = [fold_word(w) for w in a.who.split()]
    return not any(w in SPEAKING or w in ROLES or w.endswith("s") and w[:-1] in SPEAKING | ROLES for w in words)


# words that open a subordinate clause before the main one
_FRONTED = re.compile(r"\s*[\"“«]?(?:After|When|Before|Although|Though|Once|Because|Since|If|Despite|While|Whereas|"
                      r"Cuando|Despu[eé]s\s+de\s+que|Tras|Antes\s+de\s+que|Aunque|Una\s+vez\s+que|Porque|Si|"
                      r"Pese\s+a\s+que|A\s+pesar\s+de\s+que|Mientras)\b")
_COMMA = re.compile(r",(?!\d)")


# the opening words that are also prepositions: before a noun phrase ("After the 7.8 quake,", "Tras
# el sismo de magnitud 7,8,", "Despite 300 arrests,") they open no clause, and the speaker after
# the comma states the figure as the rest of the sentence
_PREPOSITIONS = frozenset("after before since despite tras".split())
# a verb of the opening, which makes it a clause: an English auxiliary or a past tense ("took",
# "struck", "fled", "collapsed"), a Spanish infinitive after "Tras" ("Tras refugiarse") or a past
# tense ("se refugiaron", "huyeron", "golpeó")
_CLAUSE_VERB = re.compile(
    r"\b(?:was|were|is|are|had|has|have|did|could|would|will|been|took|fled|fell|hit|struck|left|went|came|"
    r"made|began|broke|rose|ran|met|gave|became|sank|shook|swept|tore|froze|grew|spread|"
    r"(?P<ed>[a-z]{3,}(?<!hundr)ed))\b|"
    r"^\s*[\"“«]?[Tt]ras\s+(?:haber\s+)?[^\W\d_]+(?:ar|er|ir|ír)(?:se|lo|la|los|las)?\b|"
    r"\b[^\W\d_]{2,}(?:aron|ieron|yeron|ó)\b")
# an English -ed word right after a noun and before a preposition, with no object, is a participle
# that modifies the noun, as Spanish writes it ("the 7.4 quake recorded in Arequipa", "el sismo
# registrado en Arequipa"; "the houses destroyed by the flood", "las casas destruidas por"), not
# the clause's verb ("After the river flooded the town,", "After the dam collapsed on Monday,")
_NOUN_BEFORE = re.compile(r"(?<![\w'’])(?!(?:he|she|it|we|they|you|who|which|that|and|or|not|also|then|had|has|have|"
                          r"was|were)\b)[a-z]+[\s,]*$")
_PREPOSITION_AFTER = re.compile(r"\s+(?:in|at|on|near|off|by|across|along|over|under|during|from|since|last|"
                                r"earlier|overnight)\b")
# the verbs of happening and of going that take no object, so have no such participle: "After the
# dam collapsed in March," (a clause, as "Tras colapsar la presa" is)
_NO_PASSIVE = frozenset("happened occurred erupted collapsed exploded crashed capsized arrived died landed "
                        "returned rained escaped stayed remained started ended failed".split())


def in_fronted_clause(sentence: str, a: Attribution, start: int) -> bool:
    """Whether a figure at ``start`` lies in a subordinate clause that opens the sentence and
    ends with a comma before the subject ``a`` that speaks after it; an opening preposition before
    a noun phrase is no clause ("After the 7.8 quake, the USGS said...": the USGS's 7.8)."""
    opening = _FRONTED.match(sentence)
    if not a.before or a.start < start or opening is None:
        return False
    comma = _COMMA.search(sentence, start)
    if comma is None or comma.end() > a.start or _COMMA.search(sentence, 0, start):
        return False
    word = fold_word(opening.group().strip(" \"“«"))
    return word not in _PREPOSITIONS or _a_clause_verb(sentence, comma.start())


def _a_clause_verb(sentence: str, end: int) -> bool:
    """Whether the opening of ``sentence`` before ``end`` has a clause's verb: "After 8,000 people
    took refuge", "Tras refugiarse"; not a noun's participle ("After the quake recorded in Arequipa")."""
    for verb in _CLAUSE_VERB.finditer(sentence, 0, end):
        ed = verb.group("ed")
        if ed is None or ed in _NO_PASSIVE or not _NOUN_BEFORE.search(sentence, 0, verb.start()) \
                or not _PREPOSITION_AFTER.match(sentence, verb.end(), end):
            return True
    return False

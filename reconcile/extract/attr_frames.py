"""Attributions that frame no figure: a means after "by", a speaker after a fronted clause.

"Deaths: 19,274 (confirmed by laboratory tests)", "(confirmado por laboratorio)": the agent of a
passive that is a bare common noun, with no article and no body's or role's word, is how the
figure was got, not who states it. "After some 10,000 people took refuge in the embassy, the
government announced that anyone could leave", "Cuando unas 10.000 personas se refugiaron, el
gobierno anunció que...": the speaker after a clause that opens the sentence with a
subordinating word states what follows its verb, not the figure of the clause before it.
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


def in_fronted_clause(sentence: str, a: Attribution, start: int) -> bool:
    """Whether a figure at ``start`` lies in a subordinate clause that opens the sentence and
    ends with a comma before the subject ``a`` that speaks after it."""
    if not a.before or a.start < start or not _FRONTED.match(sentence):
        return False
    comma = _COMMA.search(sentence, start)
    return comma is not None and comma.end() <= a.start and not _COMMA.search(sentence, 0, start)

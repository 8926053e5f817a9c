"""A claimant that is the subject of a clause before a participle of saying: "UNOCHA has provided new figures,
saying 1,023 people died", "The health office issued a statement on Monday, saying 412 were injured", "La Cruz
Roja actualizó su balance, señalando que 300 personas murieron". The participle has no subject of its own: its
speaker is the subject of the finite verb before the comma.
"""
from __future__ import annotations

import re

from reconcile.extract.attr_subjects import opens_sentence, subject_end
from reconcile.extract.reading import read_backwards
from reconcile.extract.speakers import Attribution, can_state, tokens, usable
from reconcile.quantities.lexicon import fold_word

__all__ = ["participle_speakers"]

# the participle after a comma (not "saying:" before a quote: a verb of its own, ``speakers.TRIGGER``)
_SAYING = re.compile(r",\s+(?:saying|stating|adding|noting|indicating|reporting|estimating|explaining|"
                     r"diciendo|se[nñ]alando|indicando|afirmando|asegurando|precisando|informando|detallando|"
                     r"explicando|apuntando|a[nñ]adiendo|agregando)\b(?!\s*:)", re.I)
# the finite verb of the clause before: a past or present of any verb, or the perfect's auxiliary
_FINITE = frozenset("has have had was were is are gave put made held sent told spoke took put ha han habia habian "
                    "dio dieron hizo hicieron".split())
_ENGLISH_PAST = re.compile(r"[a-z]{3,}ed$")
_SPANISH_PAST = re.compile(r"[a-záéíñóú]{3,}(?:ó|aron|ieron)$")
# a clause before it that is not the participle's: after a quote or a colon, its subject is not read
_CLAUSE_STOP = frozenset({";", ":", '"', "“", "”", "«", "»"})


def _finite_verb(sentence: str, end: int) -> int | None:
    """Where the first finite verb of the clause that ends at ``end`` stands, or None: the clause after the last
    comma before ``end`` that holds one ("After the army shelled the town, the mayor issued a statement, saying":
    the mayor's "issued", not the army's "shelled", R2)."""
    starts = [0] + [m.end() for m in re.finditer(r",\s+", sentence[:end])]
    for start in reversed(starts):
        for word, at, _ in tokens(sentence, start, end):
            if word in _CLAUSE_STOP:
                return None
            low = fold_word(word)
            if word[:1].islower() and (low in _FINITE or _ENGLISH_PAST.match(word) or _SPANISH_PAST.match(word)):
                return at
    return None


# a participle with a subject of its own: "asegurando los vecinos que", "saying the residents that" is no
# participle of the clause before's subject
_OWN_SUBJECT = re.compile(r"\s+(?:los|las|el|la|unos|unas|the|some)\s+\w+\s+(?:que|that)\b", re.I)


def participle_speakers(sentence: str) -> list[Attribution]:
    """The subject of the clause before a participle of saying, as the speaker of what the participle says."""
    out = []
    for match in _SAYING.finditer(sentence):
        if _OWN_SUBJECT.match(sentence, match.end()):
            continue
        verb = _finite_verb(sentence, match.start())
        subject = read_backwards(sentence, subject_end(sentence, verb)) if verb else None
        if usable(subject) and can_state(subject.who, "said", opens_sentence(sentence, subject.start)) and \
                (subject.who[:1].isupper() or can_state(subject.who, "gave")):
            # (its span is the participle's: the figures before the comma are the finite verb's, "asked for US$460
            # million ..., noting that", whatever that verb reads)
            out.append(Attribution(subject.who, match.start() + 1, match.end(), True))
    return out

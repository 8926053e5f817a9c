"""Speakers joined by "and", "y": who states a figure that two speakers give together.

- a named body and a kind of source ("police and hospital sources said", "la policía y fuentes
  hospitalarias informaron"): the named body speaks (the other is no name);
- kinds of source joined ("fuentes hospitalarias y policiales informaron", "según fuentes
  policiales y sanitarias"): they speak as written, as one kind alone does ("fuentes
  hospitalarias");
- the sources of two bodies ("fuentes de la Cruz Roja y de los bomberos"): the two bodies
  ("Cruz Roja y bomberos"), whichever way the sentence reads them (its subject or after "según").

``reconcile.extract.attribution`` reads the one speaker of a verb; this module reads the pair, and
``joint_names`` splits a pair's name into its bodies ("Doctors Without Borders and SOS Mediterranee"), for
the draft project to credit the figure to one of them (one statement is one origin, not two that agree).
"""
from __future__ import annotations

import re
from typing import TypeGuard

from reconcile.extract.attr_names import _BODY_HEADS, _STATE_ORGANS, _acronym, _generic
from reconcile.extract.places import places_in
from reconcile.extract.reading import read_backwards
from reconcile.extract.speakers import COLLECTIVE, SPEAKING, TRIGGER, Attribution, usable
from reconcile.quantities.lexicon import fold_word

__all__ = ["joint_names", "joint_sources", "named_of_joint"]

# the last word of a speaker that is a kind of source, not a name: "hospital sources", "fuentes hospitalarias",
# "other rights groups"
_UNNAMED_SPEAKERS = frozenset("sources source officials official staff workers doctors fuentes funcionarios "
                              "medicos personal trabajadores "
                              # "Amnesty International and other rights groups put the toll at 70"
                              "groups organizations organisations agencies ngos grupos organizaciones "
                              "agencias ong ongs".split())
_JOINED = re.compile(r"\s(?:and|y|e)\s+(?:[^\W\d_]+\s+){0,2}?(?:[^\W\d_]+)\s*$", re.I)
_AND_BEFORE = re.compile(r"\s(?:and|y|e)\s+$", re.I)


def _unnamed(who: str) -> bool:
    words = [fold_word(w) for w in who.split()]
    return bool(words) and (words[-1] in _UNNAMED_SPEAKERS or words[0] == "fuentes")


def _speaks(who: Attribution | None) -> TypeGuard[Attribution]:
    return usable(who) and (who.who[:1].isupper() or fold_word(who.who.split()[-1]) in SPEAKING)


def named_of_joint(sentence: str, verb_at: int, verb_end: int, subject: Attribution | None) -> Attribution | None:
    """Of a named body and a kind of source joined before a verb at [verb_at, verb_end), the
    named body: "police and hospital sources said" (the verb's subject read as "hospital
    sources", or not read), "la policía y fuentes hospitalarias informaron"; None otherwise."""
    if usable(subject) and _unnamed(subject.who):
        joined = _AND_BEFORE.search(sentence, max(0, subject.start - 6), subject.start)
    elif not usable(subject):
        joined = _JOINED.search(sentence, max(0, verb_at - 40), verb_at)
        if joined is not None and fold_word(sentence[joined.start():verb_at].split()[-1]) not in _UNNAMED_SPEAKERS:
            joined = None
    else:
        joined = None
    if joined is None:
        return None
    first = read_backwards(sentence, joined.start())
    if not _speaks(first) or _unnamed(first.who) or _adjective_or_common(first, sentence):
        return None
    return Attribution(first.who, first.start, verb_end, True)


def _adjective_or_common(first: Attribution, sentence: str) -> bool:
    """Whether a one-word speaker joined before "and" is no name: a people's adjective that the groups after it
    share ("Israeli and international rights groups"), or a common noun capitalised only as the sentence's
    first word ("Residents and aid groups said")."""
    words = first.who.split()
    if len(words) != 1:
        return False
    word = words[0]
    return _DEMONYM_FORM.fullmatch(word) is not None or (first.start == 0 and word.lower() != word and
                                                          word[1:].islower() and word.lower().endswith("s"))


# an English people's adjective: "Israeli", "Syrian", "Kurdish", "Congolese", "Iraqi"
_DEMONYM_FORM = re.compile(r"[A-Z][a-z]+(?:i|ian|an|ese|ish|ic)")


_BODY = r"(?:(?:la|el|los|las)\s+)?(?:[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:de\s+|del\s+)?[A-ZÁÉÍÓÚÑ][\w'’-]*){0,4}|[^\W\d_]+)"
_JOINT_SOURCES = re.compile(
    r"\b[Ff]uentes\s+(?:(?P<kinds>[a-záéíóúñ]+\s+(?:y|e)\s+[a-záéíóúñ]+)\b|"
    rf"(?:de|del)\s+(?P<first>{_BODY})\s+(?:y|e)\s+(?:(?:de|del)\s+)?(?P<second>{_BODY})(?![\w'’-]))")
_ARTICLE = re.compile(r"^(?:la|el|los|las)\s+", re.I)
_ACCORDING = re.compile(r"(?:seg[uú]n|de acuerdo (?:con|a)|conforme a|citando a|citando)\s+$", re.I)


def joint_sources(sentence: str) -> list[Attribution]:
    """Joint Spanish sources that speak, by the name the pair is written with: the subject of
    the verb right after it ("Fuentes hospitalarias y policiales informaron") or the object of
    "según" right before it ("según fuentes de la Cruz Roja y de los bomberos")."""
    out = []
    for match in _JOINT_SOURCES.finditer(sentence):
        if match.group("kinds"):
            who = match.group()
            if not fold_word(match.group("kinds").split()[-1]).endswith(("les", "ias", "ios", "as", "os", "es")):
                continue                               # "fuentes oficiales y un total": no second kind
        else:
            first, second = (_ARTICLE.sub("", match.group(g)) for g in ("first", "second"))
            if not (_speaks(Attribution(first, 0, 0, True)) and _speaks(Attribution(second, 0, 0, True))):
                continue
            who = f"{first} y {second}"
        rest = sentence[match.end():]
        verb = TRIGGER.match(sentence, match.end() + len(rest) - len(rest.lstrip()))
        opening = _ACCORDING.search(sentence, max(0, match.start() - 20), match.start())
        if verb is not None and verb.group("verb"):
            out.append(Attribution(who, match.start(), verb.end(), True))
        elif opening is not None:
            out.append(Attribution(who, opening.start(), match.end(), False))
    return out


_AND = re.compile(r"\s+(?:and|y|e)\s+(?P<article>(?:the|la|el|los|las)\s+)?")
_HEADS = _BODY_HEADS | _STATE_ORGANS
_OF = frozenset("of de del for para".split())


def _a_body(words: list[str]) -> bool:
    """Whether ``words`` name a body of their own: a proper name ("SOS Mediterranee", "Cruz Roja"), or a body's
    common noun ("bomberos", "police"); not one common word of a field ("Disaster", "Search")."""
    if not words or _unnamed(" ".join(words)):
        return False
    if not words[0][:1].isupper():
        return all(w.islower() for w in words) and fold_word(words[-1]) in COLLECTIVE | _HEADS
    if any(fold_word(w) in _HEADS for w in words) or not _generic(words):
        return True
    # common words of a field: one alone ("Disaster"), or ending in what is managed ("Emergency Management"); not
    # a name of its own in them ("Red Cross", "Cruz Roja")
    return len(words) > 1 and not fold_word(words[-1]).endswith(_ABSTRACT)


_ABSTRACT = ("tion", "tions", "ment", "ments", "ance", "ence", "cion", "ciones", "sion", "idad", "ity")


def joint_names(who: str) -> list[str]:
    """The bodies a claimant's name joins with "and", "y" ("Doctors Without Borders and SOS Mediterranee",
    "Ejército y Cruz Roja", "Guardia Civil y bomberos", "the Red Cross and the Red Crescent"), in the text's
    order; ``[who]`` for one body's name that holds the word ("Ministry of Health and Population", "Disaster and
    Emergency Management Authority", "Fish and Wildlife Service", "Trinidad and Tobago Red Cross", "Bosnia and
    Herzegovina") and for kinds of source ("fuentes sanitarias y militares")."""
    joins = list(_AND.finditer(who))
    if len(joins) != 1 or not who[:1].isupper():
        return [who]
    join = joins[0]
    first, second = who[:join.start()].split(), who[join.end():].split()
    if not _a_body(first) or not _a_body(second) or fold_word(" ".join(first)) == fold_word(" ".join(second)):
        return [who]
    if any(fold_word(w) in _OF for w in first[1:]) and not join.group("article"):
        return [who]                     # "Ministry of Health and Population": what the ministry is of
    if not (len(first) == 1 and _acronym(first[0])) and not any(fold_word(w) in _HEADS for w in first) and \
            fold_word(second[-1]) in _HEADS and not join.group("article"):
        return [who]                     # "Fish and Wildlife Service", "Garment Manufacturers and Exporters
        #                                  Association": what one body's head noun is of
    found = places_in(" ".join(first))
    if found and found[0][1] == " ".join(first):
        return [who]                     # "Trinidad and Tobago Red Cross", "Bosnia and Herzegovina"
    return [" ".join(first), " ".join(second)]

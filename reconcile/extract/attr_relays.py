"""A wire or outlet that relays a figure, and the one it relays: "AP quoted police as saying", "Reuters reported,
citing the health ministry", "citando a la policía". The one who states the figure is preferred to the one who
relays it; a cited name only ("citing local officials" leaves the wire).
"""
from __future__ import annotations

import re

from reconcile.extract.reading import read_backwards, read_forwards
from reconcile.extract.speakers import PRONOUNS, TRIGGER, VAGUE, Attribution, usable
from reconcile.quantities.lexicon import fold_word

__all__ = ["cited_as", "relayed_speaker", "with_cited"]


# "the Associated Press quoted police as saying", "AP reports Lassegue as commenting"
# a person's office or spokesman after the name: "Mayor Marty Walsh's office" speaks for the mayor
_ONES_OFFICE = r"['’]s?\s+(?:office|spokes(?:man|woman|person)|team|staff|aides?)"
# (the office between: "cited Mayor Marty Walsh's office as estimating": the mayor)
_RELAYED = re.compile(rf"(?:{_ONES_OFFICE})?"
                      r"\s*,?\s+as (?:saying|stating|telling|commenting|claiming|reporting|confirming|estimating|"
                      r"putting|counting)\b")
_RELAY_VERBS = frozenset("quoted quotes reported reports cited cites".split())


_BY_RELAY = re.compile(r"\s+by\b", re.I)
_QUOTED_PASSIVE = re.compile(r"\s+(?:was|were|is|are|has\s+been|have\s+been|had\s+been)\s*\Z", re.I)


def relayed_speaker(sentence: str, match: re.Match) -> Attribution | None:
    """The one a relay quotes: "the AP quoted police as saying 12 were arrested" -> police."""
    if fold_word(match.group()) not in _RELAY_VERBS:
        return None
    by = _BY_RELAY.match(sentence, match.end())
    if by is not None:
        # "Governor X was quoted by the Philippine News Agency as saying": the passive's subject is the one quoted,
        # not "by the Philippine News Agency"
        relay = read_forwards(sentence, by.end())
        said = _RELAYED.match(sentence, relay.end) if usable(relay) else None
        passive = _QUOTED_PASSIVE.search(sentence, 0, match.start())
        subject = read_backwards(sentence, passive.start()) if passive is not None else None
        if said is None or not usable(subject):
            return None
        return Attribution(subject.who, subject.start, said.end(), True)
    found = read_forwards(sentence, match.end())
    if not usable(found):
        return None
    said = _RELAYED.match(sentence, found.end)
    return Attribution(found.who, match.start(), said.end(), False) if said else None


_CITED_VERB = re.compile(r"\b(?:cited|cites|citaron|cit[oó])\b", re.I)


def cited_as(sentence: str) -> list[Attribution]:
    """"local media cited Mayor Marty Walsh's office as estimating the crowd at 90,000": the one cited
    ("cited" is no word of speech by itself: "the report cited poor maintenance")."""
    out = []
    for match in _CITED_VERB.finditer(sentence):
        found = read_forwards(sentence, match.end())
        said = _RELAYED.match(sentence, found.end) if usable(found) else None
        if found is not None and said is not None:
            who = re.sub(rf"{_ONES_OFFICE}$", "", found.who)
            out.append(Attribution(who, match.start(), said.end(), False))
    return out


# the common nouns of those a wire cites without naming them: "citing state media", "citando a fuentes oficiales"
_CITED_SPEAKERS = frozenset("media sources source officials authorities residents witnesses officers diplomats "
                            "lawmakers activists rescuers doctors medics medios fuentes fuente autoridades "
                            "funcionarios vecinos testigos residentes socorristas medicos activistas".split())
# what is cited as a ground, not a speaker: "citing several reasons", "citing a lack of resources", "citando varios
# motivos"
_GROUNDS = frozenset("reason reasons grounds lack absence fact facts concern concerns fear fears evidence factor "
                     "factors document documents injuries injury risk risks need shortage shortages motivo motivos "
                     "razon razones falta ausencia hecho hechos preocupacion preocupaciones prueba pruebas factor "
                     "factores documento documentos lesiones riesgo riesgos escasez".split())
_OF_OR_THAT = re.compile(r"\s(?:of|from|for|at|in|that|close|de|del|para|en|que|cercanas?)\s", re.I)


def _cited_words(who: str) -> set[str]:
    """The words of a cited phrase before its first preposition: "several reasons for the delay" -> several,
    reasons; "sources of the Health Ministry" -> sources."""
    return {fold_word(w) for w in _OF_OR_THAT.split(f" {who} ", maxsplit=1)[0].split()}


def with_cited(out: list[Attribution], sentence: str) -> list[Attribution]:
    """"Reuters reported, citing the health ministry": the one cited states the figure, the wire
    relays it (a cited name only; "citing local officials", "citing state media" leave the wire, which
    cites them: SPEC's ``cites``; "citing several reasons", "citing a lack of resources" cite no one)."""
    merged: list[Attribution] = []
    for a in sorted(out, key=lambda a: a.start):
        citing = bool(a.who) and sentence[a.start:a.start + 8].lower().startswith(("citing", "quoting", "citando"))
        if citing and _cited_words(a.who) & _GROUNDS:
            continue                                   # "citing security reasons": why, not who
        if (merged and citing and (merged[-1].start <= a.start < merged[-1].end      # "AP, citing X, reported"
                                   or not sentence[merged[-1].end:a.start].strip(" ,")   # "AP reported, citing X"
                                   # "a local media report said, citing X": the verb after an unnamed subject's words
                                   or TRIGGER.fullmatch(sentence[merged[-1].end:a.start].strip(" ,")) is not None)):
            vague = any(fold_word(w) in PRONOUNS | VAGUE for w in a.who.split())
            if _cited_words(a.who) & _CITED_SPEAKERS and not _OF_OR_THAT.search(f" {a.who} ") \
                    and (vague or a.who.islower()):
                # "Reuters reported, citing state media": the wire states it, citing ones it does not name (not
                # "citing sources of the Health Ministry": the ministry's, nor "citing new evidence": no one)
                prev = merged.pop()
                a = Attribution(prev.who, prev.start, max(prev.end, a.end), prev.before, cites=a.who)
            elif not vague:
                prev = merged.pop()                    # "citing the Interior Ministry": the ministry's
                a = Attribution(a.who, prev.start, a.end, prev.before)
        merged.append(a)
    return merged

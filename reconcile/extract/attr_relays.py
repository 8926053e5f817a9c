"""A wire or outlet that relays a figure, and the one it relays: "AP quoted police as saying", "Reuters reported,
citing the health ministry", "citando a la policía". The one who states the figure is preferred to the one who
relays it; a cited name only ("citing local officials" leaves the wire).
"""
from __future__ import annotations

import re

from reconcile.extract.reading import read_backwards, read_forwards
from reconcile.extract.speakers import PRONOUNS, SPEAKING, TRIGGER, VAGUE, Attribution, usable
from reconcile.quantities.lexicon import fold_word

__all__ = ["cited_as", "relative_cites", "relayed_speaker", "with_cited"]


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


# a relative clause of citing after the one who relays: "según EFE, que cita a vecinos", "according to Reuters, which
# cited residents", "medios locales que citan a testigos"
_CITES_RELATIVE = re.compile(r"\b(?:que|which|who)\s+(?:cita|citan|citaba|citaban|cit[oó]|citaron|cites|cited|quotes|"
                             r"quoted)\s+(?:(?:a|al)\s+)?", re.I)
# how a citing attribution opens: "citing", "citando", or the relative clause
_CITING = re.compile(r"citing|quoting|citando|(?:que|which|who)\s", re.I)
# a clause of its own between a relay's verb and a participle of citing after its figures: "EFE said 40 died; citing
# ...", "EFE reported 40 dead, while the army, citing ..." (not "and 20 more on Tuesday": the relay's figures still)
_OTHER_CLAUSE = re.compile(r"[;:]|\b(?:but|pero|while|whilst|mientras|whereas|who|which|que|quien)\b", re.I)


def relative_cites(sentence: str) -> list[Attribution]:
    """The one a relative clause says a relay cites: "según EFE, que cita a vecinos" -> vecinos (``with_cited``
    makes EFE its relay)."""
    out = []
    for match in _CITES_RELATIVE.finditer(sentence):
        found = read_forwards(sentence, match.end())
        if usable(found):
            out.append(Attribution(found.who, match.start(), found.end, False))
    return out


def _unnamed(who: str) -> bool:
    """Whether a cited phrase names no one: common nouns of those who speak ("residents", "fuentes
    gubernamentales"), with no name after their preposition ("vecinos de la zona"; not "sources of the Health
    Ministry": the ministry's)."""
    if not _cited_words(who) & _CITED_SPEAKERS or any(sum(c.isupper() for c in w) > 1 for w in who.split()):
        return False                                   # (not "MoRRD officials": the ministry's)
    parts = _OF_OR_THAT.split(f" {who} ", maxsplit=1)
    return len(parts) == 1 or not any(w[:1].isupper() for w in parts[1].split())


def _cites_after(sentence: str, relay: Attribution, cited: Attribution) -> bool:
    """Whether the participle of citing at ``cited`` is that of the relay's verb: right after it ("AP reported,
    citing X"; "AP, citing X, reported"; "según EFE, que cita a X"), or after the figures of its own clause ("EFE
    hablaba de 150 muertos, citando fuentes"), with no clause between."""
    if relay.start <= cited.start < relay.end:
        return True
    between = sentence[relay.end:cited.start]
    if not between.strip(" ,") or TRIGGER.fullmatch(between.strip(" ,")) is not None:
        return True                                    # "a local media report said, citing X"
    # (after the figures, only one that can speak: "citing residents", "citing the Health Ministry", "citing
    # OCHA"; not "citing the Public Order Act", whose law says nothing)
    return relay.before and bool(relay.who) and between.rstrip().endswith(",") and \
        not _OTHER_CLAUSE.search(between) and TRIGGER.search(between) is None and _can_speak(cited.who)


def _can_speak(who: str) -> bool:
    """Whether a cited phrase names someone who can state a figure: a body, a collective or an unnamed speaker's
    noun ("ministry", "police", "residents", "fuentes"), or an acronym ("OCHA")."""
    words = {fold_word(w) for w in who.split()}
    return bool(words & (SPEAKING | _CITED_SPEAKERS)) or any(len(w) > 1 and w.isupper() for w in who.split())


_COMMA_ARTICLE = re.compile(r"\s*,?\s*(?:(?:the|la|el|los|las)\s+)?", re.I)


def _opens_citing(sentence: str, cited: Attribution, relay: Attribution) -> bool:
    """"Citing residents, Reuters said": a participle of citing that opens the sentence, then the relay's subject."""
    return relay.before and not sentence[:cited.start].strip() and \
        _COMMA_ARTICLE.fullmatch(sentence, cited.end, relay.start) is not None


def _merged(relay: Attribution, cited: Attribution) -> Attribution | None:
    """The relay's attribution citing the unnamed (SPEC's ``cites``), or the named one it cites, who states it;
    None when the cited are named only after their kind ("citing sources of the Health Ministry": each stays, and
    the ministry's name is read from the cited's words)."""
    vague = any(fold_word(w) in PRONOUNS | VAGUE for w in cited.who.split())
    # one span when they touch; else the relay's, with the figures between them outside it
    near = cited.start <= relay.end + 3 and relay.start <= cited.end + 3
    start, end = (min(relay.start, cited.start), max(relay.end, cited.end)) if near else (relay.start, relay.end)
    if _unnamed(cited.who) and (vague or cited.who.islower()):
        # "Reuters reported, citing state media": the wire states it, citing ones it does not name
        return Attribution(relay.who, start, end, relay.before, cites=cited.who)
    if not vague:
        return Attribution(cited.who, start, end, relay.before)    # "citing the Interior Ministry": the ministry's
    return None


def with_cited(out: list[Attribution], sentence: str) -> list[Attribution]:
    """"Reuters reported, citing the health ministry": the one cited states the figure, the wire
    relays it (a cited name only; "citing local officials", "citing state media" leave the wire, which
    cites them: SPEC's ``cites``; "citing several reasons", "citing a lack of resources" cite no one). The
    participle may follow the relay's figures ("Reuters reported 60 deaths, citing residents") or open the
    sentence ("Citing residents, Reuters said"), and a relative clause cites as well ("según EFE, que cita a
    vecinos")."""
    merged: list[Attribution] = []
    opening: Attribution | None = None
    for a in sorted(out, key=lambda a: a.start):
        citing = bool(a.who) and _CITING.match(sentence, a.start) is not None
        if citing and _cited_words(a.who) & _GROUNDS:
            continue                                   # "citing security reasons": why, not who
        both = _merged(a, opening) if opening is not None and merged and merged[-1] is opening and a.who and \
            _opens_citing(sentence, opening, a) and _unnamed(opening.who) else None
        opening = a if citing and not merged and not sentence[:a.start].strip() else None
        if both is not None:
            merged[-1] = both                          # "Citing residents, Reuters said": Reuters, citing them
            continue
        both = _merged(merged[-1], a) if merged and citing and _cites_after(sentence, merged[-1], a) else None
        if both is not None:
            merged[-1] = both
            continue
        merged.append(a)
    return merged

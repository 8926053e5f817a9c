"""The unnamed officials of a named place: "Authorities in Sichuan said", "officials in Lagos told reporters",
"according to authorities in Hunan", "Autoridades en Oaxaca dijeron", "según funcionarios de Tabasco". The text
names whose authorities they are, so they are a claimant, as "Sichuan authorities" and "las autoridades de Oaxaca"
are (and as "Police in Lagos" is the police): not the outlet's own word, as "Authorities said" alone is (GUIDE).
The name is the one the text would write without the preposition: "Sichuan authorities" (a country's, "Pakistan
officials", is its government: ``speakers.government_of``), and in Spanish "autoridades de Oaxaca" (for
"funcionarios de Tabasco" too: "autoridades de Tabasco").
A body after the preposition ("officials of the Health Ministry", "funcionarios de Protección Civil") is that
body, as before: this reads only names that are places.
"""
from __future__ import annotations

import re

from reconcile.extract.attr_names import _BODY_HEADS
from reconcile.extract.speakers import SPEAKING, Attribution
from reconcile.quantities.lexicon import fold_word

__all__ = ["authorities_at", "authorities_of"]

_NOUN = r"(?P<noun>authorities|officials|autoridades|funcionarios)"
_OF = r"(?P<of>in|of|from|en|de|del\s+estado\s+de)"
# the noun and its preposition right before a place read as the speaker: "Authorities in |Sichuan said"
_NOUN_BEFORE = re.compile(rf"\b{_NOUN}\s+{_OF}\s+(?:the\s+)?$", re.I)
# the noun and its place read as one name: "Autoridades en Oaxaca", "funcionarios de Tabasco"
_NOUN_FIRST = re.compile(rf"(?:(?:the|las|los|local|locales)\s+)?{_NOUN}\s+{_OF}\s+(?:the\s+)?(?P<place>.+)", re.I)
# the place after the noun read forwards alone: "according to authorities| in Hunan,"
_PLACE_AFTER = re.compile(r"\s+(?P<of>in|of|en|de)\s+(?P<place>[A-ZÁÉÍÓÚÑ][\w'’-]*(?:\s+(?:de\s+|del\s+)?"
                          r"[A-ZÁÉÍÓÚÑ][\w'’-]*){0,2})")
_SMALL = frozenset("de del la el of the".split())
_BODY_WORDS = SPEAKING | _BODY_HEADS | frozenset("civil nacional national authority autoridad".split())


def _a_place(name: str) -> bool:
    """Whether ``name`` can only be a place: capitalised words, no acronym, no word of a body ("Health Ministry",
    "Port Authority", "Protección Civil" are bodies; "protección civil del estado de Chiapas" is no name)."""
    words = name.split()
    return bool(words) and words[0][:1].isupper() and all(w[:1].isupper() or fold_word(w) in _SMALL for w in words) \
        and not any(len(w) > 1 and w.isupper() or fold_word(w) in _BODY_WORDS for w in words)


def _named(noun: str, of: str, place: str) -> str:
    if fold_word(of) in ("en", "de") or of.lower().startswith("del"):
        # "autoridades en Oaxaca", "funcionarios de Tabasco": las autoridades de Oaxaca, de Tabasco (a
        # "funcionarios de" names the body they serve, which a place is not)
        return f"autoridades de {place}"
    return f"{place} {noun.lower()}"                   # "authorities in Sichuan": Sichuan authorities


def authorities_of(sentence: str, a: Attribution) -> Attribution:
    """``a`` named as the authorities of the place it read ("Sichuan" after "Authorities in", or "Autoridades en
    Oaxaca" whole), or ``a`` as it is."""
    if not a.who or not a.who[:1].isalpha():
        return a
    whole = _NOUN_FIRST.fullmatch(a.who)
    if whole is not None:
        if not _a_place(whole.group("place")):
            return a
        return Attribution(_named(whole.group("noun"), whole.group("of"), whole.group("place")), a.start, a.end,
                           a.before, a.cites)
    at = sentence.find(a.who, a.start, a.end)
    before = _NOUN_BEFORE.search(sentence, max(0, at - 30), at) if at > 0 and a.who[:1].isupper() else None
    if before is None or not _a_place(a.who):
        return a
    return Attribution(_named(before.group("noun"), before.group("of"), a.who), min(a.start, before.start()),
                       a.end, a.before, a.cites)


def authorities_at(sentence: str, noun: str, end: int) -> str:
    """The authorities ``noun`` (read forwards, ending at ``end``) names by the place after it ("according to
    authorities in Hunan": "Hunan authorities"), or ""."""
    if fold_word(noun.split()[-1]) not in ("authorities", "officials", "autoridades", "funcionarios"):
        return ""
    match = _PLACE_AFTER.match(sentence, end)
    if match is None or not _a_place(match.group("place")):
        return ""
    return _named(noun.split()[-1], match.group("of"), match.group("place"))

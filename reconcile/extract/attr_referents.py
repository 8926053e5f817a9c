"""Whom "he" or "she" refers to: the person a sentence with no verb of speech opens with.

"Mayor Juan Perez visited the site on Saturday. He said 40 families had been evacuated.": the 40
is Juan Perez's, not the last claimant's before him. ``person_subject`` names the person who is
the subject of a sentence ("Mayor Juan Perez visited", "El alcalde Juan Pérez visitó", "Juan
Perez, the mayor, toured"), for ``reconcile.extract.propose`` to keep as the one a pronoun
means; ``is_person_pronoun`` tells "he", "she", "él", "ella" from "it", "they".
"""
from __future__ import annotations

import re

from reconcile.extract.speakers import ROLES, TRIGGER, without_role
from reconcile.quantities.lexicon import fold_word

__all__ = ["is_person_pronoun", "person_subject"]

_CAPITAL = r"[A-ZÁÉÍÓÚÑ][\w'’-]+"
# an opening with a role in lower case or capitalised, then a name of two to four words
_OPENING = re.compile(
    rf"\s*(?:(?:The|the|El|La|el|la)\s+)?(?P<role>(?:[^\W\d_]+\s+){{0,3}}?)"
    rf"(?P<name>{_CAPITAL}(?:\s+(?:de\s+|del\s+|de\s+la\s+|al-|bin\s+)?{_CAPITAL}){{1,3}})"
    r"(?:\s*,(?P<aside>[^,]{1,60}),)?\s+(?P<verb>[a-záéíóúñ]+)\b")


def person_subject(sentence: str) -> str | None:
    """The person a sentence opens with as its subject, when its verb is not one of speech
    (those are attributions) and a role names them or their name has two words or more."""
    match = _OPENING.match(sentence)
    if match is None or TRIGGER.fullmatch(match.group("verb")):
        return None
    role = [fold_word(w) for w in match.group("role").split()]
    if role and not any(w in ROLES for w in role):
        return None                                    # "In Lima Juan Perez": not a role
    written = match.group("name")
    name = without_role(written)
    words = name.split()
    if len(words) < 2 or any(fold_word(w) in ROLES for w in words):
        return None
    aside = [fold_word(w) for w in (match.group("aside") or "").split()]
    if not role and name == written and not any(w in ROLES for w in aside):
        return None                                    # "The Red Cross sent", "Hurricane Maria struck": no role
    return name


_PERSON_PRONOUNS = frozenset("he she him her él ella".split())


def is_person_pronoun(sentence: str) -> bool:
    """Whether the sentence's subject pronoun is a person's ("He said", "Ella dijo")."""
    words = sentence.split()[:3]
    return any(w.strip(",").lower() in _PERSON_PRONOUNS for w in words)     # "él", not the article "el"

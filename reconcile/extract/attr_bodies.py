"""One body that an article names in several ways: which of its claimants are the same body.

News copy names a body with its country in any of several forms, or without it once the country is
clear: "Panama's National Migration Service", "the National Migration Service of Panama", "the
National Migration Service"; "el Servicio Nacional de Migración de Panamá", "Migración Panamá";
and it describes the body in common words: "la autoridad migratoria panameña". Each form had become
a claimant of its own. ``body_parts`` splits a name into the body's own words and the place it is
given with; ``one_body`` says whether two sets of names are one body. The caller merges a claimant
with a body only when exactly one body of the article fits: a name that fits two ("the National
Weather Service" when the text names Peru's and Ecuador's) stays as it is.
"""
from __future__ import annotations

import re
from collections.abc import Iterable
from collections.abc import Set as AbstractSet

from reconcile.extract.attr_names import _BODY_HEADS, _generic
from reconcile.extract.places import places_in
from reconcile.extract.speakers import _country_of_demonym
from reconcile.model.names import fold_name

__all__ = ["ambiguous_bases", "body_parts", "cognate", "one_body"]

_ARTICLES = frozenset("the el la los las".split())
_OF = frozenset("of de del in en".split())
_JOINS = frozenset("of for the and de del la las los el y e para en in".split())
_BRACKETED_PLACE = re.compile(r"(.+?)\s*\(([^()]+)\)")
_POSSESSIVE = ("'s", "’s")

#: a body's own words (folded, without a leading article) and the code of the place it is given with
Parts = tuple[tuple[str, ...], "str | None"]


def cognate(word: str) -> str:
    """An English or Spanish word reduced to what both spellings share: "Migration" and
    "Migración" -> "migracion", "units" -> "unit"."""
    low = fold_name(word)
    low = re.sub(r"tion(s)?$", r"cion\1", low)
    return low[:-1] if low.endswith("s") and len(low) > 4 else low


def _place(words: list[str]) -> str | None:
    """The code of the one place ``words`` name and nothing else ("Panamá": PA), or None."""
    if not words:
        return None
    if fold_name(words[0]) in _ARTICLES and len(words) > 1:
        words = words[1:]
    text = " ".join(words)
    found = places_in(text)
    return found[0][0] if len(found) == 1 and found[0][1] == text else None


def _folded(words: Iterable[str]) -> tuple[str, ...]:
    return tuple(fold_name(w) for w in words)


def body_parts(name: str) -> Parts:
    """(the body's own words, the code of the place it is named with) of a claimant's name:
    "National Migration Service (Panama)", "Panama's National Migration Service", "National
    Migration Service of Panama" and "the National Migration Service in Panama" all give
    (("national", "migration", "service"), "PA"); "Servicio Nacional de Migración de Panamá"
    (("servicio", "nacional", "de", "migracion"), "PA"); "Migración Panamá" (("migracion",), "PA");
    "autoridad migratoria panameña" (("autoridad", "migratoria"), "PA"). A name with no place gives
    its own words and None."""
    words = name.split()
    if words and fold_name(words[0]) in _ARTICLES:
        words = words[1:]
    if not words:
        return (), None
    bracketed = _BRACKETED_PLACE.fullmatch(" ".join(words))
    if bracketed is not None and (code := _place(bracketed.group(2).split())) is not None:
        return _folded(bracketed.group(1).split()), code
    owner = next((k for k, w in enumerate(words[:-1]) if w.endswith(_POSSESSIVE)), None)
    if owner is not None:
        code = _place([*words[:owner], words[owner][:-2]])
        return (_folded(words[owner + 1:]), code) if code is not None else (_folded(words), None)
    for k in range(len(words) - 2, 0, -1):            # the last "of", "de", "en": "... de Migración de Panamá"
        if fold_name(words[k]) in _OF:
            code = _place(words[k + 1:])
            if code is not None:
                return _folded(words[:k]), code
            break
    for k in range(max(1, len(words) - 3), len(words)):   # "Migración Panamá", "Migration Colombia"
        if fold_name(words[k - 1]) not in _JOINS and all(w[:1].isupper() for w in words[:k]):
            code = _place(words[k:])
            if code is not None:
                return _folded(words[:k]), code
    for k, word in enumerate(words):                  # "autoridad migratoria panameña", "Panamanian authority"
        country = _country_of_demonym(word, spanish=word.islower()) if len(words) > 2 else None
        code = _place(country.split()) if country else None
        if code is not None:
            return _folded(words[:k] + words[k + 1:]), code
    return _folded(words), None


def _content(base: tuple[str, ...]) -> list[str]:
    return [w for w in base if w not in _JOINS]


def ambiguous_bases(names: Iterable[str]) -> set[tuple[str, ...]]:
    """The bodies' own words that ``names`` give with two places or more ("Peru's National Weather
    Service", "Ecuador's National Weather Service"): a name of those words alone is neither."""
    places: dict[tuple[str, ...], set[str]] = {}
    for name in names:
        base, code = body_parts(name)
        if code is not None:
            places.setdefault(base, set()).add(code)
    return {base for base, codes in places.items() if len(codes) > 1}


def _same_words(a: Parts, b: Parts, ambiguous: AbstractSet[tuple[str, ...]]) -> bool:
    """The same words, at the same place or one of them at none: "National Migration Service" and
    "National Migration Service (Panama)" (not a one-word name: "the Government" and "the Government of
    Pakistan" are left to the government rules)."""
    (base_a, code_a), (base_b, code_b) = a, b
    if base_a != base_b or not base_a:
        return False
    if code_a == code_b:
        return True
    return (code_a is None or code_b is None) and len(_content(base_a)) >= 2 and base_a not in ambiguous


def _short_name(a: Parts, written: str, b: Parts) -> bool:
    """A one-word name and its place, with no "de" or "of" between, that a longer name of the same place
    holds: "Migración Panamá" of "Servicio Nacional de Migración de Panamá" (not "la Policía de Madrid",
    which may be any police force of the city)."""
    (base_a, code_a), (base_b, code_b) = a, b
    if code_a is None or code_a != code_b or len(base_a) != 1 or len(_content(base_b)) < 2 or any(
            fold_name(w) in _OF for w in written.split()):
        return False
    return cognate(base_a[0]) in {cognate(w) for w in _content(base_b)}


# the initials of the body a described one belongs to, before the description: "the U.N. health agency", "the UN
# refugee agency", "the EU's statistics office"
_PARENT = re.compile(r"(?:[A-Z]\.){2,3}|[A-Z]{2,3}(?:'s|’s)?")


def _description(a: Parts, written: str, b: Parts, proper: str) -> bool:
    """A body described in common words ("la autoridad migratoria panameña", "the migration authority") that
    shares a word's stem with a proper name ("Servicio Nacional de Migración de Panamá"), at the same place
    or one of them at none."""
    (base_a, code_a), (base_b, code_b) = a, b
    if not any(w[:1].isupper() for w in proper.split()) or code_a is not None and code_b is not None \
            and code_a != code_b:
        return False
    words = [w for w in written.split() if fold_name(w) not in _ARTICLES]
    if not words or not all(w.islower() or _country_of_demonym(w) or _PARENT.fullmatch(w) for w in words[:1]) \
            or not all(w.islower() or _country_of_demonym(w) for w in words[1:]):
        return False
    content = _content(base_a)
    if not any(w in _BODY_HEADS for w in content):
        return False
    stems = {cognate(w)[:5] for w in content if len(w) >= 5 and w not in _BODY_HEADS}
    return bool(stems & {cognate(w)[:5] for w in _content(base_b) if len(w) >= 5})


# the common words that say what kind of body a name of its own is: "Xinhua News Agency", "Kyodo News", "Interfax
# news agency", "Conred agency"
_KIND_OF_BODY = _BODY_HEADS | frozenset("news press wire newspaper daily broadcaster television tv radio noticias "
                                        "prensa diario periodico television radio".split())


def _own_name(a: Parts, written: str, b: Parts) -> bool:
    """A body's name of its own, one word, and that word with the common words of what the body is: "Xinhua" of
    "the official Xinhua News Agency", "Kyodo" of "Kyodo News", "Conred" of "the Conred agency" (at the same place
    or one of them at none). Not a place ("Pakistan" of "Pakistan Army"), nor a common word ("National" of
    "National Weather Service"), nor words other than a body's kind after it ("Amnesty International")."""
    (base_a, code_a), (base_b, code_b) = a, b
    if len(base_a) != 1 or len(base_b) < 2 or base_b[0] != base_a[0]:
        return False
    if code_a is not None and code_b is not None and code_a != code_b:
        return False
    kind = base_b[1:]
    if not all(w in _KIND_OF_BODY for w in kind) or not any(w in _BODY_HEADS or w == "news" for w in kind):
        return False
    own = [w for w in written.split() if fold_name(w) not in _ARTICLES]
    return len(own) == 1 and own[0][:1].isupper() and not _generic(own) and _place(own) is None \
        and not _country_of_demonym(own[0])


def one_body(names: Iterable[str], others: Iterable[str],
             ambiguous: AbstractSet[tuple[str, ...]] = frozenset()) -> bool:
    """Whether some name of ``names`` and some name of ``others`` name one body (``body_parts``): the same
    words with the same place or one without it (unless ``ambiguous``), a one-word name of the place, a
    description in common words that shares a word's stem with a proper name, or a name of its own with and
    without the words of its kind ("Xinhua", "Xinhua News Agency")."""
    mine = [(n, body_parts(n)) for n in names if n]
    theirs = [(n, body_parts(n)) for n in others if n]
    for name, a in mine:
        for other, b in theirs:
            if _same_words(a, b, ambiguous) or _short_name(a, name, b) or _short_name(b, other, a) \
                    or _description(a, name, b, other) or _description(b, other, a, name) \
                    or _own_name(a, name, b) or _own_name(b, other, a):
                return True
    return False

"""Subdivisions of the article's country named otherwise than ISO 3166-2 names them: a close spelling
("Baluchistán" for ISO's "Balochistan", "Taroudant" for "Taroudannt") and a word of a longer name
("Cordillera" of "Cordillera Administrative Region"). Read in the article's country only, never against
another country's subdivisions or its cities (Spanish news means the city by "Nueva York", "Florencia"),
and each reading is noted for the reviewer (``reading_check``)."""
from __future__ import annotations

import difflib
import re
from functools import lru_cache

from reconcile.model.names import fold_name, iso_codes, iso_place, iso_resolve, subdivision_names, swapped_letters

__all__ = ["near_subdivision", "subdivision_holding", "reading_check", "NEAR_RATIO"]

#: how close a name must be to an ISO 3166-2 name (difflib's ratio, accents folded) to be read as it
NEAR_RATIO = 0.85
# the article a name may carry in one spelling and not in the other: "Al Youssufia" (ISO "Youssoufia")
_ARTICLE = re.compile(r"^(?:al|el|la|le|les|los|las|the|ad|an|ar|as|az)[ -]")
# what ISO 3166-2 writes after a name, in brackets: "Cordillera Administrative Region (CAR)", "(Region III)"
_BRACKETED = re.compile(r"\s*\([^()]*\)")


def _key(name: str) -> str:
    return _ARTICLE.sub("", fold_name(_BRACKETED.sub("", name)).strip(" .").replace("-", " "))


@lru_cache(maxsize=256)
def _subdivisions_of(country: str) -> tuple[tuple[str, str], ...]:
    """(folded name, code) of every name ISO 3166-2 gives a subdivision of ``country``."""
    out = []
    for code in sorted(iso_codes()):
        if code.startswith(country + "-"):
            for name in subdivision_names(iso_place(code)[0]):
                out.append((_key(name), code))
    return tuple(dict.fromkeys(out))


@lru_cache(maxsize=4096)
def near_subdivision(name: str, country: str) -> str | None:
    """The one subdivision of ``country`` whose ISO 3166-2 name ``name`` spells closely but not as ISO
    does (accents and an article folded; difflib's ratio at ``NEAR_RATIO`` or more, or two letters
    swapped), or None: none, or more than one ("Baluchistán" -> PK-BA; "Taroudant" -> MA-TAR)."""
    key = _key(name)
    if len(key) < 5:
        return None
    names = _subdivisions_of(country)
    if any(other == key for other, _ in names):
        return None                       # ISO's own name: the exact readings' (places.py)
    codes = {code for other, code in names if swapped_letters(key, other) or len(other) >= 5
             and difflib.SequenceMatcher(None, key, other).ratio() >= NEAR_RATIO}
    return codes.pop() if len(codes) == 1 else None


@lru_cache(maxsize=4096)
def subdivision_holding(name: str, country: str) -> str | None:
    """The one subdivision of ``country`` whose ISO 3166-2 name holds ``name`` as a word or words, or None:
    "Cordillera" in the Philippines is PH-15, "Cordillera Administrative Region (CAR)"."""
    key = _key(name)
    if len(key) < 4:
        return None
    word = re.compile(rf"(?<!\w){re.escape(key)}(?!\w)")
    codes = {code for other, code in _subdivisions_of(country) if other != key and word.search(other)}
    return codes.pop() if len(codes) == 1 else None


def reading_check(name: str, code: str) -> str | None:
    """The reviewer's check for a subdivision named ``name`` and read as ``code`` by one of this module's
    readings, or None when ``name`` is a name of ``code`` as written."""
    if "-" not in code or iso_resolve(name) == code:
        return None
    country = code.split("-")[0]
    iso_name = iso_place(code)[0]
    if near_subdivision(name, country) == code:
        return f"place ({name!r} read as ISO 3166's {iso_name!r}, {code}, a close spelling; check it)"
    if subdivision_holding(name, country) == code:
        return f"place ({name!r} read as ISO 3166's {iso_name!r}, {code}, which holds that name; check it)"
    return None

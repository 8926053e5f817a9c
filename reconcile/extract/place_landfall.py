"""The town a storm made landfall at, where its measures were taken: "Making landfall over Galveston, ... Hurricane
Ike caused extensive damage in Texas, with sustained winds of 110 mph", then "The storm had come ashore hours before
daybreak with 110-mph winds" (dev8's Ike: the winds and the surge at the landfall town, the tolls in Texas). A
country or a region it made landfall in ("made landfall in Myanmar") is no town: the event's place already says it."""
from __future__ import annotations

import re
from functools import lru_cache

from reconcile.extract.fields import is_city, places_in

# a storm's landfall, and the preposition before its place: "making landfall over", "made landfall near", "came
# ashore at", "tocó tierra en", "tocando tierra cerca de"
# (not a time or distance measured from it: "while still far from landfall, its winds peaked at 175 mph", "before
# landfall", "prior to landfall": the measure was at sea)
# (nor "landfall" alone inside "before making landfall", whose verb the look-behinds already refused)
_LANDFALL = re.compile(r"(?<!\bfrom\s)(?<!\bbefore\s)(?<!\bto\s)(?<!\bof\s)(?<!\bmaking\s)(?<!\bmade\s)"
                       r"\b(?:(?:made|making|makes)\s+landfall|landfall|(?:came|come|coming|comes)\s+ashore|"
                       r"toc[oó]\s+tierra|tocando\s+tierra)\b"
                       r"(?:\s+(?:over|at|near|in|on|en|sobre|cerca\s+de)\s+(?:the\s+|la\s+|el\s+)?)?", re.I)


# a measure before the storm came ashore: "winds of 195 mph before landfall", "antes de tocar tierra"
_BEFORE_LANDFALL = re.compile(r"\b(?:before|prior\s+to|ahead\s+of|antes\s+de)\s+(?:(?:its|his|her|their|su)\s+)?"
                              r"(?:(?:making|a|the)\s+)?(?:landfall|coming\s+ashore|tocar\s+tierra)\b", re.I)


def before_landfall(text: str, lo: int, hi: int) -> bool:
    """Whether the clause [lo, hi) of ``text`` tells its measure before the storm came ashore ("winds of 195 mph
    before landfall near X"): the landfall's town is no place of it."""
    return _BEFORE_LANDFALL.search(text, lo, hi) is not None


def _town_after(text: str, country: str | None) -> tuple[str, str] | None:
    """The town named right after a landfall phrase of ``text``, or None."""
    found = places_in(text, country)
    for match in _LANDFALL.finditer(text):
        town = next((p for p in found if p[2] == match.end()), None)
        if town is not None and is_city(town[0]):
            return town[0], town[1]
    return None


@lru_cache(maxsize=256)
def _article_landfall(text: str, country: str | None) -> tuple[str, str] | None:
    """The town the article says the storm made landfall at, the first it names."""
    for paragraph in text.split("\n"):
        if _LANDFALL.search(paragraph) and (town := _town_after(paragraph, country)) is not None:
            return town
    return None


def landfall_town(sentence: str, text: str, country: str | None) -> tuple[str, str] | None:
    """(code, name) of the town where a measure of ``sentence`` was taken, as its landfall: the town the sentence
    says the storm made landfall at, else, when the sentence tells the landfall without a town ("The storm had come
    ashore with 110-mph winds"), the one the article (``text``) names for it."""
    if not _LANDFALL.search(sentence):
        return None
    return _town_after(sentence, country) or _article_landfall(text, country)

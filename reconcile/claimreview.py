"""Claims from schema.org ClaimReview JSON-LD, the form fact-checkers publish (a reader of
``sources.READERS``)."""
from __future__ import annotations

from pathlib import Path
from typing import Any, Iterable

from .errors import InputError
from .model import Source
from .sources import Loaded, RawClaim, read_text


def _first(value: Any) -> Any:
    return value[0] if isinstance(value, list) and value else value


def _name_of(value: Any) -> str | None:
    value = _first(value)
    if isinstance(value, dict):
        return value.get("name") or value.get("identifier")
    return str(value) if value else None


def _claim_reviews(doc: Any) -> Iterable[dict]:
    if isinstance(doc, list):
        for item in doc:
            yield from _claim_reviews(item)
    elif isinstance(doc, dict):
        if "@graph" in doc:
            yield from _claim_reviews(doc["@graph"])
        elif doc.get("@type") == "ClaimReview" or "ClaimReview" in (doc.get("@type") or []):
            yield doc


def read_claimreview(path: Path, loaded: Loaded) -> None:
    """Claims from schema.org ClaimReview JSON-LD (one per ClaimReview).

    The claimant is ``itemReviewed.author`` (a known source by id, name or alias, else a new
    source of kind "other"); the quote is ``claimReviewed``, whose one quantity is the value;
    the topic is ``about`` (a topic id, or a Thing whose identifier or name is one); the date
    is ``itemReviewed.datePublished``; the url the first ``appearance`` (or ``firstAppearance``).
    """
    import json

    from .normalize import SourceIndex, slugify

    display = loaded.reading(path)
    try:
        doc = json.loads(read_text(path, display))
    except json.JSONDecodeError as exc:
        raise InputError(f"invalid JSON: {exc.msg}", file=display, line=exc.lineno,
                         hint="fix the JSON syntax") from exc
    reviews = list(_claim_reviews(doc))
    if not reviews:
        raise InputError("no ClaimReview found", file=display,
                         hint='a JSON claims file holds schema.org ClaimReview objects ("@type": "ClaimReview")')
    names = SourceIndex(loaded.sources.values())
    for number, review in enumerate(reviews, start=1):
        item = review.get("itemReviewed") or {}
        where = f"ClaimReview #{number}"
        if not isinstance(item, dict):
            raise InputError(f"{where}: itemReviewed must be a Claim object", file=display, field="itemReviewed",
                             hint='write "itemReviewed": {"@type": "Claim", "author": {...}}')
        if not isinstance(review.get("claimReviewed", ""), str):
            raise InputError(f"{where}: claimReviewed must be text", file=display, field="claimReviewed",
                             hint="give the claim's words as one string")
        author = _name_of(item.get("author"))
        if not author:
            raise InputError(f"{where} has no itemReviewed.author", file=display, field="author",
                             hint="name who made the claim in itemReviewed.author.name")
        source_id = names.resolve(author) or slugify(author)
        if source_id not in loaded.sources:
            loaded.sources[source_id] = Source(id=source_id, name=author, file=display, line=1)
            names = SourceIndex(loaded.sources.values())
        quote = review.get("claimReviewed")
        topic = _name_of(review.get("about") or item.get("about"))
        appearance = _first(item.get("appearance")) or item.get("firstAppearance")
        url = appearance.get("url") if isinstance(appearance, dict) else appearance
        raw: RawClaim = {"topic": topic, "quote": quote, "stated_on": item.get("datePublished"), "url": url,
                         "value": _single_value(quote, display, where) if quote else None}
        raw = {k: v for k, v in raw.items() if v not in (None, "")}
        raw.update(_source=source_id, _file=display, _line=1, _lines={})
        loaded.claims.append(raw)


def _single_value(quote: str, display: str, where: str) -> str:
    from .quantities import find_quantities

    mentions = find_quantities(quote)
    if len(mentions) != 1:
        raise InputError(f"{where}: claimReviewed holds {len(mentions)} quantities; one is needed",
                         file=display, field="claimReviewed",
                         hint="review one number per ClaimReview, or write the claim in YAML")
    return quote[mentions[0].start:mentions[0].end]

"""Report -> schema.org ClaimReview JSON-LD: one ClaimReview per conflict or not-comparable finding.

The output is a JSON array of ClaimReview objects, each with its own ``@context``, ready
to paste into ``<script type="application/ld+json">`` (``<``, ``>`` and ``&`` are written as
``\\u003c`` etc. so source text cannot close the script element).

Mapping (Google's Fact Check markup: required ``claimReviewed``, ``reviewRating``
(``alternateName``), ``url``; recommended ``author``, ``itemReviewed`` with ``author``,
``datePublished``, ``appearance``, ``firstAppearance``; rating ``name``, ``ratingValue``,
``bestRating``, ``worstRating``):

- ``claimReviewed``: short: the topic, and each claimant with the value as stated; the
  quotes, with their claimants, are the ``Claim``'s ``text``.
- ``itemReviewed``: a ``Claim``; ``author`` is the claimant (an ``Organization``: every
  source kind names an organisation or an office), a list when the finding spans several
  claimants; ``datePublished`` the earliest ``stated_on``; ``appearance`` where each claim was read: a
  ``CreativeWork`` with its http(s) URL and its outlet (``via``) as ``publisher``;
  ``firstAppearance`` the one of the earliest stated claim.
- ``reviewRating``: textual ("Conflicting figures", "Not comparable: different counting
  rules", ...) on a documented scale: 1 = conflicting figures, 2 = not comparable,
  3 = consistent (never emitted: consistent findings are not reviews of a false claim).
- ``url``: the page where the review is published (``review_url``, ``--review-url``); without
  one there is no ``url`` (the CLI says on stderr that the markup cannot be published as it is).
- ``author``: the publisher (``--publisher``, ``--publisher-url``), an ``Organization``; none
  without one.
- ``reviewRating`` names what the finding found: conflicting figures, a misquotation, a part
  above its whole, a count going down, parts above their total, an implausible figure, or
  which scope fields make two figures not comparable.
"""
from __future__ import annotations

import json
import re
from urllib.parse import urlsplit
from typing import Any

from reconcile.errors import OptionError
from reconcile.model.records import Finding, Report
from reconcile.report.estimates import estimate_views
from reconcile.report.base import claim_index, safe_url, source_name

REVIEWED_VERDICTS = ("conflict", "not-comparable")
RATING_SCALE = {"conflict": 1, "not-comparable": 2, "consistent": 3}
#: conflict kind -> the rating's words
CONFLICT_WORDS = {
    "value-conflict": "Conflicting figures",
    "quotation-mismatch": "Misquoted: two reports of one source's figure disagree",
    "order-conflict": "Conflicting figures: a narrower count exceeds a wider one",
    "breakdown-conflict": "Conflicting figures: parts do not add up to the total",
    "temporal-conflict": "Conflicting figures: a running count goes down",
    "implausible-value": "Implausible figure",
}

_FIELD_WORDS = {
    "criterion": "different counting rules",
    "population": "different populations",
    "place": "different places",
    "as_of": "different dates",
}


def rating_text(finding: Finding) -> str:
    if finding.verdict == "conflict":
        return CONFLICT_WORDS.get(finding.kind, "Conflicting figures")
    order = list(_FIELD_WORDS)
    fields = sorted(finding.fields, key=lambda f: (order.index(f) if f in order else 99, f))
    reasons = [_FIELD_WORDS.get(f, f"different {f}") for f in fields] or ["different scopes"]
    return "Not comparable: " + ", ".join(reasons)


def _author(report: Report, source_id: str) -> dict[str, Any]:
    out: dict[str, Any] = {"@type": "Organization", "name": source_name(report, source_id)}
    source = report.sources.get(source_id)
    if source is not None and safe_url(source.url):
        out["sameAs"] = source.url
    return out


def _claim_reviewed(report: Report, finding: Finding, claims: list[dict[str, Any]]) -> str:
    """Short, as Google asks: what is counted and who says what ("Venezuelan soldiers who
    defected, March 2019: Migración Colombia says more than 500; ... says 109"). The quotes
    are the Claim's ``text``."""
    topic = report.topics.get(finding.topic)
    about = (topic.title if topic is not None else "") or finding.topic
    said = "; ".join(f"{source_name(report, c.get('source'))} says {c.get('text') or ''}"
                     for c in claims)
    return f"{about}: {said}"


def _folded(text: str) -> str:
    """``text`` with each run of whitespace (line breaks, tabs) one space."""
    return " ".join(str(text).split())


def _item_reviewed(report: Report, claims: list[dict[str, Any]]) -> dict[str, Any]:
    authors = []
    for claim in claims:
        if claim.get("source") and claim["source"] not in authors:
            authors.append(claim["source"])
    item: dict[str, Any] = {"@type": "Claim"}
    # each claim's quote, and its note (SPEC §3: shown beside the claim in every format), even with no quote
    # on a published page and in search snippets: line breaks and tabs folded to spaces, as the other
    # formats for people show them, and one claimant's words apart from the next one's
    quotes = [(f"{source_name(report, c.get('source'))}: \u201c{_folded(c['quote'])}\u201d" if c.get("quote") else
               f"{source_name(report, c.get('source'))} says {c.get('text') or ''}")
              + (f" (note: {_folded(c['note'])})" if c.get("note") else "")
              for c in claims if c.get("quote") or c.get("note")]
    if quotes:
        item["text"] = "; ".join(quotes)
    if authors:
        listed = [_author(report, a) for a in authors]
        item["author"] = listed[0] if len(listed) == 1 else listed
    dated = sorted((c for c in claims if c.get("stated_on")), key=lambda c: c["stated_on"])
    if dated:
        item["datePublished"] = dated[0]["stated_on"]
    # where each claim was read (SPEC §3: via is ClaimReview's appearance): its page, published by its outlet
    works: list[dict[str, Any]] = []
    work_of: dict[str, dict[str, Any]] = {}
    for claim in claims:
        work = _appearance(report, claim)
        if work is not None:
            if work not in works:
                works.append(work)
            work_of[claim["id"]] = work
    if works:
        item["appearance"] = works
        first = next((work_of[c["id"]] for c in dated if c["id"] in work_of), works[0])
        item["firstAppearance"] = first
    return item


#: what a URL may not hold as written (report.base's _URL_FORBIDDEN): non-ASCII letters stay as they are
_URL_UNSAFE = re.compile(r"[\s\x00-\x20\x7f-\x9f<>\"'`\\\u2028\u2029]")


def _encoded_url(url: Any) -> str | None:
    """A claim's http(s) url as a URL JSON-LD readers take: a space, quote or angle bracket written
    into it percent-encoded ("a b" is "a%20b"), as the other formats show it; None for no http(s) url.
    (It had been left out of the appearance without a word.)"""
    if not isinstance(url, str) or not url.strip():
        return None
    try:
        if _URL_UNSAFE.search(urlsplit(url.strip()).netloc):
            return None                               # a space in the host: no address to encode
    except ValueError:
        return None
    encoded = _URL_UNSAFE.sub(lambda char: "".join(f"%{byte:02X}" for byte in char.group().encode()), url.strip())
    return safe_url(encoded)


def _appearance(report: Report, claim: dict[str, Any]) -> dict[str, Any] | None:
    """The CreativeWork a claim was read in: its http(s) url, and its outlet (``via``, not the
    claimant itself) as the publisher; None with neither."""
    url = _encoded_url(claim.get("url"))
    via = claim.get("via")
    outlet = via if via and via != claim.get("source") else None
    if not url and not outlet:
        return None
    work: dict[str, Any] = {"@type": "CreativeWork"}
    if url:
        work["url"] = url
    if outlet:
        work["publisher"] = _author(report, outlet)
    return work


def _publisher(name: str | None, url: str | None) -> dict[str, Any] | None:
    if name is not None and not name.strip():   # an unset variable ("--publisher $PUB"): an author with no name
        raise OptionError(lambda named: (f"{named('publisher', None)} is empty",
                                         "give the organisation that publishes the review, e.g. "
                                         f"{named('publisher', 'El Diario')}"), "publisher")
    if url is not None and not url.strip():
        raise OptionError(lambda named: (f"{named('publisher_url', None)} is empty",
                                         "give the publisher's web site, e.g. "
                                         f"{named('publisher_url', 'https://example.org')}, or leave it out"),
                          "publisher_url")
    if not name and not url:
        return None
    if not name:   # an author with a web site and no name: Google's markup needs the name
        raise OptionError(lambda named: (f"{named('publisher_url', None)} is given without {named('publisher', None)}",
                                         "add the organisation that publishes the review, e.g. "
                                         f"{named('publisher', 'El Diario')}"), "publisher")
    out: dict[str, Any] = {"@type": "Organization"}
    if name:
        out["name"] = name
    if url:
        out["url"] = _checked_url(url, "publisher_url")
    return out


def _checked_url(url: str, option: str) -> str:
    """``url``, an http(s) address, given as ``option`` (a keyword: "review_url")."""
    if safe_url(url) is None:
        raise OptionError(lambda named: (f"{named(option, url)} is not an http(s) address",
                                         f"give the full address, e.g. {named(option, 'https://example.org/review')}"),
                          option)
    return url


def _estimates_by_claim(report: Report) -> dict[str, list[str]]:
    """claim id -> the estimates (in words) of the scopes whose evidence holds it: the review
    says what the figure most likely is, not only that two figures conflict."""
    sentences: dict[str, list[str]] = {}
    for views in estimate_views(report).values():
        for view in views:
            for claim_id in view.claims:
                sentences.setdefault(claim_id, []).append(f"For {view.scope}: {view.sentence}")
    return sentences


def claim_reviews(report: Report, *, review_url: str | None = None, publisher: str | None = None,
                  publisher_url: str | None = None) -> list[dict[str, Any]]:
    """The ClaimReview objects (plain dicts) for the report's conflict/not-comparable findings."""
    index = claim_index(report)
    estimated = _estimates_by_claim(report)
    # an empty address is an unset variable ("--review-url $URL"), refused as an empty --publisher is
    url = _checked_url(review_url, "review_url") if review_url is not None else None
    author = _publisher(publisher, publisher_url)
    reviews = []
    for finding in report.findings:
        if finding.verdict not in REVIEWED_VERDICTS:
            continue
        claims = [index[cid] for cid in finding.claims if cid in index]
        text = rating_text(finding)
        review: dict[str, Any] = {"@context": "https://schema.org", "@type": "ClaimReview"}
        if url:
            review["url"] = url
        review.update({
            "claimReviewed": _claim_reviewed(report, finding, claims),
            "itemReviewed": _item_reviewed(report, claims),
            "reviewRating": {
                "@type": "Rating",
                "alternateName": text,
                "name": text,
                "ratingValue": RATING_SCALE[finding.verdict],
                "bestRating": RATING_SCALE["consistent"],
                "worstRating": RATING_SCALE["conflict"],
            },
            "reviewBody": " ".join([finding.explanation, *dict.fromkeys(
                sentence for cid in finding.claims for sentence in estimated.get(cid, ()))]),
        })
        if author:
            review["author"] = author
        reviews.append(review)
    return reviews


def dumps_jsonld(data: Any) -> str:
    """JSON safe to embed in a ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text + "\n"


def render_claimreview(report: Report, *, review_url: str | None = None, publisher: str | None = None,
                       publisher_url: str | None = None) -> str:
    """ClaimReview JSON-LD, a JSON array (see the module docstring)."""
    return dumps_jsonld(claim_reviews(report, review_url=review_url, publisher=publisher,
                                      publisher_url=publisher_url))

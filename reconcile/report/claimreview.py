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
  claimants; ``datePublished`` the earliest ``stated_on``; ``appearance`` every http(s) URL;
  ``firstAppearance`` the URL of the earliest stated claim.
- ``reviewRating``: textual ("Conflicting figures", "Not comparable: different counting
  rules", ...) on a documented scale: 1 = conflicting figures, 2 = not comparable,
  3 = consistent (never emitted: consistent findings are not reviews of a false claim).
- ``url``: ``"{page_url}#finding-N"`` where N is the finding's position in the report (the
  HTML report uses the same anchors); with no page URL a fragment that resolves against
  the page the markup is embedded in.
"""
from __future__ import annotations

import json
from typing import Any

from reconcile.model.records import Finding, Report
from reconcile.report.base import claim_index, finding_anchors, safe_url, source_name

REVIEWED_VERDICTS = ("conflict", "not-comparable")
RATING_SCALE = {"conflict": 1, "not-comparable": 2, "consistent": 3}
REVIEW_AUTHOR = "reconcile"

_FIELD_WORDS = {
    "criterion": "different counting rules",
    "population": "different populations",
    "place": "different places",
    "as_of": "different dates",
}


def rating_text(finding: Finding) -> str:
    if finding.verdict == "conflict":
        return {"order-conflict": "Conflicting figures: a part exceeds its whole",
                "breakdown-conflict": "Conflicting figures: parts exceed the total",
                "temporal-conflict": "Conflicting figures: a running count goes down",
                "implausible-value": "Implausible figure"}.get(finding.kind,
                                                               "Conflicting figures")
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


def _creative_work(url: str) -> dict[str, Any]:
    return {"@type": "CreativeWork", "url": url}


def _claim_reviewed(report: Report, finding: Finding, claims: list[dict[str, Any]]) -> str:
    """Short, as Google asks: what is counted and who says what ("Venezuelan soldiers who
    defected, March 2019: Migración Colombia says more than 500; ... says 109"). The quotes
    are the Claim's ``text``."""
    topic = report.topics.get(finding.topic)
    about = (topic.title if topic is not None else "") or finding.topic
    said = "; ".join(f"{source_name(report, c.get('source'))} says {c.get('text') or ''}"
                     for c in claims)
    return f"{about}: {said}"


def _item_reviewed(report: Report, claims: list[dict[str, Any]]) -> dict[str, Any]:
    authors = []
    for claim in claims:
        if claim.get("source") and claim["source"] not in authors:
            authors.append(claim["source"])
    item: dict[str, Any] = {"@type": "Claim"}
    quotes = [f"{source_name(report, c.get('source'))}: \u201c{c['quote']}\u201d"
              for c in claims if c.get("quote")]
    if quotes:
        item["text"] = " ".join(quotes)
    if authors:
        listed = [_author(report, a) for a in authors]
        item["author"] = listed[0] if len(listed) == 1 else listed
    dated = sorted((c for c in claims if c.get("stated_on")), key=lambda c: c["stated_on"])
    if dated:
        item["datePublished"] = dated[0]["stated_on"]
    urls = []
    for claim in claims:
        url = safe_url(claim.get("url"))
        if url and url not in urls:
            urls.append(url)
    if urls:
        item["appearance"] = [_creative_work(u) for u in urls]
        first = next((safe_url(c.get("url")) for c in dated if safe_url(c.get("url"))), urls[0])
        item["firstAppearance"] = _creative_work(first)
    return item


def claim_reviews(report: Report, *, page_url: str = "") -> list[dict[str, Any]]:
    """The ClaimReview objects (plain dicts) for the report's conflict/not-comparable findings."""
    index = claim_index(report)
    anchors = finding_anchors(report)
    reviews = []
    for finding in report.findings:
        if finding.verdict not in REVIEWED_VERDICTS:
            continue
        claims = [index[cid] for cid in finding.claims if cid in index]
        text = rating_text(finding)
        reviews.append({
            "@context": "https://schema.org",
            "@type": "ClaimReview",
            "url": f"{page_url}#{anchors[id(finding)]}",
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
            "reviewBody": finding.explanation,
            "author": {"@type": "Organization", "name": REVIEW_AUTHOR},
        })
    return reviews


def dumps_jsonld(data: Any) -> str:
    """JSON safe to embed in a ``<script>`` element."""
    text = json.dumps(data, ensure_ascii=False, indent=2)
    for char, escape in (("<", "\\u003c"), (">", "\\u003e"), ("&", "\\u0026"),
                         ("\u2028", "\\u2028"), ("\u2029", "\\u2029")):
        text = text.replace(char, escape)
    return text + "\n"


def render_claimreview(report: Report, *, page_url: str = "") -> str:
    """ClaimReview JSON-LD, a JSON array (see the module docstring)."""
    return dumps_jsonld(claim_reviews(report, page_url=page_url))

"""A source's track record: the figures of its that the evidence went against, in any topic
("this source has been wrong before"), for the reports people read (text, Markdown, HTML).

A figure went against the evidence when it lies outside the range of an estimate that other
origins back, in a scope that more than one origin states (agreed or disputed, SPEC §5b): not an
earlier statement that its source replaced, not a breakdown part. Each is given with its claim id,
topic, stated text, quote, and what the other sources support there; most recent first.

    Venezuelan government (reliability 0.21): 1 figure against the evidence
        gv-late (defections; stated on 2019-03-07): "about 100"; Migración Colombia, Human Rights NGO
        and El Tiempo support [550, 600].
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Mapping

from reconcile.model.records import Report
from reconcile.report.base import clean_line, plural, source_name
from reconcile.report.estimates import (NO_EVIDENCE, counts, estimate_value, listing, origin_name, outside,
                                        read_estimate, set_aside_reason)

TRACK_TITLE = "Track record"
#: what the track record lists, said under its title
TRACK_NOTE = ("Figures of each source that the evidence went against: outside the range of an estimate that other "
              "sources back, in any topic (earlier statements a source replaced and breakdown parts aside); most "
              "recent first.")
#: the figures shown per source before "... and N more", and the sources shown before "and N more sources"
SHOWN_FIGURES = 3
SHOWN_SOURCES = 20
#: a quote in the track record is cut to about this many characters
QUOTE_CHARS = 80


@dataclass(frozen=True)
class SourceTrack:
    """One source's figures against the evidence, in words: ``head`` names it (with its reliability
    under truth discovery), ``items`` the figures shown, most recent first, ``more`` how many not."""

    source: str
    head: str
    items: tuple[str, ...]
    more: int

    def more_words(self) -> str:
        return f"... and {self.more} more" if self.more else ""


def track_record(report: Report,
                 claims: Mapping[str, dict[str, Any]] | None = None) -> tuple[tuple[SourceTrack, ...], int]:
    """The sources with figures against the evidence, those with most first (then by name), up to
    ``SHOWN_SOURCES``, and how many more there are."""
    if claims is None:
        claims = {claim["id"]: claim for claim in report.claims}
    found: dict[str, tuple[bool, dict[str, Any], str, str]] = {}   # claim id -> (own scope?, claim, words, origin)
    for item in report.estimates:
        status = item["status"] if isinstance(item, dict) else item.status
        if status == "single-source":
            continue
        reading = read_estimate(report, item, claims)
        estimate = reading.estimate
        scope = (tuple(estimate["population"]), estimate["criterion"], estimate["place"], estimate["as_of"])
        for claim in reading.stated:
            cid = claim["id"]
            own = (tuple(claim.get("population") or ()), claim.get("criterion"), claim.get("place"),
                   claim.get("as_of")) == scope
            if claim.get("part_of") or cid in found and (found[cid][0] or not own) or not outside(claim, estimate):
                continue
            origin = reading.origin[cid]
            others = [origin_name(report, o, claimants) for o, claimants in reading.backers.items()
                      if o not in (origin, claim["source"])]
            # an earlier statement the source replaced is no error of its own, nor an outlet's echo of
            # another's figure (the figure is its origin's: the estimate line sets it aside as an echo)
            if not others or (reading.weight.get(cid, 0.0) == 0
                              and set_aside_reason(report, reading, claim)[0] in ("replaced", "echo")):
                continue
            value = estimate_value(estimate, counts(report, estimate["topic"]))
            found[cid] = (own, claim, f"{listing(others)} support{'s' if len(others) == 1 else ''} {value}", origin)
    by_source: dict[str, list[tuple[dict[str, Any], str]]] = {}
    for _, claim, support, origin in found.values():   # a figure is its origin's, also when read through an outlet
        by_source.setdefault(origin, []).append((claim, support))
    ordered = sorted(by_source.items(), key=lambda item: (-len(item[1]), source_name(report, item[0]), item[0]))
    out = []
    for source, misses in ordered[:SHOWN_SOURCES]:
        misses.sort(key=lambda miss: miss[0]["id"])
        misses.sort(key=lambda miss: str(miss[0].get("stated_on") or ""), reverse=True)   # undated last
        items = tuple(_item(claim, support) for claim, support in misses[:SHOWN_FIGURES])
        out.append(SourceTrack(source, _head(report, source, len(misses)), items, len(misses) - len(items)))
    return tuple(out), max(0, len(ordered) - SHOWN_SOURCES)


def _head(report: Report, source: str, count: int) -> str:
    reliability = report.reliability.get(source)
    shown = ("" if reliability is None else f" (reliability: {NO_EVIDENCE})" if source in report.unjudged
             else f" (reliability {reliability:.2f})")
    return f"{source_name(report, source)}{shown}: {plural(count, 'figure')} against the evidence"


def _item(claim: Mapping[str, Any], support: str) -> str:
    stated = f"; stated on {claim['stated_on']}" if claim.get("stated_on") else ""
    quote = clean_line(claim.get("quote"))
    if len(quote) > QUOTE_CHARS:
        quote = quote[:QUOTE_CHARS - 1].rsplit(" ", 1)[0] + "\u2026"
    quoted = f" \u2014 \u201c{quote}\u201d" if quote else ""
    return f'{claim["id"]} ({claim["topic"]}{stated}): "{claim["text"]}"{quoted}; {support}.'

"""Estimates: what the evidence supports in each stated scope, and how far each source can be
trusted (SPEC.md §5b). A stage of its own, after reconciliation: it reads the report's evidence
(one figure per origin per stated scope, built by the reconciler) and adds the estimates.

- ``consensus``: the range of the largest agreement group; the hull on a tie or with none.
- ``hull``: the conservative range, lowest lower bound to highest upper bound.
- ``prefer``: the figure of the first claimant of the topic's ``prefer:`` list that states it.
- ``truth-discovery``: each origin's reliability estimated jointly with the truth across every
  topic (``truth.discover``, after CRH and CATD); the point is the reliability-weighted value.
"""
from __future__ import annotations

import dataclasses
from typing import TYPE_CHECKING, Callable, Iterable, Mapping, Sequence

from reconcile.conflicts import Figure, StatedScope
from reconcile.estimates.methods import (Estimate, Evidence, common, consensus, conservative_hull, hull, prefer,
                                        status_of)

if TYPE_CHECKING:
    from reconcile.estimates.truth import TruthResult
    from reconcile.model.records import Report

__all__ = ["Estimate", "Evidence", "Figure", "METHODS", "StatedScope", "common", "consensus", "conservative_hull",
           "estimate_all", "estimate_report", "hull", "prefer", "status_of"]

METHODS = ("consensus", "hull", "prefer", "truth-discovery")


def estimate_all(evidence: Sequence[Evidence], method: str, preferred: Mapping[str, Sequence[str]] | None = None,
                 claimant: Mapping[str, str] | None = None, *,
                 cites: Mapping[str, str | None] | None = None,
                 discover: Callable[..., "TruthResult"] | None = None,
                 sources: Iterable[str] = ()) -> tuple[tuple[Estimate, ...], dict[str, float], frozenset[str]]:
    """One estimate per stated scope, in the order given, and (truth discovery only) each
    origin's reliability and the origins it had no evidence about (``truth.NO_EVIDENCE``).
    ``preferred``: topic -> its ``prefer:`` list; ``claimant``: claim id -> the source that states
    it (both for ``prefer``); ``cites``: claim id -> the source it cites (``prefer``: a preferred
    source that repeats another's figure states that figure).
    ``discover``: what runs truth discovery on the figures, with the signature of
    ``truth.discover`` (the Spark engine's runs it on Spark); by default ``truth.discover``,
    here. ``sources``: the project's sources, each given a reliability by truth discovery even
    with no figure of its own (an outlet that only relays others: no evidence)."""
    if method == "consensus":
        return tuple(consensus(e) for e in evidence), {}, frozenset()
    if method == "hull":
        return tuple(conservative_hull(e) for e in evidence), {}, frozenset()
    if method == "prefer":
        preferred = preferred or {}
        return (tuple(prefer(e, preferred.get(e.topic, ()), claimant or {}, cites or {}) for e in evidence), {},
                frozenset())
    if method == "truth-discovery":
        return _truth_discovery(evidence, discover, sources)
    raise ValueError(f"unknown method {method!r}; use one of: {', '.join(METHODS)}")


def estimate_report(report: "Report", method: str, *,
                    discover: Callable[..., "TruthResult"] | None = None) -> "Report":
    """The report with its estimates made by ``method`` (and reliabilities and the sources with no
    evidence, for truth discovery; ``discover``: as in ``estimate_all``)."""
    preferred = {topic_id: tuple(getattr(topic, "prefer", ()) or ()) for topic_id, topic in report.topics.items()}
    # who states each claim: prefer's alone (a million entries at a million claims)
    claimant = {claim["id"]: claim["source"] for claim in report.claims} if method == "prefer" else {}
    cites = {claim["id"]: claim.get("cites") for claim in report.claims} if method == "prefer" else {}
    estimates, reliability, unjudged = estimate_all(report.evidence, method, preferred, claimant, cites=cites,
                                                    discover=discover, sources=report.sources)
    return dataclasses.replace(report, estimates=estimates, reliability=reliability, unjudged=unjudged)


def _truth_discovery(evidence: Sequence[Evidence], discover: Callable[..., "TruthResult"] | None = None,
                     sources: Iterable[str] = ()) -> tuple[tuple[Estimate, ...], dict[str, float], frozenset[str]]:
    import numpy as np

    from reconcile.estimates import truth

    run = discover or truth.discover

    origins = sorted({f.origin for e in evidence for f in e.figures} | set(sources))
    topics = sorted({e.topic for e in evidence})
    origin_index = {o: i for i, o in enumerate(origins)}
    topic_index = {t: i for i, t in enumerate(topics)}
    rows = [(k, origin_index[f.origin], f) for k, e in enumerate(evidence) for f in e.figures]
    if not rows:
        return (), {}, frozenset()
    obj = np.fromiter((k for k, _, _ in rows), dtype=np.int64, count=len(rows))
    src = np.fromiter((s for _, s, _ in rows), dtype=np.int64, count=len(rows))
    lower = np.fromiter((f.lower for _, _, f in rows), dtype=float, count=len(rows))
    upper = np.fromiter((f.upper for _, _, f in rows), dtype=float, count=len(rows))
    lower_inc = np.fromiter((f.lower_inclusive for _, _, f in rows), dtype=bool, count=len(rows))
    upper_inc = np.fromiter((f.upper_inclusive for _, _, f in rows), dtype=bool, count=len(rows))
    group = np.fromiter((topic_index[e.topic] for e in evidence), dtype=np.int64, count=len(evidence))
    found = run(obj, src, lower, upper, lower_inc, upper_inc, group, counts=False, n_sources=len(origins))
    weights: list[dict[str, float]] = [dict.fromkeys(e.same, 0.0) for e in evidence]  # set aside: 0
    for i, (k, _, f) in enumerate(rows):
        for claim in f.claims:
            weights[k][claim] = float(found.weight[i])
    estimates = []
    for k, e in enumerate(evidence):
        point = float(found.point[k])
        estimates.append(Estimate(e, float(found.lower[k]), float(found.upper[k]), bool(found.lower_inclusive[k]),
                                  bool(found.upper_inclusive[k]), point, status_of(e.figures), "truth-discovery",
                                  tuple(sorted(weights[k].items()))))
    reliability = {o: float(found.reliability[i]) for i, o in enumerate(origins)}
    return tuple(estimates), reliability, frozenset(o for i, o in enumerate(origins) if not found.evidence[i])

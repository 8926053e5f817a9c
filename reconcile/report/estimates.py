"""Estimates and sources in words, for the reports people read (text, Markdown, HTML,
ClaimReview): one owner of how an estimate is said, so every format says the same.

    Estimate (consensus): 11,300, disputed: Agency B and Agency C agree; Agency A (3,958) is set aside.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Any, Collection, Mapping

from reconcile.model.numbers import format_number, interval_text
from reconcile.model.records import FINDING_VERDICTS, Report
from reconcile.report.base import source_name

#: status -> how a reader is told
STATUS_WORDS = {
    "single-source": "one source only",
    "agreed": "the sources agree",
    "disputed": "disputed",
}

#: the Sources table's reliability of a source truth discovery had nothing to judge by
NO_EVIDENCE = "no evidence"
#: what the Sources table's reliability column means, said under the table
RELIABILITY_NOTE = ("Reliability (truth discovery): from 0 to 1, how close a source's figures sit to other sources' "
                    "figures of the same scope, across every topic; few figures count for less than many. "
                    f"\u201c{NO_EVIDENCE}\u201d: none of the source's figures shares a scope with another source's, so "
                    "there is nothing to judge it by.")


@dataclass(frozen=True)
class EstimateView:
    """One estimate as the reports show it."""

    topic: str
    scope: str          # "soldiers / expelled-by-ministry / VE / 2019-03-06"
    value: str          # "11,300", "(500, ∞)", "about 11,306 in [10,000, 20,000]"
    status: str         # single-source | agreed | disputed
    method: str
    sentence: str       # the whole estimate in one sentence, with who backs it
    claims: tuple[str, ...] = ()   # the claims of its evidence, used or set aside


def _scope(record: dict[str, Any]) -> str:
    parts = ["+".join(record["population"]) if record["population"] else "any population",
             record["criterion"] or "any criterion", record["place"] or "any place", record["as_of"] or "any date"]
    return " / ".join(parts)


def estimate_value(record: dict[str, Any]) -> str:
    """An estimate's figure as people read it: its range, with the point first when it has one."""
    interval = interval_text(record["lower"], record["upper"], record["lower_inclusive"], record["upper_inclusive"])
    point = record["point"]
    if point is None or (record["lower"] is not None and record["lower"] == record["upper"]):
        return interval
    return f"{format_number(point)} (range {interval})"


def estimate_views(report: Report, topics: Collection[str] | None = None,
                   claims: Mapping[str, dict[str, Any]] | None = None) -> dict[str, list[EstimateView]]:
    """topic id -> its estimates in words, in the report's order; only ``topics``' when given
    (a page that shows a few topics of thousands in full). ``claims``: the report's claims by
    id, when the caller has them (else read from the report)."""
    if claims is None:
        claims = {claim["id"]: claim for claim in report.claims}
    out: dict[str, list[EstimateView]] = {}
    for item in report.estimates:
        if topics is not None and (item["topic"] if isinstance(item, dict) else item.evidence.topic) not in topics:
            continue
        estimate = item if isinstance(item, dict) else item.to_dict()
        # each claim's origin as the reconciler traced it (citation chains and loops, SPEC §5); a report
        # read back from its dicts has only each claim's own ``cites`` to go by
        traced = {} if isinstance(item, dict) else {cid: figure.origin for figure in item.evidence.figures
                                                     for cid in figure.claims}
        backers: dict[str, list[str]] = {}   # origin -> the claimants of its claims that back the estimate
        aside: list[str] = []
        outweighed: list[str] = []
        weighed: dict[str, list[dict[str, Any]]] = {}   # truth discovery: each origin's weighed claims
        for item in estimate["claims"]:
            claim = claims.get(item["id"])
            if claim is None:
                continue
            origin = traced.get(item["id"]) or claim.get("cites") or claim["source"]
            if item["weight"] > 0 and estimate["method"] == "truth-discovery":
                weighed.setdefault(origin, []).append(claim)
            elif item["weight"] > 0:
                _add(backers.setdefault(origin, []), claim["source"])
            else:
                text = f"{source_name(report, claim['source'])} ({claim['text']})"
                if text not in aside:
                    aside.append(text)
        weight = {item["id"]: item["weight"] for item in estimate["claims"]}
        backing_weight = 0.0
        others: list[tuple[float, list[str]]] = []
        ranged: list[tuple[str, list[dict[str, Any]]]] = []   # figures in the estimate's range, not at its point
        for origin, mine in weighed.items():
            # an origin's figure is the range of its claims (their hull when they share none): it backs the
            # estimate when that range holds the point, not each claim ("100" and "120" back 110), or lies in
            # the range of the figures the estimate supports (SPEC §5b: 100 and 110 back 105 in [100, 110])
            figure = _hull(mine)
            mass = sum(weight.get(claim["id"], 0.0) for claim in mine)
            held = _holds(figure, estimate["point"])
            if held or _within(figure, estimate):
                if held:
                    for claim in mine:
                        _add(backers.setdefault(origin, []), claim["source"])
                else:
                    ranged.append((origin, mine))
                backing_weight = max(backing_weight, mass)
            else:   # weighed, but its figure is not the estimate ("3,958" against 11,300)
                others.append((mass, [f"{source_name(report, claim['source'])} ({claim['text']})" for claim in mine]))
        # figures that hold the point back it; those only in its range are said apart ("Src a (100) lies within
        # its range"), unless no figure holds the point: then the range's figures are what it rests on
        in_range: list[str] = []
        held = bool(backers)
        for origin, mine in ranged:
            for claim in mine:
                if held:
                    _add(in_range, f"{source_name(report, claim['source'])} ({claim['text']})")
                else:
                    _add(backers.setdefault(origin, []), claim["source"])
        alike: list[str] = []
        for mass, texts in others:
            # outweighed only by an origin that weighs more: "about 100" and "120" weighed alike, the point between
            # them, is no source outweighing the other
            into = outweighed if mass < backing_weight * (1 - 1e-9) else alike
            into.extend(text for text in texts if text not in into)
        used = [_backer(report, origin, claimants) for origin, claimants in backers.items()]
        status = estimate["status"]
        method = estimate["method"]
        value = estimate_value(estimate)
        if status == "single-source" and len(backers) == 1:
            origin, claimants = next(iter(backers.items()))
            echoes = _echoes(report, origin, claimants)
            backing = f"only {source_name(report, origin)} states it"
            if echoes:   # echoes of the origin ("only Agency A states it (Outlet B, citing it)")
                backing += f" ({_listing(echoes)}, citing it)"
        elif status == "single-source":
            backing = f"only {_listing(used)} state{'s' if len(used) == 1 else ''} it" if used else "one source"
        elif method == "prefer" and len(used) == 1:   # the preferred claimant's figure alone ("Dos agree" had read)
            origin, claimants = next(iter(backers.items()))
            backing = _preferred(report, estimate, claims, origin, claimants) or f"{used[0]}'s figure, preferred"
        elif status == "agreed":
            backing = f"{_listing(used)} agree" if used else "no source's figure holds the point"
        else:
            backing = (f"{_listing(used)} back{'s' if len(used) == 1 else ''} it" if used
                       else "the sources disagree")
        sentence = f"Estimate ({method}): {value}, {STATUS_WORDS.get(status, status)}: {backing}"
        if in_range:
            sentence += f"; {_listing(in_range)} lie{'s' if len(in_range) == 1 else ''} within its range"
        if outweighed:
            sentence += f"; outweighed: {_listing(outweighed)}"
        if alike:
            sentence += f"; weighed as much: {_listing(alike)}"
        if aside:
            sentence += f"; set aside: {_listing(aside)}"
        out.setdefault(estimate["topic"], []).append(
            EstimateView(estimate["topic"], _scope(estimate), value, status, method, sentence + ".",
                         tuple(item["id"] for item in estimate["claims"])))
    return out


def _preferred(report: Report, estimate: dict[str, Any], claims: Mapping[str, dict[str, Any]], origin: str,
               claimants: list[str]) -> str | None:
    """A prefer estimate whose preferred claimant repeats another source, in words: "B is
    preferred; B cites A, so A's own figure is used" (SPEC §5b: the preferred claimant's figure,
    which is its origin's). None when the first preferred claimant stating the scope is the origin."""
    topic = report.topics.get(estimate["topic"])
    stated = [claims[item["id"]] for item in estimate["claims"] if item["id"] in claims]
    for source in getattr(topic, "prefer", ()) or ():
        if source == origin:
            return None
        mine = [claim for claim in stated if claim["source"] == source]
        if not mine:   # the first preferred claimant that states the scope is the one whose figure is used
            continue
        cited = next((claim["cites"] for claim in mine if claim.get("cites") not in (None, source)), None)
        if cited is None:
            return None
        name, origin_name = source_name(report, source), source_name(report, origin)
        how = f"{name} cites {source_name(report, cited)}" + (
            "" if cited == origin else f", whose figure traces back to {origin_name}")
        figure = (f"{origin_name}'s own figure" if origin in claimants
                  else f"{origin_name}'s figure, as {name} reports it,")
        return f"{name} is preferred; {how}, so {figure} is used"
    return None


def _add(names: list[str], name: str) -> None:
    if name not in names:
        names.append(name)


def _backer(report: Report, origin: str, claimants: list[str]) -> str:
    """One origin behind an estimate, in words: its name, and who repeats its figure when others do
    ("Medicina Legal (cited by El Tiempo)"): each origin counts once, however many outlets repeat it."""
    echoes = _echoes(report, origin, claimants)
    name = source_name(report, origin)
    return f"{name} (cited by {_listing(echoes)})" if echoes else name


def _echoes(report: Report, origin: str, claimants: list[str]) -> list[str]:
    """The names of the claimants that repeat an origin's figure, the origin itself aside."""
    return [source_name(report, claimant) for claimant in claimants if claimant != origin]


def _holds(claim: dict[str, Any], point: float | None) -> bool:
    """Whether a claim's interval holds the estimate's point (an unbounded side holds any value),
    at its bounds even an excluded one, as truth discovery reads it: "more than 500" alone is
    estimated at its finite end, 500, and backs that estimate (``estimates.truth``)."""
    if point is None:
        return True
    lower, upper = claim.get("lower"), claim.get("upper")
    return bool((lower is None or point >= lower) and (upper is None or point <= upper))


def _within(figure: dict[str, Any], estimate: dict[str, Any]) -> bool:
    """Whether a figure's range lies inside the estimate's range (bounds included; None: unbounded)."""
    lower, upper = estimate.get("lower"), estimate.get("upper")
    if figure["lower"] is None and lower is not None or figure["upper"] is None and upper is not None:
        return False
    return bool((lower is None or figure["lower"] >= lower) and (upper is None or figure["upper"] <= upper))


def _hull(claims: list[dict[str, Any]]) -> dict[str, Any]:
    """The bounds from the lowest lower to the highest upper of ``claims`` (None: unbounded)."""
    lowers, uppers = [c.get("lower") for c in claims], [c.get("upper") for c in claims]
    return {"lower": None if None in lowers else min(x for x in lowers if x is not None),
            "upper": None if None in uppers else max(x for x in uppers if x is not None)}


#: names an estimate's sentence lists before it folds the rest ("and 140 more"): the JSON has them all
LISTED_NAMES = 10


def _listing(names: list[str]) -> str:
    if len(names) > LISTED_NAMES:   # 150 agreeing origins are a count to a reader, not a list
        return ", ".join(names[:LISTED_NAMES - 1]) + f" and {len(names) - LISTED_NAMES + 1} more"
    if len(names) <= 2:
        return " and ".join(names)
    return ", ".join(names[:-1]) + f" and {names[-1]}"


def source_rows(report: Report) -> list[dict[str, Any]]:
    """The Sources table: each claimant's claims, conflicts (findings with a conflict verdict
    that name one of its claims; "3+" when ``--max-findings`` left conflicts of a topic it states
    in unbuilt, which are counted by kind, not by source) and reliability (when the method
    estimated it; ``NO_EVIDENCE`` for a source it had nothing to judge by)."""
    column = getattr(report.claims, "column", None)   # claims kept as columns: no dict made per claim
    source_of = (dict(zip(column("id"), column("source"))) if column is not None else
                 {claim["id"]: claim["source"] for claim in report.claims})
    conflicts: dict[str, int] = {}
    conflicting = {kind for kind, verdict in FINDING_VERDICTS.items() if verdict == "conflict"}
    for finding in report.findings:
        if finding.kind in conflicting:   # not ``finding.verdict``: a lookup per call, a million times
            for source in {source_of.get(claim_id) for claim_id in finding.claims} - {None}:
                conflicts[str(source)] = conflicts.get(str(source), 0) + 1
    # a topic whose conflicts --max-findings did not all build: its sources' counts are lower bounds ("3+")
    bounded = {topic for topic, kinds in report.omitted.items() if conflicting & set(kinds)}
    if bounded:
        topics = column("topic") if column is not None else [claim["topic"] for claim in report.claims]
        ids = column("id") if column is not None else [claim["id"] for claim in report.claims]
        unsure = {source_of.get(claim_id) for claim_id, topic in zip(ids, topics) if topic in bounded}
    else:
        unsure = set()
    rows = []
    for record in report.source_records():
        reliability = record["reliability"]
        count = conflicts.get(record["id"], 0)
        shown = ("" if reliability is None else NO_EVIDENCE if record["id"] in report.unjudged
                 else f"{reliability:.2f}")
        rows.append({"id": record["id"], "name": record["name"], "kind": record["kind"],
                     "claims": record["claims"], "conflicts": f"{count}+" if record["id"] in unsure else count,
                     "reliability": shown})
    return rows


def reliability_estimated(report: Report) -> bool:
    return any(record["reliability"] is not None for record in report.source_records())

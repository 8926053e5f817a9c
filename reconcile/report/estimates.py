"""Estimates and sources in words, for the reports people read (text, Markdown, HTML,
ClaimReview): one owner of how an estimate is said, so every format says the same.

    Estimate (consensus): 11,300, disputed: Agency B and Agency C agree; Agency A (3,958) is set aside.
"""
from __future__ import annotations

import functools
import math
from dataclasses import dataclass, field
from typing import Any, Collection, Mapping

from reconcile.conflicts import Figure, agreement_groups, unit_counts
from reconcile.model.intervals import common_range
from reconcile.model.intervals import hull as interval_hull
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


def estimate_value(record: dict[str, Any], count: bool = False) -> str:
    """An estimate's figure as people read it: its range, with the point first when it has one
    (``point_text``; ``count``: the topic counts, so a point no one stated is a whole number)."""
    interval = interval_text(record["lower"], record["upper"], record["lower_inclusive"], record["upper_inclusive"])
    point = record["point"]
    if point is None or (record["lower"] is not None and record["lower"] == record["upper"]):
        return interval
    return f"{point_text(record, count)} (range {interval})"


def point_text(record: dict[str, Any], count: bool = False) -> str:
    """A truth-discovery point in words: at an open bound of its range it is that bound's side
    ("more than 700": the range excludes 700 itself); of a count, a fraction is rounded to a
    whole number ("about 600", not "599.5"). The JSON keeps the number."""
    point = record["point"]
    if record["lower"] is not None and point == record["lower"] and not record["lower_inclusive"]:
        return f"more than {format_number(point)}"
    if record["upper"] is not None and point == record["upper"] and not record["upper_inclusive"]:
        return f"fewer than {format_number(point)}"
    if count and not float(point).is_integer():
        return f"about {format_number(math.floor(point + 0.5))}"
    return format_number(point)


def counts(report: Report, topic_id: str) -> bool:
    """Whether a topic's values are counts (whole numbers); a topic no file declares counts."""
    topic = report.topics.get(topic_id)
    return unit_counts(getattr(topic, "unit", None) or "count")


@dataclass
class _Reading:
    """One estimate read for people: who is behind it and why the rest is not."""

    estimate: dict[str, Any]
    stated: list[dict[str, Any]]            # the claims of its evidence, in its order
    origin: dict[str, str]                  # claim id -> its origin
    weight: dict[str, float]                # claim id -> its weight
    figures: tuple[Figure, ...]             # each origin's figure (its chosen claims)
    backers: dict[str, list[str]] = field(default_factory=dict)   # origin -> its claimants behind the estimate
    in_range: list[str] = field(default_factory=list)
    outweighed: list[str] = field(default_factory=list)
    alike: list[str] = field(default_factory=list)
    behind: set[str] = field(default_factory=set)   # origins whose figures make the range

    def used(self) -> list[Figure]:
        """The figures with a weight, in the evidence's order."""
        return [f for f in self.figures if any(self.weight.get(c, 0.0) > 0 for c in f.claims)]

    @functools.cached_property
    def chosen(self) -> frozenset[str]:
        """The claims of every origin's figure (a claim left out of its origin's figure: SPEC §5)."""
        return frozenset(c for f in self.figures for c in f.claims)

    @functools.cached_property
    def of_figure(self) -> dict[str, list[dict[str, Any]]]:
        """origin -> the claims of its figure, in the evidence's order (read once, not per claim set
        aside: a scope that thousands of outlets echo)."""
        figure_of = {c: f.origin for f in self.figures for c in f.claims}
        out: dict[str, list[dict[str, Any]]] = {}
        for claim in self.stated:
            origin = figure_of.get(claim["id"])
            if origin is not None:
                out.setdefault(origin, []).append(claim)
        return out


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
        reading = read_estimate(report, item, claims)
        estimate = reading.estimate
        out.setdefault(estimate["topic"], []).append(
            EstimateView(estimate["topic"], _scope(estimate),
                         estimate_value(estimate, counts(report, estimate["topic"])), estimate["status"],
                         estimate["method"], _sentence(report, reading, claims),
                         tuple(entry["id"] for entry in estimate["claims"])))
    return out


def read_estimate(report: Report, item: Any, claims: Mapping[str, dict[str, Any]]) -> _Reading:
    """An estimate (its record, or the estimate stage's object) read for people: each claim's origin
    as the reconciler traced it (citation chains and loops, SPEC §5; a report read back from its dicts
    has only each claim's own ``cites`` to go by), the figures, and who backs the estimate."""
    estimate = item if isinstance(item, dict) else item.to_dict()
    traced = {} if isinstance(item, dict) else {cid: figure.origin for figure in item.evidence.figures
                                                 for cid in figure.claims}
    stated = [claims[entry["id"]] for entry in estimate["claims"] if entry["id"] in claims]
    origin = {claim["id"]: traced.get(claim["id"]) or claim.get("cites") or claim["source"] for claim in stated}
    weight = {entry["id"]: entry["weight"] for entry in estimate["claims"]}
    figures = item.evidence.figures if not isinstance(item, dict) else _figures(stated, origin)
    reading = _Reading(estimate, stated, origin, weight, figures)
    if estimate["method"] == "truth-discovery":
        _weigh(report, reading)
    else:
        reading.behind.update(f.origin for f in reading.used())
        for claim in stated:   # in the order of the claims' ids
            if weight.get(claim["id"], 0.0) > 0:
                _add(reading.backers.setdefault(origin[claim["id"]], []), claim["source"])
    return reading


def _weigh(report: Report, reading: _Reading) -> None:
    """Truth discovery: the figures that hold the point back the estimate; those only in its range
    lie within it; the others weigh less (outweighed) or as much (weighed alike)."""
    estimate = reading.estimate
    weighed: dict[str, list[dict[str, Any]]] = {}   # each origin's weighed claims
    for claim in reading.stated:
        if reading.weight.get(claim["id"], 0.0) > 0:
            weighed.setdefault(reading.origin[claim["id"]], []).append(claim)
    backing_weight = 0.0
    others: list[tuple[float, list[str]]] = []
    ranged: list[tuple[str, list[dict[str, Any]]]] = []   # figures in the estimate's range, not at its point
    for origin, mine in weighed.items():
        # an origin's figure is the range of its claims (their hull when they share none): it backs the
        # estimate when that range holds the point, not each claim ("100" and "120" back 110), or lies in
        # the range of the figures the estimate supports (SPEC §5b: 100 and 110 back 105 in [100, 110])
        figure = _hull(mine)
        mass = sum(reading.weight.get(claim["id"], 0.0) for claim in mine)
        held = _holds(figure, estimate["point"])
        if held or _within(figure, estimate):
            if held:
                for claim in mine:
                    _add(reading.backers.setdefault(origin, []), claim["source"])
            else:
                ranged.append((origin, mine))
            reading.behind.add(origin)
            backing_weight = max(backing_weight, mass)
        else:   # weighed, but its figure is not the estimate ("3,958" against 11,300)
            others.append((mass, [_stated(report, claim) for claim in mine]))
    # figures that hold the point back it; those only in its range are said apart ("Src a (100) lies within
    # its range"), unless no figure holds the point: then the range's figures are what it rests on
    held_any = bool(reading.backers)
    for origin, mine in ranged:
        for claim in mine:
            if held_any:
                _add(reading.in_range, _stated(report, claim))
            else:
                _add(reading.backers.setdefault(origin, []), claim["source"])
    for mass, texts in others:
        # outweighed only by an origin that weighs more: "about 100" and "120" weighed alike, the point between
        # them, is no source outweighing the other
        into = reading.outweighed if mass < backing_weight * (1 - 1e-9) else reading.alike
        into.extend(text for text in texts if text not in into)


def _sentence(report: Report, reading: _Reading, claims: Mapping[str, dict[str, Any]]) -> str:
    """The estimate in one paragraph: its value and where a point no one stated comes from, its
    status, who backs it and why the range is what it is, what is odd about the figures behind it,
    what it set aside and why, and the weights."""
    estimate = reading.estimate
    status, method = estimate["status"], estimate["method"]
    backers = reading.backers
    used = [origin_name(report, origin, claimants) for origin, claimants in backers.items()]
    value = estimate_value(estimate, counts(report, estimate["topic"]))
    spans = _hull_words(report, reading, claims)
    if status == "single-source" and len(backers) == 1:
        origin, claimants = next(iter(backers.items()))
        echoes = _echoes(report, origin, claimants)
        backing = f"only {source_name(report, origin)} states it"
        if echoes:   # echoes of the origin ("only Agency A states it (Outlet B, citing it)")
            backing += f" ({listing(echoes)}, citing it)"
    elif status == "single-source":
        backing = f"only {listing(used)} state{'s' if len(used) == 1 else ''} it" if used else "one source"
    elif method == "prefer" and len(used) == 1:   # the preferred claimant's figure alone ("Dos agree" had read)
        origin, claimants = next(iter(backers.items()))
        backing = _preferred(report, estimate, claims, origin, claimants) or f"{used[0]}'s figure, preferred"
    elif spans:   # the hull of figures that do not all agree: no one backs all of it
        backing = spans
    elif status == "agreed":
        backing = f"{listing(used)} agree" if used else "no source's figure holds the point"
    else:
        backing = (f"{listing(used)} back{'s' if len(used) == 1 else ''} it{_group_words(reading)}" if used
                   else "the sources disagree")
    sentence = f"Estimate ({method}): {value}, {STATUS_WORDS.get(status, status)}: {backing}"
    if reading.in_range:
        sentence += f"; {listing(reading.in_range)} lie{'s' if len(reading.in_range) == 1 else ''} within its range"
    if reading.outweighed:
        sentence += f"; outweighed: {listing(reading.outweighed)}"
    if reading.alike:
        sentence += f"; weighed as much: {listing(reading.alike)}"
    aside = _aside(report, reading)
    if aside:
        sentence += f"; set aside: {aside}"
    notes = "".join(f" {note[:1].upper()}{note[1:]}." for note in _figure_notes(report, reading, claims))
    point = _point_origin(reading, counts(report, estimate["topic"]))
    return f"{sentence}.{notes}{point} {_weights(report, reading)}."


def _figures(stated: list[dict[str, Any]], origin: Mapping[str, str]) -> tuple[Figure, ...]:
    """Each origin's figure from claim records, as the reconciler makes it (SPEC §5: its own claims
    before echoes of it, those of its latest statement; their common range, else their hull): for an
    estimate read back from its record, which does not hold its figures."""
    by_origin: dict[str, list[dict[str, Any]]] = {}
    for claim in stated:
        by_origin.setdefault(origin[claim["id"]], []).append(claim)
    out = []
    for name, mine in sorted(by_origin.items()):
        chosen = [c for c in mine if c["source"] == name] or mine
        latest = max((str(c["stated_on"]) for c in chosen if c.get("stated_on")), default=None)
        chosen = sorted((c for c in chosen if not c.get("stated_on") or str(c["stated_on"]) == latest),
                        key=lambda c: c["id"])
        intervals = [_as_figure(c) for c in chosen]
        shared = common_range(intervals)   # type: ignore[arg-type]
        lower, upper, lower_inc, upper_inc = shared or interval_hull(intervals)   # type: ignore[arg-type]
        out.append(Figure(name, lower, upper, lower_inc, upper_inc, tuple(c["id"] for c in chosen),
                          shared is not None))
    return tuple(out)


def _as_figure(record: Mapping[str, Any], name: str = "") -> Figure:
    """A claim's or an estimate's range as a figure, for the interval functions (None: unbounded)."""
    lower, upper = record.get("lower"), record.get("upper")
    return Figure(name, -math.inf if lower is None else lower, math.inf if upper is None else upper,
                  bool(record.get("lower_inclusive")), bool(record.get("upper_inclusive")), (), True)


def outside(claim: Mapping[str, Any], estimate: Mapping[str, Any]) -> bool:
    """Whether a claim's value and an estimate's range have no value in common."""
    return common_range([_as_figure(claim), _as_figure(estimate)]) is None   # type: ignore[list-item]


def _stated(report: Report, claim: Mapping[str, Any]) -> str:
    return f"{source_name(report, claim['source'])} ({claim['text']})"


def _hull_words(report: Report, reading: _Reading, claims: Mapping[str, dict[str, Any]]) -> str | None:
    """Why a disputed range is the hull of every figure, when it is (``hull``; ``consensus`` on a tie
    or with no agreement group, SPEC §5b), with the figures it spans: nobody backs all of it."""
    estimate = reading.estimate
    used = reading.used()
    if estimate["status"] != "disputed" or estimate["method"] == "truth-discovery" or len(used) < len(
            reading.figures) or len(used) < 2:
        return None
    spanned = listing([f"{source_name(report, f.origin)} ({' and '.join(claims[c]['text'] for c in f.claims)})"
                        for f in used])
    if estimate["method"] == "hull":
        return f"the range spans every figure: {spanned}"
    groups = agreement_groups(tuple(used))
    if not groups:
        return f"no two origins agree, so the range spans every figure: {spanned}"
    most = max(len(members) for members, _ in groups)
    tied = sum(1 for members, _ in groups if len(members) == most)
    return f"{tied} groups of {most} agreeing origins tie, so the range spans every figure: {spanned}"


def _group_words(reading: _Reading) -> str:
    """Why a disputed consensus range is that of some of the figures: theirs is the largest group
    that agrees (SPEC §5b)."""
    estimate = reading.estimate
    used = len(reading.used())
    if estimate["status"] != "disputed" or estimate["method"] not in ("consensus", "prefer") or not (
            1 < used < len(reading.figures)):
        return ""
    return f", the largest group that agrees ({used} of {len(reading.figures)} origins)"


def _point_origin(reading: _Reading, count: bool) -> str:
    """Where a truth-discovery point that no one stated comes from, as a sentence of its own
    (" About 600 is the middle of the range, not a stated figure."): the middle of its range, or
    weighted between two figures; nothing for a stated figure or the bound of one (its value says
    "more than" an open bound)."""
    estimate = reading.estimate
    point = estimate["point"]
    if estimate["method"] != "truth-discovery" or point is None or estimate["lower"] == estimate["upper"]:
        return ""
    weighed = [c for c in reading.stated if reading.weight.get(c["id"], 0.0) > 0]
    if any(point in (c.get("lower"), c.get("upper")) for c in weighed):
        return ""   # a figure someone stated, or the bound of one
    lower, upper = estimate["lower"], estimate["upper"]
    shown = point_text(estimate, count)
    shown = shown[:1].upper() + shown[1:]
    if not any(f.lower <= point <= f.upper for f in reading.used()) and lower is not None and upper is not None:
        return f" {shown} is weighted between {format_number(lower)} and {format_number(upper)}, not a stated figure."
    if lower is not None and upper is not None and math.isclose(point, (lower + upper) / 2):
        return f" {shown} is the middle of the range, not a stated figure."
    return f" {shown} is a weighted value in the range, not a stated figure."


def _figure_notes(report: Report, reading: _Reading, claims: Mapping[str, dict[str, Any]]) -> list[str]:
    """What a reader must know of the figures behind the range: an origin whose own claims conflict
    (its figure is their span, SPEC §5), a figure outside the topic's plausible bounds."""
    notes = []
    topic = report.topics.get(reading.estimate["topic"])
    low, high = getattr(topic, "bounds", None) or (None, None)
    plausible = ({"lower": low, "upper": high, "lower_inclusive": True, "upper_inclusive": True}
                 if (low, high) != (None, None) else None)
    for figure in reading.figures:
        if figure.origin not in reading.behind:
            continue
        mine = [claims[c] for c in figure.claims if c in claims]
        if not figure.shared and len(mine) > 1:
            name = source_name(report, figure.origin)
            but = "but " if reading.estimate["status"] == "agreed" else ""
            if all(c["source"] == figure.origin for c in mine):
                notes.append(f"{but}{name}'s figure is the span of its own conflicting "
                             f"{listing([c['text'] for c in mine])}")
            else:
                texts = [c["text"] if c["source"] == figure.origin else
                         f"{c['text']} ({source_name(report, c['source'])})" for c in mine]
                notes.append(f"{but}{name}'s figure is the span of the conflicting {listing(texts)}, which cite it")
        if plausible is not None:
            for c in mine:
                if outside(c, plausible):
                    notes.append(f"{source_name(report, c['source'])}'s {c['text']} is outside the topic's plausible "
                                 f"bounds {interval_text(low, high, True, True)}")
    return notes


def set_aside_reason(report: Report, reading: _Reading, claim: Mapping[str, Any]) -> tuple[str, str]:
    """Why a claim of an estimate's evidence has no weight: (code, words). ``replaced``: an earlier
    statement of its origin (SPEC §5b); ``echo``: it repeats an origin whose own word is used
    instead; ``preferred``: not the preferred claimant's; ``outside``: outside the chosen range;
    ``unused`` otherwise."""
    cid = claim["id"]
    origin = reading.origin.get(cid, claim["source"])
    if cid not in reading.chosen:   # dropped from its origin's figure (SPEC §5)
        mine = reading.of_figure.get(origin, [])
        if claim["source"] != origin and any(c["source"] == origin for c in mine):
            return "echo", f"an echo of {source_name(report, origin)}"
        later = max((str(c["stated_on"]) for c in mine if c.get("stated_on")), default=None)
        if later and claim.get("stated_on") and later > str(claim["stated_on"]):
            return "replaced", f"an earlier statement, replaced by the one of {later}"
        if claim["source"] != origin:
            return "echo", f"an echo of {source_name(report, origin)}"
    estimate = reading.estimate
    if estimate["method"] == "prefer" and len(reading.used()) == 1 and len(reading.figures) > 1:
        return "preferred", "not the preferred figure"
    if outside(claim, estimate):
        return "outside", "outside the chosen range"
    return "unused", "not used"


def _aside(report: Report, reading: _Reading) -> str:
    """The claims set aside, each with why, grouped by reason in the order met."""
    groups: dict[str, dict[str, None]] = {}   # (a dict as an ordered set: thousands of echoes)
    for claim in reading.stated:
        if reading.weight.get(claim["id"], 0.0) > 0:
            continue
        _, why = set_aside_reason(report, reading, claim)
        groups.setdefault(why, {})[_stated(report, claim)] = None
    return "; ".join(f"{listing(list(texts))}, {why}" for why, texts in groups.items())


def weight_text(weight: float) -> str:
    """A weight as the reports show it: 0.43, 0.5, 1, 0.0067 (two decimals, or two significant digits)."""
    if weight == 0 or weight >= 0.01:
        return f"{weight:.2f}".rstrip("0").rstrip(".") or "0"
    return f"{weight:.{1 - math.floor(math.log10(weight))}f}"


def _weights(report: Report, reading: _Reading) -> str:
    """The weights of the claims used (SPEC §5b), per origin (each claim of a figure weighs the same):
    "Weights: Src a 0.43, Src b 0.43 and Src c 0.13"; "0.33 each"; 0 for the claims set aside."""
    used = sorted(((max(reading.weight.get(c, 0.0) for c in f.claims), source_name(report, f.origin))
                   for f in reading.used()),
                  key=lambda item: -item[0])
    if not used:
        return "Weights: 0"
    zero = any(reading.weight.get(c["id"], 0.0) == 0 for c in reading.stated)
    shown = {weight_text(w) for w, _ in used}
    if len(used) > 2 and len(shown) == 1:
        words = f"Weights: {shown.pop()} each"
    else:
        words = "Weight: 1" if len(used) == 1 else f"Weights: {listing([f'{n} {weight_text(w)}' for w, n in used])}"
    return words + ("; 0 for those set aside" if zero else "")


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


def origin_name(report: Report, origin: str, claimants: list[str]) -> str:
    """One origin behind an estimate, in words: its name, and who repeats its figure when others do
    ("Medicina Legal (cited by El Tiempo)"): each origin counts once, however many outlets repeat it."""
    echoes = _echoes(report, origin, claimants)
    name = source_name(report, origin)
    return f"{name} (cited by {listing(echoes)})" if echoes else name


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


def listing(names: list[str]) -> str:
    """Names in a sentence: "A, B and C", folding a long list ("and 140 more")."""
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
        source = report.sources.get(record["id"])
        rows.append({"id": record["id"], "name": record["name"], "kind": record["kind"],
                     "claims": record["claims"], "conflicts": f"{count}+" if record["id"] in unsure else count,
                     "reliability": shown, "url": source.url if source else None,
                     "note": source.note if source else None})
    return rows


def reliability_estimated(report: Report) -> bool:
    return any(record["reliability"] is not None for record in report.source_records())

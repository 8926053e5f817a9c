"""Relations between claims -> findings (SPEC.md §5).

Claims are compared by *scope*: population, criterion, place and as_of. Rather than look at
every pair of claims, claims are grouped by scope, and each group keeps, per source, the
claim with the highest lower bound and the one with the lowest upper bound. Two groups are
then in conflict exactly when the best pair drawn from different sources is, so the work
grows with the number of claims and of distinct scopes, not with the number of pairs.

Counts: a lower bound of −∞ is read as 0.
"""
from __future__ import annotations

import dataclasses
from collections import defaultdict
from datetime import date
from typing import Iterable

import pandas as pd

from reconcile.model.intervals import (INF, C, Extremes, below, disjoint_from_others, fmt_interval, fmt_number,
                        overlapping_others, size, worst_pair)
from reconcile.model.records import Finding, Project, Topic
from reconcile.conflicts.scope import ScopeDifferences, ScopeMatcher
from reconcile.normalize.names import PlaceIndex

SIGNED_UNITS = ("change", "balance", "celsius", "fahrenheit", "difference")


# --- the reconciler -------------------------------------------------------------------------

class TopicReconciler(ScopeDifferences):
    """All findings of one topic."""

    def __init__(self, topic: Topic, claims: list[C], project: Project, places: PlaceIndex) -> None:
        self.topic = topic
        self.claims = claims
        self.project = project
        self.places = places
        self.findings: list[Finding] = []
        self.bucket_of = self._date_buckets()
        self.windows_of = self._date_windows()

    # wording ----------------------------------------------------------------------------------
    def who(self, source: str) -> str:
        record = self.project.sources.get(source)
        return record.name if record else source

    def says(self, claim: C) -> str:
        return f'{self.who(claim.source)} says "{claim.text}" ({claim.id})'

    def says_all(self, claims: list[C], most: int = 3) -> str:
        """'X says "a" (id1) and "b" (id2)' for claims of one source."""
        quoted = [f'"{c.text}" ({c.id})' for c in claims[:most]]
        if len(claims) > most:
            quoted.append(f"{len(claims) - most} more")
        joined = ", ".join(quoted[:-1]) + f" and {quoted[-1]}" if len(quoted) > 1 else quoted[0]
        return f"{self.who(claims[0].source)} says {joined}"

    def scope(self, claim: C) -> str:
        parts = []
        parts.append(" and ".join(claim.population) if claim.population else "unspecified population")
        parts.append(f"counted as {claim.criterion}" if claim.criterion else "no counting rule given")
        parts.append(f"in {claim.place}" if claim.place else "no place given")
        parts.append(f"as of {claim.as_of}" if claim.as_of else "no date given")
        return ", ".join(parts)

    def shared_scope(self, a: C, b: C) -> str:
        """The scope two compared claims share, saying where it rests on a field one of them
        leaves unspecified or on dates the topic's tolerance makes one."""
        merged = dataclasses.replace(a, population=a.population or b.population,
                                     criterion=a.criterion or b.criterion, place=a.place or b.place,
                                     as_of=a.as_of or b.as_of)
        text = self.scope(merged)
        if a.as_of and b.as_of and a.as_of != b.as_of:
            first, last = sorted((a.as_of, b.as_of))
            text = text.replace(f"as of {merged.as_of}", f"as of {first} and {last}, within the topic's "
                                                         f"{self.topic.date_tolerance_days}-day date tolerance")
        for claim, other in ((a, b), (b, a)):
            missing = [words for name, words in (("population", "population"), ("criterion", "counting rule"),
                                                 ("place", "place"), ("as_of", "date"))
                       if not getattr(claim, name) and getattr(other, name)]
            if missing:
                listed = ", ".join(missing[:-1]) + (" or " if len(missing) > 1 else "") + missing[-1]
                text += f"; {claim.id} gives no {listed}, so it matches any"
        return text

    def add(self, kind: str, claims: Iterable[str], explanation: str,
            gap: float | None = None, ratio: float | None = None, fields: Iterable[str] = ()) -> None:
        self.findings.append(Finding(kind=kind, topic=self.topic.id, claims=tuple(sorted(set(claims))),
                                     explanation=explanation, gap=gap, ratio=ratio,
                                     fields=tuple(sorted(set(fields)))))

    # dates ------------------------------------------------------------------------------------
    def _date_buckets(self) -> dict[str | None, str | None]:
        """as_of -> the first date of its bucket; a bucket spans at most the topic's tolerance
        (anchored at its first date, never chained), used to order counts over time."""
        dates = sorted({c.as_of for c in self.claims if c.as_of})
        tolerance = self.topic.date_tolerance_days
        out: dict[str | None, str | None] = {None: None}
        start = None
        for d in dates:
            if start is None or tolerance <= 0 or (date.fromisoformat(d) - date.fromisoformat(start)).days > tolerance:
                start = d
            out[d] = start
        return out

    def _date_windows(self) -> dict[str | None, list[str | None]]:
        """as_of -> the windows it belongs to: for each distinct date d, [d, d + tolerance] (only
        windows that are not inside the previous one). Two dates within the tolerance share a
        window; dates further apart never do."""
        dates = sorted({c.as_of for c in self.claims if c.as_of})
        out: dict[str | None, list[str | None]] = {None: [None]}
        tolerance = self.topic.date_tolerance_days
        if tolerance <= 0:
            out.update((d, [d]) for d in dates)
            return out
        days = [date.fromisoformat(d).toordinal() for d in dates]
        for d in dates:
            out[d] = []
        last_end = None
        for i, start in enumerate(days):
            j = i
            while j + 1 < len(days) and days[j + 1] - start <= tolerance:
                j += 1
            if last_end is not None and j <= last_end:
                continue  # inside the previous window
            last_end = j
            for k in range(i, j + 1):
                out[dates[k]].append(dates[i])
        return out

    # checks -----------------------------------------------------------------------------------
    def run(self) -> list[Finding]:
        self.check_bounds()
        self.check_breakdowns()
        buckets = self.check_same_scope()
        self.check_corroboration(buckets)
        self.check_nesting()
        self.check_series()
        self.check_scope_differences()
        return self.findings

    def check_bounds(self) -> None:
        if not self.topic.bounds:
            return
        low, high = self.topic.bounds
        plausible = C(id="(bounds)", source="", text="", lo=-INF if low is None else low,
                      hi=INF if high is None else high, lo_inc=True, hi_inc=True, population=(),
                      criterion=None, place=None, as_of=None, cites=None, part_of=None, complete=False)
        for claim in self.claims:
            if below(claim, plausible) or below(plausible, claim):
                gap = plausible.lo - claim.hi if below(claim, plausible) else claim.lo - plausible.hi
                self.add("implausible-value", [claim.id],
                         f"{self.says(claim)}, outside the plausible bounds "
                         f"{fmt_interval(plausible.lo, plausible.hi, True, True)} declared for {self.topic.id}"
                         + (f" (off by {fmt_number(gap)})" if gap else "")
                         + ". Check the value, its unit and its topic.",
                         gap=gap)

    def check_breakdowns(self) -> None:
        by_id = {c.id: c for c in self.claims}
        parts: dict[str, list[C]] = defaultdict(list)
        for claim in self.claims:
            if claim.part_of:
                parts[claim.part_of].append(claim)
        for total_id, members in sorted(parts.items()):
            total = by_id.get(total_id)
            if total is None:  # a total in another topic: not comparable here
                continue
            lo = sum(max(p.lo, 0.0) for p in members)
            hi = sum(p.hi for p in members)
            summed = C(id="(sum)", source=total.source, text="", lo=lo, hi=hi,
                       lo_inc=all(p.lo_inc for p in members), hi_inc=all(p.hi_inc for p in members),
                       population=(), criterion=None, place=None, as_of=None, cites=None,
                       part_of=None, complete=False)
            ids = [total.id] + [p.id for p in members]
            parts_text = " + ".join(f"{p.text} ({p.place})" if p.place and p.place != total.place else p.text
                                    for p in members)
            sum_text = fmt_interval(lo, hi, summed.lo_inc, summed.hi_inc)
            interval = fmt_interval(total.lo, total.hi, total.lo_inc, total.hi_inc)
            total_text = "" if interval == total.text else f" {interval}"  # not "50" 50
            head = (f"{self.who(total.source)}'s {len(members)} part{'s' if len(members) != 1 else ''} of "
                    f"{total.id} ({parts_text}) sum{'s' if len(members) == 1 else ''} to {sum_text}")
            if below(total, summed):
                gap, ratio = size(total, summed)
                self.add("breakdown-conflict", ids,
                         f'{head}, more than the total "{total.text}"{total_text} by {fmt_number(gap)}. '
                         "Parts cannot exceed their total: a part may be double-counted or the total out of date.",
                         gap=gap, ratio=ratio)
            elif total.complete and below(summed, total):
                gap, ratio = size(summed, total)
                self.add("breakdown-conflict", ids,
                         f'{head}, short of the total "{total.text}"{total_text} by {fmt_number(gap)}, '
                         "although the breakdown is marked complete.", gap=gap, ratio=ratio)
            else:
                self.add("breakdown-consistent", ids,
                         f'{head}, which fits the total "{total.text}"{total_text}.')

    def _full_key(self, claim: C) -> tuple:
        return (claim.criterion, claim.population, claim.place, self.bucket_of[claim.as_of])

    def _full_keys(self, claim: C) -> list[tuple]:
        scope = (claim.criterion, claim.population, claim.place)
        return [(*scope, window) for window in self.windows_of[claim.as_of]]

    def check_same_scope(self) -> dict[tuple, Extremes]:
        """Same scope: every pair of claims from different sources must overlap. Per group, one
        value-conflict lists every claim that some other source's claim excludes (sized by the
        widest gap), and one value-agreement lists every claim that another source's claim
        overlaps; a claim can be in both."""
        buckets: dict[tuple, Extremes] = defaultdict(Extremes)
        wildcards: list[C] = []
        for claim in self.claims:
            if claim.criterion is None or not claim.population or claim.place is None or claim.as_of is None:
                wildcards.append(claim)
            for key in self._full_keys(claim):
                buckets[key].add(claim)
        if wildcards:  # an unspecified field matches anything
            matching = ScopeMatcher(list(buckets))
            for claim in wildcards:
                mine = self._full_keys(claim)
                for key in matching(mine[0]):
                    if key not in mine:
                        buckets[key].add(claim)
        for key in sorted(buckets, key=repr):
            group = buckets[key]
            if len(group.sources) < 2:
                continue
            pair = worst_pair(group, group)
            if pair:
                low, high = pair
                gap, ratio = size(low, high)
                excluded = disjoint_from_others(group)
                others = len(excluded - {low.id, high.id})
                apart = (f"they touch at {fmt_number(gap + low.hi)} but one excludes it" if gap == 0 else
                         f"they are {fmt_number(gap)} apart" + (f" ({ratio} times)" if ratio else ""))
                self.add("value-conflict", excluded,
                         f"Same scope ({self.shared_scope(high, low)}): {self.says(high)} but {self.says(low)}. "
                         f"The figures cannot both be right: {apart}"
                         + (f"; {others} other claim(s) of this scope also disagree with another source."
                            if others else "."),
                         gap=gap, ratio=ratio)
            agreeing = overlapping_others(group)
            if len({c.source for c in agreeing}) >= 2:
                shown = sorted(agreeing, key=lambda c: c.id)
                self.add("value-agreement", [c.id for c in agreeing],
                         f"{len({c.source for c in agreeing})} sources give overlapping figures for the same scope "
                         f"({self.scope(shown[0])}): "
                         + "; ".join(self.says(c) for c in shown[:4])
                         + ("; ..." if len(shown) > 4 else "") + ".")
        return buckets

    def origin(self, claim: C, cites_by_source: dict[str, str | None]) -> tuple[str, bool]:
        """The source a claim's number comes from, following ``cites``; and whether it loops."""
        seen = [claim.source]
        current = claim.cites if claim.cites != claim.source else None  # citing itself: its own origin
        while current:
            if current in seen:
                return current, True
            seen.append(current)
            current = cites_by_source.get(current)
        return seen[-1], False

    @staticmethod
    def _agree(claims: list[C]) -> bool:
        """Whether the claims' intervals all overlap: the lowest upper bound is not below the
        highest lower bound (intervals on a line overlap pairwise exactly when they all share a
        point)."""
        highest = max(claims, key=lambda c: (c.lo, not c.lo_inc))
        lowest = min(claims, key=lambda c: (c.hi, c.hi_inc))
        return not below(lowest, highest)

    def check_corroboration(self, buckets: dict[tuple, Extremes]) -> None:
        """A claim is corroborated when another source, tracing back to another origin, states a
        number for a scope it is in; apparent corroboration from one origin is circular."""
        heard: dict[str, set[str]] = defaultdict(set)  # claim id -> sources heard on its scopes
        for key in sorted(buckets, key=repr):
            group = buckets[key]
            cites_by_source = {c.source: c.cites for c in group.claims if c.cites and c.cites != c.source}
            origins: dict[str, set[str]] = defaultdict(set)
            loops = set()
            for claim in group.claims:
                root, loop = self.origin(claim, cites_by_source)
                origins[root].add(claim.source)
                if loop:
                    loops.add(claim.id)
            if loops:
                self.add("circular-reporting", loops,
                         "These claims cite each other in a loop: none of them can be traced to an "
                         "origin, so they corroborate nothing. Find who counted first.")
            elif len(group.sources) >= 2 and len(origins) == 1 and self._agree(group.claims):
                root = next(iter(origins))  # figures that disagree corroborate nothing to begin with
                self.add("circular-reporting", [c.id for c in group.claims],
                         f"{len(group.sources)} sources give agreeing figures ({self.scope(group.claims[0])}), "
                         f"but all of them trace back through their citations to {self.who(root)}: "
                         "one origin, not independent corroboration.")
            for claim in group.claims:
                heard[claim.id].update(group.sources)
        alone: dict[str, set[str]] = defaultdict(set)
        for claim in self.claims:
            if heard[claim.id] <= {claim.source}:
                alone[claim.source].add(claim.id)
        for source in sorted(alone):
            ids = alone[source]
            self.add("uncorroborated", ids,
                     f"Only {self.who(source)} states {'this figure' if len(ids) == 1 else f'these {len(ids)} figures'}: "
                     "no independent source gives a number for the same scope. Look for a second source "
                     "before presenting it as established.")

    def check_nesting(self) -> None:
        """Wider scope (population superset, containing place; later date when cumulative) >= narrower."""
        by_sig: dict[tuple, dict[str | None, Extremes]] = defaultdict(lambda: defaultdict(Extremes))
        for claim in self.claims:
            by_sig[claim.sig][self.bucket_of[claim.as_of]].add(claim)
        full = [sig for sig in by_sig if sig[0] is not None and sig[1] and sig[2] is not None]
        partial = sorted((sig for sig in by_sig if sig not in set(full)), key=repr)
        by_place: dict[tuple, list[tuple]] = defaultdict(list)
        for sig in full:
            by_place[(sig[0], sig[2])].append(sig)
        for narrow in sorted(full, key=repr):
            criterion, population, place = narrow
            for wide_place in (place, *self.places.ancestors(place)):
                for wide in by_place.get((criterion, wide_place), ()):
                    if wide == narrow or not set(population) <= set(wide[1]):
                        continue
                    self._compare_series(by_sig[wide], by_sig[narrow], wide, narrow)
        # an unspecified field matches anything: such scopes are compared with every other
        for i, a in enumerate(partial):
            for b in partial[i + 1:] + sorted(full, key=repr):
                direction = self._direction(a, b)
                if direction == 1:
                    self._compare_series(by_sig[a], by_sig[b], a, b)
                elif direction == -1:
                    self._compare_series(by_sig[b], by_sig[a], b, a)
        if self.topic.cumulative:
            for sig in sorted(by_sig, key=repr):
                self._compare_series(by_sig[sig], by_sig[sig], sig, sig)

    def _direction(self, a: tuple, b: tuple) -> int | None:
        """1 when scope a contains b, -1 when b contains a, 0 when they are the same, None when
        they are not comparable; an unspecified field matches anything."""
        (ca, pa, la), (cb, pb, lb) = a, b
        if ca and cb and ca != cb:
            return None
        directions = set()
        if pa and pb and pa != pb:
            if set(pa) > set(pb):
                directions.add(1)
            elif set(pa) < set(pb):
                directions.add(-1)
            else:
                return None
        if la and lb and la != lb:
            if self.places.contains(la, lb):
                directions.add(1)
            elif self.places.contains(lb, la):
                directions.add(-1)
            else:
                return None
        if len(directions) > 1:
            return None
        return directions.pop() if directions else 0

    def _compare_series(self, wide: dict, narrow: dict, wide_sig: tuple, narrow_sig: tuple) -> None:
        same_sig = wide_sig == narrow_sig
        pairs: list[tuple[C, C]] = []  # the worst pair of each violating date

        def record(pair: tuple[C, C] | None) -> None:
            if pair:
                pairs.append(pair)
        if self.topic.cumulative:
            dates = sorted(d for d in set(wide) | set(narrow) if d is not None)
            earlier = Extremes()
            for d in dates:
                if d in wide:
                    pair = worst_pair(wide[d], earlier)
                    if not same_sig and d in narrow:
                        pair = max(filter(None, [pair, worst_pair(wide[d], narrow[d])]),
                                   key=lambda p: p[1].lo - p[0].hi, default=None)
                    record(pair)
                if d in narrow:
                    earlier.extend(narrow[d])
        else:
            for d in sorted(set(wide) & set(narrow) - {None}):
                record(worst_pair(wide[d], narrow[d]))
        if not same_sig and (None in wide or None in narrow):  # an undated count matches any date
            for dw in sorted(wide, key=str):
                targets = list(narrow) if dw is None else [dn for dn in (None,) if dn in narrow]
                for dn in sorted(targets, key=str):
                    record(worst_pair(wide[dw], narrow[dn]))
        if not pairs:
            return
        violations = len(pairs)
        involved = {c.id for pair in pairs for c in pair}
        low, high = max(pairs, key=lambda p: p[1].lo - p[0].hi)  # the first of the widest
        gap, ratio = size(low, high)
        why = ("a count to date cannot be lower later" if same_sig else
               "the wider scope includes the narrower one, so its count cannot be smaller")
        more = f" ({violations} such dates)" if violations > 1 else ""
        self.add("order-conflict", involved,
                 f"{self.says(low)} for {self.scope(low)}, but {self.says(high)} for {self.scope(high)}: "
                 f"{why}. Short by {fmt_number(gap)}" + (f" ({ratio} times)" if ratio else "") + f"{more}.",
                 gap=gap, ratio=ratio)

    def check_series(self) -> None:
        """Within one source, a cumulative count must not go down over time: from one date to a
        date further on than the topic's date tolerance (closer dates count as the same date)."""
        if not self.topic.cumulative:
            return
        tolerance = self.topic.date_tolerance_days

        def later(a: str, b: str) -> bool:
            return (date.fromisoformat(a) - date.fromisoformat(b)).days > tolerance
        series: dict[tuple, list[C]] = defaultdict(list)
        for claim in self.claims:
            if claim.as_of and not claim.part_of:
                series[(claim.source, claim.sig)].append(claim)
        for key in sorted(series, key=repr):
            points = sorted(series[key], key=lambda c: (c.as_of, c.id))
            peak: C | None = None
            drops: list[tuple[C, C]] = []
            for claim in points:
                if peak is not None and later(claim.as_of, peak.as_of) and below(claim, peak):
                    drops.append((claim, peak))
                if peak is None or claim.lo > peak.lo:
                    peak = claim
            if drops:
                low, high = max(drops, key=lambda p: p[1].lo - p[0].hi)
                gap, ratio = size(low, high)
                ids = {c.id for pair in drops for c in pair}
                self.add("temporal-conflict", ids,
                         f"{self.who(key[0])} gives a count to date that goes down: \"{high.text}\" as of "
                         f"{high.as_of} ({high.id}), then \"{low.text}\" as of {low.as_of} ({low.id}), "
                         f"{fmt_number(gap)} fewer" + (f" ({len(drops)} drops in all)" if len(drops) > 1 else "")
                         + ". A cumulative count can only grow: a revision, a different rule or an error?",
                         gap=gap, ratio=ratio)

def to_claims(frame: pd.DataFrame, counts: dict[str, bool]) -> dict[str, list[C]]:
    """Claims per topic; a missing lower bound is 0 for counts."""
    out: dict[str, list[C]] = defaultdict(list)
    if frame.empty:
        return out
    columns = [frame[name].tolist() for name in (
        "id", "source", "topic", "text", "lower", "upper", "lower_inclusive", "upper_inclusive",
        "population", "criterion", "place", "as_of", "cites", "part_of", "complete")]
    for (cid, source, topic, text, lower, upper, lo_inc, hi_inc, population, criterion, place,
         as_of, cites, part_of, complete) in zip(*columns):
        if lower != lower:  # NaN: unbounded below
            lower, lo_inc = (0.0, True) if counts.get(topic, True) else (-INF, False)
        if upper != upper:
            upper, hi_inc = INF, False
        out[topic].append(C(cid, source, text, float(lower), float(upper), bool(lo_inc), bool(hi_inc),
                            tuple(population), _none(criterion), _none(place), _none(as_of),
                            _none(cites), _none(part_of), bool(complete)))
    return out


def _none(value):
    return None if value is None or value != value else value


def find_conflicts(project: Project, frame: pd.DataFrame) -> list[Finding]:
    """Every finding of every topic, sorted by topic, verdict, kind and claims."""
    places = PlaceIndex(project.places.values())
    counts = {tid: not any(u in t.unit for u in SIGNED_UNITS) for tid, t in project.topics.items()}
    findings: list[Finding] = []
    for topic_id, claims in sorted(to_claims(frame, counts).items()):
        topic = project.topics.get(topic_id) or Topic(id=topic_id, title=topic_id)
        findings.extend(TopicReconciler(topic, claims, project, places).run())
    unique = {(f.kind, f.topic, f.claims): f for f in findings}
    return sorted(unique.values(), key=Finding.sort_key)


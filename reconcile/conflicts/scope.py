"""Scope differences (SPEC.md §5): claims from different sources that count different things.

Part of ``conflicts.TopicReconciler``, as a mixin: claims under different counting rules
(criterion) are grouped by rule; under one rule, scopes that do not nest (populations or
places that do not contain one another) or, for a count that is not cumulative, different
dates, or nested scopes counted at dates that do not compare. Either way the finding says
the figures are not comparable, and why. Also ``ScopeMatcher``: which groups of claims a
claim with an unspecified scope field may belong to.
"""
from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections import defaultdict
from datetime import date
from typing import Iterable

from reconcile.model.intervals import C

#: past this many distinct scopes under one counting rule, name the fields that vary
#: instead of pairing the scopes up
PAIR_LIMIT = 300


def _running(items: list[tuple[int, str, C]], backwards: bool = False) -> list[tuple[C, C | None]]:
    """For each prefix of items (``backwards``: each suffix): its first claim, and its first
    claim of another source than that one."""
    out: list[tuple[C, C | None]] = []
    first: C | None = None
    second: C | None = None
    if backwards:  # item i comes first in the suffix from i; the earliest of another source after it
        for _, _, claim in reversed(items):
            if first is not None and first.source != claim.source:
                second = first
            first = claim
            out.append((first, second))
        return out[::-1]
    for _, _, claim in items:
        if first is None:
            first = claim
        elif second is None and claim.source != first.source:
            second = claim
        out.append((first, second))  # type: ignore[arg-type]
    return out


class ScopeDifferences:
    """The scope-difference checks of a ``TopicReconciler`` (which gives ``who``, ``says_all``,
    ``scope``, ``add``, ``_direction``, ``claims``, ``places``, ``topic`` and ``bucket_of``)."""

    def names(self, sources: Iterable[str], most: int = 3) -> str:
        named = sorted(self.who(s) for s in set(sources))
        if len(named) > most:
            named = named[:most] + [f"{len(named) - most} more"]
        return ", ".join(named[:-1]) + f" and {named[-1]}" if len(named) > 1 else named[0]

    def check_scope_differences(self) -> None:
        """Pairs from different sources that count different things: grouped by counting rule."""
        by_criterion: dict[str, list[C]] = defaultdict(list)
        for claim in self.claims:
            if claim.criterion is not None:
                by_criterion[claim.criterion].append(claim)
        criteria = sorted(by_criterion)
        for i, ca in enumerate(criteria):
            for cb in criteria[i + 1:]:
                self._criterion_difference(ca, by_criterion[ca], cb, by_criterion[cb])
        for criterion in criteria:
            self._within_criterion(criterion, by_criterion[criterion])

    def _criterion_difference(self, ca: str, a: list[C], cb: str, b: list[C]) -> None:
        sources_a, sources_b = {c.source for c in a}, {c.source for c in b}
        if len(sources_a | sources_b) < 2:
            return  # one source using two counting rules: no pair of different sources
        fields = {"criterion"}
        for name in ("population", "place"):
            values_a = {getattr(c, name) for c in a if getattr(c, name)}
            values_b = {getattr(c, name) for c in b if getattr(c, name)}
            if values_a and values_b and values_a != values_b:
                fields.add(name)
        dates_a, dates_b = ({self._day(c.as_of) for c in side if c.as_of} for side in (a, b))
        tolerance = self.topic.date_tolerance_days

        def unmatched(these: set[int], those: set[int]) -> bool:  # a date with none near it
            return any(all(abs(x - y) > tolerance for y in those) for x in these)
        if dates_a and dates_b and (unmatched(dates_a, dates_b) or unmatched(dates_b, dates_a)):
            fields.add("as_of")
        top_a = [c for c in a if not c.part_of] or a
        top_b = [c for c in b if not c.part_of] or b
        # quote one source of each side, different sources where possible
        first_a = top_a[0].source
        first_b = next((c.source for c in top_b if c.source != first_a), top_b[0].source)
        quote_a = [c for c in top_a if c.source == first_a]
        quote_b = [c for c in top_b if c.source == first_b]
        if sources_a == sources_b == {first_a}:
            return
        head = (f"{self.names(sources_a)} and {self.names(sources_b)} count different things"
                if not sources_a & sources_b else
                f"Claims counted as {ca} (by {self.names(sources_a)}) and claims counted as {cb} "
                f"(by {self.names(sources_b)}) measure different things")
        self.add("scope-difference", [c.id for c in top_a + top_b],
                 f"{head} (different {', '.join(sorted(fields))}), so their numbers are not comparable "
                 f"and do not contradict each other. {self.says_all(quote_a)} of {self.scope(quote_a[0])}; "
                 f"{self.says_all(quote_b)} of {self.scope(quote_b[0])}.",
                 fields=fields)

    def _nests(self, x: tuple, y: tuple) -> bool:
        """Whether two (population, place) scopes are comparable: equal or nested the same way
        on both fields (an unspecified field matches anything)."""
        return self._direction((None, *x), (None, *y)) is not None

    def _within_criterion(self, criterion: str, claims: list[C]) -> None:
        """Same counting rule, but scopes that do not nest (populations or places that do not
        contain one another, or nested in opposite directions) or, for a count that is not
        cumulative, different dates: not comparable either. One finding per counting rule."""
        tops = [c for c in claims if not c.part_of]
        scopes: dict[tuple, list[C]] = defaultdict(list)
        for claim in tops:
            scopes[(claim.population, claim.place)].append(claim)
        keys = sorted(scopes, key=repr)
        fields: set[str] = set()
        involved: set[str] = set()
        examples: list[tuple[tuple, tuple]] = []
        apart: list[tuple[C, C]] = []  # nested scopes, at dates that do not compare
        too_many = False
        if len(keys) <= PAIR_LIMIT:
            for i, x in enumerate(keys):
                sources_x = {c.source for c in scopes[x]}
                for y in keys[i + 1:]:
                    sources_y = {c.source for c in scopes[y]}
                    if len(sources_x | sources_y) < 2:
                        continue
                    differ = [name for name, a, b in (("population", x[0], y[0]), ("place", x[1], y[1]))
                              if a and b and a != b]
                    direction = self._direction((None, *x), (None, *y))
                    if direction is not None:
                        wide, narrow = (x, y) if direction >= 0 else (y, x)
                        ids, pair = self._dated_apart(scopes[wide], scopes[narrow], direction == 0)
                        if ids:
                            fields.update(differ + ["as_of"])
                            involved.update(ids)
                            apart.append(pair)
                        continue
                    fields.update(differ)
                    involved.update(c.id for c in scopes[x] + scopes[y])
                    examples.append((x, y))
        else:  # too many scopes to pair up: name the fields that vary
            too_many = True
            for position, name in ((0, "population"), (1, "place")):
                if len({k[position] for k in keys if k[position]}) > 1:
                    fields.add(name)
            involved.update(c.id for c in tops)
        dated = False
        if not self.topic.cumulative:
            by_sig: dict[tuple, dict[str, set]] = defaultdict(lambda: defaultdict(set))
            for claim in tops:
                if claim.as_of:
                    by_sig[claim.sig][claim.source].add(self.bucket_of[claim.as_of])
            for sig, dates in by_sig.items():
                union = set().union(*dates.values())
                if len(dates) > 1 and any(union - d and not d & (union - d) for d in dates.values()):
                    dated = True
                    fields.add("as_of")
                    involved.update(c.id for c in tops if c.sig == sig)
        sources = {c.source for c in tops if c.id in involved}
        if not fields or len(sources) < 2:
            return
        described = []
        if examples:
            shown = "; ".join(f"{self.scope_short(x)} vs {self.scope_short(y)}" for x, y in examples[:3])
            described.append(f"scopes that do not contain one another ({shown}"
                             + (f"; {len(examples) - 3} more pairs" if len(examples) > 3 else "") + ")")
        elif too_many and fields - {"as_of"}:
            described.append(f"many different {' and '.join(sorted(fields - {'as_of'}))} values")
        if apart:
            shown = "; ".join(f"{self.scope_short((w.population, w.place))} as of {w.as_of} vs "
                              f"{self.scope_short((n.population, n.place))} as of {n.as_of}" for w, n in apart[:3])
            described.append(("scopes that contain one another but were counted at dates that do not compare ("
                              if self.topic.cumulative else "nested scopes of a count that is not cumulative, "
                              "counted at different dates (") + shown
                             + (f"; {len(apart) - 3} more pairs" if len(apart) > 3 else "") + ")")
        if dated:
            described.append("different dates of a count that is not cumulative")
        self.add("scope-difference", involved,
                 f"Counted the same way ({criterion}) by {self.names(sources)}, but about "
                 + " and ".join(described) + ": these figures measure different groups, so they are "
                 "not comparable and do not contradict each other.", fields=fields)

    @staticmethod
    def _day(as_of: str) -> int:
        return date.fromisoformat(as_of).toordinal()

    def _dated_apart(self, wide: list[C], narrow: list[C], level: bool) -> tuple[set[str], tuple[C, C] | None]:
        """Claims of two nested scopes (``wide`` contains ``narrow``; ``level``: neither is
        wider) from different sources whose dates make them not comparable, and one such pair
        (wide claim, narrow claim). Dates within the topic's tolerance are the same date. For a
        cumulative count the wider scope's count must be at least the narrower one's only from
        the narrower one's date on: an earlier count of the wider scope is not comparable with a
        later count of the narrower one. A count that is not cumulative compares only at the
        same date. Each claim looks up, by bisection, a claim of another source among those
        dated far enough before or after it: no pairs of dates (a daily series has 365)."""
        tolerance = self.topic.date_tolerance_days
        cumulative = self.topic.cumulative
        if cumulative and level:
            return set(), None
        sides = [sorted((self._day(c.as_of), c.id, c) for c in side if c.as_of) for side in (wide, narrow)]
        if not sides[0] or not sides[1]:
            return set(), None
        days = [[day for day, _, _ in side] for side in sides]
        before = [_running(side) for side in sides]                   # [i]: of side[:i + 1]
        after = [_running(side, backwards=True) for side in sides]    # [i]: of side[i:]

        def other(runs: list, index: int, source: str) -> C | None:  # a claim of another source
            if not 0 <= index < len(runs):
                return None
            first, second = runs[index]
            return first if first.source != source else second

        ids: set[str] = set()
        pair: tuple[C, C] | None = None
        for side, this, that in ((0, 0, 1), (1, 1, 0)):
            for day, _, claim in sides[this]:
                if side == 0:  # a wider count: narrower ones dated later (and, not cumulative, earlier)
                    found = other(after[that], bisect_right(days[that], day + tolerance), claim.source)
                    if found is None and not cumulative:
                        found = other(before[that], bisect_left(days[that], day - tolerance) - 1, claim.source)
                else:          # a narrower count: wider ones dated earlier (and, not cumulative, later)
                    found = other(before[that], bisect_left(days[that], day - tolerance) - 1, claim.source)
                    if found is None and not cumulative:
                        found = other(after[that], bisect_right(days[that], day + tolerance), claim.source)
                if found is not None:
                    ids.add(claim.id)
                    if pair is None and side == 0:
                        pair = (claim, found)
        return ids, pair

    @staticmethod
    def scope_short(scope: tuple) -> str:
        population, place = scope
        return f"{'+'.join(population) or 'any population'} in {place or 'any place'}"


def _open(value: object) -> bool:
    """An unspecified scope field (no criterion, place or date; no population) matches any."""
    return value is None or value == ()


class ScopeMatcher:
    """The scope keys (criterion, population, place, date window) a key matches, where an
    unspecified field matches anything: indexed by each field's value, so that a claim with an
    unspecified field is compared with the groups it may belong to, not with every group (a
    daily series of 37,000 claims without a population took minutes)."""

    def __init__(self, keys: list[tuple]) -> None:
        self.keys = keys
        self.order = {key: n for n, key in enumerate(keys)}
        self.by_value: list[dict[object, list[tuple]]] = [defaultdict(list) for _ in range(4)]
        self.unspecified: list[list[tuple]] = [[] for _ in range(4)]
        for key in keys:
            for position, value in enumerate(key):
                (self.unspecified[position] if _open(value) else self.by_value[position][value]).append(key)
        self.cache: dict[tuple, list[tuple]] = {}

    def __call__(self, own: tuple) -> list[tuple]:
        """The keys other than ``own`` that agree with it on every field both specify, in the
        order the keys were given."""
        if own not in self.cache:
            given = [position for position, value in enumerate(own) if not _open(value)]
            if not given:
                found = [key for key in self.keys if key != own]
            else:  # start from the field with the fewest candidates, test the rest
                first = min(given, key=lambda p: len(self.by_value[p].get(own[p], ())) + len(self.unspecified[p]))
                candidates = self.by_value[first].get(own[first], []) + self.unspecified[first]
                found = sorted((key for key in candidates if key != own and all(
                    _open(key[p]) or key[p] == own[p] for p in given if p != first)), key=self.order.__getitem__)
            self.cache[own] = found
        return self.cache[own]

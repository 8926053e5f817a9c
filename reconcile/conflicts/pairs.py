"""Relations between claims -> findings (SPEC.md §5), one topic at a time.

Every pair of claims of a topic falls under one row of the pair table (``table.pair_kind``).
The reconciler does not look at every pair: claims are grouped by stated scope, the stated
scopes are related to each other once (``ScopeRelations``), and within two related scopes
only the pairs that can be findings are enumerated, from claims sorted by where their
intervals start (a disjoint pair is a suffix found by bisection; echoes are paired within
their origin by a sweep). When a topic keeps only its ``max_findings`` most urgent findings,
the pairs of two related scopes with many claims are counted by kind from sorted arrays and
only the kept ones built, walked from the largest gap down (``bulk``); so the work grows with
the claims, the pairs of stated scopes and the findings kept, not with the pairs of claims.

Counts: a lower bound of −∞ is read as 0.
"""
from __future__ import annotations

import heapq
import re
from bisect import bisect_left, bisect_right
from collections import defaultdict
from typing import Any, Callable, Iterable, Iterator, NamedTuple, Sequence

import numpy as np
import pandas as pd

from reconcile.claims.columns import shared_list
from reconcile.conflicts import wording
from reconcile.conflicts.batch import Bounds, Related, related_scopes
from reconcile.conflicts.batch import below as _below
from reconcile.conflicts.bulk import Block, ClaimArrays, Walk, count_echo_pairs, echo_pairs, touching
from reconcile.conflicts.figures import Figure, StatedScope, agreement_groups, figures, voices
from reconcile.conflicts.origins import ECHO, Origins, claim_origins, reaching, who
from reconcile.conflicts.quotes import QuoteChecks
from reconcile.conflicts.scopes import (DIFFERENT, KIND_CODES, NESTED, SAME, SCOPE_DIFFERENCE_BITS, ScopeRelations,
                                        ScopeTable, differ_names)
from reconcile.conflicts.table import AGREEMENT, PAIR_KINDS, SCOPE_DIFFERENCE, pair_kind, part_related
from reconcile.conflicts.wording import Wording
from reconcile.model.intervals import INF, ClaimInterval, below, end_key, hull, size, start_key, tidy_gap
from reconcile.model.numbers import format_number, interval_text
from reconcile.model.records import FINDING_ORDER, FINDING_VERDICTS, Finding, MostUrgent, Project, Topic, urgency_prefix
from reconcile.model.names import PlaceIndex
from reconcile.quantities.units import unit_named

#: words in a topic's unit name that say its values can go below zero ("net change", "trade balance",
#: "percentage points", "grados")
SIGNED_UNITS = ("change", "balance", "celsius", "fahrenheit", "difference", "percent", "porcentaje", "point",
                "punto", "degree", "grado", "°")
#: a block of this many pairs of claims or more is counted in bulk (``bulk``), not pair by pair
BULK_FROM = 64


class _Later:
    """A finding's words (or scopes) written when a report reads them: ``function(owner, *args)``,
    a method of the topic's reconciler. Not a ``functools.partial`` of a bound method: that is the
    partial, the bound method, the arguments and an empty dict of keywords, some 270 B, where
    this is half as much (a million desk claims have some 200,000 findings of two claims and
    400,000 scope differences with two each, all kept to the end)."""

    __slots__ = ("function", "owner", "args")

    def __init__(self, function: Callable[..., Any], owner: object, *args: object) -> None:
        self.function = function
        self.owner = owner
        self.args = args

    def __call__(self) -> Any:
        return self.function(self.owner, *self.args)


class _ScopePair(_Later):
    """A scope difference's words (``TopicReconciler._scope_words``), written when a report
    reads them, with its two stated scopes and the claims chosen on each side
    (``_find_apart``'s), a lone claim held as itself and more as a tuple; ``_ScopeRecords`` of
    it gives its scopes. The two, some 140 B a finding, stand for two ``_Later`` with their
    arguments and the lists chosen, some 450 B (the scattered profile keeps 1.4M scope
    differences at 100k claims, all to the end)."""

    __slots__ = ("first_key", "second_key", "differ", "first", "second")

    def __init__(self, owner: "TopicReconciler", first_key: tuple, second_key: tuple, differ: tuple[str, ...],
                 chosen: list[list[ClaimInterval]]) -> None:
        super().__init__(TopicReconciler._scope_words, owner)   # no arguments: they are this pair's slots
        self.first_key = first_key
        self.second_key = second_key
        self.differ = differ
        self.first, self.second = (side[0] if len(side) == 1 else tuple(side) for side in chosen)

    def sides(self) -> tuple[Sequence[ClaimInterval], Sequence[ClaimInterval]]:
        """The claims chosen on each side, in the order chosen."""
        return tuple((side,) if isinstance(side, ClaimInterval) else side   # type: ignore[return-value]
                     for side in (self.first, self.second))

    def __call__(self) -> str:
        return self.function(self.owner, self)


class _ScopeRecords:
    """A scope difference's two scopes with their claims, made when a report reads them (apart
    from its ``_ScopePair``, which does not point back: no reference cycle per finding)."""

    __slots__ = ("pair",)

    def __init__(self, pair: _ScopePair) -> None:
        self.pair = pair

    def __call__(self) -> tuple[dict, ...]:
        pair = self.pair
        return tuple({"population": key[0], "criterion": key[1], "place": key[2], "as_of": key[3],
                      "claims": tuple(sorted(c.id for c in side))}
                     for key, side in zip((pair.first_key, pair.second_key), pair.sides()))


#: ``Sorted.ids`` and ``Sorted.totals`` when there are none
_NONE: frozenset[str] = frozenset()


class Sorted:
    """The claims of one stated scope, sorted by where their intervals start."""

    __slots__ = ("claims", "starts", "by_end", "ends", "max_start", "min_end", "ids", "totals")

    def __init__(self, claims: list[ClaimInterval], totals: set[str]) -> None:
        if len(claims) == 1:
            self.claims = self.by_end = claims
        else:   # by (start_key, id) and (end_key, id), the keys written out
            self.claims = sorted(claims, key=lambda c: (c.lower, 0 if c.lower_inclusive else 1, c.id))
            self.by_end = sorted(claims, key=lambda c: (c.upper, 0 if c.upper_inclusive else -1, c.id))
        # start_key and end_key of each, written out
        self.starts = [(c.lower, 0 if c.lower_inclusive else 1) for c in self.claims]
        self.ends = [(c.upper, 0 if c.upper_inclusive else -1) for c in self.by_end]
        self.max_start = self.claims[-1]
        self.min_end = self.by_end[0]
        # totals of a breakdown here, and totals the parts here belong to: mostly none, one empty
        # set shared (an empty set each is 216 B: some 100 MB of them at a million desk claims)
        self.ids = ({c.id for c in claims if c.id in totals} or _NONE) if totals else _NONE
        self.totals = {c.part_of for c in claims if c.part_of} or _NONE

    def breakdown_with(self, other: "Sorted") -> bool:
        """Whether a claim here and one there are a part and its total, or parts of one total."""
        return bool(self.totals and (self.totals & other.ids or self.totals & other.totals)
                    or other.totals and other.totals & self.ids)

    def _starting_after(self, key: tuple) -> int:
        """Where the claims that start after ``key`` begin (in ``claims``)."""
        return bisect_right(self.starts, key)

    def above(self, claim: ClaimInterval) -> list[ClaimInterval]:
        """The claims entirely above ``claim``."""
        return self.claims[self._starting_after(end_key(claim)):]

    def apart_from(self, other: "Sorted") -> list[ClaimInterval]:
        """The claims disjoint from some claim of ``other`` (below its highest start or above
        its lowest end)."""
        # ``start_key(other.max_start)`` and ``end_key(other.min_end)`` are other's keys at hand
        below_it = self.by_end[:bisect_left(self.ends, other.starts[-1])]
        above_it = self.claims[bisect_right(self.starts, other.ends[0]):]
        if not above_it or not below_it:
            return below_it or above_it
        return list({c.id: c for c in below_it + above_it}.values())


class _Range(NamedTuple):
    """A range as ``size``, ``start_key`` and ``end_key`` read one."""

    lower: float
    upper: float
    lower_inclusive: bool
    upper_inclusive: bool


def sides_apart(first: list[ClaimInterval], second: list[ClaimInterval]) -> tuple[float | None, float | None]:
    """The gap and ratio (``size``) of a scope difference's two sides when their values are apart as a
    whole (one side's range, the hull of its claims, entirely below the other's): "more than 500" of
    one scope and "109" of another are 391 apart, ratio 4.6. (None, None) when the two ranges
    overlap (claims on each side both above and below the other's): no two values to measure."""
    a, b = _Range(*hull(first)), _Range(*hull(second))
    for low, high in ((a, b), (b, a)):
        if end_key(low) < start_key(high):  # type: ignore[arg-type]
            return size(low, high)  # type: ignore[arg-type]
    return None, None


def overlapping_pairs(claims: list[ClaimInterval]) -> Iterator[tuple[ClaimInterval, ClaimInterval]]:
    """Every pair of overlapping intervals, by a sweep over their starts."""
    active: list[tuple[tuple, int, ClaimInterval]] = []   # heap by end
    for n, claim in enumerate(sorted(claims, key=lambda c: (start_key(c), c.id))):
        start = start_key(claim)
        while active and active[0][0] < start:
            heapq.heappop(active)
        for _, _, other in active:
            yield other, claim
        heapq.heappush(active, (end_key(claim), n, claim))


class TopicReconciler:
    """All findings of one topic, and its stated scopes with each origin's figure."""

    def __init__(self, topic: Topic, claims: list[ClaimInterval], project: Project, places: PlaceIndex,
                 unquoted: dict[str, tuple[str, tuple[str, ...]]] | None = None, max_findings: int | None = 0, *,
                 bulk_from: int | None = BULK_FROM) -> None:
        self.topic = topic
        self.unquoted = unquoted or {}   # claim id -> the language its quote was read in, what it states
        self.claims = claims
        self.relations = ScopeRelations(topic, places)
        self.words = Wording(project, topic)
        self.origin = claim_origins(claims, topic.id)
        #: the findings kept: the ``max_findings`` most urgent (0: all); the rest only counted
        self.found = MostUrgent(max_findings)
        self.findings: list[Finding] = []
        self.omitted: dict[str, int] = {}
        by_scope: dict[tuple, list[ClaimInterval]] = defaultdict(list)
        for claim in claims:
            by_scope[claim.scope].append(claim)
        self.keys = sorted(by_scope, key=repr)
        totals = {c.part_of for c in claims if c.part_of}
        self.has_parts = bool(totals)
        self.by_scope = {key: Sorted(by_scope[key], totals) for key in self.keys}
        self.same_as: dict[tuple, list[tuple]] = {key: [] for key in self.keys}
        self.scopes: list[StatedScope] = []
        #: pairs of stated scopes (indexes into ``keys``) that are scope differences
        self.differences: list[np.ndarray] = []
        #: blocks of at least this many pairs of claims are counted in bulk (``bulk``) when not
        #: every finding is kept; None: every pair one by one (the definition, for tests)
        self.bulk_from = bulk_from
        self.blocks: list[Block] = []
        self._arrays: ClaimArrays | None = None
        self.small: list[tuple] = []   # blocks of few pairs, walked pair by pair once the large ones are
        #: how the stated scopes relate, when worked out with other topics' (``batch``); else by ``run``
        self.related: Related | None = None

    def add(self, kind: str, claims: Iterable[str], explanation: str | Callable[[], str], gap: float | None = None,
            ratio: float | None = None, **extra) -> None:
        if not self.found.wants(kind, gap):
            self.found.skip(kind)
            return
        ids = tuple(sorted(set(claims)))
        if not self.found.wants_claims(kind, gap, ids):   # as urgent as the last kept, but after it
            self.found.skip(kind)
            return
        self.found.add(Finding(kind=kind, topic=self.topic.id, claims=ids,
                               explanation=explanation, gap=gap, ratio=ratio, **extra))  # type: ignore[arg-type]

    def run(self) -> list[Finding]:
        """Every check, the most urgent first (so that, when not every finding can be kept,
        the ones that cannot are counted without being built)."""
        self.check_bounds()
        self.check_breakdowns()
        self.check_scope_pairs()
        self.check_echoes()
        self.check_quotes()
        self.check_agreement()
        self.check_scope_differences()
        self.findings, self.omitted = self.found.done()
        self.release()
        return self.findings

    def release(self) -> None:
        """Let go of what the kept findings will not read when their words are written: a
        kept finding holds its reconciler (its words are written when a report reads them), and
        a million-claim project has twenty thousand topics. A scope difference keeps the claims
        it names itself (``check_scope_differences``): the stated scopes go."""
        kinds = {finding.kind for finding in self.findings}
        self.claims = []
        self._arrays = None
        self.same_as = {}
        self.found = MostUrgent()
        self.unquoted = {}
        self.relations.forget()
        self.by_scope = {}
        self.keys = []
        if "quotation-mismatch" not in kinds and "circular-reporting" not in kinds:   # their words trace origins
            self.origin = Origins()

    # pairs ------------------------------------------------------------------------------------
    def check_scope_pairs(self) -> None:
        """Each pair of stated scopes once (a scope with itself too), related as arrays
        (``ScopeTable``, or ``batch.related_scopes`` for many topics at once: ``related``): the
        disjoint pairs of claims of two related scopes, each under its row; pairs of different
        scopes that are scope differences are set aside for ``check_scope_differences``."""
        keys = self.keys
        if not keys:
            return
        relation = self.relations.relation
        blocks = self._related_blocks() if self.related is None else (self.related,)
        self.related = None
        for same, nested, differences in blocks:
            for i, j, apart in same:
                x, y = keys[i], keys[j]
                self.same_as[x].append(y)
                if y != x:
                    self.same_as[y].append(x)
                if apart:
                    rel = relation(x, y)
                    self._block(x, y, rel)
                    if y != x:
                        self._block(y, x, rel.flipped())
            for i, j in nested:   # only where the wider one has a claim below one of the narrower
                x, y = keys[i], keys[j]
                rel = relation(x, y)
                wide, narrow = (x, y) if rel.wider == 1 else (y, x)
                self._block(wide, narrow, rel if wide == x else rel.flipped())
            if len(differences):
                self.differences.append(differences)
        self._bulk()

    def bounds(self) -> Bounds:
        """Each stated scope's lowest end and highest start (and whether each is inclusive), in
        ``keys`` order: where its claims could be below another scope's."""
        sides = [self.by_scope[key] for key in self.keys]
        return ([s.min_end.upper for s in sides], [s.min_end.upper_inclusive for s in sides],
                [s.max_start.lower for s in sides], [s.max_start.lower_inclusive for s in sides])

    def _related_blocks(self) -> Iterator[Related]:
        """How the stated scopes relate (``batch.Related``), for a block of them at a time against
        all (the scope indexes are the topic's)."""
        keys = self.keys
        n = len(keys)
        # below[i, j]: some claim of scope i is entirely below some claim of scope j
        end, end_inclusive, start, start_inclusive = (np.array(column) for column in self.bounds())
        table = ScopeTable(self.relations, keys)
        same, nested, different = KIND_CODES[SAME], KIND_CODES[NESTED], KIND_CODES[DIFFERENT]
        block = max(1, 1_000_000 // n)
        columns = np.arange(n)
        for first in range(0, n, block):
            last = min(n, first + block)
            rows = np.arange(first, last)[:, None]
            kind, wider, differ = table.rows(first, last)
            upper = columns[None, :] >= rows   # each pair once, a scope with itself too
            here = slice(first, last)
            below_them = _below(end[here, None], end_inclusive[here, None], start[None, :], start_inclusive[None, :])
            above_them = _below(end[None, :], end_inclusive[None, :], start[here, None], start_inclusive[here, None])
            apart = below_them | above_them
            # the pairs as lists of plain ints: numpy's scalars index lists and arrays slower
            found = np.nonzero(upper & (kind == same))
            same_pairs = list(zip((found[0] + first).tolist(), found[1].tolist(), apart[found].tolist()))
            # nested: only where the wider one has a claim below one of the narrower
            wide_below = np.where(wider == 1, below_them, above_them)
            found = np.nonzero(upper & (kind == nested) & wide_below)
            nested_pairs = list(zip((found[0] + first).tolist(), found[1].tolist()))
            found = np.nonzero(upper & (kind == different) & (differ & SCOPE_DIFFERENCE_BITS != 0) & apart)
            yield Related(same_pairs, nested_pairs, np.stack((found[0] + first, found[1], differ[found]), axis=1))

    def _block(self, x: tuple, y: tuple, rel) -> None:
        """The pairs with a claim of x below a claim of y: one by one (``_disjoint``), or set
        aside to be counted in bulk when there are many and not every finding is kept (a topic
        with no more pairs of claims than findings kept, most of a desk's, has its pairs one by
        one: counting them would spare building none, and its arrays cost more than its pairs)."""
        low_side, high_side = self.by_scope[x], self.by_scope[y]
        if not below(low_side.min_end, high_side.max_start):
            return
        n = len(self.claims)
        if (self.bulk_from is None or not self.found.limit or n * (n - 1) // 2 <= self.found.limit
                or len(low_side.claims) * len(high_side.claims) < self.bulk_from
                or x == y and any(below(c, c) for c in low_side.claims)):   # an empty range: not its own pair
            self.small.append((x, y, rel))
            return
        self.blocks.append(Block(low_side.claims, high_side.claims, rel))

    def _bulk(self) -> None:
        """The blocks set aside: their pairs counted by kind from arrays (``bulk``), and only
        those that could be kept built, walked from the largest gap down: the conflicts
        first, then (when warnings can still be kept) revisions and pairs that only touch."""
        blocks, self.blocks = self.blocks, []
        small, self.small = self.small, []
        if blocks:
            self._bulk_blocks(blocks)
        for x, y, rel in small:   # after the large blocks: what they keep spares building these
            self._disjoint(x, y, rel)

    def arrays(self) -> ClaimArrays:
        """The topic's claims as arrays (``bulk``), made when first asked for."""
        if self._arrays is None:
            self._arrays = ClaimArrays(self.claims, self.origin)
        return self._arrays

    def _bulk_blocks(self, blocks: list[Block]) -> None:
        arrays = self.arrays()
        counts: dict[str, int] = defaultdict(int)
        for block in blocks:
            block.low_index, block.high_index = arrays.index(block.low, keep=True), arrays.index(block.high, keep=True)
            for kind, n in arrays.kinds(block, self.origin, self.relations).items():
                counts[kind] += n
        handled: dict[str, int] = defaultdict(int)
        found, relations, origin = self.found, self.relations, self.origin

        def walk(verdict: str, probe: str) -> None:
            for gap, n, low, high in Walk(blocks, arrays):
                if not found.wants(probe, tidy_gap(gap)):
                    return   # nothing further down is wanted, whatever its kind
                rel = blocks[n].relation
                kind = pair_kind(low, high, rel, who(low, high, origin), relations)
                if kind is not None and FINDING_VERDICTS[kind] == verdict:
                    handled[kind] += 1
                    self.pair_finding(kind, low, high, rel)

        if any(counts[kind] for kind in PAIR_KINDS if FINDING_VERDICTS[kind] == "conflict"):
            walk("conflict", "value-conflict")
        if counts["revision"] and found.wants("revision", INF):
            walk("warning", "revision")
        if counts["boundary-disagreement"] and found.wants("boundary-disagreement", 0.0):
            for block in blocks:
                for low, high in touching(block):
                    touched = pair_kind(low, high, block.relation, who(low, high, origin), relations)
                    if touched is not None:
                        handled[touched] += 1
                        self.pair_finding(touched, low, high, block.relation)
        for kind, n in counts.items():
            assert n >= handled[kind], (kind, n, handled[kind])
            found.skip(kind, n - handled[kind])

    def _disjoint(self, x: tuple, y: tuple, rel) -> None:
        """Pairs with a claim of x entirely below a claim of y, each under its row."""
        low_side, high_side = self.by_scope[x], self.by_scope[y]
        if not below(low_side.min_end, high_side.max_start):
            return
        for low in low_side.claims:
            for high in high_side.above(low):
                if high is low:
                    continue   # an empty range ("less than 0" of a count) lies below itself: no pair
                kind = pair_kind(low, high, rel, who(low, high, self.origin), self.relations)
                if kind in PAIR_KINDS:
                    self.pair_finding(kind, low, high, rel)

    def pair_finding(self, kind: str, low: ClaimInterval, high: ClaimInterval, rel) -> None:
        gap, ratio = size(low, high)
        if not self.found.wants(kind, gap):
            self.found.skip(kind)
            return
        # the words as a partial, not a closure: a topic may hold a million findings
        a, b = low.id, high.id
        ids = (a, b) if a < b else (b, a) if b < a else (a,)
        if not self.found.wants_claims(kind, gap, ids):
            self.found.skip(kind)
            return
        # a nested pair's bound is two counts' (``wording.touching``): said only where it is one
        nested = (True,) if kind == "boundary-disagreement" and rel.kind == NESTED else ()
        words = _Later(TopicReconciler.pair_words, self, kind, low, high, gap, ratio, *nested)
        self.found.add(Finding(kind=kind, topic=self.topic.id, claims=ids,
                               explanation=words, gap=gap, ratio=ratio))  # type: ignore[arg-type]

    def pair_words(self, kind: str, low: ClaimInterval, high: ClaimInterval, gap: float, ratio: float | None,
                   nested: bool = False) -> str:
        """The explanation of a pair finding (written only when a report shows it); ``nested``: a
        boundary disagreement of two nested scopes, ``low`` the wider."""
        words = self.words
        apart = wording.apart(gap, ratio, low)
        if kind == "value-conflict":
            text = words.explain(kind, high=words.says(high), low=words.says(low),
                                 scope=words.shared_scope(high, low), apart=apart)
        elif kind == "quotation-mismatch":
            text = words.explain(kind, high=words.says(high), low=words.says(low),
                                 traced=words.traced(low, high, self.origin), apart=apart)
        elif kind == "boundary-disagreement":
            text = words.explain(kind, high=words.says(high), low=words.says(low),
                                 scope=words.shared_scope(high, low), bound=format_number(low.upper),
                                 excluded=wording.touching(low, high, nested))
        elif kind == "revision":
            old, new = sorted((low, high), key=lambda c: (c.stated_on or "", c.id))
            text = words.explain(kind, who=words.who(low.source), scope=words.shared_scope(old, new),
                                 old_text=old.text, old_id=old.id, old_on=old.stated_on, new_text=new.text,
                                 new_id=new.id, new_on=new.stated_on,
                                 apart=("down" if new is low else "up") + f" by {format_number(gap)}")
        elif kind == "temporal-conflict":
            text = words.explain(kind, who=words.who(low.source), high_text=high.text, high_as_of=high.as_of,
                                 high_id=high.id, low_text=low.text, low_as_of=low.as_of, low_id=low.id,
                                 gap=format_number(gap))
        elif kind == "order-conflict":
            text = words.explain(kind, low=words.says(low), low_scope=words.scope(low.scope),
                                 high=words.says(high), high_scope=words.scope(high.scope),
                                 gap=format_number(gap),
                                 times=f" ({format_number(ratio)} times)" if ratio and ratio > 1 else "")
        else:  # circular-reporting of a disjoint pair cannot happen: echoes that agree
            raise AssertionError(kind)
        return text

    def check_echoes(self) -> None:
        """Echoes whose values overlap, with the same population, criterion and place: one
        circular-reporting finding per pair (an echo is never agreement)."""
        by_origin: dict[str, list[ClaimInterval]] = defaultdict(list)
        for claim in self.claims:
            by_origin[self.origin[claim.id]].append(claim)
        for origin in sorted(by_origin):
            claims = by_origin[origin]
            if len({c.source for c in claims}) < 2:
                continue
            echoes = [c for c in claims if c.source != origin]
            pairs: Iterable[tuple[ClaimInterval, ClaimInterval]] = overlapping_pairs(claims)
            if self.bulk_from is not None:   # pairs with an echo only; counted, when none can be kept
                if not self.found.wants("circular-reporting"):
                    self.found.skip("circular-reporting",
                                    count_echo_pairs(self.arrays(), claims, echoes, self.relations))
                    continue
                pairs = echo_pairs(claims, echoes)
            for a, b in pairs:
                if a.source == b.source or not self.relations.same_fields(a.scope, b.scope):
                    continue
                rel = self.relations.relation(a.scope, b.scope)
                if pair_kind(a, b, rel, ECHO, self.relations) != "circular-reporting":
                    continue
                self._circular(a, b)
        # echoes of two origins: one claim's chain reaches the other's claimant or origin
        for a, b in reaching(self.claims, self.claims, self.origin):
            if a.id < b.id and self.relations.same_fields(a.scope, b.scope) and pair_kind(
                    a, b, self.relations.relation(a.scope, b.scope), ECHO, self.relations) == "circular-reporting":
                self._circular(a, b)

    def _circular(self, a: ClaimInterval, b: ClaimInterval) -> None:
        first, second = sorted((a, b), key=lambda c: c.id)
        self.add("circular-reporting", (a.id, b.id), _Later(TopicReconciler._circular_words, self, first, second))

    def _circular_words(self, first: ClaimInterval, second: ClaimInterval) -> str:
        words = self.words
        return words.explain("circular-reporting", a=words.says(first), b=words.says(second),
                             traced=words.traced(first, second, self.origin, circular=True))

    def check_scope_differences(self) -> None:
        """One finding for each pair of stated scopes whose population or criterion differ
        (``differences``: rows of scope, scope, the bits of the fields that differ),
        naming the claims of each whose values are disjoint from the other's. When no scope
        difference could be kept (``max_findings`` holds more urgent findings), they are
        counted, not built: a pair of scopes with disjoint values is a finding unless a part
        and its total are all that make them disjoint, which only scopes holding breakdowns
        need checking for."""
        if not self.differences:
            return
        pairs = np.concatenate(self.differences)
        self.differences = []
        keys = self.keys
        if not self.found.wants(SCOPE_DIFFERENCE):
            checked = self._breakdown_pairs(pairs)
            count = int((~checked).sum())
            for i, j, _ in pairs[checked].tolist():
                chosen = self._find_apart(keys[i], keys[j])
                count += bool(chosen[0] and chosen[1])
            self.found.skip(SCOPE_DIFFERENCE, count)
            return
        rank = [0] * len(keys)   # the order a scope difference names its two scopes in
        for n, index in enumerate(sorted(range(len(keys)), key=lambda k: _scope_order(keys[k]))):
            rank[index] = n
        # Once as many findings as are kept are found, a scope difference is kept only before the last
        # kept in the report's order (its claims, as all have one verdict and no gap): a pair of scopes
        # whose smallest claim id is after that one's first cannot be, and is counted without its claims
        # looked for (a pair whose values are disjoint is a finding, breakdowns aside).
        first_id = [min(c.id for c in self.by_scope[key].claims) for key in keys]
        as_urgent = urgency_prefix(SCOPE_DIFFERENCE, None) + (SCOPE_DIFFERENCE,)
        in_breakdown: np.ndarray | None = None
        for n, (i, j, bits) in enumerate(pairs.tolist()):
            last = self.found.last
            if last is not None and last[:3] == as_urgent and min(first_id[i], first_id[j]) > last[3][0]:
                if in_breakdown is None:
                    in_breakdown = self._breakdown_pairs(pairs)
                if in_breakdown[n]:
                    apart = self._find_apart(keys[i], keys[j])
                    if not apart[0] or not apart[1]:
                        continue
                self.found.skip(SCOPE_DIFFERENCE)
                continue
            first_key, second_key = (keys[i], keys[j]) if rank[i] < rank[j] else (keys[j], keys[i])
            chosen = self._find_apart(first_key, second_key)
            if not chosen[0] or not chosen[1]:
                continue
            differ = differ_names(bits)
            gap, ratio = sides_apart(chosen[0], chosen[1])
            # the claims chosen kept for the words and scopes, not picked again when they are read
            words = _ScopePair(self, first_key, second_key, differ, chosen)
            self.add(SCOPE_DIFFERENCE, [c.id for c in chosen[0] + chosen[1]], words, gap=gap, ratio=ratio,
                     fields=differ, scopes=_ScopeRecords(words))

    def _breakdown_pairs(self, pairs: np.ndarray) -> np.ndarray:
        """Which pairs of stated scopes (rows of ``pairs``) hold a part and its total, or two
        parts of one total (``Sorted.breakdown_with``), as a mask: a breakdown's claims are few
        scopes apart, so the pairs are listed per breakdown and looked up."""
        where: dict[str, list[int]] = defaultdict(list)   # total id -> the scopes of it and its parts
        for n, key in enumerate(self.keys):
            side = self.by_scope[key]
            for total in side.ids | side.totals:
                where[total].append(n)
        size = len(self.keys)
        related = {min(a, b) * size + max(a, b) for scopes in where.values() if len(scopes) > 1
                   for a in scopes for b in scopes if a != b}
        if not related:
            return np.zeros(len(pairs), dtype=bool)
        codes = np.minimum(pairs[:, 0], pairs[:, 1]) * size + np.maximum(pairs[:, 0], pairs[:, 1])
        return np.isin(codes, np.fromiter(related, dtype=np.int64, count=len(related)))

    def _scope_words(self, pair: _ScopePair) -> str:
        words = self.words
        first, second = pair.sides()
        return words.explain(SCOPE_DIFFERENCE, side_a=f"{words.says_all(first)} of {words.scope(pair.first_key)}",
                             side_b=f"{words.says_all(second)} of {words.scope(pair.second_key)}",
                             fields=", ".join(pair.differ))

    def _find_apart(self, x: tuple, y: tuple) -> list[list[ClaimInterval]]:
        """The claims of scope x disjoint from some claim of scope y, and those of y from x."""
        sides = self.by_scope[x], self.by_scope[y]
        if sides[0].breakdown_with(sides[1]):   # rare: a part and its total in these two scopes
            return [[c for c in mine.claims if any(not part_related(c, o) and (below(c, o) or below(o, c))
                                                   for o in other.claims)]
                    for mine, other in ((sides[0], sides[1]), (sides[1], sides[0]))]
        return [sides[0].apart_from(sides[1]), sides[1].apart_from(sides[0])]

    # agreement --------------------------------------------------------------------------------
    def check_agreement(self) -> None:
        """Per stated scope, each origin's figure; value-agreement groups of origins whose
        figures share a range; uncorroborated scopes that one origin states."""
        seen: set[tuple] = set()
        groups: list[tuple] = []      # (claim ids, members, agreed, scope key, the scope's claims, voices)
        by_scope, same_as, origin, relations, topic_id = (self.by_scope, self.same_as, self.origin, self.relations,
                                                          self.topic.id)
        for key in self.keys:
            others = same_as[key]
            own = by_scope[key].claims
            own_ids = tuple(sorted([c.id for c in own]))
            if len(others) == 1 and others[0] == key:   # in the same scope as no other: its own claims
                same, same_ids = own, own_ids
            else:
                same = [c for other in others for c in by_scope[other].claims]
                same_ids = tuple(sorted([c.id for c in same]))
            parts_only = all(c.part_of for c in own)
            if self.has_parts and any(c.part_of for c in same):
                # a part in the same scope as its total is a share of that count, not a figure for it
                # (SPEC §5b: breakdown parts aside): "100" of a total "more than 500", both of CO
                here = {c.id for c in same}
                kept = [c for c in same if not (c.part_of and c.part_of in here)]
                if len(kept) < len(same):
                    same = kept
                    same_ids = tuple(sorted([c.id for c in same]))
            found = figures(same, origin, relations)
            self.scopes.append(StatedScope(topic_id, key, own_ids, same_ids, found, parts_only))
            if len(found) == 1:
                if not parts_only:
                    ids = same_ids
                    if ("uncorroborated", ids) not in seen:
                        seen.add(("uncorroborated", ids))
                        if not self.found.wants("uncorroborated"):   # counted, its words not written
                            self.found.skip("uncorroborated")
                            continue
                        self.add("uncorroborated", ids,
                                 _Later(TopicReconciler._uncorroborated_words, self, found[0].origin, key, ids))
                continue
            for members, agreed in agreement_groups(found):
                ids = tuple(sorted(cid for m in members for cid in m.claims))
                if (AGREEMENT, ids) in seen:
                    continue
                seen.add((AGREEMENT, ids))
                count = voices(members, same, origin)
                if count < 2:   # one claimant's figures (its own and one it attributes to Z): no independent pair
                    continue
                groups.append((ids, members, agreed, key, same, count))
        for ids, members, agreed, key, same, count in _maximal_groups(groups):
            if not self.found.wants(AGREEMENT):
                self.found.skip(AGREEMENT)
                continue
            self.add(AGREEMENT, ids, _Later(TopicReconciler._agreement_words, self, members, same, count, agreed, key),
                     agreed=_bounds(agreed))

    def _uncorroborated_words(self, origin: str, key: tuple, ids: tuple[str, ...]) -> str:
        words = self.words
        return words.explain("uncorroborated", who=words.who(origin), scope=words.scope(key),
                             claims=", ".join(ids[:5]) + (f" and {len(ids) - 5} more" if len(ids) > 5 else ""))

    def _agreement_words(self, members: list[Figure], same: list[ClaimInterval], count: int,
                         agreed: tuple[float, float, bool, bool], key: tuple) -> str:
        """A value-agreement's words: its figures (the first five, each by its first two claims) of
        ``same``, the claims in the scope."""
        words = self.words
        by_id = {c.id: c for c in same}
        shown = "; ".join(words.says_figure(m.origin, [by_id[cid] for cid in m.claims], most=2)
                          for m in members[:5])
        if len(members) > 5:
            shown += f"; and {len(members) - 5} more"
        return words.explain(AGREEMENT, sources=words.independent(count, len(members)), agreed=words.bounds(*agreed),
                             scope=words.scope(key), figures=shown)

    # one claim, one breakdown -----------------------------------------------------------------
    def check_bounds(self) -> None:
        if not self.topic.bounds:
            return
        low, high = self.topic.bounds
        plausible = ClaimInterval(id="(bounds)", source="", text="", lower=-INF if low is None else low,
                                  upper=INF if high is None else high, lower_inclusive=True, upper_inclusive=True,
                                  population=(), criterion=None, place=None, as_of=None, cites=None, part_of=None,
                                  complete=False)
        for claim in self.claims:
            if below(claim, plausible) or below(plausible, claim):
                # a value and the bounds: two disjoint values, so a gap and a ratio (SPEC §6)
                gap, ratio = size(claim, plausible) if below(claim, plausible) else size(plausible, claim)
                self.add("implausible-value", [claim.id], self.words.explain(
                    "implausible-value", claim=self.words.says(claim), topic=self.topic.id,
                    bounds=self.words.bounds(plausible.lower, plausible.upper, True, True),
                    off=f" (off by {format_number(gap)})" if gap else ""), gap=gap, ratio=ratio)

    def check_quotes(self) -> None:
        for claim in self.claims:
            if claim.id in self.unquoted:
                lang, stated = self.unquoted[claim.id]
                self.add("unquoted-value", [claim.id],
                         _Later(TopicReconciler._unquoted_words, self, claim, lang, stated))

    def _unquoted_words(self, claim: ClaimInterval, lang: str, stated: tuple[str, ...]) -> str:
        words = self.words
        return words.explain("unquoted-value", claim=words.says(claim), interval=words.interval(claim),
                             found=f" (read as {lang}){wording.quote_states(stated)}", lang=claim.lang or lang)

    def check_breakdowns(self) -> None:
        if not self.has_parts:
            return
        parts: dict[str, list[ClaimInterval]] = defaultdict(list)
        for claim in self.claims:
            if claim.part_of:
                parts[claim.part_of].append(claim)
        # the totals only, not every claim by id (a topic's claims are mostly neither)
        by_id = {c.id: c for c in self.claims if c.id in parts}
        for total_id, members in sorted(parts.items()):
            total = by_id.get(total_id)
            if total is None:  # a total in another topic: not comparable here
                continue
            lo = sum(max(p.lower, 0.0) for p in members)
            hi = sum(p.upper for p in members)
            summed = ClaimInterval(id="(sum)", source=total.source, text="", lower=lo, upper=hi,
                                   lower_inclusive=all(p.lower_inclusive for p in members),
                                   upper_inclusive=all(p.upper_inclusive for p in members),
                                   population=(), criterion=None, place=None, as_of=None, cites=None,
                                   part_of=None, complete=False)
            ids = [total.id] + [p.id for p in members]
            parts_text = " + ".join(f"{p.text} ({p.place})" if p.place and p.place != total.place else p.text
                                    for p in members)
            interval = interval_text(total.lower, total.upper, total.lower_inclusive, total.upper_inclusive)
            many = len(members) != 1
            named = (f"{self.words.who(total.source)}'s {len(members)} part{'s' if many else ''} "
                     f"of {total.id} ({parts_text})")
            fields = dict(head=f"{named} sum{'' if many else 's'} to "
                               f"{interval_text(lo, hi, summed.lower_inclusive, summed.upper_inclusive)}",
                          total_text=total.text,
                          total_interval="" if _digits(interval) == _digits(total.text) else f" {interval}")
            outside = self._outside(total, members)
            # a region's share or rate is of the region's own whole: no part of the country's (a vote split, the
            # shares of one whole by category, in the total's own place, add up as counts do: R4 1)
            if not self.relations.nests and any(p.place != total.place for p in members):
                self._intensive_breakdown(total, members, ids, named, fields, outside)
            elif below(total, summed):
                gap, ratio = size(total, summed)
                how, by = wording.over_by(gap, total, summed, "total", "sum")
                self.add("breakdown-conflict", ids, self.words.explain(
                    "breakdown-conflict", how=how, by=by,
                    why=". Parts cannot exceed their total: " + ("a part may not be the total's" if outside else
                                                                 "a part may be double-counted or the total out of "
                                                                 "date") + ".", **fields) + outside,
                         gap=gap, ratio=ratio)
            elif total.complete and below(summed, total):
                gap, ratio = size(summed, total)
                how, by = wording.over_by(gap, summed, total, "sum", "total")
                self.add("breakdown-conflict", ids, self.words.explain(
                    "breakdown-conflict", how=how, by=by,
                    why=", although the breakdown is marked complete.", **fields) + outside, gap=gap, ratio=ratio)
            else:
                self.add("breakdown-consistent", ids, self.words.explain("breakdown-consistent", **fields) + outside)

    def _intensive_breakdown(self, total: ClaimInterval, members: list[ClaimInterval], ids: list[str], named: str,
                             fields: dict, outside: str) -> None:
        """A breakdown by place in a topic of shares, rates, averages or temperatures (``unit_nests``): its parts
        are not summed (a region's 98% and another's 70% are no 168% of the country). A total marked complete is a
        mean of all its parts, weighted by what they share out, so it lies between the least and the greatest of
        them; a total of some parts only may be anything."""
        lo, hi = min(p.lower for p in members), max(p.upper for p in members)
        spread = ClaimInterval(id="(parts)", source=total.source, text="", lower=lo, upper=hi, lower_inclusive=True,
                               upper_inclusive=True, population=(), criterion=None, place=None, as_of=None,
                               cites=None, part_of=None, complete=False)
        span = interval_text(lo, hi, True, True)
        unit = self.topic.unit
        if total.complete and (below(total, spread) or below(spread, total)):
            low, high = (total, spread) if below(total, spread) else (spread, total)
            gap, ratio = size(low, high)
            how, by = wording.over_by(gap, low, high, *(("total", "parts") if low is total else ("parts", "total")))
            self.add("breakdown-conflict", ids, self.words.explain(
                "breakdown-conflict", head=f"{named} span {span}", how="all " + how.replace("more than", "above")
                .replace("short of", "below"), by=by,
                why=f", although the breakdown is marked complete: in {unit} a total of all its parts lies between "
                    "the least and the greatest of them.", total_text=fields["total_text"],
                total_interval=fields["total_interval"]) + outside, gap=gap, ratio=ratio)
            return
        why = ("" if total.complete else
               f" (in {unit} parts are not summed: a total of some of them may be anything)")
        self.add("breakdown-consistent", ids, self.words.explain(
            "breakdown-consistent", head=f"{named} span {span}{why}", total_text=fields["total_text"],
            total_interval=fields["total_interval"]) + outside)

    def _outside(self, total: ClaimInterval, parts: list[ClaimInterval]) -> str:
        """The words on the parts whose scope is not within their total's (another population,
        criterion, place or date: "p2 (population) is not within the total's scope"), or "": a
        part_of that names the wrong total reads as a double count otherwise."""
        named = []
        whole, relation = total.scope, self.relations.field_relation
        for part in parts:
            # each field the same as the total's, or narrower (the total's the wider: -1); None: apart
            scope = part.scope
            wrong = [name for n, name in enumerate(("population", "criterion", "place", "as_of"))
                     if relation(n, scope[n], whole[n])[0] not in (0, -1)]
            if wrong:
                named.append(f"{part.id} ({', '.join(wrong)})")
        if not named:
            return ""
        return (f" {', '.join(named)} {'is' if len(named) == 1 else 'are'} not within the total's scope"
                f" (population, criterion, place and date): check {'its' if len(named) == 1 else 'their'} part_of.")


def _digits(text: str) -> str:
    """A number's text without its separators: "1000" and "1,000" state the same."""
    return re.sub(r"[,.\s\u00a0\u202f]", "", text)


def _scope_order(key: tuple) -> tuple:
    """The order a scope-difference names its two stated scopes in."""
    return (list(key[0]), key[1] or "", key[2] or "", key[3] or "")


def _bounds(agreed: tuple[float, float, bool, bool]) -> tuple[float | None, float | None, bool, bool]:
    lower, upper, lower_inclusive, upper_inclusive = agreed
    return (None if lower == -INF else lower, None if upper == INF else upper, lower_inclusive, upper_inclusive)


# --- the claims frame -> claims per topic -----------------------------------------------------

#: claim fields whose values repeat: one str per distinct value, shared (``shared_list``)
SHARED = ("source", "topic", "text", "criterion", "place", "as_of", "cites", "part_of", "stated_on", "via", "lang")


#: the claim columns a reconciler reads (``to_claims``, ``quotes.QuoteChecks``): what
#: ``reconcile(..., release=True)`` keeps of the claims frame
COLUMNS = ("id", "source", "topic", "text", "lower", "upper", "lower_inclusive", "upper_inclusive", "population",
           "criterion", "place", "as_of", "cites", "part_of", "complete", "stated_on", "via", "lang", "quote")


def to_claims(frame: pd.DataFrame, counts: dict[str, bool]) -> dict[str, list[ClaimInterval]]:
    """Claims per topic; a missing lower bound is 0 for counts."""
    out: dict[str, list[ClaimInterval]] = defaultdict(list)
    if frame.empty:
        return out
    columns = [shared_list(frame[name]) if name in SHARED else frame[name].tolist() for name in (
        "id", "source", "topic", "text", "lower", "upper", "lower_inclusive", "upper_inclusive",
        "population", "criterion", "place", "as_of", "cites", "part_of", "complete", "stated_on", "via", "lang")]
    # the shared columns hold None for a missing value already (``shared_list``)
    for (cid, source, topic, text, lower, upper, lo_inc, hi_inc, population, criterion, place,
         as_of, cites, part_of, complete, stated_on, via, lang) in zip(*columns):
        if lower != lower:  # NaN: unbounded below
            lower, lo_inc = (0.0, True) if counts.get(topic, True) else (-INF, False)
        if upper != upper:
            upper, hi_inc = INF, False
        out[topic].append(ClaimInterval(cid, source, text, float(lower), float(upper), bool(lo_inc), bool(hi_inc),
                                        population if type(population) is tuple else tuple(population),
                                        criterion, place, as_of, cites, part_of, bool(complete), stated_on,
                                        None if via == source else via, lang))
    # (a claim read in its claimant's own outlet was read in no other: "via: example-news" on the outlet's own
    # claim, as extract writes it, and no via are one outlet, not two: a value-conflict, not a quotation-mismatch)
    return out


def topic_reconcilers(project: Project, frame: pd.DataFrame, max_findings: int | None = 0, *,
                      parallel: bool = False, quotes: QuoteChecks | None = None,
                      release: bool = False) -> Iterator[TopicReconciler]:
    """A reconciler per topic of the claims, run, in topic order; each keeps its
    ``max_findings`` most urgent findings (0: all) and counts the rest (``omitted``).
    ``parallel``: the quotes are read partly in a helper process (``quotes.QuoteChecks``).
    ``quotes``: the quote check of these claims, begun earlier (``pipeline.read_quotes_ahead``).
    ``release``: the frame is emptied in place (``empty_frame``) once its claims are read, before
    any topic is reconciled (at a million claims, some 160 MB less at the peak)."""
    if quotes is None:
        quotes = QuoteChecks(frame, project.quantity_config, parallel=parallel)   # a helper begins
    with quotes:
        by_topic = to_claims(frame, topic_counts(project))
        if release:
            empty_frame(frame)
        yield from reconcile_topics(project, by_topic, quotes, max_findings)


def empty_frame(frame: pd.DataFrame) -> None:
    """Drop every column of ``frame``, in place, and give back the memory Arrow's allocator
    holds unused (text columns may be Arrow's): its claims go now, whoever still holds it."""
    from reconcile.runtime.memory import release_arrow_memory

    for name in list(frame.columns):
        del frame[name]
    release_arrow_memory()


def topic_counts(project: Project) -> dict[str, bool]:
    """topic -> whether its unit counts (a missing lower bound is then 0: ``to_claims``)."""
    return {tid: unit_counts(t.unit) for tid, t in project.topics.items()}


def unit_counts(unit: str) -> bool:
    """Whether a topic's unit counts people or things ("people", "count", "deaths", "tents"), whose
    values are never below 0: SPEC §4 then reads "less than 500" as [0, 500). A percentage, a
    currency and a measure ("%", "USD", "km") are no count and can go negative ("less than 1%"
    agrees with "-9.9%"), and so can a count noun whose name says so ("net change")."""
    known = unit_named(unit)
    if known is not None and known[0] != "people":
        return False
    folded = unit.lower()
    return not any(word in folded for word in SIGNED_UNITS)


def reconcile_topics(project: Project, by_topic: dict[str, list[ClaimInterval]], quotes: QuoteChecks,
                     max_findings: int | None = 0) -> Iterator[TopicReconciler]:
    """``topic_reconcilers`` of claims made already (``to_claims``; ``by_topic`` is emptied as
    they go) and their quote check: plain Python, no frame read. The topics are taken a few
    hundred at a time, and the stated scopes of the small ones related all at once
    (``batch.related_scopes``), not topic by topic."""
    places = PlaceIndex(project.places.values())
    batch: list[TopicReconciler] = []
    pairs = 0
    for topic_id in sorted(by_topic):
        claims = by_topic.pop(topic_id)   # freed once its reconciler lets go of it (``release``)
        topic = project.topics.get(topic_id) or Topic(id=topic_id, title=topic_id)
        reconciler = TopicReconciler(topic, claims, project, places, max_findings=max_findings)
        batch.append(reconciler)
        pairs += len(reconciler.keys) * (len(reconciler.keys) + 1) // 2
        if pairs >= BATCH_PAIRS:
            yield from _run_together(batch, quotes)
            batch, pairs = [], 0
    yield from _run_together(batch, quotes)


#: topics are related together (``batch``) when they have at most this many stated scopes, so
#: many that their pairs of stated scopes reach ``BATCH_PAIRS`` at a time
BATCH_SCOPES = 100
BATCH_PAIRS = 50_000


def _run_together(reconcilers: list[TopicReconciler], quotes: QuoteChecks) -> Iterator[TopicReconciler]:
    """The reconcilers run in order, the stated scopes of the small topics related at once; each
    told its quote check (``quotes.of``) only when its turn comes, as a helper may be reading it."""
    small = [r for r in reconcilers if 0 < len(r.keys) <= BATCH_SCOPES]
    for reconciler, related in zip(small, related_scopes([(r.relations, r.keys, r.bounds()) for r in small])
                                   if small else ()):
        reconciler.related = related
    for reconciler in reconcilers:
        reconciler.unquoted = quotes.of(reconciler.topic.id)
        reconciler.run()
        yield reconciler


def find_conflicts(project: Project, frame: pd.DataFrame) -> list[Finding]:
    """Every finding of every topic, sorted by topic, kind and claims."""
    findings = [f for r in topic_reconcilers(project, frame) for f in r.findings]
    return sorted(findings, key=FINDING_ORDER)


def stated_scopes(project: Project, frame: pd.DataFrame) -> dict[str, list[StatedScope]]:
    """topic -> its stated scopes, each with the claims in the same scope and each origin's figure
    (the estimate stage's input)."""
    return {r.topic.id: r.scopes for r in topic_reconcilers(project, frame)}


class Reconciled(NamedTuple):
    """What ``reconcile_claims`` gives: the kept findings (sorted by topic, kind and claims),
    the stated scopes per topic, and per topic the count by kind of the findings not kept."""

    findings: list[Finding]
    scopes: dict[str, list[StatedScope]]
    omitted: dict[str, dict[str, int]]


def reconcile_claims(project: Project, frame: pd.DataFrame, max_findings: int | None = 0, *,
                     parallel: bool = False, quotes: QuoteChecks | None = None, release: bool = False,
                     sink: Callable[[str, list[Finding]], None] | None = None) -> Reconciled:
    """Findings (as ``find_conflicts``, at most ``max_findings`` per topic, the most urgent; 0:
    all) and stated scopes (as ``stated_scopes``) in one pass. ``parallel``, ``quotes``,
    ``release``: as ``topic_reconcilers``; ``sink``: as ``gathered``."""
    return gathered(topic_reconcilers(project, frame, max_findings, parallel=parallel, quotes=quotes,
                                      release=release), sink)


def gathered(reconcilers: Iterable[TopicReconciler],
             sink: Callable[[str, list[Finding]], None] | None = None) -> Reconciled:
    """The findings (sorted), stated scopes and counts of topic reconcilers, in topic order.
    ``sink``: given each topic's findings (its id, them sorted) as its reconciler is done, and
    they are let go then, not gathered (``Reconciled.findings`` is empty): a million claims'
    findings, which hold their reconcilers (their words are written when read), never all at
    once (``model.spool.FindingSpool``)."""
    findings: list[Finding] = []
    scopes: dict[str, list[StatedScope]] = {}
    omitted: dict[str, dict[str, int]] = {}
    # each topic's findings sorted on their own (a sort of a million findings at once compares
    # each some 20 times, of a topic's some 6 times); then, the topics in order, they are all
    # in order already (a topic's findings name it: ``sort_key`` begins with the topic)
    in_order = True
    last = None
    for reconciler in reconcilers:
        topic = reconciler.topic.id
        in_order = in_order and (last is None or last < topic)
        last = topic
        if sink is None:
            findings.extend(sorted(reconciler.findings, key=FINDING_ORDER))
        else:
            sink(topic, sorted(reconciler.findings, key=FINDING_ORDER))
            reconciler.findings = []
        scopes[topic] = reconciler.scopes
        if reconciler.omitted:
            omitted[topic] = reconciler.omitted
    return Reconciled(findings if in_order else sorted(findings, key=FINDING_ORDER), scopes, omitted)


def _maximal_groups(groups: list[tuple]) -> list[tuple]:
    """The agreement groups of a topic that no other group of it holds (SPEC §5: maximal groups, at most as
    many as origins). Overlapping stated scopes (an unspecified place beside three regions, days within the
    tolerance) each give a group; one whose claims all sit in a larger group of another scope repeats that
    agreement ("A and B agree" four times for two origins). ``groups``: (claim ids, ...) in the order found."""
    if len(groups) < 2:
        return groups
    holding: dict[str, list[int]] = defaultdict(list)   # a claim id -> the groups that hold it
    for k, group in enumerate(groups):
        for cid in group[0]:
            holding[cid].append(k)
    sets = [frozenset(group[0]) for group in groups]
    # a group that holds all of g's claims holds its first one: only those are compared. It repeats g only when
    # it agrees on no more than g does (its range within g's): a narrower scope that agrees on another range
    # (150 in one region, within a wider scope's 190) says something of its own and stays (R1)
    return [group for k, group in enumerate(groups)
            if not any(len(sets[j]) > len(sets[k]) and sets[k] <= sets[j] and _range_within(groups[j][2], group[2])
                       for j in holding[group[0][0]])]


def _range_within(inner: tuple, outer: tuple) -> bool:
    """Whether the agreed range ``inner`` (lower, upper, lower inclusive, upper inclusive) lies in ``outer``."""
    lo, hi, lo_in, hi_in = inner[:4]
    out_lo, out_hi, out_lo_in, out_hi_in = outer[:4]
    return (lo > out_lo or lo == out_lo and (out_lo_in or not lo_in)) and \
        (hi < out_hi or hi == out_hi and (out_hi_in or not hi_in))

"""Disjoint pairs of claims of two related stated scopes, counted in bulk (SPEC.md §5).

Within two stated scopes that are the same or nested (a *block*: the claims of one below the
claims of the other), the row a disjoint pair of claims falls under depends on the pair only
through a few things: whether their bounds touch, whether one claimant states both (and then
whether in one statement and one outlet), whether they echo one origin, and whether one is
``part_of`` the other. So ``ClaimArrays.kinds`` counts a block's pairs by kind from sorted arrays
(``np.searchsorted`` over the claims grouped by claimant, origin and statement: the claims of
one group against those of the same group in the other scope), classifies one by one only the
pairs whose kind depends on more (one claimant's claims from two statements or outlets), and
takes out the breakdown pairs (no finding), which are found from the parts, not the pairs.

The findings a topic keeps are the most urgent: conflicts, then the largest gaps. ``Walk`` gives
a block's disjoint pairs from the largest gap down (claims sorted by upper bound against claims
sorted by lower bound, a heap over the blocks: the k largest sums of two sorted arrays), so
building the kept ones costs O(kept log n), and ``touching`` the pairs that only touch (gap 0).

``pairs.TopicReconciler`` uses this for large blocks when it keeps a bounded number of findings;
its pair-by-pair walk (``_disjoint``) stays the definition, and tests/conflicts check that the two
give the same findings and the same counts.
"""
from __future__ import annotations

import heapq
from collections import defaultdict
from dataclasses import dataclass, field
from typing import Iterator

import numpy as np

from reconcile.conflicts.origins import reaching, who
from reconcile.conflicts.scopes import SAME, Relation, ScopeRelations
from reconcile.conflicts.table import part_related, pair_kind, row_kind
from reconcile.model.intervals import ClaimInterval, below

#: how claims are grouped when counting pairs within a group (a claim's code in each)
GROUPS = ("source", "origin", "claimant", "statement")


@dataclass
class Block:
    """The pairs with a claim of ``low`` (one stated scope) entirely below a claim of ``high``
    (a related one, or the same); ``relation`` is how low's scope relates to high's."""

    low: list[ClaimInterval]
    high: list[ClaimInterval]
    relation: Relation
    low_index: np.ndarray = field(repr=False, default_factory=lambda: np.zeros(0, dtype=np.int64))
    high_index: np.ndarray = field(repr=False, default_factory=lambda: np.zeros(0, dtype=np.int64))


class ClaimArrays:
    """One topic's claims as arrays: where each interval starts and ends (ranks of
    ``intervals.start_key`` / ``end_key``, and of the bare values), and each claim's code in
    each of ``GROUPS`` (source; origin; origin and source; source, stated_on and via)."""

    def __init__(self, claims: list[ClaimInterval], origin: dict[str, str]) -> None:
        n = len(claims)
        self.position = {c.id: i for i, c in enumerate(claims)}
        lower = np.array([c.lower for c in claims], dtype=float)
        upper = np.array([c.upper for c in claims], dtype=float)
        lower_inclusive = np.array([c.lower_inclusive for c in claims], dtype=bool)
        upper_inclusive = np.array([c.upper_inclusive for c in claims], dtype=bool)
        # [v before (v for a start, v) before v] for an end: one ordering of both kinds of key
        values = np.concatenate((lower, upper))
        flags = np.concatenate((np.where(lower_inclusive, 0, 1), np.where(upper_inclusive, 0, -1)))
        order = np.lexsort((flags, values))
        new = np.ones(2 * n, dtype=bool)
        new[1:] = (values[order][1:] != values[order][:-1]) | (flags[order][1:] != flags[order][:-1])
        rank = np.empty(2 * n, dtype=np.int64)
        rank[order] = np.cumsum(new) - 1
        self.start, self.end = rank[:n], rank[n:]
        self.ranks = int(rank.max()) + 1 if n else 1
        distinct = np.unique(values)
        self.lower_value = np.searchsorted(distinct, lower).astype(np.int64)
        self.upper_value = np.searchsorted(distinct, upper).astype(np.int64)
        self.values = len(distinct) or 1
        keys: dict[str, list] = {
            "source": [c.source for c in claims],
            "origin": [origin[c.id] for c in claims],
            "claimant": [(origin[c.id], c.source) for c in claims],
            "statement": [(c.source, c.stated_on or "", c.via or "") for c in claims],
        }
        self.groups: dict[str, np.ndarray] = {}
        for name, column in keys.items():
            codes: dict = {}
            self.groups[name] = np.fromiter((codes.setdefault(k, len(codes)) for k in column), dtype=np.int64,
                                            count=n)
        self._sorted: dict[tuple, np.ndarray] = {}
        self._cached: dict[tuple, tuple] = {}
        self.totals = {c.part_of for c in claims if c.part_of}

    def index(self, claims: list[ClaimInterval], keep: bool = False) -> np.ndarray:
        """The claims' positions in the arrays; ``keep``: remembered for this list (a stated
        scope's, which lives as long as its reconciler: the lists are told apart by ``id``)."""
        key = ("index", id(claims))
        found = self._cached.get(key) if keep else None
        if found is None:
            found = (np.fromiter((self.position[c.id] for c in claims), dtype=np.int64, count=len(claims)),)
            if keep:
                self._cached[key] = found
        return found[0]

    def count(self, block: Block, group: str | None = None, strict: bool = False) -> int:
        """How many pairs of the block have the low claim below the high one (``strict``: the
        high one's lower bound above the low one's upper bound, not only touching), both
        claims of one ``group`` when given."""
        low, high = block.low_index, block.high_index
        if strict:
            ends, starts, width = self.upper_value[low], self.lower_value[high], self.values
        else:
            ends, starts, width = self.end[low], self.start[high], self.ranks
        key = (id(block.high), group, strict)
        keys = self._sorted.get(key)
        if group is None:
            if keys is None:
                keys = self._sorted[key] = np.sort(starts)
            return int(len(keys) * len(ends) - np.searchsorted(keys, ends, side="right").sum())
        codes = self.groups[group]
        if keys is None:
            keys = self._sorted[key] = np.sort(codes[high] * width + starts)
        base = codes[low] * width
        top = np.searchsorted(keys, base + (width - 1), side="right")
        return int((top - np.searchsorted(keys, base + ends, side="right")).sum())

    def _breakdown(self, claims: list[ClaimInterval]) -> tuple[dict, dict, list[ClaimInterval]]:
        """A scope's claims by id, its parts by total, and its parts (kept per scope)."""
        key = ("breakdown", id(claims))
        found = self._cached.get(key)
        if found is None:
            parts: dict[str, list[ClaimInterval]] = defaultdict(list)
            for claim in claims:
                if claim.part_of:
                    parts[claim.part_of].append(claim)
            found = self._cached[key] = ({c.id: c for c in claims} if parts or self.totals else {}, parts,
                                         [c for c in claims if c.part_of])
        return found

    def breakdown_pairs(self, block: Block) -> Iterator[tuple[ClaimInterval, ClaimInterval]]:
        """The block's disjoint pairs of a part and its total, or two parts of one total (few:
        found from the parts and totals, not from the pairs)."""
        if not self.totals:
            return
        low_ids, low_parts_by_total, low_parts = self._breakdown(block.low)
        high_ids, high_parts, _ = self._breakdown(block.high)
        lows = {c.id: c for c in low_parts}
        lows.update((total, low_ids[total]) for total in high_parts if total in low_ids)
        for low in lows.values():
            related = {}
            if low.part_of:
                total = high_ids.get(low.part_of)
                if total is not None:
                    related[total.id] = total
                related.update((c.id, c) for c in high_parts.get(low.part_of, ()))
            related.update((c.id, c) for c in high_parts.get(low.id, ()))
            for high in related.values():
                if below(low, high) and part_related(low, high):
                    yield low, high

    def sides(self, block: Block) -> tuple[np.ndarray, list[ClaimInterval], np.ndarray, list[ClaimInterval]]:
        """The block's low claims by upper bound (and those bounds), its high claims by lower
        bound, descending (kept per scope)."""
        key = ("low", id(block.low))
        low = self._cached.get(key)
        if low is None:
            ordered = sorted(block.low, key=lambda c: (c.upper, c.id))
            low = self._cached[key] = (np.array([c.upper for c in ordered], dtype=float), ordered)
        key = ("high", id(block.high))
        high = self._cached.get(key)
        if high is None:
            ordered = sorted(block.high, key=lambda c: (-c.lower, c.id))
            high = self._cached[key] = (np.array([c.lower for c in ordered], dtype=float), ordered)
        return low[0], low[1], high[0], high[1]

    def kinds(self, block: Block, origin: dict[str, str], scopes: ScopeRelations) -> dict[str, int]:
        """The block's disjoint pairs by the kind ``pair_kind`` gives them (a nested block's low
        side being the wider scope, as ``TopicReconciler`` asks)."""
        rel = block.relation
        disjoint, strict = self.count(block), self.count(block, strict=True)
        counts: dict[str, int] = defaultdict(int)
        counts["boundary-disagreement"] = disjoint - strict   # pairs that only touch, whoever states them
        if rel.kind == SAME:
            one_claimant = self.count(block, "source", True)
            one_statement = self.count(block, "statement", True)
            echoes = self.count(block, "origin", True) - self.count(block, "claimant", True)
            counts["value-conflict"] = strict - one_claimant - echoes + one_statement
            counts["quotation-mismatch"] = echoes
            # echoes of two origins (one claim's chain reaches the other's claimant): few, pair by pair
            reached = sum(1 for low, high in reaching(block.low, block.high, origin) if low.upper < high.lower)
            counts["value-conflict"] -= reached
            counts["quotation-mismatch"] += reached
            if one_claimant > one_statement:   # one claimant, two statements or outlets: pair by pair
                for low, high in _other_statements(block):
                    kind = pair_kind(low, high, rel, who(low, high, origin), scopes)
                    if kind is not None:
                        counts[kind] += 1
        else:   # nested, the low side the wider scope
            temporal = self.count(block, "source", True) if scopes.cumulative and rel.later == 1 else 0
            counts["temporal-conflict"] = temporal
            counts["order-conflict"] = strict - temporal
        for low, high in self.breakdown_pairs(block):   # counted above as if they were not a breakdown
            if rel.kind == SAME and low.source == high.source and _statement(low) != _statement(high) \
                    and low.upper < high.lower:
                continue   # classified pair by pair above, breakdown included
            kind = row_kind(low, high, rel, who(low, high, origin), scopes)
            if kind is not None:
                counts[kind] -= 1
        return {kind: n for kind, n in counts.items() if n}


def _statement(claim: ClaimInterval) -> tuple:
    return (claim.stated_on or "", claim.via or "")


def _other_statements(block: Block) -> Iterator[tuple[ClaimInterval, ClaimInterval]]:
    """The pairs of one claimant's claims from two statements or outlets, the high one's lower
    bound above the low one's upper bound."""
    highs: dict[str, list[ClaimInterval]] = defaultdict(list)
    for claim in block.high:
        highs[claim.source].append(claim)
    for low in block.low:
        for high in highs.get(low.source, ()):
            if low.upper < high.lower and _statement(low) != _statement(high):
                yield low, high




class Walk:
    """The strictly disjoint pairs of some blocks (the high claim's lower bound above the low
    one's upper bound), from the largest gap down: per block, the low claims sorted by upper
    bound and the high ones by lower bound, descending; a heap holds each block's frontier."""

    def __init__(self, blocks: list[Block], arrays: ClaimArrays) -> None:
        self.sides: list[tuple[np.ndarray, list[ClaimInterval], np.ndarray, list[ClaimInterval]]] = []
        self.heap: list[tuple[float, int, int, int]] = []
        for n, block in enumerate(blocks):
            uppers, low, lowers, high = arrays.sides(block)
            self.sides.append((uppers, low, lowers, high))
            if len(low) and len(high) and lowers[0] > uppers[0]:
                self.heap.append((uppers[0] - lowers[0], n, 0, 0))
        heapq.heapify(self.heap)

    def __iter__(self) -> Iterator[tuple[float, int, ClaimInterval, ClaimInterval]]:
        """(gap, block number, low claim, high claim), the largest gap first."""
        heap = self.heap
        while heap:
            negative, n, i, j = heapq.heappop(heap)
            uppers, low, lowers, high = self.sides[n]
            if j + 1 < len(lowers) and lowers[j + 1] > uppers[i]:
                heapq.heappush(heap, (uppers[i] - lowers[j + 1], n, i, j + 1))
            if j == 0 and i + 1 < len(uppers) and lowers[0] > uppers[i + 1]:
                heapq.heappush(heap, (uppers[i + 1] - lowers[0], n, i + 1, 0))
            yield -negative, n, low[i], high[j]


def touching(block: Block) -> Iterator[tuple[ClaimInterval, ClaimInterval]]:
    """The block's pairs that only touch: the low claim's upper bound is the high one's lower
    bound, which one of them excludes (gap 0)."""
    highs: dict[float, list[ClaimInterval]] = defaultdict(list)
    for claim in block.high:
        highs[claim.lower].append(claim)
    for low in block.low:
        for high in highs.get(low.upper, ()):
            if not (low.upper_inclusive and high.lower_inclusive):
                yield low, high


def echo_pairs(claims: list[ClaimInterval],
               echoes: list[ClaimInterval]) -> Iterator[tuple[ClaimInterval, ClaimInterval]]:
    """The pairs of one origin's claims by two claimants whose values overlap, each once:
    ``echoes`` are its claims by another claimant than the origin, and every such pair holds
    one, so the work grows with the echoes times the claims, not with every overlapping pair."""
    echo_ids = {c.id for c in echoes}
    for echo in echoes:
        for other in claims:
            if other.source != echo.source and (other.id not in echo_ids or echo.id < other.id) \
                    and not below(echo, other) and not below(other, echo):
                yield echo, other


def count_echo_pairs(arrays: ClaimArrays, claims: list[ClaimInterval], echoes: list[ClaimInterval],
                     scopes: ScopeRelations) -> int:
    """How many pairs of one origin's claims are circular-reporting (SPEC.md §5: an echo, values
    that overlap, the same population, criterion and place, neither part of the other), counted
    from sorted arrays: each echo against the origin's own claims of each population, criterion
    and place that fits (every such pair holds an echo, ``echo_pairs``), then the pairs of two
    echoes one by one, less the breakdown pairs."""
    echo_ids = {c.id for c in echoes}
    own = [c for c in claims if c.id not in echo_ids]
    groups: dict[tuple, list[ClaimInterval]] = defaultdict(list)
    for claim in own:
        groups[claim.scope[:3]].append(claim)
    ranks = {key: (np.sort(arrays.end[arrays.index(group)]), np.sort(arrays.start[arrays.index(group)]))
             for key, group in groups.items()}
    by_fields: dict[tuple, list[ClaimInterval]] = defaultdict(list)
    for echo in echoes:
        by_fields[echo.scope[:3]].append(echo)
    total = 0
    for key, group in by_fields.items():
        index = arrays.index(group)
        starts, ends = arrays.start[index], arrays.end[index]
        for other, (their_ends, their_starts) in ranks.items():
            if scopes.same_fields(key, other):   # overlapping: neither below the other
                total += len(their_ends) * len(group) - int(np.searchsorted(their_ends, starts, side="left").sum()) \
                    - int((len(their_starts) - np.searchsorted(their_starts, ends, side="right")).sum())
    for n, first in enumerate(echoes):
        for second in echoes[n + 1:]:
            total += (first.source != second.source and not below(first, second) and not below(second, first)
                      and scopes.same_fields(first.scope, second.scope) and not part_related(first, second))
    by_id = {c.id: c for c in own}
    parts: dict[str, list[ClaimInterval]] = defaultdict(list)
    for claim in own:
        if claim.part_of:
            parts[claim.part_of].append(claim)
    for echo in echoes:   # breakdown pairs counted above
        related = {c.id: c for c in parts.get(echo.id, ())}
        if echo.part_of:
            related.update((c.id, c) for c in parts.get(echo.part_of, ()))
            if echo.part_of in by_id:
                related[echo.part_of] = by_id[echo.part_of]
        total -= sum(1 for other in related.values() if scopes.same_fields(echo.scope, other.scope)
                     and not below(echo, other) and not below(other, echo))
    return total

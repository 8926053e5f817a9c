"""The stated scopes of many small topics related at once (SPEC.md §5): one numpy pass for all.

A topic's reconciler relates each pair of its stated scopes (``pairs.TopicReconciler``,
``scopes.ScopeTable``): some thirty numpy calls on arrays of a few dozen pairs. A desk project
of a million claims has twenty thousand topics of some fourteen stated scopes, so those calls,
not the pairs, were the cost. ``related_scopes`` takes many topics' stated scopes and gives
each topic what ``TopicReconciler.check_scope_pairs`` reads, the same as its own pass would:
the pairs of scopes (of that topic only, each pair once, a scope with itself too, in the same
order) that are the same scope, the nested pairs whose wider scope has a claim below one of
the narrower, and the pairs that may be scope differences.

Every pair of every topic is laid out at once (a topic index per pair); each field's relation
is worked out once per distinct (what it depends on, value, value): population and place alike
in every topic, criterion by the topic's ``criteria: within``, as_of by whether it is
cumulative and its date tolerance (``ScopeRelations.context``).
"""
from __future__ import annotations

from functools import lru_cache
from typing import NamedTuple, Sequence

import numpy as np

from reconcile.conflicts.scopes import FIELD_BITS, SCOPE_DIFFERENCE_BITS, ScopeRelations

#: (each scope's lowest end and whether it is inclusive, its highest start and whether inclusive)
Bounds = tuple[Sequence[float], Sequence[bool], Sequence[float], Sequence[bool]]


class Related(NamedTuple):
    """How the stated scopes of one topic relate, as ``check_scope_pairs`` reads it (indexes into
    the topic's sorted scopes): ``same``, (i, j, whether a claim of one is below one of the
    other); ``nested``, (i, j) whose wider scope has a claim below one of the narrower;
    ``differences``, rows of (i, j, the bits of the fields that differ) that may be scope
    differences."""

    same: list[tuple[int, int, bool]]
    nested: list[tuple[int, int]]
    differences: np.ndarray


@lru_cache(maxsize=512)
def _upper_pairs(n: int) -> tuple[np.ndarray, np.ndarray]:
    """Each pair (i, j), i <= j < n, row by row."""
    return np.triu_indices(n)


def below(end: np.ndarray, end_inclusive: np.ndarray, start: np.ndarray, start_inclusive: np.ndarray) -> np.ndarray:
    """``intervals.below`` for arrays: an interval ending at ``end`` is entirely below one
    starting at ``start``."""
    return (end < start) | ((end == start) & ~(end_inclusive & start_inclusive))


def related_scopes(topics: Sequence[tuple[ScopeRelations, Sequence[tuple], Bounds]]) -> list[Related]:
    """For each (relations, sorted stated scopes, their bounds) of a topic with at least one
    stated scope, how its scopes relate (``Related``)."""
    sizes = np.array([len(keys) for _, keys, _ in topics], dtype=np.int64)
    offsets = np.concatenate(([0], np.cumsum(sizes)))
    rows_of, columns_of = [], []
    for n, offset in zip(sizes.tolist(), offsets.tolist()):
        rows, columns = _upper_pairs(n)
        rows_of.append(rows + offset)
        columns_of.append(columns + offset)
    first, second = np.concatenate(rows_of), np.concatenate(columns_of)   # into every topic's scopes, laid end to end
    topic = np.repeat(np.arange(len(topics)), sizes * (sizes + 1) // 2)
    positive = np.zeros(len(first), dtype=bool)
    negative = np.zeros(len(first), dtype=bool)
    unrelated = np.zeros(len(first), dtype=bool)
    differ = np.zeros(len(first), dtype=np.int64)
    for field in range(4):
        relation, differs = _field(topics, field, first, second, topic)
        positive |= relation == 1
        negative |= relation == -1
        unrelated |= relation == 2
        differ |= differs.astype(np.int64) << FIELD_BITS[field]
    # (a topic of shares or rates nests no scope in another: ``unit_nests``)
    nests = np.array([relations.nests for relations, _, _ in topics], dtype=bool)[topic]
    kind = np.where(unrelated | (positive & negative), 2, np.where(positive | negative, np.where(nests, 1, 2), 0))
    end, end_inclusive, start, start_inclusive = (np.concatenate([np.asarray(b[n], dtype=float if n % 2 == 0 else bool)
                                                                  for _, _, b in topics]) for n in range(4))
    below_it = below(end[first], end_inclusive[first], start[second], start_inclusive[second])
    above_it = below(end[second], end_inclusive[second], start[first], start_inclusive[first])
    apart = below_it | above_it
    local_first, local_second = first - offsets[topic], second - offsets[topic]
    edges = np.arange(len(topics) + 1)
    # the same scope; nested where the wider one has a claim below one of the narrower; different
    same = np.nonzero(kind == 0)[0]
    same_rows = list(zip(local_first[same].tolist(), local_second[same].tolist(), apart[same].tolist()))
    same_edges = np.searchsorted(topic[same], edges).tolist()
    nested = np.nonzero((kind == 1) & np.where(positive, below_it, above_it))[0]
    nested_rows = list(zip(local_first[nested].tolist(), local_second[nested].tolist()))
    nested_edges = np.searchsorted(topic[nested], edges).tolist()
    different = np.nonzero((kind == 2) & (differ & SCOPE_DIFFERENCE_BITS != 0) & apart)[0]
    difference_rows = np.stack((local_first[different], local_second[different], differ[different]), axis=1)
    difference_edges = np.searchsorted(topic[different], edges).tolist()
    return [Related(same_rows[same_edges[n]:same_edges[n + 1]], nested_rows[nested_edges[n]:nested_edges[n + 1]],
                    difference_rows[difference_edges[n]:difference_edges[n + 1]]) for n in range(len(topics))]


def _field(topics: Sequence[tuple[ScopeRelations, Sequence[tuple], Bounds]], field: int, first: np.ndarray,
           second: np.ndarray, topic: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Each pair's relation in one field (0 same, 1 the first wider, -1 the second, 2 not
    comparable) and whether the field differs: worked out once per distinct (context, value,
    value) by a topic's ``ScopeRelations`` of that context."""
    values: dict = {}
    contexts: dict = {}
    deciding: list[ScopeRelations] = []   # per context, the relations of a topic that has it
    codes: list[int] = []
    context_of: list[int] = []
    for relations, keys, _ in topics:
        context = relations.context(field)
        if context not in contexts:
            contexts[context] = len(contexts)
            deciding.append(relations)
        context_of.append(contexts[context])
        codes.extend(values.setdefault(key[field], len(values)) for key in keys)
    code = np.array(codes, dtype=np.int64)
    size = len(values)
    combined = (np.array(context_of, dtype=np.int64)[topic] * size + code[first]) * size + code[second]
    distinct, inverse = np.unique(combined, return_inverse=True)
    names = list(values)
    relation = np.empty(len(distinct), dtype=np.int8)
    differs = np.empty(len(distinct), dtype=bool)
    for n, value in enumerate(distinct.tolist()):
        context, rest = divmod(value, size * size)
        a, b = divmod(rest, size)
        r, d, _ = deciding[context].field_relation(field, names[a], names[b])
        relation[n] = 2 if r is None else r
        differs[n] = d
    inverse = inverse.reshape(-1)
    return relation[inverse], differs[inverse]

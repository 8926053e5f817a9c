"""The pair table (SPEC.md §5): the one row, tried from the top, that a pair of claims falls under.

``pair_kind`` is the definition: every pair of claims of a topic gets its kind here (or None),
whether the reconciler meets it in a large topic or the pair is alone. The reconciler only
decides which pairs are worth asking about (``pairs.py``).
"""
from __future__ import annotations

from reconcile.conflicts.origins import ECHO, INDEPENDENT, ONE_CLAIMANT
from reconcile.conflicts.scopes import DIFFERENT, NESTED, SAME, Relation, ScopeRelations
from reconcile.model.intervals import ClaimInterval, below

#: kinds a single pair is a finding of (each pair its own finding)
PAIR_KINDS = ("circular-reporting", "quotation-mismatch", "boundary-disagreement", "value-conflict",
              "revision", "temporal-conflict", "order-conflict")
#: the agreement row: pairs grouped per origin, not a finding of their own
AGREEMENT = "value-agreement"
#: the scope-difference row: grouped per pair of stated scopes
SCOPE_DIFFERENCE = "scope-difference"


def part_related(a: ClaimInterval, b: ClaimInterval) -> bool:
    """One is part_of the other, or both are parts of one total: the breakdown findings judge them."""
    return a.part_of == b.id or b.part_of == a.id or (a.part_of is not None and a.part_of == b.part_of)


def pair_kind(a: ClaimInterval, b: ClaimInterval, relation: Relation, whose: str, scopes: ScopeRelations) -> str | None:
    """The kind of the pair (a, b), ``relation`` being how a's stated scope relates to b's and
    ``whose`` one of one-claimant, echo, independent; None for the rows without a finding."""
    if part_related(a, b):
        return None
    return row_kind(a, b, relation, whose, scopes)


def row_kind(a: ClaimInterval, b: ClaimInterval, relation: Relation, whose: str, scopes: ScopeRelations) -> str | None:
    """``pair_kind`` past the first row: the kind the pair would have were neither claim
    ``part_of`` the other (what counting pairs in bulk assumes, then corrects for breakdowns)."""
    low: ClaimInterval | None
    high: ClaimInterval | None
    if below(a, b):
        low, high = a, b
    elif below(b, a):
        low, high = b, a
    else:
        low = high = None
    disjoint = low is not None and high is not None
    touching = low is not None and high is not None and low.upper == high.lower
    kind = relation.kind
    if whose == ECHO and not disjoint and scopes.same_fields(a.scope, b.scope):
        return "circular-reporting"
    if whose == ECHO and kind == SAME and disjoint and not touching:
        return "quotation-mismatch"
    if kind == SAME and touching:
        return "boundary-disagreement"
    wide = (a if relation.wider == 1 else b) if kind == NESTED else None
    if kind == NESTED and touching and low is wide:
        return "boundary-disagreement"
    if kind == SAME and whose == INDEPENDENT:
        return "value-conflict" if disjoint else AGREEMENT
    if kind == SAME and whose == ONE_CLAIMANT:
        if not disjoint:
            return None
        if scopes.same_statement(a.stated_on, b.stated_on):
            return "value-conflict" if a.via == b.via else "quotation-mismatch"
        return "revision"
    if kind == NESTED:
        if disjoint and low is wide:
            wide_later = relation.later == (1 if wide is a else -1)
            if whose == ONE_CLAIMANT and scopes.cumulative and wide_later:
                return "temporal-conflict"
            return "order-conflict"
        return None
    if kind == DIFFERENT and disjoint and ("population" in relation.differ or "criterion" in relation.differ):
        return SCOPE_DIFFERENCE
    return None

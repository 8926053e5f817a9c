"""Relations between claims -> findings (SPEC.md §5).

``find_conflicts`` gives every finding; ``origins`` each claim's origin; ``stated_scopes``
each topic's stated scopes with each origin's figure, which the estimate stage reads;
``reconcile_claims`` both at once (findings and stated scopes, one pass).
"""
from reconcile.conflicts.figures import Figure, StatedScope, agreement_groups, as_intervals
from reconcile.conflicts.origins import ECHO, INDEPENDENT, ONE_CLAIMANT, origins
from reconcile.conflicts.pairs import find_conflicts, reconcile_claims, stated_scopes, unit_counts
from reconcile.conflicts.table import pair_kind

__all__ = ["find_conflicts", "reconcile_claims", "stated_scopes", "origins", "Figure", "StatedScope",
           "agreement_groups", "as_intervals", "pair_kind", "unit_counts", "ONE_CLAIMANT",
           "ECHO", "INDEPENDENT"]

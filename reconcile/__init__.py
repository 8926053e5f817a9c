"""reconcile: numbers from different sources, normalized, checked and reconciled with provenance.

The public API::

    import reconcile
    project, claims = reconcile.load(["."])          # sources/ -> claims DataFrame
    report = reconcile.reconcile(project, claims)     # findings
    print(reconcile.render(report, "markdown"))
    validation = reconcile.validate(project, claims)  # Great Expectations suites
    reconcile.parse_quantity("más de 500")            # -> Quantity (500, ∞)
"""
from __future__ import annotations

from .errors import ReconcileError
from .model import Finding, Project, Quantity, Report, Validation
from .pipeline import load, reconcile, render, run, validate

__all__ = [
    "Finding", "Project", "Quantity", "ReconcileError", "Report", "Validation",
    "find_quantities", "load", "parse_quantity", "reconcile", "render", "run", "validate",
]


def __getattr__(name: str):
    # the parser is imported on first use, keeping `import reconcile` light
    if name in ("parse_quantity", "find_quantities"):
        from . import quantities

        return getattr(quantities, name)
    raise AttributeError(name)

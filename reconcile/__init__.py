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

from reconcile.errors import ReconcileError
from reconcile.model.records import Finding, Project, Quantity, Report, Validation
from reconcile.pipeline import load, reconcile, render, run, validate
from reconcile.quantities.parse import detect_lang, find_quantities, parse_quantity

__all__ = [
    "Finding", "Project", "Quantity", "ReconcileError", "Report", "Validation",
    "detect_lang", "find_quantities", "load", "parse_quantity", "reconcile", "render", "run", "validate",
]


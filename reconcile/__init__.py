"""reconcile: numbers from different sources, normalized, checked and reconciled with provenance.

The stages, in the order data passes through them (SPEC.md §6)::

    import reconcile
    project = reconcile.read(".")                     # sources/ -> declarations, raw claims
    claims = reconcile.normalize(project)             # values as intervals, names, places, dates
    validation = reconcile.validate(claims)           # Great Expectations suites
    report = reconcile.reconcile(claims, validation)  # every pair of claims related; findings
    report = reconcile.estimate(report, "hull")       # what the evidence supports
    print(reconcile.render(report, "markdown"))
    reconcile.run(".", "json")                        # all of it, as `reconcile report --format json`
    reconcile.parse_quantity("más de 500")            # -> Quantity (500, ∞)

Importing reconcile loads neither pandas nor Great Expectations: each stage imports what it needs.
"""
from __future__ import annotations

from typing import Any

from reconcile.errors import ReconcileError
from reconcile.model.records import Finding, Project, Quantity, Report, Validation
from reconcile.pipeline import (
    Claims, estimate, load, normalize, read, reconcile, render, run, source_table, validate,
)
from reconcile.quantities.parse import detect_lang, find_quantities, parse_quantity

__all__ = [
    "Claims", "Finding", "Project", "Quantity", "ReconcileError", "Report", "Validation",
    "detect_lang", "estimate", "find_quantities", "load", "normalize", "parse_quantity", "quantities_in_text",
    "read", "reconcile", "render", "run", "source_table", "validate",
]


def __getattr__(name: str) -> Any:
    # quantities_in_text lives with the extractor's prose rules; loaded on first use
    if name == "quantities_in_text":
        from reconcile import quantities

        return quantities.quantities_in_text
    raise AttributeError(f"module 'reconcile' has no attribute {name!r}")

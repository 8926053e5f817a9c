"""Great Expectations suites on the normalized claims (the only package that imports
great_expectations, and only when a suite runs): ``validate`` runs the project's suites,
``build_docs`` writes offline Data Docs, ``suggest_suite`` drafts a suite from the claims."""
from reconcile.expect.docs import build_docs
from reconcile.expect.gx import warm_up
from reconcile.expect.validate import MAX_FAILING, load_suite, run_suites, suggest_suite, validate

__all__ = ["MAX_FAILING", "build_docs", "load_suite", "run_suites", "suggest_suite", "validate", "warm_up"]

"""The library's entry points: load, reconcile, validate, render, run.

Everything the CLI does is a few lines of these.
"""
from __future__ import annotations

from pathlib import Path
from typing import Iterable

import pandas as pd

from reconcile.normalize.claims import build_frame
from reconcile.conflicts.pairs import find_conflicts
from reconcile.runtime.gcpause import gc_paused
from reconcile.model.records import REPORT_CLAIM_KEYS, Project, Report, Validation, plain_number
from reconcile.sources.project import read_project


def load(paths: Iterable[str | Path] | None = None) -> tuple[Project, pd.DataFrame]:
    """Read a project (folders or claim files) into its declarations and the claims frame."""
    return build_frame(read_project(paths))


def claim_records(frame: pd.DataFrame) -> tuple[dict, ...]:
    """The claims as plain JSON-safe dicts (``REPORT_CLAIM_KEYS``), sorted by id."""
    if frame.empty:
        return ()
    ordered = frame.sort_values("id", kind="stable")
    columns = {key: ordered[key].tolist() for key in REPORT_CLAIM_KEYS}
    records = []
    for values in zip(*columns.values()):
        record = {key: (None if isinstance(value, float) and value != value else value)
                  for key, value in zip(REPORT_CLAIM_KEYS, values)}
        record["lower"] = plain_number(record["lower"])
        record["upper"] = plain_number(record["upper"])
        record["lower_inclusive"] = bool(record["lower_inclusive"]) and record["lower"] is not None
        record["upper_inclusive"] = bool(record["upper_inclusive"]) and record["upper"] is not None
        record["population"] = list(record["population"])
        record["line"] = int(record["line"])
        records.append(record)
    return tuple(records)


def reconcile(project: Project, frame: pd.DataFrame, validation: Validation | None = None) -> Report:
    """Check every constraint between the claims; the report holds claims and findings, and
    the outcome of the expectation suites when given (``validate``), as ``reconcile report``
    shows them: its ``to_dict()`` is then what ``reconcile report --format json`` prints."""
    with gc_paused():
        findings = find_conflicts(project, frame)
        used_topics = set(frame["topic"]) if not frame.empty else set()
        return Report(claims=claim_records(frame), findings=tuple(findings), sources=dict(project.sources),
                      topics={k: v for k, v in project.topics.items() if k in used_topics},
                      validation=validation)


def validate(project: Project, frame: pd.DataFrame, suites: Iterable[Path] | None = None) -> Validation:
    """Run the project's expectation suites on the claims (imports Great Expectations lazily)."""
    from reconcile.expect.validate import validate as run_suites

    if suites is None and not any((Path(project.root) / "expectations").glob("*.json")):
        suites = [default_suite_path()]  # a project without suites still gets the shipped one
    return run_suites(frame, project, list(suites) if suites is not None else None)


def default_suite_path() -> Path:
    """The suite reconcile ships (and ``reconcile init`` copies) as expectations/claims.json."""
    from importlib import resources

    return Path(str(resources.files("reconcile").joinpath("templates/claims.json")))


def source_table(project: Project, frame: pd.DataFrame) -> list[dict]:
    """One row per source: id, name, kind, country, and how many claims it states."""
    counts = frame["source"].value_counts().to_dict() if not frame.empty else {}
    return [{"id": s.id, "name": s.name, "kind": s.kind, "country": s.country or "",
             "claims": int(counts.get(s.id, 0)), "file": s.file}
            for s in sorted(project.sources.values(), key=lambda s: s.id)]


def render(report: Report, fmt: str = "text", **options) -> str:
    from reconcile.report.render import render as render_report

    with gc_paused():
        return render_report(report, fmt, **options)


def run(paths: Iterable[str | Path] | None = None, fmt: str = "text") -> str:
    """Load, reconcile and render in one call."""
    project, frame = load(paths)
    return render(reconcile(project, frame), fmt)

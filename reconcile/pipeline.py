"""The library's stages, in the order data passes through them (SPEC.md §6, Python API)::

    project = read(".")                 # sources/ -> declarations and raw claims
    claims = normalize(project)         # raw claims -> the claims frame (values as intervals)
    validation = validate(claims)       # Great Expectations suites on the claims
    report = reconcile(claims, validation)   # every pair of claims related; findings
    report = estimate(report, "hull")   # what the evidence supports, per stated scope
    text = render(report, "markdown")

``run(paths, format, **options)`` does all of it, as ``reconcile report`` does. pandas and
Great Expectations are imported by the stage that needs them, not by ``import reconcile``.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable, Iterator, Mapping, NamedTuple

from reconcile.errors import InputError, ReconcileError
from reconcile.model.records import MAX_FINDINGS, Project, Report, Validation
from reconcile.runtime.gcpause import gc_paused

if TYPE_CHECKING:  # pandas and numpy only for annotations: importing reconcile must not load them
    import numpy as np
    import pandas as pd

    from reconcile.model.claimrecords import ClaimRecords, Coded

#: --resolve methods (SPEC.md §5b)
RESOLVE_METHODS = ("consensus", "hull", "prefer", "truth-discovery")

#: report formats (SPEC.md §6)
FORMATS = ("text", "markdown", "html", "json", "csv", "claimreview")


class Claims(NamedTuple):
    """The normalized claims of a project: its declarations and the claims frame
    (``reconcile.model.records.CLAIM_COLUMNS``, one row per claim)."""

    project: Project
    frame: "pd.DataFrame"

    def __len__(self) -> int:  # the number of claims, not the tuple's two fields
        return len(self.frame)


def _paths(paths: Any) -> list[Path]:
    """``paths`` as a list: one path (str or Path) or an iterable of them."""
    if paths is None:
        return [Path(".")]
    if isinstance(paths, (str, os.PathLike)):
        return [_path(paths)]
    if isinstance(paths, (bytes, Mapping)) or not isinstance(paths, Iterable) or \
            type(paths).__module__.split(".")[0] in ("pandas", "numpy", "pyarrow"):
        # (a dict or a DataFrame of claims is iterable, as its keys or column names: no paths)
        raise TypeError(f"paths must be a path or a list of paths, not {type(paths).__name__}; claims in a "
                        "table are read from a file (a CSV or Parquet table in sources/)")
    out = []
    for path in paths:
        if not isinstance(path, (str, os.PathLike)):
            raise TypeError(f"each path must be a str or a Path, not {type(path).__name__}")
        out.append(_path(path))
    return out or [Path(".")]


def _path(path: str | os.PathLike[str]) -> Path:
    """One given path; an empty one (an unset variable: ``reconcile report $DIR``) is not the current
    folder unasked, as ``init`` refuses it too."""
    if isinstance(path, str) and not path.strip():
        raise InputError("an empty path was given", field="PATHS",
                         hint="give a project folder or claim files; for the current folder, give . or nothing")
    return Path(path)


def read(paths: str | Path | Iterable[str | Path] | None = ".") -> Project:
    """Read a project folder (or claim files): sources, topics, places and raw claims."""
    from reconcile.sources.project import read_project

    if isinstance(paths, (Claims, Project, Report)):
        raise TypeError(f"read() takes the paths of a project or of claim files, not a {type(paths).__name__}, "
                        "which is read already")

    loaded = read_project(_paths(paths))
    return loaded.project(raw=loaded)


#: ``load`` is the older name of ``read`` (SPEC.md §6)
load = read


def normalize(project: Project, *, parallel: bool = False,
              meanwhile: Callable[[], Any] | None = None) -> Claims:
    """Check every raw claim of ``read``'s project and turn it into a row of the claims frame.

    ``parallel``: parse the distinct stated values of a large project partly in a helper
    process (the command line does; a script that opts in must guard its entry point).
    ``meanwhile``: work for this process while the helper parses."""
    from reconcile.claims.build import build_frame

    if isinstance(project, Project) and project.raw is None:
        raise _normalized(project, "normalize")
    if not isinstance(project, Project):
        raise TypeError("normalize() takes the Project that reconcile.read() returns" + (
            ", not the Claims it returns itself" if isinstance(project, Claims) else f", not {type(project).__name__}"))
    return Claims(*build_frame(project.raw, parallel=parallel, meanwhile=meanwhile))


def _normalized(project: Project, caller: str) -> TypeError:
    """The error for a Project that ``normalize`` made (``claims.project``): it holds the declarations,
    not the raw claims it was made from, which ``normalize`` reads and ``Claims`` holds normalized."""
    return TypeError(f"{caller}() cannot use this Project: it comes from normalize() (claims.project) and no longer "
                      "holds its raw claims, only its sources, topics and places; use the Claims that normalize() "
                      f"returned, or call reconcile.read({project.root!r}) again")


def _claims(claims: Any, caller: str) -> Claims:
    if isinstance(claims, Claims):
        return claims
    if isinstance(claims, Project):
        if claims.raw is None:
            raise _normalized(claims, caller)
        return normalize(claims)
    return _wrong(caller)


def _wrong(caller: str) -> Any:
    raise TypeError(f"{caller}() takes the Claims that reconcile.normalize() returns")


def validate(claims: Claims, suites: Iterable[str | Path] | None = None, changed: Any = None) -> Validation:
    """Run the project's expectation suites (or ``suites``) on the claims (imports Great
    Expectations lazily). A project without a suite of every claim is checked with the one
    reconcile ships (``expect.validate.suite_paths_of``). ``changed``: the row labels of the
    claims to check; checks that compare claims with each other still see them all
    (``expect.validate.run_suites``)."""
    from reconcile.expect.validate import validate as validate_frame

    project, frame = _claims(claims, "validate")
    if isinstance(suites, (str, os.PathLike)):
        suites = [suites]   # one suite file, given alone
    if suites is not None:
        suites = list(suites) if isinstance(suites, Iterable) else suites
        if not isinstance(suites, list) or not all(isinstance(s, (str, os.PathLike)) for s in suites):
            raise TypeError("suites must be the path of a suite file, or a list of them, e.g. "
                            "['expectations/claims.json']")
    return validate_frame(frame, project, [Path(s) for s in suites] if suites is not None else None, changed=changed)


def default_suite_path() -> Path:
    """The suite reconcile ships (and ``reconcile init`` copies) as expectations/claims.json."""
    from reconcile.expect.validate import default_suite_path as shipped

    return shipped()


def reconcile(claims: Claims, validation: Validation | None = None, *,
              max_findings: int | None = MAX_FINDINGS, parallel: bool = False, release: bool = False,
              spool: bool = False) -> Report:
    """Relate every pair of claims of each topic; the report holds the claims, the findings,
    the estimates (``consensus``; see ``estimate``) and the suites' outcome when given.
    Its ``to_dict()`` is what ``reconcile report --format json`` prints.

    Each topic keeps its ``max_findings`` most urgent findings (conflicts, then the largest
    gaps; 0 or None: all of them); the others are counted, by kind, in ``Report.omitted``
    and in every report's summary, but not built: a topic whose k claims all disagree has
    k(k-1)/2 conflicting pairs, and the work to list them need not be done.

    ``parallel``: read the claims' quotes partly in a helper process, as ``normalize``'s
    (the command line does; a script that opts in must guard its entry point).

    ``release``: the claims frame is emptied (its columns dropped, in place) once the report's
    claim records are made, the reconciler keeping only the columns it reads (a copy it empties
    too once it has its claims, before the first topic is reconciled): the caller's
    ``claims`` are then of no further use, but their memory goes before reconciliation, not
    after it (the command line: a million claims' frame is hundreds of MB, and the report's
    findings and stated scopes are made meanwhile).

    ``spool``: each topic's findings are written out as their JSON report items when the topic
    is reconciled, into a temporary file, and let go (``Report.findings`` is then a
    ``model.spool.FindingSpool``, re-readable, which ``render`` writes as the same bytes): the
    command's JSON report, whose findings at a million claims were gigabytes as objects."""
    from reconcile.conflicts import reconcile_claims
    from reconcile.estimates import estimate_report

    project, frame = _claims(claims, "reconcile")
    max_findings = checked_max_findings(max_findings)
    if validation is not None and not isinstance(validation, Validation):
        raise TypeError("validation must be the Validation that reconcile.validate() returns, or None")
    if validation is not None and validation.claims != len(frame):
        # another project's outcome would have the report say that these claims passed
        raise ValueError(f"validation is of {validation.claims:,} claims, not of these {len(frame):,}: give "
                         "reconcile.validate(claims) of the same claims, or None")
    if validation is not None and frame.empty:
        validation = None   # no claims, nothing checked: the report says nothing of it, as run() and the command's
    quotes = _quotes_ahead(claims) if parallel else None
    with gc_paused():
        records = claim_records(frame)
        used_topics = set(frame["topic"]) if not frame.empty else set()
        if release and not frame.empty:
            frame = _release(frame)
        sink = None
        if spool:
            from reconcile.model.spool import FindingSpool

            sink = FindingSpool()
        found, scopes, omitted = reconcile_claims(project, frame, max_findings, parallel=parallel, quotes=quotes,
                                                  release=release, sink=None if sink is None else sink.add)
        findings = tuple(found) if sink is None else sink
        del found
        evidence = tuple(scope for topic in sorted(scopes) for scope in scopes[topic] if not scope.parts_only)
        report = Report(claims=records, findings=findings, sources=dict(project.sources),
                        topics={k: v for k, v in project.topics.items() if k in used_topics},
                        validation=validation, evidence=evidence, omitted=omitted)
        return estimate_report(report, "consensus")


def checked_max_findings(value: Any) -> int | None:
    """``max_findings`` as given, once it is None or a whole number, 0 or more (0 and None: all)."""
    if value is None:
        return None
    import numbers

    if isinstance(value, bool) or not isinstance(value, numbers.Integral):
        raise TypeError(f"max_findings must be a whole number (0 for all), not {type(value).__name__}")
    if value < 0:
        raise ValueError(f"max_findings must be 0 or more (0 lists every finding), not {value}")
    return int(value)


def _release(frame: "pd.DataFrame") -> "pd.DataFrame":
    """The columns the reconciler reads, copied; ``frame`` emptied in place; the memory Arrow's
    allocator holds unused given back (the text columns are Arrow's)."""
    from reconcile.conflicts.pairs import COLUMNS, empty_frame

    kept = frame[[name for name in COLUMNS if name in frame.columns]].copy()
    empty_frame(frame)
    return kept


#: quote checks begun by ``read_quotes_ahead``: id of the claims frame -> (the frame, weakly; the check)
_AHEAD: dict[int, tuple[Any, Any]] = {}


def read_quotes_ahead(claims: Claims) -> None:
    """Begin now, in a helper process, the quote check (unquoted-value) that
    ``reconcile(claims, parallel=True)`` will need: the helper reads quotes while this process
    validates. The command line does this (a script that opts in must guard its entry point,
    as for ``normalize(parallel=True)``); with no reconcile to follow, the helper is stopped when
    the claims go, or with this process."""
    import weakref

    from reconcile.conflicts.quotes import QuoteChecks

    if not isinstance(claims, Claims):
        raise TypeError("read_quotes_ahead() takes the Claims that reconcile.normalize() returns")
    project, frame = claims
    for key, (ref, checks) in list(_AHEAD.items()):   # claims gone without a reconcile
        if ref() is None:
            checks.close()
            del _AHEAD[key]
    if id(frame) not in _AHEAD:
        _AHEAD[id(frame)] = (weakref.ref(frame), QuoteChecks(frame, project.quantity_config, parallel=True))


def stop_quotes_ahead() -> None:
    """Stop the quote checks ``read_quotes_ahead`` began that no reconcile took up (validation
    could not run): a helper with work queued would otherwise keep this process from exiting
    until it had read every quote."""
    while _AHEAD:
        _, (_, checks) = _AHEAD.popitem()
        checks.close()


def _quotes_ahead(claims: Claims) -> Any:
    """The quote check ``read_quotes_ahead`` began for these very claims, if any (taken once)."""
    ref, checks = _AHEAD.pop(id(claims.frame), (None, None))
    if ref is not None and ref() is not claims.frame:   # another frame since, at the same address
        checks.close()
        return None
    return checks


#: claim fields whose values repeat from claim to claim: the records share one str per distinct
#: value (``claims.columns.shared_list``; a third of the records' memory)
SHARED_VALUES = ("source", "topic", "text", "qualifier", "criterion", "place", "as_of", "stated_on", "url",
                 "via", "cites", "note", "lang", "file")


def claim_records(frame: "pd.DataFrame") -> "ClaimRecords | tuple[dict[str, Any], ...]":
    """The claims as plain JSON-safe dicts (``REPORT_CLAIM_KEYS``), sorted by id: a
    ``ClaimRecords``, which keeps them column by column and makes each dict when it is read (a
    million dicts held from here to the end of rendering were some 400 MB). The columns: a
    code per claim into the distinct values for the values that repeat (each bound made a plain
    number once per distinct value, the inclusivity and the missing values as arrays), a list
    for the ids and the quotes."""
    import numpy as np

    from reconcile.model.claimrecords import ClaimRecords, Coded
    from reconcile.model.records import REPORT_CLAIM_KEYS

    if frame.empty:
        return ()
    # the claims in id order: each column read as it stands, then put in that order as codes,
    # numbers or a list (not the whole frame sorted, every text column taken through Arrow)
    order = frame["id"].reset_index(drop=True).sort_values(kind="stable").index.to_numpy()
    columns: dict[str, Any] = {}
    for key in REPORT_CLAIM_KEYS:
        column = frame[key]
        if key in SHARED_VALUES:
            columns[key] = _coded(column, order)
        elif key in ("lower", "upper"):
            columns[key] = _plain_numbers(column.to_numpy(dtype=float)[order])
        elif key in ("lower_inclusive", "upper_inclusive"):
            bound = frame[key.split("_")[0]].to_numpy(dtype=float)
            stated = (column.to_numpy(dtype=bool) if column.dtype == bool else
                      np.array([not (isinstance(v, float) and v != v) and bool(v) for v in column.tolist()],
                               dtype=bool))
            columns[key] = Coded((stated & np.isfinite(bound)).astype(np.int8)[order], [False, True])
        elif key == "population":
            distinct: dict[tuple, int] = {}
            codes = np.fromiter((distinct.setdefault(tuple(value), len(distinct)) for value in column.tolist()),
                                dtype=np.int64, count=len(column))
            columns[key] = Coded(codes[order], list(distinct))
        elif key == "line":   # a few thousand distinct lines
            distinct_lines, codes = np.unique(column.to_numpy(dtype=np.int64), return_inverse=True)
            columns[key] = Coded(codes.reshape(-1)[order], [int(value) for value in distinct_lines.tolist()])
        else:
            values = np.empty(len(column), dtype=object)
            values[:] = [None if isinstance(value, float) and value != value else value for value in column.tolist()]
            columns[key] = values[order].tolist()
    return ClaimRecords(columns)


def _coded(column: "pd.Series", order: "np.ndarray") -> "Coded":
    """The column as codes into its distinct values, a missing value None (``shared_list``'s
    values), the codes put in ``order``."""
    import numpy as np
    import pandas as pd

    from reconcile.model.claimrecords import Coded

    codes, uniques = pd.factorize(column, use_na_sentinel=True)
    values = list(uniques) + [None]    # code -1: missing, the last
    return Coded(np.where(codes < 0, len(values) - 1, codes)[order], values)


def _plain_numbers(values: "np.ndarray") -> "Coded":
    """``plain_number`` of each value (None for NaN and infinities), computed once per
    distinct value."""
    import numpy as np

    from reconcile.model.claimrecords import Coded
    from reconcile.model.records import plain_number

    distinct, codes = np.unique(values, return_inverse=True)   # NaNs: one distinct value at the end
    return Coded(codes.reshape(-1), [plain_number(value) for value in distinct.tolist()])


def estimate(report: Report, method: str = "consensus") -> Report:
    """The report with an estimate for every stated scope, by ``method`` (SPEC.md §5b)."""
    if not isinstance(report, Report):
        raise TypeError("estimate() takes the Report that reconcile.reconcile() returns")
    if method not in RESOLVE_METHODS:
        raise ValueError(f"unknown method {method!r}; use one of: {', '.join(RESOLVE_METHODS)}")
    from reconcile.estimates import estimate_report

    if method == "consensus" and _by_consensus(report):
        return report   # reconcile() made these very estimates: not again (seconds at a million claims)
    return estimate_report(report, method)


def _by_consensus(report: Report) -> bool:
    """Whether the report's estimates are ``consensus`` of its own evidence, one per stated scope
    in order (what ``reconcile()`` gives), with no reliabilities."""
    from reconcile.estimates import Estimate

    return (not report.reliability and len(report.estimates) == len(report.evidence)
            and all(isinstance(e, Estimate) and e.method == "consensus" and e.evidence is evidence
                    for e, evidence in zip(report.estimates, report.evidence)))


def render(report: Report, format: str = "text", **options: Any) -> str:
    """The report as text, markdown, html, json, csv or claimreview (JSON-LD)."""
    from reconcile.report.render import render as render_report

    if not isinstance(report, Report):
        raise TypeError("render() takes the Report that reconcile.reconcile() returns")
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; use one of: {', '.join(FORMATS)}")
    if "max_findings" in options:
        options["max_findings"] = checked_max_findings(options["max_findings"])
    _check_options(options)
    with gc_paused():
        return render_report(report, format, **options)


def _check_options(options: dict[str, Any]) -> None:
    """The renderers' options of the right type (a str width had been a TypeError from deep inside)."""
    width = options.get("width")
    if width is not None and (isinstance(width, bool) or not isinstance(width, int) or width < 1):
        raise (ValueError if isinstance(width, int) else TypeError)(
            f"width must be a whole number of columns, 1 or more (the text report is 40 wide at least), "
            f"not {width!r}")
    color = options.get("color")
    if color is not None and not isinstance(color, bool):
        raise TypeError(f"color must be True or False, not {color!r}")
    for name in ("review_url", "publisher", "publisher_url"):
        value = options.get(name)
        if value is not None and not isinstance(value, str):
            raise TypeError(f"{name} must be text, not {type(value).__name__}")


def render_chunks(report: Report, format: str, **options: Any) -> str | Iterator[str]:
    """Like ``render``, but JSON comes in chunks: a million claims never sit in memory as one
    string."""
    if format == "json":
        from reconcile.report.render import iter_json

        return iter_json(report, **{k: v for k, v in options.items() if k == "max_findings"})
    return render(report, format, **options)


#: the command's options that run() takes and that change nothing in the text (``run``)
RUN_OPTIONS = ("engine", "fail_on", "no_color")


def run(paths: str | Path | Iterable[str | Path] | None = ".", format: str = "json", *,
        validate_suites: bool = True, resolve: str = "consensus", no_validate: bool = False,
        **options: Any) -> str:
    """Read, normalize, validate, reconcile, estimate and render, as ``reconcile report`` does.

    ``validate_suites=False`` (or ``no_validate=True``, as ``--no-validate``) skips the
    expectation suites; ``resolve`` is the estimate method (``--resolve``); ``max_findings`` and
    the format's own options (``render``) are the command's, and so are ``no_color``, ``fail_on``
    (checked; the exit code it sets is the command's) and ``engine="pandas"``. The command's
    ``--output`` has no option here: run returns the report's text."""
    from reconcile.report.render import ALL_OPTIONS

    # the command's own options that change nothing in the text: --no-color (as color=False), --fail-on (the exit
    # code, which a function does not have: the verdicts are in the report), --engine pandas (this process)
    for name, value in (("validate_suites", validate_suites), ("no_validate", no_validate),
                        ("no_color", options.get("no_color", False))):
        if not isinstance(value, bool):   # "no" is true: a str had run the suites it meant to skip
            raise TypeError(f"{name} must be True or False, not {value!r}")
    if "no_color" in options:
        options.setdefault("color", not options.pop("no_color"))
    if "fail_on" in options and options.pop("fail_on") not in ("conflict", "warning", "never"):
        raise ValueError("fail_on must be one of: conflict, warning, never (it sets the command's exit code; run() "
                         "returns the text whatever the verdicts)")
    if "engine" in options and options.pop("engine") != "pandas":
        raise ValueError('run() runs in this process: engine="pandas"; for Spark, run the command with --engine spark')
    unknown = sorted(set(options) - ALL_OPTIONS)
    if unknown:
        command_only = {"output": "write the text run returns to a file",
                        "spark_master": "run the command with --engine spark",
                        "spark_conf": "run the command with --engine spark"}
        advice = "; ".join(f"{name}: {command_only[name]}" for name in unknown if name in command_only)
        known = sorted({"validate_suites", "no_validate", "resolve", *RUN_OPTIONS, *ALL_OPTIONS})
        raise TypeError(f"run() got unknown option(s) {', '.join(unknown)}; known: {', '.join(known)}"
                        + (f" ({advice})" if advice else ""))
    if isinstance(paths, (Claims, Project, Report)):
        raise TypeError(f"run() takes the paths of a project or of claim files, not a {type(paths).__name__}: "
                        "for one already read, call reconcile(), estimate() and render()")
    if resolve not in RESOLVE_METHODS:
        raise ValueError(f"unknown method {resolve!r}; use one of: {', '.join(RESOLVE_METHODS)}")
    if format not in FORMATS:
        raise ValueError(f"unknown format {format!r}; use one of: {', '.join(FORMATS)}")
    if "max_findings" in options:   # every option checked before the project is read, not after
        options["max_findings"] = checked_max_findings(options["max_findings"])
    _check_options(options)
    claims = normalize(read(paths))
    validation = validate(claims) if validate_suites and not no_validate and len(claims) else None
    kept = {"max_findings": options["max_findings"]} if "max_findings" in options else {}
    return render(estimate(reconcile(claims, validation, **kept), resolve), format, **options)


def source_table(claims: Claims) -> list[dict]:
    """One row per source: id, name, kind, country (None when the source declares none, as JSON
    reports say null), and how many claims it states."""
    project, frame = claims
    counts = frame["source"].value_counts().to_dict() if not frame.empty else {}
    return [{"id": s.id, "name": s.name, "kind": s.kind, "country": s.country or None,
             "claims": int(counts.get(s.id, 0)), "file": s.file}
            for s in sorted(project.sources.values(), key=lambda s: s.id)]


__all__ = ["Claims", "FORMATS", "RESOLVE_METHODS", "ReconcileError", "default_suite_path", "estimate",
           "load", "normalize", "read", "read_quotes_ahead", "reconcile", "render", "render_chunks", "run",
           "source_table", "stop_quotes_ahead", "validate"]

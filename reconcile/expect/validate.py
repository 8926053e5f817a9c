"""Great Expectations suites run on the normalized claims (SPEC.md §1, `reconcile validate`).

```python
validation = validate(claims, project)          # every suite under expectations/
for outcome in validation.outcomes:
    print(outcome.suite, outcome.expectation, outcome.failing)
```

- ``expectations/claims.json`` applies to every claim; ``expectations/<topic-id>.json`` (or a
  suite with a ``"topic"`` key) only to that topic's claims.
- Each topic's declared ``bounds`` in ``sources/_topics.yaml`` become column-pair expectations
  on ``lower``/``upper`` against the claim's ``bound_lower``/``bound_upper``, reported as suite
  ``sources/_topics.yaml`` (one GX run for all topics).
- GX runs on a *validation frame* built from the claims frame (see ``validation_frame``),
  keeping the claims' row index so failures map back to ``file:line (id)``.

great_expectations is imported lazily (expect_gx), so importing this module is cheap.
"""
from __future__ import annotations

import datetime
import os
import stat
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

import numpy as np
import pandas as pd

from reconcile.errors import ExpectationError
from reconcile.expect import gx as expect_gx
from reconcile.expect.draft import suggest_suite
from reconcile.expect.frame import text as _text
from reconcile.expect.frame import validation_frame
from reconcile.expect.kwargs import folded, gx_kwargs, slug_changes
from reconcile.expect.suite import (DERIVED_COLUMNS, PARAMETERS, VALIDATION_COLUMNS, Spec, Suite,
                           load_suite)
from reconcile.model.names import iso_codes
from reconcile.model.numbers import format_number
from reconcile.model.records import ExpectationOutcome, Project, Validation
from reconcile.sources import display_path
from reconcile.sources.files import nested_input, refuse_folder_outside

__all__ = ["validate", "run_suites", "load_suite", "suggest_suite", "suite_paths_of", "validation_frame",
           "Suite", "Spec", "MAX_FAILING", "TOPICS_SUITE", "PARAMETERS", "VALIDATION_COLUMNS",
           "suite_parameters", "outcome_of_result"]

#: Failing claims listed per expectation; the rest are counted (ExpectationOutcome.count).
MAX_FAILING = 50
#: Distinct offending values shown per expectation.
MAX_SAMPLE = 5
#: The pseudo-suite of expectations derived from topic bounds.
TOPICS_SUITE = "sources/_topics.yaml"
CLAIMS_SUITE = "claims"
_POSITION = "reconcile_position"


# --- parameters ------------------------------------------------------------------------------

def latest_today() -> datetime.date:
    """Today's date where it is latest on Earth (UTC+14, Kiribati's Line Islands): the "today" of
    the checks that no date is in the future. A claim dated today in any time zone passes, and the
    result is the same whatever time zone (TZ) the machine runs in."""
    return datetime.datetime.now(datetime.timezone(datetime.timedelta(hours=14))).date()


def suite_parameters(project: Project, today: datetime.date) -> dict[str, Any]:
    """The values a suite's ``$PARAMETER``s stand for (``suite.PARAMETERS``) in this project."""
    return {
        "sources": sorted(project.sources),
        "places": sorted(iso_codes() | set(project.places)),
        "today": datetime.datetime.combine(today, datetime.time()),
    }


# --- which suites apply to which claims ------------------------------------------------------

#: how reconcile's own suite of every claim is named where it runs (a project with no suite of its
#: own): the file init writes from it, not the path of reconcile's install
BUILTIN_LABEL = "expectations/claims.json (built in)"


def default_suite_path() -> Path:
    """The suite reconcile ships (and ``reconcile init`` copies) as expectations/claims.json."""
    from importlib import resources

    return Path(str(resources.files("reconcile").joinpath("templates/claims.json")))


def labelled_suites(paths: Sequence[Path], root: Path) -> list[tuple[str, Path]]:
    """Each suite path with the label its outcomes and errors show: its path in the project,
    or as given; reconcile's own suite as the file init writes from it (``BUILTIN_LABEL``)."""
    builtin = default_suite_path()
    return [(BUILTIN_LABEL if path == builtin else display_path(path, root), path) for path in paths]


def planned_suite(label: str, path: Path, project: Project, topic_ids: Iterable[str],
                  given: bool) -> tuple[str, str | None, list[Spec]]:
    """(label, the topic it checks or None for every claim, its expectations) of one suite file;
    ``given``: the suites were named by the caller (``--suite``), not found in expectations/."""
    builtin = path == default_suite_path()   # reconcile's own, outside the project
    suite = load_suite(path, None if given or builtin else Path(project.root))
    topic = _suite_topic(suite, label, project, topic_ids, given=given and not builtin)
    return label, topic, list(suite.expectations)


def suite_paths_of(project: Project) -> list[Path]:
    """The suites a project is checked with: the .json files (any case) of ``expectations/``,
    after reconcile's suite of every claim (``default_suite_path``) when none of them is the
    project's own (``claims.json``): a project with only topic suites keeps the checks of every
    claim (README, "Checking claims in CI"). A folder that cannot be read is an error (os.scandir's),
    not a project checked with the built-in suite only; a suite written as YAML is named, not skipped."""
    found = _suite_files(Path(project.root) / "expectations")
    if not any(path.stem == CLAIMS_SUITE for path in found):
        found.insert(0, default_suite_path())
    return found


def _suite_files(folder: Path) -> list[Path]:
    refuse_folder_outside(folder, folder.parent, ExpectationError)
    if not folder.is_dir():
        return []
    found = []
    with os.scandir(folder) as entries:
        for entry in entries:
            suffix = Path(entry.name).suffix.lower()
            if entry.name.startswith("."):
                continue
            if suffix == ".json" and not entry.is_file():
                # a suite that cannot be read is an error, as in sources/: skipped, a broken claims.json
                # had left the project checked with the built-in suite, and validate passed
                raise ExpectationError(f"not a regular file ({_entry_kind(entry)})", file=f"expectations/{entry.name}",
                                       hint="a suite is a regular JSON file: replace it with one (reconcile "
                                            "expectations suggest drafts one), or remove it")
            if not entry.is_file():
                continue
            if suffix == ".json":
                found.append(Path(entry.path))
            elif suffix in (".yaml", ".yml"):
                raise ExpectationError(f"{entry.name} is not read: suites are JSON files", line=1,
                                       file=f"expectations/{entry.name}",
                                       hint="write it as JSON (reconcile expectations suggest drafts one), "
                                            f"expectations/{Path(entry.name).stem}.json")
    nested = nested_input(folder, (".json",), lambda path: False)
    if nested is not None:   # a suite in expectations/topics/ had never run, and validate passed without it
        inner = nested.relative_to(folder).as_posix()
        raise ExpectationError(f"not read: it lies in expectations/{inner.split('/')[0]}/, a subfolder, and "
                               "reconcile reads only the suites directly in expectations/",
                               file=f"expectations/{inner}",
                               hint=f"move the suites of expectations/{inner.split('/')[0]}/ up into expectations/ "
                                    f"(expectations/{nested.name}), or run one with --suite "
                                    "(a folder whose name begins with _ is set aside, unread)")
    return sorted(found)


def _entry_kind(entry: os.DirEntry[str]) -> str:
    """What a folder entry that is not a regular file is, in words."""
    if entry.is_symlink() and not os.path.exists(entry.path):
        return f"a symbolic link to {os.readlink(entry.path)!r}, which leads to no file"
    if entry.is_dir():
        return "a folder"
    try:
        mode = os.stat(entry.path).st_mode
    except OSError as exc:
        return f"cannot be read: {exc.strerror}"
    return "a named pipe" if stat.S_ISFIFO(mode) else "a socket" if stat.S_ISSOCK(mode) else "a device"


def _suite_topic(suite: Suite, label: str, project: Project, topics: Iterable[str], given: bool = False) -> str | None:
    """The topic a suite checks, None for every claim: its "topic", else its file's name
    (claims.json: every claim). A suite named on the command line (``--suite``) that names no
    topic checks every claim."""
    if suite.topic is not None:
        if suite.topic in project.topics or suite.topic in set(topics):
            return suite.topic
        import difflib

        close = difflib.get_close_matches(suite.topic, sorted(project.topics), n=1)
        raise ExpectationError(
            f"suite's topic {suite.topic!r} is not a topic of this project", file=label, line=suite.line,
            field="topic", hint=(f"did you mean {close[0]!r}? " if close else "")
            + f"known topics: {', '.join(sorted(project.topics)) or 'none declared'}")
    stem = suite.path.stem
    if stem == CLAIMS_SUITE:
        return None
    if stem in project.topics or stem in set(topics):
        return stem
    if given:
        return None
    known = ", ".join(sorted(project.topics)) or "none declared"
    raise ExpectationError(
        f"suite {stem!r} names no topic", file=label, line=suite.line,
        hint=f"name a topic suite after its topic id ({known}), add \"topic\": \"<id>\" to it, "
             f"or put expectations for every claim in expectations/{CLAIMS_SUITE}.json")


#: (column_A, column_B, the claim's inclusivity column of its bound, what it means when that bound is
#: closed, and when it is open): A >= B, or A > B
#: when the claim's own bound is open, one GX run for every topic's bounds. A claim fails when it has
#: no value in common with its topic's bounds, as implausible-value reads them (SPEC §3, §5): "about
#: 1000" under bounds [0, 1000] shares [900, 1000] with them and passes; "more than 1000", (1000, ∞),
#: shares nothing and fails, as "fewer than 0" under [0, ...] does
_BOUND_PAIRS = (
    ("bound_upper", "lower", "lower_inclusive", "lower bound at or below its topic's highest plausible value",
     'open lower bound ("more than N") below its topic\'s highest plausible value'),
    ("upper", "bound_lower", "upper_inclusive", "upper bound at or above its topic's lowest plausible value",
     'open upper bound ("fewer than N") above its topic\'s lowest plausible value'),
)


def _bounds_specs(project: Project) -> list[Spec]:
    """Topic bounds as column-pair expectations over every claim at once (the per-row bounds
    come from the claim's topic: ``bound_lower``/``bound_upper``), so 2,000 topics cost one
    validation, not 2,000: for each side, one for the claims whose own bound is closed (equal
    to the topic's is in common) and one for those whose bound is open (equal is not)."""
    if not any(topic.bounds for topic in project.topics.values()):
        return []
    return [Spec(type="expect_column_pair_values_a_to_be_greater_than_b",
                 kwargs={"column_A": a, "column_B": b, "or_equal": closed,
                         "ignore_row_if": "either_value_is_missing",
                         "row_condition": {"type": "comparison", "column": {"name": inclusive}, "operator": "==",
                                           "parameter": closed}},
                 description=f"{meaning if closed else open_meaning} (bounds in {TOPICS_SUITE})")
            for a, b, inclusive, meaning, open_meaning in _BOUND_PAIRS for closed in (True, False)]


def _with_bounds(frame: pd.DataFrame, project: Project) -> pd.DataFrame:
    """Add each claim's topic bounds as ``bound_lower``/``bound_upper`` (NaN = no bound)."""
    low = {t.id: t.bounds[0] for t in project.topics.values() if t.bounds and t.bounds[0] is not None}
    high = {t.id: t.bounds[1] for t in project.topics.values() if t.bounds and t.bounds[1] is not None}
    topic = frame["topic"].astype(object)
    frame = frame.copy(deep=False)
    frame["bound_lower"] = pd.to_numeric(topic.map(low), errors="coerce").astype("float64")
    frame["bound_upper"] = pd.to_numeric(topic.map(high), errors="coerce").astype("float64")
    return frame


# --- validate --------------------------------------------------------------------------------

def validate(claims: pd.DataFrame, project: Project, suite_paths: Sequence[Path] | None = None,
             today: datetime.date | None = None, changed: pd.Index | None = None) -> Validation:
    """Run every suite on the claims; one ExpectationOutcome per expectation. ``changed``: see
    ``run_suites``."""
    validation, _ = run_suites(claims, project, suite_paths, today, changed=changed)
    return validation


def run_suites(claims: pd.DataFrame, project: Project, suite_paths: Sequence[Path] | None = None,
               today: datetime.date | None = None, runner: Any = None, changed: pd.Index | None = None
               ) -> tuple[Validation, list[tuple[str, str | None, Any]]]:
    """Run every suite on the claims: validate(), plus GX's own result per (suite label, topic) run (for Data Docs);
    the result is None when no expectation of that suite could run. ``runner``: what builds
    and runs the expectations (``build_expectation``, ``run_suite``), ``expect.gx`` by default
    (the Spark engine passes its own).

    ``changed``: the row labels of the claims to check (``validate --changed-since``). Checks of
    each claim on its own run on those only; checks that compare claims with each other
    (uniqueness, max, sum, row count, a ``mostly`` below 1: not ``per_claim``) run on every claim their suite
    applies to, since a new claim can duplicate one in a file that did not change."""
    runner = runner or expect_gx

    root = Path(project.root)
    paths = suite_paths_of(project) if suite_paths is None else [Path(p) for p in suite_paths]
    labelled = labelled_suites(paths, root)
    empty = claims is None or len(claims) == 0
    frame = None if empty else _with_bounds(validation_frame(claims), project)
    topic_ids = set() if frame is None or "topic" not in frame else set(frame["topic"].dropna().unique())
    parameters = suite_parameters(project, today or latest_today())

    # (label, topic or None, specs); a suite that cannot run is an error also when there is no claim
    plan: list[tuple[str, str | None, list[Spec]]] = []
    for label, path in labelled:
        plan.append(planned_suite(label, path, project, topic_ids, suite_paths is not None))
    no_checks = tuple(label for label, _, specs in plan if not specs)
    if frame is None:   # nothing to check: a successful validation of 0 claims, as report has none to check
        return Validation(outcomes=(), claims=0, empty=no_checks), []
    bounds = _bounds_specs(project)
    if bounds:
        plan.append((TOPICS_SUITE, None, bounds))

    outcomes: list[tuple[tuple, ExpectationOutcome]] = []
    raw: list[tuple[str, str | None, Any]] = []
    groups = frame.groupby("topic", sort=False).indices if "topic" in frame else {}
    for order, (label, topic, specs) in enumerate(plan):
        subset = frame if topic is None else frame.iloc[groups.get(topic, np.array([], dtype=int))]
        # (positions in the suite, the claims they run on): all of them, or split as ``changed`` says
        runs = [(list(range(len(specs))), subset)]
        if changed is not None:
            own = [i for i, spec in enumerate(specs) if per_claim(spec)]
            runs = [(own, subset[subset.index.isin(changed)]),
                    ([i for i in range(len(specs)) if i not in set(own)], subset)]
        for positions, rows in runs:
            if not positions:
                continue
            results, gx_result = _run_specs(rows, [specs[i] for i in positions], label, parameters, runner)
            raw.append((label, topic, gx_result))
            for position, outcome in zip(positions, results):  # one outcome per spec, in the suite's order
                outcomes.append(((label, order, position), outcome))
    outcomes.sort(key=lambda item: item[0])
    checked = len(claims) if changed is None else int(frame.index.isin(changed).sum())
    return Validation(outcomes=tuple(o for _, o in outcomes), claims=checked, empty=no_checks), raw


def plan_specs(specs: list[Spec], columns: list[str], label: str
               ) -> tuple[list[ExpectationOutcome | None], list[int]]:
    """Each spec's outcome where it is decided without GX (a column it names is missing: it
    fails), None where GX must run it; and the positions of those GX runs (both engines)."""
    runnable: list[int] = []
    outcomes: list[ExpectationOutcome | None] = []
    for spec in specs:
        missing = [c for c in spec.columns if c not in columns]
        if missing and spec.type not in ("expect_table_columns_to_match_set",
                                         "expect_table_columns_to_contain_set"):
            gone = [f"column {c!r} missing" for c in missing]
            outcomes.append(_outcome(label, spec, success=False, sample=gone, whole=", ".join(gone)))
        else:
            runnable.append(len(outcomes))
            outcomes.append(None)
    return outcomes, runnable


def gx_expectations(specs: list[Spec], runnable: list[int], sample: pd.DataFrame, label: str,
                    build: Any) -> list[Any]:
    """The GX expectations of the specs at ``runnable`` (``build``: ``gx.build_expectation``),
    each tagged with its position: GX groups results by domain, not in suite order.
    ``sample``: a frame with the columns' types, for the kwargs that depend on them."""
    expectations = []
    for i in runnable:
        spec = specs[i]
        try:
            expectations.append(build(spec.type, gx_kwargs(spec.kwargs, sample), spec.description or _describe(spec),
                                      {**spec.meta, _POSITION: i}))
        except ValueError as exc:
            raise ExpectationError(f"{spec.type}: {exc}", file=label) from exc
    return expectations


def _run_specs(frame: pd.DataFrame, specs: list[Spec], label: str, parameters: dict[str, Any],
               expect_gx: Any) -> tuple[list[ExpectationOutcome], Any]:
    """Outcomes for specs on frame; specs whose columns are missing fail without GX."""
    outcomes, runnable = plan_specs(specs, list(frame.columns), label)
    gx_result = None
    if runnable:
        frame_for_gx = _columns_for_gx(frame, [specs[i] for i in runnable])
        expectations = gx_expectations(specs, runnable, frame, label, expect_gx.build_expectation)
        gx_result = expect_gx.run_suite(frame_for_gx, expectations, label, parameters,
                                        MAX_FAILING)
        results = list(gx_result.results)
        if len(results) != len(runnable):
            raise ExpectationError(f"Great Expectations returned {len(results)} results for "
                                   f"{len(runnable)} expectations", file=label)
        for result in results:
            i = int((result.expectation_config.meta or {}).get(_POSITION, -1))
            if i not in runnable or outcomes[i] is not None:
                raise ExpectationError(
                    "Great Expectations returned a result reconcile cannot match to its "
                    f"expectation ({result.expectation_config.type})", file=label)
            outcomes[i] = outcome_of_result(label, specs[i], result, frame)
    return [o for o in outcomes if o is not None], gx_result


_TYPE_CHECKS = ("expect_column_values_to_be_in_type_list", "expect_column_values_to_be_of_type")


#: Expectations that look at the whole set of columns: they get the whole frame.
_WHOLE_TABLE = ("expect_table_columns_to_match_ordered_list", "expect_table_column_count_to_equal",
                "expect_table_column_count_to_be_between")


def _columns_for_gx(frame: pd.DataFrame, specs: list[Spec]) -> pd.DataFrame:
    """The frame GX gets: only the columns the suite reads, with GX's dtype quirks handled.

    - GX fingerprints every batch by hashing the whole frame (pandas hash_pandas_object);
      columns no expectation reads (quote, url, ...) only cost time, so they are left out.
      Failures map back through the row index, not through columns.
    - GX 1.24 type checks fail on pandas 3 `str` columns (observed "str" is not in ["str"]):
      those checks get object columns, whose values GX checks one by one.
    """
    whole = any(spec.type in _WHOLE_TABLE or (spec.type == "expect_table_columns_to_match_set"
                                              and spec.kwargs.get("exact_match", True))
                for spec in specs)
    if not whole:
        used = {c for spec in specs for c in spec.columns}
        frame = frame[[c for c in frame.columns if c in used]]
    checked = {spec.kwargs.get("column") for spec in specs if spec.type in _TYPE_CHECKS}
    typed = [str(c) for c in checked if c in frame.columns and isinstance(frame[c].dtype, pd.StringDtype)]
    if typed:
        frame = frame.assign(**{c: frame[c].astype(object) for c in typed})
    return frame


def _not_evaluated(spec: Spec, frame: pd.DataFrame) -> tuple[str, str]:
    """Why GX could not evaluate an expectation, as far as can be told, and what to do: a bound
    compared with a column of text ("as_of" is the date as written; "as_of_date" holds it as a
    date), else the column's type (a regex that does not compile never gets here: ``load_suite``
    refuses it at its line)."""
    column = spec.kwargs.get("column")
    if isinstance(column, str) and f"{column}_date" in frame.columns and \
            any(key in spec.kwargs for key in ("min_value", "max_value", "value")):
        return (f" ({column} is the date as written, text)",
                f'compare dates on the column {column}_date, e.g. "column": "{column}_date", '
                '"min_value": "2019-03-08"')
    if isinstance(column, str) and column in frame.columns:
        kind = frame[column].dtype
        held = ("dates" if pd.api.types.is_datetime64_any_dtype(kind) else "numbers"
                if pd.api.types.is_numeric_dtype(kind) else "text")
        return "", f"check that its values are of the column's type: {column} holds {held}"
    return "", "check that its values have the column's type (dates as \"YYYY-MM-DD\")"


#: a result's detail the Spark engine adds: how many claims hold a value outside a distinct-values set
ROWS_OUTSIDE = "reconcile_rows_outside"


def per_claim(spec: Spec) -> bool:
    """Whether an expectation judges each claim on its own, so that ``validate --changed-since`` may run it on
    the changed claims only: a map expectation (not null, in a set) without ``mostly`` below 1. A ``mostly``
    is a share of every claim the suite applies to, and a share of the changed ones fails a pull request over
    a claim it did not touch (or passes bad claims added to a file of good ones)."""
    mostly = spec.kwargs.get("mostly", 1)
    return expect_gx.row_wise(spec.type) and isinstance(mostly, (int, float)) and mostly >= 1


def outcome_of_result(label: str, spec: Spec, result: Any, frame: pd.DataFrame) -> ExpectationOutcome:
    """One expectation's outcome from GX's result for it: its failing claims as file:line (id)
    and a sample of the offending values."""
    info = result.exception_info or {}
    if info.get("raised_exception"):
        message = str(info.get("exception_message") or "failed").splitlines()[0]
        raise ExpectationError(f"{spec.type} on {spec.column or 'the table'}: {message}",
                               file=label, line=spec.line, hint="fix the expectation's kwargs")
    details = dict(result.result or {})
    success = bool(result.success)
    if success:
        return _outcome(label, spec, success=True)
    if not details:  # GX swallowed an error (e.g. comparing values of different types)
        reason, hint = _not_evaluated(spec, frame)
        raise ExpectationError(
            f"{spec.type} on {spec.column or 'the table'}: Great Expectations could not evaluate "
            f"it on the claims{reason}", file=label, line=spec.line, hint=hint)
    indices = details.get("partial_unexpected_index_list")
    unexpected = details.get("partial_unexpected_list")
    column = spec.kwargs.get("column")
    if indices is None and unexpected and isinstance(column, str) and column in frame.columns:
        # a distinct-values expectation: the values outside the set, and the first claims (in file
        # order) that state them; ROWS_OUTSIDE: how many, when ``frame`` holds only those first ones
        values = [v for v in unexpected if v is not None]
        rows = frame[frame[column].isin(values)] if values else frame.iloc[:0]
        failing = _where(rows)
        return _outcome(label, spec, success=False, failing=failing[:MAX_FAILING],
                        sample=[_text(v) for v in _in_order(unexpected)][:MAX_SAMPLE],
                        count=int(details.get(ROWS_OUTSIDE, len(failing))),
                        values=_values(spec, rows, failing))
    if indices is None:  # a table or aggregate expectation: report what GX observed
        held = _holding(spec, details, frame)
        count = int(details.get(ROWS_HOLDING, len(held)))
        if count:   # a column's max or min: the claims that hold it broke it
            return _outcome(label, spec, success=False, failing=_where(held)[:MAX_FAILING],
                            sample=_observed(details), count=count)
        return _outcome(label, spec, success=False, sample=_observed(details), whole=_whole(spec, details))
    rows = frame.loc[list(indices)] if len(indices) else frame.iloc[:0]
    failing = _where(rows)
    count = max(int(details.get("unexpected_count") or 0), len(failing))
    return _outcome(label, spec, success=False, failing=failing, sample=_sample(spec, rows), count=count,
                    values=_values(spec, rows, failing))


#: single-number expectations whose number is one claim's value: the claims holding it broke them
EXTREMES = ("expect_column_max_to_be_between", "expect_column_min_to_be_between")
#: a result's detail the Spark engine adds: how many claims hold a max or min (EXTREMES), when
#: ``frame`` holds only the first of them
ROWS_HOLDING = "reconcile_rows_holding"


def extreme_of(spec_type: str, kwargs: dict[str, Any], details: dict[str, Any]) -> tuple[str, Any] | None:
    """(column, value) of a failed max or min expectation (``EXTREMES``): its claims are those
    holding the value GX observed. None for other expectations (both engines)."""
    column, value = kwargs.get("column"), details.get("observed_value")
    if spec_type not in EXTREMES or not isinstance(column, str) or value is None:
        return None
    return column, value


def _holding(spec: Spec, details: dict[str, Any], frame: pd.DataFrame) -> pd.DataFrame:
    """The claims of ``frame`` holding the max or min a failed EXTREMES expectation observed
    (those its row condition keeps); none for other expectations."""
    found = extreme_of(spec.type, spec.kwargs, details)
    if found is None or found[0] not in frame.columns:
        return frame.iloc[:0]
    column, value = found
    values = frame[column]
    try:
        if pd.api.types.is_datetime64_any_dtype(values.dtype):
            value = pd.Timestamp(value)
        rows = frame[(values == value).fillna(False).astype(bool)]
    except (TypeError, ValueError):   # a value GX observed that the column cannot hold: name none
        return frame.iloc[:0]
    condition = folded(spec.kwargs).get("row_condition")
    if isinstance(condition, dict) and len(rows):
        rows = expect_gx.rows_meeting(rows, condition)
    return rows


#: what a single-number expectation measures, to say what the column or table as a whole showed
_MEASURES = {
    "expect_column_sum_to_be_between": "sum {}",
    "expect_column_mean_to_be_between": "mean {}",
    "expect_column_median_to_be_between": "median {}",
    "expect_column_stdev_to_be_between": "standard deviation {}",
    "expect_column_max_to_be_between": "max {}",
    "expect_column_min_to_be_between": "min {}",
    "expect_column_unique_value_count_to_be_between": "{} distinct values",
    "expect_column_proportion_of_unique_values_to_be_between": "proportion of distinct values {}",
    "expect_column_most_common_value_to_be_in_set": "most common value {}",
    "expect_column_quantile_values_to_be_between": "quantiles {}",
    "expect_table_row_count_to_be_between": "{} rows",
    "expect_table_row_count_to_equal": "{} rows",
    "expect_table_column_count_to_be_between": "{} columns",
    "expect_table_column_count_to_equal": "{} columns",
}


def _whole(spec: Spec, details: dict[str, Any]) -> str:
    """What the column or table as a whole showed, for an expectation no claim broke alone:
    "sum 5,590", "3 rows"; else the observed values as the sample shows them."""
    observed = _observed(details)
    if "observed_value" in details and spec.type in _MEASURES:
        value = details["observed_value"]
        shown = format_number(value) if isinstance(value, int | float) and not isinstance(value, bool) \
            else _text(value)
        measure = _MEASURES[spec.type]
        if value == 1 and measure.startswith("{} ") and measure.endswith("s"):
            measure = measure[:-1]   # "1 distinct value", "1 row"
        return measure.format(shown)
    return ", ".join(observed) or "no claim alone"


def _where(rows: pd.DataFrame, sort: bool = True) -> list[str]:
    """"file:line (id)" per row, sorted by file then line number (``sort``; else in the rows' order)."""
    def column(name: str, missing: str) -> list[str]:
        if name not in rows:
            return [missing] * len(rows)
        return [missing if shown == "null" else shown for shown in map(_text, rows[name])]

    lines = [None if pd.isna(n) else int(n) for n in rows["line"]] if "line" in rows \
        else [None] * len(rows)
    keys = list(zip(column("file", "<no file>"), lines, column("id", "no id")))
    if sort:
        keys.sort(key=lambda k: (k[0], -1 if k[1] is None else k[1], k[2]))
    return [f"{file}:{'?' if line is None else line} ({ident})" for file, line, ident in keys]


def _shown_columns(spec: Spec, rows: pd.DataFrame) -> list[str]:
    """The columns whose values show what an expectation found wrong in a claim."""
    columns = [c for c in spec.columns if c in rows.columns]
    domain = [c for c in ("column", "column_A", "column_B") if c in spec.kwargs]
    if domain:
        columns = [spec.kwargs[k] for k in domain if spec.kwargs[k] in rows.columns]
    elif "column_list" in spec.kwargs:
        columns = [c for c in spec.kwargs["column_list"] if c in rows.columns]
    # derived date columns show the date as written
    return [c[: -len("_date")] if c in DERIVED_COLUMNS and c[: -len("_date")] in rows
            else c for c in columns]


def _shown(row: Any, columns: list[str]) -> str:
    if len(columns) == 1:
        return _text(row[columns[0]])
    return ", ".join(f"{c}={_text(row[c])}" for c in columns)


def _values(spec: Spec, rows: pd.DataFrame, failing: list[str]) -> list[str]:
    """The value each claim of ``failing`` ("file:line (id)", as ``_where`` lists them) stated, in that
    order: a GitHub annotation on a claim's line shows that claim's own value, not the others'."""
    columns = _shown_columns(spec, rows)
    if not columns or not len(rows):
        return []
    # only the claims that are listed (the first MAX_FAILING): a suite that a million claims break reads 50 rows
    # in Python, not a million
    listed = failing[:MAX_FAILING]
    wanted = set(listed)
    places = _where(rows, sort=False)
    positions = [k for k, place in enumerate(places) if place in wanted]
    shown = (_shown(row, columns) for _, row in rows[columns].iloc[positions].iterrows())
    by_place = {places[k]: value for k, value in zip(positions, shown)}
    return [by_place.get(item, "") for item in listed]


def _sample(spec: Spec, rows: pd.DataFrame) -> list[str]:
    columns = _shown_columns(spec, rows)
    seen: list[str] = []
    for _, row in rows[columns].iterrows() if columns else []:
        shown = _shown(row, columns)
        if shown not in seen:
            seen.append(shown)
        if len(seen) >= MAX_SAMPLE:
            break
    return seen


def _in_order(values: list[Any]) -> list[Any]:
    """Distinct values outside a set, sorted: GX lists them sorted on pandas and in the order of
    Spark's ``distinct`` on Spark, and both engines must print the same bytes."""
    try:
        return sorted(values, key=lambda v: (v is None, v))
    except TypeError:   # values of several types: by how they print
        return sorted(values, key=lambda v: (v is None, _text(v)))


def _observed(details: dict[str, Any]) -> list[str]:
    extra = details.get("details")
    mismatched = extra.get("mismatched") if isinstance(extra, dict) else None
    if isinstance(mismatched, dict) and mismatched.get("missing"):
        return [f"missing column {c!r}" for c in mismatched["missing"]][:MAX_SAMPLE]
    if isinstance(mismatched, list) and mismatched:   # columns in another order: where each differs
        return [", ".join(f"{k}={_text(v)}" for k, v in item.items()) if isinstance(item, dict) else _text(item)
                for item in mismatched][:MAX_SAMPLE]
    if "observed_value" in details:
        return [_text(details["observed_value"])]
    return []


def _describe(spec: Spec) -> str:
    args = ", ".join(f"{k}={_text(v) if not isinstance(v, dict) else v}"
                     for k, v in spec.kwargs.items() if k != "row_condition")
    condition = spec.kwargs.get("row_condition")
    where = f" where {_condition_words(condition)}" if isinstance(condition, dict) else ""
    # the bad values shown are the claims' slugs: say which spelling of the suite's they were compared with
    changes = slug_changes(spec.kwargs)
    folded = ("" if not changes else " (population tags and criteria are compared as slugs: "
              + ", ".join(f"{written} as {slug}" for written, slug in changes.items()) + ")")
    return f"{spec.type}({args}){where}{folded}"


def _condition_words(condition: dict) -> str:
    """A GX 1.x row condition object in words: "topic == defections", "as_of is not null"."""
    kind = condition.get("type")
    column = condition.get("column")
    name = column.get("name") if isinstance(column, dict) else column
    if kind == "comparison":
        return f"{name} {condition.get('operator')} {_text(condition.get('parameter'))}"
    if kind == "nullity":
        return f"{name} is {'null' if condition.get('is_null') else 'not null'}"
    parts = condition.get("conditions")
    if isinstance(parts, list):
        joiner = f" {str(kind or 'and').lower()} "
        return "(" + joiner.join(_condition_words(p) if isinstance(p, dict) else _text(p) for p in parts) + ")"
    return _text(condition)


def _outcome(label: str, spec: Spec, *, success: bool, failing: Sequence[str] = (),
             sample: Sequence[str] = (), count: int | None = None, whole: str = "",
             values: Sequence[str] = ()) -> ExpectationOutcome:
    return ExpectationOutcome(suite=label, expectation=spec.type, column=spec.column,
                              success=success, failing=tuple(failing), sample=tuple(sample),
                              description=spec.description or _describe(spec),
                              count=len(failing) if count is None else count, whole=whole, values=tuple(values))


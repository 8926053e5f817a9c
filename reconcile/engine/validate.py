"""The expectation suites run on the claims as a Spark DataFrame (the Spark engine's validate
stage when Spark read the tables, issue 15): no pandas frame of all claims on the driver.

The validation frame is made in Spark as ``reconcile.expect.frame.validation_frame`` makes it
(population's tags joined, the derived ``*_date`` columns, each claim's topic bounds) over the
persisted claims. GX first checks every expectation for its success alone (its counts, in a
few passes); only the ones that fail run again for their first failing rows, on the frame
sorted in file order (sorted and persisted only then, as the pandas engine lists them). The
plan (which suites, which topic each checks, the bounds of ``_topics.yaml``) and each outcome
(``file:line (id)`` failures, samples) come from ``reconcile.expect.validate``'s own
functions: only the failing rows GX names (at most ``MAX_FAILING`` per expectation) reach the
driver.
"""
from __future__ import annotations

import datetime
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Mapping, Sequence

from reconcile.engine.frames import POSITION, to_spark
from reconcile.errors import ExpectationError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SuitesOnSpark", "validation_df", "validate_df"]

DATES = (("as_of", "as_of_date"), ("stated_on", "stated_on_date"))


def validation_df(df: Any, project: Any, ordered: bool = True) -> Any:
    """``validation_frame`` and ``_with_bounds`` of the claims DataFrame, in Spark: the
    columns of ``VALIDATION_COLUMNS`` in the pandas engine's order, then each row's position
    (``reconcile_position``); sorted by file, then line (``ordered``; else as the claims are)."""
    import pandas as pd
    from pyspark.sql import functions as F

    from reconcile.engine.tables import position
    from reconcile.model.records import CLAIM_COLUMNS

    low = {t.id: float(t.bounds[0]) for t in project.topics.values() if t.bounds and t.bounds[0] is not None}
    high = {t.id: float(t.bounds[1]) for t in project.topics.values() if t.bounds and t.bounds[1] is not None}


    first = pd.Timestamp.min.ceil("s").to_pydatetime()
    last = pd.Timestamp.max.floor("s").to_pydatetime()

    def date(column: str) -> Any:  # a month or a year: its first day; else YYYY-MM-DD or null
        text = F.regexp_replace(F.regexp_replace(F.col(column), r"^(\d{4}-\d{2})$", "$1-01"),
                                r"^(\d{4})$", "$1-01-01")
        text = F.when(text.rlike(r"^\d{4}-\d{2}-\d{2}$"), text)
        parsed = F.try_to_timestamp(text, F.lit("yyyy-MM-dd")).cast("timestamp_ntz")
        return (F.when(parsed < F.lit(first), F.lit(first).cast("timestamp_ntz"))
                .when(parsed > F.lit(last), F.lit(last).cast("timestamp_ntz")).otherwise(parsed))

    columns = []
    for name in CLAIM_COLUMNS:
        if name == "population":
            columns.append(F.when(F.size("population") > 0, F.array_join(F.array_sort("population"), ","))
                           .alias("population"))
        else:
            columns.append(F.col(f"`{name}`"))
    columns += [date(written).alias(derived) for written, derived in DATES]
    columns += [F.col("bound_lower"), F.col("bound_upper"), position().alias(POSITION)]
    # each claim's topic bounds: a broadcast join with one row per topic that has any
    bounded = sorted(set(low) | set(high))
    if bounded:
        bounds = df.sparkSession.createDataFrame(
            [(t, low.get(t), high.get(t)) for t in bounded], "_btopic string, bound_lower double, bound_upper double")
        df = df.join(F.broadcast(bounds), df["topic"] == bounds["_btopic"], "left")
    else:
        df = df.withColumn("bound_lower", F.lit(None).cast("double")).withColumn("bound_upper",
                                                                              F.lit(None).cast("double"))
    df = df.select(*columns)
    return in_file_order(df) if ordered else df


def in_file_order(df: Any) -> Any:
    """The validation frame sorted as the pandas engine's is: by file, then line."""
    return df.orderBy("file", "line", POSITION)


def _sample_frame(columns: Sequence[str]) -> Any:
    """An empty pandas frame with the validation frame's date columns (``expect.kwargs.gx_kwargs`` reads
    their dtype)."""
    import pandas as pd

    dated = {derived for _, derived in DATES}
    return pd.DataFrame({c: pd.Series([], dtype="datetime64[ns]" if c in dated else object) for c in columns})


def validate_df(spark: Any, df: Any, project: Any, suite_paths: Sequence[Path] | None = None,
                today: datetime.date | None = None) -> Any:
    """As ``reconcile.expect.validate.run_suites(claims, project, suite_paths)``'s Validation,
    with ``df`` the claims DataFrame (``reconcile.engine.tables.claims_schema``)."""
    from reconcile.expect.validate import (TOPICS_SUITE, _bounds_specs, latest_today, suite_paths_of, labelled_suites,
                                           planned_suite, suite_parameters)
    from reconcile.model.records import Validation

    root = Path(project.root)
    paths = suite_paths_of(project) if suite_paths is None else [Path(p) for p in suite_paths]
    labelled = labelled_suites(paths, root)
    # the claims are persisted: the suites run on their validation columns, computed as they
    # are read; the frame in file order is made (and persisted) only if a suite needs it
    frames = _Frames(validation_df(df, project, ordered=False))
    try:
        count = df.count()
        topic_ids = {row["topic"] for row in df.select("topic").distinct().collect() if row["topic"] is not None}
        parameters = suite_parameters(project, today or latest_today())
        plan: list[tuple[str, str | None, list]] = []
        for label, path in labelled:
            plan.append(planned_suite(label, path, project, topic_ids, suite_paths is not None))
        no_checks = tuple(label for label, _, specs in plan if not specs)
        if count == 0:   # as the pandas engine: the suites are read, and 0 claims pass
            return Validation(outcomes=(), claims=0, empty=no_checks)
        bounds = _bounds_specs(project)
        if bounds:
            plan.append((TOPICS_SUITE, None, bounds))
        outcomes: list[tuple[tuple, Any]] = []
        for order, (label, topic, specs) in enumerate(plan):
            for position, outcome in enumerate(_run_specs(spark, frames.of(topic), specs, label, parameters)):
                outcomes.append(((label, order, position), outcome))
        outcomes.sort(key=lambda item: item[0])
        return Validation(outcomes=tuple(o for _, o in outcomes), claims=count, empty=no_checks)
    finally:
        frames.unpersist()


class _Frames:
    """The validation frame as the claims are (``base``), and in file order, sorted and
    persisted when first asked for (a sort of every claim: only the listing of failing rows
    and the checks of order need it); ``of(topic)``: a suite's part of them."""

    def __init__(self, base: Any) -> None:
        self.base = base
        self._sorted: Any = None

    def ordered(self) -> Any:
        from pyspark import StorageLevel

        if self._sorted is None:
            self._sorted = in_file_order(self.base).persist(StorageLevel.MEMORY_AND_DISK)
        return self._sorted

    def of(self, topic: str | None) -> "_Subset":
        return _Subset(self, topic)

    def unpersist(self) -> None:
        if self._sorted is not None:
            self._sorted.unpersist()


class _Subset:
    """The rows a suite checks (its topic's, or all), as they are and in file order."""

    def __init__(self, frames: _Frames, topic: str | None) -> None:
        self.frames, self.topic = frames, topic

    def _of(self, df: Any) -> Any:
        return df if self.topic is None else df.filter(df["topic"] == self.topic)

    @property
    def rows(self) -> Any:
        return self._of(self.frames.base)

    def ordered(self) -> Any:
        return self._of(self.frames.ordered())


def _run_specs(spark: Any, frame: "_Subset", specs: list, label: str, parameters: dict[str, Any]) -> list:
    """``reconcile.expect.validate._run_specs`` on a Spark DataFrame: the same outcomes, the
    failing rows fetched from Spark by their position."""
    from reconcile.expect.validate import (_POSITION, _WHOLE_TABLE, MAX_FAILING, gx_expectations, outcome_of_result,
                                           plan_specs)

    rows = frame.rows
    columns = [c for c in rows.columns if c != POSITION]
    sample = _sample_frame(columns)
    outcomes, runnable = plan_specs(specs, columns, label)
    if not runnable:
        return outcomes
    whole = any(specs[i].type in _WHOLE_TABLE or (specs[i].type == "expect_table_columns_to_match_set"
                                                  and specs[i].kwargs.get("exact_match", True)) for i in runnable)
    used = [f"`{c}`" for c in (columns if whole else [c for c in columns if any(c in specs[i].columns
                                                                                 for i in runnable)])]
    expectations = gx_expectations(specs, runnable, sample, label, SuitesOnSpark.build_expectation)
    runner = SuitesOnSpark(spark)
    results = list(runner.run_df(rows.select(*used, POSITION), expectations, label, parameters, MAX_FAILING,
                                 ordered=lambda: frame.ordered().select(*used, POSITION)).results)
    if len(results) != len(runnable):
        raise ExpectationError(f"Great Expectations returned {len(results)} results for {len(runnable)} expectations",
                               file=label)
    failing = _failing_rows(rows, results, columns)
    for result in results:
        i = int((result.expectation_config.meta or {}).get(_POSITION, -1))
        if i not in runnable or outcomes[i] is not None:
            raise ExpectationError("Great Expectations returned a result reconcile cannot match to its "
                                   f"expectation ({result.expectation_config.type})", file=label)
        outcomes[i] = outcome_of_result(label, specs[i], result, failing)
    return outcomes


def _failing_rows(frame: Any, results: list, columns: list[str]) -> Any:
    """The rows GX named as failing (by position), fetched from Spark as a pandas frame in file
    order, indexed by position; each result's index list put in that order."""
    from pyspark.sql import functions as F

    from reconcile.expect.validate import MAX_FAILING, ROWS_HOLDING, ROWS_OUTSIDE, extreme_of

    wanted: set[int] = set()
    for result in results:
        details = result.result or {}
        found = details.get("partial_unexpected_index_list")
        if found is not None:
            wanted.update(int(row[POSITION]) for row in found)
        kwargs = result.expectation_config.kwargs or {}
        extreme = None if result.success else extreme_of(result.expectation_config.type, kwargs, details)
        if extreme is not None and extreme[0] in columns:
            # a failed max or min: the first claims holding it, in file order (with a row condition,
            # none: the column as a whole is named, as Spark is not asked to filter by it here)
            holding = frame.filter(F.col(extreme[0]) == F.lit(extreme[1])) if not kwargs.get("row_condition") else None
            details[ROWS_HOLDING] = holding.count() if holding is not None else 0
            if holding is not None:
                wanted.update(int(row[POSITION]) for row in holding.orderBy("file", "line", "id").limit(MAX_FAILING)
                              .select(POSITION).collect())
        column = kwargs.get("column")
        values = [v for v in details.get("partial_unexpected_list") or [] if v is not None]
        if found is None and values and isinstance(column, str) and column in columns:
            # a distinct-values expectation: the first claims stating a value outside the set, in file order
            outside = frame.filter(F.col(column).isin(values))
            details[ROWS_OUTSIDE] = outside.count()
            wanted.update(int(row[POSITION]) for row in outside.orderBy("file", "line", "id").limit(MAX_FAILING)
                          .select(POSITION).collect())
    if not wanted:
        return _sample_frame(columns)
    rows = frame.filter(F.col(POSITION).isin(sorted(wanted))).toPandas()
    rows = rows.set_index(POSITION, drop=True)
    rows["line"] = rows["line"].astype("int64")
    keys = sorted(rows.index, key=lambda p: (str(rows.at[p, "file"]), int(rows.at[p, "line"]), p))
    rank = {p: k for k, p in enumerate(keys)}
    for result in results:
        details = result.result or {}
        found = details.get("partial_unexpected_index_list")
        if found is not None:
            details["partial_unexpected_index_list"] = sorted((int(row[POSITION]) for row in found),
                                                              key=lambda p: rank[p])
    return rows.loc[keys]


# --- suites on a Spark DataFrame made from a pandas frame --------------------------------------

class SuitesOnSpark:
    """What ``reconcile.expect.validate.run_suites`` calls to run a suite (``reconcile.expect.gx``'s
    ``build_expectation`` and ``run_suite``), with each suite run on Spark.

    The result is GX's own, except that each failing row's position is turned back into the
    label of its row of the pandas frame, which is what the pandas engine's result holds.
    ``spark``: the SparkSession, or a function that gives it (called when a suite first runs)."""

    def __init__(self, spark: Any) -> None:
        self._spark = spark

    @property
    def spark(self) -> Any:
        if callable(self._spark):
            self._spark = self._spark()
        return self._spark

    @staticmethod
    def build_expectation(type_: str, kwargs: Mapping[str, Any], *args: Any) -> Any:
        from reconcile.expect import gx as expect_gx

        return expect_gx.build_expectation(type_, spark_typed(type_, kwargs), *args)

    def run_suite(self, frame: "pd.DataFrame", expectations: list[Any], name: str,
                  parameters: Mapping[str, Any], max_failing: int) -> Any:
        # the whole-table checks see the columns as they are; the others see each row's position
        df = to_spark(self.spark, frame, position=True)
        result = self.run_df(df, expectations, name, parameters, max_failing)
        labels = frame.index
        for one in result.results:
            details = one.result or {}
            found = details.get("partial_unexpected_index_list")
            if found is not None:  # in the frame's order, as pandas lists them
                details["partial_unexpected_index_list"] = [labels[p] for p in sorted(int(row[POSITION])
                                                                                      for row in found)]
        return result

    def run_df(self, df: Any, expectations: list[Any], name: str, parameters: Mapping[str, Any],
               max_failing: int, cache: bool = True, ordered: Callable[[], Any] | None = None) -> Any:
        """The suite on a Spark DataFrame whose last column is each row's position: the
        whole-table checks without it, the others with it (GX names each failing row's).
        ``cache``: cache ``df`` for the suite (False: it is persisted already; the rows in order,
        taken when an expectation checks the order, are). ``ordered``:
        the same rows in the frame's order, when ``df`` is not (GX lists the first failing
        rows it meets, and checks an order on the rows as they come).

        Every expectation runs first for its success alone (GX's ``BOOLEAN_ONLY``: only the
        counts, which GX computes for many expectations in one pass over the rows), then the
        ones that failed again for their failing rows and values (``SUMMARY``), on the rows
        in order: GX's results are those of one ``SUMMARY`` run, without the passes that look
        for the failing rows of every expectation that has none."""
        if ordered is not None and any(e.expectation_type in ORDERED for e in expectations):
            df, ordered, cache = ordered(), None, False  # the rows in order: persisted already
        # cached for the suite: GX scans the rows once per metric (55 jobs for the four bounds
        # checks), and each scan of the columns as they are made (a claim's topic bounds: a join;
        # its position; its dates) redoes that work: the 100k project's validate took 38 s, 19 s cached
        cached = df.cache() if cache else None
        df = cached if cached is not None else df
        try:
            first = self._run_parts(df, expectations, name, parameters, max_failing, "BOOLEAN_ONLY")
            by_key = {_key(e): e for e in expectations}
            failed = [by_key.get(_key(r.expectation_config)) for r in first.results if not r.success]
            if not failed:
                return first
            in_order = df if ordered is None else ordered()
            if None in failed or len(by_key) != len(expectations):  # results reconcile cannot match: all again
                return self._run_parts(in_order, expectations, name, parameters, max_failing, "SUMMARY")
            again = self._run_parts(in_order, failed, name, parameters, max_failing, "SUMMARY")
            done = {_key(r.expectation_config): r for r in again.results}
            first.results = [done.get(_key(r.expectation_config), r) if not r.success else r
                             for r in first.results]
            return first
        finally:
            if cached is not None:
                cached.unpersist()

    def _run_parts(self, df: Any, expectations: list[Any], name: str, parameters: Mapping[str, Any],
                   max_failing: int, detail: str) -> Any:
        table = [e for e in expectations if e.expectation_type.startswith("expect_table_")]
        rows = [e for e in expectations if not e.expectation_type.startswith("expect_table_")]
        result = None
        for batch, with_position in ((table, False), (rows, True)):
            if not batch:
                continue
            done = self._run(df if with_position else df.drop(POSITION), batch, name, parameters, max_failing,
                             with_position, detail)
            if result is None:
                result = done
            else:
                result.results = list(result.results) + list(done.results)
        return result

    def _run(self, df: Any, expectations: list[Any], name: str, parameters: Mapping[str, Any],
             max_failing: int, with_position: bool, detail: str = "SUMMARY") -> Any:
        from reconcile.expect import gx as expect_gx

        result_format: dict[str, Any] = {"result_format": detail}
        if detail != "BOOLEAN_ONLY":
            result_format["partial_unexpected_count"] = max_failing
            if with_position:
                result_format["unexpected_index_column_names"] = [POSITION]
        result = expect_gx.validate_batch(expect_gx.spark_batch_definition(), {"dataframe": df}, expectations, name,
                                          parameters, result_format, where=" on Spark")
        for one in result.results:   # a column's type as the pandas engine names it
            details = one.result or {}
            if one.expectation_config.type in TYPE_CHECKS and details.get("observed_value") in PANDAS_TYPES:
                details["observed_value"] = PANDAS_TYPES[details["observed_value"]]
        return result


#: the type checks, whose type names GX reads per engine (pandas: a NumPy or pandas type; Spark: a class of
#: pyspark.sql.types)
TYPE_CHECKS = ("expect_column_values_to_be_of_type", "expect_column_values_to_be_in_type_list")
#: the Spark type of a column of the claims whose NumPy type (in the pandas engine's frame) is the key:
#: lower and upper are float64 there, line int64, the *_date columns datetime64, the flags bool, text object
SPARK_TYPES = {"float64": "DoubleType", "float32": "FloatType", "int64": "LongType", "int32": "IntegerType",
               "int16": "ShortType", "int8": "ByteType", "bool": "BooleanType", "datetime64": "TimestampNTZType",
               "str_": "StringType", "object_": "StringType"}
PANDAS_TYPES = {spark: numpy for numpy, spark in SPARK_TYPES.items() if numpy not in ("str_", "object_")}


def spark_type(name: Any) -> Any:
    """The Spark type name that means on Spark what ``name`` means to GX on pandas ("float": DoubleType);
    a Spark type name as it is. A type pandas knows that no column of the claims has on Spark:
    NullType, which no column has, so the claims fail as they do on pandas."""
    import numpy as np
    from pyspark.sql import types as spark_types

    if not isinstance(name, str):   # a suite parameter, or nothing: GX's own
        return name
    if isinstance(getattr(spark_types, name, None), type):
        return name
    try:
        return SPARK_TYPES.get(np.dtype(name).type.__name__, "NullType")
    except (TypeError, ValueError, SyntaxError):   # as ``expect.gx.is_type_name``: a pandas type name
        return "NullType"


def spark_typed(type_: str, kwargs: Mapping[str, Any]) -> Mapping[str, Any]:
    """A type check's kwargs with its type names as Spark names them (the same suite runs on both
    engines, issue 15); any other expectation's as they are."""
    if type_ not in TYPE_CHECKS:
        return kwargs
    if isinstance(kwargs.get("type_list"), list):
        return {**kwargs, "type_list": list(dict.fromkeys(spark_type(n) for n in kwargs["type_list"]))}
    return {**kwargs, "type_": spark_type(kwargs.get("type_"))} if "type_" in kwargs else kwargs


#: expectations whose success depends on the order of the rows (GX on Spark takes them as they come)
ORDERED = ("expect_column_values_to_be_increasing", "expect_column_values_to_be_decreasing")


def _key(expectation: Any) -> Any:
    """What ties a result to its expectation: the position reconcile tags each with
    (``reconcile.expect.validate.gx_expectations``), else the expectation's own id."""
    from reconcile.expect.validate import _POSITION

    meta = getattr(expectation, "meta", None) or {}
    return ("position", meta[_POSITION]) if _POSITION in meta else ("id", id(expectation))

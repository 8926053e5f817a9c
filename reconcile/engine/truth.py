"""Joint truth discovery on Spark (``--engine spark --resolve truth-discovery``).

The figures (one per origin per stated scope) go to Spark once, partitioned by topic. The
alternation of ``reconcile.estimates.truth.iterate`` then runs with its steps on Spark:

- the points given the source weights: each partition (whole topics) runs the one estimator,
  ``reconcile.estimates.truth.Steps``, on its figures (``mapInPandas``), the weights broadcast;
  the same pass gives each figure's error at its object's new point;
- the source weights given the points: a ``groupBy`` over sources sums the errors (and counts
  each source's evidence), and the driver takes the few numbers per source it gets back
  (``truth.source_weights``: CATD's bound over the errors);

until no point moves by more than the tolerance. Only one row per source and one number (how
far the farthest point moved) reach the driver per iteration; at the end, each figure's weight
and each object's point and range. A topic's figures sit in one partition, so each object's
estimate is computed exactly as the pandas engine computes it; the sums over sources add the
same errors in another order (the numbers agree to a relative 1e-9, not bit for bit).
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any, Callable, Iterator

import numpy as np

from reconcile.engine.frames import settle_imports, to_spark
from reconcile.estimates.truth import ALPHA, Steps, TruthResult, iterate

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["SparkSteps", "discover_on_spark"]

FIGURES = ("row long, obj long, src long, grp long, lower double, upper double, lower_inclusive boolean, "
           "upper_inclusive boolean, point double")
STEPPED = FIGURES + ", err double, used boolean, moved double"
RESULT = ("row long, obj long, weight double, point double, range_lower double, range_upper double, "
          "range_lower_inclusive boolean, range_upper_inclusive boolean")


def _steps(frame: "pd.DataFrame", counts: Any, n_sources: int, first: bool) -> tuple[Steps, np.ndarray]:
    """``Steps`` of one partition's figures (its objects and topics numbered from 0, in the
    order of their global numbers, so that every sum runs as in ``discover``); each row's
    object."""
    objects, obj = np.unique(frame["obj"].to_numpy(np.int64), return_inverse=True)
    group_of = np.empty(objects.size, dtype=np.int64)
    group_of[obj] = frame["grp"].to_numpy(np.int64)
    groups, group = np.unique(group_of, return_inverse=True)
    local_counts = counts if np.ndim(counts) == 0 else np.asarray(counts, dtype=bool)[groups]
    point = None
    if not first:
        point = np.full(objects.size, np.nan)
        point[obj] = frame["point"].to_numpy(float)
    steps = Steps.of(obj, frame["src"].to_numpy(np.int64), frame["lower"].to_numpy(float),
                     frame["upper"].to_numpy(float), frame["lower_inclusive"].to_numpy(bool),
                     frame["upper_inclusive"].to_numpy(bool), group, counts=local_counts,
                     n_sources=n_sources, point=point)
    return steps, obj


def _whole(batches: Iterator["pd.DataFrame"]) -> "pd.DataFrame | None":
    import pandas as pd

    frames = list(batches)
    return pd.concat(frames, ignore_index=True) if frames and sum(map(len, frames)) else None


def _estimate(weight: Any, counts: Any, n_sources: int, first: bool) -> Callable:
    """The points of one partition's objects for the broadcast source weights, and each
    figure's error at them (``mapInPandas``)."""
    def estimate(batches: Iterator["pd.DataFrame"]) -> Iterator["pd.DataFrame"]:
        settle_imports()
        frame = _whole(batches)
        if frame is None:
            return
        steps, obj = _steps(frame, counts, n_sources, first)
        moved = steps.estimate(np.asarray(weight.value))
        err = np.empty(len(frame))
        err[steps.order] = steps.distance()
        used = np.empty(len(frame), dtype=bool)
        used[steps.order] = steps.used
        assert steps.point is not None
        yield frame.assign(point=steps.point[obj], err=err, used=used, moved=moved)

    return estimate


def _result(weight: Any, counts: Any, n_sources: int) -> Callable:
    """Each figure's weight and each object's point and range (``mapInPandas``)."""
    def result(batches: Iterator["pd.DataFrame"]) -> Iterator["pd.DataFrame"]:
        import pandas as pd

        settle_imports()
        frame = _whole(batches)
        if frame is None:
            return
        steps, obj = _steps(frame, counts, n_sources, first=False)
        found = steps.result(np.asarray(weight.value), np.zeros(n_sources, dtype=np.int64), 0)
        yield pd.DataFrame({
            "row": frame["row"], "obj": frame["obj"], "weight": found.weight, "point": found.point[obj],
            "range_lower": found.lower[obj], "range_upper": found.upper[obj],
            "range_lower_inclusive": found.lower_inclusive[obj], "range_upper_inclusive": found.upper_inclusive[obj]})

    return result


class SparkSteps:
    """The steps of ``truth.iterate`` on a Spark DataFrame of the figures, partitioned by topic."""

    def __init__(self, spark: Any, figures: "pd.DataFrame", counts: Any, n_sources: int, n_objects: int) -> None:
        self.spark, self.counts, self.n_sources, self.n_objects = spark, counts, n_sources, n_objects
        partitions = max(1, min(int(spark.conf.get("spark.sql.shuffle.partitions")), int(figures["grp"].nunique())))
        self.df = self.cached = to_spark(spark, figures).repartition(partitions, "grp").cache()
        self.first = True
        self.sums: tuple[np.ndarray, float, int] = (np.zeros(n_sources), 0.0, 0)
        self.used = np.zeros(n_sources, dtype=np.int64)

    def _per_source(self, rows: list) -> np.ndarray:
        out = np.zeros(self.n_sources)
        for row in rows:
            out[row[0]] = row[1]
        return out

    def estimate(self, weight: np.ndarray) -> float:
        from pyspark.sql import functions as F

        shared = self.spark.sparkContext.broadcast(np.asarray(weight, dtype=float))
        stepped = self.df.mapInPandas(_estimate(shared, self.counts, self.n_sources, self.first), STEPPED).cache()
        rows = (stepped.groupBy("src")
                .agg(F.sum(F.when(F.col("used"), F.col("err")).otherwise(0.0)).alias("err"),
                     F.sum(F.col("used").cast("long")).alias("used"), F.max("moved").alias("moved"))
                .collect())
        shared.unpersist()
        self.cached.unpersist()  # the figures of the step before: the new ones are cached now
        self.cached, self.df = stepped, stepped.select(*[c.split()[0] for c in FIGURES.split(", ")])
        self.first = False
        errors = self._per_source([(r["src"], r["err"]) for r in rows])
        self.used = self._per_source([(r["src"], r["used"]) for r in rows]).astype(np.int64)
        self.sums = (errors, float(errors.sum()), int(self.used.sum()))
        return max((float(r["moved"]) for r in rows), default=0.0)

    def evidence(self) -> np.ndarray:
        return self.used

    def errors(self) -> tuple[np.ndarray, float, int]:
        return self.sums

    def result(self, weight: np.ndarray, evidence: np.ndarray, iterations: int) -> TruthResult:
        shared = self.spark.sparkContext.broadcast(np.asarray(weight, dtype=float))
        found = self.df.mapInPandas(_result(shared, self.counts, self.n_sources), RESULT).toPandas()
        shared.unpersist()
        self.cached.unpersist()
        n = len(found)
        rows, obj = found["row"].to_numpy(np.int64), found["obj"].to_numpy(np.int64)
        figure_weight = np.zeros(n)
        figure_weight[rows] = found["weight"].to_numpy(float)
        point = np.full(self.n_objects, np.nan)
        lower, upper = np.full(self.n_objects, -np.inf), np.full(self.n_objects, np.inf)
        lower_inclusive = np.zeros(self.n_objects, dtype=bool)
        upper_inclusive = np.zeros(self.n_objects, dtype=bool)
        point[obj] = found["point"].to_numpy(float)
        lower[obj] = found["range_lower"].to_numpy(float)
        upper[obj] = found["range_upper"].to_numpy(float)
        lower_inclusive[obj] = found["range_lower_inclusive"].to_numpy(bool)
        upper_inclusive[obj] = found["range_upper_inclusive"].to_numpy(bool)
        return TruthResult(point, lower, upper, lower_inclusive, upper_inclusive, figure_weight,
                           weight / (1.0 + weight), np.asarray(evidence, dtype=np.int64), iterations)


def discover_on_spark(spark: Any) -> Callable[..., TruthResult]:
    """``reconcile.estimates.truth.discover``, run on Spark (see the module)."""
    def discover(obj: np.ndarray, src: np.ndarray, lower: np.ndarray, upper: np.ndarray,
                 lower_inclusive: np.ndarray, upper_inclusive: np.ndarray, group: np.ndarray, *,
                 counts: bool | np.ndarray = True, max_iter: int = 50, tol: float = 1e-9,
                 n_sources: int | None = None, alpha: float = ALPHA) -> TruthResult:
        import pandas as pd

        obj, src, group = (np.asarray(a, dtype=np.int64).ravel() for a in (obj, src, group))
        n_src = int(n_sources if n_sources is not None else (src.max() + 1 if src.size else 0))
        figures = pd.DataFrame({
            "row": np.arange(obj.size, dtype=np.int64), "obj": obj, "src": src, "grp": group[obj],
            "lower": np.asarray(lower, dtype=float), "upper": np.asarray(upper, dtype=float),
            "lower_inclusive": np.asarray(lower_inclusive, dtype=bool),
            "upper_inclusive": np.asarray(upper_inclusive, dtype=bool), "point": np.nan})
        steps = SparkSteps(spark, figures, counts, n_src, group.size)
        return iterate(steps, n_src, max_iter=max_iter, tol=tol, alpha=alpha)

    return discover

"""Engines: where the normalize, validate and reconcile stages run (``reconcile report --engine``).

- ``pandas`` (the default): in this process, as ``reconcile.validate`` and
  ``reconcile.reconcile`` do.
- ``spark``: on Apache Spark (``local[*]`` here, a cluster elsewhere; ``reconcile.engine.spark``):
  the expectation suites run on a Spark DataFrame through Great Expectations' Spark data
  source, and each topic is reconciled by the same reconciler in an executor
  (``groupBy("topic").applyInPandas``); joint truth discovery iterates with Spark aggregations
  (``reconcile.engine.truth``). The report is the same as the pandas engine's.

``stages(engine, master, conf)`` gives an object with the stage functions::

    run = stages("spark", "local[2]", {"spark.sql.shuffle.partitions": "2"})
    project = run.read(".")                      # as reconcile.read (Spark: tables' rows not read)
    claims = run.normalize(project)              # as reconcile.normalize (Spark: tables read there)
    validation = run.validate(claims)            # as reconcile.validate(claims)
    report = run.reconcile(claims, validation)   # as reconcile.reconcile(claims, validation)
    report = run.estimate(report, "truth-discovery")  # as reconcile.estimate (Spark: iterated there)
    run.write_parquet(report, "reports/tables/")  # --format parquet: pyarrow, or Spark's writer
    run.report_tables(claims, validation, "reports/tables/", method="consensus")  # --format parquet
    # in one step: on Spark, computed and written by the executors (the driver gets the summary)

pyspark is an optional extra (``pip install reconcile[spark]``); it is imported only when the
Spark engine is asked for.
"""
from __future__ import annotations

import os
from pathlib import Path
from typing import Any, Iterable, Mapping

from reconcile.errors import EngineError

__all__ = ["ENGINES", "ENV", "EngineError", "engine_name", "spark_option_notes", "spark_options", "stages"]

ENGINES = ("pandas", "spark")
#: the environment variable that picks the engine when --engine is not given
ENV = "RECONCILE_ENGINE"


def engine_name(option: str | None = None) -> str:
    """The engine to use: ``option`` (``--engine``), else ``$RECONCILE_ENGINE``, else pandas."""
    if option:
        name, origin = option, "--engine"
    else:
        name, origin = os.environ.get(ENV, "").strip() or "pandas", ENV
    name = name.strip().lower()
    if name not in ENGINES:
        raise EngineError(f'unknown engine "{name}" (from {origin})', field=origin,
                          hint=f"use one of: {', '.join(ENGINES)}")
    return name


def spark_options(pairs: Iterable[str]) -> dict[str, str]:
    """``--spark-conf KEY=VALUE`` options as a dict (a later KEY wins)."""
    out: dict[str, str] = {}
    for pair in pairs:
        key, sep, value = pair.partition("=")
        if not sep or not key.strip():
            raise EngineError(f'--spark-conf "{pair}" is not KEY=VALUE', field="--spark-conf",
                              hint="write e.g. --spark-conf spark.executor.memory=4g")
        out[key.strip()] = value.strip()
    return out


#: Spark settings a run is tuned with (Spark's configuration pages): a key close to one of these and
#: not one of them is a slip (``spark.driver.memroy``), which Spark would take and ignore without a word
KNOWN_SPARK_KEYS = frozenset("""
spark.app.name spark.master spark.submit.deployMode spark.driver.memory spark.driver.cores
spark.driver.maxResultSize spark.driver.memoryOverhead spark.driver.extraJavaOptions spark.driver.extraClassPath
spark.driver.host spark.driver.bindAddress spark.driver.port spark.executor.memory spark.executor.cores
spark.executor.instances spark.executor.memoryOverhead spark.executor.extraJavaOptions spark.executor.heartbeatInterval
spark.cores.max spark.task.cpus spark.task.maxFailures spark.default.parallelism spark.local.dir spark.memory.fraction
spark.memory.storageFraction spark.memory.offHeap.enabled spark.memory.offHeap.size spark.serializer
spark.kryoserializer.buffer.max spark.network.timeout spark.rpc.message.maxSize spark.speculation spark.locality.wait
spark.dynamicAllocation.enabled spark.dynamicAllocation.minExecutors spark.dynamicAllocation.maxExecutors
spark.shuffle.service.enabled spark.ui.enabled spark.ui.port spark.ui.showConsoleProgress spark.eventLog.enabled
spark.eventLog.dir spark.jars spark.jars.packages spark.files spark.pyspark.python spark.pyspark.driver.python
spark.python.worker.memory spark.python.worker.reuse spark.sql.shuffle.partitions spark.sql.adaptive.enabled
spark.sql.adaptive.coalescePartitions.enabled spark.sql.adaptive.skewJoin.enabled spark.sql.autoBroadcastJoinThreshold
spark.sql.files.maxPartitionBytes spark.sql.files.openCostInBytes spark.sql.execution.arrow.pyspark.enabled
spark.sql.execution.arrow.pyspark.fallback.enabled spark.sql.execution.arrow.maxRecordsPerBatch
spark.sql.execution.pythonUDF.arrow.enabled spark.sql.session.timeZone spark.sql.ansi.enabled spark.sql.warehouse.dir
spark.sql.parquet.compression.codec spark.sql.sources.partitionOverwriteMode spark.sql.caseSensitive
spark.kubernetes.container.image spark.kubernetes.namespace spark.yarn.queue
""".split())


def spark_option_notes(options: dict[str, str]) -> list[str]:
    """Warnings for ``--spark-conf`` keys Spark would ignore without a word: not a Spark setting
    (no ``spark.``), or a slip of a setting it knows ("spark.driver.memroy": the run then gets the
    default heap, and fails for lack of memory much later)."""
    import difflib

    notes = []
    for key in options:
        if not key.startswith("spark."):
            notes.append(f"--spark-conf {key}: Spark reads only settings whose names begin with spark.; "
                         "this one does nothing")
        elif key not in KNOWN_SPARK_KEYS:
            close = difflib.get_close_matches(key, KNOWN_SPARK_KEYS, n=1, cutoff=0.9)
            if close and not key.startswith(close[0]):   # spark.executor.memoryOverheadFactor is a setting too
                notes.append(f"--spark-conf {key}: did you mean {close[0]}? Spark ignores a setting it does not "
                             "know, without a word")
    return notes


#: the master URLs Spark takes: local mode (with a number of threads, at least 1), a standalone
#: cluster, YARN, Kubernetes, Mesos
_MASTER = (r"local(?:\[(?:\*|[1-9]\d*)(?:,\s*[1-9]\d*)?\])?|local-cluster\[[^\]]+\]|yarn|"
           r"(?:spark|k8s|mesos)://\S+")


def check_master(master: str) -> None:
    """Refuse a ``--spark-master`` Spark would refuse after a long start and a Java stack trace."""
    import re

    if not re.fullmatch(_MASTER, master.strip()):
        raise EngineError(f'--spark-master "{master}" is not a Spark master URL', field="--spark-master",
                          hint="write local[*] (every core here), local[4] (4 threads, at least 1), "
                               "spark://HOST:7077, yarn or k8s://https://HOST:443")


class PandasStages:
    """The pandas engine: the library's own stages, in this process."""

    name = "pandas"

    def read(self, paths: Any = ".") -> Any:
        from reconcile.pipeline import read

        return read(paths)

    #: helper processes allowed (``normalize(parallel=True)``, as the command line says): the
    #: reconcile stage's quote check shares its work with one too
    parallel = False

    def normalize(self, project: Any, *, parallel: bool = False, meanwhile: Any = None) -> Any:
        from reconcile.pipeline import normalize

        self.parallel = parallel
        return normalize(project, parallel=parallel, meanwhile=meanwhile)

    def validate(self, claims: Any, suites: Any = None, changed: Any = None) -> Any:
        from reconcile.pipeline import validate

        return validate(claims, suites, changed)

    def reconcile(self, claims: Any, validation: Any = None, **options: Any) -> Any:
        from reconcile.pipeline import reconcile

        return reconcile(claims, validation, **{"parallel": self.parallel, **options})

    def estimate(self, report: Any, method: str = "consensus") -> Any:
        from reconcile.pipeline import estimate

        return estimate(report, method)

    def report_tables(self, claims: Any, validation: Any, directory: str | Path, inputs: Iterable[Path] = (), *,
                      method: str = "consensus", max_findings: int | None = None) -> Any:
        """``--format parquet``: the report (reconciled, estimated by ``method``) written as a
        folder of Parquet tables; returns the report."""
        report = self.estimate(self.reconcile(claims, validation, max_findings=max_findings), method)
        self.write_parquet(report, directory, inputs, max_findings=max_findings)
        return report

    def write_parquet(self, report: Any, directory: str | Path, inputs: Iterable[Path] = (), *,
                      max_findings: int | None = None) -> Path:
        """The report as a folder of Parquet tables (``reconcile.report.parquet``), by pyarrow."""
        from reconcile.model.records import MAX_FINDINGS
        from reconcile.report.parquet import write_parquet

        return write_parquet(report, directory, inputs,
                             max_findings=MAX_FINDINGS if max_findings is None else max_findings)


def stages(engine: str | None = None, master: str | None = None,
           conf: Mapping[str, str] | None = None) -> Any:
    """The validate and reconcile stages of ``engine`` (see ``engine_name``)."""
    name = engine_name(engine)
    if name == "pandas":
        if master or conf:   # a user who left out --engine would believe the run was the cluster's
            given = "--spark-master" if master else "--spark-conf"
            raise EngineError(f"{given} is an option of --engine spark, and the engine is pandas", field=given,
                              hint=f"add --engine spark (or set {ENV}=spark), or leave {given} out")
        return PandasStages()
    if master is not None:
        check_master(master)
    from reconcile.engine.spark import SparkStages

    return SparkStages(master=master, conf=dict(conf or {}))

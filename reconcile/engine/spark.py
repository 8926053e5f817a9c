"""The Spark engine: the validate and reconcile stages on Apache Spark (SPEC.md §6, issue 15).

- ``validate``: each suite runs on a Spark DataFrame of the validation frame through Great
  Expectations' Spark data source (``add_spark``, a dataframe asset, a whole-dataframe batch),
  planned and reported by ``reconcile.expect.validate`` exactly as the pandas engine does (same
  outcomes, same ``file:line (id)`` failures). Each row carries its position, which GX hands
  back for the failing rows (``unexpected_index_column_names``); a missing float is a null,
  never a NaN (GX counts a NaN as present).
- ``normalize``: the distinct stated values (with their language) are parsed in the executors
  by a pandas UDF over the one parser (``reconcile.engine.values``), and the distinct places,
  criteria, populations, dates, via and cites normalized there by the driver's own functions;
  the driver checks the results and builds the same claims frame as the pandas engine.
- ``estimate``: joint truth discovery iterates with Spark aggregations (``reconcile.engine.truth``).
- ``reconcile``: the claims go to Spark once, partitioned by ranges of topics; each task runs
  the same reconciler (``reconcile.conflicts.reconcile_claims``) on its topics, a run of whole
  topics at a time (``mapInPandas``: one call per ``RUN_CLAIMS`` claims, not per topic), and
  sends back their findings and stated scopes (pickled); the driver assembles the same
  Report the pandas engine makes (for the JSON, HTML, text... reports, which are one document).
- ``report_tables`` (``--format parquet``): nothing of the claims or findings comes to the
  driver. The claims are partitioned by ranges of topics and sorted by topic
  (``repartitionByRange``); each task reconciles its topics a run of whole topics at a time
  (``mapInPandas``: one call of the reconciler per ``RUN_CLAIMS`` claims, not per topic),
  makes their estimates and returns their findings and estimates tables (the rows of
  ``reconcile.report.parquet.report_table``, as Arrow streams) with their counts; the result
  is kept (memory and disk), then written table by table from DataFrames (``mapInArrow``, in
  the topic order the runs come in, not shuffled again; the claims sorted by id and turned into
  rows in the executors too). The driver
  gets the summary: counts by verdict and omitted by kind (summed by Spark), one row per
  source, the number of topics. Truth discovery, which weighs every topic jointly, takes the
  stated scopes to the driver and iterates on Spark (``reconcile.engine.truth``); its
  estimates and reliabilities, one row per stated scope and per source, are written from there.

Executors run ``PYSPARK_PYTHON``; unless it is set, it is this interpreter, so the workers
import the same reconcile, pandas and pyarrow.
"""
from __future__ import annotations

import contextlib
import os
import pickle
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterable, Iterator, Mapping

from reconcile.engine.frames import POSITION, settle_imports, to_spark
from reconcile.engine.validate import SuitesOnSpark, validate_df
from reconcile.errors import EngineError, OutputError
from reconcile.runtime.gcpause import gc_paused

if TYPE_CHECKING:
    import numpy as np
    import pandas as pd

__all__ = ["DEFAULT_MASTER", "SESSION_CONF", "SparkStages", "parquet_writer", "session", "to_spark", "write_tables"]

DEFAULT_MASTER = "local[*]"
INSTALL_HINT = "install the Spark extra: pip install reconcile[spark] (and Java 17 or newer)"

#: what every session of this engine is built with (``--spark-conf`` may override)
SESSION_CONF = {
    "spark.app.name": "reconcile",
    "spark.ui.showConsoleProgress": "false",       # no progress bars on stderr
    "spark.sql.execution.arrow.pyspark.enabled": "true",
    "spark.sql.execution.arrow.pyspark.fallback.enabled": "false",
    # dates stay dates: a naive pandas datetime64 is a TIMESTAMP_NTZ, compared without a time zone
    "spark.sql.timestampType": "TIMESTAMP_NTZ",
    "spark.sql.session.timeZone": "UTC",
    # a table's files are read as they are, as the pandas engine reads them: a Hadoop checksum
    # file left beside a part rewritten since (".part-00000-....crc") is not a reason to refuse it
    "spark.hadoop.fs.file.checksum.verify": "false",
}
#: the column that carries a row's position in the frame it was made from
#: the claim columns the reconciler reads (population is a list of tags)
TOPIC = "topic"
#: the Claims subclass of claims Spark read, made once (pyspark and the pipeline imported late)
_TYPES: dict[str, Any] = {}



def _pyspark() -> Any:
    try:
        import pyspark
    except ImportError as exc:
        raise EngineError("--engine spark needs pyspark, which is not installed", field="--engine",
                          hint=INSTALL_HINT) from exc
    return pyspark


#: the driver's log settings: errors only (Spark's default prints its profile, a log level and
#: warnings about the host on every run). A file the package ships, not one written at run time: that
#: one was left in the temporary folder whenever the command was killed before its clean-up ran.
LOG_SETTINGS = Path(__file__).resolve().parent.parent / "templates" / "log4j2.properties"


def _quiet_driver() -> str:
    """Java options for a driver that logs errors only (``LOG_SETTINGS``)."""
    return f"-Dlog4j2.configurationFile={LOG_SETTINGS.as_uri()}"


def session(master: str | None = None, conf: Mapping[str, str] | None = None) -> Any:
    """The SparkSession (one per process; a later call with other options reuses it).

    Started by ``spark-submit`` (which launched the JVM and set the master and the Python of
    the executors), this process keeps what spark-submit set; otherwise it starts Spark with
    ``master`` (``local[*]`` by default) and executors that run this interpreter."""
    _pyspark()
    from pyspark.sql import SparkSession

    submitted = "PYSPARK_GATEWAY_PORT" in os.environ  # the JVM is there already: spark-submit
    options = {**SESSION_CONF, "spark.ui.enabled": "false"}
    if not submitted:
        os.environ.setdefault("PYSPARK_PYTHON", sys.executable)
        os.environ.setdefault("PYSPARK_DRIVER_PYTHON", sys.executable)
        options["spark.master"] = master or DEFAULT_MASTER
        options["spark.driver.extraJavaOptions"] = _quiet_driver()
    elif master:
        options["spark.master"] = master
    builder = SparkSession.builder
    for key, value in {**options, **dict(conf or {})}.items():
        builder = builder.config(key, value)
    spark = None
    try:
        with _plain_errors():
            spark = builder.getOrCreate()
            # a setting's value is read when the session's state is first made, not by getOrCreate: made
            # here, a bad value ("spark.sql.shuffle.partitions=abc") is this error, not a traceback later
            spark.conf.get("spark.sql.shuffle.partitions")
    except Exception as exc:  # pyspark raises a bare PySparkRuntimeError when Java is missing
        if spark is not None:
            try:
                with _plain_errors():
                    spark.stop()      # the JVM is stopped, or this process would wait for it
            except Exception:         # (a JVM that failed may be unreachable already)
                pass
        raise _not_started(exc, master, dict(conf or {})) from None
    spark.sparkContext.setLogLevel("ERROR")
    return spark


@contextlib.contextmanager
def _plain_errors() -> Iterator[None]:
    """pyspark's JVM errors described by their own message, meanwhile. A captured error's str()
    asks the session's settings whether to add the JVM's stack trace; when it is those settings that
    failed (a bad value: "spark.sql.shuffle.partitions=abc"), asking fails again, and the new error's
    description asks again, without end (the command hung for minutes)."""
    from pyspark.errors.exceptions.captured import CapturedException

    before = CapturedException.__str__
    CapturedException.__str__ = lambda self: str(getattr(self, "_desc", "") or "")  # type: ignore[method-assign]
    try:
        yield
    finally:
        CapturedException.__str__ = before  # type: ignore[method-assign]


def _first_line(exc: BaseException) -> str:
    """The first line of a Spark error's message. A captured JVM error's str() asks the session's
    settings for its stack trace: after a setting failed, that fails again, without end (the
    command hung), so its own description is read instead."""
    if hasattr(exc, "_desc"):
        while getattr(exc, "_cause", None) is not None:   # the innermost cause says what was wrong
            exc = exc._cause  # type: ignore[attr-defined]
        desc = getattr(exc, "_desc", "")
        text = desc if isinstance(desc, str) else ""
    else:
        text = str(exc)
    return text.strip().splitlines()[0] if text.strip() else type(exc).__name__


def _not_started(exc: Exception, master: str | None, conf: Mapping[str, str]) -> EngineError:
    """Spark's refusal to start, naming the options given (a value Spark refuses shows as a
    Java error: "Invalid maximum heap size: -Xmxabc" for spark.driver.memory=abc)."""
    message = _first_line(exc)
    given = ([f"--spark-master {master}"] if master else []) + [f"--spark-conf {k}={v}" for k, v in conf.items()]
    if given:
        return EngineError(f"Spark could not start with {' '.join(given)} ({message})",
                           field="--spark-conf" if conf else "--spark-master",
                           hint="check those values (a setting's name and what it takes: "
                                "https://spark.apache.org/docs/latest/configuration.html); if they are "
                                f"right, check that Java 17 or newer is installed (java -version); {INSTALL_HINT}")
    return EngineError(f"Spark could not start ({message})", field="--engine",
                       hint=f"check that Java 17 or newer is installed (java -version); {INSTALL_HINT}")


# --- reconcile ---------------------------------------------------------------------------------

def _claims_frame(frame: "pd.DataFrame") -> "pd.DataFrame":
    """The claims frame as Spark takes it: population as a list, the row's position kept."""
    out = frame.reset_index(drop=True)
    return out.assign(population=[list(p) for p in out["population"]])


def _positioned(spark: Any, frame: "pd.DataFrame | None", claims: Any = None) -> tuple[Any, list[str]]:
    """The claims as a Spark DataFrame with each row's place in the pandas engine's order
    (``POSITION``), and the claim columns the reconciler reads: ``claims``, the DataFrame Spark
    read (``reconcile.engine.tables``), else the pandas ``frame`` sent to Spark."""
    from reconcile.model.records import CLAIM_COLUMNS

    if claims is not None:
        from reconcile.engine.tables import position

        return claims.select(*[f"`{c}`" for c in CLAIM_COLUMNS], position().alias(POSITION)), list(CLAIM_COLUMNS)
    assert frame is not None
    return to_spark(spark, _claims_frame(frame), position=True), list(frame.columns)


def _shared_project(spark: Any, project: Any) -> Any:
    """The project as the reconciler's tasks read it, broadcast once to the workers instead of
    carried in every task's function: what ``read()`` read stays on the driver. A task's function
    is unpickled per task, a broadcast's value once per Python worker (Spark reuses a worker for
    many tasks, ``spark.python.worker.reuse``, and sends it a broadcast once): the 600,000 topics
    of the 30M desk project are 86 MB pickled and took 5.7 s to unpickle, in each of the stage's
    600 tasks. The caller destroys the handle when its tasks are done."""
    import dataclasses

    return spark.sparkContext.broadcast(dataclasses.replace(project, raw=None))


def _some_topics(project: Any, topics: Iterable[Any]) -> Any:
    """The project as a task needs it for these topics: theirs only (the reconciler reads
    each topic of the project it is given, once per call: every topic in every task grows as
    the square of the topics)."""
    import dataclasses

    return dataclasses.replace(project, topics={t: project.topics[t] for t in topics if t in project.topics})


# the claims a partition of the reconciler's stage holds at most: 10M claims in the default 200 partitions
# (50,000 each) reconciled within an 8 GB heap; 30M (150,000 each) ran out of Java heap in that stage
PARTITION_CLAIMS = 50_000


def range_partitions(configured: int, claims: int) -> int:
    """How many ranges of topics the reconciler's stage cuts the claims into: the configured shuffle
    partitions, more when each would hold over ``PARTITION_CLAIMS`` claims."""
    return max(configured, -(-claims // PARTITION_CLAIMS))


def _in_runs(df: Any, claims: int = 0) -> Any:
    """The claims partitioned by ranges of whole topics (a range partition samples the topics
    first), each partition sorted by topic and position: what ``_runs`` cuts. ``claims``: how
    many there are, when known (``range_partitions``)."""
    configured = int(df.sparkSession.conf.get("spark.sql.shuffle.partitions"))
    return df.repartitionByRange(range_partitions(configured, claims), TOPIC).sortWithinPartitions(TOPIC, POSITION)


def _runs(batches: Iterator["pd.DataFrame"], size: int) -> Iterator[tuple["pd.DataFrame", list]]:
    """The claims of a partition sorted by topic (and position), as runs of whole topics:
    once ``size`` claims are held, the topics held whole go in runs of ``size`` claims or more
    each, cut between topics (``_cuts``: a batch of Arrow holds many runs' claims), the last
    one, perhaps not whole yet, waiting for the next batch; a topic is never split. Each run
    as the reconciler takes it (population a tuple), with its topics in order."""
    import numpy as np
    import pandas as pd

    def run(frame: "pd.DataFrame") -> tuple["pd.DataFrame", list]:
        claims = frame.reset_index(drop=True)
        claims = claims.assign(population=[tuple(p) if p is not None else () for p in claims["population"]])
        return claims, list(dict.fromkeys(claims[TOPIC].tolist()))

    held: list = []
    rows = 0
    for batch in batches:
        if not len(batch):
            continue
        held.append(batch)
        rows += len(batch)
        if rows < size:
            continue
        frame = pd.concat(held, ignore_index=True) if len(held) > 1 else batch
        topics = frame[TOPIC].to_numpy(dtype=object)
        others = np.flatnonzero(topics != topics[-1])
        cut = int(others[-1]) + 1 if len(others) else 0
        start = 0
        for stop in _cuts(topics[:cut], size):
            yield run(frame.iloc[start:stop])
            start = stop
        held, rows = [frame.iloc[cut:]], len(frame) - cut
    if rows:
        yield run(pd.concat(held, ignore_index=True))


def _cuts(topics: "np.ndarray", size: int) -> list[int]:
    """Where runs of whole topics end in ``topics`` (sorted, every topic whole): each run
    ends at the first end of a topic at or past ``size`` claims from its start; claims left
    after the last such end, fewer than ``size``, go with the run before them (alone, when
    there is none)."""
    import numpy as np

    if not len(topics):
        return []
    ends = np.append(np.flatnonzero(topics[1:] != topics[:-1]) + 1, len(topics)).tolist()
    cuts: list[int] = []
    start = 0
    for end in ends:
        if end - start >= size:
            cuts.append(end)
            start = end
    if start < len(topics):
        if cuts:
            cuts[-1] = len(topics)
        else:
            cuts.append(len(topics))
    return cuts


#: claims per run of topics a task reconciles at once (whole topics: a topic is never split)
RUN_CLAIMS = 20_000


def _topic_result(shared: Any, columns: list[str], max_findings: int | None, size: int) -> Any:
    """``mapInPandas``: what each executor runs on its partition's claims (``_in_runs``): for
    each run of topics (``_runs``), the reconciler's findings, stated scopes by topic and
    findings not kept, pickled (each topic's claims in the order of the frame, as in the
    pandas engine). ``shared``: the project's broadcast (``_shared_project``)."""
    def reconcile_topics(batches: Iterator["pd.DataFrame"]) -> Iterator["pd.DataFrame"]:
        import dataclasses

        import pandas as pd

        from reconcile.conflicts import reconcile_claims

        settle_imports()
        project = shared.value
        for claims, topics in _runs(batches, size):
            with gc_paused():   # as in the pandas engine (``pipeline.reconcile``); see ``_topics_tables``
                findings, scopes, omitted = reconcile_claims(_some_topics(project, topics), claims[columns],
                                                             max_findings)
                # a finding's words are written when read, by the reconciler: here, not on the driver
                written = [dataclasses.replace(finding) for finding in findings]
                payload = pickle.dumps((written, scopes, omitted), protocol=pickle.HIGHEST_PROTOCOL)
                del findings, scopes, omitted, written   # kept findings and their reconcilers: cycles
            yield pd.DataFrame({TOPIC: [topics[0]], "payload": [payload]})

    return reconcile_topics


def topic_results(spark: Any, project: Any, frame: "pd.DataFrame | None",
                  max_findings: int | None = 0, claims: Any = None,
                  ) -> tuple[list, dict[str, list], dict[str, dict[str, int]]]:
    """Findings (sorted, as ``reconcile_claims``: at most ``max_findings`` per topic, 0: all),
    stated scopes per topic and the count of findings not kept, computed a run of topics per
    call across the cluster. ``claims``: the claims as a Spark DataFrame already
    (``reconcile.engine.tables``; ``frame`` is then not read)."""
    from reconcile.model.records import Finding

    df, columns = _positioned(spark, frame, claims)
    shared = _shared_project(spark, project)
    run = _topic_result(shared, columns, max_findings, RUN_CLAIMS)
    try:
        # collect, not toLocalIterator: that computes the topics one partition (one core) at a time
        rows = _in_runs(df).mapInPandas(run, schema=f"{TOPIC} string, payload binary").collect()
    finally:
        shared.destroy()
    findings: list = []
    scopes: dict[str, list] = {}
    omitted: dict[str, dict[str, int]] = {}
    while rows:  # each payload let go of once read
        row = rows.pop()
        run_findings, run_scopes, run_omitted = pickle.loads(row["payload"])
        findings.extend(run_findings)
        scopes.update(run_scopes)
        omitted.update(run_omitted)
    return sorted(findings, key=Finding.sort_key), scopes, omitted


# --- Parquet output ------------------------------------------------------------------------------

def _write(df: Any, folder: Path) -> None:
    """A Spark DataFrame written as the Parquet table ``folder`` (part files, in order); Spark's
    failure said as an OutputError."""
    from py4j.protocol import Py4JError  # type: ignore[import-untyped]  # py4j ships no types; pyspark needs it
    from pyspark.errors import PySparkException

    try:
        df.write.parquet(folder.as_uri())
    except (PySparkException, Py4JError) as exc:
        raise OutputError(f"Spark could not write the table {folder.name} ({_first_line(exc)})", file=str(folder),
                          hint="choose a folder the driver and the executors can write to") from exc


def parquet_writer(spark: Any) -> Any:
    """A ``write_table`` for ``reconcile.report.parquet.write_parquet``: each table written by
    Spark (``DataFrame.write.parquet``) as part files, one per partition, in order.

    The folder is a ``file:`` URI: in local mode it is this machine's disk; on a cluster it must
    be a folder every executor and the driver share (a network mount)."""
    def write_table(table: Any, folder: Path) -> None:
        _write(spark.createDataFrame(table), folder)

    return write_table


# --- the report as tables, computed and written by the executors (--format parquet) --------------

#: what each run of topics hands on (one row per run of whole topics, the runs of a partition
#: in topic order): its first topic, how many topics it holds, its findings and estimates
#: tables (Arrow IPC streams), its stated scopes (pickled, for truth discovery only), its
#: findings by verdict and, by kind, the findings not listed (JSON)
TOPIC_TABLES = ("topic string, topics long, findings binary, estimates binary, evidence binary, verdicts string, "
                "omitted string")


def _ipc(table: Any) -> bytes:
    import pyarrow as pa

    sink = pa.BufferOutputStream()
    with pa.ipc.new_stream(sink, table.schema) as writer:
        writer.write_table(table)
    return bytes(sink.getvalue().to_pybytes())


def _topics_tables(shared: Any, columns: list[str], max_findings: int | None, method: str, size: int) -> Any:
    """``mapInPandas``: what each executor runs on its partition's claims (``_in_runs``): for
    each run of topics (``_runs``, of ``size`` claims or so), the reconciler's findings and
    the estimates of its stated scopes (``method``; truth discovery, which needs every topic,
    gets the scopes instead) as rows of the pandas engine's tables (``report_table`` of that
    part of the report: per topic, so the same rows as the whole report's), and its counts.
    One call of the reconciler and of ``report_table`` per run, not per topic: their cost per
    call (the place index, the quote checks, an Arrow table) is paid once per thousands of
    claims. Each run with the cyclic garbage collector paused (``gc_paused``, as the pandas
    engine reconciles): it ran again and again over the objects the reconciler builds, none of
    them garbage yet. Reconciling the 200k desk claims in runs of 20,000, their words written
    and pickled (what ``_topic_result`` does), took 21.8 s of CPU with it and 12.5 s paused,
    the peak 429 and 393 MB; between runs it runs as usual and frees the last run's reconcilers.
    ``shared``: the project's broadcast (``_shared_project``)."""
    def tables_of_topics(batches: Iterator["pd.DataFrame"]) -> Iterator["pd.DataFrame"]:
        import json

        import pandas as pd

        from reconcile.conflicts import reconcile_claims
        from reconcile.estimates import estimate_report
        from reconcile.model.records import Report
        from reconcile.pipeline import claim_records
        from reconcile.report.parquet import report_table

        settle_imports()
        project = shared.value
        for claims, topics in _runs(batches, size):
            with gc_paused():
                mine = _some_topics(project, topics)
                findings, scopes, omitted = reconcile_claims(mine, claims[columns], max_findings)
                evidence = tuple(scope for topic in topics for scope in scopes.get(topic, [])
                                 if not scope.parts_only)
                report = Report(claims=claim_records(claims) if method == "prefer" else (),  # prefer: who states what
                                findings=tuple(findings), sources={}, topics=mine.topics, evidence=evidence,
                                omitted=omitted)
                joint = method == "truth-discovery"
                if not joint:
                    report = estimate_report(report, method)
                tables = pd.DataFrame({
                    TOPIC: [topics[0]], "topics": [len(topics)],
                    "findings": [_ipc(report_table(report, "findings", max_findings))],
                    "estimates": [b"" if joint else _ipc(report_table(report, "estimates"))],
                    "evidence": [pickle.dumps(evidence, protocol=pickle.HIGHEST_PROTOCOL) if joint else b""],
                    "verdicts": [json.dumps(report.verdict_counts())],
                    "omitted": [json.dumps(report.listed(max_findings)[1])]})
                del findings, scopes, omitted, evidence, report   # kept findings and their reconcilers: cycles
            yield tables

    return tables_of_topics


def _unpack(column: str) -> Any:
    """``mapInArrow``: the rows of each topic's table in ``column`` (an Arrow IPC stream)."""
    def rows(batches: Iterator[Any]) -> Iterator[Any]:
        import pyarrow as pa

        settle_imports()
        for batch in batches:
            for blob in batch.column(column).to_pylist():
                if blob:
                    yield from pa.ipc.open_stream(blob).read_all().to_batches()

    return rows


def _claim_rows(batches: Iterator[Any]) -> Iterator[Any]:
    """``mapInArrow``: claims (sorted by id) as rows of the claims table, by the pandas
    engine's ``claim_records`` and ``report_table``."""
    import pyarrow as pa

    from reconcile.model.records import Report
    from reconcile.pipeline import claim_records
    from reconcile.report.parquet import report_table

    settle_imports()
    for batch in batches:
        if batch.num_rows:
            frame = pa.Table.from_batches([batch]).to_pandas()
            yield from report_table(Report(claims=claim_records(frame), findings=(), sources={}, topics={}),
                                    "claims").to_batches()


def _summed(df: Any, column: str) -> dict[str, int]:
    """The counts (JSON objects of name -> count, one per row) of ``column``, summed by Spark."""
    from pyspark.sql import functions as F

    rows = (df.select(F.explode(F.from_json(column, "map<string,bigint>")))
            .groupBy("key").agg(F.sum("value").alias("count")).collect())
    return {row["key"]: int(row["count"]) for row in rows}


def write_tables(spark: Any, claims: Any, validation: Any, directory: str | Path, inputs: Iterable[Path] = (), *,
                 method: str = "consensus", max_findings: int | None = 0) -> Any:
    """The report of ``claims`` as the folder of Parquet tables (``reconcile.report.parquet``),
    computed and written by the executors: each topic reconciled and its estimates made in a
    task (``groupBy(topic).applyInPandas``), the claims, findings and estimates tables written
    from DataFrames; only the summary (counts, sources, topics) is reduced to the driver, and,
    for ``truth-discovery``, the stated scopes its joint iteration starts from (it iterates on
    Spark: ``reconcile.engine.truth``). Returns a ``TablesWritten`` (the summary)."""

    from pyspark import StorageLevel
    from pyspark.sql import functions as F
    from pyspark.sql.pandas.types import from_arrow_schema

    from reconcile.estimates import estimate_all
    from reconcile.model.records import REPORT_CLAIM_KEYS, Report, count_verdicts, source_rows
    from reconcile.report.parquet import (TablesWritten, report_table, rows_table, schemas, summary_document,
                                          summary_text, write_folder)

    project = claims.project
    df, columns = _positioned(spark, None if claims_df(claims) is not None else claims.frame, claims_df(claims))
    kinds = {name: from_arrow_schema(schema) for name, schema in schemas().items()}
    shared = _shared_project(spark, project)
    try:
        # each partition a range of whole topics: its runs of topics come out in topic order
        tables_of_topics = _topics_tables(shared, columns, max_findings, method, RUN_CLAIMS)
        per_topic = (_in_runs(df, len(claims)).mapInPandas(tables_of_topics, TOPIC_TABLES)
                     .persist(StorageLevel.MEMORY_AND_DISK))
    except BaseException:
        shared.destroy()          # the plan failed before any task: the broadcast goes with it
        raise
    written: dict[str, Any] = {}

    def fill(folder: Path) -> str:
        # every topic reconciled once, across the cluster, and kept
        n_topics = int(per_topic.agg(F.sum("topics")).collect()[0][0] or 0)
        claims_table = (df.orderBy("id", POSITION).select(*[f"`{c}`" for c in REPORT_CLAIM_KEYS])
                        .mapInArrow(_claim_rows, kinds["claims"]))
        _write(claims_table, folder / "claims")
        # in topic order as they are: partition i holds the i-th range of topics (``_in_runs``),
        # its runs in topic order, and a table is written a part file per partition, in order
        # (sorting them again by topic shuffled every finding: some 1.7 KB a claim)
        by_topic = per_topic
        _write(by_topic.select(TOPIC, "findings").mapInArrow(_unpack("findings"), kinds["findings"]),
               folder / "findings")
        reliability: dict[str, float] = {}
        if method == "truth-discovery":
            from reconcile.engine.truth import discover_on_spark

            scopes = sorted(per_topic.select(TOPIC, "evidence").collect(), key=lambda row: row[TOPIC])
            evidence = [scope for row in scopes for scope in pickle.loads(row["evidence"])]
            estimates, reliability, _ = estimate_all(evidence, method, discover=discover_on_spark(spark),
                                                     sources=project.sources)
            parquet_writer(spark)(report_table(Report(claims=(), findings=(), sources={}, topics={},
                                                      estimates=estimates), "estimates"), folder / "estimates")
        else:
            _write(by_topic.select(TOPIC, "estimates").mapInArrow(_unpack("estimates"), kinds["estimates"]),
                   folder / "estimates")
        counts = {row["source"]: int(row["count"]) for row in df.groupBy("source").count().collect()}
        via = {row["via"] for row in df.where(F.col("via").isNotNull() & (F.col("via") != ""))
               .select("via").distinct().collect()}
        sources = source_rows(project.sources, counts, via, reliability)
        parquet_writer(spark)(rows_table("sources", sources), folder / "sources")
        verdicts = count_verdicts(())
        verdicts.update(_summed(per_topic, "verdicts"))
        summary = {"claims": len(claims), "sources": len(sources), "topics": n_topics, "findings": verdicts,
                   "omitted": dict(sorted(_summed(per_topic, "omitted").items()))}
        written["record"] = summary_document(summary, validation)
        return summary_text(written["record"])

    try:
        path = write_folder(directory, inputs, fill)
    finally:
        per_topic.unpersist()
        shared.destroy()
    return TablesWritten(path, written["record"])


# --- the stages ----------------------------------------------------------------------------------

def _claims_type() -> type:
    from reconcile.pipeline import Claims

    class SparkClaims(Claims):
        """Claims that Spark read (``reconcile.engine.tables``): ``df``, the claims as a Spark
        DataFrame (persisted), which the Spark stages use; ``frame``, the pandas claims frame,
        made on the driver only when something asks for it (then kept)."""

        def __new__(cls, project: Any, df: Any, count: int) -> "SparkClaims":
            made = super().__new__(cls, project, df)
            made.__dict__["count"] = count
            return made

        @property
        def df(self) -> Any:
            return tuple.__getitem__(self, 1)

        @property
        def frame(self) -> "pd.DataFrame":
            if "pandas" not in self.__dict__:
                from reconcile.engine.tables import to_pandas

                self.__dict__["pandas"] = to_pandas(self.df)
            return self.__dict__["pandas"]

        def __iter__(self) -> Any:
            yield self.project
            yield self.frame

        def __len__(self) -> int:
            return int(self.__dict__["count"])

    return SparkClaims


def spark_claims(project: Any, df: Any, count: int) -> Any:
    """Claims read by Spark (see ``_claims_type``)."""
    if "claims" not in _TYPES:
        _TYPES["claims"] = _claims_type()
    return _TYPES["claims"](project, df, count)


def claims_df(claims: Any) -> Any:
    """The Spark DataFrame of claims that Spark read, else None."""
    return claims.df if "claims" in _TYPES and isinstance(claims, _TYPES["claims"]) else None


class SparkStages:
    """``validate`` and ``reconcile`` as the library's stages, on Spark (see the module)."""

    name = "spark"

    def __init__(self, master: str | None = None, conf: Mapping[str, str] | None = None) -> None:
        _pyspark()  # the missing extra is said before any work is done
        self.master = master or DEFAULT_MASTER
        self.conf = dict(conf or {})
        self._spark: Any = None
        self._noted: dict[int, tuple[Any, list]] = {}   # id(Loaded) -> (it, the tables Spark reads)

    @property
    def spark(self) -> Any:
        if self._spark is None:
            self._spark = session(self.master, self.conf)
        return self._spark

    def read(self, paths: Any = ".") -> Any:
        """As ``reconcile.read(paths)``, except that the rows of CSV and Parquet tables are not
        read here: ``normalize`` has Spark read them (``reconcile.engine.tables``)."""
        from reconcile.engine.tables import read_deferred

        project, noted = read_deferred(paths)
        if noted:
            self._noted[id(project.raw)] = (project.raw, noted)
        return project

    def normalize(self, project: Any, *, parallel: bool = False, meanwhile: Any = None) -> Any:
        """As ``reconcile.normalize(project)``. The tables ``read`` noted are read, checked and
        normalized by Spark (``reconcile.engine.tables``); the claims read here are checked
        here, their distinct stated values parsed by Spark's executors
        (``reconcile.engine.values``). ``parallel`` is the pandas engine's helper process:
        Spark needs none."""
        from reconcile.claims.build import build_frame
        from reconcile.engine.values import map_on_spark, parse_on_spark
        from reconcile.model.records import Project
        from reconcile.pipeline import Claims

        if not isinstance(project, Project) or project.raw is None:
            raise TypeError("normalize() takes the Project that reconcile.read() returns")

        def parse_values(keys: list, config: Any) -> list:
            return parse_on_spark(self.spark, keys, config)

        build: dict[str, Any] = {"parse_values": parse_values, "map_values": map_on_spark(self.spark)}
        noted = self._noted.pop(id(project.raw), (None, None))[1]
        if noted:
            from reconcile.engine.tables import normalize_tables

            read, df = normalize_tables(self.spark, project.raw, noted, **build)
            if df is not None and project.raw.whole and any(t.criteria for t in read.topics.values()):
                from reconcile.claims.build import check_criteria

                # as build_frame does: each topic's criteria against the criteria its claims state
                check_criteria(read.topics, [(row[0], row[1]) for row in
                                             df.select("topic", "criterion").distinct().collect()])
            if df is not None:
                if meanwhile is not None:
                    meanwhile()
                return spark_claims(read, df, df.count())
        return Claims(*build_frame(project.raw, meanwhile=meanwhile, **build))

    def validate(self, claims: Any, suites: Iterable[str | Path] | None = None, changed: Any = None) -> Any:
        """As ``reconcile.validate(claims, suites, changed)``, each suite run on Spark."""
        from reconcile.expect.validate import run_suites
        from reconcile.pipeline import Claims

        if not isinstance(claims, Claims):
            raise TypeError("validate() takes the Claims that reconcile.normalize() returns")
        project = claims.project
        paths = [Path(s) for s in suites] if suites is not None else None
        df = claims_df(claims)
        if df is not None and changed is None:  # on the DataFrame Spark read: no pandas frame of the claims here
            return validate_df(self.spark, df, project, paths)
        frame = claims.frame   # --changed-since chose its rows from this frame
        validation, _ = run_suites(frame, project, paths, runner=SuitesOnSpark(lambda: self.spark), changed=changed)
        return validation

    def reconcile(self, claims: Any, validation: Any = None, *, max_findings: int | None = None) -> Any:
        """As ``reconcile.reconcile(claims, validation, max_findings=...)``, each topic
        reconciled in an executor."""
        from reconcile.estimates import estimate_report
        from reconcile.model.records import MAX_FINDINGS, Report, Validation
        from reconcile.pipeline import Claims, claim_records

        if not isinstance(claims, Claims):
            raise TypeError("reconcile() takes the Claims that reconcile.normalize() returns")
        if validation is not None and not isinstance(validation, Validation):
            raise TypeError("validation must be the Validation that reconcile.validate() returns, or None")
        project, frame = claims
        limit = MAX_FINDINGS if max_findings is None else max_findings
        df = claims_df(claims)
        findings, scopes, omitted = topic_results(self.spark, project, frame, limit, df) if len(frame) else ([], {}, {})
        used = set(frame[TOPIC]) if len(frame) else set()
        evidence = tuple(scope for topic in sorted(scopes) for scope in scopes[topic] if not scope.parts_only)
        report = Report(claims=claim_records(frame), findings=tuple(findings), sources=dict(project.sources),
                        topics={k: v for k, v in project.topics.items() if k in used},
                        validation=validation, evidence=evidence, omitted=omitted)
        return estimate_report(report, "consensus")

    def estimate(self, report: Any, method: str = "consensus") -> Any:
        """As ``reconcile.estimate(report, method)``; truth discovery iterates on Spark
        (``reconcile.engine.truth``: the topics' estimates per partition, the source weights
        a groupBy over sources), the other methods, one stated scope at a time, here."""
        from reconcile.estimates import estimate_report
        from reconcile.model.records import Report
        from reconcile.pipeline import estimate

        if method != "truth-discovery" or not isinstance(report, Report) or not report.evidence:
            return estimate(report, method)
        from reconcile.engine.truth import discover_on_spark

        return estimate_report(report, method, discover=discover_on_spark(self.spark))

    def report_tables(self, claims: Any, validation: Any, directory: str | Path, inputs: Iterable[Path] = (), *,
                      method: str = "consensus", max_findings: int | None = None) -> Any:
        """``--format parquet``: the report of ``claims`` as a folder of tables computed and
        written by the executors (``write_tables``); the driver gets the summary only (a
        ``TablesWritten``). No claims: the (empty) report made here and written as tables."""
        from reconcile.model.records import MAX_FINDINGS
        from reconcile.pipeline import RESOLVE_METHODS, Claims

        if not isinstance(claims, Claims):
            raise TypeError("report_tables() takes the Claims that reconcile.normalize() returns")
        if method not in RESOLVE_METHODS:
            raise ValueError(f"unknown method {method!r}; use one of: {', '.join(RESOLVE_METHODS)}")
        limit = MAX_FINDINGS if max_findings is None else max_findings
        if not len(claims):
            report = self.estimate(self.reconcile(claims, validation, max_findings=limit), method)
            self.write_parquet(report, directory, inputs, max_findings=limit)
            return report
        return write_tables(self.spark, claims, validation, directory, inputs, method=method, max_findings=limit)

    def write_parquet(self, report: Any, directory: str | Path, inputs: Iterable[Path] = (), *,
                      max_findings: int | None = None) -> Path:
        """``reconcile.report.parquet.write_parquet``, each table written by Spark."""
        from reconcile.model.records import MAX_FINDINGS
        from reconcile.report.parquet import write_parquet

        return write_parquet(report, directory, inputs, write_table=parquet_writer(self.spark),
                             max_findings=MAX_FINDINGS if max_findings is None else max_findings)

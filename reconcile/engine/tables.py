"""Claims tables read by Spark (the Spark engine's read and normalize stages, issue 15).

With ``--engine spark`` the driver never reads the rows of a CSV or Parquet table:

- ``read``: the project is read as the pandas engine reads it, except that each CSV or Parquet
  table's path is checked and noted (``reconcile.sources.tables.DEFERRED``) instead of read;
  YAML, ClaimReview and XLSX sources are read on the driver as today.
- ``normalize_tables``: Spark scans the tables (one scan per Parquet schema or CSV header),
  each row with its file and line (Parquet: ``_metadata.row_index``; CSV: the row's place in
  its file block). Each chunk is checked and normalized in an executor by the pandas engine's
  own code (``tables.arrow_frame``, ``_check_cells``, ``check_table``, the claimant
  resolution ``tables._resolve`` and ``claims.build.build_frame(rows_only=True)``), and stays a
  Spark DataFrame. A bad row comes back as its error (the same ``ReconcileError``: file, line,
  field, fix), and only the first one, by file order, reaches the driver. The claimants a table
  names are resolved on the driver first, from each name's first row (an aggregation), so a
  compiled claimant becomes a source as it does in the pandas engine.
- The cross-claim checks are Spark aggregations and joins: duplicate ids (a groupBy), part_of
  targets (a join), part_of loops (only the parts whose total is itself a part reach the driver).

A CSV table Spark cannot read line for line (a cell with a line break, a blank line, an
unbalanced quote, a row with more cells than the header) is read on the driver by the pandas
engine's exact reader instead, as the pandas engine does.
"""
from __future__ import annotations

import csv
import io
import os
import pickle
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING, Any, Iterator

from reconcile.errors import InputError, ReconcileError

if TYPE_CHECKING:
    import pandas as pd

__all__ = ["ORDER", "ROW", "read_deferred", "normalize_tables", "claims_schema"]

#: the columns each normalized claim carries besides ``CLAIM_COLUMNS``: the table's place in the
#: order the pandas engine concatenates claims (-1: the driver's claims), the row's place in it,
#: whether its id was derived, and a bad row's error (pickled)
ORDER, ROW, DERIVED, ERROR = "_order", "_row", "_derived", "_error"
FILE_PATH, LINE = "_file_path", "_line"
#: rows per Arrow batch a chunk function gets (each batch is one build_frame call)
BATCH_ROWS = "100000"


def claims_schema() -> str:
    """The Spark schema of a normalized claim (``CLAIM_COLUMNS`` and the columns above)."""
    from reconcile.model.records import CLAIM_COLUMNS

    kinds = {"lower": "double", "upper": "double", "lower_inclusive": "boolean", "upper_inclusive": "boolean",
             "complete": "boolean", "line": "long", "population": "array<string>"}
    columns = [f"`{name}` {kinds.get(name, 'string')}" for name in CLAIM_COLUMNS]
    return ", ".join(columns + [f"{ORDER} int", f"{ROW} long", f"{DERIVED} boolean", f"{ERROR} binary"])


def _arrow_schema() -> Any:
    import pyarrow as pa

    from reconcile.model.records import CLAIM_COLUMNS

    kinds = {"lower": pa.float64(), "upper": pa.float64(), "lower_inclusive": pa.bool_(),
             "upper_inclusive": pa.bool_(), "complete": pa.bool_(), "line": pa.int64(),
             "population": pa.list_(pa.string())}
    fields = [pa.field(name, kinds.get(name, pa.string())) for name in CLAIM_COLUMNS]
    fields += [pa.field(ORDER, pa.int32()), pa.field(ROW, pa.int64()), pa.field(DERIVED, pa.bool_()),
               pa.field(ERROR, pa.binary())]
    return pa.schema(fields)


def local_path(uri: str) -> str:
    """A file's path from the URI Spark names it by (``file:/a%20b`` or ``file:///a%20b``)."""
    from urllib.parse import unquote, urlparse

    return os.path.realpath(unquote(urlparse(uri).path))


def _error_bytes(exc: ReconcileError) -> bytes:
    """An error as it travels from an executor (its class, arguments and fields)."""
    return pickle.dumps((type(exc), exc.args, dict(exc.__dict__)), protocol=pickle.HIGHEST_PROTOCOL)


def _error_of(payload: bytes) -> ReconcileError:
    kind, args, fields = pickle.loads(payload)
    error = kind.__new__(kind)
    Exception.__init__(error, *args)
    error.__dict__.update(fields)
    return error


# --- read ----------------------------------------------------------------------------------------

def read_deferred(paths: Any) -> tuple[Any, list]:
    """``reconcile.read(paths)``, with the CSV and Parquet tables noted, not read: the Project
    and the ``tables.Table`` of each (its ``path`` set, no frame)."""
    import reconcile
    from reconcile.sources.tables import DEFERRED

    noted: list = []
    token = DEFERRED.set(noted)
    try:
        project = reconcile.read(paths)
    finally:
        DEFERRED.reset(token)
    return project, noted


# --- the scans -----------------------------------------------------------------------------------

@dataclass
class Scanned:
    """One deferred table: its Table, its place in the claims' order, and how it is scanned."""

    table: Any
    order: int
    kind: str                    # "parquet" or "csv"
    columns: tuple[str, ...]     # as written (CSV: stripped)
    rows: int = 0
    uri: str = ""
    check_cells: bool = False
    group: tuple = field(default_factory=tuple)
    zones: tuple = ()            # Parquet: (column, time zone) of each timestamp column written with one


def _known_columns(columns: Any, display: str) -> None:
    from reconcile.sources.tables import KNOWN_COLUMNS

    for key in columns:
        if key and key not in KNOWN_COLUMNS:   # (a column with no name: read on the driver, as pandas reads it)
            raise InputError(f'unknown column "{key}"', file=display, line=1, field=key,
                             hint=f"known columns: {', '.join(KNOWN_COLUMNS)}")


def _missing_source(scanned: Scanned) -> None:
    if "source" not in scanned.columns and scanned.table.pointing is None:
        raise InputError('missing "source" column', file=scanned.table.display, line=1, field="source",
                         hint="give each row the id, name or alias of its source, or point a source file "
                              "at this table")


def _csv_header(path: Path, display: str) -> tuple[str, tuple[str, ...]] | None:
    """A CSV table's separator and header (its first line, read here), or None when empty."""
    from reconcile.sources.files import decode
    from reconcile.sources.tables import _check_header, csv_delimiter

    with open(path, "rb") as stream:
        first = stream.readline(1 << 20)
    text = decode(first, display).lstrip("\ufeff")
    if not text.strip():
        return None
    delimiter = csv_delimiter(text)
    header = [h.strip() for h in next(csv.reader(io.StringIO(text), delimiter=delimiter, skipinitialspace=True), [])]
    _check_header(header, display)
    return delimiter, tuple(header)


def _csv_reader(spark: Any, scanned: list[Scanned]) -> Any:
    from pyspark.sql.types import StringType, StructField, StructType

    delimiter, header = scanned[0].group[1], scanned[0].columns
    schema = StructType([StructField(name, StringType()) for name in header]
                        + [StructField("_corrupt", StringType())])
    return (spark.read.schema(schema)
            .options(header=True, sep=delimiter, quote='"', escape='"', multiLine=False, encoding="UTF-8",
                     ignoreLeadingWhiteSpace=True,   # "c1, defections, 415", as the pandas reader
                     mode="PERMISSIVE", columnNameOfCorruptRecord="_corrupt", enforceSchema=True)
            .csv([s.uri for s in scanned]))


def _csv_readable(spark: Any, scanned: list[Scanned]) -> tuple[list[Scanned], list[Scanned]]:
    """The CSV tables Spark reads line for line (one row per line after the header, balanced
    quotes on each line, no row with more cells than the header), and the others."""
    from pyspark.sql import functions as F

    uris = [s.uri for s in scanned]
    lines = (spark.read.text(uris).select(F.input_file_name().alias("f"), "value")
             .groupBy("f").agg(F.count(F.lit(1)).alias("lines"),
                               F.sum(((F.length("value") - F.length(F.regexp_replace("value", '"', ""))) % 2)
                                     .cast("long")).alias("odd"),
                               F.sum(F.when(F.trim("value") == "", 1).otherwise(0)).alias("blank"))
             .collect())
    seen = {local_path(row["f"]): row for row in lines}
    # every column read (Spark refuses a query of the corrupt-record column alone, and a row
    # with more cells than the header is corrupt only when all of them are parsed)
    every = F.concat_ws("", *[F.col(f"`{c}`") for c in scanned[0].columns])
    df = _csv_reader(spark, scanned).select(F.input_file_name().alias("f"), every.alias("every"), "_corrupt")
    rows = {local_path(row["f"]): row
            for row in df.groupBy("f").agg(F.count(F.lit(1)).alias("rows"), F.sum(F.length("every")).alias("cells"),
                                           F.count("_corrupt").alias("corrupt")).collect()}
    good, bad = [], []
    for s in scanned:
        line, row = seen.get(s.uri), rows.get(s.uri)
        n = row["rows"] if row else 0
        if line is not None and not line["odd"] and not line["blank"] and not (row and row["corrupt"]) \
                and line["lines"] == n + 1:
            s.rows = n
            good.append(s)
        else:
            bad.append(s)
    return good, bad


def _scan(spark: Any, group: list[Scanned]) -> Any:
    """One Spark scan of tables of one layout: the columns as written, each row's file and line."""
    from pyspark.sql import functions as F

    if group[0].kind == "parquet":
        df = spark.read.parquet(*[s.uri for s in group])
        return df.select(*[F.col(f"`{c}`") for c in group[0].columns],
                         F.col("_metadata.file_path").alias(FILE_PATH),
                         (F.col("_metadata.row_index") + 1).alias(LINE))
    # CSV: a row's line is 2 + the rows before it in its file: the rows of each earlier block
    # of the file plus its place in its own block (monotonically_increasing_id counts up within
    # a block, which Spark reads in one partition, in order)
    df = (_csv_reader(spark, group).drop("_corrupt")
          .withColumn(FILE_PATH, F.col("_metadata.file_path"))
          .withColumn("_block", F.col("_metadata.file_block_start"))
          .withColumn("_mono", F.monotonically_increasing_id()))
    blocks = (df.groupBy(FILE_PATH, "_block").agg(F.count(F.lit(1)).alias("n"), F.min("_mono").alias("first"))
              .collect())
    offsets: list[tuple[str, int, int, int]] = []
    by_file: dict[str, list] = {}
    for row in blocks:
        by_file.setdefault(row[FILE_PATH], []).append((row["_block"], row["n"], row["first"]))
    for path, parts in by_file.items():
        before = 0
        for block, n, first in sorted(parts):
            offsets.append((path, block, before - first + 2, 0))
            before += n
    table = spark.createDataFrame(offsets or [("", 0, 0, 0)], f"{FILE_PATH} string, _block long, _shift long, _x int")
    df = df.join(F.broadcast(table.drop("_x")), [FILE_PATH, "_block"])
    from reconcile.sources.tables import TRIMMED_COLUMNS

    def cell(name: str) -> Any:       # as the pandas reader: a name's or a code's spaces are the separator's
        if name not in TRIMMED_COLUMNS:
            return F.col(f"`{name}`")
        trimmed = F.trim(F.col(f"`{name}`"))
        return F.when(trimmed == "", F.lit(None)).otherwise(trimmed).alias(name)

    return df.select(*[cell(c) for c in group[0].columns], FILE_PATH, (F.col("_mono") + F.col("_shift")).alias(LINE))


# --- the executors' work -------------------------------------------------------------------------

#: what each Python worker built of a broadcast of the declarations (``_Declared``), by the
#: broadcast's token: Spark reuses a worker for many tasks (``spark.python.worker.reuse``), and
#: the declarations of a large project (600,000 topics) cost more to unpickle and index than a
#: task's rows; the last two kept (one broadcast per normalization)
_DECLARED: dict[str, "_Declared"] = {}
_KEEP_DECLARED = 2


@dataclass
class _Declared:
    """The declarations a chunk needs, as a worker builds them once from their broadcast."""

    root: Any
    sources: dict
    topics: dict
    places: dict
    settings: dict
    tables: dict[str, Scanned]
    index: Any = None                                   # SourceIndex of the sources
    orders: dict[str, int] = field(default_factory=dict)  # each table's display -> its order


def broadcast_declarations(spark: Any, loaded: Any, tables: dict[str, Scanned]) -> tuple[Any, str]:
    """The declarations and the scanned tables (by URI), broadcast once to the workers
    (instead of in every task's function): the handle and the token a worker keys its built
    copy by. The caller unpersists or destroys the handle when its tasks are done."""
    import uuid

    value = (loaded.root, dict(loaded.sources), dict(loaded.topics), dict(loaded.places), dict(loaded.settings),
             tables)
    return spark.sparkContext.broadcast(value), uuid.uuid4().hex


def _declared(handle: Any, token: str) -> _Declared:
    """The broadcast's declarations, built (unpickled and indexed) once per worker process."""
    found = _DECLARED.get(token)
    if found is not None:
        return found
    from reconcile.model.names import SourceIndex

    root, sources, topics, places, settings, tables = handle.value
    found = _Declared(root, sources, topics, places, settings, tables, index=SourceIndex(sources.values()),
                      orders={s.table.display: s.order for s in tables.values()})
    while len(_DECLARED) >= _KEEP_DECLARED:
        _DECLARED.pop(next(iter(_DECLARED)))
    _DECLARED[token] = found
    return found


def _topics_of(frames: list, topics: dict) -> dict | None:
    """The declared topics the batch's rows name (build_frame's check and unit lookups then
    cost the batch's rows, not the project's topics), or None when a row names a topic not
    declared, or none is: build_frame then gets them all, for its exact error (or its own
    topics when none are declared)."""
    if not topics:
        return None
    named: set = set()
    for frame in frames:
        if "topic" not in frame.columns:
            return None
        named.update(frame["topic"].unique().tolist())
    out = {}
    for name in named:
        topic = topics.get(name) if isinstance(name, str) else None
        if topic is None:
            return None
        out[name] = topic
    return out or None


def _chunk_function(handle: Any, token: str, kind: str, columns: tuple[str, ...]) -> Any:
    """What each executor runs on a batch of a scan: the pandas engine's checks and
    normalization of those rows, as claims (or one row with the first error). ``handle``: the
    broadcast of ``broadcast_declarations`` (the function carries only it and small values)."""

    def normalize(batches: Iterator[Any]) -> Iterator[Any]:
        import numpy as np
        import pandas as pd
        import pyarrow as pa
        import pyarrow.compute as pc

        from reconcile.engine.frames import settle_imports
        from reconcile.sources.loaded import Loaded

        settle_imports()
        schema = _arrow_schema()
        declared = _declared(handle, token)
        tables, index, orders = declared.tables, declared.index, declared.orders
        # the sources copied per task: a claimant resolution may add one (the driver resolved them first)
        here = Loaded(root=declared.root, sources=dict(declared.sources), topics=declared.topics,
                      places=declared.places, settings=declared.settings)

        def failed(exc: ReconcileError, order: int) -> Any:
            return pa.RecordBatch.from_pylist([{"line": exc.line or 0, ORDER: order, ROW: exc.line or 0,
                                                ERROR: _error_bytes(exc)}], schema=schema)

        for batch in batches:
            # each file's rows as the pandas engine's reader makes them, their claimants resolved;
            # then one build_frame for the whole batch (its cost per call is the project's, not the rows')
            data = _file_order(pa.Table.from_batches([batch]))
            try:
                frames, order, derived = _whole_batch(data, tables, columns, here, index)
            except ReconcileError:  # again file by file: each file's first error, as its reader raises it
                frames, order, derived = [], [], []
                paths = data.column(FILE_PATH)
                for path in pc.unique(paths).to_pylist():
                    rows = data.filter(pc.equal(paths, path))
                    scanned = tables[local_path(path)]
                    try:
                        frame = _file_rows(rows, scanned, columns, here, index)
                    except ReconcileError as exc:
                        yield failed(exc, scanned.order)
                        continue
                    if not len(frame):
                        continue
                    frames.append(frame)
                    order.append(np.full(len(frame), scanned.order, dtype=np.int32))
                    derived.append(_derived(frame))
            if not frames:
                continue
            here.tables[:] = frames
            try:
                claims = _built(here, frames, declared.topics)
            except ReconcileError as exc:
                yield failed(exc, orders.get(exc.file or "", 0))
                continue
            claims = claims.assign(**{ORDER: np.concatenate(order), ROW: claims["line"].to_numpy(dtype="int64"),
                                      DERIVED: np.concatenate(derived), ERROR: None})
            # population: tuples, which Arrow takes as lists as they are (copying each to a list cost 5%)
            yield from pa.Table.from_pandas(pd.DataFrame(claims), schema=schema, preserve_index=False).to_batches()

    return normalize


def _built(here: Any, frames: list, topics: dict) -> "pd.DataFrame":
    """``build_frame(here, rows_only=True)``'s claims, given only the declared topics the rows
    name; on any error, built again with every topic, so that the error is the one the pandas
    engine raises (an unknown topic's hint lists every declared topic)."""
    from reconcile.claims.build import build_frame

    named = _topics_of(frames, topics)
    if named is not None:
        here.topics = named
        try:
            return build_frame(here, rows_only=True)[1]
        except ReconcileError:
            pass
        finally:
            here.topics = topics
    return build_frame(here, rows_only=True)[1]


def _file_order(data: Any) -> Any:
    """The batch's rows grouped by file, each file where its first row is (a batch comes sorted
    by file and line: then as it is)."""
    import numpy as np
    import pyarrow.compute as pc

    codes = pc.dictionary_encode(data.column(FILE_PATH)).combine_chunks().indices.to_numpy()
    if len(codes) < 2 or bool((np.diff(codes) >= 0).all()):
        return data
    return data.take(np.argsort(codes, kind="stable"))


def _derived(frame: "pd.DataFrame") -> Any:
    """Whether each row's claim id is derived (no id written): ``claims.columns.is_blank`` of
    the ids, tested row by row (ids are nearly all distinct: factorizing them first cost
    five times this)."""
    import numpy as np
    import pandas as pd

    if "id" not in frame.columns:
        return np.ones(len(frame), dtype=bool)
    values = frame["id"].to_numpy(dtype=object)
    missing = pd.isna(values)
    return np.fromiter((True if gone else not str(v).strip() for v, gone in zip(values, missing)),
                       dtype=bool, count=len(values))


def _file_rows(rows: Any, scanned: Scanned, columns: tuple[str, ...], here: Any, index: Any) -> "pd.DataFrame":
    """One file's rows of a batch as the pandas engine's reader makes them and checks them,
    their claimants resolved (``tables._resolve``): its first error raised."""
    from reconcile.sources.lookalike import check_table
    from reconcile.sources.tables import Table, _check_cells, _resolve

    frame = _rows(rows.select(list(columns)), scanned, rows.column(LINE).to_numpy())
    if not len(frame):
        return frame
    if scanned.check_cells:
        _check_cells(frame, scanned.table.display)
    check_table(frame, scanned.table.display)
    frame["_file"] = scanned.table.display
    t = scanned.table
    _resolve(Table(frame, t.display, t.pointing, t.compiles, t.pointing_file), here, index)
    return frame


def _whole_batch(data: Any, tables: dict[str, Scanned], columns: tuple[str, ...], here: Any,
                 index: Any) -> tuple[list, list, list]:
    """``_file_rows`` of every file of the batch at once (a batch of a hashed chunk holds rows
    of every file: reading, checking and converting them file by file cost 60 ms a file, four
    times the batch's build_frame). The reader's conversions and checks look at each row on
    its own, so the rows are read and checked together; only the claimant resolution, which
    depends on the file's pointing source, runs per file, on the source and via columns alone.
    Any error is raised without saying which file: the caller then reads the batch file by
    file, for each file's own first error. Returns ``([frame], [order], [derived])``, as the
    file-by-file reading gives them, concatenated."""
    import numpy as np
    import pandas as pd
    import pyarrow.compute as pc

    from reconcile.sources.lookalike import ID_FIELDS, NAME_FIELDS, check_table
    from reconcile.sources.tables import Table, _check_cells, _resolve

    encoded = pc.dictionary_encode(data.column(FILE_PATH)).combine_chunks()
    files = [tables[local_path(p)] for p in encoded.dictionary.to_pylist()]
    codes = encoded.indices.to_numpy()
    anywhere = "the batch"  # never said: an error sends the batch back to file-by-file reading
    frame = _rows(data.select(list(columns)), files[0], np.arange(len(data), dtype="int64"))
    if not len(frame):
        return [], [], []
    kept = frame["_line"].to_numpy()        # each row's place in the batch (blank rows dropped)
    of = codes[kept]                        # each row's file
    frame["_line"] = data.column(LINE).to_numpy()[kept]
    cells = np.array([s.check_cells for s in files])[of]
    if cells.all():
        _check_cells(frame, anywhere)
    elif cells.any():
        _check_cells(frame[cells], anywhere)
    wide = [name for name in (*ID_FIELDS, *NAME_FIELDS) if name in frame.columns and not _ascii(data.column(name))]
    if wide:  # check_table passes over a column of ASCII text: Arrow tells which are, without a row in Python
        check_table(frame[[*wide, "_line"]], anywhere)
    frame["_file"] = pd.Series(np.array([s.table.display for s in files], dtype=object)[of], dtype="str")
    if "source" not in frame.columns:
        # no claimant written: each row's is its file's pointing source (what ``_resolve`` makes
        # of a table without the column; a file pointed at by none fails there, file by file)
        pointing = np.array([s.table.pointing for s in files], dtype=object)
        if any(p is None for p in pointing):
            raise InputError('missing "source"', file=anywhere)
        frame["_source"] = pointing[of]
        if "via" in frame.columns:  # as the file-by-file resolution leaves it: its values, as objects
            frame["via"] = frame["via"].to_numpy(dtype=object)
        order = np.array([s.order for s in files], dtype=np.int32)[of]
        return [frame], [order], [_derived(frame)]
    # the claimants: each file's rows resolved as its own table (the rows of a file are together)
    starts = np.flatnonzero(np.r_[True, of[1:] != of[:-1]])
    ends = np.r_[starts[1:], len(of)]
    written = {c: frame[c].to_numpy(dtype=object) for c in ("source", "via", "_line") if c in frame.columns}
    source = np.empty(len(frame), dtype=object)
    via = written["via"].copy() if "via" in written else None
    for start, end in zip(starts, ends):
        t = files[of[start]].table
        part = pd.DataFrame({c: values[start:end] for c, values in written.items()})
        part["_line"] = part["_line"].astype("int64")
        _resolve(Table(part, t.display, t.pointing, t.compiles, t.pointing_file), here, index)
        source[start:end] = part["_source"].to_numpy(dtype=object)
        if "via" in part.columns:
            if via is None:
                via = np.full(len(frame), np.nan, dtype=object)  # as concatenated frames without one
            via[start:end] = part["via"].to_numpy(dtype=object)
    frame["_source"] = source
    if via is not None:
        frame["via"] = via
    if "source" in frame.columns:
        del frame["source"]
    order = np.array([s.order for s in files], dtype=np.int32)[of]
    return [frame], [order], [_derived(frame)]


def _ascii(column: Any) -> bool:
    """Whether ``check_table`` passes over this column as read: it holds no text (numbers,
    dates, lists) or only ASCII text."""
    import pyarrow as pa
    import pyarrow.compute as pc

    kind = column.type
    if not (pa.types.is_string(kind) or pa.types.is_large_string(kind) or pa.types.is_string_view(kind)):
        return not (pa.types.is_binary(kind) or pa.types.is_large_binary(kind) or pa.types.is_dictionary(kind))
    return pc.all(pc.string_is_ascii(column)).as_py() is not False


def _rows(table: Any, scanned: Scanned, lines: Any) -> "pd.DataFrame":
    """The frame the pandas engine's reader makes of these rows (Parquet: ``arrow_frame``;
    CSV: text, an empty cell missing)."""
    import pandas as pd
    import pyarrow as pa

    from reconcile.sources.tables import arrow_frame

    if scanned.kind == "parquet":
        for name, zone in scanned.zones:  # Spark gives a timestamp at its session's zone: read it at the file's
            if name in table.column_names:
                at = table.column_names.index(name)
                unit = table.schema.field(at).type.unit
                table = table.set_column(at, name, table.column(at).cast(pa.timestamp(unit, zone)))
        return arrow_frame(table, scanned.table.display, lines)
    frame = pd.DataFrame({name: pd.Series(table.column(name).to_numpy(zero_copy_only=False), dtype="str")
                          for name in table.column_names})
    frame["_line"] = lines
    return frame


# --- normalize -----------------------------------------------------------------------------------

def _plan(noted: list) -> list[Scanned]:
    """Each noted table's scan (its columns checked as the pandas engine's reader checks them);
    an empty CSV table has none."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    from reconcile.sources.files import limit, parsing

    plan: list[Scanned] = []
    for order, table in enumerate(sorted(noted, key=lambda t: t.compiles)):  # as resolve_claimants orders them
        path: Path = table.path
        if path.suffix.lower() == ".parquet":
            with parsing(table.display, "the Parquet table", errors=(pa.ArrowException,)):
                meta = pq.ParquetFile(path).metadata
                schema = meta.schema.to_arrow_schema()
            columns = tuple(str(c) for c in schema.names)
            zones = tuple((f.name, f.type.tz) for f in schema if pa.types.is_timestamp(f.type) and f.type.tz)
            scanned = Scanned(table, order, "parquet", columns, rows=meta.num_rows, check_cells=True,
                              group=("parquet", tuple((f.name, str(f.type)) for f in schema)), zones=zones)
        else:
            header = _csv_header(path, table.display)
            if header is None:
                continue
            columns = header[1]
            scanned = Scanned(table, order, "csv", columns, rows=-1,
                              check_cells=os.path.getsize(path) > limit("cell"), group=("csv", *header))
        scanned.uri = local_path(path.resolve().as_uri())
        _known_columns(columns, table.display)
        plan.append(scanned)
    return plan


def _groups(plan: list[Scanned]) -> list[list[Scanned]]:
    out: dict[tuple, list[Scanned]] = {}
    for scanned in plan:
        out.setdefault(scanned.group, []).append(scanned)
    return list(out.values())


def _by_value(df: Any, group: list[Scanned]) -> Any:
    """The rows of a scan in chunks of about ``BATCH_ROWS`` that each hold every row of the
    values they hold (hashed on the value as written): each chunk parses its distinct stated
    values, so the values are parsed about once each, as the pandas engine parses them, not
    once per file. Within a chunk, rows are in file order (the first bad row is the first)."""
    from pyspark.sql import functions as F

    if "value" not in group[0].columns:
        return df
    rows = sum(max(s.rows, 0) for s in group)
    chunks = max(2, -(-rows // int(BATCH_ROWS)))
    return df.repartition(chunks, F.col("`value`")).sortWithinPartitions(FILE_PATH, LINE)


def _resolve_claimants(spark: Any, loaded: Any, scans: list[tuple[list[Scanned], Any]],
                       exact: list[tuple[Scanned, Any]]) -> None:
    """Each table's claimants, resolved here as ``tables.resolve_claimants`` does, in the
    tables' order: a scanned table's from the first row that names each (one aggregation per
    scan), a table read by the exact reader (``exact``: with its ``Table``) from its rows, its
    frame then added to the driver's; compiled claimants become sources (a name's first
    spelling is the first in file order, whichever reader read it)."""
    from pyspark.sql import functions as F

    from reconcile.model.names import SourceIndex
    from reconcile.sources.tables import Table, _resolve

    firsts: dict[str, pd.DataFrame] = {}
    for group, df in scans:
        if "source" not in group[0].columns:
            continue
        name = F.when(F.trim(F.col("source")) != "", F.col("source")) if group[0].kind == "parquet" \
            else F.col("source")  # an empty Parquet cell is missing, as arrow_frame reads it
        found = (df.select(FILE_PATH, name.cast("string").alias("source"), LINE)
                 .groupBy(FILE_PATH, "source").agg(F.min(LINE).alias(LINE)).toPandas())
        for path, rows in found.groupby(FILE_PATH, sort=False):
            firsts[local_path(str(path))] = rows
    index = SourceIndex(loaded.sources.values())
    read = dict((s.order, t) for s, t in exact)
    for scanned in sorted([s for group, _ in scans for s in group] + [s for s, _ in exact], key=lambda s: s.order):
        if scanned.order in read:
            _resolve(read[scanned.order], loaded, index)
            loaded.tables.append(read[scanned.order].frame)
            continue
        _missing_source(scanned)
        rows = firsts.get(scanned.uri)
        if rows is None or not len(rows):
            continue
        frame = rows.sort_values(LINE, kind="stable")[["source", LINE]].rename(columns={LINE: "_line"})
        frame = frame.astype({"source": object}).reset_index(drop=True)
        frame["source"] = frame["source"].where(frame["source"].notna(), None)
        t = scanned.table
        _resolve(Table(frame, t.display, t.pointing, t.compiles, t.pointing_file), loaded, index)


def normalize_tables(spark: Any, loaded: Any, noted: list, **build: Any) -> tuple[Any, Any]:
    """The Project and the normalized claims as one Spark DataFrame (``claims_schema``,
    persisted), or None when there are no claims: the noted tables read and normalized by
    Spark, unioned with the claims read on the driver (``driver_part``; ``build``: its
    ``build_frame`` options), every claim checked, the first error raised."""

    from reconcile.sources.tables import TABLE_READERS, Table

    spark.conf.set("spark.sql.execution.arrow.maxRecordsPerBatch", BATCH_ROWS)
    plan = _plan(noted)
    scans: list[tuple[list[Scanned], Any]] = []
    exact_tables: list[tuple[Scanned, Any]] = []
    for group in _groups(plan):
        if group[0].kind == "csv":
            # (a header with a column of no name: the exact reader tells whether the column holds a value)
            group, exact = _csv_readable(spark, group) if "" not in group[0].columns else ([], group)
            for scanned in exact:  # read here, by the pandas engine's exact reader
                t = scanned.table
                frame = TABLE_READERS[".csv"](Path(t.path).read_bytes(), t.display)
                _known_columns([c for c in frame.columns if c != "_line"], t.display)
                if not frame.empty:
                    frame["_file"] = t.display
                    exact_tables.append((scanned, Table(frame, t.display, t.pointing, t.compiles, t.pointing_file)))
            if not group:
                continue
        scans.append((group, _scan(spark, group)))
    _resolve_claimants(spark, loaded, scans, exact_tables)
    driver, raw = driver_part(spark, loaded, **build)
    parts = [driver] if driver is not None else []
    if not scans:
        return _checked(loaded, raw, parts)
    # one broadcast of the declarations and every scanned table for all the scans' tasks
    handle, token = broadcast_declarations(spark, loaded, {s.uri: s for group, _ in scans for s in group})
    for group, df in scans:
        run = _chunk_function(handle, token, group[0].kind, group[0].columns)
        parts.append(_by_value(df, group).mapInArrow(run, claims_schema()))
    try:
        done = _checked(loaded, raw, parts)
    except BaseException:
        handle.destroy()
        raise
    # the claims are persisted: the executors' copies go; the driver's stays, should Spark
    # compute a lost partition again
    handle.unpersist()
    return done


def _checked(loaded: Any, raw: Any, parts: list) -> tuple[Any, Any]:
    """The claims of ``parts`` unioned, persisted and checked (the first error raised), and the Project."""
    from pyspark import StorageLevel

    from reconcile.sources.settings import quantity_config

    if not parts:
        return None, None
    claims = parts[0]
    for part in parts[1:]:
        claims = claims.unionByName(part)
    # a cached DataFrame of the same plan (these files read before in this session) is stale
    claims.unpersist()
    claims = claims.persist(StorageLevel.MEMORY_AND_DISK)
    try:
        first_error(claims)
        check_across(claims, Where(raw))
    except BaseException:
        claims.unpersist()
        raise
    project = loaded.project(topics=topics_of(claims, loaded), quantity_config=quantity_config(loaded.settings))
    return project, claims


# --- the claims read on the driver ---------------------------------------------------------------

def driver_part(spark: Any, loaded: Any, **build: Any) -> tuple[Any, Any]:
    """The claims read on the driver (YAML, ClaimReview, XLSX, a CSV read by the exact reader),
    checked and normalized by ``build_frame(rows_only=True)`` here: a Spark DataFrame of them
    (None when there are none) and their raw frame (where an error in them points)."""
    import numpy as np

    from reconcile.claims.build import build_frame, raw_frame
    from reconcile.claims.columns import is_blank
    from reconcile.sources.loaded import Loaded

    if not loaded.claims and not any(len(t) for t in loaded.tables):
        return None, None
    here = Loaded(root=loaded.root, sources=loaded.sources, topics=loaded.topics, places=loaded.places,
                  claims=loaded.claims, tables=loaded.tables, settings=loaded.settings)
    _, frame = build_frame(here, rows_only=True, **build)
    raw = raw_frame(here)
    frame = frame.reset_index(drop=True).assign(**{
        ORDER: np.int32(-1), ROW: np.arange(len(frame), dtype="int64"),
        DERIVED: is_blank(raw["id"]).to_numpy(), ERROR: None})
    frame["population"] = [list(p) for p in frame["population"]]
    table = _arrow_table(frame)
    return spark.createDataFrame(table, schema=claims_schema()) if len(frame) else None, raw


def _arrow_table(frame: "pd.DataFrame") -> Any:
    import pyarrow as pa

    return pa.Table.from_pandas(frame, schema=_arrow_schema(), preserve_index=False)


# --- the checks across claims --------------------------------------------------------------------

class Where:
    """Where a claim of the DataFrame lies, as the pandas engine's ``Located.where`` says it
    (a driver claim by its raw frame: a YAML field has a line of its own)."""

    def __init__(self, raw: Any) -> None:
        from reconcile.claims.columns import Located

        self.located = Located(raw) if raw is not None else None

    def __call__(self, row: Any, field: str) -> dict[str, Any]:
        if row[ORDER] < 0 and self.located is not None:
            return self.located.where(int(row[ROW]), field)
        return {"file": row["file"], "line": int(row["line"]), "field": field}


def first_error(df: Any) -> None:
    """Raise the first bad row's error (by the claims' order), if any."""
    from pyspark.sql import functions as F

    bad = df.filter(F.col(ERROR).isNotNull()).orderBy(ORDER, ROW).select(ERROR).limit(1).collect()
    if bad:
        raise _error_of(bytes(bad[0][ERROR]))


def check_across(df: Any, where: Where) -> None:
    """The pandas engine's checks that need every claim (``build._other_fields``,
    ``build._check_breakdowns``), as aggregations and joins: unique ids, then each part_of's
    total (a claim, of the same source and topic), then no claim a part of itself."""
    from pyspark.sql import Window
    from pyspark.sql import functions as F

    order = [ORDER, ROW]
    duplicated = df.groupBy("id").count().filter("count > 1").select("id")
    if duplicated.limit(1).count():
        rows = df.join(duplicated, "id", "left_semi").select("id", "file", "line", *order, DERIVED)
        ranked = rows.withColumn("_n", F.row_number().over(Window.partitionBy("id").orderBy(*order)))
        second = ranked.filter("_n = 2").orderBy(*order).limit(1).collect()[0]
        first = ranked.filter((F.col("_n") == 1) & (F.col("id") == second["id"])).collect()[0]
        first_at = where(first, "id")
        if second[DERIVED] and first[DERIVED]:
            raise InputError(f"the same claim is written twice (also at {first_at['file']}:{first_at['line']})",
                             **where(second, "value"), hint="delete one, or give them different ids")
        raise InputError(f'duplicate claim id "{second["id"]}"', **where(second, "id"),
                         hint=f"ids must be unique; it is also used at {first_at['file']}:{first_at['line']}")

    parts = df.filter(F.col("part_of").isNotNull()).select("id", "part_of", "source", "topic", "file", "line",
                                                           *order)
    if not parts.limit(1).count():
        return
    totals = df.select(F.col("id").alias("_total"), F.col("source").alias("_tsource"),
                       F.col("topic").alias("_ttopic"), F.col("part_of").alias("_tpart"))
    joined = parts.join(totals, parts["part_of"] == totals["_total"], "left")
    from reconcile.claims.build import _names_a_claim_of

    checks = (
        (F.col("_total").isNull(), lambda v: f'part_of "{v}" names no claim',
         "give the id of the total this claim is a part of"),
        (F.col("source") != F.col("_tsource"), _names_a_claim_of("another source"),
         "a breakdown belongs to the source that states the total; compare other sources' figures through "
         "their scopes instead"),
        (F.col("topic") != F.col("_ttopic"), _names_a_claim_of("another topic"), "give the part the total's topic"),
    )
    found = joined.agg(*[F.min(F.when(test, F.struct(*order, "part_of", "file", "line"))).alias(f"c{i}")
                         for i, (test, _, _) in enumerate(checks)]).collect()[0]
    for i, (_, message, hint) in enumerate(checks):
        row = found[f"c{i}"]
        if row is not None:
            raise InputError(message(row["part_of"]), **where(row, "part_of"), hint=hint)
    # a part of itself: only parts whose total is a part can be in a loop; those come here
    links = joined.filter(F.col("_tpart").isNotNull()).select("id", "part_of", "file", "line", *order) \
        .orderBy(*order).collect()
    chain_of = {row["id"]: row["part_of"] for row in links}
    for row in links:
        start = row["id"]
        seen, current = {start}, chain_of.get(start)
        while current is not None:
            if current in seen:
                raise InputError(f'part_of makes "{start}" a part of itself ({current} is already in its chain)',
                                 **where(row, "part_of"), hint="a part must name a larger total")
            seen.add(current)
            current = chain_of.get(current)


def position() -> Any:
    """Each claim's place in the pandas engine's order as one number (a table's rows, in order,
    after the claims read on the driver): the ``reconcile_position`` the Spark stages sort by."""
    from pyspark.sql import functions as F

    return (F.col(ORDER).cast("long") + 1) * F.lit(1 << 40) + F.col(ROW)


def topics_of(df: Any, loaded: Any) -> dict:
    """The project's topics: as declared, else one per topic the claims name (sorted)."""
    from reconcile.model.records import Topic

    if loaded.topics:
        return dict(loaded.topics)
    names = sorted(row["topic"] for row in df.select("topic").distinct().collect() if row["topic"] is not None)
    return {t: Topic(id=t, title=t) for t in names}


def to_pandas(df: Any) -> "pd.DataFrame":
    """The claims frame the pandas engine makes (``CLAIM_COLUMNS``, its dtypes, its order) of
    the DataFrame: for the stages that still run on the driver."""
    import numpy as np
    import pandas as pd

    from reconcile.model.records import CLAIM_COLUMNS

    table = df.orderBy(ORDER, ROW).select(*[f"`{c}`" for c in CLAIM_COLUMNS]).toArrow()
    out: dict[str, Any] = {}
    for name in CLAIM_COLUMNS:
        column = table.column(name)
        if name in ("lower", "upper"):
            out[name] = column.to_numpy(zero_copy_only=False).astype("float64")
        elif name in ("lower_inclusive", "upper_inclusive", "complete"):
            out[name] = column.to_numpy(zero_copy_only=False).astype(bool)
        elif name == "line":
            out[name] = column.to_numpy(zero_copy_only=False).astype("int64")
        elif name == "population":
            out[name] = pd.Series([tuple(p) for p in column.to_pylist()], dtype=object)
        elif name in ("source", "lang", "qualifier", "file"):
            out[name] = pd.Series(column.to_numpy(zero_copy_only=False), dtype="str")
        else:
            values = column.to_numpy(zero_copy_only=False).astype(object)
            out[name] = pd.Series(np.where(pd.isna(values), None, values), dtype=object)
    return pd.DataFrame(out)

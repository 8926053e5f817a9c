"""Report -> a folder of Parquet tables (``reconcile report --format parquet --output DIR/``).

A JSON report of millions of claims and findings is one large document that must be read
whole; a data desk loads tables. The folder holds one Parquet dataset per table of the JSON
report, with the JSON report's fields as columns (``SCHEMAS``), and the rest of the report in
``summary.json``::

    DIR/
      summary.json   {"schema", "summary" (with "omitted"), "tables", "validation" when run}
      claims/        one row per claim, sorted by id                (JSON "claims")
      findings/      one row per finding, sorted by topic, kind, claims;
                     at most --max-findings per topic, as in JSON   (JSON "findings")
      estimates/     one row per stated scope's estimate             (JSON "estimates")
      sources/       one row per source                             (JSON "sources")

Each table is a folder of part files (``part-00000.parquet``, ...; Spark adds ``_SUCCESS``,
which readers skip), so ``pandas.read_parquet("DIR/findings")``,
``pyarrow.dataset.dataset("DIR/findings")`` and ``spark.read.parquet("DIR/findings")`` read it
as one table. A field the JSON report leaves out when it does not apply (a finding's
``agreed``, ``scopes`` and ``fields``) is null; lists are Parquet lists, and ``agreed``,
``scopes`` and an estimate's ``claims`` nested structs, as in JSON.

The folder is written the way every output is (``reconcile.runtime.writing``): never over or
into the project's inputs, never through a symbolic link, never half-written: all of it goes to
a hidden temporary folder beside the target (``.DIR.PID.XXXX``), renamed into place at the end.
An existing folder is replaced only when it is empty or a report this module wrote.

``write_table`` writes one table into a folder that does not exist yet; the default writes
it with pyarrow, the Spark engine passes one that writes it with ``DataFrame.write.parquet``.
The Spark engine's ``report_tables`` builds no Report on the driver: its executors call
``report_table`` on each topic's part and write the tables themselves, into the folder
``write_folder`` checks, fills and renames into place (``TablesWritten``: what it returns).
"""
from __future__ import annotations

import json
import os
import shutil
import tempfile
from pathlib import Path
from typing import TYPE_CHECKING, Any, Callable, Iterable

from reconcile.errors import OutputError
from reconcile.model.records import FAIL_LEVELS, MAX_FINDINGS, REPORT_SCHEMA, REPORT_SUMMARY, Report, Validation
from reconcile.runtime.writing import refuse_inputs, refuse_link, refuse_project_folders, remove_stale, temp_prefix

if TYPE_CHECKING:
    import pyarrow as pa

__all__ = ["SUMMARY", "TABLES", "TablesWritten", "parquet_tables", "render_parquet", "report_table", "rows_table",
           "schemas", "summary_document", "summary_record", "summary_text", "write_folder", "write_parquet",
           "write_with_pyarrow"]

#: the tables of the folder, in the order they are written
TABLES = ("claims", "findings", "estimates", "sources")
#: the file beside them that holds the rest of the report
SUMMARY = REPORT_SUMMARY
#: rows per part file written by pyarrow (a part file stays a few hundred MB at most)
ROWS_PER_FILE = 1_000_000


def schemas() -> dict[str, "pa.Schema"]:
    """The Arrow schema of each table: the JSON report's fields, in its order."""
    import pyarrow as pa

    text, number, flag, tags = pa.string(), pa.float64(), pa.bool_(), pa.list_(pa.string())
    interval = [("lower", number), ("upper", number), ("lower_inclusive", flag), ("upper_inclusive", flag)]
    scope = [("population", tags), ("criterion", text), ("place", text), ("as_of", text)]
    return {
        "claims": pa.schema([
            ("id", text), ("source", text), ("topic", text), ("text", text), *interval, ("qualifier", text),
            *scope, ("stated_on", text), ("quote", text), ("url", text), ("via", text), ("cites", text),
            ("part_of", text), ("note", text), ("lang", text), ("file", text), ("line", pa.int64())]),
        "findings": pa.schema([
            ("kind", text), ("verdict", text), ("topic", text), ("claims", tags), ("explanation", text),
            ("gap", number), ("ratio", number), ("agreed", pa.struct(interval)),
            ("scopes", pa.list_(pa.struct([*scope, ("claims", tags)]))), ("fields", tags)]),
        "estimates": pa.schema([
            ("topic", text), *scope, *interval, ("point", number), ("status", text), ("method", text),
            ("claims", pa.list_(pa.struct([("id", text), ("weight", number)])))]),
        "sources": pa.schema([
            ("id", text), ("name", text), ("kind", text), ("claims", pa.int64()), ("reliability", number)]),
    }


def _rows(report: Report, name: str, max_findings: int | None) -> Iterable[dict[str, Any]]:
    if name == "claims":
        return report.claims
    if name == "findings":
        return (finding.to_dict() for finding in report.listed(max_findings)[0])
    if name == "estimates":
        return report.estimate_records()
    return report.source_records()


def report_table(report: Report, name: str, max_findings: int | None = MAX_FINDINGS) -> "pa.Table":
    """One table of the report (``name``, one of ``TABLES``) as an Arrow table: the rows the
    JSON report lists. The Spark engine calls it on each topic's part of a report, in the
    executors (``reconcile.engine.spark``)."""
    return rows_table(name, _rows(report, name, max_findings))


def rows_table(name: str, rows: Iterable[dict[str, Any]]) -> "pa.Table":
    """Rows (the JSON report's) as the Arrow table ``name`` (one of ``TABLES``)."""
    return _table(rows, schemas()[name])


def _table(rows: Iterable[dict[str, Any]], schema: "pa.Schema", batch: int = 100_000) -> "pa.Table":
    """The rows as a table of ``schema`` (keys it does not name are left out), built a batch
    at a time so that a million findings' words are never all held as dicts at once."""
    import pyarrow as pa

    batches, chunk = [], []
    for row in rows:
        chunk.append(row)
        if len(chunk) == batch:
            batches.append(pa.RecordBatch.from_pylist(chunk, schema=schema))
            chunk = []
    if chunk or not batches:
        batches.append(pa.RecordBatch.from_pylist(chunk, schema=schema))
    return pa.Table.from_batches(batches, schema=schema)


def parquet_tables(report: Report, max_findings: int | None = MAX_FINDINGS) -> dict[str, "pa.Table"]:
    """The report's tables as Arrow tables (``TABLES``, ``schemas()``)."""
    return {name: report_table(report, name, max_findings) for name in TABLES}


def summary_document(summary: dict[str, Any], validation: Validation | None) -> dict[str, Any]:
    """What ``summary.json`` holds, of a report's summary (``Report.summary``, with its
    ``omitted``) and its validation."""
    out: dict[str, Any] = {"schema": REPORT_SCHEMA, "summary": summary,
                           "tables": {name: f"{name}/" for name in TABLES}}
    if validation is not None:
        out["validation"] = validation.brief()
    return out


def summary_record(report: Report, max_findings: int | None = MAX_FINDINGS) -> dict[str, Any]:
    """What ``summary.json`` holds: the JSON report without its four lists, and where they are."""
    summary = report.summary(None)
    summary["omitted"] = report.listed(max_findings)[1]
    return summary_document(summary, report.validation)


def summary_text(record: dict[str, Any]) -> str:
    """``summary.json``'s text."""
    return json.dumps(record, ensure_ascii=False, indent=2) + "\n"


class TablesWritten:
    """What a report written as tables by the executors leaves on the driver (the Spark
    engine's ``report_tables``): its summary (``summary.json``'s), enough for the exit code."""

    def __init__(self, path: Path, record: dict[str, Any]) -> None:
        self.path, self.record = path, record

    def verdict_counts(self) -> dict[str, int]:
        return dict(self.record["summary"]["findings"])

    def failing_count(self, fail_on: str) -> int:
        """How many findings, kept or not, are at or above ``fail_on`` (as ``Report``'s)."""
        counts = self.verdict_counts()
        return sum(counts[verdict] for verdict in FAIL_LEVELS[fail_on])


def write_with_pyarrow(table: "pa.Table", folder: Path) -> None:
    """One table as ``folder/part-NNNNN.parquet`` files of at most ``ROWS_PER_FILE`` rows, in
    order (an empty table is one part file, so that its columns can still be read)."""
    import pyarrow.parquet as pq

    folder.mkdir()
    for number, start in enumerate(range(0, max(table.num_rows, 1), ROWS_PER_FILE)):
        pq.write_table(table.slice(start, ROWS_PER_FILE), folder / f"part-{number:05d}.parquet")


def render_parquet(report: Report, max_findings: int | None = MAX_FINDINGS) -> str:
    """The text of the ``parquet`` format: its ``summary.json``, which names the tables beside
    it (the entry of the format in the table of renderers; ``write_parquet`` writes the tables)."""
    return summary_text(summary_record(report, max_findings))


# --- the folder --------------------------------------------------------------------------------

def _previous_report(path: Path) -> bool:
    """``path`` is a folder this module wrote before (its summary and tables, nothing else)."""
    try:
        names = {entry.name for entry in os.scandir(path)}
        summary = json.loads((path / SUMMARY).read_text(encoding="utf-8")) if SUMMARY in names else None
    except (OSError, ValueError):
        return False
    return (isinstance(summary, dict) and summary.get("schema") == REPORT_SCHEMA
            and names <= {SUMMARY, *TABLES})


def _check_target(directory: str | Path, inputs: set[Path]) -> Path:
    target = str(directory)
    if target in ("", "-"):
        raise OutputError("--format parquet writes a folder of tables, not to standard output", file=target or None,
                          hint="give --output DIR, e.g. --output reports/findings/")
    refuse_link(Path(target), target)
    path = Path(target).resolve()
    refuse_inputs(path, inputs, target, "tables")
    refuse_project_folders(path, target, "tables")
    if path.exists() and not path.is_dir():
        raise OutputError("--output is a file; --format parquet writes a folder", file=target,
                          hint="give a folder name, e.g. --output reports/findings/")
    if path.is_dir() and any(path.iterdir()) and not _previous_report(path):
        raise OutputError("the folder holds other files; not replacing it", file=target,
                          hint="give a new or empty folder, or one an earlier --format parquet report wrote")
    if not path.parent.is_dir():
        raise OutputError(f"folder {path.parent} does not exist", file=target, hint="create it first")
    return path


def _public(folder: Path) -> None:
    umask = os.umask(0)
    os.umask(umask)
    for place in [folder, *folder.rglob("*")]:  # mkdtemp makes the folder private
        os.chmod(place, (0o777 if place.is_dir() else 0o666) & ~umask)


def write_parquet(report: Report, directory: str | Path, inputs: Iterable[Path] = (), *,
                  max_findings: int | None = MAX_FINDINGS,
                  write_table: Callable[["pa.Table", Path], None] | None = None) -> Path:
    """Write the report as a folder of Parquet tables (see the module); returns its path.

    ``inputs``: files and folders the run read, never written over or into.
    ``max_findings``: per topic, as the JSON report (0 or None: every finding)."""
    write = write_table or write_with_pyarrow

    def fill(folder: Path) -> str:
        for name, table in parquet_tables(report, max_findings).items():
            write(table, folder / name)
        return render_parquet(report, max_findings)

    return write_folder(directory, inputs, fill)


def write_folder(directory: str | Path, inputs: Iterable[Path], fill: Callable[[Path], str]) -> Path:
    """The folder of tables at ``directory``, written whole or not at all (see the module):
    ``fill(folder)`` writes each table into the hidden temporary folder and returns the text
    of ``summary.json``. Returns the folder's path."""
    path = _check_target(directory, {Path(p).resolve() for p in inputs})
    remove_stale(path.parent, path.name)
    try:
        tmp = Path(tempfile.mkdtemp(prefix=temp_prefix(path.name), dir=path.parent))
    except OSError as exc:
        raise OutputError(f"cannot write the folder ({exc.strerror})", file=str(directory),
                          hint="choose a folder you can write to") from exc
    old: Path | None = None
    try:
        (tmp / SUMMARY).write_text(fill(tmp), encoding="utf-8", errors="backslashreplace")
        _public(tmp)
        if path.exists():  # an earlier report (checked above): set aside, replaced, then removed
            old = path.parent / f"{temp_prefix(path.name)}old"
            os.replace(path, old)
        try:
            os.replace(tmp, path)
        except OSError:
            if old is not None:
                os.replace(old, path)
                old = None
            raise
    except OSError as exc:
        raise OutputError(f"cannot write the folder ({exc.strerror})", file=str(directory),
                          hint="choose a folder you can write to") from exc
    finally:
        shutil.rmtree(tmp, ignore_errors=True)
        if old is not None:
            shutil.rmtree(old, ignore_errors=True)
    return path

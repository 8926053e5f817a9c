"""Claims tables: CSV (pandas' C parser when every row is one line, else the csv module, for
exact lines), XLSX (openpyxl) and Parquet (pyarrow), one row per claim, the claim fields as
columns. A table stays a table: a DataFrame of the fields as written plus ``_source``,
``_file`` and ``_line`` columns, so a million claims in CSV load in seconds.

A table's ``source`` column names each row's claimant by id, name or alias (SPEC.md §3). The
names are resolved once every source file is read (``resolve_claimants``), per distinct name,
not per row: 100,000 claimants in one table cost 100,000 lookups.
"""
from __future__ import annotations

import csv
import datetime
import functools
import io
import os
import re
from contextvars import ContextVar
from dataclasses import dataclass
from pathlib import Path
from typing import Any, Callable, Iterable

from reconcile.errors import InputError
from reconcile.model.names import SourceIndex, capped_slug, closest_source, shown_name, slugify
from reconcile.sources.lookalike import check_table, mixed_scripts
from reconcile.model.records import CLAIM_FIELDS, Source
from reconcile.sources.files import decode, limit, over_limit, parsing, safe_path
from reconcile.sources.loaded import Loaded
from reconcile.sources.yamlfile import Number

KNOWN_COLUMNS = CLAIM_FIELDS + ("source",)
#: the columns whose cells are names, codes or slugs: a space around one is the separator's ("c1, defections, 415"
#: writes " defections"), never part of it (the text of a quote or a note is kept as written)
TRIMMED_COLUMNS = frozenset(KNOWN_COLUMNS) - {"quote", "note"}


@dataclass
class Table:
    """A table read, its claimants not yet resolved: ``pointing`` is the source whose file points
    at it (None for a table read on its own), ``compiles`` that file's flag."""

    frame: Any
    display: str
    pointing: str | None
    compiles: bool
    pointing_file: str | None
    #: the file, when an engine reads the rows itself (``DEFERRED``; ``frame`` is None then)
    path: Path | None = None


#: set by an engine that reads claims tables itself (the Spark engine): ``read_table`` checks a
#: CSV or Parquet table's path and notes it here (a ``Table`` whose frame is None) instead of
#: reading its rows
DEFERRED: ContextVar[list[Table] | None] = ContextVar("reconcile_deferred_tables", default=None)
#: the tables ``DEFERRED`` may take (XLSX is read here whatever the engine)
DEFERRABLE = (".csv", ".parquet")


def csv_delimiter(text: str) -> str:
    """The separator of a CSV file, from its header: a comma, or the semicolon (or tab) that
    Excel writes where the comma is the decimal mark (Spanish, French, German settings)."""
    header = text.partition("\n")[0]
    counts = {sep: header.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] > counts[","] else ","


def _rows_csv(text: str, display: str) -> Iterable[tuple[int, dict[str, str]]]:
    csv.field_size_limit(max(limit("cell") + 1, 131_072))  # a larger cell: the cell limit's error below
    reader = csv.reader(text.splitlines(keepends=True), strict=True, delimiter=csv_delimiter(text),
                        skipinitialspace=True)   # "c1, defections, 415": the separator and a space
    try:
        header = next(reader)
    except StopIteration:
        return
    except csv.Error as exc:
        raise InputError(f"invalid CSV: {exc}", file=display, line=1) from exc
    header = [h.strip() for h in header]
    _check_header(header, display)
    start = reader.line_num + 1
    try:
        for row in reader:
            line, start = start, reader.line_num + 1
            if not any(cell.strip() for cell in row):
                continue
            if not any(header):
                raise _first_row_empty(display, "in the first line")
            if len(row) > len(header):
                raise InputError(f"row has {len(row)} cells but the header has {len(header)}",
                                 file=display, line=line, hint="quote cells that contain the separator "
                                                               f"({reader.dialect.delimiter!r})")
            unnamed = next((k for k, (h, v) in enumerate(zip(header, row)) if not h and v.strip()), None)
            if unnamed is not None:
                raise InputError(f"column {unnamed + 1} holds a value but has no name in the header", file=display,
                                 line=line, hint="write its field name (population, place, quote, ...) in the "
                                                 "header, or delete the column")
            cells = ((h, v.strip() if h in TRIMMED_COLUMNS else v) for h, v in zip(header, row) if h)
            yield line, {h: v for h, v in cells if v != ""}
    except csv.Error as exc:
        if "field limit" in str(exc):
            raise over_limit("cell", None, what="a cell", file=display, line=reader.line_num) from exc
        if "unexpected end of data" in str(exc):
            # a quote that never closes takes the rest of the file into its cell: the row it opens in
            raise InputError("invalid CSV: a quoted cell that opens in this row is never closed", file=display,
                             line=start,
                             hint='close the quote; a quote inside a quoted cell is written twice ("")') from exc
        raise InputError(f"invalid CSV: {exc}", file=display, line=reader.line_num) from exc


def _check_header(header: list[str], display: str) -> None:
    seen = set()
    for name in header:
        if name and name in seen:     # (columns with no name: an error where one holds a value)
            raise InputError(f'column "{name}" appears twice in the header', file=display, line=1, field=name,
                             hint="keep one column per field")
        seen.add(name)


def check_columns(names: Iterable[str], display: str) -> None:
    """Every column a claim field (or ``source``); columns with no name are the readers' to judge."""
    for name in names:
        if name and name not in KNOWN_COLUMNS and name != "_line":
            raise InputError(f'unknown column "{name}"', file=display, line=1, field=name,
                             hint=f"known columns: {', '.join(KNOWN_COLUMNS)}")


def _first_row_empty(display: str, where: str) -> InputError:
    return InputError("the first row is empty: a table's first row names its columns", file=display, line=1,
                      hint=f"write the column names (topic, value, ...) {where}, above the claims")


def _csv_header(text: str, delimiter: str, display: str) -> list[str] | None:
    """The names of a CSV file's first row, checked (none twice, none unknown) before a parser builds
    columns of them: pandas renames repeated names in time that grows as the square of their number
    (100,000 repeats of one name in a 200 KB file: minutes). None when the first row is no valid CSV
    (the exact reader says why, at its line)."""
    csv.field_size_limit(max(limit("cell") + 1, 131_072))
    try:
        first = next(csv.reader(io.StringIO(text), strict=True, delimiter=delimiter, skipinitialspace=True), [])
    except csv.Error:
        return None
    header = [h.strip() for h in first]
    _check_header(header, display)
    check_columns(header, display)
    return header


def _csv_frame(text: str, delimiter: str, header: list[str]) -> Any:
    """A CSV table through pandas' C parser, when every row is one line (then line = index + 2);
    None when the file needs the exact, slower reader (blank lines, cells with line breaks, errors,
    a column with no name: the exact reader tells whether it holds a value). ``header``: the first
    row's names, checked (``_csv_header``)."""
    import pandas as pd

    if text.count('"') % 2 or not header or any(not h for h in header):  # an unterminated quote: the exact
        return None                                                        # reader says where
    if '"' not in text:
        # a row wider than the header: the exact reader's error at once (pandas would first build an index of
        # the extra cells: 100,000 stray commas took 40 s and 550 MB)
        rows = text.split("\n")
        if max(row.count(delimiter) for row in rows) > rows[0].count(delimiter):
            return None
    try:
        frame = pd.read_csv(io.StringIO(text), sep=delimiter, dtype=str, keep_default_na=False, na_values=[""],
                            skip_blank_lines=True, skipinitialspace=True)  # only an empty cell is missing
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError):
        return None
    if not isinstance(frame.index, pd.RangeIndex):  # rows with more cells than the header
        return None
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    if lines != len(frame) + 1:
        return None
    frame.columns = [str(c).strip() for c in frame.columns]
    blank = None
    for name in frame.columns:
        column = frame[name]
        if name in TRIMMED_COLUMNS and pd.api.types.is_string_dtype(column):
            trimmed = column.str.strip()
            if not trimmed.equals(column):
                frame[name] = trimmed.replace("", None)
        empty = frame[name].isna()
        if name not in TRIMMED_COLUMNS:   # (a trimmed column's blank cells are missing by now)
            empty |= frame[name].fillna("").str.strip().eq("")
        blank = empty if blank is None else blank & empty
    frame["_line"] = range(2, len(frame) + 2)
    # a row of empty cells (",,": what a spreadsheet writes for a cleared row) is no claim, as in the exact reader
    return frame[~blank].reset_index(drop=True) if blank is not None and blank.any() else frame


def _frame_csv(data: bytes, display: str) -> Any:
    text = decode(data, display)
    delimiter = csv_delimiter(text)
    header = _csv_header(text, delimiter, display)
    frame = None if header is None else _csv_frame(text, delimiter, header)
    return _rows_frame(_rows_csv(text, display)) if frame is None else frame


# --- XLSX ----------------------------------------------------------------------------------

def _check_workbook(data: bytes, display: str) -> None:
    """Before openpyxl parses a workbook: its unpacked size within the file limit, and no text
    in its sheets longer than the cell limit (a 1.5 MB file may unpack to one 1.5 GB cell).
    zipfile stops at each member's declared size, so the sizes checked are the sizes read."""
    import zipfile

    import numpy as np

    with parsing(display, "the XLSX workbook"):
        archive = zipfile.ZipFile(io.BytesIO(data))
        members = archive.infolist()
        total = sum(member.file_size for member in members)
        if total > limit("file"):
            raise over_limit("file", total, what="the unpacked workbook", file=display)
        cap = 6 * limit("cell")  # XML text of a cell: at most 6 bytes per character (&quot;)
        for member in members:
            name = member.filename
            if not (name == "xl/sharedStrings.xml" or name.startswith("xl/worksheets/")):
                continue
            longest, run = 0, 0
            with archive.open(member) as stream:
                while chunk := stream.read(1 << 24):
                    at = np.flatnonzero(np.frombuffer(chunk, dtype=np.uint8) == ord("<"))
                    if not len(at):
                        run += len(chunk)
                    else:
                        gaps = int(np.diff(at).max()) - 1 if len(at) > 1 else 0
                        longest = max(longest, run + int(at[0]), gaps)
                        run = len(chunk) - int(at[-1]) - 1
                    longest = max(longest, run)
            if longest > cap:
                raise over_limit("cell", longest, what=f"the XML text of a cell in {name.rsplit('/', 1)[-1]}",
                                 file=display)


def _frame_xlsx(data: bytes, display: str) -> Any:
    """The first sheet of a workbook, its header in the first row; every call into openpyxl
    guarded (a broken sheet fails while it is read, not only when the workbook opens)."""
    import openpyxl
    from openpyxl.utils.exceptions import InvalidFileException

    _check_workbook(data, display)
    errors = (InvalidFileException, TypeError, AttributeError)
    with parsing(display, "the XLSX workbook", errors=errors):
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True)
    try:
        with parsing(display, "the XLSX workbook's first sheet", errors=errors):
            sheet = book.worksheets[0]
        if getattr(sheet, "sheet_state", "visible") != "visible":
            # the claims are the first sheet's; a hidden one holds figures no one reading the workbook sees
            raise InputError(f'the first sheet, "{sheet.title}", is hidden: reconcile reads a workbook\'s first sheet',
                             file=display, line=1,
                             hint="unhide it if it holds the claims, or move the sheet of claims first")
        with parsing(display, "the XLSX workbook's first sheet", errors=errors):
            first = next(sheet.iter_rows(min_row=1, max_row=1, values_only=True), ())
            header = [str(h).strip() if h is not None else "" for h in first]
            # rows read only as wide as the header: a cell far out (XFD1048576) would otherwise pad
            # every row to 16,384 columns, a 5 KB workbook to billions of cells
            width = max((k + 1 for k, h in enumerate(header) if h), default=0)
            # and a few columns past it, so that values under no name are seen (they were dropped unsaid)
            rows = sheet.iter_rows(min_row=2, max_col=width + _UNNAMED_SEEN)

        def cells() -> Iterable[tuple[int, dict[str, Any]]]:
            _check_header([h for h in header if h], display)
            number = 1
            while True:
                number += 1
                with parsing(display, "the XLSX workbook's first sheet", line=number, errors=errors):
                    row = next(rows, None)
                if row is None:
                    return
                found = {}
                for column, cell in enumerate(row):
                    value = _cell_value(cell)
                    if value in (None, ""):
                        continue
                    name = header[column] if column < len(header) else ""
                    if name:
                        found[name] = value
                    elif not isinstance(value, str) or value.strip():
                        raise _unnamed(display, number, column, width)
                if found:
                    yield number, found

        return _rows_frame(cells())
    finally:
        book.close()


def _cell_value(cell: Any) -> Any:
    """A cell's value as the sheet shows it: a whole number stored as a float ("1.0" beside a blank of the
    column, as pandas and many tools write it) is that number, and a number formatted as a percentage (30%,
    stored 0.3) is that percentage."""
    value = getattr(cell, "value", None)
    if isinstance(value, datetime.datetime):
        shown = _date_shown(getattr(cell, "number_format", None) or "")
        if shown == "month":
            return f"{value.year:04d}-{value.month:02d}"
        if shown == "year":
            return f"{value.year:04d}"
        return value
    if isinstance(value, float) and value == value:
        if "%" in (getattr(cell, "number_format", None) or ""):
            return f"{value * 100:.12g}%"       # (12 digits: 0.3 is "30%", not 30.000000000000004)
        return _whole(value)
    return value


#: what an Excel date format shows, its literal text ("..." and \\x) and [sections] (a locale, a colour) left out
_FORMAT_LITERALS = re.compile(r'"[^"]*"|\\.|\[[^\]]*\]')


def _date_shown(number_format: str) -> str | None:
    """"month" for a date format that shows a month and a year but no day ("mmm-yy", "mmmm yyyy",
    "mm/yyyy"), "year" for one that shows the year alone ("yyyy"), else None (a day, a time, or no
    date format): a cell shown as "Mar-19" is March 2019, not its first day."""
    codes = _FORMAT_LITERALS.sub("", number_format.split(";")[0]).lower()
    if "y" not in codes or any(code in codes for code in ("d", "h", "s")):
        return None
    return "month" if "m" in codes else "year"


#: columns read past a workbook's last named one, to find values written under no name
_UNNAMED_SEEN = 16


def _unnamed(display: str, line: int, column: int, width: int) -> InputError:
    from openpyxl.utils import get_column_letter

    letter = get_column_letter(column + 1)
    if not width:
        return _first_row_empty(display, "in row 1 of the first sheet")
    return InputError(f"column {letter} holds a value but has no name in row 1", file=display, line=line,
                      field=letter, hint="write its field name (population, place, quote, ...) in row 1, "
                                         "or delete the column")


# --- Parquet -------------------------------------------------------------------------------

def _frame_parquet(data: bytes, display: str) -> Any:
    """A Parquet table through pyarrow: text, numbers, booleans, dates and lists of text;
    a row's line is its 1-based row number (SPEC.md §3)."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.parquet as pq

    with parsing(display, "the Parquet table", errors=(pa.ArrowException,)):
        parquet = pq.ParquetFile(pa.BufferReader(data))
        meta = parquet.metadata
        size = sum(meta.row_group(i).total_byte_size for i in range(meta.num_row_groups))
        if size > limit("file"):
            raise over_limit("file", size, what="the unpacked table", file=display)
        # the metadata's sizes are of the encoded pages: a dictionary of one 100 KB quote repeated
        # 20,000 times is 120 KB there and 2 GB decoded, so the decoded rows are counted as they come
        batches, decoded = [], 0
        for batch in parquet.iter_batches(batch_size=PARQUET_BATCH):
            decoded += batch.nbytes
            if decoded > limit("file"):
                raise over_limit("file", decoded, what="the decoded table", file=display)
            batches.append(batch)
        table = pa.Table.from_batches(batches, schema=parquet.schema_arrow)
    lines = np.arange(1, table.num_rows + 1)
    frame = arrow_frame(table, display, lines)
    check_columns(frame.columns, display)   # a column's error first, as ``read_table`` checks them
    if len(frame):
        _check_arrow_cells(table, frame, display, lines)
    return frame


def _check_arrow_cells(table: Any, frame: Any, display: str, lines: Any) -> None:
    """``_check_cells`` of ``frame``, a Parquet table's frame, on the table's Arrow columns: no
    text cell, and no list of texts together, above the cell limit, in characters, each column's
    lengths in one pass of Arrow's. A number is as long as the text the frame holds for it
    (``Number``), read from the frame; other cells (dates, flags) have no length."""
    import numpy as np
    import pyarrow as pa
    import pyarrow.compute as pc

    cap = limit("cell")
    types = pa.types

    def text(kind: Any) -> bool:
        return types.is_string(kind) or types.is_large_string(kind) or types.is_string_view(kind)

    for name, column in zip(table.column_names, table.columns):
        kind = column.type
        if types.is_dictionary(kind):
            kind = kind.value_type
        if (text(kind) or types.is_list(kind) or types.is_large_list(kind)) and column.nbytes <= cap:
            continue    # no cell holds more characters than the column has bytes (the usual case: one look)
        if text(kind):
            lengths = pc.utf8_length(pc.cast(column, pa.large_string())).to_numpy(zero_copy_only=False)
            rows = lines
        elif (types.is_list(kind) or types.is_large_list(kind)) and text(kind.value_type):
            flat = pc.utf8_length(pc.cast(pc.list_flatten(column), pa.large_string())).to_numpy(zero_copy_only=False)
            lengths = np.bincount(pc.list_parent_indices(column).to_numpy(zero_copy_only=False),
                                  weights=np.nan_to_num(flat.astype(float)), minlength=len(column))
            rows = lines
        elif types.is_integer(kind) or types.is_floating(kind) or types.is_decimal(kind):
            lengths, rows = frame[name].map(_cell_length).to_numpy(), frame["_line"].to_numpy()
        else:
            continue
        lengths = np.nan_to_num(lengths.astype(float))
        if len(lengths) and lengths.max() > cap:
            at = int(lengths.argmax())
            raise over_limit("cell", int(lengths[at]), what=f'the "{name}" cell', file=display, line=int(rows[at]),
                             field=str(name))


#: pandas' text dtype (``str``): a claims table's text columns, as pandas infers them from Python text
_TEXT = "str"


@functools.cache
def _text_dtype() -> Any:
    """The dtype ``_TEXT`` names, looked up once (pandas resolves a dtype's name anew at each call)."""
    import pandas as pd

    return pd.api.types.pandas_dtype(_TEXT)


#: rows decoded at a time from a Parquet table (each at most a few cells of the cell limit)
PARQUET_BATCH = 512


def arrow_frame(table: Any, display: str, lines: Any) -> Any:
    """The frame of an Arrow table of claims as ``_frame_parquet`` reads it (the Spark engine
    calls it on each chunk of a Parquet table): ``lines``, each row's 1-based row number in its
    file; rows with nothing written dropped."""
    import numpy as np
    import pandas as pd
    import pyarrow as pa
    import pyarrow.compute as pc

    types = pa.types
    columns: dict[str, Any] = {}
    written = np.zeros(table.num_rows, dtype=bool)   # rows with something written in a cell
    for name, column in zip(table.column_names, table.columns):
        kind = column.type
        if types.is_dictionary(kind):   # a pandas category ("source", "topic"): the values it stands for
            column = pc.cast(column, kind.value_type)
            kind = column.type
        if types.is_string(kind) or types.is_large_string(kind) or types.is_string_view(kind):
            # an empty cell is missing; the text stays Arrow's (pandas' str column), with no str made per cell
            if types.is_string_view(kind):
                column, kind = pc.cast(column, pa.large_string()), pa.large_string()
            column = pc.if_else(pc.equal(column, ""), pa.scalar(None, kind), column)
            if column.null_count == len(column):   # as pandas keeps a column of None only: object
                values = np.full(len(column), None, dtype=object)
            else:
                values = pd.array(column, dtype=_text_dtype())
                written |= pc.is_valid(column).to_numpy(zero_copy_only=False)
            columns[str(name)] = values
            continue
        if types.is_null(kind):
            # every cell empty: pandas stores a column of None so, and an empty cell is unspecified
            values = np.full(len(column), None, dtype=object)
        elif types.is_integer(kind) or types.is_floating(kind) or types.is_decimal(kind):
            values = np.array([None if v is None or v != v else Number(_whole(v)) for v in column.to_pylist()],
                              dtype=object)
        elif types.is_timestamp(kind) or types.is_date(kind):
            # a date field's date: the day as written, in the column's own zone; a day Python cannot hold
            # (before year 1, after 9999) is the row's error, not OverflowError's traceback
            try:
                local = pc.local_timestamp(column) if types.is_timestamp(kind) and kind.tz else column
                days = pc.cast(local, pa.date32(), safe=False) if types.is_timestamp(kind) else local
                values = np.array(days.to_pylist() + [None], dtype=object)[:-1]
            except (OverflowError, ValueError, pa.ArrowInvalid) as exc:
                row = _first_bad_day(column)
                raise InputError(f'"{name}" holds a date outside the years 1 to 9999', file=display,
                                 line=int(np.asarray(lines)[row]) if row is not None else 1, field=str(name),
                                 hint="write the date as YYYY-MM-DD, or leave the cell empty") from exc
        elif (types.is_boolean(kind)
              or ((types.is_list(kind) or types.is_large_list(kind))
                  and (types.is_string(kind.value_type) or types.is_large_string(kind.value_type)
                       or types.is_null(kind.value_type)))):   # (lists of null: pandas' empty lists)
            values = np.array(column.to_pylist() + [None], dtype=object)[:-1]  # lists stay lists
        else:
            raise InputError(f'column "{name}" holds {kind}, which is not a claim field\'s type',
                             file=display, line=1, field=str(name),
                             hint="store text, numbers, true/false, dates or lists of text")
        columns[str(name)] = values
        written |= ~pd.isna(values)
    columns["_line"] = np.asarray(lines, dtype="int64")
    frame = pd.DataFrame(columns, index=pd.RangeIndex(table.num_rows), copy=False)
    return frame[written].reset_index(drop=True) if not written.all() else frame


def _whole(value: Any) -> Any:
    """A whole number stored as a float is that number, as ``_cell_value`` reads an XLSX cell: pandas
    writes a column of whole numbers with an empty cell as float64, and 500.0 is the 500 that was meant
    (its text had been "500.0", and an as_of of 2019.0 no date)."""
    if isinstance(value, float) and value.is_integer() and abs(value) < 2 ** 53:
        return int(value)
    return value


def _first_bad_day(column: Any) -> int | None:
    """The position of the first value of a date or timestamp column that Python cannot hold."""
    for position in range(len(column)):
        try:
            column[position].as_py()
        except (OverflowError, ValueError):
            return position
    return None


def _rows_frame(rows: Iterable[tuple[int, dict[str, Any]]]) -> Any:
    """A frame of rows read one by one (the exact CSV reader, XLSX): numbers kept as written."""
    import pandas as pd

    # (object columns: a column of whole numbers with a blank had become floats, "1" read back as "1.0")
    frame = pd.DataFrame([dict(cells, _line=line) for line, cells in rows], dtype=object)
    if "_line" in frame:
        frame["_line"] = frame["_line"].astype("int64")
    for column in frame.columns:
        if column != "_line":
            frame[column] = [None if v is None or v != v else
                             (Number(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v)
                             for v in frame[column]]
    return frame


#: table suffix -> reader of the file's bytes into a frame of the fields as written plus ``_line``
TABLE_READERS: dict[str, Callable[[bytes, str], Any]] = {
    ".csv": _frame_csv,
    ".xlsx": _frame_xlsx,
    ".parquet": _frame_parquet,
}
#: the suffixes of claims tables, in one place: the keys of TABLE_READERS
TABLE_SUFFIXES = tuple(TABLE_READERS)


#: the part files of a table folder (a Spark job's output folder, a folder of CSV parts)
PART_SUFFIXES = (".csv", ".parquet")


def table_parts(folder: Path, written: str, where: dict[str, Any]) -> list[Path]:
    """The part files of a table folder (``claims: folder/``), in name order: the entries directly
    inside it whose names end in .csv or .parquet, all of one kind. Names beginning with ``_``
    or ``.`` are skipped (``_SUCCESS``, ``.part-00000-....crc``: the markers Spark and Hadoop
    write, skipped as Spark's and pyarrow.dataset's own discovery skip them); anything else (a
    subfolder, another file) is an error, and so is a folder without parts. ``written``: the
    folder as the error names it; ``where``: the error's file, line and field. Nothing is opened."""
    name = written.rstrip("/\\") + "/"
    try:
        entries = sorted(os.scandir(folder), key=lambda e: e.name)
    except OSError as exc:
        raise InputError(f'cannot list claims folder "{name}" ({exc.strerror or exc})', **where,
                         hint="check the folder and its permissions") from exc
    parts: list[Path] = []
    for entry in entries:
        if entry.name.startswith(("_", ".")):
            continue
        is_dir = entry.is_dir()
        if is_dir or Path(entry.name).suffix.lower() not in PART_SUFFIXES:
            what = "a folder" if is_dir else "a file that is not a part (.csv or .parquet)"
            raise InputError(f'claims folder "{name}" holds "{entry.name}", {what}', **where,
                             hint=f"move it out of {name}: a table folder holds only the table's part files "
                                  "(names beginning with _ or . are skipped)")
        parts.append(Path(folder) / entry.name)
    if not parts:
        raise InputError(f'claims folder "{name}" holds no part files (.csv or .parquet)', **where,
                         hint="put the table's part files in it, or point claims: at a table file")
    kinds = sorted({p.suffix.lower() for p in parts})
    if len(kinds) > 1:
        raise InputError(f'claims folder "{name}" mixes {" and ".join(kinds)} parts', **where,
                         hint="a table's parts are all of one format: move the others into a folder of their own")
    return parts


def read_table(path: Path, loaded: Loaded, source_id: str | None = None, compiles: bool = False) -> None:
    """Claims from a CSV, XLSX or Parquet table: one row per claim, the claim fields as columns.
    ``source_id``: the source whose file points at the table (its rows' claimant unless a
    row's ``source`` names another)."""
    deferred = DEFERRED.get()
    if deferred is not None and path.suffix.lower() in DEFERRABLE:
        display = loaded.reading(path)
        within = loaded.boundaries.get(Path(os.path.abspath(path)), loaded.root)
        target = safe_path(path, display, within)
        size = target.stat().st_size  # the engine reads it, not this process: the file limit holds all the same
        if size > limit("file"):
            raise over_limit("file", size, what="the file", file=display)
        deferred.append(Table(None, display, source_id, compiles,
                              loaded.sources[source_id].file if source_id else None, path=target))
        return
    display, data = loaded.read_bytes(path)
    frame = TABLE_READERS[path.suffix.lower()](data, display)
    check_columns(frame.columns, display)
    if frame.empty:
        return
    if path.suffix.lower() == ".xlsx" or path.suffix.lower() == ".csv" and len(data) > limit("cell"):
        _check_cells(frame, display)   # a workbook's cells may unpack larger (Parquet's reader checks its own)
    check_table(frame, display)
    if "source" not in frame.columns and source_id is None:
        raise InputError('missing "source" column', file=display, line=1, field="source",
                         hint="give each row the id, name or alias of its source, or point a source file "
                              "at this table")
    frame["_file"] = display
    loaded.pending.append(Table(frame, display, source_id, compiles,
                                loaded.sources[source_id].file if source_id else None))


def _cell_length(value: Any) -> int:
    """A cell's length in characters: a text's, or a list of texts' together; a typed cell (a date,
    a flag, a number) has none."""
    if isinstance(value, str):
        return len(value)
    if isinstance(value, (list, tuple)):
        return sum(len(v) for v in value if isinstance(v, str))
    return 0


def _check_cells(frame: Any, display: str) -> None:
    """No cell above the cell limit (a CSV file smaller than the limit has none)."""
    cap = limit("cell")
    for column in frame.columns:
        if column == "_line" or frame[column].dtype != object and not str(frame[column].dtype).startswith("str"):
            continue
        cells = frame[column]
        # a text column's lengths are one vectorised call; a column of lists (population) is read cell by cell
        lengths = cells.str.len().fillna(0) if cells.dtype != object else cells.map(_cell_length)
        if lengths.max() > cap:
            at = int(lengths.to_numpy().argmax())
            raise over_limit("cell", int(lengths.iloc[at]), what=f'the "{column}" cell', file=display,
                             line=int(frame["_line"].iloc[at]), field=str(column))


# --- claimants -----------------------------------------------------------------------------

def resolve_claimants(loaded: Loaded) -> None:
    """Each table row's claimant, once every source file is read (SPEC.md §3): the source its
    ``source`` cell names by id, name or alias (ignoring case and accents); an empty cell is
    the pointing source; a row naming another source is read through the pointing source
    (``via``, unless the row gives one). A name no source file declares is an error with a
    "did you mean", unless the pointing file says ``compiles: true``: then it becomes a source
    of its own (id: the name's slug; name: its first spelling in file order; kind: other).
    Tables of declared claimants are resolved first, so that no compiled name can stand in for
    a typo elsewhere."""
    index = SourceIndex(loaded.sources.values())
    for table in sorted(loaded.pending, key=lambda t: t.compiles):
        _resolve(table, loaded, index)
        loaded.tables.append(table.frame)
    loaded.pending.clear()


def _resolve(table: Table, loaded: Loaded, index: Any) -> None:
    import numpy as np
    import pandas as pd

    frame = table.frame
    lines = frame["_line"].to_numpy()
    written = frame["source"] if "source" in frame.columns else pd.Series(None, index=frame.index, dtype=object)
    codes, names = pd.factorize(written.astype(object), use_na_sentinel=True)
    ids = np.empty(len(names) + 1, dtype=object)  # the last: an empty cell (code -1)
    ids[-1] = table.pointing
    if table.pointing is None and (codes < 0).any():
        raise InputError('missing "source"', file=table.display, line=int(lines[np.argmax(codes < 0)]),
                         field="source", hint="give each row the id, name or alias of its source, or point a "
                                              "source file at this table")
    first_rows: Any = np.unique(codes, return_index=True)[1][-len(names):] if len(names) else []
    for code, name in enumerate(names):
        line = int(lines[first_rows[code]])  # the first row that names it
        text = str(name).strip()
        found = named_source(index, text, field="source", file=table.display, line=line) if text else table.pointing
        if found is None and table.compiles:
            found = new_source_id(text, loaded, file=table.display, line=line, field="source")
            if found not in loaded.sources:  # a later spelling of the name has the same slug: this source
                loaded.sources[found] = Source(id=found, name=text, kind="other", file=table.display, line=line)
        if found is None:
            raise _unknown(text, table, line, loaded)
        ids[code] = found
    claimant = ids[codes]  # code -1 takes the last entry: the pointing source
    frame["_source"] = claimant
    if table.pointing is not None:
        through = claimant != table.pointing
        if through.any():
            if "via" not in frame.columns:
                frame["via"] = None
            via = frame["via"].astype(object)
            blank = via.isna().to_numpy() | (via.astype(str).str.strip() == "").to_numpy()
            frame["via"] = via.where(~(through & blank), table.pointing)
    if "source" in frame.columns:
        del frame["source"]


def named_source(index: SourceIndex, text: str, **where: Any) -> str | None:
    """The id of the source a name names (its id, name or alias; None when none does), for a table's
    ``source`` cell and a ClaimReview's author. A name or alias two sources share is an error, as in a
    via or a cites: giving the claim to whichever source came first would make the wrong one its claimant."""
    shared = index.sharing(text)
    if shared:
        field = where.get("field", "source")
        raise InputError(f'{field} "{text}" could mean {" or ".join(shared)}: each gives that name', **where,
                         hint=f'write the id of the one that states it (e.g. "{shared[0]}") instead of the name, '
                              "or give each source names of its own")
    return index.resolve(text)


def new_source_id(text: str, loaded: Loaded, **where: Any) -> str:
    """The id of a source that a name no source file declares makes (a compiled table's, a
    ClaimReview's author): the name's slug. A slug that a source file's source already has is an
    error, not that source: "Cruz Roja" is not "Cruz Roja Colombiana" (id cruz-roja) unless it says
    so by an alias."""
    found = capped_slug(slugify(text))   # a name of 300 words makes an id its file can be named by
    if not found:
        raise InputError(f'source "{shown_name(text)}" has no letters or digits to make an id of', **where,
                         hint="declare it in a source file and give the table its id, name or alias")
    taken = loaded.sources.get(found)
    if taken is not None and Path(taken.file).suffix.lower() in (".yaml", ".yml"):
        raise InputError(f'source "{shown_name(text)}" is not declared, and its id "{found}" is {taken.name}\'s',
                         **where, hint=f'if it is {taken.name}, add "{shown_name(text)}" to the aliases in '
                                       f'{taken.file}; if not, '
                              f"declare it in a source file of its own with another id")
    return found


def _unknown(text: str, table: Table, line: int, loaded: Loaded) -> InputError:
    """A name no source file declares: "did you mean" the closest declared id, name or alias."""
    close = closest_source(text, loaded.sources.values())
    slug = capped_slug(slugify(text)) or "<id>"
    declare = f"declare it in sources/{slug}.yaml (source: {{id: {slug}, name: ...}})"
    if table.pointing is not None:
        declare += (f", or add compiles: true to the source in {table.pointing_file} if its table compiles "
                    "many claimants' figures")
    hint = f'did you mean "{close}"? Or {declare}' if close else declare
    mixed = mixed_scripts(text) or ""   # "Минздрaв", a Latin "a" among Cyrillic: the declared one is not it
    return InputError(f'source "{shown_name(text)}" is not declared{mixed}', file=table.display, line=line,
                      field="source",
                      hint=hint)

"""Claims tables: CSV (pandas' C parser when every row is one line, else the csv module, for
exact lines) and XLSX (openpyxl), one row per claim, the claim fields as columns. A table
stays a table: a DataFrame of the fields as written plus ``_source``, ``_file`` and
``_line`` columns, so a million claims in CSV load in seconds.
"""
from __future__ import annotations

import csv
from pathlib import Path
from typing import Any, Callable, Iterable

from reconcile.errors import InputError
from reconcile.model.records import CLAIM_FIELDS
from reconcile.sources.project import Loaded
from reconcile.sources.yamlfile import Number, read_text


def csv_delimiter(text: str) -> str:
    """The separator of a CSV file, from its header: a comma, or the semicolon (or tab) that
    Excel writes where the comma is the decimal mark (Spanish, French, German settings)."""
    header = text.partition("\n")[0]
    counts = {sep: header.count(sep) for sep in (",", ";", "\t")}
    best = max(counts, key=lambda sep: counts[sep])
    return best if counts[best] > counts[","] else ","


def _rows_csv(path: Path, display: str) -> Iterable[tuple[int, dict[str, str]]]:
    text = read_text(path, display)
    reader = csv.reader(text.splitlines(keepends=True), strict=True, delimiter=csv_delimiter(text))
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
            if len(row) > len(header):
                raise InputError(f"row has {len(row)} cells but the header has {len(header)}",
                                 file=display, line=line, hint="quote cells that contain the separator "
                                                               f"({reader.dialect.delimiter!r})")
            yield line, {h: v for h, v in zip(header, row) if v != ""}
    except csv.Error as exc:
        raise InputError(f"invalid CSV: {exc}", file=display, line=reader.line_num) from exc


def _check_header(header: list[str], display: str) -> None:
    seen = set()
    for name in header:
        if name in seen:
            raise InputError(f'column "{name}" appears twice in the header', file=display, line=1, field=name,
                             hint="keep one column per field")
        seen.add(name)


def _rows_xlsx(path: Path, display: str) -> Iterable[tuple[int, dict[str, Any]]]:
    import openpyxl  # only for XLSX

    try:
        book = openpyxl.load_workbook(path, read_only=True, data_only=True)
    except Exception as exc:  # openpyxl raises many types for a broken file
        raise InputError(f"cannot read XLSX workbook ({exc})", file=display,
                         hint="save it again as .xlsx, or export it as CSV") from exc
    try:
        rows = book.worksheets[0].iter_rows(values_only=True)
        header = [str(h).strip() if h is not None else "" for h in next(rows, [])]
        _check_header([h for h in header if h], display)
        for number, row in enumerate(rows, start=2):
            cells = {h: v for h, v in zip(header, row) if h and v not in (None, "")}
            if cells:
                yield number, cells
    finally:
        book.close()


TABLE_READERS: dict[str, Callable[[Path, str], Iterable[tuple[int, dict[str, Any]]]]] = {
    ".csv": _rows_csv,
    ".xlsx": _rows_xlsx,
}


def _csv_frame(path: Path, display: str) -> Any:
    """A CSV table through pandas' C parser, when every row is one line (then line = index + 2);
    None when the file needs the exact, slower reader (blank lines, cells with line breaks, errors)."""
    import io

    import pandas as pd

    text = read_text(path, display)
    if text.count('"') % 2:  # an unterminated quote: the exact reader says where
        return None
    delimiter = csv_delimiter(text)
    try:
        frame = pd.read_csv(io.StringIO(text), sep=delimiter, dtype=str, keep_default_na=False, na_values=[""],
                            skip_blank_lines=True, skipinitialspace=False)  # only an empty cell is missing
    except (pd.errors.ParserError, pd.errors.EmptyDataError, ValueError):
        return None
    if not isinstance(frame.index, pd.RangeIndex):  # rows with more cells than the header
        return None
    lines = text.count("\n") + (0 if text.endswith("\n") else 1)
    if lines != len(frame) + 1:
        return None
    header = next(csv.reader(io.StringIO(text), delimiter=delimiter), [])  # the first record only
    _check_header([h.strip() for h in header], display)
    frame.columns = [str(c).strip() for c in frame.columns]
    frame["_line"] = range(2, len(frame) + 2)
    return frame


def read_table(path: Path, loaded: Loaded, source_id: str | None = None) -> None:
    """Claims from a CSV/XLSX table: one row per claim, the claim fields as columns."""
    import pandas as pd

    display = loaded.reading(path)
    known = CLAIM_FIELDS + ("source",)
    frame = _csv_frame(path, display) if path.suffix.lower() == ".csv" else None
    if frame is None:
        rows = [dict(cells, _line=line) for line, cells in TABLE_READERS[path.suffix.lower()](path, display)]
        frame = pd.DataFrame(rows)
        for column in frame.columns:
            if column != "_line":
                frame[column] = [None if v is None or v != v else
                                 (Number(v) if isinstance(v, (int, float)) and not isinstance(v, bool) else v)
                                 for v in frame[column]]
    for key in frame.columns:
        if key not in known and key != "_line":
            raise InputError(f'unknown column "{key}"', file=display, line=1, field=key,
                             hint=f"known columns: {', '.join(known)}")
    if frame.empty:
        return
    if "source" in frame.columns:
        given = frame["source"]
        if source_id is None and given.isna().any():
            line = int(frame.loc[given.isna(), "_line"].iloc[0])
            raise InputError('missing "source"', file=display, line=line, field="source",
                             hint="give each row the id of its source, or point a source file at this table")
        if source_id is not None:
            other = given.notna() & (given.astype(str) != source_id)
            if other.any():
                row = frame[other].iloc[0]
                raise InputError(f'row names source "{row["source"]}" but the table belongs to "{source_id}"',
                                 file=display, line=int(row["_line"]), field="source")
        frame["_source"] = given.astype(str) if source_id is None else source_id
        frame = frame.drop(columns=["source"])
    elif source_id is None:
        raise InputError('missing "source" column', file=display, line=1, field="source",
                         hint="give each row the id of its source, or point a source file at this table")
    else:
        frame["_source"] = source_id
    frame["_file"] = display
    loaded.tables.append(frame)



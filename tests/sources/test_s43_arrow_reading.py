"""A Parquet table's frame and its cell check, done on Arrow's columns, give what the slow way
gives: the frame pandas makes of the cells as Python values, and ``_check_cells`` on that frame."""
import numpy as np
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from reconcile.errors import InputError
from reconcile.sources import tables
from reconcile.sources.lookalike import check_table

TEXT = st.one_of(st.none(), st.just(""), st.text(alphabet="ab é\u200b", max_size=12))
TEXT_TYPES = st.sampled_from([pa.string(), pa.large_string(), pa.string_view(), "dictionary"])


@st.composite
def claim_tables(draw):
    rows = draw(st.integers(0, 6))
    columns = {}
    for name in draw(st.lists(st.sampled_from(["quote", "value", "id", "note"]), unique=True, max_size=3)):
        kind = draw(TEXT_TYPES)
        values = draw(st.lists(TEXT, min_size=rows, max_size=rows))
        columns[name] = (pa.array(values, pa.string()).dictionary_encode() if kind == "dictionary"
                         else pa.array(values, kind))
    if draw(st.booleans()):
        tags = st.one_of(st.none(), st.lists(st.one_of(st.none(), st.text(alphabet="abé", max_size=8)), max_size=3))
        columns["population"] = pa.array(draw(st.lists(tags, min_size=rows, max_size=rows)), pa.list_(pa.string()))
    if draw(st.booleans()):
        numbers = st.one_of(st.none(), st.integers(-10 ** 12, 10 ** 12), st.floats(allow_nan=False, width=32))
        columns["line_value"] = pa.array(draw(st.lists(numbers, min_size=rows, max_size=rows)), pa.float64())
    return pa.table(columns) if columns else pa.table({"quote": pa.array([None] * rows, pa.string())})


def _slow_frame(table: pa.Table) -> pd.DataFrame:
    """The frame as pandas makes it of the cells as Python values: text with "" missing."""
    columns = {}
    for name in table.column_names:
        if pa.types.is_floating(table.schema.field(name).type):
            continue
        values = np.array(table.column(name).to_pylist() + [None], dtype=object)[:-1]
        if name != "population":
            values[values == ""] = None
        columns[name] = values
    frame = pd.DataFrame(columns, index=pd.RangeIndex(table.num_rows))
    frame["_line"] = np.arange(1, table.num_rows + 1, dtype="int64")
    blank = frame.drop(columns="_line").isna().all(axis=1)
    return frame[~blank].reset_index(drop=True) if blank.any() else frame


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim_tables())
def test_a_parquet_tables_text_columns_are_the_frame_pandas_makes_of_its_cells(table):
    texts = table.select([n for n in table.column_names if not pa.types.is_floating(table.schema.field(n).type)])
    fast = tables.arrow_frame(texts, "t.parquet", np.arange(1, texts.num_rows + 1))
    slow = _slow_frame(texts)
    assert list(fast.columns) == list(slow.columns)
    assert fast.index.equals(slow.index)
    for name in slow.columns:
        assert fast[name].dtype == slow[name].dtype, name
        for got, want in zip(fast[name].astype(object).tolist(), slow[name].astype(object).tolist()):
            assert type(got) is type(want) and (got == want or (got != got and want != want)), (name, got, want)


def _outcome(check):
    try:
        check()
    except InputError as exc:
        return str(exc), exc.file, exc.line, exc.field
    return None


@settings(max_examples=150, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(claim_tables(), st.sampled_from(["0.004", "0.008", "0.012", "256"]))
def test_a_parquet_tables_cells_are_checked_on_arrow_as_on_its_frame(table, cell_kb):
    lines = np.arange(1, table.num_rows + 1)
    frame = tables.arrow_frame(table, "t.parquet", lines)
    with pytest.MonkeyPatch.context() as patch:
        patch.setenv("RECONCILE_MAX_CELL_KB", cell_kb)
        slow = _outcome(lambda: tables._check_cells(frame, "t.parquet"))
        fast = _outcome(lambda: tables._check_arrow_cells(table, frame, "t.parquet", lines))
    assert fast == slow


@settings(max_examples=100, deadline=None)
@given(st.lists(TEXT, min_size=1, max_size=6))
def test_a_text_column_is_checked_for_look_alikes_as_a_column_of_python_text(values):
    lines = np.arange(1, len(values) + 1)
    arrow = pd.DataFrame({"id": pd.array(values, dtype="str"), "_line": lines})
    python = pd.DataFrame({"id": pd.Series(values, dtype=object), "_line": lines})
    assert isinstance(arrow["id"].dtype, pd.StringDtype) and python["id"].dtype == object
    assert _outcome(lambda: check_table(arrow, "t.parquet")) == _outcome(lambda: check_table(python, "t.parquet"))

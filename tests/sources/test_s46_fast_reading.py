"""A table's look-alike check passes over a plain column on the bytes of its Arrow text
(``lookalike.plain_ascii``), and says a column is plain only when each of its cells is: ASCII
text without a control character, as the check cell by cell reads them."""
import pandas as pd
import pyarrow as pa
import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reconcile.errors import InputError
from reconcile.sources.lookalike import _CONTROL, check_table, plain_ascii

CELLS = st.lists(st.one_of(st.none(), st.text(alphabet="ab -\t\n\r\x07\x1b\x7f\x85é\u200bｅ", max_size=8)),
                 max_size=8)


def _plain(values: list, strict: bool) -> bool:
    return all(v is None or (v.isascii() and _CONTROL[strict].search(v) is None) for v in values)


@settings(max_examples=300, deadline=None)
@given(CELLS, st.booleans(), st.sampled_from([pa.string(), pa.large_string()]), st.integers(0, 3))
def test_a_column_is_plain_ascii_exactly_when_each_of_its_cells_is(values, strict, kind, skip):
    column = pd.Series(pd.array(pa.chunked_array([pa.array(values, kind)], kind), dtype="str"))
    assert plain_ascii(column, strict) == _plain(values, strict)
    rest = column.iloc[skip:]                       # a slice: its Arrow chunk begins at an offset
    assert plain_ascii(rest, strict) == _plain(values[skip:], strict)


def test_a_column_that_is_not_arrow_text_is_looked_at_cell_by_cell():
    assert not plain_ascii(pd.Series(["a", "b"], dtype=object), True)


@pytest.mark.parametrize("field, value", [("id", "c\x07"), ("via", "b\x1b[2J"), ("topic", "t\u200b"),
                                          ("source", "a\ufeff"), ("part_of", "ｅxample")])
def test_a_look_alike_in_an_arrow_text_column_is_refused_at_its_line(field, value):
    frame = pd.DataFrame({field: pd.array(["a", None, value], dtype="str"), "_line": [1, 2, 3]})
    with pytest.raises(InputError) as caught:
        check_table(frame, "t.parquet")
    assert (caught.value.line, caught.value.field) == (3, field)


def test_a_parquet_tables_text_within_the_cell_limit_in_bytes_is_not_measured_cell_by_cell(monkeypatch):
    import numpy as np
    import pyarrow.compute as pc

    from reconcile.sources import tables

    table = pa.table({"quote": pa.array(["a" * 100, None, "é" * 50]), "population": pa.array([["x"], [], None])})
    frame = tables.arrow_frame(table, "t.parquet", np.arange(1, 4))
    monkeypatch.setattr(pc, "utf8_length", lambda *a, **k: pytest.fail("measured cell by cell"))
    tables._check_arrow_cells(table, frame, "t.parquet", np.arange(1, 4))    # 300 bytes: within 256 KB at a look


def test_a_parquet_tables_text_is_pandas_str_dtype():
    import numpy as np

    from reconcile.sources import tables

    frame = tables.arrow_frame(pa.table({"quote": pa.array(["a", ""])}), "t.parquet", np.arange(1, 3))
    assert frame["quote"].dtype == pd.api.types.pandas_dtype("str") and tables._text_dtype() is tables._text_dtype()

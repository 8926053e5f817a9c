"""Session 40: new users' reports on claims tables (SPEC.md §3) and ClaimReview input."""
from __future__ import annotations

import io

import pytest

from readers import load
from tests.conftest import TOPIC
from tests.sources.test_s37_tables import _pointed


def _parquet(**columns) -> bytes:
    pd = pytest.importorskip("pandas")
    pytest.importorskip("pyarrow")
    out = io.BytesIO()
    pd.DataFrame(columns).to_parquet(out, index=False)
    return out.getvalue()


def test_a_parquet_column_of_empty_cells_is_unspecified(make_project):
    """pandas stores a column of None as Arrow's null type; it was refused ("holds null")."""
    maker = make_project()
    maker.source("b")
    _pointed(maker, "t.parquet", _parquet(source=[None, "b"], topic=[TOPIC, TOPIC], value=["109", "500"],
                                          place=[None, None], via=[None, None], population=[[], []]))
    claims = load(maker)[1].sort_values("line")
    assert list(claims["source"]) == ["a", "b"] and list(claims["via"]) == [None, "a"]
    assert claims["place"].isna().all() and [tuple(p) for p in claims["population"]] == [(), ()]


def test_a_parquet_source_column_with_no_name_in_it_is_the_pointing_source(make_project):
    maker = make_project()
    _pointed(maker, "t.parquet", _parquet(source=[None, None], topic=[TOPIC, TOPIC], value=["109", "500"]))
    assert list(load(maker)[1]["source"]) == ["a", "a"]


def test_whole_numbers_of_a_parquet_float_column_are_read_as_integers(make_project):
    """value [500, 109.5] (float64) had the text "500.0", and as_of 2019.0 was a bad date."""
    maker = make_project()
    _pointed(maker, "t.parquet", _parquet(topic=[TOPIC] * 3, value=[500, 109.5, 7], as_of=[2019, 2020, None]))
    claims = load(maker)[1].sort_values("line")
    assert list(claims["text"]) == ["500", "109.5", "7"]
    assert list(claims["as_of"].fillna("-")) == ["2019", "2020", "-"]

"""Session 40: new users' reports on claims tables (SPEC.md §3) and ClaimReview input."""
from __future__ import annotations

import io
import json

import pytest
from click.testing import CliRunner

from readers import error_of, load
from reconcile.cli.main import main
from tests.conftest import TOPIC
from tests.sources.test_s37_tables import _pointed


def _review(value: str, appearance=None, author="Migración Colombia") -> dict:
    item = {"@type": "Claim", "author": {"@type": "Organization", "name": author}, "datePublished": "2019-03-07"}
    if appearance is not None:
        item["appearance"] = appearance
    return {"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": f"{value} soldiers crossed",
            "about": TOPIC, "itemReviewed": item}


def _shared_alias(maker) -> None:
    maker.source("a1", name="Agency One", aliases=["The Agency"])
    maker.source("a2", name="Agency Two", aliases=["The Agency"])


def test_a_table_row_naming_a_shared_alias_is_an_error(make_project):
    """README: a name or alias two sources share is an error; write the id (the row went to a1, exit 0)."""
    maker = make_project()
    _shared_alias(maker)
    maker.write("sources/t.csv", f"source,topic,value\na1,{TOPIC},400\nthe agency,{TOPIC},500\n")
    error = error_of(maker)
    assert (error.file, error.line, error.field) == ("sources/t.csv", 3, "source")
    assert "a1 or a2" in error.message and "a1" in error.hint
    result = CliRunner().invoke(main, ["report", str(maker.root)])
    assert result.exit_code == 2 and "Traceback" not in result.output
    assert "sources/t.csv:3" in result.output and "a1 or a2" in result.output


def test_a_pointed_table_row_naming_a_shared_alias_is_an_error(make_project):
    maker = make_project()
    _shared_alias(maker)
    _pointed(maker, "a.csv", f"source,topic,value\n,{TOPIC},400\nThe Agency,{TOPIC},500\n")
    error = error_of(maker)
    assert (error.file, error.line, error.field) == ("sources/a.csv", 3, "source") and "a1 or a2" in error.message


def test_a_claimreview_author_naming_a_shared_alias_is_an_error(make_project):
    maker = make_project()
    _shared_alias(maker)
    maker.write("sources/reviews.jsonld", json.dumps([_review("500", author="The Agency")]))
    error = error_of(maker)
    assert (error.file, error.line) == ("sources/reviews.jsonld", 1) and "a1 or a2" in error.message


def test_a_shared_alias_is_still_fine_where_an_id_names_the_source(make_project):
    maker = make_project()
    _shared_alias(maker)
    maker.write("sources/t.csv", f"source,topic,value\na2,{TOPIC},500\n")
    assert list(load(maker)[1]["source"]) == ["a2"]


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

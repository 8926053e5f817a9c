"""Session 40: new users' reports on claims tables (SPEC.md §3) and ClaimReview input."""
from __future__ import annotations

import datetime
import io
import json

import pytest
from click.testing import CliRunner

import reconcile
from readers import error_of, load
from reconcile.cli.main import main
from tests.conftest import TOPIC
from tests.sources.test_s37_tables import _pointed
from tests.sources.test_s38_tables import _workbook


def _review(value: str, appearance=None, author="Migración Colombia") -> dict:
    item = {"@type": "Claim", "author": {"@type": "Organization", "name": author}, "datePublished": "2019-03-07"}
    if appearance is not None:
        item["appearance"] = appearance
    return {"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": f"{value} soldiers crossed",
            "about": TOPIC, "itemReviewed": item}


def _outlets(maker) -> None:
    maker.source("bi", name="Business Insider", kind="media")
    maker.source("et", name="El Tiempo", kind="media")


def _two_outlets() -> str:
    return json.dumps([
        _review("More than 500", {"@type": "CreativeWork", "url": "https://bi.example/a",
                                  "publisher": {"@type": "Organization", "name": "Business Insider"}}),
        _review("About 300", {"@type": "CreativeWork", "url": "https://et.example/b",
                              "publisher": {"@type": "Organization", "name": "El Tiempo"}})])


def test_a_claimreview_appearance_is_the_claims_via(make_project):
    maker = make_project()
    _outlets(maker)
    maker.write("sources/reviews.jsonld", _two_outlets())
    claims = load(maker)[1].set_index("url")
    assert claims.loc["https://bi.example/a", "via"] == "bi" and claims.loc["https://et.example/b", "via"] == "et"


def test_one_claimant_read_in_two_outlets_is_a_quotation_mismatch(make_project):
    """SPEC §5: same scope, one claimant, same statement, different outlets: quotation-mismatch (it was a
    value-conflict, both claims' via null)."""
    maker = make_project()
    _outlets(maker)
    maker.write("sources/reviews.jsonld", _two_outlets())
    report = json.loads(reconcile.run(maker.root, format="json"))
    assert [f["kind"] for f in report["findings"] if f["verdict"] == "conflict"] == ["quotation-mismatch"]


@pytest.mark.parametrize(("appearance", "via"), [
    ({"url": "https://et.example/b", "publisher": "El Tiempo"}, "et"),
    ([{"url": "https://et.example/b", "publisher": {"name": "El Tiempo"}}, {"url": "https://bi.example/a"}], "et"),
    ({"url": "https://et.example/b", "author": {"@type": "Organization", "name": "El Tiempo"}}, "et"),
    ({"url": "https://et.example/b", "author": "el tiempo"}, "et"),
    ({"url": "https://et.example/b", "publisher": {"name": "Business Insider"}, "author": "El Tiempo"}, "bi"),
    ({"url": "https://et.example/b"}, None),
    ("https://et.example/b", None),
])
def test_an_appearance_names_its_outlet_in_each_form_schema_org_allows(make_project, appearance, via):
    maker = make_project()
    _outlets(maker)
    maker.write("sources/reviews.jsonld", json.dumps([_review("500", appearance)]))
    claim = load(maker)[1].iloc[0]
    assert (claim["via"], claim["url"]) == (via, "https://et.example/b")


def test_an_appearance_refers_to_its_publisher_by_id(make_project):
    maker = make_project()
    _outlets(maker)
    graph = [{"@id": "#et", "@type": "Organization", "name": "El Tiempo"},
             _review("500", {"url": "https://et.example/b", "publisher": {"@id": "#et"}})]
    maker.write("sources/reviews.jsonld", json.dumps({"@context": "https://schema.org", "@graph": graph}))
    assert load(maker)[1].iloc[0]["via"] == "et"


def test_an_outlet_no_source_declares_becomes_a_media_source_listed_in_the_report(make_project):
    """SPEC §6: sources lists every declared or created source, outlets named only in via included."""
    maker = make_project()
    maker.write("sources/reviews.jsonld", _two_outlets())
    report = json.loads(reconcile.run(maker.root, format="json"))
    sources = {s["id"]: (s["name"], s["kind"]) for s in report["sources"]}
    assert sources == {"migracion-colombia": ("Migración Colombia", "other"),
                       "business-insider": ("Business Insider", "media"), "el-tiempo": ("El Tiempo", "media")}
    assert {c["via"] for c in report["claims"]} == {"business-insider", "el-tiempo"}
    assert report["summary"]["sources"] == 3


def test_an_outlet_two_sources_name_alike_is_an_error(make_project):
    maker = make_project()
    maker.source("a1", name="Agency One", aliases=["The Agency"])
    maker.source("a2", name="Agency Two", aliases=["The Agency"])
    maker.write("sources/reviews.jsonld", json.dumps([_review("500", {"url": "https://x.example",
                                                                      "publisher": "the agency"})]))
    error = error_of(maker)
    assert (error.file, error.line, error.field) == ("sources/reviews.jsonld", 1, "itemReviewed.appearance.publisher")
    assert "a1 or a2" in error.message


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


def _ids(maker) -> list[str]:
    return sorted(load(maker)[1]["id"])


def test_a_claim_has_the_same_derived_id_in_a_table_as_in_yaml(make_project, tmp_path):
    """The population as text ("soldiers") and a spreadsheet's date had given a table's claim another id."""
    yaml_claims = [{"topic": TOPIC, "value": "more than 500", "place": "CO", "population": ["soldiers", "police"],
                    "as_of": "2019-03-07"},
                   {"topic": TOPIC, "value": 109, "population": ["soldiers"], "stated_on": "2019-03"}]
    written = make_project()
    written.source("a", *yaml_claims)
    ids = _ids(written)
    csv = make_project()
    csv.root = tmp_path / "csv"
    csv.topics({"id": TOPIC, "unit": "people"})
    _pointed(csv, "t.csv", f"topic,value,place,population,as_of,stated_on\n{TOPIC},more than 500,CO,"
                           f'"soldiers, police",2019-03-07,\n{TOPIC},109,,soldiers,,2019-03\n')
    assert _ids(csv) == ids
    sheet = make_project()
    sheet.root = tmp_path / "xlsx"
    sheet.topics({"id": TOPIC, "unit": "people"})
    _pointed(sheet, "t.xlsx", _workbook([["topic", "value", "place", "population", "as_of", "stated_on"],
                                         [TOPIC, "more than 500", "CO", "soldiers and police",
                                          datetime.datetime(2019, 3, 7), None],
                                         [TOPIC, 109, None, "[soldiers]", None, "2019-03"]]))
    assert _ids(sheet) == ids


def test_a_claim_read_through_a_pointing_source_has_the_id_it_has_in_yaml_with_that_via(make_project, tmp_path):
    """The via a pointing source implies is its id, as a source file writes it: the same id (it already was)."""
    written = make_project()
    written.source("desk", kind="media")
    written.source("mc", {"topic": TOPIC, "value": 500, "via": "desk"})
    table = make_project()
    table.root = tmp_path / "table"
    table.topics({"id": TOPIC, "unit": "people"})
    table.source("mc")
    table.write("sources/desk.yaml", "source: {id: desk, name: Desk, kind: media}\nclaims: t.csv\n")
    table.write("sources/t.csv", f"source,topic,value\nmc,{TOPIC},500\n")
    assert _ids(table) == _ids(written)


def test_yaml_derived_ids_are_as_they_were(make_project):
    """Deriving table ids as YAML ones changed no YAML id (ids computed before session 40)."""
    maker = make_project({"id": "deaths", "unit": "people"})
    maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims:\n  - {topic: deaths, value: 109, place: CO}\n"
                                  '  - {topic: deaths, value: "more than 500", place: CO, population: [soldiers]}\n')
    assert _ids(maker) == ["a-6714dd160401fd04", "a-fdc596a264e02d7a"]


@pytest.mark.parametrize("appearance", [[[{"url": "https://a.example/1", "publisher": "Diario"}]], 0, 5, True])
def test_a_malformed_appearance_is_an_error_not_a_claim_without_its_outlet(make_project, appearance):
    """A list in the list, or a number, had been read as no appearance at all (0) or an error (5):
    the claim lost its url and outlet without a word."""
    maker = make_project()
    maker.write("sources/reviews.jsonld", json.dumps([_review("500", appearance)]))
    result = CliRunner().invoke(main, ["report", str(maker.root), "--no-validate"])
    assert result.exit_code == 2, result.output
    assert "itemReviewed.appearance must be a CreativeWork or its url" in result.output
    assert "Traceback" not in result.output

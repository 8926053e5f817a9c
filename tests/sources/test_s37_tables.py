"""Names and tags from tables and ClaimReview in other scripts, and compiled names that collide
with a declared source (session 37, what a new user found)."""
from __future__ import annotations

import io
import json

import pytest

from readers import error_of, load


def _frame(maker):
    return load(maker)[1].set_index("id")


def _pointed(maker, table: str, content) -> None:
    """Source "a" and the table its file points at (``claims: a.csv``)."""
    maker.write("sources/a.yaml", f"source: {{id: a, name: A}}\nclaims: {table}\n")
    maker.write(f"sources/{table}", content)


def _reviews(*authors: str) -> str:
    return json.dumps([{"@type": "ClaimReview", "claimReviewed": f"{500 + i} soldiers", "about": "defections",
                        "itemReviewed": {"@type": "Claim", "author": {"name": author}}}
                       for i, author in enumerate(authors)])


def test_compiled_names_in_other_scripts_become_sources_of_their_own(make_project):
    """"ТАСС" and "新华社" had both become the source "" (one claimant, a value-conflict with itself)."""
    maker = make_project()
    maker.write("sources/wiki.yaml", "source: {id: wiki, name: Wikipedia, compiles: true}\nclaims: wiki.csv\n")
    maker.write("sources/wiki.csv", "source,id,topic,value\nТАСС,a,defections,5\n新华社,b,defections,6\n"
                                    "тасс,c,defections,7\n")
    project, frame = load(maker)
    assert dict(frame.set_index("id")["source"]) == {"a": "tass", "b": "xinhuashe", "c": "tass"}
    assert (project.sources["tass"].name, project.sources["xinhuashe"].name) == ("ТАСС", "新华社")


def test_claimreview_authors_in_other_scripts_are_two_sources(make_project):
    maker = make_project()
    maker.write("sources/reviews.jsonld", _reviews("新华社", "ТАСС"))
    frame = load(maker)[1]
    assert sorted(frame["source"]) == ["tass", "xinhuashe"] and not frame["id"].str.startswith("-").any()


@pytest.mark.parametrize("cells, tags", [
    ("солдаты,погибшие", (["soldaty"], "pogibshie")),   # another script: transliterated, not ""
    ("[],", ([], None)),                                 # an empty list written as a cell: unspecified
    ('"[soldiers, police]",', (["police", "soldiers"], None)),
])
def test_table_population_and_criterion_cells(make_project, cells, tags):
    maker = make_project()
    _pointed(maker, "a.csv", f"id,topic,value,population,criterion\nx,defections,5,{cells}\n")
    row = _frame(maker).loc["x"]
    assert (list(row["population"]), row["criterion"] if isinstance(row["criterion"], str) else None) == tags


@pytest.mark.parametrize("cells, field", [("!!!,crossed", "population"), ("soldiers,!!!", "criterion"),
                                          ('"soldiers, ...",crossed', "population")])
def test_a_tag_with_no_letters_or_digits_is_an_error_at_its_line(make_project, cells, field):
    """It was the tag "": no scope at all, yet equal to every other such tag."""
    maker = make_project()
    _pointed(maker, "a.csv", "topic,value,population,criterion\ndefections,5,soldiers,crossed\n"
                                 f"defections,6,{cells}\n")
    error = error_of(maker)
    assert (error.file, error.line, error.field) == ("sources/a.csv", 3, field)
    assert "no letters or digits" in error.message and "in words" in error.hint


def test_a_parquet_list_cell_with_a_null_entry_drops_it(make_project):
    """[soldiers, null] had given the tag "none"."""
    import pyarrow as pa
    import pyarrow.parquet as pq

    maker = make_project()
    sink = io.BytesIO()
    pq.write_table(pa.table({"id": ["x"], "topic": ["defections"], "value": ["5"],
                             "population": [["soldiers", None]]}), sink)
    _pointed(maker, "a.parquet", sink.getvalue())
    assert list(_frame(maker).loc["x", "population"]) == ["soldiers"]


def test_a_compiled_name_whose_slug_is_a_declared_sources_id_is_an_error(make_project):
    """"Cruz Roja" (slug cruz-roja) was silently credited to Cruz Roja Colombiana (id cruz-roja)."""
    maker = make_project()
    maker.source("cruz-roja", name="Cruz Roja Colombiana")
    maker.write("sources/wiki.yaml", "source: {id: wiki, name: Wikipedia, compiles: true}\nclaims: wiki.csv\n")
    maker.write("sources/wiki.csv", "source,topic,value\nCruz Roja Colombiana,defections,5\nCruz Roja,defections,6\n")
    error = error_of(maker)
    assert (error.file, error.line, error.field) == ("sources/wiki.csv", 3, "source")
    assert '"cruz-roja" is Cruz Roja Colombiana' in error.message and "sources/cruz-roja.yaml" in error.hint
    maker.source("cruz-roja", name="Cruz Roja Colombiana", aliases=["Cruz Roja"])   # the fix the hint gives
    assert set(load(maker)[1]["source"]) == {"cruz-roja"}


def test_a_claimreview_author_whose_slug_is_a_declared_sources_id_is_an_error(make_project):
    maker = make_project()
    maker.source("cruz-roja", name="Cruz Roja Colombiana")
    maker.write("sources/reviews.jsonld", _reviews("Cruz Roja"))
    error = error_of(maker)
    assert (error.file, error.field) == ("sources/reviews.jsonld", "author") and "aliases" in error.hint


def _workbook(rows) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


@pytest.mark.parametrize("rows, line, field, words", [
    # a value under a column with no name (it was dropped: two populations read as none, a value-conflict)
    ([["topic", "value", None], ["defections", 500, "soldiers"], ["defections", 109, "police"]], 2, "C", "no name"),
    ([["topic", None, "value"], ["defections", "x", 5]], 2, "B", "no name"),
    # the header in row 2 under an empty row 1 (it gave 0 claims and exit 0)
    ([[None], ["topic", "value"], ["defections", "not a number"]], 1, None, "first row is empty"),
])
def test_an_xlsx_value_under_no_column_name_is_an_error(make_project, rows, line, field, words):
    maker = make_project()
    _pointed(maker, "a.xlsx", _workbook(rows))
    error = error_of(maker)
    assert (error.file, error.line, error.field) == ("sources/a.xlsx", line, field) and words in error.message


def test_an_xlsx_with_blank_cells_beside_its_columns_still_reads(make_project):
    maker = make_project()
    _pointed(maker, "a.xlsx", _workbook([["id", "topic", "value", None, None], ["x", "defections", 5, None, "  "]]))
    assert _frame(maker).loc["x", "lower"] == 5


def test_a_pointed_table_named_alone_is_read_through_its_source_file(make_project):
    """`reconcile report sources/a.csv` had refused the empty source cells ("missing source")
    and read a row naming another source without its via."""
    import reconcile

    maker = make_project()
    maker.source("mindef", name="Ministry of Defence")
    maker.write("sources/agencia.yaml", "source: {id: agencia, name: Agencia}\nclaims: a.csv\n")
    maker.write("sources/a.csv", "id,topic,value,source\nx,defections,500,\ny,defections,109,Ministry of Defence\n")
    whole = load(maker)[1].set_index("id")
    alone = reconcile.normalize(reconcile.read([maker.root / "sources" / "a.csv"])).frame.set_index("id")
    for frame in (whole, alone):
        assert (frame.loc["x", "source"], frame.loc["y", "source"], frame.loc["y", "via"]) == ("agencia", "mindef",
                                                                                           "agencia")


@pytest.mark.parametrize("language", ["es", "es-CO", {"@type": "Language", "name": "Spanish", "alternateName": "es"}])
def test_a_claimreview_in_spanish_reads_its_figure_in_spanish(make_project, language):
    """inLanguage was ignored: "12.000 detenidos" read as 12."""
    maker = make_project()
    reviews = json.loads(_reviews("Agencia"))
    reviews[0]["claimReviewed"] = "Hubo 12.000 detenidos"
    reviews[0]["inLanguage"] = language
    maker.write("sources/reviews.jsonld", json.dumps(reviews))
    frame = load(maker)[1]
    assert (frame["lower"].iloc[0], frame["lang"].iloc[0]) == (12000, "es")


def test_a_parquet_table_with_pandas_categories_is_read_as_their_values(make_project):
    """pandas writes a category as a Parquet dictionary: it was refused ("holds dictionary<...>")."""
    import pandas as pd

    maker = make_project()
    frame = pd.DataFrame({"id": ["x", "y"], "topic": ["defections", "defections"], "value": [5, 6],
                          "place": ["CO", "CO-NSA"]})
    frame["topic"] = frame["topic"].astype("category")
    frame["place"] = frame["place"].astype("category")
    sink = io.BytesIO()
    frame.to_parquet(sink)
    _pointed(maker, "a.parquet", sink.getvalue())
    read = _frame(maker)
    assert list(read["place"]) == ["CO", "CO-NSA"] and set(read["topic"]) == {"defections"}


def test_an_xlsx_value_that_a_spreadsheet_made_a_date_says_so(make_project):
    """It was "6 quantities in one stated value ('2019', '03', '07', '00', '00', '00')"."""
    import datetime

    maker = make_project()
    _pointed(maker, "a.xlsx", _workbook([["topic", "value"], ["defections", datetime.datetime(2019, 3, 7)]]))
    error = error_of(maker)
    assert (error.file, error.line, error.field) == ("sources/a.xlsx", 2, "value")
    assert "not a date" in error.message and "format the column as text" in error.message


def test_a_workbook_whose_first_sheet_is_hidden_is_refused(make_project):
    """The hidden sheet's figure (111) had been read, and the visible one's (999) ignored, silently."""
    import openpyxl

    book = openpyxl.Workbook()
    hidden = book.active
    hidden.title = "Sheet1"
    for row in (["id", "topic", "value"], ["x", "defections", 111]):
        hidden.append(row)
    hidden.sheet_state = "hidden"
    shown = book.create_sheet("Visible")
    for row in (["id", "topic", "value"], ["x", "defections", 999]):
        shown.append(row)
    buffer = io.BytesIO()
    book.save(buffer)
    maker = make_project()
    _pointed(maker, "a.xlsx", buffer.getvalue())
    error = error_of(maker)
    assert (error.file, error.line) == ("sources/a.xlsx", 1) and '"Sheet1", is hidden' in error.message


@pytest.mark.parametrize("document", [
    # the author by reference, as @graph documents write it ("no itemReviewed.author")
    {"@context": "https://schema.org", "@graph": [
        {"@type": "Organization", "@id": "https://fc.example/#minsa", "name": "Ministerio de Salud"},
        {"@type": "ClaimReview", "claimReviewed": "Murieron más de 500 personas", "about": "defections",
         "itemReviewed": {"@type": "Claim", "author": {"@id": "https://fc.example/#minsa"}}}]},
    # held by a page, and typed by its IRI ("no ClaimReview found")
    {"@context": "https://schema.org", "@type": "WebPage", "mainEntity": {
        "@type": "http://schema.org/ClaimReview", "claimReviewed": "Murieron más de 500 personas",
        "about": "defections",
        "itemReviewed": {"@type": "Claim", "author": {"@type": "Organization", "name": "Ministerio de Salud"}}}},
])
def test_claimreview_shapes_json_ld_writes(make_project, document):
    maker = make_project()
    maker.write("sources/reviews.jsonld", json.dumps(document))
    frame = load(maker)[1]
    assert (list(frame["source"]), frame["lower"].iloc[0]) == (["ministerio-de-salud"], 500)


def test_a_claimreview_with_two_authors_is_an_error_not_the_first(make_project):
    """The second author had been dropped without a word."""
    maker = make_project()
    reviews = json.loads(_reviews("A"))
    reviews[0]["itemReviewed"]["author"] = [{"name": "Минздрав"}, {"name": "Иван Петров"}]
    maker.write("sources/reviews.jsonld", json.dumps(reviews))
    error = error_of(maker)
    assert error.field == "itemReviewed.author" and "2 authors" in error.message


def test_a_name_that_mixes_scripts_says_so(make_project):
    """"Минздрaв" (a Latin "a" among Cyrillic) was offered the declared "minzdrav" with no word of why it differs."""
    maker = make_project()
    maker.source("minzdrav", name="Минздрав")
    _pointed(maker, "a.csv", "source,topic,value\nМинздрaв,defections,5\n")
    error = error_of(maker)
    assert "it mixes CYRILLIC and LATIN letters" in error.message

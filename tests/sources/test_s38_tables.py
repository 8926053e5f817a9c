"""Session 38: tables as a new user's spreadsheets write them. A column of whole numbers with a blank cell had
been read as floats ("1.0", "2019.0": a part_of naming no claim, a year that is no date), and a cell formatted
as a percentage (30%, stored 0.3) as the fraction."""
from __future__ import annotations

import io

import pytest


from readers import error_of, load
from tests.sources.test_s37_tables import _pointed


def _workbook(rows, formats=()) -> bytes:
    import openpyxl

    book = openpyxl.Workbook()
    for row in rows:
        book.active.append(row)
    for cell, number_format in formats:
        book.active[cell].number_format = number_format
    buffer = io.BytesIO()
    book.save(buffer)
    return buffer.getvalue()


def test_whole_numbers_in_a_column_with_blanks_stay_whole(make_project):
    maker = make_project()
    _pointed(maker, "a.xlsx", _workbook([["id", "topic", "value", "part_of", "as_of"],
                                         [1.0, "defections", 500.0, None, 2019.0],
                                         [2.0, "defections", 415.0, 1.0, None],
                                         [3, "defections", 2500.5, None, None]]))
    frame = load(maker)[1].set_index("id")
    assert list(frame.index) == ["1", "2", "3"]
    assert frame.loc["2", "part_of"] == "1" and frame.loc["1", "as_of"] == "2019"
    assert (frame.loc["1", "text"], frame.loc["3", "text"]) == ("500", "2500.5")


def test_a_cell_formatted_as_a_percentage_is_that_percentage(make_project):
    maker = make_project({"id": "share", "unit": "percent"})
    _pointed(maker, "a.xlsx", _workbook([["id", "topic", "value"], ["x", "share", 0.3], ["y", "share", 0.125]],
                                        formats=[("C2", "0%"), ("C3", "0.0%")]))
    frame = load(maker)[1].set_index("id")
    assert (frame.loc["x", "lower"], frame.loc["y", "lower"]) == (30, 12.5)


def test_a_percentage_in_a_topic_of_people_is_still_an_error(make_project):
    maker = make_project()
    _pointed(maker, "a.xlsx", _workbook([["topic", "value"], ["defections", 0.3]], formats=[("B2", "0%")]))
    assert "percent" in str(error_of(maker))


def test_a_reviewed_claim_with_a_year_or_a_date_states_its_one_quantity(make_project):
    """A published review's sentence often carries its date; "holds 2 quantities" had refused it."""
    import json

    maker = make_project()
    reviews = [{"@type": "ClaimReview", "claimReviewed": text, "about": "defections",
                "itemReviewed": {"@type": "Claim", "author": {"name": "Agency A"}}}
               for text in ("More than 500 soldiers crossed into Colombia in 2019",
                            "Desde el 23 de febrero, más de 400 militares han cruzado")]
    maker.write("sources/reviews.jsonld", json.dumps(reviews))
    frame = load(maker)[1]
    assert sorted(zip(frame["lower"], frame["qualifier"])) == [(400, "more-than"), (500, "more-than")]


def test_a_reviewed_claim_of_two_figures_names_them(make_project):
    import json

    maker = make_project()
    maker.write("sources/reviews.jsonld", json.dumps({
        "@type": "ClaimReview", "claimReviewed": "500 soldiers and 100 police crossed", "about": "defections",
        "itemReviewed": {"@type": "Claim", "author": {"name": "Agency A"}}}))
    assert 'holds 2 quantities ("500", "100")' in str(error_of(maker))


@pytest.mark.parametrize("text", ["id, topic, value, lang\nc1 , defections, 415, en\n",
                                  "id, topic, value, lang\nc1 , defections, 415, en\n\nc2,defections,416,en\n"])
def test_a_space_after_each_comma_is_the_separators(make_project, text):
    """"c1, defections, 415": the header was trimmed but not the cells (unknown topic " defections")."""
    maker = make_project()
    _pointed(maker, "t.csv", text)
    frame = load(maker)[1].set_index("id")
    assert (frame.loc["c1", "topic"], frame.loc["c1", "lower"], frame.loc["c1", "lang"]) == ("defections", 415, "en")


def test_a_quote_keeps_its_spaces_inside_the_quotes(make_project):
    maker = make_project()
    _pointed(maker, "t.csv", 'id,topic,value,quote\nc1,defections,415, " 415 crossed"\n')
    assert load(maker)[1].set_index("id").loc["c1", "quote"] == " 415 crossed"


@pytest.mark.parametrize("text", ["id,topic,value,\nc1,defections,415,\n", "id,topic,value,,\nc1,defections,415,,\n"])
def test_empty_columns_after_the_last_name_are_no_columns(make_project, text):
    maker = make_project()
    _pointed(maker, "t.csv", text)
    assert list(load(maker)[1]["id"]) == ["c1"]


def test_a_value_under_a_column_with_no_name_is_an_error_at_its_row(make_project):
    """It had been 'unknown column "Unnamed: 1"', pandas' name for it."""
    maker = make_project()
    _pointed(maker, "t.csv", "topic,,value\ndefections,x,1\n")
    error = error_of(maker)
    assert (error.file, error.line) == ("sources/t.csv", 2) and "column 2" in error.message
    assert "Unnamed" not in str(error)


def test_a_quote_never_closed_is_an_error_at_the_row_it_opens_in(make_project):
    maker = make_project()
    _pointed(maker, "t.csv", 'id,topic,value,quote\nc1,defections,415,"415 crossed\nc2,defections,416,x\n'
                             'c3,defections,417,y\n')
    error = error_of(maker)
    assert (error.file, error.line) == ("sources/t.csv", 2) and "never closed" in error.message

"""Session 39: unquoted-value as new users checked it. A quote's date, time, year or name with digits
("on March 30", "at 17:00", "Flight 370") had held a claim's value, so a value copied from the wrong number
passed; "no" before any word ("no precisó la fecha") had held a value of zero; and the finding said the
quote "holds no quantity 500" of a quote that says "more than 500"."""
from __future__ import annotations

import pytest

import reconcile
from conftest import claim
from tests.conflicts.test_s37_quotes import _unquoted


def _explanations(maker) -> list[str]:
    report = reconcile.reconcile(reconcile.normalize(reconcile.read(maker.root)))
    return [f.explanation for f in report.findings if f.kind == "unquoted-value"]


@pytest.mark.parametrize("value, quote, lang", [
    ("30", "Soldiers crossed the border on March 30.", None),
    ("7", "Los soldados cruzaron el 7 de marzo.", "es"),
    ("370", "Flight 370 disappeared with everyone aboard.", None),
    ("17", "The march started at 17:00.", None),
    ("2019", "Soldiers crossed in 2019.", None),
    ("15", "El 15 de marzo murieron 20 personas.", "es"),
    ("15", "On March 15, 20 people died.", None),
])
def test_a_date_a_time_a_year_or_a_name_in_the_quote_is_not_the_value(make_project, value, quote, lang):
    maker = make_project()
    maker.source("a", claim(id="a1", value=value, quote=quote, **({"lang": lang} if lang else {})))
    assert _unquoted(maker) == ["a1"]


@pytest.mark.parametrize("value, quote, lang", [
    ("20", "El 15 de marzo murieron 20 personas.", "es"),
    ("20", "On March 15, 20 people died.", None),
    ("415", "There, 415 soldiers crossed, according to Migration.", None),
    ("109", "Padrino López referred to the 109 soldiers as expelled.", None),
    ("none", "No deaths were reported.", None),
    ("0", "No hubo muertos.", "es"),
    ("ninguno", "No murió nadie.", "es"),
])
def test_the_quotes_own_figure_is_still_quoted(make_project, value, quote, lang):
    maker = make_project()
    maker.source("a", claim(id="a1", value=value, quote=quote, **({"lang": lang} if lang else {})))
    assert _unquoted(maker) == []


@pytest.mark.parametrize("value, quote", [
    ("ninguno", "El ministro no precisó la fecha, pero dijo que 109 soldados desertaron."),
    ("nadie", "Murieron 20 personas, según un informe que no fue publicado."),
    ("none", "The minister gave no details but said 109 soldiers defected."),
])
def test_no_before_a_word_is_no_zero_in_a_quote_that_states_a_number(make_project, value, quote):
    maker = make_project()
    maker.source("a", claim(id="a1", value=value, quote=quote))
    assert _unquoted(maker) == ["a1"]


@pytest.mark.parametrize("value, quote, says", [
    ("500", "More than 500 soldiers crossed.", '; it states "More than 500".'),
    ("30", "Soldiers crossed the border on March 30.", "; it states no quantity."),
    ("7", "Murieron 20 personas y 3 desaparecieron; 15 heridos y 40 evacuados.",
     '; it states "20 personas", "3", "15" and more.'),
])
def test_the_finding_says_what_the_quote_states(make_project, value, quote, says):
    maker = make_project()
    maker.source("a", claim(id="a1", value=value, quote=quote))
    (explanation,) = _explanations(maker)
    assert says in explanation


def test_a_quote_is_read_with_the_projects_tolerance(make_project):
    """"about 500" with a tolerance of 20% is [400, 600]: so it reads in the quote, too."""
    maker = make_project({"id": "t", "unit": "people"})
    maker.write("sources/_topics.yaml", {"topics": [{"id": "t", "unit": "people"}], "settings": {"tolerance": 0.2}})
    maker.source("a", claim(id="a1", topic="t", value="about 500", quote="Officials said around 500 people came."))
    assert _unquoted(maker) == []

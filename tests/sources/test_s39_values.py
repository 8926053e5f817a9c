"""Session 39: a count written the Spanish way with no lang and no quote ("500.000") had been read as English,
500: the README's own example ("más de medio millón" against "500.000") was a value-conflict 1,000 times apart,
not the boundary-disagreement it shows."""
from __future__ import annotations

import pytest

from conftest import claim
from readers import load


@pytest.mark.parametrize("value, lower, upper", [
    ("500.000", 500_000, 500_000), ("2.500", 2_500, 2_500), ("1.234.567", 1_234_567, 1_234_567),
    ("unos 95.000", 85_500, 104_500), ("más de 1.200", 1_200, 1_200),
])
def test_a_count_grouped_by_dots_is_spanish_thousands(make_project, value, lower, upper):
    maker = make_project()
    maker.source("a", claim(id="a1", value=value))
    row = load(maker)[1].set_index("id").loc["a1"]
    assert row["lower"] == lower and (row["upper"] == upper or row["qualifier"] == "more-than")


@pytest.mark.parametrize("fields, lower", [
    ({"lang": "en"}, 2.5),                                                   # a language written: as written
    ({"quote": "The toll was 2.500, officials said."}, 2.5),                # an English quote tells it
    ({}, 2.5),                                                               # not a count (below)
])
def test_a_written_language_a_quote_or_a_unit_keeps_the_decimal_point(make_project, fields, lower):
    topic = {"id": "length", "unit": "km"} if not fields else None
    maker = make_project(topic)
    maker.source("a", claim(id="a1", topic=topic["id"] if topic else "defections", value="2.500", **fields))
    assert load(maker)[1].set_index("id").loc["a1", "lower"] == lower


def test_the_readmes_boundary_disagreement_reads_as_shown(make_project):
    import reconcile

    maker = make_project()
    maker.source("org", claim(id="a1", value="más de medio millón"), name="Organizadores")
    maker.source("pol", claim(id="b1", value="500.000"), name="Policía")
    report = reconcile.reconcile(reconcile.normalize(reconcile.read(maker.root)))
    assert [f.kind for f in report.findings if f.verdict != "consistent"] == ["boundary-disagreement"]


@pytest.mark.parametrize("value, lang, lower", [("decenas", "es", 20), ("varias decenas", "es", 20),
                                                 ("tens of people", "en", 20), ("docenas", "es", 24),
                                                 ("dozens", "en", 24)])
def test_tens_are_their_own_band(value, lang, lower):
    """"decenas" (tens) had read as dozens' [24, 99], so "unos 20" against "decenas" did not agree."""
    from reconcile import parse_quantity

    q = parse_quantity(value, lang)
    assert (q.lower, q.upper, q.qualifier) == (lower, 99, "vague")


def test_the_tens_band_is_a_setting(make_project):
    maker = make_project()
    maker.write("sources/_topics.yaml", {"topics": [{"id": "defections", "unit": "people"}],
                                         "settings": {"bands": {"tens": [10, 90]}}})
    maker.source("a", claim(id="a1", value="decenas", lang="es"))
    row = load(maker)[1].set_index("id").loc["a1"]
    assert (row["lower"], row["upper"]) == (10, 90)

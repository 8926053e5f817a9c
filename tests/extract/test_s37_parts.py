"""A total and the list of places that breaks it down in one sentence (session 37): the total is not
in the place of its first part."""
from __future__ import annotations

import pytest

from tests.extract.test_s21_review import _by_value


@pytest.mark.parametrize("text, lang, total, first", [
    ("Más de 500 militares y policías venezolanos han cruzado a Colombia, según Migración Colombia, que detalló "
     "su distribución: Norte de Santander (415), Arauca (46), La Guajira (30), Antioquia (10).", "es",
     "Más de 500", "415"),
    ("More than 500 Venezuelan soldiers and police have crossed into Colombia, the migration agency said, "
     "listing Norte de Santander (415), Arauca (46), La Guajira (30) and Antioquia (10).", "en",
     "More than 500", "415"),
])
def test_a_total_is_in_the_country_of_its_parts_not_in_its_first_part(text, lang, total, first):
    found = _by_value(text, lang=lang, date="2019-03-07")
    assert found[first].place == "Norte de Santander" and found[first].part_of is not None
    assert found[total].place == "CO"      # was "Norte de Santander", the first part's


@pytest.mark.parametrize("text, lang, claimant", [
    ("Para la Delegación del Gobierno han sido 170.000 manifestantes.", "es", "Delegación del Gobierno"),
    ("For police there were 80,000 marchers.", "en", "police"),
])
def test_whose_view_opens_the_sentence_without_a_comma_states_the_figure(text, lang, claimant):
    """"Para la Delegación del Gobierno han sido 170.000" was the outlet's figure (the comma was required)."""
    from reconcile.extract.attribution import attributions

    assert [a.who for a in attributions(text)] == [claimant]


def test_a_view_that_is_no_one_s_stays_no_claimant():
    from reconcile.extract.attribution import attributions

    assert attributions("Para el rescate fueron 300 soldados.") == []


def test_a_quakes_magnitude_gets_a_topic_in_magnitude_not_a_count(tmp_path):
    from click.testing import CliRunner

    import yaml
    from reconcile.cli.main import main

    article = tmp_path / "quake.txt"
    article.write_text("url: https://example.org/q\ntitle: Chile quake\ndate: 2010-03-01\noutlet: Example News\n\n"
                       "A magnitude 8.8 earthquake struck Chile on Saturday, the U.S. Geological Survey said. "
                       "The death toll rose to 723, the national emergency office said.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    topics = yaml.safe_load((tmp_path / "out" / "sources" / "_topics.yaml").read_text(encoding="utf-8"))["topics"]
    units = {topic["id"].rsplit("-", 1)[-1]: topic["unit"] for topic in topics}
    assert units == {"magnitude": "magnitude", "dead": "people"}


@pytest.mark.parametrize("text, claimant", [
    ("Los organizadores dan «casi un millón» de personas.", "organizadores"),
    ("La policía daba 80.000 asistentes.", "policía"),
    ("El sindicato dio cerca de 40.000 participantes.", "sindicato"),
])
def test_a_figure_given_as_ones_own_is_attributed(text, claimant):
    from reconcile.extract.attribution import attributions

    assert [a.who for a in attributions(text)] == [claimant]


@pytest.mark.parametrize("text", ["Las madres dan a luz 3 bebés al día.",
                                  "Los médicos le dieron el alta a 30 pacientes."])
def test_giving_that_is_no_figure_attributes_nothing(text):
    from reconcile.extract.attribution import attributions

    assert attributions(text) == []


@pytest.mark.parametrize("text", ["WMATA said nearly 600,000 people had used the Metro system by 4 p.m.",
                                  "About 12,000 riders used the Metro line on Saturday, the agency said."])
def test_a_towns_name_that_names_a_system_is_no_place(text):
    """"the Metro system" had placed the count in Metro, Indonesia (ID-METRO)."""
    found = _by_value(text, date="2017-01-21")
    assert all(p.place is None or "Metro" not in p.place for p in found.values())


@pytest.mark.parametrize("text, lang, state", [
    ("The toll from the earthquake has risen to 292, Civil Protection said. Civil Protection said 154 died in "
     "Mexico City, 73 in Morelos, 45 in Puebla, 13 in Mexico state and six in Guerrero.", "en", "13"),
    ("El sismo dejó 292 muertos, según Protección Civil. Protección Civil dijo que 154 murieron en la Ciudad de "
     "México, 73 en Morelos, 45 en Puebla, 13 en el Estado de México y seis en Guerrero.", "es", "13"),
])
def test_a_state_named_after_its_country_is_the_state_and_a_part(text, lang, state):
    """"13 in Mexico state" was Mexico (MX): the list's five places were no parts of the 292 in MX."""
    proposals = _by_value(text, lang=lang, date="2017-09-21")
    assert proposals[state].place == "MX-MEX"
    total = next(k for k, p in enumerate(proposals.values()) if p.value == "292")
    assert [p.part_of for p in proposals.values() if p.value != "292"] == [total] * 5


def test_lines_of_regions_under_a_countrys_count_are_its_parts():
    """Each line had been the outlet's figure for all of Chile (CL): 38 and 64 dead "in CL" against 723."""
    text = ("La Oficina Nacional de Emergencia (ONEMI) informó que la cifra de muertos subió a 723.\n"
            "Región Metropolitana: 38 fallecidos.\nRegión del Bío Bío: 64 muertos.\nRegión del Maule: 544 muertos.")
    found = _by_value(text, lang="es", date="2010-03-01")
    assert [found[v].place for v in ("38", "64", "544")] == ["CL-RM", "CL-BI", "CL-ML"]
    assert {found[v].part_of for v in ("38", "64", "544")} == {0}
    assert {found[v].claimant for v in ("723", "38", "64", "544")} == {"ONEMI"}

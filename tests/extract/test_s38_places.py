"""Places extract knows already are not declared again (SPEC §3: ISO 3166 subdivisions are known by code
or name).

A city that is an ISO 3166 subdivision ("Ciudad de México" MX-CMX, "Bogotá" CO-DC, "Beijing" CN-BJ) is that
subdivision, not a new place in the draft _places.yaml; a name the current project's _places.yaml gives a place
is that place.

One province, one code: "Santiago" of "Santiago del Estero" is the province AR-G, as its whole name is, and a city
named in a list of its country's provinces ("Santiago del Estero, Córdoba, Santa Fe y Tucumán") is the province of
its name there and in the article's bare mentions of it.

A dateline is where the report was filed: "Beijing (dpa) -" (an agency in lower case) is one, and the place of the
event the sentence names ("floods in southern China") is the figure's.

A figure over a list of places is in what holds them: "in Bicol, Southern Tagalog and Visayas regions" is PH (GUIDE
§ place: no place of the list alone holds the count); an article that opens with a list of regions of one country
has that country as its place.

Invented articles, English and Spanish.
"""
from __future__ import annotations

import json

import pytest
import yaml
from click.testing import CliRunner

from reconcile.cli.main import main
from reconcile.extract import parse_article, propose
from reconcile.extract.place_dateline import dateline
from reconcile.extract.places import places_in


HEAD = "url: https://example.org/z\ndate: 2024-05-02\noutlet: Example News\n\n"


def _run(folder, text):
    """Extract ``text`` from ``folder`` (a project when it holds sources/), then report the draft: the
    draft's claims (their places as written), its _places.yaml entries, and the places the report reads."""
    article = folder / "article.txt"
    article.write_text(HEAD + text, encoding="utf-8")
    out = folder / "out"
    runner = CliRunner()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(folder)
        result = runner.invoke(main, ["extract", str(article), "--output", str(out)])
        assert result.exit_code == 0, result.output
        report = runner.invoke(main, ["report", str(out), "--format", "json", "--fail-on", "never"])
    assert report.exit_code == 0, report.output
    written = [c["place"] for path in sorted((out / "sources").glob("*.yaml")) if not path.name.startswith("_")
               for c in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"] if c.get("place")]
    places_path = out / "sources" / "_places.yaml"
    declared = yaml.safe_load(places_path.read_text(encoding="utf-8"))["places"] if places_path.exists() else []
    read = [c["place"] for c in json.loads(report.output)["claims"] if c.get("place")]
    return written, declared, read


@pytest.mark.parametrize("text, written, entries, code", [
    # ISO's own name: nothing to declare
    ("Según la alcaldía, unas 30.000 personas marcharon el martes en Ciudad de México.",
     "Ciudad de México", [], "MX-CMX"),
    # a name ISO does not give it: the draft gives it to the ISO place ("Distrito Capital de Bogotá")
    ("Según la alcaldía, unas 30.000 personas marcharon el martes en Bogotá.",
     "Bogotá", [{"id": "CO-DC", "aliases": ["Bogotá"]}], "CO-DC"),
    ("Police said 30,000 people marched in Mexico City on Tuesday.",
     "Mexico City", [{"id": "MX-CMX", "aliases": ["Mexico City"]}], "MX-CMX"),
    ("Police said 30,000 people marched in Beijing on Tuesday.",
     "Beijing", [{"id": "CN-BJ", "aliases": ["Beijing"]}], "CN-BJ"),
])
def test_a_city_that_is_an_iso_subdivision_is_that_subdivision_not_a_new_place(tmp_path, text, written, entries,
                                                                               code):
    assert _run(tmp_path, text) == ([written], entries, [code])


def test_a_city_whose_name_is_another_iso_places_is_declared_by_its_own_code(tmp_path):
    # "Buenos Aires" is ISO's province AR-B: no alias of the city's AR-C may take that name from it
    written, declared, read = _run(tmp_path, "Según la policía, unas 30.000 personas marcharon en Buenos Aires.")
    assert all(entry.get("aliases", []) == [] for entry in declared)
    assert read != ["AR-B"] and written == read


def test_a_name_the_project_gives_a_place_is_that_place(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "_places.yaml").write_text(
        "places:\n  - id: CO-DC\n    aliases: [Bogotá]\n"
        "  - id: CO-ORI\n    name: Orinoquía\n    parent: CO\n", encoding="utf-8")
    text = ("Según la alcaldía, unas 30.000 personas marcharon el martes en Bogotá. "
            "Migración Colombia contó 46 militares en la región de Orinoquía.")
    written, declared, read = _run(tmp_path, text)
    assert written == read == ["CO-DC", "CO-ORI"]
    # the project's own region is in the draft only so that the draft runs as it is, marked as the project's
    assert declared == [{"id": "CO-ORI", "name": "Orinoquía", "parent": "CO"}]
    places = (tmp_path / "out" / "sources" / "_places.yaml").read_text(encoding="utf-8")
    assert "your project's sources/_places.yaml declares this one" in places
    notes = [c["note"] for path in (tmp_path / "out" / "sources").glob("[!_]*.yaml")
             for c in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"] if "Orinoquía" in c["quote"]]
    assert notes and "CO-ORI, as your project's _places.yaml names it" in notes[0] and "declared in" not in notes[0]


@pytest.mark.parametrize("sentence, code", [
    ("También murió una persona en Santiago y otra en San Luis.", "AR-G"),
    ("Santiago, con casi tres mil desplazados, es la provincia más afectada.", "AR-G"),
])
def test_the_short_form_of_a_provinces_name_is_the_province(sentence, code):
    assert places_in(sentence, "AR")[0][0] == code


@pytest.mark.parametrize("sentence, code", [
    ("Murieron tres personas en Santiago.", "CL-SANTIAGO"),                 # Chile's capital, by its own name
    ("Murieron tres personas en Santiago.", "ES-SANTIAGO-DE-COMPOSTE"),     # no province of its whole name
])
def test_the_short_form_of_a_citys_name_stays_the_city(sentence, code):
    assert places_in(sentence, code[:2])[0][0] == code


PROVINCES = ("Santiago del Estero, Córdoba, Santa Fe, San Luis y Tucumán continúan este viernes con planes de "
             "emergencia. Santiago, con casi tres mil desplazados, es la provincia más afectada. En Córdoba, "
             "permanecían desplazadas unas mil cuatrocientas personas.")


def test_one_province_gets_one_code_in_an_article(tmp_path):
    written, declared, read = _run(tmp_path, PROVINCES)
    assert read == ["AR-G", "AR-X"] and declared == []


def test_a_city_listed_among_cities_or_called_a_city_stays_the_city():
    cities = propose(parse_article(HEAD + "Marcharon en Buenos Aires, Córdoba y Rosario. En Córdoba, unas "
                                   "40.000 personas marcharon.", "a.txt"), "es")
    assert [p.city for p in cities] == ["AR-CORDOBA"]
    called = propose(parse_article(HEAD + PROVINCES.replace("En Córdoba,", "En la ciudad de Córdoba,"), "a.txt"), "es")
    assert [p.city for p in called][-1] == "AR-CORDOBA"


@pytest.mark.parametrize("text, code", [
    ("Beijing (dpa) - The death toll from floods in southern China has risen to at least 170.", "CN-BEIJING"),
    ("Berlin (epd) - Rund 5000 Menschen demonstrierten.", "DE-BERLIN"),
])
def test_an_agency_in_lower_case_makes_a_dateline(text, code):
    assert dateline(text)[0] == code


def test_the_dateline_is_the_place_only_when_the_text_names_no_place_of_the_event():
    named = propose(parse_article(HEAD + "Beijing (dpa) - The death toll from three days of floods in southern "
                                  "China has risen to at least 170, state media said.", "a.txt"), "en")
    assert [p.place for p in named] == ["CN"]
    none = propose(parse_article(HEAD + "Beijing (dpa) - At least 12 people died when a bus overturned, police "
                                 "said.", "a.txt"), "en")
    assert [p.place for p in none] == ["Beijing"]


def test_a_figure_over_a_list_of_regions_is_in_their_country():
    text = ("The coast guard said the storm stranded over 4,500 passengers, drivers and cargo helpers in ports "
            "in Bicol, Southern Tagalog and Visayas regions.")
    assert [p.place for p in propose(parse_article(HEAD + text, "a.txt"), "en")] == ["PH"]


def test_an_article_that_opens_with_a_list_of_regions_is_in_their_country():
    text = ("Migración Colombia counted more than 500 soldiers: Norte de Santander (415), Orinoquía (46), "
            "La Guajira (30), Arauca (23).\n\nMigración Colombia counted more than 500 soldiers.\n\n"
            "Migración Colombia counted more than 500 soldiers in Norte de Santander, La Guajira and Arauca.")
    proposals = propose(parse_article(HEAD + text, "a.txt"), "en")
    assert [p.place for p in proposals if p.value == "more than 500"] == ["CO", "CO", "CO"]

"""Places a new user found wrong in session 39, each fixed by its mechanism.

A city declared in the draft _places.yaml lies in the region the text places it in ("in Tucson, Arizona": US-AZ),
not only in its country: with the region as parent, a count of the city is a part of the region's count, and the
report sees a part above its whole (SPEC §5).

A people's adjective names its country ("Sudanese officials ... the country": SD; "Thai flood death toll": TH),
never another: "Thai" is no town of Malaysia and "Somali" no region of Ethiopia, whatever a gazetteer holds.

Invented articles, English and Spanish.
"""
from __future__ import annotations

import json

import pytest
import yaml
from click.testing import CliRunner

from reconcile.cli.main import main
from reconcile.extract import parse_article, propose
from reconcile.extract.places import places_in

HEAD = "title: {title}\ndate: 2019-03-15\noutlet: Wire\n\n"


def _extract(folder, text, title="Report"):
    """Extract ``text`` into folder/out; the draft's claims and its _places.yaml entries, by id."""
    article = folder / "article.txt"
    article.write_text(HEAD.format(title=title) + text, encoding="utf-8")
    out = folder / "out"
    result = CliRunner().invoke(main, ["extract", str(article), "--output", str(out)])
    assert result.exit_code == 0, result.output
    claims = [c for path in sorted((out / "sources").glob("*.yaml")) if not path.name.startswith("_")
              for c in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]]
    places_path = out / "sources" / "_places.yaml"
    declared = yaml.safe_load(places_path.read_text(encoding="utf-8"))["places"] if places_path.exists() else []
    return out, claims, {entry["id"]: entry for entry in declared}


# --- a declared city's parent: the region the text places it in -------------------------------------
@pytest.mark.parametrize("text, city, parent", [
    ("Police said 40 people were arrested in Tucson, Arizona, on Friday.", "US-TUCSON", "US-AZ"),
    ("Las autoridades informaron que 12 personas murieron en Juchitán, Oaxaca.", "MX-JUCHITAN", "MX-OAX"),
    ("Floods killed 13 people in Manado, the capital of North Sulawesi province, an official said.",
     "ID-MANADO", "ID-SA"),
    ("Two people died in the port of Manzanillo, in Colima, officials said.", "MX-MANZANILLO", "MX-COL"),
    ("Los dos decesos ocurrieron en el puerto de Manzanillo, en Colima, estado del occidente de México.",
     "MX-MANZANILLO", "MX-COL"),
    ("Police said 40 people were arrested in Valencia, Carabobo state.", "VE-VALENCIA", "VE-G"),
    # the region by its word alone, named the sentence before
    ("Floods in North Sulawesi province killed 13 on Thursday. Rivers burst their banks in Manado city, the "
     "capital of the province, where 40 houses were flooded.", "ID-MANADO", "ID-SA"),
])
def test_a_declared_city_lies_in_the_region_the_text_places_it_in(tmp_path, text, city, parent):
    _, _, declared = _extract(tmp_path, text)
    assert declared[city]["parent"] == parent


@pytest.mark.parametrize("text, city", [
    # a list of regions after the city: none of them is the city's alone
    ("Police said 40 people were arrested in Tucson on Friday. The storm also hit Tucson, Arizona, Nevada and "
     "Utah.", "US-TUCSON"),
    # two regions at two mentions: the text does not say which
    ("Police said 40 people were arrested in Tucson, Arizona. Later 12 were arrested in Tucson, New Mexico.",
     "US-TUCSON"),
])
def test_a_city_the_text_places_in_no_one_region_keeps_its_country(tmp_path, text, city):
    _, _, declared = _extract(tmp_path, text)
    assert declared[city]["parent"] == city.split("-")[0]


def test_a_city_count_above_its_regions_is_an_order_conflict(tmp_path):
    out, claims, _ = _extract(tmp_path, "The state government said on Friday that 10 people had died in Oaxaca.\n\n"
                                        "The mayor of Juchitán said on Friday that 12 people had died in Juchitán, "
                                        "Oaxaca.")
    assert {c["place"] for c in claims} == {"Oaxaca", "Juchitán"}
    report = CliRunner().invoke(main, ["report", str(out), "--format", "json", "--fail-on", "never"])
    assert report.exit_code == 0, report.output
    kinds = [f["kind"] for f in json.loads(report.output)["findings"]]
    assert "order-conflict" in kinds


# --- a people's adjective names its country, never another ------------------------------------------
def _places(text: str, title: str = "Floods", lang: str = "en") -> dict[str, str | None]:
    article = parse_article(HEAD.format(title=title) + text, "a.txt")
    return {p.value: p.place for p in propose(article, lang)}


@pytest.mark.parametrize("text", [
    "Thai officials said", "Somali officials said", "a Somali flood", "Kazakh officials said", "Lao officials said",
])
def test_an_irregular_demonym_is_no_place(text):
    assert places_in(text) == [] and places_in(text, "MY") == []      # not Alor Setar, nor Ethiopia's Somali region


def test_a_region_called_so_keeps_the_name_a_demonym_has():
    assert places_in("Floods hit the Somali region of Ethiopia.")[0][:2] == ("ET-SO", "Somali")


@pytest.mark.parametrize("adjective, country", [
    ("Sudanese", "SD"), ("Thai", "TH"), ("Indian", "IN"), ("Peruvian", "PE"), ("Somali", "SO"), ("Lao", "LA"),
    ("Philippine", "PH"), ("Iraqi", "IQ"), ("Turkish", "TR"), ("Afghan", "AF"),
])
def test_officials_of_a_people_and_the_country_are_that_peoples_country(adjective, country):
    found = _places(f"{adjective} officials said on Thursday that 283 people were confirmed dead in the floods "
                    "that have hit the country.")
    assert found["283 people"] == country


@pytest.mark.parametrize("title, country", [
    ("Thai flood death toll rises to 283", "TH"), ("Somali flood death toll rises to 283", "SO"),
    ("Swiss flood death toll rises to 283", "CH"), ("Haitian flood death toll rises to 283", "HT"),
])
def test_the_titles_people_of_its_event_is_the_country(title, country):
    found = _places("A total of 283 people were confirmed dead in the floods that have hit the country, the "
                    "disaster department reported on Thursday.", title=title)
    assert found["283 people"] == country


def test_a_spanish_titles_people_of_its_event_is_the_country():
    found = _places("Un total de 20 personas murieron en el sismo que sacudió el país, informó la Defensa Civil.",
                    title="Sismo peruano deja 20 muertos", lang="es")
    assert found["20 personas"] == "PE"


def test_a_state_body_named_with_its_peoples_adjective_is_of_that_country():
    found = _places("A total of 283 people were confirmed dead in the floods that have inundated the upper part of "
                    "the country, the Thai Disaster Prevention and Mitigation Department reported on Thursday.")
    assert found["283 people"] == "TH"


def test_spanish_authorities_by_a_feminine_plural_demonym_are_that_country():
    found = _places("Las autoridades tailandesas informaron el jueves que 283 personas murieron en las "
                    "inundaciones que afectan al país.", title="Inundaciones", lang="es")
    assert found["283 personas"] == "TH"


@pytest.mark.parametrize("text", [
    "Eritrean migrants said on Thursday that 283 people had died on the way.",     # people who may be anywhere
    "The Spanish player said on Thursday that 283 fans had waited in the rain.",
])
def test_a_people_that_may_be_anywhere_places_nothing(text):
    assert list(_places(text).values()) == [None]

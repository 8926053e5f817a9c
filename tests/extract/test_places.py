"""Country-aware place lookup in extract: a name several places share is read in the article's
country first, then in the countries its sentence names, then as the most populous of them.
Sentences from the development set (tests/data/extract/dev, Wikipedia, CC BY-SA 4.0) unless
noted."""
from __future__ import annotations

import yaml
from click.testing import CliRunner

from reconcile.cli.main import main
from reconcile.extract import parse_article, propose
from reconcile.extract.fields import places_in

CHILE = ("url: https://es.wikipedia.org/wiki/La_marcha_más_grande_de_Chile\n"
         "title: La marcha más grande de Chile\ndate: 2019-10-25\nlicence: CC BY-SA 4.0\n\n"
         "La marcha más grande de Chile fue una manifestación que tuvo lugar en Santiago de Chile el "
         "25 de octubre de 2019. Participaron más de 1,2 millones de personas solo en Santiago.")


def test_santiago_in_a_chilean_article_is_chiles_capital_not_the_dominican_province():
    proposals = propose(parse_article(CHILE, "a.txt"))
    crowd = [p for p in proposals if "1,2 millones" in p.value]
    assert crowd and crowd[0].place == "Santiago" and crowd[0].city == "CL-SANTIAGO"


def test_the_article_country_comes_first_then_the_countries_the_sentence_names():
    assert places_in("Participaron más de 1,2 millones de personas solo en Santiago.", "CL")[0][0] == "CL-SANTIAGO"
    # nothing says where: the capital of a million people, not the province of that name (DO-25)
    assert places_in("en Santiago")[0][0] == "CL-SANTIAGO"
    # the sentence names the country: Sucre, a name ISO 3166 gives to provinces of two countries
    assert places_in("La marcha llegó a Sucre, Bolivia.")[0][0] == "BO-SUCRE"
    # in a Spanish article "Santiago" is the town of the accident (accidente-ferroviario-santiago-2013)
    found = places_in("a unos tres kilómetros de la estación de Santiago", "ES")
    assert found[0][0] == "ES-SANTIAGO-DE-COMPOSTE"


def test_a_city_of_a_million_is_the_city_unless_the_text_calls_it_a_province():
    text = ("República Cromañón fue una discoteca ubicada en la zona de Once en la ciudad de Buenos "
            "Aires, Argentina.")
    assert [code for code, _, _ in places_in(text, "AR")] == ["AR-BUENOS-AIRES", "AR"]
    # paraphrased from Argentine reports of the May 2025 floods
    text = "Al menos trece personas murieron en Bahía Blanca, en el sur de la provincia de Buenos Aires."
    assert "AR-B" in [code for code, _, _ in places_in(text, "AR")]
    # a subdivision whose city is smaller stays the subdivision (the regions of terremoto-chile-2010)
    text = "Las regiones afectadas (de norte a sur) fueron Valparaíso, Maule, y Biobío."
    assert [code for code, _, _ in places_in(text, "CL")] == ["CL-VS", "CL-ML", "CL-BI"]


def test_a_city_named_like_an_iso_subdivision_is_claimed_by_its_id_and_the_project_loads(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    article = tmp_path / "chile.txt"
    article.write_text(CHILE, encoding="utf-8")
    out = tmp_path / "out"
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(article), "--output", str(out)])
    assert result.exit_code == 0, result.output
    claims = [c for path in (out / "sources").glob("*.yaml") if not path.name.startswith("_")
              for c in yaml.safe_load(path.read_text(encoding="utf-8"))["claims"]]
    assert "CL-SANTIAGO" in {c.get("place") for c in claims}    # "Santiago" alone is ISO's DO-25
    places = yaml.safe_load((out / "sources" / "_places.yaml").read_text(encoding="utf-8"))["places"]
    # named apart from ISO's "Santiago" (DO-25), so a project that copies it in reads its own names as before (s45)
    assert {"id": "CL-SANTIAGO", "name": "Santiago (city)", "parent": "CL"} in places
    report = runner.invoke(main, ["report", str(out), "--format", "json", "--fail-on", "never"])
    assert report.exit_code == 0, report.output


def test_us_in_capitals_is_the_united_states_and_a_claimants_place_after_in_is_where():
    # paraphrased from AFP's report of the 2017 women's marches
    assert places_in("More than two million people filled the streets of US cities on Saturday.")[0][0] == "US"
    assert places_in("Let us go.") == []
    text = "March organizers in New York also claimed a crowd count of half a million."
    found = propose(parse_article(text, "a.txt"), "en")
    assert (found[0].claimant, found[0].place) == ("March organizers in New York", "New York")
    # a currency and a name are not the country (cyclone-nargis-2008, turkey-syria-earthquake-2023)
    assert places_in("Damage was at 13 trillion kyat (US$15.3 billion).") == []
    assert places_in("according to the US Geological Survey") == []


def test_a_country_inside_the_name_of_a_company_or_a_newspaper_is_no_place():
    assert places_in("Engineers of Air India Limited said 40 flights were cancelled.") == []
    assert places_in("Malaysia Airlines said 239 people were on board.") == []
    assert places_in("The Irish Times counted 5,000 marchers in Dublin.")[0][1] == "Dublin"
    # a country named beside such a name still is
    assert places_in("Korea Holdings opened 3 plants in Vietnam.")[0][0] == "VN"


def test_an_ocean_is_no_subdivision_unless_the_text_calls_it_one():
    from reconcile.extract.places import places_in
    assert places_in("el huracán más mortífero registrado en la cuenca del Atlántico") == []
    assert places_in("the Pacific coast of the island") == []
    assert places_in("en el departamento del Atlántico")[0][0] == "CO-ATL"

"""Extract's proposals as whole claims (issue 14; N5 D4, D5, D6, D12, D13): a figure written as two alternatives is
one proposal, a forecast is no count of the event, a body named by common words is one source per article, the body
whose estimate a figure is is not its population, a figure of the whole world has no local place, a list of parts by
place after its total (with "one each in") is a breakdown, a taka amount is money.

The sentences follow wire copy found with the `search` tool's pages corpus (crowd counts of marches, forecasts of
turnout, tolls by district), rewritten; English and Spanish.
"""
from __future__ import annotations

import pytest
import yaml

from reconcile.extract import extract_project, parse_article, propose


def _proposals(body: str, lang: str, date: str = "2011-10-18"):
    raw = f"url: https://example.org/a\noutlet: Daily Example\ndate: {date}\n\n{body}\n"
    return propose(parse_article(raw, "a.txt"), lang)


# -- N5 D4: "6 o 7 cuadras", "two or three thousand": one figure, the span of its alternatives

@pytest.mark.parametrize("lang, body, alternatives", [
    ("en", "Police said five or six people were killed when gunmen opened fire on a village in Kaduna state.",
     "five or six"),
    ("en", "Witnesses said two or three thousand people marched to the parliament on Saturday.",
     "two or three thousand"),
    ("en", "The fire killed 10 or 12 people, a fire brigade spokesman said.", "10 or 12"),
    ("en", "Organisers said 6,000 or 7,000 people joined the rally in the city centre.", "6,000 or 7,000"),
    ("en", "Local officials said one or two houses were destroyed by the landslide.", "one or two"),
    ("en", "A hospital official said 20 or 30 people were treated for smoke inhalation.", "20 or 30"),
    ("en", "Residents said four or five bodies were pulled from the river on Monday.", "four or five"),
    ("en", "Rescuers said about 40 or 50 people were still trapped under the rubble.", "about 40 or 50"),
    ("en", "The governor said 300 or 400 families had lost their homes.", "300 or 400"),
    ("en", "Police estimated the crowd at 8,000 or 9,000.", "8,000 or 9,000"),
    ("es", "Los organizadores dijeron que había 6 o 7 cuadras llenas de gente.", "6 o 7"),
    ("es", "Testigos dijeron que cinco o seis personas murieron en el ataque.", "cinco o seis"),
    ("es", "La policía calculó que dos o tres mil personas marcharon por el centro.", "dos o tres mil"),
    ("es", "Según Protección Civil, unas 40 o 50 viviendas quedaron bajo el agua.", "unas 40 o 50"),
    ("es", "El alcalde dijo que 10 o 12 personas resultaron heridas.", "10 o 12"),
    ("es", "Los bomberos informaron que siete u ocho casas fueron destruidas.", "siete u ocho"),
    ("es", "Vecinos relataron que 200 o 300 personas se concentraron frente a la alcaldía.", "200 o 300"),
    ("es", "La Cruz Roja atendió a 15 o 20 personas con síntomas de asfixia.", "15 o 20"),
    ("es", "La policía estimó la multitud en 8.000 o 9.000 personas.", "8.000 o 9.000"),
])
def test_a_figure_written_as_two_alternatives_is_one_proposal(lang, body, alternatives):
    values = [p.value for p in _proposals(body, lang)]
    assert len(values) == 1 and alternatives in values[0], values


@pytest.mark.parametrize("lang, body, values", [
    ("en", "Three people died and 5 or 6 were injured, officials said.", ["Three people", "5 or 6"]),
    ("es", "Murieron tres personas y 5 o 6 resultaron heridas, según la policía.", ["tres personas", "5 o 6"]),
])
def test_alternatives_beside_another_figure_are_one_proposal_of_their_own(lang, body, values):
    assert [p.value for p in _proposals(body, lang)] == values


def test_one_claimant_s_alternatives_make_no_conflict_in_the_report(tmp_path):
    article = tmp_path / "cuadras.txt"
    article.write_text("url: https://example.org/c\noutlet: Diario Ejemplo\ndate: 2011-10-18\n\n"
                       "Los organizadores dijeron que había 6 o 7 cuadras llenas de gente.\n", encoding="utf-8")
    files, count = extract_project([article])
    assert count == 1
    claims = yaml.safe_load(files["sources/organizadores.yaml"])["claims"]
    assert [c["value"] for c in claims] == ["6 o 7"]


# -- N5 D6: a forecast made before the event is no count of it

@pytest.mark.parametrize("lang, body", [
    ("en", "The city police had estimated before the march that some 20,000 people would attend."),
    ("es", "La Secretaría de Seguridad Ciudadana estimaba en un reporte previo a la marcha que tendría una "
           "asistencia aproximada de 20.000 personas."),
    ("en", "Organizers told the Tribune that they expected a turnout of 50,000 people."),
    ("en", "Organizers estimate 50,000 will attend."),
    ("en", "Organizers now expect about 50,000 people will attend."),
    ("en", "March on Washington organizers initially thought at least 100,000 people would gather."),
    ("en", "The Women's March on Philadelphia was expected to have around 20,000 people."),
    ("en", "The crowd size predicted earlier in the week was 20,000."),
    ("es", "Los organizadores esperaban la llegada de unas 5.000 personas."),
    ("es", "Se espera que unas 10.000 personas participen en la marcha, dijo la policía."),
    ("en", "Police expected some 30,000 fans to attend the match."),
    ("en", "Organisers anticipated a crowd of 100,000 at the rally in Hyde Park."),
    ("es", "La Secretaría de Seguridad preveía la asistencia de 15.000 personas."),
    ("es", "Los convocantes prevén que 40.000 personas asistirán a la concentración."),
    ("en", "Officials said about 5,000 people were expected to attend the vigil."),
    ("es", "El gobierno estimó que unas 2.000 personas acudirían al acto."),
    ("en", "Authorities predicted that 1 million pilgrims would attend the festival."),
    ("es", "La alcaldía pronosticó que 300.000 personas llegarían a la ciudad para el desfile."),
])
def test_a_forecast_made_before_the_event_has_a_criterion_of_its_own(lang, body):
    (proposal,) = _proposals(body, lang)
    assert proposal.criterion is not None and proposal.criterion.endswith("expected"), proposal.criterion
    assert any("a forecast made before the event" in c for c in proposal.checks), proposal.checks


@pytest.mark.parametrize("lang, body", [
    ("en", "Organizers said that some 750,000 people took part, a number far greater than expected."),
    ("en", "The death toll of 20 is expected to rise, officials said."),
    ("en", "A spokesman said almost 50,000 people showed up on Saturday."),
    ("es", "Según la policía, acudieron más de 30.000 personas, muchas más de las esperadas."),
    ("en", "The city government said on Sunday that 90,000 people attended the march."),
    ("es", "El gobierno de la ciudad informó que 90.000 personas asistieron a la marcha."),
])
def test_a_count_of_the_event_is_no_forecast(lang, body):
    assert all(not (p.criterion or "").endswith("expected") for p in _proposals(body, lang))


def test_a_forecast_and_the_count_of_the_event_land_in_topics_of_their_own(tmp_path):
    article = tmp_path / "ssc.txt"
    article.write_text("url: https://example.org/ssc\noutlet: Daily Example\ndate: 2003-01-20\n\n"
                       "The city police had estimated before the march that some 20,000 people would attend. The city "
                       "government said on Sunday that 90,000 people attended the march.\n", encoding="utf-8")
    files, _ = extract_project([article])
    police = yaml.safe_load(files["sources/city-police.yaml"])["claims"]
    government = yaml.safe_load(files["sources/city-government.yaml"])["claims"]
    assert police[0]["criterion"] == "protested-expected" and government[0]["criterion"] == "protested"
    assert police[0]["topic"] != government[0]["topic"]


# -- N5 D12: a body named by common words is one source per article

_ARTICLES = [
    ("en", "Organisers said 500,000 people marched in Washington.", "Organisers said 200,000 marched in San Francisco.",
     "organisers"),
    ("es", "Los organizadores dijeron que más de 100.000 personas marcharon en Santiago.",
     "Los organizadores calcularon en 700.000 los asistentes a la marcha en la Ciudad de México.", "organizadores"),
    ("en", "Police said 55,000 people joined the rally in London.", "Police said 3,000 people marched in Glasgow.",
     "police"),
    ("es", "La policía informó que 30.000 personas se manifestaron en Madrid.",
     "La policía cifró en 5.000 los manifestantes en Sevilla.", "policia"),
    ("en", "The Health Ministry said 120 people had died of cholera in Haiti.",
     "The Health Ministry said 45 people died of dengue in Honduras.", "health-ministry"),
    ("es", "El Ministerio de Salud informó de 80 muertos por dengue en Paraguay.",
     "El Ministerio de Salud confirmó 12 muertos por cólera en Perú.", "ministerio-de-salud"),
    ("en", "The fire department said 3 people died in a house fire in Denver.",
     "The fire department said 5 people were hurt in a blaze in Houston.", "fire-department"),
    ("en", "Organizers said 10,000 people attended the vigil in Chicago.",
     "Organizers estimated the crowd in Boston at 175,000.", "organizers"),
    ("es", "Protección Civil informó de 15 muertos por las lluvias en Tabasco.",
     "Protección Civil confirmó 7 muertos por el huracán en Chiapas.", "proteccion-civil"),
    ("en", "City police said 4,000 people marched through Portland.",
     "City police put the crowd in Seattle at 9,000.", "city-police"),
]


def _two_articles(folder, first: str, second: str) -> list:
    """Two articles of two outlets, ``first`` and ``second`` their texts."""
    paths = []
    for n, body in enumerate([first, second]):
        path = folder / f"story{n}.txt"
        path.write_text(f"url: https://example.org/{n}\noutlet: Outlet {'AB'[n]}\ndate: 2003-02-15\n\n{body}\n",
                        encoding="utf-8")
        paths.append(path)
    return paths


@pytest.mark.parametrize("lang, first, second, source_id", _ARTICLES)
def test_a_body_named_by_common_words_is_one_source_per_article(tmp_path, lang, first, second, source_id):
    files, _ = extract_project(_two_articles(tmp_path, first, second), lang=lang)
    drafted = {name: yaml.safe_load(text) for name, text in files.items()
               if name.startswith("sources/") and not name.startswith("sources/_")}
    assert drafted[f"sources/{source_id}.yaml"]["claims"]
    first_ids = {doc["source"]["id"] for doc in drafted.values() if any(
        c["url"] == "https://example.org/0" for c in doc["claims"])}
    second_ids = {doc["source"]["id"] for doc in drafted.values() if any(
        c["url"] == "https://example.org/1" for c in doc["claims"])}
    assert first_ids and second_ids and not first_ids & second_ids, (first_ids, second_ids)
    notes = [c["note"] for doc in drafted.values() for c in doc["claims"]]
    assert not any("names so before" in note for note in notes), notes
    assert any("merge the two if they are one body" in note for note in notes), notes


def test_a_body_named_by_common_words_is_one_source_within_its_article(tmp_path):
    path = tmp_path / "one.txt"
    path.write_text("url: https://example.org/1\noutlet: Outlet A\ndate: 2003-02-15\n\nOrganisers said 500,000 people "
                    "marched in Washington. Later, organisers said 20,000 people marched in Baltimore.\n",
                    encoding="utf-8")
    files, _ = extract_project([path])
    claims = yaml.safe_load(files["sources/organisers.yaml"])["claims"]
    assert len(claims) == 2


def test_a_generic_body_the_project_declares_keeps_its_id_in_every_article(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "organisers.yaml").write_text(
        "source:\n  id: organisers\n  name: organisers\nclaims: []\n", encoding="utf-8")
    paths = _two_articles(tmp_path, "Organisers said 500,000 people marched in Washington.",
                          "Organisers said 200,000 marched in San Francisco.")
    files, _ = extract_project(paths, project=tmp_path)
    assert len(yaml.safe_load(files["sources/organisers.yaml"])["claims"]) == 2


# -- N5 D13: the estimate's body is no population; the world's figure has no local place; parts after their total

@pytest.mark.parametrize("lang, body", [
    ("en", "Official police estimates put the combined total at 100,000."),
    ("en", "Police figures put the total at 8,000."),
    ("en", "Police estimates put the overall number at 60,000."),
    ("es", "Según las cifras de los Carabineros, el total fue de 10.000."),
    ("es", "Las estimaciones de la policía situaron el total en 50.000."),
])
def test_the_body_whose_estimate_a_figure_is_is_not_its_population(lang, body):
    (proposal,) = _proposals(body, lang)
    assert "police" not in proposal.population, proposal.population


@pytest.mark.parametrize("lang, body, population", [
    ("en", "Police said 12 police officers were injured in the clashes.", "police"),
    ("es", "La policía informó que 12 policías resultaron heridos.", "police"),
])
def test_counted_police_stay_the_population(lang, body, population):
    assert any(population in p.population for p in _proposals(body, lang))


@pytest.mark.parametrize("lang, body", [
    ("es", "SANTIAGO.- Más de 100 mil personas asistieron a la marcha en Santiago, según los organizadores, que se "
           "sumaron a la convocatoria realizada a nivel mundial en más de 82 países y 950 ciudades."),
    ("en", "LONDON - Protests were held in more than 900 cities around the world on Saturday."),
    ("es", "MADRID.- La convocatoria se extendió a 82 países en todo el mundo."),
    ("en", "NEW YORK - The movement said rallies took place worldwide in 82 countries."),
])
def test_a_count_of_places_across_the_world_has_no_local_place(lang, body):
    counts = [p for p in _proposals(body, lang) if {"countries", "cities"} & set(p.population)]
    assert counts and all(p.place is None for p in counts), [(p.value, p.place) for p in counts]


def test_a_figure_of_a_city_beside_the_world_s_keeps_its_city():
    body = ("LONDON - Protests in 600 cities around the world drew a million people, 100,000 of them in London, "
            "police said.")
    assert any(p.place == "London" or (p.city or "").startswith("GB") for p in _proposals(body, "en")
               if p.value.startswith("100,000"))


@pytest.mark.parametrize("lang, body, parts, total", [
    ("en", "The flood death toll reached 13 on Friday. Besides, a total of 11 districts have been inundated. Some "
           "887,629 families are waterlogged. Some four persons were reported dead in Cumilla, three in Cox's Bazar, "
           "two in Chattogram and one each in Feni, Noakhali, Lakshmipur and Brahmanbaria.", 7, "13"),
    ("en", "The death toll from the floods rose to 9 on Monday. More than 2,000 homes were damaged. Three people died "
           "in Sylhet, two in Sunamganj and one each in Habiganj, Moulvibazar, Feni and Noakhali.", 6, "9"),
    ("es", "Las lluvias dejaron 12 muertos el lunes. Unas 3.000 viviendas resultaron dañadas. Murieron cinco personas "
           "en Tabasco, tres en Chiapas, dos en Veracruz y uno en Oaxaca y otro en Puebla.", None, "12"),
])
def test_a_list_of_parts_by_place_after_its_total_is_its_breakdown(lang, body, parts, total):
    proposals = _proposals(body, lang, date="2024-08-23")
    totals = [n for n, p in enumerate(proposals) if p.value == total]
    assert totals
    linked = [p for p in proposals if p.part_of == totals[0]]
    assert len(linked) >= 4 and (parts is None or len(linked) == parts), [(p.value, p.part_of) for p in proposals]
    assert all(p.as_of == proposals[totals[0]].as_of for p in linked)


@pytest.mark.parametrize("lang, body, each", [
    ("en", "Two people died in Sylhet and one each in Habiganj, Moulvibazar and Feni.", 3),
    ("en", "Four were killed in Punjab, two in Sindh and one each in Balochistan and Khyber Pakhtunkhwa.", 2),
    ("en", "Five died in Cumilla, three in Chattogram and one each in Feni and Noakhali.", 2),
])
def test_one_each_in_a_list_of_places_is_a_figure_of_each(lang, body, each):
    ones = [p for p in _proposals(body, lang) if p.value.lower() == "one"]
    assert len(ones) == each, [(p.value, p.place) for p in _proposals(body, lang)]


# -- N5 D5: a taka amount is money, in a topic apart from the count of victims

@pytest.mark.parametrize("body", [
    "The number of flood victims in these districts is around 4.5 million. So far, some Tk 35.2 million in cash, "
    "20,150 metric ton rice and 15,000 packets of dry food have been allocated for the flood victims.",
    "About 1.2 million people are marooned. The government has allocated Tk 5 crore for relief.",
    "Nearly 300,000 people were affected. The ministry released Tk 2.5 million in cash for the victims.",
])
def test_a_taka_amount_is_money_in_a_topic_of_its_own(tmp_path, body):
    article = tmp_path / "tk.txt"
    article.write_text(f"url: https://example.org/tk\noutlet: Daily Example\ndate: 2024-08-23\n\n{body}\n",
                       encoding="utf-8")
    files, _ = extract_project([article])
    topics = {t["id"]: t for t in yaml.safe_load(files["sources/_topics.yaml"])["topics"]}
    claims = [c for name, text in files.items() if name.startswith("sources/") and not name.startswith("sources/_")
              for c in (yaml.safe_load(text)["claims"] or [])]
    money = [c for c in claims if "Tk" in c["value"]]
    assert money and all(topics[c["topic"]]["unit"] == "BDT" for c in money), money
    people = [c for c in claims if "Tk" not in c["value"] and "million" in c["value"] or "000" in c["value"]]
    assert not {c["topic"] for c in money} & {c["topic"] for c in people}


@pytest.mark.parametrize("lang, body", [
    ("en", "Forecasters said up to 200 mm of rain would fall on the coast on Friday."),
    ("es", "El servicio meteorológico pronosticó que caerían hasta 150 mm de lluvia en la costa."),
])
def test_a_forecast_criterion_is_not_marked_expected_twice(lang, body):
    for proposal in _proposals(body, lang):
        assert not (proposal.criterion or "").endswith("-forecast-expected"), proposal.criterion
        assert (proposal.criterion or "").count("expected") <= 1, proposal.criterion

"""Who states a figure in encyclopedic leads and infobox lines: an official count with no body
named (the government of the article's country), the figures of a body that "show" a count, an
infobox label that names who estimates, a
storm infobox's agency, unnamed "other sources" in a clause of their own, an event that "reports"
its own toll, a name read forwards up to the participle of the one who relays it, and a credit at
a clause's end past a figure with its own reference mark. Sentences invented for these tests, in
the manner of encyclopedia leads."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _claimants(text: str, lang: str) -> dict[str, str | None]:
    return {p.value: p.claimant for p in propose(parse_article(text, "a.txt"), lang)}


def _article(title: str, *paragraphs: str) -> str:
    return f"title: {title}\ndate: 2001-05-04\n\n" + "\n\n".join(paragraphs) + "\n"


def test_an_official_count_that_gives_the_figures_is_the_government_of_the_articles_country():
    text = _article("Incendio de Arequipa de 2001",
                    "El incendio de Arequipa ocurrió en el mercado central del Perú.",
                    "El balance oficial del incendio fue de 48 muertos, 130 heridos y se destruyeron 75 puestos.")
    assert _claimants(text, "es") == {"48": "Gobierno de Perú", "130": "Gobierno de Perú", "75": "Gobierno de Perú"}
    text = _article("2001 Arequipa fire", "The 2001 Arequipa fire broke out in a market in Peru.",
                    "The official death toll of the fire was 48, with 130 injured.")
    assert _claimants(text, "en") == {"48": "Government of Peru", "130": "Government of Peru"}
    # an official figure no verb gives is the text's own
    text = _article("Incendio de Arequipa de 2001",
                    "El incendio dejó 48 muertos, con un saldo oficial de 12 desaparecidos.")
    assert _claimants(text, "es")["12"] is None


def test_the_articles_country_is_the_titles_when_no_text_writes_it():
    # the title names one city of Mexico; the opening also names a town that has a namesake abroad
    text = _article("Explosión de Guadalajara de 2001",
                    "Heridos: 230 (según cifras oficiales)",
                    "La explosión de Guadalajara, Jalisco, afectó a las colonias Centro y San Carlos.")
    assert _claimants(text, "es") == {"230": "Gobierno de México"}


def test_a_government_figure_credited_in_brackets_is_that_countrys_government():
    assert _claimants("Deaths: 1,240 (Peruvian government figure)[3]", "en") == {"1,240": "Government of Peru"}
    assert _claimants("Muertos: 1.240 (cifra del gobierno peruano)[3]", "es") == {"1.240": "Gobierno de Peru"}


def test_an_infobox_label_names_who_estimates():
    text = _article("Lima march of 2001", "Place: Lima, Peru",
                    "Official estimation: 15,000", "Independent estimation: 40,000",
                    "Solidaridad estimation: 120,000", "Death toll estimate: 3",
                    "The Lima march was a protest in Peru.")
    assert _claimants(text, "en") == {"15,000": "Government of Peru", "40,000": None, "120,000": "Solidaridad",
                                      "3": None}
    text = _article("Marcha de Lima de 2001", "Lugar: Lima, Perú",
                    "Estimación oficial: 15.000", "Estimación de Solidaridad: 120.000",
                    "La marcha de Lima fue una protesta en el Perú.")
    assert _claimants(text, "es") == {"15.000": "Gobierno de Perú", "120.000": "Solidaridad"}
    # a label that names what is counted names no one
    assert _claimants("Casualty figures: 12", "en") == {"12": None}
    assert _claimants("Head count: 300", "en") == {"300": None}
    assert _claimants("Cifra de muertos: 300", "es") == {"300": None}
    assert _claimants("Estimación de los organizadores: 300.000", "es") == {"300.000": "organizadores"}


def test_a_storm_infobox_credits_its_measures_to_the_agency_that_heads_them():
    text = _article("Storm Alma", "10-minute sustained (Meteo-France)", "Highest winds: 110 km/h",
                    "Fatalities: 12")
    assert _claimants(text, "en") == {"110 km/h": "Meteo-France", "12": None}
    text = _article("Tormenta Alma", "Vientos sostenidos de 10 minutos (AEMET)", "Vientos máximos: 110 km/h",
                    "Fallecidos: 12")
    assert _claimants(text, "es") == {"110 km/h": "AEMET", "12": None}


def test_other_sources_in_a_clause_of_their_own_leave_the_figure_before_them():
    text = ("Police figures state that about 400 people were hurt in the capital[2] and 900 overall,[3] "
            "whilst other sources estimate the number at about 2,000.[4]")
    assert _claimants(text, "en") == {"about 400 people": "Police", "900": "Police", "about 2,000": None}
    text = ("La policía informó que unas 400 personas resultaron heridas en la capital y 900 en total, "
            "mientras que otras fuentes estiman la cifra en unas 2500.[4]")
    assert _claimants(text, "es") == {"unas 400 personas": "policía", "900": "policía", "unas 2500": None}


def test_an_event_that_reports_its_toll_is_no_claimant():
    assert _claimants("La epidemia reportó un total de 4512 casos confirmados.", "es") == {"4512": None}
    assert _claimants("The outbreak reported a total of 4,512 confirmed cases.", "en") == {"4,512": None}
    # a body whose name holds the event's noun still speaks
    assert _claimants("The Earthquake Commission reported 4,512 claims.", "en") == {"4,512": "Earthquake Commission"}


def test_a_name_read_forwards_ends_before_the_participle_of_who_relays_it():
    found = _claimants("Murieron 85 personas, según los estudios forenses citados por el tribunal.", "es")
    assert found == {"85 personas": "estudios forenses"}
    found = _claimants("At least 85 people died, according to forensic studies cited by the court.", "en")
    assert found == {"At least 85 people": "forensic studies"}


def test_a_credit_at_a_clauses_end_does_not_reach_past_a_figures_own_reference():
    text = ("La intoxicación afectó a más de 9000 personas,[2] y causó la muerte de unas 120, "
            "según los informes médicos citados por el tribunal.[3]")
    assert _claimants(text, "es") == {"más de 9000 personas": None, "unas 120": "informes médicos"}
    text = ("The poisoning affected more than 9,000 people,[2] and killed about 120, "
            "according to the health ministry.[3]")
    assert _claimants(text, "en") == {"more than 9,000 people": None, "about 120": "health ministry"}


def test_the_figures_that_show_a_count_are_their_bodys():
    text = "More than 900 people fled the island on Sunday, Civil Protection figures showed."
    assert _claimants(text, "en") == {"More than 900 people": "Civil Protection"}
    assert _claimants("Los datos del Ministerio de Salud muestran que murieron 140 personas.", "es") == {
        "140 personas": "Ministerio de Salud"}
    text = _article("2001 Arequipa fire", "The fire broke out in Arequipa, Peru, where official figures show 48 died.")
    assert _claimants(text, "en") == {"48": "Government of Peru"}
    text = _article("Incendio de Arequipa de 2001",
                    "Las cifras oficiales indican que murieron 48 personas en Arequipa, Perú.")
    assert _claimants(text, "es") == {"48 personas": "Gobierno de Perú"}
    # figures that name no one are the text's own
    assert _claimants("The figures show 300 died.", "en") == {"300": None}


@pytest.mark.parametrize("title, body, claimant", [
    ("Aleppo", "Official figures show 300 deaths in Aleppo, the Syrian Observatory for Human Rights said.",
     "Syrian Observatory for Human Rights"),
    ("Terremoto de Haití", "The official death toll of the earthquake rose to 2,200, the civil protection agency said.",
     "civil protection agency"),
    ("Inundaciones en Colombia", "El balance oficial de la tragedia es de 300 muertos, informó la Unidad de Gestión "
     "del Riesgo.", "Unidad de Gestión del Riesgo"),
    ("Incendio en Valparaíso", "La brigada del incendio informó que 12.000 hectáreas fueron consumidas.",
     "brigada del incendio"),
])
def test_who_the_sentence_names_outranks_the_official_fallback(title, body, claimant):
    raw = f"title: {title}\ndate: 2021-05-04\n\n{body}\n"
    assert propose(parse_article(raw, "a.txt"))[0].claimant == claimant

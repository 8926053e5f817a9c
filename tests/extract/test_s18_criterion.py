"""Criterion and population of encyclopedic lines: the label of a line of facts names the measure
or what befell the count ("Peak acceleration: 0.45 g", "Presión mínima: 960 mbar", "Charged:
120"); rows of a list under a heading take the heading's criterion ("Deaths: 900", then "Spain:
~400"); a crowd's estimate in a protest or a strike; a group a label names ("Injuries: Police:
12"); a quake's two scales (magnitude-mw, magnitude-ms); verbs of leaving a country (emigrated,
expelled); a verb of knowing before what befell a count ("known to have died"); a state of
emergency; the month March, no march; a ship's manifest, no protest.

Invented articles (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _fields(body: str, title: str = "Tarn event") -> list[tuple[str, list[str], str | None]]:
    raw = f"title: {title}\ndate: 2021-06-02\n\n{body}\n"
    return [(p.value, list(p.population), p.criterion) for p in propose(parse_article(raw, "wiki.txt"))]


def _of(body: str, value: str, title: str = "Tarn event") -> tuple[list[str], str | None]:
    found = [(pop, crit) for v, pop, crit in _fields(body, title) if v == value]
    assert found, (value, _fields(body, title))
    return found[0]


@pytest.mark.parametrize("body, value, criterion", [
    ("Peak temp.: 44.1 °C (111.4 °F), recorded at Brill on 3 July 2021", "44.1", "peak-temperature"),
    ("Peak temp.: 44.1 °C (111.4 °F), recorded at Brill on 3 July 2021", "111.4", "peak-temperature"),
    ("Temperatura máxima: 44,1 °C, registrada en Brill", "44,1", "peak-temperature"),
    ("Peak acceleration: 0.31 g", "0.31 g", "peak-acceleration"),
    ("Burned area: 120,000 hectares (300,000 acres)", "120,000 hectares", "burned-area"),
    ("Burned area: 120,000 hectares (300,000 acres)", "300,000 acres", "burned-area"),
    ("Superficie quemada: 40.000 hectáreas", "40.000 hectáreas", "burned-area"),
    ("Presión mínima: 960 mbar (hPa; 28,35 inHg)", "960", "minimum-pressure"),
    ("Presión mínima: 960 mbar (hPa; 28,35 inHg)", "28,35", "minimum-pressure"),
    ("Lowest pressure: 960 mbar (hPa; 28.35 inHg)", "960", "minimum-pressure"),
    ("Tsunami: 1.8 m (5.9 ft)", "1.8 m", "tsunami-height"),
])
def test_the_label_of_a_line_of_facts_names_its_measure(body, value, criterion):
    assert _of(body, value) == ([], criterion)


@pytest.mark.parametrize("body, value, fields", [
    ("Capacity: 900 passengers", "900", (["passengers"], "capacity")),
    ("Charged: 1,204", "1,204", (["people"], "charged")),
    ("Acusados: 312", "312", (["people"], "charged")),
    ("The ferry was launched in 1970 with a passenger capacity of 640.", "640", (["passengers"], "capacity")),
])
def test_the_label_or_word_of_a_count_names_what_befell_it(body, value, fields):
    assert _of(body, value) == fields


@pytest.mark.parametrize("body, values", [
    ("Deaths: 900\n\nSpain: ~400\n\nItaly: 310\n\nFrance: ~190", ["~400", "310", "~190"]),
    ("Fallecidos: 900\n\nItalia: ~400\n\nFrancia: 310", ["~400", "310"]),
])
def test_rows_of_a_list_under_a_heading_take_its_criterion(body, values):
    for value in values:
        assert _of(body, value) == (["people"], "dead")


def test_a_group_a_label_names_is_the_population_and_the_next_row_takes_the_criterion():
    body = "Deaths: 3\n\nInjuries: Police: 12\n\nTWU: 40\n\nArrested: 200"
    assert _of(body, "12") == (["police"], "injured")
    assert _of(body, "40") == (["people"], "injured")
    assert _of(body, "200") == (["people"], "arrested")
    spanish = "Fallecidos: 3\n\nHeridos: Policías: 12\n\nCGT: 40"
    assert _of(spanish, "12") == (["police"], "injured")
    assert _of(spanish, "40") == (["people"], "injured")


@pytest.mark.parametrize("body, value, criterion", [
    ("The Tarn general strike was called by the miners' union against pit closures.\n\n"
     "Number: Total: 90,000", "90,000", "on-strike"),
    ("La huelga general de Tarn fue convocada por el sindicato minero.\n\nCifra oficial: 90.000", "90.000",
     "on-strike"),
    ("The Tarn rally was a protest against the new law held in Brill.\n\nOfficial estimation: 15,000\n\n"
     "Independent estimation: 40,000 – 60,000", "40,000 – 60,000", "protested"),
    ("La marcha de Tarn fue una manifestación contra la nueva ley.\n\nEstimación oficial: 15.000", "15.000",
     "protested"),
])
def test_a_crowd_estimate_on_a_line_of_facts_is_the_protest_s_or_the_strike_s(body, value, criterion):
    assert _of(body, value) == (["people"], criterion)


def test_a_quake_s_two_scales_qualify_its_magnitudes():
    body = ("Magnitude: 6.9 Mw\n\n7.1 Ms\n\nDepth: 12 km\n\n"
            "The Tarn earthquake had a moment magnitude of 6.9 and struck Brill on 2 June.")
    fields = _fields(body, "2021 Tarn earthquake")
    assert [c for v, _, c in fields if v in ("6.9", "7.1")] == ["magnitude-mw", "magnitude-ms", "magnitude-mw"]
    spanish = "Magnitud: 6,9 Mw\n\n7,1 Ms\n\nEl terremoto de Tarn tuvo una magnitud de momento de 6,9."
    fields = _fields(spanish, "Terremoto de Tarn de 2021")
    assert [c for v, _, c in fields if v in ("6,9", "7,1")] == ["magnitude-mw", "magnitude-ms", "magnitude-mw"]


def test_one_scale_alone_is_the_magnitude():
    assert _of("The Tarn earthquake had a moment magnitude of 6.9 and struck Brill.", "6.9",
               "2021 Tarn earthquake") == ([], "magnitude")
    assert _of("El terremoto de Tarn tuvo una magnitud de 6,9 Mw.", "6,9", "Terremoto de Tarn") == ([], "magnitude")


@pytest.mark.parametrize("body, value, criterion", [
    ("Of the other exiles, 3,000 went to Canada and 1,200 refugees ended up in India.", "3,000", "emigrated"),
    ("Of the other exiles, 3,000 went to Canada and 1,200 refugees ended up in India.", "1,200", "emigrated"),
    ("Many of those who were expelled held British passports and 9,100 emigrated to the United Kingdom.",
     "9,100", "emigrated"),
    ("De los demás, 3.000 se fueron a Francia.", "3.000", "emigrated"),
    ("En total fueron expulsadas unas 90 000 personas de la región.", "unas 90 000 personas", "expelled"),
    ("In all, about 90,000 people were expelled from the region.", "about 90,000 people", "expelled"),
])
def test_leaving_a_country_is_emigrated_and_an_expulsion_expelled(body, value, criterion):
    assert _of(body, value)[1] == criterion


def test_a_crowd_going_to_a_place_in_town_has_not_emigrated():
    assert _of("After the rally, a crowd of about 4,000 protesters went to the police station.",
               "about 4,000")[1] != "emigrated"


@pytest.mark.parametrize("body, value", [
    ("The union said at least 21 miners are known to have died in the collapse.", "at least 21"),
    ("At least 40 passengers are believed to have been killed in the crash.", "At least 40"),
])
def test_a_verb_of_knowing_raises_what_befell_the_count(body, value):
    assert _of(body, value)[1] == "dead"


@pytest.mark.parametrize("body, value", [
    ("The governor declared a state of emergency in nine districts.", "nine"),
    ("El presidente declaró el estado de emergencia en seis provincias.", "seis"),
])
def test_a_state_of_emergency_in_places(body, value):
    assert _of(body, value)[1] == "state-of-emergency"


def test_the_month_march_and_a_ship_s_manifest_are_no_protest():
    body = ("Reliable figures place the victims inside the old town at around 9,000, most massacred in the "
            "first days, while the dead counted by the end of March 1938 were far more.")
    assert _of(body, "around 9,000")[1] == "dead"
    assert _of("The ferry was overcrowded, with at least 700 passengers not listed on the manifest.",
               "at least 700")[1] != "protested"


def test_participants_of_no_protest_participated():
    assert _of("Perpetrators: Tarn militia\n\nNo. of participants: 150", "150", "Tarn massacre")[1] == "participated"
    assert _of("The Tarn march was a protest against the law.\n\nParticipants: 30,000", "30,000",
               "Tarn march")[1] == "protested"


def test_a_capacity_is_the_figure_s_own_only():
    body = "The jail's capacity is 400, but it held about 900 inmates and only four guards were on duty."
    assert _of(body, "400")[1] == "capacity"
    assert _of(body, "about 900")[1] != "capacity"
    assert _of(body, "four")[1] != "capacity"
    assert _of("El estadio tiene una capacidad de 40.000 personas.", "40.000 personas")[1] == "capacity"


@pytest.mark.parametrize("body, value, criterion", [
    ("In addition, the Tarn charter was endorsed by 60 unions.", "60", "endorsed"),
    ("Además, la carta de Tarn fue respaldada por 60 sindicatos.", "60", "respaldada"),
])
def test_a_passive_s_agent_counted_takes_the_verb(body, value, criterion):
    assert _of(body, value)[1] == criterion


def test_a_row_under_a_line_of_facts_counts_as_it_does():
    body = "Deaths: 1,200 (official figure)\n\n3,000–5,000 Tarnians (other estimates)"
    assert _of(body, "3,000–5,000") == (["people"], "dead")
    body = "Fallecidos: 1.200 (cifra oficial)\n\n3.000–5.000 personas (otras estimaciones)"
    assert _of(body, "3.000–5.000") == (["people"], "dead")


def test_a_reduced_clause_s_agent_is_no_passive():
    assert _of("More than 300 firefighters, backed by 20 aircraft, fought the fire.", "20")[1] != "backed"


def test_a_crowd_counted_by_what_befell_it_keeps_the_text_s_noun():
    body = "Casualties and losses: 40 demonstrators injured, 300 arrested"
    assert _of(body, "40") == (["demonstrators"], "injured")
    assert _of(body, "300") == (["demonstrators"], "arrested")
    body = "Bajas: 40 manifestantes heridos, 300 detenidos"
    assert _of(body, "40") == (["protesters"], "injured")
    assert _of(body, "300")[0] == ["protesters"]


def test_where_the_infected_caught_it_qualifies_the_count():
    body = "Casos confirmados: 12 400 (autóctonos)\n\n530 (importados)\n\nFallecidos: 4"
    assert _of(body, "12 400", "Epidemia de dengue en Tarn") == (["people"], "infected-confirmed-local")
    assert _of(body, "530", "Epidemia de dengue en Tarn") == (["people"], "infected-confirmed-imported")
    body = "The dengue outbreak in Tarn counted 412 locally acquired confirmed cases and 38 imported cases."
    assert _of(body, "412", "Tarn dengue outbreak")[1] == "infected-confirmed-local"
    assert _of(body, "38", "Tarn dengue outbreak")[1] == "infected-imported"


@pytest.mark.parametrize("body, value", [
    ("The 40 victims were on their way to a court in Brill when they were abducted and later killed.", "40"),
    ("Las 40 víctimas viajaban a Brill cuando fueron secuestradas y luego asesinadas.", "40"),
])
def test_the_last_fate_of_a_chain_is_the_count_s(body, value):
    assert _of(body, value)[1] == "dead"


@pytest.mark.parametrize("body, value, criterion", [
    ("In total, some 3,100 shops, ranches, farms, and workshops were confiscated.", "some 3,100", "confiscated"),
    # GUIDE: a criterion is an English slug, of a Spanish verb too
    ("En total, unas 3100 tiendas, granjas y talleres fueron confiscados.", "unas 3100", "confiscated"),
])
def test_a_passive_after_a_list_of_nouns_says_what_befell_the_count(body, value, criterion):
    assert _of(body, value)[1] == criterion


@pytest.mark.parametrize("body, value", [
    ("Officials estimated that 4,500 hectares had burned near Tarn.", "4,500 hectares"),
    ("The fire in Tarn burned 9,000 acres of forest.", "9,000 acres"),
    ("El ministro precisó que 4.500 hectáreas habían sido consumidas por las llamas en Tarn.", "4.500 hectáreas"),
    ("El incendio de Tarn quemó 40 km2 de bosque.", "40 km2"),
])
def test_an_area_a_fire_burned_is_the_burned_area(body, value):
    assert _of(body, value) == ([], "burned-area")


def test_an_area_of_no_fire_is_no_burned_area():
    assert _of("The floods in Tarn covered 4,500 hectares of farmland.", "4,500 hectares")[1] != "burned-area"


def test_a_day_between_the_verb_and_the_strike():
    body = "Unos 40.000 mineros iniciaron este martes una huelga indefinida en Tarn, según el sindicato."
    assert _of(body, "Unos 40.000")[1] == "on-strike"


def test_a_toll_s_total_in_a_strike_is_no_crowd():
    body = "The Tarn general strike was called by the miners' union.\n\nCasualties: Total: 5"
    assert _of(body, "5")[1] != "on-strike"
    body = "La huelga general de Tarn fue convocada por el sindicato.\n\nBajas: Total: 5"
    assert _of(body, "5")[1] != "on-strike"

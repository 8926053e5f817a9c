"""The as_of of encyclopedia leads and infobox lines of events carried out over days or weeks (dev6's
kinds, sentences made up): riots, pogroms, an expulsion, a mass poisoning are known by their year, a
massacre of one day by its day; a wildfire's burned area by its year; a storm's minimum pressure by
the event's day; a four-digit count ("de 2000 heridos") is no year; a table's rows are of the day
the line under them gives ("As of 16 December 2051"); "the first five days from 13 December" are
of their month."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose

DATE = "2051-03-14"


def _as_of(title: str, body: str, date: str = DATE) -> dict[str, str | None]:
    proposals = propose(parse_article(f"url: https://example.org/a\ntitle: {title}\ndate: {date}\n\n{body}", "a.txt"))
    return {next((w for w in p.value.split() if any(c.isdigit() for c in w)), p.value): p.as_of for p in proposals}


def test_the_undated_toll_of_riots_is_known_by_the_year():
    found = _as_of("2051 Tarnville riots", "The 2051 Tarnville riots were a wave of attacks on traders in the city "
                   "of Tarnville. About 120 traders were killed and 3,000 fled the city.")
    assert found == {"120": "2051", "3,000": "2051"}
    found = _as_of("Disturbios de Tarnvila de 2051", "Los disturbios de Tarnvila de 2051 fueron una ola de ataques "
                   "contra los comerciantes de la ciudad. Murieron unos 120 comerciantes y 3.000 huyeron de la ciudad.")
    assert found == {"120": "2051", "3.000": "2051"}


def test_an_opening_that_defines_the_event_as_pogroms_or_a_mass_poisoning_dates_it_by_the_year():
    found = _as_of("Velmora violence", "The Velmora violence was a series of organised pogroms against the "
                   "traders of the city. About 400 traders were killed.")
    assert found == {"400": "2051"}
    found = _as_of("Síndrome de Velmora", "El síndrome de Velmora fue una intoxicación masiva sufrida en la "
                   "primavera de 2051. La enfermedad afectó a más de 5.000 personas y causó la muerte de unas 200.")
    assert found == {"5.000": "2051", "200": "2051"}


def test_the_counts_of_an_expulsion_are_known_by_the_year():
    found = _as_of("Expulsion of traders from Velmora", "In early March 2051, the governor ordered the expulsion of "
                   "the country's traders, giving them 60 days to leave. About 40,000 traders left the country.")
    assert found["40,000"] == "2051"
    found = _as_of("Expulsión de los comerciantes de Velmora", "A principios de marzo de 2051, el gobernador ordenó "
                   "la expulsión de los comerciantes del país. Unos 40.000 comerciantes abandonaron el país.")
    assert found["40.000"] == "2051"


def test_a_massacre_of_one_day_and_riots_whose_days_are_named_keep_their_dates():
    found = _as_of("Tarnville massacre", "The Tarnville massacre was a mass shooting at the market of Tarnville. "
                   "About 40 people were killed.")
    assert found == {"40": DATE}
    # a march of a day that riots followed is the march's, of its day
    found = _as_of("Tarnville march", "The Tarnville march was followed by riots in the city. About 40,000 people "
                   "marched.")
    assert found == {"40,000": DATE}
    found = _as_of("2051 Tarnville riots", "The 2051 Tarnville riots were a series of riots over several days that "
                   "broke out on 14 March 2051 in Tarnville. In total, 120 people died.")
    assert found == {"120": "2051-03"}


def test_the_burned_area_of_an_accounts_wildfire_is_known_by_the_year_and_news_dates_it_by_its_day():
    found = _as_of("2051 Velmora wildfires", "Burned area: 120,000 hectares (300,000 acres)\n\nThe 2051 Velmora "
                   "wildfires were several hundred wildfires that broke out across Velmora in summer 2051.")
    assert found["120,000"] == "2051" and found["300,000"] == "2051"
    found = _as_of("Incendios forestales de Velmora de 2051", "Superficie quemada: 120.000 hectáreas\n\nLos incendios "
                   "forestales de Velmora de 2051 fueron cientos de incendios que se declararon en el verano de 2051.")
    assert found["120.000"] == "2051"
    found = _as_of("Wildfire forces evacuation near Tarnville", "A wildfire forced the evacuation of villages near "
                   "Tarnville on Tuesday. The observatory estimated that 8,000 hectares had burned.")
    assert found["8,000"] == DATE


def test_a_storms_minimum_pressure_is_of_the_events_day():
    found = _as_of("Hurricane Velma", "Minimum pressure: 962 mbar (hPa; 28.41 inHg)\n\nHurricane Velma was a "
                   "powerful tropical cyclone that struck the coast of Velmora.")
    assert found["962"] == DATE
    found = _as_of("Huracán Velma", "Presión mínima: 962 mbar (hPa; 28,41 inHg)\n\nEl huracán Velma fue un ciclón "
                   "tropical que azotó la costa de Velmora.")
    assert found["962"] == DATE


def test_a_four_digit_count_after_de_or_of_is_no_year():
    found = _as_of("Explosión de Tarnvila", "La explosión de la planta de Tarnvila provocó la muerte de 300 personas "
                   "y un aproximado de 2000 heridos.")
    assert found["300"] == DATE
    found = _as_of("Tarnville explosion", "The explosion at the Tarnville plant killed 300 workers, with a toll of "
                   "2000 injured.")
    assert found["300"] == DATE
    # a year the counted noun does not follow stays a year
    found = _as_of("Tarnville explosion", "The explosion of 2049, the plant's worst, killed 30 workers.")
    assert found["30"] == "2049"
    # nor does a verb after the year, with its object ("killed 40 people", "injured 200")
    found = _as_of("Tarnville explosion", "The explosion of 2049 killed 40 workers and injured 200 others.")
    assert found["40"] == found["200"] == "2049"
    found = _as_of("Explosión de Tarnvila", "La explosión de 2049 mató a 40 obreros.")
    assert found["40"] == "2049"


def test_the_rows_of_a_table_are_of_the_day_the_line_under_them_gives():
    body = ("The 2051 Velmora cholera outbreak began on 14 March 2051 in Velmora.\n\nCountry Cases Deaths\n\n"
            "Velmora 3,120 214[1]\n\nTarnland 45 2[2]\n\nAs of 16 December 2051\n\n"
            "The outbreak spread to the capital.")
    found = _as_of("2051 Velmora cholera outbreak", body)
    assert found["3,120"] == found["214"] == found["45"] == "2051-12-16"
    body = ("El brote de cólera de Velmora de 2051 comenzó el 14 de marzo de 2051.\n\nPaís Casos Muertes\n\n"
            "Velmora 3.120 214[1]\n\nTarnlandia 45 2[2]\n\nAl 16 de diciembre de 2051")
    found = _as_of("Brote de cólera de Velmora de 2051", body)
    assert found["3.120"] == found["214"] == found["45"] == "2051-12-16"


def test_a_count_of_the_first_days_from_a_day_is_of_their_month():
    found = _as_of("Tarnville massacre", "Most of the 5,000 victims were killed in the first five days from "
                   "13 December 2051.", "2051-12-13")
    assert found["5,000"] == "2051-12"
    found = _as_of("Masacre de Tarnvila", "La mayoría de las 5.000 víctimas murieron en los primeros cinco días a "
                   "partir del 13 de diciembre de 2051.", "2051-12-13")
    assert found["5.000"] == "2051-12"


def test_news_of_a_nights_riots_and_riot_police_keep_their_day():
    # 2051-03-14 is a Tuesday: "on Saturday night" is 2051-03-11
    found = _as_of("Tarnville riots", "Riots broke out in Tarnville on Saturday night. About 200 people were arrested.")
    assert found["200"] == "2051-03-11"
    found = _as_of("Disturbios en Tarnville", "Los hechos fueron disturbios ocurridos la noche del sábado en "
                   "Tarnville. Hubo 30 detenidos.")
    assert found["30"] == "2051-03-11"
    found = _as_of("Riot police deployed in Tarnville", "Riot police were deployed in Tarnville. Police arrested "
                   "120 people.")
    assert found["120"] == DATE


@pytest.mark.parametrize("body, year", [
    ("The census of 2041 counts 300,000 residents in Tarnville.", "2041"),
    ("The law of 2045 requires 200 inspections a year in Tarnville.", "2045"),
    ("The floods of 2040 displaced millions in Tarnville, and 1,985 people died.", "2040"),
])
def test_a_year_before_a_verb_and_its_object_stays_a_year(body, year):
    assert set(_as_of("Tarnville", body).values()) == {year}


def test_a_day_line_above_more_rows_heads_them_and_dates_no_rows_above():
    body = ("Cases on 30 April:\n\nTarnville 3,000\n\nBrill 200\n\nAs of 13 March 2051\n\nTarnville 3,500\n\n"
            "Brill 260\n\nThe outbreak spread in the south.")
    found = _as_of("Tarnville outbreak", body)
    assert found["3,000"] != "2051-03-13" and found["200"] != "2051-03-13"

"""The as_of of encyclopedia leads and infobox lines of events carried out over days or weeks (dev6's
kinds, sentences made up): riots, pogroms, an expulsion, a mass poisoning are known by their year, a
massacre of one day by its day; a wildfire's burned area by its year; a storm's minimum pressure by
the event's day."""
from __future__ import annotations

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

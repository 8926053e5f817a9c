"""Session 50 (XP6): which figures extract proposes and what a measure measures, as a careful reader lists them:
a temperature by its symbol ("44 °C"), rain in litres on a square metre and the bare items of its list, rain a
station recorded and the hours it fell in; a past record the event is set against (no claim); the power of a unit
("km^{2}"); a range whose ends the text cites apart (two claims). Invented sentences."""
from __future__ import annotations

from reconcile.extract import parse_article, propose


def _proposals(body: str, title: str = "2031 Varnholt heat wave", date: str = "2031-06-20", lang: str = "en"):
    url = "https://en.wikipedia.org/wiki/T" if lang == "en" else "https://es.wikipedia.org/wiki/T"
    text = f"url: {url}\ntitle: {title}\ndate: {date}\n\n{body}\n"
    return propose(parse_article(text, "a.txt"))


def _criteria(body: str, **kwargs) -> dict[str, str | None]:
    return {p.value: p.criterion for p in _proposals(body, **kwargs)}


def test_a_temperature_by_its_symbol_and_its_peak():
    got = _criteria("A severe heat wave with temperatures as high as 48 °C (118 °F) struck southern Varnholt in "
                    "June 2031. By 24 June 2031, the maximum temperature in Karlsburg was 36 °C (97 °F), and "
                    "officials reported 40 deaths.")
    assert got["as high as 48"] == got["118"] == "peak-temperature"
    assert got["36"] == got["97"] == "maximum-temperature"
    assert got["40"] == "dead"


def test_a_table_of_temperatures_under_a_caption_that_says_they_peaked():
    got = _criteria("Extreme temperatures gripped the south and peaked on 20 June:[7]\n\nDate Place Temperature\n"
                    "20 June 2031 Karlsburg 44 °C (111 °F)\n20 June 2031 Trell 46 °C (115 °F)")
    assert [got[v] for v in ("44", "111", "46", "115")] == ["peak-temperature"] * 4


def test_rain_in_litres_on_a_square_metre_and_the_bare_items_of_its_list():
    got = _criteria("Además, se registraron 512,4 l/m² en el observatorio de Ruvalca. La lluvia dejó acumulados de "
                    "28 litros por metro cuadrado en el municipio de Tolva, 24 en San Pedro y 19 en Villar.",
                    title="Inundación de Ruvalca de 2031", lang="es")
    assert [got[v] for v in ("512,4 l/m²", "28 litros por metro cuadrado", "24", "19")] == ["rainfall"] * 4


def test_rain_a_station_recorded_and_the_hours_it_fell_in():
    got = _criteria("The Varnholt Weather Service station in Ostend recorded 812 mm. A total of 512mm (20.16 inches) "
                    "was received within the 12-hour period between 8 am and 8 pm.", title="2031 Ostend floods")
    assert got["812 mm"] == "rainfall"
    assert got["512mm"] == got["20.16 inches"] == "rainfall-12-hour"


def test_a_past_record_the_event_is_set_against_is_no_claim():
    values = {p.value for p in _proposals(
        "The floods killed 23 people. The highest 24-hour rainfall in Varnholt was 1,032 mm (40.6 inches) in Trell "
        "on 4 May 1961. The previous record high rainfall in a 24-hour period for Ostend was 488 mm (19.2 inches) in "
        "1971. The highest wind gust was 140 km/h.", title="2031 Ostend floods", date="2031-07-20")}
    assert values & {"1,032 mm", "40.6 inches", "488 mm", "19.2 inches"} == set()
    assert {"23 people", "140 km/h"} <= values      # the event's own peak stays


def test_the_power_of_a_unit_is_no_figure():
    values = [p.value for p in _proposals("The Trell River's basin drains some 40,000 km^{2} of mountainous "
                                          "terrain.", title="2031 Trell flood")]
    assert "2" not in values


def test_a_range_whose_ends_are_cited_apart_is_two_claims():
    values = [p.value for p in _proposals(
        "The storm cut electric power to many customers (estimates range from 1.3 million[4] to 2.6 million [5] "
        "customers) for days.", title="2031 Ostend storm")]
    assert "1.3 million" in values and "2.6 million" in values
    assert not any(v.startswith("from") for v in values)


def test_people_on_a_square_metre_are_no_rain():
    got = _criteria("The crowd reached 7 people per square metre before 21 people died.", title="2031 Ostend crush")
    assert got["7 people"] != "rainfall"

"""Session 51 (XR1): rates and shares that count no noun, as a new user found them (N9, invented sentences).

1. (D1) Every percentage of a text without a counted noun had no criterion, so unrelated rates shared one draft topic
   and conflicted ("el PIB caerá un 7 % ... y el desempleo llegará al 25 %": 7 against 25). The measure the clause
   names is the criterion, in English slugs shared by both languages (reconcile/extract/rate_measures.py).
2. (D4) "15 million (10%) of whom were unemployed": the 15 million took the other clause's verb ("totaled") and, with
   the bracket, lost its total; the 10% is the unemployed's share.
3. (D9) "tiene un peso vital" (weight, no money), "El IPC 7 provincias" (an index's name), "provoca dos escenarios"
   (abstractions) are no claims.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reconcile.extract import extract_project
from reconcile.extract.article import Article
from reconcile.extract.propose import propose


def _proposals(text: str, lang: str) -> list:
    article = Article(text=text, title="Economía", date="2031-04-20", outlet="Diario Prueba",
                      url="https://example.org/r")
    return propose(article, lang)


def _criteria(text: str, lang: str) -> dict[str, str | None]:
    return {p.value: p.criterion for p in _proposals(text, lang)}


@pytest.mark.parametrize("text,lang,expected", [
    ("Según el Fondo, el PIB de Ruritania caerá un 4 % en 2031 y el desempleo llegará al 19 % en 2031.", "es",
     {"4 %": "gdp-change", "19 %": "unemployed-share"}),
    ("El Fondo prevé que la economía crecerá un 3 % y que la pobreza alcanzará al 41,5 % de la población.", "es",
     {"3 %": "gdp-change", "41,5 %": "poor-share"}),
    ("The Fund said unemployment reached 12.5% while GDP will shrink 3% this year.", "en",
     {"12.5%": "unemployed-share", "3%": "gdp-change"}),
    ("Our own estimate of 31% is far from the Statistics Office's jobless rate of 8.5%.", "en",
     {"8.5%": "unemployed-share"}),
    ("Turnout was 52 percent, the commission said.", "en", {"52 percent": "voted-share"}),
    ("Mendoza won 61.2% of the vote and Ortega took 35 percent in the election.", "en",
     {"61.2%": "voted-mendoza", "35 percent": "voted-ortega"}),
])
def test_a_rate_takes_the_measure_its_clause_names(text: str, lang: str, expected: dict) -> None:
    got = _criteria(text, lang)
    for value, criterion in expected.items():
        assert got[value] == criterion, (value, got)


@pytest.mark.parametrize("text,lang,expected", [
    ("La oficina informó que la inflación de marzo fue de 3,1 por ciento y la interanual llegó al 41 por ciento.",
     "es", {"3,1 por ciento": "inflation-monthly"}),
    ("La inflación interanual a marzo fue de 41 por ciento.", "es", {"41 por ciento": "inflation-annual"}),
    # a year's inflation is dated by its year, whether or not the text says "annual"
    ("Para la oficina, la inflación de 2030 fue del 11,4%.", "es", {"11,4%": "inflation"}),
    ("The office said annual inflation in 2030 reached 11.4%.", "en", {"11.4%": "inflation"}),
    ("Inflation reached 23.7% year on year in March.", "en", {"23.7%": "inflation-annual"}),
    ("El INDEC estimó una variación de precios de 1,3 por ciento para abril.", "es",
     {"1,3 por ciento": "inflation-monthly"}),
    ("March's inflation of 1.9% was the lowest in a year.", "en", {"1.9%": "inflation-monthly"}),
    ("La inflación acumulada en lo que va del año fue de 9 por ciento.", "es",
     {"9 por ciento": "inflation-year-to-date"}),
])
def test_inflation_says_its_span(text: str, lang: str, expected: dict) -> None:
    got = _criteria(text, lang)
    for value, criterion in expected.items():
        assert got[value] == criterion, (value, got)


def test_the_same_measure_shares_a_criterion_across_languages() -> None:
    spanish = _criteria("Según la oficina, el desempleo fue de 9,2 % en 2030.", "es")
    english = _criteria("According to the office, the unemployment rate was 11.6% in 2030.", "en")
    assert spanish["9,2 %"] == english["11.6%"] == "unemployed-share"


def test_a_rate_named_as_cause_keeps_its_own_criterion() -> None:
    # "due to inflation": the cause, not what the 10% measures
    assert not (_criteria("Due to inflation, car sales fell 10% in March.", "en")["10%"] or "").startswith("inflation")


def test_rows_of_a_vote() -> None:
    text = ("El plebiscito se votó el domingo.\n\nParticipación: 41.2 %\n\nSí: 48.1 %\n\nNo: 51.9 %\n\n"
            "Los votos se contaron esa noche.")
    got = _criteria(text, "es")
    assert got == {**got, "41.2 %": "voted-share", "48.1 %": "voted-si", "51.9 %": "voted-no"}


def test_a_strike_participation_is_no_turnout() -> None:
    got = _criteria("La participación en la huelga docente fue del 80 %, según el sindicato.", "es")
    assert got["80 %"] != "voted-share"


def test_unrelated_rates_are_not_one_topic(tmp_path: Path) -> None:
    article = tmp_path / "fondo.txt"
    article.write_text("title: Ruritania\ndate: 2031-04-20\noutlet: Diario Prueba\nurl: https://example.org/r\n\n"
                       "Según el Fondo, el PIB de Ruritania caerá un 4 % en 2031 y el desempleo llegará al 19 % en "
                       "2031.\n", encoding="utf-8")
    files, _ = extract_project([article], "es")
    claims = [claim for path, body in files.items() if not path.startswith("sources/_")
              for claim in (yaml.safe_load(body).get("claims") or [])]
    topics = {claim["value"]: claim["topic"] for claim in claims}
    assert topics["4 %"] != topics["19 %"]


@pytest.mark.parametrize("text", [
    "According to the ministry, the workforce in May totaled 80 million people, 6 million (7.5%) of whom were "
    "unemployed.",
    "According to the ministry, the workforce in May totaled 80 million people, 6 million of whom were unemployed.",
])
def test_of_whom_were_names_the_part_and_its_share(text: str) -> None:
    proposals = {p.value: p for p in _proposals(text, "en")}
    total, part = proposals["80 million people"], proposals["6 million"]
    assert part.criterion == "unemployed"
    assert part.part_of == 0 and total.part_of is None
    if "7.5%" in proposals:
        assert proposals["7.5%"].criterion == "unemployed-share"


@pytest.mark.parametrize("text,lang,dropped", [
    ("La diferencia tiene un peso vital en la negociación salarial.", "es", "un peso"),
    ("El acuerdo provoca dos escenarios para el gremio.", "es", "dos"),
    ("El IPC 9 provincias subió en marzo.", "es", "9"),
    ("The ruling opens three scenarios for the union.", "en", "three"),
])
def test_no_claims(text: str, lang: str, dropped: str) -> None:
    assert dropped not in [p.value for p in _proposals(text, lang)]


def test_a_peso_that_is_money_stays() -> None:
    assert "un peso" in [p.value for p in _proposals("El boleto costará un peso más desde mayo.", "es")]

"""Session 49 (XP5): extract's proposals on news of migrants (N6). Invented sentences of the constructions N6 met."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _proposals(body: str, title: str = "Migrants") -> list:
    text = f"url: https://example.org/a\ntitle: {title}\noutlet: Wire\ndate: 2031-03-23\n\n{body}\n"
    return propose(parse_article(text, "a.txt"))


def _values(body: str) -> list[str]:
    return [p.value for p in _proposals(body)]


def _by_value(body: str) -> dict:
    return {p.value: p for p in _proposals(body)}


@pytest.mark.parametrize("body, kept, dropped", [
    ("Perú acoge a más de 400.000 refugiados sirios, según los tres organismos de la ONU.", "más de 400.000", "tres"),
    ("Peru hosts more than 400,000 Syrian refugees, according to the three UN agencies.", "more than 400,000",
     "three"),
])
def test_a_numeral_of_the_claimants_own_phrase_is_no_count(body, kept, dropped):
    got = _values(body)
    assert kept in got
    assert dropped not in got


@pytest.mark.parametrize("body", [
    "Migración deportó a 900 haitianos entre abril y junio: 300 en abril, 350 en mayo y 250 en junio.",
    "A total of 2,000 migrants crossed the border, including 900 from Cuba, 700 from Peru and 400 from Chile.",
])
def test_the_parts_of_a_breakdown_not_by_place_are_parts_of_its_total(body):
    got = _proposals(body)
    assert [p.part_of for p in got] == [None, 0, 0, 0]


def test_a_list_after_a_colon_that_does_not_add_up_is_no_breakdown():
    got = _proposals("Migración deportó a 900 haitianos entre abril y junio: 300 en abril, 350 en mayo y 200 en junio.")
    assert [p.part_of for p in got] == [None, None, None, None]


@pytest.mark.parametrize("body", [
    "Un total de 2.000 personas cruzaron la frontera, siendo la nacionalidad cubana la más numerosa con 900; seguida "
    "de Perú, 700, y Chile, 400, según Migración.",
    "A total of 2,000 people crossed the border, with Cubans the most numerous with 900, followed by Peru, 700, and "
    "Chile, 400, officials said.",
])
def test_a_ranked_list_after_followed_by_is_a_breakdown_of_its_total(body):
    got = _proposals(body)
    assert [p.part_of for p in got] == [None, 0, 0, 0]


@pytest.mark.parametrize("body, value", [
    ("The minister warned that the number of people crossing the border could reach 300,000 by the end of the year.",
     "300,000"),
    ("El ministro advirtió que la cifra de personas que cruzan la frontera podría llegar a 300.000 a fin de año.",
     "300.000"),
])
def test_a_tally_said_to_reach_a_figure_is_a_forecast(body, value):
    got = _by_value(body)
    assert got[value].criterion is not None and got[value].criterion.endswith("expected")
    assert any("forecast" in check for check in got[value].checks)


def test_rescuers_who_could_reach_people_count_them():
    assert "expected" not in (_by_value("Rescuers could reach 40 people trapped in the rubble.")["40 people"].criterion
                              or "")


@pytest.mark.parametrize("body, value", [
    ("May had the most arrivals, 31,208, well above the 18,455 of February.", "18,455"),
    ("Mayo fue el mes con más llegadas, con 31.208, muy por encima de los 18.455 de febrero.", "18.455"),
])
def test_a_figure_a_comparison_names_with_its_article_is_exact(body, value):
    assert value in _values(body)


def test_a_bound_without_an_article_stays_a_bound():
    assert "above 18,000" in _values("Arrivals in May stayed above 18,000, officials said.")


@pytest.mark.parametrize("body, part, criterion", [
    ("The camp faces a health crisis, with over 900 cases of cholera reported, including four fatalities.",
     "four", "dead"),
    ("El campamento sufre una crisis sanitaria, con más de 900 casos de cólera reportados, incluidas cuatro muertes.",
     "cuatro", "dead"),
    # guard: a part that names only its group takes its total's criterion
    ("The quake killed 40 people, including 12 children, and injured 90.", "12", "dead"),
])
def test_a_part_whose_own_noun_names_another_criterion_keeps_it(body, part, criterion):
    assert _by_value(body)[part].criterion == criterion


def test_new_ones_count_what_the_figure_before_counts():
    assert _by_value("The agency has enlarged four camps and opened five new ones.")["five"].population == ["camps"]


@pytest.mark.parametrize("body, value", [
    ("Unas 700 personas arribaron a la provincia de Colón, según Migración.", "Unas 700 personas"),
    ("700 migrantes arribaron a Colón, según Migración.", "700"),
])
def test_arribaron_is_arrived(body, value):
    assert _by_value(body)[value].criterion == "arrived"

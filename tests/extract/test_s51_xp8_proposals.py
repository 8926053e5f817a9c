"""Session 51 (XP8): extract's proposals on news of outbreaks (N8) and conflicts (N7), and the fixers' leftovers.
Invented sentences of the constructions met."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.project import _kind


def _proposals(body: str, title: str = "2031 Varna cholera outbreak") -> list:
    text = f"url: https://example.org/a\ntitle: {title}\noutlet: Wire\ndate: 2031-06-02\n\n{body}\n"
    return propose(parse_article(text, "a.txt"))


def _by_value(body: str, title: str = "2031 Varna cholera outbreak") -> dict:
    return {p.value: p for p in _proposals(body, title)}


@pytest.mark.parametrize("body", [
    "The outbreak has caused 8,410 suspected and confirmed cases and 312 deaths, the health ministry said.",
    "The outbreak has caused 8,410 probable or confirmed cases and 312 deaths, the health ministry said.",
    "El brote ha causado 8.410 casos sospechosos y confirmados y 312 muertes, según el ministerio de salud.",
])
def test_each_figure_takes_its_own_noun_s_criterion(body):
    got = _by_value(body)
    cases = got.get("8,410") or got["8.410"]
    assert (cases.criterion, list(cases.population)) == ("infected", ["people"])
    assert got["312"].criterion == "dead"


@pytest.mark.parametrize("body, ruled_out, confirmed", [
    ("El ministerio informó que se han descartado 120 casos y se confirmaron 45 casos de dengue.", "120", "45"),
    ("Hasta la fecha hay 45 casos confirmados de dengue y 120 casos descartados, según el ministerio.", "120", "45"),
    ("The ministry said 120 cases of dengue had been ruled out, while 45 cases were confirmed.", "120", "45"),
    ("Health officials have discarded 120 suspected cases of dengue and confirmed 45 cases.", "120", "45"),
])
def test_cases_ruled_out_are_their_own_criterion(body, ruled_out, confirmed):
    got = _by_value(body)
    assert (got[ruled_out].criterion, list(got[ruled_out].population)) == ("ruled-out", ["people"])
    assert got[confirmed].criterion == "infected-confirmed"


def test_a_total_of_suspected_cases_some_ruled_out_stays_suspected():
    got = _by_value("Of the 300 suspected cases of dengue, 120 were ruled out, the ministry said.")
    assert (got["300"].criterion, got["120"].criterion) == ("infected-suspected", "ruled-out")


@pytest.mark.parametrize("body, value", [
    ("Doce casos confirmados murieron durante el brote de cólera.", "Doce"),
    ("Doce casos confirmados perecieron durante el brote de cólera.", "Doce"),
    ("12 confirmed cases have perished in the cholera outbreak.", "12"),
    ("12 suspected cases lost their lives in the cholera outbreak.", "12"),
    ("40 personas heridas murieron en el hospital tras el brote.", "40 personas"),
])
def test_the_verb_of_what_befell_wins_over_the_noun(body, value):
    got = _by_value(body)
    assert (got[value].criterion, list(got[value].population)) == ("dead", ["people"])


@pytest.mark.parametrize("body, parts", [
    ("Se registraron 300 muertes, de las cuales 120 fueron de niños, y 80 de adultos mayores.", ("120", "80")),
    ("There were 300 deaths, of which 120 were children, and 80 were elderly people.", ("120", "80")),
])
def test_each_part_after_of_which_is_a_part_of_the_total(body, parts):
    found = _proposals(body)
    total = next(p for p in found if p.value == "300")
    assert [p.part_of for p in found if p.value in parts] == [found.index(total)] * 2


@pytest.mark.parametrize("name", ["ACNUR (Agencia de la ONU para los Refugiados)",
                                  "Agencia de la ONU para los Refugiados",
                                  "Oficina de las Naciones Unidas para la Coordinación de Asuntos Humanitarios"])
def test_an_intergovernmental_body_s_agency_or_office_is_intergovernmental(name):
    assert _kind(name, False) == "intergovernmental"


@pytest.mark.parametrize("name, kind", [("Wholesale Markets Department", "government-agency"),
                                        ("Ministerio de Salud", "government-agency")])
def test_a_word_that_starts_with_an_intergovernmental_acronym_is_not_one(name, kind):
    assert _kind(name, False) == kind

"""A figure of 1 to 31 after "N days," was dropped as a day of the month ("Within three days, 14 soldiers had
deserted", N2 D3): a comma ends the span of days, and "el día 15" or "on day 3" stay days. "Q4", "Q2 2021" were
4 and 2 Guatemalan quetzales (N2 D4): a quarter of a year is a date part; "Q500", "Q3 millones" stay quetzales.
The sentences are made up."""
from __future__ import annotations

import pytest

import reconcile


@pytest.mark.parametrize("text, lang, value", [
    ("Within three days, 14 soldiers had deserted.", "en", 14), ("After 6 days, 25 were rescued.", "en", 25),
    ("En 12 días, 9 murieron.", "es", 9), ("Tras cinco días, 30 seguían desaparecidos.", "es", 30)])
def test_a_count_after_a_span_of_days_is_kept(text, lang, value) -> None:
    assert [q["lower"] for q in reconcile.quantities_in_text(text, lang)] == [value]


@pytest.mark.parametrize("text, lang", [("On day 3 of the strike, 40 were hurt.", "en"),
                                        ("El día 15 llegaron 300 soldados.", "es")])
def test_a_day_named_so_is_still_a_date(text, lang) -> None:
    assert [q["lower"] for q in reconcile.quantities_in_text(text, lang)] == [40 if lang == "en" else 300]


@pytest.mark.parametrize("text", ["Revenue in Q2 2021 fell 7%.", "Q1 revenue rose 7%.", "Sales in Q3 fell 7%."])
def test_a_quarter_is_no_money(text) -> None:
    assert [(q["lower"], q["unit"]) for q in reconcile.quantities_in_text(text, "en")] == [(7, "percent")]


def test_quetzales_stay_quetzales() -> None:
    found = reconcile.quantities_in_text("Pagaron Q3 millones, y luego una multa de Q500.", "es")
    assert [(q["lower"], q["unit"]) for q in found] == [(3_000_000, "GTQ"), (500, "GTQ")]

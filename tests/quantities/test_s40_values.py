"""Reports of session 40 on the parser: "N million and M", and a minus before a currency sign."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner

import reconcile
from reconcile.cli.main import main
from reconcile.quantities.parse import find_quantities, parse_quantity


@pytest.mark.parametrize("text, lang, expected", [
    ("The government pledged $2 million and 300 tents.", "en", [(2_000_000, "USD"), (300, None)]),
    ("Losses reached $5 million and 30% of homes were damaged.", "en", [(5_000_000, "USD"), (30, "percent")]),
    ("Officials counted 1.2 million and 300,000 respectively.", "en", [(1_200_000, None), (300_000, None)]),
    ("El gobierno prometió US$2 millones y 300 carpas.", "es", [(2_000_000, "USD"), (300, None)]),
    ("It housed 3 million and 500 thousand people.", "en", [(3_000_000, None), (500_000, "people")]),
    ("The government pledged $2 million and 30 tents.", "en", [(2_000_000, "USD"), (30, None)]),
])
def test_n_million_and_m_with_its_own_noun_or_unit_is_two_figures(text, lang, expected):
    """"$2 million and 300 tents" was one figure, 2,000,300 dollars, and the claim "300" tents
    was flagged as unquoted. The digits after "N million and" are part of N only when N is whole
    and nothing of their own (noun, unit, percent, scale) follows them."""
    got = [(m.lower, m.unit) for m in find_quantities(text, lang)]
    assert got == expected


@pytest.mark.parametrize("text, lang, value", [
    ("3 thousand and 500", "en", 3500),
    ("a budget of 2 million and 300.", "en", 2_000_300),
    ("two million and three hundred tents", "en", 2_000_300),
    ("3 mil 500 personas", "es", 3500),
])
def test_a_number_written_as_one_with_and_stays_one(text, lang, value):
    [m] = find_quantities(text, lang)
    assert m.lower == m.upper == value


def test_running_text_gives_the_tents_their_own_count():
    items = reconcile.quantities_in_text("The government pledged $2 million and 300 tents.", "en")
    assert [(i["text"], i["lower"], i["unit"], i["counted"]) for i in items] == [
        ("$2 million", 2_000_000, "USD", None), ("300", 300, None, "tents")]


@pytest.mark.parametrize("text, lang, value, unit", [
    ("-$2 million", "en", -2_000_000, "USD"),
    ("$-2 million", "en", -2_000_000, "USD"),
    ("\u2212$2 million", "en", -2_000_000, "USD"),
    ("-€5", "en", -5, "EUR"),
    ("-US$2 millones", "es", -2_000_000, "USD"),
    ("-2 million dollars", "en", -2_000_000, "USD"),
])
def test_a_minus_before_or_after_a_currency_sign_is_negative(text, lang, value, unit):
    """"-$2 million" was +2,000,000: the sign was dropped because a symbol followed it."""
    q = parse_quantity(text, lang)
    assert (q.lower, q.upper, q.unit) == (value, value, unit)


@pytest.mark.parametrize("text, lower, upper", [
    ("$5-$10", 5, 10),
    ("$5 - $10", 5, 10),
    ("between -$5 and -$2", -5, -2),
])
def test_a_dash_between_amounts_is_still_a_range(text, lower, upper):
    q = parse_quantity(text, "en")
    assert (q.lower, q.upper, q.qualifier) == (lower, upper, "range")


def test_the_cli_reads_the_sign():
    result = CliRunner().invoke(main, ["parse", "--json", "--", "-$2 million", "-€5"])
    assert result.exit_code == 0, result.output
    assert [json.loads(line)["lower"] for line in result.output.splitlines()] == [-2_000_000, -5]


def test_a_claim_of_the_tents_is_found_in_its_quote(make_project):
    """The claim "300" (tents) with the quote "The government pledged $2 million and 300 tents."
    was an unquoted-value: the quote held only "$2 million and 300", 2,000,300 dollars."""
    quote = "The government pledged $2 million and 300 tents."
    maker = make_project({"id": "aid", "title": "Aid", "unit": "USD"})
    maker.topics({"id": "aid", "title": "Aid", "unit": "USD"}, {"id": "tents", "title": "Tents", "unit": "tents"})
    maker.source("gov", {"id": "g1", "topic": "aid", "value": "$2 million", "quote": quote},
                 {"id": "g2", "topic": "tents", "value": "300", "quote": quote})
    result = CliRunner().invoke(main, ["report", str(maker.root), "--format", "json", "--no-validate",
                                       "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert [f for f in json.loads(result.stdout)["findings"] if f["kind"] == "unquoted-value"] == []

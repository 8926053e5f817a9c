"""Stated values a new user wrote (SPEC §4, session 36): pesos and the dollar sign in Latin American
currencies, "≈" and full-width letters, words for zero in a quote."""
from __future__ import annotations

import json

import pytest
from click.testing import CliRunner
from conftest import TOPIC, claim

import reconcile
from reconcile.cli.main import main
from reconcile.errors import ReconcileError


def frame_of(maker):
    return reconcile.normalize(reconcile.read(maker.root)).frame.set_index("id")


@pytest.mark.parametrize("unit, value, lang, lower", [
    ("ARS", "500 millones de pesos argentinos", "es", 500e6),
    ("ARS", "500 pesos", "es", 500),            # bare pesos: the topic's
    ("CLP", "500 pesos chilenos", "es", 500),
    ("ARS", "500 Argentine pesos", "en", 500),
    ("COP", "$500.000", "es", 500_000),         # a bare "$": Colombian and Mexican sources write pesos so
    ("MXN", "$500 millones de pesos", "es", 500e6),
    ("USD", "$500", "en", 500),
])
def test_pesos_and_the_dollar_sign_fit_a_topic_in_that_currency(make_project, unit, value, lang, lower):
    """SPEC §4: a value's ISO 4217 currency must be the topic's. "pesos argentinos" was COP, and
    "$500.000" in a COP topic was "in USD": exit 2 with the advice to move the claim."""
    maker = make_project({"id": TOPIC, "title": "Money", "unit": unit})
    maker.source("a", claim(id="a1", value=value, lang=lang))
    assert frame_of(maker).at["a1", "lower"] == lower


@pytest.mark.parametrize("unit, value", [("COP", "US$500"), ("ARS", "500 pesos mexicanos"), ("COP", "500 dollars")])
def test_money_that_names_another_currency_is_still_an_error(make_project, unit, value):
    maker = make_project({"id": TOPIC, "title": "Money", "unit": unit})
    maker.source("a", claim(id="a1", value=value, lang="es" if "pesos" in value else "en"))
    with pytest.raises(ReconcileError, match=f"but topic \"{TOPIC}\" counts {unit}"):
        reconcile.normalize(reconcile.read(maker.root))


@pytest.mark.parametrize("text, lower, upper, qualifier", [
    ("≈500", 450, 550, "approximate"),
    ("ＭＯＲＥ than 500", 500, None, "more-than"),
    ("about ５００", 450, 550, "approximate"),
])
def test_approximately_equal_and_full_width_letters_keep_their_meaning(text, lower, upper, qualifier):
    """"≈500" was exact 500 where "~500" is approximate; "ＭＯＲＥ than 500" dropped "more than"."""
    q = reconcile.parse_quantity(text, "en")
    assert (q.lower, q.upper, q.qualifier) == (lower, upper, qualifier)


def test_a_quote_that_says_none_holds_a_value_of_zero(make_project):
    """SPEC §4's words for zero, in the sentence a quote gives: each was an unquoted-value."""
    maker = make_project()
    quotes = {"p1": ("0", "Nobody was killed in the attack.", None), "p2": ("0", "Nadie murió en el ataque.", "es"),
              "p3": ("nadie", "Ninguno de los soldados murió.", None),
              "p4": ("none", "No one was hurt, police said.", None), "p5": ("0", "No deaths were reported.", None),
              "p6": ("0", "Five people were hurt, police said.", None),
              "p7": ("3", "Nobody was killed in the attack.", None)}
    places = ["CO", "PE", "BR", "AR", "CL", "UY", "PY"]   # one scope each: no finding between them
    maker.source("a", *(claim(id=cid, value=value, quote=quote, place=place, **({"lang": lang} if lang else {}))
                        for place, (cid, (value, quote, lang)) in zip(places, quotes.items())))
    result = CliRunner().invoke(main, ["report", str(maker.root), "--format", "json", "--no-validate",
                                       "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    warned = {f["claims"][0] for f in json.loads(result.stdout)["findings"] if f["kind"] == "unquoted-value"}
    assert warned == {"p6", "p7"}

"""The parsers' Python API (SPEC §6): the arguments a notebook user passes, checked at the door."""
from __future__ import annotations

import fractions

import numpy as np
import pandas as pd
import pytest
from click.testing import CliRunner

import reconcile
from reconcile.cli.main import main
from reconcile.errors import QuantityError
from reconcile.model.records import QuantityConfig


@pytest.mark.parametrize("call", [reconcile.parse_quantity, reconcile.find_quantities])
def test_config_none_means_the_default_settings(call):
    assert call("about 100", "en", config=None) == call("about 100", "en")


@pytest.mark.parametrize("call", [reconcile.parse_quantity, reconcile.find_quantities])
@pytest.mark.parametrize("config", [{"tolerance": 0.2}, 0.2, "default"])
def test_a_config_of_another_type_is_a_type_error_that_says_what_to_pass(call, config):
    with pytest.raises(TypeError, match=r"config must be a QuantityConfig \(for example `project.quantity_config`\)"):
        call("about 100", "en", config=config)


def test_a_config_given_is_still_read():
    config = QuantityConfig(tolerance=0.2)
    assert [(m.lower, m.upper) for m in reconcile.find_quantities("about 100", "en", config)] == [(80, 120)]


@pytest.mark.parametrize("model", ["percentage", "Percent", "money", "numbers", "range", ""])
def test_an_unknown_model_is_a_value_error_naming_the_known_ones(model):
    with pytest.raises(ValueError, match=f"unknown model {model!r}; use one of: number, numberrange, ordinal, age, "
                                         "percent, currency, dimension"):
        reconcile.find_quantities("About 30% of 1,200 households", "en", model=model)


@pytest.mark.parametrize("model", ["number", "numberrange", "ordinal", "age", "percent", "currency", "dimension",
                                   None])
def test_every_known_model_is_taken(model):
    found = reconcile.find_quantities("About 30% of 1,200 households lost $5 million over 12 km.", "en", model=model)
    assert isinstance(found, list)
    if model == "percent":
        assert [m.text for m in found] == ["30%"]


@pytest.mark.parametrize("value", [np.int64(500), np.int32(500), np.uint16(500), pd.Series([500, 109]).iloc[0],
                                   fractions.Fraction(500)])
def test_any_real_number_is_a_value(value):
    q = reconcile.parse_quantity(value)
    assert (q.lower, q.upper, q.qualifier) == (500, 500, "exact")


@pytest.mark.parametrize("value", [True, np.bool_(True)])
def test_a_bool_is_no_value(value):
    with pytest.raises(TypeError, match="not bool"):
        reconcile.parse_quantity(value)


@pytest.mark.parametrize("text", ["   ", "\t\n"])
def test_a_blank_value_is_quoted_as_given(text):
    with pytest.raises(QuantityError, match="empty stated value") as caught:
        reconcile.parse_quantity(text)
    assert caught.value.text == text and repr(text) in str(caught.value)


# one rule for lang, in the three parsers and `reconcile parse --lang`: "en", "es", a regional tag of
# one of them (its language; figures as its region writes them), or None

def _parsers():
    return [lambda text, lang: reconcile.parse_quantity(text, lang).lower,
            lambda text, lang: reconcile.find_quantities(text, lang)[0].lower,
            lambda text, lang: reconcile.quantities_in_text(text, lang)[0]["lower"]]


@pytest.mark.parametrize("parser", range(3))
@pytest.mark.parametrize("lang, text, lower", [
    ("es-MX", "1.200", 1.2), ("es-ES", "1.200", 1200), ("es_mx", "1,200", 1200), ("es-AR", "1.200", 1200),
    ("en-GB", "1,200", 1200), ("en-US", "1.5 million", 1_500_000), ("es-MX", "más de 500", 500),
    ("es-MX", "cuarenta mil", 40_000),
])
def test_a_regional_tag_reads_its_language_with_its_regions_figures(parser, lang, text, lower):
    assert _parsers()[parser](text, lang) == lower


def test_a_regional_tag_of_spanish_reads_spanish_words():
    q = reconcile.parse_quantity("más de 500", "es-MX")
    assert (q.lower, q.upper, q.qualifier, q.lang) == (500, None, "more-than", "es-MX")


@pytest.mark.parametrize("parser", range(3))
@pytest.mark.parametrize("lang", ["fr", "english", "pt-BR", "es-", 5])
def test_every_parser_refuses_another_language_with_the_same_rule(parser, lang):
    with pytest.raises(ValueError, match="lang must be one of 'en', 'es', a regional tag of one of them "
                                         r"\('en-GB', 'es-ES', 'es-MX'"):
        _parsers()[parser]("500", lang)


def test_reconcile_parse_takes_the_lang_the_parsers_take():
    runner = CliRunner()
    result = runner.invoke(main, ["parse", "--lang", "es-MX", "1.200", "más de 1,200"])
    assert result.exit_code == 0, result.output
    assert result.stdout.splitlines() == ["1.200\t1.2\texact", "más de 1,200\t(1,200, ∞)\tmore-than"]
    result = runner.invoke(main, ["parse", "--lang", "fr", "500"])
    assert result.exit_code == 2
    assert "must be one of 'en', 'es', a regional tag of one of them" in result.stderr

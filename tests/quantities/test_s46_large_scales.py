"""Scale words above a trillion (N2 D1, session 46): "5 quadrillion" had been read as 5 (a counted noun
"quadrillion"), silently; "5 cuatrillones" got "did you mean 'trillones'?", a millionfold slip if followed.
A whole number times an inexact scale keeps the decimals as written (5 x 1e24 is 4.999999999999999e+24 in
binary). A stated value of many quantities names the first few, not all of them."""
from __future__ import annotations

import pytest

from reconcile import parse_quantity
from reconcile.errors import QuantityError


@pytest.mark.parametrize("text, lang, value", [
    ("5 quadrillion", "en", 5e15),
    ("five quadrillion dollars", "en", 5e15),
    ("9 quintillion", "en", 9e18),
    ("1 sextillion", "en", 1e21),
    ("5 septillion", "en", 5e24),
    ("2 cuatrillones", "es", 2e24),
    ("un cuatrillón", "es", 1e24),
    ("3 trillones", "es", 3e18),      # the long scale: a trillón is 10^18
])
def test_scales_above_a_trillion(text, lang, value):
    q = parse_quantity(text, lang=lang)
    assert (q.lower, q.upper) == (value, value)


def test_a_comparative_of_a_large_scale():
    q = parse_quantity("more than 2 quadrillion", lang="en")
    assert (q.lower, q.upper, q.qualifier) == (2e15, None, "more-than")


def test_many_quantities_in_one_value_name_the_first_few():
    with pytest.raises(QuantityError) as error:
        parse_quantity("1," * 300 + "500", lang="en")
    message = str(error.value)
    assert message.startswith("300 quantities in one stated value ('1', '1', '1', '1', '1' and 295 more)")
    assert len(message) < 2000


# "that number may be as high as one million" (N6 D11): a top the figure may reach, as "as many as" reads; it
# had been exactly one million. "as low as", "as few as": a floor.
@pytest.mark.parametrize("text, lower, upper, qualifier", [
    ("as high as one million", None, 1e6, "at-most"),
    ("that number may be as high as one million", None, 1e6, "at-most"),
    ("as large as 5,000", None, 5000, "at-most"),
    ("as low as 300", 300, None, "at-least"),
    ("as few as 40 people", 40, None, "at-least"),
    ("as high as 500-1,000", 500, 1000, "range"),     # stress on a range, as "as many as 500 - 1,000"
])
def test_as_high_as_and_as_low_as_bound_the_figure(text, lower, upper, qualifier):
    q = parse_quantity(text, lang="en")
    assert (q.lower, q.upper, q.qualifier) == (lower, upper, qualifier)

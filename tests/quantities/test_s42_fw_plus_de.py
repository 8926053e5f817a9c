""""+ de N" is Spanish shorthand for "más de N": more than N (SPEC §4), never exactly N."""
import pytest

from reconcile import find_quantities, parse_quantity, quantities_in_text


@pytest.mark.parametrize("text, lower", [("+ de 500", 500), ("+de 500", 500), ("+ de 1.000 muertos", 1000),
                                         ("+ del 50%", 50)])
@pytest.mark.parametrize("lang", ["es", None])
def test_plus_de_is_more_than_as_mas_de_is(text, lang, lower):
    q = parse_quantity(text, lang)
    assert (q.lower, q.upper, q.lower_inclusive, q.qualifier) == (lower, None, False, "more-than")
    spelt = parse_quantity(text.replace("+de", "+ de").replace("+", "más"), "es")
    assert (q.lower, q.upper, q.lower_inclusive, q.upper_inclusive) == (
        spelt.lower, spelt.upper, spelt.lower_inclusive, spelt.upper_inclusive)


def test_plus_de_in_running_text_is_more_than():
    text = "Murieron + de 1.000 personas y +de 500 quedaron heridas."
    found = [(m.text, m.lower, m.upper, m.qualifier) for m in find_quantities(text, "es")]
    assert found == [("+ de 1.000 personas", 1000, None, "more-than"), ("+de 500", 500, None, "more-than")]
    read = [(d["text"], d["lower"], d["upper"], d["qualifier"]) for d in quantities_in_text(text, "es")]
    assert read[0][1:] == (1000, None, "more-than") and read[1][1:] == (500, None, "more-than")


@pytest.mark.parametrize("text, value", [("+500", 500), ("+1.000", 1000)])
def test_a_bare_plus_sign_stays_the_figure(text, value):
    q = parse_quantity(text, "es")
    assert (q.lower, q.upper, q.qualifier) == (value, value, "exact")

"""A date given as a stated value is an error that says so, not a count (N8 D1): "March 2019" had been 2,019."""
import pytest

from reconcile import parse_quantity
from reconcile.errors import QuantityError


@pytest.mark.parametrize("value", [
    "March 2019", "marzo de 2019", "marzo 2019", "Mar. 2019", "in 2019", "en 2019", "7 March 2019",
    "March 7, 2019", "7 de marzo de 2019", "2019-03-07", "2019-03", "07/03/2019",
])
def test_a_date_as_the_value_is_a_date_not_an_amount(value):
    with pytest.raises(QuantityError, match="a date, not an amount: put it in as_of") as error:
        parse_quantity(value)
    assert error.value.reason == "a date, not an amount: put it in as_of"


@pytest.mark.parametrize("value, date", [
    ("more than 500 in March 2019", "March 2019"), ("500 as of 2019-03-07", "2019-03-07"),
    ("unos 500 (marzo de 2019)", "marzo de 2019"),
])
def test_a_date_beside_the_figure_is_named(value, date):
    with pytest.raises(QuantityError, match=f"'{date}' is a date, not an amount: put it in as_of"):
        parse_quantity(value)


@pytest.mark.parametrize("value, lower", [
    ("2,019 people", 2019), ("2019 soldiers", 2019), ("2019", 2019), ("in 2019 people", 2019), ("1 March", 1),
    ("in 1,500", 1500),
])
def test_a_count_is_no_date(value, lower):
    q = parse_quantity(value)
    assert (q.lower, q.upper, q.qualifier) == (lower, lower, "exact")


def test_a_claim_whose_value_is_a_month_is_an_error(tmp_path):
    import reconcile

    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "_topics.yaml").write_text("topics:\n  - id: t\n    unit: people\n")
    (tmp_path / "sources" / "a.yaml").write_text(
        "source: {id: a, name: A}\nclaims:\n  - topic: t\n    value: March 2019\n")
    with pytest.raises(reconcile.ReconcileError, match="a date, not an amount"):
        reconcile.normalize(reconcile.read(tmp_path))

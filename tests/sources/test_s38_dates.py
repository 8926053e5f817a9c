"""Session 38: a date field that begins with a date and goes on was cut to its first ten characters, silently
("2019-03-01 to 2019-03-31" was 2019-03-01, which made a false temporal-conflict in a cumulative topic)."""
from __future__ import annotations

import pytest

from conftest import claim
from readers import error_of
from reconcile.model.names import _parse_date_text


@pytest.mark.parametrize("text", ["2019-03-01 to 2019-03-31", "2019-03-07/P1D", "2019-03-07 garbage",
                                  "2019-03-10 (corrected 2019-04-02)", "2019-03-07T25:00"])
def test_a_date_with_more_after_it_is_an_error(text):
    with pytest.raises(ValueError):
        _parse_date_text(text)


@pytest.mark.parametrize("text", ["2019-03-07", "2019-03-07 00:00:00", "2019-03-07T10:30:00Z", "2019-03-07T10:30",
                                  "2019-03-07T10:30+02:00"])
def test_a_date_with_a_time_of_day_is_that_day(text):
    assert _parse_date_text(text) == "2019-03-07"


@pytest.mark.parametrize("field", ["as_of", "stated_on"])
def test_a_claims_date_range_is_an_error_at_its_line(make_project, field):
    maker = make_project()
    maker.source("a", claim(id="c1", value=500, **{field: "2019-03-01 to 2019-03-31"}))
    error = error_of(maker)
    assert error.file.endswith("a.yaml") and error.line is not None and "more than one date" in str(error)

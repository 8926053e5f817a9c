"""Session 39: a spreadsheet date shown as a month ("Mar-19", format mmm-yy) or a year (yyyy) is that
month or year: it had been read as its first day, a narrower as_of than the sheet shows (a claim "as of
March 2019" then compared as of 1 March)."""
from __future__ import annotations

import datetime

import pytest

from readers import load
from tests.sources.test_s37_tables import _pointed
from tests.sources.test_s38_tables import _workbook


@pytest.mark.parametrize(("number_format", "expected"), [
    ("mmm-yy", "2019-03"), ("mmmm yyyy", "2019-03"), ("mm/yyyy", "2019-03"), ('[$-409]mmm\\-yy;@', "2019-03"),
    ("yyyy", "2019"), ('"year "yyyy', "2019"),
    ("yyyy-mm-dd", "2019-03-07"), ("d-mmm-yy", "2019-03-07"), ("mm/dd/yyyy", "2019-03-07"),
    ("yyyy-mm-dd hh:mm", "2019-03-07"),
])
def test_a_date_cell_is_read_as_precisely_as_its_format_shows_it(make_project, number_format, expected):
    maker = make_project()
    _pointed(maker, "a.xlsx", _workbook([["id", "topic", "value", "as_of"],
                                         ["x", "defections", 500, datetime.datetime(2019, 3, 7)]],
                                        formats=[("D2", number_format)]))
    assert load(maker)[1].set_index("id").loc["x", "as_of"] == expected

"""Session 45, X11: a figure is dated days before the sentence's day only by an earlier phrase of its own (R2 item 5).

Sentences written for these tests and the review's (R2): "from 21 a day earlier", "frente a los 21 del día
anterior", "120 people hurt the day before" date the figure; "300 who arrived a week earlier were deported on Monday"
is Monday's (the relative clause's verb is earlier, not the figure).
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _one(body: str, value: str):
    got = [p for p in propose(parse_article(f"date: 2024-03-08\n\n{body}\n", "wire.txt")) if p.value == value]
    assert len(got) == 1
    return got[0]


@pytest.mark.parametrize("body, value, as_of", [
    ("Some 300 who arrived a week earlier were deported on Monday, officials said.", "Some 300", "2024-03-04"),
    ("Some 300 that arrived a week earlier were deported on Monday, officials said.", "Some 300", "2024-03-04"),
    ("Unos 300 que llegaron una semana antes fueron deportados el lunes, según las autoridades.", "Unos 300",
     "2024-03-04"),
    # the figure's own earlier day
    ("The toll rose to 30 on Monday from 21 a day earlier, officials said.", "21", "2024-03-03"),
    ("The toll rose to 30 on Monday from 21 a day earlier, officials said.", "30", "2024-03-04"),
    ("El balance subió el lunes a 30, frente a los 21 del día anterior, según las autoridades.", "21", "2024-03-03"),
    ("On Monday 50 people were hurt, up from 120 people hurt the day before, police said.", "120 people",
     "2024-03-03"),
    ("The toll rose to 27 on Wednesday from 18 two days earlier, officials said.", "18", "2024-03-04"),
    ("The toll rose to 27 on Wednesday from 21 deaths the day before, officials said.", "21", "2024-03-05"),
])
def test_only_a_figures_own_earlier_phrase_dates_it_earlier(body, value, as_of):
    assert _one(body, value).as_of == as_of

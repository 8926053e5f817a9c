"""Session 51 (XP9): regressions of round 1 in extract's proposals, on invented sentences of the constructions met."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _proposals(body: str, title: str = "2019 Varna earthquake") -> list:
    text = f"url: https://example.org/a\ntitle: {title}\noutlet: Wire\ndate: 2019-06-02\n\n{body}\n"
    return propose(parse_article(text, "a.txt"))


def _by_value(body: str, title: str = "2019 Varna earthquake") -> dict:
    return {p.value: p for p in _proposals(body, title)}


@pytest.mark.parametrize("body", [
    "Los rescatistas advirtieron que la cifra de muertos llegaría a 870.",
    "The death toll would climb to 870, rescuers warned.",
    "The death toll would climb to 870, rescuers feared.",
    "La cifra de muertos llegaría a 870, temían los rescatistas.",
    "Según los pronósticos, la cifra de muertos llegaría a 870.",
    "The mayor said the death toll would climb to 870.",
])
def test_a_toll_in_the_conditional_that_someone_foresees_is_a_forecast(body):
    got = _by_value(body)
    assert got["870"].criterion == "dead-expected"


@pytest.mark.parametrize("body", [
    "A mudslide buried Kerva in May 2018. Rescuers feared the worst. The death toll would climb to 870 by June.",
    "Un alud sepultó Kerva en mayo de 2018. Los rescatistas temían lo peor. La cifra de muertos llegaría a 870.",
])
def test_a_warning_in_another_sentence_leaves_a_narrated_toll_counted(body):
    assert _by_value(body)["870"].criterion == "dead"


@pytest.mark.parametrize("body, told", [
    ("Doctors of the World said 31 people were killed when the shelling struck its clinic in Kerva. Amongst the "
     "fatalities were eight aid workers employed by the charity.", None),
    ("La Cruz Roja informó que 31 personas murieron en Kerva. Los fallecidos fueron identificados como 8 socorristas y "
     "23 vecinos.", None),
    ("Doctors of the World said 31 people were killed in Kerva. The group said the fatalities included 8 aid "
     "workers.", "Doctors of the World"),
])
def test_a_list_of_who_the_dead_were_is_told_by_whoever_tells_its_sentence(body, told):
    got = _proposals(body, "Kerva")
    assert got[-1].part_of == 0
    assert got[-1].claimant == told

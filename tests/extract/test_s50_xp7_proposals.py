"""Session 50 (XP7): extract's proposals on news of armed conflicts (N7) and the regressions R7 found. Invented
sentences of the constructions met."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _proposals(body: str, title: str = "2019 Varna earthquake") -> list:
    text = f"url: https://example.org/a\ntitle: {title}\noutlet: Wire\ndate: 2019-06-02\n\n{body}\n"
    return propose(parse_article(text, "a.txt"))


def _by_value(body: str, title: str = "2019 Varna earthquake") -> dict:
    return {p.value: p for p in _proposals(body, title)}


@pytest.mark.parametrize("body, value", [
    ("A landslide buried Ostrava on 2 June 2019, killing 80 people. The death toll would rise to 640 over the "
     "following month.", "640"),
    ("A landslide buried Ostrava on 2 June 2019. By July, the toll would climb to 640, according to the Red Crescent.",
     "640"),
    ("Un alud sepultó Ostrava el 2 de junio de 2019. La cifra de muertos llegaría a 640 en las semanas siguientes.",
     "640"),
])
def test_a_past_toll_told_in_the_conditional_is_counted_not_foreseen(body, value):
    got = _by_value(body)
    assert got[value].criterion == "dead"


@pytest.mark.parametrize("body, value", [
    ("The governor warned that the death toll would rise to 640 within days.", "640"),
    ("El gobernador advirtió que la cifra de muertos llegaría a 640 en pocos días.", "640"),
])
def test_a_toll_a_warning_says_would_rise_stays_a_forecast(body, value):
    got = _by_value(body)
    assert got[value].criterion is not None and got[value].criterion.endswith("expected")


# (S51 XP9: a list the narration tells is the outlet's, GUIDE § source; the bureau's when the bureau tells it)
@pytest.mark.parametrize("body, parts, told", [
    ("La Media Luna de Ostrava informó que 58 civiles murieron en Kerva. Los fallecidos fueron identificados como "
     "33 hombres, 16 niños y 9 niños sin identificar.", ["33", "16", "9"], False),
    ("The Relief Office said 73 people died in Kerva. The dead were identified as 40 men, 21 women and 12 children.",
     ["40", "21", "12"], False),
    ("The Health Bureau said at least 6,310 people have been killed in Kerva. The bureau said the fatalities included "
     "52 children and 27 women.", ["52", "27"], True),
])
def test_a_list_of_who_the_dead_were_is_a_breakdown_of_the_toll_before(body, parts, told):
    got = _proposals(body, "Kerva")
    assert [p.part_of for p in got] == [None] + [0] * len(parts)
    assert [p.value for p in got[1:]] == parts
    assert {p.claimant for p in got[1:]} == {got[0].claimant if told else None}


def test_a_group_word_before_a_noun_of_people_is_the_population():
    got = _by_value("The Health Bureau said the fatalities in Kerva included 18 elderly people.", "Kerva")
    assert got["18"].population == ["elderly"]


@pytest.mark.parametrize("body", [
    "The Coast Agency said the storm killed 41 fishermen. The Harbour Board said six of the 41 dead were sailors.",
    "The storm killed 41 people. Of the dead, six were civilians.",
])
def test_a_part_of_a_named_set_is_the_group_its_copula_names(body):
    got = _proposals(body, "Kerva")
    assert got[1].population == [body.rstrip(".").split()[-1]] and got[1].part_of == 0


def test_a_part_of_another_sources_total_it_names_is_that_totals_part():
    got = _proposals("The Interior Office said the raid killed 37 civilians. The Army said five of the 37 dead were "
                     "civilians.", "Kerva")
    assert got[1].population == ["civilians"] and got[1].part_of == 0

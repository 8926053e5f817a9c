"""Two readings that took a count for something else (session 42, FY). A subject that is a count of a kind
("The three countries", "Two hospitals", "los tres países") names no one: its figures are the claimant
``--source`` names (default: the outlet), as GUIDE gives figures attributed to no one named; a count of people who
speak is their group, as it is without the count ("Three witnesses": witnesses, GUIDE's "the people the text says
told it"). And "on August 5 and 12 people died" names one day and a count, not a span of two days ("on August
5 and 12, floods hit"). The sentences are made up."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.attribution import attributions
from reconcile.extract.dates import dates_in

DATE = "2042-09-01"


def _proposed(body: str) -> list:
    return propose(parse_article(f"url: https://example.org/a\ntitle: Fire\ndate: {DATE}\n\n{body}\n", "a.txt"))


@pytest.mark.parametrize("body", [
    "The three countries reported 300 deaths.",
    "The three governments reported 300 deaths.",
    "Two hospitals said 300 people were injured.",
    "According to two agencies, 300 people died.",
    "300 people died, the three countries said.",
    "Los tres países reportaron 300 muertes.",
    "Los dos gobiernos informaron 300 muertos.",
    "Según los tres gobiernos, 300 personas murieron.",
    "300 personas murieron, dijeron los dos gobiernos.",
])
def test_a_count_of_a_kind_as_subject_is_no_named_claimant(body):
    assert [p.claimant for p in _proposed(body) if p.value.startswith("300")] == [None]
    assert all(not a.who for a in attributions(body))


@pytest.mark.parametrize("body, group", [
    ("Three witnesses said 300 people died.", "witnesses"),
    ("Four police officers said 300 people died.", "police officers"),
    ("Dos policías dijeron que 300 personas murieron.", "policías"),
])
def test_a_count_of_people_who_speak_is_their_group_without_the_count(body, group):
    assert [p.claimant for p in _proposed(body) if p.value.startswith("300")] == [group]


def test_a_name_after_a_count_word_still_names_its_body():
    assert [p.claimant for p in _proposed("The Red Cross reported 300 deaths.")] == ["Red Cross"]
    assert [p.claimant for p in _proposed("La Cruz Roja reportó 300 muertos.")] == ["Cruz Roja"]


@pytest.mark.parametrize("sentence", [
    "A fire broke out in Lima on August 5 and 12 people died.",
    "A fire broke out in Lima on August 5 and 12 houses burned.",
    "A fire broke out in Lima on August 5 and 12 were killed.",
    "Un incendio se desató en Lima el 5 de agosto y 12 personas murieron.",
])
def test_a_day_then_and_a_count_dates_the_count_by_the_day(sentence):
    assert dates_in(sentence, DATE) == "2042-08-05"


@pytest.mark.parametrize("sentence", [
    "On August 5 and 12, floods hit Lima and 30 people died.",
    "Floods hit Lima on August 5 and 12 in two waves.",
    "Floods hit Lima on August 5-12 and 30 people died.",
    "Los días 5 y 12 de agosto, las inundaciones mataron a 30 personas en Lima.",
])
def test_two_days_of_a_month_are_still_a_span(sentence):
    assert dates_in(sentence, DATE) == "2042-08"


def test_the_count_after_a_day_and_and_is_of_that_day():
    proposals = _proposed("A fire broke out in Lima on August 5 and 12 people died.")
    assert [(p.value, p.as_of) for p in proposals] == [("12 people", "2042-08-05")]
    proposals = _proposed("Un incendio se desató en Lima el 5 de agosto y 12 personas murieron.")
    assert [(p.value, p.as_of) for p in proposals] == [("12 personas", "2042-08-05")]

"""A sentence that opens with the set a toll counted, by its word ("Of the deaths, 17,388 were reported in
Kashmir", "Among the dead were 40 children"), breaks that toll down: the figure is ``part_of`` it, and in
its place when the sentence names none reconcile knows (U2 D2)."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _proposals(body: str):
    return propose(parse_article(f"url: https://example.org/a\noutlet: AP\ndate: 2010-01-14\n\n{body}\n",
                                 "article.txt"))


@pytest.mark.parametrize("body, part", [
    ("The health minister said 2,400 people died in the floods in Peru. Of the deaths, 1,900 were reported in "
     "the highlands, he said.", "1,900"),
    ("The army said 310 people were killed in the attacks in Nigeria. Of those killed, 45 were soldiers, the army "
     "said.", "45"),
    ("Officials said the fire killed 85 people in Chile. Among the dead were 12 firefighters, officials said.", "12"),
    ("The ministry said 640 people were injured in the storm in Cuba. Of the injured, 52 were children, the "
     "ministry said.", "52"),
    ("El ministerio informó que 300 personas murieron en el sismo en Perú. De los fallecidos, 40 eran niños, "
     "dijo el ministerio.", "40"),
])
def test_a_sentence_opening_with_the_set_is_a_part_of_its_toll(body, part):
    proposals = _proposals(body)
    total = proposals[0]
    found = next(p for p in proposals if p.value == part)
    assert total.part_of is None
    assert found.part_of == 0
    assert found.criterion == total.criterion


def test_the_part_of_a_place_reconcile_does_not_know_is_in_its_totals_place():
    proposals = _proposals("The minister said 8,200 people died in the quake in Pakistan. Of the deaths, 6,100 "
                           "were reported in Kashmir, he said.")
    assert proposals[1].part_of == 0
    assert proposals[1].place == proposals[0].place == "PK"


def test_a_toll_some_sentences_before_is_the_total_of_its_claimants_part():
    proposals = _proposals("Floods have killed at least 900 people in Pakistan, the NDMA said on Monday.\n"
                           "Aid groups said 2,000 homes were destroyed.\nRoads were closed.\nSchools were shut.\n"
                           "Of the dead, 300 were children, the NDMA said.")
    part = next(p for p in proposals if p.value == "300")
    assert part.part_of == 0


@pytest.mark.parametrize("body", [
    # another count's set: the injured are no part of a toll of the dead
    "The ministry said 85 people died in the storm in Cuba. Of the injured, 12 remain in hospital.",
    # the figure is larger than the toll
    "The ministry said 85 people died in the storm in Cuba. Of the deaths, 120 were reported in Havana.",
])
def test_a_set_that_names_another_count_is_no_part(body):
    proposals = _proposals(body)
    assert all(p.part_of is None for p in proposals)

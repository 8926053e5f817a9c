"""Every figure of a list by name is a claim (session 47, N1 D5): "CNN listed all 41 deaths by county: Lee County 19,
Charlotte County 11, ..." proposed the 41 and the 19 alone, since the running reader reads each item after the first
as a name with digits; each is a part of the total before it.

Invented sentences (names, places and figures changed).
"""
from __future__ import annotations

from reconcile.extract import parse_article, propose
from reconcile.extract.proposal import Proposal


def _proposals(body: str) -> list[Proposal]:
    return propose(parse_article(f"title: Report\ndate: 2024-10-02\n\n{body}\n", "news.txt"))


def test_every_figure_of_a_list_by_name_is_a_part_of_its_total():
    out = _proposals("The state listed all 41 deaths by county: Lee County 19, Charlotte County 11, "
                     "Collier County 7, Volusia County 4.")
    assert [p.value for p in out] == ["41", "19", "11", "7", "4"]
    assert [p.part_of for p in out] == [None, 0, 0, 0, 0]
    assert {p.criterion for p in out} == {"dead"}


def test_a_list_by_name_joined_by_and_gives_its_last_item():
    out = _proposals("The agency listed the 30 dead by district: Lee County 14, Polk County 9 and Hendry County 7.")
    assert [p.value for p in out] == ["30", "14", "9", "7"]


def test_one_each_after_a_list_by_name_is_proposed():
    out = _proposals("The state listed all 41 deaths by county: Lee County 19, Charlotte County 11, "
                     "Collier County 7, and one each in Lake, Polk, Manatee and Hendry counties.")
    assert [p.value for p in out][:5] == ["41", "19", "11", "7", "one"]

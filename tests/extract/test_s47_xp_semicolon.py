"""A figure after a semicolon is no name with digits (session 47, N1 D5): "Two people died in Bay County; five died
in Leon County" read "County; five" as "calle Bartolomé Mitre 3060" and dropped the five.

Invented sentences (names, places and figures changed).
"""
from __future__ import annotations

from reconcile import quantities_in_text
from reconcile.extract import parse_article, propose


def test_a_figure_after_a_semicolon_is_no_name_with_digits():
    body = "Two people died in Bay County; five died in Leon County; and two died in Gulf County."
    out = propose(parse_article(f"title: Report\ndate: 2024-10-02\n\n{body}\n", "news.txt"))
    assert [p.value for p in out] == ["Two people", "five", "two"]
    assert [q["text"] for q in quantities_in_text(body, "en")] == ["Two people", "five", "two"]

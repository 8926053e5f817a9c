"""A bare figure whose bracket says whose estimate it is counts a crowd in an article about a protest (session 47,
dev7's infobox rows: "12,000 (Police estimate)" under "Number" had no population and no criterion, since no line near
it says protest; the title does).

Invented infobox rows and titles (names, dates and figures changed).
"""
from __future__ import annotations

from reconcile.extract import parse_article, propose


def _fields(title: str, body: str) -> dict[str, tuple[tuple[str, ...], str | None]]:
    raw = f"title: {title}\ndate: 2019-03-02\n\n{body}\n"
    return {p.value: (tuple(p.population), p.criterion) for p in propose(parse_article(raw, "news.txt"))}


def test_an_estimate_row_of_a_protest_counts_people_who_protested():
    fields = _fields("2019 Tarnian protests", "Number\n2 March 2019\n8,000 (Police estimate)\n"
                     "25,000 (Organiser estimate)\n9 March 2019\nat least 40,000 (Police estimate)")
    assert {fields[v] for v in ("8,000", "25,000", "at least 40,000")} == {(("people",), "protested")}


def test_an_estimate_row_of_no_protest_is_no_crowd():
    fields = _fields("2019 Tarn floods", "Damage\n2 March 2019\n8,000 (Police estimate)")
    assert fields.get("8,000", ((), None))[1] != "protested"

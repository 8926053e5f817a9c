"""The rows of a block of lines of facts count what its heading says befell them (session 48, XP2; dev7's infobox of
an attack): under "Muertos: Tarn: 0 (+ 2 terroristas)", "Osna: 1 (+ 5 terroristas)" had no criterion and the
bracket's group ("terroristas") for its 1; under "Heridos:", "Brill: 131 (1 fallecido después)" was dead by its
bracket's word. A blank line ends the block (``block_heading``).

Invented lines (names, places and figures changed).
"""
from __future__ import annotations

from reconcile.extract import parse_article, propose
import reconcile.extract.propose_population as _pp

_BOX = ("Muertos: Lisboa: 0 (+ 2 terroristas)\nOporto: 14\nBraga: 1 (+ 4 terroristas)\nTotal: 15 (+ 6 terroristas)\n\n"
        "Heridos: Lisboa: 12 (+ 1 terrorista)\nOporto: 120 (1 fallecido después)\nBraga: 7\n"
        "Total: 139 (+ 1 terrorista)\n\nLos ataques de Oporto dejaron 14 muertos.")


def _rows() -> list[tuple[str, str, list[str], str | None]]:
    raw = f"title: Atentados de Oporto\ndate: 2019-05-03\n\n{_BOX}\n"
    return [(p.quote, p.value, p.population, p.criterion) for p in propose(parse_article(raw, "news.txt"))]


def test_a_row_under_a_heading_counts_what_the_heading_says_befell_it():
    rows = {(quote, value): (pop, crit) for quote, value, pop, crit in _rows()}
    assert rows["Braga: 1 (+ 4 terroristas)", "1"] == (["people"], "dead")
    assert rows["Braga: 1 (+ 4 terroristas)", "4"] == (["terrorists"], "dead")
    assert rows["Total: 15 (+ 6 terroristas)", "15"] == (["people"], "dead")
    assert rows["Oporto: 14", "14"] == (["people"], "dead")
    assert rows["Braga: 7", "7"] == (["people"], "injured")
    assert rows["Total: 139 (+ 1 terrorista)", "139"] == (["people"], "injured")


def test_a_rows_own_word_in_its_bracket_is_the_brackets_figures():
    rows = {(quote, value): (pop, crit) for quote, value, pop, crit in _rows()}
    assert rows["Oporto: 120 (1 fallecido después)", "120"][1] == "injured"
    assert rows["Oporto: 120 (1 fallecido después)", "1"][1] == "dead"


def test_a_blank_line_ends_the_block():
    text = "Muertos: Lisboa: 0\nOporto: 14\n\nBraga: 7\nTotal: 21\n\nEl ataque dejó 14 muertos.\nTarn: 3"
    assert _pp.block_heading(text, text.index("Oporto")) == "Muertos"
    assert _pp.block_heading(text, text.index("Braga")) is None       # a block's first line
    assert _pp.block_heading(text, text.index("Tarn")) is None        # under prose

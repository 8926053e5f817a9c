"""A list by name that opens right after a colon, its first item a name with digits to the running reader ("By
county: Lee County 19, Charlotte County 11"), gives its items (session 48, XP2; R2's leftover of session 47: no item
was proposed, the list reader started only from a first item the running reader kept); a line that breaks down the
count before it ("By county:", "Por provincia:") counts what that count counts.

Invented sentences (names, places and figures changed).
"""
from __future__ import annotations

from reconcile.extract import parse_article, propose


def _fields(body: str, title: str) -> dict[str, tuple[list[str], str | None]]:
    raw = f"title: {title}\ndate: 2022-09-30\n\n{body}\n"
    return {p.value: (p.population, p.criterion) for p in propose(parse_article(raw, "news.txt"))}


def test_a_list_by_name_after_a_colon_gives_each_item():
    found = _fields("Hurricane Ian struck Florida on Wednesday. Officials said 37 people died in the storm. By county: "
                    "Lee County 21, Charlotte County 9, Sarasota County 7.", "Hurricane Ian")
    assert {v: found.get(v) for v in ("21", "9", "7")} == {v: (["people"], "dead") for v in ("21", "9", "7")}


def test_a_line_by_division_counts_what_the_count_before_it_counts():
    found = _fields("El temporal azotó el sur de España. Murieron 23 personas. Por provincia: Málaga 13, Sevilla 6, "
                    "Almería 4.", "Temporal")
    assert {v: found.get(v) for v in ("13", "6", "4")} == {v: (["people"], "dead") for v in ("13", "6", "4")}


def test_a_name_with_digits_after_a_colon_alone_is_no_list():
    found = _fields("El fuego empezó en un local: Calle Mitre 3060, frente a la plaza.", "Incendio")
    assert "3060" not in found

"""Session 49 (XP4), parts left unlinked (N4, left by XP3): "y una más a un agente" (one more, its verb left out, of
the same total as the part before it), and figures by place over the sentences after a toll that add up to it (each
of the toll's population and criterion). Invented sentences."""
from __future__ import annotations

from reconcile import quantities_in_text
from reconcile.extract import parse_article, propose


def _proposals(body: str, title: str = "Paro nacional en Colombia") -> list[tuple[str, list[str], str | None,
                                                                                int | None]]:
    text = f"url: https://example.org/a\ntitle: {title}\noutlet: Wire\ndate: 2031-03-23\n\n{body}\n"
    return [(p.value, p.population, p.criterion, p.part_of) for p in propose(parse_article(text, "a.txt"))]


def test_one_more_of_a_list_is_a_count():
    assert [item["text"] for item in quantities_in_text("Tres murieron en Lyon y una más en París.", "es")] == \
        ["Tres", "una"]
    assert [item["text"] for item in quantities_in_text("Three died in Lyon and one more in Paris.", "en")] == \
        ["Three", "one"]


def test_one_more_that_qualifies_a_noun_or_compares_is_no_count():
    assert quantities_in_text("In 2030 they held one more march.", "en") == []
    assert quantities_in_text("En 2030 era una más grande.", "es") == []


def test_a_second_part_whose_verb_is_left_out_is_of_the_same_total():
    got = _proposals("De las 52 víctimas mortales que registra la Fiscalía, 51 corresponden a civiles y una más a un "
                     "agente de la Policía.")
    assert [(value, part_of) for value, _, _, part_of in got] == [("52", None), ("51", 0), ("una", 0)]


def test_cases_by_place_after_a_toll_that_add_up_to_it_are_its_parts():
    got = _proposals("La Fiscalía busca a 40 personas desaparecidas. La mayoría de las denuncias se registraron en "
                     "Antioquia con 25 casos. También se reportan 10 casos en Bogotá y 5 en Cali.")
    assert got == [("40 personas", ["people"], "missing", None), ("25", ["people"], "missing", 0),
                   ("10", ["people"], "missing", 0), ("5", ["people"], "missing", 0)]


def test_cases_by_place_that_do_not_add_up_to_the_toll_stay_apart():
    got = _proposals("La Fiscalía busca a 40 personas desaparecidas. La mayoría de las denuncias se registraron en "
                     "Antioquia con 25 casos. También se reportan 10 casos en Bogotá y 2 en Cali.")
    assert [part_of for *_, part_of in got] == [None, None, None, None]

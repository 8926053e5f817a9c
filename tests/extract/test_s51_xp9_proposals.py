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


def _sources_of(texts: list[tuple[str, str]]) -> dict:
    from reconcile.extract import Draft, KnownSources, draft_project
    draft = Draft()
    for name, body in texts:
        text = f"url: https://example.org/{name}\ntitle: Prices in Ostrava\noutlet: Wire\ndate: 2011-06-02\n\n{body}\n"
        article = parse_article(text, f"{name}.txt")
        draft_project(draft, article, propose(article), KnownSources(None), None)
    return draft.sources


_ACRONYM_SHORT = ("short", "Consumer prices in Ostrava rose 7.5% in May, according to Ineo.")
_ACRONYM_LONG = ("long", "Los precios subieron un 8,1% en mayo, el doble de lo estimado por el Instituto Nacional de "
                         "Estadística de Ostrava (INEO). El INEO estimó una subida de 4,2% en abril.")


_GENERIC_SHORT = ("short", "Consumer prices rose 7.5% in May, according to Inec.")
_GENERIC_LONG = ("long", "Según el Instituto Nacional de Estadística y Censos (INEC), los precios subieron un 8,1% en "
                         "mayo. El INEC estimó una subida de 4,2% en abril.")


@pytest.mark.parametrize("texts, ids", [
    ([_ACRONYM_SHORT, _ACRONYM_LONG], ["ineo"]),
    ([_ACRONYM_LONG, _ACRONYM_SHORT], ["instituto-nacional-de-estadistica-de-ostrava"]),
    ([_GENERIC_SHORT, _GENERIC_LONG], ["inec"]),
    ([_GENERIC_LONG, _GENERIC_SHORT], None),
])
def test_a_body_named_by_its_acronym_in_another_case_across_articles_is_one_source(texts, ids):
    sources = _sources_of(texts)
    bodies = [s for s, entry in sources.items() if entry["kind"] != "media"]
    assert len(bodies) == 1, bodies
    assert ids is None or bodies == ids

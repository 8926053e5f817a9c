"""A capitalised word used as the short name of a body named before in lower case ("the Chilean
mining authority reported ... according to Mining") is that body, not a claimant of its own
(issue 14; seen on the seed article: "according to Migration"). Invented articles."""
from __future__ import annotations

from reconcile.extract import parse_article, propose


def _article(title: str, body: str, date: str = "2031-05-04"):
    return parse_article(f"url: https://example.org/a\ntitle: {title}\ndate: {date}\n\n{body}", "a.txt")


def _field(proposals, value: str, name: str):
    found = [p for p in proposals if p.value == value]
    assert found, [p.value for p in proposals]
    return getattr(found[0], name)


def _claimant(proposals, value: str):
    return _field(proposals, value, "claimant")


def _part_of(proposals, value: str):
    return _field(proposals, value, "part_of")


def test_a_short_name_is_the_body_named_before_with_that_word():
    article = _article("Miners rescued in Chile",
                       "More than 300 miners were rescued in Chile, the Chilean mining authority reported "
                       "Thursday. In Atacama, 120 miners were rescued, according to Mining.")
    proposals = propose(article)
    assert _claimant(proposals, "120") == _claimant(proposals, "More than 300")


def test_un_nombre_corto_es_el_organismo_nombrado_antes():
    article = _article("Rescatan mineros en Chile",
                       "Más de 300 mineros fueron rescatados en Chile, informó la autoridad de minería chilena "
                       "el jueves. En Atacama, 120 mineros fueron rescatados, según Minería.")
    proposals = propose(article, "es")
    assert _claimant(proposals, "120") == _claimant(proposals, "Más de 300")


def test_two_bodies_with_the_word_leave_the_short_name_as_it_is():
    article = _article("Miners rescued in Chile",
                       "More than 300 miners were rescued in Chile, the Chilean mining authority reported "
                       "Thursday. The Peruvian mining agency said 40 Peruvians were among them. "
                       "In Atacama, 120 miners were rescued, according to Mining.")
    assert _claimant(propose(article), "120") == "Mining"


def test_a_count_before_a_list_of_other_parts_is_a_part_too():
    article = _article("Miners rescued in Chile",
                       "More than 300 miners were rescued in Chile, the mining authority reported. "
                       "In Antofagasta, 200 miners were rescued. Other regions were Atacama (60) and Coquimbo (50).")
    proposals = propose(article)
    total = [i for i, p in enumerate(proposals) if p.value == "More than 300"][0]
    assert _part_of(proposals, "60") == total
    assert _part_of(proposals, "200") == total


def test_un_conteo_antes_de_una_lista_de_otras_partes_es_parte():
    article = _article("Rescatan mineros en Chile",
                       "Más de 300 mineros fueron rescatados en Chile, informó la autoridad minera. "
                       "En Antofagasta fueron rescatados 200 mineros. "
                       "Otras regiones fueron Atacama (60) y Coquimbo (50).")
    proposals = propose(article, "es")
    total = [i for i, p in enumerate(proposals) if p.value == "Más de 300"][0]
    assert _part_of(proposals, "60") == total
    assert _part_of(proposals, "200") == total


def test_without_other_or_outside_the_country_the_count_stays_on_its_own():
    article = _article("Miners rescued in Chile",
                       "More than 300 miners were rescued in Chile, the mining authority reported. "
                       "In Antofagasta, 200 miners were rescued. By region: Atacama (60) and Coquimbo (50).")
    assert _part_of(propose(article), "200") is None
    article = _article("Miners rescued in Chile",
                       "More than 300 miners were rescued in Chile, the mining authority reported. "
                       "In Tacna, Peru, 200 miners were rescued. Other regions were Atacama (60) and Coquimbo (50).")
    assert _part_of(propose(article), "200") is None

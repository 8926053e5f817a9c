"""The article's place when a wire's dateline names one place and its first sentence another.

- the dateline is where the report was filed; when the first sentence says the event happened in
  another town or a subdivision of that country, or in the country itself, that is the event's
  place, and a later sentence that names no place takes it ("LIMA (Reuters) - ... in the town of
  Huaral ... Rescuers found 8 more bodies": Huaral);
- the dateline's town stays the place when the first sentence says the event happened there, or
  names no place;
- between "struck" ("sacudió") and the place it struck may come the day and the kind of division
  ("sacudió el martes la región de Arequipa", "struck on Tuesday the province of Cebu").

Invented articles and sentences (none copied from the data set), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.scene import article_place
from reconcile.quantities.running import sentences

_DAY = "2017-08-09"


def _where(title: str, body: str, value: str | None = None) -> str | None:
    """The code of the article's place, or with ``value`` of the place of the count written so."""
    article = parse_article(f"title: {title}\ndate: {_DAY}\n\n{body}\n", "wire.txt")
    if value is None:
        scene = article_place(article, sentences(article.text, None))
        return scene[0] if scene else None
    counts = [p for p in propose(article) if p.value.endswith(value)]
    return (counts[0].city or counts[0].place) if counts else None


@pytest.mark.parametrize("title, body, code", [
    # another town of the dateline's country
    ("Mudslide in Peru", "LIMA, 9 Aug (Reuters) - A mudslide buried 30 homes in the town of Huaral on Wednesday, "
     "killing 9 people, officials said. Rescuers found 8 more bodies.", "PE-HUARAL"),
    ("Alud en Perú", "LIMA, 9 ago (EFE).- Un alud sepultó el miércoles 30 viviendas en la localidad de Huaral y "
     "mató a 9 personas, informaron las autoridades. Los rescatistas hallaron otros 8 cuerpos.", "PE-HUARAL"),
    # a subdivision of it
    ("Storm in the Philippines", "MANILA (AP) — A storm killed at least 16 people in the province of Cebu on "
     "Wednesday, officials said. Another 40 were injured.", "PH-CEB"),
    ("Sismo en Perú", "LIMA (AFP).- Un sismo sacudió el martes la región de Arequipa y dejó 7 heridos, informó "
     "Defensa Civil. Otras 40 viviendas se derrumbaron.", "PE-ARE"),
    # the country itself
    ("Floods in Kenya", "NAIROBI, Aug 9 (Reuters) - Floods have killed 70 people in Kenya since July, the "
     "interior ministry said. The Red Cross said 9,000 people were displaced.", "KE"),
    ("Inundaciones en Kenia", "NAIROBI, 9 ago (EFE).- Las inundaciones mataron a 70 personas en Kenia desde julio, "
     "informó el Ministerio del Interior. La Cruz Roja dijo que 9000 personas fueron desplazadas.", "KE"),
])
def test_first_sentence_place_over_dateline(title, body, code):
    assert _where(title, body) == code


@pytest.mark.parametrize("title, body, code", [
    ("Fire in Lima", "LIMA, 9 Aug (Reuters) - A fire swept through a market in Lima on Wednesday, killing 9 "
     "people, officials said.", "PE-LIMA"),
    ("Incendio en Lima", "LIMA, 9 ago (EFE).- Un incendio en un mercado de Lima mató el miércoles a 9 personas, "
     "informaron las autoridades.", "PE-LIMA"),
    ("Protest", "QUITO.- Unas 5000 personas marcharon el miércoles contra el Gobierno.", "EC-QUITO"),
    # the country's capital, or the dateline's town named in the first sentence, is the town
    ("Bombing", "KABUL (Reuters) - A bomb killed 20 people in Afghanistan's capital on Monday, police said.",
     "AF-KABUL"),
    ("Atentado", "KABUL (EFE).- Una bomba mató el lunes a 20 personas en la capital de Afganistán.", "AF-KABUL"),
    ("Fire", "NAIROBI (AP) — Twenty people died in Kenya on Monday when a fire swept through a Nairobi slum.",
     "KE-NAIROBI"),
    ("Incendio", "NAIROBI (EFE).- Veinte personas murieron el lunes en Kenia en un incendio en un barrio de Nairobi.",
     "KE-NAIROBI"),
])
def test_dateline_kept(title, body, code):
    assert _where(title, body) == code


@pytest.mark.parametrize("body, value, code", [
    ("LIMA (Reuters) - A mudslide buried homes in the town of Huaral on Wednesday. Rescuers found 8 more bodies.",
     "8", "PE-HUARAL"),
    ("LIMA (EFE).- Un alud sepultó el miércoles viviendas en la localidad de Huaral. Los rescatistas hallaron "
     "otros 8 cuerpos.", "8", "PE-HUARAL"),
])
def test_later_count_takes_event_place(body, value, code):
    assert _where("Mudslide", body, value) == code

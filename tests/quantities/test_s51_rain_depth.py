"""A depth of rain in litres on a square metre is millimetres, not litres nor a count of "l"."""
import pytest

from reconcile import parse_quantity, quantities_in_text


@pytest.mark.parametrize("text, lang", [
    ("771,8 l/m²", "es"),
    ("más de 700 l/m²", "es"),
    ("31 litros por metro cuadrado", "es"),
    ("12 litros por m²", "es"),
    ("120 l/m²", "en"),
    ("120 litres per square metre", "en"),
    ("120 liters per square meter", "en"),
])
def test_litres_on_a_square_metre_are_millimetres(text: str, lang: str) -> None:
    assert parse_quantity(text, lang).unit == "mm"


def test_rain_depth_in_running_text_has_its_unit_and_no_counted_noun() -> None:
    [found] = quantities_in_text("Ayer cayeron 640,8 l/m² en el observatorio de Chiva.", "es")
    assert (found["text"], found["unit"], found["counted"]) == ("640,8 l/m²", "mm", None)
    assert found["lower"] == pytest.approx(640.8)


def test_litres_alone_stay_litres() -> None:
    assert parse_quantity("300 litros", "es").unit == "l"
    [found] = quantities_in_text("Se vendieron 300 litros de leche por metro de estantería.", "es")
    assert found["unit"] == "l"



def test_extract_keeps_the_rain_depth_as_rainfall_in_millimetres() -> None:
    from reconcile.extract import parse_article, propose
    raw = ("title: Lluvias de 2031\ndate: 2031-10-29\n\nLa agencia meteorológica informó de 31 litros por metro "
           "cuadrado en Chiva y de 480,2 l/m² en Turís.\n")
    got = {p.value: p for p in propose(parse_article(raw, "lluvias.txt"))}
    assert set(got) == {"31 litros por metro cuadrado", "480,2 l/m²"}
    assert {p.criterion for p in got.values()} == {"rainfall"}

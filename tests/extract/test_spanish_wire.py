"""Spanish wire copy: the day between the verb and the speaker, a place that opens a sentence
with no subject, the criterion of a tally the verb puts at a figure, nouns of things that are
not people, and a dateline in capitals. Sentences paraphrased from EFE and AP reports of the
September 2022 Mexico and June 2017 Guatemala earthquakes."""
from __future__ import annotations

from reconcile.extract import parse_article, propose

MEXICO = ("url: https://example.org/sismo\ntitle: Suben a dos los muertos por el sismo\ndate: 2022-09-20\n\n"
          "Ciudad de México, 20 sep (EFE).- La cifra de muertes por el sismo de magnitud 7,7 que sacudió el "
          "lunes el occidente del país subió a dos y la de heridos se elevó a 10, según informó este martes "
          "Laura Velázquez, coordinadora nacional de Protección Civil.\n\n"
          "Los dos decesos ocurrieron en el puerto de Manzanillo, donde también hubo nueve heridos.\n\n"
          "En Colima reportó 153 viviendas afectadas, dos templos dañados y cinco puentes dañados.")


def _by_value(text, lang="es"):
    out: dict = {}
    for p in propose(parse_article(text, "a.txt"), lang):
        out.setdefault(p.value, []).append(p)
    return out


def test_the_day_between_the_verb_and_the_speaker_is_passed_over():
    found = _by_value(MEXICO)
    assert found["10"][0].claimant == "Laura Velázquez"
    assert _by_value("Murieron 3 personas, dijo el lunes el ministro de Salud.")["3 personas"][0].claimant == \
        "ministro de Salud"


def test_a_tally_the_verb_puts_at_a_figure_gives_its_criterion():
    found = _by_value(MEXICO)
    assert (found["dos"][0].criterion, found["dos"][0].population) == ("dead", ["people"])
    assert (found["10"][0].criterion, found["10"][0].population) == ("injured", ["people"])
    assert found["dos"][1].criterion == "dead"            # "Los dos decesos"


def test_a_place_opening_a_sentence_without_subject_is_no_claimant_and_things_are_not_people():
    found = _by_value(MEXICO)
    assert found["153"][0].claimant is None and found["153"][0].place == "Colima"
    assert found["dos"][2].population == ["temples"]
    assert found["cinco"][0].population == ["bridges"]
    # a noun reconcile does not know is not taken for people because the verb is a criterion
    assert _by_value("Hubo siete unidades médicas afectadas.")["siete"][0].population == []
    assert _by_value("Hubo 12 lesionados.")["12"][0].population == ["people"]


def test_a_dateline_in_capitals_keeps_its_small_words_in_lower_case():
    text = ("url: https://example.org/g\ntitle: Sismo sacude a Guatemala\ndate: 2017-06-14\n\n"
            "CIUDAD DE GUATEMALA (AP) — Las autoridades confirmaron la muerte de tres personas tras el temblor.")
    assert _by_value(text)["tres personas"][0].place == "Ciudad de Guatemala"

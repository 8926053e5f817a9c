"""R4's review of session 48's first round (invented texts): a row of facts takes the nearest label above it that
says what befell its figure, not the block's first; the passive of following a strike needs its followers ("by 60%
of workers"), not a change ("by a 5% fall in output"), and a vote's backing is no strike's following; a colon opens
a list by place only after a division ("By county:"), and a thing numbered ("Interstate 75") is no place's count."""
from __future__ import annotations

import pytest

from reconcile.extract.article import parse_article
from reconcile.extract.propose import propose


def _proposals(body: str, lang: str = "en", date: str = "2024-10-10"):
    article = parse_article(f"url: https://x.example/a\ntitle: Story\ndate: {date}\n\n{body}\n", "a.txt")
    return propose(article, lang)


def test_a_row_takes_the_nearest_label_that_says_what_befell_it():
    found = {(p.quote, p.value): p.criterion for p in _proposals("Deaths: 16\nMissing: 4\nBarcelona: 3\n")}
    assert found[("Barcelona: 3", "3")] == "missing"
    found = {(p.quote, p.value): p.criterion for p in _proposals(
        "Muertos: Alcanar: 0\nBarcelona: 15\nCambrils: 1\n", "es")}
    assert found[("Cambrils: 1", "1")] == "dead"


@pytest.mark.parametrize("lang, body, change, share", [
    ("en", "Unions called a general strike on Thursday.\n\nThe walkout was followed by a 5% fall in industrial "
           "output, the ministry said.\n\nThe strike was observed by 60% of workers, unions said.", "5%", "60%"),
    ("es", "Los sindicatos convocaron una huelga general el jueves.\n\nLa convocatoria de huelga fue respaldada por "
           "el 77% de los afiliados en la consulta previa, según UGT.\n\nLa huelga fue secundada por el 64%, según "
           "los sindicatos.", "77%", "64%"),
])
def test_a_change_after_a_strike_or_a_vote_backing_it_is_no_share_on_strike(lang, body, change, share):
    found = {p.value: p.criterion for p in _proposals(body, lang)}
    assert found[change] != "on-strike-share"
    assert found[share] == "on-strike-share"


def test_a_colon_opens_a_list_by_place_only_after_a_division():
    body = ("Roads closed: Interstate 75, Interstate 4 and State Road 29.\n\nBy noon: Lee County 5, Collier County 2."
            "\n\nAt least 34 people died, officials said. By county: Lee County 19, Charlotte County 11, Sarasota "
            "County 7.")
    values = [p.value for p in _proposals(body)]
    assert not {"75", "4", "29", "5", "2"} & set(values)
    assert {"19", "11", "7"} <= set(values)


def test_a_figure_another_side_moves_is_the_others_only_when_the_dispute_is_set_out():
    """R4 5: 'the other side named before' is a side of the dispute the mover is in, not whoever spoke last."""
    said = {p.value: p.claimant for p in _proposals(
        "El Ministerio de Sanidad dijo que 3 personas resultaron heridas. En Valencia marcharon 2.000 personas, cifra "
        "que los organizadores elevaron a 10.000.", "es")}
    assert said["2.000 personas"] is None and said["10.000"] == "organizadores"
    said = {p.value: p.claimant for p in _proposals(
        "La huelga tuvo un seguimiento del 20%, según el Gobierno, cifra que los sindicatos elevaron al 80%. En "
        "Valencia fue del 35%, datos que elevan al 93% los sindicatos.", "es")}
    assert said["35%"] is not None and "obierno" in said["35%"]


def test_a_verb_that_only_begins_like_one_of_moving_moves_nothing():
    said = {p.value: p.claimant for p in _proposals(
        "Los sindicatos hablaron de un seguimiento del 80%. En Valencia fue del 35%, dato que subrayan los "
        "sindicatos frente al 20% del año pasado.", "es")}
    assert said["35%"] in (None, "sindicatos")


@pytest.mark.parametrize("lang, body, value", [
    ("en", "Date: 17 August 2017 16:50 (Barcelona)\n18 August 2017 01:15 (Cambrils)\nDeaths: 16\n\nHospitals in "
           "Barcelona said on 25 August that 50 people remained in hospital.", "50 people"),
    ("es", "Fecha: 17 de agosto de 2017 16:50 (Barcelona)\n18 de agosto de 2017 01:15 (Cambrils)\nMuertos: 16\n\nEl "
           "25 de agosto, los hospitales de Barcelona dijeron que 50 personas seguían ingresadas.", "50 personas"),
])
def test_an_infobox_day_of_a_place_does_not_date_a_sentence_that_names_its_own_day(lang, body, value):
    """R4 2: the infobox's day of Barcelona dates Barcelona's rows, not a later sentence told on another day."""
    undated = parse_article(f"2017 attacks\n\n{body}\n", "a.txt")     # no date: the infobox's days only
    as_of = {p.value: p.as_of for p in propose(undated, lang)}
    assert as_of[value] != "2017-08-17"
    rows = {p.value: p.as_of for p in _proposals(body.split("\n\n")[0] + "\nBarcelona: 15\n", lang, "2017-08-27")}
    assert rows["15"] == "2017-08-17"

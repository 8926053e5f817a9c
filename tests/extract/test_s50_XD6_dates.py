"""as_of, session 50 (XD6): invented sentences of the regressions R7 found in XD4's dating of a count by its bound
(a weekday "until", a span of months, the first months of a year), and of N7's defects."""
from __future__ import annotations

from reconcile.extract import parse_article, propose


def _dates(text: str, date: str, lang: str, title: str = "Storms") -> list[tuple[str, str | None]]:
    article = parse_article(f"url: https://example.org/a\ntitle: {title}\ndate: {date}\n\n{text}", "a.txt")
    return [(p.value, p.as_of) for p in propose(article, lang)]


def test_a_day_to_come_another_clause_runs_until_is_no_day_of_the_toll():
    # 2029-09-11 is a Tuesday; the toll is of that Tuesday, not of the Friday the roads stay shut until
    text = "On Tuesday, the storm killed 27 people, and roads will stay shut until Friday."
    assert ("27 people", "2029-09-11") in _dates(text, "2029-09-11", "en", "Storm hits Varna")
    text = "El martes murieron 27 personas y los caminos seguirán cerrados hasta el viernes."
    assert ("27 personas", "2029-09-11") in _dates(text, "2029-09-11", "es", "Tormenta azota Varna")
    # a count that runs to a day gone keeps it: "until Sunday" in an article of Monday
    text = "The agency revealed on Monday that 51,300 people had crossed until Sunday."
    assert ("51,300 people", "2029-09-09") in _dates(text, "2029-09-10", "en", "Crossings")


def test_a_span_of_months_in_another_clause_does_not_date_the_toll():
    text = ("A storm struck Varna on 11 September 2029. The storm killed 27 people; the monsoon there lasts from "
            "June to November.")
    assert ("27 people", "2029") in _dates(text, "2029-09-11", "en", "2029 Varna storm")
    # the span of the figure's own clause still dates it
    text = "Varna deported 640 migrants between January and March."
    assert ("640", "2029-03") in _dates(text, "2029-09-11", "en", "Deportations")


def test_a_figures_own_year_beats_the_first_months_of_another_year():
    text = "In the first half of 2029, 4,100 cases were confirmed, against 1,750 in all of 2028."
    dates = _dates(text, "2029-08-20", "en", "Varna measles")
    assert ("4,100", "2029-06") in dates
    assert ("1,750", "2028") in dates


def test_the_same_period_of_the_sentence_before_carries_its_end_date():
    # N7: the injured "in that same period" are counted to the day the toll before runs to, not the article's day
    text = ("Ginebra, 24 mar (EFE).- La ONU informó hoy de que 3.210 personas han muerto en seis meses de conflicto, "
            "según sus registros actualizados hasta el pasado domingo.\n\n"
            "En ese mismo periodo, los heridos han sido 7.845, indicó el portavoz Bruno Lemaire.")
    dates = _dates(text, "2031-03-24", "es", "ONU: 3.210 muertos en seis meses")
    assert ("7.845", "2031-03-23") in dates
    text = ("The UN said on Monday that 3,210 people had been killed in six months of fighting, according to its "
            "records updated to Sunday.\n\nOver the same period, 7,845 people were injured, the UN said.")
    assert ("7,845 people", "2031-03-23") in _dates(text, "2031-03-24", "en", "UN: 3,210 killed")

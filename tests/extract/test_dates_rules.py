"""The as_of of a drafted claim (issue 14): rules on invented articles."""
from __future__ import annotations

from reconcile.extract import parse_article, propose
from reconcile.extract.dates import dates_in, names_days


def _article(title: str, body: str, date: str):
    return parse_article(f"url: https://example.org/a\ntitle: {title}\ndate: {date}\n\n{body}", "a.txt")


def _as_of_in(title: str, body: str, date: str, value: str, lang: str | None = None):
    return _as_of(propose(_article(title, body, date), lang), value)


def _as_of(proposals, value: str):
    found = [p for p in proposals if p.value == value or p.value.startswith(value + " ")]
    assert found, [p.value for p in proposals]
    return found[0].as_of


ACCOUNT = ("The 2031 Arequipa earthquake was a magnitude 7.1 earthquake that struck southern Peru on 4 March "
           "2031. The earthquake had a depth of 33 km. It killed 412 people and injured 2,300. "
           "More than 300 aftershocks followed, the strongest of magnitude 5.9.")


def test_an_accounts_earthquake_toll_is_of_its_year_and_its_measures_of_its_day():
    proposals = propose(_article("2031 Arequipa earthquake", ACCOUNT, "2031-03-04"))
    assert _as_of(proposals, "33 km") == "2031-03-04"         # the event's depth: its day
    assert _as_of(proposals, "412") == "2031"                 # a toll tallied after the day
    assert _as_of(proposals, "2,300") == "2031"
    assert _as_of(proposals, "5.9") == "2031"                 # an aftershock comes after the day


def test_a_toll_said_to_be_so_far_is_of_the_articles_day():
    body = ACCOUNT.replace("It killed 412 people", "So far it has killed 412 people")
    assert _as_of_in("2031 Arequipa earthquake", body, "2031-03-04", "412") == "2031-03-04"


def test_a_news_report_of_an_earthquake_dates_its_toll_by_its_own_day():
    body = "A strong earthquake struck southern Peru on Tuesday. Officials said 412 people died."
    assert _as_of_in("Earthquake strikes southern Peru", body, "2031-03-05", "412") == "2031-03-05"


def test_a_count_over_two_days_is_of_their_month_not_of_the_articles_day():
    body = "Protesters marched across Chile on 15 and 16 February. About 90,000 people took part on both days."
    assert dates_in("About 90,000 people marched on 15 and 16 February.", "2031-02-15") == "2031-02"
    assert names_days("on 15 and 16 February", "2031-02-15") and not names_days("in February 2031", "2031-02-15")
    proposals = propose(_article("Chile protests", body.replace(". About", ", and about"), "2031-02-15"))
    assert _as_of(proposals, "about 90,000") == "2031-02"
    # the days' own year, when the list gives it
    assert dates_in("Marcharon el 3 y el 4 de octubre de 2029.", "2031-02-15") == "2029-10"


def test_a_measure_of_the_event_the_sentence_dates_by_its_year_alone_is_of_the_events_day():
    body = ("El terremoto de Arequipa de 2031 fue un sismo que sacudió el sur del Perú el 4 de marzo de 2031. "
            "Con una magnitud de 7,1, fue el sismo más fuerte del año 2031 en el país.")
    proposals = propose(_article("Terremoto de Arequipa de 2031", body, "2031-03-04"), "es")
    assert _as_of(proposals, "7,1") == "2031-03-04"


def test_a_count_since_a_day_is_of_the_articles_day():
    assert dates_in("The flood has displaced 3,000 people since last Thursday.", "2031-08-11") is None
    assert dates_in("Desde el pasado 5 de agosto han muerto 40 personas.", "2031-08-11") is None
    assert dates_in("El 5 de agosto murieron 40 personas.", "2031-08-11") == "2031-08-05"
    body = "The fire has displaced 3,000 people since last Thursday."
    assert _as_of_in("Camp fire in Assam", body, "2031-08-11", "3,000") == "2031-08-11"


def test_the_following_day_counts_from_the_last_day_named():
    from reconcile.extract.dates import later_day
    body = ("On 3 May 2031, some 40,000 people marched in Quito. The following day, 12,000 marched in "
            "Guayaquil. Two days later, 5,000 gathered in Cuenca.")
    proposals = propose(_article("Ecuador marches", body, "2031-05-10"))
    assert _as_of(proposals, "12,000") == "2031-05-04"
    assert _as_of(proposals, "5,000") == "2031-05-06"
    assert later_day("Al día siguiente murieron 4 personas.", "2031-05-03") == "2031-05-04"
    # when something was said after the event is not the day of the count
    assert later_day("The government reported two days after the quake that 700 had died.", "2031-05-03") is None


def test_protests_against_a_war_are_an_event_of_a_day():
    body = "On 4 May 2031, protests were held in Rome. They drew around 300,000 people."
    assert _as_of_in("4 May 2031 Sahel War protests", body, "2031-05-04", "around 300,000") == "2031-05-04"
    body = "The war displaced 300,000 people."
    assert _as_of_in("2031 Sahel War", body, "2031-05-04", "300,000") == "2031"


def test_a_population_or_a_staff_is_of_the_year():
    body = "On 4 May 2031 some 2 million people, a fifth of the region's 10 million population, marched."
    assert _as_of_in("Regional strike", body, "2031-05-04", "10 million") == "2031"
    body = "The factory, employing around 4,000 people, burned down."
    assert _as_of_in("Factory fire", body, "2031-05-04", "around 4,000") == "2031"
    # a prison's population on the day of a fire is of that day
    body = "El portavoz cifró en 900 la población del penal."
    assert _as_of_in("Incendio en el penal", body, "2031-05-04", "900", "es") == "2031-05-04"


def test_an_account_of_a_natural_disaster_named_in_its_opening_tallies_its_toll_by_the_year():
    body = ("La tragedia de Valdemora fue un desastre natural que ocurrió el 4 de mayo de 2031. "
            "Se reportaron más de 300 personas fallecidas.")
    assert _as_of_in("Tragedia de Valdemora", body, "2031-05-04", "más de 300", "es") == "2031"


def test_a_date_in_another_time_zone_is_not_another_day():
    assert dates_in("The ship sent a distress signal at 08:58 KST (23:58 UTC, 3 May 2031).", "2031-05-04") is None


def test_an_event_over_years_dates_its_undated_counts_by_the_year():
    body = "Las protestas dejaron 1.200 heridos."
    assert _as_of_in("Protestas en Valdemora de 2030-2031", body, "2030-04-18", "1.200", "es") == "2030"


def test_a_month_named_alone_is_of_the_articles_year():
    cases = [("A finales de octubre, el número de desplazados superaba los 20.000.", "2019-10"),
             ("In late June, 3,000 people were still in shelters.", "2019-06"),
             # a month with its year, or a day of a month, reads as before
             ("In late May 2010, 40 died.", "2010-05"),
             ("El 3 de marzo murieron 5 personas.", "2019-03-03"),
             # "may" the verb is no month
             ("The toll may rise to 300.", None)]
    assert [dates_in(text, "2019-03-14") for text, _ in cases] == [want for _, want in cases]

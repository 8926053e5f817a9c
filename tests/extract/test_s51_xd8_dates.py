"""as_of, session 51 (XD8): invented sentences of the shapes a new user (N9) showed extract dating rates wrong: a
month's figure read as a day ("for April 31%"), the month of a figure's own phrase beaten by the next figure's, the
year a figure closed, a month a figure is given for, and a year that belongs to a comparison."""
from __future__ import annotations

from reconcile.extract import parse_article, propose


def _dates(text: str, lang: str, date: str | None = "2019-06-14",
           title: str = "Prices in Norvale") -> list[tuple[str, str | None]]:
    head = f"url: https://example.org/a\ntitle: {title}\n" + (f"date: {date}\n" if date else "")
    article = parse_article(f"{head}\n{text}", "a.txt")
    return [(p.value, p.as_of) for p in propose(article, lang)]


# --- 1. "for April 31%" is 31 per cent in April, no day of April ---------------------------------------------------

def test_a_months_figure_after_it_is_no_day_of_that_month():
    text = "The survey put approval at 33.5% in May. The figure for April was 30.2% and for March 31%."
    assert _dates(text, "en") == [("33.5%", "2019-05"), ("30.2%", "2019-04"), ("31%", "2019-03")]
    assert _dates("Joblessness for April was 6.5% and for March 6.1%.", "en") == [("6.5%", "2019-04"),
                                                                                  ("6.1%", "2019-03")]


def test_a_day_of_a_month_is_still_read():
    assert _dates("The rate fell to 6.1% on April 12, the bureau said.", "en") == [("6.1%", "2019-04-12")]


# --- 2. the month of a figure's own noun phrase beats the month of the next figure ---------------------------------

def test_the_month_of_a_figures_own_phrase_dates_it():
    text = ("El instituto informó que la inflación de abril fue de 12,4 por ciento, del 11,9 por ciento en marzo y "
            "del 10,5 por ciento en febrero.")
    assert _dates(text, "es", title="Precios en Norvale") == [
        ("12,4 por ciento", "2019-04"), ("11,9 por ciento", "2019-03"), ("10,5 por ciento", "2019-02")]


# --- 3. "cerró 2016 en un 92 por ciento": the year it closed ------------------------------------------------------

def test_the_year_a_figure_closed_dates_it():
    assert _dates("Según el banco central, la inflación cerró 2016 en un 92,3 por ciento.", "es",
                  title="Precios") == [("92,3 por ciento", "2016")]
    assert _dates("The statistics office said inflation closed 2016 at 92.3 percent and unemployment ended 2017 "
                  "at 8.1%.", "en") == [("92.3 percent", "2016"), ("8.1%", "2017")]


# --- 4. a month a figure is given for ("para marzo", "November's") ------------------------------------------------

def test_a_month_a_figure_is_given_for_dates_it():
    assert _dates("Según la oficina de estadística, la inflación fue de 2,4 por ciento para marzo.", "es",
                  title="Precios") == [("2,4 por ciento", "2019-03")]
    # a month after the article's is of the year before
    assert _dates("The bureau said November's inflation of 1.3% was the highest in a decade.", "en") == [
        ("1.3%", "2018-11")]


# --- 5. a year that belongs to the comparison, not to the count ---------------------------------------------------

def test_the_year_of_the_same_period_set_against_is_not_the_counts():
    assert ("About 640 people", "2019-06-14") in _dates(
        "About 640 people crossed the pass, a 75% drop from the same period of 2018, officials said.", "en")
    assert ("Unas 640 personas", "2019-06-14") in _dates(
        "Unas 640 personas cruzaron el paso, una caída del 75% respecto del mismo período de 2018, dijeron las "
        "autoridades.", "es", title="Migración")

"""The as_of of news copy (issue 14): the day of the event a report opens with dates what it then
tells of it in a past tense, in any paragraph; the day of a closing attribution ("..., police said
on Monday") is when the count was told, not what it counts; "this year", "en lo que va del año"
date by the year; a capitalised Spanish weekday inside a sentence is a name ("Santo Domingo").
The articles are made up; 2041-11-25 is a Monday."""
from __future__ import annotations

from reconcile.extract import parse_article, propose
from reconcile.extract.dates import dates_in, relative_date, said_on

MONDAY = "2041-11-25"


def _as_of(title: str, body: str, value: str, date: str = MONDAY) -> str | None:
    proposals = propose(parse_article(f"url: https://example.org/a\ntitle: {title}\ndate: {date}\n\n{body}", "a.txt"))
    found = [p for p in proposals if p.value == value or p.value.startswith(value + " ")]
    assert found, [p.value for p in proposals]
    return found[0].as_of


def test_the_event_day_the_opening_names_dates_past_figures_of_later_paragraphs():
    body = ("A tanker collided with a barge off Port Alder on Saturday, the coast guard said.\n\n"
            "The tanker, owned by Gull Lines, carried 90,000 tonnes of diesel, the company said.")
    assert _as_of("Tanker spill", body, "90,000 tonnes") == "2041-11-23"
    body = ("Un autobús chocó contra un muro en Villa Norte el sábado, informó la policía.\n\n"
            "El vehículo transportaba 46 pasajeros, según la empresa.")
    assert _as_of("Choque de autobús", body, "46") == "2041-11-23"


def test_the_event_day_named_after_the_toll_dates_the_toll():
    body = ("Cinco personas murieron al derrumbarse un puente peatonal en Puerto Lila, informó la alcaldía.\n\n"
            "El alcalde dijo que el derrumbe ocurrió a las 8.10 horas del jueves.")
    assert _as_of("Derrumbe de puente", body, "Cinco") == "2041-11-21"
    body = ("Five people died when a footbridge collapsed in Lila Harbour, officials said.\n\n"
            "The mayor said the collapse happened shortly after dawn on Thursday.")
    assert _as_of("Bridge collapse", body, "Five") == "2041-11-21"


def test_a_count_of_a_day_is_no_event_day():
    # "37 trucks entered on Friday" dates its own count, not what the report then tells
    body = ("Only 37 aid trucks entered the valley on Friday, the agency said.\n\n"
            "Officials said 95 trucks had been approved for the crossing.")
    assert _as_of("Aid", body, "95") == MONDAY
    body = ("Solo 37 camiones de ayuda entraron al valle el viernes, dijo la agencia.\n\n"
            "Las autoridades dijeron que 120 camiones habían sido autorizados.")
    assert _as_of("Ayuda", body, "120") == MONDAY


def test_the_day_of_a_closing_attribution_is_when_the_count_was_told():
    # the quote's count is of the event's day, the day it was told is the article's
    body = ("Three people were killed when a gunman opened fire at a market in Dunmore on Sunday, police said.\n\n"
            '"There were about 300 people inside," the chief told reporters on Monday.')
    assert _as_of("Market shooting", body, "about 300") == "2041-11-24"
    body = ("Tres personas murieron en un tiroteo en un mercado de Villa Sur el domingo, informó la policía.\n\n"
            '"Había unas 300 personas dentro", dijo el lunes el jefe de policía.')
    assert _as_of("Tiroteo", body, "unas 300") == "2041-11-24"
    # a flood's toll told on the article's day is known by the year, as its undated toll
    assert _as_of("Floods in the north", "Floods killed at least 12 people in the region, the governor said on "
                  "Monday.", "at least 12") == "2041"
    assert _as_of("Inundaciones en el norte", "Las inundaciones mataron al menos a 12 personas en la región, dijo "
                  "el lunes el gobernador.", "al menos a 12") == "2041"


def test_a_count_up_to_now_keeps_the_day_it_was_told():
    assert _as_of("Cholera outbreak", "The region has recorded 900 cholera cases since March, the ministry said "
                  "on Monday.", "900") == MONDAY
    assert _as_of("Brote de cólera", "La región ha registrado 900 casos de cólera desde marzo, informó el lunes "
                  "el ministerio.", "900") == MONDAY


def test_said_on_reads_the_attribution_after_the_figures_only():
    assert said_on("Floods killed 12 people, the governor said on Monday.")
    assert said_on("Las inundaciones mataron a 12 personas, informó el lunes el gobernador.")
    assert not said_on("Six died in the fire on Saturday, police said.")
    assert not said_on("Seis murieron en el incendio del sábado, dijo la policía.")
    assert not said_on("Police said on Monday that 30 people had died.")
    assert not said_on("La policía dijo el lunes que 30 personas murieron.")


def test_this_year_and_this_month_date_by_the_year_and_the_month():
    assert dates_in("The minister said there had been 150 murders in the city so far this year.", MONDAY) == "2041"
    assert dates_in("El ministro dijo que en lo que va del año hubo 150 homicidios en la ciudad.", MONDAY) == "2041"
    assert dates_in("At least 28 children had died of hunger this month.", MONDAY) == "2041-11"
    assert dates_in("Al menos 28 niños murieron de hambre este mes.", MONDAY) == "2041-11"
    # a day the sentence names is the count's day, of a count since the year began too
    assert dates_in("El ministerio reportó este viernes 1.200 casos en lo que va del año.", MONDAY) == "2041-11-22"
    assert dates_in("The ministry reported 1,200 cases this year on Friday.", MONDAY) == "2041-11-22"
    # a rank within the year is not a count of it
    assert dates_in("It was the 5th crash this year; 30 died.", MONDAY) is None
    assert dates_in("Fue el peor accidente en lo que va del año; murieron 30.", MONDAY) is None


def test_a_capitalised_spanish_weekday_inside_a_sentence_is_a_name():
    assert relative_date("Cinco personas murieron en Santo Domingo.", MONDAY) is None
    assert relative_date("Five people died in Santo Domingo.", MONDAY) is None
    assert relative_date("Los obreros se alojaban en la Escuela Domingo Faustino.", MONDAY) is None
    # a day: lower case, or opening the sentence; English days are written with a capital
    assert relative_date("Cinco personas murieron el domingo.", MONDAY) == "2041-11-24"
    assert relative_date("Domingo: cinco muertos.", MONDAY) == "2041-11-24"
    assert relative_date("Five people died on Sunday.", MONDAY) == "2041-11-24"

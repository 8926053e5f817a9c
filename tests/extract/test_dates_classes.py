"""The as_of of a drafted claim, classes of dates read from the development set's misses (issue
14): an event of several days named by its days, another event named with its year, a year that
ends a record. The articles are made up."""
from __future__ import annotations

from reconcile.extract import parse_article, propose
from reconcile.extract.dates import dates_in, event_month, other_event_date


def _proposals(title: str, body: str, date: str, lang: str | None = None):
    return propose(parse_article(f"url: https://example.org/a\ntitle: {title}\ndate: {date}\n\n{body}", "a.txt"),
                   lang)


def _as_of(proposals, value: str):
    found = [p for p in proposals if p.value == value or p.value.startswith(value + " ")]
    assert found, [p.value for p in proposals]
    return found[0].as_of


def test_an_event_of_two_days_named_by_its_days_dates_its_undated_counts_by_the_month():
    body = ("The Harbour rallies were a series of gatherings held in towns across Norway on 7–8 March 2037 "
            "in memory of the ferry's victims. Police estimated that 40,000 people attended in Bergen. "
            "Over 12 ministers walked with the crowd.")
    proposals = _proposals("Harbour rallies", body, "2037-03-08")
    assert _as_of(proposals, "40,000") == "2037-03"
    assert _as_of(proposals, "Over 12") == "2037-03"
    # the Spanish opening, days joined by "y"
    body = ("Las marchas del agua fueron manifestaciones celebradas en Cusco el 3 y el 4 de mayo de 2036. "
            "Según la policía, marcharon 15.000 personas.")
    assert _as_of(_proposals("Marchas del agua", body, "2036-05-04", "es"), "15.000") == "2036-05"


def test_an_event_of_one_day_or_a_sentence_with_its_own_date_keeps_the_day():
    body = ("The Harbour rally was a gathering held in Bergen on 8 March 2037. "
            "Police estimated that 40,000 people attended.")
    assert _as_of(_proposals("Harbour rally", body, "2037-03-08"), "40,000") == "2037-03-08"
    body = ("The Harbour rallies were gatherings held across Norway on 7–8 March 2037. "
            "On 8 March, 40,000 people attended in Bergen.")
    assert _as_of(_proposals("Harbour rallies", body, "2037-03-08"), "40,000") == "2037-03-08"
    assert event_month("Held on 7–8 March 2037.", "2037-03-08") == "2037-03"
    assert event_month("Held on 7–8 March 2037.", "2037-04-02") is None     # not the article's days
    assert event_month("Held on 8 March 2037.", "2037-03-08") is None


def test_a_figure_in_a_clause_of_another_event_named_with_its_year_is_of_that_year():
    body = ("El huracán Lía fue el segundo más mortífero de la región, solo detrás del huracán de 1842, "
            "que mató al menos a 9.000 personas. Lía causó 3.100 muertes.")
    proposals = _proposals("Huracán Lía", body, "2034-10-02", "es")
    assert _as_of(proposals, "al menos a 9.000") == "1842"
    assert _as_of(proposals, "3.100") == "2034"
    # the article's day is that event's anniversary: the same day of that year
    sentence = ("The tremor struck on the 20th anniversary of the 2014 Valdivia earthquake, which killed "
                "about 600 people.")
    assert other_event_date(sentence, sentence.index("about"), "2034-06-11") == "2014-06-11"
    assert other_event_date(sentence, sentence.index("about"), "2035-06-11") == "2014"   # not 20 years on
    # an event of the article's own year, and a figure before the event's clause
    assert other_event_date("the 2034 Lía hurricane, which killed 3,100", 38, "2034-10-02") is None
    sentence = "Lía killed 3,100, more than the hurricane of 1842, which killed 900."
    assert other_event_date(sentence, sentence.index("3,100"), "2034-10-02") is None


def test_a_year_that_ends_a_record_is_not_the_figures():
    sentence = ("Damage reached US$4 billion, the costliest storm on record in the region until that record "
                "was broken by Kara in 2041.")
    assert dates_in(sentence, "2033-08-01") is None
    assert dates_in("Damage reached US$4 billion in 2033.", "2033-08-01") == "2033"


def test_a_toll_in_the_sentence_that_dates_the_event_is_known_by_the_year():
    body = ("El alud de San Mateo fue un deslizamiento ocurrido en la aldea de San Mateo, Guatemala, el 3 de "
            "julio de 2033, que dejó un saldo de 54 fallecidos. La lluvia acumulada fue de 120 mm.")
    proposals = _proposals("Alud de San Mateo", body, "2033-07-03", "es")
    assert _as_of(proposals, "54") == "2033"                  # a toll, tallied after the day
    assert _as_of(proposals, "120 mm") == "2033-07-03"        # a measure: of the day
    body = ("El alud de San Mateo fue un deslizamiento ocurrido en la aldea de San Mateo, Guatemala, el 3 de "
            "julio de 2033, que destruyó más de 40 viviendas.")
    assert _as_of(_proposals("Alud de San Mateo", body, "2033-07-03", "es"), "más de 40") == "2033-07-03"
    body = ("Cyclone Tam made landfall in Fiji on 4 March 2039, causing at least 212 deaths. "
            "On 9 March 2039, officials said 30 people were still missing.")
    proposals = _proposals("Cyclone Tam", body, "2039-03-04")
    assert _as_of(proposals, "at least 212") == "2039"
    assert _as_of(proposals, "30") == "2039-03-09"            # a day of the count's own
    # a crush of one day (no toll tallied over weeks) keeps its day
    body = "The Lanter stampede was a crush at a stadium in Lanter on 2 June 2038 that killed 71 people."
    assert _as_of(_proposals("Lanter stampede", body, "2038-06-02"), "71") == "2038-06-02"


def test_a_measure_is_of_a_day_a_storms_winds_too():
    sentence = ("Dry air weakened the storm on 28 September, though it then strengthened to peak winds of "
                "180 km/h on 2 October; another agency assessed peak winds of 200 km/h.")
    assert dates_in(sentence, "2036-10-02") == "2036"                     # what the two days share
    proposals = _proposals("Cyclone Ora", sentence, "2036-10-02")
    assert _as_of(proposals, "180 km/h") == "2036-10-02"                  # the day just after it
    assert _as_of(proposals, "200 km/h") == "2036-10-02"                  # the last day before it
    # an undated measure of a flood is of the flood's day, its toll of the year; a storm's winds, a measure
    # (GUIDE.md: "a measure of the event (magnitude, depth, distance, speed, surge) is the event's day"), its day
    body = ("La inundación de Tandil de 2035 afectó a la ciudad. El servicio meteorológico informó que "
            "cayeron 190 mm. Murieron 40 personas.")
    proposals = _proposals("Inundación de Tandil de 2035", body, "2035-04-02", "es")
    assert _as_of(proposals, "190 mm") == "2035-04-02"
    assert _as_of(proposals, "40") == "2035"
    body = "Typhoon Ruby crossed the islands. Highest winds: 210 km/h."
    assert _as_of(_proposals("Typhoon Ruby", body, "2035-11-08"), "210 km/h") == "2035-11-08"


def test_hours_later_and_a_day_of_the_month_named_alone():
    body = ("El terremoto de Lebu se produjo el 12 de marzo de 2032. Sin embargo, horas después, un tsunami "
            "mató a cinco personas.")
    assert _as_of(_proposals("Terremoto de Lebu", body, "2032-03-12", "es"), "cinco") == "2032-03-12"
    body = ("El 14 de septiembre de 2031 se cerró la frontera. Posteriormente el día 22 se sumaron otros "
            "tres municipios a la medida.")
    assert _as_of(_proposals("Crisis fronteriza de 2031", body, "2031-08-20", "es"), "tres") == "2031-09-22"
    # a day before the last one named is not read in its month
    body = "El 14 de septiembre de 2031 se cerró la frontera. Desde el día 2, cruzaron 300 personas."
    assert _as_of(_proposals("Crisis fronteriza de 2031", body, "2031-08-20", "es"), "300") != "2031-09-02"


def test_a_wildfire_is_an_event_of_days():
    body = ("The Great Fire of Lorca started on 3 February 2034 in the hills of the town. The wildfire "
            "destroyed at least 900 homes.")
    assert _as_of(_proposals("Great Fire of Lorca", body, "2034-02-03"), "at least 900") == "2034"
    body = "The Lorca nightclub fire started on 3 February 2034. The fire killed 41 people."
    assert _as_of(_proposals("Lorca nightclub fire", body, "2034-02-03"), "41") == "2034-02-03"


def test_an_undated_count_takes_the_day_named_before_in_its_paragraph():
    body = ("The Marlow building collapse occurred on 2 May 2035 in Marlow.\n\n"
            "The search for survivors ended on 19 May 2035. About 800 people were rescued alive.\n\n"
            "Some 40 shops stood in the building.")
    proposals = _proposals("Marlow building collapse", body, "2035-05-02")
    assert _as_of(proposals, "About 800") == "2035-05-19"
    assert _as_of(proposals, "Some 40") == "2035-05-02"        # another paragraph: the article's day
    # not in an article of weeks, where an undated count is of the year
    body = ("The Tarn floods began in the valley.\n\nOn 12 June 2035 the river peaked. About 800 people "
            "were evacuated.")
    assert _as_of(_proposals("Tarn floods", body, "2035-06-10"), "About 800") == "2035"


def test_what_a_sudden_event_destroyed_is_of_its_day_unless_told_with_its_toll():
    body = ("La avalancha de Tumaco fue un alud ocurrido en Tumaco el 5 de mayo de 2036. "
            "Fueron arrasados doce barrios de la ciudad. Dejó 80 muertos y 900 viviendas destruidas.")
    proposals = _proposals("Avalancha de Tumaco", body, "2036-05-05", "es")
    assert _as_of(proposals, "doce") == "2036-05-05"          # neighbourhoods swept away: that day
    assert _as_of(proposals, "80") == "2036"                  # the toll, tallied after it
    assert _as_of(proposals, "900") == "2036"                 # houses told with the toll: the tally's year


def test_the_events_own_anniversary_is_its_day_years_on():
    sentence = "En su primer aniversario se realizó el referéndum de 2034."
    assert dates_in(sentence, "2033-05-14") == "2034-05-14"
    assert dates_in("On its second anniversary, 5,000 people gathered again.", "2033-05-14") == "2035-05-14"
    body = ("La marcha del agua fue una manifestación celebrada en Quito el 14 de mayo de 2033.\n\n"
            "En su primer aniversario se realizó el referéndum de 2034. Finalmente el «Sí» ganó con el 61% "
            "de los votos.")
    assert _as_of(_proposals("Marcha del agua", body, "2033-05-14", "es"), "61%") == "2034-05-14"

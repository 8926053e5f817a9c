"""Numbers of running text that state no count: a ranking after "top", even odds."""
from __future__ import annotations

from reconcile import quantities_in_text


def _texts(text, lang="en"):
    return [q["text"] for q in quantities_in_text(text, lang)]


def test_top_n_is_a_ranking_and_even_odds_are_no_counts():
    assert _texts("He was one of the top 10 players.") == []
    assert _texts("The vote left them with a 50-50 chance.") == []
    # a range and a count after "top" used otherwise stay
    assert _texts("Between 50-60 people came.") == ["Between 50-60"]
    assert _texts("The top floor collapsed with 10 people inside.") == ["10 people"]


def test_a_range_of_days_with_its_month_is_a_date():
    assert _texts("The strikes took place on 4–6 May 2016 in twenty towns.") == ["twenty"]
    assert _texts("Clashes broke out on June 2-3, 2009.") == []
    assert _texts("Huelgas del 4 al 6 de mayo de 2016 en veinte pueblos.", "es") == ["veinte"]
    # a range of people is a count, month or no month
    assert _texts("Between 10 and 20 people were hurt on 3 May.") == ["Between 10 and 20 people"]


def test_a_year_that_dates_a_currency_is_no_amount():
    assert _texts("Losses were put at $9 billion (2005 US dollars).") == ["$9 billion"]
    assert _texts("The bill came to €3 million (2020 euros).") == ["€3 million"]
    assert _texts("They paid 2013 USD for the car.") == ["2013 USD"]


def test_a_number_in_a_compound_adjective_is_no_count():
    assert _texts("Police seized a six-wheeled truck and 40 rifles.") == ["40"]
    assert _texts("A two-headed snake was shown to 300 visitors.") == ["300"]
    # a storey count before its noun stays ("a ten-storey block")
    assert _texts("A ten-storey block fell.") == ["ten"]


def test_numbers_in_a_question_are_asked_not_stated():
    assert _texts("Who can say how many drowned — 1,000, 2,000? The coast guard counted 85.") == ["85"]
    assert _texts("Did 400 people really vote?") == []
    assert _texts("¿Murieron 300 personas? Nadie lo sabe.", "es") == []


def test_a_match_score_is_no_count():
    assert _texts("United won 4-2 before 70,000 fans.") == ["70,000"]
    assert _texts("El equipo venció 2–1 ante 30.000 espectadores.", "es") == ["30.000"]
    # a range of people without a match stays
    assert _texts("Some 3-4 million people were affected.") == ["Some 3-4 million"]


def test_a_four_digit_count_a_toll_rises_to_is_no_year():
    assert _texts("By Monday the toll had risen to 1302.") == ["1302"]
    assert _texts("La cifra de muertos ascendió a 1187.", "es") == ["1187"]
    assert _texts("The dam was finished in 1987.") == []


def test_a_modal_or_a_pronoun_ends_the_counted_noun():
    found = quantities_in_text("Under the pact, 12 states must ratify it.", "en")
    assert [q["counted"] for q in found] == ["states"]


def test_a_label_before_a_comma_names_nothing_after_it():
    assert _texts("Under the terms of the law, 28 members must respond.") == ["28"]
    assert _texts("Según el artículo 5 de la ley, 28 miembros deben responder.", "es") == ["28"]
    assert _texts("Category 4 winds hit 30 towns.") == ["30"]


def test_a_decade_is_no_count():
    assert _texts("En los años 80, la fábrica empleaba a 1.000 trabajadores.", "es") == ["1.000"]
    assert _texts("The 80 students marched.") == ["80"]


def test_a_calibre_a_ratio_and_an_age_range_are_no_counts():
    assert _texts("The gunman had a .308 caliber rifle and killed 9 people.") == ["9 people"]
    assert _texts("Police found a 9 mm pistol and 40 rounds.") == ["40"]
    assert _texts("The bill passed by a 3-to-1 margin with 900 votes.") == ["900"]
    assert _texts("The victims, aged between 19 and 30, were 14 students.") == ["14"]
    # a range of people and a distance in millimetres stay
    assert _texts("Between 19 and 30 people were hurt as 120 mm of rain fell.") == [
        "Between 19 and 30 people", "120 mm"]


def test_an_irregular_participle_ends_the_counted_noun():
    found = quantities_in_text("It was one of 23 firearms found in the room.", "en")
    assert [q["counted"] for q in found] == ["firearms"]


def test_a_day_after_until_is_a_date():
    assert _texts("La inundación duró hasta el 15 de diciembre de 2007 y afectó 300 casas.", "es") == ["300"]
    assert _texts("Up to 30 people were hurt in May.") == ["Up to 30 people"]


def test_several_hundred_is_a_band_not_a_hundred():
    found = quantities_in_text("Several hundred people were arrested.", "en")
    assert [(q["text"], q["lower"], q["upper"], q["counted"]) for q in found] == [
        ("Several hundred people", 200.0, 999.0, "people")]
    found = quantities_in_text("Unos cuantos miles de vecinos marcharon.", "es")
    assert [(q["lower"], q["upper"]) for q in found] == [(2000.0, 9999.0)]


def test_a_figure_of_speech_is_no_count():
    assert _texts("The town's heart broke into a thousand pieces; 190 died.") == ["190"]
    assert _texts("El pueblo se rompió en mil pedazos.", "es") == []
    # pieces counted in digits stay
    assert _texts("Police recovered 40 pieces of debris.") == ["40"]


def test_a_figure_put_at_a_small_number_is_no_time_of_day():
    from reconcile import quantities_in_text
    text = "Government figures put the dead at 12, while students said 40."
    assert [q["text"] for q in quantities_in_text(text, "en")] == ["12", "40"]
    assert [q["text"] for q in quantities_in_text("The toll stood at 7 on Monday.", "en")] == ["7"]
    # a meeting at 9 is at nine o'clock
    assert quantities_in_text("The meeting began at 9 and ended at 11.", "en") == []


def test_an_order_of_magnitude_alone_that_no_one_gives_is_not_proposed():
    from reconcile.extract import parse_article, propose

    def values(body: str) -> list[str]:
        article = parse_article(f"url: https://example.org/a\ntitle: Inundación\ndate: 2031-05-04\n\n{body}", "a.txt")
        return [p.value for p in propose(article)]

    assert values("Decenas de pueblos quedaron aislados y 40 personas murieron.") == ["40 personas"]
    assert values("Miles de casas se perdieron; el río dejó 12 muertos.") == ["12"]
    assert values("Hundreds of homes were flooded and 7 people died.") == ["7 people"]
    # a source's "dozens" is a claim
    assert values("Hundreds of homes were flooded, the Red Cross said.") == ["Hundreds"]
    # two orders are a figure's size, and a figure with its order is a figure
    assert values("Tens of thousands of homes were destroyed.") == ["Tens of thousands"]
    assert values("Unos 3 millones de personas perdieron sus casas.") == ["Unos 3 millones de personas"]


def test_reference_marks_inside_a_range_leave_it_one_range():
    # "460[2] to 3,500[3]": one range, as without the marks (was two figures, each junk)
    got = quantities_in_text("Deaths: 460[2] to 3,500[3] (number disputed)", "en")
    assert [(q["text"], q["lower"], q["upper"]) for q in got] == [("460 to 3,500", 460, 3500)]
    got = quantities_in_text("Víctimas: entre 1.200[4] y 3.000[5] muertos.", "es")
    assert [(q["lower"], q["upper"]) for q in got] == [(1200, 3000)]
    # a figure that ends the sentence keeps its text, and the mark's own number is no figure
    assert _texts("The flood killed 45 people.[12]") == ["45 people"]
    assert _texts("La riada mató a 45 personas[3] y dejó 12 heridos[4].", "es") == ["45 personas", "12"]


def test_a_known_multitude_with_the_article_is_no_figure_whoever_speaks():
    from reconcile.extract import parse_article, propose

    def values(text, lang):
        return [p.value for p in propose(parse_article(text + "\n", "a.txt"), lang)]

    # "sin contar los miles de inmigrantes": the thousands the text knows of, not a count
    assert values("Según el censo, 700 mil colombianos vivían allí, sin contar los miles de inmigrantes.",
                  "es") == ["700 mil"]
    assert values("According to the census, 7,000 lived there, not counting the thousands of migrants.",
                  "en") == ["7,000"]
    # a source's "miles de personas" stays a figure of that source
    assert values("Según la ONU, miles de personas huyeron.", "es") == ["miles"]


def test_a_four_digit_count_that_its_words_name_is_no_year():
    # Spanish writes 1500 without a separator: a label or a verb that puts a count at it says so
    assert _texts("Muertos: 1500", "es") == ["1500"]
    assert _texts("El número de heridos fue de 1200.", "es") == ["1200"]
    assert _texts("Los fallecidos suman 1800.", "es") == ["1800"]
    assert _texts("Deaths: 1500") == ["1500"]
    assert _texts("The toll was 1700.") == ["1700"]
    # years stay years: a label of a date, a year after "in"/"de", a year of another event
    assert _texts("Fecha: 1985", "es") == []
    assert _texts("El terremoto de 1985 fue el peor.", "es") == []
    assert _texts("The deadliest quake was in 1985.") == []
    assert _texts("El número de víctimas es similar al de 1985.", "es") == []
    # a bare four-digit figure that a verb of what befell people follows is a count, after "y"; not after "en"
    assert _texts("Murieron 300 personas y 1200 resultaron heridas.", "es") == ["300 personas", "1200"]
    assert _texts("En 1985 murieron 30 personas.", "es") == ["30 personas"]


def test_the_figures_of_other_events_given_as_examples_of_a_comparison_are_no_claims():
    text = ("El bombardeo mató a 25 000 personas, una cifra inferior a las de otros bombardeos, como "
            "Tokio (100 000) o Hamburgo (40 000).")
    assert _texts(text, "es") == ["25 000 personas"]
    text = "The quake killed 3,000 people, fewer than those of earlier quakes such as Kobe (6,434)."
    assert _texts(text) == ["3,000 people"]
    # the event's own figure after a comparison stays
    assert _texts("Compared with other storms, 40 deaths is low.") == ["40"]
    assert _texts("El sismo, mayor que otros, dejó 30 muertos.", "es") == ["30"]


def test_a_whole_cut_in_parts_and_a_hyphenated_duration_are_no_counts():
    assert _texts("La crecida dividió el río en 3 partes.", "es") == []
    assert _texts("The ferry broke into two pieces and 12 people died.") == ["12 people"]
    assert _texts("After a two-and-a-half day siege, 30 were freed.") == ["30"]


def test_a_year_before_people_is_a_year_and_a_year_shaped_toll_after_of_is_a_count():
    # "In 1985 people died": a year (was the count '1985 people'); "the 2000 people" stays a count
    assert _texts("In 1985 people died in the floods.") == []
    assert _texts("En 2010 personas de todo el país marcharon.", "es") == []
    assert _texts("The 2000 people who marched were counted.") == ["2000 people"]
    # "de 1500 víctimas", "of 1500 deaths": a count of the words after it, not the year 1500
    assert _texts("Se recuperaron los restos de 1500 víctimas.", "es") == ["1500"]
    assert _texts("The flood left a toll of 1500 deaths.") == ["1500"]
    assert _texts("Las víctimas de 1985 fueron recordadas.", "es") == []


def test_a_milepost_a_weekday_date_and_a_denominator_in_words_are_no_counts():
    assert _texts("El choque ocurrió en el kilómetro 25 de la carretera.", "es") == []
    assert _texts("La carretera 5 quedó cortada por el alud.", "es") == []
    assert _texts("The crash happened at km 25 of the highway.") == []
    # a weekday after "el"/"on" and a day of the month: a date; not "Last Tuesday 5 died", "13 people"
    assert _texts("Ocurrió el sábado 13 a las 11 y media.", "es") == []
    assert _texts("Last Tuesday 5 died.") == ["5"]
    assert _texts("On Saturday 13 people died.") == ["13 people"]
    # "una de cada tres": one share (1/3, as "1 in 3 homes" is), the three is no count
    assert _texts("Una de cada tres viviendas quedó destruida.", "es") == ["Una de cada tres"]
    # a length of road stays a measure
    assert _texts("La caravana recorrió 25 kilómetros.", "es") == ["25 kilómetros"]


def test_coordinates_an_anniversary_a_decade_and_a_capitalised_code_are_no_counts():
    assert _texts("El epicentro se localizó en 19°25′N 99°08′O, a 30 km de la costa.", "es") == ["30 km"]
    assert _texts("The epicentre was at 33° 27' S, 70 km offshore.") == ["70 km"]
    assert _texts("El 50 aniversario de la tragedia reunió a 2000 personas.", "es") == ["2000 personas"]
    assert _texts("En la década de los 90 hubo varias crisis.", "es") == []
    assert _texts("La planta no cumplía la norma ISO 9001.", "es") == []
    # a body's initials before a count with its noun stay a count: "UN 300 dead"
    assert _texts("UN 300 dead, officials say.") == ["300"]


def test_a_vague_distance_no_one_gives_is_where_not_a_measure():
    from reconcile.extract import parse_article, propose

    def values(text, lang):
        return [p.value for p in propose(parse_article(text + "\n", "a.txt"), lang)]

    assert values("The storm formed several hundred kilometers east of Guam.", "en") == []
    assert values("La tormenta se formó a varios cientos de kilómetros al este de Guam.", "es") == []
    # a stated distance, a source's vague one, and a vague count of people stay
    assert values("The quake struck 70 kilometres east of Sendai.", "en") == ["70 kilometres"]
    # (the band with its unit, as "70 kilometres" above: SPEC §4, a value keeps its unit)
    assert values("Según el observatorio, la ceniza llegó a varios cientos de metros.", "es") == [
        "varios cientos de metros"]
    assert values("Murieron varios cientos de personas.", "es") == ["varios cientos"]

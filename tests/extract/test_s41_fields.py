"""Criterion, place, as_of and population of the sentences of a new user's report (session 41, U5): each
figure takes the fields of its own clause (invented sentences written like the wire copy of the report)."""
from __future__ import annotations

from reconcile.extract import parse_article, propose


def _proposals(text: str, lang: str = "en", date: str = "2024-03-06") -> dict[str, dict]:
    article = parse_article(f"title: x\ndate: {date}\noutlet: Wire Test\n\n" + text, "a.txt")
    return {p.value: {"criterion": p.criterion, "place": p.place, "as_of": p.as_of, "population": p.population}
            for p in propose(article, lang)}


# --- criterion -------------------------------------------------------------------------------------------------

def test_a_death_toll_that_rose_to_a_figure_counts_the_dead_not_the_next_figures_injured():
    found = _proposals("The death toll from the collapse of a stadium stand in northern Peru has risen to 40, "
                       "with around 120 others injured, officials said on Tuesday.")
    assert found["40"]["criterion"] == "dead"
    assert found["40"]["population"] == ["people"]
    assert found["around 120"]["criterion"] == "injured"


def test_a_weekday_after_the_verb_is_no_criterion():
    found = _proposals("Unas 5.000 personas se manifestaron el sábado en Sevilla.", "es")
    assert found["Unas 5.000 personas"]["criterion"] == "protested"


# --- place -----------------------------------------------------------------------------------------------------

def test_a_place_with_an_aside_keeps_its_figure_and_a_clause_after_while_keeps_its_own():
    found = _proposals("The number of deaths in Kenya, the hardest-hit country, has reached 40, while 12 had died "
                       "in Uganda and 9 in Tanzania, the Red Cross said.")
    assert [found[v]["place"] for v in ("40", "12", "9")] == ["KE", "UG", "TZ"]


def test_two_countries_set_against_each_other_by_while_each_keep_their_figure():
    found = _proposals("The Ebola outbreak keeps spreading. Sierra Leone has registered 97 cases in total, "
                       "while Liberia has seen 33.")
    assert found["97"]["place"] == "SL"
    assert found["33"]["place"] == "LR"
    # the noun left out of the second clause is the first one's, and seeing a count is no criterion
    assert found["33"]["population"] == found["97"]["population"] == ["people"]
    assert found["33"]["criterion"] == found["97"]["criterion"] == "infected"


def test_while_of_a_time_in_the_same_clause_does_not_split_it():
    found = _proposals("At least 12 people drowned in Lagos while fleeing the floods.")
    assert found["At least 12 people"]["place"] == "Lagos"


def test_a_dateline_town_is_not_the_place_of_a_count_over_a_region_or_several_countries():
    found = _proposals("GENEVA (AFP) - Cholera across southern Africa has killed 700 people, the World Health "
                       "Organization said Wednesday. The U.N. health agency said 300 of them died in Malawi.")
    assert found["700 people"]["place"] is None
    assert found["300"]["place"] == "MW"
    found = _proposals("Geneva (AFP) - Ebola has killed 337 people, the WHO said.\n\n"
                       "Including the deaths, 528 people across the three countries have contracted Ebola.")
    assert found["528 people"]["place"] is None
    assert found["337 people"]["place"] == "Geneva"


# --- as_of -----------------------------------------------------------------------------------------------------

def test_days_earlier_count_back_from_the_day_named_last():
    assert _proposals("The death toll in the landslide in Nepal was 131 a day earlier, the army said.")[
        "131"]["as_of"] == "2024-03-05"
    assert _proposals("El balance era de 90 muertos dos días antes, según la Cruz Roja.", "es")[
        "90"]["as_of"] == "2024-03-04"
    assert _proposals("The toll was 131 two days earlier, the army said.")["131"]["as_of"] == "2024-03-04"


def test_days_before_another_day_named_are_not_counted_back():
    found = _proposals("Two days before the election, 40 people were arrested in Lima.")
    assert found["40 people"]["as_of"] != "2024-03-04"


# --- population ------------------------------------------------------------------------------------------------

def test_knots_are_a_speed_not_a_population():
    found = _proposals("Winds of upwards of 40 knots battered the boat, the captain said.")
    assert found["upwards of 40 knots"]["population"] == []
    assert found["upwards of 40 knots"]["criterion"] == "peak-winds"


def test_a_quoted_figure_counts_the_noun_after_the_closing_mark():
    found = _proposals("Los organizadores dan «casi un millón» de personas los que llegaron a Cibeles.", "es")
    assert found["casi un millón"]["population"] == ["people"]

"""What a count of an epidemic, a strike or a crowd counts, as encyclopedic copy writes them: cases
of a disease are people infected ("Suspected cases: 4,310", "Casos confirmados: 2 118"); workers
who joined a strike are on strike; a crowd's noun counted by what befell it is the group
("[protesters]"); a figure in a bracket or a list after a count takes that count's criterion;
a bare figure another source gives goes on the count before it; a count of arrests is people
arrested.

Invented articles (none copied from the data set or from a stored page), English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _fields(body: str) -> dict[str, tuple[list[str], str | None]]:
    raw = f"title: Outbreak\ndate: 2021-06-02\n\n{body}\n"
    return {p.value: (list(p.population), p.criterion) for p in propose(parse_article(raw, "wiki.txt"))}


@pytest.mark.parametrize("body, value, criterion", [
    ("By June the ministry had recorded 4,310 cases of measles in the province of Tarn.", "4,310", "infected"),
    ("Suspected cases: 4,310", "4,310", "infected-suspected"),
    ("Casos confirmados: 2 118 (confirmados por laboratorio)", "2 118", "infected-confirmed"),
    ("El ministerio registró 2.118 casos sospechosos de dengue en la provincia de Tarn.", "2.118",
     "infected-suspected"),
    ("Casos: 900 000 (estimado)", "900 000", "infected-estimated"),
])
def test_cases_of_a_disease_count_the_people_infected(body, value, criterion):
    assert _fields(body)[value] == (["people"], criterion)


@pytest.mark.parametrize("body, value", [
    ("En la provincia de Tarn, unas 300 personas estaban infectadas.", "unas 300 personas"),
    ("En el cuartel de Tarn, 40 reclutas fueron contagiados por el agua.", "40"),
])
def test_a_verb_of_infection_is_infected(body, value):
    assert _fields(body)[value][1] == "infected"


@pytest.mark.parametrize("body, value, population", [
    ("According to the union, 12,000 miners went on strike at the pits of Tarn.", "12,000", ["miners"]),
    ("Según el sindicato, 12.000 estibadores secundaron la huelga en el puerto de Tarn.", "12.000",
     ["people"]),
    ("Unos 8.000 mineros en huelga bloquearon la carretera de Tarn.", "Unos 8.000", ["miners"]),
])
def test_workers_who_joined_a_strike_are_on_strike(body, value, population):
    pop, crit = _fields(body)[value]
    assert crit == "on-strike"
    assert pop == population


def test_a_gathering_the_text_calls_a_protest_is_protested():
    body = ("La marcha contra la reforma recorrió Tarn. Según la policía, hasta 40.000 personas se reunieron "
            "en la plaza mayor.")
    assert _fields(body)["hasta 40.000 personas"] == (["people"], "protested")


@pytest.mark.parametrize("body, value, population, criterion", [
    ("Police in Tarn arrested 25 protesters after the march.", "25", ["protesters"], "arrested"),
    ("En Tarn, 25 manifestantes fueron detenidos tras la marcha.", "25", ["protesters"], "detained"),
    ("Three striking miners were injured in the clashes at Tarn.", "Three", ["miners"], "injured"),
])
def test_a_crowds_noun_counted_by_what_befell_it_is_the_group(body, value, population, criterion):
    assert _fields(body)[value] == (population, criterion)


@pytest.mark.parametrize("body, value, population", [
    ("En los choques de Tarn, 60 personas resultaron heridas (35 agentes y 25 manifestantes).", "25",
     ["protesters"]),
    ("In the clashes at Tarn, 60 people were injured (35 officers and 25 protesters).", "25", ["protesters"]),
    ("La Defensoría contó 60 heridos en Tarn, entre ellos 35 manifestantes y 25 agentes.", "25", ["officers"]),
])
def test_a_part_in_a_bracket_or_a_list_takes_its_counts_criterion(body, value, population):
    assert _fields(body)[value] == (population, "injured")


def test_a_bare_figure_another_source_gives_goes_on_the_count_before_it():
    body = ("Según los organizadores, 90.000 personas marcharon en Tarn contra la reforma. En Brill, 15.000, "
            "según la policía local.")
    assert _fields(body)["15.000"] == (["people"], "protested")


@pytest.mark.parametrize("body, value, criterion", [
    ("Arrests: 45", "45", "arrested"),
    ("Durante la jornada se produjeron 142 detenciones en Tarn.", "142", "detained"),
])
def test_a_count_of_arrests_is_people_arrested(body, value, criterion):
    assert _fields(body)[value] == (["people"], criterion)


@pytest.mark.parametrize("body, value", [
    ("Detained: 1,200", "1,200"),
    ("Detenidos: 98", "98"),
    ("La jornada de Tarn dejó al menos 3 muertos y 512 detenidos.", "512"),
])
def test_a_detention_is_detained_as_the_verb_stands(body, value):
    assert _fields(body)[value] == (["people"], "detained")


@pytest.mark.parametrize("body, value", [
    ("The general strike in Tarn involved over 1.7 million workers.", "over 1.7 million"),
    ("About 1.5 million workers struck on the first day in Tarn.", "About 1.5 million"),
    ("A strike by 50,000 teachers closed schools across Tarn.", "50,000"),
    ("In Tarn, 65,000 workers stayed off the job.", "65,000"),
    ("Una huelga de unos 8.000 mineros paralizó Tarn.", "unos 8.000"),
])
def test_the_count_a_strike_is_said_with_is_on_strike(body, value):
    assert _fields(body)[value][1] == "on-strike"


def test_taking_part_in_a_riot_is_protested_over_another_clauses_verb():
    body = "During the riots in Tarn, some 13,000 people took part in the unrest, of whom about 3,100 were arrested."
    assert _fields(body)["some 13,000 people"] == (["people"], "protested")


def test_cases_that_were_fatal_are_dead():
    body = "Of the 3,000 cases of cholera reported in Tarn, 120 were fatal."
    assert _fields(body)["120"] == (["people"], "dead")


@pytest.mark.parametrize("body, value", [
    ("Troops fired on the crowd in Tarn, killing 10 and wounding 25.", "25"),
])
def test_a_wounding_verb_is_injured(body, value):
    assert _fields(body)[value][1] == "injured"


def test_things_that_sustained_damage_are_damaged():
    assert _fields("In Tarn, 81 stations sustained major damage.")["81"] == (["stations"], "damaged")


@pytest.mark.parametrize("body, value, criterion", [
    # not a count of cases: a share of them, and what befell the sick
    ("Tarn accounted for 38% of the cases of measles in the country.", "38%", None),
    # a strike of a storm or a quake is no strike of workers
    ("The storm struck Tarn on Monday; 300 people were evacuated.", "300 people", "evacuated"),
    # a gathering no protest is told of: no protest
    ("Unas 40.000 personas se reunieron en el estadio de Tarn para ver la final.", "Unas 40.000 personas", None),
    # the crowd itself, in a list after the injured: protested
    ("En Tarn hubo 12 heridos y 3.000 manifestantes en la plaza.", "3.000", "protested"),
    # a bare figure a source gives two sentences after a count does not go on it
    ("Según los organizadores, 90.000 personas marcharon en Tarn. El alcalde habló después en la radio local. "
     "En la lista de la comisaría de Brill figuran 64, según la policía.", "64", None),
    # cases of no illness stay cases
    ("The court in Tarn heard 40 cases of fraud last year.", "40", None),
    ("In Tarn, 3,000 cases of the new phone were sold.", "3,000", None),
    # an earthquake that struck, an airstrike, volunteers in a search: no strike, no protest
    ("A magnitude 7.0 earthquake struck Tarn on Monday.", "7.0", "magnitude"),
    ("The airstrike in Tarn hit a hospital that held 30 patients.", "30", "held"),
    ("The union, which represents 40,000 workers in Tarn, called a strike.", "40,000", None),
    # "paro" is also unemployment: no strike
    ("En Tarn, el paro de 3.000 personas preocupa al alcalde.", "3.000 personas", None),
    # money's damage stays damage
    ("The floods in Tarn caused US$40 million in damage.", "US$40 million", "damage"),
])
def test_where_the_rules_do_not_fire(body, value, criterion):
    fields = _fields(body)
    assert value in fields
    assert fields[value][1] == criterion


@pytest.mark.parametrize("body, value", [
    ("The outbreak in Tarn infected more than 3,000 people and killed 120.", "more than 3,000 people"),
    ("El brote de Tarn contagió a más de 3.000 personas y causó la muerte de 120.", "más de 3.000 personas"),
])
def test_a_verb_of_infection_governs_its_count_over_a_later_verb(body, value):
    assert _fields(body)[value] == (["people"], "infected")


@pytest.mark.parametrize("body, value, criterion", [
    ("In Tarn, the number of protesters killed rose to 30.", "30", "dead"),
    ("En Tarn, la cifra de manifestantes desaparecidos se elevó a 548.", "548", "missing"),
])
def test_a_crowd_named_by_what_befell_it_before_the_figure_is_the_group(body, value, criterion):
    assert _fields(body)[value] == (["protesters"], criterion)


@pytest.mark.parametrize("body, value, population", [
    ("Casualties: 5 dead, 189 injured (police)", "189", ["police"]),
    ("Víctimas: 3 muertos (todos civiles)", "3", ["civilians"]),
])
def test_a_group_alone_in_a_bracket_after_the_criterion_is_the_population(body, value, population):
    assert _fields(body)[value][0] == population


def test_a_body_in_a_bracket_after_a_crowd_is_no_group():
    # "(police)" right after a crowd's figure says whose estimate it is, not who marched
    fields = _fields("The march in Tarn drew 100,000 (police) or 1,000,000 (organisers) protesters.")
    assert fields["100,000"][0] != ["police"]


@pytest.mark.parametrize("body, value, population", [
    ("En Tarn, el número de detenidos asciende a 900 (400 en la capital y 500 en el resto de la provincia).",
     "400", ["people"]),
    ("De los detenidos en Tarn, 40 son menores de edad y 97 mujeres.", "97", ["women"]),
])
def test_parts_of_a_detention_are_detained(body, value, population):
    assert _fields(body)[value] == (population, "detained")


def test_a_force_deployed_in_the_preterite_is_deployed():
    assert _fields("El Ejército desplegó 10.000 soldados en Tarn.")["10.000"] == (["soldiers"], "deployed")


@pytest.mark.parametrize("body, value", [
    ("Population: 2,300,000", "2,300,000"),
    ("Población: 48 747 000", "48 747 000"),
])
def test_an_infobox_row_of_population_counts_the_people_living(body, value):
    assert _fields(body)[value] == (["people"], "population")


@pytest.mark.parametrize("body, value", [
    ("Millions protested against the war across Europe. The one in Tarn involved around two million people.",
     "around two million people"),
    ("La manifestación recorrió el centro de Tarn. El periódico local calculó 425 000 personas.",
     "425 000 personas"),
])
def test_a_crowd_a_protest_involved_or_a_paper_estimated_protested(body, value):
    assert _fields(body)[value] == (["people"], "protested")


def test_an_estimate_of_patients_in_a_text_of_protest_is_no_crowd():
    body = "La manifestación recorrió el centro de Tarn. The hospital in Tarn estimated 40 patients on Monday."
    assert _fields(body)["40"][1] != "protested"


@pytest.mark.parametrize("body, value", [
    ("Fallecidos: 12\n\nHab. inscritos: 34 000", "34 000"),
    ("Deaths: 12\n\nReg. total: 3,400", "3,400"),
])
def test_an_infobox_row_with_a_heading_of_its_own_does_not_go_on_the_row_before(body, value):
    assert _fields(body)[value][1] != "dead"

"""Population when the counted noun is not after the number: a share of something, the subject
of the verb that puts it at a figure, the first figure of a pair, a line of facts. Sentences of
the development set (tests/data/extract/dev, Wikipedia, CC BY-SA 4.0)."""
from __future__ import annotations

from reconcile.extract import parse_article, propose


def _populations(text, lang):
    return {p.value: p.population for p in propose(parse_article(text, "a.txt"), lang)}


def test_a_share_counts_what_it_is_a_share_of():
    text = ("Finalmente la opción «Apruebo» ganó con un 78,28% de los votos, mientras que respecto al "
            "mecanismo para hacerlo triunfó la opción «Convención Constitucional» con el 79% de las "
            "preferencias.")
    assert _populations(text, "es")["78,28%"] == ["votes"]
    text = ("Las regiones afectadas fueron Valparaíso, Maule, y Biobío, que acumulan más de 13 millones de "
            "habitantes, cerca del 80% de la población del país.")
    assert _populations(text, "es")["cerca del 80%"] == ["population"]


def test_the_subject_of_a_verb_that_puts_it_at_a_figure_is_the_counted_noun():
    text = ("Hasta el momento, el número de víctimas supera las 6000 y los daños materiales son "
            "cuantiosos.")
    assert list(_populations(text, "es").values()) == [["people"]]
    text = ("Los cuerpos recuperados al 25 de enero superaban los ciento cincuenta mil, calculándose que "
            "el número de muertos excedería los doscientos mil.")
    assert list(_populations(text, "es").values())[0] == ["bodies"]
    # no noun of people or things in the subject: nothing is guessed
    text = "La opción ganó con más de 5 millones de votos; el presupuesto de la campaña superó los 7 millones."
    assert [pop for pop in _populations(text, "es").values()] == [["votes"], []]


def test_the_second_figure_of_a_pair_counts_what_the_first_does():
    text = ("Las cifras de asistencia varían entre 520.000 personas, según la delegación del Gobierno en "
            "Cataluña, y 1.800.000, según la guardia urbana de Barcelona.")
    assert _populations(text, "es") == {"520.000 personas": ["people"], "1.800.000": ["people"]}
    # two figures not paired keep apart
    text = "Llegaron 520.000 personas a Barcelona y 1.800 autobuses."
    assert _populations(text, "es") == {"520.000 personas": ["people"], "1.800": ["buses"]}


def test_a_line_of_facts_names_what_it_counts():
    assert _populations("Aftershocks: ≥30,000 (by May 2023)", "en") == {"≥30,000": ["aftershocks"]}


def test_spanish_nouns_of_people_are_tagged_as_their_english_counterparts():
    # paraphrases of Chilean and Colombian reports of mine rescues (2010, 2020, 2023)
    text = ("En Chile, un derrumbe provocó que 34 mineros quedaran atrapados bajo tierra. Desde hace un "
            "día más de 100 rescatistas y 40 bomberos intentan liberarlos.")
    assert list(_populations(text, "es").values()) == [["miners"], ["rescuers"], ["firefighters"]]
    # a plural demonym the suffixes miss, and a plural noun that only looks like one
    assert _populations("Murieron 45 sirios en el ataque.", "es") == {"45": ["people"]}
    assert _populations("La ciudad tiene 300 caminos rurales.", "es") == {"300": []}


def test_a_qualifying_word_a_force_and_a_partitive_lead_to_the_counted_noun():
    # paraphrases of Spanish news wording
    assert _populations("Se han presentado 300 nuevos casos de fraude.", "es") == {"300": ["cases"]}
    assert _populations("Unos 2.000 efectivos policiales fueron desplegados.", "es") == {"Unos 2.000": ["police"]}
    assert _populations("Unos 2.000 efectivos militares fueron desplegados.", "es") == {"Unos 2.000": ["soldiers"]}
    assert _populations("Murieron 12 de los 40 pasajeros.", "es")["12"] == ["passengers"]
    # without an article, "de" is not a partitive: "12 de ellos" says nothing of what is counted
    assert _populations("Murieron 12 de ellos.", "es")["12"] == ["people"]


def test_the_noun_a_verb_puts_at_a_figure_after_it():
    # paraphrases of Spanish headlines and wire copy
    assert _populations("La ONU cifra en 4 millones los refugiados sirios.", "es") == {"4 millones": ["refugees"]}
    assert _populations("El Gobierno elevó a 300 el número de desaparecidos.", "es") == {"300": ["people"]}
    # no verb that puts the figure: the noun after it is another clause's
    assert _populations("Llegaron 40 y los refugiados esperaron.", "es")["40"] == []


def test_a_part_counts_what_its_whole_does():
    found = _populations("Out of 120 miners and rescuers, 33 were brought out alive.", "en")
    assert found["33"] == ["miners", "rescuers"]
    found = _populations("De los 60 pasajeros del autobús, 14 murieron.", "es")
    assert found["14"] == ["passengers"]
    # a figure in brackets counts the noun before it
    found = _populations("Se incendiaron todas las viviendas del barrio (48) y la escuela.", "es")
    assert found["48"] == ["houses"]


# ---------------------------------------------------------------- the counted noun around its words
# invented sentences

def test_a_state_said_after_the_noun_is_not_the_noun():
    # "6 mineworkers dead": the noun is before the state ("dead" was read as the counted noun)
    assert _populations("Tuesday: 6 mineworkers dead, 2 guards missing", "en") == {
        "6": ["mineworkers"], "2": ["guards"]}


def test_an_adverb_of_an_adjective_before_the_noun_is_passed_over():
    # "about 160 lightly armed men": the noun is "men", not "lightly"
    assert _populations("The town was held by about 160 lightly armed men.", "en") == {"about 160": ["men"]}
    assert _populations("The army sent 300 heavily armed soldiers.", "en") == {"300": ["soldiers"]}
    # an adverb of the verb stays out of the noun: "40 reportedly died" counts people
    assert _populations("At least 40 reportedly died in the blast.", "en") == {"At least 40": ["people"]}

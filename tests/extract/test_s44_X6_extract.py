"""Session 44, X6: breakdowns a total's running prose gives (U1 D1, U2 D10 and "De ese total"): a list of bare figures
by place after the total's clause, a country's figure after a total of several countries, a sentence that opens with
"Of that total", the rest "elsewhere"; and what is no breakdown: the first of several places side by side, a province
beside another in one list. Then a list's elliptical "uno" (U2 D11), and what a count counts (U1 D8, U2 D12)."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _proposals(body: str, lang: str = "en"):
    head = "url: https://example.org/a\noutlet: Example News\ndate: 2023-12-19\n" + (
        "lang: es\n" if lang == "es" else "")
    return propose(parse_article(f"{head}\n{body}\n", "article.txt"))


def _by_value(proposals):
    return {p.value: p for p in proposals}


# --- a list of bare figures by place after the total's clause ---------------------------------------------------
@pytest.mark.parametrize("body, lang, total, parts", [
    ("A quake hit the north on Monday. More than 200 people were injured, Xinhua said, 96 in Gansu and 124 in "
     "Qinghai.", "en", "More than 200 people", ["96", "124"]),
    ("More than 300 people were hurt in the quake in Peru, the ministry said, 180 in Arequipa and 95 in Moquegua.",
     "en", "More than 300 people", ["180", "95"]),
    ("Police arrested 50 people on Saturday, officials said, 12 in Madrid and 8 in Barcelona.", "en", "50 people",
     ["12", "8"]),
    ("Murieron 70 personas, según el ministerio, 40 en Oaxaca, 20 en Chiapas y 10 en Guerrero.", "es",
     "70 personas", ["40", "20", "10"]),
])
def test_bare_figures_by_place_after_a_totals_clause_are_its_parts(body, lang, total, parts):
    proposals = _proposals(body, lang)
    index = [p.value for p in proposals].index(total)
    found = _by_value(proposals)
    assert [found[value].part_of for value in parts] == [index] * len(parts)
    assert all(found[value].criterion == proposals[index].criterion for value in parts)


def test_a_total_no_longer_takes_its_first_parts_place():
    proposals = _proposals("A quake hit the north on Monday. More than 200 people were injured, Xinhua said, 96 in "
                           "Gansu and 124 in Qinghai.")
    assert proposals[0].place == "CN"


@pytest.mark.parametrize("body, lang", [
    # several countries side by side: the first is no total of the others
    ("Floods killed 40 people in Chad, 12 in Niger and 5 in Mali, the UN said.", "en"),
    # the sum is larger than the figure before
    ("Some 20 people were injured, Xinhua said, 96 in Gansu and 124 in Qinghai.", "en"),
    # a province beside the others, not the total of the provinces after it
    ("El sismo dejó 12 muertos en Chile, 9 en la región de Atacama, dos en Coquimbo y uno en Antofagasta.", "es"),
])
def test_places_side_by_side_or_too_many_are_no_parts(body, lang):
    assert all(p.part_of is None for p in _proposals(body, lang))


# --- a country's figure after a total of several countries -----------------------------------------------------
@pytest.mark.parametrize("body, lang", [
    ("The storm has killed about 700 people across Mozambique, Zimbabwe and Malawi, the UN said. The storm has "
     "killed 417 people in Mozambique, the UN said.", "en"),
    ("Las lluvias dejaron unos 500 muertos entre Perú, Ecuador y Bolivia, según la ONU. En Perú murieron 320 "
     "personas, según la ONU.", "es"),
])
def test_a_countrys_figure_after_a_total_of_several_countries_is_its_part(body, lang):
    total, part = _proposals(body, lang)
    assert total.place is None
    assert part.part_of == 0


@pytest.mark.parametrize("body", [
    # the countries' figures add up to more than the total: not its parts
    "The floods have killed 100 people in India and Nepal, officials said. In India, 80 people died, officials "
    "said. In Nepal, 70 people died, officials said.",
    # a country the total does not name
    "The storm has killed about 700 people across Mozambique, Zimbabwe and Malawi, the UN said. The storm has "
    "killed 20 people in Peru, the UN said.",
    # another claimant's figure
    "The storm has killed about 700 people across Mozambique, Zimbabwe and Malawi, the UN said. The storm has "
    "killed 417 people in Mozambique, the Red Cross said.",
])
def test_figures_a_total_of_several_countries_cannot_hold_are_no_parts(body):
    assert all(p.part_of is None for p in _proposals(body))


# --- a sentence that opens with "Of that total" -----------------------------------------------------------------
@pytest.mark.parametrize("body, lang, total, parts", [
    ("En lo que va del año unos 40.458 niños migrantes han cruzado el Darién. De ese total 21.135 son niños y "
     "19.323 son niñas.", "es", "unos 40.458", ["21.135", "19.323"]),
    ("La autoridad informó de 67 muertos y 125 heridos en el país. De ese recuento, la provincia de Punjab registró "
     "43 muertos y Sindh otros 18.", "es", "67", ["43", "18"]),
    ("The ministry said 12,000 people have been evacuated from the city. Of that total, 4,000 were children.", "en",
     "12,000 people", ["4,000"]),
    # a smaller figure of the sentence before (a year read as a count) is no total of it
    ("En lo que va de este 2023 unos 40 mil 458 niños migrantes han cruzado el Darién. De ese total 21 mil 135 son "
     "niños y 19 mil 323 son niñas.", "es", "unos 40 mil 458", ["21 mil 135", "19 mil 323"]),
])
def test_a_sentence_opening_with_that_total_breaks_it_down(body, lang, total, parts):
    proposals = _proposals(body, lang)
    found = _by_value(proposals)
    assert [found[value].part_of for value in parts] == [proposals.index(found[total])] * len(parts)


@pytest.mark.parametrize("body, lang", [
    # which total, the sentence does not say
    ("The quake killed 45 people and injured 60, officials said. Of that total, 12 were children.", "en"),
    # larger than the total
    ("El ministerio contó 300 evacuados en Lima. De ese total, 500 eran niños.", "es"),
])
def test_that_total_that_cannot_be_told_is_no_total(body, lang):
    assert all(p.part_of is None for p in _proposals(body, lang))


# --- a list's members side by side ---------------------------------------------------------------------------------
@pytest.mark.parametrize("body", [
    "Según el Ministerio del Interior, la provincia con más fallecidos es Al Haouz, con 394 fallecidos, seguida de "
    "Taroudant (271 víctimas mortales), Chichaoua (91 fallecidos), Ouarzazate (31) y Marrakech (13).",
    "Las lluvias golpearon el sur: Loreto (80 fallecidos), Ucayali (25) y Cusco (15).",
])
def test_a_province_in_brackets_is_no_total_of_the_provinces_after_it(body):
    assert all(p.part_of is None for p in _proposals(body, "es"))


def test_a_total_before_a_colon_keeps_its_bracketed_parts():
    proposals = _proposals("El sismo dejó 500 muertos en Marruecos: Al Haouz (394), Taroudant (71), Chichaoua (20).",
                           "es")
    assert [p.part_of for p in proposals] == [None, 0, 0, 0]


# --- the rest of a total, counted elsewhere ------------------------------------------------------------------------
@pytest.mark.parametrize("body, lang", [
    ("Governor William Powi said at least 15 people were killed in the quake in Papua New Guinea. Powi said four "
     "people were killed in Mendi and three in Tari. He said eight others were killed elsewhere.", "en"),
    ("El gobernador Juan Pérez dijo que al menos 15 personas murieron en el sismo en Perú. Pérez dijo que cuatro "
     "personas murieron en Arequipa y tres en Moquegua. Según Pérez, otras ocho murieron en otros lugares.", "es"),
])
def test_others_counted_elsewhere_after_a_totals_parts_are_its_part(body, lang):
    proposals = _proposals(body, lang)
    assert [p.part_of for p in proposals] == [None, 0, 0, 0]
    assert proposals[3].criterion == proposals[0].criterion == "dead"


def test_others_elsewhere_beyond_the_total_are_no_part():
    proposals = _proposals("Governor William Powi said 10 people were killed in the quake in Papua New Guinea. Powi "
                           "said four people were killed in Mendi and three in Tari. He said eight others were killed "
                           "elsewhere.")
    assert proposals[3].part_of is None


def test_that_total_broken_down_by_another_claimant_is_no_total():
    proposals = _proposals("Unos 30.000 migrantes cruzaron la selva en junio, informó el Servicio Nacional de "
                           "Migración. Del total, 8.500 eran menores de edad, según Unicef.", "es")
    assert all(p.part_of is None for p in proposals)


# --- "y uno en Sindh": the last of a list, its noun left out -------------------------------------------------------
@pytest.mark.parametrize("body, lang", [
    ("La autoridad precisó que hubo cinco muertos en Punjab y uno en Sindh.", "es"),
    ("La autoridad precisó que hubo 43 muertos en Punjab, otros 18 en Khyber Pakhtunkhwa, cinco en Baluchistán y "
     "una en la región de Cachemira.", "es"),
    ("Officials said five people died in Punjab and one in Sindh.", "en"),
])
def test_one_at_the_end_of_a_list_by_place_is_a_count(body, lang):
    one = _proposals(body, lang)[-1]
    assert one.value in ("uno", "una", "one")
    assert one.criterion == "dead"


def test_one_that_follows_no_list_by_place_is_no_count():
    assert [p.value for p in _proposals("Two boats sank, and one in the harbour was saved.")] == ["Two"]


# --- criterion: what the counted did, what only threatens them, whose a distance is (U1 D8, "acompañaron") ---------
# police who accompanied a march did not protest; refugees a country hosts did not flee; districts at risk of a flood
# are not flooded; a distance in a relative clause of a place is no epicentre's.


@pytest.mark.parametrize("body, lang, value, crit", [
    ("About 2,000 police officers accompanied the marches in Madrid, the government said.", "en", "About 2,000",
     "accompanied"),
    ("Unos 2.000 policías acompañaron las marchas en Madrid, según la Delegación del Gobierno.", "es", "Unos 2.000",
     "accompanied"),
    ("Más de 3.000 agentes acompañaron a los manifestantes durante la protesta en Santiago.", "es", "Más de 3.000",
     "accompanied"),
    ("Some 300 soldiers guarded the march in the capital, officials said.", "en", "Some 300", "guarded"),
    ("The war drove thousands to flee toward Jordan, which hosts 650,000 Syrian refugees.", "en", "650,000",
     "hosted"),
    ("The war drove thousands to flee toward the border with Turkey, which hosts already 3.5 million Syrian "
     "refugees.", "en", "3.5 million", "hosted"),
    ("Colombia, que acoge a 2,8 millones de venezolanos, pidió ayuda a la ONU.", "es", "2,8 millones", "hosted"),
])
def test_the_criterion_is_what_the_counted_people_did(body, lang, value, crit):
    assert _by_value(_proposals(body, lang))[value].criterion == crit


@pytest.mark.parametrize("body, lang, crit", [
    # their own verb of a protest stays theirs, whoever escorted them
    ("Unas 20.000 personas marcharon escoltadas por la policía en Madrid.", "es", "protested"),
    ("More than 20,000 people marched in Madrid, escorted by police.", "en", "protested"),
    # what others did to them, or a word that is no verb of theirs
    ("About 20,000 protesters were accompanied by police through Madrid.", "en", "protested"),
    ("Deaths: 58 (family members and supporters, and 32 accompanying journalists)", "en", "dead"),
])
def test_a_crowds_own_verb_stays_its_criterion(body, lang, crit):
    assert _proposals(body, lang)[-1].criterion == crit


@pytest.mark.parametrize("body, lang", [
    ("At least five districts in the south are at the risk of being flooded, an official said.", "en"),
    ("Some 300 homes in the valley are in danger of being destroyed by the fire, officials said.", "en"),
    ("Unas 40 comunas del sur están en riesgo de ser inundadas, advirtió el gobierno.", "es"),
])
def test_what_only_threatens_a_count_has_not_befallen_it(body, lang):
    assert _proposals(body, lang)[0].criterion == "at-risk"


def test_what_befell_a_count_stays_its_criterion():
    assert _proposals("Unas 40 viviendas quedaron inundadas, según el gobierno.", "es")[0].criterion == "flooded"


@pytest.mark.parametrize("body, lang, values", [
    ("The quake was centered 12 miles northwest of Port-de-Paix, which is about 136 miles from the capital, the USGS "
     "said.", "en", ("12 miles", "about 136 miles")),
    ("El sismo tuvo su epicentro a 15 km al norte de Mendi, que está a unos 80 km de la capital, informó el servicio "
     "geológico.", "es", ("15 km", "unos 80 km")),
])
def test_a_distance_in_a_relative_clause_of_a_place_is_no_epicentres(body, lang, values):
    found = _by_value(_proposals(body, lang))
    assert found[values[0]].criterion == "epicentre-distance"
    assert found[values[1]].criterion != "epicentre-distance"


# --- population and criterion: the noun with its qualifier, an auxiliary, others after an increment (U2 D12) -------
# "centros de salud" are not "centros educativos"; "han tenido que desplazarse" is displaced; "otras ocho" after "nueve
# más" are more injured.
@pytest.mark.parametrize("body, lang, pops", [
    ("Hay 31 centros de salud y 50 centros educativos afectados.", "es", (["health-centres"], ["schools"])),
    ("The storm damaged 31 health centres and 50 evacuation centres.", "en", (["health-centres"], ["shelters"])),
])
def test_a_noun_is_read_with_the_word_that_qualifies_it(body, lang, pops):
    assert tuple(p.population for p in _proposals(body, lang)) == pops


@pytest.mark.parametrize("body, lang", [
    ("Unas 300.000 personas han tenido que desplazarse a más de 2.300 refugios dispuestos por el Gobierno.", "es"),
    ("Some 4,000 families have had to relocate after the floods.", "en"),
])
def test_an_auxiliary_of_obligation_is_no_criterion(body, lang):
    proposals = _proposals(body, lang)
    assert proposals[0].criterion == "displaced"
    assert all(p.criterion != "tenido" for p in proposals)


@pytest.mark.parametrize("body, lang", [
    ("Al menos 76 personas murieron y 133 resultaron heridas por las lluvias en Pakistán. Nueve personas más murieron "
     "y otras ocho resultaron heridas en las últimas 24 horas, informó la autoridad.", "es"),
    ("At least 76 people died and 133 were injured in the floods in Pakistan. Nine more people died and another "
     "eight were injured in the last 24 hours, the authority said.", "en"),
])
def test_others_after_an_increment_are_an_increment_too(body, lang):
    assert [p.criterion for p in _proposals(body, lang)][2:] == ["dead-additional", "injured-additional"]


def test_others_after_a_toll_of_their_own_are_others_than_its_people():
    proposals = _proposals("Al menos 76 personas murieron y 133 resultaron heridas por las lluvias en Pakistán. En "
                           "Sindh, 212 personas perdieron la vida y otras 1800 resultaron heridas.", "es")
    assert [p.criterion for p in proposals][2:] == ["dead", "injured"]

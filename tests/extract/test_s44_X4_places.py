"""Issue 14 (X4): the place of a figure, on sentences written for this session in the style of wire copy and
Wikipedia (disasters, migration, protests, elections; English and Spanish; every continent), each decided by
hand as a careful reader would. ``WIRE`` is the measured set: ``python tests/extract/test_s44_X4_places.py``
prints how many extract gets right; the cases it still misses are marked xfail (strict), with the reason."""
from __future__ import annotations

import sys

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.places import places_in

_MISSED = pytest.mark.xfail(strict=True)


def _proposals(text: str) -> list:
    """The proposals of an article of ``text`` (a first line "title: ..." is its title)."""
    title, _, body = text.partition("\n") if text.startswith("title: ") else ("", "", text)
    head = f"url: https://example.org/a\noutlet: Wire\ndate: 2023-09-12\n{title + chr(10) if title else ''}"
    return propose(parse_article(f"{head}\n{body}\n", "a.txt"))


def _place_of(text: str, value: str) -> str | None:
    """The place extract gives the figure written ``value``: its ISO code, else (a town) its name."""
    proposal = next(p for p in _proposals(text) if p.value == value)
    if proposal.place is None or proposal.city is not None:
        return proposal.place
    from reconcile.extract.propose_parts import proposal_code
    return proposal_code(proposal) or proposal.place


# (article text, the figure as extract writes its value, the place a careful reader gives it: an ISO code, a
# town's name, or None when no single place holds it)
WIRE: list = [
    # Africa
    ("NAIROBI (Reuters) - Flash floods killed 14 people in Mombasa county on Monday, the Kenya Red Cross said.",
     "14 people", "KE-28"),
    ("NAIROBI (Reuters) - Protests spread across the country on Saturday, with some 20,000 people marching in "
     "Nairobi alone, police said.", "some 20,000 people", "Nairobi"),
    ("DAKAR (AFP) - Drought has left 3.4 million people short of food across the Sahel, the World Food Programme "
     "said.", "3.4 million people", None),
    ("LAGOS (Reuters) - Gunmen killed 45 villagers in the north of the country, Nigerian police said.",
     "45", "NG"),
    ("JOHANNESBURG (Reuters) - Nationwide, 1.2 million people voted early, the electoral commission said.",
     "1.2 million people", "ZA"),
    ("CAIRO (Reuters) - At least 2,000 people were killed in the eastern Libyan city of Derna after the floods, "
     "officials said.", "At least 2,000 people", "Derna"),
    # a live blog of the Turkey–Syria earthquake, filed from Turkey
    ("title: Turkey–Syria earthquake: live updates\nISTANBUL (Reuters) - The death toll in Turkey rose to 3,400. "
     "Syria's health ministry said 1,200 people died in the quake.", "1,200 people", "SY"),
    ("title: Turkey–Syria earthquake: live updates\nANKARA — The death toll in Turkey rose to 3,400. Syrian officials "
     "said 1,200 people had died in the earthquake.", "1,200 people", "SY"),
    ("title: Terremoto en Turquía y Siria\nANKARA (EFE) — El terremoto dejó 3.400 muertos en Turquía. El Ministerio de "
     "Salud de Siria informó de 1.200 muertos.", "1.200", "SY"),
    ("ROME (Reuters) - At least 57 migrants drowned in the waters north of Libya on Tuesday, the UN said.",
     "At least 57", None),
    # the Americas
    ("MEXICO CITY (AP) — Hurricane Grace killed eight people in the state of Veracruz, Governor Cuitláhuac García "
     "said.", "eight people", "MX-VER"),
    ("CIUDAD DE MÉXICO (EFE) — Las lluvias dejaron 12 muertos en Veracruz y 3 en Puebla, informó Protección Civil.",
     "12", "MX-VER"),
    # missed: Puebla, a city of 1.5 million, is read as the city where the text does not call it a state
    pytest.param("CIUDAD DE MÉXICO (EFE) — Las lluvias dejaron 12 muertos en Veracruz y 3 en Puebla, informó "
                 "Protección Civil.", "3", "MX-PUE", marks=_MISSED),
    ("SALTILLO, México (EFE) — Coahuila registró 40 casos nuevos, según la Secretaría de Salud.", "40", "MX-COA"),
    ("Las lluvias en Colombia dejaron 50 lesionados y hay dos casos de desaparecidos en el departamento de Nariño.",
     "50", "CO"),
    ("Las lluvias en Colombia dejaron 50 lesionados y hay dos casos de desaparecidos en el departamento de Nariño.",
     "dos", "CO-NAR"),
    ("LIMA (Reuters) - More than 25,000 people marched across the country on Thursday demanding new elections, "
     "police said.", "More than 25,000 people", "PE"),
    ("QUITO (EFE) — Al menos 30 personas murieron en el sur del país por un deslave, informó la Secretaría de "
     "Gestión de Riesgos.", "Al menos 30 personas", "EC"),
    ("SANTIAGO (EFE) — Unas 2.000 personas se manifestaron en Santiago y otras 500 en Concepción, según "
     "Carabineros.", "Unas 2.000 personas", "Santiago"),
    ("SANTIAGO (EFE) — Unas 2.000 personas se manifestaron en Santiago y otras 500 en Concepción, según "
     "Carabineros.", "500", "Concepción"),
    ("TEGUCIGALPA (AP) — Hurricane Eta killed more than 150 people across Central America, officials said.",
     "more than 150 people", None),
    ("TEGUCIGALPA (EFE) — Las protestas dejaron 3 muertos en la capital y 20 heridos en San Pedro Sula.",
     "3", "Tegucigalpa"),
    ("TEGUCIGALPA (EFE) — Las protestas dejaron 3 muertos en la capital y 20 heridos en San Pedro Sula.",
     "20", "San Pedro Sula"),
    ("BUENOS AIRES (Reuters) - The storm killed 13 people in the city of Bahía Blanca, in the south of Buenos Aires "
     "province.", "13 people", "Bahía Blanca"),
    ("WASHINGTON (AP) — Tornadoes killed at least 23 people in Mississippi and Alabama on Friday.",
     "at least 23 people", "US"),
    ("BRASÍLIA (Reuters) - Floods in Rio Grande do Sul state have killed 143 people, the state civil defense said.",
     "143 people", "BR-RS"),
    ("BOGOTÁ (EFE) — Migración Colombia informó que 2,8 millones de venezolanos viven en el país.",
     "2,8 millones", "CO"),
    ("PORT-AU-PRINCE (AP) — Gang violence displaced 5,000 people in the Artibonite department last month, the UN "
     "said.", "5,000 people", "HT-AR"),
    ("LIMA (EFE) — Las heladas afectan a 20.000 personas en Puno, Cusco y Apurímac, según el Indeci.",
     "20.000 personas", "PE"),
    ("MANAGUA (EFE) — Al menos 200 personas murieron en Nicaragua, Honduras y Guatemala por el huracán.",
     "Al menos 200 personas", None),
    ("Más de 3.000 personas marcharon en Montevideo, informó la Policía.", "Más de 3.000 personas", "Montevideo"),
    ("SÃO PAULO (Reuters) - The electoral court said 156 million Brazilians were registered to vote nationwide.",
     "156 million", "BR"),
    # Asia and Oceania
    ("DHAKA, Bangladesh (AP) — A fire in a garment factory in Narayanganj killed 52 workers, police said.",
     "52", ("Narayanganj", "BD-40")),
    ("KABUL (Reuters) - An earthquake in western Afghanistan killed at least 2,000 people, a Taliban spokesman "
     "said.", "at least 2,000 people", "AF"),
    ("In Ethiopia's Tigray region, 5.2 million people need food aid, the UN said.", "5.2 million people", "ET-TI"),
    ("JAKARTA (Reuters) - Floods and landslides in West Java province killed 18 people, the disaster agency said.",
     "18 people", "ID-JB"),
    ("TOKYO (Reuters) - The earthquake killed 64 people in Ishikawa prefecture, officials said.", "64 people",
     "JP-17"),
    ("NEW DELHI (Reuters) - Heavy rains killed 48 people in the northern state of Himachal Pradesh, officials "
     "said.", "48 people", "IN-HP"),
    ("Around 7,000 people rallied in Sydney and Melbourne, organisers said.", "Around 7,000 people", "AU"),
    # Europe
    ("Some 4,000 people protested in Paris, Lyon, Marseille and Bordeaux on Saturday, the interior ministry said.",
     "Some 4,000 people", "FR"),
    ("MOSCOW (Reuters) - Police detained more than 1,400 people at protests in 40 cities across Russia, a "
     "monitoring group said.", "more than 1,400 people", "RU"),
    ("MADRID (EFE) — Un naufragio en aguas del Mediterráneo dejó 41 muertos, según la OIM.", "41", None),
    # off a place reconcile does not know: the place as written, or none; not the article's country
    ("ROME (Reuters) - Italy's coast guard rescued 300 migrants off the coast of Lampedusa on Sunday.", "300",
     ("Lampedusa", None)),
]


# a second set, written after the fixes above and measured before and after them without any rule written from it: how
# far the fixes carry to sentences they were not made on
FRESH: list = [
    ("KATHMANDU (Reuters) - Landslides triggered by monsoon rains killed 22 people in western Nepal, police said.",
     "22 people", "NP"),
    ("ADDIS ABABA (Reuters) - Clashes in the Amhara region have displaced 50,000 people, the UN said.",
     "50,000 people", "ET-AM"),
    ("Some 10,000 people took to the streets of Tbilisi on Sunday to protest against the law, organisers said.",
     "Some 10,000 people", "Tbilisi"),
    ("La tormenta dejó 14 muertos en el norte de Argentina, informó Defensa Civil.", "14", "AR"),
    ("Al menos 1.500 migrantes llegaron a las Islas Canarias durante el fin de semana, según Salvamento Marítimo.",
     "Al menos 1.500", "ES-CN"),
    ("MANILA (Reuters) - Floods submerged 300 villages in the province of Cagayan, the disaster agency said.",
     "300", "PH-CAG"),
    ("LA PAZ (EFE) — Unos 3.000 maestros marcharon en El Alto, según la Policía.", "Unos 3.000", "El Alto"),
    ("NIAMEY (Reuters) - Floods have killed 195 people across Niger since June, the interior ministry said.",
     "195 people", "NE"),
    ("In Sudan's Darfur, 700,000 people have fled to Chad since April, the UNHCR said.", "700,000 people", "TD"),
    ("BOGOTÁ (Reuters) - Heavy rains have affected 120,000 families in 25 of the country's 32 departments, the "
     "disaster agency said.", "120,000", "CO"),
    ("Un sismo de magnitud 6,1 sacudió el sur de Perú y dejó 8 heridos en Arequipa, informó el Indeci.", "8",
     ("PE-ARE", "Arequipa")),
    ("BEIRUT (Reuters) - Israeli strikes killed 31 people in southern Lebanon on Tuesday, Lebanon's health ministry "
     "said.", "31 people", "LB"),
    ("YANGON (Reuters) - Cyclone Mocha killed at least 145 people in Myanmar's Rakhine state, state media said.",
     "at least 145 people", "MM-16"),
    ("El huracán Otis dejó 48 muertos en Acapulco, Guerrero, según el gobierno federal.", "48", "Acapulco"),
    ("Over 400 migrants were rescued in the Channel on Saturday, the French coastguard said.", "Over 400", None),
    ("Around 80,000 people demonstrated in Belgrade and Novi Sad, police said.", "Around 80,000 people", "RS"),
    ("LONDON (Reuters) - Strikes by rail workers cancelled 20,000 trains across Britain, the operator said.",
     "20,000", "GB"),
    ("Las autoridades de Honduras informaron que 5.000 personas fueron evacuadas en el departamento de Cortés.",
     "5.000 personas", "HN-CR"),
    ("KINSHASA (Reuters) - Fighting in eastern Congo has displaced 1.7 million people in North Kivu province, the UN "
     "said.", "1.7 million people", "CD-NK"),
    ("SYDNEY (Reuters) - Bushfires have destroyed 200 homes in Victoria, officials said.", "200", "AU-VIC"),
    ("PARIS (Reuters) - Some 1.1 million people marched across France against the pension reform, the interior "
     "ministry said.", "Some 1.1 million people", "FR"),
    ("ACCRA (Reuters) - Ghana's electoral commission said 18.8 million voters were registered.",
     "18.8 million", "GH"),
    ("Más de 40 personas murieron en las inundaciones que afectaron Bahía y Minas Gerais, en Brasil.",
     "Más de 40 personas", "BR"),
]


@pytest.mark.parametrize("text, value, place", WIRE)
def test_a_wire_figure_has_the_place_a_careful_reader_gives_it(text, value, place):
    assert _place_of(text, value) in _accepted(place)


def _accepted(place) -> tuple:
    """The places a case accepts: one, or a tuple of readings a careful reader could give ("in Narayanganj": the
    town or its district)."""
    return place if isinstance(place, tuple) else (place,)


def score(cases: list) -> tuple[int, list[str]]:
    """How many figures of ``cases`` extract places right, and the misses."""
    misses = []
    for case in cases:
        text, value, place = case.values if hasattr(case, "values") else case
        got = _place_of(text, value)
        if got not in _accepted(place):
            misses.append(f"{value!r}: {got!r}, not {place!r} | {text[:90]}")
    return len(cases) - len(misses), misses


if __name__ == "__main__":
    for label, cases in (("WIRE", WIRE), ("FRESH", FRESH)):
        right, missed = score(cases)
        print(f"{label}: {right}/{len(cases)} right")
        print("\n".join(missed))
    sys.exit(0)


# --- 1. a figure at sea: the sea's, or none; the coast's country only where the text says whose waters ------------
@pytest.mark.parametrize("text, value, place", [
    ("ROME (Reuters) - At least 57 migrants drowned in Libyan waters on Tuesday, the UN said.", "At least 57", "LY"),
    ("MADRID (EFE) — Un naufragio en aguas libias dejó 41 muertos, según la OIM.", "41", "LY"),
    ("TUNIS (Reuters) - The coast guard rescued 90 migrants at sea on Sunday.", "90", None),
    # a town whose name opens with "Mar" is no sea
    ("BUENOS AIRES (EFE) — Unas 5.000 personas marcharon en Mar del Plata, según la Policía.", "Unas 5.000 personas",
     "Mar del Plata"),
])
def test_a_figure_at_sea_is_of_the_waters_the_text_says(text, value, place):
    assert _place_of(text, value) == place


# --- 2. a claimant body that names its country, one the event struck ----------------------------------------------
def test_a_foreign_ministry_is_no_place_of_the_count():
    text = ("title: Turkey–Syria earthquake: live updates\nANKARA — The death toll in Turkey rose to 3,400. Spain's "
            "foreign ministry said 3 people died.")
    assert _place_of(text, "3 people") != "ES"


def test_a_body_of_a_country_the_event_did_not_strike_is_no_place_of_the_count():
    text = ("ISTANBUL (Reuters) - An earthquake struck southern Turkey on Monday. Greece's health ministry said 1,200 "
            "people died.")
    assert _place_of(text, "1,200 people") != "GR"


# --- 3. a subdivision's short form ------------------------------------------------------------------------------
def test_a_short_form_that_a_town_of_its_country_bears_is_the_state_anywhere():
    assert places_in("Las lluvias dejaron 12 muertos en Veracruz.", "MX")[0][0] == "MX-VER"
    assert places_in("Las lluvias dejaron 12 muertos en Veracruz.", "ES")[0][0] == "MX-VER"
    assert places_in("Floods killed 12 people in the state of Veracruz.")[0][0] == "MX-VER"


def test_a_short_form_no_town_bears_is_read_in_its_countrys_article_only():
    assert places_in("Las nevadas aislaron a 300 familias en Aisén.", "CL")[0][0] == "CL-AI"
    assert places_in("Las nevadas aislaron a 300 familias en Aisén.", "AR") == []


def test_a_short_form_another_place_bears_or_a_common_word_is_not_read():
    # "Santa Cruz" is Bolivia's and Argentina's own name: no second reading as Santa Cruz de Tenerife
    assert places_in("Las lluvias dejaron 3 muertos en Santa Cruz.", "BO")[0][0] == "BO-S"
    assert places_in("Las lluvias dejaron 3 muertos en Santa Cruz.", "ES")[0][0] != "ES-TF"
    assert "ES-TF" not in {p[0] for p in places_in("Murieron 3 personas en Santa Cruz.")}
    # "Madre" of Madre de Dios, "Tierra" of Tierra del Fuego, "Davao" of two provinces: never
    assert all(p[0] != "PE-MDD" for p in places_in("Una Madre de los desaparecidos habló en Lima.", "PE"))
    assert all(p[0] != "AR-V" for p in places_in("La Tierra tembló en Ushuaia.", "AR"))


def test_a_subdivision_named_with_the_word_of_its_kind_is_the_subdivision():
    assert places_in("Flash floods killed 14 people in Mombasa county on Monday.", "KE")[0][0] == "KE-28"


# --- 4. a place of another clause ------------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, place", [
    ("Floods in Kenya injured 50 people and there were two deaths in Mombasa county.", "50 people", "KE"),
    ("Las lluvias en Colombia dejaron 3 muertos, 50 lesionados y hay dos casos de desaparecidos en el departamento "
     "de Nariño.", "50", "CO"),
    # a figure after "and there are" still shares the place named before it
    ("En Nariño murieron tres personas y hay 50 heridos.", "50", "CO-NAR"),
])
def test_a_place_named_after_and_there_are_is_not_the_figures_before(text, value, place):
    assert _place_of(text, value) == place


# --- the new users' place items (U1, U2) --------------------------------------------------------------------------
@pytest.mark.parametrize("text, value, place", [
    # U1 D1: a total whose parts by place follow after a credit is of no part's place
    ("An earthquake hit China on Monday. More than 200 people were injured, Xinhua said, 96 in Gansu and 124 in "
     "Qinghai.", "More than 200 people", "CN"),
    # U1 D3a: the place before the figure before is that figure's, when this one names its own after it
    ("Rains in Bangladesh killed 47 people and at least 120 are missing after floods in Nepal, officials said.",
     "at least 120", "NP"),
    ("Rains in Bangladesh killed 47 people and at least 120 are missing after floods in Nepal, officials said.",
     "47 people", "BD"),
    # U1 D3b: "the capital, X" is the X it names
    ("The governor said four people in the capital, Mendi, were killed in the earthquake in Papua New Guinea.",
     "four people", "Mendi"),
    # U1 D3c: a region the sentence says was hit hardest
    ("The storm killed 85 people in the Philippines, officials said. Bicol was the hardest hit, with 68 killed.",
     "68", "PH-05"),
    # U2 D1: an aside between a place and its figure; a place a bracket with another figure follows is that figure's
    ("Según el Ministerio del Interior, la provincia con más fallecidos es Al Haouz, -al sur de Marrakech y cercana "
     "al epicentro-, con 394 fallecidos, seguida de Taroudant (271 víctimas mortales).", "394", "MA-HAO"),
    # U2 D1: where the most of a count are is not where the count is
    ("El sismo sacudió Ecuador el sábado. El Ministerio de Salud ha atendido a 381 personas, estando el mayor número "
     "de heridos en el cantón de Pasaje, en El Oro.", "381 personas", "EC"),
    # U2 D7: the rest of the country is not the country
    ("SANTIAGO (EFE) — Carabineros estimó en 150.000 los asistentes en Santiago. Asimismo, la policía cifró en "
     "34.820 las participantes en el resto del país.", "34.820", None),
    # the same items in the users' full sentences
    ("Torrential rains in Bangladesh killed more than 47 people in the last two weeks and at least 120 are missing and "
     "feared dead following severe floods and landslides in mostly mountainous Nepal, authorities from the two "
     "countries said.", "at least 120", "NP"),
    ("The storm killed 85 people in the Philippines. Bicol, with a population of 5.8 million, was the hardest hit, "
     "with 68 killed in intense rains and landslides.", "68", "PH-05"),
    ("Carabineros estimó en 150.000 las asistentes en la Alameda de la capital chilena. Asimismo, la policía cifró en "
     "34.820 las participantes en las demás manifestaciones en el resto del país, como la marcha en Valparaíso.",
     "34.820", None),
    # U1 D3d: a relative clause of a place that holds the figure
    ("KASTANIES (Greece): Greek police arrested 68 people at the border.\n\nThe war has driven almost one million "
     "civilians to flee toward the border with Turkey, which hosts 3.5 million Syrian refugees.", "3.5 million", "TR"),
])
def test_the_new_users_place_items(text, value, place):
    assert _place_of(text, value) == place


def test_parts_after_a_credit_are_parts_of_the_total_before():
    found = _proposals("An earthquake hit China on Monday. More than 200 people were injured, Xinhua said, 96 in "
                       "Gansu and 124 in Qinghai.")
    assert [p.part_of for p in found] == [None, 0, 0]


def test_congo_in_an_article_about_the_democratic_republic_is_that_country():
    assert places_in("Fighting in eastern Congo has killed 40 people.", "CD")[0][0] == "CD"
    assert places_in("Fighting in eastern Congo has killed 40 people.")[0][0] == "CG"


def test_the_place_nearest_a_figure_is_measured_from_its_own_words():
    # "Congo has displaced" lies nearer the figure's first digit; "people in North Kivu" nearer its words
    text = ("KINSHASA (Reuters) - Fighting in eastern Congo has displaced 1.7 million people in North Kivu province, "
            "the UN said.")
    assert _place_of(text, "1.7 million people") == "CD-NK"


def test_a_place_before_the_figure_beats_one_its_words_only_mention_after_it():
    # (the dev set's iraq-war-protests-2003: the measure above must not hand the rally to the war's country)
    text = ("Madrid hosted the second largest rally with more than 1.5 million people protesting against the invasion "
            "of Iraq.")
    assert _place_of(text, "more than 1.5 million people") == "Madrid"

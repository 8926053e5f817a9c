"""Session 17, the article's own place on encyclopedic leads: a country named only by its people's
adjective ("the Honduran army", "el Ejército mexicano"), a town one country alone has that the text
calls a town or a division's seat ("en la provincia de Huanta"), a site placed by an apposition
("the Ponte X, a viaduct in Verona, Veneto, Italy, collapsed"), a storm's landfall ("made landfall
near", "tocó tierra cerca de"), a town a striking verb names as its object ("struck the town of X in
Antioquia, Colombia"), an infobox's "Location:" line when the prose names the country alone, a known
town's name the text writes longer ("San José de X").
Invented sentences, English and Spanish."""
from __future__ import annotations

import pytest

from tests.extract.test_xp_place_scene import _where as _place
from reconcile.extract.article import parse_article
from reconcile.extract.propose import propose


@pytest.mark.parametrize("title, body, code", [
    ("Masacre de Tlacolula", "La masacre de Tlacolula fue el asesinato de 30 campesinos perpetrado por el "
     "Ejército mexicano el 3 de mayo de 1981.", "MX"),
    ("Killing of the Pinares villagers", "The killing of the Pinares villagers was the murder of 40 farmers by the "
     "Guatemalan army in March 1982.", "GT"),
    ("Matanza de Ocros", "La matanza de Ocros fue el asesinato de 25 campesinos ocurrido en la provincia de "
     "Huanta en 1985.", "PE-HUANTA"),
    ("Ponte Castello collapse", "On 4 June 2011, a section of the Ponte Castello, a viaduct in Verona, Veneto, "
     "Italy, collapsed during a storm, killing 12 people.", "IT-VR"),
    ("Colapso del Puente Castello", "El 4 de junio de 2011, una sección del Puente Castello, un viaducto en Verona, "
     "Véneto, Italia, se vino abajo durante una tormenta y murieron 12 personas.", "IT-VR"),
    ("Huracán Beto", "El huracán Beto tocó tierra cerca de Acapulco, Guerrero, el 5 de octubre de 1997, y causó "
     "20 muertos.", "MX-ACAPULCO-DE-JUAREZ"),
    ("Hurricane Beto", "Hurricane Beto made landfall near Zihuatanejo, Guerrero, on October 5, 1997, killing "
     "20 people.", "MX-ZIHUATANEJO"),
    ("Támesis mudslide", "On 12 May 2014, a mudslide struck the town of Támesis in Antioquia, Colombia, killing "
     "60 people.", "CO-TAMESIS"),
    ("Alud de Támesis", "El 12 de mayo de 2014, un alud golpeó el pueblo de Támesis en Antioquia, Colombia, y "
     "causó 60 muertos.", "CO-TAMESIS"),
    # an infobox's "Location:" line, when the prose names the country alone
    ("Carbon Hill massacre", "The Carbon Hill massacre was an attack by militia on striking miners in the United "
     "States on April 20, 1914.\nLocation: Ludlow, Colorado\nDeaths: 21", "US-LUDLOW"),
    ("Masacre de Tlaxco", "La masacre de Tlaxco fue un ataque contra campesinos en México el 20 de abril de "
     "1914.\nUbicación: Tlaxco, Tlaxcala, México\nMuertos: 21", "MX-TLAXCO"),
    # a known town's name that the text writes longer: the longer town
    ("Masacre de San José de Quellqa", "La masacre de San José de Quellqa fue el asesinato de 40 campesinos en la "
     "localidad de San José de Quellqa, Ayacucho, en 1983.", "PE-SAN-JOSE-DE-QUELLQA"),
    ("Killing of the Pinares farmers", "The killing of the Pinares farmers was the murder of 40 people by the "
     "Honduran army in 1982.", "HN"),
    # the title's town, known in another country, read in the country whose army acted there
    ("Río Verde massacre", "The Río Verde massacre was the killing of 40 villagers by the Honduran army in 1982.",
     "HN-RIO-VERDE"),
    ("Masacre de Río Verde", "La masacre de Río Verde fue el asesinato de 40 campesinos por el Ejército hondureño "
     "en 1982.", "HN-RIO-VERDE"),
])
def test_the_article_place_of_an_encyclopedic_lead(title, body, code):
    assert _place(title, body)[0] == code


@pytest.mark.parametrize("title, body, code", [
    # no people's adjective: no place
    ("Tragedia", "La masacre fue el asesinato de 30 campesinos perpetrado por un grupo armado en 1981.", None),
    ("Tragedy", "The massacre was the killing of 40 villagers by an armed militia, a Catholic priest said.", None),
    ("Tragedy", "A fire in a crowded nightclub killed 100 people, the Christian aid group said.", None),
    # a landfall with no place named after it: the country the text names
    ("Storm", "The storm made landfall on Tuesday and weakened over land, after killing 12 people in Cuba.", "CU"),
    ("Tormenta", "La tormenta tocó tierra el martes y se debilitó, tras matar a 12 personas en Cuba.", "CU"),
    # the town of a toll's part, after the place struck: the place struck
    ("Quake in Chile", "A strong earthquake struck near the coast of Chile, killing 8 people in the town of "
     "Illapel.", "CL-ILLAPEL"),
    # a "Location:" line of another country, or with no place: the prose's country
    ("Incendio de la mina", "El incendio fue un desastre minero en Chile en 1914.\nUbicación: Mendoza, Argentina\n"
     "Muertos: 21", "CL"),
    ("Mine fire", "The fire was a mining disaster in Chile in 1914.\nLocation: underground\nDeaths: 21", "CL"),
    # a site named after a saint, and a town's longer name whose rest is a place: the town
    ("Incendio en Lima", "Un incendio en el hospital San José de Calasanz de Lima mató a 12 pacientes.", "PE-LIMA"),
    ("Incendio en San Juan", "Un incendio en el Hospital San Juan de Dios de San Juan, Puerto Rico, mató a 12 "
     "pacientes.", "PR-SAN-JUAN"),
    ("Protestas en Santiago", "Miles de personas marcharon en Santiago de Chile y murieron 3.", "CL-SANTIAGO"),
    # people who may be anywhere, and an army of the title town's own country
    ("Shipwreck", "The shipwreck killed 360 Eritrean migrants on their way to Europe.", None),
    ("Naufragio", "El naufragio mató a 360 migrantes eritreos que viajaban hacia Europa.", None),
    ("Río Verde massacre", "The Río Verde massacre was the killing of 40 miners by the Brazilian police in 1982.",
     "BR-RIO-VERDE"),
])
def test_where_the_rules_must_not_fire(title, body, code):
    found = _place(title, body)
    assert (found[0] if found else None) == code


@pytest.mark.parametrize("body, lang", [
    ("The Spanish player won 3 sets in front of 15,000 fans.", "en"),
    ("A British man was among 5 people stabbed outside a nightclub.", "en"),
    ("La empresa estadounidense despidió a 2.000 empleados.", "es"),
    ("El delantero argentino marcó 2 goles ante 40.000 espectadores.", "es"),
])
def test_a_peoples_adjective_of_a_person_or_a_firm_places_nothing(body, lang):
    """Found by the session's review: only a state's forces, bodies or land place the event."""
    article = parse_article(f"url: https://x.example/a\ntitle: T\ndate: 2020-05-14\n\n{body}\n", "a.txt")
    assert all(p.place is None for p in propose(article, lang))

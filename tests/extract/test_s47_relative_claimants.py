"""Session 47, XA2: extract's claimant in real news copy (issue 14, N1 D1-D3).

Every sentence here is invented, in the constructions the N1 texts use: who gave a figure told after it in a relative
clause or with "respectivamente" ("dato que ha ofrecido X", "cifra que X elevaron hasta el 70%", "datos que elevan al
60% y 55%, respectivamente, X", "que la primera cifró en el 22%, los segundos en el 61%"); a name read past its end
("según la policía hubo", "said between"); and tags missed ("..., NBC reports.", "GridWatch.org reports", "..., Mary
Jones said" after a list of places, "según sus convocantes").
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _claimants(body: str, lang: str | None = None) -> dict[str, str | None]:
    raw = f"title: Report\ndate: 2023-10-09\n\n{body}\n"
    return {p.value: p.claimant for p in propose(parse_article(raw, "wire.txt"), lang)}


# --- D2: a relative clause after the figure tells who gave it, or who gave another figure ----------------------
@pytest.mark.parametrize("body, expected", [
    ("La marcha de Quito reunió a 40.000 personas, dato que ha ofrecido la Federación de Estudiantes, y a 12.000 que "
     "ha señalado la Policía.", {"40.000 personas": "Federación de Estudiantes", "12.000": "Policía"}),
    ("Según el Ministerio, paró el 12% de los funcionarios, cifra que los sindicatos elevaron hasta el 70%.",
     {"12%": "Ministerio", "hasta el 70%": "sindicatos"}),
    ("Según la Xunta, en Lugo paró el 20% de los empleados y en Ourense el 15%, datos que elevan al 60% y 55%, "
     "respectivamente, las centrales sindicales.",
     {"20%": "Xunta", "15%": "Xunta", "60%": "centrales sindicales", "55%": "centrales sindicales"}),
    ("Los recuentos de la Xunta y de los sindicatos se acercaron al dar las cifras de Vigo, que la primera cifró en el "
     "22%, los segundos en el 61% y el Concello en el 30%.", {"22%": "Xunta", "61%": "sindicatos", "30%": "Concello"}),
    ("El Gobierno de Aragón destacó que solo un 7% de los empleados pararon, y que los sindicatos subieron al 80%.",
     {"7%": "Gobierno de Aragón", "80%": "sindicatos"}),
])
def test_a_relative_clause_after_a_figure_names_who_gave_it_and_no_other_figure(body, expected):
    assert _claimants(body, "es") == expected


@pytest.mark.parametrize("body, expected", [
    ("Al menos 40 personas murieron, cifra que confirmó la Cruz Roja.", {"Al menos 40 personas": "Cruz Roja"}),
    ("Paró el 12% de los funcionarios, cifra que los sindicatos elevaron hasta el 70%.",
     {"12%": None, "hasta el 70%": "sindicatos"}),
    # no subject of its own: the main clause's revises its figure (not "asistentes", the figure's noun)
    ("La Prefectura señaló 9.000 manifestantes, cifra que posteriormente rebajó a 7.000 asistentes.",
     {"9.000": "Prefectura", "7.000": "Prefectura"}),
])
def test_a_relative_clause_with_its_own_figure_leaves_the_one_before_it(body, expected):
    assert _claimants(body, "es") == expected


# --- D1: a name read past its end -------------------------------------------------------------------------------
@pytest.mark.parametrize("body, value, who", [
    ("Según la policía hubo 300 detenidos en Quito.", "300", "policía"),
    ("Según los bomberos se trata del peor incendio del año, con 12 muertos.", "12", "bomberos"),
])
def test_a_spanish_verb_or_reflexive_ends_a_name_read_forwards(body, value, who):
    assert _claimants(body, "es")[value] == who


def test_a_credit_inside_a_later_relative_clause_is_not_the_figure_before_it_s():
    found = _claimants("Cientos de miles de personas se han dado cita en Lima este sábado, en una de las muchas "
                       "protestas en la que ha destacado la de Cusco que según sus organizadores ha contado con más de "
                       "5.000.", "es")
    assert found == {"Cientos de miles": None, "más de 5.000": "organizadores"}


def test_a_figure_s_bound_is_no_name():
    found = _claimants("Police officials in Boise, Ida., said between 2,000 and 3,000 showed up to rally.", "en")
    assert "between" not in (found["between 2,000 and 3,000"] or "").lower()


# --- D3: tags missed -----------------------------------------------------------------------------------------
@pytest.mark.parametrize("body, lang, value, who", [
    ("At least 14 people have died in Ohio after the storm, NBC reports.", "en", "At least 14 people", "NBC"),
    ("GridWatch.org reports 52,000 homes were without power on Monday.", "en", "52,000", "GridWatch.org"),
    ("The 6 other confirmed deaths were in Ohio, Indiana, and Iowa, Mary Jones said.", "en", "6", "Mary Jones"),
    ("La marcha de Cali, según sus convocantes, reunió a 8.000 personas.", "es", "8.000 personas", "convocantes"),
    ("La protesta de Lima, según sus organizadores, ha contado con más de 9.000 participantes.", "es",
     "más de 9.000", "organizadores"),
])
def test_a_present_tag_a_web_site_a_name_after_places_and_an_event_s_organisers_are_claimants(body, lang, value, who):
    assert _claimants(body, lang)[value] == who


@pytest.mark.parametrize("body, value", [
    ("Other sources estimated 40 deaths.", "40"),                  # still someone unnamed
    ("The state's claims. At least 12 people died.", "At least 12 people"),     # a noun phrase, no tag
])
def test_unnamed_speakers_and_nouns_stay_no_one(body, value):
    assert _claimants(body, "en")[value] is None


# --- dev7: a subject past a participle of service, a government by its demonym, an official version, a joint credit
@pytest.mark.parametrize("body, lang, value, who", [
    ("Canadian doctors serving with the United Nations Mission in Haiti estimated at least 300 people died.", "en",
     "at least 300 people", "Canadian doctors"),
    ("The Peruvian Government estimated the death toll to be 120.", "en", "120", "Government of Peru"),
    ("En la disputa de cifras, según las fuentes oficiales peruanas el balance fue de 40 muertos.", "es", "40",
     "Gobierno de Peru"),
    ("Heridos: 30 mineros (versión oficial chilena)", "es", "30", "Gobierno de Chile"),
    ("12,000 (Organiser and media estimate)", "en", "12,000", "Organisers"),
])
def test_dev7_claimants_named_past_a_participle_a_demonym_or_the_media(body, lang, value, who):
    assert _claimants(body, lang)[value] == who

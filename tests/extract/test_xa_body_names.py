"""A body named with its country or seat, and a body named by its acronym.

Invented sentences, English and Spanish (none copied from the data set): the claimant is the body,
not "Italy's ..." nor "... in Taiwan"; a place the name holds itself ("del Perú", "of Pakistan",
an embassy's town) stays; an acronym that spells a stop word ("the WHO") is a name; a long name and
its acronym, in either order, in brackets or not, give one source file with both.
"""
from __future__ import annotations

import pytest
import yaml

from reconcile.extract import extract_project, parse_article, propose
from reconcile.extract.attr_names import body_name, long_name_in, spells


def _claimants(body: str) -> dict[str, str | None]:
    raw = f"date: 2011-03-14\n\n{body}\n"
    return {p.value: p.claimant for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("body, value, who", [
    ("Chile's Sernageomin agency registered the tremor at a magnitude of 5.9.", "5.9", "Sernageomin agency"),
    ("The Metsenter Office in Norway said the gusts reached 140 km/h.", "140 km/h", "Metsenter Office"),
    ("El Servicio Senamhi en Perú informó que 300 personas fueron evacuadas.", "300 personas",
     "Servicio Senamhi"),
    ("Según la Oficina Metsenter en Noruega, 40 personas resultaron heridas.", "40 personas",
     "Oficina Metsenter"),
    # a name of its own that ends as a common adjective or noun does ("-al", "-ia") is no generic name
    ("Bolivia's Aguandia water agency said 300 homes had no water.", "300", "Aguandia water agency"),
    ("El Servicio Sedapal en Perú informó que 300 casas no tenían agua.", "300", "Servicio Sedapal"),
])
def test_a_body_named_with_its_country_is_the_body(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, values, whos", [
    ("Peru's National Weather Service said 300 people were evacuated. Ecuador's National Weather Service "
     "said 40 people died.", ("300 people", "40 people"),
     ("National Weather Service (Peru)", "National Weather Service (Ecuador)")),
    ("The Hydrological Service in Peru said 300 people were evacuated. The Hydrological Service in Ecuador "
     "said 40 people died.", ("300 people", "40 people"),
     ("Hydrological Service (Peru)", "Hydrological Service (Ecuador)")),
    ("El Servicio Sismológico en Chile informó que 300 personas fueron evacuadas. El Servicio Sismológico en "
     "Perú dijo que 40 personas murieron.", ("300 personas", "40 personas"),
     ("Servicio Sismológico (Chile)", "Servicio Sismológico (Perú)")),
    # one name however the text gives the country: "Peru's ...", "... in Peru"
    ("Peru's Hydrological Service said 300 people were evacuated. The Hydrological Service in Peru "
     "said 40 people died.", ("300 people", "40 people"),
     ("Hydrological Service (Peru)", "Hydrological Service (Peru)")),
])
def test_a_generic_body_keeps_its_country(body, values, whos):
    # common words only ("National Weather Service", "Servicio Sismológico") would name a body in
    # any country: without the country, two countries' services would be one claimant
    claimants = _claimants(body)
    assert tuple(claimants[v] for v in values) == whos


@pytest.mark.parametrize("body, value, who", [
    ("El Instituto Sismológico de Chile informó que 300 personas fueron evacuadas.", "300 personas",
     "Instituto Sismológico de Chile"),
    ("El Instituto Geográfico del Perú dijo que 40 personas murieron.", "40 personas",
     "Instituto Geográfico del Perú"),
    ("The Norwegian Embassy in Lima said 40 tourists were safe.", "40", "Norwegian Embassy in Lima"),
    ("Chile's Interior Ministry said 40 people were hurt.", "40 people", "Chile's Interior Ministry"),
    ("The Guardian's Ana Costa counted 300 tents.", "300", "Ana Costa"),
])
def test_a_place_the_name_holds_stays(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("name, want", [
    ("U.N.'s refugee agency", "U.N. refugee agency"),
    ("EU's aid office", "EU aid office"),
    ("Norway's Metsenter Office", "Metsenter Office"),
    ("Norway's Meteorological Office", "Meteorological Office (Norway)"),       # generic: keeps its country
    ("Oficina Meteorológica en Noruega", "Oficina Meteorológica (Noruega)"),
    ("Oxfam's Lena Berg", "Oxfam's Lena Berg"),            # a person after a possessive: without_role's
    ("Friends in Need", "Friends in Need"),                # no body's head noun: as it is
    ("Coast Guard in Alaska", "Coast Guard (Alaska)"),
    ("Peru's Sedapal water agency", "Sedapal water agency"),
    ("Lima's Sedapal utility", "Sedapal utility"),                   # a utility, a company: a body
    ("Empresa Aguandia en Bolivia", "Empresa Aguandia"),
    ("Oficina Aguandia en Bolivia", "Oficina Aguandia"),
    ("Servicio de Meteorología en Chile", "Servicio de Meteorología (Chile)"),     # generic: "-ía"
    ("Peru's Regional Emergency Office", "Regional Emergency Office (Peru)"),
])
def test_body_name(name, want):
    assert body_name(name) == want


@pytest.mark.parametrize("body, value, who", [
    ("The WHO said 40 patients were missing.", "40", "WHO"),
    ("According to the WHO, 300 patients died.", "300", "WHO"),
])
def test_an_acronym_that_spells_a_word_is_a_name(body, value, who):
    assert _claimants(body)[value] == who


def test_spells():
    assert spells("USGS", "United States Geological Survey")
    assert spells("OMS", "Organización Mundial de la Salud")
    assert spells("INE", "Instituto Nacional de Estadística")
    assert not spells("OMS", "Organización de Estados Americanos")
    assert not spells("Health", "Health Ministry")


def test_long_name_in():
    assert long_name_in("NHC", "Yesterday the National Hurricane Center warned. The NHC said.") == \
        "National Hurricane Center"
    assert long_name_in("NHC", "The storm hit. The NHC said.") is None


def _sources(body: str, tmp_path) -> dict[str, dict]:
    path = tmp_path / "news.txt"
    path.write_text(f"date: 2011-03-14\n\n{body}\n", encoding="utf-8")
    files, _ = extract_project([path])
    out = {}
    for name, text in files.items():
        if name.startswith("sources/") and not name.split("/")[-1].startswith("_"):
            data = yaml.safe_load(text)
            if data.get("claims"):
                out[data["source"]["id"]] = {**data["source"], "claims": data["claims"]}
    return out


@pytest.mark.parametrize("body, file_id, alias", [
    # "Long Name (ACR)", "ACR (Long Name)", and the acronym after the long name with no brackets
    ("The National Hurricane Center (NHC) said winds reached 200 km/h. The NHC said 40 homes were lost.",
     "national-hurricane-center", "NHC"),
    ("The NHC (National Hurricane Center) said winds reached 200 km/h. The National Hurricane Center said "
     "40 homes were lost.", "national-hurricane-center", "NHC"),
    ("The National Hurricane Center said winds reached 200 km/h. The NHC said 40 homes were lost.",
     "national-hurricane-center", "NHC"),
    ("El Centro Nacional de Huracanes (CNH) informó que los vientos alcanzaron 200 km/h. El CNH dijo que 40 "
     "viviendas fueron destruidas.", "centro-nacional-de-huracanes", "CNH"),
    ("El CNH (Centro Nacional de Huracanes) informó que los vientos alcanzaron 200 km/h. El Centro Nacional de "
     "Huracanes dijo que 40 viviendas fueron destruidas.", "centro-nacional-de-huracanes", "CNH"),
    ("El Centro Nacional de Huracanes informó que los vientos alcanzaron 200 km/h. El CNH dijo que 40 "
     "viviendas fueron destruidas.", "centro-nacional-de-huracanes", "CNH"),
])
def test_a_long_name_and_its_acronym_give_one_source(body, file_id, alias, tmp_path):
    sources = _sources(body, tmp_path)
    assert list(sources) == [file_id]
    assert alias in sources[file_id].get("aliases", [])
    assert len(sources[file_id]["claims"]) == 2


def test_the_possessive_of_an_acronym_named_before(tmp_path):
    sources = _sources("The United Nations (UN) said 300 people died. The UN's refugee agency said 4,000 "
                       "people had fled.", tmp_path)
    assert set(sources) == {"united-nations", "un-refugee-agency"}


@pytest.mark.parametrize("body, value, who", [
    ("The U.N. Office for the Coordination of Humanitarian Affairs said 4,000 homes were destroyed.", "4,000",
     "U.N. Office for the Coordination of Humanitarian Affairs"),
    ("La Oficina para la Coordinación de Asuntos Humanitarios dijo que 4.000 viviendas fueron destruidas.", "4.000",
     "Oficina para la Coordinación de Asuntos Humanitarios"),
    ("Dr Lena Berg said 45 people were treated.", "45 people", "Lena Berg"),
    ("The country's disaster agency said 4,000 buildings collapsed.", "4,000", "disaster agency"),
])
def test_a_name_read_whole(body, value, who):
    assert _claimants(body)[value] == who


def test_dotted_initials_in_a_long_name(tmp_path):
    assert spells("USGS", "U.S. Geological Survey")
    sources = _sources("The U.S. Geological Survey said the quake had a magnitude of 6.1. The USGS said 40 "
                       "homes were damaged.", tmp_path)
    assert list(sources) == ["us-geological-survey"]
    assert "USGS" in sources["us-geological-survey"]["aliases"]

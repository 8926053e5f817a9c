"""Regions news names otherwise than ISO 3166-2 writes them (issue 14, place): China's provinces
without "Sheng" ("Henan"), the oblasts and krais of Ukraine, Russia and Kazakhstan by their
city's name ("Kherson Oblast", "Krasnodar Krai"), the English and Spanish names pycountry
ships ("Bavaria", "Cerdeña"). A claim names such a region by its code, since a project reads
ISO's own names only. Invented sentences."""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose
from reconcile.extract.places import news_names, places_in, places_named
from reconcile.model.names import iso_resolve

HEAD = "url: https://example.org/a\ntitle: {title}\ndate: 2023-06-07\n\n"


@pytest.mark.parametrize("text, code, written", [
    ("Shelling in Kherson Oblast killed 12 people.", "UA-65", "Kherson Oblast"),
    ("In Donetsk Oblast, 40 people died.", "UA-14", "Donetsk Oblast"),
    ("Authorities in Luhansk Region said 7 were wounded.", "UA-09", "Luhansk Region"),
    ("Floods in Poltava Oblast displaced 300.", "UA-53", "Poltava Oblast"),
    ("Drones struck Sumy Oblast, injuring 4.", "UA-59", "Sumy Oblast"),
    ("In Zaporizhzhia Oblast, 70 died.", "UA-23", "Zaporizhzhia Oblast"),
    ("In Belgorod Oblast, 9 died.", "RU-BEL", "Belgorod Oblast"),
    ("In Kursk Oblast, 9 died.", "RU-KRS", "Kursk Oblast"),
    ("Storms in Krasnodar Krai killed 6.", "RU-KDA", "Krasnodar Krai"),
    ("Floods in Primorsky Krai killed 6.", "RU-PRI", "Primorsky Krai"),
    ("Fires in Pavlodar Region burned 2,000 hectares.", "KZ-55", "Pavlodar Region"),
    ("Floods in Henan province killed 300 people.", "CN-HA", "Henan"),
    ("The quake struck Sichuan Province, killing 20.", "CN-SC", "Sichuan"),
    ("In Xinjiang, 197 died.", "CN-XJ", "Xinjiang"),
    ("Riots in Dagestan left 12 injured.", "RU-DA", "Dagestan"),
    ("Snow in Bavaria killed 12 people.", "DE-BY", "Bavaria"),
    ("Wildfires in Sicily killed 20.", "IT-82", "Sicily"),
    ("Los incendios en Cerdeña dejaron 3 muertos.", "IT-88", "Cerdeña"),
    ("Fighting in Anbar killed 40.", "IQ-AN", "Anbar"),
    ("In Raqqa Governorate, 12 died.", "SY-RA", "Raqqa"),
    ("En la provincia de Sichuan murieron 90 personas.", "CN-SC", "Sichuan"),
    ("Floods in West Java killed 30.", "ID-JB", "West Java"),
    ("Inundaciones en Java Occidental dejaron 30 muertos.", "ID-JB", "Java Occidental"),
    ("The quake in Central Sulawesi killed 4,000.", "ID-ST", "Central Sulawesi"),
    ("Floods in Central Luzon displaced 9,000.", "PH-03", "Central Luzon"),
    ("Clashes in North Kivu displaced 9,000.", "CD-NK", "North Kivu"),
    ("Los combates en Kivu del Norte dejaron 9 muertos.", "CD-NK", "Kivu del Norte"),
    ("Fighting near Marib killed 9.", "YE-MA", "Marib"),
    ("The war in Tigray killed thousands, at least 9,000 in 2021.", "ET-TI", "Tigray"),
    ("In Iraqi Kurdistan, 9 died.", "IQ-KR", "Iraqi Kurdistan"),
])
def test_a_region_news_names_otherwise_than_iso_is_found(text, code, written):
    assert (code, written) in [(c, w) for c, w, _ in places_in(text)]


@pytest.mark.parametrize("text, code", [
    ("Shelling in Kherson killed 12 people.", "UA-KHERSON"),   # the city, not the oblast
    ("In Poltava, 9 died.", "UA-POLTAVA"),
    ("Beijing said 3 people died.", "CN-BEIJING"),            # a city of millions: not Beijing Shi
])
def test_a_city_named_as_its_region_stays_the_city(text, code):
    assert [c for c, _, _ in places_in(text, code[:2])][:1] == [code]


def test_an_oblast_stem_is_a_name_only_with_the_word_oblast_after_it():
    assert "Sumy Oblast" in news_names("Sumska oblast") and "Sumy" not in news_names("Sumska oblast")
    assert places_in("Suma de 300 votos en la elección.") == []
    assert news_names("Henan Sheng") == ["Henan"] and news_names("Gyeonggi-do") == ["Gyeonggi"]
    assert news_names("Bogotá") == []
    assert news_names("Ar Raqqah") == ["Raqqah", "Raqqa"] and news_names("Al Anbār") == ["Anbār"]
    assert news_names("Jawa Barat") == ["West Java", "Java Occidental"] and news_names("Jawa") == []
    assert news_names("Ma’rib") == ["Marib"] and news_names("Nord-Kivu") == ["North Kivu", "Kivu del Norte"]
    assert "Belgorod Oblast" in news_names("Belgorodskaya oblast'")   # its apostrophe no bar to the oblast rule


def test_a_claim_names_a_region_news_names_otherwise_by_its_code():
    article = parse_article(HEAD.format(title="Floods in Henan") + "Floods in Henan province killed 300 people.",
                            "a.txt")
    (proposal,) = propose(article, "en")
    assert proposal.place == "CN-HA" and iso_resolve("CN-HA") == "CN-HA"
    assert not places_named("Henan") and iso_resolve("Henan") is None   # the project reads ISO's names only


@pytest.mark.parametrize("text, wrong", [
    # a name news gives a region yields to a city of that name, unless the text calls it a province
    ("Un tiroteo en Nueva York dejó 3 muertos en el Bronx.", "US-NY"),
    ("In the city of Raqqa, 1,600 civilians were killed.", "SY-RA"),
    ("Gunmen killed 28 Coptic Christians on a bus in Minya, Egypt.", "EG-MN"),
    ("Protesters in Basra clashed with police; 15 were killed.", "IQ-BA"),
    ("A bombing in Najaf killed 5 people.", "IQ-NA"),
    ("The siege of Taizz has trapped 200,000 people.", "YE-TA"),
    ("Floods in Henan killed 300 people.", "CN-HA"),     # GeoNames gives Hengyang the name: the city, as before
    # a single word only where something is put in it
    ("The aircraft carrier Liaoning carried about 2,000 sailors.", "CN-LN"),
    ("Imports of Sichuan pepper reached 300 restaurants in New York.", "CN-SC"),
    ("According to Saha, 30 million people in Kolkata lack clean water.", "RU-SA"),
    ("Komi is spoken by 140,000 people.", "RU-KO"),
    ("The Shamal sent 1,200 people to hospitals in Kuwait.", "QA-MS"),
    # not the Spanish names pycountry ships, nor exonyms that are words, brands or surnames
    ("Marcas blancas: 300 productos retirados del mercado.", "IT-57"),
    ("Colombian brewer Bavaria cut 800 jobs in Bogota.", "DE-BY"),
    ("Hyundai vendió 150.000 unidades del Creta en la India.", "GR-M"),
    ("El defensa Baviera anotó 2 goles ante 40.000 aficionados en Sevilla.", "DE-BY"),
    # where people fled from is no place of the count
    ("About 60,000 people who fled Tigray are now in camps in eastern Sudan.", "ET-TI"),
    ("About 10,000 people who fled North Kivu crossed into Uganda.", "CD-NK"),
])
def test_a_word_a_region_shares_is_not_that_region(text, wrong):
    from reconcile.extract.places import origins

    found = places_in(text)
    kept = [code for code, _, at in found if at not in origins(text, found)]
    assert wrong not in kept

"""Unnamed officials and official documents (invented wire copy): "authorities said" after a news agency reported
is not the agency (a newsroom is no authority), nor is any unnamed speaker a pronoun for the source before;
with no body before them they are the outlet's, with a note that says so; "an official preliminary assessment
said" is the government's, as "official figures" are; a toll revised by no one named, right after a credited
report, goes on with that report."""
from __future__ import annotations

from reconcile.extract.article import parse_article
from reconcile.extract.propose import propose

HEAD = "url: https://example.org/a\noutlet: Pacific Wire\ntitle: {title}\ndate: 2023-02-08\n\n"


def _by_value(text: str, title: str = "Earthquake in Turkey", lang: str = "en") -> dict:
    return {p.value: p for p in propose(parse_article(HEAD.format(title=title) + text, "a.txt"), lang)}


def test_authorities_after_a_news_agency_are_not_the_agency():
    found = _by_value("The toll in Hatay rose to 120, the Anadolu news agency reported. The quake destroyed "
                      "300 buildings in the province, authorities said.")
    assert found["120"].claimant is not None
    assert found["300"].claimant is None
    assert not any("pronoun" in c for c in found["300"].checks)
    assert any("unnamed officials" in c for c in found["300"].checks)


def test_unnamed_officials_after_a_body_are_that_body_and_the_note_says_so():
    found = _by_value("The disaster agency AFAD said 120 people died in Hatay. The toll is the worst since 1999, "
                      "when more than 17,000 people died, officials said.")
    said = found["more than 17,000 people"]
    assert said.claimant == found["120 people"].claimant
    assert not any("a pronoun" in c for c in said.checks)
    assert any("unnamed officials" in c for c in said.checks)


def test_unnamed_officials_with_no_body_before_are_the_outlet_s_with_a_note():
    found = _by_value("More than 1,700 people died in the 1999 quake, officials said.")
    said = found["More than 1,700 people"]
    assert said.claimant is None
    assert any("unnamed officials" in c for c in said.checks)


def test_an_official_assessment_is_the_government_s():
    found = _by_value("An official preliminary assessment said the quake caused losses of about $2 billion in "
                      "Turkey.")
    assert found["about $2 billion"].claimant == "Government of Turkey"
    found = _by_value("Una evaluación oficial preliminar cifró las pérdidas en 400 millones de dólares en Chile.",
                      title="Terremoto en Chile", lang="es")
    assert found["400 millones de dólares"].claimant == "Gobierno de Chile"


def test_a_toll_revised_by_no_one_named_goes_on_with_the_report_before():
    found = _by_value("The death toll in Hatay was raised to 120, the Anadolu news agency reported. The number of "
                      "injured was raised to more than 900.")
    assert found["more than 900"].claimant == found["120"].claimant
    assert any("revised by no one named" in c for c in found["more than 900"].checks)


def test_a_toll_that_rises_on_its_own_stays_the_text_s():
    found = _by_value("The death toll in Hatay was raised to 120, the Anadolu news agency reported. The number of "
                      "injured rose to more than 900.")
    assert found["more than 900"].claimant is None

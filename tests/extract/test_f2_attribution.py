"""Who states a figure: the speaker after an opening phrase, a body named by an agency's noun, a
document named again by a pronoun.

- An opening word that is also a preposition ("After", "Tras", "Despite") before a noun phrase opens
  no clause: "After the 7.8 quake, the USGS said..." states the 7.8 too; a clause with its verb
  ("After 10,000 took refuge...", "Tras refugiarse...") stays apart from the speaker.
- "After the 6.2 quake recorded in Tacna, the IGP said...": an -ed word right after a noun and before
  a preposition is the noun's participle, as "Tras el sismo de 6,2 registrado en Tacna" writes it;
  the opening is a noun phrase in both languages. A verb with its object or a verb with no passive
  ("After the storm flooded 900 homes", "After the dam collapsed in March") still makes a clause.
- A common noun of speakers before "in"/"en" and a place is that kind of body, where the place
  says: "Police in Cusco said", "Policía en Cusco dijo" -> the police; "Officials in Cusco said",
  "Autoridades en Cusco dijeron" -> the officials of that place, as "Cusco officials said" (session 47);
  "Las autoridades dijeron" -> no one named, as "Authorities said".
- "agency"/"agencia" names an outlet only when news qualifies it ("the news agency ..."): "the
  disaster agency BNPB", "la agencia Copeco" are bodies that speak for themselves.
- "Este muestra...", "These show...": a document named before, named again by a demonstrative,
  gives the figure of its author.

Invented sentences, English and Spanish.
"""
from __future__ import annotations

import pytest

from reconcile.extract import parse_article, propose


def _claimants(body: str) -> dict[str, str | None]:
    raw = f"title: Sismo\ndate: 2011-03-14\n\n{body}\n"
    return {p.value: p.claimant for p in propose(parse_article(raw, "news.txt"))}


@pytest.mark.parametrize("body, value, who", [
    ("Tras el sismo de magnitud 7,4, el IGP informó que 52 personas murieron.", "7,4", "IGP"),
    ("After the magnitude 7.4 quake, the IGP said 52 people died.", "7.4", "IGP"),
    ("Despite 300 arrests, the Interior Ministry said 52 people were hurt.", "300", "Interior Ministry"),
])
def test_an_opening_phrase_is_no_clause_apart_from_the_speaker(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value", [
    ("After some 8,000 people took refuge in the stadium, the mayor announced that 52 could leave.",
     "some 8,000 people"),
    ("Tras refugiarse 8.000 personas en el estadio, el alcalde anunció que 52 podían salir.", "8.000 personas"),
])
def test_an_opening_clause_with_its_verb_stays_apart_from_the_speaker(body, value):
    assert _claimants(body)[value] is None


@pytest.mark.parametrize("body, value, who", [
    ("The disaster agency BNPB said 52 people died, according to the Red Cross.", "52 people", "BNPB"),
    ("La agencia Copeco informó que 52 personas murieron, según la Cruz Roja.", "52 personas", "Copeco"),
])
def test_an_agency_not_of_news_is_a_body(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value, who", [
    ("The Health Ministry released two reports on Monday. These show 52 dead in the north.", "52",
     "Health Ministry"),
    ("El Ministerio de Salud publicó dos informes el lunes. Estos recogen 52 muertos en el norte.", "52",
     "Ministerio de Salud"),
    ("The Health Ministry released a report on Monday. It lists 52 dead in the north.", "52",
     "Health Ministry"),
    ("El Ministerio de Salud publicó un informe el lunes. Este muestra 52 muertos en el norte.", "52",
     "Ministerio de Salud"),
])
def test_a_document_named_again_by_a_demonstrative_gives_its_authors_figure(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value, who", [
    ("After the magnitude 6.2 quake recorded in Tacna, the IGP said 40 homes fell.", "6.2", "IGP"),
    ("Tras el sismo de magnitud 6,2 registrado en Tacna, el IGP informó que 40 casas cayeron.", "6,2", "IGP"),
    ("After the 6.2 quake measured by the USGS, the IGP said 40 homes fell.", "6.2", "IGP"),
    ("Tras el sismo de 6,2 medido por el USGS, el IGP informó que 40 casas cayeron.", "6,2", "IGP"),
])
def test_a_participle_after_the_openings_noun_makes_no_clause(body, value, who):
    assert _claimants(body)[value] == who


@pytest.mark.parametrize("body, value", [
    ("After the storm flooded 900 homes, the mayor said 40 people died.", "900"),
    ("Tras inundar la tormenta 900 casas, el alcalde dijo que 40 personas murieron.", "900"),
    ("After the dam collapsed in March with 900 workers inside, the mayor said 40 homes fell.", "900"),
    ("Tras colapsar la presa en marzo con 900 obreros dentro, el alcalde dijo que 40 casas cayeron.", "900"),
])
def test_a_verb_of_the_opening_still_makes_a_clause(body, value):
    assert _claimants(body)[value] is None


@pytest.mark.parametrize("body, value, who", [
    ("Police in Cusco said 40 people died.", "40 people", "Police"),
    ("Policía en Cusco dijo que 40 personas murieron.", "40 personas", "Policía"),
    ("The police in Cusco said 40 people died.", "40 people", "police"),
    ("La policía en Cusco dijo que 40 personas murieron.", "40 personas", "policía"),
    ("Firefighters in Cusco said 40 people died.", "40 people", "Firefighters"),
    ("Bomberos en Cusco dijeron que 40 personas murieron.", "40 personas", "Bomberos"),
    ("Officials in Cusco said 40 people died.", "40 people", "Cusco officials"),
    ("Autoridades en Cusco dijeron que 40 personas murieron.", "40 personas", "autoridades de Cusco"),
    ("Authorities said 40 people died.", "40 people", None),
    ("Las autoridades dijeron que 40 personas murieron.", "40 personas", None),
])
def test_a_speakers_common_noun_before_a_place_is_that_kind_of_body(body, value, who):
    assert _claimants(body)[value] == who

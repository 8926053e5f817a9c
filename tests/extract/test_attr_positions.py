"""Who states a number wherever the attribution stands: a speech verb before the figure or after
it, the one who speaks for a body, a count owned by someone ("by the mayor's count"), a view
that opens the sentence ("Para la policía, ..."). Invented sentences, one construction each."""
from __future__ import annotations

import pytest

from reconcile.extract.attribution import attributions, claimant_for
from reconcile.model.names import slugify


def _who(sentence: str, figure: str) -> str | None:
    start = sentence.index(figure)
    found = claimant_for(attributions(sentence), start, start + len(figure), slugify, sentence)
    return found.who if found else None


@pytest.mark.parametrize("sentence, figure, who", [
    ("The World Food Programme warned that 1.2 million children need aid.", "1.2 million", "World Food Programme"),
    ("Seventy schools were closed, the mayor explained.", "Seventy", "mayor"),
    ("The coast guard stressed that 14 sailors were still missing.", "14", "coast guard"),
    ("Amnesty International documented 45 killings.", "45", "Amnesty International"),
    ("La alcaldesa subrayó que 300 familias siguen sin agua.", "300", "alcaldesa"),
    ("Protección Civil recordó que 12 personas siguen desaparecidas.", "12", "Protección Civil"),
])
def test_a_speech_verb_names_its_subject(sentence, figure, who):
    assert _who(sentence, figure) == who


def test_a_weak_verb_with_a_common_noun_names_no_one():
    # "documented", "projected": things that do not speak document and project too
    assert _who("The camera documented 45 vehicles on the bridge.", "45") is None


@pytest.mark.parametrize("sentence, figure, who", [
    ("Officials at the housing ministry estimate that 3,000 families lost their homes.", "3,000",
     "housing ministry"),
    ("A spokeswoman for the fire brigade said 12 crews were at the scene.", "12", "fire brigade"),
    ("Senior officials from the Port Authority said 40 ships were waiting.", "40", "Port Authority"),
    ("Funcionarios del Ministerio de Obras dijeron que 40 puentes cayeron.", "40", "Ministerio de Obras"),
])
def test_those_who_speak_for_a_body_give_the_body(sentence, figure, who):
    assert _who(sentence, figure) == who


def test_officials_in_a_place_are_not_the_place():
    assert _who("Officials in Lisbon said 40 buildings collapsed.", "40") != "Lisbon"


def test_a_role_with_a_name_and_a_place_gives_the_name():
    assert _who("Governor Tomas Brandt of Ohio estimated the damage at $40 million.", "$40 million") == "Tomas Brandt"
    # a name with "of" that is not a person with a role stays whole
    assert _who("The Bank of Ohio reported 40 closures.", "40") == "Bank of Ohio"


@pytest.mark.parametrize("sentence, figure, who", [
    ("The crowd was 18,000 strong, by the sheriff's count.", "18,000", "sheriff"),
    ("By the union's own count, 9,000 workers walked out.", "9,000", "union"),
])
def test_a_count_owned_by_someone_is_theirs(sentence, figure, who):
    assert _who(sentence, figure) == who


def test_a_possessive_with_no_figure_and_no_by_names_no_one():
    assert attributions("The storm's toll of 300 was revised.") == []


@pytest.mark.parametrize("sentence, figure, who", [
    ("Para la Guardia Urbana, fueron 45.000.", "45.000", "Guardia Urbana"),
    ("Para los organizadores, la cifra fue de 300.000.", "300.000", "organizadores"),
    ("For the organisers, it was 300,000.", "300,000", "organisers"),
])
def test_a_view_that_opens_the_sentence_is_the_claimant(sentence, figure, who):
    assert _who(sentence, figure) == who


@pytest.mark.parametrize("sentence", [
    "Para el rescate, 300 soldados fueron desplegados.",
    "For years, 300 families lived on the hillside.",
])
def test_an_opening_purpose_or_time_is_no_claimant(sentence):
    assert attributions(sentence) == []


@pytest.mark.parametrize("sentence, figure, who", [
    ("Figures released by the transport ministry show 300 crashes.", "300", "transport ministry"),
    ("Data from the UN refugee agency showed 4,000 arrivals.", "4,000", "UN refugee agency"),
    ("Oxfam's latest figures show 300 wells were dry.", "300", "Oxfam"),
    ("According to an AFP tally based on hospital sources, 300 died.", "300", "AFP"),
])
def test_figures_that_show_a_number_are_their_publishers(sentence, figure, who):
    assert _who(sentence, figure) == who


@pytest.mark.parametrize("sentence, figure, who", [
    ("At least 30 people were missing, Rina Sari of the disaster agency said.", "At least 30", "Rina Sari"),
    ("Juan Soto, del Ministerio de Salud, dijo que 40 murieron.", "40", "Juan Soto"),
    ("Crews have pulled 12 bodies from the river, the agency's chief said.", "12", "agency"),
    ("The ministry's spokesman said 40 villages were cut off.", "40", "ministry"),
    ("The Bank of Lisbon said 40 branches closed.", "40", "Bank of Lisbon"),   # a body's name keeps its "of"
])
def test_a_person_of_a_body_and_the_head_of_a_body(sentence, figure, who):
    assert _who(sentence, figure) == who


@pytest.mark.parametrize("sentence, figure", [
    ("La cifra oficial de muertos es de 300, aunque la Cruz Roja habla de 500.", "300"),
    ("The official toll is 300, while the Red Cross speaks of 500.", "300"),
    ("The official toll is 300; the Red Cross said 500.", "300"),
])
def test_a_speaker_in_a_later_clause_does_not_claim_the_figure_before_it(sentence, figure):
    assert _who(sentence, figure) is None
    assert _who(sentence, "500") in ("Cruz Roja", "Red Cross")


@pytest.mark.parametrize("sentence, figure, who", [
    ("The Tribune's Ana Costa counted 300 tents.", "300", "Ana Costa"),
    ("Oxfam's Lena Berg said 300 wells were dry.", "300", "Lena Berg"),
    ("Peru's Health Ministry said 300 died.", "300", "Peru's Health Ministry"),   # a body, not a person
])
def test_a_person_named_after_a_possessive_is_the_person(sentence, figure, who):
    assert _who(sentence, figure) == who


@pytest.mark.parametrize("sentence, figure, who", [
    ("Hay 80 heridos, según declaró la alcaldesa a la agencia Efe.", "80", "alcaldesa"),
    ("Los sindicatos, por su parte, hablaron de 90.000.", "90.000", "sindicatos"),
    ("The union, however, said 9,000 workers walked out.", "9,000", "union"),
])
def test_a_listener_or_an_aside_is_passed_over(sentence, figure, who):
    assert _who(sentence, figure) == who


@pytest.mark.parametrize("sentence", [
    "Hay 80 heridos, según el último balance oficial.",
    "There are 80 injured, according to the latest official count.",
])
def test_a_document_with_no_owner_names_no_one(sentence):
    assert _who(sentence, "80") is None


@pytest.mark.parametrize("sentence, figure", [
    ("The landslide, which the governor said was the worst in decades, buried 60 homes.", "60"),
    ("Before the agency said anything, 300 families had already left.", "300"),
    ("Police detained 25 people after a rally that organisers said drew 8,000.", "25"),
    ("The army rejected claims that 90 civilians died.", "90"),
    ("La riada, que según el alcalde fue la peor en décadas, arrasó 60 viviendas.", "60"),
])
def test_a_speaker_inside_an_aside_does_not_claim_a_figure_outside_it(sentence, figure):
    assert _who(sentence, figure) is None


@pytest.mark.parametrize("sentence, figure, who", [
    ("Police detained 25 people after a rally that organisers said drew 8,000.", "8,000", "organisers"),
    ("The agency, which said last week that 200 had died, now counts 300.", "200", "agency"),
    ("The UN said 300 villages were cut off.", "300", "UN"),   # an acronym, not the article "un"
    ("The ministry said 300 people died, but the opposition put the toll at 500.", "500", "opposition"),
])
def test_the_speaker_of_a_clause_claims_its_figures(sentence, figure, who):
    assert _who(sentence, figure) == who


@pytest.mark.parametrize("sentence, pronoun", [
    ("According to her, 300 people died.", True),
    ("Según él, hay 300 muertos.", True),
    ("Según el ministerio, hay 300 muertos.", False),     # the article "el", not the pronoun "él"
    ("According to police, 300 people died.", False),
])
def test_a_pronoun_after_according_to_is_the_one_named_before(sentence, pronoun):
    from reconcile.extract.attribution import is_pronoun_subject
    assert is_pronoun_subject(sentence) is pronoun


def test_a_body_that_updates_its_figures_states_them():
    assert _who("La Cruz Roja actualizó sus cifras: 300 muertos y 40 desaparecidos.", "40") == "Cruz Roja"
    assert _who("The Red Cross updated its count to 300 dead.", "300") == "Red Cross"

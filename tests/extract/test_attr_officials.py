"""A government the text names by a demonym, an adverb or "official figures", not by its country's
name: "Iraqi officials", "las autoridades venezolanas", "Officially, ...", "las cifras oficiales";
the country is then the one the sentences around name most (``role_holder``). And a number whose
own clause has a speaker the text does not name does not take the speaker of another clause.
Sentences invented for these tests."""
from __future__ import annotations

from reconcile.extract.attribution import role_holder
from reconcile.extract.speakers import government_of
from test_attribution_relays import _claimants  # the claimant of each number of a sentence


def test_demonym_officials_and_authorities_are_the_government_of_that_country():
    assert _claimants("Iraqi officials said 40 people died in the blast.") == {"40 people": "Government of Iraq"}
    assert _claimants("The toll given by the Azerbaijani authorities is 613 civilians.") == {
        "613": "Government of Azerbaijan"}
    assert government_of("Azerbaijani parliament") == "Parliament of Azerbaijan"
    # a body with more words stays as written
    assert government_of("French government officials") == "French government officials"


def test_spanish_demonym_authorities_are_the_government():
    assert _claimants("Las autoridades venezolanas informaron de 20 muertos.", "es") == {
        "20": "Gobierno de Venezuela"}


def test_officially_opening_a_sentence_is_the_government():
    assert _claimants("Officially, 39 of the gunmen were killed.") == {"39": "Government"}
    assert _claimants("Oficialmente, se contabilizaron 120 muertos.", "es") == {"120": "Gobierno"}


def test_official_figures_are_the_governments():
    assert _claimants("Official figures put the toll at 300.") == {"300": "Government"}
    assert _claimants("Aunque las cifras oficiales reportan 276 muertos, otros hablan de más.", "es")[
        "276"] == "Gobierno"


def test_a_government_led_by_someone_is_the_government_not_its_head():
    said = _claimants("Las cifras oficiales del gobierno del presidente Juan Rivas solo las situó en 126.", "es")
    assert said == {"126": "Gobierno"}


def test_the_official_count_after_a_figure_is_whose_count_it_is():
    said = _claimants("Estimates range from 187, the official count of the government, to several hundred.")
    assert said["187"] == "government"


def test_a_bare_government_is_the_government_of_the_country_named_around():
    nearby = ["On 13 May, troops fired on protesters in Andijan, Uzbekistan.",
              "Officially, 187 were killed."]
    assert role_holder("Government", nearby) == "Government of Uzbekistan"
    assert role_holder("the government", ["Police said Russian forces stormed the theatre."]) == "Government of Russia"
    assert role_holder("Gobierno", ["Las protestas comenzaron en Caracas, Venezuela, y en Guarenas."]) == (
        "Gobierno de Venezuela")
    assert role_holder("Government", ["Officially, 187 were killed."]) is None      # no country named


def test_a_number_with_an_unnamed_speaker_of_its_own_does_not_take_another_clause_speaker():
    said = _claimants("Officials said 197 people died; on the other hand, Uyghur groups say the toll is higher.")
    assert said["197 people"] is None
    # a clause with no speaker of its own still takes the speaker of the sentence
    said = _claimants("Rights groups put the dead at 3,000, while the army said 150 died.")
    assert said == {"3,000": "Rights groups", "150": "army"}


def test_an_ambassador_is_not_taken_for_another_countrys_ambassador():
    nearby = ["The Swiss Ambassador had estimated 2,700.", "United States ambassador James Lilley said hundreds died."]
    assert role_holder("Swiss Ambassador", nearby) is None
    assert role_holder("ambassador", nearby) == "James Lilley"


def test_a_bare_government_is_the_articles_country_not_another_the_sentence_names():
    article = ["Landslides bury villages in Nepal", "KATHMANDU, Nepal (AP) — Landslides buried three villages."]
    nearby = ["The government said 60 people were missing, as rescue teams arrived from India."]
    assert role_holder("the government", nearby, article) == "Government of Nepal"
    assert role_holder("el gobierno", ["El gobierno cifró en 60 los desaparecidos; India envió rescatistas."],
                       ["Aludes en Nepal", "KATMANDÚ (EFE) — Los aludes en Nepal sepultaron tres aldeas."]) == (
        "Gobierno de Nepal")
    # an article of two countries names no one country: the sentences around decide
    assert role_holder("the government", nearby, ["Floods in Nepal and India"]) == "Government of India"

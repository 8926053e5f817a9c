"""Stated values and running text a new user tried (session 38): fractions before a scale word, the
wire's "1.2m"/"3k", "u$s", a range with equal ends, years in words, invisible characters in running text,
and the words that are not a counted noun."""
import pytest

from reconcile import find_quantities, parse_quantity, quantities_in_text
from reconcile.errors import QuantityError


@pytest.mark.parametrize("text, lang, value", [
    ("2 1/2 million", "en", 2_500_000),
    ("1/2 million", "en", 500_000),
    ("2½ million", "en", 2_500_000),
    ("un cuarto de millón", "es", 250_000),
    ("tres cuartos de millón", "es", 750_000),
])
def test_a_fraction_before_a_scale_word_is_a_fraction_of_it(text, lang, value):
    q = parse_quantity(text, lang)
    assert (q.lower, q.upper, q.qualifier) == (value, value, "exact")


def test_a_vulgar_fraction_glued_to_digits_is_one_number():
    assert parse_quantity("2½", "en").lower == 2.5
    found = quantities_in_text("Some 2½ million people fled.", "en")
    assert [f["text"] for f in found] == ["Some 2½ million people"]
    assert found[0]["lower"] < 2_500_000 < found[0]["upper"]


def test_argentine_usd_sign_keeps_the_currency_and_the_qualifier():
    q = parse_quantity("casi u$s 50 millones", "es")
    assert (q.unit, q.qualifier, q.upper) == ("USD", "nearly", 50_000_000)


@pytest.mark.parametrize("text, lang", [("between 5 and 5", "en"), ("entre 5 y 5", "es")])
def test_a_range_whose_ends_are_equal_is_that_point(text, lang):
    q = parse_quantity(text, lang)
    assert (q.lower, q.upper, q.lower_inclusive, q.upper_inclusive) == (5, 5, True, True)


def test_a_score_written_with_a_dash_is_still_no_range():
    # in running text; a stated value "5-5" is the range A-B of SPEC §4, [5, 5] (test_s42_fn_equal_ends)
    assert [m.text for m in find_quantities("They drew 5-5 at home.", "en")] == ["5", "5"]


@pytest.mark.parametrize("sentence, value, counted", [
    ("Officials said 1.2m voters took part.", 1_200_000, "voters"),
    ("3k protesters marched.", 3_000, "protesters"),
    ("2m soldiers fled.", 2_000_000, "soldiers"),
    ("Some 1.2m Venezuelans have left.", None, "venezuelans"),
])
def test_the_wires_scale_letters_before_a_counted_noun(sentence, value, counted):
    found = quantities_in_text(sentence, "en")
    assert len(found) == 1 and found[0]["counted"] == counted and found[0]["unit"] is None
    if value is not None:
        assert found[0]["lower"] == value


@pytest.mark.parametrize("sentence", ["a 1.2m wall", "the 400m hurdles", "the 5G network and 4K TV"])
def test_metres_and_names_with_letters_stay_as_they_were(sentence):
    found = quantities_in_text(sentence, "en")
    assert all(f["unit"] == "m" for f in found)


def test_a_bare_1_5m_in_a_topic_of_people_says_how_to_write_millions(tmp_path):
    from reconcile.errors import InputError
    from reconcile.pipeline import normalize, read
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "a.yaml").write_text(
        "source: {id: a, name: A, kind: media}\nclaims:\n  - id: a1\n    topic: t\n    value: over 1.5m\n"
        "    quote: over 1.5m\n", encoding="utf-8")
    with pytest.raises(InputError) as caught:
        normalize(read(tmp_path))
    assert "1.5 million" in str(caught.value)


@pytest.mark.parametrize("sentence, lang", [
    ("It happened in nineteen ninety-nine.", "en"),
    ("Wars between nineteen fifty-five and two thousand two.", "en"),
    ("En mil novecientos noventa y nueve murieron muchos.", "es"),
])
def test_years_in_words_are_left_out(sentence, lang):
    assert quantities_in_text(sentence, lang) == []


def test_a_count_in_words_that_looks_like_a_year_is_kept():
    found = quantities_in_text("nineteen hundred people marched", "en")
    assert [(f["lower"], f["counted"]) for f in found] == [(1900, "people")]
    assert [f["lower"] for f in quantities_in_text("En 1999 murieron mil novecientas personas.", "es")] == [1900]


def test_an_invisible_character_inside_a_number_does_not_split_it():
    text = "Dijo que más de 5\u200b00 personas cruzaron."
    found = quantities_in_text(text, "es")
    assert len(found) == 1
    item = found[0]
    assert (item["lower"], item["qualifier"], item["counted"]) == (500, "more-than", "personas")
    assert item["text"] == text[item["start"]:item["end"]] == "más de 5\u200b00 personas"


@pytest.mark.parametrize("sentence, lang, counted", [
    ("500 soldiers between March and April", "en", "soldiers"),
    ("Between 75,000 and 100,000 showed up", "en", None),
    ("al menos 25.000 de ellos", "es", None),
    ("3 de los cuales murieron", "es", None),
])
def test_words_that_are_not_the_counted_noun(sentence, lang, counted):
    found = quantities_in_text(sentence, lang)
    assert found and found[-1]["counted"] == counted


@pytest.mark.parametrize("text, lang", [
    ("Migración Colombia counted more than 500 soldiers: Norte de Santander (415), Orinoquía (46).", "en"),
    ("The Secretaría de Salud de Antioquia reported nearly 2,000 cases.", "en"),
    ("Según la Policía Nacional, más de 500 personas cruzaron.", "es"),
    ("La Policía dijo 500.", "es"),
    ("Bogotá", "es"),
])
def test_names_in_another_language_do_not_decide_a_sentences_language(text, lang):
    from reconcile import detect_lang
    assert detect_lang(text) == lang


def test_an_english_sentence_with_spanish_names_keeps_its_comparative():
    found = quantities_in_text("Migración Colombia counted more than 500 soldiers in Norte de Santander.")
    assert [(f["lower"], f["qualifier"]) for f in found] == [(500, "more-than")]


@pytest.mark.parametrize("sentence", ["A magnitude 6 earthquake strikes central Italy.",
                                      "A 7.8 magnitude earthquake strikes Nepal.",
                                      "Un sismo de magnitud 7,1 sacudió el centro de México."])
def test_a_quakes_magnitude_counts_nothing(sentence):
    found = quantities_in_text(sentence)
    assert len(found) == 1 and found[0]["counted"] is None


@pytest.mark.parametrize("text, lower, upper, qualifier", [
    ("a couple hundred", 180, 220, "approximate"),
    ("a couple of thousand", 1800, 2200, "approximate"),
    ("a couple hundred thousand", 180_000, 220_000, "approximate"),
    ("more than a couple hundred", 200, None, "more-than"),
])
def test_a_couple_of_a_scale_word_is_about_twice_it(text, lower, upper, qualifier):
    q = parse_quantity(text, "en")
    assert (q.lower, q.upper, q.qualifier) == (lower, upper, qualifier)


def test_a_couple_of_people_is_no_figure():
    with pytest.raises(QuantityError):
        parse_quantity("a couple of people", "en")


@pytest.mark.parametrize("sentence, kept", [
    ("By 17.30 rescuers had found 8 bodies.", [8]),
    ("Around 14.15, the toll rose to 80.", [80]),
    ("It rose around 14.15 points.", [12.735]),
])
def test_an_hour_written_with_a_dot_that_opens_a_clause_is_a_time(sentence, kept):
    assert [f["lower"] for f in quantities_in_text(sentence, "en")] == kept


def test_a_long_chain_of_hyphenated_numbers_is_an_error_not_a_recursion():
    """'1-1-...-1' a thousand times had raised RecursionError (a traceback, exit 1) in the parser."""
    with pytest.raises(QuantityError):
        parse_quantity("1-" * 1000 + "1")
    assert len(quantities_in_text("5 soldiers " + "1-" * 1000 + "1", "en")) >= 1


def test_language_evidence_reads_each_word_once():
    """lang_evidence looked back to the text's start for every word (quadratic: 100 KB took seconds); it counts
    the names of a long text as a short one's."""
    from reconcile.quantities.parse import lang_evidence
    sentence = "Según la Policía Nacional, más de 500 personas cruzaron. "
    assert lang_evidence(sentence * 2000) == 2000 * lang_evidence(sentence)

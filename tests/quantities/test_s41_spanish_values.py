"""Reports of session 41 (a Spanish newsroom) on stated values: "entre N y medio millón", money
written with a dot before thousands, a Spanish count noun under lang: en, and "c. 1.200"."""
from __future__ import annotations

import json
from pathlib import Path

import pytest

import reconcile
from reconcile.pipeline import normalize, read
from reconcile.quantities.parse import parse_quantity


def _project(root: Path, topics: str, claims: str) -> Path:
    (root / "sources").mkdir()
    (root / "sources" / "_topics.yaml").write_text(f"topics:\n{topics}", encoding="utf-8")
    (root / "sources" / "fuente.yaml").write_text(
        f"source: {{id: fuente, name: Fuente, kind: media}}\nclaims:\n{claims}", encoding="utf-8")
    return root


def _values(root: Path) -> dict[str, tuple[float, float, str]]:
    _, frame = normalize(read(root))
    return {row.id: (row.lower, row.upper, row.lang) for row in frame.itertuples()}


# --- 1. "entre N y medio millón" -------------------------------------------------------------

@pytest.mark.parametrize("text, lower, upper", [
    ("entre 300.000 y medio millón", 300_000, 500_000),
    ("entre 400.000 y medio millón de personas", 400_000, 500_000),
    ("entre dos y media docena", 2, 6),
    ("entre 400 y medio millar", 400, 500),
    # as "between two and half a million" in English: the half is the scale word's
    ("entre dos y medio millón", 2, 500_000),
])
def test_a_range_up_to_half_a_scale_word_is_a_range(text, lower, upper):
    """"entre 400.000 y medio millón" was one bound, 400,000.5 million: the range's "y" was read as
    the "y" of "dos y medio millones". A singular scale word takes the half alone."""
    q = parse_quantity(text)
    assert (q.lower, q.upper, q.qualifier) == (lower, upper, "range")


@pytest.mark.parametrize("text, value", [
    ("dos y medio millones", 2_500_000),
    ("tres y media docenas", 42),
    ("dos millones y medio", 2_500_000),
    ("un millón y medio", 1_500_000),
    ("una docena y media", 18),
    ("un billón y medio millón", 1_000_000_500_000),   # after a larger number, half a million is added
])
def test_a_half_with_a_plural_scale_word_is_one_number(text, value):
    q = parse_quantity(text, "es")
    assert (q.lower, q.upper, q.qualifier) == (value, value, "exact")


@pytest.mark.parametrize("text, lang, lower, upper", [
    ("de 300.000 a medio millón", None, 300_000, 500_000),
    ("entre medio millón y 700.000", None, 500_000, 700_000),
    ("entre un millón y millón y medio", None, 1_000_000, 1_500_000),
    ("between 300,000 and half a million", None, 300_000, 500_000),
    ("entre dos y medio y tres millones", "es", 2_500_000, 3_000_000),
])
def test_the_ranges_that_worked_still_do(text, lang, lower, upper):
    q = parse_quantity(text, lang)
    assert (q.lower, q.upper, q.qualifier) == (lower, upper, "range")


def test_running_text_reads_the_range_to_half_a_million():
    [item] = reconcile.quantities_in_text("Acudieron entre 400.000 y medio millón de personas")
    assert (item["lower"], item["upper"], item["qualifier"]) == (400_000, 500_000, "range")


def test_a_range_to_half_a_million_is_found_in_its_quote(tmp_path):
    """The value "de 400.000 a medio millón" had an unquoted-value warning against the quote
    "entre 400.000 y medio millón de personas", read as one figure of 400,000.5 million."""
    root = _project(tmp_path, "  - {id: marcha, unit: people}\n",
                    '  - {id: m1, topic: marcha, value: "de 400.000 a medio millón",\n'
                    '     quote: "Acudieron entre 400.000 y medio millón de personas"}\n')
    report = json.loads(reconcile.run(root, format="json"))
    assert not [f for f in report["findings"] if f["kind"] == "unquoted-value"]
    [claim] = report["claims"]
    assert (claim["lower"], claim["upper"]) == (400_000, 500_000)


# --- 2. money written with a dot before thousands ----------------------------------------------

_MONEY_TOPICS = ("  - {id: multa, unit: COP}\n  - {id: salario, unit: EUR}\n  - {id: ayuda, unit: MXN}\n"
                 "  - {id: dinar, unit: KWD}\n")


def test_money_with_three_digits_after_the_dot_is_thousands(tmp_path):
    """"1.000 pesos" in a topic counting COP, with no lang and no quote, was one peso: read as
    English. No language writes an amount of money to three decimals."""
    root = _project(tmp_path, _MONEY_TOPICS,
                    "  - {id: m1, topic: multa, value: 1.000 pesos, population: [a]}\n"
                    "  - {id: m2, topic: multa, value: 1.200 pesos, population: [b]}\n"
                    "  - {id: s1, topic: salario, value: 1.000 euros, population: [a]}\n"
                    "  - {id: s2, topic: salario, value: 1.500, population: [b]}\n"
                    # pesos read as Spanish are Colombian: the topic's Mexican pesos all the same
                    "  - {id: a1, topic: ayuda, value: 3.000 pesos, population: [a]}\n"
                    '  - {id: a2, topic: ayuda, value: "$3.000", population: [b]}\n'
                    "  - {id: a3, topic: ayuda, value: 2.5 pesos, population: [c]}\n")
    got = {claim: lower for claim, (lower, _, _) in _values(root).items()}
    assert got == {"m1": 1000, "m2": 1200, "s1": 1000, "s2": 1500, "a1": 3000, "a2": 3000, "a3": 2.5}


def test_money_keeps_a_stated_language_and_a_thousandths_currency(tmp_path):
    """A lang written in the claim is the claim's; a currency whose coins are thousandths (KWD) may
    be written to three decimals."""
    root = _project(tmp_path, _MONEY_TOPICS,
                    "  - {id: m1, topic: multa, value: 1.000 pesos, lang: en}\n"
                    "  - {id: d1, topic: dinar, value: 1.500 KWD}\n")
    got = {claim: lower for claim, (lower, _, _) in _values(root).items()}
    assert got == {"m1": 1, "d1": 1.5}


# --- 3. a counted noun of the other language than the one given -------------------------------

@pytest.mark.parametrize("text, lang, noun, other", [
    ("1.200 muertos", "en", "muertos", "es"),
    ("1.200 manifestantes", "en", "manifestantes", "es"),
    ("1.200 personas", "en", "personas", "es"),
    ("1,200 dead", "es", "dead", "en"),
    ("1,200 protesters", "es", "protesters", "en"),
])
def test_a_counted_noun_of_the_other_language_is_an_error_when_the_digits_differ(text, lang, noun, other):
    """"1.200 muertos" with lang: en was 1.2 people, silently, while "más de 1.200" with lang: en
    was already an error: the counted noun's language is evidence as the comparative's is."""
    from reconcile.errors import QuantityError
    with pytest.raises(QuantityError) as caught:
        parse_quantity(text, lang)
    message = str(caught.value)
    assert f"{noun!r} is" in message and f"set lang: {other}" in message


@pytest.mark.parametrize("text, lang, value", [
    ("500 muertos", "en", 500),          # the same number in either language
    ("1.200 dead", "en", 1.2),           # English words, English digits
    ("1.200 muertos", "es", 1200),
    ("1,5 millones de personas", "es", 1_500_000),
    ("1.200 muertos", None, 1200),
    ("1,200 dead", None, 1200),
])
def test_a_counted_noun_of_the_given_language_or_none_given_reads_as_before(text, lang, value):
    q = parse_quantity(text, lang)
    assert q.lower == q.upper == value


def test_a_claim_with_lang_en_and_a_spanish_count_names_file_line_and_fix(tmp_path):
    from reconcile.errors import QuantityError
    root = _project(tmp_path, "  - {id: marcha, unit: people}\n",
                    "  - {id: m1, topic: marcha, value: 1.200 muertos, lang: en}\n")
    with pytest.raises(QuantityError) as caught:
        normalize(read(root))
    message = str(caught.value)
    assert "fuente.yaml:3" in message and caught.value.field == "value" and "set lang: es" in message


# --- "c. 1.200": circa, in Spanish as in English ------------------------------------------------

@pytest.mark.parametrize("text", ["c. 1.200", "ca. 1.200", "circa 1.200", "~1.200"])
def test_circa_before_a_spanish_figure_is_about_it(text):
    q = parse_quantity(text, "es")
    assert (q.lower, q.upper, q.qualifier) == (1080, 1320, "approximate")


def test_circa_in_a_topic_of_people_reads_the_dot_as_thousands(tmp_path):
    """"c. 1.200" in a topic of people was [1.08, 1.32], "~1.200" [1,080, 1,320]: Spanish had no
    "c.", so the English reading, which read more of the value, won."""
    root = _project(tmp_path, "  - {id: marcha, unit: people}\n",
                    '  - {id: c1, topic: marcha, value: "c. 1.200", population: [a]}\n'
                    '  - {id: c2, topic: marcha, value: "~1.200", population: [b]}\n')
    got = _values(root)
    assert got["c1"][:2] == got["c2"][:2] == (1080, 1320)

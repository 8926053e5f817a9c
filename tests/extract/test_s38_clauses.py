"""Session 38: what new users saw extract do on real news, each mechanism on invented sentences of the kind.

A figure in a clause of its own, joined by "and"/"y", takes its own clause's criterion, not the one before it."""
from __future__ import annotations

import pytest

from tests.extract.test_s21_review import _by_value


@pytest.mark.parametrize("text, lang, value, crit", [
    ("At least 47 persons have been injured and 12 persons have gone missing, the ministry said.", "en",
     "12 persons", "missing"),
    ("At least 47 persons have been injured and 12 persons have gone missing, the ministry said.", "en",
     "At least 47 persons", "injured"),
    ("Al menos 47 personas resultaron heridas y 12 personas siguen desaparecidas, dijo el ministerio.", "es",
     "12 personas", "missing"),
    ("The quake killed and injured 40 people.", "en", "40 people", "injured"),
])
def test_a_figure_in_its_own_joined_clause_takes_that_clauses_criterion(text, lang, value, crit):
    found = _by_value(text, lang, date="2024-05-02")
    assert found[value].criterion == crit


def test_a_joined_figure_with_no_word_of_its_own_keeps_the_criterion_before_it():
    found = _by_value("Floods killed 40 people in Antioquia and 30 in Cauca.", "en", date="2024-05-02")
    assert found["30"].criterion == "dead"


# --- a total, then the list of its parts by place, in one sentence ------------------------------------------------
@pytest.mark.parametrize("text, lang, total, parts", [
    ("The ministry said 60 people died: 30 in Antioquia, 20 in Chocó and 10 in Cauca.", "en", "60 people",
     ["30", "20", "10"]),
    ("Del total de 80 muertos, 40 se registraron en Antioquia, 25 en Chocó y 15 en Cauca, informó el ministerio.",
     "es", "80", ["40", "25", "15"]),
])
def test_a_list_of_placed_figures_after_its_total_in_one_sentence_are_its_parts(text, lang, total, parts):
    found = _by_value(text, lang, date="2024-05-02")
    proposals = list(found.values())
    head = proposals.index(found[total])
    assert [found[p].part_of for p in parts] == [head, head, head]
    assert found[total].place == "CO"          # the parts' country, not the first part's department


def test_a_list_whose_sum_is_above_the_figure_before_it_is_no_breakdown():
    found = _by_value("The ministry said 20 people died: 30 in Antioquia, 20 in Chocó and 10 in Cauca.", "en",
                      date="2024-05-02")
    assert all(p.part_of is None for p in found.values())


# --- claimants -----------------------------------------------------------------------------------------------------
def test_the_one_a_passive_relay_quotes_is_the_claimant():
    found = _by_value("Governor Rosete Lerias was quoted by the Philippine News Agency as saying that 61 people died "
                      "in Southern Leyte.", "en", date="2024-05-02")
    assert found["61 people"].claimant == "Rosete Lerias"


def test_the_organisation_is_no_person_named_before():
    found = _by_value("Governor Rosete Lerias said 61 people died. Según la organización, 500.000 personas marcharon.",
                      "es", date="2024-05-02")
    assert found["500.000 personas"].claimant != "Rosete Lerias"


@pytest.mark.parametrize("text, lang, value, claimant", [
    ("Un reporte del gobierno de la provincia Buenos Aires indicó que 300 personas fueron evacuadas.", "es",
     "300 personas", "gobierno de la provincia Buenos Aires"),
    ("A report of the Interior Ministry said 300 people were evacuated.", "en", "300 people", "Interior Ministry"),
])
def test_a_document_named_before_its_author_is_credited_to_the_author(text, lang, value, claimant):
    assert _by_value(text, lang, date="2024-05-02")[value].claimant == claimant


# --- via on every claim (SPEC §6: "Each claim carries its quote, url and via (the article and its outlet)") -------
def test_the_outlets_own_claims_carry_it_as_their_via(tmp_path):
    import yaml
    from click.testing import CliRunner

    from reconcile.cli.main import main

    article = tmp_path / "z.txt"
    article.write_text("url: https://example.org/z\ndate: 2024-05-02\noutlet: Example News\n\n"
                       "Floods killed 40 people in Antioquia on Monday. The ministry said 12 people are missing.\n",
                       encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(article), "-o", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    claims = [c for path in sorted((tmp_path / "out" / "sources").glob("*.yaml")) if not path.name.startswith("_")
              for c in (yaml.safe_load(path.read_text(encoding="utf-8")).get("claims") or [])]
    assert claims and all(c.get("via") == "example-news" for c in claims)
    report = CliRunner().invoke(main, ["report", str(tmp_path / "out"), "--format", "json", "--fail-on", "never"])
    assert report.exit_code == 0, report.output

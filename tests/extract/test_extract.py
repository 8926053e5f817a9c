"""reconcile extract: every number of an article, with its quote and attributed source."""
from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner

from conftest import REPO
from reconcile.cli.main import main
from reconcile.extract.article import article_text, propose, to_yaml
from reconcile.quantities.parse import parse_quantity

SEED = REPO.parent / "shared" / "seeds" / "venezuela-defections-2019.txt"
SPANISH = ("Según Migración Colombia, más de 500 militares cruzaron la frontera el 23 de febrero de 2019. "
           "El ministro Padrino López dijo que 109 soldados fueron expulsados.")


def test_spanish_attribution_and_values_are_found_and_dates_skipped():
    proposals = propose(SPANISH, "es")
    assert [p.value for p in proposals] == ["más de 500", "109"]
    assert proposals[0].attributed_to == "Migración Colombia"
    assert proposals[1].attributed_to == "El ministro Padrino López" or "Padrino López" in proposals[1].attributed_to
    assert proposals[0].quote.startswith("Según Migración Colombia")


def test_english_said_and_according_to_are_attributions():
    text = ("Venezuela's defense minister, Vladimir Padrino López, said on Wednesday that more than 100 "
            "soldiers have defected. There, 415 soldiers crossed, according to Migration Colombia.")
    found = {p.value: p.attributed_to for p in propose(text, "en")}
    assert found["more than 100"] == "Vladimir Padrino López"
    assert found["415"] == "Migration Colombia"


def test_the_seed_article_gives_every_number_of_the_case():
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED} (it lives in shared/seeds beside the repository)")
    proposals = propose(article_text(SEED.read_text(encoding="utf-8")))
    values = [p.value.lower() for p in proposals]
    for expected in ("more than 500", "415", "46", "30", "23", "14", "6", "3", "109",
                     "between 95,000 and 150,000", "hundreds of thousands"):
        assert expected in values
    assert "2019" not in values and "23 de febrero" not in " ".join(values)


def test_html_articles_are_read_as_text_without_scripts():
    html = ("<html><head><title>t</title><script>var n = 999;</script></head><body>"
            "<p>According to the Ministry, 109 soldiers left.</p><style>p{width:300px}</style></body></html>")
    proposals = propose(article_text(html), "en")
    assert [p.value for p in proposals] == ["109"]


def test_the_proposal_is_a_yaml_source_file_whose_values_parse():
    text = to_yaml(propose(SPANISH, "es"), "migracion-colombia", "article.txt")
    doc = yaml.safe_load(text)
    assert doc["source"]["id"] == "migracion-colombia"
    for item in doc["claims"]:
        parse_quantity(item["value"], item["lang"])
        assert item["quote"] in SPANISH


def test_hostile_quotes_stay_data_in_the_yaml():
    text = to_yaml(propose('He said: "500 soldiers" &x: !!python/object ok', "en"), None, "a.txt")
    doc = yaml.safe_load(text)
    assert doc["claims"][0]["quote"].startswith("He said")


def test_extract_never_overwrites_an_existing_file_unless_forced(tmp_path):
    article = tmp_path / "article.txt"
    article.write_text(SPANISH, encoding="utf-8")
    target = tmp_path / "out.yaml"
    target.write_text("mine\n")
    runner = CliRunner()
    result = runner.invoke(main, ["extract", str(article), "--output", str(target)])
    assert result.exit_code == 2 and "not overwriting" in result.stderr
    assert target.read_text() == "mine\n"
    result = runner.invoke(main, ["extract", str(article), "--output", str(target), "--force", "--lang", "es"])
    assert result.exit_code == 0
    assert yaml.safe_load(target.read_text())["claims"][0]["value"] == "más de 500"


def test_extract_of_a_missing_article_exits_2(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "no such article" in result.stderr


def test_sentences_are_split_at_their_ends_not_inside_numbers():
    text = "El ministro dijo que más de 1.200 soldados desertaron. Según la ONU, 3 millones salieron."
    proposals = propose(text, "es")
    assert [p.quote for p in proposals] == ["El ministro dijo que más de 1.200 soldados desertaron.",
                                            "Según la ONU, 3 millones salieron."]
    assert proposals[1].attributed_to == "ONU" and proposals[0].attributed_to != "ONU"


def test_lowercase_and_trailing_attributions_are_found():
    text = ("According to the ministry, 109 soldiers were expelled. About 500 crossed, according to the "
            "defence ministry. The defence minister said 40 more left.")
    assert [p.attributed_to for p in propose(text, "en")] == ["ministry", "defence ministry", "defence minister"]


def test_spanish_de_acuerdo_con_and_a_quote_then_afirmo_are_attributions():
    text = ('De acuerdo con la ONG Control Ciudadano, cerca de 1,5 millones salieron. '
            '"Hasta 40 oficiales huyeron por el puente", afirmó el gobernador de Norte de Santander.')
    assert [p.attributed_to for p in propose(text, "es")] == ["ONG Control Ciudadano",
                                                              "gobernador de Norte de Santander"]


def test_the_proposed_source_id_does_not_depend_on_hash_order():
    text = "According to A Agency, 5 left. According to B Agency, 6 left."
    assert "  id: a-agency\n" in to_yaml(propose(text, "en"), None, "a.txt")

"""reconcile extract: an article -> a project folder of proposed claims with their scope (SPEC §6)."""
from __future__ import annotations

import pytest
import yaml
from click.testing import CliRunner

from conftest import REPO
from reconcile.cli.main import main
from reconcile.extract import parse_article, propose
from reconcile.extract.article import outlet_of
from reconcile.quantities.parse import parse_quantity

SEED = REPO.parent / "shared" / "seeds" / "venezuela-defections-2019.txt"
SPANISH = ("Según Migración Colombia, más de 500 militares cruzaron la frontera el 23 de febrero de 2019. "
           "El ministro Padrino López dijo que 109 soldados fueron expulsados.")
HEADED = ("url: https://www.example-news.com/2019/03/07/defections\ntitle: Soldiers cross into Colombia\n"
          "date: 2019-03-07\n\n"
          "More than 500 Venezuelan soldiers have crossed into Colombia, the Colombian migration "
          "authority said on Tuesday. \"We counted 76: Orinoquía (46), Guajira (30)\", dijo el "
          "ministro de Defensa. Another 12 soldiers arrived.")


def _proposals(text, lang=None):
    return propose(parse_article(text, "a.txt"), lang)


def _extract(tmp_path, text, *args, name="article.txt"):
    """Run extract from ``tmp_path`` (no project there unless the test makes one)."""
    article = tmp_path / name
    article.write_text(text, encoding="utf-8")
    out = tmp_path / "out"
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        result = CliRunner().invoke(main, ["extract", str(article), "--output", str(out), *args])
    return result, out


def _sources(out):
    docs = {}
    for path in sorted((out / "sources").glob("*.yaml")):
        if not path.name.startswith("_"):
            doc = yaml.safe_load(path.read_text(encoding="utf-8"))
            docs[doc["source"]["id"]] = doc
    return docs


def test_spanish_attribution_and_values_are_found_and_dates_skipped():
    proposals = _proposals(SPANISH, "es")
    assert [p.value for p in proposals] == ["más de 500", "109"]
    assert proposals[0].claimant == "Migración Colombia"
    assert "Padrino López" in proposals[1].claimant
    assert proposals[0].quote.startswith("Según Migración Colombia")
    assert proposals[0].as_of == "2019-02-23"
    assert proposals[1].population == ["soldiers"]


def test_english_said_and_according_to_are_attributions():
    text = ("Venezuela's defense minister, Vladimir Padrino López, said on Wednesday that more than 100 "
            "soldiers have defected. There, 415 soldiers crossed, according to Migration Colombia.")
    found = {p.value: p.claimant for p in _proposals(text, "en")}
    assert found["more than 100"] == "Vladimir Padrino López"
    assert found["415"] == "Migration Colombia"


def test_names_are_not_cut_at_abbreviations_and_each_number_has_its_own_claimant():
    text = ("The U.N. refugee agency said 300 people fled. The Associated Press reported 2,411 dead, "
            "while Agence France-Presse reported 2,236 killed.")
    found = {p.value: p.claimant for p in _proposals(text, "en")}
    assert found == {"300 people": "U.N. refugee agency", "2,411": "Associated Press", "2,236": "Agence France-Presse"}


def test_spanish_attribution_after_the_quote():
    text = ("Unas 430.000 personas marcharon, según la Guardia Urbana. "
            "\"Hasta 40 oficiales huyeron por el puente\", afirmó el gobernador de Norte de Santander.")
    found = [(p.value, p.claimant, p.lang) for p in _proposals(text)]
    assert found == [("Unas 430.000 personas", "Guardia Urbana", "es"),
                     ("Hasta 40", "gobernador de Norte de Santander", "es")]


def test_the_seed_article_gives_the_numbers_of_the_case_and_no_dates():
    if not SEED.is_file():
        pytest.skip(f"seed article not found at {SEED} (it lives in shared/seeds beside the repository)")
    article = parse_article(SEED.read_text(encoding="utf-8"), "seed.txt")
    assert article.title.startswith("Venezuela crisis") and "Leave a Reply" not in article.text
    proposals = propose(article)
    values = [p.value.lower() for p in proposals]
    for expected in ("more than 500", "415", "46", "30", "109", "between 95,000 and 150,000"):
        assert expected in values
    assert "2019" not in values and "two" not in values      # the page's footer is not the article
    total = values.index("more than 500")
    parts = [p for p in proposals if p.part_of == total]
    # the careful reading (SPEC §1): "There, 415 soldiers crossed, according to Migration. Other
    # points ... are Orinoquía (46), ...": eight regional parts, 567 in all, by the total's claimant
    assert [p.value for p in parts] == ["415", "46", "30", "23", "30", "14", "6", "3"]
    assert sum(int(p.value) for p in parts) == 567
    assert {p.claimant for p in parts} == {proposals[total].claimant} == {"Colombian migration authority"}
    assert [p.place for p in parts] == ["Norte de Santander", "Orinoquía", "La Guajira", "Caribbean", "Andina",
                                        "Antioquia", "Occidente", "Nariño"]
    assert [p.city for p in parts if p.city] == ["CO-ORINOQUIA", "CO-CARIBBEAN", "CO-ANDINA", "CO-OCCIDENTE"]
    assert proposals[values.index("415")].place == "Norte de Santander"   # "There, 415 soldiers crossed"


def test_header_lines_are_metadata_and_relative_days_resolve_against_the_article_date():
    article = parse_article(HEADED, "a.txt")
    assert (article.url, article.title, article.date, article.outlet) == (
        "https://www.example-news.com/2019/03/07/defections", "Soldiers cross into Colombia", "2019-03-07",
        "Example News")
    assert not article.text.startswith("url:")
    first = propose(article)[0]
    assert (first.value, first.claimant, first.population, first.criterion, first.place) == (
        "More than 500", "Colombian migration authority", ["soldiers"], "crossed", "CO")
    assert first.as_of == first.stated_on == "2019-03-05"       # "on Tuesday" before 7 March 2019


def test_a_list_of_parts_points_at_the_total_before_it():
    proposals = propose(parse_article(HEADED, "a.txt"))
    by_value = {p.value: p for p in proposals}
    total = proposals.index(by_value["76"])
    parts = [p for p in proposals if p.part_of == total]
    assert [p.value for p in parts] == ["46", "30"]
    assert parts[1].place == "La Guajira" or parts[1].place == "CO"


def test_outlet_comes_from_the_address():
    assert outlet_of("https://en.wikipedia.org/wiki/X") == "Wikipedia"
    assert outlet_of("https://www.bbc.co.uk/news/1") == "BBC"
    assert outlet_of(None) is None


def test_html_gives_the_article_body_and_the_page_metadata():
    html = ("<html><head><title>Toll - Example News</title>"
            "<link rel='canonical' href='https://news.example.org/toll'>"
            "<meta property='og:site_name' content='Example News'>"
            "<meta property='article:published_time' content='2019-03-07T10:00:00Z'>"
            "<script>var n = 999;</script></head><body><nav>Home 24 sections 2019</nav><article><h1>Toll</h1>"
            "<p>According to the Ministry of Health, 109 people died in the floods in Peru this week, "
            "and rescuers are still searching the rivers for the missing.</p>"
            "<p>The regional government said 23 more were missing in the north of the country.</p>"
            "</article><footer>Copyright 2019, 1200 Main Street</footer></body></html>")
    article = parse_article(html, "a.html")
    assert article.url == "https://news.example.org/toll" and article.date == "2019-03-07"
    assert article.outlet == "Example News"
    assert [p.value for p in propose(article, "en")] == ["109 people", "23"]


def test_extract_writes_a_project_that_report_runs_on(tmp_path):
    result, out = _extract(tmp_path, HEADED)
    assert result.exit_code == 0, result.output
    docs = _sources(out)
    assert set(docs) >= {"example-news", "colombian-migration-authority"}
    claim = docs["colombian-migration-authority"]["claims"][0]
    assert claim["via"] == "example-news" and claim["url"].startswith("https://www.example-news.com")
    assert claim["population"] == ["soldiers"] and "confidence" in claim["note"]
    assert [c["value"] for c in docs["example-news"]["claims"]] == ["12"]
    topics = yaml.safe_load((out / "sources" / "_topics.yaml").read_text())["topics"]
    assert claim["topic"] in {t["id"] for t in topics}
    for doc in docs.values():
        for item in doc["claims"]:
            parse_quantity(item["value"], item["lang"])
    report = CliRunner().invoke(main, ["report", str(out), "--format", "json", "--fail-on", "never"])
    assert report.exit_code == 0, report.output


def test_source_names_the_claimant_of_unattributed_numbers(tmp_path):
    result, out = _extract(tmp_path, HEADED, "--source", "my-desk")
    assert result.exit_code == 0, result.output
    assert [c["value"] for c in _sources(out)["my-desk"]["claims"]] == ["12"]


def test_a_claimant_known_to_the_current_project_keeps_its_id(tmp_path, monkeypatch):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "mc.yaml").write_text(
        "source:\n  id: migracion-colombia\n  name: Migración Colombia\n"
        "  aliases: [Colombian migration authority]\nclaims: []\n", encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    result, out = _extract(tmp_path, HEADED)
    assert result.exit_code == 0, result.output
    assert "migracion-colombia" in _sources(out)


def test_hostile_quotes_stay_data_in_the_yaml(tmp_path):
    result, out = _extract(tmp_path, 'The ministry said: "500 soldiers" &x: !!python/object ok\n', "--lang", "en")
    assert result.exit_code == 0, result.output
    [claim] = [c for doc in _sources(out).values() for c in doc["claims"]]
    assert claim["quote"].startswith("The ministry said")


def test_extract_never_overwrites_an_existing_file_unless_forced(tmp_path):
    result, out = _extract(tmp_path, SPANISH)
    assert result.exit_code == 0
    target = out / "sources" / "_topics.yaml"
    target.write_text("mine\n")
    result, out = _extract(tmp_path, SPANISH)
    assert result.exit_code == 2 and "not overwriting" in result.stderr
    assert target.read_text() == "mine\n"
    result, out = _extract(tmp_path, SPANISH, "--force")
    assert result.exit_code == 0 and target.read_text() != "mine\n"


def test_extract_of_a_missing_article_exits_2(tmp_path):
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "nope.txt")])
    assert result.exit_code == 2 and "no such article" in result.stderr


def test_sentences_are_split_at_their_ends_not_inside_numbers_or_abbreviations():
    text = "El ministro dijo que más de 1.200 soldados desertaron. Según la ONU, 3 millones salieron."
    proposals = _proposals(text, "es")
    assert [p.quote for p in proposals] == ["El ministro dijo que más de 1.200 soldados desertaron.",
                                            "Según la ONU, 3 millones salieron."]
    assert proposals[1].claimant == "ONU" and proposals[0].claimant != "ONU"


def test_junk_is_not_proposed():
    text = ("At 3 p.m. on 2 Jul 2019, the S&P 500 fell and a Category 4 storm hit streets 204 and 223 "
            "for 30 seconds. The march exceeded the 2003 march.[12]")
    assert _proposals(text, "en") == []


def test_report_runs_on_what_extract_writes_from_the_whole_development_set(tmp_path):
    texts = sorted(str(p) for p in (REPO / "tests" / "data" / "extract").glob("*/*/*.txt"))
    assert texts
    out = tmp_path / "out"
    runner = CliRunner()
    with pytest.MonkeyPatch.context() as patch:
        patch.chdir(tmp_path)
        result = runner.invoke(main, ["extract", *texts, "--output", str(out)])
        assert result.exit_code == 0, result.output
        report = runner.invoke(main, ["report", str(out), "--format", "json", "--fail-on", "never"])
    assert report.exit_code == 0, report.output


def test_a_conversion_in_brackets_is_not_a_part():
    text = "Damage was estimated at 13 trillion kyat (US$15.3 billion), the government said."
    assert [p.part_of for p in _proposals(text, "en")] == [None, None]


def test_a_city_is_the_place_and_is_declared_in_the_draft_places(tmp_path):
    # (Sydney and Melbourne: no ISO 3166 subdivision is either city; Rome and Beijing, which this test named
    # before, are IT-RM and CN-BJ, known places: tests/extract/test_s38_places.py)
    text = ("url: https://example.org/a\ntitle: Protests against the war\ndate: 2003-02-15\n\n"
            "The one in Sydney involved around 200,000 people, according to the organisers. "
            "In Melbourne, three smaller protests were held.")
    result, out = _extract(tmp_path, text, "--lang", "en")
    assert result.exit_code == 0, result.output
    claims = [c for doc in _sources(out).values() for c in doc["claims"]]
    assert sorted(c["place"] for c in claims) == ["Melbourne", "Sydney"]
    places = yaml.safe_load((out / "sources" / "_places.yaml").read_text(encoding="utf-8"))["places"]
    assert {(p["name"], p["parent"]) for p in places} == {("Sydney", "AU"), ("Melbourne", "AU")}
    report = CliRunner().invoke(main, ["report", str(out), "--format", "json", "--fail-on", "never"])
    assert report.exit_code == 0, report.output


def test_a_role_before_a_persons_name_is_not_part_of_the_claimant():
    text = ("Desde Roma, el presidente Rafael Correa declaró que murieron 77 personas. "
            "UN Secretary-General Ban Ki-moon had initially asked for US$460 million for relief. "
            "Los datos fueron dados a conocer por el primer ministro Jean-Max Bellerive: 316.000 muertos.")
    found = [(p.value, p.claimant) for p in _proposals(text)]
    assert found == [("77 personas", "Rafael Correa"), ("US$460 million", "Ban Ki-moon"),
                     ("316.000", "Jean-Max Bellerive")]


def test_an_undated_count_is_as_of_the_article_day_or_its_year_for_a_long_event():
    one_day = parse_article("title: Earthquake in Peru\ndate: 2007-08-15\n\nIt left 595 dead.", "a.txt")
    weeks = parse_article("title: Floods in Pakistan\ndate: 2010-07-26\n\nIt left 1,985 dead.", "a.txt")
    assert [p.as_of for p in propose(one_day, "en")] == ["2007-08-15"]
    assert [p.as_of for p in propose(weeks, "en")] == ["2010"]


def test_police_and_organisers_each_claim_their_own_figure():
    text = "While police estimated 22,800 protesters, organisers claimed 130,000 participants."
    assert [(p.value, p.claimant) for p in _proposals(text, "en")] == [("22,800", "police"), ("130,000", "organisers")]


def test_spanish_wire_copy_credits_the_official_not_the_agency():
    text = ("url: https://www.efe.com/a\ndate: 2019-03-07\n\nCARACAS (EFE) - El ministro de Defensa dijo el "
            "martes que 109 soldados desertaron. Más de 500 militares y policías cruzaron la frontera, "
            "informó Migración Colombia.")
    first, second = propose(parse_article(text, "a.txt"))
    assert (first.claimant, first.population, first.place, first.stated_on, first.lang) == (
        "ministro de Defensa", ["soldiers"], "Caracas", "2019-03-05", "es")
    assert (second.claimant, second.population, second.criterion) == (
        "Migración Colombia", ["police", "soldiers"], "crossed")


def test_extract_skips_a_fifo_in_the_current_projects_sources(tmp_path, monkeypatch):
    """Issue 11: matching claimants against the project's sources read every sources/*.yaml;
    a FIFO there hung extract forever. It goes through the safe-path rule and is skipped."""
    import os

    from reconcile.extract.project import KnownSources

    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "good.yaml").write_text("source:\n  id: police\n  name: Policía Nacional\n",
                                                     encoding="utf-8")
    os.mkfifo(tmp_path / "sources" / "pipe.yaml")
    known = KnownSources(tmp_path)
    assert "police" in known.by_name.values()


@pytest.mark.parametrize("text, value, lang", [
    ("Unas 200 personas murieron el martes.\n\nThe police said on Monday that 45 people were arrested in the "
     "capital after the protest.\n", "Unas 200 personas", "es"),
    ("El ministerio informó el lunes que las lluvias dejaron muchos daños en la región de Piura y Tumbes.\n\n"
     "Nearly 300 people were arrested.\n", "Nearly 300 people", "en"),
])
def test_a_short_sentence_whose_words_say_its_language_is_read_in_it_not_the_articles(text, value, lang):
    """README: the language read sentence by sentence. A short sentence of the other language
    lost its qualifier ("Unas 200" read as English: exactly 200)."""
    found = {p.value: p.lang for p in _proposals("url: https://www.example.org/a\ndate: 2024-03-15\n\n" + text)}
    assert found.get(value) == lang, found


@pytest.mark.parametrize("text", [
    "More than 1,200 migrants crossed into Colombia, Migración Colombia said.\n\n"
    "The agency said 700 of the migrants who crossed were men.\n",
    "Más de 1.200 migrantes cruzaron a Colombia, dijo Migración Colombia.\n\n"
    "La agencia dijo que 700 de los migrantes eran hombres.\n",
])
def test_the_agency_after_a_named_body_is_that_body_not_a_new_source(text):
    """"The agency" had become a source of its own called "agency", and the report then showed a
    value-conflict between it and the body it stands for."""
    found = {p.value: p.claimant for p in _proposals("url: https://www.example.org/a\ndate: 2023-06-16\n\n" + text)}
    assert set(found.values()) == {"Migración Colombia"}, found


@pytest.mark.parametrize("sentence", [
    "More than 1,200 migrants crossed the bridge on Tuesday, Migración Colombia said on Thursday.",
    "Más de 1.200 migrantes cruzaron el puente el martes, dijo el jueves Migración Colombia.",
    "Migración Colombia said on Thursday that 1,200 migrants crossed on Tuesday.",
])
def test_of_two_days_the_one_beside_a_verb_of_speech_is_the_day_it_was_stated(sentence):
    """README: stated_on from a relative date ("el martes") read against the article's date.
    The first day the sentence named was taken for both as_of and stated_on."""
    [found] = _proposals(f"url: https://www.example.org/a\ndate: 2023-06-16\n\n{sentence}\n")
    assert (found.as_of, found.stated_on) == ("2023-06-13", "2023-06-15")


@pytest.mark.parametrize("sentence", [
    "Según el Indeci, en Piura murieron 12 personas, en Lambayeque 7 y en Tumbes 4.",
    "In Piura 12 people died, in Lambayeque 7 and in Tumbes 4, Indeci said.",
])
def test_a_member_written_in_place_then_figure_is_that_places(sentence):
    """"en Lambayeque 7" was given Tumbes, the next member's place: a false value-conflict of 7 and 4."""
    found = {p.value.split()[0]: p.place for p in _proposals(f"url: https://x.example/a\ndate: 2024-05-09\n\n"
                                                                f"{sentence}\n")}
    assert (found["12"], found["7"], found["4"]) == ("Piura", "Lambayeque", "Tumbes")

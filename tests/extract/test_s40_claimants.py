"""Session 40: claimants and the output folder of `reconcile extract`, as a new user found them (SPEC §6).

1. One agency named several ways in one article ("Panama's National Migration Service (SNM)", "The National
   Migration Service", "SNM") became several claimants, and with a project one of them its source's id.
2. Wrong claimants: "según ellos" after "para la Delegación de Gobierno" went to the organisers named before;
   "el PP, ..., que solo en Madrid aseguró" to Madrid; "His party says" to a source "His"; "..., election
   officials said" to no one (or to the one named before); the party's "which says" figure to the body named
   before.
3. An empty article, or one of header lines alone, wrote a folder that `reconcile report` refuses.
Invented articles.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from reconcile.cli.main import main
from reconcile.extract import extract_project
from reconcile.extract.attr_bodies import body_parts, one_body
from reconcile.extract.attribution import attributions

HEADER = "title: Darien\ndate: 2023-05-02\noutlet: Test Wire\nurl: https://example.org/f\n\n"
DARIEN = ("A total of 127,687 people crossed into Panama between January and April, according to figures gathered "
          "by Panama's National Migration Service (SNM).\n\nThe National Migration Service said 40,297 people crossed "
          "in April.\n\nSNM said 38,099 people crossed in March.\n")
URABA = ("Una muestra de ello es el balance que ofreció el Servicio Nacional de Migración de Panamá, que contabilizó "
         "248 mil 284 migrantes irregulares.\n\nDe acuerdo con el informe de la autoridad migratoria panameña, el "
         "registro supera el del año 2021, cuando se contabilizaron 133 mil 726 personas.\n\nUn comunicado del "
         "Ministerio de Seguridad Pública y el Servicio Nacional de Migración detalla que en diciembre ingresaron "
         "20 mil 297 migrantes irregulares.\n\nMigración Panamá destacó que en octubre ingresaron 59 mil 773 "
         "migrantes.\n")
SNM = """source:
  id: snm-pa
  name: Servicio Nacional de Migración
  aliases: [National Migration Service, SNM]
  kind: government-agency
  country: PA
claims: []
"""


def _sources(tmp_path: Path, text: str, lang: str = "en", project: str | None = None,
             header: str = HEADER) -> dict[str, dict]:
    """Source id -> its draft (source: and claims:), the outlet's left out."""
    root = tmp_path / "proj"
    (root / "sources").mkdir(parents=True)
    if project is not None:
        (root / "sources" / "own.yaml").write_text(project, encoding="utf-8")
    article = tmp_path / "article.txt"
    article.write_text(header + text, encoding="utf-8")
    files, _ = extract_project([article], lang, project=root)
    drafts = [yaml.safe_load(body) for path, body in files.items() if not path.startswith("sources/_")]
    return {d["source"]["id"]: d for d in drafts if d["source"]["id"] != "test-wire"}


def _values(draft: dict) -> list[str]:
    return [claim["value"] for claim in draft["claims"]]


# ------------------------------------------------------------------ 1. one body, named several ways

def test_one_agency_named_three_ways_is_one_claimant(tmp_path):
    sources = _sources(tmp_path, DARIEN)
    assert list(sources) == ["national-migration-service-panama"]
    body = sources["national-migration-service-panama"]
    assert _values(body) == ["127,687 people", "40,297 people", "38,099 people"]
    assert {"SNM", "National Migration Service"} <= set(body["source"]["aliases"])


def test_one_agency_named_three_ways_is_the_project_source_it_names(tmp_path):
    sources = _sources(tmp_path, DARIEN, project=SNM)
    assert list(sources) == ["snm-pa"]
    assert _values(sources["snm-pa"]) == ["127,687 people", "40,297 people", "38,099 people"]


def test_the_spanish_names_of_one_body_are_one_claimant(tmp_path):
    sources = _sources(tmp_path, URABA, "es")
    assert list(sources) == ["servicio-nacional-de-migracion-de-panama"]
    body = sources["servicio-nacional-de-migracion-de-panama"]
    assert _values(body) == ["248 mil 284", "133 mil 726 personas", "20 mil 297", "59 mil 773"]
    assert set(body["source"]["aliases"]) == {"autoridad migratoria panameña", "Servicio Nacional de Migración",
                                              "Migración Panamá"}
    notes = [claim["note"] for claim in body["claims"]]
    assert "'autoridad migratoria panameña': taken as 'Servicio Nacional de Migración de Panamá'" in notes[1]


def test_the_spanish_names_of_one_body_are_the_project_source(tmp_path):
    sources = _sources(tmp_path, URABA, "es", project=SNM)
    assert list(sources) == ["snm-pa"]
    assert len(sources["snm-pa"]["claims"]) == 4


def test_a_project_source_of_another_country_is_not_matched_without_the_country(tmp_path):
    other = SNM.replace("snm-pa", "snm-co").replace("country: PA", "country: CO").replace(", SNM", "")
    sources = _sources(tmp_path, "Panama's National Migration Service said 40,297 people crossed in April.\n",
                       project=other)
    assert list(sources) == ["national-migration-service-panama"]


@pytest.mark.parametrize("text", [
    "Peru's National Weather Service said 40 people died. Ecuador's National Weather Service said 12 people died. "
    "The National Weather Service said 300 homes were flooded.\n",
    # the bare name first: it becomes neither country's when a later one is named
    "The National Weather Service said 300 homes were flooded. Peru's National Weather Service said 40 people died. "
    "Ecuador's National Weather Service said 12 people died.\n",
])
def test_the_same_name_of_two_countries_is_two_bodies_and_the_bare_name_neither(tmp_path, text):
    sources = _sources(tmp_path, text)
    assert sorted(sources) == ["national-weather-service", "national-weather-service-ecuador",
                               "national-weather-service-peru"]


@pytest.mark.parametrize("name, parts", [
    ("National Migration Service (Panama)", (("national", "migration", "service"), "PA")),
    ("Panama's National Migration Service", (("national", "migration", "service"), "PA")),
    ("the National Migration Service in Panama", (("national", "migration", "service"), "PA")),
    ("Servicio Nacional de Migración de Panamá", (("servicio", "nacional", "de", "migracion"), "PA")),
    ("Migración Panamá", (("migracion",), "PA")),
    ("autoridad migratoria panameña", (("autoridad", "migratoria"), "PA")),
    ("The National Migration Service", (("national", "migration", "service"), None)),
])
def test_a_body_s_words_and_its_place(name, parts):
    assert body_parts(name) == parts


@pytest.mark.parametrize("one, other, same", [
    ("Migración Panamá", "Servicio Nacional de Migración de Panamá", True),
    ("autoridad migratoria panameña", "Servicio Nacional de Migración de Panamá", True),
    ("Servicio Nacional de Migración", "Servicio Nacional de Migración de Panamá", True),
    ("Migración Colombia", "Servicio Nacional de Migración de Panamá", False),       # another country
    ("Policía de Madrid", "Policía Municipal de Madrid", False),                    # any police force of the city
    ("autoridad migratoria colombiana", "Servicio Nacional de Migración de Panamá", False),
])
def test_which_names_are_one_body(one, other, same):
    assert one_body([one], [other]) is same


def test_two_bodies_joined_by_y_are_read_as_the_one_by_the_verb_not_a_cut_name():
    [found] = attributions("Un comunicado del Ministerio de Seguridad Pública y el Servicio Nacional de Migración "
                           "detalla que en diciembre ingresaron 20 mil 297 migrantes.")
    assert found.who == "Servicio Nacional de Migración"


# ------------------------------------------------------------------ 2. the claimant a sentence names

def test_a_pronoun_after_a_body_the_sentence_names_is_that_body(tmp_path):
    text = ("Los organizadores dan casi un millón de personas.\n\nSin embargo, para la Delegación de Gobierno no se "
            "ha alcanzado tales números: según ellos han sido 170.000 las personas que han acudido a Cibeles.\n")
    sources = _sources(tmp_path, text, "es")
    assert _values(sources["delegacion-de-gobierno"]) == ["170.000"]


ELPAIS = ("Esta cifra queda muy lejos de las facilitadas por el PP, organizador de la mayor parte de las "
          "concentraciones, que solo en Madrid aseguró haber reunido a 500.000 personas.\n")


def test_a_place_after_en_is_where_it_was_said_not_who(tmp_path):
    assert list(_sources(tmp_path, ELPAIS, "es")) == ["pp"]


def test_the_speaker_before_a_description_and_que_matches_the_project_alias(tmp_path):
    party = "source:\n  id: partido-popular\n  name: Partido Popular\n  aliases: [PP]\n  kind: other\nclaims: []\n"
    assert list(_sources(tmp_path, ELPAIS, "es", project=party)) == ["partido-popular"]


def test_his_party_is_no_name(tmp_path):
    root = tmp_path
    article = root / "z.txt"
    article.write_text(HEADER + "His party says 120,000 votes are missing in Zimbabwe.\n", encoding="utf-8")
    files, _ = extract_project([article], "en")
    assert sorted(files) == ["sources/_topics.yaml", "sources/test-wire.yaml"]
    [claim] = yaml.safe_load(files["sources/test-wire.yaml"])["claims"]
    assert "'his party': no name, and the text names no party before it" in claim["note"]


def test_his_party_is_the_party_named_before(tmp_path):
    text = ("The Movement for Democratic Change party disputes the count.\n\n"
            "120,000 votes are missing, his party said.\n")
    sources = _sources(tmp_path, text)
    assert _values(sources["movement-for-democratic-change"]) == ["120,000"]


def test_officials_named_by_their_field_are_who_says_it(tmp_path):
    text = "Tsvangirai won 47.9 percent of the vote, election officials said Friday.\n"
    assert _values(_sources(tmp_path, text)["election-officials"]) == ["47.9 percent"]


def test_a_figure_of_which_says_after_a_dash_is_not_the_body_named_before(tmp_path):
    text = ("The Electoral Commission on Friday released the results, saying Mugabe won 43.2 percent of votes.\n\n"
            "He said the party — which says its tabulations show Tsvangirai won with 50.3 percent of the vote — "
            "anticipated needing another three or four days.\n")
    sources = _sources(tmp_path, text)
    assert _values(sources["electoral-commission"]) == ["43.2 percent"]
    assert _values(sources["party"]) == ["50.3 percent"]


# ------------------------------------------------------------------ 3. nothing to propose

def _extract(tmp_path: Path, monkeypatch, raw: str, *options: str):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(raw, encoding="utf-8")
    return CliRunner().invoke(main, ["extract", "a.txt", "--output", "oe", *options])


@pytest.mark.parametrize("raw, where, what", [
    ("", "a.txt: ", "no article text: the file is empty"),
    ("\n  \n", "a.txt: ", "no article text: the file is empty"),
    ("title: only header\ndate: 2024-01-01\n\n", "a.txt:3: ", "no article text after its 2 header line(s)"),
    ("Nobody knows how many people marched.\n", "a.txt: ", "no claim to propose, and no outlet"),
])
def test_an_article_with_nothing_to_draft_stops_and_writes_nothing(tmp_path, monkeypatch, raw, where, what):
    result = _extract(tmp_path, monkeypatch, raw)
    assert result.exit_code == 2
    assert result.stderr.startswith(f"Error: {where}{what}")
    assert "Traceback" not in result.output
    assert not (tmp_path / "oe").exists()


def test_an_article_with_no_figure_but_an_outlet_is_a_project_report_runs_on(tmp_path, monkeypatch):
    result = _extract(tmp_path, monkeypatch, HEADER + "Nobody knows how many people marched.\n")
    assert result.exit_code == 0, result.output
    report = CliRunner().invoke(main, ["report", "oe", "--no-validate", "--fail-on", "never"])
    assert report.exit_code == 0, report.output

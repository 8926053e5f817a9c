"""Names in ClaimReview and tables that a new user got wrong (N3, session 45): a ClaimReview author or publisher
one or two letters from a known source is an error with "did you mean" (it had become a new, independent origin
that agreed with the source it misspells); a ClaimReview whose claim is a zero ("No one has defected") is read as
0, as SPEC §4 reads the words; a table's unknown name that is a word of one source's name gets that source as its
"did you mean"; and a table's missing value is told as a cell to fill."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main

TOPICS = "topics:\n  - {id: t, title: test, unit: people, cumulative: true}\n"
AGENCY = ("source: {id: migracion-colombia, name: Migración Colombia, kind: government-agency, country: CO}\n"
          "claims: [{topic: t, value: 109}]\n")
MINISTER = "source: {id: minister, name: Vladimir Padrino López, aliases: [Defence Minister], kind: government}\n"
DEFENSORIA = "source: {id: defensoria-co, name: Defensoría del Pueblo de Colombia, kind: government}\n"


@pytest.fixture()
def project(tmp_path: Path) -> Path:
    (tmp_path / "sources").mkdir()
    for name, text in {"_topics.yaml": TOPICS, "agency.yaml": AGENCY, "minister.yaml": MINISTER,
                       "defensoria.yaml": DEFENSORIA}.items():
        (tmp_path / "sources" / name).write_text(text)
    return tmp_path


def _review(project: Path, claimed: str, author: str, publisher: str | None = None) -> None:
    item: dict = {"@type": "Claim", "author": {"name": author}}
    if publisher:
        item["appearance"] = {"url": "https://example.org/a", "publisher": {"name": publisher}}
    review = {"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": claimed, "about": "t",
              "itemReviewed": item}
    (project / "sources" / "reviews.json").write_text(json.dumps([review]))


def _report(project: Path):
    return CliRunner().invoke(main, ["report", str(project), "--format", "json", "--fail-on", "never"])


def test_an_author_a_letter_from_a_source_is_an_error(project: Path) -> None:
    _review(project, "109 soldiers", "Migracion Colombiaa")
    result = _report(project)
    assert result.exit_code == 2
    assert 'sources/reviews.json:1: author "Migracion Colombiaa" names no source' in result.stderr
    assert 'did you mean "migracion-colombia"?' in result.stderr


def test_a_publisher_a_letter_from_a_source_is_an_error(project: Path) -> None:
    (project / "sources" / "outlet.yaml").write_text("source: {id: business-insider, name: Business Insider}\n")
    _review(project, "109 soldiers", "Migración Colombia", publisher="Busines Insider")
    result = _report(project)
    assert result.exit_code == 2
    assert 'did you mean "business-insider"?' in result.stderr


def test_a_body_that_differs_in_a_word_is_a_new_source(project: Path) -> None:
    _review(project, "109 soldiers", "Defensoría del Pueblo de Bolivia")
    result = _report(project)
    assert result.exit_code == 0, result.stderr
    ids = {s["id"] for s in json.loads(result.stdout)["sources"]}
    assert {"defensoria-co", "defensoria-del-pueblo-de-bolivia"} <= ids


def test_the_exact_name_still_matches(project: Path) -> None:
    _review(project, "109 soldiers", "Migracion Colombia")   # accents ignored (SPEC §3)
    result = _report(project)
    assert result.exit_code == 0, result.stderr
    assert {c["source"] for c in json.loads(result.stdout)["claims"]} == {"migracion-colombia"}


@pytest.mark.parametrize("claimed", ["none", "No one has defected", "Nadie ha desertado", "Ninguno desertó",
                                     "Nobody crossed the border"])
def test_a_zero_claim_is_read_as_zero(project: Path, claimed: str) -> None:
    _review(project, claimed, "Defence Minister")
    result = _report(project)
    assert result.exit_code == 0, result.stderr
    claim = next(c for c in json.loads(result.stdout)["claims"] if c["source"] == "minister")
    assert (claim["lower"], claim["upper"], claim["qualifier"]) == (0, 0, "exact")


def _table(project: Path, rows: str) -> None:
    desk = "source: {id: desk, name: Data Desk, kind: media}\nclaims: desk.csv\n"
    (project / "sources" / "desk.yaml").write_text(desk)
    (project / "sources" / "desk.csv").write_text("topic,value,source\n" + rows)


def test_a_word_of_a_sources_name_is_its_did_you_mean(project: Path) -> None:
    _table(project, "t,1,Padrino\n")
    result = _report(project)
    assert result.exit_code == 2
    assert 'sources/desk.csv:2: source "Padrino" is not declared; did you mean "minister"?' in result.stderr


def test_a_name_like_none_gets_the_fix_in_lower_case(project: Path) -> None:
    _table(project, "t,1,Nobody Known\n")
    result = _report(project)
    assert result.exit_code == 2
    assert 'source "Nobody Known" is not declared; declare it in sources/nobody-known.yaml' in result.stderr


def test_a_missing_value_in_a_table_is_a_cell_to_fill(project: Path) -> None:
    _table(project, "t,,\n")
    result = _report(project)
    assert result.exit_code == 2
    assert "sources/desk.csv:2: missing required field \"value\" in claim; fill the row's value cell" in result.stderr


@pytest.mark.parametrize("declared, author", [
    ("Ministry of Health of Slovakia", "Ministry of Health of Slovenia"),
    ("Foreign Ministry of Iran", "Foreign Ministry of Iraq"),
    ("María Gómez", "Mario Gómez"),
    ("CBS News", "NBC News"),
])
def test_distinct_bodies_a_letter_or_two_apart_are_new_sources(project: Path, declared: str, author: str) -> None:
    (project / "sources" / "other.yaml").write_text(f"source: {{id: other, name: {declared}}}\n")
    _review(project, "109 soldiers", author)
    result = _report(project)
    assert result.exit_code == 0, result.stderr


def test_two_new_authors_of_one_file_are_two_sources(project: Path) -> None:
    reviews = [{"@context": "https://schema.org", "@type": "ClaimReview", "claimReviewed": "109 soldiers",
                "about": "t", "itemReviewed": {"@type": "Claim", "author": {"name": name}}}
               for name in ("ABC News", "NBC News")]
    (project / "sources" / "reviews.json").write_text(json.dumps(reviews))
    result = _report(project)
    assert result.exit_code == 0, result.stderr
    assert {"abc-news", "nbc-news"} <= {s["id"] for s in json.loads(result.stdout)["sources"]}


@pytest.mark.parametrize("claimed", ["Nobody knows how many soldiers defected",
                                     "Nadie sabe cuántos soldados desertaron"])
def test_a_claim_that_counts_nothing_is_still_refused(project: Path, claimed: str) -> None:
    _review(project, claimed, "Defence Minister")
    result = _report(project)
    assert result.exit_code == 2
    assert "claimReviewed holds 0 quantities" in result.stderr

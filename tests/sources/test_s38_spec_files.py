# ruff: noqa: E501  (SPEC's lines, as written: two are longer than the house limit)
"""SPEC §3's own files, copied as they are (a source file, _topics.yaml, _places.yaml), load and
report: a new user builds them first. Session 38: the topic's example rule ("present-17h-18h within
marched", in a topic whose claims count "crossed-into-colombia") had been exit 2."""
from __future__ import annotations

import json

from click.testing import CliRunner

from reconcile.cli.main import main

SOURCE = '''source:
  id: migracion-colombia
  name: Migración Colombia
  aliases: [Colombian migration authority, Migration Colombia]
  kind: government-agency   # government | government-agency | military | ngo | intergovernmental | media | academic | other
  country: CO
  compiles: false           # optional: true when its table compiles many claimants' figures (§3 above)
claims:
  - id: mc-total-2019-03         # optional; a stable id is derived when absent
    topic: venezuelan-military-defections-2019
    population: [soldiers, police]
    criterion: crossed-into-colombia
    place: CO
    as_of: 2019-03-07
    stated_on: 2019-03-07
    value: more than 500          # as stated, any language the parser knows; or a number
    lang: en
    quote: "More than 500 Venezuelan soldiers have fled ..."
    url: https://example.org/article
    via: business-insider         # optional: the outlet where the claim appeared (a source id)
    cites: null                   # optional: the source this source says it took the number from
    note: off the record          # optional: a caveat; shown beside the claim in every format
  - topic: venezuelan-military-defections-2019
    population: [soldiers, police]
    criterion: crossed-into-colombia
    place: Norte de Santander     # a name or alias resolves to a code (CO-NSA)
    as_of: 2019-03-07
    value: 415
    part_of: mc-total-2019-03     # a breakdown of that claim (a total with `complete: true` must equal the sum of its parts)
'''

TOPICS = '''# sources/_topics.yaml
topics:
  - id: venezuelan-military-defections-2019
    title: Venezuelan soldiers and police who left for Colombia, February-March 2019
    unit: people
    cumulative: true          # a count to date: it may only grow as as_of moves on
    bounds: [0, 150000]       # optional: plausible values; outside them is implausible-value
    date_tolerance_days: 0    # optional: as_of dates this close count as the same date
    criteria:                 # optional: counting rules that nest (transitive; a loop or an unknown id is an error)
      - {id: present-17h-18h, within: marched}   # a count under the first cannot exceed one under the second
    prefer: [migracion-colombia]   # optional: claimants to trust first (`--resolve prefer`)
settings:                     # optional, for the whole project
  tolerance: 0.1              # "about N" is N ± 10%
'''

PLACES = '''# sources/_places.yaml
places:
  - id: CO-ORI               # any code not taken by ISO 3166
    name: Orinoquía
    aliases: [Regional Orinoquía]
    parent: CO                # an ISO 3166 code or another declared place
'''


def test_specs_own_files_load_and_report(tmp_path):
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "migracion-colombia.yaml").write_text(SOURCE, encoding="utf-8")
    (sources / "business-insider.yaml").write_text("source: {id: business-insider, name: Business Insider, "
                                                   "kind: media}\n", encoding="utf-8")
    (sources / "_topics.yaml").write_text(TOPICS, encoding="utf-8")
    (sources / "_places.yaml").write_text(PLACES, encoding="utf-8")
    result = CliRunner().invoke(main, ["report", str(tmp_path), "--format", "json", "--no-validate"])
    assert result.exit_code == 0, result.output
    report = json.loads(result.stdout)
    assert sorted(c["place"] for c in report["claims"]) == ["CO", "CO-NSA"]


def test_a_claim_file_outside_sources_is_read_against_the_project_above_it(tmp_path, monkeypatch):
    """SPEC §3: "the nearest folder above it that holds sources/". A file in the project's new/ had been read
    against the current folder: its via named "no known source" though sources/outlet.yaml declares it."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "new").mkdir()
    (tmp_path / "sources" / "outlet.yaml").write_text("source: {id: outlet, name: The Outlet, kind: media}\n",
                                                     encoding="utf-8")
    (tmp_path / "sources" / "_topics.yaml").write_text("topics: [{id: t, unit: people}]\n", encoding="utf-8")
    (tmp_path / "new" / "agency.yaml").write_text(
        "source: {id: agency, name: Agency}\nclaims:\n  - {topic: t, value: 5, via: outlet}\n", encoding="utf-8")
    elsewhere = tmp_path.parent / f"{tmp_path.name}-elsewhere"
    elsewhere.mkdir()
    monkeypatch.chdir(elsewhere)
    result = CliRunner().invoke(main, ["report", str(tmp_path / "new" / "agency.yaml"), "--format", "json",
                                       "--no-validate", "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    assert [c["via"] for c in json.loads(result.stdout)["claims"]] == ["outlet"]


def test_init_in_a_project_without_topics_keeps_it_running(tmp_path, monkeypatch):
    """README, Checking claims in CI: "reconcile init in the repository". A project with claims and no
    _topics.yaml had got the example's _topics.yaml (every topic of its claims then unknown) and an example claim."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "ministry.yaml").write_text(
        "source: {id: ministry, name: Ministry of Health}\nclaims:\n  - {topic: covid-deaths, value: 1200}\n",
        encoding="utf-8")
    monkeypatch.chdir(tmp_path)
    assert CliRunner().invoke(main, ["init"]).exit_code == 0
    assert sorted(p.name for p in (tmp_path / "sources").iterdir()) == ["_places.yaml", "ministry.yaml"]
    assert (tmp_path / "expectations" / "claims.json").is_file()
    result = CliRunner().invoke(main, ["report", "--fail-on", "never"])
    assert result.exit_code == 0, result.output


def test_init_inside_a_projects_reports_is_refused(tmp_path, monkeypatch):
    assert CliRunner().invoke(main, ["init", str(tmp_path / "p1")]).exit_code == 0
    monkeypatch.chdir(tmp_path / "p1" / "reports")
    result = CliRunner().invoke(main, ["init"])
    assert result.exit_code == 2 and "inside the project" in result.stderr
    assert not (tmp_path / "p1" / "reports" / "sources").exists()


def test_two_project_folders_are_refused_as_such(tmp_path):
    """It had been "the file lies outside the project folder ... or name it on the command line": it was named."""
    for name in ("p1", "p2"):
        assert CliRunner().invoke(main, ["init", str(tmp_path / name)]).exit_code == 0
    result = CliRunner().invoke(main, ["report", str(tmp_path / "p1"), str(tmp_path / "p2")])
    assert result.exit_code == 2 and "one project at a time" in result.stderr

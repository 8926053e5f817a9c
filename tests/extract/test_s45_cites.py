"""Session 45, X9: a wire that gives a figure citing a source it does not name cites it (SPEC §3 ``cites``).

Sentences written for these tests. "Reuters reported, citing state media": Reuters states the figure and says it
took it from state media, which the text does not name (GUIDE.md: unnamed officials are not a claimant; SPEC:
``cites`` records that the claimant attributes the number to another source). A named source cited stays the
claimant, as the GUIDE's relay rule has it ("citing the Interior Ministry": the ministry's), and cites nothing.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

from reconcile.extract import extract_project, parse_article, propose


def _proposals(body: str) -> dict:
    raw = f"date: 2024-05-08\n\n{body}\n"
    return {p.value: p for p in propose(parse_article(raw, "wire.txt"))}


@pytest.mark.parametrize("body, value, who, cites", [
    ("At least 85 people have died, Reuters reported, citing state media.", "At least 85 people", "Reuters",
     "state media"),
    ("Reuters reported, citing state media, that 85 people had died.", "85 people", "Reuters", "state media"),
    ("At least 19 died, AFP reported, citing local officials.", "At least 19", "AFP", "local officials"),
    ("The Associated Press, quoting unnamed officials, reported 22 deaths.", "22", "Associated Press",
     "unnamed officials"),
    ("EFE informó, citando a medios estatales, que 85 personas murieron.", "85 personas", "EFE", "medios estatales"),
])
def test_a_wire_citing_a_source_it_does_not_name_states_the_figure_and_cites_it(body, value, who, cites):
    got = _proposals(body)[value]
    assert (got.claimant, got.cites) == (who, cites)


@pytest.mark.parametrize("body, value, who", [
    ("At least 19 died, AFP reported, citing the Interior Ministry.", "At least 19", "Interior Ministry"),
    ("EFE informó, citando a la policía, que 85 personas murieron.", "85 personas", "policía"),
    ("According to figures from the ministry cited by Reuters, 85 people died.", "85 people", "ministry"),
])
def test_a_named_source_a_wire_cites_is_the_claimant_and_cites_no_one(body, value, who):
    got = _proposals(body)[value]
    assert (got.claimant, got.cites) == (who, None)


def test_the_drafted_claim_cites_a_drafted_source(tmp_path: Path):
    article = tmp_path / "a.txt"
    article.write_text("url: https://example.org/a\noutlet: Example News\ndate: 2024-05-08\n\n"
                       "At least 85 people have died, Reuters reported, citing state media.\n", encoding="utf-8")
    files, count = extract_project([article])
    assert count == 1
    claim = yaml.safe_load(files["sources/reuters.yaml"])["claims"][0]
    assert claim["cites"] == "state-media"
    cited = yaml.safe_load(files["sources/state-media.yaml"])["source"]
    assert (cited["id"], cited["name"]) == ("state-media", "state media")

"""What a figure counts (U2 D11): "N of them" counts the people the sentence named before the figure's clause
("a boat filled with migrants ... pulled 143 of them from the water": migrants), and a draft topic of things
("homes", "counties", "aftershocks") counts them, in no unit of people."""
from __future__ import annotations

from pathlib import Path

import yaml

from reconcile.extract import extract_project, parse_article, propose


def _populations(body: str) -> dict[str, list[str]]:
    article = parse_article(f"url: https://example.org/a\noutlet: AP\ndate: 2019-11-23\n\n{body}\n", "a.txt")
    return {p.value: p.population for p in propose(article)}


def test_of_them_counts_the_people_named_before():
    pops = _populations("A crowded boat filled with refugees sank in rough seas on Sunday, said the coast guard, "
                        "which pulled 61 of them from the water.")
    assert pops["61"] == ["refugees"]


def test_of_them_is_not_the_subject_of_its_own_clause():
    # the rescuers pulled them: "them" are not the rescuers
    pops = _populations("Rescuers pulled 40 of them from the rubble.")
    assert pops["40"] == []


def test_a_draft_topic_of_things_counts_them(tmp_path: Path):
    article = tmp_path / "quake.txt"
    article.write_text("title: Quake in Gansu\nurl: https://example.org/a\noutlet: AP\ndate: 2013-07-23\n\n"
                       "The quake killed 94 people, the agency said. The agency said 51,800 homes were destroyed and "
                       "400 aftershocks occurred.\n", encoding="utf-8")
    files, _ = extract_project([article])
    topics = {t["id"]: t for t in yaml.safe_load(files["sources/_topics.yaml"])["topics"]}
    units = {tid.rsplit("-", 1)[-1]: t["unit"] for tid, t in topics.items()}
    assert units["dead"] == "people"
    assert units["homes"] == "count"
    assert units["aftershocks"] == "count"

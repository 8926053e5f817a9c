"""A breakdown belongs to the source that states its total (SPEC §3; the report refuses a ``part_of`` to
another source's claim), so extract never links a list of parts to another claimant's total, nor to a
total sentences before that counts another thing, and the folder it writes loads as it is (SPEC §6).

Invented articles in the manner of Spanish and English press reports of protests.
"""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml

import reconcile
from reconcile.extract import Draft, KnownSources, draft_project, parse_article, propose, render_files


@pytest.mark.parametrize("body", [
    "La Policía detuvo a cuatro personas. Las protestas más concurridas fueron las de Valladolid (25.000), "
    "Valencia (24.000) y Alicante (20.000), según las estimaciones policiales.",
    "Police arrested four people. The largest protests were in Leeds (25,000), Bristol (24,000) and "
    "Cardiff (20,000), according to the organisers.",
])
def test_a_list_after_another_claimants_total_has_no_total(body, tmp_path: Path):
    article = parse_article(f"date: 2023-11-13\noutlet: Example News\n\n{body}\n", "m1.txt")
    proposals = propose(article)
    parts = [p for p in proposals if p.value[:2] in ("25", "24", "20")]
    assert len(parts) == 3 and all(p.part_of is None for p in parts)
    draft = Draft()
    draft_project(draft, article, proposals, KnownSources(None), None)
    for name, text in render_files(draft, ["m1.txt"], KnownSources(None)).items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    reconcile.normalize(reconcile.read(str(tmp_path)))   # loads as it is


def test_the_writer_drops_a_part_of_to_another_sources_total(tmp_path: Path):
    """Whatever the proposals say, the folder written has no part_of across sources."""
    article = parse_article("date: 2023-11-13\noutlet: Example News\n\nThe police counted 5,000 marchers. "
                            "The organisers said 3,000 marched in Leeds.\n", "x.txt")
    proposals = propose(article)
    total, part = proposals[0], proposals[-1]
    assert total.claimant != part.claimant
    part.part_of, part.is_part = 0, True           # as a wrong link would set it
    draft = Draft()
    draft_project(draft, article, proposals, KnownSources(None), None)
    files = render_files(draft, ["x.txt"], KnownSources(None))
    claims = [c for name, text in files.items() if name.startswith("sources/") and not name.startswith("sources/_")
              for c in (yaml.safe_load(text) or {}).get("claims", [])]
    assert not any("part_of" in c for c in claims)
    assert any("breakdown belongs to the source that states its total" in c["note"] for c in claims)
    for name, text in files.items():
        (tmp_path / name).parent.mkdir(parents=True, exist_ok=True)
        (tmp_path / name).write_text(text, encoding="utf-8")
    reconcile.normalize(reconcile.read(str(tmp_path)))

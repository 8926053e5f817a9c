"""A share written in words ("one-third of the new arrivals", "la mitad de los desplazados") is drafted in a topic
of shares, so that `reconcile report` runs on extract's folder as it is (SPEC §6). N6 D1, session 49: it had been put
in the people topic of its population, which the claims reader refuses ("a share of a total, not a figure"), exit 2
on the tool's own output."""
from __future__ import annotations

from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from reconcile.cli.main import main

HEADER = "url: https://example.org/{name}\noutlet: Example News\ndate: 2024-06-25\n\n"
TEXTS = {
    "en": "UNHCR said 900 refugees arrived in Adre on Monday. Today one-third of the new arrivals remain at "
          "spontaneous sites, and over one-fifth of the refugees registered this year are children.",
    "es": "ACNUR dijo que 900 refugiados llegaron a Adré el lunes. Más de la tercera parte de los refugiados son "
          "niños. La mitad de los refugiados son mujeres, según la agencia.",
}


@pytest.mark.parametrize("lang", sorted(TEXTS))
def test_a_word_share_is_drafted_in_a_topic_of_shares_and_the_folder_reports(tmp_path: Path, lang: str) -> None:
    article = tmp_path / f"shares-{lang}.txt"
    article.write_text(HEADER.format(name=lang) + TEXTS[lang] + "\n")
    out = tmp_path / "out"
    result = CliRunner().invoke(main, ["extract", str(article), "--output", str(out)])
    assert result.exit_code == 0, result.output
    topics = {t["id"]: t for t in yaml.safe_load((out / "sources" / "_topics.yaml").read_text())["topics"]}
    claims = [c for f in (out / "sources").glob("*.yaml") if not f.name.startswith("_")
              for c in yaml.safe_load(f.read_text())["claims"]]
    words = [c for c in claims if not any(ch.isdigit() for ch in str(c["value"]))]
    assert words, claims                                      # the share is proposed
    for claim in words:
        assert topics[claim["topic"]]["unit"] == "share", (claim, topics)
    figures = [c for c in claims if "900" in str(c["value"])]
    assert figures and topics[figures[0]["topic"]]["unit"] == "people"
    report = CliRunner().invoke(main, ["report", str(out), "--format", "json", "--fail-on", "never"])
    assert report.exit_code == 0, report.output


def test_a_word_share_of_the_total_before_it_is_drafted_in_a_topic_of_shares_too(tmp_path: Path) -> None:
    """R6 7: a share that breaks down the total before it took the total's people topic (``part_of``), exit 2."""
    article = tmp_path / "quarter.txt"
    article.write_text(HEADER.format(name="quarter") + "The CGT union counted 50,000 marchers in Paris on Tuesday. "
                       "About a quarter of the marchers were students, the union said.\n")
    out = tmp_path / "out"
    assert CliRunner().invoke(main, ["extract", str(article), "--output", str(out)]).exit_code == 0
    topics = {t["id"]: t for t in yaml.safe_load((out / "sources" / "_topics.yaml").read_text())["topics"]}
    claims = [c for f in (out / "sources").glob("*.yaml") if not f.name.startswith("_")
              for c in yaml.safe_load(f.read_text())["claims"]]
    share = next(c for c in claims if "quarter" in str(c["value"]))
    assert topics[share["topic"]]["unit"] == "share" and "part_of" not in share
    for command in ("report", "validate"):
        result = CliRunner().invoke(main, [command, str(out)] + (["--fail-on", "never"] if command == "report" else []))
        assert result.exit_code in (0, 1), result.output

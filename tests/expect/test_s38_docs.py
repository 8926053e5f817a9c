"""Session 38: two suites whose Data Docs page names were the same ("t1 x.json" and "t1-x.json") wrote one page,
and the index linked both to it; each suite has a page of its own."""
from __future__ import annotations

import json
import re

from click.testing import CliRunner

from reconcile.cli.main import main


def test_suites_whose_page_names_collide_get_a_page_each(tmp_path):
    assert CliRunner().invoke(main, ["init", str(tmp_path / "p")]).exit_code == 0
    for name, low in (("t1 x.json", 0), ("t1-x.json", 1), ("T1X.json", 2)):
        (tmp_path / "p" / "expectations" / name).write_text(json.dumps({
            "name": name, "topic": "example-topic", "expectations": [
                {"type": "expect_column_values_to_be_between", "kwargs": {"column": "lower", "min_value": low}}]}),
            encoding="utf-8")
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "p"), "--docs", str(tmp_path / "docs")])
    assert result.exit_code in (0, 1), result.output
    index = (tmp_path / "docs" / "index.html").read_text(encoding="utf-8")
    links = [link for link in re.findall(r'href="([^"]+\.html)"', index) if link != "index.html"]
    assert len(links) == len(set(link.casefold() for link in links)) == 5   # claims.json, _topics, three suites
    assert all((tmp_path / "docs" / link).is_file() for link in links)

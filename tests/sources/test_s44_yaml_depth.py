"""YAML nested past libyaml's own limit (1,000 levels) gets reconcile's message with the limit and
the fix, as 70 levels does (U3 D1: it was libyaml's "exceeded maximum nesting depth; fix the YAML
syntax")."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main


@pytest.mark.parametrize("depth", [70, 1001, 10_000])
@pytest.mark.parametrize("style", ["flow", "block"])
def test_deep_nesting_names_the_limit_at_any_depth(tmp_path, depth, style):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "_topics.yaml").write_text("topics:\n  - id: t\n    title: T\n    unit: people\n")
    nested = ("[" * depth + "]" * depth if style == "flow"
              else "\n" + "".join("  " * (i + 1) + "-\n" for i in range(depth)))
    (tmp_path / "sources" / "a.yaml").write_text(f"source: {{id: a, name: A}}\nclaims: {nested}\n")
    result = CliRunner().invoke(main, ["report", str(tmp_path)])
    assert result.exit_code == 2, result.output
    assert "sources/a.yaml:" in result.output and "nest deeper than 64 levels" in result.output
    assert "check the indentation and brackets" in result.output

"""A failing JUnit test case of `validate --format junit` carries the first failing claim's `file` and
`line` attributes, which GitLab and Jenkins show beside the failure (U5's suggestion); passing cases none."""
from __future__ import annotations

import xml.etree.ElementTree as ET

from click.testing import CliRunner

from reconcile.cli.main import main


def test_a_failing_case_names_the_file_and_line_of_its_first_failing_claim(tmp_path):
    CliRunner().invoke(main, ["init", str(tmp_path / "p")])
    agency = tmp_path / "p" / "sources" / "example-agency.yaml"
    agency.write_text(agency.read_text().replace("value: more than 500", "value: 5000000"))
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "p"), "--format", "junit"])
    assert result.exit_code == 1, result.stderr
    cases = ET.fromstring(result.stdout).iter("testcase")
    failing = [case for case in cases if case.find("failure") is not None]
    assert failing and all(case.get("file") == "sources/example-agency.yaml" for case in failing)
    assert all(case.get("line", "").isdigit() for case in failing)
    passing = [case for case in ET.fromstring(result.stdout).iter("testcase") if case.find("failure") is None]
    assert passing and all(case.get("file") is None for case in passing)

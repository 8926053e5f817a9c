"""``validate --format junit`` stopped by a usage error (an unknown option, a bad choice) still writes
one test case in error, as every other run that cannot start does (README), not an empty file
that a CI dashboard rejects (N6)."""
import xml.etree.ElementTree as ET

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main


@pytest.mark.parametrize("args", [["--format", "junit", "--bogus"], ["--format=junit", "--engine", "nope"],
                                  ["--bogus", "--format", "junit"]])
def test_a_usage_error_with_junit_writes_a_test_case_in_error(args):
    result = CliRunner().invoke(main, ["validate", *args])
    assert result.exit_code == 2
    case = ET.fromstring(result.stdout).find("testsuite/testcase")
    assert case is not None and case.find("error") is not None
    assert ("--bogus" if "--bogus" in args else "nope") in case.find("error").get("message")
    assert "Error:" in result.stderr   # the message still goes to stderr


@pytest.mark.parametrize("args", [["--bogus"], ["--format", "xml"], ["--format", "json", "--bogus"]])
def test_other_formats_write_nothing_to_stdout(args):
    result = CliRunner().invoke(main, ["validate", *args])
    assert result.exit_code == 2 and result.stdout == ""


def test_report_usage_errors_are_untouched():
    result = CliRunner().invoke(main, ["report", "--format", "junit"])
    assert result.exit_code == 2 and result.stdout == ""

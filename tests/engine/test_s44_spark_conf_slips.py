"""A `--spark-conf` key Spark would ignore without a word gets a warning (U6 D2): a slip of a known
setting ("spark.driver.memroy": the run gets the default heap and fails for memory much later) or a
name without "spark.". Real settings, known or not, pass quietly. No Spark is started here."""
from __future__ import annotations

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main
from reconcile.engine import spark_option_notes


@pytest.mark.parametrize(("key", "meant"), [("spark.driver.memroy", "spark.driver.memory"),
                                            ("spark.sql.shuffle.partition", "spark.sql.shuffle.partitions"),
                                            ("spark.executor.cors", "spark.executor.cores")])
def test_a_slip_of_a_known_setting_is_named_with_the_setting(key, meant):
    (note,) = spark_option_notes({key: "2"})
    assert key in note and f"did you mean {meant}?" in note


def test_a_name_without_spark_prefix_does_nothing_and_is_said():
    (note,) = spark_option_notes({"driver.memory": "2g"})
    assert "begin with spark." in note


@pytest.mark.parametrize("key", ["spark.driver.memory", "spark.sql.shuffle.partitions",
                                 "spark.executor.memoryOverheadFactor", "spark.hadoop.fs.s3a.endpoint",
                                 "spark.sql.adaptive.advisoryPartitionSizeInBytes"])
def test_settings_that_are_no_slip_pass_quietly(key):
    assert spark_option_notes({key: "1"}) == []


def test_the_command_warns_before_it_runs(tmp_path):
    CliRunner().invoke(main, ["init", str(tmp_path / "p")])
    # the pandas engine ignores --spark-conf; the warning is about the option as written
    result = CliRunner().invoke(main, ["validate", str(tmp_path / "p"), "--spark-conf", "spark.driver.memroy=2g"])
    assert "Warning: --spark-conf spark.driver.memroy: did you mean spark.driver.memory?" in result.stderr

"""Session 39: the Spark options as a new user gave them. --spark-master and --spark-conf without --engine spark
were ignored (the run was pandas'); a master URL Spark refuses ("bogus://x", "local[0]") gave a Java stack trace
and advice about Java; a bad --spark-conf value ("spark.sql.shuffle.partitions=abc") a traceback, then a hang;
and the README's spark-submit line could not find reconcile/__main__.py (importing it ran the command line)."""
from __future__ import annotations

import os
import subprocess
import sys

import pytest
from click.testing import CliRunner

from conftest import claim
from reconcile.cli.main import main


@pytest.mark.parametrize("options", [["--spark-master", "local[2]"], ["--spark-conf", "spark.driver.memory=8g"],
                                     ["--engine", "pandas", "--spark-master", "local[2]"]])
@pytest.mark.parametrize("command", ["report", "validate"])
def test_a_spark_option_without_the_spark_engine_is_refused(make_project, monkeypatch, command, options):
    monkeypatch.delenv("RECONCILE_ENGINE", raising=False)
    result = CliRunner().invoke(main, [command, str(make_project().root), *options])
    assert result.exit_code == 2, result.output
    assert "--engine spark" in result.stderr and options[-2] in result.stderr


@pytest.mark.parametrize("master", ["bogus://x", "local[0]", "local[-1]", "locale", ""])
def test_a_master_url_spark_would_refuse_is_refused_before_it_starts(make_project, master):
    result = CliRunner().invoke(main, ["validate", str(make_project().root), "--engine", "spark",
                                       "--spark-master", master])
    assert result.exit_code == 2, result.output
    assert f'--spark-master "{master}" is not a Spark master URL' in result.stderr


@pytest.mark.parametrize("master", ["local", "local[*]", "local[4]", "local[2,3]", "local-cluster[2,1,1024]",
                                    "spark://host:7077", "yarn", "k8s://https://host:443", "mesos://host:5050"])
def test_the_master_urls_spark_takes_pass(master):
    from reconcile.engine import check_master

    check_master(master)


def test_the_readmes_spark_submit_line_finds_the_script():
    """`python -c 'import reconcile.__main__ as m; print(m.__file__)'` prints the path, and runs nothing."""
    out = subprocess.run([sys.executable, "-c", "import reconcile.__main__ as m; print(m.__file__)"],
                         capture_output=True, text=True, check=True)
    assert out.stdout.strip().endswith(os.path.join("reconcile", "__main__.py")) and not out.stderr


@pytest.mark.spark
def test_a_bad_spark_conf_value_is_an_error_naming_it(make_project):
    pytest.importorskip("pyspark")
    maker = make_project()
    maker.source("a", claim(id="a1", value=5))
    out = subprocess.run([sys.executable, "-m", "reconcile", "validate", str(maker.root), "--engine", "spark",
                          "--spark-master", "local[1]", "--spark-conf", "spark.sql.shuffle.partitions=abc"],
                         capture_output=True, text=True, timeout=600)
    assert out.returncode == 2, out.stderr
    assert "Traceback" not in out.stderr
    assert "--spark-conf spark.sql.shuffle.partitions=abc" in out.stderr and "'int'" in out.stderr

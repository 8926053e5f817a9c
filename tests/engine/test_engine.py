"""Choosing the engine (reconcile.engine): --engine, RECONCILE_ENGINE, --spark-conf, and the
error when the Spark extra is missing. No Spark is started here."""
from __future__ import annotations

import sys

import pytest
from click.testing import CliRunner
from conftest import claim

from reconcile.cli.main import main
from reconcile.engine import ENV, EngineError, engine_name, spark_options, stages


def test_pandas_is_the_default_and_the_environment_picks_another(monkeypatch):
    monkeypatch.delenv(ENV, raising=False)
    assert engine_name() == "pandas"
    monkeypatch.setenv(ENV, "Spark")
    assert engine_name() == "spark"
    assert engine_name("pandas") == "pandas"  # --engine wins over the environment


def test_an_unknown_engine_in_the_environment_is_an_error_naming_it(monkeypatch):
    monkeypatch.setenv(ENV, "dask")
    with pytest.raises(EngineError, match='unknown engine "dask" \\(from RECONCILE_ENGINE\\); use one of: pandas'):
        engine_name()


def test_spark_conf_is_key_equals_value_and_a_later_key_wins():
    assert spark_options(["a.b=1", "c = x=y", "a.b=2"]) == {"a.b": "2", "c": "x=y"}
    with pytest.raises(EngineError, match="is not KEY=VALUE"):
        spark_options(["spark.executor.memory"])
    with pytest.raises(EngineError, match="is not KEY=VALUE"):
        spark_options(["=4g"])


def test_the_pandas_stages_are_the_library_stages(make_project):
    import reconcile

    maker = make_project().source("a", claim(id="a1", value="more than 500"), claim(id="a2", value="120"))
    claims = reconcile.normalize(reconcile.read(maker.root))
    run = stages("pandas")
    assert run.validate(claims) == reconcile.validate(claims)
    assert run.reconcile(claims).to_dict() == reconcile.reconcile(claims).to_dict()


@pytest.mark.parametrize("command", ["report", "validate"])
def test_without_pyspark_the_spark_engine_says_how_to_install_it(monkeypatch, make_project, command):
    monkeypatch.setitem(sys.modules, "pyspark", None)  # import pyspark raises ImportError
    maker = make_project().source("a", claim(id="a1", value="120"))
    result = CliRunner().invoke(main, [command, str(maker.root), "--engine", "spark"])
    assert result.exit_code == 2, result.output
    assert "--engine spark needs pyspark, which is not installed" in result.stderr
    assert "pip install reconcile[spark]" in result.stderr
    assert "Traceback" not in result.output


def test_the_environment_asks_for_spark_too(monkeypatch, make_project):
    monkeypatch.setitem(sys.modules, "pyspark", None)
    monkeypatch.setenv(ENV, "spark")
    maker = make_project().source("a", claim(id="a1", value="120"))
    result = CliRunner().invoke(main, ["validate", str(maker.root)])
    assert result.exit_code == 2 and "pip install reconcile[spark]" in result.stderr


def test_a_chunks_derived_ids_are_the_blank_ones():
    """reconcile.engine.tables._derived tests each id row by row: the same as is_blank."""
    import numpy as np
    import pandas as pd

    from reconcile.claims.columns import is_blank
    from reconcile.engine.tables import _derived

    ids = ["a1", None, "", "  ", "\x1c", "\u3000", np.nan, "b 2", 5, pd.NA, "a1"]
    for column in (pd.Series(ids, dtype=object), pd.Series(["x", None, " ", "y"], dtype="str")):
        frame = pd.DataFrame({"id": column})
        assert _derived(frame).tolist() == is_blank(frame["id"]).to_numpy().tolist()
    assert _derived(pd.DataFrame({"id": pd.Series(ids, dtype=object)})).tolist() == \
        [False, True, True, True, True, True, True, False, False, True, False]
    assert _derived(pd.DataFrame({"value": ["1", "2"]})).tolist() == [True, True]


def test_runs_of_topics_are_whole_topics_in_order():
    """``spark._runs``: a partition's claims (sorted by topic) come in batches that cut
    topics anywhere; once ``size`` claims are held, the topics held whole go in runs of
    ``size`` claims or more (fewer left over join the run before), the last one (perhaps not
    whole yet) waits for the next batch; a topic is never split."""
    import pandas as pd

    from reconcile.engine.spark import _runs

    topics = ["a"] * 3 + ["b"] * 4 + ["c"] * 9 + ["d"] + ["e"] * 2
    frame = pd.DataFrame({"topic": topics, "n": range(len(topics)), "population": [["x"]] * len(topics)})
    batches = [frame.iloc[i:i + 3] for i in range(0, len(frame), 3)]

    def cut(batches, size):
        return [(list(run["n"]), names) for run, names in _runs(iter(batches), size)]

    assert cut([frame.iloc[:0], *batches], 5) == [([0, 1, 2], ["a"]), ([3, 4, 5, 6], ["b"]),
                                                  (list(range(7, 17)), ["c", "d"]), ([17, 18], ["e"])]
    assert cut(batches, 100) == [(list(range(19)), ["a", "b", "c", "d", "e"])]
    # one batch holds many runs (Arrow's batches are of 10,000 rows and more: RUN_CLAIMS cuts within them)
    assert cut([frame], 1) == [([0, 1, 2], ["a"]), ([3, 4, 5, 6], ["b"]), (list(range(7, 16)), ["c"]), ([16], ["d"]),
                               ([17, 18], ["e"])]
    assert cut([frame], 5) == [(list(range(7)), ["a", "b"]), (list(range(7, 17)), ["c", "d"]), ([17, 18], ["e"])]
    assert cut([frame], 4) == [(list(range(7)), ["a", "b"]), (list(range(7, 17)), ["c", "d"]), ([17, 18], ["e"])]
    assert cut([frame], 3) == [([0, 1, 2], ["a"]), ([3, 4, 5, 6], ["b"]), (list(range(7, 17)), ["c", "d"]),
                               ([17, 18], ["e"])]
    assert cut([frame.iloc[:0]], 5) == []
    runs = _runs(iter([frame]), 1)
    next(runs)
    run, _ = next(runs)   # b's claims, numbered from 0
    assert list(run.index) == [0, 1, 2, 3] and run["population"][0] == ("x",)  # as the reconciler takes them


def test_a_worker_stops_reading_sparks_archives_again_at_every_task(tmp_path, monkeypatch):
    """``frames.settle_imports``: pyspark invalidates the import caches before each task, and a
    zip importer then reads its archive's listing again. After it, a jar (no Python) is off the
    path, the importers of pyspark's and py4j's zips keep their listing, and any other archive's
    importer is left as it was; what was imported from them still imports."""
    import importlib
    import zipfile
    import zipimport

    from reconcile.engine.frames import settle_imports

    def archive(name: str, module: str) -> str:
        path = tmp_path / name
        with zipfile.ZipFile(path, "w") as out:
            out.writestr(f"{module}/__init__.py", "VALUE = 1\n")
            out.writestr(f"{module}/inner.py", "VALUE = 2\n")
        return str(path)

    jar = archive("spark-core_2.13-4.1.4.jar", "probe_in_jar")
    spark_zip = archive("pyspark.zip", "probe_in_pyspark")
    other = archive("user-files.zip", "probe_in_user")
    monkeypatch.setattr(sys, "path", [jar, spark_zip, other, *sys.path])
    monkeypatch.setattr(sys, "path_importer_cache", dict(sys.path_importer_cache))
    for name in ("probe_in_pyspark", "probe_in_user"):
        monkeypatch.delitem(sys.modules, name, raising=False)
        monkeypatch.delitem(sys.modules, f"{name}.inner", raising=False)
    importlib.import_module("probe_in_pyspark")
    importlib.import_module("probe_in_user")
    read: list[str] = []
    listing = zipimport._read_directory  # type: ignore[attr-defined]

    def counted(path: str):  # type: ignore[no-untyped-def]
        read.append(path)
        return listing(path)

    monkeypatch.setattr(zipimport, "_read_directory", counted)
    importlib.invalidate_caches()
    assert {jar, spark_zip, other} <= set(read)  # before: every archive read again

    settle_imports()
    read.clear()
    importlib.invalidate_caches()
    assert read == [other]
    assert jar not in sys.path and not any(key.startswith(jar) for key in sys.path_importer_cache)
    assert importlib.import_module("probe_in_pyspark.inner").VALUE == 2
    settle_imports()  # the package's importer, made by that import, keeps its listing too
    read.clear()
    importlib.invalidate_caches()
    assert read == [other]

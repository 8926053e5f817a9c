"""What the Spark test modules share: a skip (with the reason) when pyspark or Java is missing,
and the Spark engine in local mode on one session (local[2], no UI)."""
from __future__ import annotations

import shutil

import pytest

pytest.importorskip("pyspark", reason="the Spark engine needs pyspark: pip install reconcile[spark]")
if shutil.which("java") is None:
    pytest.skip("the Spark engine needs Java 17 or newer (java is not on PATH)", allow_module_level=True)


def local_engine(partitions: int = 2):
    """SparkStages on this process's session (local[2], ``partitions`` shuffle partitions)."""
    from reconcile.engine.spark import SparkStages, session

    conf = {"spark.sql.shuffle.partitions": str(partitions), "spark.ui.enabled": "false"}
    stages = SparkStages("local[2]", conf)
    stages._spark = session("local[2]", conf)
    stages._spark.conf.set("spark.sql.shuffle.partitions", str(partitions))  # the session may be older
    return stages

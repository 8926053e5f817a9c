"""Shared fixtures: tiny projects written into tmp_path."""
from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest
import yaml

REPO = Path(__file__).resolve().parents[1]
REPORTS = Path(__file__).parent / "data" / "report"

TOPIC = "defections"


def claim(**fields: Any) -> dict[str, Any]:
    """A claim with the fields a scenario needs; topic defaults to the test topic."""
    out = {"topic": TOPIC}
    out.update(fields)
    return out


class ProjectMaker:
    def __init__(self, root: Path) -> None:
        self.root = root
        (root / "sources").mkdir(parents=True, exist_ok=True)

    def topics(self, *topics: dict[str, Any]) -> "ProjectMaker":
        self.write("sources/_topics.yaml", {"topics": list(topics)})
        return self

    def places(self, *places: dict[str, Any]) -> "ProjectMaker":
        self.write("sources/_places.yaml", {"places": list(places)})
        return self

    def source(self, source_id: str, *claims: dict[str, Any], **identity: Any) -> "ProjectMaker":
        head = {"id": source_id, "name": identity.pop("name", source_id.replace("-", " ").title())}
        head.update(identity)
        doc: dict[str, Any] = {"source": head}
        if claims:
            doc["claims"] = list(claims)
        self.write(f"sources/{source_id}.yaml", doc)
        return self

    def write(self, relative: str, content: Any) -> Path:
        path = self.root / relative
        path.parent.mkdir(parents=True, exist_ok=True)
        if isinstance(content, (dict, list)):
            content = yaml.safe_dump(content, sort_keys=False, allow_unicode=True)
        if isinstance(content, bytes):
            path.write_bytes(content)
        else:
            path.write_text(content, encoding="utf-8")
        return path


def write_typed_parquet(maker: Any, complete: bool | None = True) -> None:
    """Sources a and b and a Parquet table whose dates, flags and lists are typed columns, as
    pandas and Spark write them: a total (``complete`` as given) of 500 with one part of 300,
    dated 2019-03-07 (date32) and stated 2019-03-08 at 23:30 in Bogotá (04:30 UTC the next day)."""
    import datetime
    import zoneinfo

    pa = pytest.importorskip("pyarrow")
    pq = pytest.importorskip("pyarrow.parquet")
    maker.source("a")
    maker.source("b")
    day, bogota = datetime.date, zoneinfo.ZoneInfo("America/Bogota")
    pq.write_table(pa.table({
        "source": ["a", "a", "b"], "id": ["total", "part", "other"], "topic": [TOPIC] * 3,
        "value": [500, 300, 109], "part_of": [None, "total", None],
        "as_of": pa.array([day(2019, 3, 7), day(2019, 3, 7), day(2019, 3, 1)], pa.date32()),
        "stated_on": pa.array([datetime.datetime(2019, 3, 8, 23, 30, tzinfo=bogota), None,
                               datetime.datetime(2019, 3, 2, tzinfo=bogota)], pa.timestamp("ms", tz="America/Bogota")),
        "complete": pa.array([complete, None, None], pa.bool_()),
        "population": pa.array([["soldiers"], ["soldiers"], None], pa.list_(pa.string())),
    }), maker.root / "sources" / "claims.parquet", row_group_size=2)


def load_report(name: str):
    """A Report from tests/data/report/<name>.json (the renderers' fixtures)."""
    import json

    from reconcile.model.records import Finding, Report, Source, Topic

    data = json.loads((REPORTS / f"{name}.json").read_text(encoding="utf-8"))
    sources = {k: Source(**{**v, "aliases": tuple(v.get("aliases", ()))})
               for k, v in data["sources"].items()}
    topics = {k: Topic(**{**v, "bounds": tuple(v["bounds"]) if v.get("bounds") else None})
              for k, v in data["topics"].items()}
    findings = tuple(Finding(**{**f, "claims": tuple(f["claims"]),
                                "fields": tuple(f.get("fields", ()))})
                     for f in data["findings"])
    return Report(tuple(data["claims"]), findings, sources, topics)


@pytest.fixture
def make_project(tmp_path: Path):
    def factory(topic: dict[str, Any] | None = None) -> ProjectMaker:
        maker = ProjectMaker(tmp_path / "project")
        maker.topics(topic or {"id": TOPIC, "title": "Defections", "unit": "people"})
        return maker
    return factory

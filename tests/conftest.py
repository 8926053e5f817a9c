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

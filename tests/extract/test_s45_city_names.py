"""A city that extract declares under a name an ISO place also has ("México" from the dateline "México.-") is named
so that a project which copies the draft's _places.yaml in still reads its own "place: México" as Mexico (N5 D10,
session 45: the merged project stopped with "could mean MX-MEXICO-CITY or MX")."""
from __future__ import annotations

import shutil
from pathlib import Path

import yaml
from click.testing import CliRunner

from reconcile.cli.main import main

ARTICLE = ("url: https://example.org/mx\noutlet: Diario Ejemplo\ndate: 2024-02-18\n\n"
           "México.- Las autoridades de la Ciudad de México informaron que la asistencia fue de 90.000 personas.\n")


def test_a_declared_city_takes_no_iso_name(tmp_path: Path) -> None:
    (tmp_path / "mx.txt").write_text(ARTICLE)
    result = CliRunner().invoke(main, ["extract", str(tmp_path / "mx.txt"), "--output", str(tmp_path / "out")])
    assert result.exit_code == 0, result.output
    places = yaml.safe_load((tmp_path / "out" / "sources" / "_places.yaml").read_text())["places"]
    names = {p["name"] for p in places}
    assert "México" not in names and "Mexico" not in names
    # the user's project, with the draft's places copied in, reads "México" as the country
    project = tmp_path / "project"
    (project / "sources").mkdir(parents=True)
    shutil.copy(tmp_path / "out" / "sources" / "_places.yaml", project / "sources" / "_places.yaml")
    (project / "sources" / "_topics.yaml").write_text("topics:\n  - {id: t, unit: people}\n")
    claims = "claims:\n  - {topic: t, place: México, value: 5}\n"
    (project / "sources" / "a.yaml").write_text("source: {id: a, name: A}\n" + claims)
    report = CliRunner().invoke(main, ["report", str(project), "--format", "json"])
    assert report.exit_code == 0, report.stderr
    assert '"place": "MX"' in report.stdout

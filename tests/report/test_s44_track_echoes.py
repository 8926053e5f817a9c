"""The track record charges a figure to its origin: outlets that repeat X's figure (`cites: x`) are no
sources "with figures against the evidence" of their own; the estimate line sets them aside as echoes
(review of the session's diff: 2,000 echoing outlets filled the section)."""
from __future__ import annotations

from pathlib import Path

from click.testing import CliRunner

from reconcile.cli.main import main

TOPICS = "topics:\n  - id: t\n    title: Deaths\n    unit: people\n"


def _source(folder: Path, sid: str, name: str, claims: str) -> None:
    (folder / f"{sid}.yaml").write_text(f"source:\n  id: {sid}\n  name: {name}\nclaims:\n{claims}")


def _project(tmp_path: Path, with_origin: bool) -> Path:
    sources = tmp_path / "sources"
    sources.mkdir()
    (sources / "_topics.yaml").write_text(TOPICS)
    _source(sources, "a", "Agency A", "  - {id: a1, topic: t, place: CO, as_of: 2020-01-01, value: 100}\n")
    _source(sources, "b", "Agency B", "  - {id: b1, topic: t, place: CO, as_of: 2020-01-01, value: 100}\n")
    _source(sources, "x", "Agency X", "  - {id: x1, topic: t, place: CO, as_of: 2020-01-01, value: 500}\n"
            if with_origin else "  []\n")
    for n in range(3):
        _source(sources, f"paper-{n}", f"Paper {n}",
                f"  - {{id: p{n}, topic: t, place: CO, as_of: 2020-01-01, value: 500, cites: x}}\n")
    return tmp_path


def _track(tmp_path: Path, with_origin: bool) -> str:
    result = CliRunner().invoke(main, ["report", str(_project(tmp_path, with_origin)), "--fail-on", "never"])
    assert result.exit_code == 0, result.output
    return result.stdout.split("Track record:", 1)[1]


def test_outlets_that_echo_a_figure_are_not_charged_with_it(tmp_path):
    track = _track(tmp_path, True)
    assert "Agency X" in track and "x1" in track
    assert "Paper" not in track


def test_a_figure_read_only_through_outlets_is_charged_to_its_origin(tmp_path):
    track = _track(tmp_path, False)
    assert "Agency X" in track
    assert not any(line.startswith("Paper") for line in track.splitlines())

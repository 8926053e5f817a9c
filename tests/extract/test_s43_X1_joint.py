"""A figure two bodies give together ("said Médecins du Monde and Open Arms") is credited to one of them, the
first named or the one the current project declares, with a note naming the other: one joint statement is one
origin, and written to both it would read as two independent sources that agree (SPEC §5); a source named
"X and Y" matches neither X nor Y. One body's name that holds "and" stays whole. Invented articles."""
from __future__ import annotations

import pytest
import yaml

from reconcile.extract import extract_project
from reconcile.extract.attr_joint import joint_names

HEAD = "url: https://example.org/a\noutlet: Pacific Wire\ndate: 2023-06-16\n\n"


@pytest.mark.parametrize("who, bodies", [
    ("Médecins du Monde and Open Arms", ["Médecins du Monde", "Open Arms"]),
    ("UNICEF and the World Food Programme", ["UNICEF", "World Food Programme"]),
    ("Protección Civil y Cruz Roja", ["Protección Civil", "Cruz Roja"]),
    ("Guardia Civil y bomberos", ["Guardia Civil", "bomberos"]),
    # one body's name
    ("Ministry of Health and Population", ["Ministry of Health and Population"]),
    ("Disaster and Emergency Management Authority", ["Disaster and Emergency Management Authority"]),
    ("Fish and Wildlife Service", ["Fish and Wildlife Service"]),
    ("Sri Lanka Tea Growers and Exporters Association", ["Sri Lanka Tea Growers and Exporters Association"]),
    ("Trinidad and Tobago Red Cross", ["Trinidad and Tobago Red Cross"]),
    ("Ministerio de Salud y Protección Social", ["Ministerio de Salud y Protección Social"]),
    ("Fuentes sanitarias y militares", ["Fuentes sanitarias y militares"]),
])
def test_a_joint_claimant_is_split_into_its_bodies(who, bodies):
    assert joint_names(who) == bodies


def _sources(tmp_path, text, project=None):
    article = tmp_path / "article.txt"
    article.write_text(HEAD + text, encoding="utf-8")
    files, _ = extract_project([article], "en", project=project)
    return {path: yaml.safe_load(body) for path, body in files.items() if not path.startswith("sources/_")}


TEXT = ("On Thursday, 78 migrants were taken to Lampedusa, said Médecins du Monde and Open Arms, the groups that run "
        "the rescue ship.\n\nOpen Arms said that 40 of them were children.")


def test_a_joint_statement_is_credited_to_the_first_body_with_a_note(tmp_path):
    sources = _sources(tmp_path, TEXT)
    assert not [path for path in sources if "-and-" in path]
    first = sources["sources/medecins-du-monde.yaml"]
    [claim] = first["claims"]
    assert claim["value"] == "78"
    assert "joint statement" in claim["note"] and "'Open Arms'" in claim["note"]
    # the second body's own figure, later, is its own and not the joint source's
    assert [c["value"] for c in sources["sources/open-arms.yaml"]["claims"]] == ["40"]


def test_a_joint_statement_goes_to_the_body_the_project_declares(tmp_path):
    project = tmp_path / "project"
    (project / "sources").mkdir(parents=True)
    (project / "sources" / "open-arms.yaml").write_text(
        "source:\n  id: open-arms\n  name: Open Arms\n  kind: ngo\nclaims: []\n", encoding="utf-8")
    sources = _sources(tmp_path, TEXT, project=project)
    values = [c["value"] for c in sources["sources/open-arms.yaml"]["claims"]]
    assert values == ["78", "40"]
    assert "sources/medecins-du-monde.yaml" not in sources

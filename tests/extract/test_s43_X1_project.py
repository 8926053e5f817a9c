"""The draft project of Spanish news copy (invented articles): a march's "organización" and its "organizadores"
are one claimant, a body's kind is read from whole words (a "Defensoría" is no wire agency "EFE"), and a body's
short name goes to the project's source that declares its long name under another id."""
from __future__ import annotations

import pytest
import yaml

from reconcile.extract import extract_project
from reconcile.extract.project import _kind

HEAD = "url: https://example.org/a\noutlet: Diario Prueba\ndate: 2022-03-10\nlang: es\n\n"


def _sources(tmp_path, text, project=None):
    article = tmp_path / "article.txt"
    article.write_text(HEAD + text, encoding="utf-8")
    files, _ = extract_project([article], "es", project=project)
    return {path: yaml.safe_load(body) for path, body in files.items() if not path.startswith("sources/_")}


def test_a_march_s_organizacion_and_its_organizadores_are_one_claimant(tmp_path):
    text = ("Según la organización, unas 300.000 personas acudieron a la marcha en Valencia. "
            "Los organizadores dijeron que unas 300.000 personas marcharon.")
    sources = _sources(tmp_path, text)
    [organisers] = [body for path, body in sources.items() if "organiza" in path]
    assert len(organisers["claims"]) == 2


@pytest.mark.parametrize("name, kind", [
    ("Defensoría del Pueblo", "government-agency"),     # holds the letters "efe", no wire agency
    ("Agencia EFE", "media"),
    ("Policías", "government-agency"),
])
def test_a_body_s_kind_is_read_from_its_words(name, kind):
    assert _kind(name, False) == kind


def test_a_short_name_goes_to_the_project_s_source_of_the_long_one(tmp_path):
    project = tmp_path / "project"
    (project / "sources").mkdir(parents=True)
    (project / "sources" / "dgv.yaml").write_text(
        "source:\n  id: dgv\n  name: Delegación del Gobierno en Valencia\n  aliases: [Delegación del Gobierno]\n"
        "  kind: government\nclaims: []\n", encoding="utf-8")
    text = ("La Delegación del Gobierno estimó 60.000 asistentes en la plaza. En mayo, la Delegación estimó "
            "20.000 asistentes.")
    sources = _sources(tmp_path, text, project=project)
    assert "sources/delegacion.yaml" not in sources
    assert [c["value"] for c in sources["sources/dgv.yaml"]["claims"]] == ["60.000", "20.000"]

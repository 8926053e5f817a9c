"""Spanish news from Mexico (U7 D8): "la dependencia" (a government office) points back at the body named
before, as "la entidad" does, not a claimant of its own."""
import yaml
from click.testing import CliRunner

from reconcile.cli.main import main

TEXT = ("lang: es\ndate: 2025-10-14\n\n"
        "Las lluvias de la semana pasada dejaron 64 personas fallecidas en el país, informó el martes la "
        "coordinación nacional de Protección Civil.\n\n"
        "En Oaxaca hubo 29 personas fallecidas, detalló la dependencia.\n")


def test_the_office_is_the_one_named_before(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(TEXT, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "a.txt", "-o", "out"])
    assert result.exit_code == 0, result.output
    files = {p.stem: yaml.safe_load(p.read_text(encoding="utf-8"))
             for p in (tmp_path / "out" / "sources").glob("*.yaml") if not p.name.startswith("_")}
    assert "dependencia" not in files
    office = files["coordinacion-nacional-de-proteccion-civil"]["claims"]
    assert {str(c["value"]) for c in office} == {"64 personas", "29 personas"}
    assert "dependencia" in office[1]["note"]

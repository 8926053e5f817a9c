"""Spanish news from Mexico (U7 D3): "no localizadas" counts the missing, not the dead of the figure before
it; and a figure's predicate is read up to the next figure, not from that figure's words ("29 personas
fallecidas y 18 personas no localizadas": the 29 are dead)."""
import pytest
import yaml
from click.testing import CliRunner

from reconcile.cli.main import main


@pytest.mark.parametrize("clause, first, second", [
    ("dejaron 64 personas fallecidas y más de 65 no localizadas", "dead", "missing"),
    ("hubo 29 personas fallecidas y 18 personas aún no localizadas", "dead", "missing"),
    ("hubo 29 personas fallecidas y 18 personas sin localizar", "dead", "missing"),
    ("hubo 29 personas fallecidas y 18 personas desaparecidas", "dead", "missing"),
])
def test_not_located_is_missing(tmp_path, monkeypatch, clause, first, second):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text(f"lang: es\ndate: 2025-10-14\n\nEn Oaxaca las lluvias {clause}, informó "
                                    "Protección Civil.\n", encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", "a.txt", "-o", "out"])
    assert result.exit_code == 0, result.output
    claims = [c for p in sorted((tmp_path / "out" / "sources").glob("*.yaml")) if not p.name.startswith("_")
              for c in yaml.safe_load(p.read_text(encoding="utf-8")).get("claims") or []]
    assert [c["criterion"] for c in claims] == [first, second]


def test_not_yet_located_in_english_is_missing(tmp_path, monkeypatch):
    monkeypatch.chdir(tmp_path)
    (tmp_path / "a.txt").write_text("date: 2025-10-14\n\nRescuers said 12 people had not yet been located.\n",
                                    encoding="utf-8")
    assert CliRunner().invoke(main, ["extract", "a.txt", "-o", "out"]).exit_code == 0
    text = "".join(p.read_text(encoding="utf-8") for p in (tmp_path / "out" / "sources").glob("*.yaml"))
    assert 'criterion: "missing"' in text

"""A claim's `lang` takes a regional tag, as `reconcile parse --lang` does (N7 D2, session 45): "1,200" with
`lang: es-MX` is 1,200, as Mexico writes it (refused, the advice "use es" read it as 1.2 people), and its
Spanish quote "1,200 personas" holds it; Colombia's es-CO writes the decimal comma; a language the parser does
not read is still refused, naming the tags it takes."""
from __future__ import annotations

import json
from pathlib import Path

import pytest
from click.testing import CliRunner

from reconcile.cli.main import main


def _project(tmp_path: Path, claims: str, table: str | None = None) -> Path:
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "_topics.yaml").write_text("topics:\n  - {id: marcha, unit: people}\n")
    (tmp_path / "sources" / "acnur.yaml").write_text(f"source: {{id: acnur, name: ACNUR}}\nclaims: {claims}\n")
    if table is not None:
        (tmp_path / "sources" / "t.csv").write_text(table)
    return tmp_path


def _report(project: Path):
    return CliRunner().invoke(main, ["report", str(project), "--format", "json", "--fail-on", "never"])


@pytest.mark.parametrize("lang, value, read", [
    ("es-MX", "1,200", 1200), ("es_mx", "1,200", 1200), ("es-CO", "2,5", 2.5), ("es-ES", "1.200", 1200),
    ("en-GB", "1,200", 1200)])
def test_a_regional_tag_reads_figures_as_the_region_writes_them(tmp_path, lang, value, read) -> None:
    claim = json.dumps({"id": "z", "topic": "marcha", "value": value, "lang": lang})
    result = _report(_project(tmp_path, f"[{claim}]"))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["claims"][0]["lower"] == read


def test_a_mexican_quote_holds_its_figure(tmp_path) -> None:
    claim = json.dumps({"id": "z", "topic": "marcha", "value": "1,200", "lang": "es-MX",
                        "quote": "1,200 personas fueron desplazadas en Zulia, según la agencia."}, ensure_ascii=False)
    result = _report(_project(tmp_path, f"[{claim}]"))
    kinds = [f["kind"] for f in json.loads(result.stdout)["findings"]]
    assert "unquoted-value" not in kinds


def test_a_table_lang_column_takes_a_tag(tmp_path) -> None:
    result = _report(_project(tmp_path, "t.csv", "topic,value,lang\nmarcha,\"1,200\",es-MX\n"))
    assert result.exit_code == 0, result.stderr
    assert json.loads(result.stdout)["claims"][0]["lower"] == 1200


@pytest.mark.parametrize("lang", ["fr", "spanish", "es-", "es-MEX"])
def test_a_language_the_parser_does_not_read_is_refused(tmp_path, lang) -> None:
    claim = json.dumps({"id": "z", "topic": "marcha", "value": "5", "lang": lang})
    result = _report(_project(tmp_path, f"[{claim}]"))
    assert result.exit_code == 2
    assert f'unknown language "{lang}"; use en or es, or a regional tag of one of them (es-MX' in result.stderr

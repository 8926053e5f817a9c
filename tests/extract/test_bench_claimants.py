"""How bench/bench_extract.py scores a claimant: by the source file's id, name and aliases."""
from __future__ import annotations

import importlib.util
import sys
from pathlib import Path

import pytest

REPO = Path(__file__).resolve().parents[2]


@pytest.fixture(scope="module")
def bench():
    spec = importlib.util.spec_from_file_location("bench_extract", REPO / "bench" / "bench_extract.py")
    module = importlib.util.module_from_spec(spec)
    sys.modules.setdefault(spec.name, module)
    spec.loader.exec_module(module)
    return module


def _folder(tmp_path: Path, head: str) -> Path:
    sources = tmp_path / "out" / "sources"
    sources.mkdir(parents=True)
    (sources / "body.yaml").write_text(
        head + 'claims:\n  - value: "6.1"\n    quote: "A 6.1 quake, the agency said."\n    criterion: magnitude\n',
        encoding="utf-8")
    (sources / "_topics.yaml").write_text("topics: []\n", encoding="utf-8")
    return tmp_path / "out"


def test_an_alias_of_the_file_names_the_claimant(bench, tmp_path, monkeypatch):
    out = _folder(tmp_path, 'source:\n  id: servicio-geologico-nacional\n  name: "Servicio Geológico Nacional"\n'
                            '  aliases: ["SGN"]\n  kind: other\n')
    [proposal] = bench.read_proposals(out)
    assert proposal["source"] == "servicio-geologico-nacional"
    assert bench.is_right(proposal, {"source": "sgn"}, "source")
    assert bench.is_right(proposal, {"source": "servicio-geologico-nacional"}, "source")
    assert not bench.is_right(proposal, {"source": "sgc"}, "source")
    monkeypatch.setattr(bench, "CLAIMANT_ALIASES", False)      # --strict-claimant: the id alone
    assert not bench.is_right(proposal, {"source": "sgn"}, "source")


def test_aliases_only_count_for_the_claimant(bench, tmp_path):
    out = _folder(tmp_path, 'source:\n  id: harbour-office\n  name: "Harbour Office"\n  aliases: ["Lima"]\n')
    [proposal] = bench.read_proposals(out)
    proposal["place"] = "Callao"
    assert not bench.is_right(proposal, {"place": "Lima"}, "place")
    assert not bench.is_right({"source": "x"}, {"source": "y"}, "source")   # a file with no aliases read


def test_a_place_name_several_subdivisions_share_is_not_any_of_their_codes(bench):
    # "Florida" is a state of the United States and a department of Uruguay: ISO 3166 alone
    # cannot resolve it, so the bench cannot tell which one an annotation meant (GUIDE.md: write
    # the code) and a proposal of either code is not counted right
    assert not bench.is_right({"place": "US-FL"}, {"place": "Florida"}, "place")
    assert not bench.is_right({"place": "UY-FD"}, {"place": "Florida"}, "place")
    assert bench.is_right({"place": "US-FL"}, {"place": "US-FL"}, "place")
    # a name ISO 3166 resolves alone is compared by its code
    assert bench.is_right({"place": "ES-CT"}, {"place": "Cataluña"}, "place")
    assert not bench.is_right({"place": "ES-MD"}, {"place": "Cataluña"}, "place")

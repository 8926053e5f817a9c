"""bench/bench_extract.py --agreement: a second hand annotation scored against the set's, as if
it were extract's proposals (inter-annotator agreement), and the pooled rows of several splits."""
from __future__ import annotations

from pathlib import Path

import yaml

from tests.extract.test_bench_claimants import bench  # noqa: F401  (the module fixture)


def _set(root: Path, split: str, slug: str, expected: list[dict]) -> None:
    folder = root / split / "en"
    folder.mkdir(parents=True)
    (folder / f"{slug}.txt").write_text("url: https://example.org\ntitle: t\ndate: 2020-01-01\nlicence: MIT\n\n"
                                        "Officials said 40 people died and 12 were injured.\n", encoding="utf-8")
    (folder / f"{slug}.expected.yaml").write_text(yaml.safe_dump(expected), encoding="utf-8")


FIRST = [{"value": "40", "quote": "Officials said 40 people died", "source": "officials",
          "population": ["people"], "criterion": "dead", "as_of": "2020-01-01"},
         {"value": "12", "quote": "12 were injured", "source": "officials", "population": ["people"],
          "criterion": "injured", "as_of": "2020-01-01"}]


def test_second_annotation_scores_agreement_by_field(bench, tmp_path, capsys):  # noqa: F811
    data, second = tmp_path / "data", tmp_path / "second"
    _set(data, "dev", "a", FIRST)
    other = [dict(FIRST[0], criterion="killed"), dict(FIRST[1], source="wikipedia")]
    (second / "en").mkdir(parents=True)
    (second / "en" / "a.expected.yaml").write_text(yaml.safe_dump(other), encoding="utf-8")
    assert bench.main(["--data", str(data), "--split", "dev", "--agreement", str(second), "--json"]) == 0
    figures = __import__("json").loads(capsys.readouterr().out)["dev/en"]
    assert figures["matched"] == 2 and figures["junk"] == 0
    assert figures["fields"]["criterion"] == {"right": 1, "filled": 2, "present": 2}
    assert figures["fields"]["source"] == {"right": 1, "filled": 2, "present": 2}
    assert figures["fields"]["population"] == {"right": 2, "filled": 2, "present": 2}


def test_no_second_annotation_of_the_split_is_an_error(bench, tmp_path, capsys):  # noqa: F811
    data = tmp_path / "data"
    _set(data, "dev", "a", FIRST)
    (tmp_path / "second" / "en").mkdir(parents=True)
    assert bench.main(["--data", str(data), "--split", "dev", "--agreement", str(tmp_path / "second")]) == 2


def test_pooled_rows_sum_the_splits_of_a_kind(bench, tmp_path, capsys):  # noqa: F811
    data = tmp_path / "data"
    _set(data, "dev", "a", FIRST)
    _set(data, "dev2", "b", FIRST[:1])
    second = tmp_path / "second"
    (second / "en").mkdir(parents=True)
    for slug in ("a", "b"):
        (second / "en" / f"{slug}.expected.yaml").write_text(yaml.safe_dump(FIRST), encoding="utf-8")
    assert bench.main(["--data", str(data), "--split", "tuned", "--agreement", str(second), "--json"]) == 0
    figures = __import__("json").loads(capsys.readouterr().out)
    assert figures["tuned*/en"]["expected"] == 3 and figures["tuned*/en"]["texts"] == 2
    assert figures["tuned*/en"]["junk"] == 1     # b's second annotation has a claim its first has not
    assert "heldout*/en" not in figures


def test_every_kept_second_annotation_is_of_a_text_of_the_set():
    # a second annotation whose text is gone, or with a key GUIDE does not use, would be skipped or misread
    data = Path(__file__).parents[1] / "data" / "extract"
    keys = {"value", "quote", "source", "population", "criterion", "place", "as_of", "part_of"}
    files = sorted((data / "agreement").glob("*/*/*.expected.yaml"))
    assert len(files) >= 20
    for path in files:
        lang, slug = path.parent.name, path.name.removesuffix(".expected.yaml")
        texts = list(data.glob(f"*/{lang}/{slug}.txt"))
        assert len(texts) == 1, path
        body = texts[0].read_text(encoding="utf-8")
        for claim in yaml.safe_load(path.read_text(encoding="utf-8")):
            assert set(claim) <= keys, (path, claim)
            assert claim["quote"] in body, (path, claim["quote"])

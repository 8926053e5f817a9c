"""Session 39: the project `reconcile extract` writes, as a new user broke it. SPEC §6: `reconcile report DIR`
runs on it as it is; README: it never leaves a half-written file.

- A file name with a newline went unescaped into each draft's first comment: the next line was YAML
  ("claims: x"), and report stopped at a duplicate field.
- A long outlet name gave an id longer than a file name may be: the claimant's file had been written, the
  outlet's not; report then failed and a second run was refused.
- A text with no header had every claim carry `via: "article"`, a media source named after the file.
"""
from __future__ import annotations

import os
from pathlib import Path

import pytest
import yaml
from click.testing import CliRunner

from reconcile.cli.main import main
from reconcile.cli.output import write_project
from reconcile.errors import OutputError
from reconcile.extract.project import KnownSources, claimant_slug, render_source

HEADER = "title: Floods\ndate: 2020-05-01\noutlet: Example News\n\n"
TEXT = "More than 500 people were killed by floods in the region, the ministry said on Friday.\n"
DRAFT = "# Proposed by `reconcile extract` from a.txt: review every claim\nsource: {}\n"


def _extract(tmp_path: Path, monkeypatch, name: str, raw: str, *options: str):
    monkeypatch.chdir(tmp_path)              # no project above: the repository's seed would be read
    (tmp_path / name).write_text(raw, encoding="utf-8")
    return CliRunner().invoke(main, ["extract", name, "--output", "ex", *options])


def _loaded(folder: Path) -> dict[str, object]:
    """Each written file, loaded as YAML (a file that does not load fails the test)."""
    return {path.name: yaml.safe_load(path.read_text("utf-8")) for path in sorted((folder / "sources").iterdir())}


def _report_runs(folder: Path) -> None:
    result = CliRunner().invoke(main, ["report", str(folder), "--no-validate", "--fail-on", "never"])
    assert result.exit_code == 0, result.output


# ------------------------------------------------------------------ 1. untrusted text is safe YAML

def test_a_file_name_with_a_newline_stays_in_the_comment_and_the_project_runs(tmp_path, monkeypatch):
    name = "note\nclaims: x\n.txt"
    result = _extract(tmp_path, monkeypatch, name, HEADER + TEXT)
    assert result.exit_code == 0, result.output
    loaded = _loaded(tmp_path / "ex")
    assert set(loaded["ministry.yaml"]) == {"source", "claims"}        # no "claims: x" out of the comment
    first = (tmp_path / "ex" / "sources" / "ministry.yaml").read_text("utf-8").splitlines()[0]
    assert first == "# Proposed by `reconcile extract` from note\\x0aclaims: x\\x0a.txt: review every claim"
    _report_runs(tmp_path / "ex")


NASTY = "a\x85b\u2028c\u2029d\x7fe\x9bf\u202eg\"h\\i'j: #k\x1bl"
INLINE = "d\x7fe\x9bf\u202eg\"h\\i'j: #k\x1bl"       # (NEL and U+2028 would end the quote's sentence)
# what extract reads of it: the terminal escape sequences in an article's text (the CSI "\x9bf", the ESC
# "\x1bl") are dropped before figures are read (session 42), the other characters kept as written
INLINE_READ = "d\x7fe\u202eg\"h\\i'j: #k"
NASTY_READ = NASTY.replace("\x9bf", "").replace("\x1bl", "")


def test_every_text_the_writer_quotes_loads_as_written(tmp_path, monkeypatch):
    """Title, outlet, url and quote with what YAML reads as line breaks (NEL, U+2028), refuses (DEL, C1
    controls) or a reviewer would misread (a bidi override): each value loads as the article wrote it."""
    raw = (f"url: https://news.example.org/a?q={NASTY}\ntitle: Floods {NASTY}\ndate: 2020-05-01\n"
           f"outlet: Example {NASTY}\n\nMore than 500 people were killed by floods {INLINE}, the ministry said.\n")
    result = _extract(tmp_path, monkeypatch, f"a{NASTY}.txt", raw)
    assert result.exit_code == 0, result.output
    for path in (tmp_path / "ex" / "sources").iterdir():
        written = path.read_text("utf-8")
        assert not any(ch in written for ch in "\x85\u2028\u2029\x7f\x9b\u202e\x1b")   # escaped, every one
    loaded = _loaded(tmp_path / "ex")
    claim = loaded["ministry.yaml"]["claims"][0]
    assert INLINE_READ in claim["quote"] and claim["url"].endswith(NASTY_READ)
    outlet = next(doc for doc in loaded.values() if isinstance(doc, dict) and (doc.get("source") or {}).get(
        "kind") == "media")
    # (a name: no format character, a space for a control one, which report refuses in a name)
    assert outlet["source"]["name"] == f"Example {NASTY_READ}".replace("\u202e", "").replace("\x85", " ").replace(
        "\x7f", " ")
    assert any(NASTY_READ in topic["title"] for topic in loaded["_topics.yaml"]["topics"])
    _report_runs(tmp_path / "ex")


def test_names_and_aliases_lose_the_invisible_characters_report_refuses(tmp_path, monkeypatch):
    """A source's name with a format character (a zero-width space, a bidi mark) is refused by report as a
    look-alike; the draft writes the name as it prints."""
    result = _extract(tmp_path, monkeypatch, "a.txt", HEADER.replace("Example News", "Example\u200b News\u200f")
                      + TEXT)
    assert result.exit_code == 0, result.output
    names = [doc["source"]["name"] for doc in _loaded(tmp_path / "ex").values()
             if isinstance(doc, dict) and "source" in doc]
    assert "Example News" in names
    _report_runs(tmp_path / "ex")


def test_a_source_id_that_yaml_reads_as_another_type_is_quoted(tmp_path, monkeypatch):
    """An outlet named "Null" had `id: null`: no id, and report stopped ("missing required field id")."""
    for outlet in ("Null", "2020", "Yes"):
        result = _extract(tmp_path, monkeypatch, "a.txt", HEADER.replace("Example News", outlet) + TEXT, "--force")
        assert result.exit_code == 0, result.output
        ids = [doc["source"]["id"] for doc in _loaded(tmp_path / "ex").values()
               if isinstance(doc, dict) and "source" in doc]
        assert outlet.lower() in ids
        _report_runs(tmp_path / "ex")


def test_a_project_source_whose_id_is_no_slug_is_not_taken_as_a_file_name(tmp_path, monkeypatch):
    """The current project's source with `id: "../../pwn"` (report refuses it) named the draft
    `sources/../../pwn.yaml`: extract wrote outside its folder."""
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "m.yaml").write_text('source:\n  id: "../../pwn"\n  name: ministry\nclaims: []\n')
    result = _extract(tmp_path, monkeypatch, "a.txt", HEADER + TEXT)
    assert result.exit_code == 0, result.output
    assert not (tmp_path / "pwn.yaml").exists() and (tmp_path / "ex" / "sources" / "ministry.yaml").exists()
    assert "../../pwn" not in KnownSources(tmp_path).by_name.values()


def test_write_project_refuses_a_name_out_of_its_folder(tmp_path):
    with pytest.raises(OutputError, match="not a file of the project"):
        write_project(str(tmp_path / "out"), {"sources/../../x.yaml": DRAFT}, force=False, inputs=set())
    assert not (tmp_path / "x.yaml").exists() and not (tmp_path / "out").exists()


# ------------------------------------------------------------------ 2. bounded ids, all or nothing

LONG = " ".join(f"Extraordinarilylongword{i}" for i in range(30))


def test_a_long_name_gives_a_short_id_unique_and_stable():
    slug = claimant_slug(LONG)
    assert len(slug) <= 80 and slug.startswith("extraordinarilylongword0-")
    assert claimant_slug(LONG) == slug                                  # the same name, the same id
    assert claimant_slug(LONG + " more") != slug                        # another name, another id
    assert claimant_slug("Ministry of Health") == "ministry-of-health"  # short names as they were


def test_a_long_outlet_name_writes_a_project_that_runs(tmp_path, monkeypatch):
    result = _extract(tmp_path, monkeypatch, "a.txt", HEADER.replace("Example News", LONG) + TEXT
                      + "At least 40 people died in the floods on Friday.\n")
    assert result.exit_code == 0, result.output
    loaded = _loaded(tmp_path / "ex")
    outlet = next(doc for doc in loaded.values() if isinstance(doc, dict) and (doc.get("source") or {}).get(
        "kind") == "media")
    assert outlet["source"]["name"] == LONG and len(outlet["source"]["id"]) <= 80
    assert all(claim["via"] == outlet["source"]["id"] for doc in loaded.values()
               if isinstance(doc, dict) and "source" in doc for claim in doc["claims"])
    _report_runs(tmp_path / "ex")


def test_a_project_source_with_a_long_name_keeps_its_id(tmp_path):
    (tmp_path / "sources").mkdir()
    (tmp_path / "sources" / "w.yaml").write_text(f'source:\n  id: wire\n  name: "{LONG}"\nclaims: []\n')
    assert KnownSources(tmp_path).id_for(LONG) == "wire"


def _leftovers(folder: Path) -> list[str]:
    return sorted(str(p.relative_to(folder)) for p in folder.rglob("*")) if folder.exists() else []


def test_a_file_that_cannot_be_written_leaves_no_file_and_no_folder(tmp_path):
    files = {"sources/_topics.yaml": "# Draft topics proposed by `reconcile extract`: merge\ntopics: []\n",
             "sources/ministry.yaml": DRAFT, f"sources/{'x' * 300}.yaml": DRAFT}
    with pytest.raises(OutputError, match="nothing was written"):
        write_project(str(tmp_path / "ex2" / "deeper"), files, force=False, inputs=set())
    assert _leftovers(tmp_path) == []                  # not ministry.yaml, not the folders it made, no temporary


def test_a_failed_write_with_force_leaves_the_earlier_extract_as_it_was(tmp_path, monkeypatch):
    out = tmp_path / "out"
    first = {"sources/_topics.yaml": "# Draft topics proposed by `reconcile extract`: first\ntopics: []\n",
             "sources/a.yaml": DRAFT + "# first\n", "sources/b.yaml": DRAFT + "# first\n"}
    write_project(str(out), first, force=False, inputs=set())
    before = {p.name: p.read_text() for p in (out / "sources").iterdir()}
    second = {"sources/_topics.yaml": "# Draft topics proposed by `reconcile extract`: second\ntopics: []\n",
              "sources/a.yaml": DRAFT + "# second\n", "sources/c.yaml": DRAFT + "# second\n"}
    real_replace, calls = os.replace, []

    def failing_replace(src, dst):
        calls.append(dst)
        if len(calls) == 5:                             # after some of the new files are in place
            raise OSError(28, "No space left on device")
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", failing_replace)
    with pytest.raises(OutputError, match="nothing was written"):
        write_project(str(out), second, force=True, inputs=set())
    monkeypatch.setattr(os, "replace", real_replace)
    assert {p.name: p.read_text() for p in (out / "sources").iterdir()} == before
    write_project(str(out), second, force=True, inputs=set())   # and it runs again, replacing b.yaml
    assert sorted(p.name for p in (out / "sources").iterdir()) == ["_topics.yaml", "a.yaml", "c.yaml"]


def test_ctrl_c_while_writing_leaves_no_file(tmp_path, monkeypatch):
    real_replace = os.replace

    def interrupted(src, dst):
        if str(dst).endswith("b.yaml"):
            raise KeyboardInterrupt
        real_replace(src, dst)

    monkeypatch.setattr(os, "replace", interrupted)
    with pytest.raises(KeyboardInterrupt):
        write_project(str(tmp_path / "out"), {"sources/a.yaml": DRAFT, "sources/b.yaml": DRAFT}, force=False,
                      inputs=set())
    assert _leftovers(tmp_path) == []


# ------------------------------------------------------------------ 3. a text with no header has no outlet

def test_a_text_with_no_header_carries_no_via_and_names_no_outlet(tmp_path, monkeypatch):
    """README: without `url:` and an outlet its claims have no `url` or `via` to carry. The file's name is
    no outlet: the numbers the text credits to no one are the file's, a source of kind other."""
    raw = TEXT + "At least 40 people died in the floods on Friday.\n"
    result = _extract(tmp_path, monkeypatch, "article.txt", raw)
    assert result.exit_code == 0, result.output
    loaded = _loaded(tmp_path / "ex")
    claims = [claim for doc in loaded.values() if isinstance(doc, dict) and "source" in doc for claim in doc["claims"]]
    assert claims and not any("via" in claim or "url" in claim for claim in claims)
    kinds = {doc["source"]["id"]: doc["source"]["kind"] for doc in loaded.values()
             if isinstance(doc, dict) and "source" in doc}
    assert "media" not in kinds.values()
    assert kinds.get("article") == "other"                  # "At least 40": attributed to no one
    _report_runs(tmp_path / "ex")


def test_a_text_with_no_header_whose_numbers_all_have_a_claimant_has_no_file_of_its_own(tmp_path, monkeypatch):
    result = _extract(tmp_path, monkeypatch, "article.txt", TEXT)
    assert result.exit_code == 0, result.output
    assert sorted(p.name for p in (tmp_path / "ex" / "sources").iterdir()) == ["_topics.yaml", "ministry.yaml"]
    _report_runs(tmp_path / "ex")


def test_a_text_with_no_header_gives_its_unattributed_numbers_to_the_source_option(tmp_path, monkeypatch):
    result = _extract(tmp_path, monkeypatch, "article.txt", "At least 40 people died in the floods on Friday.\n",
                      "--source", "desk")
    assert result.exit_code == 0, result.output
    loaded = _loaded(tmp_path / "ex")
    assert sorted(loaded) == ["_topics.yaml", "desk.yaml"]
    assert "via" not in loaded["desk.yaml"]["claims"][0]


def test_a_header_with_an_outlet_still_carries_it_as_via(tmp_path, monkeypatch):
    result = _extract(tmp_path, monkeypatch, "a.txt", HEADER + TEXT)
    assert result.exit_code == 0, result.output
    loaded = _loaded(tmp_path / "ex")
    assert loaded["ministry.yaml"]["claims"][0]["via"] == "example-news"
    assert loaded["example-news.yaml"]["source"]["kind"] == "media"


def test_a_draft_of_a_declared_source_names_the_projects_file_in_one_comment_line():
    """The project's own file name, in the draft's comment ("copy its claims into sources/NAME"), is escaped
    as the articles' names are."""
    entry = {"id": "ministry", "name": "Ministry", "kind": "government", "aliases": ["Min\u2028istry"],
             "claims": []}
    text = render_source(entry, ["a.txt"], declared_in="m\nsource: x.yaml")
    assert yaml.safe_load(text) == {"source": {"id": "ministry", "name": "Ministry", "kind": "government",
                                               "aliases": ["Min\u2028istry"]}, "claims": []}
    assert "# sources/m\\x0asource: x.yaml, which declares" in text


def test_an_outlet_whose_name_has_no_letter_still_names_a_file_report_reads(tmp_path, monkeypatch):
    """"outlet: ???" had the id "": its file, sources/.yaml, was hidden, and report never read its claims."""
    result = _extract(tmp_path, monkeypatch, "a.txt", HEADER.replace("Example News", "???")
                      + "At least 40 people died in the floods on Friday.\n")
    assert result.exit_code == 0, result.output
    loaded = _loaded(tmp_path / "ex")
    assert ".yaml" not in loaded and loaded["a.yaml"]["source"] == {"id": "a", "name": "???", "kind": "media"}
    assert loaded["a.yaml"]["claims"][0]["via"] == "a"

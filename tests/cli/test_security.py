"""Hostile and clumsy use of the command line (issue 11): outputs that would land outside the
checkout or in the inputs, signals during a write, option injection into git, terminal escapes
in error messages, Data Docs, bad settings, and the start-up imports."""
from __future__ import annotations

import json
import os
import re
import signal
import subprocess
import sys
import textwrap
import time
from pathlib import Path

import pytest
from click.testing import CliRunner

from conftest import REPO, claim
from reconcile.cli.main import main
from reconcile.errors import OutputError

SCOPE = dict(population=["soldiers"], criterion="crossed-into-colombia", place="CO", as_of="2019-03-07")
ENV = {**os.environ, "PYTHONPATH": str(REPO)}


@pytest.fixture
def runner():
    return CliRunner()


def _python(script: str, *args: str, **kw) -> subprocess.CompletedProcess:
    return subprocess.run([sys.executable, "-c", textwrap.dedent(script), *args], capture_output=True,
                          text=True, env=ENV, timeout=120, **kw)


# --- one output-path rule -----------------------------------------------------------------

def test_output_through_a_symlink_is_refused_and_its_target_kept(runner, tmp_path):
    article = tmp_path / "a.txt"
    article.write_text("The ministry said 109 soldiers have defected.\n")
    outside = tmp_path / "outside.txt"
    outside.write_text("precious")
    link = tmp_path / "reports-link.yaml"
    link.symlink_to(outside)
    result = runner.invoke(main, ["extract", str(article), "--force", "--output", str(link)])
    assert result.exit_code == 2 and "symbolic link" in result.stderr, result.output
    assert outside.read_text() == "precious" and link.is_symlink()


def test_a_dangling_symlink_is_refused_and_nothing_is_created(tmp_path):
    from reconcile.runtime.writing import write_atomically

    link = tmp_path / "dangling.md"
    link.symlink_to(tmp_path / "created.md")
    with pytest.raises(OutputError, match="symbolic link"):
        write_atomically(str(link), "report", set())
    assert sorted(p.name for p in tmp_path.iterdir()) == ["dangling.md"]


def test_output_deep_inside_the_inputs_is_refused(make_project):
    from reconcile.cli.output import input_files
    from reconcile.runtime.writing import write_atomically

    maker = make_project()
    maker.source("a", claim(id="a1", value="more than 500", **SCOPE))
    inner = maker.root / "sources" / "sub"
    inner.mkdir()
    with pytest.raises(OutputError, match="inputs"):
        write_atomically(str(inner / "r.md"), "report", input_files((str(maker.root),)))
    assert list(inner.iterdir()) == []


def test_a_pipe_through_a_link_is_still_written_into(tmp_path):
    from reconcile.runtime.writing import write_atomically

    fifo = tmp_path / "fifo"
    os.mkfifo(fifo)
    link = tmp_path / "out"
    link.symlink_to(fifo)
    reader = subprocess.Popen(["cat", str(fifo)], stdout=subprocess.PIPE, text=True)
    write_atomically(str(link), "through the pipe\n", set())
    assert reader.communicate(timeout=30)[0] == "through the pipe\n"


def test_ctrl_c_during_a_write_exits_130_and_leaves_nothing(runner, tmp_path, monkeypatch):
    import click

    from reconcile.cli.main import Main
    from reconcile.runtime import writing

    @click.group(cls=Main)
    def cli():
        pass

    @cli.command()
    @click.argument("target")
    def write(target):
        writing.write_atomically(target, "a report\n", set())

    def interrupted(src, dst):
        raise KeyboardInterrupt

    monkeypatch.setattr(writing.os, "replace", interrupted)
    result = runner.invoke(cli, ["write", str(tmp_path / "r.md")])
    assert result.exit_code == 130, result.output
    assert list(tmp_path.iterdir()) == []


@pytest.mark.parametrize("signame", ["SIGTERM", "SIGHUP"])
def test_a_signal_during_a_write_removes_the_temporary_file(tmp_path, signame):
    script = """
        import os, signal, sys
        from reconcile.cli.main import exit_on_signals
        from reconcile.runtime.writing import write_atomically
        # at its default, as in a terminal: under nohup SIGHUP is ignored, and stays so (exit_on_signals)
        signal.signal(getattr(signal, sys.argv[2]), signal.SIG_DFL)
        exit_on_signals()
        def chunks():
            yield "first part\\n" * 1000
            os.kill(os.getpid(), getattr(signal, sys.argv[2]))
            yield "never written"
        write_atomically(sys.argv[1], chunks(), set())
    """
    done = _python(script, str(tmp_path / "r.md"), signame)
    assert done.returncode == 128 + getattr(signal, signame), done.stderr
    assert list(tmp_path.iterdir()) == []


def test_a_signal_ignored_before_the_run_stays_ignored():
    # nohup ignores SIGHUP: a run started under it must go on when its terminal closes
    script = """
        import signal
        from reconcile.cli.main import exit_on_signals
        signal.signal(signal.SIGHUP, signal.SIG_IGN)
        exit_on_signals()
        print(signal.getsignal(signal.SIGHUP) == signal.SIG_IGN, signal.getsignal(signal.SIGTERM) != signal.SIG_DFL)
    """
    done = _python(script)
    assert done.stdout.split() == ["True", "True"], done.stderr


def test_a_temporary_file_left_by_a_killed_run_is_removed_by_the_next(tmp_path):
    from reconcile.runtime.writing import write_atomically

    dead = tmp_path / ".r.md.99999999.abc123"  # above any pid_max: that process is gone
    dead.write_text("x" * 1000)
    alive = tmp_path / f".r.md.{os.getppid()}.def456"  # a run still going on: left alone
    alive.write_text("partial")
    write_atomically(str(tmp_path / "r.md"), "report\n", set())
    assert sorted(p.name for p in tmp_path.iterdir()) == sorted([alive.name, "r.md"])


def _gone(pid: int) -> bool:
    try:
        status = Path(f"/proc/{pid}/status").read_text()
    except OSError:
        return True
    return "\nState:\tZ" in status  # a zombie has exited; its new parent reaps it


@pytest.mark.skipif(not Path("/proc/self/status").exists() or sys.platform != "linux",
                    reason="needs Linux /proc and fork")
def test_forked_workers_exit_when_the_main_process_is_killed(tmp_path):
    script = """
        import os, signal, sys
        from reconcile.runtime.parallel import worker_pool
        pool = worker_pool(2)
        list(pool.map(abs, range(4)))
        print(*pool._processes, flush=True)
        os.kill(os.getpid(), signal.SIGKILL)
    """
    done = _python(script)
    assert done.returncode == -signal.SIGKILL, done.stderr
    workers = [int(pid) for pid in done.stdout.split()]
    assert len(workers) == 2
    for _ in range(100):  # they notice within a poll (half a second); wait up to 20 s
        if all(_gone(pid) for pid in workers):
            break
        time.sleep(0.2)
    alive = [pid for pid in workers if not _gone(pid)]
    for pid in alive:
        os.kill(pid, signal.SIGKILL)
    assert alive == []


@pytest.mark.skipif(not Path("/proc/self/status").exists() or sys.platform != "linux",
                    reason="reads /proc to see whether the worker is gone")
def test_a_worker_that_begins_after_its_parent_was_killed_exits_too():
    # a spawned worker imports for a second or more on a loaded machine: its parent may be
    # gone before the initializer runs, and the worker must not take its new parent for its own
    script = """
        import os, sys, time
        from reconcile.runtime.parallel import exit_with_parent
        parent = os.getpid()
        worker = os.fork()
        if worker == 0:
            devnull = os.open(os.devnull, os.O_WRONLY)
            os.dup2(devnull, 1)
            os.dup2(devnull, 2)
            while os.getppid() == parent:   # the worker begins once its parent is gone
                time.sleep(0.01)
            exit_with_parent(parent)
            time.sleep(60)   # an idle worker, waiting for work that will never come
            os._exit(0)
        print(worker, flush=True)
        os._exit(0)
    """
    done = _python(script)
    worker = int(done.stdout.split()[0])
    for _ in range(50):   # it exits at once; wait up to 10 s
        if _gone(worker):
            break
        time.sleep(0.2)
    alive = not _gone(worker)
    if alive:
        os.kill(worker, signal.SIGKILL)
    assert not alive


# --- git option injection -----------------------------------------------------------------

def _git(root: Path, *args: str) -> None:
    subprocess.run(["git", "-c", "user.name=t", "-c", "user.email=t@example.org", *args], cwd=root,
                   check=True, capture_output=True)


@pytest.mark.parametrize("since", ["--output=sources/x.yaml", "-p", "--", "HEAD\n--output=x"])
def test_a_revision_that_looks_like_an_option_is_refused_before_git_sees_it(make_project, since):
    from reconcile.errors import InputError
    from reconcile.runtime.gitdiff import changed_files

    maker = make_project()
    maker.source("a", claim(id="a1", value=5))
    _git(maker.root, "init", "-q")
    _git(maker.root, "add", ".")
    _git(maker.root, "commit", "-q", "-m", "x")
    with pytest.raises(InputError, match="not a git revision"):
        changed_files(maker.root, since)
    assert not (maker.root / "sources" / "x.yaml").exists() and not (maker.root / "x").exists()


def test_a_revision_is_read_as_a_revision_whatever_it_names(make_project):
    from reconcile.errors import InputError
    from reconcile.runtime.gitdiff import changed_files

    maker = make_project()
    maker.source("a", claim(id="a1", value=5))
    _git(maker.root, "init", "-q")
    _git(maker.root, "add", ".")
    _git(maker.root, "commit", "-q", "-m", "x")
    maker.source("b", claim(id="b1", value=6))
    assert changed_files(maker.root, "HEAD") == {"sources/b.yaml"}
    with pytest.raises(InputError, match="git cannot compare"):
        changed_files(maker.root, "sources/a.yaml")  # a path, not a revision


# --- terminal escapes in error messages -----------------------------------------------------

OSC52 = "\x1b]52;c;cm0gLXJmIH4=\x07"
OSC8 = "\x1b]8;;https://evil.example\x1b\\"
BIDI = "\u202e"


def _read_error(root: Path) -> str:
    import reconcile
    from reconcile.errors import ReconcileError

    with pytest.raises(ReconcileError) as info:
        reconcile.normalize(reconcile.read(str(root)))
    return str(info.value)


def _assert_neutral(message: str) -> None:
    assert not any(ord(c) < 32 or 0x7f <= ord(c) <= 0x9f or c in "\u202e\u2066" for c in message), message
    assert "\\x1b]52;c;" in message or "\\x1b]8;;" in message or "\\u202e" in message, message


@pytest.mark.parametrize("where", ["field", "place", "topic", "csv-header", "file-name"])
def test_terminal_escapes_quoted_from_input_are_neutralized_in_errors(make_project, where):
    maker = make_project()
    if where == "field":
        maker.source("a", {**claim(value=5), f"pla{OSC52}ce": "CO"})
    elif where == "place":
        maker.source("a", claim(value=5, place=f"Nowhere{OSC8}{BIDI}"))
    elif where == "topic":
        maker.source("a", claim(value=5, topic=f"def{OSC52}ections"))
    elif where == "csv-header":
        maker.write("sources/a.yaml", "source: {id: a, name: A}\nclaims: t.csv\n")
        maker.write("sources/t.csv", f"topic,value,bad{OSC52}\ndefections,5,x\n")
    else:
        maker.write(f"sources/b{OSC52}.yaml", "source: {id: b, name: B}\nclaims: [{topic: x, value: 5, zz: 1}]\n")
    _assert_neutral(_read_error(maker.root))


def test_a_control_character_in_a_message_is_shown_escaped():
    from reconcile.errors import InputError, escape

    error = InputError(f'unknown field "a{OSC52}"', file=f"s/{OSC8}.yaml", line=3, hint=f"known: {BIDI}x")
    assert str(error) == ('s/\\x1b]8;;https://evil.example\\x1b\\.yaml:3: unknown field '
                          '"a\\x1b]52;c;cm0gLXJmIH4=\\x07"; known: \\u202ex')
    assert escape("Bogotá, D.C. \u00e9\u4e2d") == "Bogotá, D.C. \u00e9\u4e2d"  # printable text is kept
    assert escape("\ud800") == "\\ud800"


# --- Data Docs ----------------------------------------------------------------------------

PWNED = "<svg/onload=document.body.setAttribute('data-pwned','1')>"
NOTE_SUITE = {"name": "defections", "expectations": [  # GX shows the failing notes
    {"type": "expect_column_values_to_match_regex", "kwargs": {"column": "note", "regex": "^[a-z0-9 ]+$"}}]}


def _hostile_docs(make_project, directory: Path | None = None) -> tuple[Path, Path]:
    import reconcile
    from reconcile.expect.docs import build_docs

    maker = make_project()
    maker.source("a", claim(id="a1", value=5, note=PWNED),
                 claim(id="a2", value=6, note='x"><a href="javascript:alert(1)">go</a>'))
    maker.write("expectations/defections.json", json.dumps(NOTE_SUITE))
    claims = reconcile.normalize(reconcile.read(str(maker.root)))
    docs = directory or maker.root.parent / "docs"
    return maker.root, build_docs(claims.frame, claims.project, docs).parent


class _Markup:
    """Tags and attributes of a page, as a browser's tokenizer reads them."""

    def __init__(self, page: str) -> None:
        from html.parser import HTMLParser

        self.tags: list[tuple[str, list[tuple[str, str | None]]]] = []
        parser = HTMLParser(convert_charrefs=True)
        parser.handle_starttag = lambda tag, attrs: self.tags.append((tag, attrs))
        parser.handle_startendtag = parser.handle_starttag
        parser.feed(page)


def test_data_docs_keep_no_markup_that_a_failing_value_smuggles_in(make_project):
    _, docs = _hostile_docs(make_project)
    pages = sorted(docs.glob("*.html"))   # the index, the topic suite's and the built-in suite of every claim
    assert len(pages) == 3 and any("defections" in page.name for page in pages)
    for page in pages:
        markup = _Markup(page.read_text("utf-8"))
        names = [tag for tag, _ in markup.tags]
        assert "script" not in names and "svg" not in names and "iframe" not in names, page.name
        for tag, attrs in markup.tags:
            for name, value in attrs:
                assert not name.startswith("on"), (page.name, tag, name)
                assert "javascript:" not in (value or "").lower(), (page.name, tag, name, value)
        csp = [dict(attrs).get("content", "") for tag, attrs in markup.tags
               if tag == "meta" and dict(attrs).get("http-equiv", "").lower() == "content-security-policy"]
        assert csp and "default-src 'none'" in csp[0] and "script-src" not in csp[0], page.name
        assert names.index("meta") < names.index("title")  # the policy comes first in <head>


def test_data_docs_run_no_script_in_chromium(make_project, tmp_path):
    report_html = pytest.importorskip("report.test_report_html")
    if report_html.CHROMIUM is None:
        pytest.skip("no Chromium binary found (apt-get install -y chromium, or set RECONCILE_CHROMIUM)")
    _, docs = _hostile_docs(make_project)
    for page in sorted(docs.glob("*.html")):
        dom = report_html._dom(tmp_path, page)
        # the payload shows as text (&lt;svg...); had it run, <body> would carry the attribute
        assert not re.search(r"<body[^>]*data-pwned", dom) and "<svg" not in dom, page.name
        assert "&lt;svg/onload" in dom or "svg/onload" not in page.read_text("utf-8"), page.name


def test_data_docs_refuse_to_write_into_the_inputs(make_project):
    import reconcile
    from reconcile.expect.docs import build_docs

    maker = make_project()
    maker.source("a", claim(id="a1", value=5))
    claims = reconcile.normalize(reconcile.read(str(maker.root)))
    for folder in ("sources", "sources/docs", "expectations"):
        with pytest.raises(OutputError, match="inputs"):
            build_docs(claims.frame, claims.project, maker.root / folder)
    assert sorted(p.name for p in (maker.root / "sources").iterdir()) == ["_topics.yaml", "a.yaml"]


def test_a_failing_data_docs_run_leaves_the_existing_pages_as_they_were(make_project, tmp_path, monkeypatch):
    from reconcile.runtime import writing

    docs = tmp_path / "docs"
    _hostile_docs(make_project, docs)   # the last good docs (a folder of other files is refused before writing)
    last_good = {p.name: p.read_text("utf-8") for p in docs.iterdir()}

    def full_disk(src, dst):
        raise OSError(28, "No space left on device")

    monkeypatch.setattr(writing.os, "replace", full_disk)
    with pytest.raises(OutputError, match="No space left"):
        _hostile_docs(make_project, docs)
    assert {p.name: p.read_text("utf-8") for p in docs.iterdir()} == last_good


def test_a_lone_surrogate_in_data_docs_is_written_as_an_escape(make_project, tmp_path, monkeypatch):
    from reconcile.expect import docs as expect_docs

    real = expect_docs.render_result
    docs = tmp_path / "docs"
    monkeypatch.setattr(expect_docs, "render_result", lambda result: "the last good page")
    _hostile_docs(make_project, docs)   # an earlier run's docs (a folder of other files is refused)
    monkeypatch.setattr(expect_docs, "render_result", lambda result: real(result).replace(
        "</body>", "<p>lone \ud800 surrogate</p></body>"))
    _hostile_docs(make_project, docs)
    assert "lone \\ud800 surrogate" in (docs / "expectations-defections.json-defections.html").read_text("utf-8")


# --- bad settings -------------------------------------------------------------------------

@pytest.mark.parametrize("settings, words", [
    ("tolerance: -0.1", "tolerance -0.1 is not a fraction from 0 up to (not including) 1"),
    ("tolerance: 1", "tolerance 1 is not a fraction from 0 up to (not including) 1"),
    ("tolerance: 1e308", "not a fraction from 0 up to (not including) 1"),
    ("tolerance: .nan", "not a fraction from 0 up to (not including) 1"),
    ("tolerance: .inf", "not a fraction from 0 up to (not including) 1"),
    ("tolerance: 'ten percent'", "not a fraction from 0 up to (not including) 1"),
    ("tolerance: true", "not a fraction from 0 up to (not including) 1"),
    ("bands: {hundreds: [999, 200]}", 'band "hundreds" [999, 200] is not a range'),
    ("bands: {hundreds: [-5, 200]}", "is not a range"),
    ("bands: {hundreds: [a, 200]}", "is not a range"),
    ("bands: {hundreds: [200, .inf]}", "is not a range"),
    ("bands: {zillions: [1, 2]}", 'bad band "zillions"'),
    ("colour: red", 'unknown setting "colour"'),
])
def test_a_bad_setting_is_an_error_naming_file_line_setting_and_range(make_project, settings, words):
    import reconcile
    from reconcile.errors import InputError

    maker = make_project()
    maker.write("sources/_topics.yaml", f"topics:\n  - id: defections\nsettings:\n  {settings}\n")
    maker.source("a", claim(id="a1", value="about 100"))
    with pytest.raises(InputError) as info:
        reconcile.normalize(reconcile.read(str(maker.root)))
    message = str(info.value)
    assert message.startswith("sources/_topics.yaml:4: ") and words in message, message
    assert "fraction" in message or "lower <= upper" in message or "bands are" in message, message


def test_good_settings_still_change_the_intervals(make_project):
    import reconcile

    maker = make_project()
    maker.write("sources/_topics.yaml", "topics:\n  - id: defections\nsettings:\n  tolerance: 0\n"
                                        "  bands: {hundreds: [100, null]}\n")
    maker.source("a", claim(id="a1", value="about 100"), claim(id="a2", value="hundreds"))
    frame = reconcile.normalize(reconcile.read(str(maker.root))).frame.set_index("id")
    assert (frame.loc["a1", "lower"], frame.loc["a1", "upper"]) == (100, 100)
    assert frame.loc["a2", "lower"] == 100 and frame.loc["a2", "upper"] in (None, float("inf")) or \
        frame.loc["a2", "upper"] != frame.loc["a2", "upper"]  # unbounded: None or NaN in the frame


# --- tracebacks turned into output ----------------------------------------------------------

def test_a_unit_that_is_not_valid_tex_is_drawn_as_plain_text():
    from reconcile.report.html.chart import Chart, Row
    from reconcile.report.html.svg import draw_chart

    svg = draw_chart(Chart((Row("a", 1, 2, True, True, "claim"),), "", r"$\frac$ US$", "a chart"), "t1-")
    assert r"$\frac$ US$" in svg


@pytest.mark.parametrize("lower, upper", [(1e308, 1e308), (5, 1.7e308), (-1.7e308, 1.7e308), (1, None)])
def test_values_near_the_largest_float_are_drawn(lower, upper):
    from reconcile.report.html.chart import Chart, Row
    from reconcile.report.html.svg import draw_chart

    rows = (Row("a", lower, upper, True, upper is not None, "claim"), Row("b", 1e307, 1e308, True, True, "claim"))
    svg = draw_chart(Chart(rows, "", "people", "a chart", ((0, 1.0, 1e308, "gap"),)), "t1-")
    assert svg.startswith("<svg") and "inf" not in svg.lower() and "nan" not in svg.lower()


def test_a_lone_surrogate_on_the_command_line_is_written_as_an_escape():
    done = subprocess.run([sys.executable, "-m", "reconcile", "parse", "--json", "500 \udcff"],
                          capture_output=True, env={**ENV, "PYTHONIOENCODING": "utf-8"}, timeout=120)
    assert done.returncode in (0, 2) and b"Traceback" not in done.stderr, done.stderr[-2000:]
    assert b"\\udcff" in done.stdout


# --- start-up: the light commands load no heavy library -------------------------------------

HEAVY = ("pandas", "great_expectations", "matplotlib")


@pytest.mark.parametrize("args", [["--help"], ["parse", "500"]])
def test_help_and_parse_load_neither_pandas_nor_great_expectations(args, tmp_path):
    probe = f"""
        import runpy, sys
        sys.argv = ["reconcile", *{args!r}]
        try:
            runpy.run_module("reconcile", run_name="__main__")
        except SystemExit as exc:
            assert exc.code in (0, None), exc.code
        print(" ".join(m for m in {HEAVY!r} if m in sys.modules))
    """
    done = _python(probe, cwd=tmp_path)
    assert done.returncode == 0, done.stderr[-2000:]
    assert done.stdout.splitlines()[-1] == "", done.stdout


@pytest.mark.parametrize("settings", ["tolerance=0.2", "0.2", "[1]", "'tolerance: 0.2'"])
def test_settings_that_are_not_a_mapping_are_an_error_not_the_defaults(make_project, settings):
    """SPEC §4: anything else is an error. "settings: tolerance=0.2" had left the 10% default in
    force without a word."""
    import reconcile
    from reconcile.errors import InputError

    maker = make_project()
    maker.write("sources/_topics.yaml", f"topics:\n  - id: defections\nsettings: {settings}\n")
    maker.source("a", claim(id="a1", value="about 100"))
    with pytest.raises(InputError) as info:
        reconcile.normalize(reconcile.read(str(maker.root)))
    assert str(info.value).startswith("sources/_topics.yaml:3: ") and info.value.field == "settings"
    assert "settings: {tolerance: 0.2}" in info.value.hint

"""What the commands do besides turning options into library calls: safe output files (never
over or into the project's inputs, never through a symbolic link, never half-written; the rule
itself is ``runtime.writing``, which Data Docs use too), the files a command read, the format
and destination of a report and what ``report`` says on stderr after it, the ``--suite`` and
``--changed-since`` selections of ``validate``, and ``parse``'s output line."""
from __future__ import annotations

import json
import os
import shutil
import stat
import sys
import tempfile
from collections.abc import Iterable
from pathlib import Path
from typing import Any

import click

from reconcile import parse_quantity
from reconcile.errors import ExpectationError, OutputError, QuantityError
from reconcile.model.numbers import interval_text
from reconcile.model.records import QuantityConfig, Report, Validation
from reconcile.pipeline import Claims
from reconcile.report.base import clean_line
from reconcile.runtime.writing import (refuse_inputs, refuse_link, refuse_target, remove_stale, temp_prefix,
                                       write_atomically)
from reconcile.sources import project_roots

__all__ = ["SUFFIX_FORMATS", "changed_claims", "error_line", "extract_folder", "format_notes", "input_files",
           "parsed_line", "refuse_target",
           "report_format", "report_verdict", "stdout_mark", "suite_files", "take_back_stdout", "terminal_options",
           "use_color", "validation_notes", "write_atomically", "write_output", "write_project", "write_report"]


def input_files(paths: tuple[str, ...], loaded: Any = None) -> set[Path]:
    """Every file and folder a run reads, so that --output never writes over or into one: the
    files read (``loaded.read``), and the sources/ and expectations/ of each project a path
    belongs to (its root as read, also when the path is one of its claim files)."""
    out: set[Path] = set(loaded.read) if loaded is not None else set()
    roots = {Path(loaded.root)} if loaded is not None else set()
    for raw in paths or (".",):
        path = Path(raw)
        if not path.is_dir():
            out.add(path.resolve())
        roots.update(project_roots(path))
    for root in roots:
        for sub in (root / "sources", root / "expectations"):
            out.add(sub.resolve())
            if sub.is_dir():
                out.update(p.resolve() for p in sub.rglob("*") if p.is_file())
    return out


#: --output suffix -> format, when --format is not given
SUFFIX_FORMATS = {".txt": "text", ".md": "markdown", ".markdown": "markdown", ".html": "html",
                  ".htm": "html", ".json": "json", ".csv": "csv", ".jsonld": "claimreview", ".parquet": "parquet"}


def use_color(no_color: bool) -> bool:
    return not no_color and "NO_COLOR" not in os.environ and sys.stdout.isatty()


def report_format(fmt: str | None, output: str | None) -> str:
    """``--format``, else the format of the ``--output`` suffix, else text; parquet (a folder of
    tables) needs ``--output DIR``."""
    if output is not None and not output.strip():
        # an unset variable ("--output $OUT"): the report would go to the terminal while the script reads a file
        raise OutputError("--output is empty", field="--output",
                          hint="give a file name (reports/report.md), or - for standard output")
    if not fmt and output and output != "-" and output.endswith(("/", "\\")):
        fmt = "parquet"   # a folder: the one format written as a folder of tables
    fmt = fmt or (SUFFIX_FORMATS.get(Path(output).suffix.lower(), "text") if output else "text")
    if fmt != "parquet" and output and output != "-" and output.endswith(("/", "\\")):
        # a name ending in / is a folder: writing a file called "name" and saying "Wrote name/" misleads
        suffix = next(suffix for suffix, name in SUFFIX_FORMATS.items() if name == fmt)
        raise OutputError(f"--output {output} names a folder, and --format {fmt} writes one file", field="--output",
                          hint=f"give a file name, e.g. --output {output}report{suffix}; a folder is for "
                               "--format parquet")
    if fmt == "parquet" and output in (None, "-"):
        raise OutputError("--format parquet writes a folder of tables, not to standard output", field="--output",
                          hint="give --output DIR, e.g. --output reports/tables/")
    return fmt


def format_notes(fmt: str | None, output: str | None, options: dict[str, Any], resolve: str | None = None) -> list[str]:
    """What a report command's options will not do, said before it runs: a --format that is not
    the one its --output's suffix names (the file is written as --format says), the
    ClaimReview options given with another format (they fill nothing), and a ``--resolve``
    given (``resolve``) with CSV, whose rows are findings, not estimates."""
    notes = []
    named = SUFFIX_FORMATS.get(Path(output).suffix.lower()) if output and output != "-" else None
    if fmt and named and named != fmt:
        notes.append(f"writing {fmt} into {output}, whose suffix names {named} (--format decides)")
    suffix = Path(output).suffix if output and output != "-" and not output.endswith(("/", "\\")) else ""
    if not fmt and suffix and not named:
        # "--output r.xlsx" would be a text file that Excel cannot open: say so, and how to choose
        known = " ".join(sorted(SUFFIX_FORMATS))
        notes.append(f"writing text into {output}: {suffix} names no report format (known: {known}); "
                     "give --format to choose one")
    unused = [name for name in ("review_url", "publisher", "publisher_url") if options.get(name)]
    if unused and (fmt or named or "text") != "claimreview":
        flags = ", ".join("--" + name.replace("_", "-") for name in unused)
        notes.append(f"{flags} fill{'s' if len(unused) == 1 else ''} the ClaimReview only "
                     f"(--format claimreview): not used in {fmt or named or 'text'}")
    if resolve and (fmt or named) == "csv":
        notes.append(f"--resolve {resolve} chooses how estimates are made, and a CSV report holds none (one row per "
                     "finding): the CSV is the same with any method; --format json has the estimates")
    return notes


def terminal_options(fmt: str, output: str | None, no_color: bool) -> dict[str, Any]:
    """The text report's colour and width: the terminal's on a terminal; elsewhere none, so
    that the same bytes come out every time. No options for other formats."""
    if fmt != "text":
        return {}
    on_terminal = output is None and sys.stdout.isatty()
    return {"color": on_terminal and use_color(no_color),
            "width": shutil.get_terminal_size((100, 24)).columns if on_terminal else None}


def say_project_above(paths: Iterable[str], root: str | Path) -> None:
    """Say on stderr which project a folder given belongs to when it is a project's subfolder with no
    sources/ of its own (SPEC §3: the nearest folder above that holds one), other than its sources/:
    "reconcile report caso-nuevo" of a folder with a typo ("source/") reports the enclosing project."""
    for given in [Path(p) for p in paths] or [Path(".")]:
        if given.is_dir() and given.name != "sources" and given.resolve().name != "sources" \
                and not (given / "sources").is_dir():
            click.echo(f"{given} has no sources/ of its own: reading the project at {root}", err=True)
            return


def write_output(output: str | None, text: str | Iterable[str], inputs: set[Path], fmt: str | None = None) -> None:
    """The report to ``--output`` (atomically; never over an input, nor into any project's
    sources/ or expectations/) or to standard output. ``fmt``: the report's format, for the file
    name a refusal suggests."""
    from reconcile.runtime.gcpause import gc_paused

    suffix = next((suffix for suffix, name in SUFFIX_FORMATS.items() if name == fmt), None)
    example = f"report{suffix}" if suffix else None
    with gc_paused():
        if output:
            write_atomically(output, text, inputs, example, report=True)
        else:
            sys.stdout.writelines([text] if isinstance(text, str) else text)
            sys.stdout.flush()
    if output and output != "-":
        click.echo(f"Wrote {output}", err=True)


def stdout_mark() -> tuple[int, int] | None:
    """Where standard output stands when it is a regular file (``> out.json``, ``>> log``), as
    (file descriptor, offset): an interrupted run cuts the file back there (``take_back_stdout``).
    None for a pipe or a terminal, whose output cannot be taken back, or a stream with no file."""
    try:
        fd = sys.stdout.fileno()
        if not stat.S_ISREG(os.fstat(fd).st_mode):
            return None
        # `>>` appends: each write goes to the end, wherever the offset stands
        return fd, os.fstat(fd).st_size if _appends(fd) else os.lseek(fd, 0, os.SEEK_CUR)
    except (AttributeError, OSError, ValueError):   # (io.UnsupportedOperation is both)
        return None


def _appends(fd: int) -> bool:
    try:
        import fcntl
    except ImportError:   # Windows: no O_APPEND flag to read
        return False
    return bool(fcntl.fcntl(fd, fcntl.F_GETFL) & os.O_APPEND)


def take_back_stdout(mark: tuple[int, int] | None) -> None:
    """Ctrl-C (SPEC §6: no partial output left behind): what the run wrote to the file on
    standard output is cut off at ``mark`` (``stdout_mark``), and what is still buffered is
    dropped, not written after the cut when Python exits. Nothing to do on a pipe or terminal."""
    if mark is None:
        return
    fd, offset = mark
    saved = os.dup(fd)
    try:
        # the buffer drains into /dev/null: an io stream has no way to discard it
        null = os.open(os.devnull, os.O_WRONLY)
        os.dup2(null, fd)
        os.close(null)
        try:
            sys.stdout.flush()
        except (OSError, ValueError):
            pass
    finally:
        os.dup2(saved, fd)
        os.close(saved)
    os.ftruncate(fd, offset)
    os.lseek(fd, offset, os.SEEK_SET)


def write_report(run_on: Any, result: Report, fmt: str, output: str | None, inputs: set[Path],
                 **render_options: Any) -> None:
    """A report in ``fmt`` to ``--output`` or stdout; parquet is a folder of tables the engine
    (``run_on``) writes."""
    from reconcile.pipeline import render_chunks

    if fmt == "parquet":
        run_on.write_parquet(result, str(output), inputs, max_findings=render_options["max_findings"])
        click.echo(f"Wrote {output}", err=True)
    else:
        write_output(output, render_chunks(result, fmt, **render_options), inputs, fmt)


def report_verdict(result: Report, validation: Validation | None, fail_on: str, fmt: str,
                   review_url: str | None, max_findings: int | None = None) -> tuple[list[str], int]:
    """What ``reconcile report`` says on stderr after the report, and its exit code: 1 when
    findings at or above ``--fail-on`` exist (kept or not) or an expectation failed, else 0.
    A CSV or ClaimReview report, which has no summary, is told what ``--max-findings`` left out of it."""
    messages = []
    if fmt == "claimreview" and not review_url:
        messages.append("The ClaimReview has no url: it cannot be published as it is; give --review-url URL "
                        "(the page where the review is published), and --publisher NAME.")
    # neither a CSV nor a ClaimReview has a summary that counts what --max-findings left out
    if fmt == "csv" or fmt == "claimreview" and max_findings is not None:
        omitted = result.listed(max_findings)[1]
        if fmt == "claimreview":   # it reviews conflicts and scope differences only: the others are in no setting
            from reconcile.model.records import FINDING_VERDICTS
            from reconcile.report.claimreview import REVIEWED_VERDICTS

            omitted = {kind: n for kind, n in omitted.items() if FINDING_VERDICTS.get(kind) in REVIEWED_VERDICTS}
        if omitted:
            kinds = ", ".join(f"{n:,} {kind}" for kind, n in omitted.items())
            messages.append(f"{sum(omitted.values()):,} finding(s) not listed in the "
                            f"{'CSV' if fmt == 'csv' else 'ClaimReview'} (--max-findings {max_findings} per "
                            f"topic): {kinds}; --max-findings 0 lists them all")

    failing = result.failing_count(fail_on)
    failed_expectations = fail_on != "never" and validation is not None and not validation.success
    if failing:
        messages.append(f"{failing:,} finding(s) at or above --fail-on {fail_on}")
    if validation is not None and not validation.success:
        failed = sum(not outcome.success for outcome in validation.outcomes)
        # said with --fail-on never too (which only keeps the exit code at 0): a report never hides a failed suite
        messages.append(f"{failed} expectation(s) failed{' (exit 0: --fail-on never)' if fail_on == 'never' else ''}; "
                        "run reconcile validate for the details")
    return messages, 1 if failing or failed_expectations else 0


def validation_notes(validation: Validation, fmt: str, shown: int = 5) -> list[str]:
    """What ``validate`` says on stderr when expectations failed and its stdout is JUnit or JSON,
    which a CI job writes to a file: each failed expectation with its first failing claim, so the
    job's log says why it is red, not only the file it uploads."""
    failed = [o for o in validation.outcomes if not o.success]
    if fmt in ("text", "github") or not failed:   # what a person or GitHub reads on stdout already
        return []
    lines = []
    for outcome in failed[:shown]:
        where = (f": {outcome.failing[0]}" + (f" and {outcome.count - 1:,} more" if outcome.count > 1 else "")
                 if outcome.failing else f": {outcome.whole}" if outcome.whole else "")
        column = f" on {outcome.column}" if outcome.column else ""
        meaning = f" ({outcome.description})" if outcome.description else ""
        # a suite's description comes from a pull request: its control characters shown, never acting (README)
        lines.append(clean_line(f"FAILED {outcome.suite}: {outcome.expectation}{column}{meaning}{where}"))
    if len(failed) > shown:
        lines.append(f"... and {len(failed) - shown:,} more failed")
    what = "JUnit XML" if fmt == "junit" else "JSON"
    listed = ("every failing claim (file:line) is" if not any(o.unlisted for o in failed) else
              f"the failing claims (file:line) are, the first {max(len(o.failing) for o in failed):,} of each "
              "expectation and how many more,")
    lines.append(f"{len(failed):,} of {len(validation.outcomes):,} expectations failed; {listed} in the {what} "
                 "on stdout")
    return lines


def empty_suite_notes(validation: Validation) -> list[str]:
    """A suite with an empty "expectations" list passes whatever the claims hold: say so, since
    a green run of it reads as claims that were checked. A project's own claims.json also
    replaces reconcile's checks of every claim (``suite_paths_of``)."""
    notes = []
    for label in validation.empty:
        instead = (", and it replaces reconcile's own checks of every claim" if label == "expectations/claims.json"
                   else "")
        notes.append(f"Note: {label} holds no expectations: it checks nothing{instead}; "
                     "add expectations to it, or delete it")
    return notes


def suite_files(suites: Iterable[str]) -> list[Path] | None:
    """The ``--suite`` files, each checked to exist; None when none is given (the project's
    expectations/ then); a suite given twice is run once."""
    for suite in suites:
        if not suite.strip():   # an unset variable ("--suite $SUITE")
            raise ExpectationError("--suite is empty", field="--suite",
                                   hint="give the path of a suite JSON file, e.g. expectations/claims.json")
        if not Path(suite).is_file():
            raise ExpectationError(f"no such suite file: {suite}", file=suite,
                                   hint="give the path of a suite JSON file, e.g. expectations/claims.json")
    once: dict[Path, Path] = {}
    for suite in suites:
        once.setdefault(Path(suite).resolve(), Path(suite))
    return list(once.values()) or None


def changed_claims(claims: Claims, since: str, fmt: str) -> Claims | None:
    """The claims of the files changed since the git revision ``since``, and what they
    reference; None when there are claims and the change touches none: then stderr says so and
    stdout gets a skipped validation in ``fmt`` (a pull request that changes no claim)."""
    from reconcile.report.render import render_validation_skipped
    from reconcile.sources.changed import select_changed

    total, changed = len(claims), Claims(claims.project, select_changed(claims.project, claims.frame, since))
    if total and not len(changed):
        click.echo(f"No claims changed since {since} (of {total} claim(s)); nothing to validate", err=True)
        click.echo(render_validation_skipped(f"no claims changed since {since}", fmt), nl=False)
        return None
    return changed


def parsed_line(text: str, lang: str | None, config: QuantityConfig | None, as_json: bool,
                ascii_only: bool = False) -> tuple[str, bool]:
    """``reconcile parse``'s line for one value, and whether it parsed: text, interval and
    qualifier between tabs, or the Quantity's JSON; else the text and "error: ..." between tabs,
    or the JSON ``{"text", "error"}``: one line per value either way, so that output lines match
    input lines. ``config``: the project's settings (None: the defaults). ``ascii_only``: JSON in
    ASCII (``\\u00e1``), for an output that cannot write every character: the escapes it would put in
    its place ("m\\xe1s") are no JSON."""
    from reconcile.report.base import clean_line

    # text mode: the value as one safe field (a tab or a line break in it would add a field or a line,
    # an escape sequence would reach the terminal); JSON escapes them itself
    shown = clean_line(text)
    try:
        q = parse_quantity(text, lang) if config is None else parse_quantity(text, lang, config)
    except QuantityError as exc:
        return error_line(text, exc.message + (f"; {exc.hint}" if exc.hint else ""), as_json, ascii_only), False
    return (json.dumps(q.to_dict(), ensure_ascii=ascii_only) if as_json else
            f"{shown}\t{interval_text(q.lower, q.upper, q.lower_inclusive, q.upper_inclusive)}\t{q.qualifier}"), True


def error_line(text: str, message: str, as_json: bool, ascii_only: bool = False) -> str:
    """``reconcile parse``'s line for a value it cannot read (``parsed_line``): the text and "error: ..." between
    tabs, each one safe field, or the JSON ``{"text", "error"}``."""
    from reconcile.report.base import clean_line

    message = clean_line(message)
    return (json.dumps({"text": text, "error": message}, ensure_ascii=ascii_only) if as_json
            else f"{clean_line(text)}\terror: {message}")


def make_reports_folder(output: str | None, root: Any) -> None:
    """``--output reports/...`` of a project that has no reports/ yet (SPEC §3 lays one out; a
    copy of a project's sources/ and expectations/ has none): the folder is made, as ``init``
    makes it. Any other missing folder stays an error (a typo must not make folders)."""
    if not output or output == "-":
        return
    reports = Path(root) / "reports"
    if Path(output).absolute().parent != reports.absolute() or reports.exists() or reports.is_symlink():
        return
    try:
        reports.mkdir()
    except OSError:
        return  # the writer says why it cannot write there


def extract_folder() -> str:
    """``extract``'s default folder (SPEC §6: extracted/): the extracted/ of the project the
    command runs in, from anywhere in it (its sources/, its reports/), as the current folder
    sees it; else extracted/ here. From a project's sources/ it had been sources/extracted/,
    which extract refuses. A project here is a folder whose sources/ holds source files, as
    ``_project_folder_above`` tells a project's sources/ (a folder of projects named sources/
    is none)."""
    here = Path.cwd()
    for folder in (here, *here.parents):
        sources = folder / "sources"
        if sources.is_dir() and any(path.suffix.lower() in (".yaml", ".yml") for path in sources.iterdir()):
            return os.path.relpath(folder / "extracted")
    return "extracted"


def _project_folder_above(out: Path) -> Path | None:
    """The project's ``sources/`` or ``expectations/`` folder that ``out`` is, or is inside (README,
    Security: extract never writes into them), or None. A folder named so is a project's when it
    holds what a project's does: source files or _topics.yaml; suites beside a sources/ folder."""
    for folder in (out.resolve(), *out.resolve().parents):
        if folder.name == "sources" and folder.is_dir() and any(
                path.suffix.lower() in (".yaml", ".yml") for path in folder.iterdir()):
            return folder
        if folder.name == "expectations" and (folder.parent / "sources").is_dir():
            return folder
    return None


def _write_all_or_nothing(out: Path, files: dict[str, str], others: list[Path], inputs: set[Path]) -> None:
    """Write ``files`` into ``out`` and remove ``others`` (an earlier extract's drafts) as one change.
    Every file goes into a hidden temporary folder in sources/ first (a name the file system refuses
    fails there, before any change); then the files replaced or removed are moved aside, and the new
    ones renamed into place. On any error, Ctrl-C or SIGTERM, what was renamed is put back and the
    folders made are removed, so the folder is as it was: one file at a time had left a project
    half-written when a later file's name was too long."""
    made = [folder for folder in (out / "sources", *(out / "sources").parents) if not folder.exists()]
    for name in files:
        refuse_link(out / name, str(out / name))
        refuse_inputs(out / name, inputs, str(out / name))
    placed: list[Path] = []
    aside: list[tuple[Path, Path]] = []
    tmp: Path | None = None
    current = out / "sources"
    try:
        current.mkdir(parents=True, exist_ok=True)
        remove_stale(current, "extract")
        tmp = Path(tempfile.mkdtemp(prefix=temp_prefix("extract"), dir=current))
        for name, text in files.items():
            current = out / name
            staged = tmp / "new" / name
            staged.parent.mkdir(parents=True, exist_ok=True)
            staged.write_text(text, encoding="utf-8", errors="backslashreplace")
        (tmp / "old").mkdir()
        for i, current in enumerate([*(out / name for name in files if (out / name).exists()), *others]):
            os.replace(current, tmp / "old" / str(i))
            aside.append((current, tmp / "old" / str(i)))
        for name in files:
            current = out / name
            os.replace(tmp / "new" / name, current)
            placed.append(current)
    except BaseException as exc:
        _take_back(placed, aside, tmp, made)
        if isinstance(exc, OSError):
            raise OutputError(f"cannot write {current} ({exc.strerror}); nothing was written", file=str(out),
                              hint="choose a folder you can write to, or a shorter path") from exc
        raise
    shutil.rmtree(tmp, ignore_errors=True)


def _take_back(placed: list[Path], aside: list[tuple[Path, Path]], tmp: Path | None, made: list[Path]) -> None:
    """Undo what ``_write_all_or_nothing`` did before it failed (as far as the file system lets it)."""
    for path in placed:
        path.unlink(missing_ok=True)
    for path, kept in reversed(aside):
        try:
            os.replace(kept, path)
        except OSError:
            pass     # (the file is still in the temporary folder, which is then kept)
    if tmp is not None and not any((tmp / "old").iterdir() if (tmp / "old").is_dir() else ()):
        shutil.rmtree(tmp, ignore_errors=True)
    for folder in made:      # deepest first; a folder that holds something else stays
        try:
            folder.rmdir()
        except OSError:
            break


def write_project(output: str, files: dict[str, str], force: bool, inputs: set[Path]) -> Path:
    """``reconcile extract``'s project: its files (paths relative to the folder ``output``) written
    all or nothing (``_write_all_or_nothing``); never through a symbolic link, into a file, or over
    a file that exists unless ``force``. The folder, as a Path."""
    out = Path(output)
    if out.is_symlink():
        raise OutputError("--output is a symbolic link; not writing through it", file=output,
                          hint="give a real folder")
    if out.exists() and not out.is_dir():
        raise OutputError("--output is a file, not a folder", file=output, hint="give a folder (default: extracted)")
    inside = _project_folder_above(out)
    if inside is not None:
        raise OutputError(f"--output would write into the project's {inside.name}/ ({inside}); extract never writes "
                          "into a project's sources or suites", file=output,
                          hint="give --output a folder of its own (default: extracted, in the project folder), "
                               "then move the reviewed drafts into sources/ by hand")
    for name in files:   # (a draft's name is made from ids that came from input: never "../../x")
        if Path(name).is_absolute() or ".." in Path(name).parts:
            raise OutputError(f"{name} is not a file of the project's folder; not writing it", file=output,
                              hint="report this as a bug of reconcile extract")
    existing = [name for name in files if (out / name).exists()]
    from reconcile.extract.project import is_draft

    # a project's own sources (hand-written or reviewed): never written over or beside, --force or not. A
    # folder that extract wrote holds only its drafts, and the files it writes again (edited, maybe: --force)
    folder = out / "sources"
    # the files of sources/ this run does not write: a project's own (refused), or an earlier extract's drafts
    present = sorted(path for path in folder.iterdir() if path.is_file() and not path.name.startswith(".")) \
        if folder.is_dir() else []
    others = [path for path in present if f"sources/{path.name}" not in files]
    # a source file of the project's own is refused whether this run would write it again or not: `-o .
    # --force` in a project had replaced its sources/unhcr.yaml with a draft of the same name. (A draft
    # _topics.yaml the reviewer rewrote is written over with --force, as any draft is.)
    own = next((path for path in present if not is_draft(path)
                and (path in others or not path.name.startswith("_"))), None)
    if own is not None:
        raise OutputError(f"{own} is not a draft that reconcile extract wrote: {folder} holds a project's own "
                          "sources; not writing into it", file=output,
                          hint="give --output a folder of its own (default: extracted), then move the reviewed "
                               "drafts into sources/ by hand")
    if existing and not force:
        raise OutputError(f"{len(existing)} file(s) exist already, e.g. {out / existing[0]}; not overwriting them",
                          file=output, hint="pass --force, or choose another --output folder")
    if (out / "sources").is_symlink():
        raise OutputError(f"{out / 'sources'} is a symbolic link; not writing through it", file=output,
                          hint="give a folder of its own (default: extracted)")
    for name in existing:  # checked before any file is written: an error leaves the folder as it was
        target = out / name
        if target.is_symlink() or not target.is_file():
            raise OutputError(f"{target} is {'a symbolic link' if target.is_symlink() else 'not a file'}; "
                              "not writing through it", file=output,
                              hint="remove it, or choose another --output folder")
    # --force: an earlier extract's drafts this one does not write again go, so that the folder stays
    # one project (its _topics.yaml is replaced: drafts of the earlier articles would name unknown topics)
    if others and not force:
        raise OutputError(f"{folder} holds drafts of an earlier extract, e.g. {others[0].name}; not writing beside "
                          "them", file=output, hint="pass --force to replace them, or choose another --output folder")
    _write_all_or_nothing(out, files, others, inputs)
    if others:
        click.echo(f"removed {len(others)} draft(s) of an earlier extract from {folder}", err=True)
    return out

"""The ``reconcile`` command: thin click wrappers around the library.

Data goes to stdout, diagnostics to stderr. Exit codes (SPEC.md §6): 0 done, 1 findings at or
above ``--fail-on`` (or failed expectations), 2 could not run. ``ReconcileError`` becomes a
message and exit code 2 here, in one place; ``--debug`` shows the traceback.
"""
from __future__ import annotations

import json
import os
import sys
from pathlib import Path
from typing import TYPE_CHECKING, Any

import click
from click.core import ParameterSource

from reconcile.errors import InputError, OutputError, ReconcileError, escape
from reconcile.model.records import FAIL_LEVELS
import reconcile
from reconcile.cli.output import (changed_claims, error_line, extract_folder, format_notes, input_files,
                                  make_reports_folder, parsed_line, refuse_target, report_format, report_verdict,
                                  say_project_above, stdout_mark, suite_files, take_back_stdout, terminal_options,
                                  validation_notes, empty_suite_notes, write_atomically, write_project, write_report)
from reconcile.engine import ENGINES, spark_option_notes, spark_options, stages
from reconcile.pipeline import RESOLVE_METHODS, read_quotes_ahead, source_table, stop_quotes_ahead
from reconcile.runtime.memory import release_arrow_memory
from reconcile.runtime.progress import Progress

if TYPE_CHECKING:   # imported where extract runs: the other commands do not load it
    from reconcile.extract.project import KnownSources

#: set by ``run``: this process is the reconcile command itself, not a script calling ``main``
OWN_PROCESS = False

REPORT_FORMATS = ("text", "markdown", "html", "json", "csv", "claimreview", "parquet")


class Main(click.Group):
    #: the exit code when the reader of stdout closes it early: the report's verdict, once known
    exit_on_closed_pipe = 0

    def invoke(self, ctx: click.Context):
        mark = stdout_mark()
        args = [*getattr(ctx, "_protected_args", ()), *ctx.args]   # the subcommand's, before click parses them
        _STOPPED_BY.clear()   # (a process that runs several commands: a signal stops the one it meets)
        try:
            try:
                return super().invoke(ctx)
            except Exception:
                # a signal's Stopped that a library turned into its own error on the way out (py4j's
                # "does not exist in the JVM" while Spark reads a table): the signal's exit, no traceback
                if _STOPPED_BY:
                    raise Stopped(_STOPPED_BY[-1]) from None
                raise
        except click.UsageError as exc:
            if exc.ctx is not None and exc.ctx.command.name == "validate" and _format_asked(args, "junit"):
                # `validate --format junit --bogus > validation.xml`: the dashboard gets the error as a test
                # case, as with every other run that cannot start (README), not an empty file
                from reconcile.report.render import render_validation_error_junit

                click.echo(render_validation_error_junit(exc), nl=False)
            elif exc.ctx is not None and exc.ctx.command.name == "validate" and _format_asked(args, "github"):
                from reconcile.report.render import render_validation_error_github

                click.echo(render_validation_error_github(exc), nl=False)
            raise
        except ReconcileError as exc:
            if ctx.params.get("debug") or ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Error: {exc.format(command=True)}", err=True)   # an option named as its flag
            ctx.exit(2)
        except RuntimeError as exc:  # Path.resolve() on a symbolic link that loops, wherever it is met
            if "Symlink loop" not in str(exc) or ctx.params.get("debug") or ctx.obj and ctx.obj.get("debug"):
                raise
            click.echo(f"Error: {escape(str(exc).replace('Symlink loop from', 'a symbolic link that loops:'))}; "
                       "replace the link with the file it should name", err=True)
            ctx.exit(2)
        except BrokenPipeError:  # `reconcile report | head`: the verdict's code, as if it had all been read
            sys.stderr.close()
            ctx.exit(Main.exit_on_closed_pipe)
        except KeyboardInterrupt:  # Ctrl-C: 130, as shells do (click would say "Aborted!", exit 1)
            take_back_stdout(mark)
            click.echo("\nInterrupted", err=True)
            ctx.exit(130)
        except Stopped:  # SIGTERM, SIGHUP: as Ctrl-C, with the signal's own code
            take_back_stdout(mark)
            raise
        except OSError as exc:  # the system refused a file: permissions, a full disk, no such folder
            if ctx.params.get("debug") or ctx.obj and ctx.obj.get("debug"):
                raise
            where = f"{exc.filename}: " if exc.filename else ""
            click.echo(f"Error: {where}{exc.strerror or exc}; check the path and its permissions", err=True)
            ctx.exit(2)


def _format_asked(args: list[str], fmt: str) -> bool:
    """Whether the command line asks for ``--format FMT``."""
    return f"--format={fmt}" in args or any(a == "--format" and b == fmt for a, b in zip(args, args[1:]))


@click.group(cls=Main, context_settings={"help_option_names": ["-h", "--help"]})
@click.option("--debug", is_flag=True, help="Show the traceback of an error.")
@click.version_option(package_name="reconcile")
@click.pass_context
def main(ctx: click.Context, debug: bool) -> None:
    """Reconcile numbers that different sources give for the same thing."""
    ctx.ensure_object(dict)["debug"] = debug


def run() -> None:
    """The console script (and ``python -m reconcile``): ``main`` in a process of its own.

    Only here may a large run share its parsing with a helper process (``OWN_PROCESS``): the
    helper is spawned, and re-imports the main script, which a script calling ``main`` may not
    guard.

    At exit CPython collects garbage over every object still alive (pandas, Great
    Expectations, the claims) just before the process ends and the system frees it all
    anyway: 0.6 s of a 3 s validation of 10,000 claims. ``gc.freeze`` as the last exit
    handler skips that; everything else about exiting (flushing, other handlers) is as ever.
    """
    import atexit
    import gc

    from reconcile.runtime import gcpause

    global OWN_PROCESS
    OWN_PROCESS = True
    atexit.register(gc.freeze)  # registered first, so it runs after the other handlers
    # a collection every 50,000 new containers, not 700: pandas and Great Expectations make
    # millions (a million claims' frame, GX's import) and each young collection rescans them
    gc.set_threshold(50_000, 20, 10)
    gcpause.FREEZE_AFTER = True
    exit_on_signals()
    for stream in (sys.stdout, sys.stderr):
        # a lone surrogate (from argv, JSON) printed as \udcff; and in an encoding that is not UTF
        # (LC_ALL=C: ASCII, with surrogateescape) the "∞" of an interval or an accent as an escape,
        # not a UnicodeEncodeError's traceback: surrogateescape writes surrogates only
        if hasattr(stream, "reconfigure") and (getattr(stream, "errors", None) == "strict"
                                               or not _writes_unicode(stream)):
            stream.reconfigure(errors="backslashreplace")
    main(prog_name="reconcile")


def _writes_unicode(stream: Any) -> bool:
    """Whether a text stream's encoding is a UTF one, which can write every character."""
    import codecs

    try:
        return codecs.lookup(getattr(stream, "encoding", None) or "ascii").name.startswith("utf")
    except LookupError:
        return False


class Stopped(SystemExit):
    """SIGTERM or SIGHUP ended the run (``exit_on_signals``); its code is 128 + the signal's."""


#: the exit codes of the signals that have stopped this run (``exit_on_signals``), for ``Main.invoke``
_STOPPED_BY: list[int] = []


def exit_on_signals() -> None:
    """SIGTERM and SIGHUP (a CI job cancelled, a terminal closed) end the run as an exception
    would, exit code 128 + the signal's number: ``finally`` clauses run, so no temporary file
    is left behind (the default action ends the process on the spot), and ``Main.invoke`` cuts
    a file on standard output back to where it stood, as on Ctrl-C."""
    import signal

    def stop(signum: int, frame: object) -> None:
        _STOPPED_BY.append(128 + signum)
        raise Stopped(128 + signum)

    for name in ("SIGTERM", "SIGHUP"):
        number = getattr(signal, name, None)
        if number is not None and signal.getsignal(number) == signal.SIG_DFL:
            signal.signal(number, stop)


def _spark_options(pairs: tuple[str, ...]) -> dict[str, str]:
    """``--spark-conf`` as a dict, with a warning on stderr for each key Spark would silently ignore."""
    options = spark_options(pairs)
    for note in spark_option_notes(options):
        click.echo(f"Warning: {note}", err=True)
    return options


def engine_options(command: Any) -> Any:
    """--engine, --spark-master and --spark-conf (reconcile.engine), for report and validate."""
    command = click.option("--spark-conf", "spark_conf", multiple=True, metavar="KEY=VALUE",
                           help="A Spark setting for --engine spark (repeatable).")(command)
    command = click.option("--spark-master", "spark_master", metavar="URL",
                           help="The Spark master for --engine spark [default: local[*]].")(command)
    return click.option("--engine", type=click.Choice(ENGINES), default=None,
                        help="Where validation and reconciliation run "
                             "[default: $RECONCILE_ENGINE, else pandas].")(command)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(REPORT_FORMATS), default=None,
              help="Output format [default: from the --output suffix, else text].")
@click.option("--output", "-o", type=click.Path(),
              help="Write the report to this file (atomically; - for stdout); a folder for --format parquet.")
@click.option("--fail-on", type=click.Choice(tuple(FAIL_LEVELS)), default="conflict", show_default=True,
              help="Exit 1 when findings at or above this level exist.")
@click.option("--resolve", type=click.Choice(RESOLVE_METHODS), default="consensus", show_default=True,
              help="How each stated scope's estimate is made (SPEC §5b).")
@click.option("--no-color", is_flag=True, help="Never colour the text report.")
@click.option("--no-validate", is_flag=True, help="Skip the expectation suites (faster; see reconcile validate).")
@click.option("--max-findings", "max_findings", type=click.IntRange(min=0), default=10_000, show_default=True,
              help="List at most N findings per topic, conflicts and the largest gaps first, in every format "
                   "(JSON and CSV: summary.omitted counts the rest; 0 = no limit).")
@click.option("--review-url", "review_url", metavar="URL",
              help="claimreview: the page where the review is published (its url).")
@click.option("--publisher", metavar="NAME", help="claimreview: the organization publishing the review (its author).")
@click.option("--publisher-url", "publisher_url", metavar="URL", help="claimreview: the publisher's web site.")
@engine_options
def report(paths: tuple[str, ...], fmt: str | None, output: str | None, fail_on: str, resolve: str,
           no_color: bool, no_validate: bool, engine: str | None, spark_master: str | None,
           spark_conf: tuple[str, ...], **render_options: Any) -> None:
    """The reconciliation report of a project folder or claim files."""
    given = click.get_current_context().get_parameter_source("resolve") is not ParameterSource.DEFAULT
    # said once the report is written: a refused --output (an input, sources/) is an error alone, with no
    # note about a write that never happens
    notes = format_notes(fmt, output, render_options, resolve if given else None)
    fmt = report_format(fmt, output)
    from reconcile.expect import warm_up  # pandas and (later) Great Expectations: loaded by the commands using them

    run_on = stages(engine, spark_master, _spark_options(spark_conf))
    with Progress(("reading sources", "normalizing claims", "validating", "reconciling",
                   f"rendering {fmt}")) as progress:
        progress.stage("reading sources")
        project = run_on.read(paths or ".")
        say_project_above(paths, project.root)
        progress.stage("normalizing claims")
        claims = run_on.normalize(project, parallel=OWN_PROCESS, meanwhile=None if no_validate else warm_up)
        # the files read, for --output; then the raw claims go (the claims frame has them all:
        # about 300 MB at a million claims)
        inputs = input_files(paths, project.raw)
        root = project.root
        del project
        release_arrow_memory()   # what reading the tables left in Arrow's allocator
        if OWN_PROCESS and run_on.name == "pandas" and len(claims):
            read_quotes_ahead(claims)   # a helper reads the quotes while this process validates
        progress.stage("validating")
        try:
            validation = run_on.validate(claims) if not no_validate and len(claims) else None
        except BaseException:   # no reconcile follows: the helper reading quotes stops now
            stop_quotes_ahead()
            raise
        progress.stage("reconciling")
        make_reports_folder(output, root)
        if fmt == "parquet":  # tables the engine computes and writes (Spark: its executors, not this process)
            result = run_on.report_tables(claims, validation, str(output), inputs,
                                          method=resolve, max_findings=render_options["max_findings"])
            click.echo(f"Wrote {output}", err=True)
        else:
            # pandas: the claims frame is emptied as soon as the report's claim records are made
            # (release), not after reconciliation: the report holds what it shows; a JSON report's
            # findings are written out topic by topic as they are found (spool), not held
            released = {"release": True, "spool": fmt == "json"} if run_on.name == "pandas" else {}
            result = run_on.estimate(run_on.reconcile(claims, validation, max_findings=render_options["max_findings"],
                                                      **released), resolve)
            del claims
            progress.stage(f"rendering {fmt}")
            if not output or output == "-":
                progress.finish()   # the report goes to the terminal the bar is on
                # `reconcile report | head`: a reader that stops early does not change the verdict
                Main.exit_on_closed_pipe = report_verdict(result, validation, fail_on, fmt,
                                                          render_options.get("review_url"),
                                                          render_options.get("max_findings"))[1]
            write_report(run_on, result, fmt, output, inputs,
                         **render_options, **terminal_options(fmt, output, no_color))
    for note in notes:
        click.echo(f"Note: {note}", err=True)
    messages, code = report_verdict(result, validation, fail_on, fmt, render_options.get("review_url"),
                                   render_options.get("max_findings"))
    if fmt == "claimreview" and render_options.get("review_url") and not render_options.get("publisher"):
        messages.insert(0, "The ClaimReview has no author: give --publisher NAME (and --publisher-url URL), the "
                           "organisation that publishes the review, as Google's Fact Check markup recommends.")
    for message in messages:
        click.echo(message, err=True)
    if code:
        raise SystemExit(code)


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--format", "fmt", type=click.Choice(("text", "json", "junit", "github")), default="text",
              show_default=True, help="github: GitHub Actions annotations on the failing claims' files and lines.")
@click.option("--suite", "suites", multiple=True, type=click.Path(dir_okay=False),  # checked in the run: JUnit
              help="Run this suite file instead of the project's expectations/ (repeatable).")
@click.option("--changed-since", "since", metavar="REV",
              help="Validate only claims of files changed since this git revision (and what they reference).")
@click.option("--docs", "docs", type=click.Path(file_okay=False),
              help="Also write offline HTML Data Docs of this validation into this folder.")
@engine_options
def validate(paths: tuple[str, ...], fmt: str, suites: tuple[str, ...], since: str | None,
             docs: str | None, engine: str | None, spark_master: str | None, spark_conf: tuple[str, ...]) -> None:
    """Run the Great Expectations suites in expectations/ on the normalized claims."""
    from reconcile.expect import build_docs, warm_up
    from reconcile.report.render import (render_validation, render_validation_error_github,
                                         render_validation_error_junit, render_validation_skipped)

    try:
        if docs is not None and not docs.strip():
            raise OutputError("--docs is empty", field="--docs", hint="give a folder, e.g. --docs reports/docs")
        run_on = stages(engine, spark_master, _spark_options(spark_conf))
        suite_paths = suite_files(suites)
        with Progress(("reading sources", "normalizing claims", "validating")) as progress:
            progress.stage("reading sources")
            project = run_on.read(paths or ".")
            say_project_above(paths, project.root)
            # what --docs must not write into: the files and table folders read, as report's --output
            inputs = input_files(paths, project.raw) if docs else set()
            claims = run_on.normalize(project, parallel=OWN_PROCESS, meanwhile=warm_up)
            every = claims   # checks that compare claims with each other see them all (run_suites)
            changed = changed_claims(claims, since, fmt) if since is not None else claims
            if changed is None:  # a pull request that changes no claim: nothing to check
                return
            claims = changed
            progress.stage("validating")
            index = build_docs(claims.frame, claims.project, Path(docs), suite_paths, inputs=inputs) if docs else None
            result = (run_on.validate(claims, suite_paths) if since is None
                      else run_on.validate(every, suite_paths, changed=claims.frame.index))
    except ReconcileError as exc:
        if fmt == "junit":  # the dashboard shows why; the message still goes to stderr, exit 2
            click.echo(render_validation_error_junit(exc), nl=False)
        elif fmt == "github":   # the pull request shows it on the file and line at fault
            click.echo(render_validation_error_github(exc), nl=False)
        raise
    if since is not None:
        click.echo(f"{len(claims)} claim(s) changed since {since} or referenced by them; checks that compare "
                   f"claims (uniqueness, max, sum, counts) ran on all {len(every)}", err=True)
    if index:
        click.echo(f"Data Docs: {index}", err=True)
    for note in empty_suite_notes(result):
        click.echo(note, err=True)
    if not len(claims):   # sources but no claim yet: the suites were read, and nothing fails (README)
        click.echo("No claims to validate; the suites were read and nothing was checked", err=True)
        click.echo(render_validation_skipped("no claims to validate", fmt, "validate claims"), nl=False)
        return
    if fmt == "github":   # file= from the folder the job runs in, as GitHub reads it
        from reconcile.report.render import render_validation_github

        folder = os.path.relpath(project.root, Path.cwd())
        click.echo(render_validation_github(result, "" if folder.startswith("..") else folder), nl=False)
    else:
        click.echo(render_validation(result, fmt), nl=False)
    for line in validation_notes(result, fmt):
        click.echo(line, err=True)
    if not result.success:
        raise SystemExit(1)


def _parse_lang(ctx: click.Context, param: click.Parameter, value: str | None) -> str | None:
    """``--lang`` as the parsers take ``lang`` (``quantities.checked_lang``: one rule for both)."""
    from reconcile.quantities import LANG_RULE, checked_lang

    try:
        return checked_lang(value, "--lang")
    except ValueError:
        raise click.BadParameter(f"must be one of {LANG_RULE.replace(' or None (detected)', '')}, not {value!r}; "
                                 "leave it out to detect the language") from None


@main.command()
@click.argument("texts", nargs=-1)
@click.option("--lang", callback=_parse_lang, default=None, metavar="en|es|TAG",
              help="Language: en, es, or a regional tag such as es-MX (figures as the region writes them); "
                   "detected when absent.")
@click.option("--json", "as_json", is_flag=True, help="One JSON object per line.")
def parse(texts: tuple[str, ...], lang: str | None, as_json: bool) -> None:
    """Parse stated values into intervals (arguments, or one per line on stdin)."""
    from reconcile.sources import project_settings
    from reconcile.sources.project import folder_root

    lines = ((text, None) for text in texts) if texts else _stdin_lines()
    root = folder_root(Path("."))  # anywhere inside a project (SPEC §3): its tolerance and bands
    config = project_settings(root) if root is not None else None
    failed = 0
    seen: dict[str, tuple[str, bool]] = {}
    out = sys.stdout
    ascii_only = not _writes_unicode(out)   # JSON's own escapes, not the stream's "\xe1" (no JSON)
    # a blank stdin line is an empty value, as an empty argument is: an error line, so that the
    # output still pairs line for line with the input (it had been skipped, one line short)
    for number, (text, unreadable) in enumerate(lines, 1):
        if unreadable is not None:   # a line that is not UTF-8: its own error line, and the next lines still read
            line, ok = error_line(text, unreadable, as_json, ascii_only), False
        else:
            if text not in seen:
                seen[text] = parsed_line(text, lang, config, as_json, ascii_only)
            line, ok = seen[text]
        out.write(line + "\n")   # a line for every value, so that a script can pair inputs and outputs
        if not ok:   # (the text is shown escaped, "\x01" for one character: the reason follows the tab)
            reason = json.loads(line)["error"] if as_json else line.partition("\terror: ")[2]
            where = f"argument {number}" if texts else f"<stdin>:{number}"
            click.echo(f"Error: {where}: {reason}", err=True)
        failed += not ok
    out.flush()
    if failed:
        click.echo(f"{failed} value(s) could not be parsed", err=True)
        raise SystemExit(2)


def _stdin_lines() -> Any:
    """stdin's lines, read as UTF-8, each with None or, for a line that is not UTF-8 ("m\\xe1s de 500", Latin-1),
    why it cannot be read: an error at its line (shown with the byte escaped), not a character dropped ("m?s de
    500" read as exactly 500), and not the end of the run (the lines after it pair with their output lines)."""
    stream = getattr(sys.stdin, "buffer", None)
    if stream is None:   # a text stream (a test's, an embedding program's): already decoded
        yield from ((line.rstrip("\r\n").lstrip("\ufeff"), None) for line in sys.stdin)
        return
    source = "latin1"
    for number, raw in enumerate(stream, 1):
        if number == 1 and raw.startswith((b"\xff\xfe", b"\xfe\xff")):
            source = "utf-16"   # its byte order mark: iconv -f latin1 had given other text
        try:
            line, unreadable = raw.decode("utf-8"), None
        except UnicodeDecodeError as error:
            line = raw.decode("utf-8", errors="backslashreplace")
            unreadable = (f"byte 0x{raw[error.start]:02X} at column {error.start + 1} is not UTF-8 text; convert the "
                          f"text to UTF-8 first, e.g. iconv -f {source} -t utf-8 FILE | reconcile parse")
        yield line.rstrip("\r\n").lstrip("\ufeff"), unreadable


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--json", "as_json", is_flag=True, help="Print JSON instead of a table.")
def sources(paths: tuple[str, ...], as_json: bool) -> None:
    """List the sources and how many claims each states."""
    from reconcile.report.render import render_sources

    claims = reconcile.normalize(reconcile.read(paths or "."))
    click.echo(render_sources(source_table(claims), "json" if as_json else "text"), nl=False)


@main.group()
def expectations() -> None:
    """Work with expectation suites."""


@expectations.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--topic", "topics", multiple=True,
              help="Draft a suite for this topic (default: every topic without one).")
def suggest(paths: tuple[str, ...], topics: tuple[str, ...]) -> None:
    """Draft expectations/<topic>.json from the claims, for a person to edit (never overwrites)."""
    from reconcile.expect import suggest_suite

    project, frame = reconcile.normalize(reconcile.read(paths or "."))
    folder = Path(project.root) / "expectations"
    wanted = topics or tuple(sorted(set(frame["topic"])))
    drafts: dict[Path, str] = {}
    for topic in wanted:
        target = folder / f"{topic}.json"
        if target.exists():
            click.echo(f"{target} exists; left as it is", err=True)
            continue
        drafts[target] = json.dumps(suggest_suite(frame, topic), ensure_ascii=False, indent=2) + "\n"
    project_wide = folder / "claims.json"
    if drafts and project_wide not in drafts and not project_wide.exists():
        # the project-wide checks ran from reconcile's own suite while expectations/ held no suite; a
        # topic suite alone there would silently stop them: they are written out, as init writes them
        from reconcile.pipeline import default_suite_path

        drafts[project_wide] = default_suite_path().read_text(encoding="utf-8")
    for target in drafts:  # every target checked before the first is written: an error leaves the folder as it was
        refuse_target(str(target), set())
    if drafts:
        folder.mkdir(parents=True, exist_ok=True)
    for target, text in drafts.items():
        write_atomically(str(target), text, set())
        click.echo(f"drafted {target}" if target.stem in wanted else
                   f"wrote {project_wide}, the checks of every claim (as reconcile init writes it)", err=True)
    if topics and not drafts:
        raise OutputError("every suite asked for exists already", hint="edit it, or delete it to draft it anew")


@main.command()
@click.argument("articles", nargs=-1, required=True, type=click.Path())
@click.option("--lang", type=click.Choice(("en", "es")), default=None,
              help="Language of every sentence (detected per sentence when absent).")
@click.option("--source", "source_id",
              help="Id of the claimant of numbers the text attributes to no one (default: the outlet).")
@click.option("--output", "-o", default="extracted", show_default=True, type=click.Path(),
              help="Project folder to write: DIR/sources/<source-id>.yaml per claimant and outlet, "
                   "and a draft _topics.yaml.")
@click.option("--force", is_flag=True, help="Overwrite files that exist in DIR.")
@click.pass_context
def extract(ctx: click.Context, articles: tuple[str, ...], lang: str | None, source_id: str | None, output: str,
            force: bool) -> None:
    """Propose claims from articles (text or HTML files, or folders of them) as a project folder to review."""
    from reconcile.extract import extract_project
    from reconcile.model.names import MAX_ID
    from reconcile.model.names import is_slug, slugify

    if ctx.get_parameter_source("output") == click.core.ParameterSource.DEFAULT:
        output = extract_folder()   # the project's extracted/, also from its sources/

    from reconcile.extract.project import KnownSources, find_project_root

    known = KnownSources(find_project_root(Path.cwd()))   # read once: for --source and for the claimants
    if source_id is not None:
        source_id = _extract_source(source_id, known)
    if source_id is not None and not is_slug(source_id):
        raise InputError(f'--source "{source_id}" is not a source id', field="source",
                         hint=f"use a lowercase slug such as {slugify(source_id) or 'migracion-colombia'}")
    if source_id is not None and len(source_id) > MAX_ID:   # its file's name, sources/<id>.yaml, would be too long
        raise InputError(f"--source is {len(source_id)} characters long", field="source",
                         hint=f"use an id of at most {MAX_ID} characters, e.g. {source_id[:40].rstrip('-')}")
    if not output.strip():
        raise OutputError("--output is empty", field="--output", hint="give a folder name, e.g. --output extracted")
    articles = _article_files(articles)
    once: dict[Path, str] = {}
    for article in articles:   # an article named twice is read once (its claims had been proposed twice)
        once.setdefault(Path(article).resolve(), article)
    articles = tuple(once.values())
    for article in articles:
        if not Path(article).is_file():
            what = "not a regular file" if Path(article).exists() else "no such article file"   # /dev/zero, a FIFO
            raise InputError(what, file=article, hint="give the path of a .txt or .html file")
    files, count = extract_project([Path(a) for a in articles], lang=lang, source_id=source_id,
                                   project=Path.cwd(), known=known)
    out = write_project(output, files, force, inputs={Path(a).resolve() for a in articles})
    # source files only: the draft _topics.yaml and _places.yaml are not sources
    written = sum(not Path(name).name.startswith("_") for name in files)
    click.echo(f"Wrote {count} proposed claim(s) in {written} source file(s) to {out / 'sources'}; "
               f"review each claim's note, then run: reconcile report {output}", err=True)


def _extract_source(given: str, known: KnownSources) -> str:
    """``extract --source``: a source of the current project by its id, name or alias (N5 D9: "--source MoDMR"
    had been refused, and the slug it advised drafted a second source beside the project's); an id close to
    one of the project's gets a warning, since it drafts a new, independent source."""
    import difflib

    from reconcile.model.names import is_slug

    found, _ = known.body_id([given])
    if found is not None:
        if found != given:
            click.echo(f"--source {given!r} is your project's source {found!r}", err=True)
        return found
    if is_slug(given) and known.declared:
        close = difflib.get_close_matches(given, sorted(known.declared), n=1, cutoff=0.8)
        if close:
            click.echo(f"Warning: --source {given!r} is no source of your project; did you mean {close[0]!r}? "
                       f"(drafting a new source {given!r})", err=True)
    return given


#: the files of a folder given to extract that are articles
ARTICLE_SUFFIXES = (".txt", ".html", ".htm", ".md")


def _article_files(given: tuple[str, ...]) -> tuple[str, ...]:
    """The articles given: a folder stands for its article files (.txt, .html, .htm, .md), in name
    order, not its subfolders; a folder with none is an error."""
    out: list[str] = []
    for article in given:
        if not Path(article).is_dir():
            out.append(article)
            continue
        found = sorted(str(p) for p in Path(article).iterdir()
                       if p.suffix.lower() in ARTICLE_SUFFIXES and p.is_file() and not p.name.startswith("."))
        if not found:
            raise InputError("the folder holds no article file", file=article,
                             hint=f"give article files ({', '.join(ARTICLE_SUFFIXES)}), or a folder that holds them")
        out.extend(found)
    return tuple(out)


@main.command()
@click.argument("directory", default=".", type=click.Path(file_okay=False))
def init(directory: str) -> None:
    """Scaffold a reconcile project (never overwrites a file)."""
    from reconcile.sources.scaffold import scaffold

    if not directory.strip():   # an unset variable ("reconcile init $DIR"): not the current folder unasked
        raise InputError("DIR is empty", field="DIR",
                         hint="give the project's folder, e.g. reconcile init my-project; "
                              "for the current folder: reconcile init .")
    created = scaffold(Path(directory))
    for path in created:
        click.echo(f"created {path}", err=True)
    if not created:
        click.echo(f"{directory} already has every project file; nothing was changed", err=True)


if __name__ == "__main__":  # pragma: no cover
    main()

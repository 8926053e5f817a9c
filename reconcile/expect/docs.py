"""Offline HTML Data Docs of a validation: GX's own pages, with every network reference removed.

GX renders a validation result into a page that loads Bootstrap, jQuery, Font Awesome and a
logo from CDNs. ``build_docs`` writes one such page per suite run plus an index of reconcile's
own outcomes into a folder, stripping scripts, remote stylesheets, images and external links
(GX's default stylesheet is already inline) so the folder opens anywhere with no network.
"""
from __future__ import annotations

import datetime
import hashlib
import html
import os
import re
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from reconcile.errors import OutputError
from reconcile.expect import gx as expect_gx
from reconcile.expect.validate import run_suites
from reconcile.runtime.writing import refuse_inputs, refuse_project_folders, write_folder

if TYPE_CHECKING:
    import pandas as pd

    from reconcile.model.records import Project, Validation

__all__ = ["CSP", "build_docs", "offline", "render_result", "sanitize"]

_REMOTE = r"""(?:https?:)?//[^"'\s>)]*"""
_STRIP = [
    (re.compile(r"<script\b[^>]*>.*?</script>", re.S | re.I), ""),
    (re.compile(rf"""<link\b[^>]*href=["']{_REMOTE}["'][^>]*>""", re.I), ""),
    (re.compile(r"""<link\b[^>]*rel=["'](?:shortcut )?icon["'][^>]*>""", re.I), ""),
    (re.compile(rf"""<img\b[^>]*src=["']{_REMOTE}["'][^>]*>""", re.I), ""),
    (re.compile(rf"""url\(\s*["']?{_REMOTE}["']?\s*\)""", re.I), "none"),
    (re.compile(r"""@import\s+url\([^)]*\)\s*;?|@import\s+["'][^"']*["']\s*;?""", re.I), ""),
    (re.compile(r"""href=["'](?:\.\./)+index\.html["']""", re.I), 'href="index.html"'),
    (re.compile(rf"""\s(?:href|src)=["'](?:{_REMOTE}|\.\./[^"']*)["']""", re.I), ""),
]
_STYLE = """<style>
body { font-family: system-ui, sans-serif; margin: 1.5rem; color: #222; }
table { border-collapse: collapse; margin: 0.5rem 0; }
td, th { border: 1px solid #ccc; padding: 0.25rem 0.5rem; vertical-align: top; text-align: left; }
.fail { color: #a40000; font-weight: bold; } .pass { color: #216e00; }
.navbar, .ge-walkthrough-modal, .modal, footer { display: none; }
.fa-check-circle::before { content: "\\2714 pass"; color: #216e00; }
.fa-times::before { content: "\\2718 FAIL"; color: #a40000; font-weight: bold; }
</style>"""


#: the pages need no script, no font, no frame, nothing from anywhere: only their own inline
#: styles and data: images. Whatever markup a failing value smuggles in cannot run.
CSP = ("default-src 'none'; style-src 'unsafe-inline'; img-src data:; base-uri 'none'; "
       "form-action 'none'")
_HEAD = (f'<meta charset="utf-8">\n<meta http-equiv="Content-Security-Policy" content="{CSP}">\n'
         '<meta name="viewport" content="width=device-width, initial-scale=1.0">')
#: what a GX page body may keep: nh3's (ammonia's) safe tags, with classes, ids and layout styles
_ATTRIBUTES = {"*": {"class", "id", "title", "style"}, "a": {"href"}, "td": {"colspan", "rowspan"},
               "th": {"colspan", "rowspan", "scope"}}
_STYLE_PROPERTIES = {"height", "max-height", "min-height", "width", "max-width", "overflow", "overflow-x",
                     "overflow-y", "overflow-wrap", "white-space", "word-break", "margin", "margin-top",
                     "margin-bottom", "margin-left", "margin-right", "padding", "text-align", "display"}


def offline(page: str) -> str:
    """A GX page with its scripts, remote assets and external links removed, then sanitized."""
    for pattern, replacement in _STRIP:
        page = pattern.sub(replacement, page)
    return sanitize(page)


def sanitize(page: str) -> str:
    """A GX page rebuilt from safe parts. GX writes failing values (a claim id such as
    ``<svg/onload=...>``) into its pages as markup, so its body goes through an HTML sanitizer
    (nh3: no script, no event handler, no ``javascript:`` URL, only relative links); the head is
    ours, with GX's stylesheets (its template's, before the body: no value is written there)
    and a Content-Security-Policy that forbids every script."""
    import nh3

    start = re.search(r"<body\b[^>]*>", page, re.I)
    head, body = (page[:start.start()], page[start.end():]) if start else ("", page)
    end = body.lower().rfind("</body>")
    body = body[:end] if end >= 0 else body
    body = body.encode("utf-8", "backslashreplace").decode("utf-8")  # a lone surrogate as text
    styles = "\n".join(f"<style>{css}</style>" for css in
                       re.findall(r"<style\b[^>]*>(.*?)</style>", head, re.S | re.I) if css.strip())
    tags = set(nh3.ALLOWED_TAGS) - {"img", "map", "area"}
    clean = nh3.clean(body, tags=tags, attributes=_ATTRIBUTES, url_schemes=set(), link_rel=None,
                      strip_comments=True, filter_style_properties=_STYLE_PROPERTIES,
                      clean_content_tags={"script", "style", "template", "noscript", "textarea"})
    return (f"<!DOCTYPE html>\n<html lang=\"en\">\n<head>\n{_HEAD}\n"
            f"<title>reconcile: Great Expectations validation</title>\n{styles}\n{_STYLE}\n</head>\n"
            f"<body>\n{clean}\n</body>\n</html>\n")


#: the longest page stem kept as it is: with "-NN.html" for a second page of the same name, the name
#: stays within the 255 bytes a file name may have on common file systems (ext4, APFS, NTFS)
_STEM_MAX = 200


def _page_name(label: str, topic: str | None) -> str:
    """The page of a suite: its label and topic, made a file name. A name too long for the file
    system (a suite's own name may take 250 characters) is cut, and ends with a hash of the whole,
    so that two long names stay two pages and a page keeps its name from run to run."""
    stem = re.sub(r"[^A-Za-z0-9._-]+", "-", label + (f"-{topic}" if topic else "")).strip("-")
    if len(stem) > _STEM_MAX:
        stem = f"{stem[:_STEM_MAX - 13]}-{hashlib.sha256(stem.encode()).hexdigest()[:12]}"
    return f"{stem}.html"


def render_result(result: Any) -> str:
    """GX's own Data Docs page of one validation result (HTML, before ``offline``/``sanitize``)."""
    with expect_gx.quiet():
        from great_expectations.render.renderer import ValidationResultsPageRenderer
        from great_expectations.render.view import DefaultJinjaPageView

        document = ValidationResultsPageRenderer().render(result)
        return DefaultJinjaPageView().render(document)


def build_docs(claims: pd.DataFrame, project: Project, directory: Path,
               suite_paths: Sequence[Path] | None = None,
               today: datetime.date | None = None, inputs: Iterable[Path] = ()) -> Path:
    """Validate, then write offline Data Docs into directory; the index page's path.

    ``inputs``: other files and folders the run read (a table's folder of parts, files named on
    the command line), never written over or into, as the project's sources/ and expectations/."""
    directory = Path(directory)
    root = Path(project.root).resolve()
    inputs = {root / "sources", root / "expectations", *(Path(p).resolve() for p in suite_paths or ()),
              *(Path(p).resolve() for p in inputs)}
    if directory.exists() and not directory.is_dir():
        raise OutputError("--docs names a file, not a folder", file=str(directory),
                          hint="give a folder for the Data Docs, e.g. reports/docs")
    refuse_inputs(directory, inputs, str(directory), "docs")  # before the slow part
    refuse_project_folders(directory, str(directory), "docs")
    if directory.is_dir() and any(directory.iterdir()) and not _earlier_docs(directory):
        # (a site's own index.html had been replaced, and pages written beside its files)
        raise OutputError("the folder holds other files; not replacing them", file=str(directory),
                          hint="give a new or empty folder, or one an earlier validate --docs wrote")
    validation, raw = run_suites(claims, project, suite_paths, today)
    pages: list[tuple[str, str | None, str]] = []
    files: dict[str, str] = {}
    for label, topic, result in raw:
        if result is None:
            continue
        name = _page_name(label, topic)
        taken = {n.casefold() for n in files}
        stem, number = name[:-len(".html")], 2
        while name.casefold() in taken or name.casefold() == "index.html":
            # "t1 x.json" and "t1-x.json", or "T1x.json" and "t1x.json" on a disk that folds case: one page each
            name, number = f"{stem}-{number}.html", number + 1
        files[name] = offline(render_result(result))
        pages.append((label, topic, name))
    files["index.html"] = _index(validation, pages)
    write_folder(directory, files, inputs)  # all pages, or none changed
    return directory / "index.html"


#: the title of the index page: the mark of a folder of Data Docs that ``build_docs`` wrote
_INDEX_TITLE = re.compile(r"<title>reconcile: validation of \d+ claims</title>")


def _earlier_docs(directory: Path) -> bool:
    """``directory`` holds Data Docs an earlier run wrote and nothing else: its index page, pages, and
    the temporary folder of a run that was killed (``write_folder`` removes it)."""
    try:
        entries = list(os.scandir(directory))
        index = next((e for e in entries if e.name == "index.html" and e.is_file(follow_symlinks=False)), None)
        if index is None:
            return False
        with open(index.path, encoding="utf-8", errors="replace") as stream:
            head = stream.read(4096)
    except OSError:
        return False
    return bool(_INDEX_TITLE.search(head)) and all(
        entry.name.startswith(".pages.") or (entry.name.endswith(".html") and entry.is_file(follow_symlinks=False))
        for entry in entries)


def _index(validation: Validation, pages: list[tuple[str, str | None, str]]) -> str:
    e = html.escape
    failed = sum(not o.success for o in validation.outcomes)
    rows = []
    for o in validation.outcomes:
        failing = "<br>".join(e(f) for f in o.failing[:10])
        if len(o.failing) > 10:
            failing += f"<br>... ({len(o.failing) - 10} more listed in the JSON output)"
        result = "pass" if o.success else "fail"
        rows.append(
            f"<tr><td class=\"{result}\">{result.upper() if result == 'fail' else result}</td>"
            f"<td>{e(o.suite)}</td><td>{e(o.expectation)}</td><td>{e(o.column or '')}</td>"
            f"<td>{e(o.description)}</td><td>{failing}</td><td>{e(', '.join(o.sample))}</td></tr>")
    links = "".join(f'<li><a href="{e(name)}">{e(label)}{e(f" ({topic})" if topic else "")}'
                    f"</a></li>" for label, topic, name in pages)
    return f"""<!DOCTYPE html>
<html lang="en">
<head>{_HEAD}
<title>reconcile: validation of {validation.claims} claims</title>
{_STYLE}</head>
<body>
<h1>Validation of {validation.claims} claims</h1>
<p>{failed} of {len(validation.outcomes)} expectations failed.</p>
<table>
<tr><th>result</th><th>suite</th><th>expectation</th><th>column</th><th>meaning</th>
<th>failing claims</th><th>sample</th></tr>
{chr(10).join(rows)}
</table>
<h2>Great Expectations pages</h2>
<ul>{links}</ul>
</body>
</html>
"""

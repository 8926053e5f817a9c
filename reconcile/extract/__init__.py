"""Articles -> proposed claims, written as a project folder to review (SPEC §6 ``reconcile extract``)."""
from __future__ import annotations

from pathlib import Path

from reconcile.errors import InputError
from reconcile.extract.article import Article, parse_article, read_article
from reconcile.extract.project import Draft, KnownSources, draft_project, find_project_root, render_files
from reconcile.extract.propose import Proposal, propose

__all__ = ["Article", "Proposal", "extract_project", "parse_article", "propose", "read_article"]


def extract_project(paths: list[Path], lang: str | None = None, source_id: str | None = None,
                    project: Path | None = None, known: KnownSources | None = None) -> tuple[dict[str, str], int]:
    """The files of a project proposing the claims of ``paths`` (relative path -> text), and the
    number of claims. Claimants that match a source of the project at or above ``project`` (by
    name or alias) keep its id; ``known``: that project's sources, when the caller read them already."""
    if known is None:
        known = KnownSources(find_project_root(project) if project is not None else None)
    draft = Draft()
    count = 0
    for path in paths:
        article = read_article(path, str(path))
        proposals = propose(article, lang)
        draft_project(draft, article, proposals, known, source_id)
        count += len(proposals)
    if not draft.sources:
        # no claim, no outlet, no --source: a folder without a source file is no project `reconcile report` runs on
        where = "" if len(paths) == 1 else f" in {', '.join(str(path) for path in paths)}"
        raise InputError(f"no claim to propose{where}, and no outlet to draft a source for; nothing written",
                         file=str(paths[0]) if len(paths) == 1 else None,
                         hint="check it is the article you meant; to draft its outlet anyway, give an outlet: header "
                              "line or --source ID")
    return render_files(draft, [path.name for path in paths], known), count

"""``reconcile init``: a new project folder with one example of every file a user writes."""
from __future__ import annotations

from importlib import resources
from pathlib import Path

from reconcile.errors import OutputError

TOPICS = """\
# Topics: what a set of claims is about. Only claims of one topic are reconciled together.
topics:
  - id: example-topic
    title: What the numbers of this topic count, where and when
    unit: people
    cumulative: true          # a count to date: it may only grow as as_of moves on
    bounds: [0, 1000000]      # optional: plausible values; outside them is implausible-value
    date_tolerance_days: 0    # optional: as_of dates this close count as the same date
# settings:                   # optional, for the whole project
#   tolerance: 0.1            # "about N" means [N - 10%, N + 10%]
#   bands: {hundreds: [200, 999]}
"""

PLACES = """\
# Regions that are not ISO 3166 codes, each with its parent. ISO 3166 countries and
# subdivisions are known already, by code or by name (Norte de Santander is CO-NSA).
places: []
#  - id: CO-ORI               # any code not taken by ISO 3166
#    name: Orinoquía
#    aliases: [Regional Orinoquía]
#    parent: CO
"""

SOURCE = """\
# One file per source: who states the numbers, and the numbers it states.
source:
  id: example-agency
  name: Example Agency
  aliases: [The Agency]
  kind: government-agency     # government | government-agency | military | ngo | intergovernmental | media \
| academic | other
  country: CO
claims:
  - id: example-total
    topic: example-topic
    population: [soldiers, police]
    criterion: crossed-into-colombia
    place: CO
    as_of: 2019-03-07
    stated_on: 2019-03-07
    value: more than 500
    lang: en
    quote: "More than 500 soldiers have crossed into Colombia, the agency said."
    url: https://example.org/article
"""

FILES = {
    "sources/_topics.yaml": TOPICS,
    "sources/_places.yaml": PLACES,
    "sources/example-agency.yaml": SOURCE,
    "reports/.gitkeep": "",
}


def default_suite() -> str:
    """The expectation suite every project starts with (expectations/claims.json)."""
    return resources.files("reconcile").joinpath("templates/claims.json").read_text(encoding="utf-8")


def _holds_sources(folder: Path) -> bool:
    """Whether a sources/ folder holds a file of the user's (a source file, a table): a project already."""
    return folder.is_dir() and any(not p.name.startswith((".", "_")) for p in folder.iterdir())


def _project_part(directory: Path) -> Path | None:
    """The project whose sources/, reports/ or expectations/ holds ``directory`` (a new project there would
    hide it from the commands run in that folder), or None."""
    here = directory.resolve()
    for folder in (here, *here.parents):
        if folder.name in ("sources", "reports", "expectations") and (folder.parent / "sources").is_dir():
            return folder.parent
    return None


def scaffold(directory: Path) -> list[Path]:
    """Write the files of a new project; existing files are left alone. Returns what was created."""
    files = dict(FILES)
    files["expectations/claims.json"] = default_suite()
    if (directory / "sources" / "_topics.yaml").exists() or _holds_sources(directory / "sources"):
        # an existing project: its topics are its own, and the example's topic is not among them (a _topics.yaml
        # of the example's alone would make every topic its claims name unknown)
        del files["sources/example-agency.yaml"]
        if not (directory / "sources" / "_topics.yaml").exists():
            del files["sources/_topics.yaml"]
    created = []
    if directory.exists() and not directory.is_dir():
        raise OutputError("exists and is not a folder", file=str(directory), hint="choose another folder")
    inside = _project_part(directory)
    if inside is not None:
        raise OutputError(f"is inside the project {inside} (its {directory.resolve().relative_to(inside).parts[0]}/)",
                          file=str(directory), hint=f"run reconcile init in {inside}, or choose a folder outside it")
    from reconcile.runtime.writing import refuse_link

    for relative in files:   # checked before any is written: a sources/ that links out of the folder
        refuse_link(directory / relative, str(directory / relative))
    for relative, text in files.items():
        path = directory / relative
        if path.exists():
            continue
        path.parent.mkdir(parents=True, exist_ok=True)
        with open(path, "x", encoding="utf-8") as handle:  # "x": never overwrite
            handle.write(text)
        created.append(path)
    return created

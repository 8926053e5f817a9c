"""Readers: a project's sources, topics and places, and its claims with file:line.

A project is a folder with ``sources/``. Each ``sources/*.yaml`` file holds one source and its
claims, inline or pointing at a CSV/XLSX table (``claims: table.csv``); ``_topics.yaml`` and
``_places.yaml`` hold the declarations. CSV and XLSX files may also be given directly, with a
``source`` column. Readers live in ``READERS``: a new format touches one table. Every file is
read by the safe-path rule of ``files.py`` (inside the project root, a regular file, within the
size limit), except the files named on the command line, which are read as given.

Readers return *raw claims*: dicts of the fields as written, plus ``_source``, ``_file``,
``_line`` and ``_lines`` (field -> line). Tables stay tables: a DataFrame of the fields as
written plus ``_source``, ``_file`` and ``_line`` columns (``tables.py``, pandas' C parser), so a
million claims in CSV load in seconds. ``claims.build_frame`` checks and normalizes both.
"""
from __future__ import annotations

import os
import posixpath
import unicodedata
from pathlib import Path
from typing import Any, Callable, Iterable

from reconcile.errors import InputError
from reconcile.model.records import (
    CLAIM_FIELDS, PLACE_FIELDS, REQUIRED_SOURCE_FIELDS, SOURCE_FIELDS, SOURCE_KINDS,
    TOPIC_FIELDS, Place, QuantityConfig, Source, Topic,
)
from reconcile.model.names import (MAX_DECLARED_ID, PlaceIndex, closest_source, is_iso_code, is_slug, iso_place,
                                    iso_resolve, parse_flag, slugify)
from reconcile.sources import claimreview
from reconcile.sources.files import inside, nested_input, refuse_folder_outside, safe_path
from reconcile.sources.lookalike import _shown, check_claim, check_text, describe
from reconcile.sources.settings import quantity_config
from reconcile.sources.loaded import Loaded, RawClaim, display_path  # noqa: F401 (re-exported)
from reconcile.sources.tables import TABLE_SUFFIXES, read_table, resolve_claimants, table_parts
from reconcile.sources.yamlfile import Mapping, Number, Sequence, parse_yaml

#: a source file's fields (``compiles``: SPEC.md §3, a table of many claimants' figures)
KNOWN_SOURCE_FIELDS = tuple(dict.fromkeys((*SOURCE_FIELDS, "compiles")))


def _fail_unknown(mapping: Mapping, known: Iterable[str], display: str, what: str) -> None:
    known = tuple(known)
    for key in mapping:
        if key not in known:
            keys = list(mapping)
            before = keys[keys.index(key) - 1] if keys.index(key) else None
            # "{value: 1,200}": in a flow mapping the comma ends the value, and "200" reads as a key
            split = (str(key).isdigit() and mapping[key] is None and before is not None
                     and str(mapping[before]).isdigit())
            number = f"{mapping[before]},{key}" if split else ""
            # a no-break or invisible space pasted from a web page: shown as an escape ("value\xa0"), and named
            shown = _shown(str(key))
            odd = next((ch for ch in str(key) if _shown(ch) != ch), None)
            meant = unicodedata.normalize("NFKC", str(key)).strip()
            meant = "".join(ch for ch in meant if unicodedata.category(ch) != "Cf")
            retype = (f"it holds {describe(odd)}, which does not print as itself: retype the name"
                      + (f' as "{meant}"' if meant in known else "") + ". " if odd else "")
            raise InputError(f'unknown field "{shown}" in {what}', file=display,
                             line=mapping.lines.get(key, mapping.line), field=shown,
                             hint=retype + (f'in {{...}} a comma ends a value: "{number}" was cut in two; quote it '
                                            f'({before}: "{number}"). ' if split else "")
                             + f"known fields: {', '.join(known)}")


def _require(mapping: Mapping, names: Iterable[str], display: str, what: str) -> None:
    for name in names:
        value = mapping.get(name)
        if value is None or isinstance(value, str) and not value.strip():   # "   " names nothing, as "" does
            raise InputError(f'missing required field "{name}" in {what}', file=display,
                             line=mapping.lines.get(name, mapping.line), field=name, hint=f'add "{name}: ..."')


def _text(value: Any, display: str, line: int, name: str) -> str:
    if isinstance(value, (Mapping, Sequence)):
        raise InputError(f'field "{name}" must be text, not a {"list" if isinstance(value, list) else "mapping"}',
                         file=display, line=line, field=name)
    return str(value)


def _text_list(value: Any, display: str, line: int, name: str) -> tuple[str, ...]:
    if value is None:
        return ()
    if isinstance(value, str):   # "Bee, Bea"; '[Bee, Bea]', a list quoted by mistake, is the same
        value = value.strip()
        if value.startswith("[") and value.endswith("]"):
            value = value[1:-1]
        return tuple(part.strip().strip("'\"").strip() for part in value.split(",") if part.strip().strip("'\""))
    if isinstance(value, list):
        if any(item is None or item == "" for item in value):
            raise InputError(f'field "{name}" has an empty entry', file=display, line=line, field=name,
                             hint=f"remove the empty entry (a lone - or null) from {name}")
        nested = next((item for item in value if isinstance(item, (Mapping, list))), None)
        if nested is not None:   # "aliases: [[Migration Colombia], x]": a list in the list
            raise InputError(f'an entry of field "{name}" is a {"list" if isinstance(nested, list) else "mapping"}',
                             file=display, line=line, field=name,
                             hint=f"write each entry as text: {name}: [a, b]")
        return tuple(_text(item, display, line, name) for item in value)
    raise InputError(f'field "{name}" must be a list', file=display, line=line, field=name,
                     hint=f"write {name}: [a, b]")


# --- declarations ------------------------------------------------------------------------------

def read_source_file(path: Path, loaded: Loaded, identity_only: bool = False) -> None:
    display, text = loaded.read_text(path)
    doc = parse_yaml(text, display)
    if not isinstance(doc, Mapping) or not isinstance(doc.get("source"), Mapping):
        raise InputError('a source file must have a "source:" mapping', file=display,
                         line=getattr(doc, "line", 1),
                         hint="start the file with source: {id: ..., name: ...} and a claims: list")
    _fail_unknown(doc, ("source", "claims"), display, "a source file")
    head: Mapping = doc["source"]
    _fail_unknown(head, KNOWN_SOURCE_FIELDS, display, "source")
    _require(head, REQUIRED_SOURCE_FIELDS, display, "source")
    source_id = _text(head["id"], display, head.lines["id"], "id")
    for key in ("id", "name", "aliases"):
        written = head.get(key)
        for value in written if isinstance(written, list) else [written]:
            check_text(value, field=f"source {key}", file=display, line=head.lines.get(key), strict=False)
    if not is_slug(source_id):
        raise InputError(f'source id "{source_id}" is not a lowercase slug', file=display,
                         line=head.lines["id"], field="id", hint="use lowercase letters, digits and hyphens")
    _short_id(source_id, "source", display, head.lines["id"])
    kind = _text(head.get("kind") or "other", display, head.lines.get("kind", head.line), "kind")
    if kind not in SOURCE_KINDS:
        raise InputError(f'unknown source kind "{kind}"', file=display, line=head.lines["kind"],
                         field="kind", hint=f"use one of: {', '.join(SOURCE_KINDS)}")
    if source_id in loaded.sources:
        other = loaded.sources[source_id]
        raise InputError(f'duplicate source id "{source_id}"', file=display, line=head.lines["id"],
                         field="id", hint=f"it is also declared in {other.file}:{other.line}; merge the two files, "
                                               "or give this source another id")
    country, url, note = (_text(head[key], display, head.lines[key], key) if head.get(key) not in (None, "") else None
                          for key in ("country", "url", "note"))
    if country is not None:
        code = iso_resolve(country)
        if code is None or "-" in code:
            close = PlaceIndex().closest(country)
            raise InputError(f'country "{country}" is no ISO 3166 country', file=display, line=head.lines["country"],
                             field="country", hint=(f"did you mean {close.split('-')[0]}? Or " if close else "")
                             + 'write its two-letter code, e.g. country: CO (quoted for Norway: "NO")')
        country = code
    loaded.sources[source_id] = Source(
        id=source_id,
        name=_text(head["name"], display, head.lines["name"], "name"),
        aliases=_text_list(head.get("aliases"), display, head.lines.get("aliases", head.line), "aliases"),
        kind=kind,
        country=country.upper() if country else None,
        url=url,
        note=note,
        file=display,
        line=head.lines["id"],
    )
    compiles = parse_flag(head.get("compiles", False))
    if compiles is None:
        raise InputError('"compiles" must be true or false', file=display, line=head.lines["compiles"],
                         field="compiles", hint="write compiles: true when its table names many claimants")
    claims = doc.get("claims")
    if claims is None or identity_only:
        return
    if isinstance(claims, str) and not claims.strip():
        raise InputError('"claims" is empty', file=display, line=doc.lines["claims"], field="claims",
                         hint="list the claims (claims: [] for none yet), or give the path of a table or a "
                              "folder of part files")
    if isinstance(claims, str):  # a table of claims beside the source file
        _read_pointed_table(path, display, claims, doc.lines["claims"], loaded, source_id, compiles)
        return
    if not isinstance(claims, Sequence):
        raise InputError('"claims" must be a list of claims or the path of a CSV/XLSX table',
                         file=display, line=doc.lines["claims"], field="claims")
    for item, line in zip(claims, claims.lines):
        if not isinstance(item, Mapping):
            raise InputError("each claim must be a mapping of fields", file=display, line=line,
                             hint="write each claim as a mapping: - {topic: ..., value: ...}")
        _fail_unknown(item, CLAIM_FIELDS, display, "claim")
        check_claim(item, item.lines, display, item.line)
        population = item.get("population")
        if isinstance(population, list):
            _text_list(population, display, item.lines["population"], "population")
        raw = dict(item)
        raw.update(_source=source_id, _file=display, _line=item.line, _lines=item.lines)
        loaded.claims.append(raw)


def _through_pointing_files(files: list[Path], declarations: Path, loaded: Loaded) -> list[Path]:
    """A table named on the command line that a source file of its project points at
    (``claims: a.csv``) is read through that source file, as in the whole project (SPEC §3: an
    empty ``source`` cell is that source, a row naming another is read through it); read on its
    own, it had no claimant for its empty cells and no ``via`` for the others."""
    tables = {Path(os.path.realpath(p)): p for p in files if p.suffix.lower() in TABLE_SUFFIXES}
    if not tables:
        return files
    swapped = dict.fromkeys(files)
    for path in sorted(declarations.glob("*.y*ml")):
        if path.name.startswith(("_", ".")) or not path.is_file():
            continue
        display, text = loaded.read_text(path)
        doc = parse_yaml(text, display)
        written = doc.get("claims") if isinstance(doc, Mapping) else None
        table = tables.get(Path(os.path.realpath(path.parent / written))) if isinstance(written, str) else None
        if table is not None:
            swapped.pop(table, None)
            swapped[path] = None
    return list(swapped)


def _read_pointed_table(path: Path, display: str, written: str, line: int, loaded: Loaded, source_id: str,
                        compiles: bool) -> None:
    """The table a source file points at (``claims: table.csv``, or ``claims: folder/`` for a table
    of part files, ``tables.table_parts``), read through that source: it must be a table inside
    the project (inside the source file's own folder for a source file named on the command
    line outside any project), not the source file itself, and no other source file may point
    at it or at one of its parts."""
    table = path.parent / written
    suffixes = ", ".join(TABLE_SUFFIXES)
    within = loaded.boundaries.get(Path(os.path.abspath(path)), loaded.root)
    within = loaded.root if within is not None or inside(path, loaded.root) else path.resolve().parent
    if not inside(table, within):
        # before its suffix or whether it exists: a pull request's source file learns nothing of the files
        # outside the checkout ("not found" for one path, "outside" for another had told which exist)
        link = " (a symbolic link)" if os.path.islink(table) else ""
        raise InputError(f'claims table "{written}"{link} lies outside the project folder', file=display,
                         line=line, field="claims", hint="a project reads only files inside its own folder: "
                                                         "move the table into the project and point at it there")
    folder = os.path.isdir(table)
    if not folder and table.suffix.lower() not in TABLE_SUFFIXES:
        raise InputError(f'claims: "{written}" is not a table ({table.suffix or "no suffix"})', file=display,
                         line=line, field="claims", hint=f"point at a table ending in {suffixes}, a folder of "
                                                          "its part files, or list the claims in this file")
    if not os.path.lexists(table):
        raise InputError(f'claims table "{written}" not found', file=display, line=line, field="claims",
                         hint=f"give the path of a {suffixes} table, or of a folder of its part files, "
                              "relative to this file")
    if folder:
        if not inside(table, within):
            link = " (a symbolic link)" if os.path.islink(table) else ""
            raise InputError(f'claims folder "{written}"{link} lies outside the project folder', file=display,
                             line=line, field="claims", hint="a project reads only files inside its own folder: "
                                                             "move the folder into the project and point at it there")
        files = table_parts(table, written, dict(file=display, line=line, field="claims"))
        named = [f"{written.rstrip('/')}/{part.name}" for part in files]
        loaded.read.add(table.resolve())   # an input folder: never an output, nor a place for one
    else:
        files, named = [table], [written]
    resolved = []
    for part, name in zip(files, named):
        try:
            resolved.append(safe_path(part, name, within))
        except InputError as exc:  # named where the source file points at it
            raise InputError(f'claims table "{name}": {exc.message}', file=display, line=line, field="claims",
                             hint=exc.hint) from exc
    if path.resolve() in resolved:
        raise InputError("claims: names this source file itself", file=display, line=line, field="claims",
                         hint=f"point at a table ({suffixes}), or list the claims in this file")
    keys = ([table.resolve()] if folder else []) + resolved
    for key, name in zip(keys, ([written] if folder else []) + named):
        if key in loaded.pointed:
            raise InputError(f'claims table "{name}" is also the table of {loaded.pointed[key]}',
                             file=display, line=line, field="claims",
                             hint="one table belongs to one source file: give the other source its own table, or "
                                  "name each row's claimant in a source column of this one")
        loaded.pointed[key] = display
    for part in files:
        loaded.boundaries[Path(os.path.abspath(part))] = within
        read_claims_table(part, loaded, source_id, compiles)


def pointed_table(path: Path, root: Path) -> str | None:
    """The display name of the table a source file points at (``claims: table.csv``), as the
    table's rows name their file; None when its claims are inline. Read by the safe-path rule."""
    display, text = Loaded(root=root).read_text(path)
    doc = parse_yaml(text, display)
    claims = doc.get("claims") if isinstance(doc, Mapping) else None
    return display_path(path.parent / claims, root) if isinstance(claims, str) else None


def _declarations(path: Path, loaded: Loaded, key: str, fields: tuple[str, ...]) -> tuple[str, Any]:
    """_topics.yaml or _places.yaml: its display name and document (None when empty), which
    must hold a ``key:`` list and only ``fields``."""
    display, text = loaded.read_text(path)
    doc = parse_yaml(text, display)
    if doc is None:
        return display, None
    if not isinstance(doc, Mapping) or not isinstance(doc.get(key), Sequence):
        raise InputError(f'{path.name} must have a "{key}:" list', file=display, line=getattr(doc, "line", 1))
    _fail_unknown(doc, fields, display, path.name)
    return display, doc


def project_settings(root: Path) -> QuantityConfig | None:
    """The parsing settings (tolerance, bands) of the project at ``root``, from its
    ``sources/_topics.yaml`` and checked as when the project is read; None outside a project."""
    path = root / "sources" / "_topics.yaml"
    if not path.is_file():
        return None
    loaded = Loaded(root=root)
    read_topics(path, loaded)
    return quantity_config(loaded.settings)


def project_places(root: Path) -> list[Place]:
    """The places the project at ``root`` declares in ``sources/_places.yaml`` (none without one), read and
    checked as when the project is read."""
    path = root / "sources" / "_places.yaml"
    if not path.is_file():
        return []
    loaded = Loaded(root=root)
    read_places(path, loaded)
    return list(loaded.places.values())


def read_topics(path: Path, loaded: Loaded) -> None:
    display, doc = _declarations(path, loaded, "topics", ("topics", "settings"))
    if doc is None:
        return
    settings = doc.get("settings")
    if settings is not None and not isinstance(settings, Mapping):  # "settings: tolerance=0.2" is no setting
        raise InputError('"settings:" must be a mapping of settings', file=display,
                         line=doc.lines.get("settings", doc.line), field="settings",
                         hint="write each setting on its own line under settings:, e.g. settings: {tolerance: 0.2}")
    if isinstance(settings, Mapping):
        loaded.settings.update(doc["settings"])
        loaded.settings["_file"] = display
        loaded.settings["_lines"] = doc["settings"].lines
    for item in doc["topics"]:
        if not isinstance(item, Mapping):
            raise InputError("each topic must be a mapping", file=display, line=doc["topics"].line)
        _fail_unknown(item, TOPIC_FIELDS, display, "topic")
        _require(item, ("id",), display, "topic")
        topic_id = str(item["id"])
        if not is_slug(topic_id):
            raise InputError(f'topic id "{topic_id}" is not a lowercase slug', file=display,
                             line=item.lines["id"], field="id",
                             hint="use lowercase letters, digits and hyphens, e.g. "
                                  f'"{slugify(topic_id) or "my-topic"}"')
        _short_id(topic_id, "topic", display, item.lines["id"])
        if topic_id in loaded.topics:
            raise InputError(f'duplicate topic id "{topic_id}"', file=display, line=item.lines["id"], field="id",
                             hint=f"it is also declared at line {loaded.topics[topic_id].line}: merge the two "
                                  "entries, or give this one another id")
        bounds = item.get("bounds")
        if bounds is not None:
            if not isinstance(bounds, list) or len(bounds) != 2:
                raise InputError('"bounds" must be [lower, upper]', file=display, line=item.lines["bounds"],
                                 field="bounds", hint="write bounds: [0, 150000] (null for no bound)")
            try:
                if any(isinstance(b, bool) for b in bounds):
                    raise TypeError("true/false is no bound")
                bounds = tuple(None if b is None else float(b) for b in bounds)
                if any(b is not None and b != b for b in bounds):
                    raise ValueError("nan is no bound")
            except (TypeError, ValueError) as exc:
                raise InputError('"bounds" must hold numbers', file=display, line=item.lines["bounds"],
                                 field="bounds", hint="write bounds: [0, 150000]") from exc
            if None not in bounds and bounds[0] > bounds[1]:
                raise InputError(f'"bounds" are reversed: {bounds[0]:g} is above {bounds[1]:g}', file=display,
                                 line=item.lines["bounds"], field="bounds", hint="write [lower, upper]")
        tolerance = item.get("date_tolerance_days", 0)
        try:
            if isinstance(tolerance, bool):
                raise TypeError("true/false is no number of days")
            tolerance = int(tolerance)
            if tolerance < 0:
                raise ValueError(tolerance)
        except (TypeError, ValueError) as exc:
            raise InputError('"date_tolerance_days" must be a whole number of days, 0 or more', file=display,
                             line=item.lines["date_tolerance_days"], field="date_tolerance_days") from exc
        cumulative = parse_flag(item.get("cumulative", False))
        if cumulative is None:
            raise InputError('"cumulative" must be true or false', file=display,
                             line=item.lines["cumulative"], field="cumulative")
        criteria: list[tuple[str, str]] = []   # criteria: [{id, within}], counting rules that nest
        criteria_lines: list[tuple[int, int]] = []
        written = item.get("criteria") or []
        where: dict[str, Any] = dict(file=display, line=item.lines.get("criteria", item.line), field="criteria")
        if not isinstance(written, list):
            raise InputError('"criteria" must be a list', **where,
                             hint="write criteria: [{id: present-17h-18h, within: marched}]")
        for entry in written:
            # each error at the entry's own line (its key's, when it has one), not at "criteria:"
            entry_line = getattr(entry, "line", None) or where["line"]
            at = getattr(entry, "lines", {})
            here = dict(where, line=entry_line)
            if not isinstance(entry, Mapping):
                raise InputError("each entry of criteria must be {id: <criterion>, within: <wider criterion>}",
                                 **here, hint="write criteria: [{id: present-17h-18h, within: marched}]")
            unknown = sorted(str(k) for k in set(entry) - {"id", "within", "note"})
            if unknown:
                raise InputError(f'unknown key "{unknown[0]}" in an entry of criteria', **dict(here, line=at.get(
                    unknown[0], entry_line)), hint="an entry has id, within and an optional note")
            if "id" not in entry:
                raise InputError('an entry of criteria has no "id"', **here,
                                 hint="write {id: <criterion>, within: <wider criterion>}")
            child, parent = str(entry["id"]), entry.get("within")
            for key, name in (("id", entry["id"]), ("within", parent)):
                if name is not None and not isinstance(name, str):
                    kind = "a list" if isinstance(name, list) else type(name).__name__
                    raise InputError(f'"{key}" in an entry of criteria must be one criterion, not {kind}',
                                     **dict(here, line=at.get(key, entry_line)),
                                     hint=f"write {key}: marched (one entry per pair: a rule within two wider ones "
                                          "takes two entries)")
                if name is not None and not is_slug(str(name)):
                    raise InputError(f'criterion "{name}" is not a lowercase slug', **dict(here, line=at.get(
                        key, entry_line)), hint="criteria are slugs, as claims write them: crossed-into-colombia")
            if parent is not None:
                criteria.append((child, str(parent)))
                criteria_lines.append((at.get("id", entry_line), at.get("within", entry_line)))
        parents: dict[str, list[str]] = {}
        for child, parent in criteria:
            parents.setdefault(child, []).append(parent)
        for start in parents:   # a loop would make each rule narrower than itself
            seen, todo = set(), list(parents[start])
            while todo:
                current = todo.pop()
                if current == start:
                    line = next((lines[0] for (child, _), lines in zip(criteria, criteria_lines) if child == start),
                                where["line"])
                    raise InputError(f'criteria loop: "{start}" is within itself through "within"',
                                     **dict(where, line=line),
                                     hint="a counting rule can only be within a wider one; remove one link")
                if current not in seen:
                    seen.add(current)
                    todo.extend(parents.get(current, ()))
        prefer = item.get("prefer") or []
        prefer_line = item.lines.get("prefer", item.line)
        prefer_lines = tuple(getattr(prefer, "lines", ()))   # a block list's entries are on lines of their own
        if isinstance(prefer, list):
            wrong = next((n for n, p in enumerate(prefer) if not (isinstance(p, str) and p.strip())), None)
        else:
            wrong = -1   # no list at all: said at prefer:
        if wrong is not None:
            raise InputError('"prefer" must be a list of source ids', file=display,
                             line=_entry_line(prefer_lines, wrong, prefer_line), field="prefer",
                             hint="write prefer: [migracion-colombia, mindef-venezuela]")
        if isinstance(item.get("unit"), Number):   # "unit: 5": a number, not what the topic counts or measures
            raise InputError(f'unit "{item["unit"]}" is a number', file=display, line=item.lines["unit"], field="unit",
                             hint="give what the topic counts or measures: people, USD, km, percent (or leave "
                                  "unit out for a count)")
        loaded.topics[topic_id] = Topic(
            id=topic_id,
            title=_text(_shown_or(item.get("title"), topic_id), display, item.lines.get("title", item.line), "title"),
            unit=_text(item.get("unit") or "count", display, item.lines.get("unit", item.line), "unit"),
            cumulative=cumulative, bounds=bounds, date_tolerance_days=tolerance,
            criteria=tuple(criteria), criteria_lines=tuple(criteria_lines), prefer=tuple(prefer),
            prefer_line=prefer_line, prefer_lines=prefer_lines, file=display, line=item.lines["id"],
            unit_line=item.lines.get("unit", 0) if item.get("unit") else 0,
        )


def _short_id(ident: str, what: str, display: str, line: int) -> None:
    """A source or topic id names files (sources/<id>.yaml, expectations/<topic>.json): a longer one than
    the file system takes had failed later, in another command, as "File name too long"."""
    if len(ident) > MAX_DECLARED_ID:
        raise InputError(f"{what} id is {len(ident):,} characters long", file=display, line=line, field="id",
                         hint=f"use an id of at most {MAX_DECLARED_ID} characters (it names files), "
                              f"e.g. {ident[:40].rstrip('-')}")


def read_places(path: Path, loaded: Loaded) -> None:
    display, doc = _declarations(path, loaded, "places", ("places",))
    if doc is None:
        return
    for item in doc["places"]:
        if not isinstance(item, Mapping):
            raise InputError("each place must be a mapping", file=display, line=doc["places"].line)
        _fail_unknown(item, PLACE_FIELDS, display, "place")
        _require(item, ("id",), display, "place")
        place_id = str(item["id"])
        iso = is_iso_code(place_id)
        if iso:
            place_id = place_id.upper()  # "ve" is VE: one place, whatever the case it is written in
        aliases = _text_list(item.get("aliases"), display, item.lines.get("aliases", item.line), "aliases")
        if iso and set(item) - {"id", "aliases"}:
            raise InputError(f'place id "{place_id}" is an ISO 3166 code', file=display, line=item.lines["id"],
                             field="id", hint="ISO places are known already: give only id and aliases to add names "
                                              "for one (id: CO-DC, aliases: [Bogotá]), or pick a code ISO 3166 does "
                                              "not use for a place of your own")
        if not iso:
            _require(item, ("name",), display, "place")
        if place_id in loaded.places:
            raise InputError(f'duplicate place id "{place_id}"', file=display, line=item.lines["id"], field="id",
                             hint=f"it is also declared at line {loaded.places[place_id].line}: merge the two "
                                  "entries, or give this one another id")
        if not iso:
            _check_place_id(item, place_id, display)
            if not item.get("parent"):
                country = place_id.split("-")[0].upper()
                guess = country if "-" in place_id and is_iso_code(country) else "<code>"
                raise InputError(f'place "{place_id}" has no parent', file=display, line=item.lines["id"],
                                 field="parent",
                                 hint=f"add parent: {guess}, the ISO code or declared place that contains it")
        name, parent = iso_place(place_id) if iso else (
            _text(item["name"], display, item.lines.get("name", item.line), "name"),
            _text(item["parent"], display, item.lines.get("parent", item.line), "parent"))
        loaded.places[place_id] = Place(id=place_id, name=name, aliases=aliases, parent=parent,
                                        file=display, line=item.lines["id"],
                                        parent_line=item.lines.get("parent", item.lines["id"]))


def _check_place_id(item: Mapping, place_id: str, display: str) -> None:
    """A declared place's own code may not be a code or name ISO 3166 gives another place
    ("COL" is Colombia). Names and aliases may repeat ISO's or another declared place's (a city
    and its department, two municipalities called Sucre): a claim that uses such a name is an
    error that lists the places it could mean (``normalize.PlaceIndex``)."""
    taken = iso_resolve(str(item["id"]))
    if taken is not None and taken != place_id:
        raise InputError(f'place id "{item["id"]}" already means {taken} ({iso_place(taken)[0]}) in ISO 3166',
                         file=display, line=item.lines["id"], field="id",
                         hint="give the place a code ISO 3166 does not use")


def read_claims_table(path: Path, loaded: Loaded, source_id: str | None = None, compiles: bool = False) -> None:
    """Claims from a CSV, XLSX or Parquet table (``tables.read_table``); a folder of sources/
    named like one (``claims.parquet/``, a Spark job's output) is a table of its part files
    (``tables.table_parts``), each read on its own."""
    if not os.path.isdir(path):
        read_table(path, loaded, source_id, compiles)
        return
    display = loaded.display(path)
    within = loaded.boundaries.get(Path(os.path.abspath(path)), loaded.root)
    if within is not None and not inside(path, within):
        link = " (a symbolic link)" if os.path.islink(path) else ""
        raise InputError(f"the table folder{link} lies outside the project folder", file=display,
                         hint="a project reads only files inside its own folder: move the folder into the project")
    loaded.read.add(path.resolve())   # an input folder: never an output, nor a place for one
    for part in table_parts(path, display, dict(file=display)):
        loaded.boundaries[Path(os.path.abspath(part))] = within
        read_table(part, loaded, source_id, compiles)


def read_claimreview(path: Path, loaded: Loaded) -> None:
    """Claims from a ClaimReview JSON-LD file (``claimreview.read_claimreview``)."""
    claimreview.read_claimreview(path, loaded)


READERS: dict[str, Callable[[Path, Loaded], None]] = {
    ".json": read_claimreview,
    ".jsonld": read_claimreview,
    ".yaml": read_source_file,
    ".yml": read_source_file,
    **dict.fromkeys(TABLE_SUFFIXES, read_claims_table),
}


# --- the project -------------------------------------------------------------------------------

def _misnamed(declarations: Path, name: str) -> None:
    """A declarations file under a near name ("_topics.yml", "_Topics.yaml", "_topic.yaml") when
    ``name`` is absent: an error, not a project read without its topics (their units, bounds and
    cumulative counts would silently not apply)."""
    import difflib

    if not declarations.is_dir():
        return
    wanted = name.rsplit(".", 1)[0]
    for path in sorted(declarations.glob("_*")):
        if path.suffix.lower() not in (".yaml", ".yml") or path.name == name:
            continue
        stem = path.name.rsplit(".", 1)[0].lower()
        if stem == wanted or stem.rstrip("s") == wanted.rstrip("s") or \
                difflib.SequenceMatcher(None, stem, wanted).ratio() >= 0.85:
            raise InputError(f"{path.name} is not read: reconcile reads {name}", line=1,
                             file=display_path(path, declarations.parent), hint=f"rename it to sources/{name}")


def _shown_or(text: Any, fallback: str) -> Any:
    """``text``, or ``fallback`` when it is empty or shows nothing (spaces, zero-width characters):
    a topic titled "   " is headed by its id, not by a blank heading and an invisible link."""
    if isinstance(text, str) and not "".join(ch for ch in text if unicodedata.category(ch) != "Cf").strip():
        return fallback
    return text or fallback


def _entry_line(lines: tuple[int, ...], n: int, default: int) -> int:
    """The line of a list's entry ``n`` (``lines``: the YAML reader's, one per entry), else ``default``."""
    return lines[n] if 0 <= n < len(lines) else default


def _refuse_nested(folder: Path, loaded: Loaded) -> None:
    """A file reconcile would read (a source file, a table, a ClaimReview file) in a subfolder of
    sources/ that no source file points at is an error: its claims would not be read, and
    ``validate`` and ``report`` would pass without them (SPEC §3: one file per source in sources/).
    A folder of other files (notes, images), or one whose name begins with ``_`` or ``.``, is not."""
    nested = nested_input(folder, tuple(READERS), lambda path: path.resolve() in loaded.read)
    if nested is None:
        return
    display, inner = loaded.display(nested), nested.relative_to(folder).as_posix()
    subfolder = f"{loaded.display(folder)}/{inner.split('/')[0]}/"
    point = (f", or point a source file at it (claims: {inner}) or at its folder of part files "
             f"(claims: {posixpath.dirname(inner)}/)" if nested.suffix.lower() in TABLE_SUFFIXES else "")
    raise InputError(f"not read: it lies in {subfolder}, a subfolder, and reconcile reads only the files directly "
                     "in sources/", file=display,
                     hint=f"move the files of {subfolder} up into sources/{point} (a folder whose name begins with _ "
                          "is set aside, unread)")


def check_prefer(loaded: Loaded) -> None:
    """Each entry of a topic's ``prefer:`` must name a declared source (SPEC.md §3), by id, or by
    name or alias as ``via`` and ``cites`` may: a misspelt id would silently leave ``--resolve
    prefer`` to consensus. Names become ids. Called once every source file of the project is read."""
    import dataclasses

    from reconcile.model.names import SourceIndex

    index = SourceIndex(loaded.sources.values())
    for topic_id, topic in list(loaded.topics.items()):
        ids = []
        for n, written in enumerate(topic.prefer):
            line = _entry_line(topic.prefer_lines, n, topic.prefer_line)
            shared = index.sharing(written)
            if shared:   # the name of several sources: which one is preferred decides the estimate
                raise InputError(f'prefer of topic "{topic.id}": "{written}" could mean {" or ".join(shared)}',
                                 file=topic.file, line=line, field="prefer",
                                 hint=f"write the source's id, e.g. prefer: [{shared[0]}]")
            source_id = index.resolve(written)
            if source_id is None:
                close = closest_source(written, loaded.sources.values())
                raise InputError(f'prefer of topic "{topic.id}": "{written}" is no declared source',
                                 file=topic.file, line=line, field="prefer",
                                 hint=(f'did you mean "{close}"? ' if close else "")
                                 + "prefer lists declared sources, by id (or name or alias)")
            ids.append(source_id)
        if ids != list(topic.prefer):
            loaded.topics[topic_id] = dataclasses.replace(topic, prefer=tuple(ids))


def project_roots(path: Path) -> list[Path]:
    """The project folders a path belongs to, nearest first: a folder is one (a sources/
    folder's parent is; a folder without sources/ belongs to the nearest folder above it that
    holds one, SPEC §3); a file belongs to the folder that holds each sources/ above it, and a
    file outside any sources/ to the nearest folder above it that holds one."""
    if path.is_dir():
        return [folder_root(path) or path]
    roots = [parent.parent for parent in path.resolve().parents if parent.name == "sources"]
    if not roots:                     # a claim file beside sources/ ("new/agency.yaml"): the project above it
        above = folder_root(path.resolve().parent)
        roots = [above] if above is not None else []
    return roots


def folder_root(path: Path) -> Path | None:
    """The project of a folder given (SPEC §3): the folder itself when it holds sources/, the
    parent of a sources/ folder, else the nearest folder above it that holds sources/ ("reconcile
    report" run in a project's reports/ or sources/); None when there is none."""
    if path.name == "sources" and not _report_tables(path.parent):
        return path.parent
    if (path / "sources").is_dir() and not _report_tables(path):
        return path
    here = path.resolve()
    if here.name == "sources" and not _report_tables(here.parent):
        return here.parent
    return next((parent for parent in here.parents if (parent / "sources").is_dir() and not _report_tables(parent)),
                None)


def _report_tables(folder: Path) -> bool:
    """A folder of a Parquet report's tables (``report --format parquet``): its sources/ is the
    report's table of sources, not a project's (run inside it, a command finds the project above)."""
    from reconcile.model.records import REPORT_SUMMARY

    return (folder / REPORT_SUMMARY).is_file() and (folder / "findings").is_dir()


def find_root(paths: Iterable[Path]) -> Path:
    """The project folder: the first folder given, or the folder that holds the sources/ of a file."""
    for path in paths:
        roots = project_roots(path)
        if roots:
            return roots[0]
    return Path.cwd()


def read_project(paths: Iterable[str | Path] | None = None) -> Loaded:
    """Read declarations and raw claims from project folders and claim files (``_read_project``);
    a symbolic link that loops is an input error, not Python's RuntimeError."""
    try:
        return _read_project(paths)
    except RuntimeError as exc:
        if "Symlink loop" not in str(exc):
            raise
        where = str(exc).split("from", 1)[-1].strip(" '\"")
        raise InputError("a symbolic link that loops (it points, through links, back at itself)",
                         file=os.path.relpath(where) if where else None,   # (resolving it would loop again)
                         hint="replace the link with the file it should name") from exc


def _read_project(paths: Iterable[str | Path] | None = None) -> Loaded:
    """Read declarations and raw claims from project folders and claim files.

    Source files come first, so that the tables they point at are known (by resolved path)
    before the other files of ``sources/`` are listed: a table is read through its source file
    only, and every other table or ClaimReview file on its own."""
    given = [Path(p) for p in (paths or ["."])]
    for path in given:
        if not os.path.lexists(path):
            raise InputError(f"no such file or folder: {path}", hint="give a project folder or claim files")
    root = find_root(given)
    folders = {folder_root(path) or path for path in given if path.is_dir()}
    if len({os.path.realpath(f) for f in folders}) > 1:
        # one project at a time: the first one's topics and places would have judged the second one's claims
        names = sorted(str(f) for f in folders)
        raise InputError(f"{len(names)} project folders given ({', '.join(names)}): reconcile reads one project "
                         "at a time", hint="run it once per project, or copy the claims files of one into the "
                                           "other's sources/")
    declarations = root / "sources"
    refuse_folder_outside(declarations, root)
    loaded = Loaded(root=root, whole=all(path.is_dir() for path in given), loose=not declarations.is_dir())
    for name in ("_topics.yaml", "_places.yaml"):
        if os.path.lexists(declarations / name):
            (read_topics if name == "_topics.yaml" else read_places)(declarations / name, loaded)
        else:
            _misnamed(declarations, name)
    files: list[Path] = []
    listed: list[Path] = []   # the sources/ folders whose files are read
    for path in given:
        if path.is_dir():
            owner = folder_root(path)
            folder = path if path.name == "sources" else owner / "sources" if owner is not None else path / "sources"
            if not folder.is_dir():
                raise InputError(f"{path} has no sources/ folder, nor does any folder above it", file=str(path),
                                 hint="run `reconcile init` to make a project, or give claim files")
            files.extend(sorted(p for p in folder.iterdir() if p.suffix.lower() in READERS
                                and not p.name.startswith(("_", "."))))
            listed.append(folder)
        elif path.name.startswith("_"):
            continue
        elif path.suffix.lower() in READERS:
            loaded.boundaries[Path(os.path.abspath(path))] = None  # named on the command line: as given
            files.append(path)
        else:
            raise InputError(f"cannot read {path.suffix or 'extensionless'} files", file=str(path),
                             hint=f"use one of: {', '.join(sorted(READERS))}")
    if declarations.is_dir() and not loaded.whole:
        files = _through_pointing_files(files, declarations, loaded)
    seen: set[Path] = set()
    for path in sorted(files, key=lambda p: READERS[p.suffix.lower()] is not read_source_file):
        key = Path(os.path.realpath(path))
        if key in seen or key in loaded.pointed:
            continue
        seen.add(key)
        READERS[path.suffix.lower()](path, loaded)
    if declarations.is_dir() and not all(p.is_dir() for p in given):
        # claim files of a project: the project's other sources are known too (via, cites)
        for path in sorted(declarations.glob("*.y*ml")):
            if Path(os.path.realpath(path)) not in seen and not path.name.startswith(("_", ".")):
                read_source_file(path, loaded, identity_only=True)
    for folder in listed:
        _refuse_nested(folder, loaded)
    if loaded.pending:  # tables' claimants: every declared source is known by now
        resolve_claimants(loaded)
    if loaded.authors:  # ClaimReview authors: every declared or compiled source is known by now
        claimreview.resolve_authors(loaded)
    if declarations.is_dir():
        check_prefer(loaded)
    declared = any((folder / "_topics.yaml").is_file() for folder in listed)
    if not loaded.sources and not loaded.claims and not any(len(t) for t in loaded.tables) and not declared:
        # a project that declares its topics but has no source file yet is a project with no claims, as
        # one whose source files hold none; an empty folder or empty claim files are a mistake
        where = ", ".join(str(p) for p in given)
        raise InputError(f"no sources or claims found in {where}", file=str(given[0]),
                         hint="add a source file to sources/ (reconcile init writes an example)")
    return loaded

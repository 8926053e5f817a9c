"""Raw claims -> the normalized claims frame (``model.CLAIM_COLUMNS``).

Every check that needs only the project's own files happens here, and the first broken claim
stops the run with its file, line, field and the fix: values become intervals, places codes,
sources ids, dates ISO 8601. Checks that are about the data rather than the file format
(future dates, bounds) belong to the expectation suites.
"""
from __future__ import annotations

import hashlib
from typing import Any

import pandas as pd

from .errors import InputError, QuantityError
from .model import CLAIM_COLUMNS, Project, QuantityConfig, Topic
from .normalize import PlaceIndex, SourceIndex, parse_date, slugify
from .quantities import parse_quantity
from .sources import Loaded, RawClaim

LANGS = ("en", "es")


def quantity_config(settings: dict[str, Any]) -> QuantityConfig:
    """The project's parsing settings from ``settings:`` in ``_topics.yaml``."""
    if not settings:
        return QuantityConfig()
    display, lines = settings.get("_file"), settings.get("_lines", {})
    kwargs: dict[str, Any] = {}
    for key, value in settings.items():
        if key.startswith("_"):
            continue
        if key == "tolerance":
            try:
                kwargs["tolerance"] = float(value)
            except (TypeError, ValueError) as exc:
                raise InputError("tolerance must be a number such as 0.1", file=display,
                                 line=lines.get(key), field=key) from exc
        elif key == "bands":
            default = dict((name, (lo, hi)) for name, lo, hi in QuantityConfig().bands)
            if not isinstance(value, dict):
                raise InputError("bands must map a band name to [lower, upper]", file=display,
                                 line=lines.get(key), field=key)
            for name, pair in value.items():
                if name not in default or not isinstance(pair, list) or len(pair) != 2:
                    raise InputError(f'bad band "{name}"', file=display, line=lines.get(key), field=key,
                                     hint=f"bands are {', '.join(default)}, each [lower, upper]")
                default[name] = (float(pair[0]), None if pair[1] is None else float(pair[1]))
            kwargs["bands"] = tuple((name, lo, hi) for name, (lo, hi) in default.items())
        else:
            raise InputError(f'unknown setting "{key}"', file=display, line=lines.get(key), field=key,
                             hint="known settings: tolerance, bands")
    return QuantityConfig(**kwargs)


def _where(raw: RawClaim, name: str) -> dict[str, Any]:
    return {"file": raw["_file"], "line": raw["_lines"].get(name, raw["_line"]), "field": name}


def _derived_id(raw: RawClaim) -> str:
    basis = "|".join(str(raw.get(k, "")) for k in ("topic", "criterion", "place", "as_of", "value", "population"))
    return f"{raw['_source']}-{hashlib.sha1(basis.encode()).hexdigest()[:8]}"


def build_frame(loaded: Loaded) -> tuple[Project, pd.DataFrame]:
    """Check and normalize every raw claim; return the project and the claims frame."""
    config = quantity_config(loaded.settings)
    places = PlaceIndex(loaded.places.values())
    for place in loaded.places.values():
        if place.parent and not places.known(place.parent):
            raise InputError(f'parent "{place.parent}" of place "{place.id}" is not a known place',
                             file=place.file, line=place.line, field="parent",
                             hint="use an ISO 3166 code or a place declared in _places.yaml")
    names = SourceIndex(loaded.sources.values())
    topics = dict(loaded.topics)
    strict_topics = bool(topics)
    columns: dict[str, list[Any]] = {name: [] for name in CLAIM_COLUMNS}
    seen_ids: dict[str, str] = {}
    part_refs: list[tuple[str, RawClaim]] = []

    for raw in loaded.claims:
        for name in ("topic", "value"):
            if raw.get(name) in (None, ""):
                raise InputError(f'missing required field "{name}" in claim', file=raw["_file"],
                                 line=raw["_line"], field=name, hint=f'add "{name}: ..." to the claim')
        topic = str(raw["topic"])
        if topic not in topics:
            if strict_topics:
                raise InputError(f'unknown topic "{topic}"', **_where(raw, "topic"),
                                 hint=f"declare it in sources/_topics.yaml; known topics: {', '.join(sorted(topics))}")
            topics[topic] = Topic(id=topic, title=topic)
        lang = raw.get("lang")
        if lang is not None and str(lang) not in LANGS:
            raise InputError(f'unknown language "{lang}"', **_where(raw, "lang"), hint="use en or es")
        text = str(raw["value"])
        try:
            quantity = parse_quantity(text, str(lang) if lang else None, config)
        except QuantityError as exc:
            raise QuantityError(text, exc.message.split(":")[0], **_where(raw, "value")) from None

        claim_id = str(raw["id"]) if raw.get("id") not in (None, "") else _derived_id(raw)
        if any(ch.isspace() for ch in claim_id):
            raise InputError(f'claim id "{claim_id}" contains spaces', **_where(raw, "id"),
                             hint="use a slug such as mc-total-2019-03")
        if claim_id in seen_ids:
            raise InputError(f'duplicate claim id "{claim_id}"', **_where(raw, "id"),
                             hint=f"ids must be unique; it is also used at {seen_ids[claim_id]}")
        seen_ids[claim_id] = f"{raw['_file']}:{raw['_line']}"

        population = raw.get("population")
        if population is None:
            population = ()
        elif isinstance(population, str):
            population = (population,)
        elif not isinstance(population, list):
            raise InputError("population must be a list of tags", **_where(raw, "population"),
                             hint="write population: [soldiers, police]")
        population = tuple(sorted({slugify(str(tag)) for tag in population if str(tag).strip()}))

        criterion = raw.get("criterion")
        criterion = slugify(str(criterion)) if criterion not in (None, "") else None

        place = raw.get("place")
        if place not in (None, ""):
            code = places.resolve(str(place))
            if code is None:
                raise InputError(f'unknown place "{place}"', **_where(raw, "place"),
                                 hint="use an ISO 3166 code or name (CO, CO-NSA, Norte de Santander) "
                                      "or declare the region in sources/_places.yaml")
            place = code
        else:
            place = None

        dates = {}
        for name in ("as_of", "stated_on"):
            value = raw.get(name)
            if value in (None, ""):
                dates[name] = None
                continue
            try:
                dates[name] = parse_date(value)
            except ValueError as exc:
                raise InputError(f"bad date in {name}: {exc}", **_where(raw, name)) from None

        refs = {}
        for name in ("via", "cites"):
            value = raw.get(name)
            if value in (None, ""):
                refs[name] = None
                continue
            resolved = names.resolve(str(value))
            if resolved is None:
                raise InputError(f'{name} "{value}" names no known source', **_where(raw, name),
                                 hint=f"use a source id ({', '.join(sorted(loaded.sources)[:8])}) "
                                      "or add a source file for it")
            refs[name] = resolved

        complete = raw.get("complete", False)
        if isinstance(complete, str):
            complete = complete.strip().lower() in ("true", "yes", "1")
        part_of = raw.get("part_of")
        part_of = str(part_of) if part_of not in (None, "") else None
        if part_of is not None:
            part_refs.append((part_of, raw))

        row = {
            "id": claim_id, "source": raw["_source"], "topic": topic, "text": text,
            "lang": quantity.lang,
            "lower": float("nan") if quantity.lower is None else float(quantity.lower),
            "upper": float("nan") if quantity.upper is None else float(quantity.upper),
            "lower_inclusive": bool(quantity.lower_inclusive),
            "upper_inclusive": bool(quantity.upper_inclusive),
            "qualifier": quantity.qualifier, "population": population, "criterion": criterion,
            "place": place, "as_of": dates["as_of"], "stated_on": dates["stated_on"],
            "quote": _opt(raw.get("quote")), "url": _opt(raw.get("url")),
            "via": refs["via"], "cites": refs["cites"], "part_of": part_of, "complete": bool(complete),
            "file": raw["_file"], "line": int(raw["_line"]),
        }
        for name in CLAIM_COLUMNS:
            columns[name].append(row[name])

    for target, raw in part_refs:
        if target not in seen_ids:
            raise InputError(f'part_of "{target}" names no claim', **_where(raw, "part_of"),
                             hint="give the id of the total this claim is a part of")

    frame = pd.DataFrame(columns, columns=list(CLAIM_COLUMNS))
    frame["lower"] = frame["lower"].astype("float64")
    frame["upper"] = frame["upper"].astype("float64")
    frame["line"] = frame["line"].astype("int64")
    project = Project(root=str(loaded.root), sources=loaded.sources, topics=topics,
                      places=loaded.places, quantity_config=config)
    return project, frame


def _opt(value: Any) -> str | None:
    return None if value in (None, "") else str(value)
